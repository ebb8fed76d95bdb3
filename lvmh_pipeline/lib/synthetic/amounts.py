"""Budgets written the many ways advisors write them, with their EUR truth.

A budget is drawn in EUR, converted to the currency the client talks in, rounded the way people
round, and written as a range ("3-4K"), an approximate single amount ("around 5K"), an exact
amount ("1500€"), an open-ended amount ("35K+") or as unlimited. In English a bare amount is
written only for pounds, with a British cue next to it (see ``_english_locale``). The truth keeps the written
amounts converted back to EUR with the fixed table in :mod:`.config`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .config import EUR_PER_UNIT


@dataclass(frozen=True)
class BudgetTruth:
    """What a budget statement says, in EUR (``max_eur`` None = no upper limit)."""

    min_eur: float | None
    max_eur: float | None
    flexible: bool
    unlimited: bool


@dataclass(frozen=True)
class MoneyFormat:
    """How one amount is written: ``prefix + number(value / scale) + suffix``."""

    prefix: str
    scale: int
    suffix: str
    thousands: str = ""  # separator inside the number


_FR_SP = "\u202f"  # narrow no-break space, as French word processors insert
_K = MoneyFormat("", 1000, "K")

# Formats per currency; the language key narrows the choice (None = any language).
_FORMATS: dict[str, dict[str | None, tuple[MoneyFormat, ...]]] = {
    "EUR": {
        "FR": (_K, MoneyFormat("", 1, "€"), MoneyFormat("", 1, " €", " "), MoneyFormat("", 1, " euros", _FR_SP)),
        "EN": (_K, MoneyFormat("€", 1, ""), MoneyFormat("€", 1, "", ","), MoneyFormat("€", 1000, "K")),
        "DE": (_K, MoneyFormat("", 1, " €", "."), MoneyFormat("", 1, " Euro", "."), MoneyFormat("", 1, "€")),
        "IT": (_K, MoneyFormat("", 1, " €", "."), MoneyFormat("", 1, " euro", "."), MoneyFormat("€", 1, "")),
        "ES": (_K, MoneyFormat("", 1, "€", "."), MoneyFormat("", 1, " euros", "."), MoneyFormat("", 1000, " mil euros")),
        "PT": (_K, MoneyFormat("", 1, " €", "."), MoneyFormat("", 1, " euros", "."), MoneyFormat("", 1000, " mil euros")),
        "NL": (_K, MoneyFormat("€", 1, "", "."), MoneyFormat("€ ", 1, "", ".")),
        "RU": (MoneyFormat("", 1000, " тыс. евро"), MoneyFormat("", 1, " €", " "), MoneyFormat("", 1000, "K евро")),
        "JA": (MoneyFormat("", 1, "ユーロ", ","), MoneyFormat("€", 1, "", ",")),
        "KO": (MoneyFormat("", 1, "유로", ","), MoneyFormat("€", 1, "", ",")),
        "ZH": (MoneyFormat("", 1, "欧元", ","), MoneyFormat("", 10000, "万欧元")),
        "AR": (MoneyFormat("", 1, " يورو", ","), MoneyFormat("", 1000, " ألف يورو"), MoneyFormat("€", 1, "", ",")),
    },
    "USD": {None: (MoneyFormat("$", 1000, "K"), MoneyFormat("$", 1, "", ","), MoneyFormat("USD ", 1, "", ","),
                   MoneyFormat("", 1000, "K USD"))},
    "GBP": {None: (MoneyFormat("£", 1000, "K"), MoneyFormat("£", 1, "", ",")),
            "EN": (MoneyFormat("£", 1000, "K"), MoneyFormat("£", 1, "", ","), _K, MoneyFormat("", 1, "", ","))},
    "CHF": {None: (MoneyFormat("CHF ", 1, "", "'"), MoneyFormat("", 1000, "K CHF"), MoneyFormat("CHF ", 1000, "K"))},
    "JPY": {None: (MoneyFormat("¥", 1, "", ","),),
            "JA": (MoneyFormat("", 10000, "万円"), MoneyFormat("", 1, "円", ","))},
    "CNY": {None: (MoneyFormat("RMB ", 1, "", ","),),
            "ZH": (MoneyFormat("", 10000, "万元"), MoneyFormat("", 1, "元", ","), MoneyFormat("人民币", 10000, "万"))},
    "HKD": {None: (MoneyFormat("HK$", 1, "", ","),),
            "ZH": (MoneyFormat("", 10000, "万港币"), MoneyFormat("HK$", 1, "", ","))},
    "KRW": {None: (MoneyFormat("₩", 1, "", ","),),
            "KO": (MoneyFormat("", 10000, "만원"), MoneyFormat("", 1, "원", ","))},
    "RUB": {None: (MoneyFormat("RUB ", 1, "", ","),),
            "RU": (MoneyFormat("", 1000, " тыс. руб."), MoneyFormat("", 1, " ₽", " "),
                   MoneyFormat("", 1000, "K рублей"))},
    "AED": {None: (MoneyFormat("AED ", 1, "", ","), MoneyFormat("", 1000, "K AED")),
            "AR": (MoneyFormat("", 1000, " ألف درهم"), MoneyFormat("", 1, " درهم", ","),
                   MoneyFormat("AED ", 1, "", ","))},
}

# Currencies a client of a region may talk in, with probabilities (the rest: EUR).
_REGION_CURRENCY: dict[str, tuple[tuple[str, float], ...]] = {
    "US": (("USD", 0.6),), "UK": (("GBP", 0.35),), "CH": (("CHF", 0.45),), "JP": (("JPY", 0.7),),
    "CN": (("CNY", 0.6),), "HK": (("HKD", 0.6),), "KR": (("KRW", 0.6),), "RU": (("RUB", 0.4), ("USD", 0.2)),
    "AE": (("AED", 0.5), ("USD", 0.2)),
}


# English bare amounts follow the pipeline's locale cues
# (:mod:`lvmh_pipeline.lib.concepts.budgets.locale_cues`): a bare "5K" means pounds in a note with a
# British cue, dollars with an American one, euros with none. The generator cannot see the rest of the
# note (a UK or US phone, a party named in it), so it writes euros and dollars with their sign in English
# and a bare amount only for pounds, with British cues next to it. (No American cue is neutral: "mom" is
# a family concept, the holidays are occasions, a phone or a ZIP code is PII, a party is Art. 9.)
_BRITISH_CUES = ("rang ahead, will ring back", "rang ahead; ring back at the shop")


def _is_bare(fmt: MoneyFormat) -> bool:
    return not fmt.prefix and fmt.suffix.strip() in ("", "K")


def _english_locale(fmt: MoneyFormat, currency: str) -> tuple[MoneyFormat, bool]:
    """``fmt`` for an English note, and whether the note must carry a British cue: a bare euro or
    dollar amount takes its sign; a bare pound amount needs the cue."""
    if not _is_bare(fmt):
        return fmt, False
    if currency == "GBP":
        return fmt, True
    return MoneyFormat("$" if currency == "USD" else "€", fmt.scale, fmt.suffix, fmt.thousands), False


def choose_currency(rng: np.random.Generator, region: str) -> str:
    """The currency of one budget statement for a client from ``region``."""
    u = rng.random()
    for cur, p in _REGION_CURRENCY.get(region, ()):
        if u < p:
            return cur
        u -= p
    return "EUR"


def _formats(currency: str, lang: str) -> tuple[MoneyFormat, ...]:
    table = _FORMATS[currency]
    if lang in table:
        return table[lang]
    if None in table:
        return table[None]
    return (_K, MoneyFormat("€", 1, "", ","))


def _number(value: float, scale: int, sep: str) -> str:
    x = value / scale
    if abs(x - round(x)) < 1e-9:
        digits = f"{int(round(x)):,}".replace(",", sep)
        return digits
    return f"{x:.1f}"  # only reached for half-units such as 2.5K


def nice_round(value: float, scale: int) -> float:
    """Round like a person: 2 significant digits, and to 5s or 10s of the written unit."""
    if scale == 1:
        unit = 10 ** max(0, int(np.floor(np.log10(max(value, 1.0)))) - 1)
        if value >= 1000:
            unit = max(unit, 100.0)
        return max(float(unit), round(value / unit) * unit)
    x = value / scale
    step = 10 if x >= 100 else 5 if x >= 30 else 1
    return float(max(step, round(x / step) * step) * scale)


def format_amount(value: float, fmt: MoneyFormat) -> str:
    """One amount written with ``fmt`` (value already rounded for it)."""
    return f"{fmt.prefix}{_number(value, fmt.scale, fmt.thousands)}{fmt.suffix}"


def format_range(lo: float, hi: float, fmt: MoneyFormat, joiner: str) -> str:
    """A range sharing prefix and suffix: "3-4K", "$5-8K", "50〜80万円"."""
    return f"{fmt.prefix}{_number(lo, fmt.scale, fmt.thousands)}{joiner}{_number(hi, fmt.scale, fmt.thousands)}{fmt.suffix}"


def render_budget(
    rng: np.random.Generator, table: dict[str, Any], lang: str, region: str, center_eur: float,
    unlimited: bool = False, bare: tuple[np.random.Generator, list[str]] | None = None,
) -> tuple[str, BudgetTruth]:
    """Write one budget statement; ``table`` is the language's ``budget`` phrase table.

    ``bare``: (stream, frames) to write the amount in a frame with no budget word ("happy to
    spend {amount}") instead; ``rng`` draws the same either way."""
    if unlimited:
        return str(rng.choice(table["unlimited"])), BudgetTruth(None, None, False, True)
    currency = choose_currency(rng, region)
    rate = EUR_PER_UNIT[currency]
    value = center_eur / rate
    fmts = _formats(currency, lang)
    fmt = fmts[int(rng.integers(len(fmts)))]
    if fmt.scale > 1 and value < 2 * fmt.scale:
        fmt = next((f for f in fmts if f.scale == 1), MoneyFormat(fmt.prefix, 1, fmt.suffix.lstrip("K")))
    british = False
    if lang == "EN":
        fmt, british = _english_locale(fmt, currency)
    kinds = ["approx", "exact", "range", "plus"]
    weights = [0.35, 0.2, 0.35, 0.1 if center_eur >= 12000 else 0.0]
    kind = kinds[int(rng.choice(4, p=np.array(weights) / sum(weights)))]
    flexible = bool(rng.random() < 0.3) and kind != "plus"
    if kind == "range":
        lo = nice_round(value * rng.uniform(0.7, 0.9), fmt.scale)
        hi = nice_round(value * rng.uniform(1.1, 1.5), fmt.scale)
        if hi <= lo:
            hi = lo + (fmt.scale if fmt.scale > 1 else nice_round(lo * 0.3, 1))
        amount = format_range(lo, hi, fmt, str(rng.choice(table["range_joiners"])))
        truth = BudgetTruth(round(lo * rate, 2), round(hi * rate, 2), flexible, False)
    else:
        v = nice_round(value, fmt.scale)
        written = format_amount(v, fmt)
        if kind == "approx":
            amount = str(rng.choice(table["approx"])).format(x=written)
            truth = BudgetTruth(round(v * rate, 2), round(v * rate, 2), flexible, False)
        elif kind == "plus":
            amount = str(rng.choice(table["plus"])).format(x=written)
            truth = BudgetTruth(round(v * rate, 2), None, False, False)
        else:
            amount = written
            truth = BudgetTruth(round(v * rate, 2), round(v * rate, 2), flexible, False)
    text = str(rng.choice(table["frames"])).format(amount=amount)
    if bare is not None:
        text = str(bare[0].choice(bare[1])).format(amount=amount)
    if british:
        text = f"{text} ({_BRITISH_CUES[len(text) % len(_BRITISH_CUES)]})"
    if flexible:
        text = str(rng.choice(table["flexible"])).format(budget=text)
    return text, truth
