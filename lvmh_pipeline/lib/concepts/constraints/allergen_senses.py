"""Food words that are no allergen where they stand: a food colouring named next to clothes is
a textile dye (:func:`_textile_dyes`), fish or seafood in the sentence of a pescatarian diet
is eaten or kept out of the diet, not an allergy (:func:`_eaten_fish`, :func:`_kept_out_of_diet`), as
are eggs and dairy a vegetarian eats.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_arabic_char, is_dense_char
from lvmh_pipeline.lib.concepts.context import PAIR_BREAK, REDACTED_ALLERGEN, AllergyMeta, ConceptMeta, clause_of, gap_words
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.retractions.exceptions import excluded
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE, window


def _kept_out_of_diet(nt: NormalizedText, matches: list[AliasMatch], i: int, negated: list[bool],
                      meta: ConceptMeta) -> bool:
    """Seafood refused in the sentence of a pescatarian diet is kept out of it, not denied
    ("Pescatarian, but no shellfish", "Pescetarier, aber keine Meeresfrüchte")."""
    if matches[i][2] not in (meta.by_name.get("fish", -1), meta.by_name.get("shellfish", -1)):
        return False
    pescatarian = meta.by_name.get("pescatarian", -1)
    return any(m[2] == pescatarian and not negated[k] and gap_words(nt, m, matches[i]) is not None
               for k, m in enumerate(matches))


# A diet and the foods it settles: fish a pescatarian eats, eggs and dairy a lacto-ovo vegetarian eats
# when an eating word says so in their clause (not "vegetarian, lactose intolerant").
_ALLOWED = (("pescatarian", ("fish", "shellfish"), False), ("vegetarian", ("eggs", "lactose"), True))
_EATS = frozenset(fold(w) for w in (
    "eats eat eating mange mangent isst essen come comen mangia mangiano come comem eet eten ест едят кушает "
    "ياكل تاكل يأكل تأكل wel"  # Dutch "wel ei/zuivel": does eat them
).split())
_DENSE_EATS = ("吃", "食べ", "召し上が", "먹", "드시")


def _eating_word(folded: str, start: int, end: int) -> bool:
    part = folded[start:end]
    return any(w in part for w in _DENSE_EATS) or not _EATS.isdisjoint(part.split())


def _eaten_fish(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                allergy: AllergyMeta, dropped: set[int]) -> set[int]:
    """Fish or seafood in the sentence of a pescatarian diet is what the client eats, not an
    allergen ("تأكل السمك والمأكولات البحرية فقط، لا لحوم", "no meat, fish and prawns are fine"),
    as are eggs and dairy in a vegetarian's ("Vegetarian, eats eggs and dairy", "Вегетарианец, яйца и
    молочку ест"), unless an allergy word is in its clause."""
    found = set()
    for diet, foods, eaten in _ALLOWED:
        concept = meta.by_name.get(diet, -1)
        diets = [m for i, m in enumerate(matches) if m[2] == concept and not negated[i] and i not in dropped]
        if not diets:
            continue
        allowed = {meta.by_name.get(food, -1) for food in foods}
        for i, m in enumerate(matches):
            if m[2] not in allowed or negated[i] or m[3] == REDACTED_ALLERGEN:
                continue
            if not any(gap_words(nt, d, m) is not None for d in diets) or excluded(nt, m):
                continue  # ("pescatarian, except shellfish": avoided)
            c_start, c_end = window(nt, m[0], m[1], CLAUSE)
            if not allergy.words.search(nt.folded, c_start, c_end) and (not eaten or _eating_word(nt.folded, c_start, c_end)) \
                    and not _allergy_field(nt, c_start, allergy):
                found.add(i)
    return found


_FIELD_LABEL = re.compile(r"[:：]\s*$")


def _allergy_field(nt: NormalizedText, start: int, allergy: AllergyMeta) -> bool:
    """Does the clause at folded ``start`` fill an allergy field ("Allergy: shrimp | Diet: pescatarian",
    "알레르기: 새우")? The label before its colon is out of the clause."""
    o_start = nt.to_original(start, start)[0]
    before = nt.original[max(0, o_start - 24) : o_start]
    if not _FIELD_LABEL.search(before):
        return False
    label = re.split(r"[|｜/,;.\n。、]", before)[-1]
    return allergy.words.search(fold(label)) is not None


_TEXTILE_WORDS = frozenset(
    fold(w) for w in (
        "clothes clothing fabric fabrics textile textiles garment garments jeans denim scarf scarves shirts "
        "vêtement vêtements tissu tissus textile habits étoffe étoffes linge "
        "kleidung kleidern kleider stoff stoffe stoffen textilien textil wäsche "
        "tessuti tessuto vestiti abiti abbigliamento stoffe indumenti "
        "ropa telas tela tejidos tejido prendas "
        "roupas roupa tecidos tecido "
        "kleding kleren stoffen stof textiel "
        "одежде одежды одежда одежду ткани тканей ткань тканях тканям белье белья "
        "الملابس ملابس القماش الاقمشه النسيج"
    ).split()
)
# Dyed leather is dyed like fabric, when said in one phrase with the colourant ("corante de couro", "leather
# dyes"; not "food colouring, a leather bag is fine"); "skin" words are left out ("pele", "кожа", "جلد").
_LEATHER = re.compile(
    r"(?<![^\W\d_])(?:leather|cuir|leder|pelle|cuoio|cuero|couro|leer|кож(?:аный|аная|аные|аных|аной|и изделий))(?![^\W\d_])",
    re.IGNORECASE,
)
_BREAK = re.compile(r"[,;.!?:()—–]")
_DENSE_TEXTILE_WORDS = ("衣類", "衣服", "服", "生地", "布", "繊維", "옷", "원단", "섬유", "의류", "面料", "布料", "衣物", "纺织")
_TEXTILE_REACH = 4  # words (characters: twice as many) between a colourant and a fabric word
_ITEM_BREAK = re.compile(r"[,、，;；.。:：()（）/]")


