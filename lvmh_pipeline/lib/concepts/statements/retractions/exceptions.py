"""What a denial does not cover, in every language:

- an exception to a denial is a positive statement: "no allergies except sesame", "aucune
  allergie sauf aux sulfites", "没有过敏，除了芝麻", "알레르기는 없고 참깨만 있으심" (:func:`excepted`), as is an
  allergen before a denial of other allergies ("乳糖不耐，其他没有过敏": :func:`others_denied`),
  and an allergen can be named as included in it ("no allergies, including to pollen": :func:`included`);
- a denial about another person, in another clause, leaves an allergy stated in its own clause
  alone: "he is allergic to peanuts, she has no allergies", "Madame aucune allergie, Monsieur
  allergique aux arachides", "У мужа аллергия на шерсть, у неё нет" (:func:`stated_apart`);
- a dense post-negator denies a JA/ZH/KO allergen (:func:`dense_denied`); a food is excepted from
  a diet it is eaten in (:func:`excluded`).

Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText, fold

__all__ = ["CLAUSE", "SENTENCE", "dense_denied", "excepted", "excluded", "included", "others_denied", "stated_apart"]

SENTENCE = re.compile(r"[;!?\n。！？；]|(?<![0-9])\.")
CLAUSE = re.compile(r"[;!?,:\n。！？；：、，،؛]|(?<![0-9])\.|\s[-–—]\s")


# Words opening an exception to a denial ("no allergies except sesame", "Keine Allergien außer
# gegen Sesam", "Аллергий нет, кроме как на кунжут", "لا توجد حساسية ما عدا السمسم").
_EXCEPT = frozenset(fold(w) for w in (
    "except excepting besides sauf excepté hormis ausser außer ausgenommen tranne eccetto fuorché salvo excepto exceto "
    "behalve uitgezonderd кроме исключением помимо عدا باستثناء سوى الا إلا"
    # a contrast opens what the client does have: "no allergies, but lactose-intolerant", "geen allergie, wel …"
    " but though however although aber jedoch doch mais cependant pourtant ma però pero sino mas porém maar wel но однако "
    "зато لكن لكنها ولكن بس"
).split())
_EXCEPT_PHRASES = tuple(" " + " ".join(fold(p).split()) + " " for p in (
    "apart from", "other than", "à part", "mis à part", "en dehors", "bis auf", "abgesehen von", "a parte", "aparte de",
    "a excepción", "à exceção", "a não ser", "op na", "за исключением",
    # a denial taken back at once by the speaker ("elle a pas d'allergies, ah si, le nickel", "no allergies, oh wait,
    # nickel", "keine Allergien, ach doch, Nickel", "nessuna allergia, ah sì, al nichel", "аллергий нет, а, нет, есть")
    "ah si", "ah oui", "oh si", "mais si", "ah mais si", "oh yes", "ah yes", "oh wait", "ah wait", "oh actually", "ach doch",
    "ah doch", "oh doch", "ach ja doch", "ah sim", "ah é", "o ja", "oh ja", "ah ja", "ah wacht", "а нет есть", "а, нет, есть",
    "ой есть", "а есть", "آه لا في", "لا لا في", "اه في",
))
# "Just" / "only" after the denial's clause opens what the client does have ("no allergies, just lactose-free",
# "keine Allergien, nur laktosefrei", "аллергий нет, только непереносимость лактозы").
_JUST = frozenset(fold(w) for w in (
    "just only simply merely juste seulement simplement uniquement nur bloß lediglich solo soltanto solamente sólo "
    "só apenas somente alleen enkel gewoon slechts только просто лишь فقط"
).split())
_DENSE_EXCEPT = ("除了", "除开", "以外", "ただし", "除いて", "除き", "빼고", "제외하고", "외에", "외엔", "只有", "只对", "只對",
                 "但是", "不过", "不過", "但", "でも", "ただ", "하지만", "다만")
# Words that put an allergen under a denial before it ("no allergies, including to pollen",
# "Никакой аллергии, в том числе на пыльцу", "keine Allergien, auch nicht gegen Pollen").
_INCLUDING = tuple(" " + " ".join(fold(p).split()) + " " for p in (
    "including", "included", "not even", "y compris", "même pas", "pas même", "einschließlich", "auch nicht",
    "nicht einmal", "compreso", "compresa", "inclusa", "incluso", "nemmeno", "neanche", "incluida", "incluido", "ni siquiera",
    "inclusive", "incluindo", "nem mesmo", "inclusief", "ook niet", "zelfs niet", "в том числе", "включая", "даже",
    "بما في ذلك", "ولا حتى", "حتى",
))
_INCLUDING_WORDS = 6


def included(nt: NormalizedText, cue: Sequence[int], allergen: Sequence[int]) -> bool:
    """The allergen after a denied allergy word is named as included in the denial ("no
    allergies, including to pollen"), in the same sentence, a few words on."""
    if cue[1] > allergen[0]:
        return False
    o_lo, o_hi = nt.to_original(cue[1], allergen[0])
    if SENTENCE.search(nt.original, o_lo, o_hi):
        return False
    words = nt.folded[cue[1] : allergen[0]].split()
    return len(words) <= _INCLUDING_WORDS and any(p in " " + " ".join(words) + " " for p in _INCLUDING)


# "알레르기는 없고 참깨만 (조금) 있으심", "アレルギーはなし、ゴマだけ": an allergen singled out after a denial.
_ONLY_AFTER = re.compile(r"^(?:만\s?(?:\S{0,3}\s)?(?:조금\s?)?있|만 알레르기|だけ(?!.{0,4}(?:苦手|嫌い|好き)))")


def excepted(nt: NormalizedText, cue: Sequence[int], allergen: Sequence[int]) -> bool:
    """The allergen after a denied allergy word is excepted from the denial: an exception word
    between them ("no allergies except sesame", "没有过敏，除了芝麻") or an "only" particle glued to
    the allergen ("알레르기는 없고 참깨만 있으심")."""
    if cue[1] > allergen[0]:
        return False
    gap = " " + " ".join(nt.folded[cue[1] : allergen[0]].split()) + " "
    if not _EXCEPT.isdisjoint(gap.split()) or any(p in gap for p in _EXCEPT_PHRASES):
        return True
    if any(d in gap for d in _DENSE_EXCEPT):
        return True
    if not _JUST.isdisjoint(gap.split()) and CLAUSE.search(nt.original, *nt.to_original(cue[1], allergen[0])):
        return True  # "no allergies, just lactose-intolerant", "pas d'allergies, juste sans lactose"
    o_end = nt.to_original(allergen[0], allergen[1])[1]
    return bool(_ONLY_AFTER.match(nt.original[o_end : o_end + 12]))


# "Other" before a denial that follows an allergen: the denial leaves it out ("lactose intolerant, no other
# allergies", "乳糖不耐，其他没有过敏", "Nussallergie, sonst keine Allergien", "땅콩 알레르기, 다른 알레르기는 없음").
_OTHER = frozenset(fold(w) for w in (
    "other others else further autre autres d'autres andere anderen weiteren weitere sonst sonstigen altre altra altri "
    "altro otra otras otro otros outra outras outro outros overige verder других другой другие иных أخرى اخرى غير غيرها"
).split())
_DENSE_OTHER = ("其他", "其它", "别的", "別的", "他に", "ほかに", "他の", "その他", "다른", "그 외", "그외", "기타")
_OTHER_WORDS = 5


def others_denied(nt: NormalizedText, cue: Sequence[int], allergen: Sequence[int]) -> bool:
    """A denied allergy word after an allergen of its sentence denies other allergies: an "other" word stands
    in the few words before it ("乳糖不耐，其他没有过敏", "nut allergy, no other allergies")."""
    if allergen[1] > cue[0]:
        return False
    o_lo, o_hi = nt.to_original(allergen[1], cue[0])
    between = nt.original[o_lo:o_hi]
    if SENTENCE.search(between):
        return False
    if any(d in between[-10:] for d in _DENSE_OTHER):
        return True
    return not _OTHER.isdisjoint(fold(between.replace("'", " ").replace("’", " ")).split()[-_OTHER_WORDS:]) or \
        "d autres" in fold(between)


# Who a clause is about: subject pronouns and titles ("he is allergic to peanuts, she has none",
# "Monsieur allergique aux arachides, Madame aucune allergie"); family words are concepts.
_PERSONS = frozenset(fold(w) for w in (
    "he she him her hubby mr mrs ms sir madam il elle lui monsieur madame mme m er sie herr frau lei signore signora sig "
    "sigra él ella señor señora sr sra ele ela senhor senhora hij zij ze meneer mevrouw dhr mevr он она него неё нее "
    "господин госпожа хе هو هي السيد السيدة زوجها زوجته"
).split())
_DENSE_PERSONS = ("彼女", "彼は", "奥様", "ご主人", "旦那", "奥さん", "남편", "사모님", "아내", "부인", "본인", "她", "他", "先生",
                  "太太", "女士", "夫人", "[name]")


def _about_someone(nt: NormalizedText, lo: int, hi: int, people: Sequence[Sequence[int]]) -> bool:
    """The original clause ``[lo, hi)`` names a person (a pronoun, a title, a family word, a name)."""
    clause = nt.original[lo:hi]
    if "[NAME]" in clause or any(d in clause for d in _DENSE_PERSONS):
        return True
    if not _PERSONS.isdisjoint(fold(clause).split()):
        return True
    return any(lo <= nt.to_original(p[0], p[1])[0] < hi for p in people)


def _clause_span(nt: NormalizedText, start: int, end: int) -> tuple[int, int]:
    o_start, o_end = nt.to_original(start, end)
    breaks = [m.end() for m in CLAUSE.finditer(nt.original, max(0, o_start - 120), o_start)]
    after = CLAUSE.search(nt.original, o_end)
    return (breaks[-1] if breaks else max(0, o_start - 120)), (after.start() if after else len(nt.original))


def stated_apart(nt: NormalizedText, cue: Sequence[int], allergen: Sequence[int], affirmed: bool,
                 people: Sequence[Sequence[int]] = ()) -> bool:
    """A denied allergy word in another clause than an allergen its own clause affirms
    (``affirmed``: an allergy word in the allergen's alias, or a cue not denied in its clause),
    one of the clauses about someone (``people``: folded spans of family words), denies
    something else: "he is allergic to peanuts, she has no allergies"."""
    if not affirmed:
        return False
    lo, hi = (cue[1], allergen[0]) if cue[1] <= allergen[0] else (allergen[1], cue[0])
    if hi <= lo:
        return False
    o_lo, o_hi = nt.to_original(lo, hi)
    if CLAUSE.search(nt.original, o_lo, o_hi) is None:
        return False
    return _about_someone(nt, *_clause_span(nt, cue[0], cue[1]), people) or \
        _about_someone(nt, *_clause_span(nt, allergen[0], allergen[1]), people)


# A dense post-negator that denies ("계란 없음", "땅콩이 아니라 콩", "鸡蛋没有", "卵はありません"), where "계란 없이" (without
# eggs) or "卵なし" (no eggs, please) ask to do without.
# (a quantifier may stand before the negator: "계란, 우유, 땅콩 다 없음", "둘 다 아님", "全都没有", "いずれもない")
_DENSE_DENIED = re.compile(r"\s?(?:[은는이가도]\s?)?(?:(?:모두|전부|둘\s?다|셋\s?다|다)\s?)?(?:없(?!이)|아니(?:라(?!면)|고))|\s?(?:也|都|全都|全部)?(?:没有|沒有)|\s?[はも]?(?:いずれも|どれも|全部)?(?:ありません|ございません|ない(?!よう))")


def dense_denied(nt: NormalizedText, match: Sequence[int]) -> bool:
    """A JA/ZH/KO allergen followed by a negator that denies it rather than asks to avoid it."""
    o_end = nt.to_original(match[0], match[1])[1]
    return bool(_DENSE_DENIED.match(nt.original, o_end, min(len(nt.original), o_end + 8)))


# A food excepted from what the client eats ("pescatarian, except shellfish", "pesco, sauf les
# crustacés", "Pescatarian, 단 Crab 제외", "吃鱼，但虾除外", "魚は食べるが甲殻類は除く").
_BUT_NOT = tuple(" " + " ".join(fold(p).split()) + " " for p in (
    "but not", "not", "except", "excluding", "apart from", "sauf", "hors", "mais pas", "außer", "aber keine", "aber kein",
    "ausgenommen", "tranne", "eccetto", "ma non", "excepto", "salvo", "pero no", "exceto", "mas não", "behalve", "maar geen",
    "кроме", "но не", "ما عدا", "عدا", "بس مو", "بس ما", "단",
    # a negator refusing it: "pescatarian, but no shellfish", "aber keine Meeresfrüchte"
    "no", "never", "kein", "keine", "keinen", "pas de", "sans", "jamais", "niente", "senza", "sin", "nada de", "sem", "nada de",
    "geen", "zonder", "без", "не", "لا", "بدون",
))
_DENSE_EXCLUDED_AFTER = re.compile(r"\s?(?:[은는을를이가도]\s?)?(?:제외|빼고|빼 |말고)|\s?(?:は|を)?(?:除く|除き|以外|抜き|NG|ダメ)"
                                   # (not "不吃" with its own object: "只吃鱼虾不吃肉" eats the shrimp)
                                   r"|\s?(?:除外|不行|(?:不吃|不要)(?![\u4e00-\u9fff]))", re.IGNORECASE)


def excluded(nt: NormalizedText, match: Sequence[int]) -> bool:
    """The food ``match`` names is excepted from a diet it is eaten in."""
    o_start, o_end = nt.to_original(match[0], match[1])
    if _DENSE_EXCLUDED_AFTER.match(nt.original, o_end, min(len(nt.original), o_end + 6)):
        return True
    head = CLAUSE.split(nt.original[max(0, o_start - 30) : o_start])[-1]
    words = " " + " ".join(fold(head).split()[-3:]) + " "
    return any(p in words for p in _BUT_NOT)
