"""Allergies told by a reaction: a symptom said of a trigger ("her ears go itchy and red from cheap
earrings", "sneezes nonstop around cats", "Con i guanti in lattice mani piene di bolle", "Oorbellen van de
markt geven haar jeuk", "eyes stream as soon as the birch is out", "一碰到柳絮就打喷嚏").

:func:`reaction_cues` finds the symptoms of a note (one automaton pass over the folded text: the cheap
test most notes stop at) and, for each one whose clause names a trigger — an allergen the matcher found,
a ``?`` alias waiting for a cue ("?earrings", "?cats", "?lana"), a perfume — returns an ``allergy_cue``
span between the two. The extraction then licenses and pairs that trigger as it does after "reacts to".
Not a reaction to a trigger: a symptom alone ("migraines", nothing to pair), a trigger in another clause
or sentence ("wool scarf. Hay fever in May" keeps the scarf), a denied or past reaction ("no rash from
wool any more"), the symptom of an illness ("sneezing with a cold"). A refusal lets the reaction in the
next clause speak of its trigger ("卵はダメで、食べるとじんましんが出る", "Latex gloves are a no, her hands
blister"), as does a trigger standing alone as the topic ("La lana, le dà prurito").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import ahocorasick

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.context import PAIR_BREAK, ConceptMeta, clause_of, gap_length, gap_words, near
from lvmh_pipeline.lib.concepts.constraints.avoid_marks import marked_cues
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.reactions.eaten import eaten_reaction, eaten_trigger
from lvmh_pipeline.lib.concepts.statements.reactions.words import (
    ILLNESSES, NEGATORS, NOT_ALLERGIES, PAST, REFUSALS, SYMPTOMS,
)

__all__ = ["named_things", "reaction_cues"]

# Plain concepts whose words are also triggers ("?earrings" of nickel, "?silver" of metal, "?flowers" of
# pollen): the thing named, not its allergen, unless a cue stands right next to it.
_THINGS = ("jewelry", "silver", "gold", "gardening", "belt", "gloves")
_MAX_GAP = 6  # words between a symptom and its trigger ("itchy red ears from cheap earrings": 3)
# Clause breaks inside a sentence; "=", "(", "+" join a trigger to its reaction ("latex = hands swell").
_CLAUSE = re.compile(r"[,:、，،：→]|\s[-–—/]\s")
_COMMA = frozenset(",、，،")
_COMMA_OR_DASH = _COMMA | frozenset("-–—")
# A reaction told as what follows, after a comma: "…, dann bekommt sie Ausschlag", "…, then she breaks out".
_THEN = re.compile(r"(?:dann|danach|then|and then|alors|puis|poi|allora|luego|entonces|entao|depois|dan|daarna|тогда|потом|"
                   r"и тогда|ثم|بعدين)(?![^\W_])")
# what may stand before a trigger that is the topic of the reaction after a comma ("La lana, le dà …")
_ARTICLES = frozenset("the with le la les l de des du avec der die das den dem mit il lo gli i le con el los las "
                      "o os a as com het de met van от с".split())


def _pattern(entries: str) -> re.Pattern[str]:
    """One regex for folded ``|``-separated entries: Latin ones as whole words (``*``: a stem)."""
    parts = []
    for entry in entries.split("|"):
        stem = entry.endswith("*")
        key = re.escape(fold(entry.rstrip("*")).strip())
        if not key:
            continue
        if is_dense_char(key[0]):
            parts.append(key)
        else:
            parts.append(rf"(?<![^\W_]){key}" + (r"\w*" if stem else r"(?![^\W_])"))
    return re.compile("|".join(sorted(parts, key=len, reverse=True)))


# headaches and migraines: a reaction to a smell, never to pollen
_HEADACHE = re.compile("head|migr|tete|kopf|testa|cabeza|cabeca|jaqueca|enxaqueca|hoofd|голов|мигр|頭|头|두통|머리|صداع")
_PAST = _pattern(PAST)
_NOT_ALLERGY = _pattern(NOT_ALLERGIES)
_ILLNESS = _pattern(ILLNESSES)
_REFUSAL = _pattern(REFUSALS)
_PAST_GATE, _NOT_ALLERGY_GATE, _ILLNESS_GATE = RegexGate(_PAST), RegexGate(_NOT_ALLERGY), RegexGate(_ILLNESS)
_NEGATORS = frozenset(fold(NEGATORS).split())
# words a negator may reach over: "no real rash", "pas de plaques", "keine roten Flecken"
# CJK/Hangul negation around a symptom: "没有起疹子", "不会痒", "発疹は出ない", "두드러기는 안 나요", "가렵지 않"
_DENSE_NOT_BEFORE = re.compile(r"没|不|无|無|안\s?$|못\s?$")
_DENSE_NOT_AFTER = re.compile(
    r"く(?:ない|ならない)|\s*(?:は|が|も)?\s*(?:出ない|出ず|ない|なし|無い)"
    # a Korean symptom, maybe listed with another ("두통이나 트러블은 전혀 없다"), then a degree word and the denial
    r"|\s*(?:(?:이나|나|이랑|랑|하고|이든|든)\s?[가-힣]{1,5}?)?\s*(?:은|는|이|가|도)?\s*(?:전혀|하나도|별로|딱히|아무)?\s*(?:없|안\s?나|지\s?않)"
)
_COPULAS = frozenset("is was s be been being are were such what quite".split())
_BETWEEN = frozenset("any real more such de d di du des del de la roten rote roter rode red".split())


@lru_cache(maxsize=16)
def _automaton(language: str | None) -> ahocorasick.Automaton:
    """Symptom keys of ``language`` and English (every language when unknown): Latin keys padded with
    spaces (a stem only before), dense keys bare; the value is (key length, kind: 0 dense, 1 word, 2 stem)."""
    languages = (language, "EN") if language in SYMPTOMS else tuple(SYMPTOMS)
    automaton = ahocorasick.Automaton()
    for lang in dict.fromkeys(languages):
        for entry in SYMPTOMS[lang].split("|"):
            stem = entry.endswith("*")
            key = fold(entry.rstrip("*")).strip()
            kind = 0 if is_dense_char(key[0]) else 2 if stem else 1
            if kind:
                key = f" {key}" + ("" if stem else " ")
            automaton.add_word(key, (len(key), kind))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1)
def _any_symptom() -> Literals:
    """Every language's symptom keys, asked in the shared literal pass: most notes hold none."""
    return Literals(_automaton(None).keys())


