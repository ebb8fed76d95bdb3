"""The Art. 9 lexicon (``taxonomy/special_categories.json``) compiled for matching.

Every language's lists are matched on every note (notes are code-switched), with two
Aho-Corasick automata: alphabetic words with boundaries, and CJK/Hangul/Arabic without (an
Arabic alias must be a whole word up to its glued articles, prepositions and inflections, and an
Arabic phrase also matches with and without the article). Frames ("of @ origin") and terms whose
inner words are stems ("церковн* хор*": every case of a Russian phrase) are small regexes anchored
on their longest fixed word; the demonyms of "@" and the free words of "_" are checked on the
match. :meth:`Lexicon.scan` gives every occurrence of every alias with its category and role;
:mod:`special_spans` turns them into spans.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import product
from pathlib import Path

import ahocorasick

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_arabic_char
from lvmh_pipeline.lib.concepts.taxonomy import alias_pattern
from lvmh_pipeline.lib.privacy.special.variants import inflection_variants, script_variants, spelling_variants
from lvmh_pipeline.lib.privacy.special.wordforms import medical_words, prayer_words

__all__ = ["LEXICON_PATH", "PARTNER", "SIDE", "SIDE_AFTER", "SPECIAL_KINDS", "Lexicon", "hangul_conjugations", "lexicon", "load_lexicon"]

SPECIAL_KINDS: tuple[str, ...] = ("HEALTH", "POLITICS", "RELIGION", "ORIGIN", "ORIENTATION", "UNION")
LEXICON_PATH = Path(__file__).resolve().parents[3] / "taxonomy" / "special_categories.json"
_ROLES = ("terms", "contextual", "cues", "attached")
# Roles of a hit. A hit is (start, end, kind, role, payload) in folded offsets.
TERM, CTX, CUE, ATT, KEEP, FRAME, DEMONYM, ROLE, PERIODIC = range(9)
COORDINATED = -2  # payload of an Arabic cue or role glued to "و"/"ف" ("ومرشح": and a candidate)
LEADING = -3  # payload of an attached word that only joins a term after it ("recovering from >", "после >")
SIDE = -5  # payload of a side of the body written before its part ("left knee", "linken Knie", "오른쪽 무릎")
SIDE_AFTER = -6  # ... written after it ("rodilla derecha", "genou gauche"); neither joins across "and"
_SIDE_AFTER_LANGUAGES = frozenset({"FR", "ES", "IT", "PT"})
PARTNER = -4  # payload of a same-sex spouse term ("her wife", "sein Mann"): redacted only when nothing else states it
# Same ranges as ``common.text`` (dense scripts): blanked out for the alphabetic automaton.
DENSE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff"
                   "\uf900-\ufaff\ufb50-\ufdff\ufe70-\ufeff\uff66-\uffdc\U00020000-\U0002fa1f]")
TAIL = re.compile(r"[^\W_]*")
_AR_PREFIXES = frozenset("ال و وال ب بال ل لل ف فال ك كال وب وبال ول ولل عال".split()) | {""}
# Glued before an article only: "عالكنيسة" is على الكنيسة, "عسكري" is not سكري.
_AR_ARTICLE_PREFIXES = frozenset({"ع"})
_AR_SUFFIXES = frozenset("ه ها هم هن ون ين ات ي يه يون يين ان ته تها يا نا كم".split()) | {""}
_AR_SHORT_PREFIXES = frozenset("ال و وال ب بال".split()) | {""}  # aliases of three letters or fewer
_AR_SHORT_SUFFIXES = frozenset({"", "ه"})
_CONTEXT = re.compile(  # "=(has) MS": case-sensitive, "has" must be there and stays readable
    r"(?P<exact>=?)\s*(?:\((?P<lead>[^()]*)\))?(?P<core>[^()]*)(?:\((?P<trail>[^()]*)\))?"
)
# Inflection endings an inner stem takes: Russian adjectives and nouns, Germanic and Romance words.
_CYRILLIC_ENDINGS = ("", "а", "е", "и", "о", "у", "ы", "ь", "ю", "я", "ам", "ами", "ах", "ая", "ее", "ей", "ем", "ему", "ею",
                     "ие", "ий", "им", "ими", "их", "ов", "ого", "ое", "ой", "ом", "ому", "ою", "ую", "ые", "ый", "ым", "ыми",
                     "ых", "ья", "ью", "ям", "ями", "ях", "яя", "юю")
_LATIN_ENDINGS = ("", "a", "e", "i", "o", "s", "as", "en", "er", "es", "em", "is", "os", "x")
_MAX_ARTICLE_WORDS = 4  # Arabic phrases whose article variants are all generated
# Arabic words that only look like they carry the article
_AR_FUNCTION_WORDS = frozenset("الي الذي التي الذين اللي الا الان الله اللذان".split())
# Open syllables a Korean verb stem ends on, and the finals (ㄴ ㄹ ㅂ ㅆ) its conjugations add.
_HANGUL_VERB_ENDS = frozenset("가니하리키오보주되서지")
_HANGUL_FINALS = (4, 8, 17, 20)
_MIN_COMPOUND_DEMONYM = 4  # letters of a demonym stem that may start or end a hyphenated compound
_FRAME_BREAK = re.compile(r"[.;:!?,()\n。！？；：、，（）؛؟،]")  # clause punctuation a frame never spans
_FRAME_REACH = 60  # folded characters around a frame's anchor searched for the whole frame
# Allergies and their reactions are the allergy component's, also after "suffers from" (folded starts)
_ALLERGY_WORDS = ("allerg", "alerg", "аллерг", "حساسي", "بحساسي", "الحساسي", "hay", "heuschnupf", "hooikoorts",
                  "eczem", "ekzem", "eccem", "rhinit", "rinit", "hives", "urticar", "orticar", "urtikar", "крапивниц")
_TITLE_REACH = 12  # folded characters before a hit searched for a name title ("Frau Krebs")


def hangul_conjugations(key: str) -> list[str]:
    """A Korean alias ending on an open verb-stem syllable ("교회에 나가", "절에 다니", "금식하",
    "예배 드리") also as its conjugated forms, the same syllable closed by ㄴ, ㄹ, ㅂ or ㅆ
    ("나간다", "다닐", "금식합니다", "갔다"): conjugation changes the last syllable itself."""
    last = key[-1:]
    if len(key) < 2 or last not in _HANGUL_VERB_ENDS:
        return []
    code = ord(last) - 0xAC00
    return [key[:-1] + chr(0xAC00 + code + final) for final in _HANGUL_FINALS]


def load_lexicon(path: Path = LEXICON_PATH) -> dict:
    """The decoded lexicon document (a bad alias raises ``ValueError`` when the matcher is built)."""
    return json.loads(path.read_text(encoding="utf-8"))


def context(alias: str) -> tuple[str, str, str]:
    """``"=(has) MS"`` → (``"=has MS"``, ``"has"``, ``""``): the alias to match and the words
    before and after that must be there but stay readable."""
    match = _CONTEXT.fullmatch(alias.strip())
    if match is None or not match.group("core").strip():
        raise ValueError(f"alias {alias!r}: context words go in parentheses at the start or the end")
    lead, trail = (match.group(g) or "" for g in ("lead", "trail"))
    return " ".join(alias.replace("(", "").replace(")", "").split()), lead.strip(), trail.strip()


def _has_inner_stem(alias: str) -> bool:
    return any(w.endswith("*") for w in alias.split()[:-1])


def inner_stems(alias: str) -> list[str]:
    """An alias whose inner words are stems ("церковн* хор*", "politische* Ansicht*") as plain
    aliases: each inner stem with the inflection endings of its script ("церковный хор",
    "церковном хор" …); a final stem stays a stem for the automaton."""
    words = alias.split()
    if not any(w.endswith("*") for w in words[:-1]):
        return [alias]
    options = []
    for word in words[:-1]:
        if word.endswith("*"):
            stem = word[:-1]
            endings = _CYRILLIC_ENDINGS if any("\u0400" <= c <= "\u04ff" for c in stem) else _LATIN_ENDINGS
            options.append([stem + e for e in endings])
        else:
            options.append([word])
    return [" ".join([*combination, words[-1]]) for combination in product(*options)]


def _context_size(key: str, words: str, leading: bool) -> int:
    """Folded characters of ``key`` taken by its context words (and the space after or before)."""
    if not words:
        return 0
    size = len(" ".join(fold(words).split()))
    if leading:
        return size + (key[size : size + 1] == " ")
    return size + (key[-size - 1 : -size] == " ")


def _same_case(found: str, exact: str) -> bool:
    """A case-sensitive alias (``=Grünen``, ``=MS``); a lower-case one may start with a capital."""
    return found == exact or (exact[:1].islower() and found == exact[:1].upper() + exact[1:])


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


def _article_variants(key: str, lead: str, trail: str) -> list[tuple[str, str, str]]:
    """An Arabic alias with and without the article: "غسيل الكلى" also as "غسيل كلى", "التلقيح
    الصناعي" as "تلقيح صناعي" (every word of a phrase toggles; a single word only loses it when
    five letters or more remain: "الزهايمر" → "زهايمر", but "العمرة" is not "عمره", his age).
    Context words stay as written."""
    words = key.split()
    before, after = len(fold(lead).split()), len(fold(trail).split())
    core = words[before : len(words) - after]
    if not core or len(core) > _MAX_ARTICLE_WORDS:
        return [(key, lead, trail)]
    options = []
    for word in core:
        bare = word[2:] if word.startswith("ال") else word
        forms = {word}
        if word not in _AR_FUNCTION_WORDS and len(bare) >= (3 if len(core) > 1 else 5):
            forms |= {bare} | ({"ال" + bare} if len(core) > 1 else set())
        options.append(sorted(forms))
    variants = []
    for combination in product(*options):
        variant = " ".join([*words[:before], *combination, *words[len(words) - after :]])
        variants.append((variant, lead, trail))
    return variants


def _lam_variants(variants: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A one-word Arabic alias with its article also after "ل", which merges with the article:
    "للقداس" (to Mass) is "ل" + "القداس", "للعمرة" "ل" + "العمرة" (a short word keeps its
    article otherwise: "لعمره" is "for his age")."""
    return [("لل" + key[2:], lead, trail) for key, lead, trail in variants
            if " " not in key and key.startswith("ال") and key not in _AR_FUNCTION_WORDS and len(key) >= 5
            and not lead and not trail]


