"""Other spellings of a name found, in Latin script: a clipped given name ("Federica Monti, la Fede",
"Gabriela, 'a Gabi'"), a particle surname written in one word ("Di Marco … Dimarco") and the
first part of a French compound given name in Arabic script ("جان" of "جان بيير").

A clipped form is the first three letters or more of a given name found in the note, written
with a capital where an article or a quote marks it as a person (Italian, Portuguese and Spanish
put an article before a familiar first name), so the word it also is ("la Vale": the valley)
stays unless the note names the person so.
"""

from __future__ import annotations

import os
import re
from difflib import SequenceMatcher

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.cues import is_cyrillic, scan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, UNKNOWN, classify, is_given_name, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.given.languages.russian import _PRODUCT_BEFORE
from lvmh_pipeline.lib.privacy.names.guard_words import PRODUCT_WORDS
from lvmh_pipeline.lib.privacy.names.occurrences.forms import _plain

__all__ = ["nickname_links"]

# An article or a quote before a capitalised word ("la Fede", "'a Gabi'", "o Zé", "el Nacho")
_MARKED = re.compile(
    rf"(?:(?<![{LETTER}])(?:la|il|lo|a|o|el|la|le)[ \t]+|['‘“«\"][ \t]*(?:(?:la|il|a|o|el)[ \t]+)?)"
    rf"([{UPPER}][{LETTER}]{{2,}})(?![{LETTER}])"
)
_WORD = re.compile(rf"[{UPPER}][{LETTER}'’]+(?:[ \t]+[{UPPER}][{LETTER}'’]+)?")


def _clipped(word: str, given: str) -> bool:
    """"fede" of "federica", "pati" of "patricia", "gabi" of "gabriela": the first three letters,
    then the others in order."""
    if len(word) < 3 or word == given or len(word) >= len(given) or not given.startswith(word[:3]):
        return False
    rest = iter(given[3:])
    return all(c in rest for c in word[3:])


