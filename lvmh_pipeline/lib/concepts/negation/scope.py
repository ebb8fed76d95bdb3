"""Clause scope of a negator on one note: :class:`Scope` (clause breaks read on the original
text), a pre-negator at most :data:`WINDOW` words before a hit ("no nickel or latex"), a
post-negator that is the whole rest of the clause ("allergies: none").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cached_property

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.negation.cues import _NE, COORDINATED_WORDS

__all__ = ["BRACKETS", "MAX_CHARS_BACK", "SAID_STEMS", "WINDOW", "Scope", "breaks_between", "said_before"]


WINDOW = 3  # words allowed between a negator and the concept it negates
MAX_CHARS_BACK = 80  # a negator further back than this cannot reach the hit


# A bracket breaks a clause unless it belongs to a redaction token ("[RELIGION]",
# "[NAME]"): a redaction token stands for the words it replaced ("돼지고기는 [RELIGION] 안 드심").
BRACKETS = r"\[(?![A-Z])|(?<![A-Z])\]"
# An arrow closes a clause too: "sem ovo, sem mel → vegana na prática" (the negator stays before it).
_BREAK = re.compile(r"[.;!?,:()\n。！？；：、，؛؟،•|｜→⇒]|\s[-–—]\s|->|=>|" + BRACKETS)


def breaks_between(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """A break of ``pattern`` inside ``text[start:end]``; the character after ``end`` is
    looked at too, so that the "[" of a redaction token at the end of the range ("[RELIGION]")
    is known for what it is."""
    match = pattern.search(text, start, min(len(text), end + 1))
    return match is not None and match.start() < end and (match.end() <= end or match.group() == "[")


_POST_GAP_OK = re.compile(r"^[\s:：\-–—=/'’]*$")  # (an apostrophe inside a phrase: "weren't mentioned")
_POST_FIRST_GAP_OK = re.compile(r"^[\s:：\-–—=/,，、]*$")  # "allergies, none"
# A speech verb set off between a topic and its answer ("Аллергий, говорит, нет", "Allergies, she says,
# none", "Allergien, sagt sie, keine"): the answer is still the whole rest of the topic's clause (folded words).
_SAID = frozenset(
    "says said say dit disait sagt sagte meint meinte dice diceva dijo diz disse zegt zei говорит говорила говорил "
    "сказала сказал говорят يقول تقول قال قالت".split()
)
_SAID_PRONOUNS = frozenset("she he they elle il sie er lei lui ella el ela ele ze hij zij она он".split())
_SAID_WORDS = _SAID | _SAID_PRONOUNS
SAID_STEMS = Literals(tuple(_SAID))  # what :func:`said_before` needs in a note


def _said(words: list[str]) -> bool:
    """``words`` (one or two, in text order) are a speech verb with or without its pronoun ("говорит",
    "she says", "dit elle", "sagt sie")."""
    if len(words) == 1:
        return words[0] in _SAID
    return len(words) == 2 and (
        (words[0] in _SAID_PRONOUNS and words[1] in _SAID) or (words[0] in _SAID and words[1] in _SAID_PRONOUNS)
    )


def said_before(folded: str, position: int) -> int | None:
    """Where a speech verb set off right before folded ``position`` starts, with its pronoun
    ("Аллергий, говорит, | нет": the end of "Аллергий"); None without one."""
    words = folded[max(0, position - 24) : position].split()
    k = 2 if len(words) > 1 and _said(words[-2:]) else 1 if _said(words[-1:]) else 0
    if not k:
        return None
    cut = position
    for _ in range(k):  # back over the verb and its pronoun
        cut = folded.rfind(" ", 0, len(folded[:cut].rstrip()))
    while cut > 0 and folded[cut - 1] == " ":
        cut -= 1
    return cut if cut > 0 else None  # (nothing before the verb: no topic it answers)


def _after_said(scope: Scope, tokens: list[tuple[int, int]], position: int) -> tuple[list[tuple[int, int]], int]:
    """``tokens`` and the position after a speech verb set off by commas at their head (with its
    pronoun: "she says", "dit-elle", "sagt sie"); unchanged without one."""
    words = [scope.folded[a:b] for a, b in tokens[:2]]
    k = 2 if len(words) > 1 and _said(words) else 1 if _said(words[:1]) else 0
    if not k or len(tokens) <= k or not _POST_FIRST_GAP_OK.match(scope.gap_text(position, tokens[0][0])):
        return tokens, position
    return tokens[k:], tokens[k - 1][1]


_TOKEN = re.compile(r"\S+")
# Conjunctions of reason open a clause of their own: a negator before them cannot reach past them.
_REASONS = frozenset("because weil omdat perche poiche porque parce потому поскольку لان لانها لانه عشان علشان لكونها لكونه".split())
# Subject pronouns: after "and" they open a clause of its own that a negator before them cannot reach (not the
# Spanish and Italian articles "el", "il").
_SUBJECTS = frozenset("he she they lui lei loro elle ils elles er sie él ella ellos ellas ele ela eles elas hij zij ze "
                      "он она они".split()) - {"el", "il"}
# "Except" after a negator makes it restrictive: "لا يأكل إلا الحلال", "لا تأكل سوى الكوشر" (only).
_EXCEPT = frozenset({"الا", "سوي", "سوى"})


class Scope:
    """One note's text and hit spans, for negation queries (clause breaks are read on the
    original text, since folding turned punctuation into spaces)."""

    def __init__(self, nt: NormalizedText, spans: Sequence[Sequence[int]]) -> None:
        self.nt = nt
        self.folded = nt.folded
        self.spans = spans

    @cached_property
    def starts(self) -> list[int]:
        return [span[0] for span in self.spans]

    def has_break(self, start: int, end: int) -> bool:
        if end <= start:
            return False
        o_start, o_end = self.nt.to_original(start, end)
        return breaks_between(_BREAK, self.nt.original, o_start, o_end)

    def gap_text(self, start: int, end: int) -> str:
        o_start, o_end = self.nt.to_original(start, end)
        return self.nt.original[o_start:o_end]

    def covering(self, start: int, end: int, own: int) -> int | None:
        """A hit other than ``own`` overlapping ``[start, end)``. Hits are sorted and none is
        nested in another, so their ends grow with their starts: the last hit starting
        before ``end`` (or the one before it, when that is ``own``) is the only candidate."""
        k = bisect_left(self.starts, end) - 1
        while k >= 0:
            if k != own:
                return k if self.spans[k][1] > start else None
            k -= 1
        return None


def _pre_negated(
    scope: Scope, own: int, pre: frozenset[str], pairs: dict[str, frozenset[str]] | None = None
) -> bool:
    position = scope.spans[own][0]
    folded = scope.folded
    tokens = [m.span() for m in _TOKEN.finditer(folded, max(0, position - MAX_CHARS_BACK), position)]
    words = 0
    coordinated = False
    for k in range(len(tokens) - 1, -1, -1):
        start, end = tokens[k]
        if end > position:
            continue  # inside a coordinated concept already stepped over
        if scope.has_break(end, position):
            return False
        if folded[start:end] == "plus" and any(
            folded[tokens[j][0] : tokens[j][1]] in _NE for j in range(max(0, k - 2), k)
        ):
            return True  # "ne mange plus de porc", "n'en boit plus"
        other = scope.covering(start, end, own)
        if other is not None:
            if not coordinated:
                return False
            coordinated = False
            position = min(start, scope.spans[other][0])
            continue
        token = folded[start:end]
        if token in _SUBJECTS and k > 0 and folded[tokens[k - 1][0] : tokens[k - 1][1]] in COORDINATED_WORDS:
            return False  # "niente glutine e lui è allergico al nichel": "and he" opens a clause of its own
        if token in _REASONS:
            return False  # "keine Pralinen, weil sie vegan ist", "بدون شوكولاتة لأنها نباتية": a new clause
        if token in _EXCEPT:
            return False  # "لا تأكل إلا الحلال": nothing but halal, the diet itself
        if token in pre:
            firsts = pairs.get(token) if pairs else None
            if firsts is None:
                return True
            if k > 0 and folded[tokens[k - 1][0] : tokens[k - 1][1]] in firsts:
                return True  # "ما عندها"
        coordinated = token in COORDINATED_WORDS
        words += 1
        if words > WINDOW:
            return False
        position = start
    return False


def _post_negated(scope: Scope, own: int, post: frozenset[str], post_first: frozenset[str]) -> bool:
    end_of_hit = scope.spans[own][1]
    folded = scope.folded
    tokens = [m.span() for m in _TOKEN.finditer(folded, end_of_hit, end_of_hit + 80)]
    if tokens and tokens[0][0] == end_of_hit:
        tokens = tokens[1:]  # the hit ends inside a word: skip the rest of that word
    position = end_of_hit
    if tokens and folded[tokens[0][0] : tokens[0][1]] in _SAID_WORDS and SAID_STEMS.any_in(folded):
        tokens, position = _after_said(scope, tokens, position)
    words: list[str] = []
    i = 0
    while i < len(tokens) and len(words) < 5:
        start, end = tokens[i]
        word = folded[start:end]
        if not words and word not in post_first:
            return False
        if not (_POST_GAP_OK if words else _POST_FIRST_GAP_OK).match(scope.gap_text(position, start)):
            break
        if scope.covering(start, end, own) is not None:
            return False
        words.append(word)
        position = end
        i += 1
    if not words:
        return False
    if i < len(tokens) and not scope.has_break(position, tokens[i][0]):
        return False  # the clause goes on: "none" is not the whole rest of it
    return " ".join(words) in post
