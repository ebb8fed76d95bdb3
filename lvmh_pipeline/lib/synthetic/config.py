"""Fixed vocabulary, currency table and timeline of the synthetic demo data.

The canonical labels are shared with the concept extractor; the ground truth written by
the generator uses exactly these strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ALLERGIES: tuple[str, ...] = (
    "nickel", "shellfish", "tree_nuts", "peanut", "gluten", "lactose", "latex", "fragrance",
)
DIETS: tuple[str, ...] = ("vegetarian", "vegan", "pescatarian", "halal", "kosher")
OCCASIONS: tuple[str, ...] = (
    "birthday", "wedding", "wedding_anniversary", "graduation", "christmas", "new_job",
    "promotion", "birth", "retirement", "valentines_day", "engagement", "housewarming",
    "mothers_day", "fathers_day", "lunar_new_year", "baptism",
)
INTENTS: tuple[str, ...] = (
    "ready_to_buy", "hesitant", "will_return", "complaint", "price_sensitive",
    "vip_client", "new_client", "loyal_client",
)
PII_KINDS: tuple[str, ...] = ("email", "phone", "iban", "card", "address")
BAD_ROW_REASONS: tuple[str, ...] = ("empty_transcription", "missing_id", "unparseable_date")

# EUR per unit of foreign currency; budgets in the ground truth are converted with it.
EUR_PER_UNIT: dict[str, float] = {
    "EUR": 1.0, "USD": 0.92, "GBP": 1.17, "CHF": 1.05, "JPY": 0.0062, "CNY": 0.13,
    "KRW": 0.00068, "RUB": 0.010, "AED": 0.25, "HKD": 0.118,
}

LANGUAGES: tuple[str, ...] = ("FR", "EN", "IT", "ES", "DE", "PT", "NL", "RU", "JA", "KO", "ZH", "AR")
# Primary language of a client: ~85% for the five boutique languages, ~15% for the others.
LANGUAGE_WEIGHTS: dict[str, float] = {
    "FR": 0.26, "EN": 0.24, "IT": 0.13, "ES": 0.12, "DE": 0.10,
    "PT": 0.025, "NL": 0.025, "RU": 0.02, "JA": 0.02, "KO": 0.02, "ZH": 0.025, "AR": 0.015,
}
# Language a CA falls back to when the client is served by a colleague.
SECONDARY_LANGUAGE: dict[str, str] = {
    "FR": "EN", "EN": "FR", "IT": "EN", "ES": "EN", "DE": "EN", "PT": "ES", "NL": "EN",
    "RU": "EN", "JA": "EN", "KO": "EN", "ZH": "EN", "AR": "EN",
}


@dataclass(frozen=True)
class Timeline:
    """Dates of the simulated world."""

    history_start: date = date(2024, 1, 1)  # first possible transaction
    notes_start: date = date(2024, 11, 1)  # first possible note (two years of notes)
    end: date = date(2026, 10, 31)  # last data date (inclusive)
    as_of: date = date(2025, 10, 31)  # T = end - 365 days: the split the truth is computed at
    horizons_days: dict[str, int] = field(
        default_factory=lambda: {"purchase": 90, "churn": 180, "clv": 365}
    )


TIMELINE = Timeline()
