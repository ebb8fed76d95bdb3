"""A redaction token is a word: between a diet and its negator it does not end the clause.

Stored notes carry "[RELIGION]", "[HEALTH]", "[NAME]" where pseudonymization removed words, and
a reason often sits between a diet and its verb in Korean, Japanese and Chinese ("돼지고기는
종교적 이유로 안 드심"). Before, the token's brackets broke the clause and its letters
("health") used up the characters read after the diet, so the diet was lost once the reason was
redacted. A bracket that is no redaction token ("[see file]") still ends a clause.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.concepts.negation.scope import _BREAK, breaks_between
from lvmh_pipeline_tests.lib.concepts.constraints import constraints


def _diets(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.category == "diet" and not h.negated}


@pytest.mark.parametrize(
    ("language", "text", "diet"),
    [
        ("KO", "돼지고기는 [RELIGION] 안 드심.", "no_pork"),
        ("KO", "술은 [HEALTH] 때문에 안 드세요.", "no_alcohol"),
        ("KO", "고기는 [NAME] 말로는 안 드신대요.", "vegetarian"),
        ("JA", "豚肉は[RELIGION]食べない。", "no_pork"),
        ("ZH", "猪肉因为[RELIGION]不吃。", "no_pork"),
    ],
)
def test_a_redaction_token_between_a_diet_and_its_negator_is_read_as_a_word(language, text, diet):
    assert diet in _diets(text, language)


@pytest.mark.parametrize(
    ("language", "text", "diet"),
    [
        ("KO", "돼지고기는 종교적 이유로 안 드심.", "no_pork"),
        ("KO", "술은 당뇨 때문에 안 드세요.", "no_alcohol"),
    ],
)
def test_the_diet_survives_the_redaction_of_its_reason(language, text, diet):
    assert diet in constraints(text, language)[1]


def test_brackets_that_are_no_redaction_token_still_break_a_clause():
    text = "nuts [see file] vegan [HEALTH] ok"
    assert breaks_between(_BREAK, text, 4, 6)  # "[s"
    assert breaks_between(_BREAK, text, 13, 15)  # "e]"
    start = text.index("[HEALTH]")
    assert not breaks_between(_BREAK, text, start, start + 1)  # the "[" of a redaction token, alone
    assert not breaks_between(_BREAK, text, start, start + len("[HEALTH]"))
    assert breaks_between(_BREAK, "no pork, ok", 0, 8)
    assert not breaks_between(_BREAK, "a - b", 0, 2)  # " - " ends after the range: not inside it