def nickname_links(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    found = {text[s:e] for s, e in anchors if "[" not in text[s:e]}
    if not found:
        return []
    given = {_plain(w) for name in found for w in name.split() if len(w) >= 5 and is_given_name(w)}
    out = []
    if given:
        for m in _MARKED.finditer(text):
            word = _plain(m.group(1))
            if not any(_clipped(word, g) for g in given) or is_place_month_or_brand(m.group(1)):
                continue
            if _names_a_product(text, m):
                continue  # "Linea 'Angel' Mugler", "the 'Joy' campaign": a line, a scent, not "Angelo"
            if is_vocabulary(m.group(1)) and not any(s - 12 < m.end() and m.start() < e + 12 for s, e in anchors):
                continue  # "la Fede cattolica" away from Federica: the word
            out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    # "De Santis, no, Desantis": a particle surname found, written again in one word
    joined = {_plain(name.replace(" ", "")): name for name in found if " " in name.strip() and len(name) <= 30}
    if joined:
        for m in _WORD.finditer(text):
            w = m.group().split()[0]
            if _plain(w) in joined and w != joined[_plain(w)]:
                out.append(PiiSpan(m.start(), m.start() + len(w), "NAME"))
    return out + _arabic_compound_given(text, anchors) + alias_links(text, anchors) + corrected_links(text, anchors)


_WORD_BEFORE = re.compile(rf"([{LETTER}]+)[ \t]*$")
_WORD_AFTER = re.compile(rf"['’”»\"]?[ \t]+([{LETTER}]+)")


def _names_a_product(text: str, m: re.Match[str]) -> bool:
    """A quoted word after a product or line word ("ligne 'Alma'", "Linea 'Angel'") or before a
    house or a product word ("'Angel' Mugler", "'Gabrielle' bag")."""
    before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if before and (before.group(1).casefold() in _PRODUCT_BEFORE or before.group(1).casefold() in PRODUCT_WORDS):
        return True
    after = _WORD_AFTER.match(text, m.end(1))
    word = after.group(1).casefold() if after else ""
    return word in PRODUCT_WORDS or word in _PRODUCT_BEFORE or is_place_month_or_brand(word) and not is_given_name(word)


# "جان بيير", "جان مارك": Jean- of a French compound given name in Arabic script (جان is a title too)
_JEAN = re.compile(r"(?<![\u0621-\u064a])جان[ \t]+$")


def _arabic_compound_given(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    out = []
    for start, end in anchors:
        if "\u0621" <= text[start : start + 1] <= "\u064a" or text[start:end] == "[NAME]":
            m = _JEAN.search(text, max(0, start - 6), start)
            if m:
                out.append(PiiSpan(m.start(), m.start() + 3, "NAME"))
    return out


# What introduces the name a person goes by, in the 12 languages' Latin and Cyrillic notes
_ALIAS_LEAD = (
    r"goes[ \t]+by|known[ \t]+as|called|a\.?k\.?a\.?|alias|dit|dite|surnomm[ée]e?|appelée?|detto|detta|"
    r"chiamat[oa]|per[ \t]+tutti|genannt|rufname|le[ \t]+dicen|llamad[oa]|apodad[oa]|conhecid[oa][ \t]+como|"
    r"chamad[oa]|roepnaam|noemt[ \t]+zich|по[ \t]+прозвищу|зовут|"
    # the noun, as a record writes it ("(surnom « Lolo »)", "(nickname: Bim)", "Spitzname Hasi")
    r"surnom|nickname|nick|spitzname|soprannome|apodo|apelido|alcunha|bijnaam|прозвище|кличка"
)
_ARTICLE = r"(?:o|a|el|la|il|lo|le|the|der|die)[ \t]+"
_NICK = rf"(?:['‘“«„\"][ \u00a0\u202f]?)?([{UPPER}][{LETTER}]{{1,9}})(?![{LETTER}\-]|['’][{LETTER}])(?:[ \u00a0\u202f]?['’”»“\"])?"
# "Mrs Hale (Dotty)", "Sr. Olmedo (el Nacho)", "(goes by Clary, regular)", ", known as Dotty,"
_ALIAS_AFTER = re.compile(
    rf"[ \t]*(?:[(（][ \t]*(?:(?:{_ALIAS_LEAD})(?:[ \t]*:)?[ \t]+|{_ARTICLE})?{_NICK}[ \t]*[)）]"
    rf"|(?:[(（,][ \t]*|[ \t]+)(?:{_ALIAS_LEAD})(?:[ \t]*:)?[ \t]+{_NICK})",
    re.IGNORECASE,
)
# "'Poppy' (Margaret, PA to …)", "Steffi (Stefanie Vogt) –": a short name, then the full name in brackets
_ALIAS_BEFORE = re.compile(rf"(?:^|(?<=[.!?;:\n])[ \t]*|(?<=[ \t]))(['‘“«\"])?{_NICK}[ \t]*[(（][ \t]*$")


# A pet name's shape, alone in brackets after a name: "(Dotty)", "(Steffi)", "(Nacho)", "(Jojo)";
# a town there ("(Lugano)", "(Gent)", "(Medellín)") has none of them
_PET_SHAPE = re.compile(r"(?i:[a-zà-ÿ]{1,5}(?:y|ie|i|cho|ito|ita|inho|inha))")


def _pet_shaped(word: str) -> bool:
    return bool(_PET_SHAPE.fullmatch(word)) or len(word) in (4, 6) and word[: len(word) // 2].casefold() == word[len(word) // 2 :]


def _nick_ok(word: str, text: str, lead: bool) -> bool:
    from lvmh_pipeline.lib.privacy.names.links.words import _plain_name_word

    if not _plain_name_word(word) or not word[1:].islower() and len(word) > 2:
        return False
    if not lead and scan(text).german and not word.endswith(("i", "y")) and classify(word) == UNKNOWN:
        return False  # "Frau Brenner (Stammkundin)": a German noun, not "Gabi", "Steffi"
    return True


def alias_links(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """The name a person goes by, beside a name found: alone in brackets after it ("Mrs Hale
    (Dotty)", "Sr. Olmedo (o Nacho)"), after a word that introduces it ("goes by Dotty", "dit
    Jojo", "per tutti Titti", "genannt Steffi") or before the full name in brackets ("'Poppy'
    (Margaret, …)", "Steffi (Stefanie Vogt)")."""
    out = []
    for start, end in anchors:
        m = _ALIAS_AFTER.match(text, end, min(len(text), end + 40))
        if m:
            g = 1 if m.group(1) else 2
            lead = g == 2 or bool(re.match(rf"[ \t]*[(（][ \t]*(?:{_ALIAS_LEAD}|{_ARTICLE})", text[end : m.start(g)], re.IGNORECASE))
            if _nick_ok(m.group(g), text, lead) and (lead or _pet_shaped(m.group(g))):
                out.append(PiiSpan(m.start(g), m.end(g), "NAME"))
        if text[end : end + 1] in (")", "）", ",") or text[end : end + 2] in (" )",):
            b = _ALIAS_BEFORE.search(text, max(0, start - 16), start)
            # Russian capitalises no noun: "Заходила Тося (Антонина, …)" is the short name anywhere
            cyr = b is not None and is_cyrillic(b.group(2)) and is_cyrillic(text[start:end]) and classify(b.group(2)) != COMMON
            if b and b.start(2) < start and (cyr or b.group(1) or b.start(2) == 0 or not text[: b.start(2)].strip()
                                               or text[: b.start(2)].rstrip()[-1:] in ".!?;:\n"):
                if _nick_ok(b.group(2), text, False) and (b.group(1) or cyr or _pet_shaped(b.group(2))):
                    out.append(PiiSpan(b.start(2), b.end(2), "NAME"))
    return out


# A spoken correction after a name: "van Dijk — nee sorry, Van Dijck", "Meyer, no wait, Meier"
# A bare "no" ("Frau Roth – nein, Rothe") or "not" ("M. Lebrun, pas Lebr") is one too.
_SORRY = (
    r"(?i:sorry|pardon|perdón|perdon|perdona|perdone|scusa|scusi|scusate|desculpa|desculpe|entschuldigung|"
    r"entschuldige|wait|warte|attendez|i[ \t]+mean|ich[ \t]+meine|"
    r"ik[ \t]+bedoel|je[ \t]+veux[ \t]+dire|o[ \t]+sea|cioè|quer[ \t]+dizer|то[ \t]+есть|вернее|correction|"
    r"correctie|korrektur)"
)
_CORRECTION = re.compile(
    r"[ \t,.;:—–\-]*(?:(?i:nee|no|nein|non|não|nao|нет|ah|äh|eh|uh|um|oh)[ \t,.]+)?"
    rf"(?:{_SORRY}|(?<![{LETTER}])(?P<no>(?i:nee|no|nein|non|não|nao|нет|pas|not|nicht|niet))(?![{LETTER}]))"
    rf"[ \t,.:—–\-]*(?:(?P<sorry>{_SORRY})[ \t,.:—–\-]*)?"
    # a particle, not an article ("nicht der Schneider aus …": "der" stays)
    rf"(?P<name>(?:(?:[Vv]an|[Vv]on|[Dd]e|De[rn]|[Dd]i|[Dd]a|Le|La)[ \t]+)?[{UPPER}][{LETTER}]+)"
)


def corrected_links(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """The name a speaker corrects to right after a name found: the same word respelt (its
    first two letters the same, its length within two, most letters shared)."""
    out = []
    for start, end in anchors:
        found = text[start:end].split()
        if not found or "[" in found[-1]:
            continue
        m = _CORRECTION.match(text, end, min(len(text), end + 60))
        if not m:
            continue
        last = m.group("name").split()[-1]
        a, b = _plain(last), _plain(found[-1])
        if classify(last) == COMMON or is_vocabulary(last) or is_place_month_or_brand(last):
            continue  # "Mr Hart, sorry, Hat shop"
        # respelt, or lengthened or cut, its last vowel aside ("Rossi … Rossini", "Lebrun … Lebr",
        # "Costa … Acosta"); after a bare "no", three first letters shared are enough ("Roth, nein, Rothaus")
        short = min(len(a), len(b))
        bare_no = m.group("no") is not None and m.group("sorry") is None
        prefix = short >= 5 and len(os.path.commonprefix([a, b])) >= min(short - 1, 3 if bare_no else 4)
        grown = short >= 5 and len(a) - len(b) in (1, 2, -1, -2) and (a.endswith(b) or b.endswith(a))
        similar = abs(len(a) - len(b)) <= 2 and SequenceMatcher(None, a, b).ratio() >= 0.6
        if grown or a[:2] == b[:2] and (prefix or similar):
            out.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
    return out
