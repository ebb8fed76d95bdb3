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
roles: terms, contextual terms licensed by a cue, cues, attached words, roles, frames, keep
phrases, and the ``(context)`` alias syntax). Every language's lists are matched on every note
(notes are code-switched), with two Aho-Corasick automata (alphabetic words with boundaries;
CJK/Hangul/Arabic without). Spans map back to exact original offsets, extend to whole words
("Typ-2-Diabetes", "AfD-Wähler"), and neighbouring hits of one category merge ("a voté pour les
Verts" is one span). A span takes in the words that carry the fact with it: attached words and
roles it touches ("Conservative councillor", "delegata CGIL") and, in the categories whose cues
join, the cue it touches ("votes Labour", "iscritto al PD"); two demonyms joined by a hyphen are
an origin ("Japanese-Brazilian"), a nationality alone is not.

:func:`allergy_spans` gives the words the non-food allergy policy redacts: the allergen, not the
cue around it ("allergic to [HEALTH]"), and nothing for a negated allergy or a "nickel-free"
request.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import ahocorasick

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_arabic_char, is_dense_char, normalize, to_folded
from lvmh_pipeline.lib.concepts.taxonomy import alias_pattern
from lvmh_pipeline.lib.privacy.contacts import PiiSpan

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.extraction import ConceptHit
    from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy

__all__ = ["LEXICON_PATH", "SPECIAL_KINDS", "allergy_spans", "find_special_categories", "load_lexicon"]

SPECIAL_KINDS: tuple[str, ...] = ("HEALTH", "POLITICS", "RELIGION", "ORIGIN", "ORIENTATION", "UNION")
LEXICON_PATH = Path(__file__).resolve().parents[2] / "taxonomy" / "special_categories.json"
_ROLES = ("terms", "contextual", "cues", "attached")
TERM, CTX, CUE, ATT, KEEP, FRAME, DEMONYM, ROLE = range(8)
# Same ranges as ``common.text`` (dense scripts): blanked out for the alphabetic automaton.
_DENSE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff"
                    "\uf900-\ufaff\ufb50-\ufdff\ufe70-\ufeff\uff66-\uffdc\U00020000-\U0002fa1f]")
