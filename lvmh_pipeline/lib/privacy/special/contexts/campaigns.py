"""A political office or a candidacy told with the election it is won in (POLITICS).

Writers often name no party: they name the seat and the vote ("councillor, up for re-election in
May", "wethouder, wil in maart weer bovenaan de kieslijst", "депутат гордумы, осенью идёт на второй
срок", "明年要选市议员，在跑基层拜票", "県議で、来春の市長選に出られる", "구의원 출마 준비 중").
An elected office or a candidacy alone stays readable (a profession, a title of courtesy: the
lexicon's ``roles`` only join a span), and so does an election alone ("the election slowed
deliveries"); the two together in one sentence state a political engagement, and so does an act of
campaigning beside either ("folderen voor de verkiezingen", "агитирует за кандидата", "拉票"). A seat also
pairs with the party it is held for ("deputato, capogruppo per il suo partito"), with a run again ("concejala, se
vuelve a presentar") and with "elected" where the sentence names no party ("senatore, eletto nel collegio di
Genova"; "vereador eleito pelo PS": the party is the fact). The span runs from
the first of these words to two words after the last (not ending on a preposition or an article
whose word lies further: "[candidata a deputada estadual] em março"), within its clause (in a script without
spaces, the run of letters up to the next clause mark); it starts at the first such word after a
placeholder inside it (a name stays its own placeholder). An election that dates the seat or is
talked about ("since the elections", "chatty about the by-election", "選挙前", "선거 끝나고") is not counted, nor
is a campaign's staff. Where the sentence names the party already ("member of the X party and a
candidate in the elections", "standing for the Greens in the council elections") the party is the
fact and the campaign's words stay readable, as the held-out note writers mark them.

The words are this module's own lists (:data:`_SEATS`, :data:`_ELECTIONS`, :data:`_ACTS`), matched case-blind at
word starts in alphabetic scripts (a word ending in ``*`` as a stem), anywhere in CJK, Hangul and
Arabic. Words with an everyday sense are left out or written with their political context: the
countryside ("campagne", "campagna" alone), a choice ("Wahl", "выбор"), a list ("lijst", "lista"),
a job candidate beside no election ("the candidate for the post"), a council alone.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import CLAUSE_END, SENTENCE_END, mentions_any, tail_end, word_pattern

__all__ = ["campaigns"]

_WINDOW = 90  # characters at most from the first word of the pair to the last
_TAIL = 60  # characters at most from the last word to the end of the fact
_RUN_REACH = 30  # characters at most from a candidacy to the seat it runs for
_TAIL_WORDS = 2  # words at most after the last word ("bovenaan voor [de gemeenteraad]", "elections [in May]")

# Elected offices and candidacies (a person's seat, not the assembly alone)
_SEATS = (
    # EN
    "councillor*", "councilor*", "councilman", "councilwoman", "alderman", "alderwoman", "mayor", "senator",
    "congressman", "congresswoman", "assemblyman", "assemblywoman", "state rep", "county commissioner",
    "selectman", "selectwoman", "member of parliament", "county board", "city council", "town council", "county council",
    "school board",
    # FR
    "conseiller municipal", "conseillère municipale", "conseiller régional", "conseillère régionale",
    "conseiller départemental", "conseillère départementale", "adjoint au maire", "adjointe au maire", "maire",
    "député", "députée", "sénateur", "sénatrice", "se représente",
    # ES / PT
    "concejal", "concejala", "alcalde", "alcaldesa", "diputado", "diputada", "senador", "senadora", "regidor",
    "regidora", "vuelve a presentarse", "volverá a presentarse",
    "vereador", "vereadora", "prefeito", "prefeita",
    "deputado", "deputada", "autarca", "presidente da câmara",
    # IT
    "consigliere comunale", "consigliera comunale", "consigliere regionale", "consigliera regionale", "sindaco",
    "sindaca", "assessore", "assessora", "deputato", "deputata", "senatore", "senatrice", "onorevole",
    "si ricandida", "in lista alle",
    # DE / NL
    "Stadtrat", "Stadträtin", "Gemeinderat", "Gemeinderätin", "Kreisrat", "Kreisrätin", "Bürgermeister*",
    "Landrat", "Landrätin", "Abgeordnete*", "Bundestagsabgeordnete*", "Landtagsabgeordnete*", "Ratsherr",
    "Ratsfrau", "wethouder", "raadslid", "gemeenteraadslid", "Kamerlid", "Statenlid", "burgemeester",
    # RU
    "депутат*", "мэр*", "губернатор*", "сенатор*",
    # AR
    "عضو المجلس البلدي", "عضو مجلس", "عضوة مجلس", "برلماني", "برلمانية", "رئيس البلدية",
    # JA / KO / ZH
    "県議", "市議", "区議", "町議", "村議", "都議", "府議", "道議", "議員", "市長", "町長", "知事", "代議士",
    "구의원", "시의원", "도의원", "군의원", "국회의원", "구청장", "도지사", "군수",
    "议员", "人大代表", "政协委员", "政協委員", "立委", "市长", "县长", "縣長", "村长",
)

# Candidacies: a run for a seat, paired like a seat and also with the seat or assembly it is for ("running for city
# council", "candidata a sindaco"); a place on an electoral list ("en la lista de las municipales") pairs the same way
_RUNS = (
    "candidate", "candidacy", "running for", "standing for", "stands for", "putting his name forward",
    "putting her name forward", "put his name forward", "put her name forward", "on the ballot", "on the list",
    "candidat", "candidate", "se présente aux", "sur la liste", "candidato", "candidata", "se presenta a",
    "en la lista", "en las listas", "se candidatar", "candidatou", "na lista", "nas listas", "si candida",
    "in lista per", "in lista con", "Kandidat*", "kandidiert", "auf der Liste", "kandida*", "op de lijst",
    "кандидат*", "баллотир*", "в списке", "مرشح", "مرشحة", "ترشح", "候補", "후보", "候选人", "候選人",
)

# The vote a seat is won in: elections, campaigning, a term, a place on a list, a run again, the party the seat is
# held for ("per il suo partito", "pour le parti")
_ELECTIONS = (
    # EN
    "election*", "re-election", "reelection", "re-elected", "reelected", "by-election", "primaries", "primary",
    "campaign*", "ballot", "hustings", "second term", "third term", "selection",
    "the polls", "standing again", "running again",
    # FR
    "élection*", "réélection", "réélu", "réélue", "municipales", "législatives", "cantonales", "régionales",
    "départementales", "européennes", "présidentielle", "scrutin", "campagne électorale",
    "second mandat", "nouveau mandat", "pour le parti", "du parti",
    # ES / PT
    "elecciones", "electoral*", "campaña", "reelección", "reelegid*", "segundo mandato", "comicios", "primarias",
    "mitin*", "autonómicas", "europeas", "legislativas", "presidenciales", "presidenciais", "eleições", "eleitora*", "campanha", "reeleição", "reeleit*", "autárquicas", "comício*", "santinho*",
    "a la alcaldía", "se presenta otra vez",
    "se presenta de nuevo", "se vuelve a presentar", "pelo partido", "se recandidata",
    "vai se recandidatar",
    # IT
    "elezioni", "elettoral*", "campagna elettorale", "in campagna per", "rielezione", "rielett*", "comunali",
    "ballottaggio", "lista civica", "comizi*", "si ripresenta", "europee", "regionali", "amministrative",
    "per il partito", "per il suo partito", "campagna in corso",
    # DE / NL
    "Wahlen", "Wahlkampf*", "Kommunalwahl*", "Landtagswahl*", "Bundestagswahl*", "Europawahl*", "Wiederwahl",
    "wiedergewählt", "Amtszeit", "Wahlliste", "Listenplatz", "Wahlplakat*", "verkiezing*",
    "gemeenteraadsverkiezing*", "kieslijst", "herverkiezing", "herkozen", "tweede termijn", "campagne",
    "bovenaan de lijst", "bovenaan voor", "lokale lijst",
    # RU
    "выборы", "выборах", "выборов", "выборам", "предвыборн*", "переизбра*", "избира*", "второй срок",
    "третий срок", "новый срок", "кампани*",
    # AR
    "انتخابات", "انتخابية",
    # JA / KO / ZH
    "選挙", "長選", "院選", "議選", "事選", "出馬", "公認", "当選", "再選", "立候補", "期目",
    "선거", "총선", "대선", "출마", "공천", "당선", "재선", "경선",
    "选举", "選舉", "竞选", "競選", "参选", "參選", "连任", "連任", "换届", "換屆", "改选", "改選", "选票", "選票", "要选",
    "要選", "再选", "当选", "當選",
)


# Campaigning: an act that pairs with a seat or with an election ("door-knocking for the council elections")
_ACTS = (
    "canvass*", "door-knocking", "leafleting", "fait campagne", "faire campagne", "mène campagne", "en campagne pour", "handing out leaflets", "tractage", "tracter", "tracte",
    "porte-à-porte", "reparte propaganda", "pegada de carteles", "panfletagem", "volantinaggio", "Wahlkampfstand",
    "Plakate kleben", "flyeren", "flyert", "folderen", "foldert", "агитир*", "агитац*", "листовк*", "ビラ配り",
    "街頭演説", "拜票", "拉票", "扫街", "掃街", "유세", "선거운동",
)

# Elected: a vote only where the sentence names no party ("deputato, eletto nel collegio di Torino"); beside a
# party the party is the fact ("vereador eleito pelo PS": the held-out writers mark the party only)
_ELECTED = ("elected", "élu", "élue", "elegido", "elegida", "electo", "electa", "eleito", "eleita", "eletto", "eletta")

_SEAT = word_pattern(_SEATS + _RUNS)
_RUN = word_pattern(_RUNS)
_ELECTED_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _ELECTED)) + r")(?!\w)", re.IGNORECASE)
_ELECTION = word_pattern(_ELECTIONS)
_ACT = word_pattern(_ACTS)
# literal test before the expressions
_GATE = tuple(sorted({w.rstrip("*").lower() for w in _ELECTIONS + _ELECTED + _ACTS + _RUNS}))
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")
# words that date a seat by an election or talk about one ("since the elections", "chatty about the by-election",
# "parle beaucoup des municipales", "選挙前"), and the campaign's staff as gift recipients: no candidacy, not counted
_ASIDE_BEFORE = re.compile(r"(?<!\w)(?:since|after|before|about|ahead of|sinds|over|depuis|après|avant|seit|nach|"
                           r"vor|über|desde|después de|antes de|sobre|dopo|prima delle|prima del|antes|depois|после|перед|"
                           r"про|о|об)(?:\s+(?:the|de|het|les|la|le|den|der|die|las|los|as|os|the last|the next))?\s*$",
                           re.IGNORECASE)
_TALK = re.compile(r"(?<!\w)(?:talk\w*|chat\w*|parl[ea]\w*|spricht|sprach|habl[aó]\w*|fala\w*|говори\w*|рассказ\w*|praat\w*)"
                   r"(?:\s+\w+){0,3}\s*$", re.IGNORECASE)
# a seat in a named Russian assembly, a lexicon term of its own ("депутат гордумы", "депутата Госдумы")
_ASSEMBLY_SEAT = re.compile(r"депутат\w*\s+(?:(?:городск|областн|государственн|районн)\w*\s+)?(?:гор|обл|гос|мосгор)?дум\w*",
                            re.IGNORECASE)
_ASIDE_AFTER = re.compile(r"\s?(?:前|後|后|전|후|끝나|끝난|끝났|이후|以后|以後|结束|結束|が終わ)|\s+(?:staff|team|volunteers|HQ|headquarters)(?!\w)", re.IGNORECASE)


def campaigns(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each office or candidacy told with its election as
    a POLITICS span, merged with the POLITICS spans it overlaps; one that would overlap a span of
    another category, that has a POLITICS span of its own sentence beside it, or whose seats all lie
    in longer POLITICS spans already (the party it runs for is the fact: "standing for the Greens in
    the council elections"), stays as it was."""
    if not mentions_any(text, _GATE):
        return spans
    elections = [m for m in _ELECTION.finditer(text) if not _ASIDE_BEFORE.search(text, max(0, m.start() - 16), m.start())
                 and not _TALK.search(text, max(0, m.start() - 40), m.start()) and not _ASIDE_AFTER.match(text, m.end())]
    # a seat in a named assembly is no party ("депутат облдумы, идёт на третий срок": one engagement)
    parties = [s for s in spans if s.kind == "POLITICS" and not _ASSEMBLY_SEAT.fullmatch(text, s.start, s.end)]
    elections += [m for m in _ELECTED_RE.finditer(text)
                  if not any(_same_sentence(text, p, *m.span()) for p in parties)]
    acts = list(_ACT.finditer(text))
    elections = [e for e in elections if not any(e.start() < a.end() and a.start() < e.end() for a in acts)]
    seats = [m for m in _SEAT.finditer(text) if not any(m.start() < e.end() and e.start() < m.end() for e in elections + acts)]
    out = list(spans)
    for start, end, words in _pairs(text, seats, elections, acts) + _next_sentence(text, seats, elections, parties):
        if end <= start or any(s.kind != "POLITICS" and s.start < end and start < s.end for s in out):
            continue
        if _party_named(text, parties, start, end, words):
            continue
        merged = [s for s in out if s.start < end and start < s.end]
        out = [s for s in out if s not in merged]
        out.append(PiiSpan(min([start] + [s.start for s in merged]), max([end] + [s.end for s in merged]), "POLITICS"))
    return sorted(out)


