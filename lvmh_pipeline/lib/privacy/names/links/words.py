"""Patterns and word tests of the linking pass: scripts, honorifics, brackets, neighbouring words."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER, alternation, is_capitalised
from lvmh_pipeline.lib.privacy.names.guard import (
    COMMON,
    classify,
    fold,
    is_given_name,
    is_place_month_or_brand,
    is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ARABIC_COMMON,
    ARABIC_NAMING_WORDS,
    ARABIC_NISBA_ADJECTIVES,
    ARABIC_POST_TITLES,
    ARABIC_TITLES,
    CLIENT_WORDS,
    CONNECTORS,
    COUPLE_WORDS,
    JA_HONORIFICS,
    JA_ROLE_WORDS,
    KIN_WORDS,
    KO_HONORIFICS,
    KO_ROLE_WORDS,
    NOT_NAMES,
    TITLE_WORDS_LOWER,
    ZH_COMMON_WORDS,
    ZH_HONORIFICS,
    ZH_SURNAMES,
)
from lvmh_pipeline.lib.privacy.names.guard_words import MONTHS_AND_DAYS
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import _KO_KIN_IN_BRACKETS

_ARABIC = "\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
_HANGUL = "\uac00-\ud7af"
_HAN = "\u4e00-\u9fff\u3400-\u4dbf\u3005"
_KANA = "\u30a0-\u30ff\u31f0-\u31ff"
_OTHER = "\u0900-\u097f\u0590-\u05ff\u0e00-\u0e7f\u0980-\u09ff\u0a00-\u0a7f"  # Devanagari, Hebrew, Thai …
_FOREIGN_WORD = re.compile(
    rf"[{_ARABIC}]+|[{_HANGUL}]+|[{_KANA}・ー]+|[\u3041-\u3096ー]+|[{_HAN}]+|[{_OTHER}]+|[\u0400-\u04ff]+"
)  # hiragana too: the reading of a name ("山本（やまもと）")
_PLACEHOLDER = re.compile(r"\[NAME\]")
_ARABIC_TITLES = frozenset(t.rstrip(".") for t in ARABIC_TITLES + ARABIC_POST_TITLES) | frozenset(
    p + t[2:] for t in ARABIC_TITLES if t.startswith("ال") for p in ("لل", "بال", "و", "ول")
) | frozenset("و" + t for t in ARABIC_TITLES)
_CJK_HONORIFICS = tuple(sorted(set(JA_HONORIFICS + ZH_HONORIFICS + KO_HONORIFICS), key=len, reverse=True))
_ROMAJI_SUFFIX = re.compile(
    r"-(?:san|sama|sensei|shi|kun|chan|[a-z]*nim|ssi|ji|jee|sahib|saab|"
    r"сан|сама|сэнсэй|сенсей|кун|тян|чан|ним)(?![\w])"
)
_CJK_SUFFIX = re.compile(rf"[ \u3000]?(?:{alternation(JA_HONORIFICS)})")
_ZH_SUFFIX = re.compile(rf"(?:{alternation(ZH_HONORIFICS + ('太', '生', '姐', '哥', '总', '董'))})")
_KO_SUFFIX = re.compile(rf"[ \t]?(?:{alternation(KO_HONORIFICS)})")
_ZH_FULL_NAME = re.compile(rf"[{''.join(ZH_SURNAMES)}][{_HAN}]{{1,4}}")
_READING = re.compile(r"[\u3041-\u3096\u30a1-\u30faー・ \u3000]{2,16}")
_OPEN = re.compile(
    r"[ \t\u00a0]*(?:[,،，、][ \t]*[0-9٠-٩]{1,3}[ \t]*(?:[^\W\d_]{1,6}\.?)?[ \t]*)?[(（]"
)  # "Tanaka, 52 ans (田中)", "تاناكا، ٥٢ سنة (田中 博)": an age may stand before the bracket
_CONTENT = re.compile(r"([^()（）\n\d]{1,40})[)）]")
_LATIN_WORD = re.compile(rf"[{LETTER}]+(?:['’\-][{LETTER}]+)*\.?")
_WORD_BEFORE = re.compile(rf"([{UPPER}][{LETTER}]*(?:['’\-][{LETTER}]+)*)[ \t\u00a0]+$")
_WORD_AFTER = re.compile(rf"[ \t\u00a0]+([{UPPER}][{LETTER}]*(?:['’\-][{LETTER}]+)*)")
_COMMA_WORD_AFTER = re.compile(
    rf"[ \t]*,[ \t]*([{UPPER}][{LETTER}]*(?:['’\-][{LETTER}]+)*)(?=[ \t]*(?:[,;:(\n—–，、：；（]|-[ \t]|\d|$))"
)
_ARABIC_NEAR = re.compile(rf"[{_ARABIC}]")
_ARABIC_NEXT_WORD = re.compile(rf"[ \t]+([{_ARABIC}]{{2,}})(?:[ \t]+([{_ARABIC}]+))?")
_ARABIC_CLOSED = re.compile(r"[ \t]*(?:[،,.:;(\-–—]|$)")
_HANGUL_WORD_BEFORE = re.compile(rf"(?<![{_HANGUL}])([{_HANGUL}]{{2,3}})[ \t]+$")
# A given name set off by commas or dashes right after a name ("السيدة الهاملي، جوري، مع بنتها"), or
# the first of a family's members after its name and a colon ("آل الكعبي: سالم، زوجته …").
_ARABIC_GIVEN_AFTER = re.compile(
    rf"[ \t]*[،,\-–—/:][ \t]*([{_ARABIC}]{{3,}})(?=[ \t]*(?:[،,.:;)(\-–—/|]|$|\n))"
)
_ARABIC_WORD_BEFORE = re.compile(rf"(?<![{_ARABIC}])([{_ARABIC}]+)[ \t]+$")
# The name written again in Latin script after an Arabic name in an Arabic note ("السيد خالد Al
# Mansoori:", "ريم - Al Hamli -", "[NAME]، Bin Zayed,"): an Arabic particle and a capitalised word,
# closed by punctuation, the end or Arabic script.
_ARABIC_LATIN_AFTER = re.compile(
    rf"[ \t]*(?:[-–—/،,][ \t]*)?((?:(?:Al|El|AL|EL|al|el|Bin|Bint|Ibn|Abu|Bou|Ben|Ould)[- ])?"
    rf"[{UPPER}][{LETTER}]+(?:['’\-][{LETTER}]+)*)(?=[ \t]*(?:[,;:.)\-–—/،]|$|\n|[{_ARABIC}]))"
)
_ARABIC_PARTICLE_START = re.compile(r"(?:Al|El|AL|EL|al|el|Bin|Bint|Ibn|Abu|Bou|Ben|Ould)[- ]")
_LINE_HEAD = re.compile(r"(?:^|\n)[ \t\-•*]*(?:[^\W\d_][\w .]{0,25}[:：][ \t]*)?$")
_SENTENCE_START = re.compile(r"(?:^|[.!?…\n:;]|\.\.)[ \t\"'«“(]*$")
_PATRONYMIC = re.compile(r"[А-ЯЁ][а-яё]+(?:вна|вич|ична|ичной|овной|евной|овича|евича|ичем|вной|вны)(?![а-яё])")
_CONNECTOR_WORDS = tuple(c for c in CONNECTORS if c not in ("/", "or", "ou", "o", "oder", "of", "и/или", "ou/e", "e/ou"))
_CONNECTOR_GAP = re.compile(rf"[ \t]+(?:{alternation(_CONNECTOR_WORDS)})[ \t]+$|[ \t]*&[ \t]*$", re.IGNORECASE)
_COORDINATED = re.compile(
    rf"(?<![{LETTER}])([{UPPER}][{LETTER}]+)[ \t]*(?:&|(?:and|et|und|y|e|en|i|и|ve)(?=[ \t]))[ \t]*"
    rf"([{UPPER}][{LETTER}]+)(?![{LETTER}])"
)
# Pronouns that split a couple ("lui Marco, lei Ilaria", "ele Rui, ela Sónia", "Él, Ramón").
_PRONOUNS = (
    "he", "she", "lui", "lei", "elle", "él", "ella", "ele", "ela", "er", "sie", "hij", "zij", "он", "она",
)
_PRONOUN_THEN_NAME = re.compile(
    rf"(?<![{LETTER}])(?P<pronoun>(?i:{alternation(_PRONOUNS)}))[ \t]*,?[ \t]+(?P<name>[{UPPER}][{LETTER}]+(?:-[{UPPER}][{LETTER}]+)?)"
    rf"(?=[ \t]*(?:[,;:.)]|$|[ \t](?i:{alternation(_PRONOUNS)})(?![{LETTER}])))"
)
_LAST_CAPITAL = re.compile(rf"(?<![{LETTER}])([{UPPER}][{LETTER}]+)$")
_DENSE_START = re.compile(rf"[{_HANGUL}{_HAN}{_KANA}]")
_LATIN_WORD_END = re.compile(rf"([{UPPER}][{LETTER}]*(?:['’\-][{LETTER}]+)*)[ \t\u00a0]*$")
_CAPITAL_WORD = re.compile(rf"(?<![{LETTER}\-'’])[{UPPER}][{LETTER}]{{5,}}(?![{LETTER}\-'’])")
_LOWER_NEXT = re.compile(r"[ \t]+[a-zà-ÿа-яё]")
_NOT_BEFORE_NAME = frozenset({"dear", "chère", "cher", "caro", "cara", "querida", "querido", "liebe", "lieber"})
_CLOSING = re.compile(r"[ \t]*(?:[,;:.)\]（(|]|$|\n)")  # "|": a field of a CRM line
_SCRIPTS = tuple(
    (name, re.compile(f"[{chars}]"))
    for name, chars in (("arabic", _ARABIC), ("hangul", _HANGUL), ("kana", _KANA), ("han", _HAN), ("other", _OTHER))
)
_BRACKET_LEAD = re.compile(
    rf"[ \t]*(?:[{UPPER}][{LETTER}]+[ \t]*(?:&|and|et|und|y|e|и)[ \t]*)?"
)
_BRACKET_CLOSE = re.compile(r"[ \t]*[)）]")
_DENSE_RUN_END = re.compile(rf"[{_HAN}{_KANA}・ー]+$")
_KANA_RUN = re.compile(rf"[{_KANA}・ー]+")
_KANA_RUN_END = re.compile(rf"[{_KANA}・ー]+$")
_SPACED_WORD_END = re.compile(rf"([{_ARABIC}]+|[{_HANGUL}]+|[\u0400-\u04ff]+|[{_OTHER}]+)[ \t]*$")
_COMMA_AGE = re.compile(r"[ \t]*,[ \t]*\d")


def _script(word: str) -> str:
    """The script of the first letter of ``word``: latin, cyrillic, arabic, hangul, kana, han, other."""
    c = word[:1]
    if not c:
        return ""
    if "\u0400" <= c <= "\u04ff":
        return "cyrillic"
    for name, pattern in _SCRIPTS:
        if pattern.match(c):
            return name
    return "latin"


def _given(word: str) -> bool:
    """A known given name, in any case of a Russian declension ("Анной", "Кате")."""
    if is_given_name(word):
        return True
    if "\u0400" <= word[:1] <= "\u04ff" and len(word) > 3:
        for cut, add in ((2, "а"), (1, "а"), (2, "я"), (1, "я"), (2, ""), (1, ""), (2, "й")):
            if is_given_name(word[:-cut] + add):
                return True
    return False


def _plain_name_word(word: str) -> bool:
    """A capitalised word that is no listed ordinary word, title, place, month or brand."""
    low = fold(word)
    return (
        is_capitalised(word)
        and not (word.isupper() and len(word) <= 4)
        and classify(word) != COMMON
        and not is_vocabulary(word)
        and not is_place_month_or_brand(word)
        and low not in TITLE_WORDS_LOWER
        and low not in NOT_NAMES
        and low not in KIN_WORDS
    )


# Words of an aside about the name in brackets ("지우 엄마 (본명 모름)", "정하늘 (예약명 그대로)",
# "乐乐（小名）", "OKADA（ホノルル在住）"): what the note says of the name, or where the person lives,
# no name written again.
_NAME_ASIDE_ENDINGS = (
    "본명", "예약명", "영문명", "실명", "가명", "호칭", "닉네임", "말씀", "모름", "그대로", "미상",
    "小名", "英文名", "本名", "昵称", "乳名", "名字", "在住",
)


_COUPLE_AND_CLIENT = frozenset(COUPLE_WORDS + CLIENT_WORDS)


def _foreign_ok(word: str) -> bool:
    """A word of a non-Latin script that can be (part of) a name."""
    if (
        word.endswith(_NAME_ASIDE_ENDINGS)
        or word in ARABIC_COMMON
        or word in ARABIC_NAMING_WORDS  # "(يسمونها لولو)": what they call her, the name after it
        or _arabic_adjective_of_origin(word)  # "Marc (فرنسي)", "منى (لبنانية)"
        or word in _ARABIC_TITLES
        or word in KO_ROLE_WORDS
        or word in ZH_COMMON_WORDS
        or word in JA_ROLE_WORDS
        or word.casefold() in TITLE_WORDS_LOWER
        or word in _COUPLE_AND_CLIENT  # "Чета Морозовых (Павел и Ирина)": the couple, then its name
        or word in _KO_KIN_IN_BRACKETS
        or word[-1:] in ("분", "님") and word[:-1] in _KO_KIN_IN_BRACKETS  # "남편분(마이클)": her husband
    ):
        return False
    if "\u0400" <= word[:1] <= "\u04ff":
        return word[:1].isupper() and classify(word) != COMMON
    return classify(word) != COMMON


def _arabic_adjective_of_origin(word: str) -> bool:
    """"فرنسي", "لبنانية": a nationality or another listed -ي adjective without its article."""
    stem = word[:-1] if word.endswith(("ة", "ه")) else word
    return stem.endswith("ي") and "ال" + stem in ARABIC_NISBA_ADJECTIVES


def _strip_honorific(run: str) -> str:
    for h in _CJK_HONORIFICS:
        if run.endswith(h) and len(run) > len(h):
            return run[: -len(h)].rstrip(" \u3000")  # "(박서연 님)": the space stays with 님
    return run


_TITLE_BEFORE = re.compile(r"([A-Za-zÀ-ÿ]+)\.?[ \t]+$")


def given_month_in_brackets(text: str, anchor_start: int, word: str) -> bool:
    """"Dhr. Visser (Jan)", "Mrs Hale (June)": a given name that is a month too, alone in brackets
    after a titled name, is the person's given name (a month written there has a date or a dot)."""
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower() and fold(word) in MONTHS_AND_DAYS and is_given_name(word)):
        return False
    title = _TITLE_BEFORE.search(text, max(0, anchor_start - 12), anchor_start)
    return title is not None and title.group(1).casefold() in TITLE_WORDS_LOWER
