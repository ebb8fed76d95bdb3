"""Diet rules: diet cues the client does without or limits ("doesn't drink", "kein
Schweinefleisch", "watches her sugar"), pescatarian and stricter variants of a meatless diet,
and which of low_sugar / diabetic / keto / no_alcohol a note states. Past diets and diabetes
as a topic are in :mod:`.past_and_topics`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.context import gap_words, listed, near
from lvmh_pipeline.lib.concepts.constraints.diet_rules.avoid_labels import labelled_avoided
from lvmh_pipeline.lib.concepts.constraints.diet_rules.changes.corrected_diets import corrected_diets
from lvmh_pipeline.lib.concepts.constraints.diet_rules.diet_scope import diet_scope
from lvmh_pipeline.lib.concepts.constraints.diet_rules.diet_senses import diet_senses
from lvmh_pipeline.lib.concepts.constraints.diet_rules.listed_drinks import listed_drinks
from lvmh_pipeline.lib.concepts.constraints.diet_rules.one_time_menus import one_time_abstentions, one_time_menus
from lvmh_pipeline.lib.concepts.constraints.diet_rules.part_time_meatless import part_time_meatless
from lvmh_pipeline.lib.concepts.constraints.not_the_clients import not_the_clients
from lvmh_pipeline.lib.concepts.constraints.diet_rules.product_alcohol import product_alcohol
from lvmh_pipeline.lib.concepts.constraints.diet_rules.religious_fasts import religious_fasts
from lvmh_pipeline.lib.concepts.constraints.diet_rules.changes.resumed_foods import resumed_foods
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.diet_overlaps import (
    glossed_vegan,
    keto_carbs,
    matches_in_one_sentence,
    medical_meatless,
    part_time_vegan,
)
from lvmh_pipeline.lib.concepts.statements.fish import eats_fish
from lvmh_pipeline.lib.concepts.statements.abstentions import ABSTAINED, NOT_A_DIET, REDUCED, abstention_flags
from lvmh_pipeline.lib.concepts.statements.soft_drinks import soft_drink_after

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import AllergyMeta, ConceptMeta

__all__ = ["avoided_diets", "settle_diets"]


# Diets stated by doing without something: an avoided cue listed after one shares its
# avoidance ("no pork or alcohol", "kein Schweinefleisch und Alkohol").
_AVOIDANCE_DIETS = frozenset({"no_alcohol", "no_pork", "low_sugar", "low_carb", "low_sodium"})  # "povera di sale e zuccheri"


def _vegetarian_variants(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, absolute: frozenset[int],
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
    flexitarian = meta.by_name.get("flexitarian", -1)
    flexible = [m for i, m in enumerate(matches) if m[2] == flexitarian and not negated[i]]
    family = frozenset(m[2] for m in matches if meta.categories[m[2]] == "family")
    vegan = meta.by_name.get("vegan", -1)
    vegans = other and any(m[2] == vegan and not negated[k] for k, m in enumerate(matches))
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept != vegetarian or negated[i]:
            continue
        if other and (i in absolute or _NO_MEAT.search(nt.folded, start, end) and any(
                m[2] in stricter and m[2] != flexitarian and not negated[k] and matches_in_one_sentence(nt, matches[i], m)
                for k, m in enumerate(matches))):
            dropped.add(i)  # "не ест мясо, пескетарианка", "isst kein Fleisch, Pescetarierin": the stricter diet says it
        elif (vegans or flexible) and nt.folded[end : end + 12].lstrip().startswith(_MENUS):
            dropped.add(i)  # "비건 지향이라 채식 메뉴 있는 곳으로", "vegan, so a vegetarian menu": the vegan's menu
            # (a flexitarian's too: "준채식이셔서 채식 메뉴도 있는 식당")
        elif flexible and any(matches_in_one_sentence(nt, matches[i], f) for f in flexible):
            dropped.add(i)  # "mostly vegetarian, meat now and then", "주로 채식하시고 고기는 가끔 드심": flexitarian
        elif eats_fish(nt, matches[i], matches, family):
            matches[i] = (start, end, pescatarian, confidence)


# A meatless diet read from a "no meat" phrase (folded): part of the stricter diet of its sentence.
_NO_MEAT = re.compile(r"meat|viande|fleisch|carne|vlees|мяс|لحم|肉|고기")
# A menu or dishes named after a diet ("채식 메뉴", "vegetarian options", "menu végétarien" is before it: not read)
_MENUS = tuple(fold(w) for w in (
    "메뉴", "요리", "menu", "menus", "options", "option", "dishes", "meals", "food", "menü", "gerichte",
    "essen", "cardapio", "pratos", "opcao", "opcoes", "菜单", "菜單", "餐", "菜", "メニュー", "料理",
))


# Ham or bacon kept off a meatless client's plate ("吃长素的，下午茶别上火腿三明治", "ベジタリアンなのでハムサンドは出さない"):
# the meatless diet, no pork diet of its own.
_HAM = ("火腿", "培根", "ハム", "ベーコン", "햄", "베이컨", "ham", "bacon", "jambon", "schinken", "prosciutto", "jamon", "presunto")


def _meatless_ham(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> set[int]:
    meatless = {meta.by_name.get(n, -1) for n in ("vegetarian", "vegan", "pescatarian")}
    if not any(m[2] in meatless and not negated[k] for k, m in enumerate(matches)):
        return set()
    no_pork, folded = meta.by_name["no_pork"], nt.folded
    return {i for i, m in enumerate(matches) if m[2] == no_pork and folded[m[0] : m[1]].strip() in _HAM}


_ALMOST_NONE = re.compile(r"ほとんど|ほぼ|거의|几乎|幾乎|基本上?不")
_MEAT_WORDS = ("肉", "고기", "meat", "viande", "fleisch", "carne", "vlees", "мяс", "لحم", "لحوم")


def _almost_no_meat(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> None:
    """Meat almost never eaten, fish eaten ("お肉はほとんど召し上がらず、お魚は大丈夫", "고기는 거의 안 드시고 생선은
    드심"): a pescatarian, relabelled in place (meat now and then, "고기는 가끔", stays flexitarian)."""
    flexitarian, pescatarian = meta.by_name["flexitarian"], meta.by_name["pescatarian"]
    family = frozenset(m[2] for m in matches if meta.categories[m[2]] == "family")
    folded = nt.folded
    if any(m[2] == flexitarian and not any(w in folded[m[0] : m[1]] for w in _MEAT_WORDS) for m in matches):
        return  # the note names the flexitarian diet itself ("弹性素食者，很少吃肉，偶尔吃鱼")
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept == flexitarian and not negated[i] and _ALMOST_NONE.search(folded, max(0, start - 6), end + 12) \
                and eats_fish(nt, matches[i], matches, family):
            matches[i] = (start, end, pescatarian, confidence)


# Words avoiding what a low-purine diet leaves out, right before "purines".
_AVOIDED = frozenset(fold(w) for w in (
    "no not without avoids avoid pas sans evite eviter kein keine keinen ohne meidet vermeidet sin evita niente senza "
    "sem nada geen zonder vermijdt без избегает нет"
).split())
_TOO_MUCH = frozenset(fold(w) for w in "trop too much viel troppo demasiado demasiada muito muita слишком много كثير".split())


def avoided_diets(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, language: str | None,
    allergy: AllergyMeta,
) -> frozenset[int]:
    """Turn the diet cues the client does without into their diet, in place: negated ("doesn't
    drink", "kein Schweinefleisch"), given up or refused (:func:`abstention_flags`: "quit
    drinking", "Свинину не ест", "お酒は召し上がらない"), listed after an avoided diet ("no
    pork or alcohol") or after a label of things done without (:func:`.labelled_avoided`: "忌口：猪肉")
    and, for sugar and carbs, limited ("watches her sugar" → low_sugar).
    Returns the indices of the diets stated by exclusion rather than reduction."""
    diet_cue, reduced_diet = allergy.diet_cue, allergy.reduced_diet
    cues = [i for i, m in enumerate(matches) if diet_cue[m[2]] >= 0]
    doctor = meta.by_name.get("doctor", -1)
    kinds = abstention_flags(
        nt, matches, language, cues, [reduced_diet[matches[i][2]] >= 0 for i in cues],
        [allergy.drinking[matches[i][2]] for i in cues],
        # "糖分は控えめ": a style word reads on, as does the doctor who advised it ("塩分も医者に言われて控えめ")
        [m[2] not in meta.cues and meta.categories[m[2]] != "style" and m[2] != doctor for m in matches],
    )
    absolute = set()
    sugar = meta.by_name.get("sugar_cue", -1)
    dense = (language or "").upper() in _VERB_FINAL
    labels = ":" in nt.original or "：" in nt.original  # the cheap test of a label's colon
    for i in cues:
        kind = kinds.get(i, 0)
        if kind == NOT_A_DIET or (i > 0 and matches[i - 1][1] > matches[i][0]):
            continue  # overlapping a longer item: "豚肉は" is pork, not meat
        if matches[i][2] == sugar and _scent_near(nt.folded, matches[i][0], matches[i][1]):
            continue  # "niente profumi dolci", "香味不要甜的": a sweet scent, not sugar eaten
        if negated[i]:
            kind = ABSTAINED
            before = nt.folded[max(0, matches[i][0] - 24) : matches[i][0]].split()[-3:]
            if reduced_diet[matches[i][2]] >= 0 and not _TOO_MUCH.isdisjoint(before):
                kind = REDUCED  # "pas trop de sucre", "not too much sugar", "nicht zu viel Zucker": limited
        elif not kind and i > 0 and not negated[i - 1] and meta.names[matches[i - 1][2]] in _AVOIDANCE_DIETS:
            gap = gap_words(nt, matches[i - 1], matches[i])
            if gap is not None and listed(gap):
                kind = ABSTAINED
        elif not kind and dense and _listed_before_avoided(nt, matches, negated, i, kinds, meta):
            kind = ABSTAINED  # "돼지고기랑 술은 안 드심", "猪肉和酒都不碰": the verb after the list denies each
        elif not kind and labels and meta.names[diet_cue[matches[i][2]]] in _AVOIDANCE_DIETS \
                and labelled_avoided(nt, matches[i]):
            kind = ABSTAINED  # "Avoids: alcohol, pork", "忌口：猪肉", "못 드시는 것: 술"
        if kind:
            start, end, concept, confidence = matches[i]
            matches[i] = (start, end, diet_cue[concept] if kind == ABSTAINED else reduced_diet[concept], confidence)
            negated[i] = False
            if kind == ABSTAINED:
                absolute.add(i)
    return frozenset(absolute)


# Verb-final languages list what is avoided before the one verb that denies it.
_VERB_FINAL = frozenset({"JA", "KO", "ZH"})
_LISTED_BEFORE = _AVOIDANCE_DIETS | {"low_purine"}  # "お酒とプリン体を控えている": the verb after the purines
_KO_GLUE = (["하고"], ["이랑"], ["이나"], ["랑"], ["과"], ["와"])


def _listed_before_avoided(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], i: int, kinds: dict[int, int], meta: ConceptMeta,
) -> bool:
    """Cue ``i`` is listed right before an avoided diet or cue ("돼지고기랑 술은 안 드심")."""
    k = i + 1
    if k >= len(matches) or negated[k]:
        return False
    if meta.names[matches[k][2]] not in _LISTED_BEFORE and kinds.get(k) != ABSTAINED:
        return False
    gap = gap_words(nt, matches[i], matches[k])
    return gap is not None and (gap in _KO_GLUE or listed(gap))


