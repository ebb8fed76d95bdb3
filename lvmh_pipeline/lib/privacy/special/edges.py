"""The edges of an Art. 9 span: the fact and its head noun, not the little words around it.

Run on the spans of :func:`special.original.to_original` (original offsets, whole words):

- a span never starts on a lower-case article ("sta facendo la [chemio]", "tiene la [tensión
  alta]"): the article is no health data; a capitalised one may be a party's or a church's
  name ("La Lega") and stays in the span;
- a span of a party or a faith (politics, religion) that ends on a preposition
  ("votes for", "sympathisiert mit den", "голосовать за", "takes communion every week at") was
  cut before the name it announces, which no list holds: it takes the name written right after
  it, a quoted name («Новых людей», "Renew") or a run of capitalised words ("den Freien Wählern",
  "St Anne's", "Partito dei Pensionati"). Lower-case words after it stay readable, and so does
  the employer after a union role ("Betriebsratsvorsitzender bei Bosch");
- a faith's span that ends on a place of worship takes the place's name after it, after a genitive
  too ("la [iglesia de San Ginés]", "[mosque of Sultan Ahmed]");
- a party span that ends on the Arabic party noun ("يصوتون لحزب", "عضو في حزب") takes the next
  word, the party's name ("لحزب العمال");
- a span of a party or a union that ends on a preposition with no name after it drops the
  preposition: "IG-Metall-Mitglied bei [Daimler]" (the employer), "campaigning for";
- such a span that starts on a preposition ("de la parroquia", "del Opus Dei") takes the noun of
  membership it depends on ("canta en el coro de la parroquia", "es miembro del Opus Dei");
- a condition denied right before it ("NOT diabetic", "non è celiaco", "n'est pas asthmatique",
  "ist kein Diabetiker", "не диабетик"), also with a verb of having ("doesn't have diabetes",
  "n'a pas de diabète", "no tiene diabetes", "não tem", "hat keinen"), or after it in Korean and
  Japanese ("당뇨는 없고", "糖尿病はない") and before it in Chinese and Arabic ("没有糖尿病", "ما عنده
  سكري"), is no health fact: the span is dropped (:func:`drop_negated`); a negation past a comma
  ("no, diabetic") denies something else, and a condition no longer there ("ya no tiene cáncer",
  "hat keinen Krebs mehr") was one; a condition word that is a job in another language, right before
  a capitalised name, is that job ("Autista Sergio": the Italian driver).

Alphabetic words only for the article and affiliation rules: Arabic glued articles and CJK/Hangul
words are not split this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lvmh_pipeline.lib.common.text import fold, is_dense_char
from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["ARTICLES", "PREPOSITIONS", "drop_job_homonyms", "drop_negated", "trim_edges"]

# Lower-case articles a span does not start on ("a" is also the French "has": "a voté").
ARTICLES = frozenset("the an la le les l il lo gli el los las un une una uno um uma o os het een".split())
# Prepositions that announce a name: "votes for", "membre du", "iscritto al", "Mitglied bei den".
PREPOSITIONS = frozenset(
    "at of for with to in by du de des au aux pour chez avec di del della dei degli al alla ai alle per con nel nella "
    "da dal dalla en del al por para con do da dos das no na ao com pelo pela bei mit von für zu zum zur im in "
    "der die den dem des van voor bij met aan op за в во на с со от к из у для при".split())
_FOLLOWING_ARTICLES = ARTICLES | frozenset("der die den dem des de het".split())
# Prepositions a span of a faith or a party may start on when the noun before them is its head
# ("coro [de la parroquia]", "miembro [del Opus Dei]", "member [of the congregation]")
_GENITIVES = frozenset("de del della dello dei degli delle di da do das dos du des d of van".split())
# Nouns of membership and practice that head such a span (folded)
_HEADS = frozenset(
    "member members miembro miembros membro membros membre membres lid leden coro coros choir coral chorale corale "
    "koor grupo grupos gruppo groupe group comunidad comunidade comunita communaute community congregacion "
    "congregacao congregazione congregation hermandad cofradia cofrade cofrades irmandade confraternita "
    "confrerie fiel fieles fieis fedele fedeli fidele fideles voluntaria voluntario voluntarias voluntarios "
    "volontaria volontario volontari benevole volunteer catequista catechista catechiste consejo conselho "
    "consiglio conseil council diacono diacona deacon elder militante militant militantes activista attivista "
    "simpatizante simpatizzante sympathisant afiliado afiliada filiado filiada iscritto iscritta adherent "
    "adherente adherente dirigente".split())
_NAMED = frozenset({"POLITICS", "RELIGION"})  # a union's "bei Bosch" is the employer
_TOKEN = re.compile(r"[^\W_]+")
# A quoted name or a run of capitalised words ("Freien Wählern", "St Anne's", "Fratelli d'Italia",
# "Partido de los Trabajadores"), after at most one article.
_QUOTED = re.compile(r"[ \t]*[«\"“„‘'](?P<name>[^«»\"“”„‘’'\n]{2,40})[»\"”“’']")
_CAPITALISED = re.compile(
    r"[ \t]+(?:[a-zà-ÿа-яё]+[ \t]+)?"  # a space, maybe an article
    r"(?P<name>[A-ZÀ-ÝА-ЯЁ][^\W_]*\.?(?:['’][^\W_]+)?"
    r"(?:(?:[ \t]+|[ \t]+(?:of|the|de|del|della|dei|des|du|la|los|las|van|der|d['’]?)[ \t]+|-|[ \t]*d['’])"
    r"[A-ZÀ-ÝА-ЯЁ][^\W_]*(?:['’][^\W_]+)?){0,3})"
)


def _alphabetic(word: str) -> bool:
    return not any(is_dense_char(c) for c in word)


def _name_after(text: str, end: int) -> int:
    """The end of a name written right after ``end`` (see the module doc), or ``end``."""
    quoted = _QUOTED.match(text, end)
    if quoted is not None:
        return quoted.end()
    found = _CAPITALISED.match(text, end)
    if found is None:
        return end
    between = text[end : found.start("name")].split()
    if len(between) > 1 or (between and between[0].casefold() not in _FOLLOWING_ARTICLES):
        return end
    return found.end()


# A faith's place of worship ending a span takes its name, after a genitive too ("la [iglesia de San
# Ginés]", "[mosque of Sultan Ahmed]", "[Sé de Braga]"): the name says which congregation it is.
_WORSHIP_PLACES = frozenset(
    """
    church churches chapel cathedral mosque synagogue temple shrine parish abbey basilica igreja capela catedral
    sé basílica mesquita sinagoga templo paróquia paroquia santuário santuario iglesia capilla mezquita parroquia
    chiesa cappella cattedrale moschea tempio parrocchia église eglise chapelle cathédrale cathedrale mosquée
    mosquee synagogue paroisse basilique kirche kapelle kathedrale moschee synagoge kerk kapel
    kathedraal moskee synagoge parochie церковь храм собор мечеть синагога
    """.split()
)
_PLACE_NAME = re.compile(
    r"[ \t]+(?:(?:de|del|della|di|da|do|dos|das|du|des|d['’]|of|the|van|von|der)[ \t]*)*"
    r"[A-ZÀ-ÝА-ЯЁ][^\W_]*\.?(?:['’][^\W_]+)?"
    r"(?:(?:[ \t]+|[ \t]+(?:of|the|de|del|della|dei|des|du|do|da|la|los|van|der)[ \t]+|-)[A-ZÀ-ÝА-ЯЁ][^\W_]*(?:['’][^\W_]+)?){0,3}"
)


def _place_name_after(text: str, end: int) -> int:
    """The end of the name of a place of worship that ends at ``end``, or ``end``."""
    found = _PLACE_NAME.match(text, end)
    return found.end() if found is not None else end


_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _head_before(text: str, start: int) -> int:
    """The start of a span of a faith or a party that starts on a preposition, moved back over
    the noun of membership before it ("coro de la parroquia", "miembro del Opus Dei")."""
    found = _BEFORE.search(text, max(0, start - 24), start)
    if found is None or fold(found.group(1)).strip() not in _HEADS:
        return start
    return found.start(1)


def trim_edges(text: str, spans: Iterable[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without a lower-case article at their start, and an affiliation that ends on a
    preposition grown over the name after it (see the module doc)."""
    result = []
    for span in spans:
        start, end = span.start, span.end
        words = list(_TOKEN.finditer(text, start, end))
        if span.kind in _NAMED and len(words) > 1:
            last = words[-1].group()
            if _alphabetic(last) and last.islower() and last.casefold() in PREPOSITIONS:
                end = _name_after(text, end)
        if span.kind == "RELIGION" and words and words[-1].group().casefold() in _WORSHIP_PLACES:
            end = _place_name_after(text, end)
        if end == span.end and span.kind in _AFFILIATIONS:
            end = _without_trailing(text, words, end)
        if span.kind == "POLITICS" and words and _AR_PARTY.fullmatch(words[-1].group()):
            end = _ar_name_after(text, end)
        if span.kind in _NAMED and words and words[0].group().islower() and words[0].group() in _GENITIVES:
            start = _head_before(text, start)
        while len(words) > 1:
            first = words[0].group()
            if not (_alphabetic(first) and first.islower() and first.casefold() in ARTICLES):
                break
            if text[words[0].end() : words[1].start()] not in (" ", "'", "’"):
                break  # a hyphen or a glued word: "le-" is no article
            words.pop(0)
            start = words[0].start()
        result.append(PiiSpan(start, end, span.kind) if (start, end) != (span.start, span.end) else span)
    return _disjoint(text, result)


