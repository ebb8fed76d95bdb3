"""Session 47, round 2 classes: a Chinese "all plant" word after a particle,
a proposal planned at or dated by a holiday, a country-dated holiday whose month is said in the next clause, a
retirement after years of work. (Ordinations as `celebration` aliases were left out: the Art. 9 detector
redacts them as RELIGION, and a kept concept's words must stay readable.)"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _positive(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language, budgets=False) if not h.negated}


def _months(text: str, language: str) -> set[tuple[str, int | None]]:
    return {(h.concept, h.month) for h in extract(text, language, budgets=False, fixed_months=True) if not h.negated}


def test_a_chinese_plant_only_word_after_a_particle_is_vegan_alone():
    found = _positive("王小姐平时吃素的，全素，招待时不要准备肉类点心。", "ZH")
    assert "vegan" in found and "vegetarian" not in found


def test_a_plain_chinese_meatless_word_stays_vegetarian():
    found = _positive("王小姐平时吃素的，招待时不要准备肉类点心。", "ZH")
    assert "vegetarian" in found and "vegan" not in found


@pytest.mark.parametrize(("language", "text", "occasion"), [
    ("FR", "Projet : solitaire pour les fiançailles, demande prévue à Noël chez ses parents.", "engagement"),
    ("EN", "Looking at rings for the engagement, proposal planned at Christmas in the mountains.", "engagement"),
    ("KO", "크리스마스에 애인한테 프러포즈할 예정이라 반지 보러 오심.", "engagement"),
])
def test_a_proposal_dated_by_christmas_takes_december(language, text, occasion):
    assert (occasion, 12) in _months(text, language), text


def test_a_christmas_visit_with_another_word_between_dates_nothing_else():
    assert ("birthday", 12) not in _months("크리스마스에 매장 방문, 생일 선물은 아직 미정.", "KO")


@pytest.mark.parametrize(("language", "text", "month"), [
    ("RU", "Хочет подарок на день матери, у них это в марте, бюджет около ста тысяч.", 3),
    ("EN", "A present for Mother's Day, which for them is in March, around two thousand.", 3),
    ("FR", "Cadeau pour la fête des mères, chez eux c'est en mars, autour de mille euros.", 3),
])
def test_a_country_dated_holiday_takes_the_month_said_after_it(language, text, month):
    assert ("mothers_day", month) in _months(text, language), text


def test_a_mothers_day_without_a_restated_month_keeps_the_usual_one():
    assert ("mothers_day", 11) in _months("Подарок маме на день матери, бюджет около ста тысяч.", "RU")


@pytest.mark.parametrize(("language", "text"), [
    ("IT", "Regalo per il collega, in pensione dopo trent'anni di servizio, festa in ufficio a novembre."),
    ("NL", "Afscheidscadeau voor een collega, met pensioen na 35 jaar bij de gemeente."),
    ("FR", "Cadeau pour sa collègue, à la retraite après 30 ans de maison."),
    ("EN", "Gift for a colleague, retired after 32 years at the bank."),
])
def test_a_retirement_after_years_of_work_is_the_event(language, text):
    assert "retirement" in _positive(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Retired teacher, after lunch she came back for the scarf."),
    ("IT", "È in pensione da anni, cerca una borsa per sé."),
])
def test_a_retired_status_without_years_after_it_is_no_event(language, text):
    assert "retirement" not in _positive(text, language), text


def test_a_korean_holiday_gift_for_the_staff_with_a_count_is_a_corporate_gift():
    assert "corporate_gift" in _positive("설 선물로 팀원들 머플러, 열 개, 개당 삼십만 원.", "KO")


def test_a_korean_holiday_gift_for_the_husband_is_no_corporate_gift():
    assert "corporate_gift" not in _positive("설 선물로 남편분 머플러, 한 개, 삼십만 원.", "KO")

