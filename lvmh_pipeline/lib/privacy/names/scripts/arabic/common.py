"""What the Arabic name rules share: letters, titles (Arabic and Latin script), client and family
cues, ages, kunya, post-titles.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.cues import alternation
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ARABIC_CLIENT_WORDS,
    ARABIC_FAMILY_WORDS,
    ARABIC_KIN_WORDS,
    ARABIC_KUNYA,
    ARABIC_POST_TITLES,
    ARABIC_TITLES,
    FILLERS,
    LATIN_TITLES,
)

_LETTER = "\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF"
_ARABIC_WORD = re.compile(f"[{_LETTER}]+")
_ARABIC_FILLERS = tuple(f for f in FILLERS if "\u0600" <= f[0] <= "\u06ff")
# A title may carry a proclitic: "والسيدة", "للسيدة" (for Mrs.), "بالسيد", "مع السيدة".
_TITLE_FORMS = ARABIC_TITLES + tuple(
    prefix + title[2:]
    for title in ARABIC_TITLES
    if title.startswith("ال")
    for prefix in ("لل", "بال", "كال", "فال")
)
# A title may be followed by a pause: "الدكتور... اه... حداد".
_TITLE = re.compile(rf"(?<![{_LETTER}])[وف]?(?:{alternation(_TITLE_FORMS)})(?=[\s/،,.:;؛)]|…|$)")
_TITLE_WORDS = frozenset(t for t in ARABIC_TITLES if not t.startswith("ال") and not t.endswith("."))
_SKIP = re.compile(
    rf"(?:\s+|/\s*ة(?![{_LETTER}])|/|و(?=\s*(?:{alternation(ARABIC_TITLES)}))"
    rf"|(?:{alternation(_ARABIC_FILLERS)})(?![{_LETTER}])|[،,.…(（]+)"
)
_CUE = re.compile(
    rf"(?<![{_LETTER}])(?:{alternation(ARABIC_FAMILY_WORDS + ARABIC_CLIENT_WORDS)})(?=\s)"
)
_AGE = r"\(?\s*\d{1,3}\s*(?:سنة|سنه|سنوات|عامًا|عاماً|عاما|عام)"
_AGE_AFTER = re.compile(rf"\s*[،,:\-–—]?\s*(?:{_AGE}|\(\s*\d{{2}}\s*\))")
_LEADING = re.compile(
    rf"^[\s\-•*]*(?:(?:الاسم|العميل|العميلة|الزبون)\s*[:：]\s*)?([{_LETTER}]+(?:\s+[{_LETTER}]+){{0,2}}?)"
    r"\s*(?:[،,:(\-–—]|(?=\s*\d))"
)
_BRACKET_GIVEN = re.compile(rf"\s*\(\s*([{_LETTER}]+)\s*\)")
_NAME_THEN_AGE = re.compile(rf"(?<![{_LETTER}])([{_LETTER}]+(?:\s+[{_LETTER}]+)?)(?={_AGE_AFTER.pattern})")
_AGE_DIGIT = re.compile(r"\d\s*(?:سن|عام|\))")  # what every _AGE_AFTER holds: a gate searched first
_GIVEN_THEN_FAMILY = re.compile(rf"(?<![{_LETTER}])([{_LETTER}]+)\s+(ال[{_LETTER}]+)")
# Staff who act for a client, named by a given name after the role ("السائق سالم", "سكرتيرته أمل").
_STAFF_WORDS = frozenset(
    """السكرتير السكرتيرة سكرتيره سكرتيرته سكرتيرتها السائق السواق سائقه سائقها سواقه سواقها المساعد
    المساعدة مساعده مساعدها مساعدته مساعدتها المرافق المرافقة مرافقه مرافقها المربية مربية مربيتها
    الحارس حارسه السايق سايقه سايقها الشوفير شوفيره شوفيرها الخادمة الخدامة خادمتها خادمته الشغالة
    شغالتها الطباخ الطباخة المدبرة الممرضة ممرضته ممرضتها الموظفة الموظف للموظفة للموظف زميلتي زميلي
    البائعة البائع""".split()
)
# A staff word's possessive written apart ("السواق حقها", "الشوفير تبعه", "السكرتيرة ديالو", "المربية حقت العيال")
STAFF_POSSESSIVES = frozenset("حقها حقه حقهم حقته حقتها حقتهم تبعها تبعه تبعهم تبعو ديالها ديالو ديالهم".split())
_KIN_THEN_GIVEN = re.compile(
    rf"(?<![{_LETTER}])(?:{alternation(ARABIC_KIN_WORDS | _STAFF_WORDS)})"
    rf"(?:[ \t]+(?:{alternation(STAFF_POSSESSIVES)}|حقت?[ \t]+ال[{_LETTER}]+)[ \t]*[،,:]?)?(?:[ \t]*:[ \t]*|\s+)([{_LETTER}]+)"
)
# "الأب سعيد، والأم …": a parent word, then a given name closed by punctuation (a word too: سعيد
# "happy"; "الأم سعيدة جدا" is "the mother is very happy", not closed).
_PARENT_THEN_GIVEN = re.compile(
    rf"(?<![{_LETTER}])و?(?:الأب|الاب|الأم|الام|الوالد|الوالدة)\s+([{_LETTER}]+)(?=[ \t]*(?:[،,.:;؛()\-–—/]|$|\n))"
)
# Family names that are ordinary adjectives listed as words ("the elder", "the younger"): a
# family name only right after a given name.
_ADJECTIVE_FAMILY = frozenset({"الكبير", "الصغير"})
COMPOUND_FIRST = frozenset({"عبد", "أبو", "ابو", "بن", "ابن", "بنت", "أم", "ام", "آل", "بو", "أبي", "ابي"})
_KUNYA_WORDS = frozenset(ARABIC_KUNYA)
_POST_TITLES = frozenset(ARABIC_POST_TITLES)
# What closes a name: punctuation, a bracket, a dash, the end of the text, or Latin script
# (the name written again: "السيدة ريم ناصر (Reem Nasser)").
_CLOSED_AFTER = re.compile(r"[ \t]*(?:[،,.:;؛()\[\]\-–—/]|$|\n)")
# "نادية هانم", "فريبا خانم": a given name before an honorific that follows names.
_BEFORE_POST_TITLE = re.compile(
    rf"(?<![{_LETTER}])([{_LETTER}]+)\s+(?:{alternation(ARABIC_POST_TITLES)})(?![{_LETTER}])"
    rf"(?:\s+(ال[{_LETTER}]+))?"
)
# "أم فهد", "أبو خالد": the child's given name after a kunya.
_KUNYA = re.compile(rf"(?<![{_LETTER}])(?:{alternation(ARABIC_KUNYA)})\s+([{_LETTER}]+)")
# "سالم وريم الكعبي": given names joined by the proclitic و before a family name or a known name.
# (the second word in a lookahead: "حمد وخليفة وموزة" is two pairs, the second name in both)
_AND_GIVEN = re.compile(rf"(?:(?<![{_LETTER}])|(?<=\sو))([{_LETTER}]+)\s+و(?=([{_LETTER}]{{2,}}))")
_SPACE = re.compile(r"\s+")
# "Mme الخياط", "Mr. النحاس": a Latin title before a name written in Arabic.
_LATIN_TITLE_WORDS = tuple(t for t in LATIN_TITLES if t[:1].isupper())
_LATIN_TITLE = re.compile(rf"(?<![A-Za-z])(?:{alternation(_LATIN_TITLE_WORDS)})\.?[ \t]+(?=[{_LETTER}])")
# What every match of _LATIN_TITLE holds, looked for first: a title, and its end before a blank and
# an Arabic letter
_LATIN_TITLE_GATE = Gate(_LATIN_TITLE_WORDS)
_LATIN_TITLE_END = re.compile(
    "[" + re.escape("".join(sorted({t[-1] for t in _LATIN_TITLE_WORDS} | {"."}))) + rf"][ \t]+[{_LETTER}]"
)
_LATIN_START = re.compile(r"[A-ZÀ-Þ]")
