"""Allergens the matcher cannot take alone: ``?`` aliases licensed by an allergy cue next to
them or by a list they belong to ("allergic to mustard", not "mustard yellow";
:func:`with_licensed`), and allergens pseudonymization redacted ("allergic to [HEALTH]";
:func:`with_placeholders`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char, to_folded
from lvmh_pipeline.lib.concepts.context import LIST_WORDS, REDACTED_ALLERGEN, ConceptMeta, gap_length, gap_words, listed
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.extraction import ConceptHit

__all__ = ["with_licensed", "with_placeholders"]


_COMMA = re.compile(r"[,、，،]")


# Korean particles glued to a noun ("계란에", "울은", "고양이랑", "강아지한테", "계란하고"): the
# allergen word ends there.
_KO_PARTICLES = frozenset("은는이가을를에도만과와랑로의류나며한하")
# Quantifiers before an item of a list ("wool and certain dyes", "laine et certaines teintures", "wol en bepaalde
# verfstoffen"), folded; and a spoken "yes" among the hesitations ("voor eh, ja, wol").
_QUANTIFIERS = frozenset(fold(w) for w in (
    "certain some several various certaines certains quelques gewisse gewissen bestimmte bestimmten manche einige "
    "alcuni alcune certi certe ciertos ciertas algunos algunas certos certas alguns algumas bepaalde sommige "
    "некоторые некоторых определённые определенные بعض ja yes"
).split())
# A spoken correction between an allergy cue and the allergen it now names ("allergic to leather, um, no,
# to the leather dye", "alérgico a couro, não, a corante"), folded: what the cue reaches past.
_CORRECTING = frozenset(fold(w) for w in (
    "no non nein nee não нет لا sorry pardon perdón desculpa scusa rather plutôt eher anzi mejor melhor beter "
    "вернее точнее いや 아니 不对"
).split())
_CORRECTED_REACH = 5  # counted words between the cue and the correcting word


def _corrected_to(nt: NormalizedText, anchor: AliasMatch, hit: AliasMatch, gap: list[str]) -> bool:
    """The gap after an allergy cue ends with a correction set off by a comma, then at most two words
    before the hit: the cue's first object was taken back for the hit ("allergic to wool, no, to dyes";
    not "allergic to leather, no dye on it")."""
    for k in range(len(gap) - 1, max(-1, len(gap) - 4), -1):
        if gap[k] in _CORRECTING:
            if not 0 < gap_length(gap[:k]) <= _CORRECTED_REACH:
                return False
            o_lo, o_hi = nt.to_original(anchor[1], hit[0])
            return any(fold(w) in _CORRECTING for w in _WORD_THEN_COMMA.findall(nt.original, o_lo, o_hi))
    return False


_WORD_THEN_COMMA = re.compile(r"([^\W\d_]+)\s*[,、，،]")


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
                if anchor[0] >= hit[1] and _headed_by_other(nt.folded, anchor, hit, anchors, kept, meta):
                    continue  # "액세서리 좋아하심, 꽃가루 알레르기": the allergy word is the pollen's
                # before a cue, a few words: "Messing an Schnallen verursacht Ausschlag"
                # (JA/ZH/KO put a noun between: "크롬 무두질 가죽에 알레르기", "铬鞣皮革过敏")
                before = (2 if gap and is_dense_char(gap[-1][0]) else 1) if anchor[2] == meta.allergy_unspecified else 3
                if gap and anchor[1] > hit[0] and gap[0][0] in _KO_PARTICLES and len(gap[0]) <= 2 \
                        and nt.folded[hit[1] : hit[1] + 1] == gap[0][0]:
                    gap = gap[1:]  # a particle glued to the allergen: "계란을 못 드심, 알레르기"
                licensed_here = gap_length(gap) <= (2 if anchor[1] <= hit[0] else before)
                if not licensed_here and anchor[1] > hit[0] and anchor[2] == meta.allergy_unspecified:
                    licensed_here = _topic_then_allergy(nt, hit, anchor, gap) or _avoided_because(nt, hit, gap) \
                        or _ko_avoided_then_reaction(nt, hit, anchor)
                elif not licensed_here and anchor[2] == meta.allergy_unspecified:
                    licensed_here = _named_after_having(nt, hit, gap) or _corrected_to(nt, anchor, hit, gap)  # "알러지가 좀 있으신데, 그, 계란이요"
                if licensed_here and anchor[2] != meta.allergy_unspecified and anchor[1] <= hit[0]:
                    # a cue has its object before a comma: "価格に敏感、ウール", "sensible au prix, la laine"
                    o_lo, o_hi = nt.to_original(anchor[1], hit[0])
                    licensed_here = _COMMA.search(nt.original, o_lo, o_hi) is None
            else:  # a list of allergens: "mustard, wool and latex", "eggs and to mustard", "달걀이랑 우유"
                # (numbered items: "1) 동물 털 2) 계란", folded digits are 0s)
                licensed_here = listed([w for w in gap if w not in _KO_LIST_GLUE and w not in _QUANTIFIERS and w.strip("0")]) \
                    if gap else True  # (a quantifier before an item: "wol en bepaalde verfstoffen", "wool and certain dyes")
            if licensed_here:
                kept.append(hit)
                stated.add(hit[2])
                later.pop()
                break


# What may stand between an allergen and the allergy word it heads ("꽃가루 알레르기", "꽃가루에 알레르기", "卵アレルギー").
_HEADED_GAPS = frozenset(("", "에", "의", "の", "に"))


def _headed_by_other(folded: str, anchor: AliasMatch, hit: AliasMatch, anchors: list[AliasMatch],
                     kept: list[AliasMatch], meta: ConceptMeta) -> bool:
    """The allergy word ``anchor`` comes right after another allergen, between ``hit`` and it."""
    return any(a[2] not in meta.licensors and hit[1] <= a[0] and a[1] <= anchor[0] and anchor[0] - a[1] <= 3
               and folded[a[1] : anchor[0]].strip() in _HEADED_GAPS for a in anchors + kept)


_TOPIC_GAP_WORDS = 4  # words between an allergen put first and the allergy word closing its clause
_NO_BEFORE = frozenset("no not kein keine keinen pas aucune aucun nessuna nessun ninguna ningun nenhuma geen нет без ни لا "
                       "sans senza sin sem ohne zonder".split())
_TOPIC_BREAK = re.compile(r"[.;!?,:()\n。！？；：、，،؛]")
# "no wool, he's allergic anyway": an adverb may close the sentence after the allergy word
_TAIL_ADVERBS = frozenset("anyway too also auch ohnehin sowieso aussi d'ailleurs también anche também ook trouwens тоже также".split())
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
        return (not tail or tail == ["ist"] or set(w.lower() for w in tail) <= _TAIL_ADVERBS) and (
            after is None or original[after.start()] in ".!;\n"
        )
    return len(tail) <= 1  # the allergy word (and a verb particle: "aus") closes the clause


# Having an allergy, then the allergen said on its own as what it is, hesitations between (dense notes: "알러지가
# 좀 있으신데, 그, 계란이요", "アレルギーがあって、えー、卵です", "有过敏，呃，鸡蛋"): the gap's words, and what closes the allergen.
_HAVING_GAP = re.compile(r"(?:[이가은는]|좀|조금|약간|살짝|그|그게|어|음|저|뭐|있\S*|があって|があり|があるの|ある|あって|えー|えっと|あの|その"
                         r"|有|呃|嗯|那个|就是)$")
_NAMED_CLOSE = re.compile(r"(?:이요|요|이에요|예요|입니다|이래요|래요|です|だそうです|だって|)\s*(?:[.。!！?？,，、;；]|$)")


def _named_after_having(nt: NormalizedText, hit: AliasMatch, gap: list[str]) -> bool:
    """The allergen closes its clause after an allergy word, only hesitations and a verb of having between."""
    if not gap or not all(_HAVING_GAP.match(word) for word in gap):
        return False
    o_end = nt.to_original(hit[1], hit[1])[0]
    return _NAMED_CLOSE.match(nt.original, o_end) is not None


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


# Korean: the food kept off the plate, then the reaction to eating it ("콩 들어간 건 안 드심, 먹으면 입안이 붓는다고",
# "두유 들어간 거 못 드세요 드시면 두드러기"): the reaction is the food's allergy.
_KO_KEPT_OFF_THEN_EATEN = re.compile(
    r"\s?(?:이|가|은|는|을|를)?\s?(?:들어간|들어가는|든)\s?(?:건|거|것|음식)(?:은|는|은요|는요)?\s?(?:안|못|잘\s?안)\s?(?:드|먹)\S*"
    r"[\s,.]+(?:[가-힣]{1,3}\s)?(?:먹으면|드시면|먹고\s?나면|드시고\s?나면)\s?(?:[가-힣]{1,5}\s?){0,2}$"
)


def _ko_avoided_then_reaction(nt: NormalizedText, hit: AliasMatch, anchor: AliasMatch) -> bool:
    if anchor[0] - hit[1] > 48 or "들어" not in nt.folded[hit[1] : anchor[0]] and "든" not in nt.folded[hit[1] : anchor[0]]:
        return False
    return _KO_KEPT_OFF_THEN_EATEN.match(nt.folded[hit[1] : anchor[0]]) is not None


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
    matches on their redaction tokens (confidence :data:`REDACTED_ALLERGEN`, never output: the
    protected concepts give those rows). They pair with the allergy word left next to them and
    anchor lists ("allergic to [HEALTH] and mustard")."""
    spans = []
    for hit in protected:
        concept = meta.by_name.get(hit.concept)
        if concept is None or meta.categories[concept] != "allergy":
            continue
        start, end = to_folded(nt, hit.start), to_folded(nt, hit.end)
        if end > start:
            spans.append((start, end, concept, REDACTED_ALLERGEN))
    if not spans:
        return matches
    kept = [m for m in matches if not any(m[0] < s[1] and s[0] < m[1] for s in spans)]
    return sorted(kept + spans)
