"""A same-sex spouse shown by a name title rather than by a possessive.

French, Spanish, Italian and Portuguese possessives do not show the owner's gender ("sa femme",
"su esposa", "sua moglie"): a spouse of the same gender as the title that opens the clause shows
it instead ("Mme Roux vient avec sa compagne", "el Sr. Ortiz y su marido"). Such a spouse is a
``partners`` term of ORIENTATION (redacted only where nothing else in the note states the
orientation, :func:`categories._partners`). Not across a sentence end, nor across a kin word
("Mme Roux, pour son fils et sa femme": the son's wife), nor after a couple's title ("M. et Mme
Roux ... sa femme"), and at most a few words after the name.

The couple's own words show it too (:func:`_agreeing_partners`): a wife or partner of the clause's
woman where the couple is "casadas", "mariées", "sposate", "vieram juntas" (a feminine plural: both
are women; a masculine plural is said of any couple), after a possessive or an article ("e a
namorada ... vieram juntas"), and in Russian, whose possessive "свой" is neutral, a spouse or
boyfriend of a man or woman the sentence's subject noun, adjective or past verb shows ("Молодой человек
выбирает подарок своему парню", "Женщина ... со своей женой", "Кира, молодая, выбирала ... для своей девушки").

A subject pronoun or person noun of one gender opening the clause shows it like a title
(:func:`_subject_partners`: "elle cherche pour sa compagne", "la clienta viene con su esposa", "o
senhor e o seu companheiro"; the French "il" before a verb, "il est venu avec son compagnon"),
unless a word of the other gender stands in the sentence before the spouse ("il a pris une bague,
elle est pour sa femme": the watch, the man's wife). So does a given name of one gender (the
lexicon's ``partner_given_names``) opening the clause a few words before the spouse, who may then be
named by the article alone (:func:`_named_partners`: "Luca e il compagno", "Thomas et son mari",
"Rafael Menezes e o marido").

The note's only client of one gender shows it too, past sentence ends (:func:`_noted_partners`: "Mme
Roux – RDV le 19. Cadeau pour sa compagne", "o senhor engenheiro Costa, sim, veio com o marido"): a
capitalised title or a person noun of the spouse's gender within a few hundred characters before it,
and no title, subject word, person noun or given name of the other gender, third person's title ("Dr",
"Mr"), couple's title or kin word between; after an article only in Portuguese ("o marido": the Italian
and Spanish article forms cost ordinary words on the held-out notes), and in Italian and Spanish after
"con" with a partner word that is no wife or husband ("Sig.ra [NAME], convive a Brera con la compagna").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.special.lexicon import PARTNER, SPECIAL_KINDS, TERM, lexicon
from lvmh_pipeline.lib.privacy.special.required import required_literals

__all__ = ["titled_partners"]

_ORIENTATION = SPECIAL_KINDS.index("ORIENTATION")
# folded titles and spouse words, per gender (the possessive of these languages is neutral)
_WOMEN = (r"mme|madame|mlle|mademoiselle|sra|senora|signora|sig ra|sigra|dona|dra|senhora|d|mrs|ms",
          r"femme|epouse|compagne|esposa|mujer|moglie|compagna|mulher|companheira|novia|noiva|fidanzata|namorada")
_MEN = (r"m|monsieur|sr|senor|signor|sig(?! ra)|don|senhor|mr|mister",  # "Dr" is either; "Mrs", "Mr": a code-switched header
        r"mari|epoux|compagnon|marido|esposo|marito|compagno|companheiro|novio|noivo|fidanzato|namorado")
_GAP = r"(?:[^\W\d_]+ +){1,4}?"  # the name and a few words ("vient avec", "e")
_OTHER = tuple(re.compile(rf"(?<![^\W_])(?:{titles})(?![^\W_])") for titles, _ in (_MEN, _WOMEN))
_PATTERNS = tuple(
    re.compile(rf"(?<![^\W_])(?:{titles}) +{_GAP}((?:sa|son|su|sua|suo|seu) +(?:{spouses}))(?![^\W_])"
               r"(?! +(?:de|di|da|do|d)(?![^\W_]))")  # "sa femme de ménage", "sa compagne de voyage"
    for titles, spouses in (_WOMEN, _MEN))
_SPOUSE = re.compile(rf"(?<![^\W_])(?:sa|son|su|sua|suo|seu) +(?:{_WOMEN[1]}|{_MEN[1]})(?![^\W_])")
_KIN = re.compile(r"(?<![^\W_])(?:fils|fille|frere|soeur|pere|mere|neveu|niece|hijo|hija|hermano|hermana|padre|madre|"
                  r"sobrino|sobrina|figlio|figlia|fratello|sorella|nipote|filho|filha|irmao|irma|pai|mae|sobrinho|"
                  r"sobrinha|amie|ami|amiga|amigo|amica|amico|collegue|collega|colega|patron|chef|capo|jefe)(?![^\W_])")
_BREAK = re.compile(r"[:;!?\n]|\.\s")
_WORD_END = re.compile(r"[^\W\d_]{4}$")  # a sentence's last word, not a title's abbreviation
# a couple's title ("M. et Mme Martin", "Sr. y Sra. Gil"): the spouse is the other one's; a title of
# the other gender in the sentence (:data:`_OTHER`) leaves whose spouse it is unclear
_COUPLE = re.compile(r"(?<![^\W_])(?:m|monsieur|mme|madame|sr|sra|senor|senora|signor|signora|sig|sig ra|senhor|senhora|"
                     r"don|dona|herr|frau|mr|mrs) +(?:et|y|e|and|und) +$")


# a couple of two women: the feminine plural of being married or engaged (folded)
_WOMEN_COUPLE = re.compile(r"(?<![^\W_])(?:casadas|mariees|pacsees|fiancees|sposate|fidanzate|comprometidas|"
                           r"prometidas|juntas)(?![^\W_])")
_COUPLE_REACH = 80  # folded characters after the spouse searched for the couple's word
_WOMEN_COUPLE_GATE = Gate(required_literals(_WOMEN_COUPLE))  # one pass before the regex
_WIFE = re.compile(rf"(?<![^\W_])(?:sa|son|su|sua|seu|la|a) +(?:{_WOMEN[1]})(?![^\W_])(?! +(?:de|di|da|do|d)(?![^\W_]))")
# Russian: a subject noun, adjective or past verb of one gender and a same-gender spouse after "свой", no person of the other gender between
_RU_SAME = tuple(re.compile(rf"(?<![^\W_])(?:{subject})(?![^\W_])(?:(?!(?<![^\W_])(?:{other})(?![^\W_]))[^.!?;\n]){{0,90}}?"
                            rf"(?<![^\W_])((?:со +)?(?:{own}) +(?:{spouse}))(?![^\W_])")
    for (subject, own, spouse), other in zip((
        ("молодои человек|молодои мужчина|мужчина|юноша|молодои|господин|выбирал|купил|покупал|искал|заказал|взял|присматривал|зашел|заходил|пришел|приехал|заглянул", "своему|своего|своим|свои|свой",
         "парню|парня|парнем|мужу|мужа|мужем|жениху|жениха|женихом|бои?френду|бои?френда|бои?френдом|молодому человеку|молодого человека"),
        ("женщина|дама|молодая женщина|девушка|молодая|выбирала|купила|покупала|искала|заказала|взяла|присматривала", "своеи|свою|своя",
         "жене|жену|женои|жены|невесте|невесту|невестои|невесты|девушке|девушку|девушкои|девушки")), ("она|дочь|дочерью|дочери|жена|женои|сестра|сестрои", "он|сын|сыном|муж|мужем|брат|братом")))


def _agreeing_partners(nt: NormalizedText) -> list[tuple]:
    """Partner hits shown by the couple's own words (see the module doc)."""
    folded = nt.folded
    found = []
    if _WOMEN_COUPLE_GATE(folded) and _WOMEN_COUPLE.search(folded):
        for match in _WIFE.finditer(folded):
            sentence = _sentence_start(nt, match.start())
            if _KIN.search(folded, sentence, match.start()):
                continue  # "pour son fils et sa femme, mariées ...": whose wife is unclear
            for couple in _WOMEN_COUPLE.finditer(folded, sentence, min(len(folded), match.end() + _COUPLE_REACH)):
                if couple.start() < match.end() or not _BREAK.search(nt.original, *nt.to_original(
                        match.end(), couple.start())):
                    found.append((match.start(), match.end(), _ORIENTATION, TERM, PARTNER))
                    break
    if "сво" in folded:
        for pattern in _RU_SAME:
            found.extend((m.start(1), m.end(1), _ORIENTATION, TERM, PARTNER) for m in pattern.finditer(folded))
    return found


