"""A given name set off by commas right after a kin or assistant word ("my nephew, Oisin, turns 18"), or
after such a word and a copula ("son assistante c'est Chloé", "il suo autista è Pino", "her PA is Grace")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import scan
from lvmh_pipeline.lib.privacy.names.given.kin import _could_be_a_name
from lvmh_pipeline.lib.privacy.names.guard import UNKNOWN, classify, is_given_name, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.lexicon import TITLE_WORDS_LOWER
from lvmh_pipeline.lib.privacy.names.positions.words import _CAP_PARTICLE, _CAP_RE, _given_form

__all__ = ["kin_commas", "kin_copula_names"]


# A kin or carer word, then a capitalised word between commas: "la sua assistente, Nicla, chiama",
# "my nephew, Oisin, turns 18": the commas set the name off, a name missing from the lexicon too.
# A hesitation may stand between ("sa femme, euh, Odile, …"); a full stop may close the name
# ("con su chofer, Nacho.") or a bracket ("(regalo del marido, Nacho)"), not an initial ("son, J. and …"); a particle may join ("Ria de Wit");
# the article of a spoken Iberian or Italian name may open a known given name ("a namorada, a Nina,",
# "su novia, la Paz,"; not "su marido, el Coronel,").
_HESITATIONS = "euh|heu|eh|ehm|uh|uhm|um|umm|er|erm|äh|ähm|öh|hmm|hm|mm|mmm|ну|э|ээ"
_BETWEEN_COMMAS = re.compile(
    r"[ \t]*,[ \t]*(?:(?i:" + _HESITATIONS + r")[ \t]*,[ \t]*)?(?P<article>(?:a|o|la|el|il|lo)[ \t]+)?(?P<name>" + _CAP_RE.pattern + r"(?:[ \t]" + _CAP_PARTICLE + _CAP_RE.pattern + r"){0,2})"
    r"(?:[ \t]*[,;:)](?![ \t]*\d)|(?<=[^\W\d_]{2})\.(?:[ \t]|$))"
)


# A copula between the kin or assistant word and the name: "son assistante c'est Chloé, …", "l'autista è
# Pino.", "her PA is Grace –", "seine Frau ist Rose."; the name closes the clause (punctuation, the
# end, a conjunction or a hesitation), so "sa fille c'est Paris qui …" or "her son is Young and …" stay
_COPULA = re.compile(
    r"[ \t]*,?[ \t]*(?:c['’]est|c['’]était|è|era|es|era|é|ist|war|is|was|это|—|–)[ \t]+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё'’]+(?:-[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]+)?)"
    r"(?=[ \t]*(?:[,;:.!?)—–]|$)|[ \t]+(?:(?i:" + _HESITATIONS + r"|et|e|y|und|and|en|и)[ \t,]))"
)


def kin_copula_names(text: str) -> list[PiiSpan]:
    """A given name after a kin or assistant word and a copula (see the module): a known given name,
    even one that is a word or a house too (Chloé, Grace, Rose), or a word no lexicon holds that
    could be a name (a diminutive: Beppe; not after an English copula, where it may be an adjective); not a place, a month or an ordinary word."""
    if not any(c in text for c in ("c'", "c’", " è ", " é ", " es ", " is ", " ist ", " was ", " war ", " era ", " это ", " — ", " – ")):
        return []
    spans = []
    for _kin_start, stop, _kin_word in scan(text).kin:
        m = _COPULA.match(text, stop)
        if not m:
            continue
        word = m.group("name")
        english = m.group().lstrip(" \t,").startswith(("is", "was"))  # "her son is Happy": an adjective
        if is_given_name(word) or (not english and _could_be_a_name(word) and classify(word) == UNKNOWN and len(word) > 2):
            if not is_place_month_or_brand(word) or is_given_name(word):
                spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
    return spans


def kin_commas(text: str) -> list[PiiSpan]:
    """A capitalised word set off by commas right after a kin or assistant word, not an ordinary
    word, a place, a month or a brand ("his son, Paris, then London": a place)."""
    if text.count(",") < 1:
        return []
    spans = []
    german = scan(text).german
    for _kin_start, stop, _kin_word in scan(text).kin:
        m = _BETWEEN_COMMAS.match(text, stop)
        if not m:
            continue
        words = [w for w in m.group("name").split() if not w.islower()]
        if m.group("article") and not _given_form(words[0]):
            continue  # "su marido, el Coronel,": an article before a rank; only a known given name
        if m.group().rstrip()[-1] == "." and len(words[-1]) < 3 and not is_given_name(words[-1]):
            continue  # "her driver, Jr.": two letters before a full stop, an abbreviation unless a given name ("o Zé.")
        if m.group().rstrip()[-1] in ".:" and (german or any("-" in w for w in words)):
            continue  # "mit der Tochter, Top-VIP.", "Tochter, Sternekoch.": a German noun, a label
        # "su marido, Unai Arrieta Zubia.": a given name and surnames, each could be a name
        if len(words) > 1 and words[0].casefold().rstrip(".") in TITLE_WORDS_LOWER:
            continue  # "sa marraine, Mme Roux,": the title's own rule takes the name
        if all(_could_be_a_name(w) for w in words) and (len(words) == 1 or not any(is_vocabulary(w) for w in words)):
            spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
    return spans
