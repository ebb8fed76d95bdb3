"""Names in the fields of an Arabic CRM note, whatever words they are:

- a client field ("عميل: …", "العميلة: …") holding two or three words, the last with the article,
  that the field's separator closes ("|", "/", a bracket, a new line): a given name and a family
  name, even where both are ordinary words (an adjective and a colour, a virtue and a trade);
  a description there ("عميل: جديد", "عميلة: كبيرة السن") is refused by its first word;
- a field listing the people with the client ("المرافقين: …", "الأولاد: …"): every item of its
  comma list, "و" glued to the last one, when each item is a given name the lexicon knows.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_CLIENT_WORDS
from lvmh_pipeline.lib.privacy.names.person_names import person_names

__all__ = ["arabic_field_names"]

_AR = "\u0621-\u064a"
_CLIENT_FIELD = re.compile(
    rf"(?<![{_AR}])(?:{'|'.join(sorted(ARABIC_CLIENT_WORDS, key=len, reverse=True))})[ \t]*[:：][ \t]*"
    rf"((?:[{_AR}]+[ \t]+){{1,2}}ال[{_AR}]{{2,}})(?=[ \t]*(?:[|/(（\n]|[-–—][ \t]|$))"
)
# Descriptions of a client that open the field ("عميل: جديد", "عميلة: كبيرة السن", "عميل: دائم الزيارة")
_DESCRIPTIONS = frozenset(
    """جديد جديدة دائم دائمة قديم قديمة مميز مميزة مهم مهمة محتمل محتملة كبير كبيرة صغير صغيرة متوسط متوسطة
    كثير كثيرة قليل قليلة سريع سريعة شديد شديدة حسن حسنة طيب طيبة دائمي""".split()
)
_LIST_LABELS = frozenset(
    """المرافقين المرافقون المرافقات مرافقين مرافقون مرافقات الحضور الأولاد الاولاد البنات الأبناء الابناء الأطفال
    الاطفال الأحفاد الاحفاد الأصدقاء الاصدقاء الضيوف""".split()
)
_LIST = re.compile(
    rf"(?<![{_AR}])([{_AR}]+)[ \t]*[:：][ \t]*([{_AR}]+(?:[ \t]*[،,][ \t]*(?:و[ \t]*)?[{_AR}]+)+)(?![{_AR}])"
)
_ITEM = re.compile(rf"[{_AR}]+")


def _given(word: str) -> str | None:
    given = person_names().given
    if word in given:
        return word
    if word.startswith("و") and word[1:] in given:
        return word[1:]
    return None


def arabic_field_names(text: str) -> list[PiiSpan]:
    """Names in a client field and in a list of companions (see the module)."""
    out: list[PiiSpan] = []
    if ":" in text or "：" in text:
        for m in _CLIENT_FIELD.finditer(text):
            if m.group(1).split()[0] not in _DESCRIPTIONS:
                out.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "عميل: <given> <family> |"
        for m in _LIST.finditer(text):
            if m.group(1) not in _LIST_LABELS:
                continue
            items = list(_ITEM.finditer(text, m.start(2), m.end(2)))
            if len(items) >= 2 and all(_given(i.group()) for i in items):
                for i in items:
                    start = i.start() + (len(i.group()) - len(_given(i.group())))
                    out.append(PiiSpan(start, i.end(), "NAME"))
    return out
