"""Places that are names too, where the note goes or is: "Vai a Fátima em peregrinação", "renewing
vows in Lourdes", "acaba de volver de Santiago", "Câmara Municipal de Braga", "la Virgen de
Guadalupe", "grew up in Almaty".

A town of pilgrimage or a city named like a person (Fátima, Lourdes, Santiago, Guadalupe, Braga,
Lima, Florence …) is no person after a preposition of place (in, en, em, nach, naar, в), after a verb
or noun of going and its "to" (vai a, va à, trip to, peregrinación a) or coming back and its "from"
(volver de, back from), nor after an institution, a shrine, a pilgrims' way or a Virgin named after it
("Câmara Municipal de", "Nuestra Señora de", "Camino de"), nor after a devotee's word ("devota de"). A word found alone as a name there is dropped (a title before
it keeps it: "la señora Lourdes" is no place).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.occurrences.forms import _plain

__all__ = ["place_not_person", "PLACE_NAMES_TOO"]

# Towns and cities named like persons (given names or family names too), plain, case-folded.
PLACE_NAMES_TOO = frozenset(
    """fatima lourdes santiago guadalupe braga lima vitoria victoria florence florencia sydney madison
    savannah austin dallas orlando phoenix valencia sofia regina adelaide alexandria beverly jordan georgia
    carolina virginia loreto montserrat covadonga aparecida nazare belem salvador natal assuncao sion
    nancy troy camden almaty medjugorje czestochowa compostela pilar rocio""".split()
)
_WORD = r"[^\W\d_][\w'’.\-]*"
# a preposition of place right before the word
_LOCATIVE = re.compile(
    r"(?<![\w])(?i:in|en|em|no|na|nach|naar|im|в|во|to|a|à|ao|para|pra|de|from|von|uit|из|do|da|até|hasta|bis|tot)[ \t]+$"
)
_WHERE_ONLY = frozenset("in en em no na nach naar im в во".split())
# a verb or noun of going (then "to") or of coming back (then "from") a few words before
_MOTION = re.compile(
    r"(?<![\w])(?i:vai|vou|vamos|vão|foi|fui|ir|irá|viaja|viajar|viajou|viagem|viaje|peregrinação|peregrinación"
    r"|peregrinacion|pèlerinage|pellegrinaggio|pilgrimage|romaria|romería|va|vas|van|fue|fueron|voy|iremos|part"
    r"|partent|partir|aller|allons|voyage|andrà|vanno|andare|viaggio|going|goes|go|went|trip|travel|travels"
    r"|travelling|traveling|flying|flies|flight|fly|reist|reise|fährt|fahren|fliegt|reis|gaat|vliegt|едет|поедет"
    r"|летит|поездка|volver|volvió|volvio|vuelve|vuelto|regresa|regresó|regreso|voltou|volta|voltar|revient"
    r"|rentre|rentrée|retour|back|returned|returns|zurück|terug|вернулась|вернулся|off|walks|walk|caminha|camina)"
    r"(?:[ \t]+" + _WORD + r"){0,2}[ \t]+$"
)
_INSTITUTION = re.compile(
    r"(?<![\w])(?i:câmara municipal|prefeitura|ayuntamiento|comune|mairie|universidade|universidad|université"
    r"|università|university|virgen|virgem|nossa senhora|nuestra señora|notre-dame|notre dame|madonna"
    r"|santuario|santuário|sanctuaire|sanctuary|basílica|basilica|basilique|catedral|cathédrale|cathedral|aeropuerto"
    r"|aeroporto|aéroport|airport|diocese|diócesis|arquidiocese|cidade|ciudad|ville|città|city|prov[ií]ncia"
    r"|camino|caminho|cammino|chemin|way|devota|devoto|devotas|devotos|devote|devout)"
    r"[ \t]+(?i:de|di|do|da|del|du|of)[ \t]+$"
)

# the country or region a city is "of" in its own name
_CITY_OF = re.compile(r"[ \t]+de[ \t]+(?:Chile|Compostela|Cuba|Querétaro|Queretaro|los Caballeros)(?![\w])")


def place_not_person(text: str, span: PiiSpan) -> bool:
    """Is the one-word name at ``span`` a place named like a person, in a place's position?"""
    word = text[span.start : span.end]
    if " " in word or _plain(word.rstrip(".")) not in PLACE_NAMES_TOO:
        return False
    if _CITY_OF.match(text, span.end):
        return True  # "Santiago de Chile", "Santiago de Compostela"
    head = text[max(0, span.start - 60) : span.start]
    prep = _LOCATIVE.search(head)
    if prep is None:
        return False
    if prep.group().split()[0].casefold() in _WHERE_ONLY:
        return True
    before = head[: prep.start()]
    return _MOTION.search(before) is not None or _INSTITUTION.search(head) is not None