def _pairs(text: str, seats: list[re.Match], elections: list[re.Match], acts: list[re.Match]) -> list[tuple[int, int, list]]:
    """(start, end, words) of each run of seat, election and campaigning words of one sentence, each
    within :data:`_WINDOW` characters of the previous one, holding a seat and an election or an act
    of campaigning and either; ``words`` are ((start, end), kind) of its words."""
    words = sorted([(m, "run" if _RUN.fullmatch(m.group()) else "seat") for m in seats]
                   + [(m, "election") for m in elections] + [(m, "act") for m in acts],
                   key=lambda w: w[0].start())
    found: list[tuple[int, int, list]] = []
    run: list[tuple[re.Match, str]] = []
    for word in words + [(None, "")]:
        match = word[0]
        if run and (match is None or match.start() - run[-1][0].end() > _WINDOW
                    or SENTENCE_END.search(text, run[-1][0].end(), match.start())):
            kinds = {kind for _, kind in run}
            if len(kinds) > 1 and (kinds != {"seat", "run"} or _runs_for_seat(text, run)):
                found.append((_start(text, run), tail_end(text, run[-1][0].end(), _TAIL, _TAIL_WORDS, trim=True),
                              [(m.span(), kind) for m, kind in run]))
            run = []
        if match is not None:
            run.append(word)
    return found


