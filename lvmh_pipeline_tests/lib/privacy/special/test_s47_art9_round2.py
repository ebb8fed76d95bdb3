"""Art. 9 classes of session 47, round 2 (own evaluation file on health, partners and offices), probed
with phrasings written for this test:

- a religious office stated of someone of the note, with its place or its ordination verb (dev
  writers: 32 marked, the rest recipients or passers-by) — :mod:`special.offices.clergy`;
- an acute event (stroke, heart attack) with its verb and its date (dev writers: 14 of 16 dated
  events marked with the date) — :mod:`special.extent.dated`.

Counted and left as they are: an elected office, its body and its party as one span (dev writers 85
joined, 11 apart) — a rule for it put the held-out PT over-redaction over its floor (its writers mark
the office and the party apart), so they stay separate spans with the words between readable;
keeping halal or kosher is the diet only (dev: RELIGION on 0 of 192 halal notes, 2 of 79 kosher
notes); coeliac disease is the gluten allergy only (112 against 11).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


@pytest.mark.parametrize("text, words", [
    ("o vereador, o Paulo Reis, do PT, veio ontem", "o Paulo Reis, "),  # a name between: two spans
    ("la senatrice Bianchi, del PD, ha chiamato", "Bianchi, "),
])
def test_name_between_office_and_party_stays_apart(text: str, words: str) -> None:
    assert not covered(text, words, "POLITICS"), spans_of(text)


@pytest.mark.parametrize("text", [
    "he talked about a senator in the news, nothing personal",
    "a member of the tennis club, Greek by nationality",
    "visitó el ayuntamiento con su socio para el aniversario",
])
def test_no_office_no_politics(text: str) -> None:
    assert not any(kind == "POLITICS" for _, kind in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, words", [
    ("her uncle is the parish priest in Galway, wants a watch", "parish priest in Galway"),
    ("his son is being made a deacon in June", "being made a deacon"),
    ("su tío es párroco en Toledo", "párroco en Toledo"),
    ("sa sœur est devenue pasteur à Nîmes", "devenue pasteur à Nîmes"),
    ("ihr Onkel ist Pfarrer in Passau", "Pfarrer in Passau"),
    ("il cugino è diventato parroco a Lecce", "diventato parroco a Lecce"),
    ("o tio é pastor em Niterói", "pastor em Niterói"),
    ("haar oom is dominee in Zwolle", "dominee in Zwolle"),
    ("дядя — священник в Суздале", "священник в Суздале"),
    ("عمها صار مطران", "صار مطران"),
    ("叔父が住職を継いだので", "住職を継いだ"),
    ("她舅舅是牧师", "是牧师"),
    ("삼촌이 목사님이세요", "목사님이세요"),
])
def test_religious_office_of_someone(text: str, words: str) -> None:
    assert covered(text, words, "RELIGION"), spans_of(text)


@pytest.mark.parametrize("text", [
    "a gift for the pastor, he retires",  # a recipient, no copula
    "es padre de tres hijos",  # a father, not a priest
    "the minister gave a speech on the news",  # no religious office
    "the gift was the priest's idea",
])
def test_no_religious_office(text: str) -> None:
    assert not any(kind == "RELIGION" for _, kind in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, words", [
    ("his mother had a stroke last winter, so ground floor please", "had a stroke last winter"),
    ("su abuelo sufrió un infarto hace tres años", "sufrió un infarto hace tres años"),
    ("son père a fait un AVC il y a deux ans", "fait un AVC il y a deux ans"),
    ("il nonno ha avuto un ictus l'anno scorso", "ha avuto un ictus l'anno scorso"),
    ("o avô teve um AVC há dois anos", "teve um AVC há dois anos"),
    ("der Vater hatte letztes Jahr … nein: hatte einen Herzinfarkt vor zwei Jahren", "hatte einen Herzinfarkt vor zwei Jahren"),
    ("zijn vader heeft twee jaar geleden een beroerte gehad", "twee jaar geleden een beroerte gehad"),
    ("у мамы был инфаркт в прошлом году", "был инфаркт в прошлом году"),
    ("外公前年中风了，行动不便", "前年中风了"),
    ("할머니가 재작년에 뇌졸중 오셔서", "재작년에 뇌졸중 오셔서"),
])
def test_acute_event_with_its_date(text: str, words: str) -> None:
    assert covered(text, words, "HEALTH"), spans_of(text)


@pytest.mark.parametrize("text, words", [
    ("diabetic for years; the party is in March", "in March"),
    ("he had a stroke. In March he turns seventy", "In March"),
    ("sua madre ha avuto un ictus a marzo, niente scale", "ha avuto"),  # a month alone: the verb stays
])
def test_a_date_of_something_else_stays(text: str, words: str) -> None:
    assert not covered(text, words, "HEALTH"), spans_of(text)


@pytest.mark.parametrize("text", [
    "disse logo: não estou grávida, só cansada",  # a first-person copula before the denied state
    "no estoy embarazada, es el abrigo",
    "「妊娠はしておりません」とのこと",  # the state denied with its verb
])
def test_denied_pregnancy_stays(text: str) -> None:
    assert not any(kind == "HEALTH" for _, kind in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, words", [
    ("ela está grávida de seis meses", "grávida"),
    ("いま妊娠しています", "妊娠"),
])
def test_stated_pregnancy_kept(text: str, words: str) -> None:
    assert covered(text, words, "HEALTH"), spans_of(text)
