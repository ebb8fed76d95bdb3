"""What a note must say (the plan) and what it did say (the truth)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .amounts import BudgetTruth
from .personas import Occasion

STATUS_INTENTS: tuple[str, ...] = ("vip_client", "loyal_client", "new_client")


@dataclass(frozen=True)
class NotePlan:
    """What one note must say."""

    note_date: date
    language: str
    length: str  # target: short | medium | long
    intents: tuple[str, ...]
    occasions: tuple[Occasion, ...]
    budget_eur: float | None
    unlimited_budget: bool
    pii: tuple[str, ...]


@dataclass
class NoteTruth:
    """Canonical labels written in one note."""

    allergies: list[str] = field(default_factory=list)
    diets: list[str] = field(default_factory=list)
    occasions: list[str] = field(default_factory=list)
    budget: BudgetTruth | None = None
    intents: list[str] = field(default_factory=list)
    pii: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    colors: list[str] = field(default_factory=list)
    houses: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # person names exactly as written in the text
    special: list[str] = field(default_factory=list)  # "CATEGORY:exact text" of Art. 9 mentions
    wild: list[str] = field(default_factory=list)  # wild input classes the note exercises (wild.py)


def add_label(items: list[str], value: str) -> None:
    """Append ``value`` once."""
    if value not in items:
        items.append(value)