def _symptoms(folded: str, language: str | None) -> list[tuple[int, int]]:
    """Folded spans of the symptoms of a note (a stem runs to its word's end); the padded text's offset
    ``p`` is the folded offset ``p - 1``."""
    padded = f" {folded} "
    if not _any_symptom().any_in(padded):
        return []
    found = set()
    for end, (size, kind) in _automaton(language).iter(padded):
        if kind == 0:
            found.add((end - size, end))
            continue
        lo, hi = end - size + 1, end - 1 if kind == 1 else end
        while kind == 2 and hi < len(folded) and folded[hi].isalnum():
            hi += 1
        found.add((lo, hi))
    return sorted(found)


def reaction_cues(
    nt: NormalizedText, matches: list[AliasMatch], language: str | None, meta: ConceptMeta, cue: int,
    licensed: Callable[[], list[AliasMatch]],
) -> list[AliasMatch]:
    """``allergy_cue`` spans (folded offsets, concept ``cue``) joining each symptom of the note to the
    nearest trigger of its clause: ``matches``' allergens and perfumes, or the ``?`` aliases
    ``licensed()`` returns (called only when the note holds a symptom). A span covers the words between
    the two, so the trigger stands right next to it ("itchy red ears from | cheap earrings"). A symptom
    with no trigger after a food eaten is an ``allergy_unspecified`` match (:mod:`.eaten`)."""
    folded = nt.folded
    marked = marked_cues(folded, matches, licensed, meta, cue, language, nt)  # "卵はダメ": a not-OK mark is the cue of a food
    symptoms = _symptoms(folded, language)
    if not symptoms:
        return marked
    categories, licensors, perfume = meta.categories, meta.licensors, meta.fragrance_product
    pollen = meta.by_name.get("pollen", -1)
    found = [m for m in matches if m[2] == perfume or (categories[m[2]] == "allergy" and m[2] not in licensors)]
    triggers = found + licensed()
    cues = []
    for s_lo, s_hi in symptoms:
        if any(t[0] < s_hi and s_lo < t[1] for t in triggers):
            continue
        if not triggers:  # (the common case: only a food eaten could be the trigger; read the cheap window first)
            eaten = eaten_reaction(nt, (s_lo, s_hi), meta.allergy_unspecified)
            if eaten is not None and not _undone(nt, s_lo, s_hi) and not _ILLNESS.search(
                    fold(clause_of(nt.original, *nt.to_original(s_lo, s_hi)))):
                cues.append(eaten)  # (food poisoning anywhere in the sentence: "食物中毒，吃完就起疹子")
            continue
        if _undone(nt, s_lo, s_hi):
            continue
        best = None
        head = _HEADACHE.search(folded, s_lo, s_hi) is not None
        for t in triggers:
            if head and t[2] == pollen:
                continue  # a headache from flowers is their scent's, not their pollen's
            gap = _clause_gap(nt, t, (s_lo, s_hi))
            if gap is not None and (best is None or gap < best[0]):
                best = (gap, t)
        if best is None:  # a trigger eaten further back: "계란 들어간 거 드시면 입술이 부으심"
            food = eaten_trigger(nt, (s_lo, s_hi), triggers)
            best = (0, food) if food is not None else None
        if best is None:  # no trigger in its clause: a food eaten that the list does not name ("一吃芒果嘴巴就肿")
            eaten = eaten_reaction(nt, (s_lo, s_hi), meta.allergy_unspecified)
            if eaten is not None and not _ILLNESS.search(fold(clause_of(nt.original, *nt.to_original(s_lo, s_hi)))):
                cues.append(eaten)  # (food poisoning anywhere in the sentence: "食物中毒，吃完就起疹子")
            continue
        t = best[1]
        lo, hi = (t[1], s_hi) if t[1] <= s_lo else (s_lo, t[0])
        if t[2] != perfume and t in found and not _refused(nt, min(t[0], s_lo), max(t[1], s_hi)):
            continue  # "귀걸이는 니켈이면 귀가 부어요": the allergen needs no cue, and one would reach past it
        span = (lo, hi, cue, 1.0)
        # another allergen the span would pair with: "perfume is fine, dust makes her sneeze"
        if not any(_allergen(m, meta) != _allergen(t, meta) and near(nt, span, m) for m in found):
            cues.append(span)
    return cues + marked


