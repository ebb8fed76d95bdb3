"""More lower-case names a transcription leaves: the cues :mod:`..positions.lowercase` adds to its own.

- a family name after an English title, known or not ("mrs hale came in", "mr and mrs whitfield"):
  "mr", "mrs", "ms", "mx" are titles only, never nouns (unlike "frau", "señora", "mevrouw", after
  which a lower-case verb follows as often: "la señora paga", "mevrouw wil"); a function word, a
  filler or a listed ordinary word after the title is no name ("mr and mrs", "mrs um");
- a given name that is a word too, or a Russian given name in another case, after a kin word with a
  comma or a hesitation in between ("alla fidanzata, ehm, aurora", "с партнёром, мишей"): the kin
  word still says whom (not a listed ordinary word: "her son, um, will");
- a given name before an apposition of kin ("chloé, la fille de monsieur Giraud", "tom, her
  husband"): whatever else the word is (a house: "chloé"), the apposition names a person;
- a known given name before a family name that is a word too or has particles ("priya shah",
  "sanne van den berg", "anouk de vries");
- a known given name that is no everyday word right after a verb of a visit ("passato luca con il
  suo compagno", "vino álvaro");
- with the cues of :mod:`.lowercase_families`, :mod:`.lowercase_restated` and :mod:`.lowercase_links`
  (romanised hyphenated given names, names before 様/씨, patronymics, a name after a kin word, a
  possessive and an article, a typed family name in lower case).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, COMMON, NAME, classify, is_given_name, is_surname, is_vocabulary
from lvmh_pipeline.lib.privacy.names.guard_words import FUNCTION_WORDS, MONTHS_AND_DAYS
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS, PARTICLES, TITLE_WORDS_LOWER, is_filler
from lvmh_pipeline.lib.privacy.names.voice.lowercase_families import family_and_title_words
from lvmh_pipeline.lib.privacy.names.voice.lowercase_links import linked_words
from lvmh_pipeline.lib.privacy.names.voice.lowercase_restated import restated_words
from lvmh_pipeline.lib.privacy.names.voice.lowercase_voiced import voiced_words

__all__ = ["more_name_words"]

_ENGLISH_TITLE = re.compile(r"(?<![\w'’])(?i:mr|mrs|ms|mx|missus|mister)\.?[ \t]+(?=[a-z])")
_ENGLISH_TITLES = frozenset("mr mrs ms mx missus mister".split())
# Words a speaker says after an English title that are no family name.
_NOT_AFTER_ENGLISH_TITLE = frozenset(
    """and or nor but so the a an to of in on at for with from by as is was were be been being has had have
    did does do will would can could shall should may might must said says say came come comes went goes go
    called calls rang phoned wants wanted asked asks again also too just then now here there this that these
    those who whom whose which what when where why how he she they we you it his her their our its me him
    them us my your not no yes ok okay right well like sorry please thanks today yesterday tomorrow again
    both each either neither only even still back""".split()
)
_GAP = re.compile(r"[ \t]*,?[ \t]*")
# a comma, an optional short determiner, a kin word: "chloé, la fille de", "tom, her husband"
_APPOSITION = re.compile(r"[ \t]*,[ \t]*(?:([^\W\d_]{1,6})[ \t]+)?([^\W\d_]+)")
_DETERMINERS = frozenset(
    """la le sa son ses her his their my our the il lo su sua suo a o die der seine ihre sein ihr de het zijn haar
    hun mijn el""".split()
)
# the kin word of a named person: "la fille de monsieur …", "the daughter of …"
_OF_PERSON = re.compile(r"[ \t]+(?i:de|di|of|von|van|do|da|del|du|des|della|dello|dos|das)[ \t]+[^\W\d_]")


def _function_word(word: str) -> bool:
    """A particle, a function, title or kin word: no given name here ("de dochter van mevrouw …")."""
    low = word.casefold()
    return low in PARTICLES or low in FUNCTION_WORDS or low in TITLE_WORDS_LOWER or low in KIN_WORDS or is_filler(word)


def _english_title_surnames(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    if _ENGLISH_TITLE.search(text) is None:
        return
    for i, m in enumerate(words[:-1]):
        if m.group().casefold() not in _ENGLISH_TITLES:
            continue
        nxt = words[i + 1]
        word = nxt.group()
        low = word.casefold()
        if not word[0].islower() or _ENGLISH_TITLE.match(text, m.start()) is None or _ENGLISH_TITLE.match(text, m.start()).end() != nxt.start():
            continue
        if low in _NOT_AFTER_ENGLISH_TITLE or is_filler(word) or low in FUNCTION_WORDS or low in _ENGLISH_TITLES:
            continue
        if len(low) < 3 and not is_surname(low) or classify(word) == COMMON:
            continue
        chosen.add(word)
        starts.add(nxt.start())


def _russian_given(word: str) -> str | None:
    """The nominative of a Russian given name in another case ("мишей" → "миша"), if known."""
    if not ("\u0400" <= word[:1] <= "\u04ff"):
        return None
    from lvmh_pipeline.lib.privacy.names.occurrences.forms import _russian_lemmas  # a late import: no cycle

    return next((lemma for lemma in sorted(_russian_lemmas(word.casefold())) if is_given_name(lemma)), None)


def _after_kin(text: str, words: list, i: int) -> bool:
    """Is word ``i`` after a kin word, with nothing but blanks, commas and fillers in between?"""
    j = i - 1
    while j >= 0 and is_filler(words[j].group()):
        j -= 1
    return j >= 0 and words[j].group().casefold() in KIN_WORDS and all(
        _GAP.fullmatch(text, words[k].end(), words[k + 1].start()) is not None for k in range(j, i)
    )


def _kin_then_name(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    for i, m in enumerate(words[1:], 1):
        word = m.group()
        if not word[0].islower() or len(word) < 3 or _function_word(word) or word in too or not _after_kin(text, words, i):
            continue
        if is_given_name(word) and classify(word) == AMBIGUOUS and not is_vocabulary(word):
            chosen.add(word)
            starts.add(m.start())
        elif classify(word) != NAME and (lemma := _russian_given(word)) is not None and not is_vocabulary(lemma):
            chosen.update((word, lemma))  # "мишей" here, "миша" wherever else the note says it
            starts.add(m.start())


def _before_kin_apposition(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    if ", " not in text:
        return
    for m in words:
        word = m.group()
        low = word.casefold()
        if not word[0].islower() or len(word) < 3 or not is_given_name(word) or is_filler(word):
            continue
        if _function_word(word) or low in MONTHS_AND_DAYS:
            continue
        a = _APPOSITION.match(text, m.end())
        if not a or a.group(1) is None or a.group(1).casefold() not in _DETERMINERS or a.group(2).casefold() not in KIN_WORDS:
            continue  # "72 anni, figlio 19 anni": no determiner, a telegraphic list
        if classify(word) == NAME or _OF_PERSON.match(text, a.end()):
            chosen.add(word)  # "tom, her husband"; "chloé, la fille de monsieur …", a house's name too
            starts.add(m.start())


def _given_then_surname(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    for i, m in enumerate(words[:-1]):
        word = m.group()
        if not word[0].islower() or classify(word) != NAME or not is_given_name(word):
            continue
        j = i + 1
        while j < len(words) - 1 and words[j].group() in PARTICLES and text[words[j - 1].end() : words[j].start()] == " ":
            j += 1
        last = words[j]
        if text[words[j - 1].end() : last.start()] != " " or not last.group()[0].islower():
            continue
        surname = last.group()
        phrase = " ".join(w.group() for w in words[i + 1 : j + 1])
        if j > i + 1:
            listed = is_surname(phrase) and classify(phrase) == NAME
            if not (listed or is_surname(surname) and not is_vocabulary(surname)):
                continue  # "lotte van de winkel": from the shop
        elif not (is_surname(surname) and classify(surname) == AMBIGUOUS and not is_vocabulary(surname)):
            continue  # (a listed family name that is no word: the rule of positions.lowercase)
        chosen.update((word, surname))
        starts.update((m.start(), last.start()))


def more_name_words(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    """Add to ``chosen`` / ``starts`` the lower-case names of the module's cues (``words``: the
    word matches of the note; ``too``: given names that are everyday words in lower case, "grace",
    "mark", which a kin word before them does not make names)."""
    _english_title_surnames(text, words, chosen, starts)
    _kin_then_name(text, words, chosen, starts, too)
    _before_kin_apposition(text, words, chosen, starts)
    _given_then_surname(text, words, chosen, starts)
    _after_arrival_verb(text, words, chosen, starts, too)
    family_and_title_words(text, words, chosen, starts, too)  # "the al x family", "meneer el x", "sheikh x"
    restated_words(text, words, chosen, starts, too)  # "[NAME], no, perdón, x", "x [NAME]", "kim min-ji"
    linked_words(text, words, chosen, starts, too)  # "jia-hui lin", "x様", "x y-ovna", "o filho dela, o x"
    voiced_words(text, words, chosen, starts, too)  # "jan bakker" said again, "madame da costa", "senatore galli"


# Verbs of a visit a voice note opens with, the visitor right after them ("passato luca con …",
# "vino álvaro con su marido", "veio joana", "kam jonas vorbei"): a known given name that is no
# everyday word, in lower case there, is the visitor.
_ARRIVAL_VERBS = frozenset(
    """passato passata passati passate venuto venuta venuti venute arrivato arrivata tornato tornata
    entrato entrata vino pasó paso llegó llego volvió volvio entró entro veio passou chegou voltou
    entrou kam kwam langs""".split()
)


def _after_arrival_verb(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    for i, m in enumerate(words[1:], 1):
        word = m.group()
        if not word[0].islower() or words[i - 1].group().casefold() not in _ARRIVAL_VERBS:
            continue
        if text[words[i - 1].end() : m.start()] != " " or word in too or classify(word) != NAME or not is_given_name(word):
            continue
        chosen.add(word)
        starts.add(m.start())
