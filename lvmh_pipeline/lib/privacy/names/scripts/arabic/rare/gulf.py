"""Gulf family names glued to the particle بال / بو ("بالحصا", "بالهول", "بوشليبي") after a given
name: read alone such a word is "with the …", so it is taken only where the note shows a family
name: right after a known given name and before a person's verb ("وليد بالحصا مر اليوم"), and
said again in the note (glued to "و" too: "… وبالحصا قال"); every occurrence is the name then."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon.frequent import ar_frequent
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import _PERSON_SUBJECT_VERBS
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _EXCLUDED

__all__ = ["glued_particle_families"]

_LETTER = "\u0621-\u064a"
_GIVEN_THEN_GLUED = re.compile(
    rf"(?<![{_LETTER}])([{_LETTER}]{{3,}})[ \t]+((?:بال|بو)[{_LETTER}]{{2,}})[ \t]+([{_LETTER}]+)"
)


def _ordinary_after_particle(word: str) -> bool:
    """"بالمحل", "بالفرع": the particle and a noun of the note with its article ("المحل")."""
    noun = "ال" + word[3:] if word.startswith("بال") else word[2:]
    return noun in _EXCLUDED or ar_frequent(noun) or ar_frequent(word[3:] if word.startswith("بال") else noun)


def _verb_after(text: str, end: int) -> bool:
    nxt = re.match(rf"[ \t]+([{_LETTER}]+)", text[end : end + 20])
    return bool(nxt) and nxt.group(1) in _PERSON_SUBJECT_VERBS


def glued_particle_families(text: str) -> list[PiiSpan]:
    """Family names glued to بال / بو after a given name, said again (see the module)."""
    if "بال" not in text and "بو" not in text:
        return []
    lexicon = person_names()
    spans = []
    for m in _GIVEN_THEN_GLUED.finditer(text):
        given, family, verb = m.groups()
        if given not in lexicon.given or given in lexicon.ambiguous or given in _EXCLUDED:
            continue
        if family in _EXCLUDED or verb not in _PERSON_SUBJECT_VERBS or _ordinary_after_particle(family):
            continue
        again = [o for o in re.finditer(rf"(?<![{_LETTER}])و?({family})(?![{_LETTER}])", text)]
        if len(again) >= 2 and any(_verb_after(text, o.end(1)) for o in again if o.start(1) != m.start(2)):
            spans += [PiiSpan(o.start(1), o.end(1), "NAME") for o in again]
    return spans
