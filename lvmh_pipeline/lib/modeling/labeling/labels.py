"""Training labels as outcomes: from transaction history around an as-of date T, or a labels file.

With transactions, for every client known at T:

- ``purchased`` = 1 when the client places an order in (T, T + purchase_days];
- ``churned`` = 1 when a client *active* at T (an order in [T - active_lookback_days, T]) places
  no order in (T, T + churn_days]; NaN for clients not active at T, who cannot churn and are left
  out of churn training;
- ``lifetime_value`` = net spend (EUR) in (T, T + clv_days], floored at 0;
- ``purchases`` = the number of distinct days with an order in (T, T + purchase_days] (what
  BG/NBD and Pareto/NBD count: several orders on one day are one purchase).

An order dated exactly T is history, never label. An order is every line sharing ``order_id``
(dated by its first line); orders whose net amount is not positive (returns, refunds) are not
purchases but do count in net spend.

Reading and validating ``transactions.csv`` and ``labels.csv`` is :mod:`.label_files`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd

LABELS_COLUMNS: list[str] = ["client_id", "purchased", "churned", "lifetime_value", "purchases"]
REJECTED_LABELS_COLUMNS: list[str] = ["source_line", "client_id", "reason"]


@dataclass(frozen=True)
class Horizons:
    """Label windows in days after the as-of date, and the activity lookback before it."""

    purchase_days: int = 90
    churn_days: int = 180
    clv_days: int = 365
    active_lookback_days: int = 365

    def __post_init__(self) -> None:
        for name in ("purchase_days", "churn_days", "clv_days", "active_lookback_days"):
            if getattr(self, name) <= 0:
                raise ValueError(f"Horizons.{name} must be > 0, got {getattr(self, name)}")

    @property
    def longest_days(self) -> int:
        """The longest label window: how far past T the data must reach."""
        return max(self.purchase_days, self.churn_days, self.clv_days)


@dataclass(frozen=True)
class LabelSet:
    """Per-client outcomes (``frame`` follows :data:`LABELS_COLUMNS`) and how they were made."""

    frame: pd.DataFrame
    source: str  # "transactions" | "labels.csv"
    as_of: date | None = None
    horizons: Horizons | None = None
    counts: dict[str, int] = field(default_factory=dict)
    rejected: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=REJECTED_LABELS_COLUMNS))
    requested: Horizons | None = None  # the horizon outputs are for (== horizons unless shortened)
    plan: dict[str, object] = field(default_factory=dict)  # how the windows were chosen (.windows.WindowPlan)

    @property
    def asked(self) -> Horizons | None:
        """The horizon the outputs are for: ``requested``, else the label windows."""
        return self.requested or self.horizons


def order_table(transactions: pd.DataFrame) -> pd.DataFrame:
    """One row per (client_id, order_id): ``date`` (first line's day) and net ``amount``."""
    if transactions.empty:
        return pd.DataFrame({"client_id": pd.Series(dtype=object), "order_id": pd.Series(dtype=object),
                             "date": pd.Series(dtype="datetime64[ns]"), "amount": pd.Series(dtype=np.float64)})
    lines = transactions.assign(
        client_id=transactions["client_id"].astype(str),
        order_id=transactions["order_id"].astype(str),
        date=pd.to_datetime(transactions["date"]).dt.normalize(),
        amount=transactions["amount"].astype(np.float64),
    )
    orders = lines.groupby(["client_id", "order_id"], sort=False).agg(date=("date", "min"), amount=("amount", "sum"))
    return orders.reset_index()


def default_as_of(transactions: pd.DataFrame, horizons: Horizons = Horizons()) -> date:
    """Last transaction date minus the longest horizon: the latest T whose every window is observed."""
    if transactions.empty:
        raise ValueError("no transactions: cannot choose an as-of date")
    last = pd.to_datetime(transactions["date"]).max()
    return (last - pd.Timedelta(days=horizons.longest_days)).date()


def _known_clients(clients: pd.DataFrame, as_of: pd.Timestamp) -> set[str]:
    """Clients of ``clients`` with a note (or first note) dated on or before ``as_of``."""
    if "client_id" not in clients:
        raise ValueError("clients needs a client_id column")
    date_column = next((c for c in ("first_note_date", "note_date") if c in clients), None)
    if date_column is None:
        raise ValueError("clients needs a first_note_date or note_date column to know who existed at T")
    dates = pd.to_datetime(clients[date_column], errors="coerce")
    return set(clients.loc[dates.le(as_of), "client_id"].astype(str))


def labels_from_transactions(
    transactions: pd.DataFrame,
    clients: pd.DataFrame,
    as_of: date | None = None,
    horizons: Horizons = Horizons(),
) -> LabelSet:
    """Outcome labels at ``as_of`` (default :func:`default_as_of`) for every client known at T.

    ``clients`` holds ``client_id`` and ``note_date`` (notes) or ``first_note_date`` (profiles);
    the population is the clients with a note dated ≤ T plus the clients with an order ≤ T.
    Only orders strictly after T make labels. Rows are sorted by ``client_id``.
    """
    if as_of is None:
        as_of = default_as_of(transactions, horizons)
    t = pd.Timestamp(as_of)
    orders = order_table(transactions)
    history = orders[orders["date"].le(t)]
    population = sorted(_known_clients(clients, t) | set(history["client_id"]))

    def window_orders(days: int) -> pd.DataFrame:
        return orders[orders["date"].gt(t) & orders["date"].le(t + timedelta(days=days))]

    purchase_window = window_orders(horizons.purchase_days).query("amount > 0")
    buyers = set(purchase_window["client_id"])
    purchase_days = purchase_window.groupby("client_id")["date"].nunique()
    churn_buyers = set(window_orders(horizons.churn_days).query("amount > 0")["client_id"])
    active = set(history[history["date"].ge(t - timedelta(days=horizons.active_lookback_days))
                         & history["amount"].gt(0)]["client_id"])
    spend = window_orders(horizons.clv_days).groupby("client_id")["amount"].sum().clip(lower=0.0)

    ids = pd.Series(population, dtype=object)
    churned = np.where(ids.isin(active), (~ids.isin(churn_buyers)).astype(np.float64), np.nan)
    frame = pd.DataFrame(
        {
            "client_id": ids,
            "purchased": ids.isin(buyers).astype(np.int64),
            "churned": churned.astype(np.float64),
            "lifetime_value": ids.map(spend).fillna(0.0).astype(np.float64),
            "purchases": ids.map(purchase_days).fillna(0).astype(np.float64),
        }
    )
    counts = {
        "n_clients": len(frame),
        "n_with_history": int(ids.isin(set(history["client_id"])).sum()),
        "n_purchased": int(frame["purchased"].sum()),
        "n_churn_eligible": int(frame["churned"].notna().sum()),
        "n_churned": int(frame["churned"].fillna(0).sum()),
        "n_with_value": int(frame["lifetime_value"].gt(0).sum()),
    }
    return LabelSet(frame=frame[LABELS_COLUMNS], source="transactions", as_of=t.date(), horizons=horizons,
                    counts=counts)
