"""Lower-case names of a voice transcription beside a name already found (cues added to
:mod:`..positions.lowercase`):

- a family name said again as a correction after a name already replaced ("[NAME], no, sorry, x",
  "[NAME], nee sorry, de x", "[NAME], anzi, x", "[NAME] ну то есть x"): a listed family name or given
  name that is no ordinary word, with its particles, or a Russian given name in another case; or a
  word the lexicon lacks that respells a lower-case name chosen before ("x, no sorry, xy"), wherever
  the note says it;
- a known given name right before a name already replaced ("x [NAME]");
- a Korean given name romanised in two hyphenated syllables after a family name said before it or
  a name already replaced ("kim min-ji", "[NAME] seo-yeon"): the shape of the syllables is the sign
  (:mod:`..scripts.korean.other_scripts.roman`).

The passes of :mod:`~lvmh_pipeline.lib.privacy.pseudonymize` run the rules again on the replaced
text, so the first two see ``[NAME]`` where a name stood.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard import COMMON, NAME, classify, is_given_name, is_surname, is_vocabulary
from lvmh_pipeline.lib.privacy.names.guard_words import FUNCTION_WORDS
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS, PARTICLES
from lvmh_pipeline.lib.privacy.names.scripts.korean.other_scripts.roman import is_roman_given

__all__ = ["restated_words"]

# Words of a spoken correction between a name and the right one, in the twelve languages' Latin and
# Cyrillic scripts (with the fillers of a hesitation)
CORRECTION_WORDS = frozenset(
    """no not sorry pardon wait i mean rather actually nee nein nicht non não nao nope perdón perdon perdona
    disculpa disculpe perdão desculpa desculpe digo quiero decir scusa scusi scusate anzi cioè cioe
    aspetta espera attends warte wacht sorry excuse me je veux dire plutôt plutot ik bedoel ich meine
    eigentlich нет не извините простите то есть вернее точнее ой um uh er eh euh ehm
    äh ähm eh ee э ну""".split()
)
_GAP = re.compile(r"\]?[ \t]*,?[ \t]*")
_BEFORE_REDACTED_NAME = re.compile(r"[ \t]+\[NAME\]")
_ARTICLE_PARTICLES = frozenset(PARTICLES) - {"y"}
_KO_ROMAN_SURNAMES = frozenset(
    """kim lee yi park pak choi choe jung jeong chung kang kwon yoon yun jang chang lim im han oh seo shin sin hwang
    ahn an song hong jeon jun ko go moon mun yang son bae baek heo nam noh ryu yoo yu cha joo ju woo koo gu min
    jin ha kwak sung seong byun byeon um eom ji chae won bang gong hyun ham yeo""".split()
)


def _corrected_name(text: str, words: list, i: int) -> str | None:
    """The name (``[NAME]`` or a word) said before word ``i`` and one to four correction words
    ("x, no, sorry, y", "x ну то есть y"), if any."""
    j, said = i - 1, 0
    while j >= 0 and said < 4 and words[j].group().casefold() in CORRECTION_WORDS:
        if _GAP.fullmatch(text, words[j].end(), words[j + 1].start()) is None:
            return None
        j, said = j - 1, said + 1
    if not said or j < 0 or _GAP.fullmatch(text, words[j].end(), words[j + 1].start()) is None:
        return None
    if words[j].group() == "NAME" and text[words[j].start() - 1 : words[j].start()] == "[":
        return "[NAME]"
    return words[j].group() if text[words[j].end() : words[j].end() + 1] != "]" else None


def _after_correction(text: str, words: list, i: int, chosen: set[str]) -> bool:
    """Does word ``i`` follow a name (replaced, or a lower-case one already chosen) and a correction?"""
    before = _corrected_name(text, words, i)
    return before is not None and (before == "[NAME]" or before in chosen)


def _corrections(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    for i, m in enumerate(words):
        if not m.group()[:1].islower() or not _after_correction(text, words, i, chosen):
            continue
        j = i
        while j < len(words) - 1 and words[j].group().casefold() in _ARTICLE_PARTICLES and text[words[j].end() : words[j + 1].start()] == " ":
            j += 1
        last = words[j].group()
        phrase = " ".join(w.group() for w in words[i : j + 1])
        if len(last) < 3 or last.casefold() in FUNCTION_WORDS or last.casefold() in CORRECTION_WORDS:
            continue
        listed = j > i and is_surname(phrase) and classify(phrase) != COMMON
        name = (is_surname(last) or is_given_name(last)) and classify(last) != COMMON and not is_vocabulary(last)
        if listed or name or _declined_given(last):
            for w in words[i : j + 1]:  # "[NAME], no, perdón, x", "[NAME], nee sorry, de x": the name said right
                chosen.add(w.group())
                starts.add(w.start())
        elif j == i and _respelled(text, words, i, chosen):
            for w in words:  # "x, no sorry, xy": the name the lexicon lacks, said right, wherever it is said
                if w.group() == last:
                    chosen.add(last)
                    starts.add(w.start())


def _declined_given(word: str) -> bool:
    """A Russian given name in another case ("екатериной"), by the nominatives it may come from."""
    if not ("\u0430" <= word[:1] <= "\u044f"):
        return False
    from lvmh_pipeline.lib.privacy.names.occurrences.forms import _russian_lemmas  # a late import: no cycle

    return any(is_given_name(lemma) and classify(lemma) != COMMON for lemma in _russian_lemmas(word.casefold()))


def _respelled(text: str, words: list, i: int, chosen: set[str]) -> bool:
    """Is word ``i``, a word the lexicon lacks, the corrected spelling of the lower-case name chosen
    just before the correction (the same first four letters: "x, no sorry, xy")?"""
    word = words[i].group()
    before = _corrected_name(text, words, i) or ""
    return (
        before in chosen and len(word) >= 4 and word[:4].casefold() == before[:4].casefold() and word != before
        and classify(word) != COMMON and not is_vocabulary(word) and word.casefold() not in FUNCTION_WORDS
    )


def _before_redacted_name(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    """Add to ``chosen`` a lower-case known given name standing right before a "[NAME]" token (its family name, found)."""
    for m in words:
        word = m.group()
        if not word[:1].islower() or len(word) < 3 or word in too or not _BEFORE_REDACTED_NAME.match(text, m.end()):
            continue
        if is_given_name(word) and classify(word) == NAME and word.casefold() not in FUNCTION_WORDS | KIN_WORDS:
            chosen.add(word)  # "x [NAME]": the given name before the family name found
            starts.add(m.start())


def _korean_roman(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    for i, m in enumerate(words):
        if "-" not in m.group() or not m.group()[:1].islower() or not is_roman_given(m.group()):
            continue
        before = text[max(0, m.start() - 8) : m.start()]
        prev = words[i - 1] if i else None
        after_surname = prev is not None and text[prev.end() : m.start()] == " " and prev.group().casefold() in _KO_ROMAN_SURNAMES
        if after_surname or before.endswith("[NAME] "):
            chosen.add(m.group())  # "kim min-ji", "[NAME] seo-yeon"
            starts.add(m.start())
            if after_surname and prev.group()[:1].islower():
                chosen.add(prev.group())
                starts.add(prev.start())


def restated_words(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    """Add to ``chosen`` / ``starts`` the lower-case names of the module's cues (``too``: given names
    that are everyday words in lower case)."""
    _corrections(text, words, chosen, starts)  # (a transcription may have no comma: "x ну то есть y")
    if "[NAME]" in text:
        _before_redacted_name(text, words, chosen, starts, too)
    if "-" in text:
        _korean_roman(text, words, chosen, starts)
