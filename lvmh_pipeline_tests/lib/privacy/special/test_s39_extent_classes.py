"""The extent of Art. 9 spans, session 39: words a span took in that carry no sensitive fact.

Read on all of the development notes (which extra words the gold marks, class by class) and
probed with phrasings written for this test (none is a note's):

- a conjunction between two facts, or between a fact and a qualifier of the next one, stays
  readable: the span splits around it (the article after it stays too), in every alphabetic
  language; both facts are still redacted;
- a Dutch "sinds" (since) dates a fact and is no frame of it ("is sinds de [chemo]");
- a frequency after an everyday condition or care stays readable ("migraines twice a week"); a
  treatment that tells a serious condition keeps its schedule ("[dialysis three times a week]",
  :mod:`special.extent.schedules`, as most development writers mark it);
- the plain Japanese "there is" ending ("糖尿病がある") is no part of the condition; the honorific
  and the idiomatic endings ("痛風持ち", "糖尿病がおありで") still are.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline.lib.privacy.special.extent.conjunctions import split_conjunctions
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline_tests.lib.privacy.special.coverage import spans_of, whole


def _outside(text: str, word: str) -> bool:
    """``word`` (its first occurrence) is in no detected span."""
    start = text.index(word)
    return not any(s.start < start + len(word) and start < s.end for s in find_special_categories(text))


# --- a conjunction between two facts ------------------------------------------------------------------

CONJOINED = [
    ("Her father has asthma and chronic bronchitis.", " and ", ["asthma", "chronic bronchitis"], "HEALTH"),
    ("Der Onkel hat Asthma und chronische Bronchitis.", " und ", ["Asthma", "chronische Bronchitis"], "HEALTH"),
    ("Lo zio ha il diabete e una grave artrite.", " e una ", ["diabete", "grave artrite"], "HEALTH"),
    ("Le voisin souffre d'anxiété et de dépression sévère.", " et de ", ["dépression sévère"], "HEALTH"),
    ("Sie ist seit Jahren Betriebsrätin und Verdi-Mitglied.", " und ", ["Verdi-Mitglied"], "UNION"),
    ("My uncle is a union delegate and a Unite member.", " and a ", ["union delegate", "Unite member"], "UNION"),
    ("Il est délégué syndical et adhérent CGT depuis peu.", " et ", ["délégué syndical", "adhérent CGT"], "UNION"),
    ("The aunt is Catholic and very devout.", " and ", ["Catholic", "very devout"], "RELIGION"),
    ("Mi suegra es católica y muy practicante.", " y ", ["católica", "muy practicante"], "RELIGION"),
    ("У тёщи диабет и хронический бронхит.", " и ", ["диабет", "хронический бронхит"], "HEALTH"),
]


@pytest.mark.parametrize("text, between, facts, kind", CONJOINED)
def test_a_conjunction_between_two_facts_stays_readable(text, between, facts, kind):
    for fact in facts:
        assert whole(text, fact, kind), spans_of(text)
    start = text.index(between)
    assert not any(s.start < start + len(between) - 1 and start + 1 < s.end for s in find_special_categories(text)), (
        spans_of(text))


@pytest.mark.parametrize("text, spans, expected", [
    # a name that holds a conjunction is cut too: both halves stay redacted
    ("Law and Justice", [(0, 15)], [(0, 3), (8, 15)]),
    # a side without a word of its own does not split off
    ("has and had gout", [(0, 16)], [(0, 16)]),
    # a capitalised "And" opens a title, not a list; a conjunction glued to a hyphen is part of a word
    ("Rock And Roll", [(0, 13)], [(0, 13)]),
    ("drum-and-bass", [(0, 13)], [(0, 13)]),
    # Dutch "en" and Portuguese "o" are other words elsewhere: not read
    ("astma en bronchitis", [(0, 19)], [(0, 19)]),
])
def test_split_conjunctions_on_its_own(text, spans, expected):
    found = split_conjunctions(text, [PiiSpan(s, e, "HEALTH") for s, e in spans])
    assert [(s.start, s.end) for s in found] == expected


# --- a date word in the Dutch frame ---------------------------------------------------------------

def test_a_dutch_since_dates_the_fact_and_is_no_frame():
    text = "Ze is sinds de chemo erg moe."
    assert whole(text, "chemo", "HEALTH"), spans_of(text)
    assert _outside(text, "sinds"), spans_of(text)


# --- a frequency after a condition --------------------------------------------------------------

@pytest.mark.parametrize("text, fact, frequency", [
    ("She gets migraines 2 times a week, mostly mornings.", "migraines", "2 times a week"),
    ("Elle a des migraines 2 fois par semaine.", "migraines", "2 fois par semaine"),
    ("Hij heeft 3 keer per week last van migraine.", "migraine", "3 keer per week"),
])
def test_a_frequency_after_an_everyday_condition_stays_readable(text, fact, frequency):
    assert whole(text, fact, "HEALTH"), spans_of(text)
    assert _outside(text, frequency), spans_of(text)


@pytest.mark.parametrize("text, span", [
    ("Her mother has dialysis 3 times a week at the clinic.", "dialysis 3 times a week"),
    ("Sa mère est dialysée 3 fois par semaine.", "dialysée 3 fois par semaine"),
    ("Zijn vader krijgt dialyse 3x per week.", "dialyse 3x per week"),
])
def test_a_serious_treatment_keeps_its_schedule(text, span):
    assert whole(text, span, "HEALTH"), spans_of(text)


# --- the Japanese "there is" ending -----------------------------------------------------------------

@pytest.mark.parametrize("text, ending", [
    ("お父様は高血圧がある。", "がある"),
    ("お母様は喘息があり、香りの強いものは避ける。", "があり"),
])
def test_the_plain_japanese_there_is_ending_stays_readable(text, ending):
    assert _outside(text, ending), spans_of(text)


@pytest.mark.parametrize("text, span", [
    ("ご主人は痛風持ちで、お酒は控えめ。", "痛風持ち"),
    ("奥様は糖尿病がおありで、甘いものは少なめに。", "糖尿病がおありで"),
])
def test_the_honorific_and_idiomatic_endings_stay_with_the_condition(text, span):
    assert whole(text, span, "HEALTH"), spans_of(text)
