"""Sweets or drinks kept out of a gift are no diet of the client: "No sweets in the gift box",
"keine Süßigkeiten als Geschenk", "niente dolci come regalo", "pas de sucreries dans le coffret",
"선물로 술은 빼고", "礼盒里不要甜食". A diet hit (low_sugar, no_alcohol, low_carb) whose clause names a
gift, with no allergy or health word and no other diet in its sentence, is dropped.
Sweets kept off the table after an allergy stated before them in the sentence are that allergy's
precaution, no low-sugar diet either, as are sweets left out for a kosher or halal rule and sweets given up for a
religious fast (:func:`allergy_precautions`); so are sweets kept away from a diabetic: the diabetic diet alone, unless
the sugar itself is named ("sugar-free only"), as the dev writers label it (135 notes to 7).
Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.concepts.context import AllergyMeta, ConceptMeta, gap_words
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE, SENTENCE, window

__all__ = ["allergy_precautions", "gift_exclusions", "nut_precautions"]

_GIFT_DIETS = frozenset({"low_sugar", "no_alcohol", "low_carb"})
_ARROW = re.compile(r"→|->|=>|⇒")
_GIFT_WORDS = frozenset(fold(w) for w in (
    "gift gifts present presents hamper hampers giftbox box basket package parcel "
    "cadeau cadeaux coffret coffrets panier colis paquet "
    "geschenk geschenke geschenkkorb geschenkbox präsentkorb paket korb "
    "regalo regali cesto cestino confezione pacco "
    "regalos cesta caja paquete obsequio "
    "presente presentes cabaz caixa pacote "
    "geschenkmand pakket mand "
    "подарок подарка подарке подарков подарочный корзина корзину набор посылку "
    "هدية هديه الهدية الهديه هدايا الهدايا سلة علبة"
).split())
_DENSE_GIFT_WORDS = ("선물", "기프트", "답례품", "ギフト", "贈り物", "プレゼント", "手土産", "お土産", "詰め合わせ", "礼物", "礼盒", "礼品",
                     "禮物", "禮盒", "伴手礼")


# A Korean honorific "eats / drinks" right after a no-alcohol or sweets hit ending on "드" ("술 안 드세요", "단 거 안
#드셔"): a person's habit, never a gift's content ("드려요", gives, is not it).
_HONORIFIC_DRINKS = re.compile(r"(?:세요|셔|시|십니다|심)")
# A causal link after the diet and before the gift word ("…이시라 와인 선물", "…なのでワインのギフト", "…所以礼盒",
# "doesn't drink obviously so no wine hampers"):
# the diet is the client's, the gift follows from it.
_CAUSE_BEFORE_GIFT = re.compile(r"\S{0,4}?(?:이시라|시라|이라서|이라|라서|셔서|해서|니까)\s.*?(?:선물|기프트|답례품)|"
                                r".{0,6}?(?:なので|のため|ですので|だから).*?(?:ギフト|贈り物|プレゼント|手土産|お土産)|"
                                r".{0,6}?(?:所以|因此|因为).*?(?:礼物|礼盒|礼品|禮物|禮盒)|"
                                # a spaced language's "so" ("doesn't drink, so no wine hampers", "ne boit pas donc pas de coffret")
                                r".{0,24}?\s(?:so|therefore|hence|donc|alors|deshalb|daher|also|quindi|percio|asi que|por eso|"
                                r"entao|por isso|dus|daarom|поэтому|так что|لذلك|عشان كده)\s")


# A reason about the person right before the excluded gift ("…이시라서 술 선물은 안 돼요", "…なのでお酒のギフトはNG",
# "…所以不能送酒", "Muslim, so no alcohol gifts"): the person's own rule, kept as a diet (folded text before the hit).
_CAUSE_BEFORE_DIET = re.compile(r"(?:이시라서|시라서|이라서|라서|셔서|이시니|니까|なので|のため|だから|所以|因为|因此|"
                                r"(?<![^\W\d_])(?:so|therefore|donc|deshalb|daher|quindi|asi que|por isso|entao|dus|daarom|"
                                r"поэтому|так что|لذلك))\s?$")


def gift_exclusions(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                    allergy: AllergyMeta) -> set[int]:
    folded = nt.folded
    diets = [i for i, m in enumerate(matches) if meta.names[m[2]] in _GIFT_DIETS and not negated[i]]
    if not diets:
        return set()
    found = set()
    for i in diets:
        start, end = matches[i][0], matches[i][1]
        c_start, c_end = window(nt, start, end, CLAUSE)
        o_end, o_stop = nt.to_original(end, c_end)
        arrow = _ARROW.search(nt.original, o_end, o_stop)
        if arrow is not None:  # "kein Alkohol → keine Cognac-Geschenke": the gift follows from the diet
            c_end = max(end, min(c_end, to_folded(nt, arrow.start())))
        clause = folded[c_start:c_end]
        if _GIFT_WORDS.isdisjoint(clause.split()) and not any(w in clause for w in _DENSE_GIFT_WORDS):
            continue
        if _CAUSE_BEFORE_GIFT.match(folded, end, c_end):
            continue  # "금주 중이시라 와인 선물 X", "禁酒中なのでワインのギフトは不可": the diet is why the gift changes
        if _CAUSE_BEFORE_DIET.search(folded[max(c_start, start - 16) : start]):
            continue  # "장로님이시라서 술 선물은 안 된대요", "he's Muslim, so no alcohol gifts": the person's reason, a diet
        if _HONORIFIC_DRINKS.match(folded, end):
            continue  # "술 안 드세요 선물 포장 …": the person's drinking, a run-on sentence before the gift
        s_start, s_end = window(nt, start, end, SENTENCE)
        if allergy.words.search(folded, s_start, s_end) or "[HEALTH]" in nt.original[slice(*nt.to_original(s_start, s_end))]:
            continue  # "no nuts in the gift box, allergic", "[HEALTH]: no sweets in the hamper"
        if any(k != i and meta.categories[m[2]] == "diet" and not negated[k] and m[0] < s_end and s_start < m[1]
               for k, m in enumerate(matches)):
            continue  # "diabetic: no sweets in the hamper" states the diet
        found.add(i)
    return found


# Sweets kept off the table because of an allergy stated before them in the sentence are that
# allergy's precaution, no low-sugar diet: "nut allergy, so no desserts at the fitting",
# "卵アレルギーなのでデザートは出さない", "حساسية من السمسم، فلا حلويات". A sugar word itself ("no sugar", "sans
# sucre", "无糖", "무설탕") or a diabetes stated in the same statement keeps the diet ("diabetic, so no sweets at the
# tasting" is ``diabetic`` alone; "diabetic, sugar-free chocolates only" names the sugar: both).
_SUGAR_WORDS = tuple(fold(w) for w in (
    "sugar sucre zucker zucchero azucar acucar suiker сахар سكر 糖 설탕 당"
).split())
# The diabetes's statement around the sweets: up to a full stop (a dash, a semicolon or an arrow goes on:
# "type 1 diabetes — no sweets in the salon", "Diabético, con insulina; nada de pastas").
_STATEMENT = re.compile(r"[.!?\n。！？]")
# Sweets given up for a religious fast are the fast's, no sugar limit ("fastet vor Ostern, nichts Süßes",
# "niente dolci fino a Pasqua", "gives up sweets for Lent", "사순절이라 단 거 안 드심"), in folded text.
_FAST = re.compile(
    r"(?<![^\W\d_])(?:lent|lenten|fasting|fasts|fastenzeit|fastet|fasten|passionszeit|quaresima|digiuno|digiuna|careme|"
    r"jeune|jeuner|cuaresma|ayuno|ayuna|quaresma|jejum|jejua|vastentijd|vasten|vast|veertigdagentijd|ramadan|"
    r"пост|поста|посту|постом|постится|постимся|говеет|رمضان|الصوم|صوم|صايم|صايمه|صائم|صائمه|يصوم|تصوم)(?![^\W\d_.])"
    r"|사순절|금식|단식|四旬節|四旬期|大斎|断食|斋戒|齋戒|禁食|封斋|大斋期"
    # until Easter: Lent ("bis Ostern keine Süßigkeiten", "niente dolci fino a Pasqua")
    r"|(?:vor|bis) ostern|(?:until|till|before) easter|(?:fino a|prima di) pasqua|(?:jusqu a|jusqu'a|avant) paques"
    r"|(?:hasta|antes de) (?:la )?pascua|(?:ate|antes da) (?:a )?pascoa|(?:tot|voor) pasen|до пасхи"
)
_FAST_STEMS = ("lent", "fast", "easter", "ostern", "pasqua", "paques", "pascua", "pascoa", "pasen", "пасх", "quaresima", "digiun", "careme", "jeun", "cuaresma", "ayun", "jeju", "vast", "ramadan", "пост",
               "говеет", "رمضان", "صوم", "صايم", "صائم", "يصوم", "تصوم", "사순절", "금식", "단식", "四旬", "大斎", "断食", "斋", "齋",
               "禁食")


def allergy_precautions(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                        allergy: AllergyMeta, dropped: set[int], diabetes: tuple[tuple[int, int], ...] = ()) -> set[int]:
    low_sugar = meta.by_name.get("low_sugar", -1)
    sweets = [i for i, m in enumerate(matches) if m[2] == low_sugar and not negated[i] and i not in dropped]
    if not sweets:
        return set()
    folded = nt.folded
    diabetic = meta.by_name.get("diabetic", -1)
    religious = {meta.by_name[name] for name in ("kosher", "halal") if name in meta.by_name}
    fasting = "[RELIGION]" in nt.original or any(stem in folded for stem in _FAST_STEMS)
    found = set()
    for i in sweets:
        start, end = matches[i][0], matches[i][1]
        if _diabetes_beside(nt, matches, negated, i, diabetic, diabetes):
            if not any(w in folded[start:end] for w in _SUGAR_WORDS):
                found.add(i)  # "diabetic, so no sweets", "[HEALTH]: no desserts": the diabetes's care (dev writers 135:7)
            continue  # "diabetic, sugar-free only": a sugar limit said of its own, both diets
        if fasting and _fast_beside(nt, matches, i, meta):
            found.add(i)  # "fastet vor Ostern, nichts Süßes", "pas de sucreries jusqu'à Pâques" (no diabetes beside)
            continue
        if any(w in folded[start:end] for w in _SUGAR_WORDS):
            continue
        s_start, s_end = window(nt, start, end, SENTENCE)
        if any((allergy.allergen[m[2]] or m[2] in religious or (m[2] in meta.licensors and (m[2] == meta.allergy_unspecified or not _governs(nt, m, matches[i]))))
               and not negated[k] and k not in dropped and s_start <= m[0] and m[1] <= start for k, m in enumerate(matches)):
            found.add(i)  # "kosher only, so none of our sweets": the sweets are the rule's, no sugar limit
    return found


def _diabetes_beside(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], i: int, diabetic: int,
                     diabetes: tuple[tuple[int, int], ...]) -> bool:
    """A diabetes stated (not denied) in the statement of the sweets ``matches[i]``, or redacted there ("[HEALTH]")."""
    s_start, s_end = window(nt, matches[i][0], matches[i][1], _STATEMENT)
    if any(m[2] == diabetic and not negated[k] and s_start <= m[0] < s_end for k, m in enumerate(matches)):
        return True
    o_start, o_end = nt.to_original(s_start, s_end)
    return any(o_start <= d < o_end for d, _ in diabetes)


def _fast_beside(nt: NormalizedText, matches: list[AliasMatch], i: int, meta: ConceptMeta) -> bool:
    """A religious fast named in the statement of the sweets ``matches[i]``, or a religion redacted there
    ("[RELIGION], nichts Süßes"; an eating window, "16:8", is a diet of its own: not read)."""
    s_start, s_end = window(nt, matches[i][0], matches[i][1], _STATEMENT)
    window_diet = meta.by_name.get("intermittent_fasting", -1)
    if any(m[2] == window_diet and s_start <= m[0] < s_end for m in matches):
        return False
    return _FAST.search(nt.folded, s_start, s_end) is not None or "[RELIGION]" in nt.original[slice(*nt.to_original(s_start, s_end))]


def _governs(nt: NormalizedText, cue: AliasMatch, sweet: AliasMatch) -> bool:
    """An avoidance cue right before the sweets is their own verb ("ей нельзя сладкое", "不能吃甜的"),
    no allergy stated before them."""
    gap = gap_words(nt, cue, sweet)
    return gap is not None and len(gap) <= 1


# Nuts kept off the table after a peanut allergy are its precaution, no tree-nut allergy of their own: "allergique
# aux arachides, donc pas de noix au cocktail", "对花生过敏，下午茶别放坚果", "Erdnussallergie, keine Nüsse beim Empfang".
# The nuts must be refused in their clause (a negator before them, or a dense refusal after them) with no allergy
# word there ("peanut allergy, and allergic to walnuts too" keeps both).
_REFUSALS = frozenset(fold(w) for w in (
    "no not without pas sans aucune aucun keine kein keinen ohne niente senza nessuna nessun sin nada ningún ninguna sem "
    "nenhum nenhuma geen zonder без нет никаких لا بدون بلا"
).split())
_DENSE_REFUSALS = ("不要", "别", "別", "不能", "不放", "不用", "勿", "避免", "なし", "無し", "出さない", "控え", "抜き", "ダメ", "NG",
                   "빼", "없이", "말고", "금지", "제외")


def nut_precautions(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                    allergy: AllergyMeta, dropped: set[int]) -> set[int]:
    """The tree-nut hits that are a peanut allergy's precaution (see :data:`_REFUSALS`)."""
    peanut, nuts = meta.by_name.get("peanut", -1), meta.by_name.get("tree_nuts", -1)
    peanuts = [m for i, m in enumerate(matches) if m[2] == peanut and not negated[i] and i not in dropped]
    if not peanuts:
        return set()
    found = set()
    for i, m in enumerate(matches):
        if m[2] != nuts or negated[i] or i in dropped:
            continue
        s_start, _ = window(nt, m[0], m[1], _STATEMENT)
        if not any(s_start <= p[0] and p[1] <= m[0] for p in peanuts):
            continue  # the peanut allergy first, in the same statement
        c_start, c_end = window(nt, m[0], m[1], CLAUSE)
        if allergy.words.search(nt.folded, c_start, c_end):
            continue
        before = nt.folded[c_start : m[0]].split()
        o_start, o_end = nt.to_original(c_start, c_end)
        clause = nt.original[o_start:o_end]
        if not _REFUSALS.isdisjoint(before) or any(d in clause for d in _DENSE_REFUSALS):
            found.add(i)
    return found