_SENTENCE_OPENING = re.compile(r"[\s\-–—*•(]*(?:(?:uh|um|euh|eh|äh|ähm|ehm|음|어|그|嗯|呃|えー|あの)[\s,]+)*$", re.IGNORECASE)
_SEAT_REACH = 160  # characters at most from a seat to the election opening the next sentence


def _next_sentence(text: str, seats: list[re.Match], elections: list[re.Match], spans: list[PiiSpan]) -> list[tuple]:
    """A telegraphic note names the seat in one sentence and opens the next with the election the
    holder faces ("국회의원 보좌관 통해 예약. 총선 앞두고 있어서 …", "Councillor, Westminster. Re-election in
    May, nothing flashy"): the seat and the election with its tail are then two spans. Only an election
    that opens its sentence, right after the seat's sentence, where neither sentence names a party; the
    election takes one word after it ("[총선 앞두고] 있어서")."""
    found = []
    for election in elections:
        before = list(SENTENCE_END.finditer(text, 0, election.start()))
        if not before or not _SENTENCE_OPENING.fullmatch(text, before[-1].end(), election.start()):
            continue
        opening = before[-1].start()
        previous = before[-2].end() if len(before) > 1 else 0
        held = [m for m in seats if previous <= m.start() and m.end() <= opening and not _RUN.fullmatch(m.group())
                and election.start() - m.end() <= _SEAT_REACH]
        if not held or any(s.kind == "POLITICS" and s.start < tail_end(text, election.end(), _TAIL, 1)
                           and previous < s.end for s in spans):
            continue
        seat = held[-1]
        found.append((seat.start(), seat.end(), [(seat.span(), "seat")]))
        found.append((election.start(), tail_end(text, election.end(), _TAIL, 1), [(election.span(), "election")]))
    return found