# An Arabic party noun ending a span ("يصوتون لحزب", "عضو في حزب") announces the party's name, the
# next word ("لحزب [العمال]", "حزب [المحافظين]")
_AR_PARTY = re.compile(r"[وف]?(?:ب|ل|لل|ال|بال)?حزب")
_AR_NEXT = re.compile(r"[ \t]+([\u0621-\u064a]{2,})")


def _ar_name_after(text: str, end: int) -> int:
    found = _AR_NEXT.match(text, end)
    if found is None or found.group(1)[0] in "وف" and not found.group(1).startswith(("وطن", "وفد")):
        return end  # a glued "and" opens the next clause
    return found.end(1)


def _without_trailing(text: str, words: list, end: int) -> int:
    """The end of an affiliation before the lower-case prepositions and articles it ends on when no
    name follows them: "IG-Metall-Mitglied bei [Daimler]" is the union, "bei" announces the employer;
    "campaigning for" a cause no list names. A hyphen or a glued word is no such preposition."""
    while len(words) > 1:
        last = words[-1]
        word = last.group()
        if not (_alphabetic(word) and word.islower() and word.casefold() in _TRAILING):
            break
        if text[words[-2].end() : last.start()] not in (" ", "\t"):
            break
        words = words[:-1]
        end = words[-1].end()
    return end


