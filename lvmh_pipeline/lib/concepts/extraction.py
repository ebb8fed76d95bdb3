"""Concept extraction from advisor notes: dictionary hits, negation, occasion months, budgets.

``extract(text, language)`` returns :class:`ConceptHit` objects whose ``evidence`` is always
``text[start:end]``; ``extract_note_concepts(notes)`` turns a notes frame into the
``note_concepts`` table (exactly :data:`NOTE_CONCEPTS_COLUMNS`).
"""

from __future__ import annotations

import gc
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.concepts.budget import Budget, find_budget
from lvmh_pipeline.lib.concepts.matcher import AliasMatch, get_matcher
from lvmh_pipeline.lib.concepts.months import MonthMention, attach_months, date_of, find_months, next_month_of
from lvmh_pipeline.lib.concepts.negation import (
    ABSTAINED, NOT_A_DIET, abstention_flags, correction_flags, negation_flags, post_denied, soft_drink_after,
)
from lvmh_pipeline.lib.common.schemas import NOTE_CONCEPTS_COLUMNS, conform
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy, alias_pattern, load_taxonomy
from lvmh_pipeline.lib.common.text import (
    NormalizedText, fold, is_arabic_char, is_dense_char, normalize, same_clause, to_folded,
)

__all__ = ["ConceptHit", "extract", "extract_note_concepts"]

