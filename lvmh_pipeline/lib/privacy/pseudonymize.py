"""Pseudonymization of note text: personal identifiers become typed placeholders.

``"Mme Laurent, tél 06 12 34 56 78"`` → ``"Mme [NAME], tél [PHONE]"``. Titles are kept (they
carry courtesy and gender, not identity). The function is deterministic and idempotent, and it
never alters a placeholder already in the text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lvmh_pipeline.lib.privacy.addresses import find_addresses
from lvmh_pipeline.lib.privacy.contacts import PiiSpan, find_cards, find_emails, find_ibans, find_phones
from lvmh_pipeline.lib.privacy.names import find_names

PII_KINDS: tuple[str, ...] = ("NAME", "EMAIL", "PHONE", "IBAN", "CARD", "ADDRESS")

# Order matters: an e-mail holds names and digits, an IBAN holds digit groups a phone detector
# would take, a card number is longer than any phone. Names come last, once digits are gone.
_DETECTORS: tuple[Callable[[str], list[PiiSpan]], ...] = (
    find_emails,
    find_ibans,
    find_cards,
    find_phones,
    find_addresses,
    find_names,
)
_MAX_PASSES = 4
# Kinds that a blocking check can look for with no false alarm on ordinary notes.
_CHECKED_DETECTORS: tuple[Callable[[str], list[PiiSpan]], ...] = (
    find_emails,
    find_ibans,
    find_cards,
    find_phones,
)


@dataclass(frozen=True)
class PseudonymizedText:
    """Pseudonymized ``text`` and the number of placeholders inserted per kind."""

    text: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Number of placeholders inserted, all kinds together."""
        return sum(self.counts.values())


def placeholder(kind: str) -> str:
    """The placeholder written in place of an identifier of ``kind`` (``[NAME]``, …)."""
    return f"[{kind}]"


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
    text: str, detectors: tuple[Callable[[str], list[PiiSpan]], ...]
) -> tuple[str, dict[str, int]]:
    """Run ``detectors`` in order, each on the output of the previous one."""
    counts = dict.fromkeys(PII_KINDS, 0)
    for detect in detectors:
        kept: list[PiiSpan] = []
        for span in sorted(detect(text)):
            if not kept or span.start >= kept[-1].end:
                kept.append(span)
        if kept:
            text = _replace(text, kept)
            for span in kept:
                counts[span.kind] += 1
    return text, counts


def pseudonymize(text: str) -> PseudonymizedText:
    """Replace names, e-mails, phones, IBANs, card numbers and street addresses by placeholders."""
    if not isinstance(text, str):
        text = ""
    # A placeholder can expose an identifier a detector skipped before: "Moreau0612345678"
    # has no number boundary until the name becomes "[NAME]0612345678". Passes repeat until
    # one changes nothing, which makes the function idempotent.
    counts = dict.fromkeys(PII_KINDS, 0)
    for _ in range(_MAX_PASSES):
        redacted, found = _apply(text, _DETECTORS)
        counts = {kind: counts[kind] + found[kind] for kind in PII_KINDS}
        if redacted == text:
            break
        text = redacted
    return PseudonymizedText(text, counts)


def find_pii(text: str) -> list[str]:
    """Kinds (EMAIL, IBAN, CARD, PHONE) of identifiers still present in ``text``, each once."""
    if not isinstance(text, str):
        return []
    _, counts = _apply(text, _CHECKED_DETECTORS)
    return [kind for kind in PII_KINDS if counts[kind]]
