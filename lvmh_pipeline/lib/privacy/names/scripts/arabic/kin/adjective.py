"""An Arabic given name after a definite kin or household-staff word and its adjective of age, rank or
kind ("مساعدته الشخصية …", "الابن الأكبر
سلطان", "البنت الصغرى لمى بطنها …", "بنته الصغيرة جود عمرها …"): a name that is a word too (لمى, نور, أمل) counts where a verb of
the present ("تحب", "يبي") or a noun with an attached pronoun ("بطنها", "عيده") follows — not an
adjective ("البنت الصغيرة جميلة جدا" says she is pretty).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import NAME, classify, is_given_name

_KIN = (
    "البنت|الابن|الولد|الحفيدة|الحفيد|الأخت|الأخ|البنية"
    # and with the possessive ("بنته الصغيرة جود", "أخوها الصغير أنمار")
    "|بنته|بنتها|بنتهم|بنتي|ولده|ولدها|ولدهم|ابنه|ابنها|ابنتها|ابنته|أخوها|اخوها|أخوه|اخوه|أخته|اخته|أختها|اختها"
    "|حفيدها|حفيده|حفيدتها|حفيدته|صديقتها|صديقته|صديقها|صديقه|جارتها|جارها|جارته|جاره|زميلتها|زميله"
    # the staff of a household, with the possessive ("مساعدته الشخصية ياسمين", "سائقها الخاص راجو")
    "|مساعدته|مساعدتها|مساعده|مساعدها|سكرتيرته|سكرتيرتها|سكرتيره|سكرتيرها|سائقه|سائقها|سواقه|سواقها"
    "|مربيتها|مربيته|مربيتهم|مديرة[ \t]+أعمالها|مديرة[ \t]+أعماله|مدير[ \t]+أعماله|مدير[ \t]+أعمالها"
)
_RANK = "الخاصة|الخاص|الجديدة|الجديد|الكبير|الكبيرة|الصغير|الصغيرة|الكبرى|الصغرى|الوسطى|الأوسط|الأكبر|الأصغر|الثانية|الثاني|الأولى|الأول"
# or of origin ("صديقتها الكويتية ندى", "جارتها اللبنانية ريتا")
_ORIGIN = r"ال[\u0621-\u064A]{3,}(?:ية|يه|ي)"
_KIN_RANK_NAME = re.compile(
    rf"(?<![\u0621-\u064A])[وفلب]?(?:{_KIN})[ \t]+(?:{_RANK}|{_ORIGIN})[ \t]+([\u0621-\u064A]{{2,10}})(?![\u0621-\u064A])"
)
# a present verb ("تحب", "يبي", "تبغى") or a noun with an attached pronoun ("بطنها", "عيده")
_VERB_OR_OWNED = re.compile(r"[ \t]+(?:[تيأن][\u0621-\u064A]{2,8}|[\u0621-\u064A]{2,8}(?:ها|ه|هم))(?![\u0621-\u064A])")


# or punctuation closing the name ("ولده الكبير راشد،")
_CLOSED = re.compile(r"[ \t]*(?:[،,.:;؛()\-–—/]|$)")


def kin_rank_names(text: str) -> list[PiiSpan]:
    """Given names after "<kin word> <adjective of age or rank>" (see the module)."""
    if "ال" not in text:
        return []
    spans = []
    for m in _KIN_RANK_NAME.finditer(text):
        word = m.group(1)
        if not is_given_name(word):
            continue
        if classify(word) == NAME or _VERB_OR_OWNED.match(text, m.end(1)) or (
            _CLOSED.match(text, m.end(1)) and not word.endswith(("ة", "ه"))  # not "بنتها الصغيرة جميلة." (pretty)
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
