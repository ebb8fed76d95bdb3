"""Detection of GDPR Art. 9 special-category data in advisor notes.

Policy (CNIL guidance on free-text CRM fields): health, political opinions, religious or
philosophical beliefs, ethnic origin, sexual orientation and trade-union membership must not be
stored. Each such span becomes a category token — ``[HEALTH]``, ``[POLITICS]``, ``[RELIGION]``,
``[ORIGIN]``, ``[ORIENTATION]``, ``[UNION]`` — in the pseudonymized note. Kept readable on
purpose: food allergies and diets (halal, kosher, diabetic diet: client safety at events),
hobbies, professions (doctor, priest, politician), occasions (baptism, Eid, Christmas),
nationalities and places, pregnancy as a happy event. Non-food allergies are another
component's.

The vocabulary is data, ``taxonomy/special_categories.json`` (its ``notes`` field explains the
roles: terms, contextual terms licensed by a cue, cues, attached words, frames, keep phrases).
Every language's lists are matched on every note (notes are code-switched), with two
Aho-Corasick automata (alphabetic words with boundaries; CJK/Hangul/Arabic without). Spans map
back to exact original offsets, extend to whole words ("Typ-2-Diabetes", "AfD-Wähler"), and
neighbouring hits of one category merge ("a voté pour les Verts" is one span).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import ahocorasick

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_arabic_char, is_dense_char, normalize, to_folded
from lvmh_pipeline.lib.concepts.taxonomy import alias_pattern
from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["LEXICON_PATH", "SPECIAL_KINDS", "find_special_categories", "load_lexicon"]

SPECIAL_KINDS: tuple[str, ...] = ("HEALTH", "POLITICS", "RELIGION", "ORIGIN", "ORIENTATION", "UNION")
LEXICON_PATH = Path(__file__).resolve().parents[2] / "taxonomy" / "special_categories.json"
_ROLES = ("terms", "contextual", "cues", "attached")
TERM, CTX, CUE, ATT, KEEP, FRAME = range(6)
# Same ranges as ``common.text`` (dense scripts): blanked out for the alphabetic automaton.
_DENSE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff"
                    "\uf900-\ufaff\ufb50-\ufdff\ufe70-\ufeff\uff66-\uffdc\U00020000-\U0002fa1f]")
_CLAUSE = re.compile(r"[.;:!?,\n。！？；：、，؛؟،]")
_SENTENCE = re.compile(r"[.;!?\n。！？；؛؟\[\]]")
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")
_TOKEN = re.compile(r"[^\W_]+")
_TAIL = re.compile(r"[^\W_]*")
_AR_PREFIXES = frozenset("ال و وال ب بال ل لل ف فال ك كال وب وبال ول ولل".split()) | {""}
_AR_SUFFIXES = frozenset("ه ها هم ون ين ات ي يه يون يين ان ته تها يا".split()) | {""}
_AR_SHORT_PREFIXES = frozenset("ال و وال ب بال".split()) | {""}  # aliases of three letters or fewer
_AR_SHORT_SUFFIXES = frozenset({"", "ه"})
_MAX_GAP = 30  # original characters between two hits of a category that still merge


def load_lexicon(path: Path = LEXICON_PATH) -> dict:
    """The decoded lexicon document (a bad alias raises ``ValueError`` when the matcher is built)."""
    return json.loads(path.read_text(encoding="utf-8"))


def _wordish(char: str) -> bool:
    """Part of a word that a span extends over: alphabetic letters and digits, Arabic letters."""
    return char.isalnum() and (not is_dense_char(char) or is_arabic_char(char))


class _Lexicon:
    """Both automata, the frames and the word lists, built once from the lexicon document."""

    def __init__(self, doc: dict) -> None:
        self.window = int(doc["cue_window"])
        self.connectors = frozenset(fold(w).strip() for ws in doc["connectors"].values() for w in ws)
        self.titles = frozenset(doc["name_titles"])
        entries: dict[tuple[str, bool], set[tuple]] = {}

        def add(alias: str, kind: int, role: int, payload: int = -1) -> None:
            pattern = alias_pattern(alias)
            for key in pattern.keys:
                arabic = pattern.dense and is_arabic_char(key[-1])
                search = key if pattern.dense else f" {key}" + ("" if pattern.stem else " ")
                entry = (kind, role, len(key), pattern.stem, pattern.exact, arabic, payload)
                entries.setdefault((search, pattern.dense), set()).add(entry)

        for kind, name in enumerate(SPECIAL_KINDS):
            spec = doc["categories"][name]
            for role, field in enumerate(_ROLES):
                for aliases in spec[field].values():
                    for alias in aliases:
                        add(alias, kind, role)
        for aliases in doc["keep"].values():
            for alias in aliases:
                add(alias, -1, KEEP)
        demonyms = sorted({fold(d).strip() for ds in doc["demonyms"].values() for d in ds}, key=len, reverse=True)
        demonym = "(?:" + "|".join(re.escape(d) for d in demonyms) + r")[^\W_]*"
        free = r"(?!(?:" + "|".join(re.escape(c) for c in sorted(self.connectors)) + r")(?![^\W_]))[^\W\d_]+"
        self.frames: list[tuple[int, re.Pattern[str]]] = []
        for kind, name in enumerate(SPECIAL_KINDS):
            for frames in doc["categories"][name].get("frames", {}).values():
                for frame in frames:
                    parts, anchor = [], ""
                    for token in frame.split():  # "_" any word, "@" a demonym, "word*" a stem
                        if token in ("_", "@"):
                            parts.append(free if token == "_" else demonym)
                            continue
                        words = fold(token.rstrip("*")).split()
                        for i, word in enumerate(words):
                            stem = token.endswith("*") and i == len(words) - 1
                            parts.append(re.escape(word) + (r"[^\W_]*" if stem else ""))
                            anchor = max(anchor, word + ("*" if stem else ""), key=lambda w: len(w.rstrip("*")))
                    regex = re.compile(r"(?<![^\W_])" + " +".join(parts) + r"(?![^\W_])")
                    self.frames.append((kind, regex))
                    add(anchor, kind, FRAME, len(self.frames) - 1)
        self.automata = {}
        for dense in (False, True):
            automaton = ahocorasick.Automaton()
            for (search, is_dense), group in entries.items():
                if is_dense == dense:
                    automaton.add_word(search, tuple(group))
            automaton.make_automaton()
            self.automata[dense] = automaton

    def scan(self, nt: NormalizedText) -> list[tuple[int, int, int, int, int]]:
        """Every alias occurrence as (start, end, kind, role, payload) in folded offsets."""
        folded = nt.folded
        dense = _DENSE.search(folded) is not None
        latin = _DENSE.sub(" ", folded) if dense else folded
        found = []
        for end_index, group in self.automata[False].iter(f" {latin} "):
            for kind, role, size, stem, exact, _, payload in group:
                start = end_index - size - (0 if stem else 1)  # the haystack adds one leading space
                end = start + size
                if stem:
                    end = _TAIL.match(latin, end).end()
                found.append((start, end, kind, role, payload, exact))
        if dense:
            for end_index, group in self.automata[True].iter(folded):
                for kind, role, size, stem, exact, arabic, payload in group:
                    start, end = end_index + 1 - size, end_index + 1
                    if arabic:
                        word = _arabic_word(folded, start, end, size, stem)
                        if word is None:
                            continue
                        start, end = word
                    found.append((start, end, kind, role, payload, exact))
        hits = []
        for start, end, kind, role, payload, exact in found:
            if exact is not None and not _same_case(nt.original[slice(*nt.to_original(start, end))], exact):
                continue
            previous = folded[max(0, start - 12) : start].split()
            if previous and previous[-1] in self.titles and not folded[start - 1 : start].strip():
                continue  # "Mme Blanc", "Frau Krebs": a name after a title
            if role == FRAME:
                regex = self.frames[payload][1]
                for match in regex.finditer(folded, max(0, start - 60), min(len(folded), end + 60)):
                    if match.start() <= start and match.end() >= end:
                        hits.append((match.start(), match.end(), kind, TERM, payload))
                continue
            hits.append((start, end, kind, role, payload))
        return hits


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon(load_lexicon())


def _same_case(found: str, exact: str) -> bool:
    """A case-sensitive alias (``=Grünen``, ``=MS``); a lower-case one may start with a capital."""
    return found == exact or (exact[:1].islower() and found == exact[:1].upper() + exact[1:])


def _overlaps(a: tuple, b: tuple) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def find_special_categories(text: str) -> list[PiiSpan]:
    """Spans of special-category data in ``text`` (kinds in :data:`SPECIAL_KINDS`), sorted and
    non-overlapping, on whole words; placeholders already in the text are never touched."""
    if not isinstance(text, str) or not text.strip():
        return []
    lex = _lexicon()
    nt = normalize(text)
    original = nt.original
    hits = lex.scan(nt)
    if not hits:
        return []
    blocked = [h for h in hits if h[3] == KEEP]
    for m in _PLACEHOLDER.finditer(original):
        blocked.append((to_folded(nt, m.start()), to_folded(nt, m.end()), -1, KEEP, -1))
    hits = [h for h in hits if h[3] != KEEP and not any(_overlaps(h, b) for b in blocked)]
    anchors = [h for h in hits if h[3] in (TERM, CUE)]
    strong = [h for h in hits if h[3] == TERM]
    pending = [h for h in hits if h[3] == CTX]
    for _ in range(2):  # a contextual word counts with a cue, a term or a counted contextual word nearby
        licensed = [h for h in pending if any(_licenses(nt, a, h, lex.window) for a in anchors)]
        if not licensed:
            break
        strong += licensed
        anchors += licensed
        pending = [h for h in pending if h not in licensed]
    accepted: list[tuple] = []
    for hit in sorted(strong, key=lambda h: h[0] - h[1]):  # longest first across categories
        if not any(_overlaps(hit, a) and a[2] != hit[2] for a in accepted):
            accepted.append(hit)
    attached = [h for h in hits if h[3] == ATT and not any(_overlaps(h, a) and a[2] != h[2] for a in accepted)]
    cues = [h for h in hits if h[3] == CUE]
    spans: list[list] = []
    for kind in sorted({h[2] for h in accepted}):
        items = sorted((h[0], h[1], h[3] != ATT) for h in accepted + attached if h[2] == kind)
        group = None
        for start, end, is_strong in items:
            if group and (start <= group[1] or _joins(nt, lex, group, start, is_strong, kind, cues)):
                # group[4]: whether the hit that reaches the group's end is a term (not attached)
                group[4] = is_strong if end > group[1] else group[4] or (end == group[1] and is_strong)
                group[1], group[3] = max(group[1], end), group[3] or is_strong
            else:
                group = [start, end, kind, is_strong, is_strong]
                spans.append(group)
    result: list[PiiSpan] = []
    for start, end, kind, has_strong, _ in sorted(s for s in spans if s[3]):
        o_start, o_end = _whole_words(original, *nt.to_original(start, end))
        if result and o_start < result[-1].end:
            if result[-1].kind != SPECIAL_KINDS[kind]:
                continue
            previous = result.pop()
            o_start, o_end = previous.start, max(previous.end, o_end)
        result.append(PiiSpan(o_start, o_end, SPECIAL_KINDS[kind]))
    return result


def _arabic_word(folded: str, start: int, end: int, size: int, stem: bool) -> tuple[int, int] | None:
    """The whole Arabic word around an alias, if what is glued to it is an article, a preposition
    or an inflection ("الحجز", booking, is not "الحج"; "فورمان" is not "ورم")."""
    head, tail = start, end
    while head > 0 and is_arabic_char(folded[head - 1]):
        head -= 1
    while tail < len(folded) and is_arabic_char(folded[tail]):
        tail += 1
    prefixes, suffixes = (_AR_PREFIXES, _AR_SUFFIXES) if size > 3 else (_AR_SHORT_PREFIXES, _AR_SHORT_SUFFIXES)
    if folded[head:start] not in prefixes or not (stem or folded[end:tail] in suffixes):
        return None
    return head, tail


def _licenses(nt: NormalizedText, anchor: tuple, hit: tuple, window: int) -> bool:
    """``anchor`` (cue or term) is of ``hit``'s category, outside it, within ``window`` folded
    characters and in the same clause."""
    if anchor[2] != hit[2] or _overlaps(anchor, hit):
        return False
    left, right = (anchor, hit) if anchor[0] < hit[0] else (hit, anchor)
    if right[0] - left[1] > window:
        return False
    o_start, o_end = nt.to_original(left[1], right[0])
    return _CLAUSE.search(nt.original, o_start, o_end) is None


def _joins(nt: NormalizedText, lex: _Lexicon, group: list, start: int, is_strong: bool, kind: int, cues: list) -> bool:
    """Whether a hit starting at ``start`` continues ``group``: an attached word joins over spaces,
    hyphens and connectors ("cancer du sein"); two hits also over numbers, commas and cues of
    their category ("diabète, asthme", "a voté pour les Verts")."""
    o_start, o_end = nt.to_original(group[1], start)
    gap = nt.original[o_start:o_end]
    attached = not (is_strong and group[4])
    if len(gap) > (12 if attached else _MAX_GAP) or _SENTENCE.search(gap) or (attached and _CLAUSE.search(gap)):
        return False
    for token in _TOKEN.finditer(nt.folded, group[1], start):
        word = token.group()
        if word in lex.connectors or (not attached and word.strip("0") == ""):
            continue
        if attached or not any(c[2] == kind and c[0] <= token.start() and token.end() <= c[1] for c in cues):
            return False
    return True


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` grown to whole words; hyphens and apostrophes inside a word belong to it
    ("Typ-2-Diabetes", "l'islam", "Crohn's"). CJK/Hangul spans are not extended."""

    def inside(i: int) -> bool:  # text[i] belongs to the word around it
        return _wordish(text[i]) or (text[i] in "-'’" and 0 < i < len(text) - 1 and _wordish(text[i - 1])
                                     and _wordish(text[i + 1]))

    while start > 0 and inside(start - 1):
        start -= 1
    while end < len(text) and inside(end):
        end += 1
    return start, end
