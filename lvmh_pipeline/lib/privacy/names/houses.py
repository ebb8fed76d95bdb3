"""A product line named after a person is no client, in any script.

Houses name lines after people: Berluti "Andy", Cartier "Santos-Dumont", Chaumet "Joséphine" ("쇼메
조세핀"), "Lady Dior" ("레이디 디올"). A word is such a line, not a name, where it

- stands right after a house (so do the words after it: "Berluti Andy Mokassins") of :data:`HOUSES` (a space, a hyphen, a middle dot
  or a possessive particle between): "Berluti Andy", "Chaumet Joséphine", "쇼메 조세핀", "ショーメ ジョゼフィーヌ",
  "Chaumet的Joséphine", "شوميه جوزفين"; a house that is a given name too (Tiffany, Fred, Céline, Chloé)
  says nothing of the word after it;
- is joined by a hyphen to a product line ("Santos-Dumont": Santos is a Cartier line);
- follows the noun of a piece and closes its phrase, a house named earlier in the sentence ("Chaumet, tiare
  Joséphine,"); a house glued to an Arabic proclitic counts as the house ("وBerluti Andy");
- is, or is part of, a house written in another script ("モエ・エ・シャンドン", "디올"); in Arabic
  script, a house that is a given name too only after a product noun ("شنطة سيلين", not "سيلين اتصلت");
- opens a house of two words ("Louis Vuitton", "Christian Dior", "Marc Jacobs"): no given name;
- is a model written as an initial, a hyphen and a word ("Lady D-Joy", "B-Zero").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard_words import BRANDS_AND_PRODUCTS, COLOURS_AND_MATERIALS
from lvmh_pipeline.lib.privacy.names.guard_words.houses import (
    ARABIC_PRODUCT_NOUNS, HOUSES, HOUSES_ARABIC, HOUSES_ARABIC_GIVEN, HOUSES_OTHER_SCRIPTS,
)
from lvmh_pipeline.lib.privacy.names.lexicon import BRANDS
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.venues.lines import arabic_line

__all__ = ["product_line"]

# the separator between a house and its line, then the house (letters of any script) before it
_HOUSE_BEFORE = re.compile(r"([^\W\d_]+)(?:[ \t\u00a0]|[ \t]?[-・·][ \t]?)$")
# a house in Latin letters and a possessive particle of Chinese, Japanese or Korean ("Chaumet的Joséphine")
_HOUSE_POSSESSIVE = re.compile(r"(?<![A-Za-zÀ-ÿ])([A-Za-zÀ-ÿ]+)[ \t]?(?:的|の|의)[ \t]?$")
_DENSE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_ARABIC_WORD_BEFORE = re.compile(r"([\u0621-\u064a]+)[ \t]+$")
_MODEL = re.compile(r"[A-Z]-[A-Z][a-z]+")
_TWO_WORD_HOUSES = tuple(b for b in BRANDS if " " in b)
_ARABIC_PROCLITIC = re.compile(r"^[\u0621-\u064a]{1,2}(?=[a-zà-ÿ])")
_DENSE_HOUSES = tuple(h for h in HOUSES_OTHER_SCRIPTS if _DENSE.match(h))


def _house(word: str) -> bool:
    low = _ARABIC_PROCLITIC.sub("", word.casefold())  # "وBerluti": "and Berluti" in an Arabic note
    if low in HOUSES_OTHER_SCRIPTS:
        return True
    return low in HOUSES and low not in person_names().given


def product_line(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a product line named after a person (see the module)?"""
    word = text[start:end]
    if not word:
        return False
    if _MODEL.fullmatch(word) or _opens_house(text, start, end):
        return True  # "Lady D-Joy"; "Louis Vuitton"
    if "\u0621" <= word[:1] <= "\u064a":
        return _arabic_house(text, start, end) or arabic_line(text, start, end) or _after_arabic_house(text, start)
    if word in HOUSES_OTHER_SCRIPTS or _DENSE.match(word) and text[max(0, start - 6) : start].endswith(_DENSE_HOUSES):
        return True  # "迪奥小姐": Miss Dior, the house before an honorific; "香奈儿可可小姐": its line after it
    before = _HOUSE_BEFORE.search(text, max(0, start - 24), start)
    if before and _house(before.group(1)):
        return True  # "Berluti Andy", "Berluti Andy Mokassins": the line, and what it is
    if (possessive := _HOUSE_POSSESSIVE.search(text, max(0, start - 24), start)) and _house(possessive.group(1)):
        return True  # "Chaumet的Joséphine皇冠戒指": the house's line
    if _after_model(text, start, word):
        return True  # "Capucines BB Rose Jasmin", "Speedy 25 Noir": the model's colour or variant
    if " " in word.strip():
        return False
    if (m := _HOUSE_AFTER.match(text, end)) and _house(m.group(1) or m.group(2)):
        return True  # "Joséphine de Chaumet", "Kelly d'Hermès", "Trinity от Cartier": the house's line
    if _SERIES_AFTER.match(text, end) or _line_of_house_before(text, start, word):
        return True  # "Joséphine系列", "the Joséphine collection"; "Chaumet, euh, la Joséphine"
    if _line_after_product_noun(text, start, end):
        return True  # "Chaumet, tiare Joséphine,": the piece's line, its house named before
    if before and text[before.end(1) : start].strip() == "-" and before.group(1).casefold() in BRANDS_AND_PRODUCTS:
        return True  # "Santos-Dumont"
    if _DENSE.match(word):
        s, e = start, end
        while s > 0 and _DENSE.match(text[s - 1]) and text[s - 1] not in "・":
            s -= 1
        while e < len(text) and _DENSE.match(text[e]) and text[e] not in "・":
            e += 1
        return any(part in HOUSES_OTHER_SCRIPTS for part in re.split("[・·]", text[s:e]))
    return False