_TRAILING = (PREPOSITIONS | ARTICLES) - frozenset({"o", "a"})
# A health span ending on a preposition takes the institution after it (special.contexts.asides), and a
# faith's the name after it (above): only an affiliation drops the preposition it ends on.
_AFFILIATIONS = frozenset({"POLITICS", "UNION"})


def _disjoint(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """A grown span merges with a span of its category that it reaches and stops before one of
    another category."""
    result: list[PiiSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if result and span.start < result[-1].end:
            previous = result.pop()
            if previous.kind == span.kind:
                span = PiiSpan(previous.start, max(previous.end, span.end), span.kind)
            else:
                end = span.start
                while end > previous.start and not text[end - 1].isalnum():
                    end -= 1
                if end > previous.start:
                    result.append(PiiSpan(previous.start, end, previous.kind))
        result.append(span)
    return result


# A negation, maybe with its copula or a verb of having and an article, right before a condition
# (lower-cased original words and spaces only: a comma between them, "no, diabetic", answers
# something else); "ya no tiene" (no longer) says the condition was there
_NEGATED = re.compile(
    r"(?<![^\W_])(?<!ya )(?:not|never|non|no|não|nao|nicht|kein|keine|keinen|keiner|niet|geen|pas|jamais|mai|nunca|не|ни|"
    r"нет|doesn't|doesn’t|don't|don’t|didn't|didn’t|hasn't|hasn’t|haven't|haven’t|isn't|isn’t|wasn't|wasn’t)"
    r"(?:[ \t]+(?:è|e|é|es|está|esta|est|ist|is|sono|son|são|era|était|war|был|была|estou|estoy|sou|suis|bin|ben|am))?"
    r"(?:[ \t]+(?:have|has|got|any|tiene|tenía|tem|tinha|ha|aveva|hat|hatte|heeft|had|имеет))?"
    r"(?:[ \t]+(?:de|du|des|il|la|lo|el|un|una|uno|une|um|uma|any|a|an|the)|[ \t]+(?:d|l)['’])?(?:[ \t]+|(?<=['’]))$")
# A condition denied after it in Korean and Japanese ("당뇨는 없고", "고혈압 아님", "糖尿病はない",
# "糖尿病ではありません", a state denied with its verb: "妊娠はしておりません") or before it in Chinese and Arabic ("没有糖尿病", "ما عنده سكري")
_DENIED_AFTER = re.compile(r"[ \t]*(?:[은는이가도]|[はがも]|では|じゃ)?[ \t]*(?:없|아니|아님|ない(?!し)|なし|無し|ありません|ございません|"
                           r"し(?:てい|ており|てお)(?:ません|ない|りません))")
# (or the Gulf and Levantine "not" before the condition or its patient word: "مو مريضة", "مش مريض سكر")
_DENIED_BEFORE = re.compile(r"(?:没有|沒有|不是|无|無|(?:ما|مش|ليس) ?عند(?:ها|هم|ه|ي)|ليس مصاب[اةً]*|"
                            r"(?<![\u0621-\u064a])(?:مو|مب|مش|ليست|ليس|مهي|مهو)[ \t]+(?:مريض[ةه]?[ \t]+)?)[ \t]*$")
# "no longer": a condition that is over is still one ("hat keinen Krebs mehr", "not diabetic anymore")
_NO_LONGER = re.compile(r"[ \t]+(?:mehr|anymore|any more|más|mais|più|plus|meer|больше)(?![^\W_])")


def _denied(text: str, span: PiiSpan) -> bool:
    """Whether ``span`` is a condition the words right around it deny (see ``drop_negated``)."""
    if _NO_LONGER.match(text, span.end):
        return False
    before = text[max(0, span.start - 24) : span.start]
    if _NEGATED.search(before.casefold()):
        return True
    if is_dense_char(text[span.start]) and _DENIED_BEFORE.search(before):
        return True
    return is_dense_char(text[span.end - 1]) and _DENIED_AFTER.match(text, span.end) is not None


def drop_negated(text: str, spans: Iterable[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without a HEALTH span denied right around it: "non è diabetica", "doesn't have
    diabetes", "n'a pas de diabète", "당뇨는 없고", "没有糖尿病"."""
    return [span for span in spans if span.kind != "HEALTH" or not (_denied(text, span) or _job_before_name(text, span))]


# A condition word that is a job in another language: the Italian driver ("Autista Sergio", "+ autista
# Gianni") is no Spanish or Portuguese autistic person when a capitalised name follows it right away,
# or the placeholder of one ("Autista [NAME]": names are redacted before this step).
_JOB_HOMONYMS = frozenset({"autista"})
_NAME_NEXT = re.compile(r"[ \t]+(?:[A-ZÀ-Ý][a-zà-ÿ]+|\[NAME\])")


def _job_before_name(text: str, span: PiiSpan) -> bool:
    return text[span.start : span.end].lower() in _JOB_HOMONYMS and _NAME_NEXT.match(text, span.end) is not None


def drop_job_homonyms(nt, hits: list[tuple]) -> list[tuple]:
    """The lexicon ``hits`` (folded offsets) without a job homonym right before a name ("Autista
    [NAME] porta il pacco all'ospedale"): dropped before licensing, so it licenses no contextual
    word of its clause either."""
    out = []
    for hit in hits:
        if nt.folded[hit[0] : hit[1]] in _JOB_HOMONYMS:
            start, end = nt.to_original(hit[0], hit[1])
            if _job_before_name(nt.original, PiiSpan(start, end, "HEALTH")):
                continue
        out.append(hit)
    return out
