"""Word lists of the context rules (:mod:`campaigns`, :mod:`hours`) compiled for matching, and
where a fact told by such words ends."""

from __future__ import annotations

import re

__all__ = ["CLAUSE_END", "REDACTION_MARK", "SENTENCE_END", "clause_start", "dense", "own_clause", "tail_end", "time_word", "word_pattern"]

SENTENCE_END = re.compile(r"[.!?。！？\n→/|؟]|\s[-–—]\s")
CLAUSE_END = re.compile(r"[,;:.!?、。，；！？\n()\[\]→/|،؛؟]|\s[-–—]\s")
_TOKEN = re.compile(r"\S+")
REDACTION_MARK = re.compile(r"\[[A-Z][A-Z_]*\]")
# a conjunction or a filler opening a clause stays readable ("…, and was on strike", "…, et en grève")
_OPENING = re.compile(r"(?:(?:and|but|so|et|mais|y|e|pero|mas|ma|und|aber|maar|и|а|но|و|um|uh|euh|eh|äh)\s+)+",
                      re.IGNORECASE)


def mentions_any(text: object, words: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether ``text`` is a string holding one of ``words`` (lower case) in its lower-case form: the
    gate every context rule passes before its regexes run."""
    if not isinstance(text, str):
        return False
    low = text.lower()
    return any(word in low for word in words)


def dense(word: str) -> bool:
    """Is ``word`` written in a script matched without word boundaries (CJK, Hangul, Arabic)?"""
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" or "\u0600" <= c <= "\u06ff" for c in word)


def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-blind pattern for ``words``, longest first: alphabetic words at a word start, whole
    or (ending in ``*``) as the start of a word; CJK, Hangul and Arabic words anywhere."""
    packed = sorted({w for w in words if dense(w)}, key=len, reverse=True)
    spaced = sorted({w for w in words if not dense(w)}, key=len, reverse=True)
    alternatives = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)" for w in spaced]
    pattern = r"(?<!\w)(?:" + "|".join(alternatives) + ")"
    return re.compile("|".join([pattern, *map(re.escape, packed)]), re.IGNORECASE)


def tail_end(text: str, end: int, reach: int, words: int = 2, trim: bool = False) -> int:
    """End of a fact whose last word ends at ``end``: at most ``words`` more words (in a script
    without spaces, its run of letters), never past the next clause mark, a conjunction or ``reach``
    characters ("… bovenaan voor [de gemeenteraad]", "出馬[されるそうです]"); with ``trim``, never on a
    preposition or an article whose word lies past the count ("[deputado estadual] em outubro")."""
    stop = CLAUSE_END.search(text, end, end + reach)
    limit = stop.start() if stop is not None else min(len(text), end + reach)
    found = []
    for token in list(_TOKEN.finditer(text, end, limit))[:words]:
        if _CONJUNCTION.fullmatch(token.group()):
            break  # "and", "mais", an Arabic word on a glued "و" ("[مرشح بالانتخابات الجاية] وبدها"): the next clause
        found.append(token)
    while trim and found and found[-1].group().lower() in _DANGLING:
        found.pop()
    return found[-1].end() if found else end


# Words a fact never ends on: they open the next phrase ("em outubro", "in May", "für den")
_DANGLING = frozenset("""
a à ao aos às au aux the an of in im on at for to from by with de do da dos das di del della dei em no na nos nas
en el la le les los las lo il un una une um uma für zu zum zur von vom mit bei im am an auf der die das den dem des
voor van het een op bij naar met в на за по с к у
""".split())


# A word that opens the next clause: a conjunction, or an Arabic word on a glued "و"/"ف" (ands, sos)
_CONJUNCTION = re.compile(r"(?:and|but|so|et|mais|y|e|pero|mas|ma|und|aber|maar|и|а|но)|[وف][\u0600-\u06ff]{2,}",
                          re.IGNORECASE)


def clause_start(text: str, ends: list[int], at: int) -> int:
    """Start of the clause piece that ends at ``at``: after the last clause mark, placeholder or
    end in ``ends`` (of the spans found) before it, past spaces and an opening conjunction or filler."""
    marks = [m.end() for m in CLAUSE_END.finditer(text, 0, at)] + [m.end() for m in REDACTION_MARK.finditer(text, 0, at)]
    start = max(marks + [e for e in ends if e <= at], default=0)
    while start < at and text[start].isspace():
        start += 1
    opening = _OPENING.match(text, start, at)
    return opening.end() if opening else start


