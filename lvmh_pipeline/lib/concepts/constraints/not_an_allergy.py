"""A food the note says is no allergy: "skips almonds, but that's not an allergy", "Орехов не
боится, это не аллергия", "Nüsse isst sie nicht, das ist keine Allergie", "花生不吃，不是过敏"
(:func:`not_an_allergy`). The denial is a copula ("it is not an allergy") after the food in its
sentence, with no allergy word affirmed before it there: "allergic to nuts, not an allergy to
fish" keeps the nuts. A scent-free wish with no reaction or allergy word near ("only wears unscented
things") is no fragrance allergy either (:func:`scent_free_preferences`), nor is a pregnant client's sensitivity
to strong smells with no reaction said ("zwanger, gevoelig voor sterke geuren": :func:`strong_smell_sensitivities`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import PAIR_BREAK, REDACTED_ALLERGEN, ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE, SENTENCE, window

__all__ = ["not_an_allergy", "scent_free_preferences", "sold_free_from", "strong_smell_sensitivities"]

# Folded text: "that s not an allergy", "ce n est pas une allergie", "non e un allergia".
_DENIAL = re.compile(
    r"(?:(?:it|that|this) s|(?:it|that|this) is|(?:it|that|this) isn t) not (?:an? )?(?:real |true |actual )?allerg"
    r"|(?:ce |c )?n est pas (?:vraiment )?(?:une |d )?(?:vraie )?allergi|pas une allergie"
    r"|(?:das|es) ist (?:aber |doch |eigentlich )?keine (?:echte )?allergie|keine allergie, (?:sondern|nur|einfach)"
    r"|no es (?:una )?(?:alergia|intolerancia)|non e (?:un )?(?:allergia|intolleranza)|nao e (?:uma )?(?:alergia|intolerancia)"
    r"|(?:dat|het) is geen allergie"
    r"|(?:это|то) не аллерги|это не непереносимост"
    r"|不是过敏|并非过敏|不算过敏|不是過敏|アレルギーではな|アレルギーじゃな|알레르기는 아니|알레르기 아니|알레르기는 아님"
    r"|(?:هذه |هذا )?(?:ليست|ليس|مش|مو) حساسي"
)
# An allergy word proper; a sensitivity or a reaction ("sensible", "敏感", "reacts") the denial may still take back.
_STRONG = re.compile(r"allerg|alerg|аллерг|过敏|過敏|アレルギ|알레르|알러지|حساسي|intoleran|intolleran|unvertr|непереносим")
_BEFORE_WORD = 30  # characters from the start of the denial to its allergy word
_CHARS = 60  # from the food to the denial


def not_an_allergy(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                   allergen: tuple[bool, ...], words: re.Pattern[str]) -> set[int]:
    """The allergens a denial of allergy after them in their sentence says are no allergy."""
    # the denial ends in an allergy word: read only the few characters before those
    generic = meta.allergy_unspecified
    words_at = [m for m in matches if m[2] == generic]
    if not words_at:
        return set()
    folded = nt.folded
    denials = []
    for w_start, w_end, _, _ in words_at:
        found_at = _DENIAL.search(folded, max(0, w_start - _BEFORE_WORD), w_end + 2)
        if found_at is not None:
            denials.append(found_at.start())
    if not denials:
        return set()
    licensors, original = meta.licensors, nt.original
    found = set()
    for i, (start, end, concept, confidence) in enumerate(matches):
        if not allergen[concept] or negated[i] or confidence == REDACTED_ALLERGEN or _STRONG.search(folded, start, end):
            continue  # (an alias that says allergy itself: "Nussallergie"; "sensitive to perfume" may be denied)
        at = next((d for d in denials if end <= d <= end + _CHARS), None)
        if at is None:
            continue
        o_start, o_end = nt.to_original(start, end)
        o_at = nt.to_original(at, at)[0]
        if PAIR_BREAK.search(original, o_end, o_at):
            continue
        sentence = max((b.end() for b in PAIR_BREAK.finditer(original, 0, o_start)), default=0)
        if any(m[2] in licensors and not negated[k] and sentence <= nt.to_original(m[0], m[1])[0] < o_at
               and _STRONG.search(folded, m[0], m[1]) for k, m in enumerate(matches)):
            continue  # "allergic to nuts, it is not an allergy to fish"
        found.add(i)
    return found



# A free-from product the shop sells or serves, not the client's need: "ニッケルフリーのピアスが人気", "无镍耳环卖得很好",
# "니켈 프리 귀걸이가 인기", "nickel-free earrings are our bestseller" — a popularity or sales word in the clause of a
# free-from allergen word, no allergy word or cue in its sentence.
_SELLS = re.compile(r"人気|売れ|売れ筋|好評|定番|卖得|热卖|热销|畅销|爆款|很火|受欢迎|인기|잘 팔|잘팔|베스트셀러|히트|"
                    r"bestsell|best sell|best-sell|popular|sells well|selling well|top seller")
_SELL_STEMS = ("人気", "売れ", "好評", "定番", "卖得", "热", "畅销", "爆款", "很火", "受欢迎", "인기", "팔", "베스트", "히트",
               "best", "popular", "sell")
_FREE_WORDS = ("free", "フリー", "프리", "无", "無", "不含", "不使用")


def sold_free_from(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                   allergen: tuple[bool, ...]) -> set[int]:
    """The free-from allergen words that name a product popular or selling in the shop (not to output)."""
    folded = nt.folded
    if not any(s in folded for s in _SELL_STEMS):
        return set()
    licensors = meta.licensors
    found = set()
    for i, (start, end, concept, confidence) in enumerate(matches):
        if not allergen[concept] or negated[i] or confidence == REDACTED_ALLERGEN or concept in licensors \
                or not any(w in folded[start:end] for w in _FREE_WORDS) or _STRONG.search(folded, start, end):
            continue
        c_start, c_end = window(nt, start, end, CLAUSE)
        if not _SELLS.search(folded, c_start, c_end):
            continue
        s_start, s_end = window(nt, start, end, SENTENCE)
        if any(m[2] in licensors and s_start <= m[0] < s_end for m in matches):
            continue  # "金属アレルギーの方にニッケルフリーが人気"
        found.add(i)
    return found


# A scent-free preference ("only wears unscented things", "porte que du sans parfum", "只用无香的", "무향 제품만"): the
# fragrance alias keeps scent out, no reaction or allergy word says why; a preference, no fragrance allergy.
_SCENT_FREE = re.compile(r"unscented|unperfumed|free|frei|vrij|sans |sin |senza |sem |без|بدون|无|無|不含|不使用|フリー|"
                         r"무향|프리|무첨가|non parfum|non profumat|unparfum")
_SCENT_REACH = 40  # characters beyond the free-from's clause where a reaction or allergy word still says why


def scent_free_preferences(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                           allergen: tuple[bool, ...], words: re.Pattern[str], dropped: set[int]) -> set[int]:
    """The fragrance hits of a note that are only scent-free wishes, with no reaction or allergy word near."""
    fragrance = meta.fragrance_allergy
    hits = [i for i, m in enumerate(matches) if m[2] == fragrance and not negated[i] and i not in dropped]
    if not hits:
        return set()
    folded = nt.folded
    if any(matches[i][3] == REDACTED_ALLERGEN or not _SCENT_FREE.search(folded[matches[i][0] : matches[i][1]] + " ")
           for i in hits):
        return set()  # a fragrance allergy stated otherwise ("sensitive to perfume … unscented only")
    licensors = meta.licensors
    others = [m for m in matches if allergen[m[2]] and m[2] != fragrance]
    for i in hits:
        start, end = matches[i][0], matches[i][1]
        s_start, s_end = window(nt, start, end, SENTENCE)
        c_start, c_end = window(nt, start, end, CLAUSE)
        lo, hi = max(s_start, c_start - _SCENT_REACH), min(s_end, c_end + _SCENT_REACH)
        why = [(w.start(), w.end()) for w in words.finditer(folded, lo, hi)]
        why += [(m[0], m[1]) for k, m in enumerate(matches) if m[2] in licensors and not negated[k] and lo <= m[0] < hi]
        for w_start, w_end in why:
            a, b = (w_end, start) if w_end <= start else (end, w_start)
            if not any(a <= o[0] and o[1] <= b for o in others):
                return set()  # "unscented only, perfume makes her itch": the reaction says why
    return set(hits)


# Strong smells (folded words of a fragrance alias), no perfume named: "sterke geuren", "strong smells", "odeurs fortes".
_STRENGTH = re.compile(r"strong|sterk|stark|fort|intens|fuert|сильн|강한|진한|강하|진하|強い|きつい|浓")
_PERFUME = re.compile(r"perfum|parfum|profum|fragran|duft|geurtj|aroma|духи|духов|аромат|香水|향수|عطر|香り|향")
# A reaction or an allergy word that makes the smells an allergy ("hoofdpijn van sterke geuren", "sneezing fits from
# strong scents"); nausea is the pregnancy's (dev writers: no allergy).
_REACTION = re.compile(
    r"head|migr|kopf|hoofd|tete|testa|cabeza|cabeca|голов|мигр|頭痛|头疼|头痛|두통|sneez|niez|nies|eternu|starnut|estornud|"
    r"espirr|чих|itch|juck|jeuk|prur|rash|ausschlag|uitslag|eczem|asthm|astm|астм|react|reagi|реакц|allerg|alerg|аллерг|"
    r"过敏|アレルギ|알레르|알러지|حساسي"
)


_FULL_STOP = re.compile(r"[.;!?\n。！？；]")
# A pregnancy in the note (folded stems), or its redaction ("[HEALTH]") in the sentence (a dash goes on): the smells are its.
_PREGNANT = re.compile(r"pregnan|enceinte|grossesse|schwanger|incinta|gravidanza|embarazad|gravida|zwanger|беремен|"
                       r"حامل|حمل|妊娠|つわり|임신|입덧|怀孕|懷孕|孕")


def strong_smell_sensitivities(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                               dropped: set[int]) -> set[int]:
    """The fragrance hits that only name strong smells (no perfume) in a pregnant client's note, in a sentence with no
    reaction or allergy word: a sensitivity of the pregnancy, no fragrance allergy (dev writers 0 of 6 such notes;
    out of a pregnancy, "sensível a cheiros fortes" stays the allergy)."""
    fragrance = meta.fragrance_allergy
    folded = nt.folded
    found = set()
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept != fragrance or negated[i] or i in dropped or confidence == REDACTED_ALLERGEN:
            continue
        words = folded[start:end]
        if not _STRENGTH.search(folded[start : end + 8]) or _PERFUME.search(words):  # ("odeurs fortes" after the alias)
            continue
        s_start, s_end = window(nt, start, end, SENTENCE)
        o_start, o_end = nt.to_original(start, end)
        lo = max((m.end() for m in _FULL_STOP.finditer(nt.original, 0, o_start)), default=0)
        stop = _FULL_STOP.search(nt.original, o_end)
        pregnant = _PREGNANT.search(folded) is not None or "[HEALTH]" in nt.original[lo : stop.start() if stop else None]
        if pregnant and not _REACTION.search(folded, s_start, s_end):
            found.add(i)
    return found
