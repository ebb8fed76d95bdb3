"""The latent purchase / churn process and its exact outcome probabilities.

Model (per client, on a daily grid):
- the client becomes active on its acquisition day ``A`` and stays active until a churn time
  ``tau = A + Exp(churn_hazard)`` (years); churn is absorbing;
- while active, the number of orders on day ``d`` is Poisson with intensity
  ``purchase_rate * season(month(d)) / 365.25``, where ``season`` averages 1 over the year and
  peaks in December and in the months of the client's dated occasions.

Because the exponential clock is memoryless, the outcome probabilities after an as-of date T
depend only on the client's state at T (active, churned, or not yet acquired) and on its
parameters; :func:`outcome_truth` computes them exactly for this discrete-time simulation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

DAYS_PER_YEAR = 365.25
_DECEMBER_BOOST = 0.6
_OCCASION_BOOST = 1.2
_LEAD_BOOST = 0.5  # gifts are often bought the month before the occasion


def seasonality(occasion_months: list[int]) -> np.ndarray:
    """Monthly multipliers (index 0 = January) with mean exactly 1."""
    s = np.ones(12)
    s[11] += _DECEMBER_BOOST
    for m in occasion_months:
        s[m - 1] += _OCCASION_BOOST
        s[(m - 2) % 12] += _LEAD_BOOST
    return s / s.mean()


def daily_intensity(start: date, n_days: int, rate: float, season: np.ndarray) -> np.ndarray:
    """Expected orders on each of ``n_days`` days from ``start`` for an active client."""
    days = np.datetime64(start.isoformat(), "D") + np.arange(n_days)
    months = days.astype("datetime64[M]").astype(np.int64) % 12  # 0 = January
    return rate * season[months] / DAYS_PER_YEAR


@dataclass(frozen=True)
class ActivityPath:
    """One realised path: active days ``[first_day, churn_day)`` and its order days."""

    first_day: date
    churn_day: date | None  # None when the client never churns within the horizon simulated
    order_days: tuple[date, ...]


def simulate_path(
    rng: np.random.Generator, acquisition: date, end: date, rate: float, hazard: float,
    season: np.ndarray,
) -> ActivityPath:
    """Draw the churn time and the order days up to ``end`` (inclusive)."""
    tau_days = rng.exponential(DAYS_PER_YEAR / hazard) if hazard > 0 else np.inf
    # Day A + k is active iff tau - A > k.
    n_active = min(int(np.floor(tau_days)) + 1, (end - acquisition).days + 1)
    churn_day = acquisition + timedelta(days=int(np.floor(tau_days)) + 1) if np.isfinite(tau_days) else None
    if churn_day is not None and churn_day > end + timedelta(days=3 * 365):
        churn_day = None
    if n_active <= 0:
        return ActivityPath(acquisition, churn_day, ())
    lam = daily_intensity(acquisition, n_active, rate, season)
    counts = rng.poisson(lam)
    days: list[date] = []
    for i in np.nonzero(counts)[0]:
        days.extend([acquisition + timedelta(days=int(i))] * int(counts[i]))
    return ActivityPath(acquisition, churn_day, tuple(days))


def state_at(path: ActivityPath, as_of: date) -> str:
    """``active``, ``churned`` or ``not_yet_acquired`` on day ``as_of``."""
    if path.first_day > as_of:
        return "not_yet_acquired"
    if path.churn_day is not None and path.churn_day <= as_of:
        return "churned"
    return "active"


def _window_terms(
    state: str, acquisition: date, as_of: date, horizon: int, rate: float, hazard: float,
    season: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Intensities of the eligible days in ``(as_of, as_of + horizon]`` and survival to each."""
    first = max(as_of + timedelta(days=1), acquisition)
    last = as_of + timedelta(days=horizon)
    if state == "churned" or first > last:
        return np.zeros(0), np.zeros(0)
    n = (last - first).days + 1
    lam = daily_intensity(first, n, rate, season)
    c = hazard / DAYS_PER_YEAR
    # Days since the clock reference: as_of for an active client (memoryless), acquisition otherwise.
    ref = as_of if state == "active" else acquisition
    k = np.arange(n) + (first - ref).days
    return lam, np.exp(-c * k)


def no_order_probability(lam: np.ndarray, surv: np.ndarray) -> float:
    """P(no order on the eligible days) given intensities and survival to each day."""
    if lam.size == 0:
        return 1.0
    cum = np.concatenate([[0.0], np.cumsum(lam)])  # R_k for k = 0..n
    s = np.concatenate([[1.0], surv, [0.0]])
    p_alive_days = s[:-1] - s[1:]  # P(exactly k eligible days alive), k = 0..n
    return float(np.sum(p_alive_days * np.exp(-cum)))


@dataclass(frozen=True)
class OutcomeTruth:
    """Exact expected outcomes after the as-of date."""

    state: str
    purchase_prob: float  # P(at least one order in (T, T + purchase horizon])
    churn_prob: float  # P(no order in (T, T + churn horizon])
    expected_orders: float  # E[orders in (T, T + clv horizon]]


def outcome_truth(
    path: ActivityPath, as_of: date, horizons: dict[str, int], rate: float, hazard: float,
    season: np.ndarray,
) -> OutcomeTruth:
    """Outcome probabilities at ``as_of`` for a client in the state its path puts it in."""
    state = state_at(path, as_of)
    args = (state, path.first_day, as_of)
    lam_p, s_p = _window_terms(*args, horizons["purchase"], rate, hazard, season)
    lam_c, s_c = _window_terms(*args, horizons["churn"], rate, hazard, season)
    lam_v, s_v = _window_terms(*args, horizons["clv"], rate, hazard, season)
    return OutcomeTruth(
        state=state,
        purchase_prob=1.0 - no_order_probability(lam_p, s_p),
        churn_prob=no_order_probability(lam_c, s_c),
        expected_orders=float(np.sum(lam_v * s_v)),
    )
