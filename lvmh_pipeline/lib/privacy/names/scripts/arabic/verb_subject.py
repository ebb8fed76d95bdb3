"""A person named after the verb of what they did, in Arabic word order (verb, then subject):
"اتصلت إيميلي تسأل عن الشنطة", "زارتنا اليوم ياسمينة مع صديقتها"; and a given name after "with"
or "at" before a kin word ("مع جنى أختها").

After a verb of the client (visiting, calling, asking) that opens a clause, a word of time
aside, the next word is the person when what follows is said of a person: "مع" (with), a kin word
with a possessive ("أختها"), or a verb whose subject is a person ("تسأل", "تدور"):

- a given name of the lexicon, also one that is a word too ("جنى", "ياسمينة"), but after a verb
  of arriving only one that is no word ("وصلت هدية مع الطلب": a gift came with the order);
- a word missing from the lexicon (a foreign name transcribed) only before a person's verb, and
  shaped as no verb, no word with the article, no word of the note.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import NAME, classify
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import (
    _ARRIVAL_VERBS,
    _OPENERS,
    _PERSON_SUBJECT_VERBS,
    _ROLES,
    _TIME_BETWEEN,
    _may_be_family,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _EXCLUDED, _KIN, _known

__all__ = ["verb_subject_names"]

_L = "\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF"
_CLAUSE = re.compile(
    rf"(?:^|(?<=[.!؟?،,:\n])|(?<=[.!؟?،,:\n][ \t]))[ \t]*(?:و)?([{_L}]{{2,}})[ \t]+"
    rf"([{_L}]+)[ \t]+([{_L}]{{2,}})(?:[ \t]+([{_L}]{{2,}}))?",
    re.MULTILINE,
)
_WITH = frozenset({"مع", "ومع"})
# "مع جنى أختها", "عند ريم بنتها": a given name of the lexicon after "with" / "at", then a kin word
# with a possessive or a person's verb
_AFTER_SHORT = re.compile(rf"(?<![{_L}])(?:مع|ومع|عند|وعند)[ \t]+([{_L}]{{3,}})[ \t]+([{_L}]{{2,}})")


def _person_after(word: str) -> bool:
    return word in _WITH or word in _KIN and word.endswith(("ها", "ه", "و")) or word in _PERSON_SUBJECT_VERBS


def verb_subject_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _CLAUSE.finditer(text):
        verb, word, after, group = m.group(1), m.group(2), m.group(3), 2
        if word in _TIME_BETWEEN:
            word, after, group = after, m.group(4), 3
        if after is None or len(word) < 3:
            continue
        arrival = verb in _ARRIVAL_VERBS
        if not (verb in _PERSON_SUBJECT_VERBS or arrival) or not _person_after(after):
            continue
        if word in _EXCLUDED or word in _KIN or word in _ROLES or word in _OPENERS or word in _TIME_BETWEEN:
            continue
        if _known(word):
            given = word in person_names().given and not word.startswith("ال")
            if not given or arrival and classify(word) != NAME:
                continue
        elif arrival or after not in _PERSON_SUBJECT_VERBS or word.startswith(("و", "ف")) or not _may_be_family(word, after):
            continue  # "اتصل وقال يبي": "and said"
        spans.append(PiiSpan(m.start(group), m.end(group), "NAME"))
    for m in _AFTER_SHORT.finditer(text):
        word, after = m.group(1), m.group(2)
        if after in _WITH or not _person_after(after) or word.startswith("ال") or word in _KIN | _EXCLUDED:
            continue
        if _known(word) and word in person_names().given:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
