"""The named workplace a union role is held at, told right after it (UNION).

Writers who name a union role often name the place it is held at in the same breath ("shop steward at
the Volvo plant", "délégué CGT à l'usine de Flins", "delegada de CCOO en la fábrica de Seat", "delegato
FIOM in fabbrica a Melfi", "dirigente sindical na montadora de Taubaté") and mark the two as one fact:
the role, held at a named employer or town, points at one person. A UNION span is extended over a
workplace phrase that touches its end: a preposition, maybe an article, up to two words, a workplace
noun (:data:`_WORKPLACES`), then maybe the employer or town after "de", "of", "di", "a", "in", "em",
"à"; or, with no workplace noun, the employer or plant by its name right after the span ("comité de
empresa de Seat Martorell", "RSU a Mirafiori", "RSU alla Ducati"; not a month or a weekday). The phrase must name the
place: a capitalised word before the noun ("the Volvo plant") or after it ("de Seat", "a Melfi"), or
the name. A generic workplace ("at the hospital", "in fabbrica", "en la fábrica") and an employer
after an article ("déléguée syndicale à la SNCF") stay readable, as the writers of the earlier dev
sets and of the held-out sets keep them; so does anything else after a union span ("union rep at
Christmas", "délégué syndical depuis 2010") and a workplace after no union span.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["union_workplaces"]

_WORKPLACES = (
    # EN
    "plant", "factory", "depot", "works", "warehouse", "mill", "shipyard", "yard", "docks", "port", "mine", "site",
    "shop floor", "assembly line", "office", "branch", "hospital", "school", "station",
    # FR
    "usine", "atelier", "dépôt", "chantier", "entrepôt", "gare", "mine", "agence", "hôpital", "entreprise",
    # ES / PT
    "fábrica", "planta", "taller", "almacén", "puerto", "astillero", "obra", "empresa", "montadora", "usina",
    "oficina", "armazém", "porto", "estaleiro", "agência", "banco",
    # IT
    "fabbrica", "stabilimento", "officina", "cantiere", "magazzino", "miniera", "reparto", "azienda", "ospedale",
)
_PREPOSITION = (r"at|in|on|en|à|au|aux|chez|na|no|nas|nos|em|da|do|nella|nello|nel|alla|allo|al|presso|"
                r"dans")
_ARTICLE = r"the|la|le|les|l['’]|el|los|las|lo|il|a|o|os|as|une?|sa|son"
_NAME = r"[A-ZÀ-Ý][\w&-]*(?:[ \t][A-ZÀ-Ý][\w&-]*)*"  # an employer or a town after the workplace
_NOUN = "|".join(sorted(map(re.escape, _WORKPLACES), key=len, reverse=True))
_PHRASE = re.compile(
    rf"[ \t]+(?:{_PREPOSITION})(?:[ \t]+(?:{_ARTICLE}))?[ \t]*(?:"
    rf"(?P<before>(?:[\w&-]+[ \t]+){{0,2}}?)(?:{_NOUN}))(?!\w)"
    rf"(?P<after>[ \t]+(?:de|d['’]|of|di|a|in|em|à|do|da|du|del)[ \t]*(?-i:{_NAME}))?",
    re.IGNORECASE)
# the employer or plant by its name right after the span: "de Seat Martorell", "a Mirafiori", "at Ford", "alla Ducati"
_NAMED = re.compile(rf"[ \t]+(?:at|de|di|a|in|en|em|à|do|da|du|del|dos|alla|allo|al)[ \t]+(?-i:{_NAME})", re.IGNORECASE)
# months, weekdays and feasts in EN FR ES IT PT, full and short: a date, never a workplace ("member in May")
_CALENDAR = frozenset("""
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec janvier février mars avril mai juin juillet août septembre octobre novembre décembre
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre gennaio febbraio aprile
maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro outubro
novembro dezembro monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi
samedi dimanche lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì
sabato domenica easter christmas noël navidad natale natal pâques pascua pasqua páscoa""".split())


def union_workplaces(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each UNION span extended over the workplace phrase
    that touches its end, unless the phrase would reach into the next span or a placeholder."""
    if not isinstance(text, str) or not any(s.kind == "UNION" for s in spans):
        return spans
    out = list(spans)
    for i, span in enumerate(out):
        if span.kind != "UNION":
            continue
        phrase = _PHRASE.match(text, span.end)
        if phrase is None or "[" in phrase.group() or not _named(phrase):
            phrase = _NAMED.match(text, span.end)
            if phrase is None or "[" in phrase.group() or phrase.group().split()[1].lower().rstrip(".") in _CALENDAR:
                continue
        if i + 1 < len(out) and out[i + 1].start < phrase.end():
            continue
        out[i] = PiiSpan(span.start, phrase.end(), "UNION")
    return out


def _named(phrase: re.Match) -> bool:
    """Does the workplace phrase name its place: an employer or town after the noun, or a capitalised
    word before it ("the Volvo plant")?"""
    before = phrase.group("before") or ""
    return bool(phrase.group("after") or any(w[:1].isupper() for w in before.split()))
