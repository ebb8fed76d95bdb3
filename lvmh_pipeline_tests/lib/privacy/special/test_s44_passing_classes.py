"""Art. 9 classes of session 44 (a file of notes written before reading any code: special-category
data said in passing), probed with phrasings written for this test:

- a same-sex partner shown by the subject's participle or pronoun ("è passata con la moglie", "elle est revenue avec sa compagne", "ela chegou com a
  noiva"), by a young man's own noun ("un ragazzo … per il suo ragazzo"), and in Chinese by the title
  after the name ("[NAME]先生 … 送男友"); never where the note states the orientation already, nor for
  a relative's partner or an opposite-sex one;
- a clergy title opening the client's line ("Client: Rabbi [NAME]", "Pe. [NAME]") and a role in a
  faith community ("the synagogue's cantor"); a title of someone only mentioned stays;
- a dated election set after an office and its party, its own span ("Gemeinderat, SPD, Kommunalwahl
  im März"); an office in a false start; a candidacy verb before its seat;
- a pregnancy's week or month said before it, maternity protection, antenatal check-ups, a phased
  return to work, a weak hand said after its side;
- decoys: a church hall as a venue, a place of care "not as a patient", "pressure at work", an
  Arabic "not a patient"; a parent living with the client is no partner;
- a Japanese compound the tagger cuts is made whole; a faith's office after の in Japanese and 的 in Chinese;
- "食斋" alone is the vegetarian diet (a concept kept readable); "初一十五食斋" stays a practice.
"""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline.lib.privacy.special.extent.workplaces import workplace_spans
from lvmh_pipeline.lib.privacy.special.learned.guards import whole_kanji
from lvmh_pipeline.lib.privacy.spans import PiiSpan


def _spans(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in find_special_categories(text)]


def _has(text: str, kind: str, words: str) -> bool:
    """Is ``words`` inside a span of ``kind``?"""
    return any(k == kind and words in t for k, t in _spans(text))


def _kinds(text: str) -> set[str]:
    return {kind for kind, _ in _spans(text)}


# --- partners shown by the subject's gender -------------------------------------------------------------

def test_feminine_participle_and_a_female_partner() -> None:
    assert _has("allora la signora, ehm, è passata ieri con la moglie per vedere le fedi", "ORIENTATION", "moglie")
    assert _has("euh elle est revenue hier avec sa compagne pour les alliances", "ORIENTATION", "compagne")


def test_masculine_participle_and_a_male_partner() -> None:
    assert _has("è arrivato ehm col suo compagno, cercano due orologi", "ORIENTATION", "compagno")


def test_portuguese_pronoun_with_a_verb_of_coming() -> None:
    assert _has("então, ela chegou com a noiva, querem alianças de ouro branco", "ORIENTATION", "noiva")
    assert _has("ele passou aqui com o namorado ontem à tarde", "ORIENTATION", "namorado")


def test_a_young_mans_boyfriend() -> None:
    assert _has("un ragazzo giovane, vuole un bracciale per il suo ragazzo, sei mesi insieme", "ORIENTATION", "ragazzo")


def test_chinese_title_and_partner_of_the_same_gender() -> None:
    assert _has("客户：[NAME]先生，想送男友一块手表，预算三万。", "ORIENTATION", "男友")
    assert _has("[NAME]女士来店，给女朋友挑项链。", "ORIENTATION", "女朋友")


def test_opposite_sex_relatives_and_stated_orientation_stay() -> None:
    assert "ORIENTATION" not in _kinds("Sig.ra [NAME] è passata con il marito per l'anniversario.")
    assert "ORIENTATION" not in _kinds("la signora è arrivata con la moglie del figlio")
    assert "ORIENTATION" not in _kinds("è venuta con la ragazza che lavora in negozio")
    assert "ORIENTATION" not in _kinds("ela chegou com o marido, querem um relógio")
    assert "ORIENTATION" not in _kinds("[NAME]先生和太太来店，给儿子的女朋友买礼物")
    assert "ORIENTATION" not in _kinds("[NAME]女士，给男朋友买袖扣")
    assert not _has("Mi ha detto che sono una coppia gay; è passato con il compagno.", "ORIENTATION", "compagno")


# --- clergy titles and faith roles ------------------------------------------------------------------------

def test_clergy_title_opening_the_clients_line() -> None:
    assert ("RELIGION", "Rabbi") in _spans("Client: Rabbi [NAME] – wants a kiddush cup, budget 900.")
    assert ("RELIGION", "Pe.") in _spans("Pe. [NAME] – presente para o aniversário da irmã.")
    assert ("RELIGION", "Pastorin") in _spans("Pastorin [NAME]: Uhr für den Sohn, Budget 1.000 €.")


def test_a_title_of_someone_mentioned_stays() -> None:
    assert _spans("She was referred by Father [NAME] from the school board.") == []
    assert _spans("Loves the Institut Pasteur exhibition and Don Giovanni.") == []


def test_role_in_a_faith_community() -> None:
    assert _has("Gift for the synagogue's cantor, retiring in June.", "RELIGION", "cantor")


def test_faith_office_after_a_particle() -> None:
    assert _has("田中様は天理教の世話人をされていて、毎月忙しい。", "RELIGION", "の世話人")
    assert _has("李先生是基督教会的长老，周日不来。", "RELIGION", "的长老")


