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


# --- code-switching: aliases of other languages -------------------------------------------------


def _tiny_matcher(aliases: dict[str, dict[str, list[str]]], common: dict[str, frozenset[str]] | None = None):
    from lvmh_pipeline.lib.concepts.matcher import AliasMatcher
    from lvmh_pipeline.lib.concepts.taxonomy import parse_taxonomy

    doc = {
        "version": "1.0.0",
        "concepts": [
            {"concept": name, "bucket": "preferences", "category": "product_type", "aliases": per_language}
            for name, per_language in aliases.items()
        ],
    }
    taxonomy = parse_taxonomy(doc)
    matcher = AliasMatcher(taxonomy, common_words=common or {})
    return lambda text, language: [
        (taxonomy.concepts[c].concept, round(conf, 2)) for _, _, c, conf in matcher.find(normalize(text), language)
    ]


def test_english_phrase_in_a_portuguese_note_is_found_with_lower_confidence():
    find = _tiny_matcher({"travel_bag": {"EN": ["travel bag"], "PT": ["mala de viagem"]}})
    assert find("Quer uma travel bag para o Japão", "PT") == [("travel_bag", 0.9)]
    assert find("Quer uma mala de viagem", "PT") == [("travel_bag", 1.0)]


def test_own_language_wins_over_a_foreign_meaning():
    find = _tiny_matcher({"handbag": {"NL": ["tas"]}, "pile": {"FR": ["tas"]}})
    assert find("un tas de choses", "FR") == [("pile", 1.0)]
    assert find("een tas", "NL") == [("handbag", 1.0)]
    assert find("tas", "EN") == []  # names two concepts across languages: not crossed


def test_a_common_word_of_the_note_language_does_not_cross():
    common = {"mala": frozenset({"ES", "IT"}), "borsa": frozenset({"IT"})}
    find = _tiny_matcher({"handbag": {"PT": ["mala"], "IT": ["borsa"]}}, common)
    assert find("es una persona mala", "ES") == []
    assert find("una borsa nera", "FR") == [("handbag", 0.9)]  # common in Italian only


def test_a_foreign_word_common_in_english_does_not_cross():
    common = {"or": frozenset({"FR", "EN"}), "rose": frozenset({"FR", "EN", "DE"})}
    find = _tiny_matcher({"rose_gold": {"FR": ["or rose"]}, "gift_box": {"DE": ["Geschenkbox"]}}, common)
    assert find("black or rose", "EN") == []
    assert find("gold or rose", "IT") == []
    assert find("or rose", "FR") == [("rose_gold", 1.0)]
    assert find("wants a Geschenkbox", "EN") == [("gift_box", 0.9)]


def test_short_words_short_stems_and_cjk_stay_in_their_language():
    find = _tiny_matcher({"handbag": {"NL": ["tas"], "DE": ["tasch*"], "JA": ["バッグ"], "FR": ["sacoch*"]}})
    assert find("tas", "FR") == []
    assert find("taschen", "EN") == []
    assert find("バッグ", "FR") == []
    assert find("sacoches", "EN") == [("handbag", 0.9)]


def test_shipped_matcher_finds_code_switched_english():
    assert ("vegan", "vegan") in _found("Cliente vegan for dinners, quer carteira", "PT")
    assert ("nickel", "nickel") in _found("Kundin sensitive to nickel, sucht Armband", "DE")


def test_common_words_file_covers_the_taxonomy():
    """The cross-language guard was generated for the shipped aliases (regenerate it with
    ``python -m lvmh_pipeline.lib.concepts.common_words`` after editing concepts.json)."""
    import json

    from lvmh_pipeline.lib.concepts.common_words import COMMON_WORDS_PATH, alphabetic_keys, keys_digest

    document = json.loads(COMMON_WORDS_PATH.read_text(encoding="utf-8"))
    assert document["checked_keys_sha256"] == keys_digest(alphabetic_keys(load_taxonomy())), (
        "taxonomy/common_words.json is stale: run python -m lvmh_pipeline.lib.concepts.common_words"
    )


def test_common_words_are_generated_by_wordfreq_when_installed():
    import pytest

    pytest.importorskip("wordfreq")
    from lvmh_pipeline.lib.concepts.common_words import build_common_words
    from lvmh_pipeline.lib.concepts.taxonomy import parse_taxonomy

    doc = {"version": "1.0.0", "concepts": [
        {"concept": "handbag", "bucket": "preferences", "category": "product_type",
         "aliases": {"PT": ["mala"], "NL": ["handtas"]}},
    ]}
    words = build_common_words(parse_taxonomy(doc))["words"]
    assert {"ES", "PT"} <= set(words["mala"])
    assert "handtas" not in words or words["handtas"] == ["NL"]


def test_a_lower_case_word_after_a_title_is_not_a_name():
    assert ("no_alcohol", "no toma alcohol") in _found("La señora no toma alcohol", "ES")
    assert not any(c == "white" for c, _ in _found("Mme Blanc adore le cuir", "FR"))
