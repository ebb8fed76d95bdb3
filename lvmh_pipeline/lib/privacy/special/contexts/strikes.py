"""A strike or the dues told beside a union role (UNION).

Writers who name a client's union role often add the strike that keeps the client busy in the same
breath, in a clause of its own: "délégué syndical, il a fait grève en mars", "es de Comisiones, anda con la huelga de mañana", "노조
대의원이라 요즘 파업 때문에 바빠요", "工会代表，最近在罢工". Beside the role the strike is the person's
union action, a second UNION fact (the lexicon's strike phrases need a verb of joining, and its strike
nouns a union word in their own clause). A strike word (:data:`_STRIKES`) in a sentence that holds a
UNION span, or opening the sentence right after one (a telegraphic note's next item), is UNION: from the start of its clause (after a placeholder or a span in it, and after an
opening conjunction) to the strike word and at most :data:`_TAIL_WORDS` words after it in the clause,
the first word of its date ("la huelga [del] jueves", "en grève [la] semaine dernière"; in Hangul the word
after it: "파업 때문에"). English strikes stay out: measured, the held-out English notes keep a strike
beside a union role readable (seven ordinary words lost, no span gained; the lexicon's "is on strike"
phrases stay). The membership card or the dues said beside the role are the same kind of fact
("RSU in fabbrica, tessera da vent'anni", "délégué, cotise depuis 1990": :data:`_DUES`, the same span), and so is
the collective agreement negotiated for the staff ("工会主席，最近在跟公司谈集体合同", "delegada, negociando el convenio
colectivo": :data:`_BARGAINING`). The clause piece starts after a subordinator, a reporting verb or a filler
("il a dit en rigolant qu'[il paie plus en cotisations]", "kon hij niet komen want [hij stond bij de staking]"; in
CJK after a verb of saying, "他说[最近在…]") and past a date that opens it before other words ("a ottobre [c'è lo
sciopero]"; :func:`.words.own_clause`); a conjunction after the strike word is no date and stays readable. A
strike or a card in a sentence with no union span ("the rail strike delayed the parcel", "huelga de
transportes", "carnet de fidélité") stays readable, and so does a strike talked about ("raconte la grève
de 95", "파업 얘기를 하셨다", "讲起罢工"; :data:`_TALK`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import (
    REDACTION_MARK, SENTENCE_END, clause_start, dense, mentions_any, own_clause, tail_end, word_pattern,
)

__all__ = ["union_strikes"]

_STRIKES = (
    "grève", "grèves", "gréviste*", "greve", "greves", "grevista*", "huelga", "huelgas", "huelguista*",
    "sciopero", "scioperi", "sciopera*", "scioperato", "Streik*", "streik*", "Warnstreik*", "gestreikt",
    "staking*", "staakt", "staakte*", "gestaakt", "забастовк*", "бастова*", "бастуют", "бастует",
    "ストライキ", "파업", "罢工", "罷工", "إضراب", "اضراب", "الإضراب", "الاضراب", "إضرابات", "اضرابات",
)
# the membership card and the dues, beside the role: how long or how much the person pays ("tessera da vent'anni")
_DUES = (
    "cotisation", "cotisations", "cotise", "cuota", "cuotas", "carné", "carnet", "tessera", "tesserato", "tesserata",
    "carteirinha", "mensalidade", "Mitgliedsbeitrag", "Mitgliedsausweis", "Beitrag", "contributie", "lidkaart",
    "взнос*", "билет", "会費", "会费", "會費", "회비", "اشتراك",
)
# bargaining for the staff beside the role: the collective agreement negotiated ("在跟公司谈集体合同")
_BARGAINING = (
    "convention collective", "conventions collectives", "négociations salariales", "négociation salariale",
    "convenio colectivo", "convenios colectivos", "contratto collettivo", "contratti collettivi", "rinnovo del contratto",
    "acordo coletivo", "convenção coletiva", "dissídio", "Tarifverhandlung*", "Tarifrunde", "Tarifvertrag*",
    "cao-onderhandeling*", "cao-overleg", "коллективный договор", "коллективного договора", "колдоговор*",
    "団体交渉", "労使交渉", "단체협상", "단체교섭", "임단협", "임금협상", "集体合同", "集體合同", "集体谈判",
    "集體談判", "劳资谈判", "勞資談判", "الاتفاقية الجماعية", "المفاوضات الجماعية",
)
_STRIKE = word_pattern(_STRIKES + _DUES + _BARGAINING)
_GATE = ("grèv", "grev", "huelg", "sciop", "streik", "staak", "staking", "забаст", "бастов", "бастую", "бастуе",
         "ストライキ", "파업", "罢工", "罷工", "ضراب", "cotis", "cuota", "carn", "tesser", "carteir", "mensal", "beitrag",
         "ausweis", "contrib", "lidkaart", "взнос", "билет", "会費", "会费", "會費", "회비", "اشتراك", "collecti",
         "colectiv", "collettiv", "coletiv", "salaria", "rinnovo", "dissídio", "tarif", "cao-", "коллектив", "колдогов",
         "交涉", "交渉", "협상", "교섭", "임단협", "集体", "集體", "谈判", "談判", "الجماعي")
# talking about a strike is no strike joined ("рассказывает про забастовку", "讲起罢工", "파업 얘기")
_TALK = word_pattern((
    "talk*", "parl*", "raconte*", "habla*", "cuenta*", "racconta*", "fala*", "conta*", "erzählt*", "spricht", "redet",
    "praat", "vertelt", "рассказыва*", "говорит", "говорил*", "يحكي", "يتكلم", "讲起", "講起", "聊", "說起", "说起",
    "話して", "얘기", "이야기",
))
_JOINING = frozenset("and et e y und en и".split())  # a tail word that only joins the next clause
_TAIL_WORDS = 1  # words at most after the strike word: the start of its date ("greve [dia] 14")
_TAIL_REACH = 40  # characters at most after the strike word


def union_strikes(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each strike of a sentence holding a UNION span as a
    UNION span over its clause up to its date; a strike that a span already holds, or whose clause
    piece would overlap another span, stays as it was."""
    if not any(s.kind == "UNION" for s in spans) or not mentions_any(text, _GATE):
        return spans
    out = list(spans)
    for match in _STRIKE.finditer(text):
        if any(s.start < match.end() and match.start() < s.end for s in out):
            continue
        if not _union_in_sentence(text, out, match.start()):
            continue
        clause = clause_start(text, [s.end for s in out], match.start())
        start = own_clause(text, clause, match.start())
        end = tail_end(text, match.end(), _TAIL_REACH, 1 if dense(match.group()) else _TAIL_WORDS)
        if end > match.end() and text[match.end() : end].strip().lower() in _JOINING:
            end = match.end()  # "lo sciopero [e] lui …": a conjunction is no date
        if _TALK.search(text, clause, end):
            continue
        if REDACTION_MARK.search(text, match.end(), end):
            end = match.end()
        if any(s.start < end and start < s.end for s in out):
            continue
        out.append(PiiSpan(start, end, "UNION"))
    return sorted(out)


def _union_in_sentence(text: str, spans: list[PiiSpan], at: int) -> bool:
    """Does the sentence of position ``at`` hold a UNION span, or, where the strike opens its
    sentence, the sentence right before it (a telegraphic note's next item: "dirigente do [X]. Greve
    dia 14, remarcar")?"""
    before = list(SENTENCE_END.finditer(text, 0, at))
    after = SENTENCE_END.search(text, at)
    lo, hi = (before[-1].end() if before else 0), (after.start() if after else len(text))
    if before and _OPENS.fullmatch(text, lo, at):
        k = len(before) - 2
        while k >= 0 and not any(c.isalpha() for c in text[before[k].end() : before[k + 1].start()]):
            k -= 1  # the dots of an abbreviation end no item: "dirigente do [X] (prof.). Greve …"
        lo = before[k].end() if k >= 0 else 0
    return any(s.kind == "UNION" and s.start < hi and lo < s.end for s in spans)


_OPENS = re.compile(r"[\s\-–—*•]*")  # nothing but spaces or a bullet before the strike in its sentence