# Words after which the clause of a fact begins inside a comma-free stretch: subordinators, reporting
# verbs, fillers, clause-opening adverbs and the prepositions of a cause ("il a dit en rigolant qu'[il paie …]",
# "viel Druck auf der Arbeit wegen [dem Streik]", "kon hij niet komen
# want [hij stond …]", "ha detto che [c'è lo sciopero]"). Lower case; an elided "qu'", "ch'" is cut
# off its word.
_OPENERS = frozenset("""
que qu quand parce puisque car comme donc alors dit disait raconte racontait explique expliqué mentionné
che ch perché poiché siccome quando quindi allora detto dice diceva racconta raccontato spiegato
porque pues cuando como entonces dijo dice decía contó comentó
porque quando como então entao disse diz dizia contou comentou
because since when while said says told mentioned explained
dass weil wenn denn deshalb daher sagt sagte gesagt meinte erzählte erwähnte wegen aufgrund causa
dat want omdat doordat toen daarom zei zegt vertelde
что потому поэтому когда так сказал сказала говорит говорил рассказал
euh heu hum bah ben bref enfin um uh er erm hmm ehm eh emm cioè insomma este bueno ahn né äh ähm öh nou zeg э ну
""".split())
# ... and in CJK, a verb of saying or a filler ("他说[最近在…]", "然后[…]")
_DENSE_OPENERS = ("他说", "她说", "他說", "她說", "说", "說", "讲", "講", "然后", "然後", "嗯", "呃", "就是", "表示")
_ELIDED = re.compile(r"(?:qu|ch|quand|lorsqu|puisqu)['’]", re.IGNORECASE)
# A date opening the clause ("a ottobre", "la semaine dernière", "vorige week") stays readable when
# words of the clause stand between it and the fact ("a ottobre [c'è lo sciopero]"); a bare date
# beside it is the fact's ("diese Woche Streik").
_TIME = frozenset("""
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday week weekend month year today tomorrow yesterday
janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi
jeudi vendredi samedi dimanche semaine mois année an demain hier aujourd
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre lunedì
martedì mercoledì giovedì venerdì sabato domenica settimana mese anno domani ieri oggi
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes
miércoles jueves viernes sábado domingo semana mes año mañana ayer hoy
janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro segunda terça
quarta quinta sexta semana mês ano amanhã ontem hoje
januar februar märz april mai juni juli august september oktober november dezember montag dienstag
mittwoch donnerstag freitag samstag sonntag woche monat jahr morgen gestern heute
januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag
woensdag donderdag vrijdag zaterdag zondag week maand jaar morgen gisteren vandaag
января февраля марта апреля мая июня июля августа сентября октября ноября декабря неделе неделю месяце
году завтра вчера сегодня
""".split())
_TIME_LINKS = frozenset("""
a à au en in im em no na nel nella del dal de di la le el lo il this next last ce cette ces questa questo
esta este diese dieser diesen deze dit vorige volgende letzte letzten nächste nächsten vergangene
dernière dernier prochaine prochain passée passé scorsa scorso prossima prossimo pasada pasado próxima
próximo passada passado que qui на в прошлой следующей этой этом прошлом
""".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def own_clause(text: str, start: int, at: int) -> int:
    """Start of the fact whose word begins at ``at`` in the clause piece ``text[start:at]``: after the
    last subordinator, reporting verb or filler of the piece ("il a dit en rigolant qu'[il paie …]"),
    and past a date that opens it when more words follow ("a ottobre [c'è lo sciopero]")."""
    dense_cut = max((text.rfind(w, start, at) + len(w) for w in _DENSE_OPENERS if text.rfind(w, start, at) >= 0),
                    default=start)
    start = dense_cut
    words = list(_WORD.finditer(text, start, at))
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group()
        elided = _ELIDED.match(word)
        if elided:
            start = words[index].start() + elided.end()
            words = words[index:]
            break
        if word.lower() in _OPENERS:
            words = words[index + 1 :]
            start = words[0].start() if words else at
            break
    taken = 0
    while taken < len(words) and words[taken].group().lower() in _TIME_LINKS | _TIME:
        taken += 1
    if 0 < taken <= len(words) - 2 and any(w.group().lower() in _TIME for w in words[:taken]):
        start = words[taken].start()
    return start


def time_word(word: str) -> bool:
    """Is ``word`` a month, a weekday or a word of a date ("augustus", "ottobre", "week")?"""
    return word.lower() in _TIME
