"""Same-sex partners shown by given names, read on the note before its names are redacted.

Pseudonymization replaces the names first and looks for special-category data in what is left, so a
partner whose orientation only the names show ("Thomas est venu avec son mari", "Luca e il compagno",
"D. Alejandro … su pareja, Javier") has lost them by then: "[NAME] est venu avec son mari" is any
couple. :func:`with_named_partners` gives the ORIENTATION spans the detector finds on the original
note, moved onto the redacted text where their words are still there; the caller adds them to the
spans it found on the redacted text (``sensitive._find_sensitive_spans``, given the original).

On the original note, beside the detector's own partner rules (``contexts.titled_partners``: a given
name opening the clause, "his partner Mark"), :func:`client_spouses` reads a spouse named after its
word ("für Ehemann Markus", "su pareja, Javier", "+ partner Mark"): the spouse's gender is the word's
("Ehemann", "marito") or, for a neutral word ("partner", "pareja", "partenaire"), the given name's
(the lexicon's ``partner_given_names``); the client's is the note's first title or given name of one
gender ("Dhr.", "Herr", "Sig.ra", "Thomas"; not a name after a kin word, "su hija Lucía") a few hundred
characters before it, with no title or given name of the other gender between. The span is the spouse
word with its possessive; the name after it is redacted as a name. No candidate is a spouse of someone
named after it ("la femme du docteur") or stands a few words after a relative ("pour son fils et son
mari": the son's).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from lvmh_pipeline.lib.common.text import fold
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.lexicon import lexicon

__all__ = ["client_spouses", "with_named_partners"]

_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")
# spouse words of one gender (no possessive needed) and neutral partner words, then a capitalised name
_MEN = r"husband|fianc[eé]|Ehemann|Gatte|Verlobter|Lebensgefährte|echtgenoot|verloofde|mari|[eé]poux|compagnon|marido|esposo|novio|" \
       r"prometido|marito|fidanzato|compagno|companheiro|namorado|noivo"
_WOMEN = r"wife|fianc[eé]e|Ehefrau|Gattin|Verlobte|Lebensgefährtin|echtgenote|[eé]pouse|compagne|esposa|novia|prometida|moglie|" \
         r"fidanzata|compagna|companheira|namorada|noiva"
_NEUTRAL = r"partner|pareja|partenaire|parceir[oa]|Partner"
_POSSESSIVE = r"(?:(?:su|sa|son|sua|seu|suo|il suo|la sua|o seu|a sua|zijn|haar|z'n|d'r|sein|seine|seinem|seinen|ihr|ihre|ihrem|ihren|" \
              r"his|her|their|de|la|le|el|il|o|a)\s+)?"
_SPOUSE = re.compile(rf"(?<![^\W_])(?P<spouse>(?i:{_POSSESSIVE}(?P<word>{_MEN}|{_WOMEN}|{_NEUTRAL})))[ \t]*,?[ \t]+"
                     r"(?P<name>[A-ZÀ-Ý][^\W\d_]+)(?![^\W_])")
_GENDERED = (re.compile(rf"(?:{_WOMEN})", re.IGNORECASE), re.compile(rf"(?:{_MEN})", re.IGNORECASE))  # female, male
# titles of a client of one gender, with their dot or a space after ("Sig.ra" and "D.ª" are a woman's;
# "D." alone is either "Don" or "Dona", "Dr" either)
_TITLE = {
    "female": re.compile(r"(?<![^\W_])(?:(?:mme|madame|mlle|mrs|ms|miss|frau|fr|sra|senora|señora|dona|doña|dña|signora|"
                         r"senhora|mevrouw|mevr|mw)(?:\.|(?= ))|sig\.(?:ra|na)|d\.ª|dª)", re.IGNORECASE),
    "male": re.compile(r"(?<![^\W_])(?:m|monsieur|mr|mister|herr|hr|sr|senor|señor|don|signor|sig|senhor|dhr|meneer|heer)"
                       r"(?:\.(?!ra|na|ª)|(?= ))", re.IGNORECASE),
}
_KIN = re.compile(r"(?<![^\W_])(?:son|daughter|sohn|tochter|fils|fille|hijo|hija|figlio|figlia|filho|filha|zoon|dochter|"
                  r"brother|sister|bruder|schwester|fr[eè]re|s[oœ]eur|hermano|hermana|fratello|sorella|irm[aã]o?|broer|zus|"
                  r"mother|father|mutter|vater|m[eè]re|p[eè]re|madre|padre|m[aã]e|pai|moeder|vader|friend|freund\w*|ami|amie|"
                  r"amig[oa]|amic[oa]|vriend\w*|colleague|kolleg\w*|coll[eè]gue|colega|collega)(?![^\W_])", re.IGNORECASE)
_REACH = 300  # characters before the spouse searched for the client
# a spouse of someone named after it ("la femme du docteur", "the wife of", "die Frau von")
_SOMEONES = re.compile(r"[ \t]+(?:du|des|de|d'|di|del|della|dello|of|von|vom|van|da|do|dos|das|dei)(?![^\W_])", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![^\W_])[A-ZÀ-Ý][^\W\d_]+")


def client_spouses(text: str) -> list[PiiSpan]:
    """ORIENTATION spans of ``text`` (a note with its names) for a spouse named after its word whose
    gender is the client's (see the module doc)."""
    if not isinstance(text, str):
        return []
    names = lexicon().gendered_names
    found = []
    for match in _SPOUSE.finditer(text):
        name = fold(match.group("name")).strip()
        gender = ("female" if _GENDERED[0].fullmatch(match.group("word")) else
                  "male" if _GENDERED[1].fullmatch(match.group("word")) else None)
        named = "male" if name in names.get("male", ()) else "female" if name in names.get("female", ()) else None
        if gender is None:
            gender = named
        elif named not in (None, gender):
            continue  # "wife Paul": unclear
        if gender is None or _KIN.search(text, max(0, match.start() - 40), match.start()):
            continue
        if _client(text, match.start(), gender, names) == gender:
            found.append(PiiSpan(match.start("spouse"), match.end("spouse"), "ORIENTATION"))
    return found


