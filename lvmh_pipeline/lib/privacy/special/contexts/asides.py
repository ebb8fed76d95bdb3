"""Facts written as an aside next to the span that states them.

:func:`alone_beside_term` (before licensing): a contextual word of a faith, a party or an origin
that is a whole item of a telegraphic note ("Rivka — observant, keeps Shabbat") counts when a
term of its category stands in the same sentence within the cue window; alone ("Observant,
noticed the stitching") it stays readable. A contextual HEALTH item is licensed by itself
(:func:`special.licensing.license_contextual`).

:func:`bracketed_after_name` (before licensing): a contextual party or union word that is the
whole of a bracket right after a person ("Frau [NAME] (Grüne)", "Onorevole [NAME] (Lega)", "il
senatore Conti (Verdi)") is the person's affiliation, as "MP (Labour)" is; after a thing ("die
Tasche (Grüne)") or lower-case ("(grüne)") it stays readable.

:func:`faith_beside_origin` (before licensing): a contextual origin word right beside a faith
term, past a space, a comma or "and" ("a Gujarati Hindu", "bengali e muçulmano"), is an ethnic
origin; a nationality is a demonym, no origin word, and stays readable beside a faith.

:func:`pregnancy_stages` (after the spans are grouped): the stage of a pregnancy written after
it, past a comma or a bracket ("enceinte, 2e trimestre", "zwanger (tweede trimester)",
"беременна, второй триместр", "怀孕了，三个月", "حامل فالشهر الرابع", "incinta, di gemelli"),
is the pregnancy's: it joins the HEALTH span that states one (lexicon fields ``pregnancy`` and
``pregnancy_stages``; ``#`` a number, in digits or CJK numerals, ``_`` one word). The same words
after anything else ("Lieferung im 2. Quartal", "dans 3 mois") stay readable.

:func:`institution_names` (on the final spans, original offsets): a place of care that is
redacted takes its proper name, before the noun ("the Mayo [Clinic]", "Charité Klinik") or after
it ("l'Hôpital Necker", "all'Ospedale San Raffaele"), and a treatment written with the
preposition of a place of care ("in cura presso", "being treated at", "onder behandeling in het")
takes the name after it: the place says what the words around it say. Capitalised words only, at
most three; a preposition that also leads to a country or a town ("à", "в", "en", "no") is none of
these ("лечится в Германии" keeps the country).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.privacy.special.framing import filler_gap
from lvmh_pipeline.lib.privacy.special.lexicon import CTX, ROLE, SPECIAL_KINDS, TERM, Lexicon
from lvmh_pipeline.lib.privacy.special.licensing import _alone_in_clause as alone_in_clause

__all__ = ["alone_beside_term", "bracketed_after_name", "faith_beside_origin", "institution_names", "pregnancy_stages"]

_HEALTH = SPECIAL_KINDS.index("HEALTH")
_SENTENCE = re.compile(r"[.;!?\n。！？；؛؟\[\]]")
# What may stand between a pregnancy and its stage in the original text: a comma, a bracket, a dash.
_FILLER_REACH = 16  # folded characters at most between a pregnancy and its stage past a hesitation
_STAGE_GAP = re.compile(r"[\s,(:\-\u2013\u2014\uff0c\u3001\uff08\uff1a\u060c]{0,4}")
_NUMBER = r"(?:0+[^\W\d_]{0,3}|[一二三四五六七八九十两兩]+)"  # digits fold to 0: "2e", "3.", "五"
_ONE_WORD = r"[^\W_]+"


def alone_beside_term(nt: NormalizedText, lex: Lexicon, hits: list[tuple]) -> list[tuple]:
    """Contextual hits of a category other than HEALTH that are a whole telegraphic item and
    have a term of their category in the same sentence nearby, as terms (see the module doc)."""
    terms = [h for h in hits if h[3] == TERM and h[2] != _HEALTH]
    if not terms:
        return hits
    found = []
    for hit in hits:
        if (hit[3] == CTX and hit[2] != _HEALTH and any(_near(nt, lex, t, hit) for t in terms)
                and alone_in_clause(nt, hit)):
            hit = (hit[0], hit[1], hit[2], TERM, hit[4])
        found.append(hit)
    return found


_ORIGIN, _RELIGION = SPECIAL_KINDS.index("ORIGIN"), SPECIAL_KINDS.index("RELIGION")
_PAIR_GAP = re.compile(r"\s*(?:[,/&\u060c\u3001]\s*)?(?:(?P<word>[^\W\d_]+)\s+)?")


def faith_beside_origin(nt: NormalizedText, lex: Lexicon, hits: list[tuple]) -> list[tuple]:
    """Contextual origin words (an ethnic group, not a nationality) written right beside a faith
    term, as terms (see the module doc): "a Punjabi Sikh", "(Bengali, Muslim)", "bengali e muçulmano";
    apart from a faith ("speaks Punjabi") they still need an origin cue."""
    faiths = [h for h in hits if h[3] == TERM and h[2] == _RELIGION]
    if not faiths or not any(h[3] == CTX and h[2] == _ORIGIN for h in hits):
        return hits
    return [(h[0], h[1], h[2], TERM, h[4]) if h[3] == CTX and h[2] == _ORIGIN
            and any(_paired(nt, lex, h, f) for f in faiths) else h for h in hits]


def _paired(nt: NormalizedText, lex: Lexicon, a: tuple, b: tuple) -> bool:
    left, right = (a, b) if a[0] < b[0] else (b, a)
    if right[0] < left[1]:
        return False
    start, end = nt.to_original(left[1], right[0])
    gap = nt.original[start:end]
    match = _PAIR_GAP.fullmatch(gap)
    return match is not None and (match.group("word") is None or fold(match.group("word")).strip() in lex.conjunctions)


_AFFILIATIONS = frozenset(SPECIAL_KINDS.index(k) for k in ("POLITICS", "UNION"))
_NAME_BEFORE = re.compile(r"(?:\[NAME\]|(?P<word>[^\W\d_][\w'’\-]*))\s?$")
# a two-letter bracket is a party only after a political role: "Dona [NAME] (SP)" is São Paulo
_SHORT = 2
_ROLE_REACH = 30
_PERSON_BEFORE = re.compile(r"(?:\[NAME\]|(?P<title>[^\W\d_]+)\.?)\s+$")


def bracketed_after_name(nt: NormalizedText, lex: Lexicon, hits: list[tuple]) -> list[tuple]:
    """Contextual party or union hits that fill a bracket right after a person, as terms (see
    the module doc): the bracket follows a name placeholder, or a capitalised word after a title,
    a name placeholder or a political role."""
    text = nt.original
    if "(" not in text or not any(h[3] == CTX and h[2] in _AFFILIATIONS for h in hits):
        return hits
    roles = [nt.to_original(h[0], h[1])[1] for h in hits if h[3] == ROLE and h[2] in _AFFILIATIONS]
    found = []
    for hit in hits:
        if hit[3] == CTX and hit[2] in _AFFILIATIONS:
            start, end = nt.to_original(hit[0], hit[1])
            if (text[start:end][:1].isupper() and text[max(0, start - 2) : start].rstrip().endswith("(")
                    and text[end : end + 2].lstrip().startswith(")")
                    and _after_person(text, lex, text.rindex("(", 0, start), roles)
                    and (end - start > _SHORT or _after_role(text, text.rindex("(", 0, start), roles))):
                hit = (hit[0], hit[1], hit[2], TERM, hit[4])
        found.append(hit)
    return found


def _after_role(text: str, bracket: int, roles: list[int]) -> bool:
    """A political role ends a name's length before the bracket ("Onorevole [NAME] (PD)")."""
    return any(0 <= bracket - end <= _ROLE_REACH for end in roles)


