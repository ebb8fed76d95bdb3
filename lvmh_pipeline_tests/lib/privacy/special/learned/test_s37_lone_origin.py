"""Session 37: an origin the tagger reads in one word before a word for people ("Korean couple
living in London") needs a probability of 0.75, not the 0.65 of other facts; a bag's line name after
"Pochette"/"Clutch" is no person (name tagger)."""

from lvmh_pipeline.lib.privacy.names.learned.tagger import learned_names
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize
from lvmh_pipeline.lib.privacy.special.learned import tagger


def test_a_nationality_before_a_word_for_people_needs_more_than_the_threshold() -> None:
    text = "Mr. and Mrs. [NAME], Korean couple living in London, late 40s, first visit."
    assert tagger.learned_spans(text, "EN") == []
    assert [s.kind for s in tagger.learned_spans(text, "EN", seed=0.6)] in ([], ["ORIGIN"])


def test_the_guard_reads_the_word_after_the_origin() -> None:
    toks = tagger.tokens("a Korean couple, a Korean lady, Korean roots")
    after = [tagger._before_person_noun(toks, i) for i, tok in enumerate(toks) if tok.word == "korean"]
    assert after == [True, True, False]


def test_a_line_name_after_a_small_leather_good_stays() -> None:
    for text in ("Pochette Louise en cuir, modèle Victoire.", "Clutch Kate in black, size small."):
        assert learned_names(text) == []
        assert pseudonymize(text).text == text
