"""Lower-case names a voice note says twice, or after an office or a particle: cues added to
:mod:`.lowercase_cues`.

- a given name and a family name in lower case where the note says the family name (or the given
  name) once more ("meneer Bakker, jan bakker", "russo, russo, valentina russo", "é a ana, ana
  lima"): a speaker who restates a word beside a given name is naming someone, even when the
  family name is an everyday word too ("russo", "santos") or the given name a month ("jan");
- a family name said again and the given name after it, Italian order ("come si chiama, ferri, sì
  ferri paola");
- a family name with its particle after a spoken title ("madame de souza", "signora di marco"):
  the particle and the name get their capitals (the title rules read "Madame De Souza");
- a family name right after an office ("l'ex senatore galli", "o deputado prado"): a known family
  name that is no ordinary word;
- a given name after the Brazilian spoken titles "seu" and "dona" ("o filho do seu osvaldo").

Every word taken is in the name lexicon (``classify`` not ``COMMON``); the everyday given names
(``too``: "mark", "rosa") are taken only where the family name beside them is said again.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, COMMON, NAME, classify, is_given_name, is_surname
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS, TITLE_WORDS_LOWER, is_filler
from lvmh_pipeline.lib.privacy.names.venues.offices import OFFICE_WORDS
from lvmh_pipeline.lib.privacy.names.voice.lowercase_restated import CORRECTION_WORDS

__all__ = ["voiced_words"]

# particles a family name opens with, said in lower case after a title
_PARTICLES = frozenset("da de di do dos das del della dello dei van von du le la".split())
# spoken Brazilian titles, possessives elsewhere ("seu marido", "dona de casa"): only a known
# given name that is no everyday word after them
_BR_TITLES = frozenset({"seu", "dona"})
_GAP = re.compile(r"[ \t]*,?[ \t]*")
_SPOKEN_TITLES = frozenset(TITLE_WORDS_LOWER) - {"d", "m", "me", "on", "fam", "famille", "familia", "famiglia", "família"}


def _take(word, chosen: set[str], starts: set[int]) -> None:
    chosen.add(word.group())
    starts.add(word.start())


def _blank(text: str, a, b) -> bool:
    """Only blanks between word matches ``a`` and ``b``."""
    gap = text[a.end() : b.start()]
    return bool(gap) and not gap.strip(" \t")


def _lower(word: str) -> bool:
    return word[:1].islower() and len(word) >= 3 and not is_filler(word)


def _said_again(counts: dict[str, int], word: str) -> bool:
    return counts.get(word.casefold(), 0) >= 2


def _said_just_before(text: str, words: list, i: int, names: set[str], chosen: set[str], starts: set[int]) -> None:
    """The same names said right before word ``i``, with only commas, blanks, fillers and words of
    a correction between them ("russo, russo, valentina russo"): the speaker restating one name."""
    j = i - 1
    while j >= 0 and _GAP.fullmatch(text, words[j].end(), words[j + 1].start()) is not None:
        low = words[j].group().casefold()
        if low in names:
            _take(words[j], chosen, starts)
        elif not (is_filler(words[j].group()) or low in CORRECTION_WORDS):
            return
        j -= 1


def _pairs(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    counts: dict[str, int] = {}
    for m in words:
        counts[m.group().casefold()] = counts.get(m.group().casefold(), 0) + 1
    for i, (first, second) in enumerate(zip(words, words[1:])):
        a, b = first.group(), second.group()
        if not (_lower(a) and _lower(b) and _blank(text, first, second)):
            continue
        ka, kb = classify(a), classify(b)
        if COMMON in (ka, kb) or a.casefold() in KIN_WORDS or b.casefold() in KIN_WORDS:
            continue
        if is_given_name(a) and is_surname(b) and (
            _said_again(counts, b) and (ka == NAME or kb == NAME and a not in too)
            or _said_again(counts, a) and ka == NAME and kb in (NAME, AMBIGUOUS) and a not in too
        ):
            _take(first, chosen, starts)  # "jan bakker" after "meneer Bakker"; "ana, ana lima"
            _take(second, chosen, starts)
            _said_just_before(text, words, i, {a.casefold(), b.casefold()}, chosen, starts)
        elif is_surname(a) and not is_given_name(a) and is_given_name(b) and kb == NAME and b not in too and _said_again(counts, a):
            _take(first, chosen, starts)  # "ferri, sì ferri paola"
            _take(second, chosen, starts)


def _after_title_particle(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    for title, particle, name in zip(words, words[1:], words[2:]):
        if title.group().casefold() not in _SPOKEN_TITLES or particle.group() not in _PARTICLES:
            continue
        if not (_blank(text, title, particle) and _blank(text, particle, name) and _lower(name.group())):
            continue
        phrase = f"{particle.group()} {name.group()}"
        if is_surname(phrase) or is_surname(name.group()) and classify(name.group()) != COMMON:
            _take(particle, chosen, starts)
            _take(name, chosen, starts)


def _after_office(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    for office, name in zip(words, words[1:]):
        low = office.group().casefold()
        word = name.group()
        if not (_lower(word) and _blank(text, office, name)):
            continue
        if low in OFFICE_WORDS and is_surname(word) and classify(word) == NAME:
            _take(name, chosen, starts)  # "senatore galli"
        elif low in _BR_TITLES and is_given_name(word) and classify(word) == NAME and word not in too and (
            word.casefold() not in KIN_WORDS
        ):
            _take(name, chosen, starts)  # "seu osvaldo"


def voiced_words(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    """Add to ``chosen`` / ``starts`` the lower-case names of the module's cues (``words``: the
    word matches of the note; ``too``: given names that are everyday words in lower case)."""
    _pairs(text, words, chosen, starts, too)
    _after_title_particle(text, words, chosen, starts)
    _after_office(text, words, chosen, starts, too)
