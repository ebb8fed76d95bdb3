"""Art. 9 classes of session 46 (`w50` notes), probed with phrasings written for this test:

- a hospital stay with its end or its length ("in hospital until last month", "hospitalisée trois
  semaines en clinique") and a stay at a named place for a condition; the verb of being before the
  stay stays readable (the development writers leave it out);
- a diabetes with its type and its pump told as asides ("diabetic, type one, she has the pump");
- leaving a condition ("sortait d'une dépression", "komt net uit een burn-out"), the Korean verb forms
  of coming out;
- a British seat held now with its party bracket ("sitting MP (Con)"), a Dutch member word before
  its union ("lid CNV");
- a prayer's hour with its time of day ("afternoon prayer time"; not in Japanese), a return from a
  pilgrimage ("return from the hajj", "terugkomst van de hadj");
- a same-sex partner after a possessive that shows both genders in Portuguese ("namorada dela"), and
  after the Russian "свой" where an adjective or a past verb shows the subject's gender;
- a diaspora community: a plural demonym with its town ("marocchini di Torino").

Negatives: a religious holiday alone, a product's nationality, a client's bare nationality, a
politician in a news remark, a business partner, coming out of a meeting, a Dutch "lid" alone.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.origin.diasporas import diaspora_communities
from lvmh_pipeline.lib.privacy.special.extent.diabetes_types import diabetes_types
from lvmh_pipeline.lib.privacy.special.extent.stays import hospital_stays
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


@pytest.mark.parametrize("text, words, kind", [
    # a stay with its end or its length, in every language
    ("she was in hospital until last month, so keep it short", "in hospital until last month", "HEALTH"),
    ("elle a été hospitalisée trois semaines en clinique, donc repos", "hospitalisée trois semaines en clinique",
     "HEALTH"),
    ("estuvo ingresada hasta el mes pasado, viene con su hija", "ingresada hasta el mes pasado", "HEALTH"),
    ("è stata ricoverata fino al mese scorso, niente scale", "ricoverata fino al mese scorso", "HEALTH"),
    ("ela ficou internada até o mês passado, cadeira na loja", "internada até o mês passado", "HEALTH"),
    ("sie lag bis letzten Monat im Krankenhaus, bitte Stuhl", "bis letzten Monat im Krankenhaus", "HEALTH"),
    ("ze lag tot vorige maand in het ziekenhuis, stoel klaarzetten", "tot vorige maand in het ziekenhuis", "HEALTH"),
    ("она лежала в больнице до прошлого месяца, нужен стул", "в больнице до прошлого месяца", "HEALTH"),
    ("كانت في المستشفى حتى الشهر الماضي", "في المستشفى حتى الشهر الماضي", "HEALTH"),
    ("他太太上个月还在住院", "上个月还在住院", "HEALTH"),
    ("he said she's just come out of, um, a stay at the willows, for depression",
     "a stay at the willows, for depression", "HEALTH"),
    ("so she's just out of, um, a stay at the oaks, for anxiety, he wants something calm",
     "a stay at the oaks, for anxiety", "HEALTH"),
    ("elle revient d'un séjour à la Roseraie pour une dépression", "séjour à la Roseraie pour une dépression", "HEALTH"),
    # a diabetes with its type and its pump
    ("her daughter is diabetic, type two, she has the little pump thing, no sweets",
     "type two, she has the little pump thing", "HEALTH"),
    ("la madre, diabética, tipo uno, lleva la bomba, sin dulces", "tipo uno, lleva la bomba", "HEALTH"),
    ("Sie ist Diabetikerin, Typ eins, hat die kleine Pumpe", "Typ eins, hat die kleine Pumpe", "HEALTH"),
    # leaving a condition
    ("elle m'a dit qu'elle sortait d'une dépression l'an dernier", "sortait d'une dépression", "HEALTH"),
    ("dice que salía de una depresión fuerte", "salía de una depresión", "HEALTH"),
    ("ela disse que saiu de uma depressão", "saiu de uma depressão", "HEALTH"),
    ("ze komt net uit een burn-out, dus rustig aan", "komt net uit een burn-out", "HEALTH"),
    # politics and unions in shorthand
    ("Anna = sitting MP (Con), standing again in June", "sitting MP (Con)", "POLITICS"),
    ("Opm.: lid CNV, wil iets sobers", "lid CNV", "UNION"),
    # a prayer's hour and a pilgrimage's return
    ("please avoid the afternoon prayer time for the next visit", "afternoon prayer time", "RELIGION"),
    ("for his return from the hajj next spring", "his return from the hajj", "RELIGION"),
    ("cadeau pour son retour du hadj en mai", "son retour du hadj", "RELIGION"),
    ("geschenk voor haar terugkomst van de hadj", "haar terugkomst van de hadj", "RELIGION"),
    ("Geschenk zu seiner Rückkehr von der Hadsch", "seiner Rückkehr von der Hadsch", "RELIGION"),
    ("подарок к его возвращению из хаджа", "его возвращению из хаджа", "RELIGION"),
    ("为他朝觐归来准备礼物", "朝觐归来", "RELIGION"),
    ("evitare l'orario della preghiera della sera", "orario della preghiera della sera", "RELIGION"),
    ("bitte die abendliche Gebetszeit meiden", "abendliche Gebetszeit", "RELIGION"),
    ("не назначать на время вечерней молитвы", "время вечерней молитвы", "RELIGION"),
    ("预约避开晚上的礼拜时间", "晚上的礼拜时间", "RELIGION"),
    ("هدية بمناسبة رجوعه من الحج", "رجوعه من الحج", "RELIGION"),
    ("ハッジから戻られたお祝い", "ハッジから戻られた", "RELIGION"),
    ("성지순례에서 돌아오신 기념 선물", "성지순례에서 돌아오신", "RELIGION"),
    ("regalo por su regreso del hajj", "regreso del hajj", "RELIGION"),
    # a same-sex partner shown by grammatical gender; coming out with its verb
    ("ela vai casar com a namorada dela em maio", "namorada dela", "ORIENTATION"),
    ("ele veio com o namorado dele, o [NAME]", "namorado dele", "ORIENTATION"),
    ("[NAME], молодая, выбирала серьги для своей девушки", "своей девушки", "ORIENTATION"),
    ("[NAME] выбирал часы для своего парня на годовщину", "своего парня", "ORIENTATION"),
    ("그분이 재작년에 커밍아웃하셨다고 하더라고요", "커밍아웃하셨다고", "ORIENTATION"),
    # a diaspora community
    ("la famiglia [NAME], marocchini di Torino, vogliono un bracciale", "marocchini di Torino", "ORIGIN"),
    ("Les Arméniens de Marseille organisent la fête", "Arméniens de Marseille", "ORIGIN"),
])
def test_session_46_classes_are_redacted(text: str, words: str, kind: str) -> None:
    assert covered(text, words, kind), spans_of(text)


@pytest.mark.parametrize("text", [
    "Gift for Diwali for the whole team, budget open",                  # a religious holiday alone
    "He bought a Swiss watch for his business partner",                 # a product's origin, a partner at work
    "The client mentioned the Prime Minister was on TV last night",     # a politician in a news remark
    "un couple coréen, ils logent au Ritz",                             # a bare nationality
    "monsieur, japonais, il vit à Lyon depuis vingt ans",               # a bare nationality
    "orologi svizzeri di Ginevra per la vetrina",                       # a product's origin
    "he came out of the meeting happy",                                 # leaving a room
    "a stay at the Ritz for the weekend, she loved it",                 # a stay at a hotel
    "Opm.: lid van de golfclub, wil iets sobers",                       # a member of no union
])
def test_session_46_look_alikes_stay_readable(text: str) -> None:
    assert spans_of(text) == []


def test_the_verb_of_being_before_a_stay_stays_readable() -> None:
    text = "il marito è stato ricoverato fino al mese scorso"
    assert ("ricoverato fino al mese scorso", "HEALTH") in spans_of(text)


def test_hospital_stays_grows_only_a_stay() -> None:
    text = "asthma until last month, in hospital for two weeks"
    asthma = PiiSpan(0, 6, "HEALTH")
    stay = PiiSpan(text.index("in hospital"), text.index("in hospital") + 11, "HEALTH")
    out = hospital_stays(text, [asthma, stay])
    assert [text[s.start : s.end] for s in out] == ["asthma", "in hospital for two weeks"]
    assert hospital_stays("nothing here", []) == []


def test_diabetes_types_takes_a_pump_span_inside_and_stops_at_another() -> None:
    text = "diabetic, type one, has an insulin pump"
    spans = [PiiSpan(0, 8, "HEALTH"), PiiSpan(text.index("insulin"), len(text), "HEALTH")]
    assert [text[s.start : s.end] for s in diabetes_types(text, spans)] == [text]
    other = "asthmatic, type one"
    assert diabetes_types(other, [PiiSpan(0, 9, "HEALTH")]) == [PiiSpan(0, 9, "HEALTH")]


def test_diaspora_communities_keeps_existing_spans() -> None:
    text = "i cinesi di Prato"
    origin = PiiSpan(2, 8, "ORIGIN")
    assert diaspora_communities(text, [origin]) == [origin]
    assert diaspora_communities("i cinesi di prato", []) == []


def test_japanese_stay_verbs_and_prayer_hours_stay_the_lexicon_s() -> None:
    # the development writers split 1:1 on a prayer hour's frame; a bare stay takes its verb ending since
    # session 48 (the writers mark it 3:0 after a bare "入院", and leave it out after a longer core)
    assert ("入院されていた", "HEALTH") in spans_of("奥様は先週まで入院されていたとのこと")
    assert ("入院", "HEALTH") in spans_of("心臓の手術で入院されていたとのこと")
    assert ("礼拝の時間", "RELIGION") in spans_of("次回は昼の礼拝の時間を避けてご案内")


def test_a_bracketed_diabetes_type_takes_its_closing_bracket() -> None:
    assert ("Diabetiker (Typ 1)", "HEALTH") in spans_of("Herr [NAME], Diabetiker (Typ 1), mag keine Süßigkeiten")


def test_a_diaspora_place_leaves_a_closing_quote_out() -> None:
    text = "diz sempre 'somos os angolanos da Vila Nova', com orgulho"
    assert [text[s.start : s.end] for s in diaspora_communities(text, [])] == ["angolanos da Vila Nova"]
