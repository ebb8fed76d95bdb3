"""Patterns of surnames by position and the tests for ordinary (non-name) words."""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER, alternation, is_cyrillic
from lvmh_pipeline.lib.privacy.names.cues.words import _TITLE_WORDS
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    classify,
    fold,
    is_given_name,
    is_place_month_or_brand,
)
from lvmh_pipeline.lib.privacy.names.guard_words import FUNCTION_WORDS
from lvmh_pipeline.lib.privacy.names.lexicon import (
    AGE_APPROX,
    AGE_TENS,
    AGE_UNITS,
    CLIENT_WORDS,
    COUPLE_WORDS,
    FILLERS,
    KIN_WORDS,
    LABELS,
    NOT_NAMES,
    PARTICLES,
    ROLE_TITLES,
    TITLE_WORDS_LOWER,
    is_filler,
)

_CAP = rf"[{UPPER}][{LETTER}]*(?:['’\-][{LETTER}]+)*"
_PART = alternation(p for p in PARTICLES if p[-1] not in "'’")
# "45 ans", "57 jaar", "69 лет", "45歳", "57-jährig"; a bare "(62)" or ", 62," is weaker.
_STRONG_AGE = (
    rf"(?:(?i:{alternation(AGE_APPROX)})[ \t]*)?\d{{1,3}}[ \t]*(?:-[ \t]*)?"
    rf"(?:(?i:{alternation(AGE_UNITS)})(?![{LETTER}])|(?i:jährige?[rn]?)|[0-9]?s\b)"
)
_AGE_AFTER = re.compile(
    rf"[ \t]*(?:[,，、،][ \t]*|[(（][ \t]*|[-–—:][ \t]*)?(?P<strong>{_STRONG_AGE})"
    r"|[ \t]*(?P<weak>[(（][ \t]*\d{2}[ \t]*[)）]|[,，،][ \t]*\d{2}(?=[ \t]*(?:[,;)，،]|\.(?:\s|$)|$)))"
)
_DELIMITER = re.compile(r"[ \t]*(?P<mark>[,;(/|]|[，、（،]|[-–—](?=[ \t])|:)")
_NAME_WORD = re.compile(rf"[{UPPER}]\.|(?:(?i:{_PART})[ \t]+)*{_CAP}")
_GAP = re.compile(r"[ \t\u00a0]+")
_LINE_START = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:[-•*·>]+[ \t]*)?"
    r"(?:\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?[ \t]*(?:[-–—:,][ \t]*)?)?"
    rf"(?:(?:{alternation(LABELS)})[ \t]*[:：][ \t]*)?"
    rf"(?:(?:{alternation(FILLERS)})[ \t]*[,.…]*[ \t]+){{0,3}}",
    re.IGNORECASE,
)
_CAP_RE = re.compile(_CAP)
# A lower-case particle before the next capitalised part of a name ("Ria de Wit", "Joost van der Laan")
_CAP_PARTICLE = r"(?:(?:van der|van den|van de|van|de|der|den|ter|ten|da|di|del|von|dos|das|do)[ \t])?"
_NUMBER = re.compile(r"(?<![\d.,/:])\d{1,3}(?![\d])")
_UNIT_AFTER = re.compile(
    rf"[ \t]*(?:-[ \t]*)?(?:(?i:{alternation(AGE_UNITS)})(?![{LETTER}])|(?i:jährige?[rn]?)|[0-9]?s\b)"
)
_WORD_AGE = re.compile(
    rf"(?<![{LETTER}])(?i:[{LETTER}]*(?:{alternation(AGE_TENS)})[{LETTER}\-]*"
    rf"(?:[ \t]+(?:y|e|et|и|and)[ \t]+[{LETTER}]+|[ \t]+[{LETTER}]+)?)"
    rf"(?={_UNIT_AFTER.pattern})"
)
_WEAK_AFTER = re.compile(r"[ \t]*(?:\)|(?=[,;]|\.(?:\s|$)|$))")
_NAME_BEFORE_AGE = re.compile(
    rf"(?<![{LETTER}\[\]'’\-])({_CAP})(?P<sep>[ \t]*(?:,[ \t]*|\([ \t]*|[-–—:][ \t]*)?)"
    rf"(?:(?i:{alternation(AGE_APPROX)})[ \t]*)?$"
)
_KIN_AFTER = re.compile(
    r"[ \t]*[,:(]?[ \t]*(?:(?i:named|called|prénommée?|nommée?|di nome|de nombre|chiamat[ao]|"
    rf"llamad[ao]|namens|genaamd|по имени)[ \t]+)?(?=[{UPPER}])"
)
_GAP_THEN_UPPER = re.compile(rf"[ \t]+[{UPPER}]")
_SIZE_BEFORE = re.compile(
    rf"(?<![{LETTER}])(?i:size|taille|taglia|talla|tamanho|maat|größe|grösse|pointure|tour de doigt|"
    r"ring|bague|anello|anillo|anel|размер|サイズ|사이즈|尺码|modèle|model|modello|modelo|ref|réf)"
    rf"(?![{LETTER}])[^.;]*$"
)
_WORD_BEFORE = re.compile(rf"(?<![{LETTER}'’\-])(?:({_CAP})|((?i:{_PART})))[ \t]+$")
_LAST_WORD = re.compile(r"(\S+)[ \t]+$")
_NOTE_START = re.compile(r"[\s\-•*·>]*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n])[ \t]*$")
# Given names that are English verbs too, opening an order to the reader ("Mark the date",
# "Bill the client", "Grant the discount"): no person before a determiner.
_IMPERATIVE_GIVEN = frozenset("mark bill grant chase drew frank pat rob sue will hope".split())
_DETERMINER_AFTER = re.compile(r"[ \t]+(?:the|a|an|it|this|that|these|those|down|up|his|her|their|our|my|your)\b")
_FILLER_WORDS = frozenset(f for f in FILLERS if " " not in f)
_ROLE_TITLES = frozenset(fold(t) for t in ROLE_TITLES)
_CUE_WORDS = TITLE_WORDS_LOWER | frozenset(w.casefold() for w in COUPLE_WORDS + CLIENT_WORDS)
# Roles and states that open a note as a name would ("Veuve, 70 ans", "Married 30 years").
_STATE_WORDS = frozenset(
    """
    veuve veuf divorcée divorcé célibataire mariée marié mariés pacsée homme ensemble noces
    widow widower divorced single married together marriage anniversary woman women gentleman
    businessman businesswoman lady
    vedova vedovo divorziata divorziato sposata sposato sposati nubile celibe uomo donna insieme
    anniversario
    viuda viudo divorciada divorciado casada casado casados soltera soltero hombre juntos juntas
    viúva viúvo solteira solteiro homem mulher
    verheiratet geschieden ledig zusammen ehe verwitwet
    weduwe weduwnaar gescheiden getrouwd alleenstaand samen zakenvrouw zakenman
    вдова вдовец разведена разведён замужем женат холост вместе женаты стаж знакомы ему ей им
    """.split()
)
# Endings of role nouns: "Galeriste", "Kinésithérapeute" are no surnames.
_ROLE_ENDINGS = (
    "iste", "ista", "euse", "trice", "ienne", "logue", "ologe", "ologin", "ologist", "ólogo",
    "óloga", "ologo", "ologa", "iker", "ikerin", "peute", "peuta",
)
# Kin words that are function words too ("son" his, "man" one, "nicht" not): a known given
# name must follow.
_KIN_AMBIGUOUS = frozenset({"son", "man", "mann", "prima", "primo", "nicht", "pai", "ami"})


