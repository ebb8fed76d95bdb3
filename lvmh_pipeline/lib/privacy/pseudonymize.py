"""Pseudonymization of note text: personal identifiers and special-category data become
typed placeholders.

``"Mme Laurent, tél 06 12 34 56 78, diabète de type 2, allergique au nickel"`` →
``"Mme [NAME], tél [PHONE], [HEALTH], allergique au [HEALTH]"``.

What is replaced (the policy, :class:`PrivacyPolicy`):

- always: person names (``[NAME]``: by the rules and name lexicon, and by default
  (``names_learned``) by a learned tagger after them; once a name is found, every other occurrence
  of it in the note, and the ``known_names`` of the same client), e-mails, phone numbers, IBANs, card
  numbers, street addresses, messaging and social-media handles (``[EMAIL]`` … ``[ADDRESS]``,
  ``[HANDLE]``);
- by default (``special_categories``): GDPR Art. 9 data — health conditions, political
  opinions, religion, ethnic origin, sexual orientation, union membership — as ``[HEALTH]``,
  ``[POLITICS]``, ``[RELIGION]``, ``[ORIGIN]``, ``[ORIENTATION]``, ``[UNION]``;
- by default (``non_food_allergies``): non-food allergens (nickel, pollen, penicillin, latex …,
  the taxonomy concepts marked ``"special_category": "HEALTH"``) as ``[HEALTH]`` ("allergique
  au [HEALTH]"); the allergy itself is kept as a :class:`ProtectedConcept`, so the client's
  profile still says ``nickel`` while the stored text does not. A negated allergy ("not
  allergic to wool") or an allergen-free request ("nickel-free buckle") is not a health fact
  and stays readable.

Kept readable on purpose: food allergies and diets (client safety at events), titles (courtesy
and gender, not identity). A pregnancy is [HEALTH] (GDPR Recital 35), but the ``birth`` occasion
of its words is kept as a :class:`ProtectedConcept` with its month (the gifting context). The
function is deterministic and idempotent, and it never alters a placeholder already in the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from lvmh_pipeline.lib.concepts.budgets.locale_cues import locale_currency
from lvmh_pipeline.lib.privacy.addresses import find_addresses
from lvmh_pipeline.lib.privacy.contacts import PiiSpan, find_cards, find_emails, find_ibans, find_phones
from lvmh_pipeline.lib.privacy.handles import find_handles
from lvmh_pipeline.lib.privacy.names.occurrences import name_occurrences
from lvmh_pipeline.lib.privacy.names.detect import find_names
from lvmh_pipeline.lib.privacy.names.learned.tagger import learned_names
from lvmh_pipeline.lib.privacy.policy import (
    DEFAULT_POLICY,
    PII_KINDS,
    SPECIAL_KINDS,
    PrivacyPolicy,
    ProtectedConcept,
    placeholder,
    policy_from_env,
    protected_from_json,
    protected_to_json,
)
from lvmh_pipeline.lib.privacy.sensitive import CACHED_TEXT_CHARS, redact_sensitive
from lvmh_pipeline.lib.privacy.spans import non_overlapping

__all__ = [
    "PII_KINDS",
    "SPECIAL_KINDS",
    "PrivacyPolicy",
    "ProtectedConcept",
    "PseudonymizedText",
    "find_pii",
    "find_sensitive",
    "redact_contacts",
    "placeholder",
    "policy_from_env",
    "protected_from_json",
    "protected_to_json",
    "pseudonymize",
]

# Order matters: an e-mail holds names and digits, an IBAN holds digit groups a phone detector
# would take, a card number is longer than any phone. Names come last, once digits are gone; the
# learned name tagger (as the policy asks) after the rules, on the text they left.
_RULE_DETECTORS: tuple[Callable[[str], list[PiiSpan]], ...] = (
    find_emails,
    find_ibans,
    find_cards,
    find_phones,
    find_addresses,
    find_handles,
    find_names,
)
_LEARNED_DETECTORS: tuple[Callable[[str], list[PiiSpan]], ...] = (learned_names,)
_MAX_PASSES = 4
# Kinds that a blocking check can look for with no false alarm on ordinary notes.
_CHECKED_DETECTORS: tuple[Callable[[str], list[PiiSpan]], ...] = (
    find_emails,
    find_ibans,
    find_cards,
    find_phones,
    find_handles,
)


@dataclass(frozen=True)
class PseudonymizedText:
    """Pseudonymized ``text``, the number of placeholders inserted per kind, the names found
    (to redact them in the client's other notes; never stored), the protected concepts and the
    locale currency of the raw text (an ISO code, "" when no cue: its phones and parties become
    redaction tokens here, so the budget's currency is read from this record)."""

    text: str
    counts: dict[str, int] = field(default_factory=dict)
    names: tuple[str, ...] = ()
    protected: tuple[ProtectedConcept, ...] = ()
    locale_currency: str = ""

    @property
    def total(self) -> int:
        """Number of placeholders inserted, all kinds together."""
        return sum(self.counts.values())


def _replace(text: str, spans: list[PiiSpan]) -> str:
    """``text`` with each (non-overlapping, sorted) span replaced by its placeholder."""
    parts: list[str] = []
    cursor = 0
    for span in spans:
        parts.append(text[cursor : span.start])
        parts.append(placeholder(span.kind))
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)


def _apply(
    text: str, detectors: tuple[Callable[[str], list[PiiSpan]], ...], names: set[str] | None = None
) -> tuple[str, dict[str, int]]:
    """Run ``detectors`` in order, each on the output of the previous one; the surface form
    of every name replaced is added to ``names``."""
    counts = dict.fromkeys(PII_KINDS, 0)
    for detect in detectors:
        kept = non_overlapping(detect(text))
        if kept:
            if names is not None:
                names.update(text[s.start : s.end] for s in kept if s.kind == "NAME")
            text = _replace(text, kept)
            for span in kept:
                counts[span.kind] += 1
    return text, counts


def _add(counts: dict[str, int], more: dict[str, int]) -> dict[str, int]:
    return {kind: counts.get(kind, 0) + more.get(kind, 0) for kind in PII_KINDS}


def _identifiers(text: str, learned: bool) -> tuple[str, tuple[int, ...], tuple[str, ...]]:
    """``text`` with its identifiers replaced (names by the learned tagger too if ``learned``),
    the placeholders inserted per kind (in ``PII_KINDS`` order) and the names replaced (sorted).
    Cached for note-sized texts: ingestion pseudonymizes a note a second time with the names of
    the client's other notes, and only the steps after this one depend on those."""
    return _cached_identifiers(text, learned) if len(text) <= CACHED_TEXT_CHARS else _find_identifiers(text, learned)


@lru_cache(maxsize=2048)
def _cached_identifiers(text: str, learned: bool) -> tuple[str, tuple[int, ...], tuple[str, ...]]:
    return _find_identifiers(text, learned)


# Note-sized texts where a pass of _find_identifiers ran every detector, the checked ones included,
# and none found anything: find_pii of them is empty without scanning them again (most stored
# notes are such a text: nothing else to redact).
_CLEAN_TEXTS: set[str] = set()
_MAX_CLEAN_TEXTS = 20_000


def _find_identifiers(text: str, learned: bool) -> tuple[str, tuple[int, ...], tuple[str, ...]]:
    # A placeholder can expose an identifier a detector skipped before: "Moreau0612345678"
    # has no number boundary until the name becomes "[NAME]0612345678". Passes repeat until
    # one changes nothing, which makes the function idempotent. The learned name tagger reads
    # the text once the rules find nothing more in it (one call for most notes).
    counts = dict.fromkeys(PII_KINDS, 0)
    found: set[str] = set()
    for _ in range(_MAX_PASSES):
        redacted, more = _apply(text, _RULE_DETECTORS, found)
        if redacted == text and learned:
            redacted, more = _apply(text, _LEARNED_DETECTORS, found)
        counts = _add(counts, more)
        if redacted == text:
            if len(text) <= CACHED_TEXT_CHARS:
                if len(_CLEAN_TEXTS) >= _MAX_CLEAN_TEXTS:
                    _CLEAN_TEXTS.clear()
                _CLEAN_TEXTS.add(text)
            break
        text = redacted
    return text, tuple(counts[kind] for kind in PII_KINDS), tuple(sorted(found))


def pseudonymize(
    text: str,
    *,
    language: str | None = None,
    policy: PrivacyPolicy = DEFAULT_POLICY,
    known_names: Iterable[str] = (),
) -> PseudonymizedText:
    """Replace identifiers (and, by ``policy``, special-category data) by placeholders.

    ``language`` (the note's) selects the allergy aliases first; ``known_names`` are names
    already found in the same client's other notes, redacted wherever they occur here.
    """
    if not isinstance(text, str):
        text = ""
    locale = locale_currency(text, language) or ""  # before any redaction token: "+44 …", "Labour"
    text, identifier_counts, found_names = _identifiers(text, policy.names_learned)
    counts = dict(zip(PII_KINDS, identifier_counts, strict=True))
    found = set(found_names)
    names = found | {n for n in known_names if n}
    if names:
        text, more = _apply(text, (lambda t: name_occurrences(t, names),))
        counts = _add(counts, more)
    protected: tuple[ProtectedConcept, ...] = ()
    if policy.special_categories or policy.non_food_allergies:
        text, protected, more = redact_sensitive(text, language, policy)
        counts = _add(counts, more)
    return PseudonymizedText(text, counts, tuple(sorted(found)), tuple(protected), locale)


def find_pii(text: str) -> list[str]:
    """Kinds (EMAIL, IBAN, CARD, PHONE) of identifiers still present in ``text``, each once."""
    if not isinstance(text, str) or text in _CLEAN_TEXTS:
        return []
    _, counts = _apply(text, _CHECKED_DETECTORS)
    return [kind for kind in PII_KINDS if counts[kind]]


def redact_contacts(text: str) -> str:
    """``text`` with e-mails, IBANs, card and phone numbers replaced (no name detection: for
    product texts, where capitalised words are product lines, not people)."""
    return _apply(text, _CHECKED_DETECTORS)[0] if isinstance(text, str) else text


def find_sensitive(text: str, language: str | None = None, policy: PrivacyPolicy = DEFAULT_POLICY) -> list[str]:
    """What a blocking check looks for in stored text: identifier patterns (:func:`find_pii`)
    and, as the policy asks, special-category spans and special-category allergies still
    readable. Empty for correctly pseudonymized text."""
    kinds = find_pii(text)
    if not isinstance(text, str) or not (policy.special_categories or policy.non_food_allergies):
        return kinds
    # the rules and lexicon only: the learned tagger's spans are what it found, not a known pattern,
    # and on text it already redacted it may read different neighbours
    _, protected, counts = redact_sensitive(text, language, replace(policy, art9_learned=False))
    return kinds + [kind for kind in SPECIAL_KINDS if counts[kind]]
