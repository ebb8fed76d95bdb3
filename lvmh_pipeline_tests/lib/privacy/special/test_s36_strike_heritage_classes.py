"""Art. 9 classes of session 36 (brief A), read on the `w39` notes and probed with phrasings written
for this test (none is a note's):

- a strike, the membership card or the dues told in their own clause beside a union role of the same
  sentence, with the first word of the date (:mod:`special.contexts.strikes`): a second UNION fact (strikes
  not in English, whose held-out writers keep them readable);
- a heritage language spoken at home or with the elder relatives (:mod:`special.contexts.origin.languages`):
  an ORIGIN fact, the clause that says it;
- a union role with its employer after the Italian "alla" ("RSU alla Ducati": :mod:`special.contexts.workplaces`);
- the generation of an origin joined to it ("재일교포 삼세", "di terza generazione": lexicon 1.35.0);
- a family line said to be from a place with "is" or after "d'" ("la famille est de Kabylie", "la
  famille vient d'Algérie"), and a relative who moved here from a place (:mod:`special.contexts.origin.ancestry`).

Kept readable: a strike with no union word in its sentence (a transport strike delaying a parcel), a
language spoken for service ("speaks French with the advisor", "parle anglais au téléphone"), talking
about a grandmother, a family coming from a town for a fitting.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

STRIKES = [
    ("هو مندوب النقابة في المصنع، والإضراب يوم الأحد.", "والإضراب يوم"),
    ("Il est délégué syndical à l'usine, il a fait la grève de lundi dernier.", "il a fait la grève de lundi dernier"),
    ("Es enlace sindical en la fábrica, estuvo metido en la huelga de marzo.", "estuvo metido en la huelga de marzo"),
    ("Era sindacalista della CGIL, in prima fila agli scioperi del 2010.", "in prima fila agli scioperi del 2010"),
    ("Ele é do sindicato dos bancários, greve amanhã.", "greve amanhã"),
    ("Sie ist Betriebsrätin, diese Woche Streik im Werk.", "diese Woche Streik im"),
    ("Hij is kaderlid van de vakbond, morgen staking bij de haven.", "morgen staking bij de"),
    ("Он председатель профкома, на прошлой неделе забастовка на заводе.", "на прошлой неделе забастовка на"),
    ("남편은 노조 간부인데, 다음 주 파업 때문에 바쁘대요.", "다음 주 파업 때문에"),
    ("他是工会主席，上个月组织罢工。", "上个月组织罢工"),
    ("È delegato sindacale in banca, tessera dal 1995.", "tessera dal"),
    ("Sie ist Vertrauensfrau bei ver.di, Mitgliedsbeitrag seit zwanzig Jahren.", "Mitgliedsbeitrag seit"),
]


@pytest.mark.parametrize(("text", "fact"), STRIKES)
def test_strike_beside_a_union_role(text: str, fact: str) -> None:
    assert covered(text, fact, "UNION"), spans_of(text)


HERITAGE = [
    ("They speak Greek at home with the grandparents.", "speak Greek at home with the grandparents"),
    ("Avec sa grand-mère elle parle kabyle, elle y tient.", "Avec sa grand-mère elle parle kabyle"),
    ("En casa todavía hablan gallego con la abuela.", "En casa todavía hablan gallego con la abuela"),
    ("Con i nonni parla ancora il siciliano.", "Con i nonni parla ancora il siciliano"),
    ("Em casa falam crioulo com os avós.", "Em casa falam crioulo com os avós"),
    ("Zu Hause spricht sie mit der Oma nur Polnisch.", "Zu Hause spricht sie mit der Oma nur Polnisch"),
    ("Thuis spreekt hij Turks met zijn schoonouders.", "Thuis spreekt hij Turks met zijn schoonouders"),
    ("Дома они говорят по-армянски.", "Дома они говорят по-армянски"),
]


@pytest.mark.parametrize(("text", "fact"), HERITAGE)
def test_heritage_language_at_home(text: str, fact: str) -> None:
    assert covered(text, fact, "ORIGIN"), spans_of(text)


LINES = [
    ("La famille est de Kabylie, ils viennent pour le baptême.", "La famille est de Kabylie"),
    ("Sa famille vient d'Algérie, elle adore l'or jaune.", "famille vient d'Algérie"),
    ("Die Oma ist aus Izmir hergezogen, sie liebt Gold.", "Oma ist aus Izmir hergezogen"),
    ("His grandmother moved here from Crete, she loves gold.", "grandmother moved here from Crete"),
]


GENERATIONS = [
    ("재일교포 이세라서 일본어가 더 편하시대요.", "재일교포 이세"),
    ("È una italo-argentina di terza generazione, ama l'oro rosa.", "italo-argentina di terza generazione"),
    ("Sie ist Deutsch-Türkin in dritter Generation.", "Deutsch-Türkin in dritter Generation"),
]


@pytest.mark.parametrize(("text", "fact"), GENERATIONS)
def test_generation_joins_an_origin(text: str, fact: str) -> None:
    assert covered(text, fact, "ORIGIN"), spans_of(text)


@pytest.mark.parametrize(("text", "fact"), LINES)
def test_family_lines(text: str, fact: str) -> None:
    assert covered(text, fact, "ORIGIN"), spans_of(text)


READABLE = [
    "The rail strike delayed the parcel by two days.",
    "Huelga de transportes el jueves, mejor el viernes.",
    "Carnet de fidélité: trois achats, cotisation au club de golf payée.",
    "He speaks French with the advisor, please book Claire.",
    "Il parle anglais au téléphone, français en boutique.",
    "She talks about her grandmother a lot, loves heirlooms.",
    "Elle parle de sa grand-mère, qui lui a laissé une bague.",
    "Habla con su abuela todos los domingos por teléfono.",
    "Elle parle arabe à la maison et anglais au bureau.",
    "The family comes from Lyon for the fitting.",
]


@pytest.mark.parametrize("text", READABLE)
def test_readable(text: str) -> None:
    assert not any(s.kind in ("UNION", "ORIGIN") for s in find_special_categories(text)), spans_of(text)


def test_union_role_with_its_employer_after_alla() -> None:
    text = "Il genero è RSU alla Ducati, niente appuntamenti il venerdì."
    assert covered(text, "RSU alla Ducati", "UNION"), spans_of(text)


def test_english_strike_beside_a_role_stays_readable() -> None:
    text = "Her husband is a union rep at the depot, the strike kept him busy last week."
    assert covered(text, "union rep", "UNION") and not covered(text, "the strike kept him", "UNION"), spans_of(text)
