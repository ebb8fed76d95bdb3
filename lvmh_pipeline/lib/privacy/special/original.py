"""Art. 9 spans on the original text (the last step of :mod:`special.spans`): whole words, a
CJK/Hangul disease suffix joined to its word, a religious span grown over the saint's or the name
of its church ("lay reader at St Mary's"), overlapping spans of one category merged."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, is_arabic_char, is_dense_char
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.special.lexicon import SPECIAL_KINDS

__all__ = ["to_original"]

_HEALTH = SPECIAL_KINDS.index("HEALTH")
_DISEASE_SUFFIXES = frozenset("症病증병")  # a CJK/Hangul disease word's last syllable ("癌症", "心脏病", "우울증")


def _wordish(char: str) -> bool:
    """Part of a word that a span extends over: alphabetic letters and digits, Arabic letters."""
    return char.isalnum() and (not is_dense_char(char) or is_arabic_char(char))


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` grown to whole words; hyphens and apostrophes inside a word belong to it
    ("Typ-2-Diabetes", "l'islam", "Crohn's"). CJK/Hangul spans are not extended."""

    def inside(i: int) -> bool:  # text[i] belongs to the word around it
        return _wordish(text[i]) or (text[i] in "-'’" and 0 < i < len(text) - 1 and _wordish(text[i - 1])
                                     and _wordish(text[i + 1]))

    while start > 0 and inside(start - 1):
        start -= 1
    while end < len(text) and inside(end):
        end += 1
    return start, end


# "و" (and) glued to the word a span starts on ("ومسوي عملية قلب", "وبتروح عالقداس"): the dev writers
# leave it out of the span (15 spans in 15); words of the Art. 9 lexicon that start with the letter
# itself keep it (a tumour, an obsession, a birth, a weight, a hip, a pain, an epidemic...)
_WAW = "و"
_WAW_WORDS = ("ورم", "اورام", "وسواس", "ولاد", "وزن", "وفا", "وجع", "وحم", "وذم", "ورك", "وبا", "وهن", "وثن", "وضع",
              "وحد", "وراث", "وريد", "وعك", "وقف", "وشم", "وطن", "ولي", "وزير", "وضوء", "وتر")


def _without_conjunction(text: str, start: int, end: int) -> int:
    """``start`` past a "و" glued before the first Arabic word of a span, unless the word is one
    of :data:`_WAW_WORDS` (see above) or what follows the letter is shorter than three letters."""
    if text[start : start + 1] != _WAW or text.startswith(_WAW_WORDS, start):
        return start
    rest = start + 1
    while rest < end and is_arabic_char(text[rest]) and text[rest].isalpha():
        rest += 1
    return start + 1 if rest - (start + 1) >= 3 else start


_RELIGION = SPECIAL_KINDS.index("RELIGION")
_SAINT = (r"(?:St\.?|Ste\.?|Saint|Sainte|Sankt|Sint|San|Santa|Santo|São|Sao|S\.)[ \t-]+[A-ZÀ-Ý][^\W\d_]*"
          r"(?:[ -][A-ZÀ-Ý][^\W\d_]*)?")
_CHURCH_WORDS = (r"church|parish|cathedral|chapel|abbey|minster|kirk|eglise|église|paroisse|cathedrale|cathédrale|"
                 r"chapelle|chiesa|parrocchia|cattedrale|basilica|iglesia|parroquia|catedral|capilla|basílica|igreja|"
                 r"paróquia|paroquia|capela|kirche|pfarrei|gemeinde|kapelle|münster|kerk|parochie|kapel|kathedraal")
# A religious span followed by the saint's name of its church: "lay reader at St Mary's", "sings in
# the choir of St Paul's Cathedral", "paroisse Saint-Sulpice", "parrocchia di San Marco"; a town
# named after a saint ("à Saint-Tropez", "in St Albans") is no church and stays.
_AT_SAINTS = re.compile(rf"[ \t]+(?:at|of)[ \t]+(?:the[ \t]+)?{_SAINT}"
                        rf"(?:['’]s(?![^\W_])(?:[ \t]+(?:{_CHURCH_WORDS}))?|[ \t]+(?:{_CHURCH_WORDS}))(?![^\W_])",
                        re.IGNORECASE)
