"""How an Art. 9 alias is written and what forms it matches: context words in parentheses
("=(has) MS"), inner stems ("церковн* хор*"), frames ("of @ origin"), Korean verb-stem
conjugations, and the Arabic word around an alias with its glued articles, prepositions and
inflections. Used by :mod:`.lexicon` to compile ``taxonomy/special_categories.json``.
"""

from __future__ import annotations

import re
from itertools import product

from lvmh_pipeline.lib.common.text import fold, is_arabic_char

__all__ = [
    "arabic_word", "article_variants", "context", "context_size", "frame_regex", "hangul_conjugations",
    "has_inner_stem", "inner_stems", "lam_variants", "same_case",
]

_AR_PREFIXES = frozenset("ال و وال ب بال ل لل ف فال ك كال وب وبال ول ولل عال".split()) | {""}
# Glued before an article only: "عالكنيسة" is على الكنيسة, "عسكري" is not سكري.
_AR_ARTICLE_PREFIXES = frozenset({"ع"})
_AR_SUFFIXES = frozenset("ه ها هم هن ون ين ات ي يه يون يين ان ته تها يا نا كم".split()) | {""}
_AR_SHORT_PREFIXES = frozenset("ال و وال ب بال".split()) | {""}  # aliases of three letters or fewer
_AR_SHORT_SUFFIXES = frozenset({"", "ه"})
_CONTEXT = re.compile(  # "=(has) MS": case-sensitive, "has" must be there and stays readable
    r"(?P<exact>=?)\s*(?:\((?P<lead>[^()]*)\))?(?P<core>[^()]*)(?:\((?P<trail>[^()]*)\))?"
)
# Inflection endings an inner stem takes: Russian adjectives and nouns, Germanic and Romance words.
_CYRILLIC_ENDINGS = ("", "а", "е", "и", "о", "у", "ы", "ь", "ю", "я", "ам", "ами", "ах", "ая", "ее", "ей", "ем", "ему", "ею",
                     "ие", "ий", "им", "ими", "их", "ов", "ого", "ое", "ой", "ом", "ому", "ою", "ую", "ые", "ый", "ым", "ыми",
                     "ых", "ья", "ью", "ям", "ями", "ях", "яя", "юю")
_LATIN_ENDINGS = ("", "a", "e", "i", "o", "s", "as", "en", "er", "es", "em", "is", "os", "x")
_MAX_ARTICLE_WORDS = 4  # Arabic phrases whose article variants are all generated
# Arabic words that only look like they carry the article
_AR_FUNCTION_WORDS = frozenset("الي الذي التي الذين اللي الا الان الله اللذان".split())
# Open syllables a Korean verb stem ends on, and the finals (ㄴ ㄹ ㅁ ㅂ ㅆ) its conjugations add
# (ㅁ: the noun form that ends a telegraphic note, "성당에 다님", "금식함").
_HANGUL_VERB_ENDS = frozenset("가니하리키오보주되서지")
_HANGUL_FINALS = (4, 8, 16, 17, 20)


def hangul_conjugations(key: str) -> list[str]:
    """A Korean alias ending on an open verb-stem syllable ("교회에 나가", "절에 다니", "금식하",
    "예배 드리") also as its conjugated forms, the same syllable closed by ㄴ, ㄹ, ㅁ, ㅂ or ㅆ
    ("나간다", "다닐", "다님", "금식합니다", "갔다"): conjugation changes the last syllable itself."""
    last = key[-1:]
    if len(key) < 2 or last not in _HANGUL_VERB_ENDS:
        return []
    code = ord(last) - 0xAC00
    return [key[:-1] + chr(0xAC00 + code + final) for final in _HANGUL_FINALS]


def context(alias: str) -> tuple[str, str, str]:
    """``"=(has) MS"`` → (``"=has MS"``, ``"has"``, ``""``): the alias to match and the words
    before and after that must be there but stay readable."""
    match = _CONTEXT.fullmatch(alias.strip())
    if match is None or not match.group("core").strip():
        raise ValueError(f"alias {alias!r}: context words go in parentheses at the start or the end")
    lead, trail = (match.group(g) or "" for g in ("lead", "trail"))
    return " ".join(alias.replace("(", "").replace(")", "").split()), lead.strip(), trail.strip()


def has_inner_stem(alias: str) -> bool:
    return any(w.endswith("*") for w in alias.split()[:-1])


def inner_stems(alias: str) -> list[str]:
    """An alias whose inner words are stems ("церковн* хор*", "politische* Ansicht*") as plain
    aliases: each inner stem with the inflection endings of its script ("церковный хор",
    "церковном хор" …); a final stem stays a stem for the automaton."""
    words = alias.split()
    if not any(w.endswith("*") for w in words[:-1]):
        return [alias]
    options = []
    for word in words[:-1]:
        if word.endswith("*"):
            stem = word[:-1]
            endings = _CYRILLIC_ENDINGS if any("\u0400" <= c <= "\u04ff" for c in stem) else _LATIN_ENDINGS
            options.append([stem + e for e in endings])
        else:
            options.append([word])
    return [" ".join([*combination, words[-1]]) for combination in product(*options)]


