"""Art. 9 classes of session 41's forms round (English, German and Portuguese notes: a practice
described in several words, a party office or a seat written before its party, an origin in one word,
false friends), probed with phrasings written for this test:

- a pilgrimage told by its route with a verb ("walked the Camino", "=fez o Caminho" written with its
  capital: the Portuguese phrase is also "the way back"), a skull cap and a headscarf worn "now" or with the
  subject after the verb ("trägt sie inzwischen Kopftuch": the lexicon's German ``frames``),
  a Bible study group in Portuguese, volunteering at a place of worship (German "ehrenamtlich",
  Portuguese "voluntária na"), a youth or prayer group at a place of worship;
- a practice by its name: the Daniel fast, sitting shiva, Exerzitien, reading a scripture with
  words between ("liest abends in der Bibel"), Portuguese church ministries, retreats and praise bands,
  "congrega na" (a congregation's name after it), "é TJ", fixed prayer times, fasting on two weekdays;
- a party's donor, door-to-door campaigning, a "Labour man", a party conference, a local branch
  ("im Ortsverband der CDU"), the Monday demonstrations, "ligado ao PSOL", a "cabo eleitoral", a youth
  wing, a party's "bancada", a councillor's shorthand "Cllr", an office inside a party or a seat held
  for it before the party ("deputy leader of the Lib Dems", "Bezirksbürgermeister für die SPD",
  "secretário-geral do PCP"), a British party in a bracket after the ward a seat is for ("Cllr for
  Leith Walk (Labour)": :mod:`special.shorthand.brackets`), a party's benches, a climate march;
- a Portuguese multiple sclerosis by its capitals after "tem" ("tem EM"); an origin in one word:
  Silesian, Frisian in German after its copula (a surname otherwise), the Japanese-Brazilian
  generations, the Pomeranian Brazilians, the Windrush migration, South Asian peoples after a copula;
- a campaign's span ends on its last word, not on the preposition of the date after it
  ("[se candidatar a deputada estadual] em março": :mod:`special.contexts.campaigns`);
- kept readable: a "Diabolo" (a drink, a toy), the "Camino Real" and "Santa Fe", a Frisian surname,
  a language or a script named by a people, a party office word beside no party.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline.lib.privacy.special.shorthand.brackets import party_brackets
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


def _kinds(text: str) -> set[str]:
    return {s.kind for s in find_special_categories(text)}


@pytest.mark.parametrize("text, span", [
    ("her brother walked the Camino in 2019 and wants a keepsake", "walked the Camino"),
    ("he's planning the Camino for his retirement, wants a sturdy strap", "the Camino"),
    ("o sogro fez o Caminho no ano passado, quer uma medalha", "fez o Caminho"),
    ("Hr. [NAME]: Pilgerreise nach Mekka im Frühjahr, danach Termin", "Pilgerreise nach Mekka"),
    ("o noivo usa quipá, então nada de chapéus na prova", "usa quipá"),
    ("Sr. [NAME] – quipás para os padrinhos? não, só o anel", "quipás"),
    ("seit der Konversion trägt sie inzwischen Kopftuch, Seidentücher gern", "trägt sie inzwischen Kopftuch"),
    ("jetzt trägt er Kippa, also keine Hüte", "trägt er Kippa"),
    ("ela participa do estudo bíblico às terças, prefere horário de manhã", "estudo bíblico"),
    ("a avó dá escola dominical na igreja do bairro", "escola dominical"),
    ("er hilft ehrenamtlich in der Synagoge beim Kiddusch", "hilft ehrenamtlich in der Synagoge"),
    ("a mãe é voluntário no templo? não, voluntária na igreja matriz", "voluntária na igreja"),
    ("she runs the youth group at the gurdwara on saturdays", "youth group at the gurdwara"),
    ("the aunt is on the Daniel fast till Easter, water only at the event", "Daniel fast"),
    ("they're sitting shiva until Thursday, call next week", "sitting shiva"),
    ("Fr. [NAME] macht im März Exerzitien, danach Abholung", "Exerzitien"),
    ("er liest abends in der Bibel, ruhiger Typ", "liest abends in der Bibel"),
    ("a filha está na pastoral da juventude da paróquia", "pastoral da juventude"),
    ("o casal vai ao retiro da igreja em julho", "retiro da igreja"),
    ("ele toca no grupo de louvor aos domingos", "grupo de louvor"),
    ("a cliente congrega na Presbiteriana do bairro", "congrega na Presbiteriana"),
    ("o genro é TJ, então nada de cartão de Natal", "TJ"),
    ("she fasts on Mondays and Thursdays, lunch slots are out", "fasts on Mondays"),
    ("er betet zu festen Zeiten, also Termine um elf", "betet zu festen Zeiten"),
])
def test_a_practice_told_in_several_words_is_religion(text, span):
    assert covered(text, span, "RELIGION"), spans_of(text)


@pytest.mark.parametrize("text, span", [
    ("Sr. [NAME], doadora do PSDB há anos, quer um relógio", "doadora do PSDB"),
    ("a cunhada faz campanha porta a porta pelo candidato", "campanha porta a porta"),
    ("er macht gerade Haustürwahlkampf für den Ortsverband", "Haustürwahlkampf"),
    ("she's been door-knocking every evening for the local party", "door-knocking"),
    ("he's deputy leader of the Greens at county hall", "deputy leader of the Greens"),
    ("sie ist Bezirksbürgermeisterin für die Grünen in Mitte", "Bezirksbürgermeisterin für die Grünen"),
    ("er ist Generalsekretär der FDP im Land", "Generalsekretär der FDP"),
    ("ela é secretária-geral do PSD na região", "secretária-geral do PSD"),
    ("o genro é da juventude do PSDB", "juventude do PSDB"),
    ("ele está na Assembleia pelo PL desde 2022", "na Assembleia pelo PL"),
    ("she sits on the opposition benches now", "opposition benches"),
    ("her son is a Plaid member, wants cufflinks", "Plaid member"),
    ("they met at a climate march in Glasgow", "climate march"),
    ("her dad's a Tory man, always has been", "Tory man"),
    ("she's off to the Lib Dem conference in September", "Lib Dem conference"),
    ("er ist seit Jahren im Ortsverband der CDU", "im Ortsverband der CDU"),
    ("sie ging früher zu den Montagsdemos", "Montagsdemos"),
    ("o irmão é ligado ao PSOL, bem engajado", "ligado ao PSOL"),
    ("ela foi cabo eleitoral na última eleição", "cabo eleitoral"),
    ("ele é da ala jovem do PSD", "ala jovem do PSD"),
    ("a tia é vereadora pela bancada do PT", "bancada do PT"),
])
def test_a_party_office_or_activity_is_politics(text, span):
    assert covered(text, span, "POLITICS"), spans_of(text)


@pytest.mark.parametrize("text, span", [
    ("Client: Cllr for Leith Walk (Labour), wants a pen", "Cllr for Leith Walk (Labour)"),
    ("Councillor for the North Ward (Conservative) – cufflinks", "Councillor for the North Ward (Conservative)"),
    ("Cllr [NAME] (Greens) picked up the watch", "Greens"),
])
def test_a_british_party_in_a_bracket_after_a_seat(text, span):
    assert covered(text, span, "POLITICS"), spans_of(text)


def test_a_bracket_without_a_seat_is_no_party():
    assert party_brackets("Kelly 28 (Green), Birkin 30 (Gold)", []) == []
    assert "POLITICS" not in _kinds("Colour: Vert Bosphore (Green), size 90")


@pytest.mark.parametrize("text, span, kind", [
    ("his mum's Silesian, she still cooks the old dishes", "Silesian", "ORIGIN"),
    ("die Schwiegermutter ist Friesin, von Föhr", "Friesin", "ORIGIN"),
    ("er ist Nordfriese und spricht Friesisch mit der Oma", "Nordfriese", "ORIGIN"),
    ("Sra. [NAME], yonsei, bisavós vieram de Kumamoto", "yonsei", "ORIGIN"),
    ("her grandparents came over on the Windrush in '48", "came over on the Windrush", "ORIGIN"),
    ("he's Gujarati, the whole family came from Kenya", "Gujarati", "ORIGIN"),
    ("they're Punjabi, big wedding in the spring", "Punjabi", "ORIGIN"),
    ("a noiva é pomerana, do interior do Espírito Santo", "pomerana", "ORIGIN"),
    ("a sogra tem EM há dez anos, vem de cadeira", "EM", "HEALTH"),
])
def test_an_origin_or_a_condition_said_in_one_word(text, span, kind):
    assert covered(text, span, kind), spans_of(text)


@pytest.mark.parametrize("text", [
    "two Diabolo menthe for the children while they wait",
    "Noch einen Diabolo für die Kleine, dann Anprobe",
    "she stayed at the Camino Real in Santa Fe, loved the turquoise",
    "Herr Friese holt die Uhr Donnerstag ab",
    "im Winter trägt sie gern das Kopftuch von Hermès",
    "engraving in Gujarati script on the back",
    "the Punjabi restaurant on the corner does the catering",
    "she's the leader of the sales team, wants a Tank",
    "fez o caminho de volta para a loja às 18h",
    "ela é voluntária na creche do bairro",
    "he's the chair of the green committee at his golf club",
    "she's a delegate to the green summit at her school",
    "o lulu da pomerânia dela veio junto, muito fofo",
    "das Buch liest sich gut, sagt sie, im Urlaub",
    "a saia está ligada ao verde do lenço, mesma coleção",
    "er ist im Ortsverein der Schützen Kassenwart",
    "ela tem em casa um cofre para as joias",
    "fez um retiro espiritual no spa, voltou ótima",
    "o inventário da loja congrega marcas de luxo e relojoaria",
    "o recurso está no TJ do Rio, diz o advogado",
])
def test_false_friends_stay_readable(text):
    assert not _kinds(text), spans_of(text)


@pytest.mark.parametrize("text, last", [
    ("a tia vai se candidatar a deputada estadual em março, quer brincos", "estadual"),
    ("he's running for county commissioner in the fall, wants a watch", None),
])
def test_a_campaign_span_never_ends_on_a_dangling_preposition(text, last):
    spans = [text[s.start:s.end] for s in find_special_categories(text) if s.kind == "POLITICS"]
    assert spans, spans_of(text)
    assert not any(span.split()[-1].lower() in {"em", "in", "no", "na", "the", "for"} for span in spans), spans
    if last:
        assert any(span.endswith(last) for span in spans), spans
