"""A member of a client's staff named after a label, before their contact: "Chófer: Ramiro, 612 448
903", "Driver – Obi (07700 …)", "Assistente: Paola Neri, paola@…", "Nanny: Wren.".

A staff word used as a field label (a colon or a dash after it, or the word opening a line or a
sentence) is followed by the person's name, then what a contact field holds — a phone number, an
e-mail, a bracket — or the end of the sentence. The name may be missing from the lexicon; it is no
ordinary word, place, month or brand ("Driver: Mercedes, booked", "Chauffeur: Uber").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_famous, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.lexicon import ASSISTANT_WORDS

__all__ = ["staff_label_names"]

_STAFF = "|".join(sorted((re.escape(w) for w in ASSISTANT_WORDS), key=len, reverse=True))
_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё'’]{2,}(?:-[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]+)?"
_LABEL = re.compile(
    rf"(?:^|(?<=[.;:\n•|/])|(?<=[.;\n•|/][ \t])|(?<=\()|(?<=,[ \t]))(?i:{_STAFF})[ \t]*(?:[:：]|[—–-][ \t])[ \t]*"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD})?)"
    # then a contact, a bracket, or the end of the sentence
    r"(?=[ \t]*(?:[,;/–—-][ \t]*(?:\+|\(?\d|\[|[\w.+-]+@)|\(|\.(?:[ \t]|$)|$|\n))"
)
_GATE = tuple(w for w in ASSISTANT_WORDS)


def staff_label_names(text: str) -> list[PiiSpan]:
    if ":" not in text and "–" not in text and "—" not in text and " - " not in text:
        return []
    low = text.casefold()
    if not any(w in low for w in _GATE):
        return []
    spans = []
    for m in _LABEL.finditer(text):
        words = m.group("name").split()
        if any(classify(w) == COMMON or is_vocabulary(w) or is_place_month_or_brand(w) for w in words):
            continue
        if is_famous(m.group("name")) or any(w.isupper() for w in words):
            continue
        spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
    return spans