# the French "il" before a verb of a client's visit or wish (the Italian "il" is an article)
_FRENCH_IL = (r"il(?= +(?:est|a|vient|revient|passe|cherche|veut|voulait|voudrait|aimerait|souhaite|offre|achete|"
              r"prend|fete|prepare|organise|etait|avait)(?![^\W_]))")
# subject pronouns and person nouns per gender (folded; "el" is also the article, "lui"/"lei" are
# also objects or "you"), and the words of the other gender that make the owner unclear
_SUBJECTS = (
    (r"elle|ella|ela|la dame|une dame|la cliente|une cliente|la clienta|una clienta|la signora|una signora|"
     r"a senhora|uma senhora|a cliente|uma cliente|la senora|una senora", _WOMEN[1],
     r"il|ils|lui|monsieur|m|client|ele|eles|senor|signor|signore|senhor|hombre|homme|uomo|homem"),
    (r"ele|le client|un client|le monsieur|un monsieur|el cliente|un cliente|el senor|un senor|il signore|"
     r"un signore|il cliente|o senhor|um senhor|o cliente|" + _FRENCH_IL, _MEN[1],
     r"elle|elles|ella|ela|madame|mme|clienta|senora|signora|senhora|dame|femme|mujer|donna|mulher"))
_SUBJECT_PATTERNS = tuple(
    (re.compile(rf"(?<![^\W_])(?:{subject}) +{_GAP}((?:sa|son|su|sua|suo|seu|o seu|a sua|il suo|la sua) +"
                rf"(?:{spouses}))(?![^\W_])(?! +(?:de|di|da|do|d)(?![^\W_]))"),
     re.compile(rf"(?<![^\W_])(?:{other})(?![^\W_])"))
    for subject, spouses, other in _SUBJECTS)


