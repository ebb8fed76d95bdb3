"""A CDNOW-like purchase log: transactions only, no notes, in the ``transactions.csv`` format.

The shape of the public CDNOW log that the CLV literature uses (Fader, Hardie & Lee 2005): a
cohort of clients acquired in the first 12 weeks, every purchase of theirs over 78 weeks. Each
client follows the Pareto/NBD story with heterogeneity:

- purchase rate λ ~ Gamma(r, α) per day, lifetime ~ Exponential(μ) with μ ~ Gamma(s, β);
- the first purchase on the acquisition day, then Poisson purchases at rate λ while alive;
- spend per purchase z ~ Gamma(p, ν) around the client's own mean, ν ~ Gamma(q, γ)
  (Gamma–Gamma), times ``amount_scale``; a purchase holds 1 + Poisson(0.8) items.

The defaults are the published CDNOW estimates, converted from weeks to days (Pareto/NBD
r = 0.553, α = 10.58 weeks, s = 0.606, β = 11.67 weeks; Gamma–Gamma p = 6.25, q = 3.74,
γ = 15.44), so the log looks like CDNOW: about 60 % one-time buyers, a long tail of frequent
ones, mean spend near 36 per purchase at scale 1. Deterministic for a seed. Dates start
1997-01-01 like CDNOW, so no order is ever dated after today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

PURCHASE_LOG_COLUMNS: list[str] = ["client_id", "order_id", "date", "product_id", "quantity", "amount"]


@dataclass(frozen=True)
class PurchaseLogConfig:
    n_clients: int = 20_000
    weeks: int = 78
    acquisition_weeks: int = 12
    start: date = date(1997, 1, 1)
    r: float = 0.553
    alpha_days: float = 10.58 * 7
    s: float = 0.606
    beta_days: float = 11.67 * 7
    p: float = 6.25
    q: float = 3.74
    gamma: float = 15.44
    amount_scale: float = 1.0
    n_products: int = 500
    seed: int = 7

    @property
    def days(self) -> int:
        return self.weeks * 7

    @property
    def end(self) -> date:
        """The last day of the log (inclusive)."""
        return self.start + timedelta(days=self.days - 1)


def simulate_purchase_log(config: PurchaseLogConfig = PurchaseLogConfig()) -> pd.DataFrame:
    """One row per purchase, :data:`PURCHASE_LOG_COLUMNS`, sorted by date then client."""
    rng = np.random.default_rng(config.seed)
    n = config.n_clients
    first = rng.integers(0, config.acquisition_weeks * 7, n).astype(np.float64)
    lam = rng.gamma(config.r, 1.0 / config.alpha_days, n)
    mu = rng.gamma(config.s, 1.0 / config.beta_days, n)
    death = first + rng.exponential(1.0 / mu)
    active_until = np.minimum(death, float(config.days))
    repeats = rng.poisson(lam * np.maximum(active_until - first, 0.0))
    client = np.concatenate([np.arange(n), np.repeat(np.arange(n), repeats)])
    # given their number, Poisson purchase times are uniform over the live period
    times = np.concatenate([first, first[client[n:]] + rng.uniform(0.0, 1.0, repeats.sum())
                            * (active_until - first)[client[n:]]])
    day = np.minimum(np.floor(times), config.days - 1).astype(np.int64)
    nu = rng.gamma(config.q, 1.0 / config.gamma, n)
    amount = rng.gamma(config.p, 1.0 / nu[client]) * config.amount_scale
    quantity = 1 + rng.poisson(0.8, len(client))
    order = np.lexsort((client, day))
    client, day, amount, quantity = client[order], day[order], amount[order], quantity[order]
    width = len(str(n))
    ids = np.char.add("C", np.char.zfill(client.astype(str), width))
    dates = pd.Timestamp(config.start) + pd.to_timedelta(day, unit="D")
    return pd.DataFrame({
        "client_id": ids,
        "order_id": [f"O{i:07d}" for i in range(len(client))],
        "date": dates.strftime("%Y-%m-%d"),
        "product_id": np.char.add("P", rng.integers(0, config.n_products, len(client)).astype(str)),
        "quantity": quantity,
        "amount": np.round(amount, 2),
    })[PURCHASE_LOG_COLUMNS]


def write_purchase_log(out_dir: Path | str, config: PurchaseLogConfig = PurchaseLogConfig()) -> Path:
    """Write ``<out_dir>/transactions.csv`` (and nothing else: no uploads, no catalog)."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "transactions.csv"
    simulate_purchase_log(config).to_csv(path, index=False)
    return path


def read_cdnow_master(path: Path | str) -> pd.DataFrame:
    """The public CDNOW master log (``customer_id date number_of_cds dollar_value``, whitespace
    separated, dates YYYYMMDD) in the ``transactions.csv`` format: one order per row."""
    raw = pd.read_csv(path, sep=r"\s+", header=None, names=["customer", "day", "cds", "dollars"],
                      dtype={"customer": str, "day": str}, comment=None)
    raw = raw[raw["day"].str.fullmatch(r"\d{8}")]
    return pd.DataFrame({
        "client_id": "CD" + raw["customer"].str.zfill(5),
        "order_id": [f"CDO{i:06d}" for i in range(len(raw))],
        "date": pd.to_datetime(raw["day"], format="%Y%m%d").dt.strftime("%Y-%m-%d"),
        "product_id": "",
        "quantity": raw["cds"].astype(int),
        "amount": raw["dollars"].astype(float),
    })[PURCHASE_LOG_COLUMNS].reset_index(drop=True)
