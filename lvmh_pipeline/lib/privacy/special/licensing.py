"""Steps 0-2 from alias hits to Art. 9 spans (see :mod:`special.spans` for the whole order):
which hits count. Keep phrases and redaction tokens block what they overlap (:func:`block`);
hyphenated demonyms make an origin (:func:`compounds`); a contextual word counts with a cue, a
term or a role of its category nearby (:func:`license_contextual`); the longest hit wins across
categories (:func:`accept`); a word that only reports a condition gives way to the condition
(:func:`drop_frames`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, is_dense_char, to_folded
from lvmh_pipeline.lib.privacy.special.framing import filler_gap, letters as _letters, qualified
from lvmh_pipeline.lib.privacy.special.lexicon import CTX, CUE, DEMONYM, KEEP, PARTNER, PERIODIC, ROLE, SPECIAL_KINDS, TERM, Lexicon

__all__ = ["REDACTION_MARK", "accept", "apposed", "block", "compounds", "drop_frames", "license_contextual", "touches"]

_CLAUSE = re.compile(r"[.;:!?,\n。！？；：、，؛؟،]")
REDACTION_MARK = re.compile(r"\[[A-Z][A-Z_]*\]")
_TOKEN = re.compile(r"[^\W_]+")
_MAX_ATTACHED_GAP = 12  # original characters between a span and an attached word or a joining cue
_HYPHENS = frozenset("-\u2010\u2011")
_HEALTH = SPECIAL_KINDS.index("HEALTH")
_LICENSING_ROUNDS = 2  # a licensed contextual word licenses another one ("PS ou Verts")


def _overlaps(a: tuple | list, b: tuple | list) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def block(nt: NormalizedText, hits: list[tuple], lex: Lexicon | None = None) -> list[tuple]:
    """The hits that no keep phrase ("diabetic diet", "Christian Dior") and no placeholder
    already in the text overlaps (a term holding a whole keep phrase and more stays, see
    :func:`_wider`, and a period is never blocked: "礼拜天" is a weekday that only starts a span);
    keep phrases themselves are dropped. With ``lex``, a word that only reports a diagnosis goes
    with the kept condition it touches ("recently diagnosed coeliac", "刚确诊 乳糜泻": :func:`_reports_kept`)."""
    keep = [h for h in hits if h[3] == KEEP]
    tokens = [(to_folded(nt, m.start()), to_folded(nt, m.end())) for m in REDACTION_MARK.finditer(nt.original)]
    kept = [h for h in hits if h[3] != KEEP and not (tokens and any(_overlaps(h, b) for b in tokens))
            and (h[3] == PERIODIC or not (keep and any(_overlaps(h, b) and not _wider(h, b) for b in keep)))]
    if lex is None or not keep:
        return kept
    conditions = [k for k in keep if nt.folded[k[0] : k[1]].lstrip().startswith(_KEPT_CONDITIONS)]
    return [h for h in kept if not (conditions and _reports_kept(nt, lex, h, conditions))]


# Conditions kept readable like a food allergy (folded starts of their keep phrases): coeliac disease
# and gluten intolerance, by the decision of session 37.
_KEPT_CONDITIONS = ("coeliac", "celiac", "coeliaq", "celiaq", "celiak", "zoliak", "coeliak", "gluten", "glutine",
                    "целиак", "セリアック", "셀리악", "乳糜泻", "乳糜瀉", "سيلياك")


def _reports_kept(nt: NormalizedText, lex: Lexicon, hit: tuple, conditions: list[tuple]) -> bool:
    """``hit`` is a HEALTH word that only reports a diagnosis ("diagnosed", "diagnostiquée", "确诊")
    right against a kept condition: it says no more than the condition, which stays readable."""
    return (hit[2] == _HEALTH and hit[3] in (TERM, CUE) and nt.folded[hit[0] : hit[1]].startswith(_FRAME_WORDS + ("診断",))
            and any(touches(nt, lex, hit, k) for k in conditions))


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
    characters and in the same clause; a union's capitalised name set after a union word by a comma
    only is its apposition ("the teachers' union, the NEU")."""
    if anchor[2] != hit[2] or _overlaps(anchor, hit):
        return False
    left, right = (anchor, hit) if anchor[0] < hit[0] else (hit, anchor)
    if right[0] - left[1] > window:
        return False
    o_start, o_end = nt.to_original(left[1], right[0])
    if anchor[2] == _UNION and left is anchor and _NAMED_AFTER.fullmatch(nt.original, o_start, o_end) and nt.original[o_end].isupper():
        return True  # the union's name set after it: "the teachers' union, the NEU"
    return _CLAUSE.search(nt.original, o_start, o_end) is None