# A word before the span, in the same phrase (a model, a size code, a colour)
_WORD_BEFORE = re.compile(r"(?<![\w])([A-Za-zÀ-ÿ0-9]+)[ \t]+$")
_SIZE_CODE = re.compile(r"BB|PM|MM|GM|XL|[Mm]ini|[Nn]ano|\d{2}")


def _after_model(text: str, start: int, word: str) -> bool:
    """The colour or variant after a model ("Capucines BB Rose Jasmin", "Speedy 25 Noir", "Alma
    Rose Ballerine"): a size code or a colour or material between them or opening the span; a
    model that is a given name too ("Kelly", "Alma") only with its size code."""
    colour = word.split()[0].casefold() in COLOURS_AND_MATERIALS
    size = False
    for _ in range(4):
        m = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if not m:
            return False
        before = m.group(1)
        if before.casefold() in BRANDS_AND_PRODUCTS:
            return size or colour and before.casefold() not in person_names().given
        if _SIZE_CODE.fullmatch(before):
            size = True
        elif before.casefold() in COLOURS_AND_MATERIALS and before[:1].isupper():
            colour = True
        else:
            return False
        start = m.start()
    return False


# The house after its line ("Joséphine de Chaumet", "Santos de Cartier", "Kelly d'Hermès", "Jackie di Gucci")
_HOUSE_AFTER = re.compile(r"[ \t]+(?i:de|di|da|del|by|von|of|from|от)[ \t]+([^\W\d_]+)|[ \t]+(?i:d['’])([^\W\d_]+)")
# A series or collection word after a line's name ("Joséphine系列", "ジョゼフィーヌ シリーズ", "Liens collection")
_SERIES_AFTER = re.compile(
    r"[ \t]?(?:系列|シリーズ|시리즈|コレクション|컬렉션)|[ \t]+(?i:collection|collezione|colección|coleção|kollektion|collectie"
    r"|коллекция|серия|line)(?![\w])"
)
# Lines named after a person, by house: after an article, in the same sentence as their house a few
# words before ("une parure Chaumet, euh la Joséphine", "Chaumet … the Joséphine tiara")
_NAMED_LINES = {"joséphine": ("chaumet",), "josephine": ("chaumet",)}
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?i:la|le|l'|l’|the|a|o|il|el|die|der|das|de|het)[ \t]+$")


def _line_of_house_before(text: str, start: int, word: str) -> bool:
    houses = _NAMED_LINES.get(word.casefold())
    if not houses or not _ARTICLE_BEFORE.search(text, max(0, start - 6), start):
        return False
    window = text[max(0, start - 80) : start]
    window = re.split(r"[.!?。！？\n]", window)[-1].casefold()
    return any(house in window for house in houses)


