"""The text-free labels of the failure view: where a leaked name stands."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.leak_context import leak_contexts
from lvmh_pipeline.lib.privacy.quality import leak_spans, leaked


def test_no_label_when_the_name_is_gone():
    assert leak_contexts("Mrs Hughes came.", "Mrs [NAME] came.", "Hughes") == []


def test_labels_name_script_lexicon_neighbours_and_share():
    [label] = leak_contexts("Mrs. um, Zyxwq came.", "Mrs. um, Zyxwq came.", "Zyxwq")
    assert label == "latin|long|unknown|filler|word|all_left"
    [label] = leak_contexts("Zyxwq, 54 years, came.", "Zyxwq, 54 years, came.", "Zyxwq")
    assert label.split("|")[3:5] == ["note_start", "punctuation"]


def test_some_redacted_when_other_occurrences_went():
    labels = leak_contexts("Mr Zyxwq. Later zyxwq called.", "Mr [NAME]. Later zyxwq called.", "Zyxwq")
    assert labels == ["latin|long|unknown|capitalised_word|word|some_redacted"]


def test_hangul_one_syllable_surname_before_an_honorific():
    [label] = leak_contexts("김 고객님 방문", "김 고객님 방문", "김")
    assert label.startswith("hangul|1char|") and label.split("|")[4] == "honorific"


def test_leak_spans_agree_with_leaked():
    assert leak_spans("이", "이 가방") == [(0, 1)] and leaked("이", "이 가방")
    assert leak_spans("박", "백만 원") == [] and not leaked("박", "백만 원")
    assert leak_spans("Rose", "rose gold, Rose") == [(0, 4), (11, 15)]
