"""Text of the client cards in plain words: a prediction's drivers as sentences."""

from __future__ import annotations

from collections.abc import Mapping

from lvmh_pipeline.lib.scoring.driver_text import driver_sentence, split_drivers

__all__ = ["concept_categories", "driver_texts"]


def driver_texts(drivers: object, categories: Mapping[str, str] | None = None) -> list[str]:
    """A client's signed driver names (``+spend_365d_log``) as sentences in plain words
    (:mod:`lvmh_pipeline.lib.scoring.driver_text`), each sentence once, strongest first;
    ``categories`` (concept label → taxonomy category) chooses how a concept is phrased."""
    sentences = (driver_sentence(d, categories=categories) for d in split_drivers(drivers))
    return list(dict.fromkeys(s for s in sentences if s))


def concept_categories() -> dict[str, str]:
    """Concept label → taxonomy category of the shipped taxonomy (loaded once; {} if it cannot be)."""
    from lvmh_pipeline.lib.scoring.report import concept_categories as categories

    return categories()
