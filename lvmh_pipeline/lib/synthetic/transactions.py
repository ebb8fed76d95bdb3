"""Orders of a client: which products, how many, at what amount.

Each order has ``1 + Binomial(3, p_extra)`` item draws; each draw is a product taken i.i.d.
from the persona's choice distribution (categories, houses, colours and materials it likes,
prices near its per-item budget) with a quantity of 1 (sometimes 2; several for corporate
gifting). Repeated draws of one product merge into one line. Hence the expected order amount is
exactly ``E[items] * E[quantity] * sum_j p_j * price_j``, which the truth reports as
``mean_basket_eur``. Amounts are ``price * quantity``: no discounts, no returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from .catalog import Product
from .personas import Persona

TRANSACTION_COLUMNS: list[str] = ["client_id", "order_id", "date", "product_id", "quantity", "amount"]
_LEATHERS = frozenset({"calfskin", "lambskin", "grained_leather", "suede"})


@dataclass(frozen=True)
class BasketModel:
    """How many items of what a persona buys in one order."""

    p_extra: float  # chance of each of 3 extra item draws
    qty_extra_n: int  # quantity = 1 + Binomial(qty_extra_n, qty_extra_p)
    qty_extra_p: float

    @property
    def expected_items(self) -> float:
        return 1.0 + 3.0 * self.p_extra

    @property
    def expected_quantity(self) -> float:
        return 1.0 + self.qty_extra_n * self.qty_extra_p


def basket_model(persona: Persona) -> BasketModel:
    """Corporate gifting buys several pieces and units per order; others mostly one."""
    if persona.archetype == "corporate_gifting":
        return BasketModel(p_extra=0.3, qty_extra_n=4, qty_extra_p=0.5)
    return BasketModel(p_extra=0.08, qty_extra_n=1, qty_extra_p=0.08)


@dataclass(frozen=True)
class CatalogArrays:
    """Column arrays of the catalog for vectorised preference scoring."""

    products: tuple[Product, ...]
    prices: np.ndarray
    categories: np.ndarray
    brands: np.ndarray
    colors: np.ndarray
    materials: np.ndarray
    styles: np.ndarray

    @classmethod
    def of(cls, products: list[Product]) -> "CatalogArrays":
        return cls(
            tuple(products), np.array([p.price for p in products]), np.array([p.category for p in products]),
            np.array([p.brand for p in products]), np.array([p.color for p in products]),
            np.array([p.material for p in products]), np.array([p.style for p in products]),
        )


def _material_match(persona_materials: tuple[str, ...], materials: np.ndarray) -> np.ndarray:
    wanted = set(persona_materials)
    if "leather" in wanted:
        wanted |= _LEATHERS
    return np.isin(materials, sorted(wanted))


def choice_probabilities(persona: Persona, cat: CatalogArrays) -> np.ndarray:
    """Probability that one item draw of ``persona`` is each product (sums to 1)."""
    basket = basket_model(persona)
    target = persona.budget_eur / (basket.expected_items * basket.expected_quantity)
    if persona.price_sensitive:
        target *= 0.8
    score = (
        1.3 * np.isin(cat.categories, persona.categories)
        + 0.9 * np.isin(cat.brands, persona.houses)
        + 0.6 * np.isin(cat.colors, persona.liked_colors)
        - 1.2 * (cat.colors == (persona.disliked_color or ""))
        + 0.5 * _material_match(persona.materials, cat.materials)
        + 0.4 * (cat.styles == persona.style)
    )
    fit = -0.5 * ((np.log(cat.prices) - np.log(target)) / 0.55) ** 2
    w = np.exp(score + fit - np.max(score + fit))
    if not persona.unlimited_budget:
        w = np.where(cat.prices > 1.6 * persona.budget_eur, 0.15 * w, w)
    return w / w.sum()


def mean_basket_eur(persona: Persona, probs: np.ndarray, cat: CatalogArrays) -> float:
    """Exact expected amount of one order."""
    basket = basket_model(persona)
    return float(basket.expected_items * basket.expected_quantity * np.dot(probs, cat.prices))


@dataclass(frozen=True)
class OrderLine:
    """One line of an order before order ids are assigned."""

    client_id: str
    day: date
    order_seq: int  # order number within the client, to keep lines of one order together
    product_id: str
    quantity: int
    amount: float


def simulate_orders(
    rng: np.random.Generator, persona: Persona, order_days: tuple[date, ...], probs: np.ndarray,
    cat: CatalogArrays,
) -> list[OrderLine]:
    """Lines of every order of a client (one order per entry of ``order_days``)."""
    basket = basket_model(persona)
    lines: list[OrderLine] = []
    for seq, day in enumerate(order_days):
        n_items = 1 + int(rng.binomial(3, basket.p_extra))
        picks = rng.choice(len(cat.products), size=n_items, p=probs)
        qty: dict[int, int] = {}
        for idx in picks:
            q = 1 + int(rng.binomial(basket.qty_extra_n, basket.qty_extra_p))
            qty[int(idx)] = qty.get(int(idx), 0) + q
        for idx in sorted(qty):
            prod = cat.products[idx]
            lines.append(OrderLine(persona.client_id, day, seq, prod.product_id, qty[idx], round(prod.price * qty[idx], 2)))
    return lines


def assign_order_ids(lines: list[OrderLine]) -> list[tuple[str, str, str, str, int, float]]:
    """Rows ``client_id, order_id, date, product_id, quantity, amount`` sorted by date, ids in that order."""
    ordered = sorted(lines, key=lambda ln: (ln.day, ln.client_id, ln.order_seq, ln.product_id))
    ids: dict[tuple[str, int], str] = {}
    rows = []
    for ln in ordered:
        key = (ln.client_id, ln.order_seq)
        if key not in ids:
            ids[key] = f"ORD{len(ids) + 1:07d}"
        rows.append((ln.client_id, ids[key], ln.day.isoformat(), ln.product_id, ln.quantity, ln.amount))
    return rows