# Russian words that open a sentence and are no surname by their ending: past-tense verbs
# ("Рассказала", "Вернулась", "Отложили"), infinitives ("Уточнить"), adverbs ("Возможно",
# "Кстати"). Surnames end otherwise (-ов, -ина, -ский, -енко, -ук …).
_RU_NOT_SURNAME_ENDINGS = (
    "ла", "ли", "ло", "лся", "лась", "лись", "лось", "ть", "ться", "ти", "чь", "ал", "ял", "ил", "ел",
    "ёл", "ул", "но", "ски", "жно", "шно", "ьно", "ому", "ему", "ого", "его", "ясь", "ешь", "ите", "ете",
)
_RU_OPENERS = frozenset(
    """кстати итак например впрочем конечно однако спасибо также потом далее затем сначала
    сегодня вчера завтра утром вечером днём днем возможно видимо наверное кажется пожалуйста
    уточнить узнать позвонить перезвонить напомнить отложить зовут звали""".split()
)


def ordinary_russian(word: str) -> bool:
    """A capitalised Russian word that a verb or adverb ending shows is no name."""
    low = word.casefold()
    return (
        is_cyrillic(word)
        and classify(word) != NAME
        and not _given_form(word)
        and (
            low in _RU_OPENERS
            or len(low) >= 5 and low.endswith(_RU_NOT_SURNAME_ENDINGS) and not low.endswith(("ели", "швили", "тти"))
        )
    )


