"""Occasion classes of session 37, in our own phrasings: a client who dropped by for a holiday ("è passato per il Natale",
"est passée en boutique pour Noël": no "it is over"); a birthday said with a party verb and the age in words ("fête ses
quarante ans en mars"; not "ses trente ans de mariage"); a married couple's bare ordinal ("their 25th in June"); an age
and a month with no verb in Russian ("80 лет в марте"); an abbreviated month after "en", "em", "im"; words that name an
occasion only with a month after them ("diplômée … en juillet", "Retraite fin juin", "pensione a settembre") and a
degree in a title's bracket that names none ("(gepromoveerd in chemie, geen arts)"); a holiday naming an advertising
campaign ("the Valentine's campaign", "발렌타인 캠페인"); the wedding day that dates an anniversary and a wedding date
to engrave; a title's dot ("Mr. [NAME]") that ends no sentence; new aliases (Arabic bar mitzvah, Portuguese "aniv.",
Spanish "aniv.", years with a girlfriend, 高考, "corp gift")."""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_labels as _labels, occasion_pairs as _occasions


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("IT", "La signora è passata per la Pasqua, vuole delle uova di cioccolato.", "easter"),
    ("IT", "Il cliente vive a Roma da anni, è passato per il Natale, cerca un vino.", "christmas"),
    ("FR", "Elle est passée en boutique pour Noël, une écharpe.", "christmas"),
])
def test_dropping_by_for_a_holiday_is_no_past_holiday(language, text, expected):
    assert expected in _labels(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("IT", "Il Natale è già passato, niente regali."),
    ("FR", "Noël est passé, rien à préparer."),
])
def test_a_holiday_said_to_be_over_stays_past(language, text):
    assert not _labels(text, language) & {"christmas"}


def test_a_party_verb_with_an_age_in_words_is_the_birthday():
    assert _occasions("Son mari Paul fête ses cinquante ans en octobre.", "FR") == {("birthday", 10)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ils fêtent ses trente ans de mariage en mai.", {("wedding_anniversary", 5)}),
    ("Elle fête ses vingt ans de carrière.", {("celebration", None)}),
])
def test_years_of_something_after_a_party_verb_are_no_age(text, expected):
    assert _occasions(text, "FR") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("His wife would like something for their 30th in September.", {("wedding_anniversary", 9)}),
    ("Mr and Mrs Lee: their 10th is coming up, a pair of watches.", {("wedding_anniversary", None)}),
])
def test_a_married_couples_bare_ordinal_is_their_anniversary(text, expected):
    assert _occasions(text, "EN") == expected


@pytest.mark.parametrize("text", [
    "His wife says the twins' 18th in May needs two watches.",
    "His wife mentioned their 18th birthday party.",
    "Their 25th in June.",  # no married couple in the note
])
def test_other_ordinals_are_no_wedding_anniversary(text):
    assert "wedding_anniversary" not in _labels(text, "EN")


def test_an_age_and_a_month_in_russian_is_the_birthday():
    assert _occasions("Мама, восемьдесят лет в марте, подарок от внуков.", "RU") == {("birthday", 3)}
    assert "birthday" not in _labels("Женаты 30 лет в мае.", "RU")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ES", "Cumple 50 en dic → quiere un reloj.", ("birthday", 12)),
    ("PT", "Aniversário em dez → quer perfume.", ("birthday", 12)),
    ("FR", "Anniversaire en nov → veut un sac.", ("birthday", 11)),
])
def test_an_abbreviated_month_after_a_preposition_without_a_dot(language, text, expected):
    assert expected in _occasions(text, language)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("FR", "Sa fille, diplômée de Sciences Po en juin → cadeau des parents.", ("graduation", 6)),
    ("IT", "La nipote laureata a luglio, regalo dei nonni.", ("graduation", 7)),
    ("ES", "Su hijo, titulado en junio, quiere un reloj.", ("graduation", 6)),
    ("FR", "Retraite fin septembre après trente ans à l'hôpital.", ("retirement", 9)),
    ("IT", "Il collega va in pensione a novembre, penna.", ("retirement", 11)),
])
def test_words_dated_by_a_month_name_their_occasion(language, text, expected):
    assert expected in _occasions(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("FR", "Sa mère vit en maison de retraite en Bretagne depuis juin."),
    ("FR", "Elle est diplômée en droit, très exigeante."),
])
def test_those_words_without_a_month_or_as_a_place_are_no_occasion(language, text):
    assert not _labels(text, language) & {"retirement", "graduation"}


