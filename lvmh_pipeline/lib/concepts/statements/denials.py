"""Denials that reach too far or not far enough, in every language:

- a mistaken belief takes a constraint back: "they thought she was allergic to latex, she
  isn't", "on pensait qu'elle était allergique au latex, mais non", "думали, что аллергия на
  латекс, но нет", "ラテックスアレルギーだと思われていたが違った", "라텍스 알레르기인 줄 알았는데
  아니래요", "以为她对乳胶过敏，其实不是" (:func:`mistaken_flags`);
- an exception to a denial is a positive statement: "no allergies except sesame", "aucune
  allergie sauf aux sulfites", "没有过敏，除了芝麻", "알레르기는 없고 참깨만 있으심" (:func:`excepted`);
- a denial about another person, in another clause, leaves an allergy stated in its own clause
  alone: "he is allergic to peanuts, she has no allergies", "Madame aucune allergie, Monsieur
  allergique aux arachides", "У мужа аллергия на шерсть, у неё нет" (:func:`stated_apart`).

Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char

__all__ = [
    "dense_denied", "excepted", "excluded", "included", "may_take_back", "mistaken_flags", "stated_apart",
]

# Past beliefs, before what was believed ("they thought she was allergic to latex").
_BELIEF: dict[str, str] = {
    "EN": "thought believed assumed presumed suspected supposedly",
    "FR": "pensait pensaient pensais croyait croyaient croyais pensions croyions supposait supposaient "
          "soupçonnait soupçonnaient",
    "DE": "dachte dachten glaubte glaubten vermutete vermuteten angeblich",
    "IT": "pensava pensavano pensavo credeva credevano credevo supponeva supponevano sembrava",
    "ES": "creía creían creíamos pensaba pensaban pensábamos suponía suponían",
    "PT": "achava achavam achávamos pensava pensavam pensávamos julgava julgavam acreditava acreditavam",
    "NL": "dacht dachten geloofde geloofden vermoedde vermoedden",
    "RU": "думали думала думал считали считала считал полагали подозревали казалось",
    "AR": "يظن تظن يظنون ظن ظنت ظنوا نظن اعتقد اعتقدت اعتقدوا يعتقد تعتقد يعتقدون نعتقد نحسب يحسب تحسب حسبت حسبنا "
          "حسبوا",
}
_BELIEF_PHRASES = ("was told", "were told", "had been told", "on nous avait dit", "hieß es", "es hieß")
# What says the belief was wrong, after what was believed: a negator or "in fact", "turned out".
_DENIAL: dict[str, str] = {
    "EN": "not isn wasn aren weren doesn no nope never actually",
    "FR": "pas non finalement",
    "DE": "nicht nein kein keine eigentlich tatsächlich",
    "IT": "non no invece",
    "ES": "no",
    "PT": "não nao afinal",
    "NL": "niet nee geen eigenlijk bleek",
    "RU": "не нет оказалось",
    "AR": "لا ليس ليست مش مو طلع طلعت",
}
_DENIAL_PHRASES = ("turned out", "turns out", "en fait", "en réalité", "stellte sich", "in realtà", "alla fine",
                   "en realidad", "al final", "resultó", "na verdade", "на самом деле", "في الحقيقة", "بالحقيقة")
# JA/ZH/KO: the belief after what was believed (JA, KO) or before it (ZH), then the denial.
_DENSE_BELIEF_AFTER = ("と聞いていた", "と聞いてい", "と伺っていた", "と思われていた", "と思われてい", "と思っていた", "と思ってい", "と言われていた", "と思い込", "と思った",
                       "줄 알았", "줄알았", "줄로 알", "로 알고 있었", "라고 생각했", "인 줄")
_DENSE_BELIEF_BEFORE = ("以为", "以為", "原以为", "本以为", "还以为", "還以為", "一直以为", "怀疑", "懷疑")
_DENSE_DENIAL = ("違", "ではな", "じゃな", "なかった", "実は", "実際は", "아니", "아님", "아녔", "없", "알고 보니", "사실은", "사실 ",
                 "不是", "其实", "其實", "并不", "並不", "没有", "沒有", "实际上", "實際上")
_BELIEF_WORDS = 10  # words between a belief and what was believed
_DENIAL_WORDS = 10  # words between what was believed and its denial
_DENSE_BELIEF_CHARS = 16
_DENSE_DENIAL_CHARS = 40
_SENTENCE = re.compile(r"[;!?\n。！？；]|(?<![0-9])\.")
_CLAUSE = re.compile(r"[;!?,:\n。！？；：、，،؛]|(?<![0-9])\.|\s[-–—]\s")


def _folded_words(table: dict[str, str], language: str) -> frozenset[str]:
    langs = [language] if language in table else list(table)
    return frozenset(fold(w) for lang in langs for w in table[lang].split())


@lru_cache(maxsize=32)
def _belief_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    return _folded_words(_BELIEF, language), _folded_words(_DENIAL, language)


_BELIEF_PHRASES_FOLDED = tuple(" ".join(fold(p).split()) for p in _BELIEF_PHRASES)


@lru_cache(maxsize=1)
def _gate() -> tuple[Literals, Literals]:
    from lvmh_pipeline.lib.concepts.statements.questions import DENSE_GATE, GATE_WORDS

    words = GATE_WORDS | _belief_words("")[0] | frozenset(p.split()[-1] for p in _BELIEF_PHRASES_FOLDED)
    padded = Literals(f" {w} " for w in words if w and " " not in w)  # whole words of the padded folded note
    return padded, Literals([fold(m) for m in DENSE_GATE + _DENSE_BELIEF_AFTER + _DENSE_BELIEF_BEFORE])


def may_take_back(folded: str, language: str | None) -> bool:
    """Whether a note holds any word :func:`mistaken_flags` or
    :func:`~lvmh_pipeline.lib.concepts.statements.questions.asked_flags` look for: one look at the
    whole note (its words; the dense markers in JA/ZH/KO notes), most hold none."""
    words, dense = _gate()
    if words.any_in(f" {folded} "):
        return True
    return (language or "").upper() in ("JA", "KO", "ZH", "") and dense.any_in(folded)


_DENSE_BELIEFS = re.compile("|".join(re.escape(fold(m)) for m in _DENSE_BELIEF_AFTER + _DENSE_BELIEF_BEFORE))


def _may_be_believed(folded: str, start: int, end: int, beliefs: frozenset[str], dense: bool) -> bool:
    """A cheap look around one hit: a belief word before it, or a dense belief marker near it
    (most hits have none, and skip the sentence checks)."""
    if dense:
        return _DENSE_BELIEFS.search(folded, max(0, start - _DENSE_BELIEF_CHARS), end + 14) is not None
    head = folded[max(0, start - 90) : start]
    return not beliefs.isdisjoint(head.split()) or any(p in head for p in _BELIEF_PHRASES_FOLDED)
_DENIAL_PHRASES_FOLDED = tuple(" ".join(fold(p).split()) for p in _DENIAL_PHRASES)


def _sentence(nt: NormalizedText, start: int, end: int) -> tuple[int, int]:
    """Original offsets of the sentence around the folded span (commas do not end it)."""
    o_start, o_end = nt.to_original(start, end)
    breaks = [m.end() for m in _SENTENCE.finditer(nt.original, max(0, o_start - 200), o_start)]
    after = _SENTENCE.search(nt.original, o_end)
    return (breaks[-1] if breaks else max(0, o_start - 200)), (after.start() if after else len(nt.original))


def _believed(words: list[str], beliefs: frozenset[str]) -> bool:
    joined = " " + " ".join(words) + " "
    return not beliefs.isdisjoint(words) or any(f" {p} " in joined for p in _BELIEF_PHRASES_FOLDED)


def _denied_after(words: list[str], denials: frozenset[str]) -> bool:
    joined = " " + " ".join(words) + " "
    return not denials.isdisjoint(words) or any(f" {p} " in joined for p in _DENIAL_PHRASES_FOLDED)


def mistaken_flags(
    nt: NormalizedText, spans: Sequence[Sequence[int]], language: str | None, eligible: Sequence[bool]
) -> list[bool]:
    """For each eligible hit, whether the note says it was only believed: a past belief before it
    in its sentence (no clause break between, but a comma right after the belief word: "Man
    dachte, sie sei gegen Latex allergisch") and a denial after it in the same sentence or at the
    start of the next ("mais non", "ist sie aber nicht", "но нет", "違った", "아니래요", "其实不是")."""
    flags = [False] * len(spans)
    if not any(eligible):
        return flags
    original = nt.original
    beliefs, denials = _belief_words((language or "").upper())
    dense_text = (language or "").upper() in ("JA", "KO", "ZH", "")
    folded = nt.folded
    for i, span in enumerate(spans):
        if not eligible[i]:
            continue
        start, end = span[0], span[1]
        dense = dense_text and is_dense_char(folded[start])
        if not _may_be_believed(folded, start, end, beliefs, dense):
            continue
        s_start, s_end = _sentence(nt, start, end)
        o_start, o_end = nt.to_original(start, end)
        if dense_text and is_dense_char(original[o_start]):
            flags[i] = _dense_mistaken(original, o_start, o_end, s_start, s_end)
            continue
        head = original[s_start:o_start]
        cut = [m for m in _CLAUSE.finditer(head)]
        # a comma right after the belief word does not end its clause ("dachte, sie sei ...")
        if cut and head[cut[-1].start()] == "," and _believed(fold(head[: cut[-1].start()]).split()[-1:], beliefs):
            cut = cut[:-1]
        clause_head = head[cut[-1].end() :] if cut else head
        if not _believed(fold(clause_head).split()[-_BELIEF_WORDS:], beliefs):
            continue
        tail = fold(original[o_end:s_end]).split()[:_DENIAL_WORDS]
        if _denied_after(tail, denials) or _next_sentence_denies(original, s_end, denials):
            flags[i] = True
    return flags


def _next_sentence_denies(original: str, s_end: int, denials: frozenset[str]) -> bool:
    """"Thought she was allergic to latex. She isn't." / "... Finalement non."."""
    if s_end >= len(original) or original[s_end] == "\n":
        return False
    following = _SENTENCE.split(original[s_end + 1 : s_end + 60], 1)[0]
    words = fold(following).split()
    return 0 < len(words) <= 4 and _denied_after(words, denials)


def _dense_mistaken(original: str, o_start: int, o_end: int, s_start: int, s_end: int) -> bool:
    head = original[max(s_start, o_start - _DENSE_BELIEF_CHARS) : o_start]
    head = re.split(r"[,，、:：]", head)[-1]
    if any(b in head for b in _DENSE_BELIEF_BEFORE):
        tail = original[o_end : min(s_end, o_end + _DENSE_DENIAL_CHARS)]
        return any(d in tail for d in _DENSE_DENIAL)
    near = original[o_end : min(s_end, o_end + 12)]
    for belief in _DENSE_BELIEF_AFTER:
        at = near.find(belief)
        if at >= 0 and not re.search(r"[,，、:：]", near[:at]):
            rest = original[o_end + at + len(belief) : min(s_end, o_end + at + len(belief) + _DENSE_DENIAL_CHARS)]
            return any(d in rest for d in _DENSE_DENIAL)
    return False


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
))
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
    if _SENTENCE.search(nt.original, o_lo, o_hi):
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
    o_end = nt.to_original(allergen[0], allergen[1])[1]
    return bool(_ONLY_AFTER.match(nt.original[o_end : o_end + 12]))


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
    breaks = [m.end() for m in _CLAUSE.finditer(nt.original, max(0, o_start - 120), o_start)]
    after = _CLAUSE.search(nt.original, o_end)
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
    if _CLAUSE.search(nt.original, o_lo, o_hi) is None:
        return False
    return _about_someone(nt, *_clause_span(nt, cue[0], cue[1]), people) or \
        _about_someone(nt, *_clause_span(nt, allergen[0], allergen[1]), people)


# A dense post-negator that denies ("계란 없음", "땅콩이 아니라 콩", "鸡蛋没有", "卵はありません"), where "계란 없이" (without
# eggs) or "卵なし" (no eggs, please) ask to do without.
_DENSE_DENIED = re.compile(r"\s?(?:[은는이가도]\s?)?(?:없(?!이)|아니(?:라(?!면)|고))|\s?(?:也|都)?(?:没有|沒有)|\s?[はも]?(?:ありません|ございません|ない(?!よう))")


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
                                   r"|\s?(?:除外|不吃|不要|不行)", re.IGNORECASE)


def excluded(nt: NormalizedText, match: Sequence[int]) -> bool:
    """The food ``match`` names is excepted from a diet it is eaten in."""
    o_start, o_end = nt.to_original(match[0], match[1])
    if _DENSE_EXCLUDED_AFTER.match(nt.original, o_end, min(len(nt.original), o_end + 6)):
        return True
    head = _CLAUSE.split(nt.original[max(0, o_start - 30) : o_start])[-1]
    words = " " + " ".join(fold(head).split()[-3:]) + " "
    return any(p in words for p in _BUT_NOT)