def _ordinary(word: str) -> bool:
    low = fold(word)
    return (
        classify(word) == COMMON
        or ordinary_russian(word)
        or low in _STATE_WORDS
        or low in _FILLER_WORDS
        or is_filler(word)
        or low in NOT_NAMES
        or word in _TITLE_WORDS
        or low in _CUE_WORDS
        or low in KIN_WORDS
        or low in _ROLE_TITLES and classify(word) not in (NAME, AMBIGUOUS)  # "Councillor, no, …"
        or (classify(word) != NAME and len(low) >= 6 and low.endswith(_ROLE_ENDINGS))
    )


def _ordinary_not_word(word: str) -> bool:
    """_ordinary() for reasons other than being a listed word: a state, filler, title, cue,
    kin or function word, a place, a month or a brand."""
    low = fold(word)
    return (
        low in _STATE_WORDS
        or low in _FILLER_WORDS
        or low in NOT_NAMES
        or word in _TITLE_WORDS
        or low in _CUE_WORDS
        or low in KIN_WORDS
        or is_place_month_or_brand(word)
        or low in FUNCTION_WORDS
    )


# Case endings of Russian given names and the nominative endings they replace: "Анной" (Анна),
# "Марии" (Мария), "Иваном" (Иван), "Андрею" (Андрей), "Игоря" (Игорь) — not "Колет" (Коля).
_GIVEN_CASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ой", ("а",)), ("ою", ("а",)), ("ей", ("я", "ь", "а")), ("ею", ("я", "а")), ("ом", ("",)), ("ем", ("й", "ь", "")),
    ("ым", ("",)), ("ы", ("а",)), ("и", ("а", "я", "ь", "й")), ("е", ("а", "я", "", "й", "ь")),
    ("у", ("а", "")), ("ю", ("я", "й", "ь")), ("а", ("",)), ("я", ("й", "ь")),
)


# German and Czech spellings of Slavic given names: "Sergej", "Nikolaj", "Jurij" (Sergei, Nikolai, Yuri)
_SLAVIC_ENDINGS = (("ej", ("ei", "ey")), ("aj", ("ai", "ay")), ("ij", ("iy", "i", "y")))


@lru_cache(maxsize=65536)
def _given_form(word: str) -> bool:
    """A known given name, in another case if Russian ("Анной", "Марии", "Иваном"), or in the German
    spelling of a Slavic one ("Sergej")."""
    if is_given_name(word):
        return True
    if word.endswith(("ej", "aj", "ij")) and len(word) > 4:
        return any(
            word.endswith(ending) and any(is_given_name(word[:-2] + base) for base in bases)
            for ending, bases in _SLAVIC_ENDINGS
        )
    if is_cyrillic(word) and len(word) > 3:
        low = word.casefold()
        for ending, bases in _GIVEN_CASES:
            if low.endswith(ending) and any(is_given_name(word[: -len(ending)] + base) for base in bases):
                return True
    return False
