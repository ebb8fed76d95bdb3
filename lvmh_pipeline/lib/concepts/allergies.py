"""Allergy rules: ``?`` aliases licensed by an allergy cue, redacted allergens, and pairing
allergy words with allergens (negation passed on, corrections, denials, lists, repeats).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_arabic_char, is_dense_char, to_folded
from lvmh_pipeline.lib.concepts.context import (
    LIST_FILLERS, LIST_WORDS, PAIR_BREAK, PLACEHOLDER, AllergyMeta, ConceptMeta, allergy_meta, clause_of, default_taxonomy,
    gap_length, gap_words, listed, near,
)
from lvmh_pipeline.lib.concepts.diets import negate_past_and_topics, settle_diets
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.negation import post_denied, problem_flags
from lvmh_pipeline.lib.concepts.statements.corrections import answered_no, correction_flags
from lvmh_pipeline.lib.concepts.statements.denials import (
    dense_denied, excepted, excluded, included, may_take_back, mistaken_flags, stated_apart,
)
from lvmh_pipeline.lib.concepts.statements.gifts import allergy_precautions, gift_exclusions
from lvmh_pipeline.lib.concepts.statements.preferences import compared_foods
from lvmh_pipeline.lib.concepts.statements.diet_overlaps import vegan_lists
from lvmh_pipeline.lib.concepts.statements.questions import asked_flags
from lvmh_pipeline.lib.concepts.statements.tastes import (
    CLAUSE, disliked_foods, food_hits, ingredients, liked_foods, object_words, unclaimed, window,
)

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.extraction import ConceptHit

__all__ = ["pair_allergies", "with_licensed", "with_placeholders"]

_COMMA = re.compile(r"[,、，،]")
_ASKED = re.compile(r"[?？؟]")
# "any" between a negated cue and the allergy word it heads ("ما تسبب لها أي حساسية", "no known allergies")
_ANY = frozenset("any known irgendeine irgendwelche aucune aucun alguna ninguna nessuna qualche nenhuma enige никакой "
                 "никакие какой какие اي أي ای".split())
# Korean particles glued to a noun ("계란에", "울은", "고양이랑", "강아지한테", "계란하고"): the
# allergen word ends there.
_KO_PARTICLES = frozenset("은는이가을를에도만과와랑로의류나며한하")
# Korean "and"/"or" after a consonant-final noun ("계란이랑", "계란하고", "계란이나"): a list word.
_KO_LIST_GLUE = frozenset({"이랑", "하고", "이나", "이며"})


def _license_pass(
    nt: NormalizedText, pending: list[AliasMatch], anchors: list[AliasMatch], kept: list[AliasMatch],
    later: list[AliasMatch], stated: set[int], meta: ConceptMeta,
) -> None:
    """One pass over the ``pending`` ``?`` hits: those an anchor or a hit already kept licenses go
    to ``kept`` (their allergen to ``stated``), the others to ``later``."""
    for hit in pending:
        later.append(hit)
        for anchor in anchors + kept:
            gap = gap_words(nt, anchor, hit)
            if gap is None:
                continue
            if anchor[2] in meta.licensors:
                # before a cue, a few words: "Messing an Schnallen verursacht Ausschlag"
                # (JA/ZH/KO put a noun between: "크롬 무두질 가죽에 알레르기", "铬鞣皮革过敏")
                before = (2 if gap and is_dense_char(gap[-1][0]) else 1) if anchor[2] == meta.allergy_unspecified else 3
                if gap and anchor[1] > hit[0] and gap[0][0] in _KO_PARTICLES and len(gap[0]) <= 2 \
                        and nt.folded[hit[1] : hit[1] + 1] == gap[0][0]:
                    gap = gap[1:]  # a particle glued to the allergen: "계란을 못 드심, 알레르기"
                licensed_here = gap_length(gap) <= (2 if anchor[1] <= hit[0] else before)
                if not licensed_here and anchor[1] > hit[0] and anchor[2] == meta.allergy_unspecified:
                    licensed_here = _topic_then_allergy(nt, hit, anchor, gap) or _avoided_because(nt, hit, gap)
                if licensed_here and anchor[2] != meta.allergy_unspecified and anchor[1] <= hit[0]:
                    # a cue has its object before a comma: "価格に敏感、ウール", "sensible au prix, la laine"
                    o_lo, o_hi = nt.to_original(anchor[1], hit[0])
                    licensed_here = _COMMA.search(nt.original, o_lo, o_hi) is None
            else:  # a list of allergens: "mustard, wool and latex", "eggs and to mustard", "달걀이랑 우유"
                # (numbered items: "1) 동물 털 2) 계란", folded digits are 0s)
                licensed_here = listed([w for w in gap if w not in _KO_LIST_GLUE and w.strip("0")]) if gap else True
            if licensed_here:
                kept.append(hit)
                stated.add(hit[2])
                later.pop()
                break


_TOPIC_GAP_WORDS = 4  # words between an allergen put first and the allergy word closing its clause
_NO_BEFORE = frozenset("no not kein keine keinen pas aucune aucun nessuna nessun ninguna ningun nenhuma geen нет без ни لا "
                       "sans senza sin sem ohne zonder".split())
_TOPIC_BREAK = re.compile(r"[.;!?,:()\n。！？；：、，،؛]")
_TOPIC_CLAUSE = re.compile(r"[.;!?,:()\n。！？；：、，،؛]|\s[-–—]\s")


def _topic_then_allergy(nt: NormalizedText, hit: AliasMatch, anchor: AliasMatch, gap: list[str]) -> bool:
    """An allergen opening its clause and an allergy word closing it, a short verb phrase
    between ("La lana le dà allergia", "Wolle löst bei ihr eine Allergie aus", "От шерсти у
    неё аллергия", "Шерсть не носит — аллергия"): the allergy is to that allergen."""
    if gap_length(gap) > _TOPIC_GAP_WORDS + 2 or any(w in LIST_WORDS for w in gap) or gap[-1:] and gap[-1] in _NO_BEFORE:
        return False  # "soy latte for her — no allergies"
    original = nt.original
    o_hit, o_hit_end = nt.to_original(hit[0], hit[1])
    o_anchor, o_anchor_end = nt.to_original(anchor[0], anchor[1])
    cut = [m.end() for m in _TOPIC_BREAK.finditer(original, o_hit_end, o_anchor)]
    if len(original[o_hit_end : cut[0] if cut else o_anchor].split()) > _TOPIC_GAP_WORDS:
        return False
    if cut and (len(original[cut[-1] : o_anchor].split()) > 2 or "," not in original[cut[-1] - 1 : cut[-1]]):
        return False  # "Soy latte for her, no allergies": another clause (a dash may join: "Шерсть не носит — аллергия")
    # (an allergy word closing the sentence after a comma gives the reason: "Шерстяное не носит, аллергия.",
    # "Schafwolle geht gar nicht, sie ist allergisch.")
    breaks = [m.end() for m in _TOPIC_CLAUSE.finditer(original, max(0, o_hit - 40), o_hit)]
    head = original[breaks[-1] if breaks else max(0, o_hit - 40) : o_hit].split()
    if len(head) > 1 or (not breaks and o_hit > 40):
        return False  # the allergen does not open its clause ("from" / "la" / "от" may)
    after = _TOPIC_CLAUSE.search(original, o_anchor_end)
    tail = original[o_anchor_end : after.start() if after else len(original)].split()
    if cut:  # after a comma the allergy word must end the sentence
        return (not tail or tail == ["ist"]) and (after is None or original[after.start()] in ".!;\n")
    return len(tail) <= 1  # the allergy word (and a verb particle: "aus") closes the clause


# "Sie trägt keine Wolle, weil sie allergisch ist", "never wears wool because she is allergic":
# a word done without, then the allergy as its reason.
_BECAUSE = frozenset(fold(w) for w in (
    "because since as weil da denn parce car puisque perche poiche porque pois omdat want потому поскольку "
    "так لان لانه لانها"
).split())
_WITHOUT = frozenset(fold(w) for w in (
    "no not never without avoid avoids avoiding kein keine keinen nie nicht ohne meidet vermeidet pas jamais sans "
    "evite non mai senza evita no nunca sin evita nao nunca sem geen nooit zonder vermijdt не никогда без избегает "
    "لا ما بدون تتجنب يتجنب"
).split())


def _avoided_because(nt: NormalizedText, hit: AliasMatch, gap: list[str]) -> bool:
    if len(gap) > 6 or _BECAUSE.isdisjoint(gap):
        return False
    before = nt.folded[max(0, hit[0] - 40) : hit[0]].split()[-3:]
    return not _WITHOUT.isdisjoint(before)


def with_licensed(
    nt: NormalizedText, matches: list[AliasMatch], licensed: list[AliasMatch], meta: ConceptMeta,
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
    pending = []
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
        pending.append(hit)
    while pending:  # until no hit is licensed: a list item before one licensed later ("달걀이랑 우유 알레르기")
        before_pass = len(kept)
        later = []
        _license_pass(nt, pending, anchors, kept, later, stated, meta)
        pending = later if len(kept) > before_pass else []
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


def with_placeholders(
    nt: NormalizedText, matches: list[AliasMatch], protected: Sequence[ConceptHit], meta: ConceptMeta
) -> list[AliasMatch]:
    """``matches`` plus the allergens pseudonymization redacted ("allergic to [HEALTH]"), as
    matches on their placeholders (confidence :data:`PLACEHOLDER`, never output: the
    protected concepts give those rows). They pair with the allergy word left next to them and
    anchor lists ("allergic to [HEALTH] and mustard")."""
    spans = []
    for hit in protected:
        concept = meta.by_name.get(hit.concept)
        if concept is None or meta.categories[concept] != "allergy":
            continue
        start, end = to_folded(nt, hit.start), to_folded(nt, hit.end)
        if end > start:
            spans.append((start, end, concept, PLACEHOLDER))
    if not spans:
        return matches
    kept = [m for m in matches if not any(m[0] < s[1] and s[0] < m[1] for s in spans)]
    return sorted(kept + spans)


# Allergy words giving the reason for doing without something ("не носит шерсть из-за аллергии",
# "avoids wool because of an allergy", "meidet Wolle wegen einer Allergie").
_CAUSAL = ("из за ", "because ", "due to ", "wegen ", "a cause ", "a causa ", "per via ", "por ")

# Negators that deny rather than avoid: "allergic to fish, not shellfish", "nicht Nüsse".
_DENIERS = frozenset("not nicht niet nao non не ليس ليست مش".split())


def _denied(folded: str, start: int) -> bool:
    """The word before ``start`` (folded text), prepositions and articles skipped, denies
    ("not shellfish", "not to nuts"; not "não come amendoim", where it negates the verb)."""
    for word in reversed(folded[max(0, start - 30) : start].split()):
        if word in _DENIERS:
            return True
        if word not in LIST_FILLERS and word not in _EVEN:
            return False
    return False


# "not even nickel", "pas même le nickel", "nicht einmal Nickel": the denial reaches over "even"
_EVEN = frozenset("even meme nemmeno neanche nemmanco siquiera einmal sogar zelfs даже حتى".split())


def pair_allergies(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
    language: str | None = None, allergy: AllergyMeta | None = None, repeats: frozenset[tuple[int, int]] = frozenset(),
    absolute: frozenset[int] = frozenset(), diabetes: tuple[tuple[int, int], ...] = (),
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
    - A negated problem word denies the food ("no gluten issues", "kein Gluten-Problem", "no
      problems with nuts"; :func:`problem_flags`); a bare "no gluten" stays a free-from request.
    - Tastes and objects are no constraints: a food the client likes or dislikes ("loves
      chocolate and nuts", "no le gusta el marisco"), a diet or food word naming a material, a
      shape or a gift ("vegan leather", "坚果礼盒", "땅콩 모양"), unless an allergy word is in its
      clause; an allergy word that asks or leaves the question open ("Allergies: TBC",
      "アレルギーは要確認", "asked about allergies") claims no allergy.
    """
    allergy = allergy or allergy_meta(default_taxonomy())
    constraint, allergen = allergy.constraint, allergy.allergen
    eligible = [constraint[m[2]] and m[3] != PLACEHOLDER for m in matches]
    stated_negated = list(negated)  # before "no mustard" turns into an avoided allergen
    corrected = correction_flags(nt, matches, language, eligible)
    for i in absolute:  # "Alkohol: nein", "Сахар — нет": the answer is the abstention itself
        if corrected[i] and answered_no(nt, matches[i][1]):
            corrected[i] = False
    corrected = [c or p for c, p in zip(corrected, problem_flags(nt, matches, eligible))]  # "no gluten issues"
    if may_take_back(nt.folded, language):  # "thought she was allergic … but no", "check whether she is allergic"
        diets = [meta.categories[m[2]] == "diet" for m in matches]  # a diet is the topic of its question
        asked = asked_flags(nt, matches, language, eligible, allergy.words, diets, [not allergy.every[m[2]] for m in matches])
        corrected = [c or b or q for c, b, q in zip(corrected, mistaken_flags(nt, matches, language, eligible), asked)]
    elif _ASKED.search(nt.original):  # a direct question: "Is she vegan?", "비건이신가요?"
        diets = [meta.categories[m[2]] == "diet" for m in matches]
        asked = asked_flags(nt, matches, language, eligible, allergy.words, diets, [not allergy.every[m[2]] for m in matches])
        corrected = [c or q for c, q in zip(corrected, asked)]
    folded = nt.folded
    _textile_dyes(nt, matches, meta)
    before_past = negated.count(True)
    negate_past_and_topics(folded, matches, negated, meta, constraint)
    # "allergic to latex years ago" is past, never "avoided" (the common case: nothing turned past)
    past = [n and not b for n, b in zip(negated, stated_negated)] if negated.count(True) > before_past else None
    for i, m in enumerate(matches):  # "шерсть не носит из-за аллергии": the negator is the avoiding verb's
        if negated[i] and m[2] == meta.allergy_unspecified and folded.startswith(_CAUSAL, m[0]) \
                and folded[max(0, m[0] - 12) : m[0]].split()[-1:] not in (["not"], ["nicht"], ["pas"], ["non"], ["не"], ["nao"], ["no"]):
            negated[i] = False  # (not "not because of an allergy")
    for i in range(1, len(matches)):  # "no food allergies", "no known drug intolerances": the head noun
        if matches[i][2] == meta.allergy_unspecified and negated[i - 1] and not negated[i]:
            if folded.startswith(_CAUSAL, matches[i][0]):
                continue  # "не носит шерсть из-за аллергии": the reason for avoiding it, not its head noun
            if matches[i - 1][1] <= matches[i][0] and _ANY.issuperset(folded[matches[i - 1][1] : matches[i][0]].split()) \
                    and not CLAUSE.search(nt.original, *nt.to_original(matches[i - 1][1], matches[i][0])):
                negated[i] = True  # (not across a colon or comma: "Pas de sésame : allergie sévère")
    words = allergy.words
    announced: bool | None = None  # the note speaks of allergies (computed when needed)
    for i, (start, end, concept, confidence) in enumerate(matches):
        if confidence == PLACEHOLDER:
            continue
        if (
            negated[i] and not (past and past[i]) and allergen[concept] and not words.search(folded, start, end) and not _denied(folded, start)
            and not post_denied(nt, matches, i, language) and not dense_denied(nt, matches[i])
        ):
            if announced is None:  # an allergy word or cue, alone or in an allergen's alias
                announced = any(
                    m[2] in meta.licensors or (allergen[m[2]] and words.search(folded, m[0], m[1])) for m in matches
                )
            if announced or allergy.free_from[concept] or _kept_out_of_diet(nt, matches, i, negated, meta):
                negated[i] = False  # "no mustard": avoided
        if corrected[i]:
            negated[i] = True
    dropped = settle_diets(nt, matches, negated, meta, allergy, absolute, diabetes, language)
    vegan_lists(nt, matches, negated, meta, allergy, absolute, dropped)  # "no meat, no dairy, no eggs"
    dropped.update(_eaten_fish(nt, matches, negated, meta, allergy, dropped))
    dropped.update(object_words(nt, matches, meta, allergy))
    dropped.update(unclaimed(nt, matches, negated, meta))
    foods = food_hits(matches, allergy)
    # a diet read from a food the client dislikes is a taste too: "단 거 안 좋아하세요", "No le gustan los dulces"
    disliked = foods + [i for i, m in enumerate(matches) if meta.categories[m[2]] == "diet" and not negated[i]
                        and constraint[m[2]] and i not in dropped]
    dropped.update(disliked_foods(nt, matches, sorted(disliked), allergy))
    dropped.update(compared_foods(nt, matches, foods, meta, allergy))  # "fruit instead of nuts"
    dropped.update(gift_exclusions(nt, matches, negated, meta, allergy))  # "no sweets in the gift box"
    dropped.update(allergy_precautions(nt, matches, negated, meta, allergy, dropped, diabetes))  # "nut allergy, no desserts"
    liked = [i for i in foods if not negated[i] and not stated_negated[i]]
    if liked:  # the word checks of liked_foods cost more than this
        dropped.update(liked_foods(nt, matches, liked, [a or b for a, b in zip(negated, stated_negated)], meta, allergy))
        dropped.update(ingredients(nt, matches, liked, meta, allergy))
    licensors, categories = meta.licensors, meta.categories
    cues = [u for u, m in enumerate(matches) if m[2] in licensors]
    # what a cue can pair with (a perfume it pairs with becomes the fragrance allergen: still one)
    paired = [a for a, m in enumerate(matches) if m[2] not in licensors
              and (m[2] == meta.fragrance_product or categories[m[2]] == "allergy")] if cues else []
    people = [m for m in matches if categories[m[2]] == "family"] if cues else []
    for u in cues:
        u_match = matches[u]
        for a in paired:
            a_match = matches[a]
            a_start, a_end, a_concept, confidence = a_match
            perfume = a_concept == meta.fragrance_product
            if not near(nt, u_match, a_match):
                continue
            if negated[u] and not negated[a] and (
                _denial_closed(nt, u_match, a_match, words) or excepted(nt, u_match, a_match)
                or stated_apart(nt, u_match, a_match, _affirmed(nt, matches, a, negated, meta, words), people)
            ):
                continue  # "아이는 알레르기가 없는데 남편은 땅콩 알레르기", "no allergies except sesame"
            dropped.add(u)
            negated[a] = negated[a] or negated[u]
            if perfume:
                matches[a] = (a_start, a_end, meta.fragrance_allergy, confidence)
    for u in cues:  # "no allergies, including to pollen": a denial that names what it includes
        if negated[u]:
            for a in paired:
                if not negated[a] and matches[a][3] != PLACEHOLDER and included(nt, matches[u], matches[a]):
                    negated[a] = True
    for a in paired:  # "У мужа аллергия на шерсть, у неё нет": the denial after the comma is another person's
        if negated[a] and not corrected[a] \
                and _COMMA.match(nt.original, nt.to_original(matches[a][1], matches[a][1])[0]) \
                and post_denied(nt, matches, a, language) and _affirmed(nt, matches, a, negated, meta, words):
            negated[a] = False
    _share_denial(nt, matches, negated, stated_negated, allergy, language, corrected)
    if "[" in nt.original:  # placeholders only come with redacted words ("[HEALTH]")
        _share_placeholder(nt, matches, negated)
    if repeats:
        again = [i for i, m in enumerate(matches) if (m[0], m[1]) in repeats]
        for concept in {matches[i][2] for i in again}:
            stated = [i for i, m in enumerate(matches) if m[2] == concept and (m[0], m[1]) not in repeats]
            if stated and all(negated[i] for i in stated):
                for i in again:
                    if matches[i][2] == concept:
                        negated[i] = True
    generic = meta.allergy_unspecified
    # (a placeholder is a stated allergen: pseudonymization leaves negated ones readable)
    named = [i for i, m in enumerate(matches)
             if allergen[m[2]] and (m[3] == PLACEHOLDER or (not negated[i] and i not in dropped))]
    denied = False
    for i, m in enumerate(matches):
        if m[2] != generic:
            continue
        if negated[i]:
            denied = True
        elif i not in dropped and named and (
            any(gap_words(nt, m, matches[a]) is not None for a in named)
            or (any(_stated(nt, matches, a, meta, words) for a in named) and not _unknown_allergen(nt, m))
        ):
            # "sie isst kein Gluten, also keine Zöliakie, nur so eine Unverträglichkeit"; "Severe
            # allergy: peanuts. Carries an EpiPen." (the allergy the note names)
            dropped.add(i)
    if denied and not named:
        last = max(i for i, m in enumerate(matches) if m[2] == generic and negated[i])
        for i in range(last):
            if matches[i][2] == generic and not negated[i] and gap_words(nt, matches[i], matches[last]) is not None:
                dropped.add(i)  # "asked about allergies, she has none"
    dropped.update(i for i, m in enumerate(matches) if m[3] == PLACEHOLDER)
    return dropped


# A negator closing an allergy word's clause ("알레르기가 없는데", "アレルギーはないが", "过敏没有",
# "allergies none"): an allergen after it is another statement.
_CLOSING_DENIAL = re.compile(
    r"없|아니|ない|なし|無し|没有|沒有|无|無|(?<!\w)(?:none|nil|keine|geen|aucune|nessuna|ninguna|nenhuma|нет|"
    r"لا يوجد|ما في)(?!\w)"
)


def _share_placeholder(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool]) -> None:
    """An allergen word right next to a redacted mention of the same allergen is that mention
    ("لا تعاني من [HEALTH] المعادن"): it shares its negation, in place."""
    for p, m in enumerate(matches):
        if m[3] != PLACEHOLDER:
            continue
        for k in (p - 1, p + 1):
            if 0 <= k < len(matches) and matches[k][2] == m[2] and matches[k][3] != PLACEHOLDER:
                lo, hi = (matches[k][1], m[0]) if k < p else (m[1], matches[k][0])
                if hi >= lo and not nt.folded[lo:hi].strip():
                    negated[k] = negated[p]


def _affirmed(nt: NormalizedText, matches: list[AliasMatch], a: int, negated: list[bool], meta: ConceptMeta,
              words: re.Pattern[str]) -> bool:
    """The allergen's own clause states an allergy: its alias holds an allergy word
    ("Erdnussallergie", "allergico ai crostacei") or a cue not denied stands next to it."""
    start, end = matches[a][0], matches[a][1]
    if words.search(nt.folded, start, end):
        return True
    for k, m in enumerate(matches):
        if m[2] in meta.licensors and not negated[k] and near(nt, m, matches[a]):
            lo, hi = (m[1], start) if m[1] <= start else (end, m[0])
            if hi <= lo or not CLAUSE.search(nt.original, *nt.to_original(lo, hi)):
                return True
    return False


def _denial_closed(nt: NormalizedText, cue: AliasMatch, allergen_match: AliasMatch, words: re.Pattern[str]) -> bool:
    """The allergy word ``cue`` is denied apart from ``allergen_match``: the cue's negator stands
    between them and the allergen has an allergy word of its own ("없는데 … 땅콩 알레르기")."""
    return (
        words.search(nt.folded, allergen_match[0], allergen_match[1]) is not None
        and not (cue[0] < allergen_match[1] and allergen_match[0] < cue[1])
        and cue[1] <= allergen_match[0]
        and _CLOSING_DENIAL.search(nt.folded, cue[1], allergen_match[0]) is not None
    )


def _kept_out_of_diet(nt: NormalizedText, matches: list[AliasMatch], i: int, negated: list[bool],
                      meta: ConceptMeta) -> bool:
    """Seafood refused in the sentence of a pescatarian diet is kept out of it, not denied
    ("Pescatarian, but no shellfish", "Pescetarier, aber keine Meeresfrüchte")."""
    if matches[i][2] not in (meta.by_name.get("fish", -1), meta.by_name.get("shellfish", -1)):
        return False
    pescatarian = meta.by_name.get("pescatarian", -1)
    return any(m[2] == pescatarian and not negated[k] and gap_words(nt, m, matches[i]) is not None
               for k, m in enumerate(matches))


def _eaten_fish(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                allergy: AllergyMeta, dropped: set[int]) -> set[int]:
    """Fish or seafood in the sentence of a pescatarian diet is what the client eats, not an
    allergen ("تأكل السمك والمأكولات البحرية فقط، لا لحوم", "no meat, fish and prawns are fine"),
    unless an allergy word is in its clause."""
    pescatarian = meta.by_name.get("pescatarian", -1)
    diets = [m for i, m in enumerate(matches) if m[2] == pescatarian and not negated[i] and i not in dropped]
    if not diets:
        return set()
    seafood = {meta.by_name.get("fish", -1), meta.by_name.get("shellfish", -1)}
    found = set()
    for i, m in enumerate(matches):
        if m[2] not in seafood or negated[i] or m[3] == PLACEHOLDER:
            continue
        if not any(gap_words(nt, d, m) is not None for d in diets) or excluded(nt, m):
            continue  # ("pescatarian, except shellfish": avoided)
        c_start, c_end = window(nt, m[0], m[1], CLAUSE)
        if not allergy.words.search(nt.folded, c_start, c_end):
            found.add(i)
    return found


# Words that coordinate the items of a list (a bare comma does not: "keine Nussallergie, Eier meiden").
_COORDINATING = LIST_WORDS | _KO_LIST_GLUE | frozenset("ni nor neither noch ни nem".split())
_LIST_NEGATORS = frozenset(
    "no not kein keine keinen keiner ohne pas sans niente nessun nessuna senza sin nada sem geen zonder нет без не لا "
    "x ng 不可 不要 不吃 なし ダメ だめ 없음 없이".split()
)


def _share_denial(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], stated_negated: list[bool],
    allergy: AllergyMeta, language: str | None, corrected: Sequence[bool] = (),
) -> None:
    """A list of allergens shares the denial of the allergy word that closes or opens it, in
    place: "땅콩, 계란 알레르기 없음", "花生、鸡蛋过敏都没有", "No nut or egg allergies", "Keine Nuss- oder
    Eiallergie", "Аллергии на орехи и яйца нет", "没有花生和鸡蛋过敏", "Pas d'allergie aux noix ni aux
    œufs", "allergic to fish, not shellfish or crab". An item with its own allergy word keeps
    its own negation ("peanut allergy, no egg allergy")."""
    allergen, words, folded = allergy.allergen, allergy.words, nt.folded
    items = [i for i, m in enumerate(matches) if allergen[m[2]] and m[3] != PLACEHOLDER]
    if len(items) < 2 or not any(negated[i] or stated_negated[i] for i in items):
        return
    # (match, joined to the previous item by a coordinator, by a negator of its own: "no X, no Y")
    chains: list[list[tuple[int, bool, bool]]] = []
    for i in items:
        if chains and chains[-1][-1][0] == i - 1:
            gap = gap_words(nt, matches[i - 1], matches[i])
            if gap is not None and listed([w for w in gap if w not in _KO_LIST_GLUE]):
                chains[-1].append((i, not _COORDINATING.isdisjoint(gap), not _LIST_NEGATORS.isdisjoint(gap)))
                continue
        chains.append([(i, False, False)])
    for chain in chains:
        if len(chain) < 2:
            continue
        own = [words.search(folded, matches[i][0], matches[i][1]) is not None for i, _, _ in chain]
        last = chain[-1][0]
        # the allergy word of the last item closes the list: "egg allergies", "Eiallergie", "鸡蛋过敏"
        # (not "alergia a los cacahuetes", which opens its own statement)
        word = words.search(folded, matches[last][0], matches[last][1])
        closing = (word is not None and word.start() > matches[last][0]) or _closed_after(nt, matches[last], words)
        taken_back = bool(corrected) and corrected[last]  # "계란, 우유, 땅콩 다 드심", "eggs, milk, nuts: all fine"
        if negated[last] and (closing or taken_back or post_denied(nt, matches, last, language)):
            for k in range(len(chain) - 1, 0, -1):  # the allergy word closing the list is denied
                if own[k - 1] or chain[k][2]:
                    break  # "nuts and eggs, no shellfish allergy": the denial is the last item's own
                negated[chain[k - 1][0]] = True
            continue
        if closing and stated_negated[chain[0][0]] and any(c[1] for c in chain[1:]) and not any(c[2] for c in chain[1:]):
            for i, _, _ in chain:
                negated[i] = True  # a negator opens the list an allergy word closes
            continue
        for k in range(1, len(chain)):
            i, joined, _ = chain[k]
            if joined and negated[chain[k - 1][0]] and not negated[i] and not own[k]:
                negated[i] = True  # "pas d'allergie aux noix ni aux œufs", "not shellfish or crab"


def _closed_after(nt: NormalizedText, match: AliasMatch, words: re.Pattern[str]) -> bool:
    """An allergy word right after the last item closes the list ("계란이랑 우유, 땅콩 다 알레르기 없으시고",
    "eggs, milk or nuts: no allergy"): two words at most, no clause break."""
    end = match[1]
    found = words.search(nt.folded, end, min(len(nt.folded), end + 16))
    if found is None or CLAUSE.search(nt.original, *nt.to_original(end, found.start())):
        return False
    return gap_length(nt.folded[end : found.start()].split()) <= 2


def _stated(nt: NormalizedText, matches: list[AliasMatch], a: int, meta: ConceptMeta, words: re.Pattern[str]) -> bool:
    """An allergen the note states as an allergy: its alias holds an allergy word ("Nussallergie")
    or an allergy word or cue shares its sentence ("Allergies: peanuts"), not a bare product
    word elsewhere ("Cuir nickel mat")."""
    start, end = matches[a][0], matches[a][1]
    if matches[a][3] == PLACEHOLDER or words.search(nt.folded, start, end):
        return True
    return any(m[2] in meta.licensors and gap_words(nt, m, matches[a]) is not None for m in matches)



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
_ITEM_BREAK = re.compile(r"[,、，;；.。:：()（）/]")


def _textile_dyes(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> None:
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
        if found:
            matches[i] = (start, end, dye, confidence)


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
    clause = clause_of(nt.original, o_start, o_end)
    return bool(_UNKNOWN_WORDS.intersection(fold(clause).split())) or any(w in clause for w in _DENSE_UNKNOWN)
