"""The champion gate, evaluated inside the best_model step."""

from __future__ import annotations

from typing import TYPE_CHECKING

import dagster as dg
import pandas as pd

if TYPE_CHECKING:  # imports MLflow
    from lvmh_pipeline.lib.registry.promotion import TargetSelection

BEST_MODEL = dg.AssetKey("best_model")
CHAMPION_CHECK = "champion_above_floor"
PLAUSIBILITY_CHECK = "champion_sizes_plausible"


def champion_check_spec() -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        CHAMPION_CHECK,
        asset=BEST_MODEL,
        description="Every champion reaches its quality floor on the held-out clients (AUC for "
        "purchase and churn, Spearman for CLV and expected purchases; floors in the best_model config), and at "
        "least one target has a champion. Blocking: predictions are not refreshed from a model below the floor.",
        blocking=True,
    )


def champion_check_result(selections: list[TargetSelection]) -> dg.AssetCheckResult:
    """Pass when some target has a champion and every champion reaches its floor."""
    rows = [
        {
            "target": s.target,
            "champion": s.champion.label if s.champion else None,
            "metric": s.floor_metric or s.metric,
            "held_out_value": (round(s.champion.score(s.floor_metric or s.metric), 4)
                               if s.champion is not None else None),
            "floor": s.floor,
            "passes": s.passes_floor,
        }
        for s in selections
    ]
    with_champion = [s for s in selections if s.champion is not None]
    below = [s.target for s in with_champion if s.passes_floor is False]
    return dg.AssetCheckResult(
        check_name=CHAMPION_CHECK,
        asset_key=BEST_MODEL,
        passed=bool(with_champion) and not below,
        metadata={
            "champions": dg.MetadataValue.md(pd.DataFrame(rows).to_markdown(index=False)),
            "below_floor": below,
            "without_champion": [s.target for s in selections if s.champion is None],
        },
    )


def plausibility_check_spec() -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        PLAUSIBILITY_CHECK,
        asset=BEST_MODEL,
        description="No champion predicts an implausible size on the held-out clients: a CLV above 20 × the "
        "client's best observed spend over 365 days, or expected purchases above 20 × the client's purchase "
        "days. Blocking: such a model never serves predictions (the selector also refuses to promote it).",
        blocking=True,
    )


def plausibility_check_result(selections: list[TargetSelection]) -> dg.AssetCheckResult:
    """Pass when no champion is blocked for implausible sizes."""
    refused = {s.target: s.champion_blocked for s in selections if s.champion_blocked}
    return dg.AssetCheckResult(
        check_name=PLAUSIBILITY_CHECK,
        asset_key=BEST_MODEL,
        passed=not refused,
        metadata={"refused": dg.MetadataValue.json(refused)},
    )
