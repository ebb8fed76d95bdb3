"""From alias hits to Art. 9 spans: licensing (:mod:`special.licensing`), merging, joining and whole words.

The steps :func:`special_categories.find_special_categories` runs, on the hits of
:meth:`special_lexicon.Lexicon.scan` (``(start, end, kind, role, payload)`` in folded offsets):

0. :func:`special.licensing.block` and :func:`special.framing.trim_frames` — keep phrases cancel what they overlap; a HEALTH term
   whose first words only frame a shorter term gives way to it ("anda de [cadeira de rodas]");
1. :func:`special.licensing.license_contextual` — a contextual word counts with a cue or a term of its category
   in the same clause nearby, or a role of its category touching it ("conseiller Renaissance"),
   and a contextual condition that is a whole item of a telegraphic note ("Mario, 60, gotta.");
2. :func:`special.licensing.accept` — the longest hit wins across categories; :func:`special.licensing.drop_frames` — a word that
   only reports a condition ("diagnosed", "malade", "مريض") stays out when a condition touches it;
3. :func:`group` — neighbouring hits of one category merge ("cancer du sein", "diabète, asthme",
   "a voté pour les Verts"), attached words join the term they touch ("Type 1 diabetes");
4. :func:`absorb` — joining cues and roles that touch a span join it ("votes Labour",
   "Conservative councillor"), a cue not across a bracket or an ampersand ("先生（[同性伴侣]）");
5. :func:`reach_back` — a period of practice a few words before a span starts it ("elke zondag
   met haar ouders naar de mis", "every Friday with his father to the mosque");
6. :func:`special.original.to_original` — spans on whole words of the original text; a religious
   span takes the saint's or the name of its church after it ("lay reader at St Mary's").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.privacy.special.framing import filler_gap, letters as _letters, listed as _listed
from lvmh_pipeline.lib.privacy.special.lexicon import (
    ATT, COORDINATED, CUE, LEADING, PARTNER, PERIODIC, ROLE, SIDE, SIDE_AFTER, Lexicon,
)
from lvmh_pipeline.lib.privacy.special.licensing import (
    _CLAUSE, _HEALTH, _MAX_ATTACHED_GAP, _TOKEN, REDACTION_MARK, _overlaps, apposed, touches,
)

__all__ = ["absorb", "group", "reach_back"]

_SENTENCE = re.compile(r"[.;!?\n。！？；؛؟\[\]]")
_MAX_GAP = 30  # original characters between two hits of a category that still merge
_MAX_PERIODIC_GAP = 32  # original characters between a period of practice and the span it starts


# Words that join two items of a list ("depression and panic attacks"); two terms joined by
# one of them stay two spans.
_CONJUNCTIONS = frozenset("and und et e ed y en и или or ou o oder sowie".split())
_WORDS = re.compile(r"\w+")
# Prepositions of company: two terms never join over one ("[pilgrimage to Lourdes] with the [parish]").
_COMPANY = frozenset("with avec mit con com met с со مع".split())
# A bracket or a dash closes an aside: an attached word never joins across it ("ja echt) – net uit …").
_ASIDE = re.compile("[()\\[\\]（）\u2013\u2014]")
_PAREN = re.compile("[()（）]")
# Articles, over which two HEALTH terms still join ("in cura per la depressione"); any other word
# between two HEALTH terms stays readable.
_ARTICLES = frozenset("the a an la le les l el los las il lo gli i un una uno une der die das den dem ein eine "
                      "einen einer het een o os as um uma".split())


def _joins(nt: NormalizedText, lex: Lexicon, span: list, start: int, is_strong: bool, kind: int,
           cues: list[tuple], side: bool = False) -> bool:
    """Whether a hit starting at ``start`` continues ``span``: an attached word joins over spaces,
    hyphens and connectors ("cancer du sein"); two terms over numbers and cues of their category
    ("a voté pour les Verts") and commas ("diabète, asthme"), but not over a connector word alone
    ("Niereninsuffizienz und Reflux" is two spans: the "und" is no health data), nor over a preposition of
