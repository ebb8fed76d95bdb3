"""What the extraction rules share: the roles of concepts, per-concept metadata arrays (built
once per taxonomy), and the words between two hits of a note.

Hits are matcher tuples ``(start, end, concept index, confidence)`` in folded coordinates
(:data:`~lvmh_pipeline.lib.concepts.matcher.AliasMatch`); rules index the metadata tuples by
concept index instead of looking concepts up by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_arabic_char, is_dense_char
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy, alias_pattern, load_taxonomy

ALLERGY_PAIR_WORDS = 3  # "allergia nichel", "nut allergy", "Latex Allergie"

# Sentence ends separate an allergy word from an allergen; a colon introduces the list.
PAIR_BREAK = re.compile(r"[;!?\n。！？；]|(?<![0-9])\.")  # "2. mustard", "1.5": no break after a digit
# Words that join the items of a list of allergens ("moutarde, laine et latex").
LIST_WORDS = frozenset(
    "and or et ou und oder e o y i en of и или а та або と や 和 及 与 跟 或 와 과 랑 및 و وال او ولا".split()
)
# Besides those, a list repeats its preposition, article or negator before each item
# ("allergic to eggs and to mustard", "al apio y a la mostaza", "no mustard, no celery",
# "kein Latex und keine Wolle", "マスタード不可、セロリ", "겨자 X, 셀러리 X", "لا خردل، لا كرفس").
LIST_FILLERS = LIST_WORDS | frozenset(
    "to the a al au aux a la le les l los las el lo de del des du d di della delle dei degli alle alla ai agli "
    "ao aos as os da das do dos na nas nos zu gegen auf von voor van het een на к от ко "
    "no not nor kein keine keinen keiner ohne pas sans ni niente nessun nessuna senza sin nada nem sem geen "
    "zonder нет без не ни لا x ng 不可 不要 不吃 忌 禁止 なし ダメ だめ 없음 없이 금지 제외 "
    # "also", "especially", "like" ("to metals, especially chrome", "latex and also dogs")
    "also too aussi auch ook tambien anche tambem тоже также كمان وكمان ايضا وايضا "
    "especially notably particularly surtout notamment besonders vor allem especialmente sobre todo soprattutto "
    "particolare vooral особенно خاصة خصوصا like such as comme wie como zoals как مثل "
    # spoken hesitations ("voor latex, en eh voor honden")
    "eh uh um uhm euh heu ehm ah äh ahm hmm ну э ээ эээ اه امم "
    # "and then": "sensibile ai solfiti, e poi niente senape"
    "then puis dann luego depois dan poi потом затем ثم وبعدين".split()
)
# Hedges and hesitations between an allergy word and its allergen ("allergique, je crois, aux
# fruits de mer", "allergisch, glaube ich, gegen Nüsse", "аллергия, кажется, на орехи").
_HEDGES = frozenset(
    "i think believe guess apparently probably maybe perhaps possibly mostly especially je crois pense "
    "apparemment peut etre ich glaube glaub wohl vielleicht anscheinend credo penso forse pare sembra creo "
    "quizas quiza parece acho talvez parece ik denk geloof misschien blijkbaar кажется вроде наверное думаю "
    "видимо possibly eh uh um uhm euh heu ehm äh ahm hmm ну э ээ اظن يمكن احتمال".split()
)
# Leather named between an allergy word and the metal of its tanning ("allergique au cuir tanné
# au chrome", "allergia alla pelle conciata al cromo", "аллергия на кожу хромового дубления").
_TANNING = frozenset(
    fold(w) for w in (
        "leather leathers tanned tanning cuir cuirs tanne tannee tannes tannage leder gegerbt gegerbtes gegerbtem "
        "gegerbten pelle pelli conciata conciato conciate concia piel pieles cuero cueros curtido curtida curtidos "
        "couro couros curtimento leer gelooid кожа кожи кожу кожей дубления дубление дубленой"
    ).split()
)
_TRANSPARENT = _HEDGES | _TANNING  # words a licensing window does not count

REDACTED_ALLERGEN = -1.0  # confidence marking a redacted allergen ("allergic to [HEALTH]")
# Diet cues (never output): the diet each states when the client does without it, and when
# the client only limits it ("watches her sugar" is low_sugar, "eats meat now and then" is
# flexitarian; "limits alcohol" is no diet). A cue without a diet blocks a shorter one ("no red
# meat" is no vegetarian).
DIET_CUES: dict[str, tuple[str | None, str | None]] = {
    "alcohol_cue": ("no_alcohol", None),
    "pork_cue": ("no_pork", None),
    "sugar_cue": ("low_sugar", "low_sugar"),
    "carb_cue": ("low_carb", "low_carb"),
    "salt_cue": ("low_sodium", "low_sodium"),
    "meat_cue": ("vegetarian", "flexitarian"),
    "red_meat_cue": (None, None),
}
# Words that exclude a food ("no sugar", "sans sucre ajouté", "无糖", "ohne Kohlenhydrate") rather
# than reduce it ("cuts down on sugar"): an exclusion inside a keto note is no separate low-carb diet.
ABSOLUTE = re.compile(
    r"(?<!\w)(?:no|not|without|zero|never|sans|pas|jamais|zero|senza|niente|mai|sin|nada|nunca|sem|nem|kein|keine|"
    r"keinen|ohne|nie|geen|zonder|nooit|без|не|никакого|никаких|нельзя|interdit|interdite|verboten|vietato|vietati|"
    r"prohibido|prohibidos|proibido|proibidos|verboden)(?!\w)|(?<![a-z])ng(?![a-z])|无|無|不|没|抜き|不使用|なし|ない|禁止|무|안|않|못|금지|"
    r"(?<![\u0600-\u06ff])(?:بدون|بلا|لا|ما)(?![\u0600-\u06ff])"
)
# Allergens whose avoidance is the constraint whatever the note says around it: "gluten-free",
# "no dairy", "no nuts" (a diet that avoids shellfish, for gout, is no shellfish allergy).
FREE_FROM = frozenset({"gluten", "lactose", "peanut", "tree_nuts"})

# Occasions whose date is fixed: a month near them is about something else ("Rappeler
# novembre cadeaux Noël").
FIXED_DATE_OCCASIONS = frozenset({"christmas", "valentines_day", "new_year"})
FIXED_MONTHS = {"christmas": 12, "valentines_day": 2, "new_year": 1}  # with ``fixed_months=True``
# Days whose month depends on the country, in the languages where one month prevails (Mother's
# Day: May, but March in the Arab world, November in Russia; Father's Day: June, but 19 March in
# Spain and Italy). With ``fixed_months=True``, like FIXED_MONTHS.
LANGUAGE_MONTHS = {
    "mothers_day": {"FR": 5, "ES": 5, "IT": 5, "DE": 5, "NL": 5, "PT": 5, "JA": 5, "ZH": 5, "AR": 3, "RU": 11, "KO": 5},
    "fathers_day": {"FR": 6, "EN": 6, "NL": 6, "JA": 6, "ZH": 6, "ES": 3, "IT": 3, "KO": 5},  # KO: 어버이날, 8 May
}
# Holidays named by their date ("8 марта", "23 февраля", "14 février", "3月8日"): the date
# aliases are ``celebration`` aliases starting with "#"; the day decides the occasion, any
# other date is dropped (it is a month mention only).
DATE_HOLIDAYS: dict[tuple[int, int], str] = {
    (2, 14): "valentines_day",
    (12, 24): "christmas",
    (12, 25): "christmas",
    (12, 31): "new_year",
}

GENERIC_OCCASIONS = frozenset({"birthday", "celebration"})
# Occasions that come back each year: one said to be past ("Moederdag was vorige week") is not planned.
RECURRING_OCCASIONS = frozenset({
    "wedding_anniversary", "relationship_anniversary", "corporate_anniversary", "mothers_day", "fathers_day",
    "valentines_day", "christmas", "new_year", "lunar_new_year", "easter", "eid", "diwali", "hanukkah",
    "thanksgiving", "mid_autumn",
})  # give way to an overlapping occasion

SCREENED = frozenset({"christmas", "easter", "celebration", "promotion", "valentines_day", "new_year", "birthday", "birth",
                      "lunar_new_year"})

@dataclass(frozen=True)
class ConceptMeta:
    names: tuple[str, ...]
    categories: tuple[str, ...]
    info: tuple[tuple[str, str, str], ...]  # (name, bucket, category) per concept index
    allergy_unspecified: int
    fragrance_product: int
    fragrance_allergy: int
    next_month: int
    timed: tuple[bool, ...]  # occasions with a movable date, and next_month
    occasion: tuple[bool, ...]  # the occasion category, and next_month
    by_name: dict[str, int]
    generic: frozenset[int]  # birthday, celebration
    recurring: frozenset[int]  # RECURRING_OCCASIONS
    language_months: dict[str, tuple[int, ...]]  # per language, ``fixed_month`` with LANGUAGE_MONTHS added
    birthday: int
    celebration: int
    wedding_anniversary: int
    corporate_anniversary: int
    fixed_month: tuple[int, ...]  # the month of a fixed-date occasion, 0 for the others
    screened: frozenset[int]  # occasions whose words are checked (names, parties, sales, dates, ages)
    dated: frozenset[int]  # occasions a holiday date may name (celebration, valentines_day, ...)
    next_actions: frozenset[int]
    cues: frozenset[int]  # concepts matched but never output: allergy cues, diet cues
    licensors: frozenset[int]  # allergy cues and allergy_unspecified: they license ``?`` aliases


@lru_cache(maxsize=8)
def concept_meta(taxonomy: Taxonomy) -> ConceptMeta:
    names = taxonomy.names
    return ConceptMeta(
        names=names,
        categories=tuple(c.category for c in taxonomy.concepts),
        info=tuple((c.concept, c.bucket, c.category) for c in taxonomy.concepts),
        allergy_unspecified=names.index("allergy_unspecified"),
        fragrance_product=names.index("fragrance_product"),
        fragrance_allergy=names.index("fragrance"),
        next_month=names.index("next_month"),
        timed=tuple(
            (c.category == "occasion" and c.concept not in FIXED_DATE_OCCASIONS) or c.concept == "next_month"
            for c in taxonomy.concepts
        ),
        occasion=tuple(c.category == "occasion" or c.concept == "next_month" for c in taxonomy.concepts),
        by_name={name: i for i, name in enumerate(names)},
        generic=frozenset(names.index(n) for n in GENERIC_OCCASIONS if n in names),
        recurring=frozenset(names.index(n) for n in RECURRING_OCCASIONS if n in names),
        language_months=_language_months(taxonomy),
        birthday=names.index("birthday") if "birthday" in names else -1,
        celebration=names.index("celebration") if "celebration" in names else -1,
        wedding_anniversary=names.index("wedding_anniversary") if "wedding_anniversary" in names else -1,
        corporate_anniversary=names.index("corporate_anniversary") if "corporate_anniversary" in names else -1,
        screened=frozenset(names.index(n) for n in SCREENED if n in names),
        fixed_month=tuple(FIXED_MONTHS.get(c.concept, 0) if c.category == "occasion" else 0 for c in taxonomy.concepts),
        dated=frozenset(names.index(n) for n in {"celebration", *DATE_HOLIDAYS.values()} if n in names),
        next_actions=frozenset(i for i, c in enumerate(taxonomy.concepts) if c.category == "next_action"),
        cues=frozenset(i for i, c in enumerate(taxonomy.concepts) if c.matcher == "cue"),
        licensors=frozenset(
            i for i, c in enumerate(taxonomy.concepts) if c.matcher == "cue" and c.category == "allergy"
        )
        | {names.index("allergy_unspecified")},
    )


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    return load_taxonomy()


def gap_words(nt: NormalizedText, a: AliasMatch, b: AliasMatch) -> list[str] | None:
    """Folded words between two matches of one clause (None across a sentence end or when
    they overlap)."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    if hi < lo:
        return None
    o_lo, o_hi = nt.to_original(lo, hi) if hi > lo else (0, 0)
    if PAIR_BREAK.search(nt.original, o_lo, o_hi):
        return None
    return nt.folded[lo:hi].split()


