"""Literal gates of the identifier detectors, all answered by one scan of a text.

A detector skips a whole-note regex when the note holds none of the words that every match of
that regex holds (``_APP_WORDS(caseless(text))`` before the messaging-app regex). The gates are
asked about the same few texts of a note (the note, its
:func:`~lvmh_pipeline.lib.common.text.caseless` form): one Aho-Corasick scan of a text answers
every gate, and the answers of the last few texts are kept. (The shared pass of
:class:`~lvmh_pipeline.lib.common.literals.Literals` also serves concept extraction, whose
gates ask about other texts in between and evict these.)
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import ahocorasick

__all__ = ["Gate"]


class Gate:
    """Whether a text holds one of ``literals`` (``any(w in text for w in literals)``)."""

    def __init__(self, literals: Iterable[str]) -> None:
        words = tuple(dict.fromkeys(literals))
        if not words or not all(words):
            raise ValueError("a gate needs non-empty literals")
        global _state
        with _LOCK:
            self._bit = 1 << len(_WORDS)
            _WORDS.append(words)
            _state = None  # the automata are built again at the next question

    def __call__(self, text: str) -> bool:
        return bool(_mask(text) & self._bit)


_LOCK = threading.Lock()
_WORDS: list[tuple[str, ...]] = []  # the literals of each gate, in the order of their bits
# "every" / "ascii": the automata (literal -> bits of its gates); "masks": text -> bits
_state: dict | None = None
_MAX_MASKS = 16


def _built() -> dict:
    global _state
    with _LOCK:
        if _state is None:
            bits: dict[str, int] = {}
            for index, words in enumerate(_WORDS):
                for word in words:
                    bits[word] = bits.get(word, 0) | (1 << index)
            every, ascii_only = ahocorasick.Automaton(), ahocorasick.Automaton()
            for word, mask in bits.items():
                every.add_word(word, mask)
                if word.isascii():  # an ASCII text holds none of the others: a smaller automaton
                    ascii_only.add_word(word, mask)
            every.make_automaton()
            if len(ascii_only):
                ascii_only.make_automaton()
            _state = {"every": every, "ascii": ascii_only if len(ascii_only) else None, "masks": {}}
        return _state


def _mask(text: str) -> int:
    """OR of the bits of the gates with a literal in ``text``."""
    state = _state or _built()
    masks = state["masks"]
    mask = masks.get(text)
    if mask is None:
        automaton = state["ascii"] if text.isascii() else state["every"]
        mask = 0
        if automaton is not None and text:
            for _, bits in automaton.iter(text):
                mask |= bits
        if len(masks) >= _MAX_MASKS:
            masks.clear()
        masks[text] = mask
    return mask
