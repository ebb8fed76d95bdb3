"""The offline name lexicon (``taxonomy/person_names.json``): given names and surnames.

Loaded once. Names are looked up case-folded; multi-word surnames ("de vries", "van den berg")
are stored with single spaces. ``ambiguous`` names are ordinary words as well ("Rose", "Koch",
"Blanc"): a note needs a cue (a title, an age) before they count as a person.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PERSON_NAMES_PATH: Path = Path(__file__).resolve().parents[3] / "taxonomy" / "person_names.json"


@dataclass(frozen=True)
class PersonNames:
    """Case-folded given names, surnames and the names that are ordinary words too."""

    version: str
    given: frozenset[str]
    surnames: frozenset[str]
    ambiguous: frozenset[str]
    ja_names: frozenset[str]  # kanji / kana names, for prefix matching in unspaced text
    # Latin names without their accents ("antonio" for "antônio", "lefevre" for "lefèvre"): a
    # transcription or another country's spelling drops or changes them.
    plain_given: frozenset[str] = frozenset()
    plain_surnames: frozenset[str] = frozenset()
    # Korean given names of new coinage ("하랑", "태오") and foreign ones as Hangul writes them ("겐지",
    # "하산"): known whole, their syllables shape no other name
    coined: frozenset[str] = frozenset()

    def is_given(self, word: str) -> bool:
        folded = word.casefold()
        return folded in self.given or not folded.isascii() and plain(folded) in self.plain_given

    def is_surname(self, word: str) -> bool:
        folded = word.casefold()
        return folded in self.surnames or not folded.isascii() and plain(folded) in self.plain_surnames

    def is_name(self, word: str) -> bool:
        return self.is_given(word) or self.is_surname(word)


def plain(word: str) -> str:
    """``word`` without the accents of Latin letters ("antônio" → "antonio"); other scripts as
    they are."""
    if word.isascii():
        return word
    out = []
    for c in unicodedata.normalize("NFD", word):
        if unicodedata.combining(c) and out and out[-1].isascii():
            continue
        out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=1)
def person_names(path: str | None = None) -> PersonNames:
    """The lexicon at ``path`` (default: the shipped ``taxonomy/person_names.json``)."""
    raw = json.loads(Path(path or PERSON_NAMES_PATH).read_text(encoding="utf-8"))
    given = frozenset(n.casefold() for names in raw["given_names"].values() for n in names)
    surnames = frozenset(n.casefold() for names in raw["surnames"].values() for n in names)
    ja = frozenset(
        n for n in raw["surnames"].get("ja", []) if not n.isascii()
    ) | frozenset(n for n in raw["given_names"].get("ja", []) if not n.isascii())
    return PersonNames(
        version=str(raw.get("version", "")),
        given=given,
        surnames=surnames,
        ambiguous=frozenset(n.casefold() for n in raw.get("ambiguous", [])),
        ja_names=ja,
        plain_given=frozenset(plain(n) for n in given),
        plain_surnames=frozenset(plain(n) for n in surnames),
        coined=frozenset(raw["given_names"].get("ko_coined", [])) | frozenset(raw["given_names"].get("ko_foreign", [])),
    )
