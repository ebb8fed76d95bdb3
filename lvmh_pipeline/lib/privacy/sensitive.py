"""Special-category data in note text: Art. 9 spans and non-food allergens become category
placeholders ("diabète de type 2" -> ``[HEALTH]``), while the allergy and diet concepts (and the
``birth`` occasion of a pregnancy, the ``wedding`` of a same-sex union) their words carried are kept as :class:`ProtectedConcept` on the
placeholder. The identifier steps of pseudonymization run before this one
(:mod:`lvmh_pipeline.lib.privacy.pseudonymize`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from lvmh_pipeline.lib.privacy.policy import PII_KINDS, PrivacyPolicy, ProtectedConcept, placeholder
from lvmh_pipeline.lib.privacy.spans import PiiSpan, non_overlapping

__all__ = ["CACHED_TEXT_CHARS", "redact_sensitive"]

CACHED_TEXT_CHARS = 4_000  # longer texts are not kept in the caches of this module and of pseudonymize

# Concepts kept when their words are redacted: client-safety facts ("diabète" -> the diabetic
# diet, "allergique au nickel" -> nickel). A colour inside a party name ("les Verts") is not.
_PROTECTED_CATEGORIES = frozenset({"allergy", "diet"})
# ... and two gifting occasions: "enceinte", "expecting twins" are [HEALTH] (GDPR Recital 35) while the
# coming birth is the `birth` occasion of the profile; a same-sex union ("unione civile a settembre",
# "eingetragene Partnerschaft") is [ORIENTATION] while its ceremony is the `wedding` occasion. Only these
# concepts, not the occasion category: an occasion inside another redacted fact is that fact's ("observes
# Ramadan", "goes to mass at Easter" are RELIGION and must not come back as a profile occasion).
_PROTECTED_CONCEPTS = frozenset({"birth", "wedding"})

@lru_cache(maxsize=1)
def _special_detector() -> Callable[[str], list[PiiSpan]]:
    from lvmh_pipeline.lib.privacy.special.categories import find_special_categories

    return find_special_categories


def redact_sensitive(
    text: str, language: str | None, policy: PrivacyPolicy
) -> tuple[str, tuple[ProtectedConcept, ...], dict[str, int]]:
    """Replace special-category data (Art. 9 spans, special-category allergies) by category
    placeholders. Every allergy or diet concept whose words disappear this way is kept as a
    :class:`ProtectedConcept` on its placeholder ("allergique au [HEALTH]" still gives
    ``nickel``, "diabétique" still gives the ``diabetic`` diet).

    Cached for note-sized texts: most notes hold no special-category data, so the text
    :func:`~lvmh_pipeline.lib.privacy.pseudonymize.pseudonymize` stores is the text it scanned here, and :func:`~lvmh_pipeline.lib.privacy.pseudonymize.find_sensitive` on it
    (the check of what is stored) is the same call again. Then, as ``policy.art9_learned`` asks,
    the learned tagger's spans of the text that is left (:func:`_redact_learned`)."""
    lexicon = replace(policy, art9_learned=False)
    if len(text) <= CACHED_TEXT_CHARS:
        redacted, protected, counts = _cached_redact_sensitive(text, language, lexicon)
        counts = dict(counts)
    else:
        redacted, protected, counts = _find_sensitive_spans(text, language, lexicon)
    if policy.special_categories and policy.art9_learned:
        redacted, protected = _redact_learned(redacted, language, protected, counts)
    return redacted, protected, counts


def _redact_learned(
    text: str, language: str | None, protected: tuple[ProtectedConcept, ...], counts: dict[str, int]
) -> tuple[str, tuple[ProtectedConcept, ...]]:
    """A second pass over the lexicon's output: the wording the learned tagger finds
    (:mod:`lvmh_pipeline.lib.privacy.special.learned`) becomes category placeholders too; the
    protected concepts move with the text. ``counts`` is updated in place."""
    from lvmh_pipeline.lib.privacy.special.learned.tagger import learned_spans

    spans = learned_spans(text, language)
    if not spans:
        return text, protected
    parts: list[str] = []
    cursor = 0
    shifts: list[tuple[int, int]] = []  # (end of a replaced span in the input, shift after it)
    shift = 0
    for span in spans:  # in order, disjoint, never inside a placeholder
        token = placeholder(span.kind)
        parts += [text[cursor : span.start], token]
        shift += len(token) - (span.end - span.start)
        shifts.append((span.end, shift))
        cursor = span.end
        counts[span.kind] += 1
    parts.append(text[cursor:])

    def moved(at: int) -> int:
        total = 0
        for end, shift_after in shifts:  # the spans are in text order
            if end > at:
                break
            total = shift_after
        return at + total

    protected = tuple(replace(p, start=moved(p.start), end=moved(p.end)) for p in protected)
    return "".join(parts), protected


@lru_cache(maxsize=256)
def _cached_redact_sensitive(
    text: str, language: str | None, policy: PrivacyPolicy
) -> tuple[str, tuple[ProtectedConcept, ...], dict[str, int]]:
    return _find_sensitive_spans(text, language, policy)