# --- elections and offices --------------------------------------------------------------------------------

def test_dated_election_after_an_office_and_its_party() -> None:
    spans = _spans("Hr. [NAME] – Gemeinderat für die SPD, Kommunalwahl im März, danach gern Termin.")
    assert ("POLITICS", "Kommunalwahl im März") in spans
    assert ("POLITICS", "7월 선거") in _spans("[NAME] 고객님 – 시의원(국민의힘), 7월 선거 때문에 바쁘심.")
    assert ("POLITICS", "選挙は10月") in _spans("[NAME]様—区議会議員(公明党)、選挙は10月なので9月は不可。")


def test_an_election_told_elsewhere_stays() -> None:
    spans = _spans("Mr [NAME], Tory councillor, joked about the elections with my colleague.")
    assert all("election" not in text for _, text in spans)


def test_office_in_a_false_start() -> None:
    assert ("POLITICS", "vereadora estadual") not in _spans("é vereadora, casada, mora em Niterói")
    spans = _spans("ela é deputada estadual, não, não, deputada federal pelo PT, e quer um colar")
    assert ("POLITICS", "deputada estadual") in spans or _has("ela é deputada estadual, não, não, deputada federal pelo PT, e quer um colar", "POLITICS", "deputada estadual")


def test_sat_in_parliament_and_a_run_for_the_council() -> None:
    assert "POLITICS" in _kinds("He sat in the Commons for a decade, now retired.")
    assert ("POLITICS", "runs for council") in _spans("She runs for council next spring, busy weekends.")


def test_city_delegate_beside_the_party() -> None:
    assert _has("Fr. [NAME] – Stadtverordnete der Linken. Sucht Ohrringe.", "POLITICS", "Stadtverordnete")


# --- health said by its week, its leave or its paperwork -------------------------------------------------

def test_pregnancy_week_or_month_before_it() -> None:
    assert _has("sie ist in der achten Woche schwanger und braucht einen Stuhl", "HEALTH", "in der achten Woche schwanger")
    assert _has("ze is in de tiende week zwanger, dus graag zitten", "HEALTH", "in de tiende week zwanger")


def test_maternity_protection_and_antenatal_checks() -> None:
    assert "HEALTH" in _kinds("Kollegin geht ab April in den Mutterschutz, Geschenk vorher.")
    assert "HEALTH" in _kinds("she has antenatal appointments on Tuesdays, so Wednesday works")
    assert "HEALTH" in _kinds("화요일마다 산부인과 검진이 있으셔서 수요일 방문")
    assert "HEALTH" in _kinds("她每周三要去产检，周四再来")


def test_phased_return_and_a_weak_hand() -> None:
    assert "HEALTH" in _kinds("hij is aan het re-integreren na zijn ziekte, budget 800")
    assert "HEALTH" in _kinds("stufenweise Wiedereingliederung seit Mai")
    assert _has("After the accident, right hand weak – no tiny clasps.", "HEALTH", "right hand weak")


def test_ivf_with_a_particle_in_chinese() -> None:
    assert "HEALTH" in _kinds("她说她做了试管，现在不能久站")


# --- decoys ------------------------------------------------------------------------------------------------

def test_church_hall_as_a_venue_stays() -> None:
    assert _spans("The christening lunch is in the church hall on Elm Road, 40 guests.") == []


def test_place_of_care_not_as_a_patient() -> None:
    text = "er kommt gerade aus dem Krankenhaus, aber nicht als Patient, er liefert dort Blumen"
    assert any("Krankenhaus" in text[a:b] for a, b in workplace_spans(text))
    assert "HEALTH" not in _kinds(text)


def test_arabic_not_a_patient() -> None:
    assert "HEALTH" not in _kinds("تشتغل بالمستشفى بس مو مريضة")
    assert "HEALTH" not in _kinds("هو مش مريض سكر، بس يحب الأكل الصحي")


def test_parent_living_with_the_client_is_no_partner() -> None:
    assert "ORIENTATION" not in _kinds("ihre Mutter ist krank und lebt jetzt bei ihr, sie sucht ein Medaillon")


def test_pressure_at_work_is_no_condition() -> None:
    assert "HEALTH" not in _kinds("Mucha presión en el trabajo, visita corta.")


# --- the tagger's cut Japanese compounds --------------------------------------------------------------------

def test_whole_kanji_extends_a_cut_compound_in_japanese_only() -> None:
    text = "父が最近病院に入院して"
    assert [(s.start, s.end) for s in whole_kanji(text, [PiiSpan(7, 8, "HEALTH")])] == [(7, 9)]
    assert [(s.start, s.end) for s in whole_kanji("他在医院住院治疗", [PiiSpan(4, 5, "HEALTH")])] == [(4, 5)]
    merged = whole_kanji("最近施設に入られて", [PiiSpan(2, 3, "HEALTH"), PiiSpan(4, 8, "HEALTH")])
    assert [(s.start, s.end) for s in merged] == [(2, 8)]


def test_a_vegetarian_fast_word_alone_is_a_diet_its_lunar_practice_a_faith() -> None:
    assert _spans("婆婆食斋，酒席要素菜") == []
    assert _has("婆婆每逢初一十五食斋", "RELIGION", "初一十五食斋")
