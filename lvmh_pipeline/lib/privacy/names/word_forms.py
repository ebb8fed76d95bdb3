"""Ordinary words that stand where a name would: the note's own vocabulary and Russian word forms.

- a one-word term of the concept taxonomy (``taxonomy/concepts.json``: diets, allergens,
  materials, products, occasions …) or of the Art. 9 lists (``taxonomy/special_categories.json``:
  "Диабет", "Insulin", "Asthma") is no person, in any case it is written in: "Диабет, колет
  инсулин", "Свинину не употребляет" lose no word. House and travel terms are left to the
  place and brand guards (a house is often its founder's name);
- a product or a line written in Cyrillic ("Капуцины", "Спиди", "Неверфул", "Альма");
- a Russian word that opens a sentence with the ending of a verb ("Колет", "Употребляет"), of a
  noun in the accusative or dative ("Свинину", "Корзину", "Машину"), or of a meat noun
  ("Телятина", "Курятину"): Russian capitalises no noun inside a sentence, so a capitalised word
  there is a name, but at a sentence start only a cue says so (a title, a known name, an age,
  a given name after it — "Смирнову Анну").

Known names (the lexicon) are never taken by these guards: "Смирнова пришла", "Орлов, 69 лет",
"Петрова Анна" stay names.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from lvmh_pipeline.lib.privacy.names.guard_words import RUSSIAN_WORDS
from lvmh_pipeline.lib.privacy.names.person_names import PERSON_NAMES_PATH, person_names

__all__ = [
    "RU_PRODUCTS",
    "is_ambiguous_term",
    "is_concept_word",
    "is_hangul_term",
    "russian_ordinary_form",
    "russian_sentence_word",
]

_TAXONOMY = PERSON_NAMES_PATH.parent
# Concept categories whose terms are names too often to be guards ("Céline", "Florence").
_SKIPPED_CATEGORIES = frozenset({"house", "travel"})
# In Latin script many family names are words of the note too ("Castanho", "Leite", "Weiss"):
# only the terms of allergies, diets, products and occasions guard there.
_LATIN_CATEGORIES = frozenset({"allergy", "diet", "product_type", "occasion"})
_MIN_PREFIX = 5  # "инсулинозависим*": a starred term is a prefix of at least this length
_ALPHABETIC = re.compile(r"[a-zà-ÿœæß\u0100-\u024f\u0400-\u04ff\u0621-\u064a]")
_LATIN = re.compile(r"[a-zà-ÿœæß\u0100-\u024f]")
_HANGUL_WORD = re.compile(r"[가-힣]{3,}$")

# Lines and products written in Cyrillic, in the forms notes use.
RU_PRODUCTS: frozenset[str] = frozenset(
    """
    капуцины капуцин капуцинс капусин капусины спиди спидии неверфул неверфулл альма альму
    онтезго онзего пошетт пошет монсо тамбур твист дофин дофине бюси алма нано кейпс
    биркин биркинс келли констанс пикотен эвелин эвелина линди кабас джеки сэдл бэгет
    леди диор лейди бук тоут тоте кабасик пикотин гарден парти бумер оксфорд лоафер
    """.split()
) - frozenset({"эвелина", "линди", "келли", "алма"})


def _terms(raw: object):
    if isinstance(raw, dict):
        for value in raw.values():
            yield from _terms(value)
    elif isinstance(raw, list):
        for value in raw:
            yield from _terms(value)
    elif isinstance(raw, str):
        yield raw


@lru_cache(maxsize=1)
def _concept_terms() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    """(one-word terms, prefixes of starred terms, one-word terms the taxonomy marks ambiguous —
    "?eggs", "?huevos": words that name an allergen only beside a cue, but never a person —,
    Hangul terms of allergies, diets, products and occasions of three syllables or more, marked
    or not: "고양이", "오징어"), case-folded, known names left out. Shorter Hangul terms are given
    names too ("정원", "보라"); colours, Art. 9 terms and the rest hold foreign names in Hangul
    ("브라운", "하시모토")."""
    words: set[str] = set()
    prefixes: set[str] = set()
    ambiguous: set[str] = set()
    hangul: set[str] = set()
    concepts = json.loads((_TAXONOMY / "concepts.json").read_text(encoding="utf-8"))
    terms = [
        (t, c.get("category") in _LATIN_CATEGORIES, c.get("category") in _LATIN_CATEGORIES)
        for c in concepts.get("concepts", []) if c.get("category") not in _SKIPPED_CATEGORIES
        for t in _terms(c.get("aliases", {}))
    ]
    special = json.loads((_TAXONOMY / "special_categories.json").read_text(encoding="utf-8"))
    terms += [(t, True, False) for cat in special.get("categories", {}).values() for t in _terms(cat.get("terms", {}))]
    lexicon = person_names()
    for term, latin_ok, hangul_ok in terms:
        low = term.strip().casefold()
        if not low or " " in low or "#" in low or any(ch.isdigit() for ch in low):
            continue
        bare = low.lstrip("?")
        if _HANGUL_WORD.match(bare):
            if hangul_ok and not lexicon.is_name(bare):
                hangul.add(bare)
            continue
        if bare != low:
            if bare.isalpha() and _ALPHABETIC.match(bare) and (latin_ok or not _LATIN.match(bare)) and not lexicon.is_name(bare):
                ambiguous.add(bare)
            continue
        if not _ALPHABETIC.match(low) or _LATIN.match(low) and not latin_ok:
            continue  # kana and hanzi names have their own guards
        if low.endswith("*"):
            stem = low.rstrip("*")
            if len(stem) >= _MIN_PREFIX and stem.isalpha():
                prefixes.add(stem)
            continue
        if low.replace("-", "").isalpha() and len(low) >= 3 and not lexicon.is_name(low):
            words.add(low)
    return frozenset(words), tuple(sorted(prefixes)), frozenset(ambiguous), frozenset(hangul)


# Arabic words that open a note or follow a kin word as a name would: cities, occasions, roles
# ("دبي، 40 سنة", "ذكرى، 30 عاما", "بنتها عروس،").
ARABIC_WORDS: frozenset[str] = frozenset(
    """دبي الرياض جدة الدوحة الكويت أبوظبي ابوظبي الشارقة عمان بيروت القاهرة مسقط المنامة
    باريس لندن ميلانو روما جنيف نيويورك ذكرى الذكرى عروس عريس العروس العريس زفاف خطوبة تخرج
    مولود مولودة عيد هدية هدايا مناسبة حفلة حفل""".split()
)


def is_concept_word(low: str) -> bool:
    """A case-folded word that the concept taxonomy or the Art. 9 lists know as a term, or a
    listed Arabic city, occasion or role word."""
    words, prefixes, _, _ = _concept_terms()
    return low in words or low in ARABIC_WORDS or (len(low) > _MIN_PREFIX and low.startswith(prefixes) and not person_names().is_name(low))


def is_ambiguous_term(low: str) -> bool:
    """A case-folded word the taxonomy lists as an ambiguous term ("eggs", "huevos", "nuts"): an
    allergen beside a cue, an ordinary word elsewhere, never a known name."""
    return low in _concept_terms()[2]


def is_hangul_term(word: str) -> bool:
    """A Hangul word the taxonomy lists as an allergen, a diet, a product or an occasion
    ("고양이", "오징어", "목걸이"): no Korean full name, whatever its syllables."""
    return word in _concept_terms()[3]


def _cyrillic(low: str) -> bool:
    return bool(low) and all("\u0400" <= ch <= "\u04ff" or ch == "-" for ch in low)


# Russian noun case endings and the nominative endings they come from ("корзину" → "корзина",
# "инсулином" → "инсулин", "диабета" → "диабет").
_RU_CASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ой", ("а", "я")), ("ей", ("я", "ь", "а")), ("ою", ("а",)), ("ею", ("я",)),
    ("ом", ("",)), ("ем", ("", "ь", "й")), ("ам", ("а", "")), ("ям", ("я", "ь")),
    ("ах", ("а", "")), ("ях", ("я", "ь")), ("ами", ("а", "")), ("ями", ("я", "ь")),
    ("у", ("а", "")), ("ю", ("я", "ь", "й")), ("ы", ("а", "")), ("и", ("а", "я", "ь", "й")),
    ("е", ("а", "", "я")), ("а", ("",)), ("я", ("ь", "й")),
)  # no "-ов", "-ев", "-ин": the endings of family names ("Орехов", "Рыбин")


_RU_FAMILY_SHAPE = re.compile(
    r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой|ою|ых|ыми|ы)?$|(?:ск|цк)(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их)$"
    r"|(?:енко|ук|юк|ян|швили|дзе)$"
)


@lru_cache(maxsize=65536)
def russian_ordinary_form(low: str) -> bool:
    """A case-folded Cyrillic word that is a listed ordinary word, a concept term or a product in
    another case ("корзину", "диабета", "капуцинов"), and no known name."""
    if not _cyrillic(low) or person_names().is_name(low):
        return False
    vocabulary = RUSSIAN_WORDS | RU_PRODUCTS
    if low in vocabulary or is_concept_word(low):
        return True
    if _RU_FAMILY_SHAPE.search(low):
        return False  # "Орехова", "Шелкова", "Кожиной": a family name made from a word
    for ending, bases in _RU_CASES:
        if len(low) > len(ending) + 2 and low.endswith(ending):
            stem = low[: -len(ending)]
            for base in bases:
                form = stem + base
                if form in vocabulary or form in _concept_terms()[0]:
                    return not person_names().is_name(form)
    return False


# Endings of a Russian verb in the present tense ("колет", "употребляет", "носит", "любят").
_RU_VERB_ENDINGS = ("ает", "яет", "еет", "ует", "юет", "ёт", "ет", "ит", "ют")
# Feminine nouns of meat and food ("свинина", "телятина", "курятина", "осетрина").
_RU_MEAT = ("ятин", "атин", "свинин", "говядин", "баранин", "конин", "осетрин", "ветчин")
_RU_CASE_TAILS = ("", "а", "у", "ы", "е", "ой", "ою")


@lru_cache(maxsize=65536)
def russian_sentence_word(word: str) -> bool:
    """A capitalised Russian word opening a sentence that its ending shows is no name: a verb
    ("Колет", "Употребляет"), a noun in the accusative or dative ("Свинину", "Корзину"), a meat
    noun ("Телятина"), a listed word or product in any case. Known names are never taken."""
    low = word.casefold()
    if not _cyrillic(low) or len(low) < 4 or person_names().is_name(low):
        return False
    if russian_ordinary_form(low):
        return True
    if any(low.endswith(stem + tail) for stem in _RU_MEAT for tail in _RU_CASE_TAILS):
        return True
    if len(low) >= 5 and low.endswith(("у", "ю")):
        return True  # "Свинину", "Корзину", "Курицу": a noun's accusative, unless a cue says "Лыкову"
    return len(low) >= 5 and low.endswith(_RU_VERB_ENDINGS) and not low.endswith(("швили", "дзе"))
