import math

import pytest

from lvmh_pipeline.lib.recommendations.reasons import budget_phrase, build_reason, format_budget

NAN = math.nan


@pytest.mark.parametrize(
    "low, high, expected",
    [(3000, 4000, "3–4K"), (35000, NAN, "35K+"), (NAN, 5000, "up to 5K"), (6000, 6000, "6K"),
     (500, 1500, "500–1.5K"), (2500, 3500, "2.5–3.5K"), (NAN, NAN, "")],
)
def test_format_budget(low, high, expected):
    assert format_budget(low, high) == expected


def test_budget_phrase():
    assert budget_phrase(3500, 3000, 4000) == "within budget 3–4K"
    assert budget_phrase(9000, 3000, 4000) == "above budget 3–4K"
    assert budget_phrase(400, 35000, NAN) == "below budget 35K+"
    assert budget_phrase(400, NAN, NAN) == ""


def test_build_reason_joins_evidence_and_is_never_empty():
    reason = build_reason(["travel_bag", "cognac"], "within budget 3–4K", "Keepall 55", 0.4, 0.5, False)
    assert reason == "matches travel_bag · cognac; within budget 3–4K; clients who bought Keepall 55 also bought it"
    assert "clients who bought" not in build_reason([], "", "Keepall 55", 0.01, 0.3, False)  # link too weak
    assert build_reason([], "", None, 0.0, 0.31, False) == "close to the client's notes (similarity 0.31)"
    assert build_reason([], "", None, 0.0, 0.0, False).startswith("no profile signal")


def test_together_phrases_for_product_and_category_rules():
    from lvmh_pipeline.lib.recommendations.reasons import together_phrase

    assert together_phrase("Keepall 55", 0.38, True) == "often bought together with Keepall 55 (in 38% of its orders)"
    assert together_phrase("Keepall 55", 0.2, False, "travel_bag", "small_leather_goods") == (
        "completes the client's Keepall 55: 20% of travel bag orders add a small leather goods")
    reason = build_reason([], "", None, 0.0, 0.0, False, together="often bought together with X (in 10% of its orders)")
    assert reason == "often bought together with X (in 10% of its orders)"
