"""Art. 9 classes of session 34 (brief A): facts told in everyday paraphrase instead of a label, probed
in several languages with phrasings written for this test (none is a note's):

- health by what is done about it: a medical test or scan by its everyday name ("le hicieron una
  resonancia", "做了胃镜", "أشعة رنين"), a fertility clinic, a cancer clinic, heart or blood-pressure
  pills, hardness of hearing, a wheelchair in the Arabic accusative, a stairlift, a hearing dog, a
  care home, speech therapy, a lost leg (lexicon 1.32.0);
- a faith by its acts: a novena or a vow to Our Lady, Friday night candles, a seminary of priests, a
  meal refused until sunset ("won't eat before sunset", "不吃东西" before "日落":
  :mod:`special.contexts.hours`);
- an origin by the family's community or diaspora ("in der kurdischen Gemeinde", "diaspora libanaise");
- a union by its dues and its works council ("cotisation syndicale", "siège au CSE", "профвзносы"),
  a strike in Korean shorthand ("파업 중");
- a same-sex spouse in Japanese ("彼女の奥さん"), a party by "chez les Verts".

Kept readable (precision): retail therapy, a skin or leather clinic, a job at a nursing home, a
specialist jeweller, a marketing campaign, a party dress, a friend, a meal refused in another clause
than the sunset, a municipality ("Gemeinden"); a language spoken at home stays readable as before (a
rule for heritage languages at home was tried and dropped: it took words the held-out writers leave
readable, and the suite's look-alikes say the same).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

HEALTH = [
    ("Van a una clínica de fertilidad desde hace un año.", "clínica de fertilidad"),
    ("Ela faz tratamento numa clínica de fertilidade em Moema.", "clínica de fertilidade"),
    ("Le hicieron una resonancia de la rodilla, espera resultados.", "resonancia"),
    ("Fez uma ressonância da coluna na semana passada.", "ressonância"),
    ("他上周做了胃镜，最近吃得清淡。", "胃镜"),
    ("أجرى أشعة رنين على الظهر الأسبوع الماضي.", "أشعة رنين"),
    ("Ze wacht op de uitslag van het biopt, liever niets feestelijks.", "biopt"),
    ("Она наблюдается в онкодиспансере, просит без запахов.", "онкодиспансере"),
    ("Takes his heart pills at noon, keep the lunch short.", "heart pills"),
    ("Il est dur d'oreille, parler lentement.", "dur d'oreille"),
    ("Está un poco dura de oído, hablarle despacio.", "dura de oído"),
    ("Il a des soucis de tension, pas de champagne.", "soucis de tension"),
    ("Haar man heeft het aan zijn hart, niet te lang staan.", "het aan zijn hart"),
    ("تستخدم كرسيا متحركا منذ الحادث.", "كرسيا متحركا"),
    ("Her dad has a stairlift now, deliver to the ground floor.", "stairlift"),
    ("He has a hearing dog, the shop must allow it.", "hearing dog"),
    ("She's going in for tests next week, keep it light.", "going in for tests"),
    ("Her mother moved into assisted living in May.", "into assisted living"),
    ("His mum is in a care home in Surrey, gift by post.", "in a care home"),
    ("Speech therapy since the stroke, speaks slowly.", "Speech therapy"),
    ("He can barely see now, large print on the card.", "can barely see"),
    ("Lost a leg in the war, prefers seated fittings.", "Lost a leg"),
    ("Off work with her back, wants delivery.", "Off work with her back"),
]


@pytest.mark.parametrize(("text", "fact"), HEALTH)
def test_health_told_by_its_care(text: str, fact: str) -> None:
    assert covered(text, fact, "HEALTH"), spans_of(text)


RELIGION = [
    ("Vai à novena toda semana com a irmã.", "novena"),
    ("Faz promessa para Nossa Senhora todo ano.", "promessa para Nossa Senhora"),
    ("They light the candles on Friday night, so no dinners then.", "light the candles on Friday"),
    ("Il figlio è entrato in seminario maggiore a Torino.", "seminario maggiore"),
    ("Ihr Sohn ist im Priesterseminar in Trier.", "Priesterseminar"),
    ("She won't eat before sunset this month, lunch meetings off.", "won't eat before sunset"),
    ("Pendant un mois il ne mange pas avant le coucher du soleil.", "ne mange pas avant le coucher du soleil"),
    ("Er isst nichts vor Sonnenuntergang, diesen Monat.", "isst nichts vor Sonnenuntergang"),
    ("Она не ест до заката весь месяц.", "не ест до заката"),
    ("هي لا تأكل قبل المغرب هذا الشهر.", "لا تأكل قبل المغرب"),
    ("这个月日落前不吃东西。", "日落前不吃东西"),
]


@pytest.mark.parametrize(("text", "fact"), RELIGION)
def test_faith_told_by_its_acts(text: str, fact: str) -> None:
    assert covered(text, fact, "RELIGION"), spans_of(text)


ORIGIN = [
    ("Sehr engagiert in der kurdischen Gemeinde, mag Silber.", "kurdischen Gemeinde"),
    ("Sie ist Teil der armenischen Diaspora in Köln.", "armenischen Diaspora"),
    ("Issu de la diaspora libanaise, aime l'or jaune.", "diaspora libanaise"),
    ("Forma parte de la diáspora venezolana en Madrid.", "diáspora venezolana"),
]


@pytest.mark.parametrize(("text", "fact"), ORIGIN)
def test_origin_told_by_its_community(text: str, fact: str) -> None:
    assert covered(text, fact, "ORIGIN"), spans_of(text)


UNION = [
    ("Il siège au CSE de sa boîte, cadeau pour les collègues.", "siège au CSE"),
    ("Elle paie sa cotisation syndicale par prélèvement.", "cotisation syndicale"),
    ("Paga a mensalidade do sindicato em dia.", "mensalidade do sindicato"),
    ("Paga la cuota sindical desde hace años.", "cuota sindical"),
    ("Платит профвзносы исправно.", "профвзносы"),
    ("파업 중이라 평일 방문 가능.", "파업 중"),
    ("Der Gewerkschaftsbeitrag geht vom Lohn ab.", "Gewerkschaftsbeitrag"),
]


@pytest.mark.parametrize(("text", "fact"), UNION)
def test_union_told_by_dues_and_council(text: str, fact: str) -> None:
    assert covered(text, fact, "UNION"), spans_of(text)


def test_same_sex_spouse_in_japanese() -> None:
    text = "彼女の奥さんと一緒に来店、ペアリングを検討。"
    assert covered(text, "彼女の奥さん", "ORIENTATION"), spans_of(text)


def test_party_after_chez() -> None:
    text = "Elle est conseillère municipale chez les Verts, veut un stylo."
    assert covered(text, "chez les Verts", "POLITICS"), spans_of(text)


KEPT = [
    "A bit of retail therapy after the meeting, bought two scarves.",
    "She runs a skin clinic in Chelsea, wants gifts for her staff.",
    "Elle tient une clinique du cuir à Lyon.",
    "For our Christmas campaign she wants 40 cards.",
    "Para a campanha de Natal, 40 cartões.",
    "Sucht ein Partykleid für die Gala.",
    "Ihr Freund aus Studienzeiten kommt mit.",
    "She doesn't eat pork, drinks after sunset on the terrace.",
    "Die bayerischen Gemeinden haben neue Regeln für Märkte.",
    "She works at a nursing home as a manager.",
    "She sees a specialist jeweller in Geneva.",
    "The new kidney-shaped pool at the villa.",
    "He is under a consultant contract with us.",
    "La resonancia del piano en la sala era perfecta.",
    "她在美容诊所工作。",
    "年末キャンペーン用にカード40枚。",
]


@pytest.mark.parametrize("text", KEPT)
def test_false_friends_stay(text: str) -> None:
    assert not find_special_categories(text), spans_of(text)
