"""Ages and years of existence said in words, which the taxonomy's ``#`` aliases (digits only) and the
milestone forms of :mod:`~lvmh_pipeline.lib.concepts.statements.ages` ("her 40th", "pour ses 60 ans") miss:

- an English ordinal owned by someone is a birthday: "Dad's seventieth", "for her fiftieth, in May", "his
  twenty-first" (not "their fortieth": a couple's; not "her tenth visit", "his fortieth anniversary"); owned by a
  firm, the firm's anniversary ("the bank's hundredth");
- the years of a person in French, Spanish, Italian or Portuguese are a birthday: "les soixante ans de sa mère",
  "los cincuenta años de su marido", "i settant'anni di suo padre", "os sessenta anos do marido", "ses quarante
  ans." (not "ses vingt ans de carrière");
- the years of a firm said that way are its anniversary: "les quinze ans de la boîte", "los veinte años de la
  empresa", "i trent'anni dell'azienda"; someone's years there are a celebration ("ses trente ans de boîte").

:func:`worded_ages` adds the hits (matcher tuples in folded coordinates) where no occasion hit is already there.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.phrases.german_ordinals import abbreviated_birthdays, german_ordinal_ages

__all__ = ["worded_ages"]

_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
_TEENS = {"eighteenth": 18, "nineteenth": 19, "sixteenth": 16, "seventeenth": 17, "fifteenth": 15, "thirteenth": 13,
          "fourteenth": 14, "tenth": 10, "eleventh": 11, "twelfth": 12}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                 "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_ORDINALS = {**_TEENS, **_ORDINAL_TENS, **{f"{t}{sep}{u}": tv + uv for t, tv in _TENS.items()
                                         for u, uv in _UNITS.items() for sep in ("-", " ")}}
_ORDINAL = "|".join(sorted((re.escape(o) for o in _ORDINALS), key=len, reverse=True))
# The regexes below are slow to scan a whole note (an alternation of ~150 words, a word class that backtracks);
# they run only where their rare words are: an ordinal (in the folded text), a word for years.
_ORDINAL_WORDS = Literals(_ORDINALS)
_GERMAN_ORDINAL_WORDS = Literals(("zigst", "ssigst", "ßigst", "hundertst", "zehnt"))
# "Dad's seventieth", "for her fiftieth", "[NAME]'s twenty-first" ("[NAME] fortieth": the placeholder took the "'s")
_EN = re.compile(rf"(?<![^\W\d_])(?:(her|his|my|your)|([^\W\d_]+['’]s|\[NAME\](?:['’]s)?))\s+({_ORDINAL})(?![^\W\d_-])",
                 re.IGNORECASE)
# What may follow an owned ordinal that is an age ("her fiftieth, in May", "his sixtieth party").
_AGE_AFTER = frozenset("on in at this next coming party bash celebration do dinner lunch gift gifts present presents "
                       "and or that thats is s which before after around early late end soon tomorrow weekend "
                       "back home here there over abroad".split())  # "her mum's seventieth back in Lagos"
# ... or "the" before a time ("her mum's seventieth the week after New Year").
_TIME_AFTER_THE = frozenset("week weekend day month first second third last end".split())
_YEARS = r"(?P<years>ans|años|anos|anni)"
# A word for years after a blank or an apostrophe, where a _ROMANCE match ends (its start is searched back from
# there: _HEAD).
_YEARS_WORD = re.compile(r"[\s'’](?:ans|años|anos|anni)(?![^\W\d_])", re.IGNORECASE)
_YEARS_WORD_GATE = RegexGate(_YEARS_WORD)
# "les soixante ans de sa mère", "ses quarante ans", "i settant'anni di suo padre", "los veinte años de la empresa"
_ROMANCE = re.compile(
    r"(?<![^\W\d_])(les|los|las|i|gli|os|as|ses|sus|seus|suas|suoi|sue)\s+([^\W\d_]+(?:-[^\W\d_]+){0,3})(?:\s+|['’])"
    rf"{_YEARS}(?![^\W\d_])(?:\s+(?P<glue>dell['’]|d['’]|(?:della|del|dos|das|de|di|do|da)(?![^\W\d_]))\s*)?", re.IGNORECASE)
_HEAD = re.compile(r"(?<![^\W\d_])(?:les|los|las|i|gli|os|as|ses|sus|seus|suas|suoi|sue)\s+[^\W\d_]+(?:-[^\W\d_]+){0,3}\Z",
                   re.IGNORECASE)
_POSSESSIVES = frozenset("ses sus seus suas suoi sue".split())
# Owners: a firm (folded words), else a person (a family word, a name, a possessive before a person's noun).
_FIRMS = frozenset(fold(w) for w in (
    "boîte boite entreprise société societe firme maison-mère cabinet agence banque empresa compañía compania firma "
    "agencia banco despacho azienda ditta società societa banca agenzia studio companhia agência agencia escritório "
    "escritorio company firm business bank agency practice"
).split())
_PERSON_LEADS = frozenset(fold(w) for w in "son sa ses mon ma leur su sus mi tu suo sua mio mia seu sua meu minha".split())
# A pronoun owner: "i quarant'anni di lei", "les soixante ans d'elle", "los cincuenta años de él", "os setenta anos dela".
_PRONOUN_OWNERS = frozenset(fold(w) for w in "lei lui loro elle lui eux ella él ele ela dela dele".split())
# A child or a young person named by an article and a noun: "les dix-huit ans de la petite", "los quince años de la
# niña", "i diciotto anni della piccola", "os dezoito anos da menina".
_YOUNG_PERSONS = frozenset(fold(w) for w in (
    "petite petit gamine gamin gosse puce niña niño nena nene pequeña pequeño chiquita chiquito piccola piccolo bambina "
    "bambino ragazza ragazzo menina menino pequena pequeno garota garoto miúda miúdo"
).split())
_FIRM_LEADS = frozenset(fold(w) for w in "la le l sa son leur notre su nuestra la sua della dell a sua da do".split())
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\n→—–]|->|$)")
_NOT_AGES = frozenset(fold(w) for w in "mariage carrière carriere matrimonio casamento boda bodas servicio servizio serviço "
                      "ensemble juntos insieme juntos métier metier".split())


def _romance(text: str) -> list[re.Match[str]]:
    """``list(_ROMANCE.finditer(text))``, read back from each word for years (each match ends on one, after a single
    word group: the matches are those of their heads)."""
    found, done = [], 0
    for years in _YEARS_WORD.finditer(text):
        end = years.start()  # the word group ends before the apostrophe, or before the blanks
        if text[end].isspace():
            end = len(text[:end].rstrip())
        if not (text[end - 1 : end].isalnum() and not text[end - 1].isdecimal()):
            continue  # "73 ans": no word group before it
        head = _HEAD.search(text, max(done, end - 120), end)
        if head is not None:
            match = _ROMANCE.match(text, head.start())
            if match is not None:
                found.append(match)
                done = match.end()
    return found


def worded_ages(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[AliasMatch]:
    """``matches`` with a ``birthday`` or ``corporate_anniversary`` hit on each age or count of years said in
    words (see the module)."""
    birthday, firm_years = meta.birthday, meta.by_name.get("corporate_anniversary", -1)
    if birthday < 0:
        return matches
    text = nt.original
    added = []
    for found in _EN.finditer(text) if _ORDINAL_WORDS.any_in(nt.folded) else ():
        owner = fold(re.sub(r"['’]s$", "", found.group(2) or ""))
        if found.group(1) is None and owner in ("their", "our"):
            continue
        end = found.end()
        again = re.match(r"[\s,]+" + r"[\s-]?".join(map(re.escape, re.split(r"[\s-]", found.group(3)))) + r"(?![^\W\d_])",
                         text[end:], re.IGNORECASE)
        if again is not None:  # "his twenty-fifth, twenty fifth year since ordination": what the restatement says
            end += again.end()
        following = re.match(r"\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?", text[end:])
        if (again is not None or not _CLAUSE_END.match(text, end)) and (
                following is None or fold(following.group(1)) not in _AGE_AFTER) and not (
                following is not None and fold(following.group(1)) == "the" and following.group(2)
                and fold(following.group(2)) in _TIME_AFTER_THE):
            continue  # "her tenth anniversary", "his fortieth visit"
        concept = firm_years if owner in _FIRMS else birthday
        added.append((to_folded(nt, found.start()), to_folded(nt, found.end()), concept))
    romance = _romance(text) if _YEARS_WORD_GATE.open(nt.folded) else []
    if romance:
        from lvmh_pipeline.lib.concepts.statements.ages import _age  # (that module imports the occasions package)

        family = [m for m in matches if meta.categories[m[2]] == "family"]
    for found in romance:
        age = _age(found.group(2))
        if age is None:
            continue
        article, glue = fold(found.group(1)), found.group("glue")
        rest = fold(text[found.end() : found.end() + 40]).split()
        concept = None
        if glue:
            if rest and (rest[0] in _FIRMS or (rest[0] in _FIRM_LEADS and rest[1:2] and rest[1] in _FIRMS)):
                # "les dix ans de la boîte": the firm's; "ses trente ans de boîte": years of service, a celebration
                concept = meta.celebration if article in _POSSESSIVES else firm_years
            elif rest and rest[0] in _NOT_AGES:
                continue
            elif rest and (rest[0] in _PERSON_LEADS or rest[0] in _PRONOUN_OWNERS or text[found.end() : found.end() + 6] == "[NAME]"
                           or rest[0] in _YOUNG_PERSONS or (rest[0] in _FIRM_LEADS and rest[1:2] and rest[1] in _YOUNG_PERSONS) or any(
                    to_folded(nt, found.end()) <= m[0] <= to_folded(nt, found.end()) + 14 for m in family)):
                concept = birthday
        elif article in _POSSESSIVES and _CLAUSE_END.match(text, found.end()):
            concept = birthday  # "c'est pour ses quarante ans."
        if concept is not None and concept >= 0:
            added.append((to_folded(nt, found.start()), to_folded(nt, found.end("years")), concept))
    if _GERMAN_ORDINAL_WORDS.any_in(nt.folded):
        added += german_ordinal_ages(nt, birthday)
    added += abbreviated_birthdays(nt, birthday)  # "Anlass: 60. Geb. Ehefrau"
    if not added:
        return matches
    occasion, timing = meta.occasion, meta.by_name.get("next_month", -1)
    new = [(start, end, concept, 1.0) for start, end, concept in added
           if not any(m[0] < end + 25 and start < m[1] and occasion[m[2]] and m[2] != meta.celebration and m[2] != timing
                      and not meta.fixed_month[m[2]] for m in matches)]  # ("… c'est le mois prochain": a time, no occasion)  # (a holiday after it dates it: "… the week after New Year")
    return sorted([*matches, *new], key=lambda m: (m[0], m[1])) if new else matches
