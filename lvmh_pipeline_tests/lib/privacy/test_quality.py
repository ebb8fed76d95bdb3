"""Redaction measures on one note."""

from lvmh_pipeline.lib.privacy.quality import leaked, redaction_outcome


def test_leaks_are_whole_words_or_dense_substrings():
    assert leaked("Keller", "ask keller again") and not leaked("Kell", "Keller")
    assert leaked("김민지", "김민지 고객님") and not leaked("김민지", "[NAME] 고객님")
    assert leaked("박", "박 고객님 왔다") and leaked("박", "박님") and not leaked("박", "예산 백만 원, 박물관")


def test_outcome_counts_leaks_art9_and_over_redaction():
    original = "Mme Keller, diabète de type 2, adore le cuir noir."
    stored = "Mme [NAME], [HEALTH], adore le cuir [NAME]."
    out = redaction_outcome(original, stored, surnames=["Keller"], art9=["diabète de type 2"])
    assert (out.surnames_leaked, out.art9_redacted) == (0, 1)
    assert out.ordinary_removed == 1 and out.removed_examples == ("noir",)


def test_an_acronym_inside_a_placeholder_is_not_counted_as_kept():
    out = redaction_outcome("Son fils a un TDAH.", "Son fils a un [HEALTH].", art9=["TDAH"])
    assert out.art9_redacted == 1
