"""Families named by an article or family word, romaji honorifics, Brazilian "seu"."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues.parsing import parse_name
from lvmh_pipeline.lib.privacy.names.cues.words import LETTER, UPPER, alternation, is_capitalised
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    UNKNOWN,
    classify,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
    is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.lexicon import COUPLE_WORDS, ROLE_TITLES, TITLE_WORDS_LOWER

_ROMAJI_SUFFIX = re.compile(
    rf"(?<![{LETTER}])([{UPPER}][{LETTER}'’]+)(?:-(?:san|sama|sensei|shi|kun|chan|[a-z]*nim|ssi|ji|"
    rf"сан|сама|сэнсэй|сенсей|кун|тян|чан|ним)|"
    rf" (?:san|sama|sensei|nim|ssi))(?![{LETTER}])"
)
# The suffix part of _ROMAJI_SUFFIX alone: without it in the note there is no match to look for.
_ROMAJI_HINT = re.compile(
    r"-(?:san|sama|sensei|shi|kun|chan|[a-z]*nim|ssi|ji|сан|сама|сэнсэй|сенсей|кун|тян|чан|ним)"
    r"| (?:san|sama|sensei|nim|ssi)"
)
# "les Moreau-Diallo", "los Garza": a family named by a plural article and a known surname.
_PLURAL_FAMILY = re.compile(
    rf"(?<![{LETTER}])(?:les|los|os|die|gli|i|the)[ \t]+([{UPPER}][{LETTER}]+(?:-[{UPPER}][{LETTER}]+)*)(?![{LETTER}\-])"
)
_FAMILY_AFTER = re.compile(  # "the Al Rashid family", "the van der Berg family": with its particles
    rf"(?<![{LETTER}])(?i:the)[ \t]+((?:(?i:al|el|van|von|de|di|da|du|del|della|der|den|abu|ben|bin)[ \t]+){{0,2}}"
    rf"[{UPPER}][{LETTER}\-]+)(?:['’]s?)?"
    r"[ \t]+(?i:family|couple|household)\b"
)


# "The Blacks (Ian and Moira)", "Les Marchal (Julie et Marc)", "los Herrera (Pedro y Lucía)":
# a family word or plural article, a capitalised word and the couple's given names in brackets.
_FAMILY_WITH_GIVEN = re.compile(
    rf"(?<![{LETTER}])(?:[Tt]he|[Ll]es|[Ll]os|[Ll]as|[Dd]ie|[Oo]s|[Aa]s|[Gg]li|[Ii]|[Dd]e|"
    rf"{alternation(COUPLE_WORDS)})[ \t]+([{UPPER}][{LETTER}'’\-]+)[ \t]*[(（][ \t]*"
    rf"([{UPPER}][{LETTER}\-]+)[ \t]*(?:&|\+|/|and|et|und|y|e|i|en|и)[ \t]*([{UPPER}][{LETTER}\-]+)[ \t]*[)）]"
)


# "I Lo Russo (lui Marco, lei …)", "Los De la Vega (él Pablo …)": a family (its surname with a
# particle too) and the partners' given names after "he", "she" in brackets.
_FAMILY_WITH_PRONOUNS = re.compile(
    rf"(?<![{LETTER}])(?:[Tt]he|[Ll]es|[Ll]os|[Dd]ie|[Oo]s|[Gg]li|I)[ \t]+((?:(?:Lo|La|Le|De|Di|Del|Della|Dal|"
    rf"Van|Von|Da|Dos|Du|D['’])[ \t]*)?[{UPPER}][{LETTER}'’\-]+)[ \t]*[(（][ \t]*"
    rf"(?:lui|lei|él|ella|il|elle|he|she|er|sie|hij|zij|ele|ela)[ \t]+([{UPPER}][{LETTER}\-]+)"
)


# "Mr & Mrs Goodwin (Archer & Faith)", "Herr und Frau [NAME] (Jonas und Mila)": a couple's titles
# and surname, then the partners' given names in brackets (words too: Hunter, Faith)
_TITLED_COUPLE_GIVEN = re.compile(
    rf"(?<![{LETTER}])(?:Mr\.?|M\.|Herr|Sr\.?|Dr\.?|Dhr\.?|Signor|Sig\.)[ \t]*(?:&|\+|/|and|et|und|y|e|en)[ \t]*"
    rf"(?:Mrs\.?|Ms\.?|Mme|Frau|Sra\.?|Mevr\.?|Mw\.?|Signora|Sig\.ra)[ \t]+"
    rf"(?:\[NAME\]|[{UPPER}][{LETTER}'’\-]+(?:[ \t]+[{UPPER}][{LETTER}'’\-]+)?)[ \t]*[(（][ \t]*"
    rf"([{UPPER}][{LETTER}\-]+)[ \t]*(?:&|\+|/|and|et|und|y|e|en)[ \t]*([{UPPER}][{LETTER}\-]+)[ \t]*[)）]"
)


def _couple_given(word: str) -> bool:
    return not is_place_month_or_brand(word) and (is_given_name(word) or classify(word) in (UNKNOWN, AMBIGUOUS))


# A title, a surname, then the given name in brackets before the age: "On. Ferraris (Amedeo), 61",
# "Senator Whitlow (Ambrose), 58", "Dhr. Van Aalst (Joost), 47"
_TITLED_BRACKET_GIVEN = re.compile(
    rf"(?<![{LETTER}])([{UPPER}][{LETTER}]{{0,14}})\.?[ \t]+(?:[{UPPER}][{LETTER}'’\-]+[ \t]+){{0,2}}[{UPPER}][{LETTER}'’\-]+"
    rf"[ \t]*\([ \t]*([{UPPER}][{LETTER}]{{2,14}})[ \t]*\)[ \t]*,[ \t]*\d{{1,2}}(?!\d|[.,:/]\d)"
)
_ROLE_TITLES_LOWER = frozenset(t.casefold().rstrip(".") for t in ROLE_TITLES)


def _titled_bracket_given(text: str) -> list[PiiSpan]:
    """The given name in brackets between a titled surname and the age (see _TITLED_BRACKET_GIVEN)."""
    spans = []
    for m in _TITLED_BRACKET_GIVEN.finditer(text):
        title, word = m.group(1).casefold(), m.group(2)
        if title not in TITLE_WORDS_LOWER and title not in _ROLE_TITLES_LOWER:
            continue
        if classify(word) == COMMON or is_vocabulary(word) or is_place_month_or_brand(word):
            continue
        spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))
    return spans


def _family_with_given(text: str) -> list[PiiSpan]:
    spans = _titled_bracket_given(text)
    titled = any(t in text for t in ("Mrs", "Ms", "Mme", "Frau", "Sra", "Mevr", "Mw", "Signora", "Sig.ra"))
    for m in _TITLED_COUPLE_GIVEN.finditer(text) if titled else ():
        a, b = m.group(1), m.group(2)
        if _couple_given(a) and _couple_given(b) and (is_given_name(a) or is_given_name(b) or not (is_vocabulary(a) and is_vocabulary(b))):
            spans += [PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2), "NAME")]
    for m in _FAMILY_WITH_GIVEN.finditer(text):
        if is_given_name(m.group(2)) and is_given_name(m.group(3)) and not is_place_month_or_brand(m.group(1)):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _FAMILY_WITH_PRONOUNS.finditer(text):
        if is_given_name(m.group(2)) and not is_place_month_or_brand(m.group(1)):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


# What a family in the plural does or owns, right after its name: a possessive, a verb of people
_PEOPLE_AFTER = re.compile(
    r"(?:['’](?![\w])|[ \t]+(?:sent|send|came|come|visited|called|rang|referred|recommended|introduced|bought|"
    r"booked|asked|want|wanted|were|are|have|had|said|told|invited|celebrate|celebrated|both|themselves|"
    r"(?:\(|,[ \t]*)(?:Mr|Mrs|Ms|Dr)\.?)(?![\w])"
    r"|[ \t]*(?:\(|,)[ \t]*[A-Z][a-z]+[ \t]*(?:&|\+|and)[ \t]*[A-Z][a-z]+)"  # "the Whites, Tom & Jo": the couple's names
)


# "Famille Saint-Martin", "Familie Sankt-Georgen": a family word before a surname made of a saint's name,
# which is a place or a holiday elsewhere ("Saint-Tropez", "Saint-Valentin")
_SAINT_FAMILY = re.compile(
    rf"(?<![{LETTER}])(?:[Ff]amille|[Ff]amilie|[Ff]amily|[Ff]amilia|[Ff]amiglia|[Ff]amília|[Ff]amilles)[ \t]+"
    rf"((?:Saint|Sainte|St|Ste|San|Santa|Santo|Sankt)-[{UPPER}][{LETTER}]+(?:-[{UPPER}][{LETTER}]+)*)(?![{LETTER}\-])"
)


# A pause or a number after the word: no family does anything there ("die Love, Budget", "die Love 3")
_NO_VERB_AFTER = re.compile(r"[ \t]*(?:[,.;:!?)/+]|$|\n|\d)")


def _family_after(text: str) -> list[PiiSpan]:
    """"the Collins family", "the Whitfields' household"; "Tanaka-san", "Kim-nim"; "Famille Saint-Martin"."""
    spans = [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _SAINT_FAMILY.finditer(text)
        if not is_place_month_or_brand(m.group(1))
    ] if "-" in text else []
    low = text.casefold()
    romaji = "-" in text or " s" in text or " nim" in text
    matches = list(_ROMAJI_SUFFIX.finditer(text)) if romaji and _ROMAJI_HINT.search(text) else []
    for m in _PLURAL_FAMILY.finditer(text):
        word = m.group(1)
        if text[m.start() : m.start() + 3].casefold() == "the":
            # "the Whitfields": a plural surname
            if not (word.endswith("s") and is_surname(word[:-1]) and classify(word[:-1]) != COMMON):
                continue
            if classify(word[:-1]) == AMBIGUOUS and not _PEOPLE_AFTER.match(text, m.end(1)):
                continue  # "with the Greens": a party, a team; "the Greens sent her", "the Blacks' dinner": a family
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
            continue
        parts = word.split("-")
        if text[m.start() : m.start() + 3].casefold() == "die" and classify(word) == AMBIGUOUS and _NO_VERB_AFTER.match(text, m.end(1)):
            continue  # "oder doch die Love, Budget …": German "die" is singular too, a line named in a list
        if all(is_surname(p) and classify(p) != COMMON for p in parts) and not is_vocabulary(word):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    if "family" in low or "couple" in low or "household" in low:
        matches += _FAMILY_AFTER.finditer(text)
    for m in matches:
        if classify(m.group(1)) != COMMON:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


# Brazilian "seu" (Mr, also "your") and "sô": a title only before a known given name ("seu Zé",
# "seu Joaquim"), not "seu Rolex", "seu Natal".
_SEU = re.compile(rf"(?<![{LETTER}])(?:seu|Seu|sô|Sô|seo)[ \t]+([{UPPER}][{LETTER}]*(?:-[{UPPER}][{LETTER}]+)?)")


def _seu_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _SEU.finditer(text):
        word = m.group(1)
        unknown = classify(word) == UNKNOWN and len(word) >= 3 and not word.isupper() and is_capitalised(word)
        if (is_given_name(word) or unknown) and classify(word) != COMMON and not is_place_month_or_brand(word):
            end = parse_name(text, m.start(1), strict=True) or m.end(1)
            spans.append(PiiSpan(m.start(1), end, "NAME"))
    return spans
