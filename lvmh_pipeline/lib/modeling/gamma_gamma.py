"""Gamma–Gamma model of spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV";
Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary Value").

A client's purchases have amounts z ~ Gamma(p, ν) around their own mean p/ν, and ν ~ Gamma(q, γ)
across clients. Only the mean m̄ of a client's x *repeat* purchases is used (the convention of
the papers; the first purchase is the acquisition one). The conditional expected amount is a
weighted average of the population mean and the client's own mean:

    E[Z | x, m̄] = (q − 1)/(p x + q − 1) · p γ/(q − 1) + p x/(p x + q − 1) · m̄,

which needs q > 1 (a finite population mean); the fit keeps q above 1. A client without repeat
purchase gets the population mean p γ / (q − 1).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import optimize, special

_LOG_BOUNDS = [(-10.0, 10.0), (np.log(1.0 + 1e-3), 10.0), (-10.0, 15.0)]  # log p, log q (q > 1), log γ


@dataclass(frozen=True)
class GammaGammaParams:
    p: float
    q: float
    gamma: float

    @property
    def population_mean(self) -> float:
        """Mean spend per purchase across clients: p γ / (q − 1)."""
        return self.p * self.gamma / (self.q - 1.0)


def log_likelihood(params: GammaGammaParams, frequency: object, monetary: object) -> np.ndarray:
    """Per-client log-likelihood of the mean spend m̄ of x ≥ 1 repeat purchases (up to a
    constant of the individual amounts)."""
    x = np.asarray(frequency, dtype=np.float64)
    m = np.asarray(monetary, dtype=np.float64)
    if (x <= 0).any() or (m <= 0).any():
        raise ValueError("Gamma-Gamma needs clients with frequency > 0 and positive mean spend")
    p, q, g = params.p, params.q, params.gamma
    px = p * x
    return (special.gammaln(px + q) - special.gammaln(px) - special.gammaln(q) + q * np.log(g)
            + (px - 1.0) * np.log(m) + px * np.log(x) - (px + q) * np.log(g + x * m))


@dataclass(frozen=True)
class GammaGammaModel:
    params: GammaGammaParams
    log_likelihood: float
    n_clients: int
    converged: bool

    @classmethod
    def fit(cls, frequency: object, monetary: object, *, penalizer: float = 0.0) -> GammaGammaModel:
        """Maximum likelihood on the clients with x > 0 repeat purchases and m̄ > 0 (others ignored)."""
        x = np.asarray(frequency, dtype=np.float64)
        m = np.asarray(monetary, dtype=np.float64)
        keep = (x > 0) & (m > 0) & np.isfinite(m)
        x, m = x[keep], m[keep]
        if len(x) < 2:
            raise ValueError(f"cannot fit Gamma-Gamma: {len(x)} client(s) with a repeat purchase, need 2")

        def objective(theta: np.ndarray) -> float:
            params = GammaGammaParams(*np.exp(theta))
            with np.errstate(all="ignore"):
                value = -log_likelihood(params, x, m).mean() + penalizer * float(np.sum(theta**2))
            return float(value) if np.isfinite(value) else 1e12

        mean = float(m.mean())
        best = None
        for p0, q0 in ((1.0, 2.0), (5.0, 4.0), (0.5, 1.5)):
            start = np.log([p0, q0, mean * (q0 - 1.0) / p0])
            result = optimize.minimize(objective, start, method="L-BFGS-B", bounds=_LOG_BOUNDS)
            if best is None or result.fun < best.fun:
                best = result
        params = GammaGammaParams(*(float(v) for v in np.exp(best.x)))
        total = float(log_likelihood(params, x, m).sum())
        return cls(params, total, len(x), bool(best.success) and np.isfinite(total))

    def conditional_expected_spend(self, frequency: object, monetary: object) -> np.ndarray:
        """E[spend per purchase | x, m̄] per client; the population mean when x = 0 or m̄ <= 0."""
        p = self.params
        x = np.asarray(frequency, dtype=np.float64)
        m = np.nan_to_num(np.asarray(monetary, dtype=np.float64), nan=0.0)
        own = (x > 0) & (m > 0)
        x = np.where(own, x, 0.0)
        weight = p.p * x / (p.p * x + p.q - 1.0)
        return (1.0 - weight) * p.population_mean + weight * np.where(own, m, 0.0)


def fit_gamma_gamma(frequency: object, monetary: object, *, penalizer: float = 0.0) -> GammaGammaModel:
    return GammaGammaModel.fit(frequency, monetary, penalizer=penalizer)
