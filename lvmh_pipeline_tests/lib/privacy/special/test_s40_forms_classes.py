"""Art. 9 classes of session 40's second Art. 9 round (English, German and Portuguese notes told in
passing, by a treatment, an aid, a place, an office, a partner or an abbreviation), probed with
phrasings written for this test:

- a same-sex spouse joined to the titled client of a CRM line without a possessive ("Mr [NAME] +
  husband", "Fr. [NAME]: Partnerin", "Sra. [NAME] + namorada", "Gift for husband" after "Mr.":
  :mod:`special.shorthand.partners`), and the Portuguese pronoun joined to a spouse after an article
  ("ela e a esposa": :mod:`special.couples.spoken`);
- a party in a bracket after an officeholder: the United States' letter ("Sen. [NAME] (D)"), the
  British abbreviations ("MP (Con.)"), a party with its region ("(PSOL-RJ)", "(PL-SC)":
  :mod:`special.shorthand.brackets`); the "re-elect campaign" shorthand;
- a union's name set after a union word by a comma ("the teachers union, the NEA");
- a strike as the next item of a telegraphic note after the union role, and a strike after a
  preposition of cause ("Druck wegen [dem Streik]": :mod:`special.contexts.strikes`);
- a daily prayer with a spoken particle between ("betet ja fünfmal am Tag": :mod:`special.practice.daily`);
- lexicon: memory care, sick leave for a stated time, "early onset", a refill or a cycle of a
  treatment, a client's own psychologist in Portuguese, the German "Makula" and glucose sensors,
  "she's type 2", Portuguese hospitalisation with its verb, West African peoples, "povo"/"Volk der"
  before a people, refugees in German and Portuguese, the Yiddish "shul", the German abbreviated
  registered partnership, Portuguese teachers' unions;
- kept readable: a school or university named by a faith, pressure at work, an academic chair,
  Black Friday, the São Paulo hospital named "Sírio-Libanês" (the origin itself stays an origin), working for a
  city council.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of, whole


def _kinds(text: str) -> set[str]:
    return {s.kind for s in find_special_categories(text)}


# --- shorthand spouses -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Mr J. [NAME] + husband [NAME], both want the same watch", "husband"),
    ("Mrs [NAME] & wife – matching bangles, June", "wife"),
    ("Client: Mr. [NAME]. Wants a present for husband, 50th bday", "husband"),
    ("Hr. [NAME] + Ehemann, 15. Hochzeitstag", "Ehemann"),
    ("Fr. [NAME]: Partnerin [NAME] kommt zur Anprobe", "Partnerin"),
    ("Hr. [NAME] – Geschenk f. Lebensgefährten? nein: f. Ehemann", "Ehemann"),
    ("Sr. [NAME] + marido, bodas de madeira", "marido"),
    ("Sra. [NAME] e namorada querem anéis iguais", "namorada"),
    ("Mr Alan Reid + partner Thomas, rings", "partner"),
])
def test_a_shorthand_spouse_of_the_titles_gender_is_orientation(text, span):
    assert covered(text, span, "ORIENTATION"), spans_of(text)


@pytest.mark.parametrize("text", [
    "Mrs [NAME] + husband, anniversary in May",
    "Hr. [NAME] + Ehefrau, Termin Freitag",
    "Sra. [NAME] + marido, presente de Natal",
    "Mr & Mrs [NAME] + wife's sister",
    "Mr [NAME], buying for his daughter and husband",
    "Hr. Müller & Partner, Kanzleigeschenk",
    "Mr Reid + partner Anna, rings",
    "Sr. [NAME]: presente p/ filha e marido dela",
])
def test_an_opposite_or_unclear_spouse_stays_readable(text):
    assert "ORIENTATION" not in _kinds(text), spans_of(text)


@pytest.mark.parametrize("text, span", [
    ("ela e a esposa querem renovar os votos em maio", "a esposa"),
    ("ele com o marido, os dois escolheram relógios", "o marido"),
])
def test_a_portuguese_pronoun_joined_to_its_spouse(text, span):
    assert covered(text, span, "ORIENTATION"), spans_of(text)


@pytest.mark.parametrize("text", [
    "ela e a noiva vieram ver os brincos",
    "ela e a esposa do sobrinho passaram aqui",
])
def test_a_bride_or_anothers_spouse_stays(text):
    assert "ORIENTATION" not in _kinds(text), spans_of(text)


# --- party brackets and campaign shorthand -------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Sen. [NAME] (R) asked for cufflinks", "R"),
    ("Rep. [NAME] (D-NY), gift for staffer", "D-NY"),
    ("Congresswoman [NAME] (D-Calif.) will come Friday", "D-Calif"),
    ("Cllr [NAME] (Lab) – retirement gift", "Lab"),
    ("retired MSP (SNP), wants a brooch", "MSP (SNP)"),
    ("Deputada [NAME] (PSOL-RJ) pediu catálogo", "PSOL-RJ"),
    ("Vereador [NAME] (PL-SC), presente p/ esposa", "PL-SC"),
    ("her re-elect campaign starts in spring", "re-elect campaign"),
])
def test_a_bracketed_party_is_politics(text, span):
    assert whole(text, span, "POLITICS"), spans_of(text)


@pytest.mark.parametrize("text", [
    "Mr D. [NAME] (R&D director) wants a watch",
    "Plan B (R) for the delivery",
    "Dona [NAME] (SP), entrega em casa",
    "Size chart (D) attached",
])
def test_a_letter_without_an_office_stays(text):
    assert "POLITICS" not in _kinds(text), spans_of(text)


# --- unions and strikes ---------------------------------------------------------------------------

def test_a_union_named_after_a_union_word():
    text = "active in the teachers union, the NEA, since 2010"
    assert covered(text, "NEA", "UNION"), spans_of(text)


def test_a_contextual_union_word_after_a_comma_alone_stays():
    assert "UNION" not in _kinds("they opened a new fund, Equity Partners, in May")


@pytest.mark.parametrize("text, span", [
    ("Sr. [NAME] – dirigente do SPRC. Greve dia 3, reagendar", "Greve"),
    ("Fr. [NAME], IG-Metall-Betriebsrat. Streik nächste Woche, Termin später", "Streik"),
])
def test_a_strike_opening_the_next_item_after_a_union_role(text, span):
    assert covered(text, span, "UNION"), spans_of(text)


def test_a_strike_after_a_cause_keeps_the_clause_readable():
    text = "er ist Vertrauensmann der IG Metall, hat viel Stress im Job wegen des Streiks, kommt später"
    found = spans_of(text)
    assert covered(text, "des Streiks", "UNION"), found
    assert not any("Stress" in t for t, _ in found), found


def test_a_strike_after_no_union_role_stays():
    assert "UNION" not in _kinds("Sr. [NAME], sócio do clube. Greve dos Correios, entrega atrasa")


# --- daily prayer ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("sie betet ja fünfmal am Tag, also kein Termin mittags", "betet ja fünfmal am Tag"),
    ("ele reza cinco vezes por dia, evitar horário do meio-dia", "reza cinco vezes por dia"),
])
def test_a_daily_prayer_with_its_frequency(text, span):
    assert whole(text, span, "RELIGION"), spans_of(text)


# --- lexicon --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, kind", [
    ("her grandmother is in memory care since the spring", "memory care", "HEALTH"),
    ("he was signed off for six weeks after the accident", "signed off for six weeks", "HEALTH"),
    ("she got signed off for a few months last winter", "signed off for a few months", "HEALTH"),
    ("his mother has early-onset dementia", "early-onset dementia", "HEALTH"),
    ("picked up his insulin refill on the way", "insulin refill", "HEALTH"),
    ("third IVF cycle next month, keep it quiet", "IVF cycle", "HEALTH"),
    ("he's type 2, so no desserts at the dinner", "type 2", "HEALTH"),
    ("quer um mimo pro psicólogo dela", "psicólogo dela", "HEALTH"),
    ("ele tá internado desde segunda", "internado", "HEALTH"),
    ("sie hat es mit der Makula, große Ziffern bitte", "Makula", "HEALTH"),
    ("er trägt einen Glukosesensor, Armband links", "Glukosesensor", "HEALTH"),
    ("the whole family is Fanti, from Cape Coast", "Fanti", "ORIGIN"),
    ("they're Ewe, from Ho", "Ewe", "ORIGIN"),
    ("a avó é do povo Kaingang", "povo Kaingang", "ORIGIN"),
    ("die Mutter gehört zum Volk der Sorben", "Volk der Sorben", "ORIGIN"),
    ("der Großvater kam als Flüchtling nach Hamburg", "als Flüchtling", "ORIGIN"),
    ("os pais vieram como refugiados nos anos 90", "como refugiados", "ORIGIN"),
    ("they go to shul on Shabbat morning", "shul", "RELIGION"),
    ("Fr. [NAME] (eingetr. Lebenspartnersch. seit 2015)", "Lebenspartnersch", "ORIENTATION"),
    ("ela é da direção do SPZN há anos", "SPZN", "UNION"),
])
def test_the_lexicon_forms(text, span, kind):
    assert covered(text, span, kind), spans_of(text)


@pytest.mark.parametrize("text", [
    "the type 2 clasp is the one with the safety catch",
    "an ewe and two lambs on the scarf print",
])
def test_lexicon_forms_need_their_person(text):
    assert not _kinds(text), spans_of(text)


# --- kept readable --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "alumni dinner at her old Catholic school in June",
    "the son studies at a Catholic university in Leuven",
    "die Tochter geht aufs katholische Gymnasium, Abiball im Juli",
    "Abschlussfeier der evangelischen Schule im Mai",
    "a neta estuda no colégio católico do bairro",
    "formou-se na Universidade Católica em julho",
    "she's Black Friday shopping for the whole family",
    "entregar no Hospital Sírio-Libanês, recepção do bloco A",
    "ela é funcionária da Câmara Municipal, no protocolo",
])
def test_institutions_and_days_stay_readable(text):
    assert not _kinds(text) - {"HEALTH"}, spans_of(text)


def test_the_origin_of_the_hospitals_name_is_still_an_origin():
    text = "Sr. [NAME] (sírio-libanês, família de Homs), presente p/ filha"
    assert covered(text, "sírio-libanês", "ORIGIN"), spans_of(text)