@pytest.mark.parametrize(("language", "text"), [
    ("NL", "Mw. Dr. Bakker (gepromoveerd in de sterrenkunde, geen arts). Zoekt een broche."),
    ("EN", "Dr. Lowe (PhD, graduated in chemistry, not a medical doctor). Wants a pen."),
])
def test_a_degree_in_a_titles_bracket_is_no_graduation(language, text):
    assert "graduation" not in _labels(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "She came in after seeing the Valentine's campaign, wants a scarf."),
    ("KO", "발렌타인 캠페인 광고 보고 오셨어요, 스카프 보심."),
    ("JA", "バレンタインキャンペーンを見て来店、スカーフ。"),
])
def test_a_holiday_naming_an_ad_campaign_is_no_occasion(language, text):
    assert "valentines_day" not in _labels(text, language)


@pytest.mark.parametrize(("language", "text", "holiday"), [
    ("ES", "Vestido para la cena de la campaña de Navidad de su empresa.", "christmas"),
    ("PT", "Campanha de Dia das Mães: 40 kits para clientes.", "mothers_day"),
    ("IT", "Per la festa di fine Ramadan ad aprile, cena in famiglia.", "eid"),
])
def test_a_holiday_before_its_campaign_or_a_preposition_stays(language, text, holiday):
    assert holiday in _labels(text, language)


def test_the_wedding_day_that_dates_an_anniversary_is_no_wedding():
    assert _labels("Anniv. 20 yrs on 3 May (their wedding day), a bracelet.", "EN") == {"wedding_anniversary"}


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "ご夫妻でペアウォッチ。刻印:結婚年とイニシャル。"),
    ("EN", "Pair of watches. Engraving: wedding date and initials."),
])
def test_a_wedding_date_to_engrave_is_no_wedding(language, text):
    assert "wedding" not in _labels(text, language)


def test_a_wedding_with_an_engraving_gift_stays():
    assert ("wedding", 6) in _occasions("Engraving for his wedding in June.", "EN")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("AR", "هدية تقاعد لمديرها Mr. [NAME]، أكتوبر.", ("retirement", 10)),
    ("EN", "Retirement gift for Dr. [NAME] in June.", ("retirement", 6)),
])
def test_a_titles_dot_ends_no_sentence(language, text, expected):
    assert expected in _occasions(text, language)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("AR", "يبي هدية بار متسفا لابنه في مايو.", ("bar_mitzvah", 5)),
    ("AR", "هدية بات متسفا لبنته.", ("bar_mitzvah", None)),
    ("PT", "Aniv. 50 anos 7/6. Quer um relógio.", ("birthday", 6)),
    ("ES", "Aniv. de boda en mayo, pulsera.", ("wedding_anniversary", 5)),
    ("ES", "Cava para el aniv. 30 años Grupo Norte (oct.).", ("corporate_anniversary", 10)),
    ("ES", "Un regalo por los 3 años con su novia el 20/06.", ("relationship_anniversary", 6)),
    ("EN", "Something for his 2 years with his girlfriend.", ("relationship_anniversary", None)),
    ("ZH", "儿子6月高考完，想送块表。", ("graduation", 6)),
    ("EN", "Check whether they need a corp gift for the board.", ("corporate_gift", None)),
])
def test_new_aliases(language, text, expected):
    assert expected in _occasions(text, language)