# The noun of a piece or of a line, right before the line's name ("tiare Joséphine", "anello Trinity")
_PRODUCT_NOUN_BEFORE = re.compile(
    r"(?<![\w])(?i:parure|tiare|diadème|bague|collier|bracelet|montre|sac|ligne|modèle|tiara|ring|necklace|watch|bag"
    r"|model|line|diadem|kette|armband|uhr|tasche|modell|linie|anello|collana|bracciale|orologio|borsa|modello|linea"
    r"|aderezo|anillo|collar|pulsera|reloj|bolso|modelo|línea|anel|colar|pulseira|relógio|bolsa|linha|ketting|horloge"
    r"|tas|lijn|парюра|тиара|кольцо|колье|браслет|часы|сумка|модель|линия)[ \t]+$"
)
_CLAUSE_END = re.compile(r"[ \t]*(?:[,;:.!?)(\]—–]|$)")


def _line_after_product_noun(text: str, start: int, end: int) -> bool:
    """A one-word name right after the noun of a piece, closing its phrase, with a house earlier in the
    same sentence ("Chaumet, tiare Joséphine,", "Cartier: anello Trinity."): the piece's line."""
    if " " in text[start:end].strip() or not _PRODUCT_NOUN_BEFORE.search(text, max(0, start - 12), start):
        return False
    if not _CLAUSE_END.match(text, end):
        return False
    window = re.split(r"[.!?。！？\n]", text[max(0, start - 80) : start])[-1]
    return any(_house(w) for w in re.findall(r"[^\W\d_]+", window))


def _opens_house(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the first word(s) of a house of two words ("Louis" of "Louis Vuitton")."""
    return text.startswith(_TWO_WORD_HOUSES, start) and any(
        text.startswith(b, start) and end <= start + len(b) and not text[start + len(b) : start + len(b) + 1].isalpha()
        for b in _TWO_WORD_HOUSES
    )


def _after_arabic_house(text: str, start: int) -> bool:
    """"بمجموعة شوميه جوزفين" (Chaumet's Joséphine collection): right after a house in Arabic script
    that is no given name (not "سيلين جوزفين")."""
    before = _ARABIC_WORD_BEFORE.search(text, max(0, start - 20), start)
    if not before:
        return False
    house = before.group(1) if before.group(1) in HOUSES_ARABIC else _plain_arabic(before.group(1))
    return house in HOUSES_ARABIC and house not in HOUSES_ARABIC_GIVEN and house not in person_names().given


def _plain_arabic(word: str) -> str:
    """An Arabic word without its proclitic and article ("وشنطة", "بالشنطة", "الشنطة": "شنطة")."""
    for prefix in ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


# Houses of two words in Arabic script whose second word is a given name too ("باتيك فيليب": Philippe).
_ARABIC_TWO_WORD = re.compile(r"(?:باتيك|باتك)[ \t]+فيليب|ريتشارد[ \t]+ميل|فان[ \t]+كليف|لويس[ \t]+(?:فويتون|فيتون)|جيمي[ \t]+تشو")


def _arabic_house(text: str, start: int, end: int) -> bool:
    """A house in Arabic script: always when no given name, after a product noun when one too; a
    word of a house of two words ("باتيك فيليب")."""
    for m in _ARABIC_TWO_WORD.finditer(text, max(0, start - 12), min(len(text), end + 12)):
        if m.start() <= start < m.end():
            return True  # (the words after the house go too: "باتيك فيليب القديمة")
    words = _ARABIC_WORD.findall(text, start, end)
    if not words or not all(w in HOUSES_ARABIC or _plain_arabic(w) in HOUSES_ARABIC for w in words):
        return False
    first = words[0] if words[0] in HOUSES_ARABIC else _plain_arabic(words[0])
    if first not in person_names().given and first not in HOUSES_ARABIC_GIVEN:
        return True
    before = _ARABIC_WORD_BEFORE.search(text, max(0, start - 20), start)
    noun = before.group(1) if before else ""
    return noun in ARABIC_PRODUCT_NOUNS or _plain_arabic(noun) in ARABIC_PRODUCT_NOUNS
