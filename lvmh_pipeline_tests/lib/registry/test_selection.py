"""Champion selection: the decision rules, then aliases, decision tags, the comparison artifact
and rollback in MLflow."""

from __future__ import annotations

import json
import math
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from lvmh_pipeline.lib.registry import tracking, versions
from lvmh_pipeline.lib.registry.aliases import COMPARISON_JSON, COMPARISON_MARKDOWN, apply_decision, read_comparison, rollback
from lvmh_pipeline.lib.registry.decision_report import DECISION_TAG_MAX_CHARS, decision_line, decision_markdown
from lvmh_pipeline.lib.registry.selection import Candidate, SelectionError, choose_champion, metric_direction
from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig, client


def fast(version: int, auc: float, **metrics: float) -> Candidate:
    return Candidate(version, "fast", {"auc": auc, **metrics})


def elite(version: int, auc: float, **metrics: float) -> Candidate:
    return Candidate(version, "elite", {"auc": auc, **metrics})


# --- decision rules (pure) ---------------------------------------------------------------


def test_no_champion_promotes_the_best_candidate() -> None:
    decision = choose_champion("purchase", [fast(1, 0.79), elite(2, 0.81)], None)

    assert decision.promote and decision.winner == elite(2, 0.81)
    assert decision.champion is None and decision.improvement is None
    assert decision.reason == "no champion yet: elite v2 AUC 0.810 is the best of 2 candidate(s)"
    assert decision.table["version"].tolist() == [2, 1]
    assert decision.table["selected"].tolist() == [True, False]


def test_better_by_more_than_margin_promotes_with_reason() -> None:
    decision = choose_champion("purchase", [fast(2, 0.785), elite(3, 0.812)], fast(1, 0.790))

    assert decision.action == "promote" and decision.winner.version == 3
    assert decision.improvement == pytest.approx(0.022)
    assert decision.reason == "elite v3 AUC 0.812 beats champion fast v1 0.790 by 0.022 ≥ margin 0.005"
    table = decision.table.set_index("version")
    assert table.loc[1, "role"] == "champion" and table.loc[3, "role"] == "candidate"
    assert table.loc[3, "gain_vs_champion"] == pytest.approx(0.022)


def test_better_by_less_than_margin_keeps_the_champion() -> None:
    decision = choose_champion("purchase", [elite(3, 0.793)], fast(1, 0.790))

    assert decision.action == "keep" and decision.winner.version == 1 and decision.best.version == 3
    assert decision.reason == "kept champion: elite v3 AUC 0.793 beats champion fast v1 0.790 by only 0.003 < margin 0.005"


def test_improvement_equal_to_the_margin_promotes_despite_float_rounding() -> None:
    assert 0.815 - 0.810 < 0.005  # the float difference falls just short
    decision = choose_champion("purchase", [elite(2, 0.815)], fast(1, 0.810))
    assert decision.promote and decision.reason.endswith("by 0.005 ≥ margin 0.005")


def test_champion_that_is_best_is_kept_and_compared_once() -> None:
    champion = fast(4, 0.83)
    decision = choose_champion("churn", [champion, elite(5, 0.80)], champion)

    assert decision.action == "keep" and decision.winner == champion
    assert decision.reason == "kept champion: fast v4 AUC 0.830 is the best of 2 model(s) compared"
    assert len(decision.table) == 2


def test_ties_keep_the_champion_and_prefer_the_simpler_family() -> None:
    tie_with_champion = choose_champion("purchase", [elite(3, 0.80)], fast(1, 0.80), margin=0.0)
    assert tie_with_champion.action == "keep" and tie_with_champion.winner.version == 1

    tie_between_candidates = choose_champion("purchase", [elite(2, 0.80), fast(1, 0.80)], None)
    assert tie_between_candidates.winner.family == "fast"

    same_family = choose_champion("purchase", [fast(1, 0.80), fast(3, 0.80)], None)
    assert same_family.winner.version == 3


