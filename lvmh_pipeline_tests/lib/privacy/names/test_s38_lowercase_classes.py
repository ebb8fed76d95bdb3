"""Session 38 class: names a transcription wrote in lower case get their capital back before the
name rules run, where the lexicon holds the word as a name only and a kin word or a known surname
after a known given name says a person is meant; the copy keeps the note's length."""

import pytest

from lvmh_pipeline.lib.privacy.names.positions.lowercase import with_name_capitals
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("came with her husband george, george is vegan", "came with her husband George, George is vegan"),
        ("avec sa fille margaux pour ses vingt ans", "avec sa fille Margaux pour ses vingt ans"),
        ("mit ihrem sohn lukas, lukas' Geburtstag", "mit ihrem sohn Lukas, Lukas' Geburtstag"),
        ("uh so it was, um, natalie campbell and a friend", "uh so it was, um, Natalie Campbell and a friend"),
        ("вместе с дочерью, сын олег тоже был", "вместе с дочерью, сын Олег тоже был"),
        ("um, jessica came back for the strap", "um, Jessica came back for the strap"),
        ("[NAME] and oliver will pick it up", "[NAME] and Oliver will pick it up"),
    ],
)
def test_a_name_in_lower_case_gets_its_capital(text: str, expected: str) -> None:
    assert with_name_capitals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "her son will come back in may",  # words that are also names stay
        "her daughter grace period ends",
        "she walks with a walker since the fall",
        "uh, mark the date in the agenda",  # a filler is too weak a sign for a name that is a word
        "un regalo per la cognata, massimo 800 €",
        "[NAME] and grace period on the repair",
        "nothing to change here, the client was happy",
        "Her husband George came too",  # already capitalised
    ],
)
def test_ordinary_words_and_capitalised_notes_stay(text: str) -> None:
    assert with_name_capitals(text) == text


def test_a_surname_found_in_a_pair_is_not_capitalised_elsewhere() -> None:
    out = with_name_capitals("james walker came in; he uses a walker since his fall")
    assert out == "James Walker came in; he uses a walker since his fall"


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("um so she came with her husband george and their son oliver, oliver turns ten", "EN", ("george", "oliver")),
        ("euh elle est venue avec sa fille margaux", "FR", ("margaux",)),
        ("natalie campbell came back for the speedy", "EN", ("natalie", "campbell")),
    ],
)
def test_lower_case_names_are_redacted(text: str, language: str, names: tuple[str, ...]) -> None:
    out = pseudonymize(text, language=language).text
    assert all(name not in out for name in names), out


def test_an_everyday_word_name_is_capitalised_only_where_found() -> None:
    out = with_name_capitals("her son mark will come; please mark the date")
    assert out == "her son Mark will come; please mark the date"
