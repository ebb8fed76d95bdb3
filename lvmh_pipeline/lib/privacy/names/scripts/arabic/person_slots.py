"""An Arabic given name that is a word too, where the sentence puts a person: after a preposition
or a call that takes one ("تكلمت مع منى بخصوص الهدية", "هدية لـ خالد", "يا منى، الطلب جاهز", "الهدية
من عند سعيد، زوجها"), as the object of a verb of calling or meeting, a word of time between too ("كلمت خالد بخصوص الدفع",
"زارتنا منى أمس", "زارنا اليوم خالد الفرحان"), or opening a sentence before a verb of visiting or calling ("عمر اتصل أمس").

A given name that is no ordinary word is a name wherever it stands (:mod:`.free`); one that is a word
too ("منى" wishes, "خالد" eternal, "عمر" age) needs a cue, and these slots take a person more often
than the noun. Not an abstract noun before the noun it governs ("مع أمل الحصول", "مع حسن النية"), an
exclamation ("يا سلام"), a day or a month that is a name too ("عند خميس", "مع رمضان"), nor a verb of
arriving, whose adjective reads as a name ("وصل سالم": it arrived intact).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import _LETTER
from lvmh_pipeline.lib.privacy.names.scripts.arabic.family import _family_end, _nisba
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _EXCLUDED, _PERSON_VERBS, _PHRASE_GIVEN, _surname

__all__ = ["person_slot_names"]

# Verbs whose object is a person (calling, meeting, visiting); not arriving or passing by
_OBJECT_VERBS = "زارتنا|زارنا|زارت|زار|زارونا|اتصلت|اتصل|اتصلنا|كلمت|كلم|كلمنا|قابلت|قابل|قابلنا|تواصلت|تواصل|تواصلنا"
# "لـ" is also read without its tatweel ("ل"), as the marks pass gives it
_BEFORE = re.compile(
    rf"(?<![{_LETTER}])(?:مع|ومع|لـ|ولـ|ل|ول|عند|وعند|يا|{_OBJECT_VERBS})[ \t]+([{_LETTER}]{{2,}})(?![{_LETTER}])"
)
# The same verbs, a word of time, then the name ("زارنا اليوم خالد الفرحان", "اتصل أمس سعيد")
_AFTER_VERB_AND_TIME = re.compile(
    rf"(?<![{_LETTER}])(?:{_OBJECT_VERBS})[ \t]+(?:اليوم|أمس|امس|البارحة|الصبح|الصباح|العصر|المغرب|المسا|المساء|الظهر"
    rf"|الحين|توه|توها|قبل[ \t]+شوي)[ \t]+([{_LETTER}]{{2,}})(?![{_LETTER}])"
)
# A sentence opening with the name, then a verb of visiting or calling
_OPENING = re.compile(rf"(?:^|(?<=[.!؟?\n،,:]))[ \t]*([{_LETTER}]{{2,}})[ \t]+([{_LETTER}]+)", re.MULTILINE)
_NEXT_WORD = re.compile(rf"[ \t]+([{_LETTER}]+)")
# Days and months that are given names too
_DAYS_AND_MONTHS = frozenset("جمعة خميس رجب شعبان رمضان".split())


def _word_name(word: str) -> bool:
    """A given name that is a word too, no phrase noun, day, month or listed word."""
    lexicon = person_names()
    return (
        word in lexicon.given and word in lexicon.ambiguous and word not in _PHRASE_GIVEN
        and word not in _DAYS_AND_MONTHS and word not in _EXCLUDED
    )


def person_slot_names(text: str) -> list[PiiSpan]:
    """Given names that are words too in a person's slot (see the module)."""
    spans = []
    for m in _BEFORE.finditer(text):
        word = m.group(1)
        if not _word_name(word):
            continue  # a name that is no word is found anywhere
        nxt = _NEXT_WORD.match(text, m.end(1))
        if nxt and nxt.group(1).startswith("ال") and not (_surname(nxt.group(1)) or _nisba(nxt.group(1))):
            continue  # "مع حسن النية": an abstract noun before the noun it governs
        spans.append(PiiSpan(m.start(1), _family_end(text, m.end(1))[0], "NAME"))
    for m in _AFTER_VERB_AND_TIME.finditer(text):  # the subject of the visit: its family name after it too
        if m.group(1) in person_names().given and m.group(1) not in _EXCLUDED:
            spans.append(PiiSpan(m.start(1), _family_end(text, m.end(1), cue=True)[0], "NAME"))
    for m in _OPENING.finditer(text):
        if _word_name(m.group(1)) and m.group(2) in _PERSON_VERBS:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
