"""The helpers that let a detector skip a regex scan: ``caseless`` (a one-pass literal gate
before a case-blind regex) and ``line_matches`` (a line-anchored regex tried at line starts only)."""

from __future__ import annotations

import re

import pytest

from lvmh_pipeline.lib.common.text import caseless, line_matches


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("insta", "Écrire sur İNSTAGRAM demain"),  # the dotted capital I: "i" for the regex
        ("insta", "ınsta story"),  # the dotless i
        ("skype", "par ſkype"),  # the long s
        ("kakao", "\u212aAKAO talk"),  # the Kelvin sign
        ("телег", "пишите в ТЕЛЕГРАМ"),
        ("vrai nom", "Lulu (de son VRAI NOM Louise)"),
        ("bürgerlich", "BÜRGERLICH Anna"),
    ],
)
def test_caseless_holds_every_case_blind_match(word, text):
    assert re.search(f"(?i:{re.escape(word)})", text)
    assert caseless(word) in caseless(text)


def test_caseless_of_ascii_is_lower_case():
    assert caseless("Call HER 'Bibi'") == "call her 'bibi'"


_LINE = re.compile(r"(?:^|(?<=\n))[ \t]*(?:-[ \t]*)?(?:[A-Z][a-z]+,[ \t]*)?")
_FIELD = re.compile(r"(?:^|(?<=\n)|(?<=\|))[ \t]*(?P<w>[A-Z][a-z]+),[ \t]*[A-Z][a-z]+(?:[ \t]*\|)?", re.MULTILINE)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Keller, 45 ans\n- Dupont, Marie\n\nfin\n",
        "KD 1 | Okafor, Greta | Lind, Ada|Wu, Li\nx | Roy, Ann",
        "\n\n  Meyer, Jo",
        "no line starts here",
    ],
)
def test_line_matches_is_finditer(text):
    for pattern in (_LINE, _FIELD):
        expected = [(m.span(), m.group()) for m in pattern.finditer(text)]
        assert [(m.span(), m.group()) for m in line_matches(pattern, text, "|")] == expected


def test_line_matches_tries_only_the_places_given():
    text = "Okafor, Greta | Lind, Ada"
    assert [m.group("w") for m in line_matches(_FIELD, text, "|")] == ["Okafor", "Lind"]
    assert [m.group("w") for m in line_matches(_FIELD, text)] == ["Okafor"]  # "|" not given
