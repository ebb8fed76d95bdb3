"""Lower-case names of a voice transcription tied to another word of the note (cues added to
:mod:`..positions.lowercase`):

- a romanised Chinese or Korean given name of two hyphenated syllables beside a romanised family
  name, or before an East Asian honorific ("jia-hui lin", "park tae-yang", "ha-eun 씨"), and the
  family name with it; the given name wherever else the note says it;
- a romanised name glued before a Japanese or Korean honorific ("tanaka様", "tanaka hiro様");
- a Russian patronymic after a given name ("павел андреевич"), and the family name said before
  them at the note's opening ("орлова, ирина павловна, …");
- a given name after a kin or staff word, its possessive and an article ("o filho dela, o x", "a
  sobrinha, a x", "внучка её, x"), with a second given name after it ("o x y");
- a family name that opens the note and is said again right after a title ("x, the señor x …"):
  both are the name, even a word (:mod:`.opening_restated`);
- a family name in lower case after a title and a capitalised given name in a typed note
  ("M. Julien x", "sig.ra Anna x"), the given name being the evidence.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name, is_surname, is_vocabulary
from lvmh_pipeline.lib.privacy.names.guard_words import FUNCTION_WORDS
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS, TITLE_WORDS_LOWER, is_filler
from lvmh_pipeline.lib.privacy.names.scripts.korean.other_scripts.roman import is_roman_given
from lvmh_pipeline.lib.privacy.names.scripts.romanised import PINYIN_SYLLABLE, ROMAN_SURNAMES
from lvmh_pipeline.lib.privacy.names.voice.lowercase_families import DICTATION_WORDS

__all__ = ["linked_words"]

_PINYIN_PAIR = re.compile(rf"({PINYIN_SYLLABLE})-({PINYIN_SYLLABLE})")
# Honorifics glued or spaced after a name in Japanese, Korean and Chinese notes
_HONORIFIC_AFTER = re.compile(r"[ \t]?(?:様|さま|さん|氏|씨|님|고객|小姐|先生|女士)")
_LATIN_BEFORE_HONORIFIC = re.compile(r"(?<![A-Za-z\-])([a-z]{3,12})(?:[ \t]([a-z]{3,12}))?(?=[ \t]?(?:様|さま|さん|씨|님))")
_PATRONYMIC = re.compile(r"[а-яё]{3,}(?:ович|евич|ьич|ич|овна|евна|ична|инична)")
_POSSESSIVES = frozenset(
    """dela dele deles delas sua seu suo sue his her their ihr ihre ihrer seine seiner sein su sa son
    её ее его своей своим свою своя свой""".split()
)
_ARTICLES = frozenset("o a os as la el il lo le der die den the".split())
_COMMA_GAP = re.compile(r"[ \t]*,[ \t]*")
_BLANK = re.compile(r"[ \t]+")
# Title abbreviations written with a dot in typed notes ("M. Julien", "sig.ra Anna", "Hr. Jens"): a
# title written out ("Frau Anna sagt, …") is as often followed by a verb
_TYPED_TITLE = re.compile(
    r"(?<![\w.])(?:(?:M|Mme|Mlle|Mr|Mrs|Ms|Hr|Fr|Sr|Sra|Srta|Dr|Dra|Sig|sig)\.|[Ss]ig\.r?a)[ \t]+$"
)

# what ends a typed name ("M. Julien x, cadre", "(sig.ra Anna x)"), and the generations after a name
_CLAUSE_PUNCTUATION = re.compile(r"[ \t]*(?:[,;:()\[\]]|\.(?:\s|$)|$)")
_GENERATIONS = frozenset("senior junior jr sr père fils filho neto sobrinho figlio hijo".split())

def _take(m: re.Match[str], chosen: set[str], starts: set[int]) -> None:
    chosen.add(m.group())
    starts.add(m.start())


def _is_romanised_given(word: str) -> bool:
    low = word.casefold()
    if "-" not in low or not word[:1].islower():
        return False
    pinyin = _PINYIN_PAIR.fullmatch(low)
    return is_roman_given(low) or pinyin is not None and pinyin.group(1) != pinyin.group(2)


def _romanised_pairs(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    found: set[str] = set()
    for i, m in enumerate(words):
        if not _is_romanised_given(m.group()):
            continue
        beside = [w for w in (words[i - 1] if i else None, words[i + 1] if i + 1 < len(words) else None) if w is not None]
        family = [
            w for w in beside if w.group().islower() and w.group() in ROMAN_SURNAMES
            and _BLANK.fullmatch(text, min(w.end(), m.end()), max(w.start(), m.start())) is not None
        ]
        if family or _HONORIFIC_AFTER.match(text, m.end()):
            found.add(m.group())
            for w in family:
                _take(w, chosen, starts)
    for m in words:
        if m.group() in found:
            _take(m, chosen, starts)  # the given name wherever the note says it again


def _before_honorific(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    if not re.search(r"[様さん씨님]", text):
        return
    tokens = {w.start(): w for w in words}  # a word token runs on into the glued honorific ("x様が")
    for m in _LATIN_BEFORE_HONORIFIC.finditer(text):
        for g in (1, 2):
            word = m.group(g)
            if word and not is_vocabulary(word) and classify(word) != COMMON and word not in FUNCTION_WORDS:
                if m.start(g) in tokens:
                    _take(tokens[m.start(g)], chosen, starts)


def _patronymics(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    for i, m in enumerate(words[1:], 1):
        given = words[i - 1]
        if not _PATRONYMIC.fullmatch(m.group()) or _BLANK.fullmatch(text, given.end(), m.start()) is None:
            continue
        if not given.group()[:1].islower() or not is_given_name(given.group()):
            continue
        _take(m, chosen, starts)
        _take(given, chosen, starts)
        if i >= 2 and _COMMA_GAP.fullmatch(text, words[i - 2].end(), given.start()):
            family = words[i - 2]  # "x, y z-ovna": the family name said first
            if family.group()[:1].islower() and is_surname(family.group()) and not is_vocabulary(family.group()):
                _take(family, chosen, starts)


def _given_word(word: str, too: frozenset[str]) -> bool:
    low = word.casefold()
    return (
        word[:1].islower() and len(word) >= 3 and word not in too and low not in FUNCTION_WORDS
        and low not in KIN_WORDS and not is_filler(word) and is_given_name(word) and classify(word) != COMMON
        and not is_vocabulary(word)
    )


def _kin_possessive_article(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    for i, m in enumerate(words[2:], 2):
        if not _given_word(m.group(), too):
            continue
        j = i - 1
        article = words[j].group().casefold() in _ARTICLES and _BLANK.fullmatch(text, words[j].end(), m.start())
        if article:
            j -= 1
        gap = text[words[j].end() : (words[j + 1] if article else m).start()]
        if _COMMA_GAP.fullmatch(gap) is None:
            continue
        if words[j].group().casefold() in _POSSESSIVES and j >= 1:
            j -= 1
        if words[j].group().casefold() not in KIN_WORDS or not (article or "\u0400" <= m.group()[:1] <= "\u04ff"):
            continue
        _take(m, chosen, starts)  # "o filho dela, o x", "внучка её, x"
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and text[m.end() : nxt.start()] == " " and _given_word(nxt.group(), too):
            _take(nxt, chosen, starts)  # a double given name ("o x y")


def _opening_after_title(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    i = 0
    while i < min(len(words), 4) and (is_filler(words[i].group()) or words[i].group().casefold() in DICTATION_WORDS):
        i += 1
    if i >= len(words) - 2:
        return
    first = words[i]
    word = first.group()
    if not word[:1].islower() or len(word) < 3 or word.casefold() in FUNCTION_WORDS or not re.match(r"[ \t]*,", text[first.end() :]):
        return
    later = [
        w for k, w in enumerate(words[i + 2 :], i + 2)
        if w.group() == word and words[k - 1].group().casefold() in TITLE_WORDS_LOWER
        and _BLANK.fullmatch(text, words[k - 1].end(), w.start()) is not None
    ]
    if later:
        for w in (first, *later):
            _take(w, chosen, starts)  # "x, …, monsieur x": the opening word is the name said again


def _typed_given_then_lower(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    for i, m in enumerate(words[1:], 1):
        given = words[i - 1]
        word = m.group()
        if not given.group()[:1].isupper() or not word[:1].islower() or text[given.end() : m.start()] != " ":
            continue
        if len(word) < 4 or word.casefold() in FUNCTION_WORDS or is_vocabulary(word) or classify(word) == COMMON:
            continue
        if word.casefold() in _GENERATIONS or not _CLAUSE_PUNCTUATION.match(text, m.end()):
            continue  # "Frau Anna kommt morgen", "Herr Jens senior": a verb or a generation, no family name
        if is_given_name(given.group()) and _TYPED_TITLE.search(text, max(0, given.start() - 12), given.start()):
            _take(m, chosen, starts)  # "M. Julien x": a typed title and given name, the family name in lower case


def linked_words(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    """Add to ``chosen`` / ``starts`` the lower-case names of the module's cues (``too``: given names
    that are everyday words in lower case)."""
    if "-" in text:
        _romanised_pairs(text, words, chosen, starts)
    _before_honorific(text, words, chosen, starts)
    if re.search("[а-яё]", text):
        _patronymics(text, words, chosen, starts)
    if "," in text:
        _kin_possessive_article(text, words, chosen, starts, too)
        _opening_after_title(text, words, chosen, starts)
    _typed_given_then_lower(text, words, chosen, starts)
