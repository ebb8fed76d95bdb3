"""A budget said to allow a bit more, right after its amount: "maybe more", "kan iets meer", "peut-être
plus", "ممكن تزود", "百万円を超えてもいい", "조금 넘어도 돼요", "超一点也行". The dev writers mark these
budgets flexible (the bounds stay as said; "X or more" words that open the maximum are read by
:mod:`~lvmh_pipeline.lib.concepts.budgets.budget_bounds`). The taxonomy's ``budget_flexible`` words
("flexible", "negotiable") are read by :mod:`~lvmh_pipeline.lib.concepts.budgets.budget`.
"""

from __future__ import annotations

import re

__all__ = ["more_allowed"]

_WINDOW = 64  # characters after the amount's start where the phrase may start
_MORE = re.compile(
    r"(?<![^\W\d_])(?i:maybe more|perhaps more|possibly more|maybe a bit more|a bit more|a little more|could go higher|"
    r"can go higher|peut-être plus|peut être plus|un peu plus|voire plus|forse di più|forse qualcosa di più|un po' di più|"
    r"anche di più|quizás más|quizá más|tal vez más|un poco más|algo más|talvez mais|um pouco mais|pode ser mais|"
    r"vielleicht mehr|etwas mehr|gern auch mehr|misschien meer|kan iets meer|mag iets meer|kan wat meer|mag wat meer|iets meer|kan meer|mag meer|может больше|может и больше|"
    r"можно больше|чуть больше|немного больше|ممكن تزود|ممكن يزيد|ممكن تزيد|ممكن يزود|ممكن أكثر|ممكن اكثر|ممكن اكتر)(?![^\W\d_])"
    r"|を?超えても|を?越えても|넘어도|넘어도 (?:돼|괜찮)|超(?:出|过|過)?一点|超(?:出|过|過)?一些也|多一点也|高一点也|再多一点"
)


def more_allowed(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """Span of a "a bit more is fine" phrase in ``text[start:stop]``, within a few words of a budget amount
    starting at ``start`` (the amount's span may hold it: "five grand, maybe more"), or None."""
    found = _MORE.search(text, start, min(stop, start + _WINDOW))
    return None if found is None else (found.start(), found.end())
