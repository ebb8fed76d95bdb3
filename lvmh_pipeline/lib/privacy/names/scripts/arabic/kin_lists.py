"""Children or grandchildren listed by name after a colon ("هدايا للعيال الثلاثة: سلمان ورهف و... نور"):
once one item is a known given name, every one-word item of the list is a name — also one that
is a word too ("نور" light, "عمر" age, "وجود" being).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.person_names import person_names

__all__ = ["kin_list_names"]

_A = "\u0621-\u064a"
_KIN_GROUP = (
    r"(?:(?:لل|ل|و)?(?:عيال|أولاد|اولاد|بنات|أحفاد|احفاد|أطفال|اطفال)(?:ي|ه|ها|هم|نا)?"
    r"|(?:لل|ل|و)?ال(?:عيال|أولاد|اولاد|بنات|أحفاد|احفاد|أطفال|اطفال))"
)
_COUNT = r"(?:[ \t]+(?:الثلاثة|الثلاث|الاثنين|الإثنين|الأربعة|الاربعة|الخمسة|ثلاثة|اثنين|أربعة|[0-9٠-٩]+))?"
_LIST = re.compile(
    rf"(?<![{_A}]){_KIN_GROUP}{_COUNT}[ \t]*[:：][ \t]*"
    rf"(?P<items>[{_A}]+(?:[ \t]*(?:،|,)?[ \t]*و?(?:[ \t]*(?:\.{{2,3}}|…))?[ \t]*[{_A}]+){{1,5}})"
)
# One item: a separate "و" (maybe with a pause, "و... وجود") or none, then the word (which may carry a glued "و")
_ITEM = re.compile(rf"[ \t]*[،,]?[ \t]*(?P<conj>و[ \t]*(?:\.{{2,3}}|…)[ \t]*|و[ \t]+)?(?P<word>[{_A}]+)")


def _items(items: str, base: int) -> list[tuple[int, int, bool]]:
    """(start, end, joined by "و") of each name of a list, the glued "و" left out."""
    given = person_names().given
    out = []
    for m in _ITEM.finditer(items):
        word, start = m.group("word"), m.start("word")
        glued = not m.group("conj") and word[0] == "و" and len(word) > 3 and (word[1:] in given or word not in given)
        out.append((base + start + glued, base + m.end("word"), bool(m.group("conj")) or glued))
    return out


def kin_list_names(text: str) -> list[PiiSpan]:
    """Names listed after a plural kin word and a colon (see the module)."""
    spans = []
    given = person_names().given
    for m in _LIST.finditer(text):
        items = _items(m.group("items"), m.start("items"))
        joined = [k for k, (_, _, conj) in enumerate(items) if conj]
        if not joined:
            continue
        items = items[: joined[-1] + 1]  # the list ends with its "and …"
        words = [text[a:b] for a, b, _ in items]
        if len(words) < 2 or not any(w in given for w in words) or any(w.startswith("ال") for w in words):
            continue  # a list of people, not "للعيال: ساعات وأساور" (things)
        spans += [PiiSpan(a, b, "NAME") for a, b, _ in items]
    return spans
