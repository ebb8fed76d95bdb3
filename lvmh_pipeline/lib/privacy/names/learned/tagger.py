"""Person names found by the learned name tagger.

The model (``taxonomy/name_tagger.npz``, written by :mod:`.training`) is a linear classifier over
the hashed features of :mod:`.features`, stored as the Art. 9 tagger's is (classes ``O`` and
``NAME``; :func:`..special.learned.tagger.load_model`). It runs after the rules, on the text they
left: a span starts at a token whose probability of being part of a name is at least ``seed`` and
grows over the adjacent tokens (separated only by spaces, hyphens or apostrophes; kana and CJK
characters touch) of at least ``grow``. Placeholders, digits, the guards' places, months and
brands ("Jun", "Санкт"), product words ("Sac") and the words that name a place or an organisation
("Villa", "Sainte") are never in a span; the word after one of those ("Sainte-Anne", "Laan van de
Vrijheid", "Sac Louise": a line) and the words of :func:`_may_open` never open one; a span of one
CJK character or Hangul syllable, or inside a public figure's name ("Ralph Lauren"), is dropped; a
particle glued to a Hangul name stays ("[NAME]가"); a Hangul word whose form is a verb's or a clause's
(:mod:`.korean_forms`) or a taxonomy term with its particle ("베이지로") is no name. Every other occurrence of a name it finds goes
too (the caller adds it to the note's names).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lvmh_pipeline.lib.common.text import normalize
from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, classify, is_famous, is_place_month_or_brand, names_a_place_or_org
from lvmh_pipeline.lib.privacy.names.guard_words import PRODUCT_WORDS
from lvmh_pipeline.lib.privacy.names.guard_words.never_persons import never_a_person
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import COMPOUND_FIRST
from lvmh_pipeline.lib.privacy.names.scripts.japanese import SAMA_COMPOUND_BEFORE
from lvmh_pipeline.lib.privacy.names.houses import product_line
from lvmh_pipeline.lib.privacy.names.venues import venue_name
from lvmh_pipeline.lib.privacy.names.extents.word_uses import named_institution
from lvmh_pipeline.lib.privacy.names.extents.worn_words import worn_after_with
from lvmh_pipeline.lib.privacy.names.learned.features import feature_rows, tokens
from lvmh_pipeline.lib.privacy.names.guard_words.korean_forms import hangul_tail, korean_word_form
from lvmh_pipeline.lib.privacy.special.learned.features import Token
from lvmh_pipeline.lib.privacy.special.learned.tagger import TaggerModel, load_model
from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["DEFAULT_MODEL", "learned_names"]

DEFAULT_MODEL = Path(__file__).resolve().parents[4] / "taxonomy" / "name_tagger.npz"
SEED_PROBABILITY = 0.8  # chosen by bench/bench_taggers.py (writer rounds held out), never on the held-out sets
GROW_PROBABILITY = 0.5
_SENTENCE_PREPOSITIONS = frozenset(("Von", "Vom", "Van", "Zu", "Zum", "Zur", "De", "Del", "Da", "Di", "Du", "Des", "Dos", "Das"))
_JOINER = re.compile(r"[ \-'’]*")
# a particle glued after a Hangul name of two syllables or more stays ("민수가" → "[NAME]가")
_HANGUL_PARTICLE = re.compile(r"(?<=[가-힣]{2})(?:이가|이는|이랑|이를|에게|한테|께서|은|는|가|을|를|의|도|와|과|랑)$")


@lru_cache(maxsize=1)
def _default_model() -> TaggerModel:
    return load_model(DEFAULT_MODEL)


def learned_names(text: str, model: TaggerModel | None = None, seed: float = SEED_PROBABILITY,
                  grow: float = GROW_PROBABILITY) -> list[PiiSpan]:
    """``NAME`` spans of ``text`` by the tagger."""
    toks = tokens(text)
    # only the tokens that may open a name are scored first (most words of a note may not); a
    # neighbour's probability is read when a span would grow over it
    openers = [i for i, tok in enumerate(toks)
               if _may_tag(text, tok) and _may_open(text, toks, i) and not _after_naming_word(text, toks, i)]
    if not openers:
        return []
    model = model or _default_model()
    name = dict(zip(openers, model.probabilities(feature_rows(text, toks, openers))[:, 1].tolist()))

    def probability(k: int) -> float:
        if k not in name:
            name[k] = float(model.probabilities(feature_rows(text, toks, [k]))[0, 1])
        return name[k]

    spans: list[PiiSpan] = []
    n, after = len(toks), -1
    for i in openers:
        if i <= after or name[i] < seed:
            continue
        lo = hi = i
        while (lo > 0 and lo - 1 > after and _may_tag(text, toks[lo - 1]) and _joined(text, toks[lo - 1], toks[lo])
               and not _particle(text, toks[lo - 1]) and not _opening_preposition(text, toks, lo - 1)
               and probability(lo - 1) >= grow):
            lo -= 1
        while (hi + 1 < n and _may_tag(text, toks[hi + 1]) and _joined(text, toks[hi], toks[hi + 1])
               and not _particle(text, toks[hi]) and probability(hi + 1) >= grow):
            hi += 1
        after = hi
        end = toks[hi].end
        if particle := _particle(text, toks[hi]):
            end = particle.start()
        if (end - toks[lo].start < 2 or _famous(text, toks, lo, hi) or product_line(text, toks[lo].start, end)
                or _after_naming_word(text, toks, lo) or venue_name(text, toks[lo].start, end)
                or named_institution(text, toks[lo].start)  # "جامعة الملك سعود"
                or worn_after_with(text, toks[lo].start, end)  # "kam mit Bart": a beard
                or (text[end : end + 1] == "様" and text[end - 1] in SAMA_COMPOUND_BEFORE)  # 花模様: a pattern
                or text[toks[lo].start : end] in COMPOUND_FIRST):  # "عبد حسب الطلب": a compound name's head alone
            continue  # one CJK character or Hangul syllable alone ("王様", "고 회장님"); "Ralph Lauren"; "Berluti Andy"; "loja Oscar Freire"
        spans.append(PiiSpan(toks[lo].start, end, "NAME"))
    return [
        s for s in spans
        if not _in_phrase_concept(text, s.start, s.end) and not never_a_person(text, s) and not korean_word_form(text, s.start, s.end)
    ] if spans else spans


_DENSE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]+")


def _in_phrase_concept(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a concept alias of several words ("Chef Pâtissier", "Santos
    Dumont") or of two or more dense-script characters ("美国", "香港"): a profession, a product or a
    place the taxonomy names, no person?"""
    from lvmh_pipeline.lib.concepts.context import default_taxonomy
    from lvmh_pipeline.lib.concepts.matcher import get_matcher

    nt = normalize(text)
    for m_start, m_end, _concept, _confidence in get_matcher(default_taxonomy()).find(nt, None):
        lo, hi = (m_start, m_end) if nt.starts is None else nt.to_original(m_start, m_end)
        alias = text[lo:hi].strip()
        if lo <= start and end <= hi and (" " in alias or len(alias) >= 2 and _DENSE.fullmatch(alias)):
            return True
        if lo == start and hi < end and len(alias) >= 2 and _DENSE.fullmatch(alias) and hangul_tail(text, hi, end):
            return True  # "베이지로": the term and its particle
    return False


