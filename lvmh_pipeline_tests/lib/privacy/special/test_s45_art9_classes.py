"""Art. 9 classes of session 45 (`w49` notes), probed with phrasings written for this test:

- an elected office that designates the note's person with a clause-opening definite article, no
  party in sight ("the councillor, ...", "la sindaca ...", "het raadslid ..."): POLITICS; a bare title
  before a name, an office after a preposition and "onorevole" stay readable;
- a party group's leader or the faction itself ("fractieleider", "Fraktionschefin", "от фракции");
- a treatment told with its verb or stage ("finished IVF", "fazendo diálise", "tratamento de
  fertilidade", "teve AVC");
- religious practice as a verb or a destination ("observes Ekadashi", "auf Hadsch", "naar Fatima",
  "osserva il digiuno", "要斋戒");
- a diaspora noun with its country ("캐나다 교포");
- a same-sex partner said with a code-switched English noun after a possessive that shows the owner
  ("zijn boyfriend", "ihre Girlfriend"), and a spouse of the woman named "la doctora [NAME]";
- a Catholic university named by its short name ("mestrado na Católica"): no faith;
- an Arabic span starts after the conjunction "و" glued to its first word.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline.lib.privacy.special.offices.designations import office_designations
from lvmh_pipeline.lib.privacy.special.original import _without_conjunction
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


def _spans(text: str) -> list[tuple[str, str]]:
    return [(kind, words) for words, kind in spans_of(text)]


@pytest.mark.parametrize("text, words", [
    ("ok so the councillor, Mr [NAME], wants a quiet watch for the spring.", "the councillor"),
    ("alors la sénatrice, madame [NAME], repasse mardi pour le bracelet.", "la sénatrice"),
    ("allora il sindaco [NAME] vuole una cintura per Natale.", "il sindaco"),
    ("pues el alcalde, el señor [NAME], quiere un reloj sobrio.", "el alcalde"),
    ("então o vereador [NAME] veio com a filha.", "o vereador"),
    ("nou het raadslid, meneer [NAME], komt donderdag terug.", "het raadslid"),
    ("also der Landrat, Herr [NAME], möchte Manschettenknöpfe.", "der Landrat"),
])
def test_office_designated_by_its_article_is_politics(text: str, words: str) -> None:
    assert ("POLITICS", words) in _spans(text)


@pytest.mark.parametrize("text", [
    "She wants a gift for the mayor of her town.",                 # after a preposition: somebody else's
    "Senator [NAME]'s office booked the fitting.",                 # a bare title of address
    "Councillor [NAME] came in with his daughter.",                # a bare title of address
    "the senator's wife came back for the scarf.",                 # the senator's spouse is the client
    "ecco l'onorevole [NAME] con la segretaria.",                  # a title of courtesy
    "Geschenk für die scheidende Bürgermeisterin der Gemeinde.",   # after a preposition and an adjective
    "Wethouder [NAME] belde over de levering.",                    # a bare title of address
])
def test_office_without_a_designating_article_stays_readable(text: str) -> None:
    assert not [kind for kind, _ in _spans(text) if kind == "POLITICS"]


def test_office_designations_keeps_existing_spans_and_adds_one() -> None:
    text = "so the councillor, Green, came in"
    party = PiiSpan(text.index("Green"), text.index("Green") + 5, "POLITICS")
    out = office_designations(text, [party])
    assert [text[s.start : s.end] for s in out] == ["the councillor", "Green"]
    assert office_designations("nothing political here", []) == []


@pytest.mark.parametrize("text, words, kind", [
    ("Ze is fractieleider in de gemeenteraad sinds mei.", "fractieleider", "POLITICS"),
    ("Sie ist Fraktionschefin im Landtag.", "Fraktionschefin", "POLITICS"),
    ("Он избран от фракции в прошлом году.", "от фракции", "POLITICS"),
    ("She finished her IVF in March, no perfume samples.", "finished her IVF", "HEALTH"),
    ("ele está fazendo diálise, prefere a manhã.", "fazendo diálise", "HEALTH"),
    ("ela faz tratamento de fertilidade, nada de perfume.", "tratamento de fertilidade", "HEALTH"),
    ("o pai teve AVC no ano passado.", "teve AVC", "HEALTH"),
    ("Il marito fa la dialisi il lunedì.", "fa la dialisi", "HEALTH"),
    ("He observes Ekadashi, so no lunch meetings that day.", "observes Ekadashi", "RELIGION"),
    ("Er war letztes Jahr auf Hadsch.", "auf Hadsch", "RELIGION"),
    ("Ze gaat in mei naar Fatima met haar moeder.", "naar Fatima", "RELIGION"),
    ("la cliente osserva il digiuno in quel mese.", "osserva il digiuno", "RELIGION"),
    ("她过节期间要斋戒，那几天不约。", "要斋戒", "RELIGION"),
    ("고객님은 캐나다 교포이시고 서울 방문 중.", "캐나다 교포", "ORIGIN"),
])
def test_w49_classes_are_caught(text: str, words: str, kind: str) -> None:
    assert covered(text, words, kind), _spans(text)


@pytest.mark.parametrize("text, words", [
    ("Hij zoekt een horloge voor zijn boyfriend, iets sportiefs.", "zijn boyfriend"),
    ("Sie sucht eine Tasche für ihre Girlfriend zum Jahrestag.", "ihre Girlfriend"),
    ("bueno, la doctora [NAME], viene con su mujer a elegir los anillos.", "su mujer"),
])
def test_same_sex_partner_shown_by_owner(text: str, words: str) -> None:
    assert covered(text, words, "ORIENTATION"), _spans(text)


@pytest.mark.parametrize("text", [
    "Hij zoekt een horloge voor haar boyfriend, zijn zus.",   # her boyfriend: no same-sex pair said
    "la doctora le dijo que su mujer debe descansar.",        # the doctor is a third person
    "el doctor [NAME] viene con su mujer.",                   # a man and his wife
])
def test_opposite_sex_or_unclear_partner_stays_readable(text: str) -> None:
    assert "ORIENTATION" not in {k for k, _ in _spans(text)}


@pytest.mark.parametrize("text", [
    "A filha termina o mestrado na Católica em junho.",
    "Il figlio studia alla Cattolica di Milano.",
    "Su hija estudia en la Católica, en Santiago.",
])
def test_catholic_university_short_name_is_no_faith(text: str) -> None:
    assert "RELIGION" not in {k for k, _ in _spans(text)}


def test_catholic_faith_beside_the_university_still_caught() -> None:
    text = "Ela é católica praticante e a filha faz mestrado na Católica."
    assert _spans(text) == [("RELIGION", "católica praticante")]


@pytest.mark.parametrize("text, first", [
    ("الوالد مرتاح ومسوي عملية بالركبة من سنة", "مسوي عملية"),
    ("وتعالج من الاكتئاب من سنتين", "تعالج من الاكتئاب"),
])
def test_arabic_span_starts_after_glued_and(text: str, first: str) -> None:
    spans = find_special_categories(text)
    assert spans and all(not text[s.start : s.end].startswith("و") for s in spans)
    assert any(text[s.start : s.end].startswith(first) for s in spans)


@pytest.mark.parametrize("text, start, expected", [
    ("ومسوي عملية", 0, 1),   # "and" + a verb: the span starts on the verb
    ("ورم في الرأس", 0, 0),  # a tumour: the letter is the word's own
    ("وزن زائد", 0, 0),      # a weight: the word's own
    ("وكل", 0, 0),           # fewer than three letters after it: left as it is
    ("سكري", 0, 0),          # no conjunction
])
def test_without_conjunction(text: str, start: int, expected: int) -> None:
    assert _without_conjunction(text, start, len(text)) == expected


@pytest.mark.parametrize("text, words", [
    ("Ele é dirigente sindical (CGTP) há anos.", "dirigente sindical (CGTP)"),
    ("他是工会主席（市总工会），周末开会。", "工会主席（市总工会）"),
    ("She is a shop steward (GMB) at the depot.", "shop steward (GMB)"),
])
def test_union_role_takes_its_bracketed_name(text: str, words: str) -> None:
    assert ("UNION", words) in _spans(text)


@pytest.mark.parametrize("text, kept", [
    ("she's a shop steward (since 2019) at the plant", "(since 2019)"),
    ("Er ist Gewerkschafter (seit zehn Jahren), lacht darüber.", "(seit zehn Jahren)"),
])
def test_union_role_leaves_a_remark_in_brackets(text: str, kept: str) -> None:
    assert all(kept not in words for _, words in _spans(text))
    assert any(kind == "UNION" for kind, _ in _spans(text))


def test_union_brackets_unit() -> None:
    from lvmh_pipeline.lib.privacy.special.shorthand.union_names import union_brackets

    text = "delegada sindical (UGT) en la planta"
    role = PiiSpan(0, len("delegada sindical"), "UNION")
    assert union_brackets(text, [role]) == [PiiSpan(0, text.index(")") + 1, "UNION")]
    other = PiiSpan(0, len("delegada sindical"), "HEALTH")
    assert union_brackets(text, [other]) == [other]
