"""Plan a client's notes from its latent state: when appointments happen and what they say
(:class:`NotePlan`), and the record of what a composed note did say (:class:`NoteTruth`).

Notes are written while the client is active. Part of them are the appointment just before an
order (the client comes in, then buys), so intent cues follow the realised purchases; the rest
fall at random. Status, complaint and price cues follow the persona's latent traits with noise,
so notes carry signal about the propensities without being a function of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from .amounts import BudgetTruth
from .config import SECONDARY_LANGUAGE, Timeline
from .latent import ActivityPath
from .personas import Occasion, Persona

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


MAX_NOTES = 8
_PII_KINDS = ("email", "phone", "address", "iban", "card")
_PII_WEIGHTS = np.array([0.3, 0.35, 0.15, 0.1, 0.1])
_LENGTHS = ("short", "medium", "long")


def upload_dates(n: int, timeline: Timeline) -> list[date]:
    """``n`` evenly spaced upload dates; the last one is the last data date."""
    span = (timeline.end - timeline.notes_start).days
    return [timeline.notes_start + timedelta(days=round(span * (k + 1) / n)) for k in range(n)]


def _note_dates(
    rng: np.random.Generator, persona: Persona, path: ActivityPath, start: date, stop: date,
) -> list[tuple[date, bool]]:
    """Appointment dates in [start, stop]; the flag marks a first visit."""
    years = ((stop - start).days + 1) / 365.25
    k = int(min(MAX_NOTES, 1 + rng.poisson(persona.note_rate * years)))
    dates: dict[date, bool] = {}
    if path.first_day >= start and rng.random() < 0.75:
        dates[path.first_day] = True
    orders = [d for d in path.order_days if start <= d <= stop]
    rng.shuffle(orders)
    span = (stop - start).days
    attempts = 0
    while len(dates) < k and attempts < 4 * k:
        attempts += 1
        if orders and rng.random() < 0.45:
            d = max(start, orders.pop() - timedelta(days=int(rng.integers(0, 11))))
        else:
            d = start + timedelta(days=int(rng.integers(0, span + 1)))
        dates.setdefault(d, False)
    return sorted(dates.items())


def _occasions(rng: np.random.Generator, persona: Persona, when: date, length: str) -> tuple[Occasion, ...]:
    """Occasions coming up in the next two months first: that is why clients come in."""
    upcoming = [o for o in persona.occasions if o.month is not None and (o.month - when.month) % 12 <= 2]
    chosen: list[Occasion] = []
    if upcoming and rng.random() < 0.7:
        chosen.append(upcoming[int(rng.integers(len(upcoming)))])
    elif rng.random() < 0.35:
        chosen.append(persona.occasions[int(rng.integers(len(persona.occasions)))])
    if length == "long" and rng.random() < 0.5:
        rest = [o for o in persona.occasions if o not in chosen]
        if rest:
            chosen.append(rest[int(rng.integers(len(rest)))])
    return tuple(chosen)


def _status(rng: np.random.Generator, persona: Persona, path: ActivityPath, when: date, first_visit: bool,
            timeline: Timeline) -> str | None:
    tenure = when.year - persona.client_since
    if first_visit and path.first_day > timeline.history_start and rng.random() < 0.85:
        return "new_client"
    if persona.vip and rng.random() < 0.6:
        return "vip_client"
    if tenure >= 3 and rng.random() < (0.5 if persona.purchase_rate >= 2.0 else 0.15):
        return "loyal_client"
    return None


def _behaviour(rng: np.random.Generator, persona: Persona, path: ActivityPath, when: date) -> list[str]:
    buys_soon = any(when <= d <= when + timedelta(days=14) for d in path.order_days)
    intents: list[str] = []
    if buys_soon:
        if rng.random() < 0.65:
            intents.append("ready_to_buy")
        elif rng.random() < 0.3:
            intents.append("hesitant")
    elif rng.random() < 0.3:
        intents.append("hesitant")
    elif rng.random() < 0.05:
        intents.append("ready_to_buy")
    if rng.random() < 0.3 and "ready_to_buy" not in intents:
        intents.append("will_return")
    if rng.random() < persona.complaint_prob:
        intents.append("complaint")
    if rng.random() < (0.55 if persona.price_sensitive else 0.02):
        intents.append("price_sensitive")
    return intents


def plan_notes(
    rng: np.random.Generator, persona: Persona, path: ActivityPath, timeline: Timeline,
    pii_rate: float, no_notes: bool,
) -> list[NotePlan]:
    """The notes written about one client over the notes window (may be empty)."""
    start = max(timeline.notes_start, path.first_day)
    stop = timeline.end if path.churn_day is None else min(timeline.end, path.churn_day - timedelta(days=1))
    if no_notes or stop < start:
        return []
    length_p = np.array([0.03, 0.32, 0.65]) if persona.vip else np.array([0.08, 0.47, 0.45])
    plans: list[NotePlan] = []
    for when, first_visit in _note_dates(rng, persona, path, start, stop):
        length = _LENGTHS[int(rng.choice(3, p=length_p))]
        language = persona.language if rng.random() < 0.92 else SECONDARY_LANGUAGE[persona.language]
        status = _status(rng, persona, path, when, first_visit, timeline)
        intents = ([status] if status else []) + _behaviour(rng, persona, path, when)
        has_budget = rng.random() < 0.8
        unlimited = has_budget and persona.unlimited_budget and rng.random() < 0.5
        pii: tuple[str, ...] = ()
        if rng.random() < pii_rate:
            n_kinds = 1 if rng.random() < 0.85 else 2
            pii = tuple(_PII_KINDS[int(i)] for i in sorted(rng.choice(5, size=n_kinds, replace=False, p=_PII_WEIGHTS)))
        plans.append(NotePlan(
            note_date=when, language=language, length=length, intents=tuple(intents),
            occasions=_occasions(rng, persona, when, length),
            budget_eur=float(persona.budget_eur * np.exp(rng.normal(0.0, 0.25))) if has_budget else None,
            unlimited_budget=unlimited, pii=pii,
        ))
    return plans
