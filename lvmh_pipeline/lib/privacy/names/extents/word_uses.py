"""Where a word found as a name is used otherwise.

- "de" before a given name says whom from ("Anniversaire de Pierre", :func:`without_from`), also
  where the given name is a family name too and the note says it alone elsewhere.
- A name found that is the name of a place or an institution: a hospital, a university, an
  airport, a street or a city named after a king, a prince or a sheikh ("مستشفى الملك فيصل",
  "جامعة الملك سعود", "مطار الملك خالد", "جامعة الأمير محمد بن فهد"). The person honoured is no
  client, and the place says where someone works or studies, as any workplace does.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import is_given_name, is_surname

__all__ = ["named_institution", "without_from"]

_INSTITUTIONS = (
    "مستشفى|مستشفي|مستوصف|جامعة|جامعه|كلية|كليه|معهد|مدرسة|مدرسه|أكاديمية|اكاديمية|مدينة|مدينه|مطار|ميناء|"
    "شارع|طريق|حي|ميدان|دوار|جسر|برج|مركز|مجمع|مسجد|جامع|قاعة|مؤسسة|مستشفيات|قصر|حديقة|منتزه|واحة|ملعب|استاد"
)
_HONOURED = "الملك|الملكة|الأمير|الامير|الأميرة|الاميرة|الشيخ|الشيخة|السلطان|الإمام|الامام|الخليفة"
_BEFORE = re.compile(rf"(?:^|(?<=[^\u0621-\u064a]))(?:ب|ل|و|في|فال)?(?:{_INSTITUTIONS})[ \t]+(?:{_HONOURED})[ \t]+$")


def named_institution(text: str, start: int) -> bool:
    """Does the name at ``start`` follow an institution word and a royal title ("مستشفى الملك …")?"""
    return _BEFORE.search(text, max(0, start - 40), start) is not None


_FROM = re.compile(r"(?:de|da|di|von|van)[ \t]+([A-ZÀ-ÖØ-Þ][\w\-]+)")


def without_from(text: str, span: PiiSpan) -> PiiSpan:
    """"una llamada de Marisol": a lower-case particle before a given name that is no family name
    says whom from; it stays out of the name."""
    m = _FROM.match(text, span.start, span.end)
    if m and is_given_name(m.group(1)) and (not is_surname(m.group(1)) or _said_alone(text, m)):
        return PiiSpan(m.start(1), span.end, span.kind)
    return span


def _said_alone(text: str, m: re.Match[str]) -> bool:
    """"Anniversaire de Pierre … Pierre est diabétique": a given name that is a family name too
    (Pierre, Martin) is the given name after "de" where the note says it alone elsewhere."""
    word = m.group(1)
    return any(
        not text[max(0, i - 4) : i].rstrip().endswith(("de", "da", "di", "von", "van"))
        for i in (k.start() for k in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))
        if i != m.start(1)
    )
