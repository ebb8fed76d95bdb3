"""Given names the lexicon lacks, where an Arabic note announces a person: after a kin word
("زوجته مناير", "ابنه الصغير شخبوط", "وبنتهم وديمة"), a client or guest word ("العميلة هتون.",
"الضيفة ملاذ الحمامي", "العميلة (هتون)"), a field label ("الزوجة: مناير،", "المستلم: زعل
الكتبي"), a kunya ("أبو مبخوت"), a verb of visiting or calling ("اتصل فزاع يسأل"), a family word
("عائلة بوخمسين"), opening a clause before a person's verb ("ملاحظة - نوفة تفضل …", a family
name too: "الحمامي جات اليوم"), or opening the note with a family name ("هتون الكثيري - …").

The word must be no ordinary word (:func:`.words.unknown_given`: the frequency list, the listed
words, the shapes of verbs and adjectives) and what follows it must close a name
(:func:`.words.closes_name`: punctuation, a family name, a verb, another relative). The family
name after it and a second name joined by و ("سحيم ومبخوت") go with it.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_CLIENT_WORDS, ARABIC_KUNYA
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import _ARABIC_WORD, _CLOSED_AFTER, _LETTER
from lvmh_pipeline.lib.privacy.names.scripts.arabic.context import _KUNYA_PLACES
from lvmh_pipeline.lib.privacy.names.scripts.arabic.family import _family_end, _glued_family, _nisba
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import _PERSON_SUBJECT_VERBS
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _KIN, _PERSON_VERBS, _known
from lvmh_pipeline.lib.privacy.names.scripts.arabic.unknown.words import (
    _VERBS_AFTER,
    closes_name,
    family_after,
    unknown_given,
)

__all__ = ["unknown_cued_names"]

_GUESTS = frozenset("الضيف الضيفة ضيف ضيفة ضيفنا ضيفتنا ضيوفنا".split())
_CLIENTS = frozenset(ARABIC_CLIENT_WORDS) | _GUESTS
# Labels of a record field that names a person, before a colon ("الزوجة: مناير", "المستلم: زعل").
_LABELS = frozenset(
    """الزوجة الزوج الزوجه الابن الابنة البنت الأبناء الابناء الأولاد الاولاد البنات الأطفال الاطفال
    الأحفاد الاحفاد المرافق المرافقة مرافق مرافقة المستلم المستلمة مستلم مستلمة المشتري المشترية
    الاسم الإسم اسم الأم الام الأب الاب الوالدة الوالد الأخ الاخ الأخت الاخت الحفيد الحفيدة
    الخطيب الخطيبة الشريك الشريكة صاحب صاحبة""".split()
)
_FAMILY = frozenset("عائلة أسرة اسرة آل".split())
_KUNYA = frozenset(ARABIC_KUNYA)
# An adjective of rank between the kin word and the name ("ابنه الصغير شخبوط", "بنتها الكبيرة نوفة").
_RANKS = frozenset(
    """الصغير الصغيرة الكبير الكبيرة الوسطى الأوسط الاوسط الأكبر الاكبر الأصغر الاصغر الكبرى الصغرى
    البكر الأول الاول الأولى الاولى الثاني الثانية الثالث الثالثة""".split()
)
_KIN_GAP = re.compile(r"[ \t]*[:：،,\-–—(（][ \t]*|[ \t]+")
_CLIENT_GAP = re.compile(r"[ \t]*[:：(（][ \t]*|[ \t]+")
_LABEL_GAP = re.compile(r"[ \t]*[:：][ \t]*")
_BLANK = re.compile(r"[ \t]+")
# Where a clause opens: the note's start, a full stop, a new line, a dash, a colon, a plus, a bullet.
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?؟\n:：\-–—+•*(])[ \t]*$")
_BRACKET_KIN = re.compile(rf"[ \t]*[(（][ \t]*([{_LETTER}]+)")
_AND_NEXT = re.compile(rf"[ \t]*[،,]?[ \t]*و[ \t]*(?=[{_LETTER}])")


def _cue(form: str) -> str:
    if form in _KIN:
        return "kin"
    if form in _CLIENTS:
        return "client"
    if form in _KUNYA:
        return "kunya"
    if form in _PERSON_VERBS:
        return "verb"
    if form in _FAMILY:
        return "family"
    if form in _LABELS:
        return "label"
    return ""


def _cue_of(token: str) -> str:
    kind = _cue(token)
    if not kind and len(token) > 3 and token[0] in "ولبف":
        kind = _cue(token[1:])  # "وبنتهم", "لزوجته", "فالعميلة"
        if kind in ("verb", "kunya"):
            kind = ""  # "وقابل", "وأم": a verb or "and/or" after the proclitic, no cue
    return kind


def _gap(kind: str, text: str, end: int) -> int | None:
    pattern = {"kin": _KIN_GAP, "client": _CLIENT_GAP, "label": _LABEL_GAP}.get(kind, _BLANK)
    m = pattern.match(text, end)
    if not m or "\n" in m.group():
        return None
    return m.end()


def _name_at(text: str, pos: int, kind: str) -> PiiSpan | None:
    word = _ARABIC_WORD.match(text, pos)
    if word and kind == "kin" and word.group() in _RANKS:
        gap = _BLANK.match(text, word.end())
        word = _ARABIC_WORD.match(text, gap.end()) if gap else None
    if word and kind == "family" and _glued_family(word.group()) and not _known(word.group()):
        return PiiSpan(word.start(), word.end(), "NAME")  # "عائلة بوخمسين": a name glued to بو / بن
    if not word:
        return None
    if kind in ("client", "kin", "label") and (
        unknown_given(word.group(), frequent_ok=True) and family_after(text, word.end())
        or unknown_given(word.group(), min_len=2) and _CLOSED_AFTER.match(text, word.end())
    ):  # "الضيفة ملاذ الحمامي": a word too, before a family name; "الزبونة ضي،": two letters, closed
        return PiiSpan(word.start(), _family_end(text, word.end(), cue=True)[0], "NAME")
    if kind == "verb" and word.group()[0] in "بل" and len(word.group()) > 3:
        return _called(text, word)
    if not unknown_given(word.group()):
        return None
    if kind == "kunya" and word.group() in _KUNYA_PLACES:
        return None
    if kind == "family" and word.group().endswith(("ة", "ه", "ا", "ى")):
        return None  # "عائلة كبيرة": an adjective; family names without the article end otherwise
    if not closes_name(text, word.end(), punctuation=not word.group().endswith(("ة", "ه"))):
        return None  # "زوجته نحيفة، …": a feminine adjective closed by a comma; a name needs more
    end = word.end() if kind in ("family", "kunya") else _family_end(text, word.end(), cue=True)[0]
    return PiiSpan(word.start(), end, "NAME")


def _called(text: str, word: re.Match[str]) -> PiiSpan | None:
    """"اتصلنا بخالد", "تواصلت بمناير": the person a verb of calling reaches, behind ب / ل; a given
    name that is a word too ("خالد" eternal) as well."""
    rest = word.group()[1:]
    if rest in person_names().given or unknown_given(rest) and closes_name(text, word.end()):
        return PiiSpan(word.start() + 1, _family_end(text, word.end(), cue=True)[0], "NAME")
    return None


def _joined(text: str, span: PiiSpan) -> list[PiiSpan]:
    """"سحيم ومبخوت": the second of two names joined by و, a word the lexicon lacks too."""
    m = _AND_NEXT.match(text, span.end)
    word = _ARABIC_WORD.match(text, m.end()) if m else None
    if word and unknown_given(word.group()) and closes_name(text, word.end()):
        return [PiiSpan(word.start(), word.end(), "NAME")]
    return []


def _clause_subject(text: str, word: re.Match[str]) -> bool:
    """"ملاحظة - نوفة تفضل …", "- دانيا (بنت أخته) …": a word opening a clause before a person's
    verb or a kin word in brackets."""
    if not _CLAUSE_OPEN.search(text, max(0, word.start() - 40), word.start()):
        return False
    kin = _BRACKET_KIN.match(text, word.end())
    if kin and _cue_of(kin.group(1)) == "kin":
        return True
    gap = _BLANK.match(text, word.end())
    nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
    return nxt is not None and (nxt.group() in _PERSON_SUBJECT_VERBS or nxt.group() in _VERBS_AFTER)


# A given name and a family name opening the note before punctuation ("هتون الكثيري - عميلة جديدة").
_OPENING_PAIR = re.compile(rf"^[\s\-•*]*([{_LETTER}]+)[ \t]+([{_LETTER}]+)(?=[ \t]*[،,:(\-–—])")


def _opening_pair(text: str) -> list[PiiSpan]:
    m = _OPENING_PAIR.match(text)
    if m and unknown_given(m.group(1)) and family_after(text, m.end(1)):
        return [PiiSpan(m.start(1), m.end(2), "NAME")]
    return []


def unknown_cued_names(text: str) -> list[PiiSpan]:
    """Given names missing from the lexicon after a cue (see the module)."""
    spans: list[PiiSpan] = _opening_pair(text)
    for m in _ARABIC_WORD.finditer(text):
        kind = _cue_of(m.group())
        if kind:
            pos = _gap(kind, text, m.end())
            span = _name_at(text, pos, kind) if pos is not None else None
        elif (unknown_given(m.group()) or _nisba(m.group()) and not _known(m.group())) and _clause_subject(text, m):
            span = PiiSpan(m.start(), m.end(), "NAME")  # "ملاحظة - نوفة تفضل", "الحمامي جات اليوم"
        else:
            span = None
        if span and (kind == "verb" or not _known(text[span.start : span.end])):
            spans.append(span)
            spans += _joined(text, span)
    return spans
