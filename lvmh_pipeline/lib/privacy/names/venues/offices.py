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


# An office said with an article or a preposition and no title: "du sénateur Kerbrat", "del
# senador Echeverría", "der Abgeordnete Tiedemann", "for the councillor Brantley". The Cyrillic
# offices are left out: "директор Сбера" names a firm in the genitive more often than a person.
_ELECTED = _words(
    """
    deputato deputata senatore senatrice onorevole eurodéputé eurodéputée eurodeputato eurodiputado
    congressman congresswoman councillor councilor alderman kamerlid raadslid senator abgeordnete
    abgeordneter abgeordneten stadtrat stadträtin landrat landrätin
    """
)
# every office word, said with a title, an article or alone: "senatore", "wethouder", "mayor"
OFFICE_WORDS: frozenset[str] = OFFICE_NOUNS | _ELECTED
_LATIN_OFFICES = sorted((o for o in OFFICE_NOUNS | _ELECTED if not re.search("[а-яё]", o)), key=len, reverse=True)
_DETERMINED_OFFICE = re.compile(
    r"(?<![\w])(?i:du|le|la|au|l['’]|del|el|al|il|lo|dello|della|dal|do|da|o|a|ao|der|die|dem|den|des|the|van|het|de)"
    r"[ \t]*(?i:" + "|".join(re.escape(o) for o in _LATIN_OFFICES) + r")(?![\w])"
)
_HOLDER_SHAPE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")  # "LR", "VVD": a party, not a person
# Capitalised words after an office that are its rank, its party or its house, not its holder
# ("directeur Général", "députée Renaissance", "Abgeordnete Grünen").
_NOT_HOLDERS = _words(
    """
    general général generale adjunto adjunta adjoint adjointe délégué déléguée delegato delegata delegado delegada
    gedelegeerd suplente interino interina intérimaire ejecutivo ejecutiva executivo executiva executive
    exécutif exécutive esecutivo esecutiva comercial commercial commerciale financiero financiera financier
    financière finanziario financeiro technique técnico técnica tecnico regional régional regionale honoraire
    sales finance operations purchasing vertrieb einkauf verkauf personal ventas vendas vendite ventes achats
    honorario honoraria emeritus emérito emerito renaissance ensemble horizons républicains verts insoumis
    podemos vox sumar labour tory conservative democrat republican liberal grünen linke lega forza azione
    morena europa european européen européenne
    """
)


def _no_holder(word: str) -> bool:
    """A rank, party or place after an office ("Général", "Renaissance", "Frankreichs")."""
    from lvmh_pipeline.lib.privacy.names.guard import fold, is_place_month_or_brand

    return fold(word) in _NOT_HOLDERS or word.endswith("s") and is_place_month_or_brand(word[:-1])


def office_holder_names(text: str) -> list[PiiSpan]:
    """The family name (and a second word) right after a title and an office: "el señor Director
    Gómez", "la señora Embajadora Ruiz Soler", or after an office with its article: "du sénateur
    Kerbrat"; no ordinary word, place or brand."""
    from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand

    spans = []
    offices = list(_OFFICE.finditer(text))
    for m in _DETERMINED_OFFICE.finditer(text):
        holder = _HOLDER.match(text, m.end())
        if holder and _HOLDER_SHAPE.match(holder.group(1)) and not _no_holder(holder.group(1)):
            offices.append(m)
    for m in offices:
        holder = _HOLDER.match(text, m.end())
        if not holder or classify(holder.group(1)) == COMMON or is_place_month_or_brand(holder.group(1)):
            continue
        second = holder.group(2)
        ok = second and classify(second) != COMMON and not is_place_month_or_brand(second)
        spans.append(PiiSpan(holder.start(1), holder.end(2) if ok else holder.end(1), "NAME"))
    return spans
