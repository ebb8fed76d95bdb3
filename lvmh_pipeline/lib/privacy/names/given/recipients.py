"""A name the lexicon may not know, in a position only a person takes:

- after a Romance preposition of a recipient, closing the sentence ("Todo esto es para Xiomara.",
  "C'est pour Maëlys."), of a companion when the lexicon knows the name ("Elle vient avec Inès."),
  or any preposition before a given name that is no word ("de vriendin van Sem.");
- an undeclined capitalised Russian word after a preposition of a person closing the clause
  ("для Шпак.", "от Гурьянц.");
- after a kin or staff word, before a verb ("Husband Tobiah prefers steel", "her PA Tamsin booked
  it"), German notes apart;
- a given name that is no word heading the note before a full stop ("Thijs. 45 jaar.");
- before an apposition with a possessive and a kin word ("brought Anika, her niece", "avec Maëlys,
  sa filleule", "con Itzel, su nieta").

Not a place, a month, a holiday, a brand or a word of the notes ("para Navidad.", "con Visa.",
"for Christmas."), nor a word the lexicon knows as ambiguous ("para Reyes.": the Epiphany).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import scan
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    classify,
    is_given_name,
    is_place_month_or_brand,
    is_vocabulary,
    names_a_place_or_org,
)
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS
from lvmh_pipeline.lib.privacy.names.positions.words import _ordinary

_WORD = r"([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}(?:['’][a-zà-öø-ÿ]{2,})?(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,})?)"
_RECIPIENT = re.compile(
    rf"(?<![\w])(para|pour|per|pra|p/|voor|for|con|avec|com|met|with|van|aan|bij|of|from|to|de|di|da|à|a)[ \t]*(?<=[ \t/])"
    rf"(?:(?:la|el|a|o)[ \t]+)?{_WORD}(?=[ \t]*(?:[.!?:]|$))",
    re.MULTILINE,
)
_POSSESSIVES = "her|his|their|sa|son|ses|su|sus|sua|seu|ihre|seine|haar|zijn|la sua|il suo"
_KIN_APPOSITION = re.compile(rf"(?<![\w.])\s?{_WORD},[ \t]+(?:{_POSSESSIVES})[ \t]+([a-zà-ÿ-]{{3,}})")
_COMMA_POSSESSIVE = re.compile(rf",[ \t]+(?:{_POSSESSIVES})[ \t]+")  # what every match holds: searched first
_WITH = frozenset("voor for con avec com met with".split())
_FOR = frozenset("para pour per pra p/".split())  # Romance recipients ("p/" in shorthand); "for Biscuit.": a pet, a word
# Payment means and shops the lexicon does not list, after "with" / "con" / "for"
_NOT_PEOPLE = frozenset(
    "visa amex mastercard paypal bizum pix klarna harrods selfridges amazon google uber apple alipay wechat "
    "farfetch net-a-porter mytheresa dubái dubai mail e-mail email post fax telefon whatsapp sms".split()
)


def _person_word(word: str) -> bool:
    if classify(word) in (COMMON, AMBIGUOUS):
        return False
    return not (
        word.casefold() in _NOT_PEOPLE
        or _ordinary(word)
        or is_vocabulary(word)
        or is_place_month_or_brand(word)
        or names_a_place_or_org(word)
    )


# Russian capitalises no common noun inside a sentence: a capitalised word after a preposition of a
# person closing the clause, left undeclined with a consonant ending (a woman's or a foreign family
# name: "Подарок для Шпак.", "Заказ от Гурьянц."; not "от Озона", "для Европы") is a name
_RU_PERSON = re.compile(
    r"(?<![\w])(?:для|с|со|от|у|к|ко)[ \t]+([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?)(?=[ \t]*(?:[.,;!?]|$))",
    re.MULTILINE,
)
# Brands and shops written in Cyrillic that keep a consonant ending after a preposition
_RU_BRANDS = frozenset("диор шанель эрмес гермес ролекс сбер озон инстаграм телеграм ватсап вотсап тинькофф авито".split())
# A kin or staff word, then a capitalised word the lexicon may not know, then a lower-case word:
# the relative's or helper's name ("Husband Tobiah prefers steel", "son chauffeur Kader viendra")
_KIN_THEN = re.compile(rf"(?<![\w])([A-Za-zà-ÿ]{{2,}})[ \t]+{_WORD}(?=[ \t]+([a-zà-ÿ]+))")
# What a person does next (not "Wife Vogue editor", "secretaria General del partido")
_VERB_AFTER = frozenset(
    """is was has had will would wants wanted loves loved likes liked prefers preferred booked called came comes
    collects collected paid pays turns turned asked says said picked bought brought needs chose
    est a veut voulait aime vient viendra passe passera préfère adore souhaite
    es está quiere viene vendrá prefiere pasó llamó pasará
    è ha vuole viene verrà preferisce passa passerà
    é quer vem virá prefere passou ligou
    wil komt kwam heeft houdt belde""".split()
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_STAFF_ABBREVIATIONS = frozenset({"PA", "EA"})
# A known given name opening the note as its heading before a full stop ("Thijs. 45 jaar.")
_OPENING = re.compile(rf"^[ \t]*{_WORD}(?=\.[ \t]+[A-Z0-9])")


def recipient_names(text: str) -> list[PiiSpan]:
    """See the module docstring."""
    spans = []
    german = scan(text).german  # German capitalises its nouns ("per Mail.", "mit Karte.")
    opening = _OPENING.match(text)
    if opening and classify(opening.group(1)) == NAME and _person_word(opening.group(1)):
        spans.append(PiiSpan(opening.start(1), opening.end(1), "NAME"))
    for m in _RECIPIENT.finditer(text) if not german else ():
        word = m.group(2)
        if _person_word(word) and (m.group(1) in _FOR or is_given_name(word) and (
            m.group(1) in _WITH or classify(word) == NAME
        )):
            spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))  # "con Iberia.": a companion is a known name
    if _CYRILLIC.search(text, 0, 400):
        spans += [
            PiiSpan(m.start(1), m.end(1), "NAME") for m in _RU_PERSON.finditer(text)
            if m.group(1)[-1] not in "аяыиуюеоёй" and m.group(1).casefold() not in _RU_BRANDS and _person_word(m.group(1))
        ]
    if not german:
        for m in _KIN_THEN.finditer(text):
            kin = m.group(1)
            if (kin.casefold() in KIN_WORDS or kin in _STAFF_ABBREVIATIONS) and m.group(3) in _VERB_AFTER and _person_word(
                m.group(2)
            ):
                spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))
    if ", " in text and _COMMA_POSSESSIVE.search(text):
        for m in _KIN_APPOSITION.finditer(text):
            if m.group(2).casefold() in KIN_WORDS and _person_word(m.group(1)):
                spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