def _subject_partners(nt: NormalizedText) -> list[tuple]:
    """Partner hits of a spouse of the gender of the clause's subject pronoun or person noun."""
    folded, found = nt.folded, []
    for pattern, other in _SUBJECT_PATTERNS:
        for match in pattern.finditer(folded):
            sentence = _sentence_start(nt, match.start())
            between = nt.original[slice(*nt.to_original(match.start(), match.start(1)))]
            if _BREAK.search(between) or _KIN.search(folded, match.start(), match.start(1)):
                continue
            if other.search(folded, sentence, match.start(1)) is None:
                found.append((match.start(1), match.end(1), _ORIENTATION, TERM, PARTNER))
    return found


# a spouse after a possessive or an article, per gender (folded), and the name before it
_NAMED_SPOUSES = tuple(re.compile(
    rf"(?<![^\W_])((?:(?:il|la|o|a) +)?(?:sa|son|su|sua|suo|seu|il|la|o|a) +(?:{spouses}))(?![^\W_])"
    r"(?! +(?:de|di|da|do|d|del|della|dos|das)(?![^\W_]))") for spouses in (_WOMEN[1], _MEN[1]))
_NAMED_GATES = tuple(Gate(required_literals(spouse)) for spouse in _NAMED_SPOUSES)  # its spouse words
_SPOUSE_GATE = Gate(required_literals(_SPOUSE))
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NAME_REACH = 6  # words between the name and its spouse, at most


_SAINT = re.compile(r"(?<![^\W_])(?:san|santa|santo|sant|saint|sainte|st|ste|sao|sankt) +$")  # "al San Raffaele": a place


def _named_partners(nt: NormalizedText) -> list[tuple]:
    """Partner hits of a spouse of the gender of the given name opening the clause (module doc)."""
    names = lexicon().gendered_names
    found = []
    for gender, spouse, other, gate in (("female", _NAMED_SPOUSES[0], _SUBJECT_PATTERNS[0][1], _NAMED_GATES[0]),
                                        ("male", _NAMED_SPOUSES[1], _SUBJECT_PATTERNS[1][1], _NAMED_GATES[1])):
        for match in spouse.finditer(nt.folded) if gate(nt.folded) else ():
            start = max(_sentence_start(nt, match.start()), match.start() - 60)
            words = list(_WORD.finditer(nt.folded, start, match.start()))[-_NAME_REACH:]
            named = [w for w in words if any(w.group() in n for n in names.values()) and not _SAINT.search(nt.folded, max(0, w.start() - 8), w.start())
                     and nt.original[nt.to_original(w.start(), w.end())[0]].isupper()]
            if not named or any(w.group() not in names.get(gender, ()) for w in named):
                continue  # no given name before the spouse, or one of the other gender
            first = named[0]
            between = nt.original[slice(nt.to_original(first.start(), first.end())[0],
                                        nt.to_original(match.start(1), match.end(1))[0])]
            if (not _BREAK.search(between) and not _KIN.search(nt.folded, first.start(), match.start(1))
                    and other.search(nt.folded, start, match.start(1)) is None):
                found.append((match.start(1), match.end(1), _ORIENTATION, TERM, PARTNER))
    return found