def _after_person(text: str, lex: Lexicon, bracket: int, roles: list[int]) -> bool:
    match = _NAME_BEFORE.search(text, max(0, bracket - 40), bracket)
    if match is None:
        return False
    word = match.group("word")
    if word is None:
        return True
    if not word[0].isupper():
        return False
    before = match.start()
    if any(0 <= before - end <= 2 for end in roles):
        return True  # "senatore Conti (Lega)"
    person = _PERSON_BEFORE.search(text, max(0, before - 20), before)
    return person is not None and (person.group("title") is None or fold(person.group("title")).strip() in lex.titles)


def _near(nt: NormalizedText, lex: Lexicon, term: tuple, hit: tuple) -> bool:
    if term[2] != hit[2] or (term[0] < hit[1] and hit[0] < term[1]):
        return False
    left, right = (term, hit) if term[0] < hit[0] else (hit, term)
    if right[0] - left[1] > lex.window:
        return False
    return _SENTENCE.search(nt.original, *nt.to_original(left[1], right[0])) is None


@lru_cache(maxsize=4)
def _stage_pattern(aliases: tuple[str, ...]) -> re.Pattern | None:
    """One regex for the folded stages, matched at the end of a span (after up to 3 spaces)."""
    options = []
    for alias in sorted(set(aliases), key=len, reverse=True):
        body = []
        for part in re.split(r"([#_])", alias):
            if part in ("#", "_"):
                body.append(_NUMBER if part == "#" else _ONE_WORD)
            elif part:
                words = [re.escape(w) for w in fold(part).split()]
                body.append((" +" if part[0] == " " else "") + " +".join(words) + (" +" if part[-1] == " " else ""))
        tail = "" if is_dense_char(alias.rstrip("#_")[-1:] or "a") else r"(?![^\W_])"
        options.append("".join(body) + tail)
    if not options:
        return None
    return re.compile(r" {0,3}(?P<stage>" + "|".join(options) + ")")


