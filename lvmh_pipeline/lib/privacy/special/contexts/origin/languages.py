"""A heritage language spoken at home or with the old relatives (ORIGIN).

Writers tell a family's origin by the language it keeps: "they speak Armenian at home with the
grandmother", "en casa hablan gallego con los abuelos", "parla calabrese con i suoceri", "falam
crioulo em casa", "zu Hause spricht man Kurdisch", "дома говорят по-армянски", "在家跟奶奶说潮州话".
A clause holding a verb of speaking followed by a language (:func:`_language_after`; in German and Dutch
also a language closing the clause after "mit"/"met": "spricht mit den Kindern zuhause Japanisch") and a word of
the home or of the elder relatives (:data:`_HOMES`) is ORIGIN, from the first of the verb and those
words to the last of them and the language ("me cuenta que su [abuela … en casa se hablaba aymara]";
the report before and what the clause says next stay readable). A language spoken for service ("prefers to speak
French with the advisor", "parle anglais au téléphone"), a verb of speaking before a preposition
("talks about her grandmother", "habla con su madre"), a clause without home or elder relative and a
language of home set against the language of work ("Punjabi at home and English at work") stay readable.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.origin.ancestry import with_origin
from lvmh_pipeline.lib.privacy.special.contexts.words import CLAUSE_END, clause_start, mentions_any, word_pattern

__all__ = ["heritage_languages"]

_SPEAK = word_pattern((
    "speak", "speaks", "spoke", "speaking", "parle", "parlent", "parlait", "parlaient", "parlons", "habla", "hablan",
    "hablaba", "hablaban", "hablamos", "parla", "parlano", "parlava", "parlavano", "fala", "falam", "falava", "falavam",
    "spricht", "sprechen", "sprach", "sprachen", "spreekt", "spreken", "sprak", "spraken", "praat", "praten",
    "говорит", "говорят", "говорил", "говорила", "говорили", "разговаривают", "разговаривает",
    "تتكلم", "يتكلم", "يتكلمون", "تتكلمين", "تحكي", "يحكي", "يحكون", "تتحدث", "يتحدث", "يتحدثون",
))
# adverbs between the verb and the language ("speaks only Korean", "spricht kaum Deutsch", "говорят только по-…")
_ADVERBS = frozenset("""only mostly mainly still just a bit little some fluent fluently seulement surtout encore
toujours un peu solo sólo sobre todo todavía aún solo soprattutto ancora apenas só sobretudo ainda um pouco nur
kaum noch meist fast alleen vooral nog maar только ещё еще почти в основном иногда بس فقط غير دايم دائما""".split())
# what follows a verb of speaking that is not a language: prepositions, articles, pronouns, conjunctions
_NOT_LANGUAGE = frozenset("""about of to with on at in for from the a an that this it her his their them him me us
you de du des à au aux avec sur pour le la les un une que qui en et de del con sobre para por el los las que y e di
della dello delle dei con su per il lo gli che da do da dos das com sobre para o os as um uma que über von mit zu
mit dem der die das den ein eine dass und over met tegen van aan de het een dat en о об про с со по за на в и что
как مع عن في على من الى إلى""".split())
# the article of a language named as a noun ("parla il siciliano", "habla el gallego", "fala o crioulo")
_ARTICLES = frozenset(("il", "el", "o", "le"))
_HOMES = word_pattern((
    "at home", "home", "à la maison", "chez eux", "chez elle", "chez lui", "en casa", "en familia", "in casa",
    "in famiglia", "em casa", "em família", "zu Hause", "zuhause", "daheim", "in der Familie", "thuis",
    "дома", "в семье",
    "grandmother", "grandfather", "grandparents", "grandma", "grandpa", "granny", "in-laws", "grand-mère",
    "grand-père", "grands-parents", "beaux-parents", "abuela", "abuelo", "abuelos", "suegros", "nonna", "nonno",
    "nonni", "suoceri", "avó", "avô", "avós", "sogros", "Oma", "Opa", "Großeltern", "Schwiegereltern", "grootouders",
    "schoonouders", "бабушк*", "дедушк*", "свекров*", "тёщ*",
    "في البيت", "بالبيت", "في الدار", "بالدار", "جدته", "جدتها", "جده", "جدها", "جدتي", "جدي", "أجداده", "أجدادها",
    "اجداده", "اجدادها", "حماته", "حماتها",
))
# a language of home set against the language of work is a skill told, not a heritage ("Punjabi at home and
# English at work")
_WORK = word_pattern(("work", "office", "travail", "bureau", "trabajo", "oficina", "lavoro", "ufficio", "trabalho",
                      "escritório", "Arbeit", "Büro", "werk", "kantoor", "работе", "офисе"))
_GATE = ("spe", "spo", "parl", "habl", "fal", "spr", "praat", "prat", "говор", "разговар", "تكلم", "يحك", "تحك", "تحدث")
# a German or Dutch language closing the clause after a preposition ("spricht mit den Kindern zuhause Japanisch",
# "spreekt met haar moeder thuis Turks")
_LAST_LANGUAGE = re.compile(r"[ \t]([A-ZÄÖÜ][a-zäöüß]+(?:isch|sch|s))[ \t]*$")
_WORD = re.compile(r"\s*([^\W\d_][\w'’-]*)")


def heritage_languages(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each clause that speaks a language at home or with
    the elder relatives as an ORIGIN span, merged with the ORIGIN spans it overlaps; a clause that
    would overlap a span of another category stays as it was."""
    if not mentions_any(text, _GATE):
        return spans
    out = list(spans)
    for verb in _SPEAK.finditer(text):
        stop = CLAUSE_END.search(text, verb.end())
        limit = stop.start() if stop else len(text)
        language = _language_after(text, verb.end()) or _language_last(text, verb.end(), limit)
        if not language:
            continue
        clause = clause_start(text, [s.end for s in out if s.kind != "ORIGIN"], verb.start())
        homes = list(_HOMES.finditer(text, clause, limit))
        if not homes or _WORK.search(text, clause, limit):
            continue
        start, end = min(verb.start(), homes[0].start()), max(language, homes[-1].end())
        if any(s.kind != "ORIGIN" and s.start < end and start < s.end for s in out) or "[" in text[start:end]:
            continue
        out = with_origin(out, start, end)
    return sorted(out)


def _language_after(text: str, at: int) -> int:
    """Does a language follow the verb of speaking ending at ``at``, past adverbs, a home word and
    the article of a language noun ("parlent arménien", "speaks only Korean", "spreekt thuis Turks",
    "parla il siciliano", "говорят по-татарски")? The end of the language, 0 if none."""
    for _ in range(4):
        word = _WORD.match(text, at)
        if word is None:
            return 0
        token = word.group(1).lower()
        if token.startswith("по-"):
            return word.end()
        if token in _NOT_LANGUAGE and token not in _ARTICLES:
            return 0
        if token not in _ADVERBS and token not in _ARTICLES and token not in ("thuis", "дома", "home"):
            return word.end() if len(token) > 2 else 0
        at = word.end()
    return 0


def _language_last(text: str, at: int, limit: int) -> int:
    """A German or Dutch language that closes the clause of a verb of speaking ending at ``at``,
    after a preposition ("spricht mit den Kindern zuhause Japanisch"): its end, 0 if none."""
    word = _WORD.match(text, at)
    if word is None or word.group(1).lower() not in ("mit", "met"):
        return 0
    last = _LAST_LANGUAGE.search(text, at, limit)
    return last.end(1) if last and last.start(1) - at <= 60 else 0
