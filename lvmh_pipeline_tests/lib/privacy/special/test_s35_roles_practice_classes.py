"""Art. 9 classes of session 35 (brief A), part 1: a union, a party and a faith told by a role or a
practice, probed in several languages with phrasings written for this test (none is a note's):

- a union role by its abbreviation beside the union ("DS CFDT", "пред. профкома"), the union in
  everyday words ("bij de bond", Arabic "النقابة", which the niqab no longer takes), a strike joined
  with the particle apart ("staakte ... mee"), a strike ballot (lexicon 1.33.0);
- politics as a career: a run for re-election ("拚連任", "재선에 도전", an office with its re-election), a
  campaign office said as an electoral one ("競選總部", "Wahlkampfbüro"), a party's local section
  ("na concelhia"), a seat "in quota" to a party, a regional assembly entered "from" a party, the
  regional elections with a run again (:mod:`special.contexts.campaigns`);
- a faith by its practice: the five prayers, the Buddhist fast (齋) of the lunar month's days, Lent
  without dairy in Russian, a vow paid by pilgrimage, a clergy office of a named church (the Arabic
  saint's title "مار" included: :mod:`special.original`), the hours kept in a month of fasting
  ("В Рамадан [не звонить до заката]": :mod:`special.contexts.hours`; the month's name stays readable).

Kept readable: a marketing campaign and its headquarters, a board chairman re-elected, a board's
re-election (a bare re-election word is no office), vegetarian days with no faith word ("初一十五吃素",
a diet as the earlier dev writers mark it), the regional
elections talked about without a run, a Ramadan gift box with sunset drinks in another clause, a
compound "Ramadan-Iftar-Dinner" (its parts are the occasion's), a rainbow scarf after a fashion parade
and a rainbow bracelet "in March" (the month is no march: lexicon keep phrases).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

UNION = [
    ("Elle est DS CFDT dans sa boîte depuis deux ans.", "DS CFDT"),
    ("Она пред. профкома в депо.", "пред. профкома"),
    ("Hij is al jaren lid van de bond.", "lid van de bond"),
    ("Zij zit bij de bond, dus niet op vrijdag.", "bij de bond"),
    ("Hij staakte gisteren mee met zijn collega's.", "staakte gisteren mee"),
    ("هو مندوب النقابة في المصنع.", "مندوب النقابة"),
    ("The nurses are holding a strike ballot in June.", "strike ballot"),
    ("Il figlio è RSU nel suo stabilimento.", "RSU"),
]


@pytest.mark.parametrize(("text", "fact"), UNION)
def test_union_roles_and_acts(text: str, fact: str) -> None:
    assert covered(text, fact, "UNION"), spans_of(text)


POLITICS = [
    ("明年要拚連任，最近很忙。", "拚連任"),
    ("他的競選總部就在公司樓下。", "競選總部"),
    ("내년에 재선에 도전하신다고 함.", "재선에 도전"),
    ("Sie ist oft im Wahlkampfbüro der Partei.", "Wahlkampfbüro"),
    ("Agora ela está na concelhia do PSD.", "na concelhia do PSD"),
    ("È assessora in quota Lega a Varese.", "assessora in quota Lega"),
    ("Летом прошла в Заксобрание от «Яблока».", "прошла в Заксобрание от «Яблока"),
    ("Lei si ricandida alle regionali di ottobre.", "si ricandida alle regionali"),
    ("Er ist Stadtrat und hofft auf die Wiederwahl.", "Stadtrat und hofft auf die Wiederwahl"),
    ("هو نازل للانتخابات البلدية هالسنة.", "نازل للانتخابات"),
]


@pytest.mark.parametrize(("text", "fact"), POLITICS)
def test_politics_as_a_career(text: str, fact: str) -> None:
    assert covered(text, fact, "POLITICS"), spans_of(text)


RELIGION = [
    ("Elle fait ses cinq prières, rdv jamais à midi.", "ses cinq prières"),
    ("Rezan las cinco veces, nada de citas al mediodía.", "Rezan las cinco"),
    ("奶奶初一十五食齋。", "初一十五食齋"),
    ("В пост не едят ничего мясного.", "В пост не"),
    ("Ela paga promessa todo ano em Aparecida.", "paga promessa"),
    ("Hizo la peregrinación a pie hasta Santiago.", "peregrinación a pie"),
    ("He's the vicar at St Anne's, Sundays are out.", "vicar at St Anne's"),
    ("Er ist Pfarrer der Gemeinde seit 2015.", "Pfarrer der Gemeinde"),
    ("Он настоятель храма на Покровке.", "настоятель храма"),
    ("أخوها كاهن رعية مار جرجس في الحمرا.", "كاهن رعية مار جرجس"),
    ("彼は近所の寺の住職です。", "寺の住職"),
    ("他是圣心堂的神父。", "堂的神父"),
    ("В Рамадан не звонить до заката, потом можно.", "не звонить до заката"),
    ("No llamar en Ramadán antes de la puesta del sol.", "antes de la puesta del sol"),
    ("في رمضان لا تتصلي قبل المغرب.", "لا تتصلي قبل المغرب"),
    ("斋月期间日落后再联系。", "期间日落后再联系"),
    ("断食月は日没後に伺います。", "断食月は日没後に伺います"),
]


@pytest.mark.parametrize(("text", "fact"), RELIGION)
def test_faith_by_its_practice(text: str, fact: str) -> None:
    assert covered(text, fact, "RELIGION"), spans_of(text)


def test_the_month_of_fasting_stays_readable() -> None:
    """The hours go, the month's name (a gift occasion) stays."""
    text = "Durante il Ramadan passa solo dopo il tramonto."
    found = spans_of(text)
    assert any(kind == "RELIGION" and "tramonto" in span for span, kind in found), found
    assert all("Ramadan" not in span for span, _ in found), found


KEPT = [
    "Our campaign headquarters moved to Paris last spring.",
    "The election campaign of the new fragrance launched in May.",
    "他连任董事长三年了，想买手表。",
    "Het bestuur van de golfclub is aan herverkiezing toe.",
    "他家每逢初一十五吃素。",
    "Parla sempre di politica e alle regionali fa campagna, va be.",
    "Ramadan gift box, deliver before the sunset drinks on Friday.",
    "Catering beim Ramadan-Iftar-Dinner beachten.",
    "She loved the fashion parade and the rainbow scarf.",
    "She wants the rainbow bracelet in March.",
    "Il rientre en magasin la semaine prochaine.",
]


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_stay_readable(text: str) -> None:
    assert find_special_categories(text) == [], spans_of(text)