def near(nt: NormalizedText, a: AliasMatch, b: AliasMatch, words: int = ALLERGY_PAIR_WORDS) -> bool:
    """Two matches in the same clause, at most ``words`` words apart ("allergia nichel",
    "allergic to sesame", "sensitive to wool")."""
    gap = gap_words(nt, a, b)
    return gap is not None and len(gap) <= words


def gap_length(gap: list[str]) -> int:
    """Length of a gap in words; JA/ZH/KO runs count a word per two characters ("ウールが
    チクチク": one word; a whole unspaced clause is not one word); hedges and hesitations do
    not count ("allergique, je crois, aux fruits de mer", "allergic to, uh, I think eggs")."""
    return sum(
        (len(w) + 1) // 2 if is_dense_char(w[0]) and not is_arabic_char(w[0]) else 0 if w in _TRANSPARENT else 1
        for w in gap
    )


def listed(gap: list[str]) -> bool:
    """Words between two items of a list of allergens: list words, repeated prepositions,
    articles and negators ("and to", "y a la", "no", "不可"), at most one other word before a
    coordinator ("tinture dei tessuti scuri e al cobalto", "sulfitos do vinho e ovo")."""
    if len(gap) > 4:
        return False
    other = [k for k, word in enumerate(gap) if word not in LIST_FILLERS]
    if not other:
        return len(gap) <= 3
    return len(other) == 1 and any(word in LIST_WORDS for word in gap[other[0] + 1 :])