_CLAUSE = re.compile(r"[.;:!?,\n。！？；：、，؛؟،]")
_SENTENCE = re.compile(r"[.;!?\n。！？；؛؟\[\]]")
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")
_TOKEN = re.compile(r"[^\W_]+")
_TAIL = re.compile(r"[^\W_]*")
_AR_PREFIXES = frozenset("ال و وال ب بال ل لل ف فال ك كال وب وبال ول ولل عال".split()) | {""}
# Glued before an article only: "عالكنيسة" is على الكنيسة, "عسكري" is not سكري.
_AR_ARTICLE_PREFIXES = frozenset({"ع"})
_AR_SUFFIXES = frozenset("ه ها هم ون ين ات ي يه يون يين ان ته تها يا".split()) | {""}
_AR_SHORT_PREFIXES = frozenset("ال و وال ب بال".split()) | {""}  # aliases of three letters or fewer
_AR_SHORT_SUFFIXES = frozenset({"", "ه"})
_CONTEXT = re.compile(  # "=(has) MS": case-sensitive, "has" must be there and stays readable
    r"(?P<exact>=?)\s*(?:\((?P<lead>[^()]*)\))?(?P<core>[^()]*)(?:\((?P<trail>[^()]*)\))?"
)
_MAX_GAP = 30  # original characters between two hits of a category that still merge
_MAX_ATTACHED_GAP = 12  # original characters between a span and an attached word or a joining cue
_HYPHENS = frozenset("-\u2010\u2011")
_MIN_COMPOUND_DEMONYM = 4  # letters of a demonym stem that may start or end a hyphenated compound


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
        self.joining_cues = frozenset(SPECIAL_KINDS.index(k) for k in doc.get("joining_cues", ()))
        entries: dict[tuple[str, bool], set[tuple]] = {}

        def add(alias: str, kind: int, role: int, payload: int = -1) -> None:
            plain, lead, trail = _context(alias)
            pattern = alias_pattern(plain)
            if (lead or trail) and (pattern.stem and trail or any(is_arabic_char(c) for c in plain)):
                raise ValueError(f"alias {alias!r}: no context after a stem, none in Arabic")
            for key in pattern.keys:
                arabic = pattern.dense and is_arabic_char(key[-1])
                search = key if pattern.dense else f" {key}" + ("" if pattern.stem else " ")
                cut = (_context_size(key, lead, True), _context_size(key, trail, False))
                entry = (kind, role, len(key), pattern.stem, pattern.exact, arabic, payload, cut)
                entries.setdefault((search, pattern.dense), set()).add(entry)

        for kind, name in enumerate(SPECIAL_KINDS):
            spec = doc["categories"][name]
            for role, field in [*enumerate(_ROLES), (ROLE, "roles")]:
                for aliases in spec.get(field, {}).values():
                    for alias in aliases:
                        add(alias, kind, role)
        for aliases in doc["keep"].values():
            for alias in aliases:
                add(alias, -1, KEEP)
        demonyms = sorted({fold(d).strip() for ds in doc["demonyms"].values() for d in ds}, key=len, reverse=True)
        for word in demonyms:  # "Japanese-Brazilian", "Chinees-Indisch": two demonyms joined by a hyphen
            if len(word) >= _MIN_COMPOUND_DEMONYM:
                add(word + "*", SPECIAL_KINDS.index("ORIGIN"), DEMONYM)
        demonym = "(?:" + "|".join(re.escape(d) for d in demonyms) + r")[^\W_]*"
        free = r"(?!(?:" + "|".join(re.escape(c) for c in sorted(self.connectors)) + r")(?![^\W_]))[^\W\d_]+"
        self.frames: list[tuple[int, re.Pattern[str]]] = []
        for kind, name in enumerate(SPECIAL_KINDS):
            for frames in doc["categories"][name].get("frames", {}).values():
                for frame in frames:
                    parts, anchor = [], ""
                    tokens = frame.split()
                    # "_" any word, "@" a demonym, "word*" a stem, "(word)" matched but kept readable
                    first = next(i for i, t in enumerate(tokens) if not t.startswith("("))
                    last = max(i for i, t in enumerate(tokens) if not t.startswith("("))
                    for position, token in enumerate(tokens):
                        token = token.strip("()")
                        if token in ("_", "@"):
                            part = free if token == "_" else demonym
                        else:
                            words = fold(token.rstrip("*")).split()
                            pieces = []
                            for i, word in enumerate(words):
                                stem = token.endswith("*") and i == len(words) - 1
                                pieces.append(re.escape(word) + (r"[^\W_]*" if stem else ""))
                                anchor = max(anchor, word + ("*" if stem else ""), key=lambda w: len(w.rstrip("*")))
                            part = " +".join(pieces)
                        opening, closing = "(?P<core>" if position == first else "", ")" if position == last else ""
                        parts.append(opening + part + closing)
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
            for kind, role, size, stem, exact, _, payload, cut in group:
                start = end_index - size - (0 if stem else 1)  # the haystack adds one leading space
                end = start + size
                if stem:
                    end = _TAIL.match(latin, end).end()
                found.append((start, end, kind, role, payload, exact, cut))
        if dense:
            for end_index, group in self.automata[True].iter(folded):
                for kind, role, size, stem, exact, arabic, payload, cut in group:
                    start, end = end_index + 1 - size, end_index + 1
                    if arabic:
                        word = _arabic_word(folded, start, end, size, stem)
                        if word is None:
                            continue
                        start, end = word
                    found.append((start, end, kind, role, payload, exact, cut))
        hits = []
        framed: dict[tuple[int, int], list[tuple]] = {}  # anchor occurrence -> frame matches
        for start, end, kind, role, payload, exact, (lead, trail) in found:
            if exact is not None and not _same_case(nt.original[slice(*nt.to_original(start, end))], exact):
                continue
            previous = folded[max(0, start - 12) : start].split()
            if previous and previous[-1] in self.titles and not folded[start - 1 : start].strip():
                continue  # "Mme Blanc", "Frau Krebs": a name after a title
            if role == FRAME:
                regex = self.frames[payload][1]
                for match in regex.finditer(folded, max(0, start - 60), min(len(folded), end + 60)):
                    if match.start() <= start and match.end() >= end:
                        core = (match.start("core"), match.end("core"), kind, TERM, payload)
                        framed.setdefault((start, kind), []).append((match.end(), core))
                continue
            hits.append((start + lead, end - trail, kind, role, payload))  # "(has) =MS": only "MS"
        for matches in framed.values():
            # "peruana de origen quechua": "de origen @" names the origin, "@ de origen" a nationality
            right = max(m[0] for m in matches)
            hits.extend(core for end, core in matches if end == right)
        return hits


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon(load_lexicon())


