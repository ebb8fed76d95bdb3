"""The privacy policy of stored text and the records pseudonymization leaves with it.

:class:`PrivacyPolicy` says what is removed besides names and contact identifiers (set with
``LVMH_PRIVACY_POLICY``); :class:`ProtectedConcept` is a concept whose words were redacted (the
``protected_concepts`` cell of a note, :func:`protected_to_json` / :func:`protected_from_json`);
``PII_KINDS`` are the placeholder kinds (:func:`placeholder`). Pseudonymization itself is in
:mod:`lvmh_pipeline.lib.privacy.pseudonymize`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass

__all__ = [
    "DEFAULT_POLICY",
    "IDENTIFIER_KINDS",
    "PII_KINDS",
    "SPECIAL_KINDS",
    "PrivacyPolicy",
    "ProtectedConcept",
    "placeholder",
    "policy_from_env",
    "protected_from_json",
    "protected_to_json",
]

IDENTIFIER_KINDS: tuple[str, ...] = ("NAME", "EMAIL", "PHONE", "IBAN", "CARD", "ADDRESS", "HANDLE")
SPECIAL_KINDS: tuple[str, ...] = ("HEALTH", "POLITICS", "RELIGION", "ORIGIN", "ORIENTATION", "UNION")
PII_KINDS: tuple[str, ...] = IDENTIFIER_KINDS + SPECIAL_KINDS


@dataclass(frozen=True)
class PrivacyPolicy:
    """What is removed from stored text besides names and contact identifiers (always removed).

    Set with ``LVMH_PRIVACY_POLICY`` (:func:`policy_from_env`): ``strict`` (default: Art. 9 data by
    the lexicon and the learned tagger, and non-food allergies), ``strict-clauses`` (as ``strict``,
    and the whole clause of a lexicon fact goes, for a house that prefers losing words to keeping
    any of a fact's wording), ``strict-lexicon`` (as ``strict`` without the learned taggers of Art. 9
    wording and of names: only the rules and lexicons, whose every redaction can be traced to an entry), ``keep-allergies``
    (non-food allergies stay readable), ``identifiers-only`` (only names and contact identifiers:
    for a house with its own legal basis for Art. 9 data).
    """

    special_categories: bool = True  # GDPR Art. 9 data -> [HEALTH], [POLITICS], …
    non_food_allergies: bool = True  # nickel, pollen, penicillin … -> [HEALTH], kept as concepts
    art9_clauses: bool = False  # an Art. 9 span widened to its whole clause (special.extent.clauses)
    art9_learned: bool = True  # Art. 9 wording the lexicon misses, by the learned tagger (special.learned)
    names_learned: bool = True  # names the rules miss, by the learned name tagger (names.learned)

    @property
    def name(self) -> str:
        for name, policy in _POLICIES.items():
            if policy == self:
                return name
        return "custom"


_POLICIES: dict[str, PrivacyPolicy] = {
    "strict": PrivacyPolicy(),
    "strict-clauses": PrivacyPolicy(art9_clauses=True),
    "strict-lexicon": PrivacyPolicy(art9_learned=False, names_learned=False),
    "keep-allergies": PrivacyPolicy(special_categories=True, non_food_allergies=False),
    "identifiers-only": PrivacyPolicy(special_categories=False, non_food_allergies=False),
}
DEFAULT_POLICY = _POLICIES["strict"]


def policy_from_env(value: str | None = None) -> PrivacyPolicy:
    """The policy named by ``value`` (default: ``$LVMH_PRIVACY_POLICY``, else ``strict``)."""
    name = (value if value is not None else os.environ.get("LVMH_PRIVACY_POLICY", "")).strip().lower() or "strict"
    if name not in _POLICIES:
        raise ValueError(f"LVMH_PRIVACY_POLICY must be one of {', '.join(_POLICIES)}, got {name!r}")
    return _POLICIES[name]


@dataclass(frozen=True)
class ProtectedConcept:
    """A concept whose words were redacted: ``text[start:end]`` is its placeholder."""

    concept: str
    start: int
    end: int
    negated: bool = False
    confidence: float = 1.0
    month: int | None = None  # an occasion's month, read before redaction ("expecting twins in May")


def placeholder(kind: str) -> str:
    """The placeholder written in place of an identifier of ``kind`` (``[NAME]``, …)."""
    return f"[{kind}]"


def protected_to_json(protected: Iterable[ProtectedConcept]) -> str:
    """The ``protected_concepts`` cell of a note: a JSON list (``"[]"`` when none)."""
    items = [{k: v for k, v in asdict(p).items() if k != "month" or v is not None} for p in protected]
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


def protected_from_json(cell: object) -> list[ProtectedConcept]:
    """Parse a ``protected_concepts`` cell (empty list for a missing or empty cell)."""
    if not isinstance(cell, str) or not cell.strip():
        return []
    return [ProtectedConcept(**item) for item in json.loads(cell)]