company ("[pellegrinaggio a Lourdes] con la [parrocchia]"), and two HEALTH
    terms not over any word ("Diabético, con insulina", "on BP meds": the frame word stays)."""
    if filler_gap(nt, lex, span[1], start):  # "diabétique, euh, de type 1"
        return not (is_strong and span[4])  # two terms are two mentions: "Hadj, enfin, El Hadj"
    o_start, o_end = nt.to_original(span[1], start)
    gap = nt.original[o_start:o_end]
    attached = not (is_strong and span[4])
    too_far = len(gap) > (_MAX_ATTACHED_GAP if attached else _MAX_GAP)
    if too_far or _SENTENCE.search(gap) or (attached and (_CLAUSE.search(gap) or _ASIDE.search(gap))):
        return False
    if _PAREN.search(gap):  # "([مسيحي كاثوليكي])، يحضر [قداس الأحد]": an aside closed is a fact of its own
        return False
    listed = any(w.casefold() in _CONJUNCTIONS for w in _WORDS.findall(gap))  # "é" (is) is no "e" (and)
    if kind != _HEALTH and any(w.casefold() in _COMPANY for w in _WORDS.findall(gap)):
        return False  # "[pellegrinaggio a Lourdes] con la [parrocchia]": whom it is done with is another fact
    if side and listed:
        return False  # "burn-out en de rechter": a side word of another phrase
    through_cue = False
    for token in _TOKEN.finditer(nt.folded, span[1], start):
        word = token.group()
        if not attached and kind == _HEALTH and not word.isdigit() and (word not in _ARTICLES or "," in gap):
            return False  # "T2D, HTN, on BP meds", "quimio por un cáncer": the words between stay
        if word in lex.connectors:
            continue
        if not attached and word.strip("0") == "":
            continue
        if attached or not any(c[2] == kind and c[0] <= token.start() and token.end() <= c[1] for c in cues):
            return False
        through_cue = True
    return attached or through_cue or not listed


def _core_stands(nt: NormalizedText, leading: tuple, accepted: list[tuple]) -> bool:
    """A leading predicate ("recovering from >", "living with >", "après son >") stays readable
    before a term that holds most of the letters of the two ("recovering from [HEALTH]"): the
    predicate is the frame, the term the fact. Before a short term ("living with MS") it joins."""
    after = [a for a in accepted if a[2] == leading[2] and a[0] >= leading[1]]
    if not after:
        return False
    term = min(after)
    if term[0] - leading[1] > _MAX_ATTACHED_GAP:
        return False
    whole = (leading[0], term[1])
    return 2 * _letters(nt.folded, term) > _letters(nt.folded, whole)


def _leads_partner(leading: tuple, accepted: list[tuple]) -> bool:
    """A leading predicate ("est >", "is >") before a spouse ("Elle est avec [sa femme]"): being with
    one's spouse is company, the spouse alone is the fact; "est [lesbienne]" keeps its predicate."""
    after = [a for a in accepted if a[2] == leading[2] and a[0] >= leading[1]]
    return bool(after) and min(after)[4] == PARTNER


def group(nt: NormalizedText, lex: Lexicon, hits: list[tuple], accepted: list[tuple]) -> list[list]:
    """Spans ``[start, end, kind, has_term, ends_on_term]``: the accepted hits of each category
    merged with their neighbours and with the attached words they touch."""
    attached = [h for h in hits if h[3] == ATT and not any(
        (_overlaps(h, a) and a[2] != h[2]) or (a[0] <= h[0] and h[1] <= a[1]) for a in accepted)]
    attached = [h for h in attached if h[4] != LEADING or not (_core_stands(nt, h, accepted) or _leads_partner(h, accepted))]
    cues = [h for h in hits if h[3] == CUE]
    spans: list[list] = []
    for kind in sorted({h[2] for h in accepted}):
        items = sorted((h[0], h[1], h[3] != ATT, h[3] == ATT and h[4] == LEADING,
                        h[4] if h[3] == ATT and h[4] in (SIDE, SIDE_AFTER) else 0)
                       for h in accepted + attached if h[2] == kind)
        current = None
        for index, (start, end, is_strong, leading, side) in enumerate(items):
            if current and start > current[1] and (
                    (side == SIDE and not _part_follows(nt, end, items[index + 1 :])) or current[5] == SIDE_AFTER):
                current = None  # a side stands before its part ("left knee") or after it ("rodilla derecha")
            if leading and current and current[3] and start >= current[1]:
                current = None  # "depression after the divorce": a leading predicate never trails its term
            if current and (start <= current[1] or _joins(nt, lex, current, start, is_strong, kind, cues,
                                                           bool(side or current[5]))):
                # current[4]: whether the hit that reaches the span's end is a term (not attached)
                current[4] = is_strong if end > current[1] else current[4] or (end == current[1] and is_strong)
                current[1], current[3] = max(current[1], end), current[3] or is_strong
                current[5] = side if end >= current[1] else current[5]
            else:
                current = [start, end, kind, is_strong, is_strong, side]
                spans.append(current)
    return [s[:5] for s in spans if s[3]]


def _part_follows(nt: NormalizedText, end: int, following: list[tuple]) -> bool:
    """A hit starts right after a side word ending at ``end`` ("am linken Knie", "на левом колене")."""
    if not following:
        return False
    o_start, o_end = nt.to_original(end, following[0][0])
    return not nt.original[o_start:o_end].strip()


