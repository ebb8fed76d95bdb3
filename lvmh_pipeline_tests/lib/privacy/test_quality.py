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


def test_a_dense_clause_counts_its_characters_outside_the_gold_span():
    # one \w+ run holds the whole clause: the gold span must not hide the characters around it
    original = "周五中午她要去清真寺做礼拜"
    out = redaction_outcome(original, "周五中午她要[RELIGION]", art9=["去清真寺做礼拜"])
    assert (out.art9_redacted, out.ordinary_removed) == (1, 0)
    out = redaction_outcome(original, "[RELIGION]", art9=["去清真寺做礼拜"])
    assert out.ordinary_tokens == 6 and out.ordinary_removed == 6
    out = redaction_outcome("膝の手術を受けたばかり", "膝の[HEALTH]たばかり", art9=["手術"])
    assert out.ordinary_removed == 3 and out.removed_examples == ("を", "受", "け")


def test_each_over_redacted_token_names_the_redaction_token_that_took_it():
    original = "Mme Keller, diabète de type 2, adore le cuir noir, et porte du rouge."
    stored = "Mme [NAME], [HEALTH] de [HEALTH], adore le cuir [NAME], et porte du."
    out = redaction_outcome(original, stored, surnames=["Keller"], art9=["diabète"])
    assert out.removed_examples == ("type", "2", "noir", "rouge")
    assert out.removed_by == ("HEALTH", "HEALTH", "NAME", "-")
    assert redaction_outcome("Le cuir noir.", "Le cuir noir.").removed_by == ()
