"""A name missing from the lexicon after a kin word that opens a sentence, then a verb or a
possessive: "Sohn Janek macht im Juni Abitur", "Son Ezra's graduation is in May", "Hija Xiomara
se casa en junio", "Daughter Elowen turns 18".

:func:`.kin.kin_names` takes an unknown word after a kin word only inside a phrase ("mit
Tochter Paulina"): a telegraphic note lists kin and schools ("Daughter Harvard, son Eton"). A
verb (a lower-case word) or a possessive before a noun after the word makes it a person. An
English kin word needs the possessive or an English verb ("Wife Tatler editor" describes her;
the French "Son Birkin est…" is a bag). A known given name that is a word too ("Will", "Paz")
needs a possessive, a contact after a colon, or after an English kin word an English verb ("Husband
Grant pays").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import scan
from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, UNKNOWN, classify, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.positions.pairs import _LOWER_AFTER
from lvmh_pipeline.lib.privacy.names.positions.words import _CAP_RE, _GAP_THEN_UPPER, _given_form

__all__ = ["opening_kin_names"]

_OPENING = re.compile(r"(?:^|[.!?\n:;])[ \t]*$")
_POSSESSIVE_NOUN = re.compile(r"['’]s[ \t]+[a-z]")
_RU_ADJECTIVE_ENDINGS = ("ой", "ый", "ий", "ая", "ое", "ые", "ого", "ому")
# A contact after a colon: an e-mail, a handle or a phone number
_CONTACT_AFTER = re.compile(r"[ \t]*[:：][ \t]*(?:[\w.+\-]+@|@|\+?\d[\d \-]{6,})")
_ENGLISH_VERB = re.compile(
    r"[ \t]+(?:is|was|has|had|will|would|wants|loves|likes|turns|turned|prefers|graduates|starts|gets|needs|comes|came|"
    r"marries|celebrates|collects|chose|picked|asked|said|just|also|pays|paid|works|lives|called|phoned|rang|emailed|"
    r"texted|booked|bought|wanted|loved|liked|hates|does|doesn't|can|can't|won't|isn't|wasn't|adores|wears|joined)(?![\w'’])"
)
# English kin words: the next word must be a verb ("Wife Tatler editor": a telegraphic description)
_ENGLISH_KIN = frozenset(
    "son daughter wife husband partner fiancé fiancée fiance fiancee granddaughter grandson niece nephew mother father "
    "mum mom dad sister brother girlfriend boyfriend godson goddaughter stepson stepdaughter".split()
)


def opening_kin_names(text: str) -> list[PiiSpan]:
    """Unknown capitalised words (three to nine letters: no German compound noun) after a
    capitalised kin word opening a sentence, before a verb or a possessive and a noun; not a
    place, a brand, an ordinary word, a Russian adjective nor a run of proper nouns."""
    spans = []
    for kin_start, stop, kin_word in scan(text).kin:
        if not kin_word[0].isupper() or kin_word.isupper() or text[stop : stop + 1] != " ":
            continue  # "PA System": an abbreviated post opening a sentence names no one by itself
        if not _OPENING.search(text, max(0, kin_start - 4), kin_start):
            continue
        first = _CAP_RE.match(text, stop + 1)
        if not first or first.start() != stop + 1:
            continue
        end = first.end() - 2 if first.group().endswith(("'s", "’s")) else first.end()
        word = text[first.start() : end]
        if not 3 <= len(word) <= 9 or word.isupper() or "-" in word or is_place_month_or_brand(word):
            continue
        if word.endswith(_RU_ADJECTIVE_ENDINGS):
            continue  # "Подруга Большой театр": a Russian adjective, not a name
        possessive = _POSSESSIVE_NOUN.match(text, end)
        if classify(word) == AMBIGUOUS and _given_form(word):
            english_verb = kin_word.casefold() in _ENGLISH_KIN and _ENGLISH_VERB.match(text, end)
            if possessive or _CONTACT_AFTER.match(text, end) or english_verb:
                # "Son Will's party", "Hija Paz: 6…", "Husband Grant pays": the verb says a person
                spans.append(PiiSpan(first.start(), end, "NAME"))
            continue
        if classify(word) != UNKNOWN or is_vocabulary(word):
            continue
        if kin_word.casefold() in _ENGLISH_KIN:
            if not (possessive or _ENGLISH_VERB.match(text, end)):
                continue
        elif not (possessive or _LOWER_AFTER.match(text, end)):
            continue
        if not possessive and _GAP_THEN_UPPER.match(text, end):
            continue  # "Tochter Real Madrid": a run of proper nouns
        spans.append(PiiSpan(first.start(), end, "NAME"))
    return spans
