"""Spans of special-category wording found by the learned tagger.

The model (``taxonomy/art9_tagger.npz``, written by :mod:`.training`) is a one-vs-rest linear
classifier over the hashed features of :mod:`.features`: per token, a score for "no fact" and for
each Art. 9 category, turned into probabilities as scikit-learn's ``predict_proba`` does. A span
starts at a token whose probability of being part of a fact is at least ``seed`` and grows over the
adjacent tokens (separated only by spaces, hyphens or apostrophes) of at least ``grow``; its
category is the one with the highest summed probability over its tokens. Placeholders, words of
one letter, the keep phrases of the lexicon and the taxonomy's business wording (:mod:`.guards`) are
never in a span, nor are habitual weekdays (``guards.readable_spans``), and a run that touches a
kept word is dropped (its negator or verb: "não festeja aniversários" keeps its meaning or goes
whole with the lexicon); a preposition, article or conjunction never opens or closes a span; a run of light words
alone ("très", "после", "há": :mod:`.light`) is no fact, nor is a meeting named alone ("assembleia") or a
specialist's noun in apposition to a named person ("Dra. [NAME], psiquiatra": a profession); a run in a
katakana loanword takes the whole word ("[パー]トナー" → "[パートナー]"), one that cuts a word inside its kana is
an inflection ("気に入っ[てら]っしゃいました": dropped, :func:`.guards.kana_cut`), an aside ("bedoel ik") never closes a run, and an
opposite-sex spouse alone ("haar man", or "son compagnon" of a "madame": :mod:`.owners`) is no orientation; a conjunction inside a run stays readable
(:mod:`special.extent.conjunctions`).
The tagger runs after the lexicon, on the text it left; it only adds spans.
Arrays only: the file is read with ``allow_pickle=False``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np

from lvmh_pipeline.lib.privacy.special.extent.conjunctions import split_conjunctions
from lvmh_pipeline.lib.privacy.special.learned.features import HASH_BITS, Token, feature_rows, tokens
from lvmh_pipeline.lib.privacy.special.learned.guards import kana_cut, kept_spans, readable_spans, whole_kanji
from lvmh_pipeline.lib.privacy.special.learned.light import ASIDES, GATHERINGS, LIGHT_WORDS, opposite_spouse
from lvmh_pipeline.lib.privacy.special.learned.owners import owned_by_other_gender
from lvmh_pipeline.lib.privacy.special.offices.seats import seats_beside_parties
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.origin.generations import is_generation

__all__ = ["DEFAULT_MODEL", "TaggerModel", "learned_spans", "load_model"]

DEFAULT_MODEL = Path(__file__).resolve().parents[4] / "taxonomy" / "art9_tagger.npz"
SEED_PROBABILITY = 0.65
GROW_PROBABILITY = 0.5
# an origin the tagger reads in one word alone before a word for people ("Korean couple", "famille
# libanaise" is not this shape) is a nationality describing people, never an origin by the tagger alone:
# most writers count a nationality alone as none (the lexicon's heritage rules read the explicit forms).
# Session 37 asked a probability of 0.75 for it; the tagger retrained in session 41 passes that on
# "Korean couple" (one writer labelled a lone "coreano" ORIGIN), so the shape is no longer a threshold.
_PERSON_NOUNS = frozenset(
    "couple couples family families client clients customer customers lady gentleman man woman gentlemen ladies "
    "tourist tourists expat expats businessman businesswoman".split()
)
# Prepositions, articles and conjunctions never open or close a run: "viene [con] su novio", "[vom] Stadtrat".
_EDGE_WORDS = frozenset("""
with of from to for at in on by and or the a an
avec de du des le la les au aux et ou en chez par pour sur dans
mit von vom zum zur im am und oder der die das den dem des ein eine bei für
con de del la el los las al y o en por para su sus
com de do da dos das o os a as e ou em no na por para
met van de het een en of in op bij voor aan
con di del della dei il lo la gli le e o in per da al alla
с со и или в на у от к по за из
و أو في من مع على الى إلى عن
""".split())
_JOINER = re.compile(r"[ \-'’]*")
# A medical specialist's noun right after a named person, as an apposition ("Dra. [NAME], psiquiatra",
# "[NAME] (cardiologue)") is that person's profession, which stays readable (the taxonomy's professions):
# the tagger reads it as a condition when the taxonomy does not list it.
_SPECIALIST = re.compile(r"[^\W\d_]{3,}(?:iatra|iatre|iater|iatrist|olog|ologa|ologo|ologe|ologin|ologist|ologue|oloog|"
                         r"олог|ologista|ólogo|óloga|ologo|ologa)s?")
_AFTER_NAME = re.compile(r"\[NAME\][ \t]*[,(][ \t]*\Z")


@dataclass(frozen=True)
class TaggerModel:
    """Weights (``2**HASH_BITS`` × classes, float32), intercepts and class names ("O" first)."""

    weights: np.ndarray
    intercept: np.ndarray
    classes: tuple[str, ...]

    def probabilities(self, rows: list[list[int]]) -> np.ndarray:
        """One row of class probabilities per token (``feature_rows`` output)."""
        if not rows:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        flat = np.array(list(chain.from_iterable(rows)), dtype=np.int64)
        starts = np.cumsum([0, *map(len, rows[:-1])])
        scores = np.add.reduceat(self.weights[flat], starts, axis=0) + self.intercept
        odds = 0.5 + 0.5 * np.tanh(0.5 * scores)  # the logistic function, without overflow
        return odds / odds.sum(axis=1, keepdims=True)


def load_model(path: Path | str = DEFAULT_MODEL) -> TaggerModel:
    """The tagger stored at ``path`` (arrays only, no pickles)."""
    with np.load(path, allow_pickle=False) as stored:
        weights = stored["weights"].astype(np.float32)
        intercept = stored["intercept"].astype(np.float32)
        classes = tuple(json.loads(str(stored["classes"])))
    if weights.shape != (1 << HASH_BITS, len(classes)) or classes[0] != "O":
        raise ValueError(f"{path}: not an Art. 9 tagger for {HASH_BITS}-bit features ({weights.shape}, {classes})")
    return TaggerModel(weights, intercept, classes)


@lru_cache(maxsize=1)
def _default_model() -> TaggerModel:
    return load_model(DEFAULT_MODEL)


def learned_spans(text: str, language: str | None = None, model: TaggerModel | None = None,
                  seed: float = SEED_PROBABILITY, grow: float = GROW_PROBABILITY) -> list[PiiSpan]:
    """Special-category spans of ``text`` by the tagger (category kinds: ``HEALTH`` …);
    ``language`` (the note's) selects the allergy and diet wording kept first (:mod:`.guards`)."""
    toks = tokens(text)
    if not toks:
        return []
    model = model or _default_model()
    probs = model.probabilities(feature_rows(toks))
    fact = 1.0 - probs[:, 0]
    if not (fact >= seed).any():
        return []
    kept = [False] * len(toks)
    for lo, hi in kept_spans(text, language):
        for k, tok in enumerate(toks):
            if tok.start < hi and lo < tok.end:  # a kept function word ("la" of an alias) guards no neighbour
                fact[k], kept[k] = 0.0, tok.word not in _EDGE_WORDS
    for lo, hi in readable_spans(text):
        for k, tok in enumerate(toks):
            if tok.start < hi and lo < tok.end:
                fact[k] = 0.0
    spans: list[PiiSpan] = []
    i, n = 0, len(toks)
    while i < n:
        if fact[i] < seed or not _may_start(toks[i]):
            i += 1
            continue
        lo = hi = i
        while lo > 0 and fact[lo - 1] >= grow and _joined(text, toks[lo - 1], toks[lo]) and _may_start(toks[lo - 1]):
            lo -= 1
        while hi + 1 < n and fact[hi + 1] >= grow and _joined(text, toks[hi], toks[hi + 1]) and _may_start(toks[hi + 1]):
            hi += 1
        i = hi + 1
        while lo <= hi and toks[lo].word in _EDGE_WORDS:
            lo += 1
        while hi >= lo and (toks[hi].word in _EDGE_WORDS or toks[hi].word in ASIDES):
            hi -= 1
        if all(t.word in LIGHT_WORDS or t.word in _EDGE_WORDS for t in toks[lo : hi + 1]):
            continue  # "très", "с половиной", "há": no fact by themselves (:mod:`.light`)
        if all((t.word in GATHERINGS and text[t.start : t.end].islower()) or t.word in _EDGE_WORDS for t in toks[lo : hi + 1]):
            continue  # "depois da assembleia": a meeting alone is nobody's faith (:mod:`.light`; "na Assembleia" is a parliament)
        if lo == hi and _SPECIALIST.fullmatch(toks[lo].word) and _AFTER_NAME.search(text[max(0, toks[lo].start - 12) : toks[lo].start]):
            continue  # "Dra. [NAME], psiquiatra": the named person's profession, kept readable
        if lo > hi:
            continue
        if _beside_kept(text, toks, kept, lo, hi):
            continue  # "não festeja | aniversários": its words would change a kept concept's meaning
        category = model.classes[1 + int(probs[lo : hi + 1, 1:].sum(axis=0).argmax())]
        if category == "ORIENTATION" and (opposite_spouse([t.word for t in toks[lo : hi + 1]])
                                          or owned_by_other_gender(text, toks[lo].start, toks[hi].end)):
            continue  # "haar man", "his wife", "Madame … son compagnon": family (:mod:`.light`, :mod:`.owners`)
        if category == "ORIGIN" and lo == hi and _before_person_noun(toks, hi):
            continue  # "Korean couple living in London": a nationality describing people
        if category == "ORIGIN" and generation_alone(text, toks[lo].start, toks[hi].end, spans):
            continue  # "brand famiglia terza generazione": a generation with no origin before it
        start, end = _katakana_word(text, toks[lo].start, toks[hi].end)  # "[パー]トナー" → "[パートナー]"
        if kana_cut(text, start, end):
            continue  # "気に入っ[てら]っしゃい": inside a word's kana, no noun (:mod:`.guards`)
        start = max(start, spans[-1].end if spans else 0)
        if start < end:
            spans.append(PiiSpan(start, end, category))
    spans = whole_kanji(text, spans)  # "[施]設[に入られ]" → "[施設に入られ]" (:mod:`.guards`)
    spans = seats_beside_parties(text, spans)  # "[vereador] em Campinas [pelo PT]" (:mod:`special.offices.seats`)
    return split_conjunctions(text, spans)  # "[asthma] and [bronchitis]": the conjunction stays readable


def generation_alone(text: str, start: int, end: int, found: list[PiiSpan]) -> bool:
    """Is ``text[start:end]`` a generation phrase ("terza generazione") with no origin before it — no
    ``[ORIGIN]`` of the lexicon and no ORIGIN run of this pass (``found``) in the 40 characters before?
    Alone it states no origin (a family firm's third generation)."""
    if not is_generation(text[start:end]):
        return False
    return not ("[ORIGIN]" in text[max(0, start - 40) : start]
                or found and found[-1].kind == "ORIGIN" and start - found[-1].end <= 40)


def _katakana(char: str) -> bool:
    return "\u30a0" <= char <= "\u30ff" or "\uff66" <= char <= "\uff9f"


def _katakana_word(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to the whole run of katakana it starts or ends in (one loanword: the
    tagger reads single characters, "[パー]トナー")."""
    if _katakana(text[start]):
        while start > 0 and _katakana(text[start - 1]):
            start -= 1
    if _katakana(text[end - 1]):
        while end < len(text) and _katakana(text[end]):
            end += 1
    return start, end


def _before_person_noun(toks: list[Token], i: int) -> bool:
    return i + 1 < len(toks) and toks[i + 1].word in _PERSON_NOUNS


def _beside_kept(text: str, toks: list[Token], kept: list[bool], lo: int, hi: int) -> bool:
    """The run ``toks[lo..hi]`` touches a kept word (only joiners between): it is that word's negator,
    verb or modifier ("não festeja aniversários", "nem Natal"), which must not go without it."""
    return (lo > 0 and kept[lo - 1] and _joined(text, toks[lo - 1], toks[lo])) or (
        hi + 1 < len(toks) and kept[hi + 1] and _joined(text, toks[hi], toks[hi + 1]))


def _may_start(token: Token) -> bool:
    return not token.placeholder and (len(token.word) > 1 or ord(token.word) > 0x2FFF)


def _joined(text: str, left: Token, right: Token) -> bool:
    """Only spaces, hyphens or apostrophes between two tokens (dense-script neighbours touch)."""
    return _JOINER.fullmatch(text, left.end, right.start) is not None
