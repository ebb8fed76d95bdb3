"""Address extent classes of session 48, round 2 (:mod:`lvmh_pipeline.lib.privacy.addresses.overlaps`),
in our own phrasings: a labelled clause ends with the street found in it (its city, a flat after it kept),
a hotel's name before the street stays readable, a "Plaza X, 12" shape gives way to the number-first street
it overlaps, an hour's minutes are no house number, a Chinese delivery verb is no district, a remark in
brackets after a labelled address (:mod:`...addresses.labelled`) is no part of it."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.addresses.streets import find_addresses


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize(("text", "address"), [
    ("Ship to 8 Wren Road, Leeds LS1 4AB by the end of the week please.", "8 Wren Road, Leeds LS1 4AB"),
    ("Lieferung an Lindenweg 12, 3012 Bern, gerne vor dem Wochenende.", "Lindenweg 12, 3012 Bern"),
    ("Entrega na Rua das Flores, 210, antes do dia 4, obrigado", "Rua das Flores, 210"),
    ("Envoi au Grand Hôtel, 14 rue Royale, 75008 Paris, avant jeudi", "14 rue Royale, 75008 Paris"),
    ("شحن للفندق: Plaza Savoy, 40 Avenue Kléber, 75016 Paris. شكرا", "40 Avenue Kléber, 75016 Paris"),
    ("下周前要到。送货到朝阳区建国路88号，请前台代收", "朝阳区建国路88号"),
    # a remark in brackets after a labelled address is no part of it
    ("선물 / 배송지: 강남구 테헤란로 152 (남편 회사) / 예산 200", "강남구 테헤란로 152"),
])
def test_the_street_sets_the_extent(text: str, address: str) -> None:
    assert _found(text) == [address]


@pytest.mark.parametrize(("text", "address"), [
    # a flat or a floor after the street stays in the address
    ("Deliver to 3 Mill Lane, Bath BA1 2QT, flat 6, before noon", "flat 6"),
    ("Consegna a Via Dante 7, interno 4, entro venerdì", "interno 4"),
])
def test_a_unit_after_the_street_stays(text: str, address: str) -> None:
    assert any(address in found for found in _found(text))


@pytest.mark.parametrize("text", [
    "Visit at 11:15 Bond St, then lunch nearby.",
    "Rdv 16:45 Regent Street avec sa fille.",
])
def test_an_hour_is_no_house_number(text: str) -> None:
    assert _found(text) == []


def test_a_street_with_a_number_after_an_hour_is_still_found() -> None:
    assert _found("At 10:00 the courier goes to 12 Mount Street, London W1K 2AA.") == ["12 Mount Street, London W1K 2AA"]
