"""Non-food allergies: the words the allergy policy redacts are the allergen's, not the cue's.

"allergic to penicillin" → "allergic to [HEALTH]", "ニッケルアレルギー" → "[HEALTH]アレルギー";
a negated allergy ("not allergic to wool"), an allergen-free request ("nickel-free buckle"), a past
allergy and an object beside an allergy (:mod:`.allergy_context.mentions`) are not health facts and
stay readable. The allergies themselves are found by concept extraction
(taxonomy concepts with a ``special_category``); this module only trims them to the allergen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

import ahocorasick

from lvmh_pipeline.lib.common.text import fold, is_arabic_char, is_dense_char, normalize
from lvmh_pipeline.lib.concepts.taxonomy import alias_pattern
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.special.allergy_context.mentions import cannot_take, cue_near, object_mention, past_allergy, unscented
from lvmh_pipeline.lib.privacy.special.lexicon import DENSE, TAIL, lexicon

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.extraction import ConceptHit
    from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy

__all__ = ["allergy_spans"]

# Words that glue an allergy cue to its allergen ("allergic to", "allergia ai", "аллергия на") and
# intensifiers ("very sensitive to"); the lexicon's connectors are added.
_ALLERGY_GLUE = (
    "to against from towards very really quite mildly severely badly au aux à la de du des très "
    "al ai alla alle agli allo all a molto anche muy al los las sehr gegen auf gegenüber ao aos às "
    "muito voor op tegen zeer erg на к очень от من ل لل جدا جدًا に 에 에게 对 對 於 于"
).split()
# An allergen named as a product requirement ("nickel-free", "sans nickel", "nickelfrei").
_FREE_WORDS = frozenset("free sans senza sin sem frei ohne vrij zonder без بدون".split())
_FREE_SUFFIXES = ("free", "frei", "freie", "freien", "freier", "freies", "vrij", "vrije")
_FREE_DENSE = ("フリー", "不使用", "프리", "无", "無", "不含", "خالي من")


class _AllergyWords:
    """Allergy cues and generic allergy words of the taxonomy (every language), as automata."""

    def __init__(self, taxonomy: Taxonomy, connectors: Iterable[str], glue: bool = True) -> None:
        wanted = (lambda c: c.matcher == "cue" or c.concept == "allergy_unspecified") if glue else (
            lambda c: c.concept in _ALLERGY_CUES)
        aliases = [a for c in taxonomy.concepts if wanted(c) for values in c.aliases.values() for a in values]
        aliases += (list(_ALLERGY_GLUE) + list(connectors)) if glue else []
        self.automata = {dense: ahocorasick.Automaton() for dense in (False, True)}
        keys: dict[tuple[str, bool], int] = {}
        for alias in aliases:
            try:
                pattern = alias_pattern(alias.lstrip("?"))
            except ValueError:
                continue
            for key in pattern.keys:
                search = key if pattern.dense else f" {key}" + ("" if pattern.stem else " ")
                keys[(search, pattern.dense)] = len(key) if not pattern.stem else -len(key)
        for (search, dense), size in keys.items():
            self.automata[dense].add_word(search, size)
        for automaton in self.automata.values():
            automaton.make_automaton()

    def matches(self, folded: str) -> list[tuple[int, int]]:
        """(start, end) of every allergy word in ``folded`` (stems run to the word's end)."""
        dense = DENSE.search(folded) is not None
        latin = DENSE.sub(" ", folded) if dense else folded
        found = []
        for end_index, size in self.automata[False].iter(f" {latin} "):
            stem = size < 0
            start = end_index - abs(size) - (0 if stem else 1)
            end = TAIL.match(latin, start + abs(size)).end() if stem else start + abs(size)
            found.append((start, end))
        if dense:
            for end_index, size in self.automata[True].iter(folded):
                start, end = end_index + 1 - abs(size), end_index + 1
                glued = (start > 0 and is_arabic_char(folded[start - 1])) or (
                    end < len(folded) and is_arabic_char(folded[end]))
                if is_arabic_char(folded[start]) and glued:
                    continue  # Arabic: whole words only ("ل" is not the end of "النيكل")
                found.append((start, end))
        return found


@lru_cache(maxsize=4)
def _allergy_words(taxonomy: Taxonomy) -> _AllergyWords:
    return _AllergyWords(taxonomy, lexicon().connectors)


# The concepts that say a reaction ("allergic", "sensitive to", "过敏", "민감"): no glue, no food cue.
_ALLERGY_CUES = frozenset({"allergy_unspecified", "allergy_cue"})
# Allergens that are also what the house sells: "perfume" is a product as often as an allergen.
_PRODUCT_ALLERGENS = frozenset({"fragrance"})
_CUE_WORDS = 2  # words either side of a bare product word read for a cue of its allergy
_CUE_DENSE = 6  # characters, where the script writes no spaces
_CLAUSE_END = re.compile(r"[.;!?\n。！？；，、]")
_SPACED = re.compile(r"[^\w]*\w+")  # a word with the spaces and signs before it


@lru_cache(maxsize=4)
def _cue_words(taxonomy: Taxonomy) -> _AllergyWords:
    return _AllergyWords(taxonomy, (), glue=False)


_HOUSE_REACH = 12  # characters between a house's name and the product word it names
_GAP_BREAK = re.compile(r"[,.;:!?()\n،。，、；：]|[^\W\d_]+[ \t]+[^\W\d_]+")  # a clause mark, or two words
# an allergy word inside a compound ("Duftallergie", "geurallergie", "香料过敏")
_CUE_INSIDE = re.compile(r"allerg|alerg|аллерг|алерг|intoler|unverträg|empfindlich|sensib|gevoelig|알레르|알러지|过敏|過敏|"
                         r"アレルギー|حساسي|تحسس", re.IGNORECASE)


def _beside(text: str, hit: ConceptHit, start: int, end: int) -> bool:
    """Does the house's name at ``text[start:end]`` name the product ``hit``: within a few
    characters, at most one word between and no clause mark ("겔랑 향수", "perfume Guerlain")?"""
    gap = text[end : hit.start] if end <= hit.start else text[hit.end : start] if start >= hit.end else ""
    return len(gap) <= _HOUSE_REACH and not _GAP_BREAK.search(gap)


def _product_mention(text: str, hit: ConceptHit, core: tuple[int, int], taxonomy: Taxonomy,
                     houses: list[tuple[int, int]]) -> bool:
    """Is ``hit`` a product the client looks at rather than the allergen: a fragrance word alone
    beside a house's name ("Guerlain perfume", "perfume Guerlain", "겔랑 향수 보셨는데", "选 Guerlain
    香水当礼物") with no allergy cue in its evidence or within a few words of it, in its clause
    ("allergic to Chanel perfume", "Dior-Parfum: Allergie" stay the allergen's; so does a bare
    "perfume" without a house, which may be told by a symptom: "perfume gives her headaches")?"""
    if hit.concept not in _PRODUCT_ALLERGENS or core != (0, hit.end - hit.start):
        return False
    if _CUE_INSIDE.search(text[hit.start : hit.end]) or not any(_beside(text, hit, a, b) for a, b in houses):
        return False
    blanked = list(text)  # the house's name counts for no word: "allergic to Chanel perfume"
    for a, b in houses:
        blanked[a:b] = " " * (b - a)
    plain = "".join(blanked)
    before = plain[max(0, hit.start - 60) : hit.start]
    before = "".join(_SPACED.findall(before)[-_CUE_WORDS:]) if " " in before else before
    after = "".join(_SPACED.findall(plain[hit.end : hit.end + 60])[:_CUE_WORDS])
    if any(is_dense_char(c) for c in text[hit.start : hit.end]):
        before, after = before[-_CUE_DENSE:], after[:_CUE_DENSE]
    ends = list(_CLAUSE_END.finditer(before))
    before = before[ends[-1].end():] if ends else before
    end = _CLAUSE_END.search(after)
    after = after[: end.start()] if end else after
    return not _cue_words(taxonomy).matches(normalize(f"{before} {text[hit.start:hit.end]} {after}").folded)


def _allergen_core(words: _AllergyWords, evidence: str) -> tuple[int, int] | None:
    """Offsets in ``evidence`` of the allergen without the cue words at its edges ("Allergic to
    penicillin" → "penicillin", "ニッケルアレルギー" → "ニッケル"); None for an allergen-free
    product request."""
    nt = normalize(evidence)
    folded = nt.folded
    if any(t in _FREE_WORDS or t.endswith(_FREE_SUFFIXES) for t in folded.split()):
        return None
    if any(w in evidence for w in _FREE_DENSE):
        return None
    spans = words.matches(folded)
    start, end = 0, len(folded)
    moved = True
    while moved:  # peel cue words off both edges
        moved = False
        while start < end and not folded[start].isalnum():
            start += 1
        while end > start and not folded[end - 1].isalnum():
            end -= 1
        for s, e in spans:
            if s == start and e < end:
                start, moved = e, True
            elif e == end and s > start:
                end, moved = s, True
    if start >= end:
        return 0, len(evidence)
    return nt.to_original(start, end)


def allergy_spans(text: str, hits: Iterable[ConceptHit], taxonomy: Taxonomy) -> list[PiiSpan]:
    """What the non-food allergy policy redacts in ``text``: for every extracted allergy whose
    concept has a ``special_category``, the allergen's own words ("allergic to [HEALTH]",
    "[HEALTH] allergy", "аллергия на [HEALTH]"): the cue around them is ordinary text, and the
    allergy stays a protected concept. A negated allergy ("not allergic to wool") is not a health
    fact and stays readable; so does an allergen-free request, whether the "free" is in the
    allergen's words ("nickel-free buckle", "unscented") or around them ("sans nickel", "无金属扣"),
    unless it names again the allergen of an allergy the note states ("allergic to latex, so only
    [HEALTH]-free gloves", "allergique au nickel, boucle sans [HEALTH]": the stored text must not
    name it anywhere), an allergy the sentence says is over ("used to
    react to latex, not anymore"), and an object or a material beside an allergy stated in other
    words ("pollen allergy, no lilies in the box", "wool allergy, cashmere fine":
    :mod:`special.allergy_context.mentions`)."""
    words = _allergy_words(taxonomy)
    cues = _cue_words(taxonomy)
    spans = []
    hits = list(hits)
    houses = [(h.start, h.end) for h in hits if h.category == "house"]
    candidates, requests = [], []
    for hit in hits:
        kind = taxonomy.get(hit.concept).special_category
        if not kind or (hit.negated and not cannot_take(text, hit.end)):
            continue  # "not allergic to wool"; "ペニシリンが飲めない" is the allergy
        evidence = text[hit.start : hit.end]
        if unscented(evidence):
            continue  # "unscented body care only": a preference, no allergy
        core = _allergen_core(words, evidence)
        if core is None or _free_around(text, hit.start, hit.end):
            requests.append((hit, kind))  # "latex-free gloves", "sans nickel": a request, readable ...
            continue
        if _product_mention(text, hit, core, taxonomy, houses):
            continue  # "Guerlain perfume" beside a lavender allergy: the product, no health fact
        if past_allergy(text, hit.start, hit.end):
            continue  # "used to react to latex, not anymore"
        if _still_names_it(text, hit, core, kind, taxonomy):
            core = (0, len(evidence))  # "pelo de gato": "pelo" is also a connector, yet the allergen's word
        candidates.append((hit, kind, core))
    stated: dict[str, set[str]] = {}
    for hit, _, core in candidates:  # the concept's allergy as the note states it, with a cue
        if cue_near(text, hit.start, hit.end, cues):
            stated.setdefault(hit.concept, set()).add(
                " ".join(normalize(text[hit.start + core[0] : hit.start + core[1]]).folded.split()))
    products = [(h.start, h.end) for h in hits if h.category == "product_type"]
    for hit, kind, core in candidates:
        # "cashmere coat", "معطف كشمير"; not in CJK text, where a few characters beside the word may
        # be the allergy's own statement ("对深色衣服的染料过敏")
        product = not is_dense_char(text[hit.start]) and any(_beside(text, hit, a, b) for a, b in products)
        if object_mention(text, hit.start, hit.end, cues, stated.get(hit.concept, set()), product):
            continue  # "pollen allergy, no lilies in the box": the object kept away, no health fact
        spans.append(PiiSpan(hit.start + core[0], hit.start + core[1], kind))
    # ... unless it names again the allergen of an allergy the note states ("allergic to latex, so
    # [HEALTH]-free gloves"): the stored text must not name the client's allergen anywhere
    redacted = set()
    for span in spans:
        words = " ".join(fold(text[span.start : span.end]).split())
        redacted.add(words)
        stem = words.removesuffix("allergie").removesuffix("allergy").removesuffix("allergia")
        if stem != words and len(stem) >= 3:
            redacted.add(stem)  # "Latexallergie" states "latex": "latexfreie Handschuhe" names it again
    for hit, kind in requests:
        named = _named_again(text, hit.start, hit.end, redacted)
        if named is not None:
            spans.append(PiiSpan(*named, kind))
    return spans


def _named_again(text: str, start: int, end: int, stated: set[str]) -> tuple[int, int] | None:
    """Where a free request ``text[start:end]`` names the allergen of a stated allergy again."""
    if not stated:
        return None
    nt = normalize(text[start:end])
    for allergen in sorted(stated, key=len, reverse=True):
        at = nt.folded.find(allergen) if allergen else -1
        if at >= 0:
            o_start, o_end = nt.to_original(at, at + len(allergen))
            return start + o_start, start + o_end
    return None


# Words before an allergen that make it a product requirement ("sans nickel", "without wool", "无金属扣")
_FREE_BEFORE = re.compile(r"(?:^|[^\w])(?P<word>[^\W\d_]+)[ \t]+$")
_FREE_DENSE_BEFORE = ("无", "無", "不含", "بدون", "بلا", "خالي من", "خالية من", "خالي من ال")
_FREE_AFTER = re.compile(r"[ \t]?-?[ \t]?(?:free|frei|freie|freien|freier|freies|vrij|vrije)(?![^\W_])", re.IGNORECASE)
_FREE_DENSE_AFTER = ("フリー", "프리", "不使用", "なし", "無し", "抜き", "없는", "없이", "빼고")


def _free_around(text: str, start: int, end: int) -> bool:
    """The allergen at ``text[start:end]`` is asked to be absent: a free word right before it or a
    "-free" right after it, in the same clause."""
    before = text[max(0, start - 16) : start]
    found = _FREE_BEFORE.search(before)
    if found is not None and fold(found.group("word")).strip() in _FREE_WORDS:
        return True
    if before.rstrip(" ").endswith(_FREE_DENSE_BEFORE):
        return True
    return _FREE_AFTER.match(text, end) is not None or text[end:].lstrip(" ").startswith(_FREE_DENSE_AFTER)


def _still_names_it(text: str, hit: ConceptHit, core: tuple[int, int], kind: str, taxonomy: Taxonomy) -> bool:
    """True when the words trimmed off as cues still name the allergen once the core is
    redacted (stored text is read again by the blocking check: it must not find it there)."""
    if core == (0, hit.end - hit.start):
        return False
    from lvmh_pipeline.lib.concepts.extraction import extract

    token = f"[{kind}]"
    rest = f"{text[: hit.start + core[0]]}{token}{text[hit.start + core[1]:]}"
    end = hit.start + core[0] + len(token) + (hit.end - hit.start - core[1])
    return any(h.concept == hit.concept and not h.negated and h.start < end and hit.start < h.end
               for h in extract(rest, None, taxonomy=taxonomy, budgets=False))
