"""Occasion words that only refer to something else in the note: a holiday naming a shop window or
placing another occasion in time, a title abbreviated like an occasion (:mod:`.holiday_references`), and a
wedding word after a shortened anniversary word and an ordination's anniversary (:mod:`.short_anniversaries`: "aniv. boda",
"Ordination anniv.")."""

from lvmh_pipeline.lib.concepts.occasions.references.holiday_references import other_references
from lvmh_pipeline.lib.concepts.occasions.references.short_anniversaries import ordination_anniversaries, short_anniversaries

__all__ = ["ordination_anniversaries", "other_references", "short_anniversaries"]
