"""Readable reasons for a recommendation, e.g.
``matches travel_bag · cognac; within budget 3–4K; clients who bought Keepall 55 also bought it``,
``often bought together with Keepall 55 (in 38% of its orders)``."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

# Below this collaborative score a co-purchase link is too weak to cite.
MIN_COLLABORATIVE_FOR_REASON: float = 0.05
# Below this "bought together" strength the pair is not cited.
MIN_AFFINITY_FOR_REASON: float = 0.05


def format_amount(value: float) -> str:
    """``3000`` -> ``3K``, ``3500`` -> ``3.5K``, ``800`` -> ``800``."""
    value = float(value)
    if value >= 1000:
        return f"{round(value / 1000, 1):g}K"
    return f"{value:.0f}"


def format_budget(low: float, high: float) -> str:
    """A budget range as a CA writes it: ``3–4K``, ``35K+``, ``up to 5K``, ``6K``; "" if unknown."""
    has_low = math.isfinite(low) and low > 0
    has_high = math.isfinite(high) and high > 0
    if has_low and has_high:
        low, high = min(low, high), max(low, high)
        if format_amount(low) == format_amount(high):
            return format_amount(low)
        if low >= 1000 and high >= 1000:
            return f"{format_amount(low)[:-1]}–{format_amount(high)}"
        return f"{format_amount(low)}–{format_amount(high)}"
    if has_low:
        return f"{format_amount(low)}+"
    if has_high:
        return f"up to {format_amount(high)}"
    return ""


def budget_phrase(price: float, low: float, high: float, label: str | None = None) -> str:
    """``within budget 3–4K`` / ``above budget 3–4K`` / ``below budget 35K+``; "" if unknown.

    ``label`` is :func:`format_budget` of the range, when the caller already has it.
    """
    label = format_budget(low, high) if label is None else label
    if not label:
        return ""
    floor = low if math.isfinite(low) and low > 0 else 0.0
    ceiling = high if math.isfinite(high) and high > 0 else math.inf
    floor, ceiling = min(floor, ceiling), max(floor, ceiling)
    if price > ceiling:
        return f"above budget {label}"
    if price < floor:
        return f"below budget {label}"
    return f"within budget {label}"


def together_phrase(source_name: str, confidence: float, product_level: bool, source_category: str = "",
                    category: str = "") -> str:
    """The "bought together" evidence: the product pair itself, or its categories' pair."""
    if product_level:
        return f"often bought together with {source_name} (in {confidence:.0%} of its orders)"
    source_category, category = source_category.replace("_", " "), category.replace("_", " ")
    return f"completes the client's {source_name}: {confidence:.0%} of {source_category} orders add a {category}"


def build_reason(
    matched: list[str],
    budget: str,
    source_name: str | None,
    collaborative: float,
    cosine: float,
    content_leads: bool,
    together: str = "",
) -> str:
    """Join the evidence behind one recommendation into one line; never empty.

    The notes' similarity is cited when it is the largest weighted contribution or when
    nothing else explains the pick.
    """
    parts = []
    if matched:
        parts.append("matches " + " · ".join(matched))
    if budget:
        parts.append(budget)
    if source_name and collaborative >= MIN_COLLABORATIVE_FOR_REASON:
        parts.append(f"clients who bought {source_name} also bought it")
    if together:
        parts.append(together)
    if content_leads or not parts:
        if cosine > 0:
            parts.append(f"close to the client's notes (similarity {cosine:.2f})")
        elif not parts:
            parts.append("no profile signal yet: ranked by catalog popularity")
    return "; ".join(parts)


def reasons_for_chunk(
    top: np.ndarray,
    sources: np.ndarray,
    signals: dict[str, np.ndarray],
    weights: dict[str, float],
    *,
    label_sets: list[dict[str, tuple[str, ...]]],
    names: np.ndarray,
    prices: np.ndarray,
    client_sets: dict[str, list[frozenset[str]]],
    budget_min: np.ndarray,
    budget_max: np.ndarray,
    together: Sequence[str] | None = None,
) -> list[str]:
    """One reason per recommended (client, product) of a chunk of clients.

    ``top`` / ``sources``: ``clients × k`` product indices (recommended, and the bought product
    most similar to it; -1 = none); ``signals``: ``clients × products`` matrices named like
    ``weights`` plus ``cosine``; ``label_sets`` / ``names`` / ``prices`` per product;
    ``client_sets`` / ``budget_*`` per client of the chunk; ``together``: the "bought together"
    phrase of each row ("" for none). Rows follow ``np.nonzero(top >= 0)``.
    """
    budget_labels = [format_budget(low, high) for low, high in zip(budget_min, budget_max)]
    local, rank = np.nonzero(top >= 0)
    product = top[local, rank]
    source = sources[local, rank]
    weighted = np.stack([weight * signals[name][local, product] for name, weight in weights.items()])
    content = weights["content"] * signals["content"][local, product]
    content_leads = (content > 0) & (content >= weighted.max(axis=0))
    collaborative = signals["collaborative"][local, product]
    cosine = signals["cosine"][local, product]
    reasons = []
    for n, (i, j) in enumerate(zip(local.tolist(), product.tolist())):
        matched = [label for facet, labels in label_sets[j].items() for label in labels if label in client_sets[facet][i]]
        reasons.append(
            build_reason(
                matched=list(dict.fromkeys(matched)),
                budget=budget_phrase(prices[j], budget_min[i], budget_max[i], budget_labels[i]),
                source_name=str(names[source[n]]) if source[n] >= 0 else None,
                collaborative=float(collaborative[n]),
                cosine=float(cosine[n]),
                content_leads=bool(content_leads[n]),
                together=together[n] if together is not None else "",
            )
        )
    return reasons


def together_phrases(
    top: np.ndarray,
    sources: np.ndarray,
    scores: np.ndarray,
    *,
    confidence: np.ndarray,
    product_level: np.ndarray,
    names: np.ndarray,
    categories: np.ndarray,
) -> list[str]:
    """The "bought together" phrase of each recommended (client, product) of a chunk, in the row
    order of ``np.nonzero(top >= 0)``: ``sources`` holds the bought product with the strongest
    link to each recommendation (-1: none), ``scores`` the clients × products affinity signal and
    ``confidence`` / ``product_level`` the products × products matrices of
    :class:`~lvmh_pipeline.lib.recommendations.signals.AffinityMatrix`."""
    local, rank = np.nonzero(top >= 0)
    out = []
    for i, r in zip(local.tolist(), rank.tolist()):
        j, src = int(top[i, r]), int(sources[i, r])
        if src < 0 or scores[i, j] < MIN_AFFINITY_FOR_REASON:
            out.append("")
            continue
        out.append(together_phrase(str(names[src]), float(confidence[src, j]), bool(product_level[src, j]),
                                   str(categories[src]), str(categories[j])))
    return out