_CHURCH_END = re.compile(rf"(?<![^\W_])(?:{_CHURCH_WORDS})$", re.IGNORECASE)
_CHURCH_SAINT = re.compile(rf"[ \t]+(?:(?:of|de|di|del|della|van|do|da|der|des|zu|von)[ \t]+)?"
                           rf"(?:(?:la|the)[ \t]+)?{_SAINT}(?:['’]s)?(?![^\W_])")


# ... and over a named church or place of worship after "at"/"of": "attends Mass at the Brompton
# Oratory", "a member of the congregation at Westminster Cathedral", "prays at the Central Mosque".
_NAMED_CHURCH = re.compile(
    r"[ \t]+(?:at|of)[ \t]+(?:the[ \t]+)?(?:[A-Z][^\W\d_]*(?:-[^\W\d_]+)*[ \t]+){1,3}"
    r"(?:Church|Cathedral|Chapel|Abbey|Minster|Oratory|Basilica|Mosque|Synagogue|Temple|Gurdwara|Mandir|Parish)"
    r"(?![^\W_])")
_SAINT_HYPHENATED = re.compile(r"-(?:[^\W\d_]+-)*[A-Z][^\W\d_]*")  # "St Martin-in-the-Fields"
# Arabic: a church word ending the span, then the saint's title and name ("كاهن رعية مار جرجس",
# "كنيسة القديس يوحنا"); Arabic has no capitals, the title is the sign
_ARABIC_CHURCH_END = re.compile(r"(?:كنيسة|الكنيسة|رعية|الرعية|كاتدرائية|دير|أبرشية|ابرشية)$")
_ARABIC_SAINT = re.compile(r"[ \t]+(?:مار|القديس|القديسة|سيدة|السيدة)[ \t]+[\u0621-\u064a]+")


def _saint_church(text: str, start: int, end: int) -> int:
    """The end of a RELIGION span grown over the saint's name of its church (see above)."""
    named = _NAMED_CHURCH.match(text, end) or (_ARABIC_SAINT.match(text, end) if _ARABIC_CHURCH_END.search(
        text, start, end) else None)
    if named is not None:
        return named.end()
    match = _AT_SAINTS.match(text, end)
    if match is None and _CHURCH_END.search(text, start, end):
        match = _CHURCH_SAINT.match(text, end)
    if match is None or not _is_saint_name(match.group()):
        return end
    more = _SAINT_HYPHENATED.match(text, match.end())
    return more.end() if more is not None else match.end()


def _is_saint_name(found: str) -> bool:
    """The name after the saint's title starts with a capital ("St Mary's", not "at st pete")."""
    return any(word[:1].isupper() for word in found.replace("-", " ").split()[1:])


def to_original(nt: NormalizedText, spans: list[list]) -> list[PiiSpan]:
    """The spans on whole words of the original text, sorted; overlapping spans of one category
    merge, and of two spans of different categories that overlap the first is kept."""
    result: list[PiiSpan] = []
    for start, end, kind, _, _ in sorted(spans):
        o_start, o_end = _whole_words(nt.original, *nt.to_original(start, end))
        o_start = _without_conjunction(nt.original, o_start, o_end)
        if kind == _HEALTH and o_end < len(nt.original) and nt.original[o_end] in _DISEASE_SUFFIXES and o_end > o_start \
                and is_dense_char(nt.original[o_end - 1]):
            o_end += 1  # "癌" + "症", "우울" + "증": the disease suffix belongs to the word
        if kind == _RELIGION:
            o_end = _saint_church(nt.original, o_start, o_end)
        if result and o_start < result[-1].end:
            if result[-1].kind != SPECIAL_KINDS[kind]:
                continue
            previous = result.pop()
            o_start, o_end = previous.start, max(previous.end, o_end)
        result.append(PiiSpan(o_start, o_end, SPECIAL_KINDS[kind]))
    return result