def _frame_regex(frame: str) -> tuple[re.Pattern[str], str, tuple[str, ...], tuple[str, ...]]:
    """A frame ("of @ origin", "(de) origen _") as a regex with a ``core`` group (the words that
    are redacted), its anchor (the longest fixed word, which the automaton looks for), and the
    names of its "@" groups (a demonym each) and "_" groups (any word but a connector), which
    :meth:`Lexicon.scan` checks on a match: one small regex per frame, the word lists once."""
    parts, anchor, demonyms, free = [], "", [], []
    tokens = frame.split()
    # "_" any word, "@" a demonym, "word*" a stem, "(word)" matched but kept readable
    first = next(i for i, t in enumerate(tokens) if not t.startswith("("))
    last = max(i for i, t in enumerate(tokens) if not t.startswith("("))
    for position, token in enumerate(tokens):
        token = token.strip("()")
        if token in ("_", "@"):
            names = free if token == "_" else demonyms
            names.append(f"{'f' if token == '_' else 'd'}{len(names)}")
            part = rf"(?P<{names[-1]}>[^\W\d_]+)"
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
    return regex, anchor, tuple(demonyms), tuple(free)


def _written_forms(language: str, aliases: list[str], role: int = KEEP) -> list[str]:
    """The aliases of a list, a Chinese list's also in the other script (simplified or
    traditional: "维族" and "維族", "心脏病" and "心臟病"), an English list's also in the other
    spelling (British or American: "paralysed" and "paralyzed", "anaemia" and "anemia"), a
    Romance list's one-word terms also in their other gender and number ("luteranos", "judías")."""
    if language == "ZH":
        variants = script_variants
    elif language in ("EN", "*"):
        variants = spelling_variants
    elif role == TERM:
        def variants(alias: str) -> set[str]:
            return inflection_variants(language, alias)
    else:
        return aliases
    return [*aliases, *sorted({v for alias in aliases for v in variants(alias)} - set(aliases))]


