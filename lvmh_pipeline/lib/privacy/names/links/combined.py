"""The linking pass: every name linked to the names already found."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.aliases import apposed_diminutives, nickname_between
from lvmh_pipeline.lib.privacy.names.cues import scan
from lvmh_pipeline.lib.privacy.names.links.adjacent import _adjacent, _variants
from lvmh_pipeline.lib.privacy.names.links.apposition import apposed_given_names
from lvmh_pipeline.lib.privacy.names.links.brackets.before import bracket_before
from lvmh_pipeline.lib.privacy.names.links.brackets.after import _bracket_after
from lvmh_pipeline.lib.privacy.names.links.coordinated import (
    _coordinated,
    cjk_listed_latin,
    _pronoun_names,
    _slashed,
)
from lvmh_pipeline.lib.privacy.names.links.corrections import spoken_corrections
from lvmh_pipeline.lib.privacy.names.links.family_lists import family_given_lists
from lvmh_pipeline.lib.privacy.names.links.lists import arabic_list_names
from lvmh_pipeline.lib.privacy.names.links.mixed_script import (
    latin_family_after_arabic, latin_glosses, restated_arabic_families,
)
from lvmh_pipeline.lib.privacy.names.links.native import kana_given_after_surname
from lvmh_pipeline.lib.privacy.names.links.hesitations import (
    and_person_names, hesitated_before, hesitation_names, korean_lone_surnames, restarted_names,
)
from lvmh_pipeline.lib.privacy.names.links.nicknames import nickname_links
from lvmh_pipeline.lib.privacy.names.links.particles import particle_tails
from lvmh_pipeline.lib.privacy.names.links.runs import run_names
from lvmh_pipeline.lib.privacy.names.links.son_of import arabic_chain_names
from lvmh_pipeline.lib.privacy.names.links.words import _DENSE_START, _PLACEHOLDER
from lvmh_pipeline.lib.privacy.names.occurrences import name_occurrences
from lvmh_pipeline.lib.privacy.names.scripts.chinese.known_surname import zh_kin_known_surname
from lvmh_pipeline.lib.privacy.names.scripts.korean.fields import ko_given_before_latin


# A Korean two-syllable surname written apart before a name found ("제갈 하린님", "남궁 [NAME]")
_HANGUL = re.compile("[\uac00-\ud7af]")
_ARABIC = re.compile("[\u0621-\u064a]")
_ASCII_LETTER = re.compile("[A-Za-z]")
_KANA = re.compile("[\u3041-\u3096]")
_HAN = re.compile("[\u4e00-\u9fff]")
_KO_COMPOUND_BEFORE = re.compile(r"(?<![가-힣])(?:남궁|황보|제갈|선우|독고|사공|서문)[ \t]$")


def _korean_compound_surnames(text: str, ordered: list[tuple[int, int]]) -> list[PiiSpan]:
    out = []
    for start, _end in ordered:
        m = _KO_COMPOUND_BEFORE.search(text, max(0, start - 3), start)
        if m:
            out.append(PiiSpan(m.start(), m.start() + 2, "NAME"))
    return out


def linked_names(text: str, spans: Iterable[PiiSpan]) -> list[PiiSpan]:
    """Names linked to ``spans`` (names found in ``text``) and to ``[NAME]`` placeholders."""
    spans = list(spans)
    found = {text[s.start : s.end] for s in spans}
    anchors = {(s.start, s.end) for s in spans}
    out: list[PiiSpan] = []
    multiword: list[tuple[int, int]] = []  # occurrences of a whole name of several words
    if found:
        for s in name_occurrences(text, found):
            anchors.add((s.start, s.end))
            if " " in text[s.start : s.end]:
                multiword.append((s.start, s.end))
            if _DENSE_START.match(text, s.start) and text[s.start : s.end] not in found:
                # a part of a CJK or Hangul name ("박 그러니까 박준호", "陈，陈先生"): the search
                # after replacement would no longer see the full name next to it
                out.append(PiiSpan(s.start, s.end, "NAME"))
    if "[" in text:
        anchors |= {(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)}
    german = scan(text).german if _ASCII_LETTER.search(text, 0, 200) else False
    ordered = sorted(anchors)
    for start, end in ordered:
        out += _bracket_after(text, start, end)
        out += bracket_before(text, start, end)
        out += _adjacent(text, start, end, german)
    out += particle_tails(text, ordered)
    out += nickname_links(text, ordered)
    out += nickname_between(text, ordered) + apposed_diminutives(text, ordered)  # "Evelien ('Eef') van den Berg", "Павел, Павлик"
    out += _coordinated(text, ordered) + family_given_lists(text, ordered)  # "Vermeulen, Joris en Lies,"
    if "/" in text or "／" in text:
        out += _slashed(text, ordered)
    out += _variants(text, ordered)
    if "،" in text:
        out += arabic_list_names(text, ordered)
    if _ARABIC.search(text):
        out += arabic_chain_names(text, ordered)
        restated = restated_arabic_families(text, ordered)
        out += restated
        if _ASCII_LETTER.search(text):
            out += latin_family_after_arabic(text, ordered)
            out += latin_glosses(text, ordered + [(s.start, s.end) for s in restated])
    if "、" in text or "，" in text:
        out += cjk_listed_latin(text, ordered)
    if _HAN.search(text):
        out += zh_kin_known_surname(text, ordered)  # "他女儿赵一一要": the family name found, after a kin word
    if _KANA.search(text):
        out += kana_given_after_surname(text, ordered)
    if _HANGUL.search(text):
        out += _korean_compound_surnames(text, ordered) + korean_lone_surnames(text, ordered)
        out += ko_given_before_latin(text, ordered)
    restarted = restarted_names(text, ordered)
    out += restarted + hesitation_names(text, ordered) + hesitated_before(text, ordered)
    out += spoken_corrections(text, sorted(set(ordered) | {(s.start, s.end) for s in restarted}))
    if ", " in text:
        out += apposed_given_names(text, ordered)
    out += run_names(text, ordered)
    if " and " in text or "&" in text:
        out += and_person_names(text, ordered)
    out += _pronoun_names(text, german)
    if multiword:
        # "Mevr. van Beek … Van Beek bevestigt": "Van" is the particle of the name found again,
        # no given name next to "Beek"
        out = [s for s in out if not any(a <= s.start and s.end <= b and (a, b) != (s.start, s.end) for a, b in multiword)]
    return out
