"""A fast kept for a religious season is no intermittent-fasting diet: "keeps the fast, after Ramadan",
"fait du jeûne pendant le carême", "pratica il digiuno nel mese di Ramadan", "faz jejum na Quaresma".

:func:`religious_fasts` gives the ``intermittent_fasting`` matches said with a generic fasting phrase (no
"intermittent", no ratio, no eating window) in a note that names a religious fast or had a religion redacted
("[RELIGION]"). Spans are folded.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["religious_fasts"]

# A religious fast or its season (folded).
_RELIGIOUS = re.compile(
    r"(?<![^\W\d_])(?:ramadan|ramazan|ramadhan|lent|lenten|careme|quaresima|cuaresma|quaresma|fastenzeit|vastentijd|"
    r"veertigdagentijd|yom kippur|kippour|kippur|karva chauth|karwa chauth|navratri|ekadashi|великий пост|"
    r"великого поста|рамадан|رمضان|الصوم الكبير)(?![^\W\d_])|라마단|사순절|ラマダン|四旬節|断食月|斋月|齋月|封斋|大斋期"
)
# Words that make a fasting phrase a diet of its own (folded; digits are folded to 0).
_DIET_MARKS = ("intermit", "interval", "periodi", "sequentiel", "0", "window", "meal", "mahlzeit", "refeicao", "cancel",
               "once", "间歇", "間欠", "断続", "간헐", "متقطع", "轻", "輕", "プチ", "一", "공복", "한 끼")


def religious_fasts(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> set[int]:
    """The generic fasting matches of a note about a religious fast (see the module)."""
    fasting = meta.by_name.get("intermittent_fasting", -1)
    said = [i for i, m in enumerate(matches) if m[2] == fasting]
    if not said or ("[RELIGION]" not in nt.original and not _RELIGIOUS.search(nt.folded)):
        return set()
    folded = nt.folded
    return {i for i in said if not any(mark in folded[matches[i][0] : matches[i][1]] for mark in _DIET_MARKS)}