def _context(alias: str) -> tuple[str, str, str]:
    """``"=(has) MS"`` → (``"=has MS"``, ``"has"``, ``""``): the alias to match and the words
    before and after that must be there but stay readable."""
    match = _CONTEXT.fullmatch(alias.strip())
    if match is None or not match.group("core").strip():
        raise ValueError(f"alias {alias!r}: context words go in parentheses at the start or the end")
    lead, trail = (match.group(g) or "" for g in ("lead", "trail"))
    return " ".join(alias.replace("(", "").replace(")", "").split()), lead.strip(), trail.strip()


def _context_size(key: str, context: str, leading: bool) -> int:
    """Folded characters of ``key`` taken by its context words (and the space after or before)."""
    if not context:
        return 0
    words = " ".join(fold(context).split())
    size = len(words)
    if leading:
        return size + (key[size : size + 1] == " ")
    return size + (key[-size - 1 : -size] == " ")


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
    hits += _compounds(nt, [h for h in hits if h[3] == DEMONYM])
    anchors = [h for h in hits if h[3] in (TERM, CUE)]
    roles = [h for h in hits if h[3] == ROLE]
    strong = [h for h in hits if h[3] == TERM]
    pending = [h for h in hits if h[3] == CTX]
    for _ in range(2):  # a contextual word counts with a cue, a term or a counted contextual word nearby
        licensed = [h for h in pending if any(_licenses(nt, a, h, lex.window) for a in anchors)
                    or any(r[2] == h[2] and _touches(nt, lex, r, h) for r in roles)]
        if not licensed:
            break
        strong += licensed
        anchors += licensed
        pending = [h for h in pending if h not in licensed]
    accepted: list[tuple] = []
    for hit in sorted(strong, key=lambda h: h[0] - h[1]):  # longest first across categories
        if not any(_overlaps(hit, a) and a[2] != hit[2] for a in accepted):
            accepted.append(hit)
    attached = [h for h in hits if h[3] == ATT and not any(
        (_overlaps(h, a) and a[2] != h[2]) or (a[0] <= h[0] and h[1] <= a[1]) for a in accepted)]
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
    spans = [s for s in spans if s[3]]
    joining = [c for c in cues if c[2] in lex.joining_cues] + roles
    joining = [c for c in joining if not any(_overlaps(c, a) and a[2] != c[2] for a in accepted)]
    if joining:
        for span in spans:  # never over a span of another category ("член" is a party's or a union's)
            others = [o for o in spans if o[2] != span[2]]
            own = [c for c in joining if c[2] == span[2] and not any(_overlaps(c, o) for o in others)]
            if own:
                _absorb(nt, lex, span, own)
    result: list[PiiSpan] = []
    for start, end, kind, has_strong, _ in sorted(spans):
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
    glued = folded[head:start]
    if glued in _AR_ARTICLE_PREFIXES and size > 3 and folded.startswith("ال", start):
        glued = ""
    if glued not in prefixes or not (stem or folded[end:tail] in suffixes):
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
    too_far = len(gap) > (_MAX_ATTACHED_GAP if attached else _MAX_GAP)
    if too_far or _SENTENCE.search(gap) or (attached and _CLAUSE.search(gap)):
        return False
    for token in _TOKEN.finditer(nt.folded, group[1], start):
        word = token.group()
        if word in lex.connectors or (not attached and word.strip("0") == ""):
            continue
        if attached or not any(c[2] == kind and c[0] <= token.start() and token.end() <= c[1] for c in cues):
            return False
    return True


