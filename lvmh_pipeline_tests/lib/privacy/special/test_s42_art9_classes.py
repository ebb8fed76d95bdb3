"""Art. 9 classes of session 42 (`w46` notes: special-category data said indirectly and in passing),
probed with phrasings written for this test:

- an elected office a few words from its party, past its town or a filler, either side ("Stadtrat hier
  in Augsburg, SPD", "prefeito numa cidade pequena pelo PSDB", "（九三学社），人大代表", "시의원 보좌관이신데,
  음 국민의힘": :mod:`special.offices.seats`), and a parliamentary group in brackets ("(groupe
  Renaissance)"); not somebody else's office ("le maire", "her son is the mayor");
- an election that is over dates the seat ("선거 끝나고"): no campaign span over the clause;
- prayers counted ("prie 5 fois par jour", "reza 5x"), a pilgrimage walked in every verb form ("font le
  chemin de Compostelle", "fazem o Caminho"), a cleric named with the denomination ("ev. Pfarrerin",
  "pastore valdese"), a fast said after its period ("pendant le Ramadan ... il jeûne en ce moment");
- a union's office after the union, ending its clause ("(UGT, secretario provincial)");
- care told by the hospital that follows a patient, an oncology patient;
- a Japanese aid with its telegraphic verb ("車椅子ご使用"), a Spanish wheelchair without its "en";
- a partner after "con" and an article, of a titled client ("Sig.ra [NAME] vive a Torino con la
  compagna");
- extent: a cue never joins across a bracket or an ampersand ("先生（同性伴侣）"), two religious facts
  never across a preposition of company ("con la parrocchia"), the Dutch "en" splits a span written in
  Dutch;
- the learned tagger: a meeting alone, a specialist's noun after a named person, a verb of being are no
  facts, and a run inside a katakana word takes the whole word.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline.lib.privacy.special.learned.tagger import learned_spans
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of, whole


def _tagged(text: str, language: str) -> list[str]:
    return [text[s.start : s.end] for s in learned_spans(text, language)]


# --- an office beside its party ----------------------------------------------------------------------

@pytest.mark.parametrize("text, office, party", [
    ("Kunde ist Stadtrat hier in Augsburg, SPD, sucht eine Uhr.", "Stadtrat", "SPD"),
    ("cliente é prefeito numa cidade pequena do interior pelo PSDB, quer um relógio", "prefeito", "PSDB"),
    ("la señora es concejala en un pueblo de Toledo, del PSOE, busca un bolso", "concejala", "PSOE"),
    ("Signor [NAME], sindaco di un paese in Puglia, Fratelli d'Italia, cerca un orologio", "sindaco",
     "Fratelli d'Italia"),
    ("李先生：民主党派（九三学社），人大代表。", "人大代表", "九三学社"),
    ("시의원 보좌관이신데, 음 국민의힘 쪽이세요.", "시의원 보좌관", "국민의힘"),
])
def test_an_office_a_few_words_from_its_party_is_its_own_span(text, office, party):
    assert whole(text, office, "POLITICS") and whole(text, party, "POLITICS"), spans_of(text)
    between = text[text.index(office) + len(office) : text.index(party)] if text.index(office) < text.index(party) else ""
    assert not any(w.isalpha() and len(w) > 4 and covered(text, w, "POLITICS") for w in between.split()), spans_of(text)


@pytest.mark.parametrize("text, office", [
    ("Le maire du village était là, elle vote Renaissance.", "maire"),
    ("Her son is a senator, she votes Green.", "senator"),
])
def test_somebody_elses_office_stays_readable(text, office):
    assert not covered(text, office, "POLITICS"), spans_of(text)


@pytest.mark.parametrize("text, span", [
    ("Client : [NAME], député (groupe LFI), Seine-Saint-Denis.", "député (groupe LFI)"),
    ("Sr. [NAME], vereador pela cidade pelo PL, quer um relógio.", "pelo PL"),
])
def test_a_parliamentary_group_or_a_party_after_pelo_is_politics(text, span):
    assert covered(text, span, "POLITICS"), spans_of(text)


def test_an_election_that_is_over_dates_the_seat():
    text = "시의원이셨는데, 음 국민의힘 쪽이고, 선거 끝나고 부부 여행 선물 보러 오심."
    assert covered(text, "국민의힘", "POLITICS"), spans_of(text)
    assert not covered(text, "부부 여행", "POLITICS"), spans_of(text)


# --- practices -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Er betet 5 mal am Tag, bitte einen ruhigen Raum.", "betet 5 mal"),
    ("Elle prie 5 fois par jour, prévoir un salon.", "prie 5 fois"),
    ("Ele reza 5 vezes por dia, precisa de sala.", "reza 5 vezes"),
    ("Hij bidt 5 keer per dag.", "bidt 5 keer"),
    ("Он молится 5 раз в день.", "молится 5 раз"),
    ("Cet été ils font le chemin de Compostelle.", "font le chemin de Compostelle"),
    ("Em julho fazem o Caminho de Santiago.", "fazem o Caminho de Santiago"),
    ("En agosto hacen el Camino con sus hijos.", "hacen el Camino"),
    ("Quest'estate fanno il Cammino di Santiago.", "fanno il Cammino di Santiago"),
    ("Sie ist ev. Pfarrerin in Bonn.", "ev. Pfarrerin"),
    ("Il marito è pastore valdese.", "pastore valdese"),
    ("He's a Methodist minister in Leeds.", "Methodist minister"),
    ("Mi padre es pastor evangélico.", "pastor evangélico"),
])
def test_a_practice_or_a_cleric_of_a_denomination_is_religion(text, span):
    assert covered(text, span, "RELIGION"), spans_of(text)


@pytest.mark.parametrize("text, fast, period", [
    ("Elle revient après le Ramadan, elle jeûne en ce moment, pas de déjeuner.", "jeûne en ce moment", "Ramadan"),
    ("Durante el Ramadán, ayuna, así que citas por la tarde.", "ayuna", "Ramadán"),
])
def test_a_fast_after_its_period_is_the_practice_and_the_period_stays(text, fast, period):
    assert whole(text, fast, "RELIGION"), spans_of(text)
    assert not covered(text, period, "RELIGION"), spans_of(text)


def test_a_fast_for_a_blood_test_stays_readable():
    assert spans_of("Fasting for a blood test before the Christmas dinner.") == []


# --- a union's office -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Sr. [NAME] (UGT, secretario provincial) viene el lunes.", "UGT, secretario provincial"),
    ("Sig. [NAME] (CGIL, segretario provinciale), per un regalo", "CGIL, segretario provinciale"),
    ("Mr [NAME] (GMB, regional organiser) called.", "GMB, regional organiser"),
    ("Fr. [NAME] (ver.di, Bezirksleiterin) ruft zurück.", "ver.di, Bezirksleiterin"),
])
def test_a_unions_office_after_it_joins_it(text, span):
    assert whole(text, span, "UNION"), spans_of(text)


def test_a_club_office_after_a_union_stays_readable():
    text = "Hr. [NAME], IG Metall, Vorsitzender des Tennisclubs."
    assert not covered(text, "Vorsitzender", "UNION"), spans_of(text)


# --- care --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Elle est suivie à l'hôpital Saint-Louis depuis l'an dernier.", "suivie à l'hôpital"),
    ("Onkologische Patientin, bitte ruhiger Raum.", "Onkologische Patientin"),
    ("es paciente oncológico desde 2020, prefiere mañanas", "paciente oncológico"),
    ("Il padre è un ex paziente oncologico, ora sta bene.", "paziente oncologico"),
    ("お父様が車椅子ご使用のため、一階の個室で。", "車椅子ご使用"),
])
def test_care_told_by_its_setting_is_health(text, span):
    assert covered(text, span, "HEALTH"), spans_of(text)


def test_a_spanish_wheelchair_leaves_its_preposition():
    text = "la abuela viene en silla de ruedas, probador grande"
    assert whole(text, "silla de ruedas", "HEALTH") and not covered(text, "en", "HEALTH"), spans_of(text)


# --- partners ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Sig.ra [NAME] vive a Torino con la compagna, regalo per l'anniversario.", "compagna"),
    ("Il signor [NAME] arriva domani con il compagno.", "compagno"),
])
def test_a_partner_after_con_of_a_titled_client(text, span):
    assert covered(text, span, "ORIENTATION"), spans_of(text)


def test_a_classmate_after_con_stays_readable():
    assert spans_of("La signora [NAME], con la compagna di classe della figlia.") == []


# --- extent -------------------------------------------------------------------------------------------------

def test_a_cue_never_joins_across_a_bracket():
    text = "[NAME]先生 & 先生（同性伴侣）来店。"
    assert whole(text, "同性伴侣", "ORIENTATION"), spans_of(text)
    assert not any("先生" in s for s, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, first, second", [
    ("A ottobre va in pellegrinaggio a Loreto con la parrocchia.", "pellegrinaggio a Loreto", "parrocchia"),
    ("Elle va à la messe avec la paroisse.", "va à la messe", "paroisse"),
])
def test_two_religious_facts_never_join_over_a_preposition_of_company(text, first, second):
    assert covered(text, first, "RELIGION") and covered(text, second, "RELIGION"), spans_of(text)
    assert not any(" con " in s or " avec " in s for s, _ in spans_of(text)), spans_of(text)


def test_the_dutch_en_splits_a_dutch_span():
    text = "Ze is geopereerd aan haar knie en loopt met een rollator."
    found = spans_of(text)
    assert covered(text, "geopereerd aan haar knie", "HEALTH") and covered(text, "loopt met een rollator", "HEALTH")
    assert not any(" en " in s for s, _ in found), found


def test_a_french_en_is_no_conjunction():
    text = "Il est en fauteuil en ce moment."
    assert covered(text, "fauteuil", "HEALTH"), spans_of(text)


# --- the learned tagger ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, language, word", [
    ("ele é [UNION], sempre vem depois da assembleia, ahn, quinta à tarde.", "pt", "assembleia"),
    ("ele é [UNION], sempre vem depois da assembleia, ahn, quinta à tarde.", "pt", "sempre"),
    ("Dra. [NAME], psiquiatra, c/ a filha, procura um relógio.", "pt", "psiquiatra"),
    ("Dr [NAME] (cardiologue) passe samedi.", "fr", "cardiologue"),
    ("la remise c'est en juin, son père veut lui offrir une montre", "fr", "est"),
])
def test_the_tagger_reads_no_fact_in_these_words(text, language, word):
    assert not any(word in s for s in _tagged(text, language)), _tagged(text, language)


def test_the_tagger_never_cuts_a_katakana_word():
    text = "あの、パートナーの、えー、ご主人の[NAME]さんと一緒に。"
    for span in learned_spans(text, "ja"):
        assert not (span.start > 0 and "\u30a0" <= text[span.start - 1] <= "\u30ff" and "\u30a0" <= text[span.start] <= "\u30ff")
        assert not (span.end < len(text) and "\u30a0" <= text[span.end] <= "\u30ff" and "\u30a0" <= text[span.end - 1] <= "\u30ff")


def test_a_psychiatrist_seen_is_still_health():
    assert find_special_categories("Elle voit un psychiatre pour sa dépression.")
