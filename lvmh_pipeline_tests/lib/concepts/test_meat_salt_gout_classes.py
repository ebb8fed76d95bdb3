"""Diet classes found missing on notes written outside the project (written here in our own
words): a vegetarian who refuses fish too is no pescatarian, a kind of meat refused is no
vegetarian diet, everyday ways of limiting salt, gout named alone, and Russian "никакого"."""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints

CASES = [
    # the negator of a coordinated item: fish refused along with meat
    ("EN", "Vegetarian, no meat or fish.", {"vegetarian"}),
    ("NL", "Vegetariër, geen vlees of vis.", {"vegetarian"}),
    ("EN", "Vegetarian but eats fish.", {"pescatarian"}),
    ("EN", "No meat, only fish and vegetables.", {"pescatarian"}),
    # a kind of meat is not all meat
    ("EN", "Husband has gout, no organ meats or anchovies at the dinner.", {"low_purine"}),
    ("EN", "No cured meats on the platter for her.", set()),
    ("FR", "Pas de viande crue pour madame (carpaccio non).", set()),
    ("DE", "Kein fettes Fleisch, sonst alles.", set()),
    ("EN", "Doesn't eat meat.", {"vegetarian"}),
    # limiting salt
    ("EN", "Watching his salt intake since the check-up.", {"low_sodium"}),
    ("EN", "She is cutting back on salt.", {"low_sodium"}),
    ("FR", "Monsieur fait attention au sel.", {"low_sodium"}),
    ("IT", "Sta attento al sale, niente salumi.", {"low_sodium"}),
    ("RU", "Солёное нельзя, просил без закусок.", {"low_sodium"}),
    ("EN", "Loves the salt-and-pepper tweed jacket.", set()),
    # gout named alone (its word is redacted as health data, the diet is kept)
    ("EN", "Gout: no shellfish, no beer at the event.", {"low_purine"}),
    ("FR", "Il a la goutte, pas de fruits de mer.", {"low_purine"}),
    ("IT", "Ha la gotta, niente frutti di mare.", {"low_purine"}),
    ("FR", "Une goutte de parfum suffit.", set()),
    # Russian "никакого" (no … at all) before the cue; "сухой закон" (dry law) of a person
    ("RU", "Никакого алкоголя на ужине для него.", {"no_alcohol"}),
    ("RU", "Никакого спиртного, он за рулём.", {"no_alcohol"}),
    ("RU", "У него сухой закон с весны.", {"no_alcohol"}),
    ("RU", "Никакого золота, только серебро.", set()),
]


@pytest.mark.parametrize(("language", "text", "diets"), CASES)
def test_diet_class(language, text, diets):
    assert constraints(text, language)[1] == diets