def _compounds(nt: NormalizedText, demonyms: list[tuple]) -> list[tuple]:
    """ORIGIN terms for demonyms joined by a hyphen in the original ("Japanese-Brazilian",
    "Kosovo-albanisch", "Afro-Caribbean"); a single demonym is a nationality and stays."""
    found = []
    demonyms = sorted(set(demonyms))
    for left, right in zip(demonyms, demonyms[1:]):
        if right[0] <= left[1]:
            continue
        o_start, o_end = nt.to_original(left[1], right[0])
        if o_end - o_start == 1 and nt.original[o_start] in _HYPHENS:
            found.append((left[0], right[1], left[2], TERM, -1))
    return found


def _touches(nt: NormalizedText, lex: _Lexicon, a: tuple | list, b: tuple | list) -> bool:
    """``a`` and ``b`` overlap or only spaces, hyphens, quotes and connectors separate them, in
    the same clause ("iscritto al PD", "consigliera comunale per la Lega")."""
    if a[0] < b[1] and b[0] < a[1]:
        return True
    left, right = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    o_start, o_end = nt.to_original(left, right)
    gap = nt.original[o_start:o_end]
    if len(gap) > _MAX_ATTACHED_GAP or _CLAUSE.search(gap) or _PLACEHOLDER.search(gap):
        return False
    return all(t.group() in lex.connectors for t in _TOKEN.finditer(nt.folded, left, right))


def _absorb(nt: NormalizedText, lex: _Lexicon, span: list, cues: list[tuple]) -> None:
    """Grow ``span`` over the cues (of a category whose cues join) and roles of its category
    that touch it ("votes Labour", "iscritto al PD", "Conservative councillor", "reza en la
    mezquita")."""
    grown = True
    while grown:
        grown = False
        for cue in cues:
            if span[0] <= cue[0] and cue[1] <= span[1]:
                continue
            if _touches(nt, lex, cue, span):
                span[0], span[1] = min(span[0], cue[0]), max(span[1], cue[1])
                grown = True


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


# --- non-food allergies: the allergen's words, not the cue around them ----------------------------

# Words that glue an allergy cue to its allergen ("allergic to", "allergia ai", "аллергия на") and
# intensifiers ("very sensitive to"); the lexicon's connectors are added.
_ALLERGY_GLUE = (
    "to against from towards very really quite mildly severely badly au aux à la de du des très "
    "al ai alla alle agli allo all a molto anche muy al los las sehr gegen auf gegenüber ao aos às "
    "muito voor op tegen zeer erg на к очень от من ل لل جدا جدًا に 에 에게 对 對 於 于"
).split()
# An allergen named as a product requirement ("nickel-free", "sans nickel", "nickelfrei").
_FREE_WORDS = frozenset("free sans senza sin sem frei ohne vrij zonder без بدون".split())
_FREE_SUFFIXES = ("free", "frei", "vrij")
_FREE_DENSE = ("フリー", "不使用", "프리", "无", "無", "不含", "خالي من")


