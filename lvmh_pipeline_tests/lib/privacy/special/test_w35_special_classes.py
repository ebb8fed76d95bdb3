"""Art. 9 facts the w35 notes left untouched, session 31 (R2-art9), probed with phrasings written for
this test (none is a note's), in every language where the class exists:

- a union role told as a duty at work in paraphrase: the one who speaks for the workers, leads or
  stages a strike or a walkout, is the workers' side at the wage table, was chosen by the workforce
  to talk pay with management ("speaks for the drivers", "encabezó la huelga", "mène la grève",
  "parla a nome dei lavoratori", "comissão de fábrica", "يمثلهم أمام الإدارة", "근로자 측 대표",
  "员工代表", "коллектив выбрал", "組合側の代表");
- a Russian life partner of the possessive's gender ("его спутник жизни", "её спутница жизни").

Kept readable (precision): a strike that delays a delivery, a client's own salary talk, a
speaker for a brand, a business negotiation, a table booked for dinner, a travel companion.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

UNION = [
    ("Since last year he speaks for the drivers at the depot.", "speaks for the drivers"),
    ("She led the walkout at the call centre in June.", "led the walkout"),
    ("He staged a walkout with the kitchen team.", "staged a walkout"),
    ("She's always at the bargaining table in spring.", "at the bargaining table"),
    ("Él encabezó la huelga de la limpieza en 2019.", "encabezó la huelga"),
    ("Ella habla en nombre de los trabajadores del hotel.", "habla en nombre de los trabajadores"),
    ("C'est elle qui a mené la grève à l'entrepôt.", "a mené la grève"),
    ("Il parle au nom des salariés du site.", "parle au nom des salariés"),
    ("Lui parla a nome dei lavoratori del cantiere.", "parla a nome dei lavoratori"),
    ("Lei ha guidato lo sciopero della mensa.", "ha guidato lo sciopero"),
    ("Ela é da comissão de fábrica há anos.", "comissão de fábrica"),
    ("Ele liderou a greve dos motoristas.", "liderou a greve"),
    ("هي تمثلهم أمام الإدارة من سنتين.", "تمثلهم أمام الإدارة"),
    ("مسؤول عن مفاوضات الأجور في المصنع.", "مفاوضات الأجور"),
    ("공장에서 근로자 측 대표를 맡고 계심.", "근로자 측 대표"),
    ("매년 임금 교섭 때문에 봄에는 바쁘심.", "임금 교섭"),
    ("她是厂里的员工代表，很忙。", "员工代表"),
    ("Его коллектив выбрал на переговоры с руководством.", "коллектив выбрал"),
    ("Она ведёт переговоры о зарплатах в депо.", "переговоры о зарплатах"),
    ("工場では組合側の代表を務めている。", "組合側の代表"),
    ("毎年、交渉の席に着く立場の方。", "交渉の席に着く"),
]


@pytest.mark.parametrize("text,fact", UNION)
def test_union_duties_in_paraphrase(text: str, fact: str) -> None:
    assert covered(text, fact, "UNION"), spans_of(text)


ORIENTATION = [
    ("Заходил с Денисом, его спутник жизни, выбирали кольца.", "его спутник жизни"),
    ("Была с Ольгой — её спутница жизни уже двадцать лет.", "её спутница жизни"),
]


@pytest.mark.parametrize("text,fact", ORIENTATION)
def test_life_partners_of_the_possessives_gender(text: str, fact: str) -> None:
    assert covered(text, fact, "ORIENTATION"), spans_of(text)


LOOKALIKES = [
    "Его спутник в поездке — брат, подарок на юбилей.",
    "Delivery late because of the port strike, call her Monday.",
    "He speaks for the brand at trade fairs, wants cufflinks.",
    "Ella negocia con la empresa su propio sueldo, regalo para su marido.",
    "Il négocie avec la direction pour sa promotion, cadeau pour sa femme.",
    "Lei tratta con l'azienda per un nuovo ufficio, vuole una penna.",
    "Table for two booked at eight, he prefers gold.",
    "Он сам обсуждает свою зарплату с директором, хочет часы.",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_stay_readable(text: str) -> None:
    assert spans_of(text) == []
