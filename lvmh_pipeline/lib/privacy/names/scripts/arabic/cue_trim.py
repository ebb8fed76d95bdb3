"""The words that announce an Arabic name are no part of it: a span the rules found that starts
with one of them keeps only the name after it.

- a naming word ("اسمها عائشة", "اسمه مؤيد");
- the father / mother word of a kunya before the child's given name ("أبو خليل، …": the child's
  name is the identifier, "أبو" stays, as it does after the kunya rules);
- a staff word and its possessive ("السايق حقهم عبدالرؤوف", "الشوفير تبعها حسن");
- a title, a client word or a word describing the person ("ست سعاد", "الشاب رامي الأحمد").

Nothing is cut that would leave no word, nor a particle of a compound name ("عبد", "بن", "آل").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ARABIC_CLIENT_WORDS,
    ARABIC_KUNYA,
    ARABIC_NAMING_WORDS,
    ARABIC_TITLES,
)
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import _STAFF_WORDS

__all__ = ["without_leading_cues"]

# Possessives after a staff word ("السواق حقها", "الشوفير تبعه") and staff words of other registers
_POSSESSIVES = frozenset("حقها حقه حقهم حقته حقتها حقتهم حقي تبعها تبعه تبعهم تبعو تبعي ديالها ديالو ديالهم".split())
_MORE_STAFF = frozenset("الشوفير شوفيرها شوفيره الخادمة الخدامة خادمتها خادمته الطباخ الطباخة الممرضة المدبرة".split())
# Words that describe who the person is before the name ("الشاب رامي", "الطفلة جود")
_DESCRIBING = frozenset("الشاب الشابة الطفل الطفلة الصغير الصغيرة الكبير الكبيرة الحبيب الحبيبة".split())
_LEAD_WORDS = (
    frozenset(ARABIC_NAMING_WORDS) - {"باسم", "بإسم", "بأسم"}
    | frozenset(t for t in ARABIC_TITLES if not t.endswith("."))
    | frozenset(ARABIC_CLIENT_WORDS)
    | _STAFF_WORDS
    | _MORE_STAFF
    | _POSSESSIVES
    | _DESCRIBING
    | frozenset({"ست", "لالة", "للا"})
)
_KUNYA = frozenset(ARABIC_KUNYA)
_WORD_THEN_GAP = re.compile(r"(\S+)[ \t]+(?=\S)")


def without_leading_cues(text: str, span: PiiSpan) -> PiiSpan:
    """``span`` without the cue words it starts with (see the module)."""
    start = span.start
    while True:
        m = _WORD_THEN_GAP.match(text, start, span.end)
        if not m:
            break
        word = m.group(1).rstrip("،,:")
        if word in _LEAD_WORDS:
            start = m.end()
            continue
        if word in _KUNYA:
            nxt = text[m.end() : span.end].split()
            if nxt and nxt[0].rstrip("،,") in person_names().given:
                start = m.end()  # "أبو خليل": the child's given name
                continue
        break
    return span if start == span.start else PiiSpan(start, span.end, span.kind)