# a person noun of one gender after its article, written lower-case ("o senhor engenheiro", "la signora"; a doctor only before the [NAME] token: "la doctora [NAME]"),
# or a noun of one gender by itself (the CRM's "Clienta nueva:")
_PERSONS = tuple(re.compile(rf"(?<![^\W_])(?:{nouns})(?![^\W_])") for nouns in (
    r"(?:a|la|une?) +(?:senhora|senora|signora|dame|cliente|clienta|(?:doctora|dottoressa|doutora)(?= +name(?![^\W_])))|clienta",
    r"(?:o|el|il|le|un|um) +(?:senhor|senor|signore|signor|monsieur|cliente|client|(?:doctor|dottore|doutor)(?= +name(?![^\W_])))"))
_CLIENTE = re.compile(r"(?<![^\W_])cliente(?![^\W_])")  # feminine in French only (Italian, Spanish, Portuguese: both)
_NOTE_REACH = 400  # folded characters before a spouse searched for the note's client
# a spouse after a possessive, or after an article where the word is no bride, groom or "the woman"
_NOTED_SPOUSES = tuple(re.compile(
    rf"(?<![^\W_])((?:sa|son|su|sua|suo|seu|o seu|a sua|il suo|la sua) +(?:{spouses})|(?:{articled}))(?![^\W_])"
    r"(?! +(?:de|di|da|do|d|del|della|dos|das)(?![^\W_]))") for spouses, articled in (
        (_WOMEN[1], r"(?:a|pela) +(?:esposa|companheira)|(?<=con )la +(?:compagna|fidanzata|esposa|novia)"),
        (_MEN[1], r"(?:o|pelo) +(?:marido|esposo|companheiro)|(?<=con )(?:il +(?:compagno|fidanzato)|el +(?:esposo|novio))")))
_NOTED_GATES = tuple(Gate(required_literals(spouse)) for spouse in _NOTED_SPOUSES)
# a title of either gender or of a third person: whose spouse it is becomes unclear
_THIRD = re.compile(r"(?<![^\W_])(?:mr|mrs|ms|dr|dra|herr|frau|dott|dottssa|prof|doutor|doutora|doctor|doctora)(?![^\W_])")


def _noted_partners(nt: NormalizedText) -> list[tuple]:
    """Partner hits of a spouse whose owner is the note's only client of one gender, named by a
    title or a person noun earlier in the note, past sentence ends ("Mme Roux – rendez-vous le 19.
    Cadeau pour sa compagne", "o senhor engenheiro Costa, sim, veio com o marido", "acompanhada pela esposa"): no title, subject
    word, person noun or given name of the other gender, third person's title, couple's title or kin
    word between them."""
    found = []
    for index, (spouse, gate) in enumerate(zip(_NOTED_SPOUSES, _NOTED_GATES)):
        for match in spouse.finditer(nt.folded) if gate(nt.folded) else ():
            start = max(0, match.start() - _NOTE_REACH)
            anchors = [m.span() for m in _PERSONS[index].finditer(nt.folded, start, match.start())]
            if not index and match.group(1)[:3] in ("sa ", "son"):  # a French spouse: "Cliente" is a woman there
                anchors += [m.span() for m in _CLIENTE.finditer(nt.folded, start, match.start())]
            anchors += [m.span() for m in _OTHER[1 - index].finditer(nt.folded, start, match.start())
                        if _titled(nt, _OTHER[1 - index], m.start(), m.end())]
            if not anchors:
                continue
            first, first_end = min(anchors)  # a third person's title after the client's own ("Mrs. Roux ... Dr Petit")
            if (_titled(nt, _OTHER[index], start, match.start(1)) or _titled(nt, _THIRD, first_end, match.start(1))
                    or _other_name(nt, "female" if index else "male", first, match.start(1)) or _PERSONS[1 - index].search(nt.folded, start, match.start(1))
                    or _SUBJECT_PATTERNS[index][1].search(nt.folded, start, match.start(1))
                    or _COUPLE.search(nt.folded, start, match.start(1)) or _KIN.search(nt.folded, first, match.start(1))):
                continue
            found.append((nt.folded.rindex(" ", match.start(1), match.end(1)) + 1, match.end(1), _ORIENTATION, TERM, PARTNER))
    return found


def _other_name(nt: NormalizedText, gender: str, start: int, end: int) -> bool:
    """Is there a capitalised given name of ``gender`` in folded ``[start, end)``?"""
    names = lexicon().gendered_names.get(gender, ())
    return any(w.group() in names and nt.original[nt.to_original(w.start(), w.end())[0]].isupper()
               for w in _WORD.finditer(nt.folded, start, end))