def pregnancy_stages(nt: NormalizedText, lex: Lexicon, spans: list[list]) -> None:
    """Grow each HEALTH span that states a pregnancy over the stage written right after it, also
    past a transcribed hesitation ("怀孕了，嗯，现在七个月"), and over a second and a third stage
    chained after the first (its term, then its complications: "pregnant, nearly due, with complications")."""
    if not lex.pregnancy_stages or not any(s[2] == _HEALTH for s in spans):
        return
    pattern = _stage_pattern(lex.pregnancy_stages)
    if pattern is None:
        return
    folded = nt.folded
    for span in spans:
        if span[2] != _HEALTH or not any(w in folded[span[0] : span[1]] for w in lex.pregnancy):
            continue
        for _ in range(_MAX_STAGES):
            if not _grow_stage(nt, lex, pattern, span, spans):
                break


_MAX_STAGES = 3  # stages chained after one pregnancy


def _grow_stage(nt: NormalizedText, lex: Lexicon, pattern: re.Pattern, span: list, spans: list[list]) -> bool:
    """Grow ``span`` over the stage right after it; whether it grew."""
    folded = nt.folded
    match = pattern.match(folded, span[1]) or pattern.search(folded, span[1])
    if match is None or match.start("stage") > span[1] + _FILLER_REACH or any(o is not span and span[1] <= o[0] < match.end() for o in spans):
        return False
    o_start, o_end = nt.to_original(span[1], match.start("stage"))
    if _STAGE_GAP.fullmatch(nt.original[o_start:o_end]) or filler_gap(nt, lex, span[1], match.start("stage")):
        span[1] = match.end()
        return True
    return False


# A place of care that is redacted takes its proper name: written before the noun ("the Mayo
# Clinic", "Sankt-Georg-Klinik"), or after it ("l'Hôpital Necker", "Ospedale San Raffaele").
_INSTITUTIONS = frozenset("clinic hospital infirmary klinik klinikum krankenhaus spital clinique hôpital hopital "
                          "ospedale policlinico clinica clínica ziekenhuis kliniek больница больнице клиника клинике "
                          "госпиталь المستشفى مستشفى بالمستشفى".split())