def absorb(nt: NormalizedText, lex: Lexicon, hits: list[tuple], accepted: list[tuple], spans: list[list]) -> None:
    """Grow each span over the cues (of a category whose cues join) and roles of its category that
    touch it ("votes Labour", "iscritto al PD", "Conservative councillor", "reza en la
    mezquita"), never over a span of another category ("член" is a party's or a union's), nor
    over a conjunction: "member of the Kataeb and candidate for the elections" ends at "Kataeb"."""
    joining = [h for h in hits if (h[3] == CUE and h[2] in lex.joining_cues) or h[3] == ROLE]
    joining = [c for c in joining if not any(_overlaps(c, a) and a[2] != c[2] for a in accepted)]
    if not joining:
        return
    for span in spans:
        others = [o for o in spans if o[2] != span[2]]
        own = [c for c in joining if c[2] == span[2] and not any(_overlaps(c, o) for o in others)]
        grown = bool(own)
        while grown:
            grown = False
            for cue in own:
                if span[0] <= cue[0] and cue[1] <= span[1]:
                    continue
                if (touches(nt, lex, cue, span) or (cue[3] == ROLE and apposed(nt, lex, cue, span))) and not _coordinated(
                        nt, lex, span, cue) and not (cue[3] == CUE and _bracketed(nt, span, cue)):
                    span[0], span[1] = min(span[0], cue[0]), max(span[1], cue[1])
                    grown = True


_BRACKET = re.compile("[()（）\\[\\]&＆]")


def _bracketed(nt: NormalizedText, span: list, cue: tuple) -> bool:
    """A bracket, an ampersand or a preposition of company stands between ``span`` and a cue: the cue
    is the aside's owner or another fact ("[NAME]先生 & 先生（[同性伴侣]）", "[pellegrinaggio] con la parrocchia")."""
    gap = (cue[1], span[0]) if cue[1] <= span[0] else (span[1], cue[0])
    if gap[0] >= gap[1]:
        return False
    between = nt.original[slice(*nt.to_original(*gap))]
    return bool(_BRACKET.search(between)) or any(w.casefold() in _COMPANY for w in _WORDS.findall(between))


# a period said as the reason of an unavailability: the schedule, not the practice
_BECAUSE = re.compile(r"(?<![^\W_])(?:wegen|weil|nie|niemals|never|because|due to|not|jamais|pas|à cause|a cause|car|nunca|"
                      r"por causa|porque|mai|a causa|perché|nooit|vanwege|omdat|niet|никогда|из-за|потому|بسبب|لأن|ما)(?![^\W_])",
                      re.IGNORECASE)


def reach_back(nt: NormalizedText, hits: list[tuple], spans: list[list]) -> None:
    """Start a span at the period of practice of its category a few words before it, in the same
    clause ("elke zondag met haar ouders naar de mis", "todos los viernes con su padre a la
    mezquita"): the period and the practice are one fact. A period after the span stays
    readable ("goes to synagogue on Saturdays"), and a period never reaches over another span, nor over
    a cause or a "never": it is then when the client cannot come ("sonntags nie wegen [Gottesdienst]",
    "not on Fridays because of [prayers]"). A
    verb of going is such a word too, and periods chain ("gaat nog steeds elke week naar de mis"), not over "and"."""
    periods = [h for h in hits if h[3] == PERIODIC]
    if not periods:
        return
    for span in spans:
        before = [p for p in periods if p[2] == span[2] and p[1] <= span[0]
                  and not any(o is not span and o[0] < span[0] and o[1] > p[0] for o in spans)]
        for period in sorted(before, key=lambda p: -p[1]):  # "gaat nog steeds | elke week | naar de mis"
            if period[1] > span[0]:
                continue  # inside the span already
            o_start, o_end = nt.to_original(period[1], span[0])
            gap = nt.original[o_start:o_end]
            if len(gap) > _MAX_PERIODIC_GAP or _CLAUSE.search(gap) or REDACTION_MARK.search(gap) or _listed(gap) \
                    or _BECAUSE.search(gap):
                break
            span[0] = min(span[0], period[0])


def _coordinated(nt: NormalizedText, lex: Lexicon, span: list, cue: tuple) -> bool:
    """A conjunction stands between ``span`` and a cue or role after it ("and", "et", glued "و")."""
    if cue[0] < span[1]:
        return False
    if cue[4] == COORDINATED:
        return True
    return any(t.group() in lex.conjunctions for t in _TOKEN.finditer(nt.folded, span[1], cue[0]))
