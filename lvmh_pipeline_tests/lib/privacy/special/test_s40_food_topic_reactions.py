"""A Korean note that names a food as the topic and then the symptom it gives ("우유 들어간 음료는 배가
아프시대요") tells the food's allergy: the symptom stays readable like every food reaction, so the profile
keeps the allergy; a body part's pain with no food before it stays HEALTH."""

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize, policy_from_env


@pytest.mark.parametrize(
    ("text", "allergy"),
    [
        ("우유 들어간 음료는 배가 아프시대요, 라떼는 드리지 말 것.", "lactose"),
        ("새우 요리는 두드러기가 올라오신대요. 코스에서 빼 주세요.", "shellfish"),
    ],
)
def test_a_food_as_the_topic_before_its_symptom_stays_readable(text: str, allergy: str) -> None:
    stored = pseudonymize(text, language="KO", policy=policy_from_env("strict")).text
    assert "[HEALTH]" not in stored
    assert allergy in {h.concept for h in extract(stored, "KO")}


@pytest.mark.parametrize("text", ["남편은 허리가 아프셔서 오래 못 서 계세요.", "요즘은 무릎이 아프셔서 계단이 힘드세요."])
def test_pain_with_no_food_before_it_is_still_health(text: str) -> None:
    assert "[HEALTH]" in pseudonymize(text, language="KO", policy=policy_from_env("strict")).text
