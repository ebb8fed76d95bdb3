"""Session 37: an origin the tagger reads in one word before a word for people ("Korean couple
living in London") is a nationality describing people, not an origin (session 37 asked a probability
of 0.75; since session 41 the tagger alone never reads that shape); a bag's line name after
"Pochette"/"Clutch" is no person (name tagger)."""

from lvmh_pipeline.lib.privacy.names.learned.tagger import learned_names
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize
from lvmh_pipeline.lib.privacy.special.learned import tagger


def test_a_nationality_before_a_word_for_people_is_no_origin_for_the_tagger_alone() -> None:
    text = "Mr. and Mrs. [NAME], Korean couple living in London, late 40s, first visit."
    assert tagger.learned_spans(text, "EN") == []
    assert tagger.learned_spans(text, "EN", seed=0.5) == []


def test_the_guard_reads_the_word_after_the_origin() -> None:
    toks = tagger.tokens("a Korean couple, a Korean lady, Korean roots")
    after = [tagger._before_person_noun(toks, i) for i, tok in enumerate(toks) if tok.word == "korean"]
    assert after == [True, True, False]


def test_a_line_name_after_a_small_leather_good_stays() -> None:
    for text in ("Pochette Louise en cuir, modèle Victoire.", "Clutch Kate in black, size small."):
        assert learned_names(text) == []
        assert pseudonymize(text).text == text
