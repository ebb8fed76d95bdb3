"""A surname missing from the lexicon in the middle of a sentence, set off by a comma and followed
by the personal pronoun that goes on about that person: "referred by Haverkamp, she wants the
clutch", "teruggebeld naar Ouwerkerk, zij komt vrijdag", "appelé Lestringant, elle passe
samedi", "llamé a Arrizabalaga, ella quiere …"; or by a relative pronoun only a person takes
("a gift for Ray, who takes over", "un regalo para Nuria, quien se jubila").

Only a word after a word that introduces a person ("by", "with", "for", "called back", "door",
"namens", "par", "avec", "con", "com": not "at", "in", "naar", a shop or a town), unknown to the lexicon of ordinary words, places, months and brands ("in Milano, she …"), and
only before a pronoun of a person in the third person singular (not the German "sie" / "er",
whose capitalised nouns would pass as names, nor the Italian "il" / "lei", an article and a
courtesy form too).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.guard import NAME, UNKNOWN, classify, is_place_month_or_brand, is_vocabulary

__all__ = ["pronoun_subject_names"]

# and a relative pronoun only a person takes ("for Ray, who takes over", "para Ramiro, quien …")
_PRONOUNS = ("she", "he", "zij", "hij", "elle", "ella", "él", "ela", "ele", "who", "quien")
_HAS_PRONOUN = Gate(tuple(f", {p} " for p in _PRONOUNS))
# The word before says a person follows: "by", "with", "for", "called back", "door", "namens" …
# (not "at", "in", "to", "naar": a shop, a town)
_PERSON_BEFORE = (
    "by with for back called rang phoned emailed texted met thanked told asked "
    "door met voor namens gebeld teruggebeld belde gesproken sprak "
    "par avec pour appelé rappelé contacté con para por llamé llamó com pelo pela"
)
_BEFORE_PRONOUN = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(_PERSON_BEFORE.split())})[ \t]+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{{2,}}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{{2,}})?)"
    rf",[ \t](?:{'|'.join(_PRONOUNS)})[ \t]+(?=[a-zà-öø-ÿ])"
)


def _unknown(word: str) -> bool:
    return classify(word) in (UNKNOWN, NAME) and not is_vocabulary(word) and not is_place_month_or_brand(word)


def pronoun_subject_names(text: str) -> list[PiiSpan]:
    """Unknown capitalised words before ", she / he / zij / elle …" (see the module)."""
    if not _HAS_PRONOUN(text):
        return []
    return [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _BEFORE_PRONOUN.finditer(text)
        if all(_unknown(part) for part in m.group(1).split("-"))
    ]
