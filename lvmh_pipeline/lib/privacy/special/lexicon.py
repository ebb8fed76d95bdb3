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
from pathlib import Path

import ahocorasick

from lvmh_pipeline.lib.common.text import NormalizedText, fold, has_dense_script, is_arabic_char
from lvmh_pipeline.lib.concepts.taxonomy import alias_pattern
from lvmh_pipeline.lib.privacy.special.alias_forms import (
    hangul_conjugations, context, has_inner_stem, inner_stems, context_size, same_case, arabic_word, article_variants, lam_variants, frame_regex,
)
from lvmh_pipeline.lib.privacy.special.required import required_sets
from lvmh_pipeline.lib.privacy.special.variants import inflection_variants, script_variants, spelling_variants
from lvmh_pipeline.lib.privacy.special.wordforms import medical_words, prayer_words

__all__ = ["LEXICON_PATH", "PARTNER", "SIDE", "SIDE_AFTER", "SPECIAL_KINDS", "Lexicon", "lexicon", "load_lexicon"]

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
_MIN_COMPOUND_DEMONYM = 4  # letters of a demonym stem that may start or end a hyphenated compound
_FRAME_BREAK = re.compile(r"[.;:!?,()\n。！？；：、，（）؛؟،]")  # clause punctuation a frame never spans
_FRAME_REACH = 60  # folded characters around a frame's anchor searched for the whole frame
# Allergies and their reactions are the allergy component's, also after "suffers from" (folded starts)
_ALLERGY_WORDS = ("allerg", "alerg", "аллерг", "حساسي", "بحساسي", "الحساسي", "hay", "heuschnupf", "hooikoorts",
                  "eczem", "ekzem", "eccem", "rhinit", "rinit", "hives", "urticar", "orticar", "urtikar", "крапивниц")
_TITLE_REACH = 12  # folded characters before a hit searched for a name title ("Frau Krebs")


def load_lexicon(path: Path = LEXICON_PATH) -> dict:
    """The decoded lexicon document (a bad alias raises ``ValueError`` when the matcher is built)."""
    return json.loads(path.read_text(encoding="utf-8"))


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


