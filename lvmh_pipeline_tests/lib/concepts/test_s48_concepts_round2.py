"""Concept classes of session 48, round 2 (own evaluation files), in our own phrasings:

- Occasions: a holiday's implied month — Thanksgiving in November, Easter from the note's year (the
  Orthodox date in Russian notes), White Day in March although it is kept as ``valentines_day``;
  Dutch/German holiday + gift compounds ("moederdagcadeautje", "Vatertagsgeschenk", "Ostergeschenke");
  graduation said with "finished the course" verbs (RU/PT/ES/EN), a Gulf-Arabic new job ("شغلها الجديد"),
  a Portuguese retirement named by whose it is ("a reforma da avó").
- Allergies: an allergy called false ("era falso", "c'était faux", "was false") or corrected with a Japanese
  "not X" ("…じゃなくて") is taken back.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.concepts.occasions.phrases.implied_months import easter_month, implied_month, note_year
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_labels, occasion_pairs


# --- implied months --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("year", "western", "orthodox"), [
    (2024, 3, 5), (2025, 4, 4), (2026, 4, 4), (2027, 3, 5), (2019, 4, 4), (2008, 3, 4),
])
def test_easter_month(year: int, western: int, orthodox: int) -> None:
    assert easter_month(year) == western
    assert easter_month(year, orthodox=True) == orthodox


def test_note_year() -> None:
    assert note_year("2025-11-03") == 2025
    assert note_year(None) is None
    assert note_year("soon") is None


def test_implied_month_only_for_its_holidays() -> None:
    assert implied_month("thanksgiving", "thanksgiving", "EN", None) == 11
    assert implied_month("easter", "pasqua", "IT", None) is None  # no year, no Easter month
    assert implied_month("valentines_day", "saint-valentin", "FR", 2026) is None  # February stays the fixed month
    assert implied_month("birthday", "birthday", "EN", 2026) is None


@pytest.mark.parametrize(("language", "text", "month"), [
    ("EN", "The family wants a centrepiece for their Thanksgiving table.", 11),
    ("ES", "Regalo para la cena de Thanksgiving con los suegros americanos.", 11),
    ("DE", "Sie sucht ein Geschenk zu Ostern für die Nichte.", 4),
    ("IT", "Un pensiero per Pasqua per la figlioccia.", 4),
    ("RU", "Ищет подарок к Пасхе для крестника.", 4),
    ("JA", "ホワイトデーのお返しを探しています。", 3),
    ("KO", "화이트데이에 줄 팔찌를 보러 오셨어요.", 3),
    ("ZH", "想给女朋友买白色情人节礼物。", 3),
])
def test_holiday_month_implied(language: str, text: str, month: int) -> None:
    months = {m for c, m in occasion_pairs(text, language) if c in {"thanksgiving", "easter", "valentines_day"}}
    assert months == {month}


def test_orthodox_easter_in_a_russian_note() -> None:
    hits = extract("Подарок на Пасху для крестницы.", "RU", "2027-02-10", fixed_months=True)
    assert {(h.concept, h.month) for h in hits if h.concept == "easter"} == {("easter", 5)}
    hits = extract("Cadeau voor Pasen voor het petekind.", "NL", "2027-02-10", fixed_months=True)
    assert {(h.concept, h.month) for h in hits if h.concept == "easter"} == {("easter", 3)}


def test_written_month_wins_over_implied() -> None:
    assert ("easter", 3) in occasion_pairs("Ostern ist dieses Jahr im März, sie will ein Geschenk.", "DE")


def test_plain_valentine_stays_february() -> None:
    assert ("valentines_day", 2) in occasion_pairs("バレンタインデーのプレゼントを探しに来店。", "JA")


# --- occasion words ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "label"), [
    ("NL", "Ze zoekt een moederdagcadeautje voor haar schoonmoeder.", "mothers_day"),
    ("NL", "Vaderdagdiner met de kinderen, iets kleins erbij.", "fathers_day"),
    ("NL", "Valentijnsverrassing voor zijn vrouw, liefst een sjaal.", "valentines_day"),
    ("NL", "Paasbrunch bij de schoonouders, ze brengt een cadeau mee.", "easter"),
    ("DE", "Ein Vatertagsgeschenk für den Schwiegervater.", "fathers_day"),
    ("DE", "Muttertagsblumen reichen ihr nicht, sie will Schmuck.", "mothers_day"),
    ("DE", "Ostergeschenke für die Enkel, drei Stück.", "easter"),
    ("DE", "Ein Valentinsgeschenk für die Freundin.", "valentines_day"),
    ("RU", "Сын выпускается из института летом.", "graduation"),
    ("PT", "A sobrinha terminou o curso de direito.", "graduation"),
    ("ES", "Su hijo terminó la carrera de medicina.", "graduation"),
    ("EN", "Her son just finished his degree at Leeds.", "graduation"),
    ("AR", "بنتها بتبدأ شغلها الجديد بعد أسبوعين", "new_job"),
    ("PT", "Procura um presente para a reforma da avó.", "retirement"),
])
def test_occasion_words(language: str, text: str, label: str) -> None:
    assert label in occasion_labels(text, language)


@pytest.mark.parametrize(("language", "text", "label"), [
    ("DE", "Er wohnt seit Jahren in Österreich.", "easter"),  # no Easter compound in a country's name
    ("PT", "A reforma do apartamento atrasou, volta em maio.", "retirement"),  # a renovation
    ("RU", "Новая коллекция выпускается в марте.", "graduation"),  # a collection released, no one graduates
])
def test_occasion_words_not_overreaching(language: str, text: str, label: str) -> None:
    assert label not in occasion_labels(text, language)


# --- allergies taken back ----------------------------------------------------------------------------------------

def _allergies(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.category == "allergy" and not h.negated}


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("ES", "Lo de su alergia a los cacahuetes era falso, ahora come de todo.", "peanut"),
    ("PT", "A alergia ao marisco era falsa, afinal come de tudo.", "shellfish"),
    ("IT", "L'allergia alle noci era falsa, mangia tutto.", "tree_nuts"),
    ("FR", "Son allergie aux arachides était fausse, elle mange de tout.", "peanut"),
    ("EN", "The egg allergy was false, she eats everything now.", "eggs"),
    ("JA", "お連れ様は卵…じゃなくて、えび・かにのアレルギーです。", "eggs"),
])
def test_allergy_taken_back(language: str, text: str, allergen: str) -> None:
    assert allergen not in _allergies(text, language)


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("ES", "Tiene alergia real a los cacahuetes.", "peanut"),
    ("JA", "お連れ様は卵…じゃなくて、えび・かにのアレルギーです。", "shellfish"),  # the corrected allergen stays
    ("JA", "ご本人じゃなくて奥様に卵アレルギーがあります。", "eggs"),  # "not X" about the person, not the allergen
])
def test_allergy_kept(language: str, text: str, allergen: str) -> None:
    assert allergen in _allergies(text, language)


# --- budgets: a spoken "N maybe / or M thousand" range -----------------------------------------------------------

def _budget(text: str, language: str) -> tuple[float, float]:
    (hit,) = [h for h in extract(text, language) if h.concept == "budget"]
    return hit.value_min, hit.value_max


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Presupuesto: seis u ocho mil euros, según el modelo."),
    ("ES", "Quiere gastar 60 u 80 euros en el detalle, más no."),
    ("DE", "Budget so etwa sechs vielleicht achttausend Euro."),
    ("DE", "Budget sechs eventuell achttausend Euro."),
    ("NL", "Budget zes misschien achtduizend euro."),
    ("PT", "Orçamento seis talvez oito mil euros."),
    ("IT", "Budget sei forse ottomila euro."),
    ("FR", "Budget six peut-être huit mille euros."),
    ("RU", "Бюджет шесть, возможно восемь тысяч евро."),
])
def test_spoken_alternative_range(language: str, text: str) -> None:
    low, high = _budget(text, language)
    assert high in (8000.0, 80.0)
    assert low in (6000.0, 60.0)


def test_lone_u_is_no_range_without_a_number() -> None:
    low, high = _budget("Presupuesto ocho mil euros u otra cosa parecida.", "ES")
    assert (low, high) == (8000.0, 8000.0)