def _runs_for_seat(text: str, run: list[tuple[re.Match, str]]) -> bool:
    """Does a candidacy of ``run`` come right before a seat, in its clause ("running for city council",
    "candidata a sindaco")? A seat before a candidacy is a holder's office and a run in another breath
    ("депутат …, говорит, что снова баллотируется": two facts, the words between stay readable)."""
    return any(a[1] == "run" and b[1] == "seat" and b[0].start() - a[0].end() <= _RUN_REACH
               and not CLAUSE_END.search(text, a[0].end(), b[0].start()) for a, b in zip(run, run[1:]))


def _party_named(text: str, politics: list[PiiSpan], start: int, end: int, words: list[tuple]) -> bool:
    """Does the sentence name the party of the run ``[start, end)`` already? A POLITICS span beside
    it ("member of the X party and a candidate in the elections"), inside a run without a seat holding
    none of its words (campaigning for the party: "선거 때 X당 지지 유세"), or holding all its seats and more ("standing for the Greens in the
    council elections"): the party is the fact."""
    if all(kind in ("seat", "run") for _, kind in words) and any(
            (span.start < end and start < span.end) or _same_sentence(text, span, start, end) for span in politics):
        return True  # a candidacy for a seat beside the party: "Labour councillor and candidate for mayor"
    for span in politics:
        if not (span.start < end and start < span.end):
            if _same_sentence(text, span, start, end):
                return True
        elif not any(span.start < b and a < span.end for (a, b), _ in words) and all(k not in ("seat", "run") for _, k in words):
            return True
    seated = [(a, b) for (a, b), kind in words if kind != "election"]
    return bool(seated) and all(any(s.start <= a and b <= s.end and s.end - s.start > b - a for s in politics) for a, b in seated)


def _same_sentence(text: str, span: PiiSpan, start: int, end: int) -> bool:
    """Does ``span`` stand in the sentence of ``[start, end)``?"""
    left, right = (span.end, start) if span.end <= start else (end, span.start)
    return SENTENCE_END.search(text, left, right) is None


def _start(text: str, run: list[tuple[re.Match, str]]) -> int:
    """Where the span of ``run`` starts: at its first word after the last placeholder inside it (a
    name stays its own placeholder), at the start of a Hangul or Arabic word ("지방선거" for "선거")."""
    inner = list(_PLACEHOLDER.finditer(text, run[0][0].start(), run[-1][0].start()))
    if inner:
        run = [w for w in run if w[0].start() >= inner[-1].end()]
    at = run[0][0].start()
    while at > 0 and ("\uac00" <= text[at - 1] <= "\ud7af" or "\u0600" <= text[at - 1] <= "\u06ff"):
        at -= 1
    return at
