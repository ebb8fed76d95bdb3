"""Names a transcription wrote in lower case: "her daughter emma", "mit ihrem mann klaus",
"olivia bennett came in", "con su hija lucía".

Speech-to-text often leaves names without their capital, and the rules of this package read one.
Before they run, a lower-case word is given its capital where two things agree: the name lexicon
holds it as a name and as nothing else (:func:`~lvmh_pipeline.lib.privacy.names.guard.classify`
``NAME``: "rose", "will", "grace" or "may" stay lower case), and its position says a person is
meant — right after a kin word ("husband", "fille", "Tochter", "дочь"), as a known given name after
a transcription filler ("um, sarah") or beside a name already replaced ("[NAME] and emma": the
passes of :mod:`~lvmh_pipeline.lib.privacy.pseudonymize` run the rules again on the replaced text), or
as a known given name followed by a known surname ("olivia bennett"). Once a word is given its
capital, so is every other lower-case occurrence of it in the note if it is a given name that is no
everyday word ("… emma's birthday"; a surname's other occurrences may be the word: "James Walker …
uses a walker", and so may "her son mark … mark the date"). The copy has the same length as the
note, so the spans found in it are the note's.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard import COMMON, NAME, UNKNOWN, classify, is_given_name, is_surname
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.lexicon import FILLERS, KIN_WORDS, is_filler
from lvmh_pipeline.lib.privacy.names.voice.lowercase_cues import more_name_words

__all__ = ["with_name_capitals"]

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_GAP = re.compile(r"[ \t]*,?[ \t]*")
# Given names that are everyday words in lower case: a filler, a comma after a kin word or a replaced
# name before them is too weak a sign ("uh, mark the date", "per la cognata, massimo 800 €"); right
# after a kin word they are names ("her son mark").
_WORDS_TOO = frozenset(
    "mark bill pat sue rob art guy jack frank ray gene dawn joy faith hope grace amber ruby pearl iris olive violet tom "
    "lily daisy holly ivy summer june april august sky sunny penny sandy rusty drew chase lance wade dean don "
    "will may rose rosa blanca luz mar sol paz angel flor bella gioia stella vera massimo bruno bianca franco felice "
    "celeste serena vittoria victoria dolores pilar soledad consuelo fortunato benedetto constance prudence patience "
    "blanche aimée désiré вера надежда любовь роза лада мила слава".split()
)
# right after a name already replaced, or "and" after it: "[NAME] and sarah", "[NAME], emma"
_AFTER_PLACEHOLDER = re.compile(r"\[NAME\](?:[ \t]*,?[ \t]*(?:and|y|et|und|e|en|и|&))?[ \t]*,?[ \t]*$")
# Words of a speaker's pause ("wait", "aspetta")
_PAUSES = r"(?:wait|hang on|attends|attendez|aspetta|aspetti|espera|espere|warte|moment|wacht|подожди|погоди|секунду)"
# A filler of several words the speaker says while searching for a name ("what's her name,", "wie
# hieß sie", "comment elle s'appelle", "как её звали"), right before the word; the speaker may pause once
# or twice more ("…, wait, x", "…, aspetta, x", "…, äh, x") and say an article ("como é que ele chama, o x")
_FILLER_PHRASE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:" + "|".join(re.escape(f) for f in sorted((f for f in FILLERS if " " in f), key=len, reverse=True))
    + r")(?:[ \t]*[,…]*[ \t]*(?i:" + _PAUSES + r"|" + "|".join(
        re.escape(f) for f in sorted((f for f in FILLERS if " " not in f and len(f) <= 4 and f.isalpha()), key=len, reverse=True)
    ) + r")(?![^\W\d_])){0,2}[ \t]*[,…]*[ \t]*(?i:(?:o|a|el|la|il|der|die|le)[ \t]+)?$"
)
_LOWER_START = re.compile(r"(?<![^\W\d_])[a-zà-öø-ÿа-яё]")


def _capitalised(word: str) -> str | None:
    head = word[0].upper()
    return head + word[1:] if len(head) == 1 else None


def _listed_as_written(word: str) -> bool:
    """A lower-case word the lexicon lists with its accents, or one of four letters or more that is a
    name once they are dropped ("lucía", "julián"); a short word with an accent is a word of the
    language before it is a name without it ("tão", so, is no "Tao")."""
    low = word.casefold()
    return low.isascii() or len(low) >= 4 or low in person_names().given or low in person_names().surnames


def _name_words(text: str) -> tuple[set[str], set[int]]:
    """The lower-case words to give a capital and where they were found (see the module)."""
    words = list(_WORD.finditer(text))
    chosen: set[str] = set()
    starts: set[int] = set()
    for i, m in enumerate(words):
        word = m.group()
        if not word[0].islower() or classify(word) != NAME or not _listed_as_written(word):
            continue
        previous = words[i - 1] if i else None
        adjacent = previous is not None and _GAP.fullmatch(text, previous.end(), m.start()) is not None
        after_kin = adjacent and previous.group().casefold() in KIN_WORDS
        after_filler = adjacent and is_filler(previous.group()) or previous is not None and bool(
            _FILLER_PHRASE_BEFORE.search(text, max(0, m.start() - 56), m.start())
        )  # "uh, sarah", "and, what's her name, sarah"
        beside_name = _AFTER_PLACEHOLDER.search(text, max(0, m.start() - 16), m.start())
        right_after_kin = after_kin and "," not in text[previous.end() : m.start()]
        weak = after_kin or after_filler or beside_name
        if right_after_kin or weak and is_given_name(word) and word not in _WORDS_TOO:
            chosen.add(word)
            starts.add(m.start())
        following = words[i + 1] if i + 1 < len(words) else None
        if (
            following is not None and following.group()[0].islower() and text[m.end() : following.start()] == " "
            and is_given_name(word) and is_surname(following.group()) and classify(following.group()) == NAME
        ):
            chosen.update((word, following.group()))
            starts.update((m.start(), following.start()))
    _restated_after_title(text, words, chosen, starts)
    _clipped_after_kin(text, words, chosen, starts)
    _unlisted_after_search(text, words, chosen, starts)
    more_name_words(text, words, chosen, starts, _WORDS_TOO)  # "mrs hale", "fidanzata, ehm, aurora", "priya shah"
    return chosen, starts


# "x, no, y": a name the speaker corrects at once
_CORRECTION_BEFORE = re.compile(r"[ \t]*,[ \t]*(?i:no|nein|non|nee|não|нет|не)[ \t]*,?[ \t]*$")
# a filler phrase that searches for a name ("what's her name", "wie heißt er noch", "как её"), not any
# filler of several words ("a ver", "you know")
_NAMING_WORD = re.compile(
    r"(?i:name|heißt|hieß|heisst|hiess|appel|chiam|llam|cham|зов|звал|heet|heette|как её|как его|call)"
)
# the phrase that introduces a name ("si chiama", "se llama", "heißt"): only its next word is meant
_CALLED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:si chiama|se llama|s'appelle|s’appelle|se chama|heißt|heisst|heet|зовут|is called)"
    r"[ \t]*,?[ \t]*(?:(?i:" + _PAUSES + r")[ \t]*,[ \t]*)?$"
)


def _corrected(text: str, end: int, start: int) -> bool:
    m = _CORRECTION_BEFORE.search(text, end, start)
    return m is not None and m.start() == end


def _unlisted_after_search(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    """A lower-case word the lexicon does not know, said right after the speaker searched for a name
    ("what's her name, x", "как её, x") or corrected one just given its capital ("x, no, y"): a name
    the lexicon lacks (a nickname, a name of another language)."""
    for i, m in enumerate(words[1:], 1):
        word = m.group()
        if not word[0].islower() or len(word) < 3 or is_filler(word) or classify(word) not in (NAME, UNKNOWN):
            continue
        before = text[max(0, m.start() - 56) : m.start()]
        searched = _FILLER_PHRASE_BEFORE.search(before)
        if searched and _NAMING_WORD.search(searched.group()) or (
            classify(word) == NAME and _CALLED_BEFORE.search(before)
        ) or i >= 2 and words[i - 2].group() in chosen and _corrected(text, words[i - 2].end(), m.start()):
            chosen.add(word)
            starts.add(m.start())


# Titles a speaker says before a family name ("mrs bianco called, giulia bianco"): the family name said
# again after a given name is the same person's, the given name too, even one that is a word ("rose fox")
_SPOKEN_TITLES = frozenset(
    """mrs mr ms miss missus missis mister mx madam madame mademoiselle mme mlle monsieur signora signor
    signore signorina señora señor señorita senhora senhor senhorita sra sr srta frau herr herrn fräulein
    mevrouw meneer mijnheer dhr mevr doctor dr doktor dottore dottoressa docteur professor prof господин
    госпожа""".split()
)


def _restated_after_title(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    titled = {
        words[i + 1].group() for i, m in enumerate(words[:-1])
        if m.group() in _SPOKEN_TITLES and _GAP.fullmatch(text, m.end(), words[i + 1].start()) is not None
        and "," not in text[m.end() : words[i + 1].start()] and words[i + 1].group()[0].islower()
        and len(words[i + 1].group()) >= 3 and not is_filler(words[i + 1].group())
    }
    if not titled:
        return
    for i, m in enumerate(words[1:], 1):
        given = words[i - 1]
        if m.group() in titled and text[given.end() : m.start()] == " " and given.group()[0].islower() and (
            is_given_name(given.group()) and (classify(m.group()) != COMMON or classify(given.group()) == NAME)
        ):  # a family name that is a word ("rubio", "weiss") after a given name that is none
            chosen.update((given.group(), m.group()))
            starts.update((given.start(), m.start()))


def _clipped_after_kin(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    """"her husband dan — sorry, daniel": a short form right after a kin word, then the given name it
    clips (its first letters, three or more) said a few words later."""
    for i, m in enumerate(words[1:-1], 1):
        short = m.group()
        if len(short) < 3 or not short[0].islower() or words[i - 1].group().casefold() not in KIN_WORDS:
            continue
        if _GAP.fullmatch(text, words[i - 1].end(), m.start()) is None:
            continue
        for later in words[i + 1 : i + 6]:
            full = later.group().casefold()
            if later.start() - m.end() > 40:
                break
            if len(full) > len(short) and full.startswith(short) and is_given_name(full) and classify(full) == NAME:
                chosen.add(short)
                starts.add(m.start())
                break


# A family name with an elided particle written in lower case after a given name or a spoken title
# ("jack o'connell", "Maria d'angelo", "mrs o'brien"): the particle and the name get their capitals
_APOSTROPHE_NAME = re.compile(r"(?<![\w'’])([^\W\d_]+)[ \t]+([od])(['’])([a-zà-öø-ÿ]{3,})(?![\w'’])")


def _apostrophe_names(text: str) -> str:
    if "o'" not in text and "o’" not in text and "d'" not in text and "d’" not in text:
        return text
    def recase(m: re.Match[str]) -> str:
        before = m.group(1)
        if not (is_given_name(before) and classify(before) != COMMON or before.casefold() in _SPOKEN_TITLES):
            return m.group()
        if m.group(2) == "d" and classify(m.group(4)) == COMMON:
            return m.group()  # "anna d'accordo": an elided "di" before a word
        if before.casefold() not in _SPOKEN_TITLES:
            before = before[:1].upper() + before[1:]  # "jack o'connell": the given name is one too
        return before + m.group()[m.end(1) - m.start() : m.start(2) - m.start()] + m.group(2).upper() + m.group(3) + m.group(4).capitalize()
    return _APOSTROPHE_NAME.sub(recase, text)


def with_name_capitals(text: str) -> str:
    """``text`` with the capitals a transcription left out of names (see the module); the same
    length, the same text when nothing is to change."""
    if not _LOWER_START.search(text):
        return text
    text = _apostrophe_names(text)
    chosen, starts = _name_words(text)
    if not chosen:
        return text
    out = []
    last = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if word not in chosen or not (m.start() in starts or is_given_name(word) and word not in _WORDS_TOO):
            continue  # a surname's other occurrences may be the word ("uses a walker"), so may "mark"
        if (capital := _capitalised(word)) is not None:
            out.append(text[last : m.start()])
            out.append(capital)
            last = m.end()
    out.append(text[last:])
    recased = "".join(out)
    return recased if len(recased) == len(text) else text
