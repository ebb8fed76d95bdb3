"""Every occurrence of known names in a note: one token pass over the text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard_words import BRANDS_AND_PRODUCTS, MONTHS_AND_DAYS
from lvmh_pipeline.lib.privacy.names.lexicon import BRANDS
from lvmh_pipeline.lib.privacy.names.occurrences.forms import _forms, _plain, _token_keys
from lvmh_pipeline.lib.privacy.names.occurrences.patterns import _ARABIC_CHAR, _SAINTS, _TOKEN
from lvmh_pipeline.lib.privacy.names.occurrences.unspaced import (
    _lone_surnames,
    _match_rest,
    _spelt,
    _unspaced_occurrences,
)
from lvmh_pipeline.lib.privacy.names.scripts.marks import has_marks, on_plain_text, strip_marks
from lvmh_pipeline.lib.privacy.names.voice.months import MONTH_NAMES, month_use
from lvmh_pipeline.lib.privacy.names.occurrences.hijri import HIJRI_MONTHS, after_son_of


def name_occurrences(text: str, names: Iterable[str]) -> list[PiiSpan]:
    """Spans of every whole-word occurrence in ``text`` of ``names`` (any case, with accents or
    without, possessives, German genitive, Russian case endings, Arabic proclitics, glued
    CJK/Hangul honorifics). A name that is also an ordinary word ("Rose") matches capitalised
    only; a one-character CJK/Hangul name only before an honorific ("김 고객님")."""
    if not isinstance(text, str) or not text:
        return []
    names = [n for n in names if isinstance(n, str) and n.strip()]
    if any(has_marks(n) for n in names) or has_marks(text) and _ARABIC_CHAR.search(text):
        # "النحّاس" found once, "النحاس" written later (or the other way round)
        plain_names = tuple(strip_marks(n)[0] for n in names)
        return on_plain_text(text, lambda plain: _occurrences(plain, plain_names))
    return _occurrences(text, names)


_HEADS: dict[str, tuple[str, str | None, bool]] = {}  # token -> _head(token)


def _head(token: str) -> tuple[str, str | None, bool]:
    """What rules a token in or out before its forms are looked up: its first two letters
    case-folded, the same without accents (None when ASCII), and whether it is looked up
    whatever its first letters (an apostrophe, an Arabic token)."""
    head = token[:2].casefold()
    info = (
        head,
        None if head.isascii() else _plain(head),
        "'" in token or "’" in token or "\u0621" <= token[0] <= "\u06ff",
    )
    if len(_HEADS) >= 200_000:
        _HEADS.clear()
    _HEADS[token] = info
    return info


def _before_day(text: str, tokens: list, i: int) -> bool:
    """Is token ``i`` followed, after one space, by a day or a month ("Black Friday")?"""
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].start() == tokens[i].end() + 1
        and text[tokens[i].end()] == " "
        and tokens[i + 1].group().casefold() in MONTHS_AND_DAYS
    )


# Saints whose day is a holiday of everyone ("la Saint-Valentin", "la Saint-Sylvestre", "la Saint-Jean"),
# no one's name day
_HOLIDAY_SAINTS = frozenset("valentin sylvestre nicolas patrick jean martin".split())


def _feast_day(text: str, saint: re.Match[str], token: re.Match[str]) -> bool:
    """"pour la Saint-Julien", "à la Sainte-Catherine": the name day of a person the note names is
    their name again (a place, "Saint-Julien-en-Genevois", has no article "la")."""
    return (
        saint.end() == token.start() - 1 and text[saint.end()] == "-" and token.group().casefold() not in _HOLIDAY_SAINTS
        and text[max(0, saint.start() - 3) : saint.start()].casefold() == "la "
        and text[token.end() : token.end() + 1] != "-"
    )


# A model's size after it ("Kelly 25", "Speedy 30", "Capucines BB")
_SIZE_AFTER = re.compile(r"[ \t]+(?:\d{2}(?![\d,.:/])|BB|PM|MM|GM|[Mm]ini|[Nn]ano)(?![\w])")


def said_lowercase(text: str, word: str) -> bool:
    """Does ``text`` hold ``word`` in lower case as a whole word ("anna" in "mit der enkelin anna"), or is it
    a transcription that opens in lower case (where the name itself may already be the [NAME] token)?"""
    return text[:1].islower() or re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text) is not None


def _occurrences(text: str, names: Iterable[str]) -> list[PiiSpan]:
    forms = _forms(tuple(sorted({n for n in names if isinstance(n, str) and n.strip()})))
    spans: list[PiiSpan] = []
    if forms.alpha:
        tokens = list(_TOKEN.finditer(text))
        heads = forms.heads
        head_of = _HEADS.get
        for i, m in enumerate(tokens):
            token = m.group()
            head, plain_head, always = head_of(token) or _head(token)
            if head not in heads and (plain_head is None or plain_head not in heads) and not always:
                continue
            if i and _plain(tokens[i - 1].group()) in _SAINTS and not _feast_day(text, tokens[i - 1], m):
                continue  # "Central Saint Martins", "San Martín": a place, not the client
            if (
                i
                and tokens[i - 1].end() == m.start() - 1
                and text[m.start() - 1] == " "
                and text.startswith(BRANDS, tokens[i - 1].start())
            ):
                continue  # "Marc Jacobs", "Louis Vuitton": a house, whatever the client is called ("Dior. Lucia" is none)
            if _SIZE_AFTER.match(text, m.end()) and token.casefold() in BRANDS_AND_PRODUCTS:
                continue  # "Kelly 25", "Birkin 30": the model and its size, whatever the client is called
            for key, shift_start, shift_end in _token_keys(token):
                entries = forms.alpha.get(key)
                if not entries:
                    continue
                for rest, capital in entries:
                    if capital and not token[shift_start : shift_start + 1].isupper():
                        continue
                    if shift_end == -1 and token[-1:] == "s" and token[:1].islower() and not said_lowercase(text, token[:-1]):
                        continue  # "minas" (mines) where the note writes "Mina": no genitive of hers
                    if capital and not rest and _before_day(text, tokens, i):
                        continue  # "Black Friday": a name that is a word, naming a day with the next one
                    end = _match_rest(text, tokens, i, rest)
                    if end is None:
                        continue
                    if not rest and key in MONTH_NAMES and month_use(text, m.start(), m.end() + shift_end):
                        continue  # "her sister June … back in June": the month, not her
                    if not rest and key in HIJRI_MONTHS and not after_son_of(text, m.start() + shift_start):
                        continue  # "السيدة بن رمضان … قبل رمضان": the month, the family name only after "بن"
                    stop = end if rest else m.end() + shift_end
                    spans.append(PiiSpan(m.start() + shift_start, stop, "NAME"))
                    break
                else:
                    continue
                break
        if "-" in text:
            spans += _spelt(text, forms)
    found_surnames = frozenset(name for name, _ in forms.unspaced if len(name) == 1)
    for name, short in forms.unspaced:
        spans += _unspaced_occurrences(text, name, short, found_surnames)
    for char, full, script in forms.lone:
        spans += _lone_surnames(text, char, full, script)
    return _longest_at_each_start(spans)


def _longest_at_each_start(spans: list[PiiSpan]) -> list[PiiSpan]:
    """Of the occurrences that overlap, the one that starts first and, at the same start, the
    longest ("公孙悦" found and "公孙" found: the full name wherever it stands, not its surname)."""
    kept: list[PiiSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept
