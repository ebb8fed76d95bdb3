"""The word lists of the span-extent rule (``taxonomy/special_extent.json``), compiled once.

Alphabetic words are matched lower-cased with their accents and, when longer than two letters,
folded too (notes written without accents: "etait", "tambem"); a one- or two-letter word keeps its
accent ("è", "é", "tá"), since its folded form is another word ("e" = "and").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lvmh_pipeline.lib.common.text import fold
from lvmh_pipeline.lib.privacy.special.lexicon import LEXICON_PATH

__all__ = ["EXTENT_PATH", "ExtentWords", "aid_words", "extent_words", "word_key"]

EXTENT_PATH = Path(__file__).resolve().parents[4] / "taxonomy" / "special_extent.json"


def word_key(word: str) -> str:
    """A word as the lists hold it: lower case, one kind of apostrophe."""
    return word.lower().replace("’", "'")


@dataclass(frozen=True)
class ExtentWords:
    """Compiled lists: ``verbs`` end a left run, ``frame`` words fill it; a ``weak`` verb (a copula,
    or a verb that is also a frame word or a conjunction somewhere: "a", "da", "zijn") ends it only
    where the run holds no other verb and has a word between it and the span; ``party`` verbs
    (a candidacy, a vote, a membership) end a run before a party or a union whatever its length;
    ``endings`` and
    ``heads`` are the CJK words glued after and before a span (longest first)."""

    verbs: frozenset[str]
    frame: frozenset[str]
    weak: frozenset[str]
    party: frozenset[str]
    endings: tuple[str, ...]
    heads: tuple[str, ...]


def _variants(words: list[str]) -> set[str]:
    out = set()
    for word in words:
        key = word_key(word)
        out.add(key)
        if len(fold(key)) > 2:
            out.add(fold(key))
    return out


@lru_cache(maxsize=1)
def extent_words() -> ExtentWords:
    """The lists of every language together (notes are code-switched)."""
    doc = json.loads(EXTENT_PATH.read_text(encoding="utf-8"))
    conjunctions = json.loads(LEXICON_PATH.read_text(encoding="utf-8")).get("conjunctions", {})
    lists = doc["languages"].values()
    verbs = _variants([w for ws in lists for w in ws.get("verbs", [])])
    copulas = _variants([w for ws in lists for w in ws.get("copulas", [])])
    party = _variants([w for ws in lists for w in ws.get("party_verbs", [])])
    frame = _variants([w for ws in lists for w in ws.get("frame", [])])
    joining = _variants([w for ws in conjunctions.values() for w in ws])
    return ExtentWords(
        verbs=frozenset(verbs | copulas | party), frame=frozenset(frame), party=frozenset(party), weak=frozenset(copulas | verbs & (frame | joining)),
        endings=tuple(sorted({w for ws in lists for w in ws.get("endings", [])}, key=len, reverse=True)),
        heads=tuple(sorted({w for ws in lists for w in ws.get("heads", [])}, key=len, reverse=True)),
    )


@lru_cache(maxsize=1)
def aid_words() -> tuple[ExtentWords, re.Pattern[str]]:
    """The run words before a worn or used aid (``aid_verbs`` with the frame words: "porte un",
    "lleva", "trägt ein") and a pattern of the aids themselves (``aids``, stems at a word start,
    matched lower-cased)."""
    doc = json.loads(EXTENT_PATH.read_text(encoding="utf-8"))
    conjunctions = json.loads(LEXICON_PATH.read_text(encoding="utf-8")).get("conjunctions", {})
    lists = doc["languages"].values()
    verbs = _variants([w for ws in lists for w in ws.get("aid_verbs", [])])
    frame = _variants([w for ws in lists for w in ws.get("frame", [])])
    joining = _variants([w for ws in conjunctions.values() for w in ws])
    words = ExtentWords(verbs=frozenset(verbs), frame=frozenset(frame), weak=frozenset(verbs & (frame | joining)),
                        party=frozenset(), endings=(), heads=())
    aids = sorted({word_key(w) for w in doc.get("aids", [])}, key=len, reverse=True)
    return words, re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, aids)) + ")")
