"""Arabic shapes of a name found (see :mod:`..restated`).

- the Arabic spelling of a Latin name found in an Arabic note, where the note says it is a person's:
  after a title ("السيد الزرعوني" after "Mrs. Fatima Al Zarooni") or right after the Latin name, past a
  slash, a dash or a bracket ("Mr. Rashid Al Nasr / راشد النصر"). Spellings are compared by their
  consonants (Zarooni, الزرعوني: z-r-n); a word alone elsewhere ("مع الخوري", the priest) is no link;
- a Korean name written in Arabic letters: a Korean surname and two syllables of a given name
  ("كيم جي وو", "بارك مين هو"), or one where the note says Korean ("كوري", "كورية");
- a time word after a name is no part of it ("مدام بناني نهار السبت").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["arabic_restated", "korean_in_arabic", "without_time_word"]

_AR = "\u0621-\u064a"
_ARABIC_WORD = re.compile(f"[{_AR}]+")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TITLES = frozenset(
    """السيد السيدة السيده سيد سيدة مدام مسيو الأستاذ الأستاذة الاستاذ الاستاذة الشيخ الشيخة الدكتور الدكتورة
    عائلة آل المدام الحاج الحاجة""".split()
)
_BESIDE = re.compile(rf"[ \t]*(?:[/|(\-–—،,:]|=)[ \t]*(?=[{_AR}])")
_LATIN_DIGRAPHS = (("sh", "S"), ("ch", "S"), ("kh", "K"), ("th", "T"), ("dh", "D"), ("gh", "G"), ("ph", "f"), ("ou", ""), ("oo", ""), ("ee", ""))
_LATIN_MAP = str.maketrans({"q": "k", "c": "k", "x": "k", "v": "f", "p": "b", "a": "", "e": "", "i": "", "o": "", "u": "", "y": "", "w": "", "'": "", "’": "", "-": ""})
_ARABIC_MAP = str.maketrans({
    "ب": "b", "ت": "t", "ث": "T", "ج": "j", "ح": "h", "خ": "K", "د": "d", "ذ": "D", "ر": "r", "ز": "z", "س": "s",
    "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "G", "ف": "f", "ق": "k", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ة": "", "و": "", "ي": "", "ى": "", "ا": "", "أ": "", "إ": "", "آ": "", "ء": "", "ئ": "", "ؤ": "",
})


def _squeeze(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def _latin_key(word: str) -> str:
    w = word.lower()
    if w in ("al", "el", "bin", "ibn", "bint", "abu", "bu", "mr", "mrs", "ms", "dr", "sheikh", "sheikha"):
        return ""
    for a, b in _LATIN_DIGRAPHS:
        w = w.replace(a, b)
    w = w.translate(_LATIN_MAP)
    w = w[:-1] if w.endswith("h") and len(w) > 2 else w  # "Fatimah", "Aisha": the final h is ة
    return _squeeze(w)


def _arabic_key(word: str) -> str:
    w = word[2:] if word.startswith("ال") and len(word) > 4 else word
    return _squeeze(w.translate(_ARABIC_MAP))


def _keys(text: str, spans: list[PiiSpan], shortest: int = 3) -> set[str]:
    keys: set[str] = set()
    for span in spans:
        for m in _LATIN_WORD.finditer(text, span.start, span.end):
            key = _latin_key(m.group())
            if len(key) >= shortest:
                keys.add(key)
    return keys


def arabic_restated(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """Arabic spellings of the Latin names found, after a title or beside the Latin name."""
    latin = [s for s in spans if _LATIN_WORD.match(text, s.start)]
    short = _keys(text, latin, 2) if latin else set()  # "Omar", "Haddad": two consonants, beside only
    keys = {k for k in short if len(k) >= 3}
    if not short:
        return []
    out: list[PiiSpan] = []
    for m in _ARABIC_WORD.finditer(text):
        if m.group() in _TITLES:
            nxt = re.compile(rf"[ \t]+([{_AR}]+)").match(text, m.end())
            if nxt and _arabic_key(nxt.group(1)) in keys:
                out.append(PiiSpan(nxt.start(1), nxt.end(1), "NAME"))  # "السيد الزرعوني"
    for span in latin:
        gap = _BESIDE.match(text, span.end)
        pos, run = (gap.end() if gap else None), []
        while pos is not None and len(run) < 4:
            word = _ARABIC_WORD.match(text, pos)
            if not word or _arabic_key(word.group()) not in short:
                break
            run.append(word)
            blank = re.compile(r"[ \t]+").match(text, word.end())
            pos = blank.end() if blank else None
        if run:
            out.append(PiiSpan(run[0].start(), run[-1].end(), "NAME"))  # "Rashid Al Nasr / راشد النصر"
    return out


_KO_SURNAMES_AR = frozenset("كيم بارك باك تشوي تشوى جونغ جيونغ جانغ كانغ يون هان شين سونغ أوه اوه ليم هوانغ سيو مون يانغ".split())
# "لي" is "to me" too ("قال لي مين هو": who he is): a surname only where the note says Korean
_KOREAN_NOTE_ONLY = frozenset(["لي"])
_KO_SYLLABLES_AR = frozenset(
    """جي وو مين هو سو يون جون هي سونغ يونغ جين ها نا سي يو هيون وون سيو جاي جو هوا كيونغ سانغ دونغ إن ان أون اون
    بين مي را ري تاي غيو سوك تشول هيونغ يونغ جا جاي سونغ ميونغ يي ها-نا إيون ايون هاي سيونغ هون""".split()
)
_KO_RUN = re.compile(rf"(?<![{_AR}])(?=([{_AR}]+)((?:[ \t]+[{_AR}]{{1,5}}){{1,2}})(?![{_AR}]))")


def korean_in_arabic(text: str) -> list[PiiSpan]:
    """"كيم جي وو", "بارك مين هو": a Korean name in Arabic letters (see the module)."""
    korean_note = "كوري" in text
    if not korean_note and not any(s in text for s in ("كيم", "بارك", "باك", "تشوي", "جونغ", "جانغ", "كانغ", "يون", "هان", "شين", "سونغ", "أوه", "اوه", "ليم", "هوانغ", "سيو", "مون", "يانغ")):
        return []
    out: list[PiiSpan] = []
    for m in _KO_RUN.finditer(text):
        if m.group(1) not in _KO_SURNAMES_AR and not (korean_note and m.group(1) in _KOREAN_NOTE_ONLY):
            continue
        parts = m.group(2).split()
        if all(p in _KO_SYLLABLES_AR for p in parts) and (len(parts) == 2 or korean_note):
            out.append(PiiSpan(m.start(1), m.end(2), "NAME"))
    return out


_TIME_WORDS = frozenset(
    """نهار يوم اليوم بكرة بكره بكرا غدا أمس امس امبارح مبارح الصبح الصباح المسا المساء العصر الظهر الليلة البارحة
    السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة""".split()
)


def without_time_word(text: str, span: PiiSpan) -> PiiSpan:
    """"مدام بناني نهار السبت": a time word closing an Arabic name span is no part of it."""
    m = re.compile(rf"[ \t]+([{_AR}]+)$").search(text, span.start, span.end)
    if m and m.group(1) in _TIME_WORDS and m.start() > span.start:
        return PiiSpan(span.start, m.start(), span.kind)
    return span