def _find_sensitive_spans(
    text: str, language: str | None, policy: PrivacyPolicy
) -> tuple[str, tuple[ProtectedConcept, ...], dict[str, int]]:
    from lvmh_pipeline.lib.concepts.allergen_gate import may_name_special_allergen
    from lvmh_pipeline.lib.concepts.extraction import extract
    from lvmh_pipeline.lib.concepts.taxonomy import load_taxonomy
    from lvmh_pipeline.lib.privacy.special.categories import ends_pregnancy
    from lvmh_pipeline.lib.privacy.special.practice.practised_fasts import faith_fast
    from lvmh_pipeline.lib.privacy.special.reactions import drop_caused_reactions

    taxonomy = load_taxonomy()
    spans = list(_special_detector()(text)) if policy.special_categories else []
    if spans and policy.art9_clauses:
        from lvmh_pipeline.lib.privacy.special.extent.clauses import clause_spans

        spans = clause_spans(text, spans)
    # the allergen's words (negated and "-free" ones stay readable), where the note can name one
    allergens = policy.non_food_allergies and may_name_special_allergen(text, language, taxonomy)
    counts = dict.fromkeys(PII_KINDS, 0)
    if not spans and not allergens:
        return text, (), counts  # most notes: nothing to redact, no extraction needed
    hits = extract(text, language, taxonomy=taxonomy, budgets=False)
    if spans:  # a symptom a named food causes is that food's allergy, readable like it (special.reactions)
        spans = drop_caused_reactions(text, spans, _food_allergens(hits, taxonomy))
    if allergens:
        from lvmh_pipeline.lib.privacy.special.categories import allergy_spans

        facts = list(spans)  # an allergen inside a fact's clause goes with the clause
        spans += [a for a in allergy_spans(text, hits, taxonomy)
                  if not any(f.start < a.end and a.start < f.end for f in facts)]
    if not spans:
        return text, (), counts
    parts: list[str] = []
    protected: list[ProtectedConcept] = []
    cursor = shift = 0
    for span in non_overlapping(spans):
        token = placeholder(span.kind)
        parts += [text[cursor : span.start], token]
        start = span.start + shift
        seen: set[tuple[str, bool]] = set()
        for hit in hits:
            if (hit.start < span.end and span.start < hit.end
                    and (hit.category in _PROTECTED_CATEGORIES or hit.concept in _PROTECTED_CONCEPTS)
                    and (hit.concept, hit.negated) not in seen):
                if faith_fast(text, span, hit.concept):
                    continue  # "[pratica il digiuno]" in a note about Ramadan: the faith's fast, no diet
                if hit.concept == "birth" and ends_pregnancy(text[span.start : span.end]):
                    continue  # "lost the pregnancy", "grossesse extra-utérine": no birth to come
                if hit.concept == "wedding" and _anniversary_in(hits):
                    continue  # "anniversario di unione civile": the anniversary's, no wedding to come
                seen.add((hit.concept, hit.negated))
                month = hit.month if isinstance(hit.month, int) and hit.category == "occasion" else None
                protected.append(ProtectedConcept(hit.concept, start, start + len(token), hit.negated, hit.confidence,
                                                  month))
        shift += len(token) - (span.end - span.start)
        cursor = span.end
        counts[span.kind] += 1
    parts.append(text[cursor:])
    redacted = "".join(parts)
    return redacted, _still_needed(redacted, language, taxonomy, protected), counts


_ANNIVERSARIES = frozenset({"wedding_anniversary", "relationship_anniversary"})


def _anniversary_in(hits) -> bool:
    """A note about an anniversary ("anniversario dell'[unione civile]", "[Verpartnerung] vor zehn Jahren,
    Jahrestag im Mai"): the union it counts from is past, no wedding to come."""
    return any(h.concept in _ANNIVERSARIES and not h.negated for h in hits)


def _food_allergens(hits, taxonomy) -> list[tuple[int, int]]:
    """Where ``hits`` name a food allergen (an allergy concept of no special category: shellfish,
    sulfites, peanut; not the cue words or a reaction alone)."""
    special = _special_allergies(taxonomy)
    return [(h.start, h.end) for h in hits
            if h.category == "allergy" and h.concept not in special and h.concept not in _NOT_FOODS]


_NOT_FOODS = frozenset({"allergy_cue", "allergy_unspecified"})


@lru_cache(maxsize=4)
def _special_allergies(taxonomy) -> frozenset[str]:
    return frozenset(c.concept for c in taxonomy.concepts if c.category == "allergy" and c.special_category)


def _still_needed(redacted: str, language: str | None, taxonomy, protected: list[ProtectedConcept]
                  ) -> tuple[ProtectedConcept, ...]:
    """``protected`` without the occasions the redacted text still says in other words ("[HEALTH],
    cherche un cadeau de naissance pour avril" keeps ``birth`` with its month in the text itself);
    one whose month the text does not give again stays."""
    if not any(p.concept in _PROTECTED_CONCEPTS for p in protected):
        return tuple(protected)
    from lvmh_pipeline.lib.concepts.extraction import extract

    said: dict[tuple[str, bool], set] = {}
    for hit in extract(redacted, language, taxonomy=taxonomy, budgets=False):
        said.setdefault((hit.concept, hit.negated), set()).add(hit.month if isinstance(hit.month, int) else None)
    kept = []
    for item in protected:
        months = said.get((item.concept, item.negated))
        if item.concept in _PROTECTED_CONCEPTS and months is not None and (item.month is None or item.month in months):
            continue  # said again, with the same month or none to add
        kept.append(item)
    return tuple(kept)