# a possessive that shows its owner's gender, a neutral partner word and the partner's given name (folded)
_OWNED_PARTNER = re.compile(r"(?<![^\W_])((?:(his|zijn|z n|sein|seinem|seinen)|her|haar|d r|ihr|ihrem|ihren) +"
                            r"(?:partner|verloofde))(?: +|, +)([^\W\d_]+)(?![^\W_])")


def _owned_partners(nt: NormalizedText) -> list[tuple]:
    """Partner hits of a neutral partner word after a possessive that shows its owner's gender and
    before a given name of the same gender ("his partner Mark", "haar partner Sanne", "sein Partner
    Jonas"); "his partner Anna", "his business partner Mark" stay readable."""
    if "partner" not in nt.folded and "verloofde" not in nt.folded:
        return []
    names, found = lexicon().gendered_names, []
    for match in _OWNED_PARTNER.finditer(nt.folded):
        first = nt.to_original(match.start(3), match.end(3))[0]
        if nt.original[first].isupper() and match.group(3) in names.get("male" if match.group(2) else "female", ()):
            found.append((match.start(1), match.end(1), _ORIENTATION, TERM, PARTNER))
    return found


def titled_partners(nt: NormalizedText) -> list[tuple]:
    """ORIENTATION partner hits (folded offsets) for a spouse of the same gender as the title of
    the clause ("Sra. Vidal con su esposa"), or shown by the couple's own words; an opposite-sex
    or untitled spouse stays family."""
    folded = nt.folded
    if not _SPOUSE_GATE(folded) or _SPOUSE.search(folded) is None:  # one pass; the titles are looked for only then
        return _merged(_merged(_named_partners(nt), _agreeing_partners(nt)), _noted_partners(nt) + _owned_partners(nt))
    found = []
    for pattern, other in zip(_PATTERNS, _OTHER):
        for match in pattern.finditer(folded):
            title_end = folded.index(" ", match.start())
            start, end = nt.to_original(match.start(), title_end)
            title = nt.original[start:end]
            between = nt.original[end + 1 : nt.to_original(match.start(1), match.end(1))[0]]
            short = len(title) <= 4 and not title[:1].isupper()
            if short or (len(title) <= 2 and not nt.original.startswith(".", end)):
                continue  # "m'a dit", "D'Angelo", "don": a short title is capitalised, "M." has its dot
            couple = _COUPLE.search(folded, max(0, match.start() - 20), match.start())
            sentence = _sentence_start(nt, match.start())
            if _titled(nt, other, sentence, match.start(1)):
                continue  # "Mme Roux, assistante de M. Petit, ... sa femme": whose wife is unclear
            if couple or _KIN.search(folded, title_end, match.start(1)) or _BREAK.search(between):
                continue
            found.append((match.start(1), match.end(1), _ORIENTATION, TERM, PARTNER))
    found = _merged(found, _merged(_subject_partners(nt), _named_partners(nt)))
    return _merged(_merged(found, _agreeing_partners(nt)), _noted_partners(nt) + _owned_partners(nt))


def _merged(found: list[tuple], more: list[tuple]) -> list[tuple]:
    """``found`` and the hits of ``more`` that overlap none of it."""
    return found + [h for h in more if not any(h[0] < f[1] and f[0] < h[1] for f in found)]


def _sentence_start(nt: NormalizedText, position: int) -> int:
    """Folded offset of the start of the sentence holding ``position`` (at most 120 characters
    back); the dot of a title ("M.", "Sra.") ends no sentence."""
    start = max(0, position - 120)
    for index in range(position - 1, start - 1, -1):
        if nt.folded[index] != " ":
            continue
        at = nt.to_original(index, index + 1)[0]
        char = nt.original[at]
        if char in ":;!?\n" or (char == "." and _WORD_END.search(nt.original, max(0, at - 4), at)):
            return index
    return start


def _titled(nt: NormalizedText, titles: re.Pattern, start: int, end: int) -> bool:
    """Is there a title of ``titles`` (capitalised or before the [NAME] token, a short one with its dot) in ``[start, end)``?"""
    for match in titles.finditer(nt.folded, start, end):
        first, last = nt.to_original(match.start(), match.end())
        title = nt.original[first:last]
        if (title[:1].isupper() or nt.original.startswith(" [NAME]", last)) and (len(title) > 2 or nt.original.startswith(".", last)):
            return True
    return False
