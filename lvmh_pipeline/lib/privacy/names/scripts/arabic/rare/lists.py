"""The family names of a list after a plural title ("السيدات X، Y، Z.", "السادة X وY"): after the
plural title every item of the list is a person, the last one too, whether the lexicon knows it
or not. An item is one word (two with its particle "بن" / "آل" / "أبو"), no listed or frequent
word, adjective or plural; the list ends at a full stop, a colon, a line or a word that is no item
(a name the lexicon knows among the items, there too)."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon.frequent import ar_frequent
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.rare.words import rare_family
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _EXCLUDED

__all__ = ["plural_title_lists"]

_LETTER = "\u0621-\u064a"
_PLURAL_TITLES = "السيدات|السادة|السادات|الأساتذة|الاساتذة|الأستاذات|الاستاذات|الدكاترة|العميلات|العملاء|الزبونات|الزبائن|الآنسات|الانسات"
_GATE = re.compile(_PLURAL_TITLES)
_ITEM = re.compile(rf"((?:(?:بن|آل|أبو|ابو)[ \t]+)?[{_LETTER}]{{3,}})(?![{_LETTER}])")
_SEPARATOR = re.compile(r"[ \t]*(?:[،,][ \t]*(?:و(?=[\u0621-\u064a]))?|[ \t]+و(?=[\u0621-\u064a]))")
_END = re.compile(r"[ \t]*(?:[.:؛;!؟?\n)\]]|$)")


def _known(word: str) -> bool:
    last = word.split()[-1]
    return last in person_names().given or last in person_names().surnames


def _item(word: str) -> bool:
    last = word.split()[-1]
    if _known(word):
        return True
    if last.startswith("ال"):
        return rare_family(last)  # "الجديدات", "الكبار": adjectives of the ladies, no names
    return last not in _EXCLUDED and not ar_frequent(last) and not last.endswith(("ات", "ين"))


def plural_title_lists(text: str) -> list[PiiSpan]:
    """Every item of a list of names after a plural title (see the module)."""
    if not _GATE.search(text):
        return []
    spans = []
    for title in re.finditer(rf"(?<![{_LETTER}])(?:{_PLURAL_TITLES})[ \t]+", text):
        items, i = [], title.end()
        while (m := _ITEM.match(text, i)) and _item(m.group(1)):
            items.append(m)
            sep = _SEPARATOR.match(text, m.end())
            if not sep:
                break
            i = sep.end()
        if len(items) >= 2 and (_END.match(text, items[-1].end()) or any(_known(m.group(1)) for m in items)):
            spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in items]
    return spans
