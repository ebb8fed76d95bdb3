"""A higher cap said only as a fallback after a capped budget: "up to fifteen hundred, max seventeen
hundred if needed", "tot vijftienhonderd, max zeventienhonderd als het moet", "bis 3.000, höchstens
3.500 wenn es sein muss". The first cap stays the budget and the budget is flexible; without the
condition, the later cap wins ("até uns quinze mil, no máximo dezoito": 18,000), as the dev writers
label both shapes.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.concepts.budgets.money import find_amount_matches

__all__ = ["condition_after", "conditional_stretch"]

_MAX_GAP_WORDS = 3  # ", max", ", höchstens", ", ma al massimo"
# The condition said right after the later amount (a comma or a currency word may come between).
_CONDITION = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:(?i:euros?|eur|€|pounds|dollars|francs|franchi|reais|euro)[ \u00a0]*,?[ \u00a0]*)?"
    r"(?:(?i:max|maximum|tops|at most|höchstens|maximal|al massimo|massimo|maximaal|hooguit|como mucho|máximo|"
    r"no máximo)"
    r"[ \u00a0]*,?[ \u00a0]*)?"  # "3,500 max if needed"
    r"(?i:if (?:really )?(?:needed|need be|necessary|pushed|(?:she|he|they|it) (?:must|has to|have to))|"
    r"als het (?:echt )?moet|indien nodig|zo nodig|desnoods|"
    r"wenn (?:es sein muss|nötig|notwendig)|wenn's sein muss|notfalls|zur not|"
    r"si (?:besoin|nécessaire|vraiment nécessaire|il le faut)|s'il le faut|au besoin|"
    r"se (?:serve|necessario|proprio serve|proprio necessario)|al limite|"
    r"si (?:hace falta|es necesario|fuera necesario)|"
    r"se (?:precisar|for preciso|for necessário|necessário)|"
    r"если (?:нужно|надо|потребуется)|в крайнем случае)(?![^\W\d_])"
)


def condition_after(text: str, end: int) -> re.Match[str] | None:
    """The condition ("if needed", "als het moet", "se serve") said right after ``end``, or None."""
    return _CONDITION.match(text, end)


def conditional_stretch(text: str, end: int, stop: int) -> tuple[int, int] | None:
    """Span of the fallback cap and its condition after a budget amount ending at ``end`` ("…, max
    zeventienhonderd als het moet"), within ``text[end:stop]`` and a few words of it: the budget's
    flexibility; or None."""
    for match in find_amount_matches(text, end, stop):
        if len(text[end : match.start].split()) > _MAX_GAP_WORDS:
            return None
        condition = condition_after(text, match.end)
        if condition is not None:
            return match.start, condition.end()
        return None
    return None
