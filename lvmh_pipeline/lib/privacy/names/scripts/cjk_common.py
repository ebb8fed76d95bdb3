"""What the Japanese, Chinese and Korean name rules share: script ranges, ages, the run of
name characters before an honorific.
"""

from __future__ import annotations

import re

HAN = "\u4e00-\u9fff\u3400-\u4dbf\u3005"
KATAKANA = "\u30a0-\u30ff\u31f0-\u31ff"
KANA = "\u3040-\u30ff"
_KANA_CHAR = re.compile(f"[{KANA}]")
_KANA_ONLY = re.compile("[\u3040-\u309f]")
_HANGUL = re.compile("[가-힣]")
_AGE_JA = r"[(（]?\s*\d{1,3}\s*(?:歳|才|代)"
_AGE_ZH = r"[(（]?\s*\d{1,3}\s*(?:岁|歲|周岁)"
# An age in years, or a decade of life ("30대"); "300대" is a price range, no age
_AGE_KO = r"[(（]?\s*(?:\d{1,3}\s*(?:세|살)|[1-9]0\s*대)"
_SEP = r"[ \u3000]?[、，,:：]?[ \u3000]?"


def _runs_before(text: str, honorific: re.Pattern[str], char: re.Pattern[str]):
    """(run start, run end, honorific) for each honorific preceded by name characters.

    A run never reaches back into the previous honorific ("李女士和张小姐" → 李, 和张).
    """
    floor = 0
    for m in honorific.finditer(text):
        end = m.start()
        if end > floor and text[end - 1] in " \u3000":
            end -= 1
        start = end
        while start > floor and char.match(text, start - 1):
            start -= 1
            # "田中 恵子様": one space inside a name
            if (
                start - 2 >= floor
                and text[start - 1] in " \u3000"
                and char.match(text, start - 2)
                and start < end
                and not _KANA_ONLY.match(text, start - 2)
                and text[start - 2] != text[start]  # "白 白先生": the surname said again, no given name
            ):
                start -= 1
        if start < end:
            yield start, end, m.group()
        floor = m.end()