def test_zero_margin_promotes_any_strict_improvement() -> None:
    assert choose_champion("purchase", [elite(2, 0.8001)], fast(1, 0.80), margin=0.0).promote


def test_clv_uses_the_size_aware_composite_by_default_and_respects_metric_direction() -> None:
    champion = Candidate(1, "fast", {"spearman": 0.40, "r2": 0.30, "mae": 900.0, "composite": 0.35})
    challenger = Candidate(2, "elite", {"spearman": 0.48, "r2": 0.25, "mae": 800.0, "composite": 0.31})

    by_default = choose_champion("clv", [challenger], champion)
    assert by_default.metric == "composite" and by_default.action == "keep"  # better rank, worse sizes

    by_spearman = choose_champion("clv", [challenger], champion, metric="spearman")
    assert by_spearman.metric == "spearman" and by_spearman.promote
    assert "Spearman 0.480 beats champion fast v1 0.400 by 0.080" in by_spearman.reason

    by_r2 = choose_champion("clv", [challenger], champion, metric="r2")
    assert by_r2.action == "keep" and "R² 0.300 is the best" in by_r2.reason

    by_mae = choose_champion("clv", [challenger], champion, metric="mae", margin=50.0)
    assert not by_mae.higher_is_better and by_mae.promote and by_mae.improvement == pytest.approx(100.0)
    assert by_mae.table["version"].tolist() == [2, 1]


def test_a_blocked_candidate_never_wins_and_a_blocked_champion_is_replaced_whatever_the_margin() -> None:
    implausible = "3 validation clients predicted above 20x their best year"
    decision = choose_champion("clv", [Candidate(2, "elite", {"composite": 0.6, "spearman": 0.5}),
                                       Candidate(3, "bgnbd", {"composite": 0.4, "spearman": 0.45})],
                               None, blocked={2: implausible}, floor=0.2, floor_metric="spearman")
    assert decision.winner.version == 3 and decision.passes_floor and decision.floor_metric == "spearman"
    assert "elite v2 not eligible: 3 validation clients" in decision.reason
    assert decision.table.set_index("version")["blocked"].to_dict() == {2: implausible, 3: ""}
    assert decision.winner_blocked is None

    replaced = choose_champion("clv", [Candidate(3, "bgnbd", {"composite": 0.40})],
                               Candidate(2, "elite", {"composite": 0.60}), blocked={2: implausible}, margin=0.5)
    assert replaced.promote and replaced.winner.version == 3
    assert replaced.reason.startswith("bgnbd v3 size-aware score 0.400 replaces champion elite v2, which is blocked")

    alone = choose_champion("clv", [], Candidate(2, "elite", {"composite": 0.60}), blocked={2: implausible})
    assert alone.action == "keep" and alone.winner_blocked == implausible and "kept although blocked" in alone.reason


def test_metric_direction() -> None:
    assert metric_direction("val_auc") and metric_direction("R2") and metric_direction("spearman")
    assert not metric_direction("log_loss") and not metric_direction("test_mae")
    with pytest.raises(ValueError, match="higher_is_better"):
        metric_direction("lift_at_10")
    custom = Candidate(1, "fast", {"lift_at_10": 2.0})
    assert choose_champion("purchase", [custom], None, metric="lift_at_10", higher_is_better=True).promote


def test_floor_is_reported_for_the_resulting_champion() -> None:
    below = choose_champion("purchase", [fast(1, 0.58)], None, floor=0.6)
    assert below.promote and below.passes_floor is False
    assert below.reason.endswith("; fast v1 is below floor AUC 0.6")

    above = choose_champion("purchase", [fast(1, 0.62)], None, floor=0.6)
    assert above.passes_floor is True and above.reason.endswith("passes floor AUC 0.6")

    assert choose_champion("purchase", [fast(1, 0.62)], None).passes_floor is None

    lower_better = choose_champion("clv", [Candidate(1, "fast", {"mae": 900.0})], None, metric="mae", floor=1000.0)
    assert lower_better.passes_floor is True


