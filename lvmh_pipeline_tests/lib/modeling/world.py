"""A synthetic client base for the modeling tests: outcomes planted on concepts and note recency.

:func:`synthetic_world` draws notes, concepts, orders before and after :data:`AS_OF`, note
vectors and the labels the planted traits imply; the fixtures of ``conftest.py`` and the scoring
tests build on it.
"""

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

AS_OF = date(2025, 6, 30)
FILLER = [("handbag", "product_type"), ("black", "color"), ("silk", "material"), ("birthday", "occasion"),
          ("golf", "hobby"), ("dior", "house"), ("nickel", "allergy"), ("watch", "product_type")]


@dataclass
class World:
    notes: pd.DataFrame
    concepts: pd.DataFrame
    transactions: pd.DataFrame
    labels: pd.DataFrame  # outcomes drawn from the latent traits, like a labels.csv
    vectors: np.ndarray
    latent: pd.DataFrame


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def synthetic_world(n_clients: int = 400, seed: int = 0, emb_dim: int = 16) -> World:
    """Clients whose outcomes depend on planted concepts (ready_to_buy, complaint, vip_client)
    and on how long ago their last note was; orders before and after AS_OF."""
    rng = np.random.default_rng(seed)
    ids = [f"C{i:04d}" for i in range(n_clients)]
    buy, complaint, vip = (rng.random(n_clients) < p for p in (0.4, 0.3, 0.2))
    last_age = rng.integers(0, 360, n_clients)
    notes, concepts, orders = [], [], []
    for i, cid in enumerate(ids):
        ages = [int(last_age[i])] + [int(last_age[i] + rng.integers(1, 300)) for _ in range(rng.integers(0, 3))]
        note_ids = []
        for k, age in enumerate(ages):
            nid, day = f"{cid}-n{k}", (AS_OF - timedelta(days=age)).isoformat()
            notes.append((nid, cid, day, rng.choice(["FR", "EN"]), "note text " * (k + 1)))
            note_ids.append((nid, day))
        planted = [("ready_to_buy", "intent", buy[i]), ("complaint", "intent", complaint[i]),
                   ("vip_client", "intent", vip[i])]
        chosen = [(c, cat) for c, cat, on in planted if on]
        chosen += [FILLER[j] for j in rng.choice(len(FILLER), 2, replace=False)]
        for concept, category in chosen:
            nid, day = note_ids[0] if concept in ("ready_to_buy", "complaint") else note_ids[-1]
            concepts.append((nid, cid, day, concept, category, False, 0, np.nan, np.nan))
        if rng.random() < 0.3:
            concepts.append((note_ids[0][0], cid, note_ids[0][1], "hesitant", "intent", True, 5, np.nan, np.nan))
        if vip[i] or rng.random() < 0.3:
            low = 20000.0 if vip[i] else 3000.0
            concepts.append((note_ids[-1][0], cid, note_ids[-1][1], "budget", "budget", False, 9, low, low * 1.5))
        for k in range(rng.poisson(1 + 3 * vip[i])):
            day = AS_OF - timedelta(days=int(rng.integers(0, 700)))
            orders.append((cid, f"{cid}-h{k}", day, "p1", 1, float(rng.lognormal(7.5 + vip[i], 0.4))))
    purchased = rng.random(n_clients) < _sigmoid(-0.3 + 3.5 * buy - 3.5 * last_age / 360)
    churned = rng.random(n_clients) < _sigmoid(-2.0 + 3.5 * complaint + 3.5 * last_age / 360)
    value = np.where(purchased, rng.lognormal(7.5 + 1.5 * vip, 0.3), 0.0)
    for i in np.flatnonzero(purchased):
        day = AS_OF + timedelta(days=int(rng.integers(1, 90)))
        orders.append((ids[i], f"{ids[i]}-f", day, "p2", 1, float(value[i])))
    vectors = rng.normal(size=(len(notes), emb_dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return World(
        notes=pd.DataFrame(notes, columns=["note_id", "client_id", "note_date", "language", "text"]),
        concepts=pd.DataFrame(concepts, columns=["note_id", "client_id", "note_date", "concept", "category",
                                                 "negated", "span_start", "value_min", "value_max"]),
        transactions=pd.DataFrame(orders, columns=["client_id", "order_id", "date", "product_id", "quantity",
                                                   "amount"]).assign(date=lambda d: pd.to_datetime(d["date"])),
        labels=pd.DataFrame({"client_id": ids, "purchased": purchased.astype(int),
                             "churned": churned.astype(float), "lifetime_value": value,
                             "purchases": purchased.astype(float)}),
        vectors=vectors,
        latent=pd.DataFrame({"client_id": ids, "buy": buy, "complaint": complaint, "vip": vip}),
    )
