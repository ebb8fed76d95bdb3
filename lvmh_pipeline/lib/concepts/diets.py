"""Diet rules: diet cues the client does without or limits ("doesn't drink", "kein
Schweinefleisch", "watches her sugar"), pescatarian and stricter variants of a meatless diet,
past diets ("früher Vegetarier"), diabetes as a topic, and which of low_sugar / diabetic /
keto / no_alcohol a note states.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.context import LIST_FILLERS, gap_words, listed, near
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.diet_overlaps import glossed_vegan, keto_carbs, medical_meatless
from lvmh_pipeline.lib.concepts.statements.fish import eats_fish
from lvmh_pipeline.lib.concepts.statements.abstentions import ABSTAINED, NOT_A_DIET, REDUCED, abstention_flags, soft_drink_after

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import AllergyMeta, ConceptMeta

__all__ = ["avoided_diets", "negate_past_and_topics", "same_sentence", "settle_diets"]

# Diets stated by doing without something: an avoided cue listed after one shares its
# avoidance ("no pork or alcohol", "kein Schweinefleisch und Alkohol").
_AVOIDANCE_DIETS = frozenset({"no_alcohol", "no_pork", "low_sugar", "low_carb"})
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
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept != vegetarian or negated[i]:
            continue
        if other and i in absolute:
            dropped.add(i)
        elif flexible and any(_same_sentence(nt, matches[i], f) for f in flexible):
            dropped.add(i)  # "mostly vegetarian, meat now and then", "주로 채식하시고 고기는 가끔 드심": flexitarian
        elif eats_fish(nt, matches[i], matches, family):
            matches[i] = (start, end, pescatarian, confidence)


_NEXT_SENTENCE = re.compile(r"[.;!?\n。！？；]")


def _same_sentence(nt: NormalizedText, a: AliasMatch, b: AliasMatch) -> bool:
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    if hi <= lo:
        return True
    o_lo, o_hi = nt.to_original(lo, hi)
    return _NEXT_SENTENCE.search(nt.original, o_lo, o_hi) is None



# "бывший вегетарианец", "以前吃素", "元ベジタリアン").
_FORMERLY = frozenset(
    fold(w) for w in (
        "formerly former previously ex früher ehemals ehemalige ehemaliger einst ancien ancienne autrefois "
        "anciennement auparavant antiguo antigua anteriormente antigamente antes vroeger voorheen "
        "бывший бывшая раньше прежде سابقا"
    ).split()
)
_DENSE_FORMERLY = ("以前", "曾经", "曾經", "原来", "元", "以前は", "前は", "전에", "예전에", "예전엔", "전엔", "예전에는",
                   "전에는", "원래는", "昔は", "从前", "從前", "以前是", "以前曾")
# A past copula after "formerly" ("früher war sie Vegetarierin", "раньше была вегетарианкой",
# "before she was vegan"), and "formerly" after the diet ("كانت نباتية من قبل", "vegetarian before").
_PAST_COPULA = frozenset(
    fold(w) for w in (
        "was were been war waren gewesen était etait été ete a été era erano fue fueron foi foram fora "
        "was waren geweest был была было были стал стала كان كانت كانوا"
    ).split()
)
_FORMERLY_AFTER = ("من قبل", "سابقا", "في الماضي", "زمان", "в прошлом", "была в детстве", "был в детстве", "в детстве",
                   "as a child", "in childhood", "enfant", "dans l'enfance", "als Kind", "in der Kindheit",
                   "da bambina", "da bambino", "de niña", "de niño", "em criança", "quando era criança")  # right after the word
_FORMERLY_AFTER_FOLDED = tuple(fold(w) for w in _FORMERLY_AFTER)


# "deixou de ser vegetariana", "dejó de ser vegana", "a cessé d'être végétarienne", "no longer vegan",
# "ha smesso di essere vegana", "перестала быть вегетарианкой", "لم تعد نباتية": a diet given up.
_NO_LONGER = tuple(
    " " + " ".join(fold(w).split()) for w in (
        "deixou de ser", "deixou de", "já não é", "dejó de ser", "dejo de ser", "ya no es", "a cessé d'être",
        "n'est plus", "no longer", "not anymore", "ha smesso di essere", "non è più", "ist nicht mehr",
        "is niet meer", "is geen", "перестала быть", "перестал быть", "больше не", "لم تعد", "لم يعد", "ما عادت", "ما عاد",
    )
)


def _formerly(folded: str, start: int, end: int | None = None) -> bool:
    head = folded[max(0, start - 40) : start]
    if (" " + " ".join(head.split())).endswith(_NO_LONGER):
        return True
    words = head.split()[-3:]
    if words and (words[-1] in _FORMERLY or words == ["used", "to", "be"]):
        return True
    if len(words) >= 2 and words[-1] in _PAST_COPULA and (words[-2] in _FORMERLY or (len(words) > 2 and words[-3] in _FORMERLY)):
        return True
    if end is not None:
        tail = " ".join(folded[end : end + 25].split())
        if tail.startswith(_FORMERLY_AFTER_FOLDED):
            return True
    return head.rstrip().endswith(_DENSE_FORMERLY)


_DIABETES_TOPICS = frozenset(
    fold(w) for w in (
        "research foundation charity association awareness clinic nurse specialist centre center ward conference "
        "fundraiser fundraising gala recherche fondation association clinique centre congres ricerca fondazione "
        "associazione clinica centro investigacion fundacion asociacion pesquisa fundacao associacao forschung "
        "stiftung klinik zentrum gesellschaft onderzoek stichting vereniging исследования фонд клиника центр "
        "praxis diabetologie diabetology diabetologia diabetologia ambulanz department service unit station"
    ).split()
)


# "sugar-free", "zuckerfrei", "suikervrij", "シュガーフリー": a free-from word excludes sugar, like "no sugar";
# without a diabetes mention it is the low-sugar diet ("thé sans sucre"), with one the diabetic diet.
_FREE_OF = re.compile(r"free|frei|vrij|フリー|무가당")

_TOPIC_GLUE = LIST_FILLERS | frozenset("sur on about uber zum zur sul sulla sobre sobre over о по "
                                        "per for pour para fur voor для il".split())


_DENSE_DIABETES_TOPICS = ("재단", "협회", "연구", "캠페인", "자선", "基金", "协会", "協会", "研究", "慈善", "财团", "財団",
                          "チャリティ", "学会", "مؤسسه", "جمعيه", "ابحاث", "ابحاثه", "مركز")


def _diabetes_topic(folded: str, start: int, end: int) -> bool:
    """"diabetes research", "fondation … du diabète", "당뇨 관련 재단": the disease as a topic (charity, work)."""
    if is_dense_char(folded[start]):
        near_after = folded[end : end + 8].replace(" ", "")
        if any(topic in near_after for topic in _DENSE_DIABETES_TOPICS):
            return True
    after = folded[end : end + 30].split()[:1]
    before = [w for w in folded[max(0, start - 40) : start].split()[-3:] if w not in _TOPIC_GLUE]
    return bool(_DIABETES_TOPICS.intersection(after)) or bool(before and before[-1] in _DIABETES_TOPICS)


# A normal lab value is no diabetes ("glycémie normale", "Blutzucker in Ordnung", "blood sugar
# normal", "혈당 정상", "血糖正常", "سكر الدم طبيعي").
_NORMAL = frozenset(fold(w) for w in (
    "normal normale normaux normales normali norma normais ok okay fine good ordnung unauffallig "
    "gut buono buona bueno buena bom boa normaal goed prima нормальный нормальная норме норма "
    "нормальное хороший طبيعي طبيعيه سليم"
).split())
_DENSE_NORMAL = ("正常", "정상", "괜찮", "問題な", "问题", "良好")


_COPULAS = frozenset(fold(w) for w in "is are was ist sind war est sont était e è sono es son está estan é são está "
                      "zijn был была в im in dans di en em".split())
_LAB_WORDS = ("glycemie", "blood sugar", "blutzucker", "glicemia", "glucemia", "bloedsuiker", "сахар в крови",
              "血糖", "혈당", "سكر الدم", "سكر بالدم")


def _normal_reading(folded: str, start: int, end: int) -> bool:
    if not folded[start:end].startswith(_LAB_WORDS):
        return False  # "diabète bien équilibré" is still diabetes
    tail = folded[end : end + 30]
    if is_dense_char(folded[start]) and not "\u0600" <= folded[start] <= "\u06ff":
        return any(w in tail[:8] for w in _DENSE_NORMAL)
    words = [w for w in tail.split()[:5] if w not in _TOPIC_GLUE and w not in _COPULAS]
    return bool(_NORMAL.intersection(words[:2])) and "not" not in words and "pas" not in words


# The diabetes of someone gone, or in the family's past, is no diet of the client: "son père était
# diabétique", "her late father was diabetic", "décédée du diabète", "antécédents familiaux de
# diabète", "아버님이 당뇨로 돌아가셔서", "父亲因糖尿病去世"; a fear of it neither ("craint le diabète").
_GONE = frozenset(fold(w) for w in (
    "late died dead deceased passed décédé décédée décédés decede decedee mort morte morts disparu disparue "
    "verstorben verstorbene verstorbener gestorben starb morto morta morti scomparso scomparsa deceduto deceduta "
    "murió murio fallecido fallecida falleció fallecio difunto difunta faleceu falecido falecida morreu "
    "overleden overleed stierf умер умерла умерли покойный покойная скончался скончалась "
    "توفي توفيت المرحوم المرحومه مات ماتت "
    "history antecedents antécédents familiaux familial familiale familiare familiari familiares familiar "
    "familie familiengeschichte familienanamnese vorbelastet наследственность семейный "
    "risk risque risiko rischio riesgo risco риск fears fear afraid craint crainte peur angst paura miedo medo "
    "боится страх prevention prévention prevenir vorbeugung prevenzione prevencion prevencao профилактика "
    "وراثي خايف خايفه"
).split())
_DENSE_GONE = ("돌아가", "별세", "作古", "去世", "过世", "過世", "病逝", "亡くな", "他界", "家族歴", "가족력", "家族史", "遗传",
               "遺伝", "予防", "예방", "预防")
_PAST_WITH = frozenset(fold(w) for w in (
    "was were had etait avait war hatte era aveva fue tenia tenía foi tinha era was had был была болел болела "
    "كان كانت"
).split())


def _not_the_clients_diabetes(folded: str, matches: list[AliasMatch], i: int, meta: ConceptMeta) -> bool:
    start, end = matches[i][0], matches[i][1]
    lo = max(0, start - 60)
    if is_dense_char(folded[start]) and not "\u0600" <= folded[start] <= "\u06ff":
        window = folded[lo : end + 16]
        return any(w in window for w in _DENSE_GONE)
    before = folded[lo:start].split()[-6:]
    after = folded[end : end + 40].split()[:3]
    if _GONE.intersection(before[-4:]) or _GONE.intersection(after):
        return True
    # a relative in the past tense: "son père était diabétique", "Ihr Vater hatte Diabetes"
    if before and (before[-1] in _PAST_WITH or (len(before) > 1 and before[-2] in _PAST_WITH)):
        return any(meta.categories[m[2]] == "family" and m[1] <= start and start - m[1] < 40 for m in matches[:i])
    return False


_TOO_MUCH = frozenset(fold(w) for w in "trop too much viel troppo demasiado demasiada muito muita слишком много كثير".split())


def avoided_diets(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, language: str | None,
    allergy: AllergyMeta,
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
        [allergy.drinking[matches[i][2]] for i in cues], [m[2] not in meta.cues and meta.categories[m[2]] != "style" for m in matches],  # "糖分は控えめ": a style word reads on
    )
    absolute = set()
    sugar = meta.by_name.get("sugar_cue", -1)
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
        if kind:
            start, end, concept, confidence = matches[i]
            matches[i] = (start, end, diet_cue[concept] if kind == ABSTAINED else reduced_diet[concept], confidence)
            negated[i] = False
            if kind == ABSTAINED:
                absolute.add(i)
    return frozenset(absolute)



# A sweet scent or note is no sugar eaten: "Niente profumi dolci", "note dolci", "香味不要甜的", "단 향".
_SCENTS = ("profum", "parfum", "perfum", "fragran", "duft", "geur", "aroma", "аромат", "запах", "عطر", "رائح", "香",
           "향", "note", "noten", "notas", "notes", "nota ")


def _scent_near(folded: str, start: int, end: int) -> bool:
    window = folded[max(0, start - 24) : end + 12]
    return any(scent in window for scent in _SCENTS)


_GESTATIONAL = ("gestation", "gestaz", "gestac", "schwangerschaft", "zwangerschap", "гестацион", "беременн", "임신", "妊娠",
                "الحمل", "pregnan", "grossesse", "gravidanza", "embarazo", "gravidez")


def _gestational(folded: str, start: int, end: int) -> bool:
    """A diabetes of pregnancy: "diabète gestationnel", "Schwangerschaftsdiabetes", "임신성 당뇨", "妊娠糖尿病",
    "سكري الحمل", "pregnancy diabetes"."""
    window = folded[max(0, start - 12) : end + 16]
    return any(w in window for w in _GESTATIONAL)


_AR_SUGARS = ("سكريات",)
_AR_LIMITING = frozenset(fold(w) for w in (
    "بدون بلا لا ما مش مو ترك تركت بطل بطلت امتنع امتنعت ممتنع ممتنعة يتجنب تتجنب يبتعد تبتعد تبعد يبعد قاطع قاطعة "
    "قليل قليلة يقلل تقلل تقليل يخفف تخفف خففت قللت منخفض"
).split())


def negate_past_and_topics(
    folded: str, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, constraint: tuple[bool, ...]
) -> None:
    """Negate, in place, constraints stated as past ("früher Vegetarier", "ex-vegan", "used to
    be allergic to cats") and diabetes as a topic ("diabetes research", "clinique du diabète")."""
    for i, m in enumerate(matches):
        if constraint[m[2]] and not negated[i] and _formerly(folded, m[0], m[1]):
            negated[i] = True
    diabetic = meta.by_name.get("diabetic", -1)
    low_sugar = meta.by_name.get("low_sugar", -1)
    for i, m in enumerate(matches):
        if m[2] == diabetic and folded[m[0] : m[1]].endswith(_AR_SUGARS):
            # "السكريات" (sugars) holds "سكري" (diabetic): limited or avoided, it is the low-sugar diet
            words = [w[1:] if w[:1] in "وف" and len(w) > 3 else w for w in folded[max(0, m[0] - 40) : m[0]].split()[-3:]]
            if _AR_LIMITING.isdisjoint(words):
                negated[i] = True
            else:
                matches[i] = (m[0], m[1], low_sugar, m[3])
    for i, m in enumerate(matches):
        if m[2] == diabetic and not negated[i] and _gestational(folded, m[0], m[1]):
            # pregnancy diabetes is managed by limiting sugar: "Schwangerschaftsdiabetes", "임신성 당뇨"
            matches[i] = (m[0], m[1], low_sugar, m[3])
    for i, m in enumerate(matches):
        if m[2] == diabetic and folded[m[0] : m[1]] == "hat zucker" and folded[m[1] : m[1] + 12].split()[:1] in (
            ["im"], ["in"], ["mit"], ["zum"], ["gern"], ["gerne"], ["lieber"], ["und"]
        ):
            negated[i] = True  # "hat Zucker im Kaffee gern": sugar in the coffee, not diabetes
    for i, m in enumerate(matches):
        if m[2] == diabetic and not negated[i] and (
            _diabetes_topic(folded, m[0], m[1]) or _normal_reading(folded, m[0], m[1])
            or _not_the_clients_diabetes(folded, matches, i, meta)
        ):
            negated[i] = True


def _says_none(absolute: re.Pattern[str], span: str, language: str | None) -> bool:
    """An absolute word ("no", "sem", "ohne") in ``span``; in Portuguese "no" is "in the"
    (em + o: "cortar no açúcar", cut down on sugar), never a negation (that is "não")."""
    return any(language != "PT" or word.group() != "no" for word in absolute.finditer(span))


# Avoiding sugar limits it ("Diabète : éviter les douceurs sucrées", "avoids sweets"): next to a
# diabetes mention that is the low-sugar diet, as "甘い物は避けている" is.
_AVOIDING = frozenset(fold(w) for w in (
    "avoid avoids avoiding avoided evite evitent eviter evitee evita evitar evitando vermeidet meidet meiden "
    "vermijdt mijdt избегает избегать избегают يتجنب تتجنب يبتعد تبتعد تبعد يبعد"
).split())


def _avoiding(folded: str, start: int) -> bool:
    return not _AVOIDING.isdisjoint(folded[max(0, start - 40) : start].split()[-4:])


# Sentence ends for a diabetes mention and a sugar limit (not ";": "Diabético, con insulina; café sin azúcar").
_SENTENCE_END = re.compile(r"[.!?\n。！？](?!\d)")


def same_sentence(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether the original spans ``a`` and ``b`` of ``text`` stand in one sentence."""
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    return hi <= lo or _SENTENCE_END.search(text, lo, hi) is None


def settle_diets(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, allergy: AllergyMeta,
    absolute: frozenset[int], diabetes: tuple[tuple[int, int], ...], language: str | None = None,
) -> set[int]:
    """The diet matches not to output: a no-alcohol diet that is about coffee or sulfites, a
    vegetarian diet inside a stricter one, sugar inside keto, and low_sugar or diabetic
    (whichever the note states) next to a diabetes mention in the same sentence (``diabetes``:
    the original spans of redacted ones); a sugar limit in another sentence is a fact of its own.
    Relabels a fish-eating vegetarian a pescatarian (in place)."""
    folded = nt.folded
    dropped: set[int] = set()
    no_alcohol, sulfites = meta.by_name.get("no_alcohol", -1), meta.by_name.get("sulfites", -1)
    diabetic, low_sugar = meta.by_name.get("diabetic", -1), meta.by_name.get("low_sugar", -1)
    present = {m[2] for m in matches}  # most notes have none of the diets below: skip their passes
    for d, d_match in enumerate(matches) if no_alcohol in present else ():
        if d_match[2] == no_alcohol:
            if soft_drink_after(nt, d_match[1]):
                dropped.add(d)  # "doesn't drink coffee after 5pm", "ne boit pas de café"
            for s_match in matches:
                if s_match[2] == sulfites and near(nt, d_match, s_match, 4):
                    dropped.add(d)  # "no bebe vino por los sulfitos": the sulfites, not a diet
    if meta.by_name.get("vegetarian", -1) in present:
        _vegetarian_variants(nt, matches, negated, meta, absolute, dropped)
        glossed_vegan(nt, matches, negated, meta, dropped)
        medical_meatless(nt, matches, negated, meta, absolute, dropped)
    keto = meta.by_name.get("keto", -1)
    if keto in present and meta.by_name.get("low_carb", -1) in present:
        dropped.update(keto_carbs(nt, matches, negated, meta, absolute, allergy.absolute, language))
    if low_sugar not in present:
        return dropped
    sugar = [i for i, m in enumerate(matches) if m[2] == low_sugar and not negated[i]]
    if sugar and any(m[2] == keto and not negated[i] for i, m in enumerate(matches)):
        dropped.update(sugar)  # "ketogen, keine Süßigkeiten anbieten": the keto diet excludes sugar
        sugar = []
    mentions = list(diabetes) + [nt.to_original(m[0], m[1]) for i, m in enumerate(matches) if m[2] == diabetic and not negated[i]]
    sugar = [i for i in sugar if any(same_sentence(nt.original, nt.to_original(matches[i][0], matches[i][1]), d) for d in mentions)]
    if sugar:
        if all((i in absolute and not _avoiding(folded, matches[i][0]))
               or _says_none(allergy.absolute, folded[matches[i][0] : matches[i][1]], language)
               or _FREE_OF.search(folded[matches[i][0] : matches[i][1]]) for i in sugar):
            dropped.update(sugar)  # "diabetic, no sugar at events": the diabetic diet
        else:  # "diabète, peu de sucre": the diet stated is low_sugar
            dropped.update(i for i, m in enumerate(matches) if m[2] == diabetic)
    return dropped
