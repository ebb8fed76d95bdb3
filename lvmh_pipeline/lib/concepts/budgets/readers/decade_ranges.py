"""An amount said as the range it falls in: "20万円台" (in the 200,000s: 200,000-300,000), "300만 원대"
(3-4 million won), "3万円台" (30,000-40,000), "150万円台" (1.5-1.6 million). The range ends one step of
the numeral's last non-zero digit above it; "台币" (Taiwan dollars) and Korean words that start with
"대" ("대신", "대비") are no such range (:func:`decade_range`).
"""

from __future__ import annotations

import math
import re

from lvmh_pipeline.lib.concepts.budgets.amounts import Amount

__all__ = ["decade_range"]

_DECADE = re.compile(r"\s?(?:円|원|元)?(?:台(?![币幣湾灣北中南])|대(?![신비출기략부서상학회]))")
_NUMERAL = re.compile(r"(\d+)(?:[.,]\d+)?\D*$")


def decade_range(text: str, amount: Amount) -> Amount:
    """``amount`` as the range its "台"/"대" suffix states, else ``amount`` unchanged."""
    if math.isnan(amount.low) or amount.low != amount.high or _DECADE.match(text, amount.end) is None:
        return amount
    found = _NUMERAL.search(text, amount.start, amount.end)
    if found is None or "." in found.group(0) or "," in found.group(0):
        return amount
    digits = found.group(1)
    numeral = int(digits)
    if numeral == 0:
        return amount
    step = 10 ** (len(digits) - len(digits.rstrip("0")))
    return amount._replace(high=amount.low * (numeral + step) / numeral, end=_DECADE.match(text, amount.end).end())
