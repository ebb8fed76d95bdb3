"""Summing number tokens the usual way, group by group ("deux mille cinq cents", "1억 5천만"),
and the checks that end a sequence where it would stop making sense ("dois e três" is a range).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.concepts.budgets.numbers.words import BIG, HALF, NUM, SMALL, Token

_INF = float("inf")


class _Sum:
    """Running sum of number tokens, and the checks that end a sequence."""

    __slots__ = ("total", "group", "pending", "last", "last_big", "last_small", "numbers", "factor", "article",
                 "first_big")

    def __init__(self) -> None:
        self.total = self.group = self.pending = 0.0
        self.last: Token | None = None
        self.last_big = self.last_small = _INF
        self.numbers = 0
        self.factor = 1.0
        self.first_big = 0.0
        self.article = False  # the sequence so far is an article ("a", "un", "eine")

    def copy(self) -> _Sum:
        other = _Sum.__new__(_Sum)
        for name in _Sum.__slots__:
            setattr(other, name, getattr(self, name))
        return other

    def accepts(self, token: Token, after_connector: bool) -> bool:
        kind, value = token
        last = self.last
        if last is None:
            return kind in (NUM, HALF, SMALL) or (kind == BIG and value > 0)
        if after_connector:
            return _connector_ok(last, token)
        if kind == NUM:
            if last[0] == NUM:
                return value < _unit_of(last[1]) or (last[1] % 100 in (60, 80) and 10 <= value < 20)
            return last[0] in (SMALL, BIG)
        if kind == HALF:
            return last[0] in (NUM, BIG) and not self.article
        if kind == SMALL:  # "cinq cents"; "millecento" (one hundred after a thousand)
            return (last[0] in (NUM, HALF) or (last[0] == BIG and value > 0)) and value < self.last_small and value < self.last_big
        # BIG; not "thousand" after a whole thousands group ("fifteen hundred and two | thousand")
        return last[0] in (NUM, SMALL, HALF) and abs(value) < self.last_big and not (
            abs(value) == 1000 and self.group + self.pending >= 1000)

    def add(self, token: Token) -> None:
        kind, value = token
        if kind == NUM:
            self.numbers += 1
            self.pending += value
        elif kind == HALF:
            if self.last is not None and self.last[0] == BIG and not self.pending and not self.group:
                self.total += 0.5 * self.last_big  # "due milioni e mezzo"
            else:
                self.numbers += 1
                self.pending += value
        elif kind == SMALL:
            self.group += (self.pending or 1.0) * value
            self.pending = 0.0
            self.last_small = value
            if self.numbers <= 1:
                self.factor *= value
        elif kind == BIG:
            value = abs(value)
            self.total += ((self.group + self.pending) or 1.0) * value
            self.group = self.pending = 0.0
            self.last_big, self.last_small = value, _INF
            self.first_big = self.first_big or value
            if self.numbers <= 1:
                self.factor *= value
        self.last = token

    @property
    def value(self) -> float:
        return self.total + self.group + self.pending


def _connector_ok(before: Token, after: Token) -> bool:
    """"vingt et un", "treinta y cinco", "dois mil e quinhentos", glued "fünfundzwanzig",
    "وعشرون"; not "dois e três" (a range)."""
    if after[0] == HALF:
        return before[0] in (NUM, BIG)
    if after[0] != NUM:
        return False
    if before[0] in (SMALL, BIG):
        return True
    if before[0] == NUM:
        tens, unit = (before[1], after[1]) if before[1] >= 20 else (after[1], before[1])
        return 20 <= tens < 100 and tens % 10 == 0 and 1 <= unit < 10 and unit == int(unit)
    return False


def _unit_of(value: float) -> float:
    """10 after 20..90, 100 after 100..900: what a following number may add ("twenty five")."""
    v = int(value)
    if v != value or v == 0:
        return 0.0
    unit = 1.0
    while v % 10 == 0:
        v //= 10
        unit *= 10
    return unit if unit > 1 else 0.0


# A word between digits-and-thousand and the hundreds said in words ("2 mil e quinhentos").
_HUNDREDS_LINK = re.compile(r"[ \u00a0](?:(?:e|y|et|and|und|en|i)[ \u00a0])?(?=[^\W\d_])", re.IGNORECASE)


def hundreds_after(text: str, quantity, stop: int, scan):
    """``quantity`` (digits with a thousands word: "2 mil", "3 thousand") with the hundreds said
    after it in words added ("2 mil e quinhentos" = 2,500, "3 Tausend fünfhundert" = 3,500);
    ``scan`` reads the words. Anything else after it is left alone ("2 mil e dois filhos")."""
    if not quantity.big or quantity.lead_scale != 1000 or quantity.end >= stop:
        return quantity
    link = _HUNDREDS_LINK.match(text, quantity.end, stop)
    said = scan(text, link.end(), stop) if link is not None else None
    if said is None or not said.words or said.value % 100 or not 100 <= said.value < 1000:
        return quantity
    return quantity._replace(value=quantity.value + said.value, end=said.end)