def _client(text: str, end: int, gender: str, names: dict) -> str | None:
    """The gender of the note's first title or given name of one gender before ``end`` (within
    :data:`_REACH`), when no title or given name of the other gender stands after it."""
    start = max(0, end - _REACH)
    marks = [(m.start(), g) for g, title in _TITLE.items() for m in title.finditer(text, start, end)
             if text[m.start()].isupper()]
    marks += [(m.start(), g) for m in _CAPITALISED.finditer(text, start, end)
              for g in ("male", "female") if fold(m.group()).strip() in names.get(g, ())
              and not _KIN.search(text, max(start, m.start() - 20), m.start())]  # "su hija Lucía": a relative
    genders = {g for _, g in marks}
    return min(marks)[1] if len(genders) == 1 else None


def _moved(original: str, redacted: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` of ``original`` at their place in ``redacted``, where their words are all there."""
    blocks = SequenceMatcher(None, original, redacted, autojunk=False).get_matching_blocks()
    moved = []
    for span in spans:
        for a, b, size in blocks:
            if a <= span.start and span.end <= a + size:
                start = b + span.start - a
                moved.append(PiiSpan(start, start + span.end - span.start, span.kind))
                break
    return moved


def with_named_partners(original: str, redacted: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (found on ``redacted``, the note with its names replaced) and the ORIENTATION spans
    found on ``original`` that the names showed (see the module doc), sorted, none overlapping
    another or a placeholder."""
    if not isinstance(original, str) or original == redacted or "[NAME]" not in redacted:
        return spans
    from lvmh_pipeline.lib.common.text import normalize
    from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
    from lvmh_pipeline.lib.privacy.special.contexts.titled_partners import titled_partners

    candidates = client_spouses(original)
    if titled_partners(normalize(original)):  # the detector's partner rules that read names: only then run it
        candidates += [s for s in find_special_categories(original) if s.kind == "ORIENTATION"]
    candidates = [c for c in candidates if not _SOMEONES.match(original, c.end)
                  and not _KIN.search(original, max(0, c.start - 40), c.start)]  # "la femme du docteur", "son fils et son mari"
    placeholders = [m.span() for m in _PLACEHOLDER.finditer(redacted)]
    taken = [(s.start, s.end) for s in spans] + placeholders
    extra = []
    for span in sorted(_moved(original, redacted, candidates), key=lambda s: (s.start, -s.end)):
        if not any(span.start < b and a < span.end for a, b in taken):
            extra.append(span)
            taken.append((span.start, span.end))
    return sorted(spans + extra, key=lambda s: s.start) if extra else spans
