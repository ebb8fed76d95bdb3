"""Art. 9 classes of session 40 (`w44` notes: noisy speech-to-text, spoken contacts, code-switching),
probed with phrasings written for this test:

- a hospital stay told by leaving or being in the hospital, in the languages that lacked it
  ("acaba de salir del hospital", "net uit het ziekenhuis", "saiu do hospital");
- assisted reproduction with the verb that does it, where the frame rule does not take it
  ("doet IVF", "sta facendo la FIVET", "시험관 하고"; not the Russian "делают ЭКО", pinned to its core
  by ``test_w30b``), and a pacemaker by its short names;
- a worn or used aid with its verb of wearing or having ("elle porte un [pacemaker]", "lleva
  [marcapasos]": :func:`special.extent.predicates._aid_run`; the English "wears", "uses" stay
  readable, as the first sessions' tests pin them);
- medication told as the pills taken or as the cause of abstaining ("wegen der Tabletten");
- sobriety with its duration ("sober two years", "AA depuis 5 ans": :mod:`special.extent.sobriety`);
- a seat in a named city assembly ("депутат городской думы"), a party's convention, an election
  opening the sentence after the seat's ("국회의원 … . 총선 앞두고"), the Taiwanese "立委改選";
- lay religious titles ("보살님"), the named daily prayers ("صلاة العصر"), travelling to the Hajj
  in the plural, a daily frequency after a practice ("va a messa tutti i giorni":
  :mod:`special.practice.daily`; not in English, as ``test_w30b`` pins it);
- an origin told as the identity one speaks as ("as a Ghanaian woman");
- a same-sex spouse with a code-switched partner word ("彼女のwife") or whose client is titled
  "Mrs." in an English header of a Spanish note.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of, whole


def _kinds(text: str) -> set[str]:
    return {s.kind for s in find_special_categories(text)}


# --- hospital stays ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("su madre acaba de salir del hospital y quiere un regalo", "salir del hospital"),
    ("el padre sigue en el hospital, pasará el hijo", "sigue en el hospital"),
    ("haar moeder is net uit het ziekenhuis, ze wil een armband", "uit het ziekenhuis"),
    ("o pai saiu do hospital na semana passada", "saiu do hospital"),
    ("sa mère vient de sortir de l'hôpital, elle veut une bague", "sortir de l'hôpital"),
    ("il marito è in ospedale, passa la figlia", "è in ospedale"),
    ("sein Vater ist im Krankenhaus, er kommt allein", "ist im Krankenhaus"),
    ("أمها طالعة من المستشفى الأسبوع الماضي", "طالعة من المستشفى"),
    ("her dad is home from the hospital now", "home from the hospital"),
])
def test_a_hospital_stay_is_health(text, span):
    assert covered(text, span, "HEALTH"), spans_of(text)


# --- assisted reproduction and aids --------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("ze doet IVF, dus geen zware tassen", "doet IVF"),
    ("sta facendo la FIVET, niente profumi forti", "facendo la FIVET"),
    ("está haciendo FIV, nada de perfume", "haciendo FIV"),
    ("está fazendo FIV, sem perfume", "fazendo FIV"),
    ("시험관 하고 계셔서 향수는 빼기", "시험관 하고"),
    ("er hat einen Schrittmacher, keine Magnetverschlüsse", "Schrittmacher"),
    ("심장 박동기 있으셔서 자석 잠금은 피하기", "심장 박동기"),
])
def test_assisted_reproduction_and_a_pacemaker_are_health(text, span):
    assert covered(text, span, "HEALTH"), spans_of(text)


@pytest.mark.parametrize("text, span", [
    ("il porte un pacemaker, pas de fermoir aimanté", "porte un pacemaker"),
    ("porta un pacemaker, niente chiusure magnetiche", "porta un pacemaker"),
    ("ella lleva marcapasos desde marzo", "lleva marcapasos"),
    ("she has a pacemaker, avoid magnets", "has a pacemaker"),
    ("hij draagt een insulinepomp", "draagt een insulinepomp"),
])
def test_a_worn_aid_takes_its_verb(text, span):
    assert whole(text, span, "HEALTH"), spans_of(text)


def test_a_verb_before_another_health_word_stays_with_its_rule():
    text = "il porte un bracelet et il a un rhume"
    assert not any(text[s.start:s.end].startswith("porte") for s in find_special_categories(text)), spans_of(text)


# --- medication ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("kein Sekt wegen seiner Tabletten", "wegen seiner Tabletten"),
    ("no wine because of her meds", "because of her meds"),
    ("pas de champagne à cause de ses cachets", "à cause de ses cachets"),
    ("niente vino per via dei farmaci", "per via dei farmaci"),
    ("sin cava por la medicación", "por la medicación"),
    ("sem espumante por causa dos remédios", "por causa dos remédios"),
    ("geen wijn vanwege zijn medicijnen", "vanwege zijn medicijnen"),
    ("без шампанского из-за лекарств", "из-за лекарств"),
])
def test_medication_as_the_pills_is_health(text, span):
    assert covered(text, span, "HEALTH"), spans_of(text)


# --- sobriety ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("he's been sober three years, no champagne", "sober three years"),
    ("eight months sober, skip the wine pairing", "eight months sober"),
    ("pas de vin (AA depuis 4 ans)", "AA depuis 4 ans"),
    ("AA for two years now, no bubbles", "AA for two years"),
    ("seit drei Jahren trocken, kein Sekt", "seit drei Jahren trocken"),
    ("è sobria da quattro anni", "sobria da quattro anni"),
    ("lleva tres años sobria", "tres años sobria"),
    ("sóbria há dois anos", "sóbria há dois anos"),
    ("hij is al vier jaar nuchter", "al vier jaar nuchter"),
    ("не пьёт уже три года", "не пьёт уже три года"),
])
def test_sobriety_with_its_duration_is_health(text, span):
    assert whole(text, span, "HEALTH"), spans_of(text)


@pytest.mark.parametrize("text", [
    "needs AA batteries for the remote",
    "a sober design, delivered two years ago",
    "ne boit pas de vin, cadeau dans deux mois",
])
def test_no_sobriety_without_its_words_and_duration(text):
    assert "HEALTH" not in _kinds(text), spans_of(text)


# --- politics ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("он депутат городской думы, просил без огласки", "депутат городской думы"),
    ("жена депутата облдумы выбрала серьги", "депутата облдумы"),
    ("decide o orçamento depois da convenção do partido", "convenção do partido"),
    ("will decide after the party conference in October", "party conference"),
    ("nach dem Parteitag entscheidet er", "Parteitag"),
])
def test_a_city_seat_and_a_party_convention_are_politics(text, span):
    assert covered(text, span, "POLITICS"), spans_of(text)


def test_an_election_opening_the_sentence_after_the_seat():
    text = "김 의원님(국회의원) 비서 통해 연락. 총선 앞두고 계셔서 로고 큰 건 피하기."
    assert covered(text, "국회의원", "POLITICS") and covered(text, "총선 앞두고", "POLITICS"), spans_of(text)


def test_an_election_about_a_delivery_after_a_seat_stays():
    text = "Councillor Lee picked a bracelet. The courier was late."
    assert "POLITICS" not in _kinds(text), spans_of(text)


def test_a_taiwanese_legislators_reelection():
    text = "王立委說明年立委改選，禮物要低調"
    assert covered(text, "立委改選", "POLITICS"), spans_of(text)


# --- religion ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("박 보살님 오셔서 염주 팔찌 보심", "보살님"),
    ("المواعيد بعد صلاة المغرب فقط", "صلاة المغرب"),
    ("مسافرين للعمرة الأسبوع الجاي", "مسافرين للعمرة"),
    ("call after asr prayer, around five", "asr prayer"),
    ("rendez-vous hors des heures de prière", "heures de prière"),
    ("evitar las horas de oración del viernes", "horas de oración"),
    ("en junio se va a La Meca con su hermano", "se va a La Meca"),
])
def test_a_lay_title_a_named_prayer_and_a_pilgrimage_trip_are_religion(text, span):
    assert covered(text, span, "RELIGION"), spans_of(text)


@pytest.mark.parametrize("text, span", [
    ("molto credente, va a messa ogni giorno", "va a messa ogni giorno"),
    ("vai à missa todos os dias", "vai à missa todos os dias"),
    ("gaat naar de mis elke dag", "gaat naar de mis elke dag"),
])
def test_a_daily_practice_takes_its_frequency(text, span):
    assert whole(text, span, "RELIGION"), spans_of(text)


@pytest.mark.parametrize("text, period", [
    ("goes to synagogue on Saturdays, prefers Sunday visits", "Saturdays"),
    ("goes to Mass every day before work", "every day"),  # English keeps it readable (session 30)
    ("diabétique, marche tous les jours", "tous les jours"),
])
def test_a_weekly_english_or_non_religious_period_stays_readable(text, period):
    assert not any(period in text[s.start:s.end] for s in find_special_categories(text)), spans_of(text)


def test_mecca_as_a_figure_of_speech_stays():
    assert not find_special_categories("Milán es la Meca de la moda, vino por las rebajas")


# --- origin and orientation ----------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("she said that as a Ghanaian woman she loves gold", "as a Ghanaian woman"),
    ("proud Yoruba man, wants a signet ring", "proud Yoruba man"),
])
def test_an_identity_one_speaks_as_is_origin(text, span):
    assert whole(text, span, "ORIGIN"), spans_of(text)


def test_a_nationality_of_a_client_stays():
    assert "ORIGIN" not in _kinds("Ghanaian client, ships to Accra")


@pytest.mark.parametrize("text, span", [
    ("彼女のwife、Emmaさんへの誕生日プレゼント", "彼女のwife"),
    ("他的husband下周来取表", "他的husband"),
])
def test_a_code_switched_same_sex_spouse_is_orientation(text, span):
    assert covered(text, span, "ORIENTATION"), spans_of(text)


def test_a_spanish_note_with_an_english_title_shows_the_partner():
    text = "Cliente: Mrs. Laura Pérez (vive en Chamberí). Quiere un anillo. Cumpleaños de su novia en mayo."
    assert covered(text, "su novia", "ORIENTATION"), spans_of(text)


@pytest.mark.parametrize("text", [
    "Cliente: Mrs. Laura Pérez y Mr. Pérez. Regalo para su novia.",
    "Cliente: Mrs. Laura Pérez, viene con su hijo. Regalo para su novia.",
])
def test_a_titled_partner_stays_where_whose_is_unclear(text):
    assert "ORIENTATION" not in _kinds(text), spans_of(text)
