"""The written forms of a set of names and the lookup keys of a token (case, endings, particles)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from lvmh_pipeline.lib.privacy.names.guard import is_given_name, is_surname, is_vocabulary
from lvmh_pipeline.lib.privacy.names.lexicon import (
    KO_SURNAMES,
    PARTICLES,
    TITLE_WORDS_LOWER,
    ZH_SURNAMES,
)
from lvmh_pipeline.lib.privacy.names.occurrences.patterns import (
    _ELISIONS,
    _HAN,
    _HANGUL,
    _KO_COMPOUND_SURNAMES,
    _NAME_SPLIT,
    _RU_ENDINGS,
    _RU_LEMMAS,
    _TOKEN,
    _UNSPACED,
)
from lvmh_pipeline.lib.privacy.names.person_names import person_names


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    """Case-folded, without accents ("Müller" → "muller"), as a transcription may write it."""
    folded = word.casefold()
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))


def _russian_forms(word: str) -> set[str]:
    for ending, forms in _RU_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: len(word) - len(ending)]
            return {stem + f for f in forms}
    return set()


# A possessive adjective made from a given name in -а / -я, a diminutive most often ("Маша" →
# "Машин", "для Машиного выпускного", "к Сашиному юбилею"). Stems whose possessive is a common
# noun too ("машина", a car) keep the masculine and neuter cases only, which the noun has not.
_RU_POSSESSIVE = ("ин", "ина", "ино", "иного", "иному", "иной", "ину", "иным", "ином", "ины", "иных", "иными")
_RU_POSSESSIVE_NOUNS = frozenset({"машин", "малин", "калин", "картин", "глин"})
_RU_POSSESSIVE_SAFE = ("иного", "иному", "иным", "ином")


def _russian_possessives(word: str) -> set[str]:
    """"маша" → "машин", "машиного" …: the possessive of a given name in -а / -я (case-folded)."""
    if len(word) < 3 or word[-1] not in "ая" or word[-2] in "аеёиоуыэюяьй" or not is_given_name(word):
        return set()
    stem = word[:-1]
    endings = _RU_POSSESSIVE_SAFE if stem + "ин" in _RU_POSSESSIVE_NOUNS else _RU_POSSESSIVE
    return {stem + e[1:] if stem.endswith("и") else stem + e for e in endings}


def _russian_lemmas(word: str) -> set[str]:
    """Known given names or surnames of which ``word`` (case-folded) may be an oblique case:
    "андреем" → андрей, "лейлы" → лейла (a made-up stem is no name: "мира" gives no "мир")."""
    lemmas = set()
    for ending, nominatives in _RU_LEMMAS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: len(word) - len(ending)]
            lemmas |= {stem + n for n in nominatives if is_given_name(stem + n) or is_surname(stem + n)}
    return lemmas - {word}


def _ru_adjective(token: str) -> bool:
    """"Белая", "Толстой": a Russian surname shaped as an adjective is one in lower case ("не белая")."""
    return "\u0400" <= token[:1] <= "\u04ff" and token.casefold().endswith(("ая", "ый", "ий", "ой", "ое"))


# Name particles that are given names too ("dem kleinen Ben … Ben hat"): found alone, they are the
# person's name again where capitalised ("Ben" of "Yosef Ben David" is never found alone)
_GIVEN_PARTICLES = frozenset({"ben"})


@dataclass(frozen=True)
class _Forms:
    # first token form → list of (remaining token forms, needs a capital)
    alpha: dict[str, list[tuple[tuple[str, ...], bool]]]
    unspaced: tuple[tuple[str, bool], ...]  # (name, needs an honorific after it)
    heads: frozenset[str]  # first two letters of every form: most tokens are ruled out by them
    # (surname character, full name or "", script): a Chinese or Korean surname standing alone
    lone: tuple[tuple[str, str, str], ...] = ()


@lru_cache(maxsize=2048)
def _forms(names: tuple[str, ...]) -> _Forms:
    alpha: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    unspaced: list[tuple[str, bool]] = []

    def add(tokens: list[str]) -> None:
        if not tokens:
            return
        plain = [_plain(t) for t in tokens]
        single = len(plain) == 1
        given_particle = single and plain[0] in _GIVEN_PARTICLES  # "Ben": a name particle, a given name too
        if single and (plain[0] in PARTICLES and not given_particle or plain[0] in TITLE_WORDS_LOWER or len(plain[0]) < 2):
            return
        # A name that is an ordinary word too ("Rose", "Koch") only matches with a capital.
        cased = tokens[0][:1].isupper() or tokens[0][:1].islower()
        capital = single and cased and (
            is_vocabulary(tokens[0]) or len(plain[0]) <= 2 or _ru_adjective(tokens[0]) or given_particle
        )
        variants = {plain[0]}
        lemma_forms: set[str] = set()
        if single and "\u0400" <= tokens[0][:1] <= "\u04ff":
            variants |= {_plain(f) for f in _russian_forms(tokens[0].casefold())}
            for lemma in _russian_lemmas(tokens[0].casefold()):
                lemma_forms |= {_plain(f) for f in (lemma, *_russian_forms(lemma))}
            for lemma in {tokens[0].casefold(), *_russian_lemmas(tokens[0].casefold())}:
                lemma_forms |= {_plain(f) for f in _russian_possessives(lemma)}  # "Машиного"
        for variant in variants:
            alpha.setdefault(variant, []).append((tuple(plain[1:]), capital))
        for variant in lemma_forms - variants:  # another case of the name: capitalised only
            alpha.setdefault(variant, []).append(((), True))

    lone: list[tuple[str, str, str]] = []
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        if _UNSPACED.search(name):
            compact = name.replace(" ", "")
            unspaced.append((compact, len(compact) < 2))
            parts, lone_part = _unspaced_parts(name, compact)
            unspaced += [(part, False) for part in parts]
            if lone_part:
                lone.append(lone_part)
            continue
        tokens = _TOKEN.findall(name)
        add(tokens)
        # Each word of a multi-word name counts alone too ("Anna Krause" → "Krause"), except
        # particles and initials.
        if len(tokens) > 1:
            for token in tokens:
                if len(token) > 1 and _plain(token) not in PARTICLES:
                    add([token])
            # a particle surname without what precedes it ("Marco Lo Bianco" → "Lo Bianco"), and
            # a compound one without its particle ("de Saint-Cyr" → "Saint-Cyr", "Saint Cyr")
            particle = [_plain(t) in PARTICLES or t == "Lo" and k < len(tokens) - 1 for k, t in enumerate(tokens)]
            for i in range(len(tokens) - 1):
                if particle[i] and not (i and particle[i - 1]):
                    j = next((k for k in range(i, len(tokens)) if not particle[k]), len(tokens))
                    for k in range(max(i, 1), min(j, len(tokens) - 1)):
                        if k == i or tokens[k][:1].isupper():
                            add(tokens[k:])
    for entries in alpha.values():
        entries.sort(key=lambda entry: -len(entry[0]))  # the longest form first
    return _Forms(alpha, tuple(dict.fromkeys(unspaced)), frozenset(form[:2] for form in alpha), tuple(lone))


def _unspaced_parts(name: str, compact: str) -> tuple[list[str], tuple[str, str, str] | None]:
    """Parts of a CJK or Hangul name that a note repeats alone: "西村 拓海" → 西村, 拓海;
    "ガルシア・ロペス" → ガルシア, ロペス; 田中恵子 → 田中, 恵子; 陈志强 → 志强 (and 陈 alone where
    a clause starts with it); 박준호 → 준호 (and 박 alone right before the full name)."""
    parts = [p for p in _NAME_SPLIT.split(name) if len(p) >= 2 and p != compact]
    lone = None
    if _HANGUL.match(compact):
        if len(compact) == 3 and compact[0] in KO_SURNAMES:
            parts.append(compact[1:])
            lone = (compact[0], compact, "ko")
        elif len(compact) == 1 and compact in KO_SURNAMES:
            lone = (compact, "", "ko")  # "송 사장님 … 송, 다음 주 재방문"
        elif len(compact) == 4 and compact.startswith(_KO_COMPOUND_SURNAMES):
            parts += [compact[:2], compact[2:]]  # 남궁민수 → 남궁 (a false start "남궁 음.. 남궁민수"), 민수
        return parts, lone
    if not _HAN.match(compact) or len(parts) > 0:
        return parts, lone
    ja = person_names().ja_names
    for size in (3, 2):
        if len(compact) >= size + 2 and compact[:size] in ja:
            parts += [compact[:size], compact[size:]]
            break
    if 2 <= len(compact) <= 3 and compact[0] in ZH_SURNAMES:
        if len(compact) == 3:
            parts.append(compact[1:])
        lone = (compact[0], compact, "zh")
    elif len(compact) == 1 and compact in ZH_SURNAMES:
        lone = (compact, "", "zh")
    return parts, lone


@lru_cache(maxsize=65536)
def _token_keys(token: str) -> tuple[tuple[str, int, int], ...]:
    """(form, start shift, end shift) of a text token: itself, without a possessive, without an
    elided article, without a German genitive "s", without an Arabic proclitic."""
    plain = _plain(token)
    keys = [(plain, 0, 0)]
    for tail in ("'s", "’s", "'", "’"):
        if plain.endswith(tail) and len(plain) > len(tail) + 1:
            keys.append((plain[: -len(tail)], 0, -len(tail)))
    for head in _ELISIONS:
        if plain.startswith(head) and len(plain) > len(head) + 1:
            keys.append((plain[len(head) :], len(head), 0))
    if plain.endswith("s") and len(plain) > 3 and (token[:1].isupper() or plain[-2] in "aeiouy"):
        # "Lenas", and "lenas" in a note written in lower case ("lenas feier"): the lower-case form
        # counts only where the note writes the name itself in lower case (:func:`.find.said_lowercase`)
        keys.append((plain[:-1], 0, -1))
    if "\u0621" <= token[:1] <= "\u06ff" and len(token) > 3:
        keys += _arabic_keys(token, plain)
    return tuple(keys)


# Suffixes glued to an Arabic family name or to the word it is made of: "الخياطة", "النحاسية",
# "الحدادين", "عطارها". Once the family name is found, the word carrying it goes too.
_AR_SUFFIXES = ("يات", "ية", "يه", "ات", "ين", "ون", "ان", "هم", "ها", "ي", "ة", "ه")


def _arabic_keys(token: str, plain: str) -> list[tuple[str, int, int]]:
    """Keys of an Arabic token: without its proclitics (و ب ل ف ك, "لل" for "لل" + "ال"), with
    the article ("الحداد" for "حداد"), without a glued suffix ("الخياطة" for "الخياط")."""
    stems = []
    if token[0] in "وبلفك":
        stems.append((plain[1:], 1))
    if token.startswith("لل"):
        stems.append(("ال" + plain[2:], 1))
    if token[:3] in ("ولل", "فلل") and len(token) > 5:
        stems.append(("ال" + plain[3:], 2))  # "وللنحاس": and for al-Nahhas
    if token[0] in "وف" and token[1:2] in "بلك" and len(token) > 5:
        stems.append((plain[2:], 2))  # "وبالنحاس", "وبحداد"
    keys = [(stem, shift, 0) for stem, shift in stems]
    for stem, shift in [(plain, 0), *stems]:
        if stem.startswith("ال") and len(stem) >= 6 and stem[2:] not in person_names().given:
            keys.append((stem[2:], shift, 0))  # "الحداد" after "حداد"; not "الميلاد" after "ميلاد"
        for suffix in _AR_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 5:
                keys.append((stem[: -len(suffix)], shift, 0))
    return keys