class _AllergyWords:
    """Allergy cues and generic allergy words of the taxonomy (every language), as automata."""

    def __init__(self, taxonomy: Taxonomy, connectors: Iterable[str]) -> None:
        aliases = [a for c in taxonomy.concepts if c.matcher == "cue" or c.concept == "allergy_unspecified"
                   for values in c.aliases.values() for a in values]
        aliases += list(_ALLERGY_GLUE) + list(connectors)
        self.automata = {dense: ahocorasick.Automaton() for dense in (False, True)}
        keys: dict[tuple[str, bool], int] = {}
        for alias in aliases:
            try:
                pattern = alias_pattern(alias.lstrip("?"))
            except ValueError:
                continue
            for key in pattern.keys:
                search = key if pattern.dense else f" {key}" + ("" if pattern.stem else " ")
                keys[(search, pattern.dense)] = len(key) if not pattern.stem else -len(key)
        for (search, dense), size in keys.items():
            self.automata[dense].add_word(search, size)
        for automaton in self.automata.values():
            automaton.make_automaton()

    def matches(self, folded: str) -> list[tuple[int, int]]:
        """(start, end) of every allergy word in ``folded`` (stems run to the word's end)."""
        dense = _DENSE.search(folded) is not None
        latin = _DENSE.sub(" ", folded) if dense else folded
        found = []
        for end_index, size in self.automata[False].iter(f" {latin} "):
            stem = size < 0
            start = end_index - abs(size) - (0 if stem else 1)
            end = _TAIL.match(latin, start + abs(size)).end() if stem else start + abs(size)
            found.append((start, end))
        if dense:
            for end_index, size in self.automata[True].iter(folded):
                start, end = end_index + 1 - abs(size), end_index + 1
                glued = (start > 0 and is_arabic_char(folded[start - 1])) or (
                    end < len(folded) and is_arabic_char(folded[end]))
                if is_arabic_char(folded[start]) and glued:
                    continue  # Arabic: whole words only ("ل" is not the end of "النيكل")
                found.append((start, end))
        return found


@lru_cache(maxsize=4)
def _allergy_words(taxonomy: Taxonomy) -> _AllergyWords:
    return _AllergyWords(taxonomy, _lexicon().connectors)


def _allergen_core(words: _AllergyWords, evidence: str) -> tuple[int, int] | None:
    """Offsets in ``evidence`` of the allergen without the cue words at its edges ("Allergic to
    penicillin" → "penicillin", "ニッケルアレルギー" → "ニッケル"); None for an allergen-free
    product request."""
    nt = normalize(evidence)
    folded = nt.folded
    if any(t in _FREE_WORDS or t.endswith(_FREE_SUFFIXES) for t in folded.split()):
        return None
    if any(w in evidence for w in _FREE_DENSE):
        return None
    spans = words.matches(folded)
    start, end = 0, len(folded)
    moved = True
    while moved:  # peel cue words off both edges
        moved = False
        while start < end and not folded[start].isalnum():
            start += 1
        while end > start and not folded[end - 1].isalnum():
            end -= 1
        for s, e in spans:
            if s == start and e < end:
                start, moved = e, True
            elif e == end and s > start:
                end, moved = s, True
    if start >= end:
        return 0, len(evidence)
    return nt.to_original(start, end)


def allergy_spans(text: str, hits: Iterable[ConceptHit], taxonomy: Taxonomy) -> list[PiiSpan]:
    """What the non-food allergy policy redacts in ``text``: for every extracted allergy whose
    concept has a ``special_category``, the allergen's own words ("allergic to [HEALTH]",
    "[HEALTH] allergy", "аллергия на [HEALTH]"): the cue around them is ordinary text, and the
    allergy stays a protected concept. A negated allergy ("not allergic to wool") and an
    allergen-free request ("nickel-free buckle") are not health facts and stay readable."""
    words = _allergy_words(taxonomy)
    spans = []
    for hit in hits:
        kind = taxonomy.get(hit.concept).special_category
        if not kind or hit.negated:
            continue
        core = _allergen_core(words, text[hit.start : hit.end])
        if core is not None:
            spans.append(PiiSpan(hit.start + core[0], hit.start + core[1], kind))
    return spans
