"""Session 43: a Japanese house number said with の between its parts ("三の五の十" for 3-5-10),
the class the w47 round's one contact leak pointed at (read in session 43)."""

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize, policy_from_env

_STRICT = policy_from_env("strict")


def _out(text: str) -> str:
    return pseudonymize(text, language="JA", policy=_STRICT).text


@pytest.mark.parametrize("text, address", [
    ("ご住所は目黒区青葉台二の八の四、平日の配送希望", "目黒区青葉台二の八の四"),
    ("配送先：横浜市中区山下町十の一の七です", "横浜市中区山下町十の一の七"),
    ("世田谷区成城6の3の12のご自宅へ", "世田谷区成城6の3の12"),
])
def test_house_numbers_said_with_no_are_addresses(text, address):
    out = _out(text)
    assert address not in out and "[ADDRESS]" in out


@pytest.mark.parametrize("text", [
    "港区の店舗で三の倍数のセットをご提案",
    "北区のご実家は一の橋の近くとのこと",
    "中央区の百貨店で二つ目のご購入",
])
def test_ordinary_no_after_a_ward_stays(text):
    assert _out(text) == text


def _es(text: str) -> str:
    return pseudonymize(text, language="ES", policy=_STRICT).text


@pytest.mark.parametrize("text, address", [
    ("mandar la caja a c/ Serrano 45, mañana", "Serrano 45"),
    ("vive en la c/Alcalá 120, 2º izq, en el centro", "Alcalá 120, 2º izq"),
    ("entrega: c/ Lagasca 8, 4ºA", "Lagasca 8, 4ºA"),
])
def test_a_lower_case_calle_abbreviation_opens_an_address(text, address):
    out = _es(text)
    assert address not in out and "[ADDRESS]" in out


@pytest.mark.parametrize("text", ["precio 30 c/u, 20 unidades", "10 cajas c/ 5 unidades cada una"])
def test_c_slash_before_no_street_name_stays(text):
    assert _es(text) == text