# A sweet scent or note is no sugar eaten: "Niente profumi dolci", "note dolci", "香味不要甜的", "단 향".
_SCENTS = ("profum", "parfum", "perfum", "fragran", "duft", "geur", "aroma", "аромат", "запах", "عطر", "رائح", "香",
           "향", "note", "noten", "notas", "notes", "nota ")


def _scent_near(folded: str, start: int, end: int) -> bool:
    window = folded[max(0, start - 24) : end + 12]
    return any(scent in window for scent in _SCENTS)


# A sugar limit said as an item of its own after a diet ("Кето-диета, без сахара.", "Keto, sugar-free."): the
# whole clause is the sugar phrase.
_ITEM_END = re.compile(r"[.,;:!?\n。，、；：！？،]")
_SUGAR_STEMS = ("sugar", "sucre", "zucker", "zucchero", "azucar", "acucar", "suiker", "сахар", "سكر", "糖", "설탕")


def _listed_sugar(nt: NormalizedText, m: AliasMatch) -> bool:
    folded = nt.folded
    if not any(w in folded[m[0] : m[1]] for w in _SUGAR_STEMS):
        return False
    o_start, o_end = nt.to_original(m[0], m[1])
    before, after = nt.original[max(0, o_start - 3) : o_start], nt.original[o_end : o_end + 2]
    return bool(_ITEM_END.search(before)) and (not after.strip() or _ITEM_END.match(after.lstrip()) is not None)