@dataclass(frozen=True)
class AllergyMeta:
    allergen: tuple[bool, ...]  # allergy concepts other than allergy_unspecified and cues
    constraint: tuple[bool, ...]  # allergies and diets: a correction may take them back
    every: tuple[bool, ...]  # special-category allergens: every mention is a hit (each leaves the text)
    anchor: tuple[bool, ...]  # licensors and allergens
    words: re.Pattern[str]  # folded allergy words and cues ("allergie", "アレルギー", "sensible au")
    free_from: tuple[bool, ...]  # allergens whose mere avoidance is the constraint ("kein Gluten")
    diet_cue: tuple[int, ...]  # per concept: the diet a diet cue states when avoided ("alcohol"), else -1
    reduced_diet: tuple[int, ...]  # per concept: the diet a diet cue states when limited ("sugar"), else -1
    drinking: tuple[bool, ...]  # the alcohol cue ("doesn't drink coffee" is something else)
    absolute: re.Pattern[str]  # a diet alias that excludes rather than reduces ("no sugar", "无糖")
    anchors: frozenset[int] = frozenset()  # the concepts flagged in ``anchor`` / ``constraint`` / ``diet_cue``
    constraints: frozenset[int] = frozenset()
    diet_cues: frozenset[int] = frozenset()


