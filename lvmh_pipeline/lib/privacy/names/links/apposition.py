"""A given name set off by commas right after a titled surname found: "el señor Levi, Isaac, eh,
que …", "Mrs Okoro, Adaeze, uh, wants …", "Herr Brandt, Jonas, ähm, kommt …", "M. Haddad,
Karim, il voudrait …", "Sra. Ito, Yumi – ela quer …", "Mme Tran, Mai Anh, elle …".

The title before the surname says a person is named; the words between the commas (one, or two
capitalised) are the rest of the name when they are a known given name, or any other word the
speaker hesitates after or goes on after with a pronoun about the person ("il", "seine", "ele"),
past a comma or a dash — not a place, a month, a brand, an ordinary word nor a generation ("Mr
Hale, London, …", "Mme Roy, Noël, …", "Mrs Hale, Senior, asked …", "Dhr. Jansen, Amstelveen —
vaste klant" stay). An unknown word is also the given name when an age follows it ("Mrs Hallworth,
Priscilla – 61", "Sra. Quiroga, Anselma (50)"; not "Dhr. Jansen, Amstelveen – 3 stuks", nor after a
family word: "Famille Roux, Annecy, 45": a family word names no one person).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS, COMMON, NAME, classify, is_given_name, is_place_month_or_brand, is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.lexicon import TITLE_WORDS_LOWER, is_filler
from lvmh_pipeline.lib.privacy.names.positions.words import _ordinary

__all__ = ["apposed_given_names"]

_WORD = rf"[{UPPER}][{LETTER}]{{1,}}(?:-[{UPPER}][{LETTER}]+)?"
_APPOSED = re.compile(
    rf"[ \t]*,[ \t]+({_WORD}(?:[ \t]{_WORD})?)(?:,[ \t]+(?=[a-zß-ÿа-яё])|[ \t]+[–—][ \t]+(?=[{LETTER}]))"
)
# The same given name before an age: "Mrs Hallworth, Priscilla – 61", "Sra. Quiroga, Anselma (50)"
_APPOSED_AGE = re.compile(
    rf"[ \t]*,[ \t]+({_WORD})(?=[ \t]*(?:[,–—(-][ \t]*)?\d{{2}}(?![\d.,:/]?\d)(?:[ \t]*(?:[,;)–—\n]|$)"
    r"|[ \t]*(?i:y\.?o\.?|ans|años|anos|anni|jaar|jahre|years|лет|года)(?![^\W\d_])))"
)
_FAMILY_WORDS = frozenset(("famiglia", "famille", "familia", "família", "fam", "familie", "family"))
_NEXT = re.compile(rf"([{LETTER}]+)")
_TITLE_BEFORE = re.compile(rf"(?<![{LETTER}])([{LETTER}]+\.?)[ \t]+$")
# A pronoun or possessive about the person named, opening what follows the given name.
_PERSON_WORDS = frozenset((
    "he", "his", "she", "her", "il", "elle", "son", "sa", "ses", "er", "sie", "sein", "seine", "seiner", "seinen",
    "ihr", "ihre", "él", "ella", "su", "sus", "lui", "lei", "ele", "ela", "seu", "sua", "hij", "zij", "ze", "zijn",
    "haar", "он", "она", "его", "её", "ее",
))
# Generations and ranks after a surname: no given names.
_GENERATIONS = frozenset((
    "senior", "junior", "sr", "jr", "snr", "jnr", "père", "fils", "filho", "neto", "júnior", "hijo", "nieto",
    "figlio", "sen", "jun", "старший", "младший",
))


def _after_title(text: str, start: int) -> bool:
    """Whether a title word ("Mr.", "Mme", "Sra.") stands right before ``start``."""
    title = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    return bool(title) and title.group(1).casefold().rstrip(".") in TITLE_WORDS_LOWER


def _is_word(word: str) -> bool:
    """A capitalised word that can be a name: no ordinary word, place, month, brand or generation."""
    return not (
        len(word) < 2 or word.casefold() in _GENERATIONS or classify(word) == COMMON or _ordinary(word)
        or is_vocabulary(word) or is_place_month_or_brand(word)
    )


def apposed_given_names(text: str, ordered: list[tuple[int, int]]) -> list[PiiSpan]:
    """Given names between commas after a surname that follows a title (see the module)."""
    out = []
    for start, end in ordered:
        m = _APPOSED.match(text, end)
        if not m:
            continue
        if not _after_title(text, start):
            continue
        words = m.group(1).split()
        if not all(_is_word(w) for w in words):
            continue
        nxt = _NEXT.match(text, m.end())
        nxt_word = nxt.group(1) if nxt else ""
        known = len(words) == 1 and is_given_name(words[0]) and classify(words[0]) == NAME
        if not (known or is_filler(nxt_word) or nxt_word.casefold() in _PERSON_WORDS or _APPOSED_AGE.match(text, end)):
            continue  # "Mrs Hale, Senior, asked …", "Dhr. Jansen, Amstelveen — …": an unknown word needs
            # the speaker's hesitation or a pronoun about the person after it
        out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for start, end in ordered:
        m = _APPOSED_AGE.match(text, end)
        title = _TITLE_BEFORE.search(text, max(0, start - 20), start)
        family = bool(title) and title.group(1).casefold().rstrip(".") in _FAMILY_WORDS
        word = m.group(1) if m else ""
        if m and not _APPOSED.match(text, end) and _after_title(text, start) and not family and (
            _is_word(word) or is_given_name(word) and classify(word) == AMBIGUOUS and not is_place_month_or_brand(word)
        ):  # "Mlle Garnier, Chloé – 29": a given name that is a word too, before an age
            out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out