def test_unscored_models() -> None:
    unscored_champion = choose_champion("purchase", [elite(2, 0.70)], fast(1, math.nan))
    assert unscored_champion.promote and "has no AUC on this validation set" in unscored_champion.reason

    unscored_candidate = choose_champion("purchase", [Candidate(2, "elite", {}), fast(3, 0.7)], None)
    assert unscored_candidate.winner.version == 3
    assert unscored_candidate.table["version"].tolist() == [3, 2]
    assert math.isnan(unscored_candidate.table.set_index("version").loc[2, "auc"])

    nothing = choose_champion("purchase", [Candidate(2, "elite", {})], None)
    assert nothing.action == "none" and nothing.winner is None

    kept = choose_champion("purchase", [], fast(1, math.nan))
    assert kept.action == "keep" and kept.winner.version == 1


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError, match="unknown target"):
        choose_champion("upsell", [fast(1, 0.8)], None)
    with pytest.raises(ValueError, match="margin"):
        choose_champion("purchase", [fast(1, 0.8)], None, margin=-0.1)


# --- applying decisions to the registry ---------------------------------------------------


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty MLflow sqlite DB, copied into each test (migrations take seconds)."""
    folder = tmp_path_factory.mktemp("mlflow_template")
    client(TrackingConfig.from_paths(folder / "mlflow.db", folder / "artifacts")).search_experiments()
    return folder / "mlflow.db"


@pytest.fixture
def registry(empty_store: Path, tmp_path: Path) -> TrackingConfig:
    """A store holding purchase versions 1 (fast), 2 (elite) and 3 (fast)."""
    shutil.copy(empty_store, tmp_path / "mlflow.db")
    config = TrackingConfig.from_paths(tmp_path / "mlflow.db", tmp_path / "artifacts")
    rng = np.random.default_rng(0)
    X = pd.DataFrame({"budget": rng.uniform(0, 1, 40), "n_notes": rng.uniform(0, 1, 40)})
    y = (X["budget"] > 0.5).astype(int)
    pipeline = Pipeline([("scale", StandardScaler()), ("model", LogisticRegression())]).fit(X, y)
    for family in ("fast", "elite", "fast"):
        tracking.log_trained_model(
            config,
            target="purchase",
            family=family,
            pipeline=pipeline,
            params={},
            metrics={"auc": 0.8},
            feature_columns=list(X.columns),
            data_digest="d1",
            label_source="labels_csv",
            input_example=None,
        )
    return config


def _aliases(config: TrackingConfig) -> dict[str, int | None]:
    return {
        alias: (int(v.version) if (v := versions.version_by_alias(config, "purchase", alias)) else None)
        for alias in ("champion", "previous_champion")
    }


def test_apply_promotes_records_comparison_and_rollback_swaps(registry: TrackingConfig) -> None:
    first = choose_champion("purchase", [fast(1, 0.79)], None)
    assert int(apply_decision(registry, "purchase", first).version) == 1
    assert _aliases(registry) == {"champion": 1, "previous_champion": None}

    second = choose_champion("purchase", [elite(2, 0.812), fast(3, 0.78)], fast(1, 0.790))
    champion = apply_decision(registry, "purchase", second)
    assert int(champion.version) == 2
    assert _aliases(registry) == {"champion": 2, "previous_champion": 1}
    comparison = read_comparison(registry, "purchase", 2)
    assert comparison["action"] == "promote" and comparison["reason"] == second.reason
    assert [row["version"] for row in comparison["rows"]] == [2, 1, 3]
    assert comparison["rows"][0]["selected"] is True
    assert champion.tags["decision_action"] == "promote" and champion.tags["decision"].startswith("promote: elite v2")

    restored = rollback(registry, "purchase")
    assert int(restored.version) == 1
    assert _aliases(registry) == {"champion": 1, "previous_champion": 2}
    assert json.loads(restored.tags["rollback"])["from_version"] == 2
    rollback(registry, "purchase")
    assert _aliases(registry) == {"champion": 2, "previous_champion": 1}


def test_keep_leaves_aliases_and_tags_the_champion(registry: TrackingConfig) -> None:
    apply_decision(registry, "purchase", choose_champion("purchase", [fast(1, 0.79)], None))
    keep = choose_champion("purchase", [elite(2, 0.792)], fast(1, 0.79))

    champion = apply_decision(registry, "purchase", keep)
    assert int(champion.version) == 1
    assert _aliases(registry) == {"champion": 1, "previous_champion": None}
    assert read_comparison(registry, "purchase", 1)["reason"].startswith("kept champion:")
    assert champion.tags["decision_action"] == "keep" and champion.tags["decision"].startswith("keep: kept champion:")


def test_stale_decisions_and_empty_rollbacks_are_refused(registry: TrackingConfig) -> None:
    with pytest.raises(SelectionError, match="nothing to roll back"):
        rollback(registry, "purchase")

    stale = choose_champion("purchase", [elite(2, 0.9)], None)
    apply_decision(registry, "purchase", choose_champion("purchase", [fast(1, 0.79)], None))
    with pytest.raises(SelectionError, match="re-run the selection"):
        apply_decision(registry, "purchase", stale)
    assert _aliases(registry)["champion"] == 1

    assert apply_decision(registry, "purchase", choose_champion("purchase", [Candidate(3, "fast", {})], None)) is None


def test_tags_stay_short_and_every_compared_run_gets_the_comparison_in_words(registry: TrackingConfig) -> None:
    mlflow_client = client(registry)
    mlflow_client.set_model_version_tag("lvmh_purchase", "1", "comparison", json.dumps({"rows": [1] * 500}))
    apply_decision(registry, "purchase", choose_champion("purchase", [fast(1, 0.79)], None))
    decision = choose_champion("purchase", [elite(2, 0.812), fast(3, 0.78)], fast(1, 0.790), floor=0.6)
    apply_decision(registry, "purchase", decision)

    for number in ("1", "2", "3"):
        version = mlflow_client.get_model_version("lvmh_purchase", number)
        assert "comparison" not in version.tags  # the legacy JSON tag is gone
        assert all("\n" not in value and len(value) <= DECISION_TAG_MAX_CHARS for value in version.tags.values())
        artifacts = {a.path for a in mlflow_client.list_artifacts(version.run_id, "selection")}
        assert artifacts == {COMPARISON_MARKDOWN, COMPARISON_JSON}
        text = mlflow_client.download_artifacts(version.run_id, COMPARISON_MARKDOWN, str(registry.sqlite_path.parent))
        markdown = Path(text).read_text(encoding="utf-8")
        assert decision.reason in markdown  # the full reason, never cut
        assert "gain_vs_champion" in markdown and "`previous_champion` → fast v1" in markdown
        assert ("**selected**" in markdown) == (number == "2")
    tags = mlflow_client.get_model_version("lvmh_purchase", "2").tags
    assert tags["decision"] == decision_line(decision) and tags["decision_action"] == "promote"
    assert set(tags) >= {"family", "label_source", "data_digest", "decision", "decision_action", "decided_at"}
    assert read_comparison(registry, "purchase", 2)["winner"] == 2


def test_decision_line_is_one_capped_line_and_the_markdown_is_complete() -> None:
    decision = choose_champion("purchase", [elite(2, 0.792)], fast(1, 0.79), floor=0.6)
    long = replace(decision, reason="kept champion:\n" + "x" * 600)
    line = decision_line(long)
    assert "\n" not in line and len(line) == DECISION_TAG_MAX_CHARS and line.endswith("…")
    markdown = decision_markdown(decision, n_validation=379)
    assert decision.reason in markdown and "margin 0.005" in markdown and "floor AUC 0.6 (passes)" in markdown
    assert "`champion` stays on fast v1" in markdown and "379" in markdown and "gain_vs_champion" in markdown
    assert "gain_vs_champion" not in decision_markdown(decision, with_table=False)


def test_a_version_never_compared_has_no_comparison(registry: TrackingConfig) -> None:
    assert read_comparison(registry, "purchase", 3) is None
