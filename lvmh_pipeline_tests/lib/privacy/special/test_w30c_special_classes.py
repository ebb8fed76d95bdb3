"""Art. 9 spans that took ordinary words with them, third round (sentences written for this test):

- a span of a party or a union never ends on a lower-case preposition that announces no name:
  the employer after a union role ("IG-Metall-Mitglied bei Siemens"), "campaigning for";
- a period of practice reaches a span only within one predicate: a conjunction between them
  makes it another verb's ("медитирует каждое утро и ездит в дацан");
- a time word before an operation stays readable ("recién operado", "récemment opéré", "frisch
  operiert");
- a diagnosis written after a qualified condition is its frame ("esclerose múltipla progressiva
  diagnosticada em 2017");
- a Korean place of worship is no part of a longer word ("명절에 가족", "계절에 가볍게",
  "시절에 가장" are a holiday, a season and an era);
- a hospital, a charity, a research cause, a rehab trainer named as a workplace is no condition
  ("работает в больнице медсестрой", "works at a cancer charity", "재활 트레이너"), a Pride
  display no orientation.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories


def _spans(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in find_special_categories(text)]


@pytest.mark.parametrize(("text", "span", "readable"), [
    ("Kunde, IG-Metall-Mitglied bei Siemens in Erlangen, sucht Uhr.", "IG-Metall-Mitglied", "bei"),
    ("Lifelong Labour voter, campaigning for the local candidate.", "Lifelong Labour voter", " for "),
])
def test_span_does_not_end_on_a_preposition(text: str, span: str, readable: str) -> None:
    found = " | ".join(s for _, s in _spans(text))
    assert span in found
    assert not any(s.endswith(readable.strip()) for _, s in _spans(text))


def test_affiliation_still_takes_the_name_after_its_preposition() -> None:
    text = "Mitglied bei den Grünen seit 2010, sucht einen Füller."
    assert ("POLITICS", "Mitglied bei den Grünen") in _spans(text)


@pytest.mark.parametrize(("text", "readable"), [
    ("Буддистка, медитирует каждое утро и ездит в дацан летом.", "каждое утро"),
    ("Hindu, does yoga every morning and goes to the temple on feast days.", "every morning"),
])
def test_period_does_not_reach_over_a_conjunction(text: str, readable: str) -> None:
    spans = _spans(text)
    assert any(kind == "RELIGION" for kind, _ in spans)
    assert not any(readable in s for _, s in spans)


def test_period_still_starts_the_practice_it_belongs_to() -> None:
    text = "Cada viernes con su hermano a la mezquita, luego pasa por la tienda."
    assert any(s.startswith("Cada viernes") for _, s in _spans(text))


@pytest.mark.parametrize("text", [
    "이번 계절에 가볍게 걸칠 트렌치코트를 보셨어요.",
    "대학 시절에 가장 아끼던 가방이라고 하셨어요.",
    "설 명절에 가족 여행이 있어서 배송을 서둘러 달라고 하심.",
])
def test_korean_temple_inside_a_longer_word(text: str) -> None:
    assert _spans(text) == []


def test_korean_temple_visit_still_redacted() -> None:
    assert ("RELIGION", "매달 절에 가") in _spans("매달 절에 가시는 불자이십니다.") or any(
        kind == "RELIGION" and "절에 가" in s for kind, s in _spans("매달 절에 가시는 불자이십니다."))


@pytest.mark.parametrize("text", [
    "Работает в больнице медсестрой, выбирает часы с секундной стрелкой.",
    "Organises the gala for a cancer charity every November.",
    "Sa fille travaille pour la recherche contre le cancer à Villejuif.",
    "Il genero lavora per la ricerca sul cancro a Milano.",
])
def test_workplace_is_no_condition(text: str) -> None:
    assert not any(kind == "HEALTH" for kind, _ in _spans(text))


def test_pride_month_display_is_no_orientation() -> None:
    assert _spans("Liked the Pride month window in Soho, bought two scarves.") == []


@pytest.mark.parametrize(("text", "fact"), [
    ("Лежит в больнице после инсульта, подарок передаст сын.", "инсульт"),
    ("Raises money for a cancer charity since her own bowel cancer.", "bowel cancer"),
])
def test_condition_beside_the_workplace_still_redacted(text: str, fact: str) -> None:
    assert any(kind == "HEALTH" and fact in s for kind, s in _spans(text))


@pytest.mark.parametrize(("text", "fact"), [
    ("Esclerose múltipla progressiva diagnosticada em 2017, prefere provas sentada.", "Esclerose múltipla progressiva"),
    ("Hipertensão arterial diagnosticada no check-up, evita sal.", "Hipertensão arterial"),
])
def test_diagnosis_after_a_qualified_condition_stays_readable(text: str, fact: str) -> None:
    assert ("HEALTH", fact) in _spans(text)


def test_diagnosis_alone_still_states_the_fact() -> None:
    assert ("HEALTH", "diagnosticada") in _spans("A irmã foi diagnosticada, mas não quis dizer com o quê.")


@pytest.mark.parametrize(("text", "fact", "readable"), [
    ("Recién operado del hombro, prefiere que le llevemos la bolsa al coche.", "operado del hombro", "Recién"),
    ("Récemment opéré de l'épaule, il préfère qu'on porte le sac.", "opéré de l'épaule", "Récemment"),
    ("Appena operato alla spalla, preferisce che gli portiamo la borsa.", "operato alla spalla", "Appena"),
    ("Frisch operiert an der Schulter, die Tasche tragen wir zum Auto.", "operiert an der Schulter", "Frisch"),
])
def test_time_word_before_an_operation_stays_readable(text: str, fact: str, readable: str) -> None:
    spans = _spans(text)
    assert any(kind == "HEALTH" and fact in s for kind, s in spans)
    assert not any(readable in s for _, s in spans)


@pytest.mark.parametrize("text", [
    "사위가 재활 트레이너라서 운동화 선물을 고르셨어요.",
    "따님이 의사인데 다음 달 병원 개원이라 시계를 보셨어요.",
])
def test_korean_profession_is_no_condition(text: str) -> None:
    assert _spans(text) == []