_UNION = SPECIAL_KINDS.index("UNION")
_NAMED_AFTER = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+|die[ \t]+|der[ \t]+|o[ \t]+|a[ \t]+)?")


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
    if len(gap) > _MAX_ATTACHED_GAP or _CLAUSE.search(gap) or REDACTION_MARK.search(gap):
        return False
    return all(t.group() in lex.connectors for t in _TOKEN.finditer(nt.folded, left, right))


# What ends an item of a telegraphic note ("Clinic:" is a label, not an item).
_TELEGRAPHIC_EDGE = re.compile(r"[.;!?,\n\u2013\u2014]")
_OPENING_EDGE = re.compile(r"[.;:!?,\n\u2013\u2014]")  # an item may open a person's line ("Sr. Wang: gota,")
# Places and procedures are no condition standing alone ("Lieferung: Klinik, Empfang").
_NOT_ALONE = ("hospital", "clinic", "klinik", "krankenhaus", "ospedale", "clinica", "ziekenhuis", "kliniek",
              "больниц", "клиник", "центр", "operat", "opera", "=op", "physio", "fisio", "fysio", "kine", "therap",
              "terap", "терап", "diagnos", "lechen", "лечен", "химия", "химию")


def _alone_in_clause(nt: NormalizedText, hit: tuple) -> bool:
    """A contextual HEALTH word that is a whole item of a telegraphic note by itself ("Mario, 60,
    gotta.", "Client, 70 ans, goutte, aime le cuir.", "Sr. Wang: gota, dieta"): nothing but the
    condition stands between two punctuation marks (the first may be the colon after a person). An alphabetic word only (CJK, Hangul and Arabic items are not split this
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
    return bool(left and right) and _OPENING_EDGE.match(left[-1]) is not None and _TELEGRAPHIC_EDGE.match(
        right[0]) is not None and len(before) - len(left) <= 1 and len(after) - len(right) <= 1


def license_contextual(nt: NormalizedText, lex: Lexicon, hits: list[tuple]) -> list[tuple]:
    """Terms, and the contextual words that a cue, a term or a counted contextual word of their
    category licenses nearby in the same clause, or a role of their category touches (or, a party,
    follows after a comma: "MP, Labour"); a same-sex
    spouse licenses none ("con orgullo ... y su marido": the pride is in an origin, not a march)."""
    anchors = [h for h in hits if h[3] in (TERM, CUE) and h[4:5] != (PARTNER,)]
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
                    or any(r[2] == h[2] and not _overlaps(r, h) and (touches(nt, lex, r, h) or _apposed(nt, r, h, lex))
                           for r in roles)]
        if not licensed:
            break
        strong += licensed
        anchors += licensed
        pending = [h for h in pending if h not in licensed]
    return strong


_POLITICS = SPECIAL_KINDS.index("POLITICS")
_APPOSITION = re.compile(r"[ \t]*,[ \t]*")


def _apposed(nt: NormalizedText, role: tuple, hit: tuple, lex: Lexicon | None = None) -> bool:
    """A capitalised party word set after an office by a comma only ("a sitting MP, Labour",
    "councillor, Green"): the office's party, as if it touched it (politics only). In a dense
    script the office may keep its verb and a filler before the comma ("市議会議員をされていて、自民党",
    "市議会議員で、あの、立憲民主党": :func:`apposed`)."""
    if role[2] != _POLITICS or hit[0] < role[1]:
        return False
    end = nt.to_original(role[0], role[1])[1]
    start = nt.to_original(hit[0], hit[1])[0]
    if _APPOSITION.fullmatch(nt.original, end, start) is not None and nt.original[start].isupper():
        return True
    if lex is None or start - end > _MAX_ATTACHED_GAP or not (is_dense_char(nt.original[end - 1]) and is_dense_char(nt.original[start])):
        return False
    gap = nt.original[end:start]
    words = _TOKEN.findall(gap)
    # the office is said of the person by its verb ("で", "をされていて"); a bare list "区議会議員、立憲民主党所属" is not
    return (_DENSE_COMMA.search(gap) is not None and _SENTENCE_END.search(gap) is None and bool(words)
            and words[0] in lex.connectors and all(w in lex.connectors or w in lex.fillers for w in words))


def apposed(nt: NormalizedText, lex: Lexicon, role: tuple | list, span: tuple | list) -> bool:
    """A political office set before its party by a comma (:func:`_apposed`), for the span growth."""
    return _apposed(nt, role, span, lex)


_DENSE_COMMA = re.compile(r"[、，,]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


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
                "диагностирован", "болеет", "진단", "と診断", "被诊断", "被診斷", "确诊", "確診", "مريض", "تشخيص")


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