def _may_tag(text: str, token: Token) -> bool:
    surface = text[token.start : token.end]
    return (not token.placeholder and not token.word.isdigit() and token.word not in PRODUCT_WORDS
            and not is_place_month_or_brand(surface) and not names_a_place_or_org(surface))


def _after_naming_word(text: str, toks: list[Token], i: int) -> bool:
    """The token follows a word that names a place or an organisation, lower-case particles between
    ("Sainte-Anne", "Via Rossi", "Laan van de Vrijheid"), a product word ("Sac Louise": a line), or a
    preposition opening a sentence ("Von Haushaltshandschuhen bekommt sie …": the rules read names there)."""
    if i > 0 and _joined(text, toks[i - 1], toks[i]) and (
        toks[i - 1].word in PRODUCT_WORDS or _opening_preposition(text, toks, i - 1)
    ):
        return True
    j = i - 1
    while j > 0 and toks[j].word == text[toks[j].start : toks[j].end] and len(toks[j].word) <= 3 and _joined(text, toks[j], toks[j + 1]):
        j -= 1
    return j >= 0 and _joined(text, toks[j], toks[j + 1]) and names_a_place_or_org(text[toks[j].start : toks[j].end])


def _may_open(text: str, toks: list[Token], i: int) -> bool:
    """Words that join a name but open none: in a script with capitals, a word of one or two
    letters ("O" of "O'Brien", "De Winkel", "El") or one without a capital ("van", "den"); a name
    that is an ordinary word too ("Rose", "Weiß", "نور", "하늘이" with its particle: the rules read those
    after a cue only); a
    bare Hangul word opening a sentence ("한결 가벼운 …": a name there has an honorific or a particle);
    a particle that is a preposition opening a sentence ("Von Gummihandschuhen bekommt sie …")."""
    token = toks[i]
    surface = text[token.start : token.end]
    if surface.lower() != surface.upper() and (len(surface) < 3 or not surface[0].isupper()):
        return False
    if "\uac00" <= surface[0] <= "\ud7a3" and not _particle(text, token) and _opens_sentence(text, toks, i):
        return False
    if _opening_preposition(text, toks, i):
        return False
    if particle := _particle(text, token):  # "바다가 보이는": the word before the particle decides (the sea)
        surface = text[token.start : particle.start()]
    elif len(surface) >= 3 and surface[-1] == "이" and "\uac00" <= surface[0] <= "\ud7a3":
        # the subject particle 이 (left out of _HANGUL_PARTICLE: names end in 이 too): "하늘이 맑음" (the sky)
        return classify(surface[:-1]) != AMBIGUOUS and classify(surface) != AMBIGUOUS
    return classify(surface) != AMBIGUOUS


def _opening_preposition(text: str, toks: list[Token], i: int) -> bool:
    """A preposition that is also a name particle, opening a sentence: "Von Gummihandschuhen …"."""
    return text[toks[i].start : toks[i].end] in _SENTENCE_PREPOSITIONS and _opens_sentence(text, toks, i)


def _opens_sentence(text: str, toks: list[Token], i: int) -> bool:
    gap = text[toks[i - 1].end : toks[i].start] if i else ""
    return i == 0 or any(c in gap for c in ".!?\n:;。")


def _famous(text: str, toks: list[Token], lo: int, hi: int) -> bool:
    """The span is, or is part of, a public figure's name or a house named after one."""
    first, last = max(0, lo - 2), min(len(toks) - 1, hi + 2)
    return any(is_famous(text[toks[a].start : toks[b].end]) for a in range(first, lo + 1) for b in range(hi, last + 1) if a < b)


def _particle(text: str, token: Token) -> re.Match[str] | None:
    """The particle that ends a Hangul token (a name never runs past it)."""
    return _HANGUL_PARTICLE.search(text, token.start, token.end)


def _joined(text: str, left: Token, right: Token) -> bool:
    return _JOINER.fullmatch(text, left.end, right.start) is not None