# Sweets and foods a colourant is in ("Azofarbstoffe in Gummibärchen", "dyes in sweets", "사탕 색소"): a food colouring.
_FOOD_WORDS = frozenset(fold(w) for w in (
    "sweets candy candies food foods drinks gummies jelly snacks bonbons confiserie nourriture aliments boissons "
    "süßigkeiten gummibärchen lebensmitteln lebensmittel essen getränken getränke naschereien dolci caramelle cibo "
    "cibi bevande dulces golosinas caramelos comida alimentos bebidas doces balas guloseimas snoep voedsel eten "
    "dranken сладостях сладости конфетах конфеты еде продуктах حلويات الحلويات الأكل الطعام"
).split())
_DENSE_FOOD_WORDS = ("사탕", "과자", "음식", "음료", "젤리", "糖果", "零食", "食物", "食品", "饮料", "お菓子", "食べ物", "飲み物")


_NAMED_TEXTILE = re.compile(r"textil|fabric|cloth|tecid|roupa|kleid|tissu|vetement|tessut|tela|ropa|섬유|옷|원단|纺织|衣")


def _food_dyes(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> None:
    """Relabel, in place, a textile dye named with sweets or food and no fabric word as a food colouring."""
    dye, colouring = meta.by_name.get("textile_dye", -1), meta.by_name.get("food_colouring", -1)
    folded, original = nt.folded, nt.original
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept != dye or confidence == REDACTED_ALLERGEN:
            continue
        o_start, o_end = nt.to_original(start, end)
        if is_dense_char(folded[start]) and not is_arabic_char(folded[start]):
            before = _ITEM_BREAK.split(original[max(0, o_start - 2 * _TEXTILE_REACH) : o_start])[-1]
            after = _ITEM_BREAK.split(original[o_end : o_end + 2 * _TEXTILE_REACH])[0]
            food = any(w in part for part in (before, after) for w in _DENSE_FOOD_WORDS)
            fabric = any(w in part for part in (before, after) for w in _DENSE_TEXTILE_WORDS)
        else:
            before = _ITEM_BREAK.split(original[max(0, o_start - 60) : o_start])[-1]
            after = _ITEM_BREAK.split(original[o_end : o_end + 60])[0]
            near_words = fold(before).split()[-_TEXTILE_REACH:] + fold(after).split()[:_TEXTILE_REACH]
            food = not _FOOD_WORDS.isdisjoint(near_words) and not _NAMED_TEXTILE.search(folded, start, end)
            fabric = food and (not _TEXTILE_WORDS.isdisjoint(fold(clause_of(original, o_start, o_end)).split())
                               or _leather_beside(nt, start, end))
        if food and not fabric:
            matches[i] = (start, end, colouring, confidence)


def _textile_dyes(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> None:
    """Relabel, in place, a food colouring named next to clothes or fabric as a textile dye (and a textile dye
    named with sweets or food as a food colouring: :func:`_food_dyes`)."""
    colouring, dye = meta.by_name.get("food_colouring", -1), meta.by_name.get("textile_dye", -1)
    if any(m[2] == dye for m in matches):
        _food_dyes(nt, matches, meta)
    if not any(m[2] == colouring for m in matches):
        return
    dye = meta.by_name["textile_dye"]
    folded, original = nt.folded, nt.original
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept != colouring:
            continue
        if is_dense_char(folded[start]) and not is_arabic_char(folded[start]):
            # within its own list item: "식용색소, 콩, 옷 염료" names a food colouring and a dye
            o_start, o_end = nt.to_original(start, end)
            before = _ITEM_BREAK.split(original[max(0, o_start - 2 * _TEXTILE_REACH) : o_start])[-1]
            after = _ITEM_BREAK.split(original[o_end : o_end + 2 * _TEXTILE_REACH])[0]
            found = any(w in part for part in (before, after) for w in _DENSE_TEXTILE_WORDS)
        else:
            before = folded[max(0, start - 60) : start].split()[-_TEXTILE_REACH:]
            after = folded[end : end + 60].split()[:_TEXTILE_REACH]
            found = bool(_TEXTILE_WORDS.intersection(before + after))
            if found:  # the fabric word must be in the same clause
                o_start, o_end = nt.to_original(start, end)
                window = original[max(0, o_start - 60) : min(len(original), o_end + 60)]
                found = not PAIR_BREAK.search(window) or any(
                    w in _TEXTILE_WORDS for w in fold(clause_of(original, o_start, o_end)).split()
                )
            found = found or _leather_beside(nt, start, end)
        if found:
            matches[i] = (start, end, dye, confidence)


def _leather_beside(nt: NormalizedText, start: int, end: int) -> bool:
    """A leather word within three words of the colourant at folded ``[start, end)``, no comma or stop between."""
    text = nt.original
    o_start, o_end = nt.to_original(start, end)
    for found in _LEATHER.finditer(text, max(0, o_start - 30), min(len(text), o_end + 30)):
        between = text[o_end : found.start()] if found.start() >= o_end else text[found.end() : o_start]
        if len(between.split()) <= 3 and not _BREAK.search(between):
            return True
    return False
