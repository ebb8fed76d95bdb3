"""A champion decision in words and as data: the Markdown block shown in the ``best_model``
metadata and on every compared version's MLflow run, the one-line tag, the JSON record."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pandas as pd

from lvmh_pipeline.lib.registry.selection import SelectionDecision, metric_label
from lvmh_pipeline.lib.registry.tracking_store import registered_name

DECISION_TAG_MAX_CHARS = 250


def comparison_record(decision: SelectionDecision, decided_at: str | None = None) -> dict[str, Any]:
    """The decision and its comparison rows as plain data (what ``selection/comparison.json`` holds)."""
    return {
        "target": decision.target,
        "registered_model": registered_name(decision.target),
        "metric": decision.metric,
        "higher_is_better": decision.higher_is_better,
        "margin": decision.margin,
        "floor": decision.floor,
        "action": decision.action,
        "winner": decision.winner.version if decision.winner is not None else None,
        "champion_before": decision.champion.version if decision.champion is not None else None,
        "passes_floor": decision.passes_floor,
        "reason": decision.reason,
        "decided_at": decided_at or _now(),
        "rows": json.loads(decision.table.to_json(orient="records")),
    }


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def decision_line(decision: SelectionDecision, max_chars: int = DECISION_TAG_MAX_CHARS) -> str:
    """``promote: <reason>`` on one line, cut to ``max_chars`` (the full text is in the artifact)."""
    text = " ".join(f"{decision.action}: {decision.reason}".split())
    return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"


def _aliases_sentence(decision: SelectionDecision) -> str:
    winner, champion = decision.winner, decision.champion
    if decision.action == "promote" and winner is not None:
        if champion is not None and champion.version != winner.version:
            return (f"`champion` → {winner.label}; `previous_champion` → {champion.label} "
                    "(the version it replaced, the rollback target)")
        return f"`champion` → {winner.label} (first champion)"
    if decision.action == "keep" and winner is not None:
        return f"`champion` stays on {winner.label}"
    return "no alias set: nothing qualifies as champion"


def markdown_table(frame: pd.DataFrame) -> str:
    """A comparison table as Markdown: 4 decimals, a dash where a value is missing."""
    if frame.empty:
        return "_no version compared_"
    cells = frame.astype(object).where(frame.notna(), None)
    return cells.to_markdown(index=False, floatfmt=".4f", missingval="—")


def decision_markdown(
    decision: SelectionDecision,
    *,
    decided_at: str | None = None,
    n_validation: int | None = None,
    with_table: bool = True,
    warnings: list[str] | tuple[str, ...] = (),
) -> str:
    """The decision in full, as a Markdown block: action, reason, aliases, rule, and the table."""
    name = registered_name(decision.target)
    label = metric_label(decision.metric)
    headline = {"promote": "promoted", "keep": "kept", "none": "no champion"}[decision.action]
    subject = f" {decision.winner.label}" if decision.winner is not None else ""
    direction = "higher" if decision.higher_is_better else "lower"
    rule = f"{label} on the shared held-out clients ({direction} is better), margin {decision.margin:g}"
    if decision.floor is not None:
        verdict = {True: "passes", False: "below", None: "not checked"}[decision.passes_floor]
        floor_label = metric_label(decision.floor_metric or decision.metric)
        rule += f", floor {floor_label} {decision.floor:g} ({verdict})"
    lines = [
        f"**{name}: {headline}{subject}**",
        "",
        f"> {decision.reason}",
        "",
        f"- **Aliases**: {_aliases_sentence(decision)}",
        f"- **Rule**: {rule}; a candidate replaces the champion only if it beats it by the margin",
    ]
    if n_validation is not None:
        lines.append(f"- **Held-out clients**: {n_validation:,}")
    if decided_at:
        lines.append(f"- **Decided at**: {decided_at}")
    lines.extend(f"- **Warning**: {warning}" for warning in warnings)
    if with_table:
        lines += ["", markdown_table(decision.table)]
    return "\n".join(lines)
