"""The dashboard document cut into the JavaScript files the page loads from ``file://``.

A browser refuses ``fetch()`` of a local JSON file, so the page reads its data from ``<script>``
files that call the page's loader:

- ``summary.js``: ``window.LVMH.setSummary({...})`` — every block of the document except the
  client cards (KPIs, clusters, and whatever segment / affinity / journey blocks it holds), plus
  ``page`` (number of clients, chunk size, number of chunks);
- ``rows_NNNN.js``: ``window.LVMH.addRows(N, [...])`` — one compact row per client (what the
  table, its search, sort and filters and the 3D plot need), at most ``chunk_size`` rows; the
  page loads every row chunk one after the other;
- ``cards_NNNN.js``: ``window.LVMH.addCards(N, [...])`` — the full client cards of the same
  clients in the same order, loaded only when a card of that chunk is opened.

**Escaping contract**: the document holds plain text (a note's ``</script>`` stays
``</script>`` in ``dashboard.json``); the page is responsible for escaping where it renders
(``textContent``, never ``innerHTML`` with data). :func:`js_literal` makes the JSON safe to sit
in a script file: ``<``, ``>``, ``&``, U+2028 and U+2029 are written as ``\\uXXXX`` escapes, which
decode to the same text, so no string can close a ``<script>`` element or break a JS line.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = [
    "CARDS_CALL",
    "MAX_CHUNK_SIZE",
    "RFM_KEYS",
    "ROWS_CALL",
    "SEGMENT_KEYS",
    "SUMMARY_CALL",
    "chunk_script",
    "client_row",
    "client_segments",
    "iter_chunks",
    "js_literal",
    "page_summary",
]

MAX_CHUNK_SIZE = 2_000
SUMMARY_CALL = "window.LVMH.setSummary"
ROWS_CALL = "window.LVMH.addRows"
CARDS_CALL = "window.LVMH.addCards"
# The blocks the page lays out itself; any other top-level block goes to the summary as is.
_CARD_BLOCK = "clients"
# Keys of a client card that may carry its rule segments and its RFM segment (written by the
# segmentation and analytics assets when they exist): a name, a list of names, or objects with a name.
SEGMENT_KEYS: tuple[str, ...] = ("segments", "segment", "rule_segments")
RFM_KEYS: tuple[str, ...] = ("rfm_segment", "rfm_segments")
_NAME_KEYS: tuple[str, ...] = ("name", "segment", "label", "segment_name", "segment_id", "id")
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_TOP_CONCEPTS_IN_ROW = 6


def js_literal(value: Any) -> str:
    """``value`` as a JavaScript expression that is safe inside a script file or element.

    Strict JSON (NaN refused), non-ASCII text kept as is, then ``<``, ``>``, ``&``, U+2028 and
    U+2029 escaped. These characters only occur inside JSON strings, where ``\\u003c`` means
    ``<``: ``json.loads(js_literal(v)) == v``.
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for char, escape in _ESCAPES.items():  # str.replace: a C scan each, 10x str.translate on long text
        text = text.replace(char, escape)
    return text


def chunk_script(call: str, *args: Any) -> str:
    """One line of JavaScript: ``call(arg, …);`` with every argument through :func:`js_literal`."""
    return f"{call}({','.join(js_literal(a) for a in args)});\n"


def _round(value: Any, digits: int) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return round(float(value), digits) if math.isfinite(value) else None


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Mapping):
        for key in _NAME_KEYS:
            found = _name(value.get(key))
            if found:
                return found
    return None


def client_segments(card: Mapping[str, Any], keys: tuple[str, ...] = SEGMENT_KEYS) -> list[str]:
    """The segment names a card carries under ``keys`` (rule segments by default,
    :data:`RFM_KEYS` for the RFM segment), in order, once."""
    names: list[str] = []
    for key in keys:
        value = card.get(key)
        items = value if isinstance(value, list) else [value]
        names.extend(n for n in (_name(item) for item in items) if n)
    return list(dict.fromkeys(names))


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value if v is not None] if isinstance(value, list) else []


def client_row(card: Mapping[str, Any]) -> dict[str, Any]:
    """The compact row of one client card: what the table, its filters and the 3D plot use.

    Keys: ``id``, ``cluster`` (id or null), ``seg`` (rule segment names), ``rfm`` (RFM segment
    names), ``risk`` and ``value``
    (prediction segments or null), ``pp`` / ``churn`` / ``clv`` (purchase probability, churn
    risk, predicted CLV), ``al`` / ``diet`` (allergies, diets), ``bmin`` / ``bmax`` (budget),
    ``notes``, ``last`` (last note date), ``xyz`` (3D coordinates or null), ``tc`` (top concept
    labels, for search).
    """
    prediction = card.get("prediction") if isinstance(card.get("prediction"), Mapping) else {}
    budget = card.get("budget") if isinstance(card.get("budget"), Mapping) else {}
    coords = card.get("coords")
    concepts = card.get("top_concepts") if isinstance(card.get("top_concepts"), list) else []
    return {
        "id": str(card["client_id"]),
        "cluster": card.get("cluster_id"),
        "seg": client_segments(card),
        "rfm": client_segments(card, RFM_KEYS),
        "risk": prediction.get("risk_segment"),
        "value": prediction.get("value_segment"),
        "pp": _round(prediction.get("purchase_probability"), 4),
        "churn": _round(prediction.get("churn_risk"), 4),
        "clv": _round(prediction.get("predicted_clv"), 2),
        "al": _strings(card.get("allergies")),
        "diet": _strings(card.get("diets")),
        "bmin": _round(budget.get("min"), 2),
        "bmax": _round(budget.get("max"), 2),
        "notes": card.get("n_notes"),
        "last": card.get("last_note_date"),
        "xyz": [_round(v, 4) for v in coords] if isinstance(coords, list) and len(coords) == 3 else None,
        "tc": [str(c.get("concept")) for c in concepts[:_TOP_CONCEPTS_IN_ROW] if isinstance(c, Mapping)],
    }


def page_summary(doc: Mapping[str, Any], chunk_size: int) -> dict[str, Any]:
    """Every block of the document but the client cards, plus ``page``: ``n_clients``,
    ``chunk_size``, ``n_chunks``."""
    n_clients = len(doc.get(_CARD_BLOCK) or [])
    summary = {key: value for key, value in doc.items() if key != _CARD_BLOCK}
    summary["page"] = {
        "n_clients": n_clients,
        "chunk_size": chunk_size,
        "n_chunks": math.ceil(n_clients / chunk_size) if n_clients else 0,
    }
    return summary


def iter_chunks(cards: list[Mapping[str, Any]], chunk_size: int) -> Iterator[tuple[int, list[Mapping[str, Any]]]]:
    """``(chunk number, cards)`` of at most ``chunk_size`` (≤ :data:`MAX_CHUNK_SIZE`) cards, in order."""
    if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk_size must be between 1 and {MAX_CHUNK_SIZE}, got {chunk_size}")
    for number, start in enumerate(range(0, len(cards), chunk_size)):
        yield number, cards[start : start + chunk_size]