KEYWORD_BUDGET_CONFIDENCE = 0.95
CURRENCY_ONLY_BUDGET_CONFIDENCE = 0.8
FLEXIBLE_CONFIDENCE = 0.9
_ALLERGY_PAIR_WORDS = 3  # "allergia nichel", "nut allergy", "Latex Allergie"
_COMMA = re.compile(r"[,、，،]")
# Korean particles glued to a noun ("계란에", "울은", "고양이랑"): the allergen word ends there.
_KO_PARTICLES = frozenset("은는이가을를에도만과와랑로의류나며")
# Sentence ends separate an allergy word from an allergen; a colon introduces the list.
_PAIR_BREAK = re.compile(r"[.;!?\n。！？；]")
# Words that join the items of a list of allergens ("moutarde, laine et latex").
_LIST_WORDS = frozenset(
    "and or et ou und oder e o y i en of и или а та або と や 和 及 与 跟 或 와 과 랑 및 و وال او ولا".split()
)
# Besides those, a list repeats its preposition, article or negator before each item
# ("allergic to eggs and to mustard", "al apio y a la mostaza", "no mustard, no celery",
# "kein Latex und keine Wolle", "マスタード不可、セロリ", "겨자 X, 셀러리 X", "لا خردل، لا كرفس").
_LIST_FILLERS = _LIST_WORDS | frozenset(
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
_PLACEHOLDER = -1.0  # confidence marking a redacted allergen ("allergic to [HEALTH]")
# Diet cues (never output): the diet each states when the client does without it, and when
# the client only limits it ("watches her sugar" is low_sugar, "eats meat now and then" is
# flexitarian; "limits alcohol" is no diet). A cue without a diet blocks a shorter one ("no red
# meat" is no vegetarian).
_DIET_CUES: dict[str, tuple[str | None, str | None]] = {
    "alcohol_cue": ("no_alcohol", None),
    "pork_cue": ("no_pork", None),
    "sugar_cue": ("low_sugar", "low_sugar"),
    "carb_cue": ("low_carb", "low_carb"),
    "meat_cue": ("vegetarian", "flexitarian"),
    "red_meat_cue": (None, None),
}
# Diets stated by doing without something: an avoided cue listed after one shares its
# avoidance ("no pork or alcohol", "kein Schweinefleisch und Alkohol").
_AVOIDANCE_DIETS = frozenset({"no_alcohol", "no_pork", "low_sugar", "low_carb"})
# A low-sugar phrase that excludes sugar ("no sugar", "sans sucre ajouté", "无糖") next to a
# diabetes mention is the diabetic diet; one that reduces it ("cuts down on sugar") is low_sugar.
_ABSOLUTE = re.compile(
    r"(?<!\w)(?:no|not|without|zero|never|sans|pas|jamais|zero|senza|niente|mai|sin|nada|nunca|sem|nem|kein|keine|"
    r"keinen|ohne|nie|geen|zonder|nooit|без|не|никакого|никаких|нельзя|interdit|interdite|verboten|vietato|vietati|"
    r"prohibido|prohibidos|proibido|proibidos|verboden)(?!\w)|(?<![a-z])ng(?![a-z])|无|無|不|没|抜き|不使用|なし|ない|禁止|무|안|않|못|금지|"
    r"(?<![\u0600-\u06ff])(?:بدون|بلا|لا|ما)(?![\u0600-\u06ff])"
)
# Allergens whose avoidance is the constraint whatever the note says around it: "gluten-free",
# "no dairy", "no nuts" (a diet that avoids shellfish, for gout, is no shellfish allergy).
_FREE_FROM = frozenset({"gluten", "lactose", "peanut", "tree_nuts"})
# Occasions whose date is fixed: a month near them is about something else ("Rappeler
# novembre cadeaux Noël").
_FIXED_DATE_OCCASIONS = frozenset({"christmas", "valentines_day", "new_year"})
_FIXED_MONTHS = {"christmas": 12, "valentines_day": 2, "new_year": 1}  # with ``fixed_months=True``
# Holidays named by their date ("8 марта", "23 февраля", "14 février", "3月8日"): the date
# aliases are ``celebration`` aliases starting with "#"; the day decides the occasion, any
# other date is dropped (it is a month mention only).
_DATE_HOLIDAYS: dict[tuple[int, int], str] = {
    (2, 14): "valentines_day",
    (12, 24): "christmas",
    (12, 25): "christmas",
    (12, 31): "new_year",
}
# Dates that name a holiday only in some markets ("8 марта", "8 marzo", "3月8日": Women's Day;
# "23 февраля": Defender of the Fatherland Day); elsewhere "le 8 mars" is just a date.
_MARKET_DATE_HOLIDAYS: dict[str, dict[tuple[int, int], str]] = {
    "RU": {(3, 8): "celebration", (2, 23): "celebration"},
    "IT": {(3, 8): "celebration"},
    "ZH": {(3, 8): "celebration"},
}
# Occasion words that are also names ("Jean-Noël", "Giuseppe Natale", "Signor Pasqua") or,
# lowercase, adjectives ("cidade natal", "paese natale": home town).
_NAME_LIKE = frozenset({"noel", "natale", "natal", "pasqua", "pascua"})
_NAME_ADJECTIVES = frozenset({"natale", "natal"})
_FESTIVE_BEFORE = frozenset("joyeux joyeuses pere papa buon babbo feliz santo sainte merry".split())
_PREPOSITIONS = frozenset(
    "de di del della dello du des pour per para por a au aux em no na do da for at of the il le la el o "
    "dopo apres avant prima antes depois before after until fino jusqu hasta ate d l this next".split()
)
# "party" the political organisation, not a celebration ("Labour Party", "party member").
_PARTY_WORDS = frozenset({"party", "parties"})
_POLITICAL_BEFORE = frozenset(
    "political labour labor conservative democratic republican green liberal socialist communist ruling "
    "opposition third tory workers national libertarian reform centre center populist nationalist".split()
)
_POLITICAL_AFTER = frozenset(
    "member members leader leaders leadership politics official officials line congress conference whip "
    "membership donor donors affiliation candidate candidates chairman secretary".split()
)
# "promotion" the sale, not the career step ("en promotion", "les promotions", "-20%").
_SALE_WORDS = frozenset(
    {"promotion", "promotions", "promozione", "promozioni", "promocion", "promociones", "promocao", "promocoes"}
)
_SALE_BEFORE = frozenset("en on in em na no sous under les des aux delle las los nas nos any some".split())
_SALE_AFTER = frozenset(
    "code codes sale sales price prices prix offer offers offre offres speciale special especial sconto rabais "
    "discount discounts".split()
)
_SALE_PLURALS = frozenset({"promotions", "promozioni", "promociones", "promocoes"})
_POSSESSIVES = frozenset("her his their ses leurs sa son suoi sue sus suas seus".split())
_PERCENT_AFTER = re.compile(r"\s*[-–]?\s*\d+\s*%")
_GENERIC_OCCASIONS = frozenset({"birthday", "celebration"})  # give way to an overlapping occasion
_DENSE_NOTE_LANGUAGES = frozenset({"JA", "ZH", "KO"})
# A bare anniversary word: the wedding anniversary, unless the note is about a company's.
_BARE_ANNIVERSARIES = frozenset(
    {"anniversary", "anniversario", "aniversario", "jahrestag", "jubilaum", "годовщина", "годовщину", "годовщины",
     "記念日", "기념일", "纪念日"}
)
_SCREENED = frozenset({"christmas", "easter", "celebration", "promotion", "valentines_day", "new_year", "birthday"})
# Units after a number that make "wird 2 …" / "turns 3 …" something else than an age.
_UNITS = frozenset(
    "wochen woche tage tag stunden monate monat stuck stucke euro eur chf prozent minuten uhr mal "
    "weeks week days day hours months month percent minutes times pieces items o clock "
    "semaines jours heures fois pieces settimane giorni ore mesi volte pezzi semanas dias horas meses veces "
    "piezas weken dagen uur maanden keer stuks недель недели дней дня часов месяцев месяца раз штук k".split()
)


class ConceptHit(NamedTuple):
    """One concept found in a note; ``evidence == text[start:end]``."""

    concept: str
    bucket: str
    category: str
    evidence: str
    start: int
    end: int
    method: str = "alias"
    negated: bool = False
    confidence: float = 1.0
    month: int | None = None
    value_min: float = math.nan
    value_max: float = math.nan


@dataclass(frozen=True)
class _Meta:
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
def _meta(taxonomy: Taxonomy) -> _Meta:
    names = taxonomy.names
    return _Meta(
        names=names,
        categories=tuple(c.category for c in taxonomy.concepts),
        info=tuple((c.concept, c.bucket, c.category) for c in taxonomy.concepts),
        allergy_unspecified=names.index("allergy_unspecified"),
        fragrance_product=names.index("fragrance_product"),
        fragrance_allergy=names.index("fragrance"),
        next_month=names.index("next_month"),
        timed=tuple(
            (c.category == "occasion" and c.concept not in _FIXED_DATE_OCCASIONS) or c.concept == "next_month"
            for c in taxonomy.concepts
        ),
        occasion=tuple(c.category == "occasion" or c.concept == "next_month" for c in taxonomy.concepts),
        by_name={name: i for i, name in enumerate(names)},
        generic=frozenset(names.index(n) for n in _GENERIC_OCCASIONS if n in names),
        birthday=names.index("birthday") if "birthday" in names else -1,
        celebration=names.index("celebration") if "celebration" in names else -1,
        wedding_anniversary=names.index("wedding_anniversary") if "wedding_anniversary" in names else -1,
        corporate_anniversary=names.index("corporate_anniversary") if "corporate_anniversary" in names else -1,
        screened=frozenset(names.index(n) for n in _SCREENED if n in names),
        fixed_month=tuple(_FIXED_MONTHS.get(c.concept, 0) if c.category == "occasion" else 0 for c in taxonomy.concepts),
        dated=frozenset(names.index(n) for n in {"celebration", *_DATE_HOLIDAYS.values()} if n in names),
        next_actions=frozenset(i for i, c in enumerate(taxonomy.concepts) if c.category == "next_action"),
        cues=frozenset(i for i, c in enumerate(taxonomy.concepts) if c.matcher == "cue"),
        licensors=frozenset(
            i for i, c in enumerate(taxonomy.concepts) if c.matcher == "cue" and c.category == "allergy"
        )
        | {names.index("allergy_unspecified")},
    )


@lru_cache(maxsize=1)
def _default_taxonomy() -> Taxonomy:
    return load_taxonomy()


def _note_month(note_date: object) -> int | None:
    if isinstance(note_date, (date, datetime, pd.Timestamp)):
        return note_date.month
    if isinstance(note_date, str) and len(note_date) >= 7 and note_date[4] == "-":
        try:
            month = int(note_date[5:7])
        except ValueError:
            return None
        return month if 1 <= month <= 12 else None
    return None


def _gap(nt: NormalizedText, a: AliasMatch, b: AliasMatch) -> list[str] | None:
    """Folded words between two matches of one clause (None across a sentence end or when
    they overlap)."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    if hi < lo:
        return None
    o_lo, o_hi = nt.to_original(lo, hi) if hi > lo else (0, 0)
    if _PAIR_BREAK.search(nt.original, o_lo, o_hi):
        return None
    return nt.folded[lo:hi].split()


def _near(nt: NormalizedText, a: AliasMatch, b: AliasMatch, words: int = _ALLERGY_PAIR_WORDS) -> bool:
    """Two matches in the same clause, at most ``words`` words apart ("allergia nichel",
    "allergic to sesame", "sensitive to wool")."""
    gap = _gap(nt, a, b)
    return gap is not None and len(gap) <= words


def _words(gap: list[str]) -> int:
    """Length of a gap in words; JA/ZH/KO runs count a word per two characters ("ウールが
    チクチク": one word; a whole unspaced clause is not one word); hedges and hesitations do
    not count ("allergique, je crois, aux fruits de mer", "allergic to, uh, I think eggs")."""
    return sum(
        (len(w) + 1) // 2 if is_dense_char(w[0]) and not is_arabic_char(w[0]) else 0 if w in _TRANSPARENT else 1
        for w in gap
    )


def _listed(gap: list[str]) -> bool:
    """Words between two items of a list of allergens: list words, repeated prepositions,
    articles and negators ("and to", "y a la", "no", "不可"), at most one other word before a
    coordinator ("tinture dei tessuti scuri e al cobalto", "sulfitos do vinho e ovo")."""
    if len(gap) > 4:
        return False
    other = [k for k, word in enumerate(gap) if word not in _LIST_FILLERS]
    if not other:
        return len(gap) <= 3
    return len(other) == 1 and any(word in _LIST_WORDS for word in gap[other[0] + 1 :])


def _with_licensed(
    nt: NormalizedText, matches: list[AliasMatch], licensed: list[AliasMatch], meta: _Meta,
    repeats: set[tuple[int, int]] | None = None,
) -> list[AliasMatch]:
    """``matches`` plus the ``?`` aliases an allergy cue licenses ("?mustard" in "allergic to
    mustard", not in "mustard yellow"): right after a cue (two words at most: "allergic to",
    "allergie aux"), right before one ("mustard allergy", "Wolle: Allergie") or in a list with
    an allergen just licensed or found ("allergic to eggs and to mustard", "no mustard, no
    celery"). Such a hit replaces a plain match it overlaps ("laine" the material becomes the
    wool allergen), unless that match is longer and holds it ("corantes têxteis" stays the
    textile dye, not the "?corantes" food colouring)."""
    anchors = [m for m in matches if m[2] in meta.licensors or meta.categories[m[2]] == "allergy"]
    stated = {m[2] for m in anchors}  # allergens the note states: their other mentions are too
    kept: list[AliasMatch] = []
    later: list[AliasMatch] = []
    folded = nt.folded
    for hit in sorted(licensed):
        after = folded[hit[1] : hit[1] + 1]
        if after and "\uac00" <= after <= "\ud7a3" and after not in _KO_PARTICLES:
            continue  # a Korean word goes on: "계란빵" is egg bread, "계란에" the allergen
        if any(
            (m[0] <= hit[0] and hit[1] <= m[1] and m[1] - m[0] > hit[1] - hit[0])
            or (m[2] == hit[2] and m[0] < hit[1] and hit[0] < m[1])  # the same allergen, already read
            for m in matches
        ):
            continue
        later.append(hit)
        for anchor in anchors + kept:
            gap = _gap(nt, anchor, hit)
            if gap is None:
                continue
            if anchor[2] in meta.licensors:
                # before a cue, a few words: "Messing an Schnallen verursacht Ausschlag"
                # (JA/ZH/KO put a noun between: "크롬 무두질 가죽에 알레르기", "铬鞣皮革过敏")
                before = (2 if gap and is_dense_char(gap[-1][0]) else 1) if anchor[2] == meta.allergy_unspecified else 3
                licensed_here = _words(gap) <= (2 if anchor[1] <= hit[0] else before)
                if licensed_here and anchor[2] != meta.allergy_unspecified and anchor[1] <= hit[0]:
                    # a cue has its object before a comma: "価格に敏感、ウール", "sensible au prix, la laine"
                    o_lo, o_hi = nt.to_original(anchor[1], hit[0])
                    licensed_here = _COMMA.search(nt.original, o_lo, o_hi) is None
            else:  # a list of allergens: "mustard, wool and latex", "eggs and to mustard"
                licensed_here = _listed(gap)
            if licensed_here:
                kept.append(hit)
                stated.add(hit[2])
                later.pop()
                break
    if later:  # another mention of a stated allergen: "allergique au chrome (cuir tanné au chrome !)"
        again = [hit for hit in later if hit[2] in stated]
        if again:
            if repeats is not None:
                repeats.update((hit[0], hit[1]) for hit in again)
            kept = sorted(kept + again)
    if not kept:
        return matches
    plain = [m for m in matches if not any(m[0] < k[1] and k[0] < m[1] for k in kept)]
    return sorted(plain + kept)


@dataclass(frozen=True)
class _AllergyMeta:
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


@lru_cache(maxsize=8)
def _allergy_meta(taxonomy: Taxonomy) -> _AllergyMeta:
    meta = _meta(taxonomy)
    licensor = [i in meta.licensors for i in range(len(meta.names))]
    allergy = [c.category == "allergy" for c in taxonomy.concepts]
    words = set()
    for i in meta.licensors:
        for aliases in taxonomy.concepts[i].aliases.values():
            for alias in aliases:
                pattern = alias_pattern(alias)
                words.update(k for k in pattern.keys if len(k) >= (2 if pattern.dense else 4))
    return _AllergyMeta(
        allergen=tuple(a and not lic for a, lic in zip(allergy, licensor, strict=True)),
        constraint=tuple(c.category in ("allergy", "diet") and c.matcher != "cue" for c in taxonomy.concepts),
        every=tuple(bool(c.special_category) and c.category == "allergy" for c in taxonomy.concepts),
        anchor=tuple(a or lic for a, lic in zip(allergy, licensor, strict=True)),
        words=re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))),
        free_from=tuple(c.concept in _FREE_FROM for c in taxonomy.concepts),
        diet_cue=tuple(
            meta.by_name.get(_DIET_CUES[c.concept][0] or "", -1) if c.concept in _DIET_CUES else -1
            for c in taxonomy.concepts
        ),
        reduced_diet=tuple(
            meta.by_name.get(_DIET_CUES[c.concept][1] or "", -1) if c.concept in _DIET_CUES else -1
            for c in taxonomy.concepts
        ),
        drinking=tuple(c.concept == "alcohol_cue" for c in taxonomy.concepts),
        absolute=_ABSOLUTE,
    )


def _with_placeholders(
    nt: NormalizedText, matches: list[AliasMatch], protected: Sequence[ConceptHit], meta: _Meta
) -> list[AliasMatch]:
    """``matches`` plus the allergens pseudonymization redacted ("allergic to [HEALTH]"), as
    matches on their placeholders (confidence :data:`_PLACEHOLDER`, never output: the
    protected concepts give those rows). They pair with the allergy word left next to them and
    anchor lists ("allergic to [HEALTH] and mustard")."""
    spans = []
    for hit in protected:
        concept = meta.by_name.get(hit.concept)
        if concept is None or meta.categories[concept] != "allergy":
            continue
        start, end = to_folded(nt, hit.start), to_folded(nt, hit.end)
        if end > start:
            spans.append((start, end, concept, _PLACEHOLDER))
    if not spans:
        return matches
    kept = [m for m in matches if not any(m[0] < s[1] and s[0] < m[1] for s in spans)]
    return sorted(kept + spans)


# Negators that deny rather than avoid: "allergic to fish, not shellfish", "nicht Nüsse".
_DENIERS = frozenset("not nicht niet nao non не ليس ليست مش".split())


def _denied(folded: str, start: int) -> bool:
    """The word before ``start`` (folded text), prepositions and articles skipped, denies
    ("not shellfish", "not to nuts"; not "não come amendoim", where it negates the verb)."""
    for word in reversed(folded[max(0, start - 30) : start].split()):
        if word in _DENIERS:
            return True
        if word not in _LIST_FILLERS:
            return False
    return False


def _pair_allergies(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: _Meta,
    language: str | None = None, allergy: _AllergyMeta | None = None, repeats: frozenset[tuple[int, int]] = frozenset(),
    absolute: frozenset[int] = frozenset(), diabetes: bool = False,
) -> set[int]:
    """Settle the allergies and diets of a note; returns the matches not to output.

    - A correction takes a constraint back ("Nickel allergy not confirmed", "peanuts are
      fine", "乳糖不耐受是搞错了"; :func:`correction_flags`).
    - An allergen after a plain negator is avoided, not denied, in a note that speaks of
      allergies ("no mustard, no celery", "kein Gluten … Unverträglichkeit", "マスタード不可")
      and always for free-from foods ("ما تاكل غلوتين"); "no shellfish" in a gout diet stays
      negated. An allergy word denies: its own ("keine Nickelallergie") or one next to it ("not
      allergic to wool"), as does a contrast ("allergic to fish, not shellfish").
    - A generic allergy word or cue next to an allergen ("allergia nichel", "allergic to
      sesame", "reagiert auf Pollen", "allergic to [HEALTH]") is not a separate
      ``allergy_unspecified``: drop it and pass its negation to the allergen. A perfume next to
      an allergy word ("Allergie starke Parfums") is the fragrance allergen, not a product
      interest (``matches`` is updated in place). Farther away in the same sentence, an
      allergy word still refers to the allergen named there ("kein Gluten, nur so eine
      Unverträglichkeit").
    - Another mention of a stated allergen (``repeats``: "pas allergique à la laine … la
      laine lui va") shares the statement's negation.
    - An allergy word that only asks ("asked about allergies: none") goes when the note
      denies allergies and names no allergen.
    - Redacted allergens (placeholders) are never output.
    """
    allergy = allergy or _allergy_meta(_default_taxonomy())
    constraint, allergen = allergy.constraint, allergy.allergen
    eligible = [constraint[m[2]] and m[3] != _PLACEHOLDER for m in matches]
    corrected = correction_flags(nt, matches, language, eligible)
    folded = nt.folded
    _textile_dyes(nt, matches, meta)
    for i, m in enumerate(matches):  # "früher Vegetarier", "ex-vegan", "used to be allergic to cats"
        if constraint[m[2]] and not negated[i] and _formerly(folded, m[0]):
            negated[i] = True
    diabetic = meta.by_name.get("diabetic", -1)
    for i, m in enumerate(matches):  # "diabetes research", "clinique du diabète": a topic, not a diet
        if m[2] == diabetic and _diabetes_topic(folded, m[0], m[1]):
            negated[i] = True
    for i in range(1, len(matches)):  # "no food allergies", "no known drug intolerances": the head noun
        if matches[i][2] == meta.allergy_unspecified and negated[i - 1] and not negated[i]:
            if matches[i - 1][1] <= matches[i][0] and not folded[matches[i - 1][1] : matches[i][0]].strip():
                negated[i] = True
    words = allergy.words
    announced: bool | None = None  # the note speaks of allergies (computed when needed)
    for i, (start, end, concept, confidence) in enumerate(matches):
        if confidence == _PLACEHOLDER:
            continue
        if (
            negated[i] and allergen[concept] and not words.search(folded, start, end) and not _denied(folded, start)
            and not post_denied(nt, matches, i, language)
        ):
            if announced is None:  # an allergy word or cue, alone or in an allergen's alias
                announced = any(
                    m[2] in meta.licensors or (allergen[m[2]] and words.search(folded, m[0], m[1])) for m in matches
                )
            if announced or allergy.free_from[concept]:
                negated[i] = False  # "no mustard": avoided
        if corrected[i]:
            negated[i] = True
    dropped: set[int] = set()
    no_alcohol, sulfites = meta.by_name.get("no_alcohol", -1), meta.by_name.get("sulfites", -1)
    diabetic, low_sugar = meta.by_name.get("diabetic", -1), meta.by_name.get("low_sugar", -1)
    for d, d_match in enumerate(matches):
        if d_match[2] == no_alcohol:
            if soft_drink_after(nt, d_match[1]):
                dropped.add(d)  # "doesn't drink coffee after 5pm", "ne boit pas de café"
            for s_match in matches:
                if s_match[2] == sulfites and _near(nt, d_match, s_match, 4):
                    dropped.add(d)  # "no bebe vino por los sulfitos": the sulfites, not a diet
    _vegetarian_variants(nt, matches, negated, meta, absolute, dropped)
    sugar = [i for i, m in enumerate(matches) if m[2] == low_sugar and not negated[i]]
    keto = meta.by_name.get("keto", -1)
    if sugar and any(m[2] == keto and not negated[i] for i, m in enumerate(matches)):
        dropped.update(sugar)  # "ketogen, keine Süßigkeiten anbieten": the keto diet excludes sugar
        sugar = []
    if sugar and (diabetes or any(m[2] == diabetic and not negated[i] for i, m in enumerate(matches))):
        if all(i in absolute or allergy.absolute.search(folded[matches[i][0] : matches[i][1]]) for i in sugar):
            dropped.update(sugar)  # "diabetic, no sugar at events": the diabetic diet
        else:  # "diabète, peu de sucre": the diet stated is low_sugar
            dropped.update(i for i, m in enumerate(matches) if m[2] == diabetic)
    for u, u_match in enumerate(matches):
        if u_match[2] not in meta.licensors:
            continue
        for a, a_match in enumerate(matches):
            a_start, a_end, a_concept, confidence = a_match
            perfume = a_concept == meta.fragrance_product
            if a == u or a_concept in meta.licensors or not (perfume or meta.categories[a_concept] == "allergy"):
                continue
            if not _near(nt, u_match, a_match):
                continue
            dropped.add(u)
            negated[a] = negated[a] or negated[u]
            if perfume:
                matches[a] = (a_start, a_end, meta.fragrance_allergy, confidence)
    if repeats:
        again = [i for i, m in enumerate(matches) if (m[0], m[1]) in repeats]
        for concept in {matches[i][2] for i in again}:
            stated = [i for i, m in enumerate(matches) if m[2] == concept and (m[0], m[1]) not in repeats]
            if stated and all(negated[i] for i in stated):
                for i in again:
                    if matches[i][2] == concept:
                        negated[i] = True
    generic = meta.allergy_unspecified
    named = [i for i, m in enumerate(matches) if allergen[m[2]] and not negated[i] and i not in dropped]
    denied = False
    for i, m in enumerate(matches):
        if m[2] != generic:
            continue
        if negated[i]:
            denied = True
        elif i not in dropped and named and (
            any(_gap(nt, m, matches[a]) is not None for a in named)
            or (any(_stated(nt, matches, a, meta, words) for a in named) and not _unknown_allergen(nt, m))
        ):
            # "sie isst kein Gluten, also keine Zöliakie, nur so eine Unverträglichkeit"; "Severe
            # allergy: peanuts. Carries an EpiPen." (the allergy the note names)
            dropped.add(i)
    if denied and not named:
        last = max(i for i, m in enumerate(matches) if m[2] == generic and negated[i])
        for i in range(last):
            if matches[i][2] == generic and not negated[i] and _gap(nt, matches[i], matches[last]) is not None:
                dropped.add(i)  # "asked about allergies, she has none"
    dropped.update(i for i, m in enumerate(matches) if m[3] == _PLACEHOLDER)
    return dropped


def _stated(nt: NormalizedText, matches: list[AliasMatch], a: int, meta: _Meta, words: re.Pattern[str]) -> bool:
    """An allergen the note states as an allergy: its alias holds an allergy word ("Nussallergie")
    or an allergy word or cue shares its sentence ("Allergies: peanuts"), not a bare product
    word elsewhere ("Cuir nickel mat")."""
    start, end = matches[a][0], matches[a][1]
    if matches[a][3] == _PLACEHOLDER or words.search(nt.folded, start, end):
        return True
    return any(m[2] in meta.licensors and _gap(nt, m, matches[a]) is not None for m in matches)


# Fish and seafood eaten by a vegetarian make a pescatarian ("no meat but eats fish", "해산물은
#드시는데 고기는 안 드심", "نباتي بس ياكل سمك").
_FISH_WORDS = frozenset(
    fold(w) for w in (
        "fish seafood poisson poissons fisch meeresfruchte pesce pescado marisco mariscos peixe peixes vis "
        "zeevruchten рыбу рыба рыбы морепродукты سمك السمك الاسماك اسماك"
    ).split()
)
_DENSE_FISH_WORDS = ("魚", "シーフード", "생선", "해산물", "鱼", "海鲜", "海鮮")
_FISH_NEGATORS = frozenset(
    fold(w) for w in "no not nor without never pas sans ni jamais kein keine keinen ohne nicht nie non senza niente "
    "né sin nada nunca sem nem nao não geen niet nooit не без ни لا ما بدون ولا".split()
)
_DENSE_FISH_NEGATED = re.compile(r"^.{0,4}?(?:안\s?[드먹]|못|않|없|ない|ません|不|没)")


def _eats_fish(nt: NormalizedText, match: AliasMatch) -> bool:
    """A fish or seafood word, not negated, in the sentence of ``match``."""
    o_start, o_end = nt.to_original(match[0], match[1])
    clause = _clause(nt.original, o_start, o_end)
    words = fold(clause).split()
    for k, word in enumerate(words):
        if word in _FISH_WORDS and not _FISH_NEGATORS.intersection(words[max(0, k - 2) : k]):
            return True
    for fish in _DENSE_FISH_WORDS:
        at = clause.find(fish)
        if at >= 0 and not _DENSE_FISH_NEGATED.match(clause, at + len(fish)) and not (at and clause[at - 1] in "不没"):
            return True
    return False


def _vegetarian_variants(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: _Meta, absolute: frozenset[int],
    dropped: set[int],
) -> None:
    """A vegetarian who eats fish is a pescatarian (relabelled in place); a meatless diet read
    from "no meat" is part of a vegan, pescatarian or flexitarian diet the note states
    ("Pescetariano, niente carne")."""
    vegetarian = meta.by_name.get("vegetarian", -1)
    if not any(m[2] == vegetarian for m in matches):
        return
    pescatarian = meta.by_name["pescatarian"]
    stricter = {meta.by_name.get(n, -1) for n in ("vegan", "pescatarian", "flexitarian")}
    other = any(m[2] in stricter and not negated[i] for i, m in enumerate(matches))
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept != vegetarian or negated[i]:
            continue
        if other and i in absolute:
            dropped.add(i)
        elif _eats_fish(nt, matches[i]):
            matches[i] = (start, end, pescatarian, confidence)


# Words of clothing and fabric: a colourant next to them is a textile dye, not a food colouring
# ("colorants des vêtements", "Farbstoffe in Kleidung", "красители в одежде", "衣服的色素").
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
_DENSE_TEXTILE_WORDS = ("衣類", "衣服", "服", "生地", "布", "繊維", "옷", "원단", "섬유", "의류", "面料", "布料", "衣物", "纺织")
_TEXTILE_REACH = 4  # words (characters: twice as many) between a colourant and a fabric word


def _textile_dyes(nt: NormalizedText, matches: list[AliasMatch], meta: _Meta) -> None:
    """Relabel, in place, a food colouring named next to clothes or fabric as a textile dye."""
    colouring = meta.by_name.get("food_colouring", -1)
    if not any(m[2] == colouring for m in matches):
        return
    dye = meta.by_name["textile_dye"]
    folded, original = nt.folded, nt.original
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept != colouring:
            continue
        if is_dense_char(folded[start]) and not is_arabic_char(folded[start]):
            lo, hi = max(0, start - 2 * _TEXTILE_REACH), min(len(folded), end + 2 * _TEXTILE_REACH)
            around = [folded[lo:start], folded[end:hi]]
            found = any(w in part for part in around for w in _DENSE_TEXTILE_WORDS)
        else:
            before = folded[max(0, start - 60) : start].split()[-_TEXTILE_REACH:]
            after = folded[end : end + 60].split()[:_TEXTILE_REACH]
            found = bool(_TEXTILE_WORDS.intersection(before + after))
            if found:  # the fabric word must be in the same clause
                o_start, o_end = nt.to_original(start, end)
                window = original[max(0, o_start - 60) : min(len(original), o_end + 60)]
                found = not _PAIR_BREAK.search(window) or any(
                    w in _TEXTILE_WORDS for w in fold(_clause(original, o_start, o_end)).split()
                )
        if found:
            matches[i] = (start, end, dye, confidence)


def _clause(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``[start, end)``."""
    lo = max((m.end() for m in _PAIR_BREAK.finditer(text, max(0, start - 80), start)), default=max(0, start - 80))
    stop = _PAIR_BREAK.search(text, end)
    return text[lo : stop.start() if stop else min(len(text), end + 80)]


# Words saying the allergen is not known ("some allergy, doesn't remember to what", "何かの
# アレルギー"): such an allergy word stays an unspecified allergy next to a named allergen.
_UNKNOWN_WORDS = frozenset(
    fold(w) for w in (
        "some something unknown unsure sure unspecified remember recall specify specified "
        "quelque chose certaine inconnue inconnu précisé précisée préciser sait souvient "
        "irgendeine irgendeiner irgendwas irgendetwas unbekannt weiss erinnert genau "
        "qualche qualcosa ricorda precisata precisato sa "
        "alguna algo recuerda acordaba especificó sabe "
        "alguma qualquer lembra especificou "
        "een andere iets weet herinnert "
        "что то какая какой неизвестно помнит уточнит уточнить "
        "شي ايش معروف حددت"
    ).split()
)
_DENSE_UNKNOWN = ("何か", "何の", "不明", "詳細", "뭔지", "무엇", "모름", "불명", "什么", "不详", "不清楚", "没说", "没细说")


def _unknown_allergen(nt: NormalizedText, match: AliasMatch) -> bool:
    o_start, o_end = nt.to_original(match[0], match[1])
    clause = _clause(nt.original, o_start, o_end)
    return bool(_UNKNOWN_WORDS.intersection(fold(clause).split())) or any(w in clause for w in _DENSE_UNKNOWN)


# Words saying a constraint is past ("früher Vegetarier", "ex-vegan", "used to be vegetarian",
# "бывший вегетарианец", "以前吃素", "元ベジタリアン").
_FORMERLY = frozenset(
    fold(w) for w in (
        "formerly former previously ex früher ehemals ehemalige ehemaliger einst ancien ancienne autrefois "
        "anciennement auparavant antiguo antigua anteriormente antigamente antes vroeger voorheen "
        "бывший бывшая раньше прежде سابقا"
    ).split()
)
_DENSE_FORMERLY = ("以前", "曾经", "曾經", "原来", "元", "以前は", "前は", "전에", "예전에", "예전엔", "전엔")


def _formerly(folded: str, start: int) -> bool:
    head = folded[max(0, start - 40) : start]
    words = head.split()[-3:]
    if words and (words[-1] in _FORMERLY or words == ["used", "to", "be"]):
        return True
    return head.rstrip().endswith(_DENSE_FORMERLY)


_DIABETES_TOPICS = frozenset(
    fold(w) for w in (
        "research foundation charity association awareness clinic nurse specialist centre center ward conference "
        "fundraiser fundraising gala recherche fondation association clinique centre congres ricerca fondazione "
        "associazione clinica centro investigacion fundacion asociacion pesquisa fundacao associacao forschung "
        "stiftung klinik zentrum gesellschaft onderzoek stichting vereniging исследования фонд клиника центр"
    ).split()
)


_TOPIC_GLUE = _LIST_FILLERS | frozenset("sur on about uber zum zur sul sulla sobre sobre over о по".split())


def _diabetes_topic(folded: str, start: int, end: int) -> bool:
    """"diabetes research", "fondation … du diabète": the disease as a topic (charity, work)."""
    after = folded[end : end + 30].split()[:1]
    before = [w for w in folded[max(0, start - 40) : start].split()[-3:] if w not in _TOPIC_GLUE]
    return bool(_DIABETES_TOPICS.intersection(after)) or bool(before and before[-1] in _DIABETES_TOPICS)


def _avoided_diets(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: _Meta, language: str | None,
    allergy: _AllergyMeta,
) -> frozenset[int]:
    """Turn the diet cues the client does without into their diet, in place: negated ("doesn't
    drink", "kein Schweinefleisch"), given up or refused (:func:`abstention_flags`: "quit
    drinking", "Свинину не ест", "お酒は召し上がらない"), listed after an avoided diet ("no
    pork or alcohol") and, for sugar and carbs, limited ("watches her sugar" → low_sugar).
    Returns the indices of the diets stated by exclusion rather than reduction."""
    diet_cue, reduced_diet = allergy.diet_cue, allergy.reduced_diet
    cues = [i for i, m in enumerate(matches) if diet_cue[m[2]] >= 0]
    kinds = abstention_flags(
        nt, matches, language, cues, [reduced_diet[matches[i][2]] >= 0 for i in cues],
        [allergy.drinking[matches[i][2]] for i in cues], [m[2] not in meta.cues for m in matches],
    )
    absolute = set()
    for i in cues:
        kind = kinds.get(i, 0)
        if kind == NOT_A_DIET or (i > 0 and matches[i - 1][1] > matches[i][0]):
            continue  # overlapping a longer item: "豚肉は" is pork, not meat
        if negated[i]:
            kind = ABSTAINED
        elif not kind and i > 0 and not negated[i - 1] and meta.names[matches[i - 1][2]] in _AVOIDANCE_DIETS:
            gap = _gap(nt, matches[i - 1], matches[i])
            if gap is not None and _listed(gap):
                kind = ABSTAINED
        if kind:
            start, end, concept, confidence = matches[i]
            matches[i] = (start, end, diet_cue[concept] if kind == ABSTAINED else reduced_diet[concept], confidence)
            negated[i] = False
            if kind == ABSTAINED:
                absolute.add(i)
    return frozenset(absolute)


def _budget_hits(budget: Budget | None) -> list[ConceptHit]:
    if budget is None:
        return []
    hits = []
    if budget.has_amount:
        confidence = KEYWORD_BUDGET_CONFIDENCE if budget.keyword_tied else CURRENCY_ONLY_BUDGET_CONFIDENCE
        hits.append(
            ConceptHit("budget", "budget", "budget", budget.evidence, budget.start, budget.end, "regex",
                       False, confidence, None, budget.min_eur, budget.max_eur)
        )
    if budget.unlimited and budget.unlimited_evidence is not None:
        hits.append(
            ConceptHit("budget_unlimited", "budget", "budget", budget.unlimited_evidence, budget.unlimited_start,
                       budget.unlimited_end, "regex", False, KEYWORD_BUDGET_CONFIDENCE)
        )
    if budget.flex_evidence is not None:
        hits.append(
            ConceptHit("budget_flexible", "budget", "budget", budget.flex_evidence, budget.flex_start,
                       budget.flex_end, "regex", False, FLEXIBLE_CONFIDENCE)
        )
    return hits


def extract(
    text: str,
    language: str | None = None,
    note_date: str | date | None = None,
    *,
    taxonomy: Taxonomy | None = None,
    fixed_months: bool = False,
    protected: Sequence[ConceptHit] = (),
) -> list[ConceptHit]:
    """Concepts of one note, in text order, one per (concept, negated) — an occasion once
    per month it is given ("birthday sister August … birthday husband March").

    ``language`` selects the aliases (all languages when unknown); ``note_date`` gives the
    ``next_month`` timing concept its month number. ``fixed_months``: christmas,
    valentines_day and new_year carry their month (12, 2, 1); off by default, as in the
    demo generator's ground truth, where those occasions have no month. ``protected``: the
    concepts pseudonymization redacted from ``text`` (:func:`protected_hits`); the allergens
    among them pair with the allergy words left next to their placeholders. A non-food
    allergen is a hit at every mention (pseudonymization removes each one).
    """
    if not isinstance(text, str) or not text.strip():
        return []
    tax = taxonomy or _default_taxonomy()
    meta = _meta(tax)
    nt = normalize(text)
    matcher = get_matcher(tax)
    matches = matcher.find(nt, language)
    allergy = _allergy_meta(tax)
    if protected:
        matches = _with_placeholders(nt, matches, protected, meta)
    licensing = any(allergy.anchor[m[2]] for m in matches)
    repeats: set[tuple[int, int]] = set()
    if licensing:
        matches = _with_licensed(nt, matches, matcher.find(nt, language, licensed=True), meta, repeats)
    negated = negation_flags(nt, matches, language)
    diet_cue = allergy.diet_cue
    absolute = (
        _avoided_diets(nt, matches, negated, meta, language, allergy)
        if any(diet_cue[m[2]] >= 0 for m in matches) else frozenset()
    )
    constrained = licensing or any(allergy.constraint[m[2]] for m in matches)
    dropped = (
        _pair_allergies(
            nt, matches, negated, meta, language, allergy, frozenset(repeats), absolute,
            any(h.concept == "diabetic" and not h.negated for h in protected),
        )
        if constrained else set()
    )
    months, not_occasions = _occasion_months(nt, matches, meta, language, _note_month(note_date))
    if not_occasions:
        dropped = dropped | not_occasions
    if fixed_months:
        for i, match in enumerate(matches):
            fixed = meta.fixed_month[match[2]]
            if fixed:
                months[i] = fixed

    hits: list[ConceptHit] = []
    first: dict[int, int] = {}  # concept * 2 + negated -> position in hits
    more: dict[int, list[int]] = {}  # the same occasion again with another month
    fast = nt.starts is None
    info = meta.info
    cues = meta.cues
    for i, (start, end, concept, confidence) in enumerate(matches):
        if i in dropped or concept in cues:
            continue
        flag = negated[i]
        key = concept * 2 + flag
        if key in first and allergy.every[concept]:
            key = ~i  # a non-food allergen again: each mention is a hit (pseudonymization removes each)
        month = months.get(i)
        if key in first:  # keep the first hit; a later one may supply the month
            kept = first[key]
            if month is None:
                continue
            if hits[kept].month is None:
                hits[kept] = hits[kept]._replace(month=month)
                continue
            # another month: another occasion ("birthday sister August ... birthday husband March")
            positions = more.setdefault(key, [kept])
            if any(hits[p].month == month for p in positions):
                continue
            positions.append(len(hits))
            if not fast:
                start, end = nt.to_original(start, end)
            hits.append(_new_hit(ConceptHit, (*info[concept], text[start:end], start, end, "alias", flag, confidence, month, _NAN, _NAN)))
            continue
        if not fast:
            start, end = nt.to_original(start, end)
        first[key] = len(hits)
        # tuple.__new__ skips the NamedTuple constructor's Python-level argument handling
        hits.append(_new_hit(ConceptHit, (*info[concept], text[start:end], start, end, "alias", flag, confidence, month, _NAN, _NAN)))
    budget_hits = _budget_hits(find_budget(text, language, normalized=nt, taxonomy=tax))
    if budget_hits:
        hits.extend(budget_hits)
        hits.sort(key=_BY_SPAN)
    return hits


def _occasion_months(
    nt: NormalizedText, matches: list[AliasMatch], meta: _Meta, language: str | None, note_month: int | None
) -> tuple[dict[int, int], set[int]]:
    """Month per occasion match index, from month names and dates near it, and the indices of
    occasion matches that are something else: a name ("Jean-Noël", "Giuseppe Natale"), a
    political party, a sale ("en promotion"), a date that names no holiday, a generic occasion
    partly overlapping a specific one ("pour les 30 ans de mariage"). Holiday dates ("8 марта",
    "14 février") are relabelled in ``matches`` to their occasion. Relative times ("next
    month") do not give an occasion a month (the note does not name one); the ``next_month``
    timing hit itself carries the resolved month when the note date is known."""
    occasion = meta.occasion
    found = [i for i, m in enumerate(matches) if occasion[m[2]]]
    if not found:
        return {}, set()
    dropped: set[int] = set()
    months: dict[int, int] = {}
    dates: list[int] = []
    spans: list[tuple[int, int]] = []
    timed: list[int] = []  # positions in ``spans`` of occasions with a movable date
    indices: list[int] = []
    previous = -1
    folded = nt.folded
    screened, next_month, is_timed = meta.screened, meta.next_month, meta.timed
    for i in found:
        start, end, concept, confidence = matches[i]
        if concept == next_month:
            if note_month is not None:
                months[i] = next_month_of(note_month)
            continue
        word = folded[start:end] if concept in screened else ""
        if not word:
            pass
        elif word in _NAME_LIKE:
            if _is_name(nt, start, end, word):
                dropped.add(i)
                continue
        elif word in _PARTY_WORDS:
            if _political(nt, start, end, language):
                dropped.add(i)
                continue
        elif word in _SALE_WORDS:
            if _on_sale(nt, start, end, word):
                dropped.add(i)
                continue
        elif concept in meta.dated and "0" in word:
            day = date_of(nt.original[slice(*nt.to_original(start, end))]) or (0, 0)
            holiday = _DATE_HOLIDAYS.get(day) or _MARKET_DATE_HOLIDAYS.get((language or "").upper(), {}).get(day)
            if holiday is None:
                dropped.add(i)
            else:
                matches[i] = (start, end, meta.by_name[holiday], confidence)
                dates.append(i)
            continue
        if word[-1:] == "0" and concept == meta.birthday and _not_an_age(nt, start, end):
            dropped.add(i)  # "wird 2 Wochen dauern", "turns 2026"
            continue
        if previous >= 0:
            before = matches[previous][2]
            if matches[previous][1] > start:  # partial overlap of two occasions
                generic = before in meta.generic, concept in meta.generic
                if generic[0] and not generic[1]:
                    drop_previous = True
                elif generic[1] and not generic[0]:
                    dropped.add(i)
                    continue
                else:
                    drop_previous = False
            else:  # a celebration right next to another occasion is that occasion's ("Geburtstag Party")
                drop_previous = before == meta.celebration and concept != meta.celebration and _adjacent(
                    nt, matches[previous][1], start, language
                )
                if concept == meta.celebration and before != meta.celebration and _adjacent(
                    nt, matches[previous][1], start, language
                ):
                    dropped.add(i)
                    continue
            if drop_previous:
                dropped.add(previous)
                if spans and indices[-1] == previous:
                    spans.pop()
                    indices.pop()
                    if timed and timed[-1] == len(spans):
                        timed.pop()
        previous = i
        if is_timed[concept]:
            timed.append(len(spans))
        spans.append((start, end))
        indices.append(i)
    if meta.corporate_anniversary >= 0 and len(indices) > 1:
        _corporate_anniversaries(nt, matches, indices, meta)
    used: list[MonthMention] = []
    if timed:
        mentions = find_months(nt, language, near=[spans[k] for k in timed])
        if mentions:
            attached = attach_months(
                nt, spans, mentions, language, lambda: [(m[0], m[1]) for m in matches if not occasion[m[2]]]
            )
            for k in timed:
                mention = attached[k]
                if mention is not None:
                    months[indices[k]] = mention.month
                    used.append(mention)
    for i in dates:
        start, end = matches[i][0], matches[i][1]
        if any(m.start < end and start < m.end for m in used) or _after_next_action(nt, matches, i, meta):
            dropped.add(i)
    return months, dropped


def _corporate_anniversaries(nt: NormalizedText, matches: list[AliasMatch], indices: list[int], meta: _Meta) -> None:
    """In a note about a company anniversary, a bare "aniversario" / "anniversary" is that
    anniversary, not a wedding one ("aniversario empresa … Llamar septiembre siguiente
    aniversario"). Relabels ``matches`` in place."""
    if not any(matches[i][2] == meta.corporate_anniversary for i in indices):
        return
    folded = nt.folded
    for i in indices:
        start, end, concept, confidence = matches[i]
        if concept == meta.wedding_anniversary and folded[start:end] in _BARE_ANNIVERSARIES:
            matches[i] = (start, end, meta.corporate_anniversary, confidence)


def _adjacent(nt: NormalizedText, end: int, start: int, language: str | None) -> bool:
    """Two hits next to each other in one clause: at most one word between them (two
    characters in JA/ZH/KO)."""
    gap = nt.folded[end:start]
    if (language or "").upper() in _DENSE_NOTE_LANGUAGES:
        return len(gap.strip()) <= 2 and same_clause(nt, end, start)
    return len(gap.split()) <= 1 and same_clause(nt, end, start)


_NUMBER = re.compile(r"\d+")


def _not_an_age(nt: NormalizedText, start: int, end: int) -> bool:
    """A birthday alias ending with a number ("wird 50", "turns 60", "compie 40") where the
    number is no age: too large, or followed by a unit ("wird 2 Wochen dauern")."""
    o_start, o_end = nt.to_original(start, end)
    numbers = _NUMBER.findall(nt.original, o_start, o_end)
    if not numbers or int(numbers[-1]) > 120:
        return bool(numbers)
    _, after = _tokens_around(nt, start, end)
    return after in _UNITS


def _tokens_around(nt: NormalizedText, start: int, end: int) -> tuple[str, str]:
    """The folded words right before and right after folded ``[start, end)``, in the same
    clause ("" otherwise)."""
    folded = nt.folded
    lo = max(0, start - 30)
    head = folded[lo:start].rstrip()
    before = head[head.rfind(" ") + 1 :]
    if before and not same_clause(nt, lo + len(head) - len(before), start):
        before = ""
    tail = folded[end : end + 30]
    stripped = tail.lstrip()
    after = stripped.split(" ", 1)[0] if stripped else ""
    if after and not same_clause(nt, end, end + len(tail) - len(stripped) + len(after)):
        after = ""
    return before, after


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)([ \t\-\u2010\u2011]+)$")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_SENTENCE_END = ".!?;:\n"
_AFTER_TITLE = re.compile(
    r"(?<![^\W\d_])(?:Dott|Dott\.ssa|Dr|Prof|Ing|Avv|Arch|Sig|Sr|Sra|Don|Dona|Dña|Mme|Mr|Mrs|Ms|Hr|Fr|Dhr|Mevr)\.?\s+$"
)


def _sentence_initial(text: str, position: int) -> bool:
    before = text[max(0, position - 40) : position].rstrip()
    return not before or before[-1] in _SENTENCE_END or (position < 40 and not before)


def _is_name(nt: NormalizedText, start: int, end: int, word: str) -> bool:
    """A holiday word used as a name ("Jean-Noël", "Giuseppe Natale", "Natale Esposito",
    "Cliente Pascual Pascua") or, lowercase, as an adjective ("cidade natal")."""
    text = nt.original
    o_start, o_end = nt.to_original(start, end)
    if not text[o_start : o_start + 1].isupper():
        return word in _NAME_ADJECTIVES
    if _AFTER_TITLE.search(text, max(0, o_start - 12), o_start):
        return True  # "Dott. Natale", "Prof. Noël" (titles the matcher does not know)
    previous = _PREVIOUS_WORD.search(text, max(0, o_start - 30), o_start)
    previous_word = ""
    if previous is not None:
        previous_word = fold(previous.group(1)).strip()
        if previous_word in _FESTIVE_BEFORE:
            return False
        if previous.group(1)[0].isupper() and (
            "-" in previous.group(2) or not _sentence_initial(text, previous.start(1))
        ):
            return True  # "Jean-Noël", "Giuseppe Natale"
    # "Natale Esposito", "Noël Martin": a capitalised word follows, no preposition precedes
    following = _NEXT_WORD.match(text, o_end)
    return following is not None and following.group(1)[0].isupper() and previous_word not in _PREPOSITIONS


def _political(nt: NormalizedText, start: int, end: int, language: str | None) -> bool:
    """"party" the political organisation ("Labour Party", "party member", "third-party")."""
    before, after = _tokens_around(nt, start, end)
    if before in _POLITICAL_BEFORE or after in _POLITICAL_AFTER:
        return True
    if (language or "").upper() != "EN":
        return False
    text = nt.original
    o_start, _ = nt.to_original(start, end)
    previous = _PREVIOUS_WORD.search(text, max(0, o_start - 30), o_start)
    return (
        text[o_start : o_start + 1].isupper()
        and previous is not None
        and previous.group(1)[0].isupper()
        and not _sentence_initial(text, previous.start(1))
    )


def _on_sale(nt: NormalizedText, start: int, end: int, word: str) -> bool:
    """"promotion" the sale ("en promotion", "les promotions", "promotion -20%"), not the
    client's career step ("sa promotion", "got a promotion")."""
    before, after = _tokens_around(nt, start, end)
    if before in _SALE_BEFORE or after in _SALE_AFTER:
        return True
    if _PERCENT_AFTER.match(nt.original, nt.to_original(start, end)[1]):
        return True
    return word in _SALE_PLURALS and before not in _POSSESSIVES


def _after_next_action(nt: NormalizedText, matches: list[AliasMatch], i: int, meta: _Meta) -> bool:
    """A date right after a next action ("Rappeler le 8 mars", "Встреча 8 марта") is the
    action's date, not a holiday."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if matches[j][2] in meta.next_actions and _near(nt, matches[j], matches[i], 4):
            return True
    return False


_BY_SPAN = itemgetter(4, 5)
_NAN = math.nan
_new_hit = tuple.__new__
@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: extraction allocates many small tuples that never
    form cycles, and the collector would rescan the growing result list again and again
    (about 15% of a large batch's run time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_INPUT_COLUMNS = ("note_id", "client_id", "note_date", "language", "text", "upload_date")


def protected_hits(text: str, cell: object, taxonomy: Taxonomy | None = None) -> list[ConceptHit]:
    """The concepts pseudonymization redacted from ``text`` (a ``protected_concepts`` cell of
    ``notes``): their evidence is the placeholder left in the text ("[HEALTH]")."""
    from lvmh_pipeline.lib.privacy.pseudonymize import protected_from_json

    tax = taxonomy or _default_taxonomy()
    hits = []
    for item in protected_from_json(cell):
        if item.concept not in tax or not (0 <= item.start <= item.end <= len(text)):
            continue
        concept = tax.get(item.concept)
        hits.append(ConceptHit(concept.concept, concept.bucket, concept.category, text[item.start : item.end],
                               item.start, item.end, "alias", item.negated, item.confidence))
    return hits


def _once_per_allergen(found: list[ConceptHit]) -> list[ConceptHit]:
    """One row per (allergen, negated): :func:`extract` gives every mention of a non-food
    allergen and each redacted mention is a protected concept; the table keeps the first. A
    diabetes mention (often redacted, so protected) next to a low-sugar diet is that diet."""
    seen: set[tuple[str, bool]] = set()
    kept = []
    low_sugar = False
    for hit in found:
        category = hit.category
        if category == "allergy":
            key = (hit.concept, hit.negated)
            if key in seen:
                continue
            seen.add(key)
        elif category == "diet" and hit.concept == "low_sugar" and not hit.negated:
            low_sugar = True
        kept.append(hit)
    if low_sugar:
        kept = [hit for hit in kept if hit.concept != "diabetic"]
    return kept if len(kept) < len(found) else found


def extract_note_concepts(
    notes: pd.DataFrame, *, taxonomy: Taxonomy | None = None, fixed_months: bool = False
) -> pd.DataFrame:
    """One row per (note, concept) with exactly :data:`NOTE_CONCEPTS_COLUMNS`.

    ``notes`` needs the ``note_id, client_id, note_date, language, text, upload_date``
    columns of the ``notes`` table (``protected_concepts`` too when present: the concepts
    whose words pseudonymization redacted); ``method`` is ``alias`` for dictionary hits and
    ``regex`` for budgets; ``month`` is a nullable integer, budget bounds are EUR floats.
    ``fixed_months``: see :func:`extract`.
    """
    missing = [c for c in _INPUT_COLUMNS if c not in notes.columns]
    if missing:
        raise ValueError(f"notes frame lacks columns {missing}")
    inputs = {c: notes[c].tolist() for c in _INPUT_COLUMNS}
    protected = notes["protected_concepts"].tolist() if "protected_concepts" in notes.columns else [None] * len(notes)
    languages = [lang if isinstance(lang, str) and lang else None for lang in inputs["language"]]
    hits: list[ConceptHit] = []
    counts: list[int] = []
    with _gc_paused():
        for text, language, note_date, cell in zip(inputs["text"], languages, inputs["note_date"], protected, strict=True):
            if isinstance(cell, str) and len(cell) > 2:
                kept = protected_hits(text, cell, taxonomy)
                found = extract(text, language, note_date, taxonomy=taxonomy, fixed_months=fixed_months, protected=kept)
                found = _once_per_allergen(sorted(found + kept, key=_BY_SPAN))
            else:
                found = _once_per_allergen(
                    extract(text, language, note_date, taxonomy=taxonomy, fixed_months=fixed_months)
                )
            hits.extend(found)
            counts.append(len(found))
    fields = list(zip(*hits)) if hits else [()] * len(ConceptHit._fields)
    per_hit = dict(zip(ConceptHit._fields, fields, strict=True))

    def repeat(values: list) -> np.ndarray:
        return np.repeat(np.array(values, dtype=object), counts) if values else np.array([], dtype=object)

    frame = pd.DataFrame(
        {
            "note_id": repeat(inputs["note_id"]),
            "client_id": repeat(inputs["client_id"]),
            "note_date": repeat(inputs["note_date"]),
            "concept": np.array(per_hit["concept"], dtype=object),
            "bucket": np.array(per_hit["bucket"], dtype=object),
            "category": np.array(per_hit["category"], dtype=object),
            "evidence": np.array(per_hit["evidence"], dtype=object),
            "span_start": np.array(per_hit["start"], dtype=np.int64),
            "span_end": np.array(per_hit["end"], dtype=np.int64),
            "language": repeat(languages),
            "method": np.array(per_hit["method"], dtype=object),
            "negated": np.array(per_hit["negated"], dtype=bool),
            "confidence": np.array(per_hit["confidence"], dtype=np.float64),
            "month": pd.array(list(per_hit["month"]), dtype="Int64"),
            "value_min": np.array(per_hit["value_min"], dtype=np.float64),
            "value_max": np.array(per_hit["value_max"], dtype=np.float64),
            "upload_date": repeat(inputs["upload_date"]),
        }
    )
    return conform(frame, NOTE_CONCEPTS_COLUMNS)