# Alcohol-free drinks served: a sulfite allergy's, when the note names one
_FREE_DRINKS = frozenset(fold(w) for w in (
    "무알콜", "무알코올", "논알콜", "alcohol-free", "alcohol free", "non-alcoholic", "alkoholfrei", "alkoholfreien", "alkoholfreie",
    "sem alcool", "sem álcool", "sin alcohol", "sans alcool", "analcolico", "alcoholvrij", "无醇", "无酒精", "無酒精",
    "ノンアルコール", "ノンアル",
))
_ONE_KIND = frozenset("啤白烈洋")  # "啤酒", "白酒": one kind of alcohol, no abstention from all


def settle_diets(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, allergy: AllergyMeta,
    absolute: frozenset[int], language: str | None = None, past: list[bool] | None = None,
) -> set[int]:
    """The diet matches not to output: a no-alcohol diet that is about coffee or sulfites, a
    vegetarian diet inside a stricter one, sugar inside keto. A sugar limit beside a diabetes
    mention is a fact of its own: both diets stay ("diabetic, no sugar at events": ``diabetic`` and
    ``low_sugar``, as independent writers label it). A diet word stating no diet ("금주 토요일": this
    week) or a diet not needed ("kosher not required", negated) is :func:`.diet_senses`'; a product's or
    a restaurant's diet is not the client's (:func:`.not_the_clients`), nor meat left out on Fridays or pig
    leather (:func:`.diet_scope`).
    Relabels a fish-eating vegetarian a pescatarian, and a meatless diet (``past``: negated as past) followed by
    a food it leaves out eaten again the diet kept now (:func:`.resumed_foods`), in place."""
    listed_drinks(nt, matches, negated, meta)  # "nada con cerdo ni vino", "no pork or wine"
    dropped: set[int] = diet_senses(nt, matches, negated, meta)
    dropped.update(religious_fasts(nt, matches, meta))  # "pratica il digiuno" in a note about Ramadan
    no_alcohol, sulfites = meta.by_name.get("no_alcohol", -1), meta.by_name.get("sulfites", -1)
    low_sugar = meta.by_name.get("low_sugar", -1)
    present = {m[2] for m in matches}  # most notes have none of the diets below: skip their passes
    if no_alcohol in present:
        dropped.update(product_alcohol(nt, matches, no_alcohol))  # "a perfume without alcohol"
    for d, d_match in enumerate(matches) if no_alcohol in present else ():
        if d_match[2] == no_alcohol:
            if soft_drink_after(nt, d_match[1]) or (
                    nt.folded.startswith("酒", d_match[0]) and nt.folded[d_match[0] - 1 : d_match[0]] in _ONE_KIND):
                dropped.add(d)  # "doesn't drink coffee after 5pm", "ne boit pas de café", "海鲜啤酒都不碰": beer only
            for k, s_match in enumerate(matches):
                if s_match[2] == sulfites and (near(nt, d_match, s_match, 4) or (
                        not negated[k] and nt.folded[d_match[0] : d_match[1]].strip() in _FREE_DRINKS)):
                    dropped.add(d)  # "no bebe vino por los sulfitos": the sulfites, not a diet; so is an alcohol-free
                    # drink served for them ("아황산염 때문 … 그래서 무알콜 스파클링으로")
    if meta.by_name.get("flexitarian", -1) in present:
        _almost_no_meat(nt, matches, negated, meta)
    if meta.by_name.get("no_pork", -1) in present:
        dropped.update(_meatless_ham(nt, matches, negated, meta))
    if meta.by_name.get("vegetarian", -1) in present:
        part_time_meatless(nt, matches, negated, meta)  # "평일엔 채식, 주말엔 고기": flexitarian
        dropped.update(corrected_diets(nt, matches, negated, meta))  # "vegetarian, no wait, vegan now"
        _vegetarian_variants(nt, matches, negated, meta, absolute, dropped)
        glossed_vegan(nt, matches, negated, meta, dropped)
        part_time_vegan(nt, matches, negated, meta, dropped)  # "蛋奶素，初一十五吃全素"
        medical_meatless(nt, matches, negated, meta, absolute, dropped)
    resumed_foods(nt, matches, negated, meta, past or [False] * len(matches), dropped)  # "was vegan, eats fish again"
    purine = meta.by_name.get("low_purine", -1)
    for i, m in enumerate(matches) if purine in present else ():
        if m[2] == purine and negated[i] and "purin" in nt.folded[m[0] : m[1]] \
                and not _AVOIDED.isdisjoint(nt.folded[max(0, m[0] - 24) : m[0]].split()[-2:]):
            negated[i] = False  # "évite les purines", "keine Purine": purines avoided are the diet
    keto = meta.by_name.get("keto", -1)
    if keto in present and meta.by_name.get("low_carb", -1) in present:
        dropped.update(keto_carbs(nt, matches, negated, meta, absolute, allergy.absolute, language))
    if low_sugar in present and any(m[2] == keto and not negated[i] for i, m in enumerate(matches)):
        # "ketogen, keine Süßigkeiten anbieten": the keto diet excludes sugar ("Keto, sugar-free." lists a diet of its own)
        dropped.update(i for i, m in enumerate(matches) if m[2] == low_sugar and not negated[i] and not _listed_sugar(nt, m))
    dropped.update(diet_scope(nt, matches, negated, meta, dropped, present))  # "Freitags kein Fleisch", "pelle di maiale"
    dropped.update(not_the_clients(nt, matches, negated, meta, dropped))
    dropped.update(one_time_menus(nt, matches, negated, meta, dropped))  # "오늘은 채식 메뉴로 점심"
    dropped.update(one_time_abstentions(nt, matches, negated, meta, dropped))  # "今天不喝酒，因为要开车"
    return dropped
