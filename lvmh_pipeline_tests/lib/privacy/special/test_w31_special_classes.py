"""Art. 9 classes of session 28's w31 notes (sentences written for this test, none from the notes):

- Japanese: a cholesterol value said to be high ("コレステロール値が高く"); the verb of having glued
  after a short condition goes with it ("喘息がおあり": the extent rule of ``special.extent``);
- Russian: keeping Shabbat or a fast in every person and tense ("соблюдают субботу"); an ethnic
  family from another place ("татарская семья из Казани"), not a family of a nationality;
- Arabic: praying on time ("يصلي في وقته");
- the "_" of an origin frame is never "but" ("libanese d'origine ma nata a Milano");
- an elected office joins its party ("Republican state senator", "Labour city councillor",
  "zit in de gemeenteraad namens", "son de Podemos", a quoted party after "депутат ... от"), and
  an office after its party past the town it serves ("filiada ao PSOL, vereadora em Niterói");
- a same-sex partner shown by the possessive ("ihrer Partnerin", "his fiancé") or by the clause's
  subject pronoun or person noun where the possessive is neutral ("elle ... sa compagne", "la
  clienta ... su esposa"), or by a given name of one gender a few words before ("Marco e il suo
  compagno", "Tiago e o marido"), never when a word or name of the other gender owns the spouse;
- a condition denied right before it is no health fact ("NON diabetico", "n'est pas asthmatique");
- health said with what it entails ("認知症で施設に入られた", "うつっぽくて休職中", "difficoltà a
  camminare"), while the verb before a short condition stays readable in the languages the extent rule leaves
  out ("sofre de gota", "ha avuto un ictus", "Ha avuto un tumore alla prostata"; "正在做化疗" loses
  "在做", a glued verb);
- walking with a stick or crutches is a health fact ("geht am Stock", "mit Krücken", "con muletas").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories


def _spans(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in find_special_categories(text)]


def test_japanese_cholesterol_said_to_be_high() -> None:
    text = "父はコレステロール値が高く医者に止められている。"
    assert any(kind == "HEALTH" and "コレステロール値が高" in s for kind, s in _spans(text))


def test_japanese_verb_of_having_goes_with_a_short_condition() -> None:
    assert ("HEALTH", "喘息がおあり") in _spans("祖父は喘息がおありなので、香りの強いものは避ける。")


@pytest.mark.parametrize(("text", "kind", "span"), [
    ("Родители соблюдают субботу, не звонить вечером в пятницу.", "RELIGION", "соблюдают субботу"),
    ("Она соблюдала пост весь март, обед не предлагать.", "RELIGION", "соблюдала пост"),
    ("Клиентка — татарская семья из Казани, живут в Москве.", "ORIGIN", "татарская семья"),
    ("العميل يصلي في وقته دائما، نحتاج غرفة هادئة.", "RELIGION", "في وقته"),
])
def test_practice_and_origin_phrasings(text: str, kind: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in _spans(text))


def test_family_of_a_nationality_is_no_origin() -> None:
    assert not any(kind == "ORIGIN" for kind, _ in _spans("Японская семья заказала три сумки к Новому году."))


@pytest.mark.parametrize(("text", "span"), [
    ("He is a Republican state senator, wants a watch.", "Republican state senator"),
    ("She's a Labour city councillor in Leeds.", "Labour city councillor"),
    ("Zij zit in de gemeenteraad namens de PvdA, wil een tas.", "zit in de gemeenteraad namens de PvdA"),
    ("Los dos son de Podemos, hablan mucho de política.", "son de Podemos"),
    ("Депутат райсовета от «зелёных», просит скидку.", "зелёных"),
])
def test_elected_office_joins_its_party(text: str, span: str) -> None:
    assert any(kind == "POLITICS" and span in s for kind, s in _spans(text))


def test_green_colour_is_no_party() -> None:
    assert _spans("Купила зелёные серьги и зелёный шарф.") == []


@pytest.mark.parametrize(("text", "span"), [
    ("Die Kundin kommt mit ihrer Partnerin zur Anprobe.", "ihrer Partnerin"),
    ("Buying cufflinks for his fiancé, wedding in June.", "his fiancé"),
    ("Elle prend un foulard pour sa compagne, livraison samedi.", "sa compagne"),
    ("La clienta busca algo para su esposa, cumpleaños en mayo.", "su esposa"),
    ("A cliente veio com a sua companheira escolher alianças.", "a sua companheira"),
])
def test_same_sex_partner(text: str, span: str) -> None:
    assert ("ORIENTATION", span) in _spans(text)


@pytest.mark.parametrize("text", [
    "Il a choisi une montre, elle est pour sa femme.",
    "Elle achète pour son mari une ceinture.",
    "Buying earrings for her fiancé, wedding in June.",
    "Elle offre à sa femme de ménage un foulard.",
])
def test_opposite_sex_or_unclear_spouse_stays(text: str) -> None:
    assert not any(kind == "ORIENTATION" for kind, _ in _spans(text))


@pytest.mark.parametrize("text", [
    "Dieta senza zucchero, NON diabetico, solo per scelta.",
    "Il n'est pas asthmatique, c'est la poussière du chantier.",
    "Er ist kein Diabetiker, isst trotzdem wenig Zucker.",
    "Муж не диабетик, просто не любит сладкое.",
])
def test_denied_condition_stays(text: str) -> None:
    assert not any(kind == "HEALTH" for kind, _ in _spans(text))


def test_condition_after_an_answer_is_still_health() -> None:
    assert ("HEALTH", "diabético") in _spans("¿Azúcar? No, diabético desde 2015.")


@pytest.mark.parametrize(("text", "span"), [
    ("Er geht am Stock seit dem Sturz im Winter.", "geht am Stock"),
    ("Sie kommt seit dem Unfall nur mit Krücken.", "mit Krücken"),
    ("Su marido anda con muletas desde la operación.", "con muletas desde la operación"),  # dated by a condition: one span
])
def test_walking_aid_is_health(text: str, span: str) -> None:
    assert ("HEALTH", span) in _spans(text)


@pytest.mark.parametrize(("text", "span"), [
    ("obs: filiada ao PSOL, vereadora em Niterói", "filiada ao PSOL, vereadora"),
    ("Kunde: CDU-Mitglied, Stadtrat in Köln.", "CDU-Mitglied, Stadtrat"),
])
def test_office_after_its_party_past_its_town(text: str, span: str) -> None:
    assert ("POLITICS", span) in _spans(text)


def test_membership_after_a_party_stays_readable() -> None:
    assert ("POLITICS", "Tory") in _spans("Tory, member of the golf club.")


def test_chronic_condition_after_had_stays_the_condition() -> None:
    assert ("HEALTH", "tumore alla prostata") in _spans("Ha avuto un tumore alla prostata, ora sta bene.")


@pytest.mark.parametrize(("text", "span"), [
    ("Marco e il suo compagno Stefano festeggiano dieci anni.", "suo compagno"),
    ("Tiago e o marido chegaram cedo para a prova.", "marido"),
    ("Chiara e la sua compagna Elena si sposano a luglio.", "sua compagna"),
    ("Виктор и его жених выбрали часы.", "его жених"),
])
def test_partner_of_a_named_person(text: str, span: str) -> None:
    assert ("ORIENTATION", span) in _spans(text)


@pytest.mark.parametrize("text", [
    "Marco e la moglie Giulia cercano un anello.",
    "Mme Thomas et son mari passent samedi.",
    "Carlos, el hermano de Ana, viene con su marido.",
    "Pierre et Marie, avec son mari, à 15h.",
    "Luca ha portato il marito di sua sorella.",
])
def test_spouse_of_another_or_of_the_other_gender_stays(text: str) -> None:
    assert not any(kind == "ORIENTATION" for kind, _ in _spans(text))


@pytest.mark.parametrize(("text", "span"), [
    ("Il suocero ha difficoltà a camminare, serve una sedia.", "difficoltà a camminare"),
    ("祖母は認知症で施設に入られたので、面会用のひざ掛けを。", "認知症で施設に入られた"),
    ("部長は最近うつっぽくて休職中とのこと。", "っぽくて休職中"),
])
def test_health_said_with_what_it_entails(text: str, span: str) -> None:
    assert any(kind == "HEALTH" and span in s for kind, s in _spans(text))


@pytest.mark.parametrize(("text", "core"), [
    ("A avó sofre de gota, nada de frutos do mar.", "gota"),
    ("外婆正在做化疗，礼物要轻便。", "在做化疗"),
    ("Ha avuto un ictus a marzo, niente scale.", "ictus"),
])
def test_the_verb_before_a_short_condition_stays(text: str, core: str) -> None:
    assert ("HEALTH", core) in _spans(text)


def test_a_chinese_activity_is_no_treatment() -> None:
    assert _spans("我们在做活动，客户很多。") == []


def test_a_frame_word_is_never_but() -> None:
    spans = _spans("Signora Haddad, libanese d'origine ma nata a Milano.")
    assert ("ORIGIN", "libanese d'origine") in spans
    assert not any("ma" in s.split() for _, s in spans)
