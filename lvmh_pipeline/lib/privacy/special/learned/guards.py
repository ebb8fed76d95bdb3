"""Words the learned tagger leaves alone, whatever it reads in them: the keep phrases of the Art. 9
lexicon ("a gay red", "party dress": false friends the lexicon lists on purpose) and the wording of
the concept taxonomy's business categories — allergies and diets ("no animal products", "halal":
readable for client safety), occasions ("Eid", "Easter", "bar mitzvah": gift occasions; where the
lexicon reads a practice in them, "observes Ramadan", it has redacted them before the tagger runs),
products, colours, materials, styles, houses, travel, budgets and professions (kept readable on
purpose: "orthopedic surgeon", "psicologa clinica" are what the client does), and month names (an
occasion's month: "accouchée en janvier" keeps the birth's month), and a hospital named as where someone
works ("médica no Hospital da Luz"). Family words, hobbies
and lifestyle are not guarded: "il suo compagno" can state a fact. Weekdays said as a habit
("Freitags", "le vendredi") are only left readable (:func:`readable_spans`): the diet rules read them
("Freitags kein Fleisch" is a practice, not a meatless diet), but a fact beside one still goes."""

from __future__ import annotations

from lvmh_pipeline.lib.common.text import normalize
from lvmh_pipeline.lib.privacy.special.extent.workplaces import workplace_spans
from lvmh_pipeline.lib.privacy.special.practice.diet_fasts import diet_fast_words

__all__ = ["kana_cut", "kept_spans", "readable_spans", "whole_kanji"]

_KEPT_CATEGORIES = frozenset({"allergy", "diet", "occasion", "product_type", "color", "material", "style", "house", "travel",
                              "budget", "profession"})


def kept_spans(text: str, language: str | None) -> list[tuple[int, int]]:
    """Original-text spans of ``text`` the tagger must not redact."""
    from lvmh_pipeline.lib.concepts.context import concept_meta, default_taxonomy
    from lvmh_pipeline.lib.concepts.matcher import get_matcher
    from lvmh_pipeline.lib.concepts.occasions.months import find_months
    from lvmh_pipeline.lib.privacy.special.lexicon import KEEP, lexicon

    nt = normalize(text)
    spans = [nt.to_original(hit[0], hit[1]) for hit in lexicon().scan(nt) if hit[3] == KEEP]
    taxonomy = default_taxonomy()
    info = concept_meta(taxonomy).info
    spans += [nt.to_original(start, end) for start, end, concept, _ in get_matcher(taxonomy).find(nt, language)
              if info[concept][2] in _KEPT_CATEGORIES]
    spans += [nt.to_original(month.start, month.end) for month in find_months(nt, language)]  # an occasion's month
    spans += workplace_spans(text)  # "médica no Hospital da Luz": an employer (special.extent.workplaces)
    spans += diet_fast_words(text)  # a fast told as a diet (special.practice.diet_fasts)
    return spans


def readable_spans(text: str) -> list[tuple[int, int]]:
    """Original-text spans of ``text`` the tagger leaves in place without guarding their neighbours:
    the habitual weekdays the diet rules read."""
    from lvmh_pipeline.lib.concepts.constraints.diet_rules.diet_scope import habitual_days

    nt = normalize(text)
    return [nt.to_original(start, end) for start, end in habitual_days(nt)]


# Japanese: a run of the tagger that starts inside a word's kana and holds no noun (no katakana, at most
# one kanji: "気に入っ[てら]っしゃいました", "断食をされ[てる]") is an inflection, no fact; a run after a
# particle or a redaction token ([UNION], [NAME] …) is a word ("[書記長][やってる]": the writers mark the
# verb of a role), and a run with a noun keeps its kana ("[の春の選挙に]また").
_SMALL_KANA = frozenset("っゃゅょぁぃぅぇぉッャュョァィゥェォ")  # a word goes on after one
_PARTICLES = frozenset("はがをにでともへやかのねよ")


def _hiragana(char: str) -> bool:
    return "\u3041" <= char <= "\u309f"


def _kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def kana_cut(text: str, start: int, end: int) -> bool:
    """Does the run ``text[start:end]`` start inside a Japanese word's kana, with no noun in it?"""
    if start >= end or any(not _hiragana(c) and not _kanji(c) for c in text[start:end]):
        return False
    if sum(map(_kanji, text[start:end])) > 1:
        return False
    before = text[start - 1] if start else ""
    return before in _SMALL_KANA or (_hiragana(text[start]) and _hiragana(before) and before not in _PARTICLES)


# Japanese: the tagger reads single characters and may stop inside a kanji compound ("[施]設[に入られ]て",
# "[毎朝勤]行あり"): a span that ends inside a run of kanji takes the rest of that run (at most
# :data:`_KANJI_REACH` characters; not the kanji before it, a time word often: "最近[施設]"), and two spans of one kind that then touch are one. Japanese notes
# only (a note with kana): Chinese is all kanji, its words are not runs of them.
_KANJI_REACH = 2


def whole_kanji(text: str, spans: list) -> list:
    """``spans`` (PiiSpan, sorted, disjoint) with the kanji compound each one cuts made whole (see above)."""
    if not spans or not any(_hiragana(c) or "\u30a0" <= c <= "\u30ff" for c in text):
        return spans
    out: list = []
    for span in spans:
        start, end = span.start, span.end
        if _kanji(text[end - 1]):
            limit = min(len(text), end + _KANJI_REACH)
            while end < limit and _kanji(text[end]):
                end += 1
        if out and out[-1].kind == span.kind and out[-1].end >= start:
            start = out.pop().start
        elif out and out[-1].end > start:
            start = out[-1].end
        out.append(type(span)(start, end, span.kind))
    return out