def context_size(key: str, words: str, leading: bool) -> int:
    """Folded characters of ``key`` taken by its context words (and the space after or before)."""
    if not words:
        return 0
    size = len(" ".join(fold(words).split()))
    if leading:
        return size + (key[size : size + 1] == " ")
    return size + (key[-size - 1 : -size] == " ")


def same_case(found: str, exact: str) -> bool:
    """A case-sensitive alias (``=Grünen``, ``=MS``); a lower-case one may start with a capital."""
    return found == exact or (exact[:1].islower() and found == exact[:1].upper() + exact[1:])


def arabic_word(folded: str, start: int, end: int, size: int, stem: bool) -> tuple[int, int] | None:
    """The whole Arabic word around an alias, if what is glued to it is an article, a preposition
    or an inflection ("الحجز", booking, is not "الحج"; "فورمان" is not "ورم")."""
    head, tail = start, end
    while head > 0 and is_arabic_char(folded[head - 1]):
        head -= 1
    while tail < len(folded) and is_arabic_char(folded[tail]):
        tail += 1
    prefixes, suffixes = (_AR_PREFIXES, _AR_SUFFIXES) if size > 3 else (_AR_SHORT_PREFIXES, _AR_SHORT_SUFFIXES)
    glued = folded[head:start]
    if glued in _AR_ARTICLE_PREFIXES and size > 3 and folded.startswith("ال", start):
        glued = ""
    if glued not in prefixes or not (stem or folded[end:tail] in suffixes):
        return None
    return head, tail


def article_variants(key: str, lead: str, trail: str) -> list[tuple[str, str, str]]:
    """An Arabic alias with and without the article: "غسيل الكلى" also as "غسيل كلى", "التلقيح
    الصناعي" as "تلقيح صناعي" (every word of a phrase toggles; a single word only loses it when
    five letters or more remain: "الزهايمر" → "زهايمر", but "العمرة" is not "عمره", his age).
    Context words stay as written."""
    words = key.split()
    before, after = len(fold(lead).split()), len(fold(trail).split())
    core = words[before : len(words) - after]
    if not core or len(core) > _MAX_ARTICLE_WORDS:
        return [(key, lead, trail)]
    options = []
    for word in core:
        bare = word[2:] if word.startswith("ال") else word
        forms = {word}
        if word not in _AR_FUNCTION_WORDS and len(bare) >= (3 if len(core) > 1 else 5):
            forms |= {bare} | ({"ال" + bare} if len(core) > 1 else set())
        options.append(sorted(forms))
    variants = []
    for combination in product(*options):
        variant = " ".join([*words[:before], *combination, *words[len(words) - after :]])
        variants.append((variant, lead, trail))
    return variants


def lam_variants(variants: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A one-word Arabic alias with its article also after "ل", which merges with the article:
    "للقداس" (to Mass) is "ل" + "القداس", "للعمرة" "ل" + "العمرة" (a short word keeps its
    article otherwise: "لعمره" is "for his age")."""
    return [("لل" + key[2:], lead, trail) for key, lead, trail in variants
            if " " not in key and key.startswith("ال") and key not in _AR_FUNCTION_WORDS and len(key) >= 5
            and not lead and not trail]


def frame_regex(frame: str) -> tuple[re.Pattern[str], str, tuple[str, ...], tuple[str, ...]]:
    """A frame ("of @ origin", "(de) origen _") as a regex with a ``core`` group (the words that
    are redacted), its anchor (the longest fixed word, which the automaton looks for), and the
    names of its "@" groups (a demonym each) and "_" groups (any word but a connector), which
    :meth:`Lexicon.scan` checks on a match: one small regex per frame, the word lists once."""
    parts, anchor, demonyms, free = [], "", [], []
    tokens = frame.split()
    # "_" any word, "@" a demonym, "word*" a stem, "(word)" matched but kept readable
    first = next(i for i, t in enumerate(tokens) if not t.startswith("("))
    last = max(i for i, t in enumerate(tokens) if not t.startswith("("))
    for position, token in enumerate(tokens):
        token = token.strip("()")
        if token in ("_", "@"):
            names = free if token == "_" else demonyms
            names.append(f"{'f' if token == '_' else 'd'}{len(names)}")
            part = rf"(?P<{names[-1]}>[^\W\d_]+)"
        else:
            words = fold(token.rstrip("*")).split()
            pieces = []
            for i, word in enumerate(words):
                stem = token.endswith("*") and i == len(words) - 1
                pieces.append(re.escape(word) + (r"[^\W_]*" if stem else ""))
                anchor = max(anchor, word + ("*" if stem else ""), key=lambda w: len(w.rstrip("*")))
            part = " +".join(pieces)
        opening, closing = "(?P<core>" if position == first else "", ")" if position == last else ""
        parts.append(opening + part + closing)
    regex = re.compile(r"(?<![^\W_])" + " +".join(parts) + r"(?![^\W_])")
    return regex, anchor, tuple(demonyms), tuple(free)
