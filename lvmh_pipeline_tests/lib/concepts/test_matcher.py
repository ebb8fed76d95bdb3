"""Alias automata and phrase finding."""

from __future__ import annotations

from lvmh_pipeline.lib.concepts.matcher import PhraseFinder, get_matcher
from lvmh_pipeline.lib.concepts.taxonomy import load_taxonomy
from lvmh_pipeline.lib.common.text import normalize


def _found(text: str, language: str) -> list[tuple[str, str]]:
    taxonomy = load_taxonomy()
    nt = normalize(text)
    return [(taxonomy.concepts[c].concept, nt.folded[s:e]) for s, e, c, _ in get_matcher().find(nt, language)]


def test_matches_sorted_and_not_nested():
    hits = _found("Anniversaire de mariage, sac de voyage cuir noir.", "FR")
    assert [c for c, _ in hits] == ["wedding_anniversary", "travel_bag", "leather", "black"]


def test_stem_aliases_extend_to_the_word_end():
    assert ("vegetarian", "vegetarierin") in _found("Partnerin Vegetarierin.", "DE")


def test_stem_loses_to_exact_alias_on_equal_span():
    assert [c for c, _ in _found("Frühjahrskollektion", "DE")] == ["show_new_collection"]


def test_latin_alias_inside_japanese_text_needs_boundaries():
    assert ("louis_vuitton", "lv") in _found("LVのバッグ", "JA")
    assert not any(c == "louis_vuitton" for c, _ in _found("SILVER", "JA"))


def test_matcher_is_shared():
    assert get_matcher() is get_matcher(load_taxonomy())


def test_phrase_finder_words_stems_and_values():
    finder = PhraseFinder(["budget", "бюджет*", "予算", "no limit"], values=["b", "r", "j", "u"])
    text = normalize("Budget 5K, бюджета нет, 予算は無制限, no limit.").folded
    found = [(text[s:e], v) for s, e, v in finder.find(text)]
    assert found == [("budget", "b"), ("бюджета", "r"), ("予算", "j"), ("no limit", "u")]
    assert finder.find(text, 8, 20) == [(11, 18, "r")]
    assert PhraseFinder([]).find("anything") == []


def test_phrase_finder_bounded_dense_aliases():
    finder = PhraseFinder(["مارس"], values=[3], bounded=True)
    assert finder.find(normalize("في مارس").folded) == [(3, 7, 3)]
    assert finder.find(normalize("يمارس الغولف").folded) == []