# an Arabic place of care takes the one definite word after it that names it ("المستشفى الأمريكي")
_ARABIC_NAME = re.compile(r"[ \t]+(ال[\u0621-\u064a]{3,})")
_ARABIC_TIMES = frozenset("الأسبوع الاسبوع الشهر اليوم السنة العام الصبح الصباح المساء الليل الماضي الجاي القادم "
                          "الجمعة السبت الأحد الاحد الاثنين الثلاثاء الأربعاء الخميس الحين الآن الان".split())
_NOT_A_NAME = frozenset("the a an in at to of for his her their our my der die das dem den im am de het een la le "
                        "les l il lo el los las al à a au na no em en op".split())
_AT = frozenset("al all alla allo presso il l at bei het bij".split())
# Words of a treatment (folded starts)
_TREATED = ("cura", "treat", "soign", "traitement", "behandl", "behandel", "tratamento", "tratamiento", "trata", "лечи", "лечен")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_MAX_NAME_WORDS = 3


def institution_names(text: str, spans: list) -> list:
    """HEALTH spans ``(start, end, kind)`` that are a place of care, with the capitalised words of
    its name right before or after it (see ``_INSTITUTIONS``), and a treatment that ends on the
    preposition of its place ("in cura al", "being treated at"), with the name after it; other
    spans as they are."""
    if not any(s[2] == "HEALTH" and (_institution(text[s[0] : s[1]]) or _treated_at(text[s[0] : s[1]]))
               for s in spans):
        return spans
    grown = []
    for span in spans:
        start, end = span[0], span[1]
        if span[2] == "HEALTH" and _institution(text[start:end]):
            start = _name_before(text, start, spans)
            end = _name_after(text, end, spans)
            arabic = _ARABIC_NAME.match(text, end)
            if arabic is not None and arabic.group(1) not in _ARABIC_TIMES and not any(
                    s[1] > end and s[0] < arabic.end() for s in spans):
                end = arabic.end()
        elif span[2] == "HEALTH" and _treated_at(text[start:end]):
            end = _name_after(text, end, spans)
        if grown and grown[-1][2] == span[2] and start <= grown[-1][1]:  # "лечится в [Боткинской] больнице"
            start = min(start, grown.pop()[0])
        grown.append(type(span)(start, end, span[2]))
    return grown


def _treated_at(span: str) -> bool:
    """A treatment written with the preposition of its place ("in cura presso", "лечится в")."""
    words = span.casefold().split()
    return len(words) > 1 and words[-1] in _AT and any(fold(w).strip().startswith(_TREATED) for w in words)


def _institution(word: str) -> bool:
    """A place of care, also after an elided article ("all'Ospedale", "l'Hôpital")."""
    return re.sub(r"^[^\W\d_]{1,4}['’]", "", word.casefold()) in _INSTITUTIONS


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word.casefold() not in _NOT_A_NAME


def _name_before(text: str, start: int, spans: list) -> int:
    for _ in range(_MAX_NAME_WORDS):
        match = re.search(r"([^\W\d_][\w'’\-]*)[ \-]$", text[max(0, start - 40) : start])
        if match is None or not _is_name(match.group(1)):
            break
        candidate = start - len(match.group(0))
        if any(s[0] < start and candidate < s[1] for s in spans):
            break
        start = candidate
    return start


def _name_after(text: str, end: int, spans: list) -> int:
    for _ in range(_MAX_NAME_WORDS):
        match = re.match(r"[ \-]([^\W\d_][\w'’\-]*)", text[end : end + 40])
        if match is None or not _is_name(match.group(1)):
            break
        candidate = end + len(match.group(0))
        if any(s[1] > end and s[0] < candidate for s in spans):
            break
        end = candidate
    return end