def _predicates(spec: dict) -> frozenset[str]:
    """The folded cores of a category's terms written with a leading context and no other syntax:
    "(is) Christian" → "christian", "(ist) fromm" → "fromm"."""
    found = set()
    for aliases in spec.get("terms", {}).values():
        for alias in aliases:
            if not alias.startswith("(") or set(alias) & set("=#_@*"):
                continue
            _, lead, trail = context(alias)
            core = alias[alias.index(")") + 1 :]
            if lead and not trail and core.strip():
                found.add(" ".join(fold(core).split()))
    return frozenset(found)


class Lexicon:
    """Both automata, the frames and the word lists, built once from the lexicon document."""

    def __init__(self, doc: dict) -> None:
        self.window = int(doc["cue_window"])
        self.connectors = frozenset(fold(w).strip() for ws in doc["connectors"].values() for w in ws)
        self.titles = frozenset(doc["name_titles"])
        self.joining_cues = frozenset(SPECIAL_KINDS.index(k) for k in doc.get("joining_cues", ()))
        self.conjunctions = frozenset(fold(w).strip() for ws in doc.get("conjunctions", {}).values() for w in ws)
        self._entries: dict[tuple[str, bool], set[tuple]] = {}
        self._phrases: list[tuple[int, str]] = []  # terms with inner stems, matched as frames
        for kind, name in enumerate(SPECIAL_KINDS):
            spec = doc["categories"][name]
            for role, field in [*enumerate(_ROLES), (ROLE, "roles"), (PERIODIC, "periodic")]:
                for language, aliases in spec.get(field, {}).items():
                    for alias in _written_forms(language, aliases, role):
                        self._add(alias, kind, role)
            for language, aliases in spec.get("sides", {}).items():
                for alias in aliases:
                    self._add(alias, kind, ATT, SIDE_AFTER if language in _SIDE_AFTER_LANGUAGES else SIDE)
            for language, aliases in spec.get("partners", {}).items():
                for alias in _written_forms(language, aliases):
                    self._add(alias, kind, TERM, PARTNER)
        # Degree adverbs ("very", "profundamente", "매우") lead into a fact of these categories, and
        # the person predicates the lexicon writes after a copula ("(is) Christian", "(es) religiosa")
        # are the fact after a modifier too ("deeply religious", "bekennende Christin")
        self.degree = frozenset(fold(w).strip() for ws in doc.get("degree", {}).values() for w in ws)
        for kind in (SPECIAL_KINDS.index(name) for name in doc.get("degree_categories", ())):
            for words in doc.get("degree", {}).values():
                for word in words:
                    self._add(word + " >", kind, ATT)
        self.predicates = {kind: _predicates(doc["categories"][name]) for kind, name in enumerate(SPECIAL_KINDS)}
        for language, aliases in doc["keep"].items():
            for alias in _written_forms(language, aliases):
                self._add(alias, -1, KEEP)
        demonyms = sorted({fold(d).strip() for ds in doc["demonyms"].values() for d in ds}, key=len, reverse=True)
        origin = SPECIAL_KINDS.index("ORIGIN")
        for word in demonyms:  # "Japanese-Brazilian", "Chinees-Indisch": two demonyms joined by a hyphen
            if len(word) >= _MIN_COMPOUND_DEMONYM:
                self._add(word + "*", origin, DEMONYM)
        self._demonym = re.compile("(?:" + "|".join(re.escape(d) for d in demonyms) + r")[^\W_]*")
        self.frames: list[tuple[int, re.Pattern[str], tuple[str, ...], tuple[str, ...]]] = []
        frames = [(kind, frame) for kind, name in enumerate(SPECIAL_KINDS)
                  for values in doc["categories"][name].get("frames", {}).values() for frame in values]
        for kind, frame in frames + self._phrases:
            regex, anchor, demonym_groups, free_groups = _frame_regex(frame)
            self.frames.append((kind, regex, demonym_groups, free_groups))
            self._add(anchor, kind, FRAME, len(self.frames) - 1)
        self.automata = {}
        for dense in (False, True):
            automaton = ahocorasick.Automaton()
            for (search, is_dense), group in self._entries.items():
                if is_dense == dense:
                    automaton.add_word(search, tuple(group))
            automaton.make_automaton()
            self.automata[dense] = automaton
        del self._entries

    def _add(self, alias: str, kind: int, role: int, payload: int = -1) -> None:
        if role == ATT and alias.rstrip().endswith(">"):  # "going through >": a predicate before its term
            alias, payload = alias.rstrip()[:-1], LEADING
        plain, lead, trail = context(alias)
        if role == TERM and not (lead or trail) and _has_inner_stem(plain) and not set(plain) & set("=#_@"):
            self._phrases.append((kind, plain))  # "церковн* хор*": a frame of stems, checked by regex
            return
        for expanded in inner_stems(plain):
            self._add_plain(alias, expanded, lead, trail, kind, role, payload)

    def _add_plain(self, alias: str, plain: str, lead: str, trail: str, kind: int, role: int, payload: int) -> None:
        pattern = alias_pattern(plain)
        if pattern.stem and trail:
            raise ValueError(f"alias {alias!r}: no context after a stem")
        for key in pattern.keys:
            arabic = pattern.dense and is_arabic_char(key[-1])
            variants = _article_variants(key, lead, trail) if arabic else [(key, lead, trail)]
            if arabic:
                variants += _lam_variants(variants)
            if pattern.dense and not trail and not pattern.stem:
                variants += [(v, lead, trail) for v in hangul_conjugations(key)]
            for variant, before, after in variants:
                search = variant if pattern.dense else f" {variant}" + ("" if pattern.stem else " ")
                cut = (_context_size(variant, before, True), _context_size(variant, after, False))
                entry = (kind, role, len(variant), pattern.stem, pattern.exact, arabic, payload, cut)
                self._entries.setdefault((search, pattern.dense), set()).add(entry)

    def _occurrences(self, folded: str) -> list[tuple]:
        """Raw automaton matches: (start, end, kind, role, payload, exact, cut)."""
        dense = DENSE.search(folded) is not None
        latin = DENSE.sub(" ", folded) if dense else folded
        found = []
        for end_index, group in self.automata[False].iter(f" {latin} "):
            for kind, role, size, stem, exact, _, payload, cut in group:
                start = end_index - size - (0 if stem else 1)  # the haystack adds one leading space
                end = start + size
                if stem:
                    end = TAIL.match(latin, end).end()
                found.append((start, end, kind, role, payload, exact, cut))
        if dense:
            for end_index, group in self.automata[True].iter(folded):
                for kind, role, size, stem, exact, arabic, payload, cut in group:
                    start, end = end_index + 1 - size, end_index + 1
                    if arabic:
                        word = _arabic_word(folded, start, end, size, stem)
                        if word is None:
                            continue
                        if role in (CUE, ROLE) and word[0] < start and folded[word[0]] in "وف":
                            payload = COORDINATED
                        # context words ("(عنده) سكر") are cut off the alias's own edges later
                        start, end = (start if cut[0] else word[0]), (end if cut[1] else word[1])
                    found.append((start, end, kind, role, payload, exact, cut))
        return found

    def scan(self, nt: NormalizedText) -> list[tuple[int, int, int, int, int]]:
        """Every alias occurrence as (start, end, kind, role, payload) in folded offsets."""
        folded = nt.folded
        hits = []
        framed: dict[tuple[int, int], list[tuple]] = {}  # anchor occurrence -> frame matches
        for start, end, kind, role, payload, exact, (lead, trail) in self._occurrences(folded):
            if exact is not None and not _same_case(nt.original[slice(*nt.to_original(start, end))], exact):
                continue
            previous = folded[max(0, start - _TITLE_REACH) : start].split()
            if (previous and previous[-1] in self.titles and not folded[start - 1 : start].strip()
                    and nt.original[nt.to_original(start, start + 1)[0]].isupper()):
                continue  # "Mme Blanc", "Frau Krebs": a name after a title ("Mevrouw draagt …" is not)
            if role == FRAME:
                _, regex, demonym_groups, free_groups = self.frames[payload]
                reach = (max(0, start - _FRAME_REACH), min(len(folded), end + _FRAME_REACH))
                for match in regex.finditer(folded, *reach):
                    if not all(self._demonym.fullmatch(match.group(g)) for g in demonym_groups) or any(
                            match.group(g) in self.connectors or match.group(g).startswith(_ALLERGY_WORDS)
                            for g in free_groups):
                        continue
                    # a frame is one clause: "Armenian by origin, family from Yerevan" is not "@ _"
                    if match.start() <= start and match.end() >= end and not _FRAME_BREAK.search(
                            nt.original, *nt.to_original(match.start(), match.end())):
                        core = (match.start("core"), match.end("core"), kind, TERM, payload)
                        framed.setdefault((start, kind), []).append((match.end(), core))
                continue
            hits.append((start + lead, end - trail, kind, role, payload))  # "(has) =MS": only "MS"
        health = SPECIAL_KINDS.index("HEALTH")
        hits.extend((start, end, health, TERM, -1) for start, end in medical_words(folded))
        religion = SPECIAL_KINDS.index("RELIGION")
        hits.extend((start, end, religion, TERM, -1) for start, end in prayer_words(folded))
        for matches in framed.values():
            # "peruana de origen quechua": "de origen @" names the origin, "@ de origen" a nationality
            right = max(m[0] for m in matches)
            hits.extend(core for end, core in matches if end == right)
        return hits


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon of :data:`LEXICON_PATH`, compiled once per process."""
    return Lexicon(load_lexicon())
