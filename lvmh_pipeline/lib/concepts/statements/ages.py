"""A birthday said as the age to come, with the month or the age in words between the verb and
the number: "wordt in april 70", "wird im Oktober 80", "turns sixty in August", "compie
settant'anni a novembre", "aura soixante ans", "faz setenta anos em março", "cumple sesenta".
The verb ("turns", "wird", "wordt", "compie", "cumple", "faz", "aura", "исполнится") counts when
an age follows it — digits or a number word from 10 to 120, after at most a month ("in
april", "im Oktober", "в мае") — and the age is followed by the end of the clause, a year word
or a month phrase ("wird 50 Gäste einladen", "faz 20 dias", "aura 30 invités" are no age); an arrow
or a dash ends the clause ("wird im Oktober 60 → Uhr"), a spoken hesitation after the verb is skipped
("wird äh im März 75"), number words may be hyphenated ("fêter ses vingt-cinq ans"); a party verb's own
occasion word gives way to the birthday ("fête ses quarante ans"), not years of something ("ans de mariage"). The
hit covers the verb, so the month next to it is the birthday's. Ages said the Chinese way ("满六十"):
:mod:`.han_ages` (a couple's years the aliases miss: :mod:`.couple_years`). Hits are matcher tuples
``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.concepts.budgets.numbers.words import CONN, NUM, word_tokens
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.month_names import _month_of_name
from lvmh_pipeline.lib.concepts.statements.han_ages import FULL_AGE_GATE, full_ages

__all__ = ["spoken_ages"]

_VERBS = (
    "turns|turn|turning|will turn|is turning|wordt|wird|compie|compirà|cumple|cumplirá|faz|fará|vai fazer|completa"
    "|aura|va avoir|fête ses|fêtera ses|fêter ses|исполняется|исполнится|стукнет"
)
# The folded verbs as they stand in the padded folded note (punctuation folds to a space, digits
# to "0"): a quick test before the pattern. "cumpleaños", "restaurant", "la fête" pass no more.
_VERB_STEMS = (" turn", " wordt", " wird", " compi", " cumple ", " cumple0", " cumplira", " faz ", " faz0", " fara ",
               " fara0", " vai fazer", " completa", " aura ", " aura0", " va avoir", " fete ses", " fetera ses", " feter ses",
               " исполн", " стукнет")
_ANY_VERB = Literals(_VERB_STEMS)
# Words between the verb and the age: a preposition before a month ("in april", "im Oktober").
_MONTH_LEADS = frozenset("in im am a en em no this next в".split())
# Words that open a date after the age ("on the 12th of April", "il 30 aprile", "am 3. Mai"), and how
# many words of it may stand before the month.
_DATE_LEADS = frozenset("on le il el op am o".split())
_DATE_WORDS = 5
_SHORT_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_YEARS = frozenset("years year yrs jahre jahren jaar anni anno años anos ans лет года год".split())
# After the age: the clause ends (also at an arrow or a dash: "wird 60 → Uhr"), a year word, or a
# month phrase ("wordt 60 in maart").
_AGE_END = re.compile(r"\s*(?:[.,;:!?)\n→—–]|->|$)")
# A word or a number; number words may be hyphenated ("vingt-cinq", "vingt-et-un", "twenty-one").
_WORD = re.compile(r"\s*([^\W\d_]+(?:-[^\W\d_]+){0,3}|\d{1,3})(?:['’]([^\W\d_]+))?", re.UNICODE)
# A spoken hesitation between the verb and the month or the age ("wird äh im März 75", "turns, um, sixty").
_HESITATION = re.compile(r"\s*,?\s*(?:uh|uhm|um|umm|er|erm|eh|ehm|euh|heu|äh|ähm|öhm|hm|hmm|hã|ahn|э|ээ|эм|ну)"
                         r"(?![^\W\d_])\s*,?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{_VERBS})(?![^\W\d_])", re.IGNORECASE)


def _age(word: str, low: int = 10) -> int | None:
    """The age a word or digits say (``low``..120), or None."""
    if word.isdigit():
        value = int(word)
    else:
        value = 0
        for part in word.lower().split("-"):
            tokens = word_tokens(part)
            if not tokens or any(kind not in (NUM, CONN) for kind, _ in tokens):
                return None
            value += int(sum(v for kind, v in tokens if kind == NUM))
    return value if low <= value <= 120 else None


def _after_age(text: str, position: int, child: bool = False) -> bool:
    """The age ends its clause, or a year word or a month phrase follows it (a child's age under
    ten only the month phrase: "the twins turn 7 on 11 Jan", "wird 5 im Mai")."""
    if _AGE_END.match(text, position):
        return not child
    following = _WORD.match(text, position)
    if following is None:
        return False
    word = following.group(1).lower()
    if word in _YEARS and child:
        return _after_age(text, following.end(), child)  # "faz 5 anos em maio"
    if word in _YEARS or fold(word) in _month_of_name():
        return True
    if word in _MONTH_LEADS:
        month = _WORD.match(text, following.end())
        return month is not None and fold(month.group(1)) in _month_of_name()
    if word in _DATE_LEADS:  # "turning sixteen on the twelfth of April", "compie 18 il 30 aprile"
        position = following.end()
        for _ in range(_DATE_WORDS):
            while text[position : position + 1] == ",":  # "on the, the twelfth of April"
                position += 1
            found = _WORD.match(text, position)
            if found is None:
                return False
            if fold(found.group(1)) in _month_of_name() or found.group(1).lower() in _SHORT_MONTHS:
                return True  # "on 11 Jan"
            position = found.end()
    return False


# A milestone age owned by someone, with no verb: "for her 40th", "Mum's 70th", "[NAME] 21st" (not
# "their 25th": a couple's is an anniversary; not "the company's 50th"),
# "zum 50.", "zu Papas 60.", "haar 50e", "z'n 40ste", "pour ses 60 ans", "sus 50 años", "i suoi
# 70 anni", "os seus 60 anos" (not "ses 20 ans de carrière", "zum 12. Mai", "her 10th anniversary").
_MILESTONE_GATE = Literals(("0st", "0nd", "0rd", "0th", " zum 00 ", " zu ", " fur ", "0e ", "0e", "0ste", " 00 ans", " 00 anos",
                            " 00 anni", " 000 ans"))
# The number of every milestone form and what follows it: where the full pattern is tried (it
# scans ~100 µs a note; this one ~5, as it starts with a digit).
# (the look-behind after the first digit lets the engine jump from digit to digit)
_MILESTONE_NUMBER = re.compile(
    r"\d(?<![\d.,]\d)\d{1,2}(?:(?:st|nd|rd|th|e|ste|er)(?![^\W\d_])|\.(?=\s|$)|\s+(?P<years>ans|años|anni|anos))", re.IGNORECASE)
# "pour ses 60 ans", not "cliente, 45 ans": a count of years is a milestone after a possessive only
_POSSESSIVES = frozenset("ses mes tes sus mis tus suoi sue miei mie seus suas meus minhas os aos pros nos".split())
_OWNER_REACH = 80  # characters before the number where the owner words of a milestone may start
_CONTEXT_AFTER = 60  # characters after it that the pattern's look-aheads read ("ses 20 ans de carrière")
_MILESTONE = re.compile(
    r"(?:(?<![^\W\d_])(?:(?:her|his|my|your)(?:\s+own)?|(?!(?:company|firm|business|brand|shop|store|boutique|bank|club|school|"
    r"foundation|practice|hotel|restaurant|gallery|museum|group|house|maison|team|fund|office|companie)s?['’])"
    r"[^\W\d_]+(?:['’]s|(?<=s)['’]))\s+"
    r"|\](?:['’]s)?\s*)(\d{2,3})(?:st|nd|rd|th)(?![^\W\d_])"  # "[NAME] 21st", "[NAME]'s 90th"
    r"|(?<![^\W\d_])(?:zum|zu\s+(?:seinem|ihrem|meinem|deinem|unserem|[^\W\d_]+s)|für\s+(?:seinen|ihren|meinen|deinen|"
    r"unseren|[^\W\d_]+s))\s+(\d{2,3})\.(?=\s|$)"
    r"|(?<![^\W\d_])(?:haar|zijn|z['’]n|mijn|jouw)\s+(\d{2,3})(?:e|ste)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:ses|mes|tes|sus|mis|tus|suoi|sue|miei|mie|seus|suas|meus|minhas)\s+(\d{2,3})\s+"
    r"(?:ans|años|anni|anos)(?![^\W\d_])(?!\s*(?:de|d['’]|di|del|della|dei|da|do|dos|das|en|in|em)\s+(?![^\W\d_]*(?:janvier|"
    r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
    r"ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)))"
    r"|(?<![^\W\d_])(?:zum|zu\s+(?:seinem|ihrem|[^\W\d_]+s))\s+(\d{2,3})er(?![^\W\d_])"  # Austrian "zum 50er"
    r"|(?<![^\W\d_])(?:os|aos|pros|nos)\s+(\d{2,3})\s+anos\s+(?:dele|dela)(?![^\W\d_])",  # "p/ os 50 anos dele"
    re.IGNORECASE,
)
# Words after an ordinal age that keep it one ("her 40th on 3 May", "zum 70. im März", "haar 40e feest");
# any other word makes it something else ("her 10th anniversary", "his 12th visit", "zum 3. Mal").
_AGE_AFTER = frozenset(
    "on in at this next coming party bash celebration do dinner lunch gift gifts present presents and or "
    "im am in zum zur nächsten nächste diesen feier party fest geschenk und oder "
    "op in deze volgende feest feestje etentje cadeau en of".split()
)

_PERSON_AFTER = re.compile(
    r"\s+(?:\[NAME\]|(?:seine[mrs]?|ihre[mrs]?|meine[mrs]?|unsere[mrs]?)(?![^\W\d_])|(?:Enkel|Tochter|Mutter|Vater|"
    r"Schwester|Bruder|Sohn|Frau|Mann|Nichte|Neffe|Cousin|Paten|Freundin|Freund|Partner|Oma|Opa|Tante|Onkel|Schwieger|"
    r"Mama|Papa|Gattin|Gatte|Chef|Kolleg))"
)

# Words between a German ordinal age and its owner ("zum 60. ihres Mannes", "zum 18. der Enkelin").
_OWNER_AFTER = frozenset("der von des ihres seines ihrer seiner meines meiner unseres unserer".split())


def _milestone_matches(text: str) -> list[re.Match[str]]:
    """``_MILESTONE.finditer(text)``, read only around the numbers that could end one."""
    windows: list[list[int]] = []
    for number in _MILESTONE_NUMBER.finditer(text):
        if number.group("years"):
            before = text[max(0, number.start() - 12) : number.start()].lower().split()
            if not before or before[-1] not in _POSSESSIVES:
                continue
        lo, hi = max(0, number.start() - _OWNER_REACH), min(len(text), number.end() + _CONTEXT_AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    found: list[re.Match[str]] = []
    for lo, hi in windows:
        found.extend(m for m in _MILESTONE.finditer(text, lo, hi) if not found or m.start() >= found[-1].end())
    return found


def _milestones(nt: NormalizedText, matches: list[AliasMatch], birthday: int, meta: ConceptMeta) -> list[AliasMatch]:
    text = nt.original
    added = []
    for found in _milestone_matches(text):
        number = next(g for g in found.groups() if g)
        if not 10 <= int(number) <= 110:
            continue
        following = _WORD.match(text, found.end())
        if following is not None and not (found.group(4) or found.group(6)) and not _AGE_END.match(text, found.end()):
            word = following.group(1).lower()
            if fold(word) in _month_of_name():
                if "." in found.group():
                    continue  # "bis zum 20. Mai": a date
            elif word in _OWNER_AFTER and _PERSON_AFTER.match(text, following.end()):
                pass  # "zum 18. der Enkelin", "zum 60. von ihrem Vater", "zum 70. seiner Mutter"; not "zum 15. der Woche"
            elif not word.isdigit() and word not in _AGE_AFTER:
                continue  # "her 10th anniversary", "his 12th visit", "zum 3. Mal"
        start, end = to_folded(nt, found.start()), to_folded(nt, found.end())
        if any(m[0] < end + 25 and start < m[1] and meta.occasion[m[2]] and m[2] != meta.celebration
               and meta.categories[m[2]] == "occasion" for m in matches):
            continue  # "her 40th birthday": an alias is there (a party is the milestone's: "zum 50. … Party"; "next month" dates it)
        added.append((start, end, birthday, 1.0))
    return added


# An age in years right before its date, with no verb: "la figlia, 18 anni il 30 aprile", "il marito,
# 50 anni a novembre", "sessant'anni il 19 febbraio", "60 años en mayo", "ses vingt-cinq ans en avril", "80 лет в марте" (not "sposati da 30 anni a
# ottobre", "cliente dal 2010, 45 anni"): the birthday of that age.
_YEARS_GATE = Literals((" anni ", " anos ", " ans ", "'anni ", "’anni ", " лет ", " года ", " jaar ", " jahre ", " years "))
# (Dutch, German and English too: "vrouw Anouk (40 jaar op 12 mei)", "40 Jahre am 12. Mai", "40 years on 12 May"; the
# Russian date may follow with no preposition: "40 лет 12 мая")
_AGE_DATE = re.compile(
    r"(?<![\w'’-])(\d{2,3}|[^\W\d_]+(?:-[^\W\d_]+){0,3})(?:\s+|['’])(?P<years>anni|años|anos|ans|лет|года|jaar|jahre|years)\s+"
    r"(?:(?:il|el|le|em|en|a|ad|in|no|o|à|в|op|am|im|on)\s+|(?=\d))(?:(?:\d{1,2}\.?|primo|1er|1º)\s+(?:de\s+)?)?([^\W\d_]+)",
    re.IGNORECASE)
# What every match of _AGE_DATE holds: a quick test before it (it tries every word of the note).
_AGE_DATE_CORE = re.compile(r"(?:\s|['’])(?:anni|años|anos|ans|лет|года|jaar|jahre|years)\s+"
                            r"(?:(?:il|el|le|em|en|a|ad|in|no|o|à|в|op|am|im|on)\s|\d)", re.IGNORECASE)
_AGE_DATE_GATE = RegexGate(_AGE_DATE_CORE)
_SINCE = frozenset("da dal dai dalle depuis desde há ha de di per for sposati casados mariés insieme juntos "
                   "уже вместе женаты замужем браке работает служит seit sinds since al schon already getrouwd "
                   "verheiratet married together samen zusammen klant kunde client customer".split())


def _age_dates(nt: NormalizedText, matches: list[AliasMatch], birthday: int, meta: ConceptMeta) -> list[AliasMatch]:
    text, added = nt.original, []
    if not _AGE_DATE_GATE.open(nt.folded) or not _AGE_DATE_CORE.search(text):
        return added
    for found in _AGE_DATE.finditer(text):
        before = text[max(0, found.start() - 12) : found.start()].lower().split()
        if fold(found.group(3)) not in _month_of_name() or _age(found.group(1)) is None or before and before[-1] in _SINCE:
            continue
        start, end = to_folded(nt, found.start()), to_folded(nt, found.end(1))  # the number: the month follows it
        if not any(m[0] < end and start - 25 < m[1] and meta.occasion[m[2]] for m in matches):  # not its date
            added.append((start, end, birthday, 1.0))
    return added


# A count of years of something after the age: "trente ans de mariage", "vingt ans de boîte" (not "de … en mars").
_YEARS_OF_SOMETHING = re.compile(r"(?:['’]|\s+)(?:ans|anni|años|anos|years|jahre|jaar)\s+(?:de|d['’]|di|del|della|da|do|of|van|von)\s*"
                                 r"([^\W\d_]+)", re.IGNORECASE)


def spoken_ages(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[AliasMatch]:
    """``matches`` with a ``birthday`` hit on each birthday verb followed by an age, on each
    milestone age owned by someone ("for her 40th", "zum 50.", "pour ses 60 ans") and on each age
    reached said the Chinese way ("满六十"), where no occasion hit is already there."""
    birthday = meta.birthday
    if birthday < 0:
        return matches
    padded = f" {nt.folded} "
    if any(w in nt.original for w in FULL_AGE_GATE):
        full = full_ages(nt, matches, birthday, meta)
        if full:
            matches = sorted([*matches, *full], key=lambda m: (m[0], m[1]))
    if _YEARS_GATE.any_in(padded):
        dated = _age_dates(nt, matches, birthday, meta)
        if dated:
            matches = sorted([*matches, *dated], key=lambda m: (m[0], m[1]))
    if _MILESTONE_GATE.any_in(padded):
        milestones = _milestones(nt, matches, birthday, meta)
        if milestones:
            matches = sorted([*matches, *milestones], key=lambda m: (m[0], m[1]))
    if not _ANY_VERB.any_in(padded):
        return matches
    text = nt.original
    added = []
    for verb in _verbs().finditer(text):
        position, words = verb.end(), 0
        age = None
        while words < 3:
            hesitation = _HESITATION.match(text, position)
            if hesitation is not None:
                position = hesitation.end()
            found = _WORD.match(text, position)
            if found is None:
                break
            word = found.group(1)
            age = _age(word, 1)
            if age is not None:
                if found.group(2) and found.group(2).lower() not in _YEARS:
                    age = None  # "settant'anni" keeps its year word
                break
            lowered = fold(word)
            if words == 0 and lowered in _MONTH_LEADS or lowered in _month_of_name():
                position, words = found.end(), words + 1
                continue
            break
        if age is None or not (found.group(2) and age >= 10 or _after_age(text, found.end(), age < 10)):
            continue
        if _YEARS_OF_SOMETHING.match(text, found.end()) and fold(_YEARS_OF_SOMETHING.match(text, found.end()).group(1)) \
                not in _month_of_name():
            continue  # "fête ses trente ans de mariage", "ses vingt ans de carrière": not an age
        start, end = to_folded(nt, verb.start()), to_folded(nt, verb.end())
        if any(m[0] < to_folded(nt, found.end()) and start < m[1] and meta.occasion[m[2]] and m[2] != meta.celebration
               for m in matches):
            continue  # "wird 50" is an alias already ("fête ses quarante ans": the party word is the birthday's)
        added.append((start, end, birthday, 1.0))
    if not added:
        return matches
    return sorted([*matches, *added], key=lambda m: (m[0], m[1]))
