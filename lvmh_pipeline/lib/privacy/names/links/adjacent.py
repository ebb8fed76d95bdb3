"""Spelling variants of an anchor and the name words right before or after it."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import is_capitalised
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    UNKNOWN,
    classify,
    fold,
    is_famous,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
    is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.guard_words import COLOURS_AND_MATERIALS, FUNCTION_WORDS
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ARABIC_CLIENT_WORDS,
    ARABIC_COMMON,
    BRANDS,
    KIN_WORDS,
    KO_ROLE_WORDS,
    NOT_NAMES,
    ROLE_TITLES,
    TITLE_WORDS_LOWER,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import _PERSON_SUBJECT_VERBS
from lvmh_pipeline.lib.privacy.names.links.words import (
    _ARABIC_CLOSED,
    _ARABIC_GIVEN_AFTER,
    _ARABIC_LATIN_AFTER,
    _ARABIC_NEAR,
    _ARABIC_NEXT_WORD,
    _ARABIC_PARTICLE_START,
    _ARABIC_WORD_BEFORE,
    _CAPITAL_WORD,
    _CLOSING,
    _COMMA_AGE,
    _COMMA_WORD_AFTER,
    _HANGUL_WORD_BEFORE,
    _LINE_HEAD,
    _LOWER_NEXT,
    _NOT_BEFORE_NAME,
    _PATRONYMIC,
    _SENTENCE_START,
    _WORD_AFTER,
    _WORD_BEFORE,
    _given,
    _plain_name_word,
    _script,
)
from lvmh_pipeline.lib.privacy.names.person_names import person_names


def _variants(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """A name spelt again with another ending, as a transcription corrects it ("Kowalski, euh
    Kowalska pardon", "Pellegrini, no, Pellegrino"): a capitalised word sharing all but the last
    two letters of a found surname."""
    stems: dict[str, set[str]] = {}
    for start, end in anchors:
        for word in text[start:end].split():
            core = word.strip(".,;:()")
            if len(core) >= 6 and is_capitalised(core) and _script(core) in ("latin", "cyrillic"):
                stems.setdefault(core[: len(core) - 2].casefold(), set()).add(core.casefold())
    if not stems:
        return []
    spans = []
    for m in _CAPITAL_WORD.finditer(text):
        word = m.group()
        if len(word) < 6 or word.casefold() in stems.get(word[: len(word) - 2].casefold(), {word.casefold()}):
            continue
        for cut in (2, 1, 3):
            known = stems.get(word[: len(word) - cut].casefold()) if len(word) - cut >= 5 else None
            if known and classify(word) != COMMON and not is_vocabulary(word):
                spans.append(PiiSpan(m.start(), m.end(), "NAME"))
                break
    return spans


def _sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_START.search(text, max(0, start - 6), start) is not None


_OPENING_PREPOSITIONS = frozenset({"per", "para", "pour", "for", "für", "voor", "con", "avec", "with", "mit", "met", "com"})


_KUNYA_LATIN = frozenset({"oum", "umm", "um", "om", "abu", "abou", "abo", "bou"})


def _adjacent(text: str, start: int, end: int, german: bool) -> list[PiiSpan]:
    """Given names right before or after a found surname ("Bridget Ward", "Blanc Sylvie",
    "Schubert, Maximilian", "Елена Аркадьевна", "نبيل حداد")."""
    spans = []
    anchor = text[start:end]
    script = _script(anchor)
    arabic_note = script == "arabic" or anchor == "[NAME]" and _ARABIC_NEAR.search(text, max(0, start - 12), end + 12)
    if arabic_note:
        latin = _ARABIC_LATIN_AFTER.match(text, end)
        if latin and (
            _ARABIC_PARTICLE_START.match(latin.group(1))
            or classify(latin.group(1)) != COMMON and not is_place_month_or_brand(latin.group(1))
        ):
            spans.append(PiiSpan(latin.start(1), latin.end(1), "NAME"))  # "خالد Al Mansoori:"
    if arabic_note:
        given = _ARABIC_GIVEN_AFTER.match(text, end)
        if given and given.group(1) in person_names().given and given.group(1) not in ARABIC_COMMON - person_names().ambiguous:
            spans.append(PiiSpan(given.start(1), given.end(1), "NAME"))  # "السيدة الهاملي، جوري، …"
    if script == "arabic" and anchor.startswith("ال") and not text[:start].strip(" \t-•*"):
        nxt = _ARABIC_NEXT_WORD.match(text, end)
        if nxt and nxt.group(1) in person_names().given and (
            _ARABIC_CLOSED.match(text, nxt.end(1)) or nxt.group(2) in ARABIC_CLIENT_WORDS
            or nxt.group(2) in _PERSON_SUBJECT_VERBS
        ):  # "المطوع خالد، عميل قديم", "المطوع خالد يبي ساعة": family name first
            spans.append(PiiSpan(nxt.start(1), nxt.end(1), "NAME"))
    if script == "arabic":
        m = _ARABIC_WORD_BEFORE.search(text, max(0, start - 30), start)
        lexicon = person_names()
        if m and m.group(1) in lexicon.given and m.group(1) not in ARABIC_COMMON and m.group(1) not in lexicon.ambiguous:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
        return spans
    if script == "hangul" or anchor == "[NAME]":
        m = _HANGUL_WORD_BEFORE.search(text, max(0, start - 8), start)
        if m and m.group(1) in person_names().given and m.group(1) not in person_names().ambiguous and (
            classify(m.group(1)) != COMMON
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "민지 [NAME] 님": given name first
        elif m and anchor == "[NAME]" and _KO_HONORIFIC_AFTER.match(text, end) and _hangul_given_before(text, m):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "3시 제니퍼 [NAME] 님": a foreign given name
    if script not in ("latin", "cyrillic") and anchor != "[NAME]":
        return spans
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m and (is_famous(f"{m.group(1)} {anchor}") or text.startswith(BRANDS, m.start(1))):
        m = None  # "Marc Jacobs", "Louis Vuitton": a house, whatever the client is called
    if m:
        word = m.group(1)
        kind = classify(word)
        if fold(word) in KIN_WORDS and not (is_surname(word) and "-" in anchor):
            pass  # "Son Alfie graduates", "Friend Ottoline came": a kin word (not "Son Ye-jin")
        elif fold(word) in _OPENING_PREPOSITIONS and _sentence_start(text, m.start(1)):
            pass  # "Per Gioia (7 anni) …", "Para Inés, …": a preposition opening a sentence, no given name
        elif (_given(word) or kind == NAME and not is_place_month_or_brand(word)) and (
            fold(word) not in TITLE_WORDS_LOWER and kind != COMMON
        ) or (
            kind == AMBIGUOUS and not is_place_month_or_brand(word) and fold(word) not in _NOT_BEFORE_NAME
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "Rose Brown", "Anna Krause", "Konrad Ott"
        elif (
            not german
            and _plain_name_word(word)
            and kind not in (NAME, AMBIGUOUS)
            and word not in ROLE_TITLES  # "Reverend Thomas": a rank, not his given name
            and fold(word) not in _KUNYA_LATIN  # "Oum Mounir": "mother of", the son's name follows
            and not _sentence_start(text, m.start(1))
            and _WORD_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)) is None
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "Mrs Ward … Bridget Ward"
    m = _WORD_AFTER.match(text, end)
    if m and (is_famous(f"{anchor} {m.group(1)}") or text.startswith(BRANDS, start)):
        m = None
    if m:
        word = m.group(1)
        if (_given(word) or is_given_name(word)) and classify(word) != COMMON:
            stop = m.end(1)
            nxt = _WORD_AFTER.match(text, stop)
            if nxt and _PATRONYMIC.fullmatch(nxt.group(1)):
                stop = nxt.end(1)  # "Волкова Ирина Павловна": the patronymic too
            spans.append(PiiSpan(m.start(1), stop, "NAME"))
        elif (
            not german
            and _plain_name_word(word)
            and classify(word) == UNKNOWN
            and (_CLOSING.match(text, m.end(1)) or _LOWER_NEXT.match(text, m.end(1)))
            and not _sentence_start(text, start)
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "il dottor Ferraro Giulio, …"
        elif not german and _surname_after_name(text, m):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "[NAME] Pinto, …", "[NAME] Flor [NAME]"
        elif _surname_after_degree(text, start, m):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "Pastor Dr. [NAME] Kurz."
        elif (
            not german
            and is_given_name(anchor)
            and classify(anchor) == NAME
            and fold(word) in COLOURS_AND_MATERIALS
            and not _sentence_start(text, m.start(1))
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "a neta Beatriz Prata"
    if _LINE_HEAD.search(text, max(0, start - 40), start):
        m = _COMMA_WORD_AFTER.match(text, end)
        if m and (
            _given(m.group(1))
            or _plain_name_word(m.group(1)) and (_COMMA_AGE.match(text, m.end(1)) or len(m.group(1)) <= 3)
        ):  # "Wang, Li —": a short romanised given name after the family name
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "Schubert, Maximilian —"
    return spans


# A degree right before a name ("Dr.", "Prof.", "Dott.ssa", "Dr. med."): the capitalised words after it are the
# person's given name and surname, whatever the language capitalises
_ACADEMIC_BEFORE = re.compile(
    r"(?<![\w.])(?:Dr|Prof|Dott|Dra|Drs|Ing|Mag|Lic|Dr\.ssa|Prof\.ssa|Dott\.ssa)\.?(?:[ \t]+(?:med|phil|jur|h\.[ ]?c)\.)?[ \t]+$"
)


def _surname_after_degree(text: str, start: int, m: re.Match[str]) -> bool:
    """The last word of a chain led by a degree ("Pfarrer Dr. [NAME] Kurz.", "Prof. Dr. [NAME] Lang ein"):
    a listed surname, even one that is an adverb or adjective too, closing the chain, in any language
    that capitalises names."""
    word = m.group(1)
    return (
        _ACADEMIC_BEFORE.search(text, max(0, start - 16), start) is not None
        and is_surname(word)
        and not is_place_month_or_brand(word)
        and fold(word) not in TITLE_WORDS_LOWER
        and fold(word) not in KIN_WORDS
        and not _sentence_start(text, m.start(1))
        and (_CLOSING.match(text, m.end(1)) is not None or _LOWER_NEXT.match(text, m.end(1)) is not None)
    )


_PLACEHOLDER_NEXT = re.compile(r"[ \t\u00a0]+\[NAME\]")


def _surname_after_name(text: str, m: re.Match[str]) -> bool:
    """A capitalised word right after a name found (or its placeholder) that is a known surname,
    even one that is a word too ("Luísa [Flor] Pinto", "Pilar [Rubio]"), before punctuation, a
    lower-case word or another name; or any capitalised word between two names ("[NAME] Flor
    [NAME]"). Not a place, month or brand, nor a function or kin word."""
    word = m.group(1)
    if (
        _sentence_start(text, m.start(1))
        or fold(word) in TITLE_WORDS_LOWER
        or fold(word) in KIN_WORDS
        or fold(word) in NOT_NAMES
        or fold(word) in FUNCTION_WORDS
        or is_place_month_or_brand(word)
        or word.isupper() and len(word) <= 4
    ):
        return False
    if _PLACEHOLDER_NEXT.match(text, m.end(1)):
        return True  # between two names: the middle of a name
    if is_surname(word) and _CLOSING.match(text, m.end(1)):
        return True  # "[NAME] Rubio, …", "[NAME] Blanco.": a listed surname that is a word too
    kind = classify(word)
    return (
        kind in (NAME, AMBIGUOUS)
        and is_surname(word)
        and not is_vocabulary(word)
        and fold(word) not in COLOURS_AND_MATERIALS
        and (_CLOSING.match(text, m.end(1)) is not None or _LOWER_NEXT.match(text, m.end(1)) is not None)
    )


_KO_HONORIFIC_AFTER = re.compile(r"[ \t]?(?:님|씨|고객님|여사님|선생님|사모님|회장님|대표님|원장님|교수님)(?![가-힣])")
_KO_PHRASE_HEAD = re.compile(r"(?:[,:;(（/·]|\d[가-힣]{0,2}|[A-Za-z]+)[ \t]*$")
# Adverbs and nouns of time and manner that stand before a name ("요즘 [NAME] 님", "갑자기 …").
_KO_NOT_GIVEN = frozenset(
    """어제 오늘 내일 모레 요즘 최근 지난번 이번 다음 다음번 직접 특히 마침 드디어 갑자기 항상 자주
    가끔 같이 함께 먼저 나중 재방문 일행 예약 연락 전화 방문 문의 구매 결제 픽업 배송 신규 단골 우수
    담당 본인 가족 부부 역시 아마 원래 보통 이미 아직 다시 처음 계속 바로 벌써 오랜만 그리고 그래서
    하지만 또한 또는 혹은 및 외국인 해외 국내 현지""".split()
)
# Last syllables of Korean words (particles, endings, nouns of time) no given name ends with.
_KO_NOT_GIVEN_END = tuple("은는을를의에도로와과랑한된던할들님씨분께서고며면요다죠음함됨임중후전날일주월년층점시")


# Heads of Korean posts and staff words ("보좌관", "비서실장", "연구원", "수행비서"): no given name ends so.
_KO_POST_ENDS = ("관", "장", "원", "비서", "기사")


def _hangul_given_before(text: str, m: re.Match[str]) -> bool:
    """A Hangul word of two or three syllables opening a phrase (after punctuation, a number or
    a time, the note's start) right before "[NAME] 님": the given name written first, often a
    foreign one ("오후 3시 제니퍼 [NAME] 님", "VIP, 수아 [NAME] 님"). Not a role, kin or
    ordinary word, nor a word ending in a particle ("오늘 [NAME] 님", "고객 [NAME] 님")."""
    word = m.group(1)
    return (
        (len(word) >= 3 or word in person_names().given)
        and word not in _KO_NOT_GIVEN
        and word not in KO_ROLE_WORDS
        and word not in KIN_WORDS
        and classify(word) != COMMON
        and not word.endswith(_KO_NOT_GIVEN_END)
        and not word.endswith(_KO_POST_ENDS)
        and _KO_PHRASE_HEAD.search(text, max(0, m.start(1) - 12), m.start(1)) is not None
    )