@lru_cache(maxsize=8)
def allergy_meta(taxonomy: Taxonomy) -> AllergyMeta:
    meta = concept_meta(taxonomy)
    licensor = [i in meta.licensors for i in range(len(meta.names))]
    allergy = [c.category == "allergy" for c in taxonomy.concepts]
    words = set()
    for i in meta.licensors:
        for aliases in taxonomy.concepts[i].aliases.values():
            for alias in aliases:
                pattern = alias_pattern(alias)
                words.update(k for k in pattern.keys if len(k) >= (2 if pattern.dense else 4))
    constraint = tuple(c.category in ("allergy", "diet") and c.matcher != "cue" for c in taxonomy.concepts)
    anchor = tuple(a or lic for a, lic in zip(allergy, licensor, strict=True))
    diet_cue = tuple(
        meta.by_name.get(DIET_CUES[c.concept][0] or "", -1) if c.concept in DIET_CUES else -1 for c in taxonomy.concepts
    )
    return AllergyMeta(
        allergen=tuple(a and not lic for a, lic in zip(allergy, licensor, strict=True)),
        constraint=constraint,
        every=tuple(bool(c.special_category) and c.category == "allergy" for c in taxonomy.concepts),
        anchor=anchor,
        words=re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))),
        free_from=tuple(c.concept in FREE_FROM for c in taxonomy.concepts),
        diet_cue=diet_cue,
        reduced_diet=tuple(
            meta.by_name.get(DIET_CUES[c.concept][1] or "", -1) if c.concept in DIET_CUES else -1
            for c in taxonomy.concepts
        ),
        drinking=tuple(c.concept == "alcohol_cue" for c in taxonomy.concepts),
        absolute=ABSOLUTE,
        anchors=frozenset(i for i, flag in enumerate(anchor) if flag),
        constraints=frozenset(i for i, flag in enumerate(constraint) if flag),
        diet_cues=frozenset(i for i, cue in enumerate(diet_cue) if cue >= 0),
    )


def clause_of(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``[start, end)``."""
    lo = max((m.end() for m in PAIR_BREAK.finditer(text, max(0, start - 80), start)), default=max(0, start - 80))
    stop = PAIR_BREAK.search(text, end)
    return text[lo : stop.start() if stop else min(len(text), end + 80)]


def _language_months(taxonomy: Taxonomy) -> dict[str, tuple[int, ...]]:
    names = taxonomy.names
    base = [FIXED_MONTHS.get(c.concept, 0) if c.category == "occasion" else 0 for c in taxonomy.concepts]
    out: dict[str, list[int]] = {}
    for concept, months in LANGUAGE_MONTHS.items():
        if concept in names:
            for language, month in months.items():
                out.setdefault(language, list(base))[names.index(concept)] = month
    return {language: tuple(months) for language, months in out.items()}