def _allergen(match: AliasMatch, meta: ConceptMeta) -> int:
    """The allergen a trigger stands for: a perfume is the fragrance allergy."""
    return meta.fragrance_allergy if match[2] == meta.fragrance_product else match[2]


def _clause_gap(nt: NormalizedText, trigger: AliasMatch, symptom: tuple[int, int]) -> int | None:
    """Words between a trigger and a symptom of one clause (None otherwise). One comma may stand between
    a trigger put first and its reaction when the trigger's side refuses it ("no nuts, she swells up") or
    is the trigger alone ("La lana, le dà prurito")."""
    first = trigger[1] <= symptom[0]
    lo, hi = (trigger[1], symptom[0]) if first else (symptom[1], trigger[0])
    if hi < lo:
        return None
    words = nt.folded[lo:hi].split()
    length = gap_length(words)
    if length > _MAX_GAP:
        return None
    if hi == lo:
        return 0
    original = nt.original
    o_lo, o_hi = nt.to_original(lo, hi)
    if PAIR_BREAK.search(original, o_lo, o_hi):
        return None
    breaks = list(_CLAUSE.finditer(original, o_lo, o_hi))
    if not breaks:
        return length
    if len(breaks) > 1 or not first or breaks[0].group().strip() not in _COMMA_OR_DASH:
        return None  # (a dash as a comma: "no come marisco — se le hincha la cara")
    o_start, o_end = nt.to_original(trigger[0], trigger[1])
    folded_head = fold(original[_clause_start(original, o_start) : breaks[0].start()])
    topic = fold(original[o_start:o_end]).split()
    rest = folded_head.split()
    if _REFUSAL.search(folded_head) or _THEN.match(fold(original[breaks[0].end() : o_hi + 1]).lstrip()):
        return length  # (or the reaction follows it: "Dunkle Stoffe färben ab, dann bekommt sie Ausschlag")
    return length if len(rest) <= len(topic) + 1 and _ARTICLES.issuperset(rest[: len(rest) - len(topic)]) else None


def _refused(nt: NormalizedText, lo: int, hi: int) -> bool:
    """A refusal in the clause up to ``hi`` around a found allergen: its denial is the avoidance the
    reaction explains ("latex gloves: NO (hands go raw)", "no nuts, she swells up")."""
    o_lo, o_hi = nt.to_original(lo, hi)
    return _REFUSAL.search(fold(nt.original[_clause_start(nt.original, o_lo) : o_hi])) is not None


