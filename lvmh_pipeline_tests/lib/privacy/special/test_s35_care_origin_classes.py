"""Art. 9 classes of session 35 (brief A), part 2: health told by its care and origin told by the
family, probed in several languages with phrasings written for this test (none is a note's):

- health in treatment words: cardiac rehabilitation, haemodialysis in Italian, anti-hormone therapy,
  Alcoholics Anonymous meetings, a psychiatrist seen regularly, "has sugar" with a modal particle,
  walking with a cane and a broken hip in Arabic (lexicon 1.33.0);
- a treatment's schedule written right after it ("[dialysis three times a week]", "[con el
  psiquiatra cada 15 días]", "[غسيل كلى مرتين في الأسبوع]") and the words that date one condition by
  another ("[in a wheelchair since the stroke]"): :mod:`special.extent.schedules`;
- origin: a named minority and its language (Kabyle, Tamazight), a family line that "comes from" a
  place ("die Familie stammt aus", "la famille est originaire de": :mod:`special.contexts.origin.ancestry`).

Kept readable: a schedule after a condition that is no treatment ("diabetes, gym twice a week"),
two conditions with a date between them ("diabetes since 2010 and asthma" stays two spans with the
date readable), retail therapy and physiotherapy twice a week (everyday care), a client who "comes
from" a town for a fitting; the family word beside an ethnic term ("Tamil family") stays readable, as
the earlier writers and the suite mark it (tried: it joined no new w38 span).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of, whole

HEALTH = [
    ("Her father does cardiac rehab on Mondays.", "cardiac rehab"),
    ("Il nonno fa emodialisi il giovedì.", "emodialisi"),
    ("지금 항호르몬 치료 중이시다.", "항호르몬 치료"),
    ("Vai às reuniões dos AA às quartas.", "reuniões dos AA"),
    ("Der Opa hat halt Zucker, keine Pralinen.", "hat halt Zucker"),
    ("У неё сахар, без сладкого.", "У неё сахар"),
    ("يمشي بعكاز من يوم انكسر وركه.", "يمشي بعكاز من يوم انكسر وركه"),
    ("مسوي عملية ركبة قبل شهر.", "مسوي عملية ركبة"),
    ("Sigue con el psiquiatra desde enero.", "con el psiquiatra"),
]


@pytest.mark.parametrize(("text", "fact"), HEALTH)
def test_health_in_treatment_words(text: str, fact: str) -> None:
    assert covered(text, fact, "HEALTH"), spans_of(text)


SCHEDULES = [
    ("Fa la dialisi tre volte a settimana, poi riposa.", "dialisi tre volte a settimana"),
    ("Ele faz hemodiálise três vezes por semana no hospital.", "hemodiálise três vezes por semana"),
    ("Sigue con el psiquiatra cada 15 días.", "psiquiatra cada 15 días"),
    ("Elle voit un psychiatre tous les quinze jours.", "psychiatre tous les quinze jours"),
    ("Она на гемодиализе три раза в неделю.", "гемодиализе три раза в неделю"),
    ("يعمل غسيل كلى مرتين في الأسبوع.", "غسيل كلى مرتين في الأسبوع"),
    ("Er geht zur Dialyse dreimal die Woche.", "Dialyse dreimal die Woche"),
    ("He's been in a wheelchair since the stroke last spring.", "wheelchair since the stroke"),
    ("Va en silla de ruedas desde el ictus.", "silla de ruedas desde el ictus"),
    ("Il est en fauteuil depuis son AVC.", "en fauteuil depuis son AVC"),
]


@pytest.mark.parametrize(("text", "fact"), SCHEDULES)
def test_schedule_and_dating_go_with_the_treatment(text: str, fact: str) -> None:
    assert whole(text, fact, "HEALTH"), spans_of(text)


@pytest.mark.parametrize(("text", "readable"), [
    ("She has diabetes, gym twice a week.", "gym twice a week"),
    ("He has diabetes twice a week he checks.", "twice a week"),
    ("Diabetes since 2010 and asthma.", "since 2010 and"),
    ("Retail therapy twice a week, she jokes.", "Retail therapy twice a week"),
    ("Fa fisioterapia due volte a settimana.", "due volte a settimana"),
])
def test_other_schedules_stay_readable(text: str, readable: str) -> None:
    start = text.index(readable)
    found = find_special_categories(text)
    assert not any(s.start < start + len(readable) and start < s.end for s in found), spans_of(text)


ORIGIN = [
    ("أصلها قبايلية وتحكي مع جدتها.", "قبايلية"),
    ("En casa hablan tamazight con la abuela.", "tamazight"),
    ("Die Familie stammt ursprünglich aus Smyrna.", "Familie stammt ursprünglich aus Smyrna"),
    ("Sa famille est originaire de Kabylie, ils y retournent l'été.", "famille est originaire de Kabylie"),
    ("His family is originally from Goa.", "family is originally from Goa"),
]


@pytest.mark.parametrize(("text", "fact"), ORIGIN)
def test_origin_by_family_and_minority(text: str, fact: str) -> None:
    assert covered(text, fact, "ORIGIN"), spans_of(text)


@pytest.mark.parametrize("text", [
    "Her family comes from Lyon for the fitting next week.",
    "She is originally from the sales team in Milan.",
    "The family dinner is at the Ritz on Friday.",
])
def test_trips_and_plain_family_stay_readable(text: str) -> None:
    assert find_special_categories(text) == [], spans_of(text)
