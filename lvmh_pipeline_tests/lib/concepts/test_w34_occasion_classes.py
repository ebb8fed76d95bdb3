"""Occasion classes of the `w34` misses, in our own words.

- A round age said as an ordinal is a birthday ("for his seventieth", "zum Achtzigsten", "voor haar
  zestigste", "на семидесятилетие"), and a Korean first birthday said with the child's kin word ("손녀 돌").
- A team, office or campaign's gifts counted at ten or more are a corporate order even for a holiday (no
  household has that many staff): "15 份圣诞礼物给 team", "社内 20名へのクリスマスギフト", "선대위 분들께 감사
  선물 30세트", "٣٠ هدية لفريق المكتب"; a few gifts for a household's staff at Christmas are not.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _occasions(text: str, language: str) -> dict[str, int | None]:
    return {h.concept: h.month for h in extract(text, language) if h.bucket == "occasions" and not h.negated}


@pytest.mark.parametrize(("language", "text", "month"), [
    ("EN", "Cufflinks for his seventieth in March.", 3),
    ("DE", "Eine Uhr zum Achtzigsten, im November.", 11),
    ("NL", "Oorbellen voor haar zestigste, in oktober.", 10),
    ("RU", "Браслет на семидесятилетие мамы, в апреле.", 4),
    ("KO", "손녀 돌이 10월이라 팔찌 보심.", 10),
])
def test_an_ordinal_round_age_is_a_birthday(language, text, month):
    assert _occasions(text, language).get("birthday") == month


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "给 team 送新年礼物，18 份，每份 1500 元。"),
    ("JA", "社内の 20名へのクリスマスギフト、1人あたり2万円。"),
    ("KO", "선대위 분들께 감사 선물 30세트, 세트당 10만 원."),
    ("AR", "٣٠ هدية لفريق المكتب، ٥٠٠ ريال للقطعة."),
    ("ZH", "送同事的春节礼盒 25 份，每份 800 元。"),
])
def test_many_counted_team_gifts_are_corporate(language, text):
    assert "corporate_gift" in _occasions(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Christmas gifts for her staff, 3 pieces, 200 each."),
    ("ZH", "给同事的圣诞礼物 2 份，每份 500 元。"),
])
def test_a_few_holiday_gifts_for_staff_stay_personal(language, text):
    assert "corporate_gift" not in _occasions(text, language)


@pytest.mark.parametrize(("language", "text", "month"), [
    ("EN", "Engagement party in March, no sorry, in April.", 4),
    ("FR", "Le mariage est en mai, non pardon, en juin.", 6),
    ("DE", "Hochzeit im August, nein, im September.", 9),
    ("ES", "La boda es en octubre, perdón, en noviembre.", 11),
    ("IT", "Il battesimo a marzo, anzi ad aprile.", 4),
    ("JA", "結婚式は9月、いや10月です。", 10),
])
def test_a_month_taken_back_gives_way_to_the_later_one(language, text, month):
    found = _occasions(text, language)
    assert month in found.values()


def test_two_months_without_a_correction_stay_apart():
    found = _occasions("Birthday in May and wedding in June.", "EN")
    assert found == {"birthday": 5, "wedding": 6}


@pytest.mark.parametrize(("language", "text", "concept", "month"), [
    ("EN", "A cross for her grandson's baptism. The ceremony is in March.", "baptism", 3),
    ("FR", "Pour la communion de sa nièce. La cérémonie aura lieu en mai.", "first_communion", 5),
    ("ES", "Para la boda de su hija; la ceremonia será en la iglesia, en septiembre.", "wedding", 9),
    ("IT", "Per la cresima del nipote, la cerimonia è a giugno.", "celebration", 6),
])
def test_the_ceremony_dates_the_notes_occasion(language, text, concept, month):
    assert _occasions(text, language).get(concept) == month


@pytest.mark.parametrize(("language", "text"), [
    ("PT", "Para o jantar da empresa em dezembro, 25 presentes para os colaboradores."),
    ("PT", "Kit de Natal para os funcionários da firma, 40 kits."),
    ("AR", "يبي ٥٠ هدية لعملاء البنك في ديسمبر."),
    ("KO", "명절 선물로 협력업체에 보낼 세트 15개."),
    ("KO", "설 선물 세트 거래처용 40개."),
    ("EN", "Wants 30 gifts for the firm's suppliers in December."),
])
def test_ten_or_more_gifts_for_a_business_group_are_corporate(language, text):
    assert "corporate_gift" in _occasions(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("PT", "Presente para a cliente, uma pulseira, em dezembro."),
    ("EN", "Bought 12 gifts last year for her nieces."),
])
def test_one_client_or_a_familys_gifts_stay_personal(language, text):
    assert "corporate_gift" not in _occasions(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("PT", "Presentes de fim de ano para os clientes da empresa, em dezembro."),
    ("AR", "هدايا نهاية السنة لعملاء الشركة في ديسمبر."),
    ("ES", "Regalos de fin de año para los clientes del despacho."),
])
def test_year_end_gifts_for_clients_are_corporate(language, text):
    assert "corporate_gift" in _occasions(text, language)


@pytest.mark.parametrize(("language", "text", "concept"), [
    ("ES", "Se prejubila en marzo y le regalan un reloj.", "retirement"),
    ("FR", "Pour sa retraite, ses collègues lui offrent un stylo.", "retirement"),
    ("FR", "Cadeau pour son petit-fils, bac obtenu.", "graduation"),
    ("DE", "Die Enkelin hat das Abi bestanden.", "graduation"),
    ("EN", "25th anniv with his wife in June.", "wedding_anniversary"),
])
def test_w34_occasion_words(language, text, concept):
    assert concept in _occasions(text, language)


def test_a_french_anniv_stays_a_birthday():
    assert "birthday" in _occasions("Joyeux anniv à sa fille en mai.", "FR")


@pytest.mark.parametrize(("language", "text", "concept"), [
    ("FR", "Un bracelet pour sa filleule, pour Noël.", "christmas"),
    ("IT", "Regalo per il figlioccio che si laurea a luglio.", "graduation"),
    ("ES", "Para la boda de su ahijada en octubre.", "wedding"),
    ("DE", "Geschenk für das Patenkind zur Konfirmation im Mai.", "celebration"),
    ("RU", "Подарок крестнику на день рождения в марте.", "birthday"),
    ("EN", "Easter gifts for her three godchildren.", "easter"),
])
def test_a_godchild_beside_another_occasion_is_no_baptism(language, text, concept):
    found = _occasions(text, language)
    assert concept in found
    assert "baptism" not in found


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Something silver for her godson."),
    ("PT", "Presente de batizado para a afilhada em março."),
])
def test_a_godchild_alone_or_with_a_baptism_stays_a_baptism(language, text):
    assert "baptism" in _occasions(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "A client since Christmas 2018, likes pearls."),
    ("FR", "Cliente fidèle depuis Noël 2017."),
    ("DE", "Stammkunde seit Ostern 2020."),
    ("PT", "Cliente desde o Natal de 2016."),
])
def test_since_a_holiday_dates_the_client_not_an_occasion(language, text):
    assert not _occasions(text, language)


def test_a_holiday_gift_with_since_after_it_stays():
    assert "christmas" in _occasions("Christmas gift, since she loves watches.", "EN")