def _clause_start(original: str, position: int, reach: int = 60) -> int:
    """Where the clause holding ``position`` starts (at most ``reach`` characters back)."""
    lo = max(0, position - reach)
    ends = [m.end() for m in _CLAUSE.finditer(original, lo, position)] + [
        m.end() for m in PAIR_BREAK.finditer(original, lo, position)]
    return max(ends) if ends else lo


def _undone(nt: NormalizedText, lo: int, hi: int) -> bool:
    """The symptom (or cue) is denied ("no rash", "keine Rötungen", "没有起疹子", "発疹は出ない"), past ("no
    hives any more"), an illness's ("sneezing with a cold") or said in a sentence that denies an allergy."""
    original = nt.original
    o_lo, o_hi = nt.to_original(lo, hi)
    start = _clause_start(original, o_lo)
    stop = _CLAUSE.search(original, o_hi)
    end_break = PAIR_BREAK.search(original, o_hi)
    end = min(m.start() for m in (stop, end_break) if m is not None) if (stop or end_break) else len(original)
    clause = fold(original[start:end])
    folded = nt.folded  # (the clauses are parts of the note: its folded text gates their regexes)
    if (_PAST_GATE.open(folded) and _PAST.search(clause)) or (_ILLNESS_GATE.open(folded) and _ILLNESS.search(clause)) \
            or (_NOT_ALLERGY_GATE.open(folded) and _NOT_ALLERGY.search(fold(clause_of(original, o_lo, o_hi)))):
        return True
    lead = fold(original[start:o_lo])
    words = lead.split()
    if words and (words[-1] in _NEGATORS or words[-1] in _BETWEEN and _NEGATORS.intersection(words[-2:-1])):
        return True
    if words[-2:-1] and words[-1] == "a" and words[-2] in _COPULAS:
        return True  # "the order was a headache": a figure of speech
    tail = fold(original[o_hi : min(end, o_hi + 20)])
    return bool(_DENSE_NOT_BEFORE.search(lead[-3:]) or _DENSE_NOT_AFTER.match(tail))



def named_things(
    nt: NormalizedText, matches: list[AliasMatch], licensed: list[AliasMatch], meta: ConceptMeta
) -> list[AliasMatch]:
    """``licensed`` without the ``?`` aliases that name a thing (:data:`_THINGS`: earrings, silver, flowers)
    and have no allergy cue or word next to them in their clause, no allergen between: such a word
    is no other mention of a stated allergen ("nickel allergy … earrings for Christmas") nor an item of
    its list ("对镍过敏，耳环要18K金")."""
    things = {meta.by_name[name] for name in _THINGS if name in meta.by_name}
    plain = [m for m in matches if m[2] in things]
    if not plain:
        return licensed
    licensors, categories = meta.licensors, meta.categories
    cues = [m for m in matches if m[2] in licensors]
    allergens = [m for m in matches if categories[m[2]] == "allergy" and m[2] not in licensors]
    # a cue with its allergen next to it has its object ("니켈에 예민해서 귀걸이는 금만", "reacts to nickel so silver")
    free = [cue for cue in cues
            if not any(_next_to(nt, cue, a, ()) for a in allergens) and not _undone(nt, cue[0], cue[1])]
    kept = []
    for hit in licensed:  # (another trigger between the cue and a thing is the cue's object: "from earrings, so gold")
        if not any(p[0] < hit[1] and hit[0] < p[1] for p in plain):
            kept.append(hit)
        elif not any(a[2] == hit[2] and gap_words(nt, a, hit) is not None for a in allergens) and any(
            _next_to(nt, cue, hit, allergens + [other for other in licensed if other != hit]) for cue in free
        ):  # (a thing stands for its allergen only where its sentence does not name it: "nickel: earrings itch")
            kept.append(hit)
    return kept


def _next_to(nt: NormalizedText, cue: AliasMatch, hit: AliasMatch, allergens: Sequence[AliasMatch]) -> bool:
    """The cue stands at most three words from ``hit`` in its clause, no allergen between them."""
    lo, hi = (cue[1], hit[0]) if cue[1] <= hit[0] else (hit[1], cue[0])
    if hi < lo or gap_length(nt.folded[lo:hi].split()) > 3 or any(lo <= a[0] and a[1] <= hi for a in allergens):
        return False
    o_lo, o_hi = nt.to_original(lo, hi) if hi > lo else (0, 0)
    return PAIR_BREAK.search(nt.original, o_lo, o_hi) is None and _CLAUSE.search(nt.original, o_lo, o_hi) is None