def _ordinal_keys(plain: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of an alias, and for one with a German or Dutch ordinal dot ("im #. Trimester")
    or an abbreviation's dot before a word ("jüd. Gemeinde", "Z.n. Herzinfarkt") also as the note
    folds it: the dot becomes a space, which the alias's folding collapses; likewise an apostrophe
    next to a space ("teachers' union", "Graves' disease")."""
    if re.search(r"['’]\s", plain) and not has_dense_script(plain):
        note_form = fold(plain).strip()
        return (*keys, *(note_form for key in keys[:1] if key.split() == note_form.split() and key != note_form))
    if not re.search(r"\.\s", plain) or has_dense_script(plain):
        return keys
    if "#." in plain:
        return (*keys, *(re.sub(r"(?<=0) ", "  ", key, count=1) for key in keys))
    words = plain.split()
    dotted = "".join(" ".join(fold(w).split()) + ("  " if w.endswith(".") else " ") for w in words[:-1])
    dotted += " ".join(fold(words[-1]).split())
    if "#" in plain:  # "Diab. type #": every key of the number, each with the dot's double space
        gaps = ["  " if w.endswith(".") else " " for w in words[:-1]]
        return (*keys, *("".join(w + g for w, g in zip(key.split(), gaps)) + key.split()[-1]
                         for key in keys if len(key.split()) == len(words)))
    return (*keys, *(dotted for key in keys[:1] if key.split() == dotted.split() and key != dotted))


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


# words a frame's "_" never is ("d'origine ma cittadina": "but" starts another clause)
_NOT_A_NAME = frozenset("ma mais but pero sino aber sondern mas maar но".split())


class Lexicon:
    """Both automata, the frames and the word lists, built once from the lexicon document."""

    def __init__(self, doc: dict) -> None:
        self.window = int(doc["cue_window"])
        self.connectors = frozenset(fold(w).strip() for ws in doc["connectors"].values() for w in ws)
        self.titles = frozenset(doc["name_titles"])
        # given names of one gender (folded), which show a spouse's gender like a title (titled_partners)
        self.gendered_names = {g: frozenset(fold(n).strip() for n in names) for g, names in doc.get("partner_given_names", {}).items()}
        self.joining_cues = frozenset(SPECIAL_KINDS.index(k) for k in doc.get("joining_cues", ()))
        self.conjunctions = frozenset(fold(w).strip() for ws in doc.get("conjunctions", {}).values() for w in ws)
        self.fillers = frozenset(fold(w).strip() for ws in doc.get("fillers", {}).values() for w in ws)
        # words of a pregnancy that ended or never began ("lost", "ectopic", "流産"): no birth to come
        self.pregnancy_ended = tuple(sorted({" ".join(fold(w).split()) for ws in doc.get("pregnancy_ended", {}).values()
                                             for w in ws}))
        # words of a pregnancy and the stage written after it ("enceinte, 2e trimestre"): special.contexts.asides
        self.pregnancy = tuple(sorted({" ".join(fold(w).split()) for ws in doc.get("pregnancy", {}).values() for w in ws}))
        self.pregnancy_stages = tuple(w for ws in doc.get("pregnancy_stages", {}).values() for w in ws)
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
        # a host country's own adjective counts only as half of such a pair ("Japans-Nederlands"): it is
        # no demonym of the frames ("half Nederlands" is a language spoken as often as an origin)
        hosts = {fold(d).strip() for ds in doc.get("compound_demonyms", {}).values() for d in ds}
        for word in sorted(set(demonyms) | hosts, key=len, reverse=True):  # "Japanese-Brazilian", "Chinees-Indisch"
            if len(word) >= _MIN_COMPOUND_DEMONYM:
                self._add(word + "*", origin, DEMONYM)
        self._demonym = re.compile("(?:" + "|".join(re.escape(d) for d in demonyms) + r")[^\W_]*")
        self.frames: list[tuple[int, re.Pattern[str], tuple[str, ...], tuple[str, ...]]] = []
        frames = [(kind, frame) for kind, name in enumerate(SPECIAL_KINDS)
                  for values in doc["categories"][name].get("frames", {}).values() for frame in values]
        for kind, frame in frames + self._phrases:
            regex, anchor, demonym_groups, free_groups = frame_regex(frame)
            self.frames.append((kind, regex, demonym_groups, free_groups))
            self._add(anchor, kind, FRAME, len(self.frames) - 1)
        # what every match of a frame holds (read off its regex): a window holding none is not searched
        self.frame_literals = [sorted({s for s in required_sets(regex) if any(w.strip() for w in s)}, key=lambda s: -min(map(len, s)))
                               for _, regex, _, _ in self.frames]
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
        if role == TERM and not (lead or trail) and has_inner_stem(plain) and not set(plain) & set("=#_@"):
            self._phrases.append((kind, plain))  # "церковн* хор*": a frame of stems, checked by regex
            return
        for expanded in inner_stems(plain):
            self._add_plain(alias, expanded, lead, trail, kind, role, payload)

    def _add_plain(self, alias: str, plain: str, lead: str, trail: str, kind: int, role: int, payload: int) -> None:
        pattern = alias_pattern(plain)
        if pattern.stem and trail:
            raise ValueError(f"alias {alias!r}: no context after a stem")
        for key in _ordinal_keys(plain, pattern.keys):
            arabic = pattern.dense and is_arabic_char(key[-1])
            variants = article_variants(key, lead, trail) if arabic else [(key, lead, trail)]
            if arabic:
                variants += lam_variants(variants)
            if pattern.dense and not trail and not pattern.stem:
                variants += [(v, lead, trail) for v in hangul_conjugations(key)]
            for variant, before, after in variants:
                search = variant if pattern.dense else f" {variant}" + ("" if pattern.stem else " ")
                cut = (context_size(variant, before, True), context_size(variant, after, False))
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
                        word = arabic_word(folded, start, end, size, stem)
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
            if exact is not None and not same_case(nt.original[slice(*nt.to_original(start, end))], exact):
                continue
            previous = folded[max(0, start - _TITLE_REACH) : start].split()
            if (previous and previous[-1] in self.titles and not folded[start - 1 : start].strip()
                    and nt.original[nt.to_original(start, start + 1)[0]].isupper()):
                continue  # "Mme Blanc", "Frau Krebs": a name after a title ("Mevrouw draagt …" is not)
            if role == FRAME:
                _, regex, demonym_groups, free_groups = self.frames[payload]
                reach = (max(0, start - _FRAME_REACH), min(len(folded), end + _FRAME_REACH))
                window = folded[reach[0] : reach[1]]
                if not all(any(lit in window for lit in lits) for lits in self.frame_literals[payload]):
                    continue
                for match in regex.finditer(folded, *reach):
                    if not all(self._demonym.fullmatch(match.group(g)) for g in demonym_groups) or any(
                            match.group(g) in self.connectors or match.group(g) in _NOT_A_NAME
                            or match.group(g) in self.conjunctions or match.group(g).startswith(_ALLERGY_WORDS)
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
