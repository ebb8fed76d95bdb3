"""A title before an office, not before a name: "Monsieur le Maire", "Madame la Présidente",
"Mevrouw de Burgemeester", "il signor Sindaco", "el señor Alcalde", "a senhora Ministra", "Herr
Konsul", "господин посол". A note addresses an important client by the office; the noun after the
title (and its article) is no family name. Offices that are family names too (Richter, Dean) are
not listed: "Herr Richter" is a person. The family name after the office is one ("el señor Director
Gómez": :func:`office_holder_names`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard_words.helpers import _words

__all__ = ["OFFICE_NOUNS", "office_holder_names", "office_spans"]

OFFICE_NOUNS = _words(
    """
    maire préfet préfète président présidente directeur directrice consul consule ambassadeur ambassadrice
    ministre député députée sénateur sénatrice bâtonnier bâtonnière doyen doyenne recteur rectrice notaire
    juge procureur procureure général générale colonel amiral conseiller conseillère
    burgemeester notaris voorzitter voorzitster minister wethouder gedeputeerde dijkgraaf rector decaan
    president generaal
    presidente sindaco sindaca prefetto direttore direttrice console ambasciatore ambasciatrice ministro
    ministra rettore rettrice notaio giudice generale assessore consigliere
    alcalde alcaldesa presidenta director directora cónsul embajador embajadora rectora notario notaria juez
    jueza consejero consejera concejal concejala gobernador gobernadora diputado diputada senador senadora
    decano decana
    prefeito prefeita diretor diretora cônsul embaixador embaixadora reitor reitora juiz juíza desembargador
    desembargadora governador governadora deputado deputada vereador vereadora comendador comendadora
    conselheiro conselheira
    bürgermeister bürgermeisterin konsul konsulin botschafter botschafterin ministerin präsident präsidentin
    direktor direktorin rektor rektorin notar notarin kommerzialrat hofrat generalkonsul vorsitzender
    vorsitzende senatorin
    mayor ambassador chairman chairwoman governor secretary provost chancellor senator
    директор председатель посол консул губернатор министр мэр ректор президент генерал
    """
)
_TITLES = (
    "monsieur", "madame", "mademoiselle", "mme", "m.", "mr", "mr.", "mrs", "mrs.", "madam", "sir", "herr", "frau",
    "mevrouw", "meneer", "mevr.", "dhr.", "señor", "señora", "sr.", "sra.", "senhor", "senhora", "signor", "signora",
    "signore", "sig.", "sig.ra", "господин", "госпожа",
)
_ARTICLES = ("le", "la", "l'", "l’", "de", "der", "die", "the", "o", "a", "el", "il", "lo")
_OFFICE = re.compile(
    r"(?<![\w.])(?i:" + "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True)) + r")[ \t]+"
    r"((?:(?i:" + "|".join(re.escape(a) for a in sorted(_ARTICLES, key=len, reverse=True)) + r")[ \t]*)?"
    r"(?i:" + "|".join(re.escape(o) for o in sorted(OFFICE_NOUNS, key=len, reverse=True)) + r"))(?![\w])"
)


def office_spans(text: str) -> list[tuple[int, int]]:
    """The offices (with their article) that follow a title in ``text``."""
    return [(m.start(1), m.end(1)) for m in _OFFICE.finditer(text)]


_HOLDER = re.compile(r"[ \t]+([A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-]+)(?:[ \t]+([A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-]+))?")


def office_holder_names(text: str) -> list[PiiSpan]:
    """The family name (and a second word) right after a title and an office: "el señor Director
    Gómez", "la señora Embajadora Ruiz Soler"; no ordinary word, place or brand."""
    from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand

    spans = []
    for m in _OFFICE.finditer(text):
        holder = _HOLDER.match(text, m.end())
        if not holder or classify(holder.group(1)) == COMMON or is_place_month_or_brand(holder.group(1)):
            continue
        second = holder.group(2)
        ok = second and classify(second) != COMMON and not is_place_month_or_brand(second)
        spans.append(PiiSpan(holder.start(1), holder.end(2) if ok else holder.end(1), "NAME"))
    return spans
