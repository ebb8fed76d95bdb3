"""Occasion and budget classes of session 38, in our own phrasings:

- A month taken back with two markers or a filler before the marker ("im Mai, äh nein, Juni", "in May, uh, no, June",
  "en mai, euh non pardon, en juin"): the later month is the occasion's.
- A holiday after "después de" / "depois de" with the article read off only dates something else ("vuelve después de
  Semana Santa"); a named day that is a celebration dates another occasion of its sentence as a holiday does ("in de
  week na Koningsdag").
- New occasion names (taxonomy 1.31.0): a school-leaving exam or a degree ("le bac de son fils", "su grado"), a pass
  said as "when she passes" in Arabic, European Portuguese "baptizado", Russian "Ид", a registered partnership open
  to every couple as a wedding (NL, RU). The Italian "unione civile", the German "Verpartnerung" and the Japanese
  partnership certificate are same-sex unions only: Art. 9 ORIENTATION data, redacted, not concept aliases.
- "Whatever it takes" said of a budget is an unlimited budget in every language (taxonomy 1.31.0).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_labels, occasions


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("DE", "Die Taufe ist im Mai, äh nein, Juni, glaube ich.", "baptism:06"),
    ("EN", "Her wedding is in May, uh, no, sorry, June.", "wedding:06"),
    ("FR", "Le mariage est en mai, euh non pardon, en juin.", "wedding:06"),
    ("RU", "Свадьба в мае, э, нет, в июне.", "wedding:06"),
    ("IT", "Il matrimonio è a maggio, anzi no, a giugno.", "wedding:06"),
])
def test_a_month_taken_back_in_two_words(language, text, expected):
    assert expected in occasions(text, language), text


@pytest.mark.parametrize(("language", "text", "holiday"), [
    ("ES", "Dice que vuelve con su hermana después de Semana Santa.", "easter"),
    ("PT", "Passa cá outra vez depois da Páscoa.", "easter"),
])
def test_a_holiday_after_which_the_client_returns_is_no_occasion(language, text, holiday):
    assert holiday not in occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text", "holiday"), [
    ("ES", "Regalo para Semana Santa, algo sencillo.", "easter"),
    ("PT", "Presente de Páscoa para os netos.", "easter"),
])
def test_a_holiday_a_gift_is_for_stays(language, text, holiday):
    assert holiday in occasion_labels(text, language), text


def test_a_named_day_that_dates_a_birthday_is_no_celebration():
    found = occasions("Haar vader wordt zeventig, de week na Koningsdag, begin mei.", "NL")
    assert "celebration" not in {f.split(":")[0] for f in found} and "birthday:05" in found


@pytest.mark.parametrize(("language", "text", "occasion"), [
    ("FR", "Un stylo pour le bac de sa nièce, en juin.", "graduation"),
    ("ES", "Reloj para el grado de su hijo en diciembre.", "graduation"),
    ("AR", "يبي يهدي ولده ساعة لما ينجح.", "graduation"),
    ("PT", "Procura uma prenda para o baptizado da neta.", "baptism"),
    ("RU", "Подарок мужу на Ид, в апреле.", "eid"),
    ("NL", "Cadeau voor het geregistreerd partnerschap van haar zoon.", "wedding"),
])
def test_new_occasion_names(language, text, occasion):
    assert occasion in occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Budget: whatever it takes, she wants the best piece."),
    ("ES", "Presupuesto: lo que haga falta para su madre."),
    ("FR", "Budget : quoi qu'il en coûte, c'est pour leurs noces."),
    ("IT", "Budget: costi quel che costi."),
    ("DE", "Budget: koste es was es wolle."),
    ("PT", "Orçamento: o que for preciso."),
    ("NL", "Budget: kost wat het kost."),
    ("RU", "Бюджет — сколько потребуется."),
    ("ZH", "预算多少都行。"),
    ("AR", "الميزانية مهما كلف."),
])
def test_whatever_it_takes_is_an_unlimited_budget(language, text):
    budget = find_budget(text, language)
    assert budget is not None and budget.unlimited, text


def test_a_carat_count_beside_an_unlimited_budget_is_no_amount():
    budget = find_budget("Solo oro 18k en los cierres. Presupuesto: lo que haga falta.", "ES")
    assert budget is not None and budget.unlimited and not budget.has_amount


@pytest.mark.parametrize(("language", "text", "holiday", "kept"), [
    ("IT", "Per la moglie, anniversario di nozze, 14 febbraio (San Valentino).", "valentines_day", "wedding_anniversary"),
    ("FR", "Anniversaire de mariage le 14 février (Saint-Valentin).", "valentines_day", "wedding_anniversary"),
    ("EN", "Wedding anniversary in February (Valentine's Day).", "valentines_day", "wedding_anniversary"),
])
def test_a_holiday_in_brackets_after_a_date_names_that_date(language, text, holiday, kept):
    found = occasion_labels(text, language)
    assert holiday not in found and kept in found, text


def test_a_holiday_in_brackets_after_a_person_stays():
    assert "valentines_day" in occasion_labels("Cadeau pour sa femme (Saint-Valentin).", "FR")


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Father Kelly's ordination anniv. falls in July."),
    ("FR", "Le 25e anniversaire d'ordination du père Martin, en juin."),
    ("IT", "Anniversario di ordinazione sacerdotale a maggio."),
])
def test_an_ordination_anniversary_is_a_celebration(language, text):
    found = occasion_labels(text, language)
    assert "celebration" in found and "wedding_anniversary" not in found and "birthday" not in found, text


def test_a_wedding_anniversary_beside_an_ordination_stays():
    assert "wedding_anniversary" in occasion_labels("Wedding anniv. in July; their son was ordained last year.", "EN")
