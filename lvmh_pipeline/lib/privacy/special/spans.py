"""From alias hits to Art. 9 spans: licensing, merging, joining and whole words.

The steps :func:`special_categories.find_special_categories` runs, on the hits of
:meth:`special_lexicon.Lexicon.scan` (``(start, end, kind, role, payload)`` in folded offsets):

0. :func:`block` and :func:`special.framing.trim_frames` — keep phrases cancel what they overlap; a HEALTH term
   whose first words only frame a shorter term gives way to it ("anda de [cadeira de rodas]");
1. :func:`license_contextual` — a contextual word counts with a cue or a term of its category
   in the same clause nearby, or a role of its category touching it ("conseiller Renaissance"),
   and a contextual condition that is a whole item of a telegraphic note ("Mario, 60, gotta.");
2. :func:`accept` — the longest hit wins across categories; :func:`drop_frames` — a word that
   only reports a condition ("diagnosed", "malade", "مريض") stays out when a condition touches it;
3. :func:`group` — neighbouring hits of one category merge ("cancer du sein", "diabète, asthme",
   "a voté pour les Verts"), attached words join the term they touch ("Type 1 diabetes");
4. :func:`absorb` — joining cues and roles that touch a span join it ("votes Labour",
   "Conservative councillor");
5. :func:`reach_back` — a period of practice a few words before a span starts it ("elke zondag
   met haar ouders naar de mis", "every Friday with his father to the mosque");
6. :func:`special.original.to_original` — spans on whole words of the original text; a religious
   span takes the saint's or the name of its church after it ("lay reader at St Mary's").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, is_dense_char, to_folded
from lvmh_pipeline.lib.privacy.special.framing import filler_gap, letters as _letters, listed as _listed, qualified
from lvmh_pipeline.lib.privacy.special.lexicon import (
    ATT, COORDINATED, CTX, CUE, DEMONYM, KEEP, LEADING, PERIODIC, ROLE, SIDE, SIDE_AFTER, SPECIAL_KINDS, TERM, Lexicon,
)

__all__ = [
    "absorb", "accept", "block", "compounds", "drop_frames", "group", "license_contextual", "reach_back",
]

_CLAUSE = re.compile(r"[.;:!?,\n。！？；：、，؛؟،]")
_SENTENCE = re.compile(r"[.;!?\n。！？；؛؟\[\]]")
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")
_TOKEN = re.compile(r"[^\W_]+")
_MAX_GAP = 30  # original characters between two hits of a category that still merge
_MAX_ATTACHED_GAP = 12  # original characters between a span and an attached word or a joining cue
_HYPHENS = frozenset("-\u2010\u2011")
_HEALTH = SPECIAL_KINDS.index("HEALTH")
_LICENSING_ROUNDS = 2  # a licensed contextual word licenses another one ("PS ou Verts")
_MAX_PERIODIC_GAP = 32  # original characters between a period of practice and the span it starts


def _overlaps(a: tuple | list, b: tuple | list) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def block(nt: NormalizedText, hits: list[tuple]) -> list[tuple]:
    """The hits that no keep phrase ("diabetic diet", "Christian Dior") and no placeholder
    already in the text overlaps (a term holding a whole keep phrase and more stays, see
    :func:`_wider`, and a period is never blocked: "礼拜天" is a weekday that only starts a span);
    keep phrases themselves are dropped."""
    keep = [h for h in hits if h[3] == KEEP]
    placeholders = [(to_folded(nt, m.start()), to_folded(nt, m.end())) for m in PLACEHOLDER.finditer(nt.original)]
    return [h for h in hits if h[3] != KEEP and not (placeholders and any(_overlaps(h, b) for b in placeholders))
            and (h[3] == PERIODIC or not (keep and any(_overlaps(h, b) and not _wider(h, b) for b in keep)))]


def _wider(hit: tuple, keep: tuple) -> bool:
    """A term or a role that holds a whole keep phrase and more is read as the term: "проблемы с
    сердцем" is HEALTH though "сердцем" alone is a heart pendant, and an electoral campaign
    ("بالحملة الانتخابية") a political role though "بالحملة" alone is kept from the pregnancy."""
    return hit[3] in (TERM, ROLE) and hit[0] <= keep[0] and keep[1] <= hit[1] and hit[1] - hit[0] > keep[1] - keep[0]


def compounds(nt: NormalizedText, hits: list[tuple]) -> list[tuple]:
    """ORIGIN terms for demonyms joined by a hyphen in the original ("Japanese-Brazilian",
    "Kosovo-albanisch", "Afro-Caribbean"); a single demonym is a nationality and stays."""
    found = []
    demonyms = sorted({h for h in hits if h[3] == DEMONYM})
    for left, right in zip(demonyms, demonyms[1:]):
        if right[0] <= left[1]:
            continue
        o_start, o_end = nt.to_original(left[1], right[0])
        if o_end - o_start == 1 and nt.original[o_start] in _HYPHENS:
            found.append((left[0], right[1], left[2], TERM, -1))
    return found


def _licenses(nt: NormalizedText, anchor: tuple, hit: tuple, window: int) -> bool:
    """``anchor`` (cue or term) is of ``hit``'s category, outside it, within ``window`` folded
    characters and in the same clause."""
    if anchor[2] != hit[2] or _overlaps(anchor, hit):
        return False
    left, right = (anchor, hit) if anchor[0] < hit[0] else (hit, anchor)
    if right[0] - left[1] > window:
        return False
    o_start, o_end = nt.to_original(left[1], right[0])
    return _CLAUSE.search(nt.original, o_start, o_end) is None


def touches(nt: NormalizedText, lex: Lexicon, a: tuple | list, b: tuple | list) -> bool:
    """``a`` and ``b`` overlap or only spaces, hyphens, quotes and connectors separate them, in
    the same clause ("iscritto al PD", "consigliera comunale per la Lega")."""
    if _overlaps(a, b):
        return True
    left, right = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    if filler_gap(nt, lex, left, right):  # "votes, um, Labour"
        return True
    o_start, o_end = nt.to_original(left, right)
    gap = nt.original[o_start:o_end]
    if len(gap) > _MAX_ATTACHED_GAP or _CLAUSE.search(gap) or PLACEHOLDER.search(gap):
        return False
    return all(t.group() in lex.connectors for t in _TOKEN.finditer(nt.folded, left, right))


# What ends an item of a telegraphic note ("Clinic:" is a label, not an item).
_TELEGRAPHIC_EDGE = re.compile(r"[.;!?,\n\u2013\u2014]")
# Places and procedures are no condition standing alone ("Lieferung: Klinik, Empfang").
_NOT_ALONE = ("hospital", "clinic", "klinik", "krankenhaus", "ospedale", "clinica", "ziekenhuis", "kliniek",
              "больниц", "клиник", "центр", "operat", "opera", "=op", "physio", "fisio", "fysio", "kine", "therap",
              "terap", "терап", "diagnos", "lechen", "лечен", "химия", "химию")


def _alone_in_clause(nt: NormalizedText, hit: tuple) -> bool:
    """A contextual HEALTH word that is a whole item of a telegraphic note by itself ("Mario, 60,
    gotta.", "Client, 70 ans, goutte, aime le cuir."): nothing but the condition stands between two
    punctuation marks. An alphabetic word only (CJK, Hangul and Arabic items are not split this
    way); places and procedures are no such item."""
    o_start, o_end = nt.to_original(hit[0], hit[1])
    text = nt.original
    if o_start >= o_end or not all(c.isalpha() and not is_dense_char(c) for c in text[o_start:o_end]):
        return False
    if nt.folded[hit[0] : hit[1]].startswith(_NOT_ALONE):
        return False
    before, after = text[max(0, o_start - 3) : o_start], text[o_end : o_end + 3]
    left = before.rstrip(" ")
    right = after.lstrip(" ")
    return bool(left and right) and _TELEGRAPHIC_EDGE.match(left[-1]) is not None and _TELEGRAPHIC_EDGE.match(
        right[0]) is not None and len(before) - len(left) <= 1 and len(after) - len(right) <= 1


def license_contextual(nt: NormalizedText, lex: Lexicon, hits: list[tuple]) -> list[tuple]:
    """Terms, and the contextual words that a cue, a term or a counted contextual word of their
    category licenses nearby in the same clause, or a role of their category touches."""
    anchors = [h for h in hits if h[3] in (TERM, CUE)]
    roles = [h for h in hits if h[3] == ROLE]
    strong = [h for h in hits if h[3] == TERM]
    pending = [h for h in hits if h[3] == CTX]
    alone = [h for h in pending if h[2] == _HEALTH and _alone_in_clause(nt, h)]
    if alone:
        strong += alone
        anchors += alone
        pending = [h for h in pending if h not in alone]
    for _ in range(_LICENSING_ROUNDS):
        licensed = [h for h in pending if any(_licenses(nt, a, h, lex.window) for a in anchors)
                    or any(r[2] == h[2] and not _overlaps(r, h) and touches(nt, lex, r, h) for r in roles)]
        if not licensed:
            break
        strong += licensed
        anchors += licensed
        pending = [h for h in pending if h not in licensed]
    return strong


def accept(strong: list[tuple]) -> list[tuple]:
    """The hits kept: longest first, none overlapping a longer hit of another category."""
    accepted: list[tuple] = []
    for hit in sorted(strong, key=lambda h: h[0] - h[1]):
        if not any(_overlaps(hit, a) and a[2] != hit[2] for a in accepted):
            accepted.append(hit)
    return accepted


# Words that say a condition is there without naming it (folded starts): a diagnosis, being ill;
# a hospital stay, an operation or a treatment is itself a health fact and stays in the span.
_FRAME_WORDS = ("diagnos", "malade", "malato", "malata", "enfermo", "enferma", "doente", "krank", "ziek",
                "диагностирован", "болеет", "진단", "と診断", "被诊断", "被診斷", "确诊", "مريض", "تشخيص")


# Being under treatment or recovering, before the condition treated (folded starts); dropped only
# before a condition with more letters than they have.
_FRAME_PHRASES = ("em tratamento", "en tratamiento", "in treatment", "under treatment", "in cura", "en traitement",
                  "in behandlung", "in behandeling", "на лечении", "recuperando", "recuperar", "em recuperacao",
                  "en recuperacion", "in recupero", "recovering", "convalescen")


def drop_frames(nt: NormalizedText, lex: Lexicon, hits: list[tuple], accepted: list[tuple]) -> list[tuple]:
    """A HEALTH word that is a term alone and a cue beside a condition ("diagnosed", "malade",
    "enfermo", "مريض") is the frame, not the fact, when a HEALTH term touches it: "diagnosed with
    [HEALTH]", "enfermo de [HEALTH]", "مريض [HEALTH]"; alone ("Il est malade") it stays the fact."""
    cues = {(h[0], h[1]) for h in hits if h[3] == CUE and h[2] == _HEALTH
            and nt.folded[h[0] : h[1]].startswith(_FRAME_WORDS)}
    health = [h for h in accepted if h[2] == _HEALTH]
    # a treatment or a recovery before a longer condition: "em tratamento de [HEALTH]"
    periods = {(h[0], h[1]) for h in health if nt.folded[h[0] : h[1]].startswith(_FRAME_PHRASES)}
    if not cues and not periods:
        return accepted
    frames = [h for h in health if (h[0], h[1]) in cues or (h[0], h[1]) in periods]
    others = [h for h in health if h not in frames]
    dropped = [f for f in frames if not any(_overlaps(o, f) for o in others)
               and any((touches(nt, lex, o, f) or qualified(nt, hits, o, f)) and ((f[0], f[1]) in cues or (
                   o[0] > f[0] and _letters(nt.folded, o) > _letters(nt.folded, f))) for o in others)]
    return [h for h in accepted if h not in dropped] if dropped else accepted


# Words that join two items of a list ("depression and panic attacks"); two terms joined by
# one of them stay two spans.
_CONJUNCTIONS = frozenset("and und et e ed y en и или or ou o oder sowie".split())
_WORDS = re.compile(r"\w+")
# A bracket or a dash closes an aside: an attached word never joins across it ("ja echt) – net uit …").
_ASIDE = re.compile("[()\\[\\]（）\u2013\u2014]")
# Articles, over which two HEALTH terms still join ("in cura per la depressione"); any other word
# between two HEALTH terms stays readable.
_ARTICLES = frozenset("the a an la le les l el los las il lo gli i un una uno une der die das den dem ein eine "
                      "einen einer het een o os as um uma".split())


def _joins(nt: NormalizedText, lex: Lexicon, span: list, start: int, is_strong: bool, kind: int,
           cues: list[tuple], side: bool = False) -> bool:
    """Whether a hit starting at ``start`` continues ``span``: an attached word joins over spaces,
    hyphens and connectors ("cancer du sein"); two terms over numbers and cues of their category
    ("a voté pour les Verts") and commas ("diabète, asthme"), but not over a connector word alone
    ("Niereninsuffizienz und Reflux" is two spans: the "und" is no health data), and two HEALTH
    terms not over any word ("Diabético, con insulina", "on BP meds": the frame word stays)."""
    if filler_gap(nt, lex, span[1], start):  # "diabétique, euh, de type 1"
        return True
    o_start, o_end = nt.to_original(span[1], start)
    gap = nt.original[o_start:o_end]
    attached = not (is_strong and span[4])
    too_far = len(gap) > (_MAX_ATTACHED_GAP if attached else _MAX_GAP)
    if too_far or _SENTENCE.search(gap) or (attached and (_CLAUSE.search(gap) or _ASIDE.search(gap))):
        return False
    listed = any(w.casefold() in _CONJUNCTIONS for w in _WORDS.findall(gap))  # "é" (is) is no "e" (and)
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


def group(nt: NormalizedText, lex: Lexicon, hits: list[tuple], accepted: list[tuple]) -> list[list]:
    """Spans ``[start, end, kind, has_term, ends_on_term]``: the accepted hits of each category
    merged with their neighbours and with the attached words they touch."""
    attached = [h for h in hits if h[3] == ATT and not any(
        (_overlaps(h, a) and a[2] != h[2]) or (a[0] <= h[0] and h[1] <= a[1]) for a in accepted)]
    attached = [h for h in attached if h[4] != LEADING or not _core_stands(nt, h, accepted)]
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
                if touches(nt, lex, cue, span) and not _coordinated(nt, lex, span, cue):
                    span[0], span[1] = min(span[0], cue[0]), max(span[1], cue[1])
                    grown = True


def reach_back(nt: NormalizedText, hits: list[tuple], spans: list[list]) -> None:
    """Start a span at the period of practice of its category a few words before it, in the same
    clause ("elke zondag met haar ouders naar de mis", "todos los viernes con su padre a la
    mezquita"): the period and the practice are one fact. A period after the span stays
    readable ("goes to synagogue on Saturdays"), and a period never reaches over another span. A
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
            if len(gap) > _MAX_PERIODIC_GAP or _CLAUSE.search(gap) or PLACEHOLDER.search(gap) or _listed(gap):
                break
            span[0] = min(span[0], period[0])


def _coordinated(nt: NormalizedText, lex: Lexicon, span: list, cue: tuple) -> bool:
    """A conjunction stands between ``span`` and a cue or role after it ("and", "et", glued "و")."""
    if cue[0] < span[1]:
        return False
    if cue[4] == COORDINATED:
        return True
    return any(t.group() in lex.conjunctions for t in _TOKEN.finditer(nt.folded, span[1], cue[0]))
