"""Art. 9 classes of session 41 (`w45` notes: special-category data said indirectly and in passing),
probed with phrasings written for this test:

- a treatment's schedule in its written shorthand ("dialysis 2x/week", "3x/sem.", "2х в неделю":
  :mod:`special.extent.schedules`);
- a fast kept for a religious period, in any wording of the pair ("fasts every Ekadashi", "the
  Lenten fast", "jeûne avant Pâques", "постится перед Пасхой": :mod:`special.practice.fasts`);
- therapy told with the verb of going to it or doing it, in its other forms ("está yendo a terapia",
  "macht gerade eine Therapie", "проходит терапию");
- a worn or used aid with its Japanese verb ("補聴器をお使い", "車椅子をご利用": the ``endings`` of the
  extent lists), and a side said after the aid ("hearing aids both sides");
- a same-sex spouse of a titled client past the client's degree and an aside in brackets ("Hr. Dr.
  [NAME] (…) + Ehemann"), of a Chinese title ("陈先生和老公": :mod:`special.couples.titles`), of a French
  "Cliente"; a Korean "both are women" with the couple's word; a Russian spouse without the couple's
  duration after it;
- a union's or a party's board seat ("bestuurslid FNV", "Vorstandsmitglied bei ver.di");
- an ethnic group as the word after an origin noun ("origines peules", "of Hausa descent"), a family
  named by a demonym in the Romance languages ("famiglia ghanese").

Kept readable: "上礼拜" and "两个礼拜" (a week), a fast that is speed or a diet, a feast without a word
that sets a fast before it, "son compagnon" of a "madame" read by the tagger (:mod:`special.learned.owners`),
a board seat of a club or a company, everyday therapy words with no verb ("retail therapy").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline.lib.privacy.special.learned.owners import owned_by_other_gender
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of, whole


def _kinds(text: str) -> set[str]:
    return {s.kind for s in find_special_categories(text)}


# --- schedules in shorthand ------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Papa: dialysis 2x/week, mornings only", "dialysis 2x/week"),
    ("Mutter: Dialyse 3x/Wo., bitte Termine nachmittags", "Dialyse 3x/Wo."),
    ("o pai faz hemodiálise 2x/sem. e prefere sábados", "hemodiálise 2x/sem."),
    ("su madre, quimio 1x por semana, viene los lunes", "quimio 1x por semana"),
    ("отец на диализе, диализ 2х в неделю", "диализ 2х в неделю"),
])
def test_a_treatment_takes_its_shorthand_schedule(text, span):
    assert whole(text, span, "HEALTH"), spans_of(text)


def test_a_shorthand_schedule_after_a_condition_stays_readable():
    text = "diabetes, gym 3x/week with a coach"
    assert not covered(text, "3x/week", "HEALTH"), spans_of(text)


# --- fasts kept for a religious period ---------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("She fasts every Ekadashi, no lunch invitations then.", "fasts every Ekadashi"),
    ("He keeps the Lenten fast, so no chocolates in the box.", "Lenten fast"),
    ("Elle jeûne avant Pâques, pas de macarons.", "jeûne avant Pâques"),
    ("Ayuna antes de la Pascua, nada de bombones.", "Ayuna antes de la Pascua"),
    ("Digiuna durante la Quaresima, niente dolci.", "Digiuna durante la Quaresima"),
    ("Ela jejua na Quaresma, sem doces.", "jejua na Quaresma"),
    ("Er will vor Weihnachten fasten, also keine Pralinen.", "vor Weihnachten fasten"),
    ("Hij is vastend tijdens de ramadan, afspraak na zonsondergang.", "vastend tijdens de ramadan"),
    ("Она постится перед Пасхой, без сладкого.", "постится перед Пасхой"),
    ("她每年斋月都封斋，下午别约。", "斋月都封斋"),
])
def test_a_fast_for_a_religious_period_is_religion(text, span):
    assert whole(text, span, "RELIGION"), spans_of(text)


@pytest.mark.parametrize("text", [
    "She needs it fast before Christmas, express shipping.",
    "Fasting, then Easter brunch with the family.",
    "Intermittent fasting until Christmas, no sweets.",
    "She lent her sister the Kelly before Easter.",
    "Het is vast voor Pasen klaar.",
    "Gift for Navratri, budget 2k.",
])
def test_a_fast_word_that_is_speed_or_a_diet_stays_readable(text):
    assert "RELIGION" not in _kinds(text), spans_of(text)


# --- therapy with its verb -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("dice que está yendo a terapia desde el verano", "yendo a terapia"),
    ("ela está indo à terapia toda quinta", "indo à terapia"),
    ("er macht gerade eine Therapie, bitte diskret", "macht gerade eine Therapie"),
    ("she's going to therapy since the divorce", "therapy"),
    ("hij gaat naar therapie sinds de zomer", "naar therapie"),
    ("он ходит на терапию, просил не говорить", "ходит на терапию"),
    ("проходит терапию у психолога с весны", "проходит терапию у психолога"),
])
def test_therapy_with_its_verb_is_health(text, span):
    assert covered(text, span, "HEALTH"), spans_of(text)


def test_retail_therapy_stays_readable():
    assert "HEALTH" not in _kinds("A bit of retail therapy after the fitting."), spans_of("A bit of retail therapy")


# --- aids with their verb, and sides after them ---------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("お母様は車椅子をお使いなので、一階の個室で", "車椅子をお使い"),
    ("ご主人は補聴器を使っているので、はっきり話す", "補聴器を使って"),
    ("車椅子をご利用のため、入口を確保", "車椅子をご利用"),
])
def test_a_japanese_aid_takes_its_verb(text, span):
    assert whole(text, span, "HEALTH"), spans_of(text)


def test_a_mask_put_on_stays_readable():
    assert find_special_categories("マスクをつけて来店されました") == []


@pytest.mark.parametrize("text, span", [
    ("he wears hearing aids both sides, face him when talking", "hearing aids both sides"),
    ("er trägt Hörgeräte auf beiden Seiten, laut sprechen", "Hörgeräte auf beiden Seiten"),
])
def test_a_side_after_an_aid_joins_it(text, span):
    assert whole(text, span, "HEALTH"), spans_of(text)


def test_both_sides_of_the_family_stays_readable():
    text = "She has diabetes, both sides of the family."
    assert not covered(text, "both sides", "HEALTH"), spans_of(text)


# --- same-sex spouses -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Hr. Dr. Kramer (Notar, Köln) + Ehemann Felix, Jahrestag im Mai", "Ehemann"),
    ("Mr Dr. Okafor (CFO, Lagos office) + husband Tunde: anniversary", "husband"),
    ("Sra. Lopes (arquiteta) + esposa Ana, alianças", "esposa"),
])
def test_a_shorthand_spouse_past_the_clients_degree_and_aside(text, span):
    assert covered(text, span, "ORIENTATION"), spans_of(text)


def test_a_shorthand_spouse_past_an_aside_naming_a_relative_stays_readable():
    text = "Hr. Kunz (Sohn von Fr. Maier) + Ehefrau Lena, Jahrestag"
    assert "ORIENTATION" not in _kinds(text), spans_of(text)


@pytest.mark.parametrize("text, span", [
    ("陈先生和老公一起来挑对戒。", "老公"),
    ("林女士（Linda Lin）与太太下周来看手链。", "太太"),
    ("[NAME]先生跟他男朋友来店。", "男朋友"),
])
def test_a_spouse_of_the_chinese_titles_gender(text, span):
    assert covered(text, span, "ORIENTATION"), spans_of(text)


@pytest.mark.parametrize("text", [
    "陈先生和太太一起来挑对戒。",
    "林小姐和先生一起来的。",
    "陈先生的女儿和丈夫下周来。",
    "王太太和丈夫来取货。",
])
def test_an_opposite_sex_or_relatives_spouse_stays_readable(text):
    assert "ORIENTATION" not in _kinds(text), spans_of(text)


def test_a_french_cliente_with_her_wife():
    text = "Cliente depuis 2019, vient avec sa compagne choisir des alliances."
    assert covered(text, "sa compagne", "ORIENTATION"), spans_of(text)


@pytest.mark.parametrize("text", [
    "Cliente depuis 2019, vient avec son mari choisir des alliances.",
    "Cliente abituale, viene con sua moglie per le fedi.",
    "Cliente habitual, viene con su esposa.",
])
def test_a_cliente_with_a_husband_or_in_another_language_stays_readable(text):
    assert "ORIENTATION" not in _kinds(text), spans_of(text)


def test_both_men_and_the_couples_word_in_korean():
    text = "두 분 다 남성분이시고 연인 사이세요, 반지 보러 오셨어요"
    assert whole(text, "두 분 다 남성분이시고 연인", "ORIENTATION"), spans_of(text)


def test_a_russian_spouse_keeps_the_couples_duration_readable():
    text = "Он пришёл со своим мужем, вместе 12 лет, ищут часы."
    assert covered(text, "своим мужем", "ORIENTATION"), spans_of(text)
    assert not covered(text, "вместе 12 лет", "ORIENTATION"), spans_of(text)


def test_a_russian_partner_word_keeps_the_couples_words_that_show_it():
    text = "Он пришёл с партнёром, живут вместе пять лет, ищут кольца."
    assert covered(text, "живут вместе", "ORIENTATION"), spans_of(text)


@pytest.mark.parametrize("text, run, expected", [
    ("madame Roux est passée avec son mari, euh non son compagnon, ils cherchent", "son compagnon", True),
    ("la signora è venuta con il suo compagno", "il suo compagno", True),
    ("il est passé avec son compagnon", "son compagnon", False),
    ("Monsieur Roux vient avec son compagnon", "son compagnon", False),
    ("madame Roux, pour Monsieur Petit et son compagnon", "son compagnon", False),
])
def test_a_tagged_spouse_whose_owner_is_of_the_other_gender(text, run, expected):
    start = text.index(run)
    assert owned_by_other_gender(text, start, start + len(run)) is expected


# --- board seats of a union or a party ----------------------------------------------------------------------

@pytest.mark.parametrize("text, span, kind", [
    ("Mevr. de Wit, tevens bestuurslid FNV, zoekt oorbellen", "bestuurslid FNV", "UNION"),
    ("Er ist Vorstandsmitglied bei ver.di und sammelt Uhren.", "Vorstandsmitglied bei ver.di", "UNION"),
    ("He's a board member of Unite, likes vintage watches.", "board member of Unite", "UNION"),
    ("Elle est membre du bureau de la CFDT.", "membre du bureau de la CFDT", "UNION"),
    ("È nel direttivo della CGIL da anni.", "nel direttivo della CGIL", "UNION"),
    ("Hij is bestuurslid van de VVD in Delft.", "bestuurslid van de VVD", "POLITICS"),
])
def test_a_board_seat_joins_the_union_or_party(text, span, kind):
    assert whole(text, span, kind), spans_of(text)


@pytest.mark.parametrize("text", [
    "Hij is bestuurslid van de tennisclub.",
    "Board member at Shell, likes Rolex.",
    "Vorstandsmitglied bei Siemens, sucht Manschettenknöpfe.",
])
def test_a_board_seat_elsewhere_stays_readable(text):
    assert find_special_categories(text) == [], spans_of(text)


# --- ethnic groups and families ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("elle veut montrer ses origines peules au mariage", "origines peules"),
    ("il est d'origine soninké, famille à Kayes", "d'origine soninké"),
    ("she's of Hausa descent, wedding in Kano", "Hausa descent"),
    ("Famiglia ghanese di Milano, regali per il battesimo", "Famiglia ghanese"),
    ("famille marocaine installée à Lille, cadeaux de l'Aïd", "famille marocaine"),
    ("una familia peruana de Lima, vienen cada año", "familia peruana"),
])
def test_an_ethnic_group_or_a_familys_demonym_is_origin(text, span):
    assert whole(text, span, "ORIGIN"), spans_of(text)


def test_a_client_or_couple_named_by_a_nationality_stays_readable():
    for text in ("Cliente giapponese, alloggia al Bulgari.", "Couple japonais de passage, Birkin 30."):
        assert "ORIGIN" not in _kinds(text), spans_of(text)


# --- a week said with 礼拜 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "就是上礼拜住在半岛酒店那位客人",
    "下个礼拜三再来，这个礼拜没空，两个礼拜以后取货",
    "上個禮拜訂的戒指到了",
])
def test_a_week_said_with_libai_stays_readable(text):
    assert "RELIGION" not in _kinds(text), spans_of(text)


def test_going_to_worship_stays_religion():
    text = "她每个礼拜天去教堂做礼拜"
    assert covered(text, "去教堂做礼拜", "RELIGION"), spans_of(text)


# --- a bracket opened inside a span is closed with it ----------------------------------------------------------

def test_a_span_that_opens_a_bracket_takes_its_closing_one():
    text = "Mevr. de Wit, raadslid (D66) in Leiden, zoekt oorbellen."
    spans = find_special_categories(text)
    assert any(text[s.start : s.end].endswith("(D66)") for s in spans), spans_of(text)
