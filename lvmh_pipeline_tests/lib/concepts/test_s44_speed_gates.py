"""Speed fast paths of session 44 give the slow forms' results:

- :class:`~lvmh_pipeline.lib.common.regex_gates.RegexGate` closes only where its regex cannot match (in the
  note's original text, its folded text, or any part of either), whatever the case, accents and script.
- ``normalize``'s Latin-1 path and its vectorised path for characters that do not fold 1:1 ("ß", "œ", combining
  accents) give the folded text and offset maps of the character-by-character reading.
- A phrase finder (budget words, month names …) and the symptom scan skip a whole note only when the shared
  literal pass found none of their keys in it: they find what a full scan finds.
"""

from __future__ import annotations

import random
import re

import pytest

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.regex_gates import RegexGate, required_literals
from lvmh_pipeline.lib.common.text import fold, fold_table, normalize
from lvmh_pipeline.lib.common.text.folding import _normalize_slow
from lvmh_pipeline.lib.concepts.alias_keys import PhraseFinder
from lvmh_pipeline.lib.concepts.statements.reactions.cues import _symptoms

_PATTERNS = [
    re.compile(r"(?i)\b(?:asked|checked|demand[ée]|спросила?|уточнила?|سألت)\b|문의|确认过"),
    re.compile(r"(?<![^\W\d_])(?:today|heute|aujourd'hui|сегодня|今日)(?:\s*[:,])?\s*(\d{1,2})[./](\d{1,2})", re.I),
    re.compile(r"[\s'’](?:ans|años|anos|anni|лет|года)(?![^\W\d_])", re.IGNORECASE),
    re.compile(r"(?:their|our)\s+\d{1,2}(?:st|nd|rd|th)\b|Straße|ŒUVRE|σοφία", re.IGNORECASE),
    re.compile(r"other guests|the others|其他(?:客人|宾客)|다른\s?(?:손님|분)"),
    re.compile(r"(?i:kelvin|sun)day|ısık"),
]
_TEXTS = [
    "Asked about nuts: she said no.", "ASKED about nuts", "On a DEMANDÉ pour les noix", "Я уточнила у клиентки",
    "Today: 12/10 visit", "HEUTE 3.4 Termin", "Aujourd'hui 5/6", "СЕГОДНЯ 1.2", "今日10/5に来店",
    "les soixante ANS de sa mère", "i settant'anni di suo padre", "ему 40 ЛЕТ", "Their 10th anniversary",
    "STRASSE", "Straße 5", "œuvre d'art", "ΣΟΦΊΑ", "σοφίας", "Kelvin sign \u212aelvinday", "ſunday brunch", "IŞIK",
    "Other guests: vegan", "其他客人的菜单", "다른 손님", "no trigger words at all", "",
]


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:30])
def test_a_closed_gate_means_no_match(pattern: re.Pattern[str]) -> None:
    gate = RegexGate(pattern)
    random.seed(7)
    texts = list(_TEXTS)
    for _ in range(300):  # the sample words cut up and glued in another case
        words = " ".join(random.sample(_TEXTS, 3)).split()
        texts.append(" ".join(w.upper() if random.random() < 0.3 else w for w in words))
    for text in texts:
        folded = normalize(text).folded
        if pattern.search(text) or pattern.search(folded):
            assert gate.open(folded), (pattern.pattern, text)


def test_gates_read_the_words_every_match_holds() -> None:
    assert required_literals(re.compile(r"(?i)\b(?:asked|demandé)\b")) == {"asked", "demande"}
    assert required_literals(re.compile(r"\d+\s*(?:euros?|EUR)")) == {"euro", "eur"}
    # a case-insensitive "о" also matches the Cyrillic small rounded o (U+1C82), which folds to itself
    assert "сегᲂдня" in required_literals(re.compile(r"(?i)сегодня"))
    assert required_literals(re.compile(r"a|b|\w+")) is None  # no literal every match holds: always open
    assert required_literals(re.compile(r"(?:ab)?cd?")) is None  # only one character is sure
    assert RegexGate(re.compile(r"\w+")).open("anything")


def test_folding_is_idempotent_except_on_the_characters_gates_never_require() -> None:
    table = fold_table()
    image = {c for folded in table.values() for c in folded}
    unfixed = {c for c in image if table.get(ord(c), c) != c}
    assert unfixed <= set("0123456789øæåðΥ·⁄")  # "1" from "¹", "ø" from "Ø" …
    assert required_literals(re.compile("x1y|x2y")) is None


@pytest.mark.parametrize("text", [
    "Straße " * 30, "œuvre e\u0301te\u0301 " * 20, "\u0301\u0301abc ß " * 40, "ß" * 200, "café crème " * 20,
    "Prix: 500 µg · ½ " * 15, "Müller, Ærø, Þór " * 15, "abc\u0301\u0302\u0303 ـ مرحبا " * 15,
])
def test_normalize_fast_paths_give_the_character_by_character_reading(text: str) -> None:
    fast, slow = normalize(text), _normalize_slow(text)
    assert fast.folded == slow.folded
    spans = [(i, i + 1) for i in range(len(fast.folded))]
    assert [fast.to_original(*s) for s in spans] == [slow.to_original(*s) for s in spans]
    assert fast.folded == "".join(fold(c) for c in text)


def test_phrase_finders_and_symptoms_find_the_same_with_the_shared_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    finder = PhraseFinder(["budget", "prix*", "预算", "?bis"])
    texts = ["Budget 5K, prix libre", "预算五万", "no money words here", "sneezing and itchy eyes with cats",
             "Ausschlag und Juckreiz", "起疹子", "rien"]
    folded = [normalize(t).folded for t in texts]
    reader = Literals(["qq"])
    for f in folded:
        reader.any_in(f)  # the shared pass reads each note first, as in extraction
    fast = [(finder.find(f), _symptoms(f, "EN"), _symptoms(f, None)) for f in folded]
    monkeypatch.setattr(Literals, "any_in", lambda self, text: True)  # every presence test passes: full scans
    assert fast == [(finder.find(f), _symptoms(f, "EN"), _symptoms(f, None)) for f in folded]
    assert any(found for found, _, _ in fast) and any(en for _, en, _ in fast)
