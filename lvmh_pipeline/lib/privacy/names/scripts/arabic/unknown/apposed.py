"""Given names that are ordinary words too (or missing from the lexicon), where the shape of the
phrase leaves no other reading:

- between commas after a kin word and whose relative it is ("بنت الزبون، منى، عمرها ١٦": the
  client's daughter, Mona; "ابن العميلة، سعيد، …");
- before "son / daughter of" and a known given name ("علي ابن حسن الموسوي", "نور بنت سالم"): a
  chain of names (nasab), whatever its first word means alone; not a street or a place named
  after one ("شارع أنس بن مالك").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_CLIENT_WORDS
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import _LETTER
from lvmh_pipeline.lib.privacy.names.scripts.arabic.free import DESCRIBED, _names_a_place
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _EXCLUDED, _KIN
from lvmh_pipeline.lib.privacy.names.scripts.arabic.unknown.words import unknown_given

__all__ = ["apposed_names"]

_W = f"[{_LETTER}]+"
# A kin word, whose (a word with the article or a client word), a comma, the name, a comma or a full stop.
_KIN_APPOSITION = re.compile(
    rf"(?<![{_LETTER}])(?:و|ل)?({_W})[ \t]+({_W})[ \t]*[،,][ \t]*({_W})(?=[ \t]*[،,.؛;:]|[ \t]*$)"
)
_NASAB = re.compile(rf"(?<![{_LETTER}])({_W})[ \t]+(?:بن|ابن|بنت)[ \t]+({_W})")
_CLIENTS = frozenset(ARABIC_CLIENT_WORDS)


def _given_or_unknown(word: str) -> bool:
    """A known given name (a word too: "منى" wishes, "علي" high) or a word the lexicon lacks that
    may be one."""
    if word in person_names().given:
        return word not in _EXCLUDED or word in person_names().ambiguous
    return unknown_given(word)


def apposed_names(text: str) -> list[PiiSpan]:
    """Given names shown by the shape of the phrase (see the module)."""
    spans = []
    for m in _KIN_APPOSITION.finditer(text):
        kin, whose, name = m.group(1), m.group(2), m.group(3)
        if kin not in _KIN or not (whose.startswith("ال") or whose in _CLIENTS):
            continue
        if name not in DESCRIBED and _given_or_unknown(name):
            spans.append(PiiSpan(m.start(3), m.end(3), "NAME"))  # "بنت الزبون، منى،"
    for m in _NASAB.finditer(text):
        first, father = m.group(1), m.group(2)
        if _names_a_place(text, m.start(1)):
            continue  # "شارع أنس بن مالك", "شارع الأمير محمد بن سعد": a street
        if father in person_names().given and first not in _KIN and first not in DESCRIBED and _given_or_unknown(first):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "علي ابن حسن"
    return spans
