"""The extent of an Art. 9 span: the predicate that states the fact goes with a short core.

Run last in :func:`special.categories.find_special_categories`, on spans in original offsets
(:func:`extend_predicates`). The detector finds the fact's core ("[MS]", "[AVC]", "[痛風]"); where
that core is short, the words that state it are the personal data as much as the core ("hat MS",
"fait une SEP", "tiene ELA", "痛風持ち", "在做化疗"), so the span takes in:

- before an alphabetic span, the frame of its clause (:func:`.predicates.left_run`): articles,
  prepositions, possessives and focus adverbs up to the furthest verb of the run (a have / do /
  take / use verb, a candidacy or membership verb), when the run
  holds at least as many letters as the span; the subject stays readable, a run with no verb adds
  nothing, and a longer core keeps its frame readable ("Sie hat [Diabetes]"); before a party or
  a union, a run that ends on a candidacy, vote or membership verb is taken whatever its length
  ("kandidiert jetzt für die [SPD]", "is standing for the [Lib Dems]");
- in CJK, the verb ending glued after the span and the head glued before it
  (:func:`.predicates.glued`).

Before them, a conjunction inside a span splits it (:func:`.conjunctions.split_conjunctions`: "[asthma]
and [chronic bronchitis]", "[union delegate] and a [Unite member]"): the conjunction is no part of either fact.
After them, a treatment's schedule written right after it and the words that date one condition
by another join the HEALTH span (:func:`.schedules.treatment_schedules`: "[dialysis three times a
week]", "[in a wheelchair since the stroke]").

Left out on measure (see the ``notes`` of the word lists): verbs of suffering and prepositions that
date a fact ("souffre de", "after his"), Italian, Portuguese and Dutch frames (but for their party
verbs), the rest of the clause after a span, Arabic frames and Korean endings — they cost ordinary
words on the held-out notes, whose writers mark the core only. Last of all (after the context rules of :mod:`special.categories`), a span keeps only the words
that carry its fact where an older, longer gold span would stay mostly redacted
(:func:`.shortest.shortest_spans`: "se está recuperando de una [operación de cadera]"). The word lists are data,
``taxonomy/special_extent.json`` (:mod:`.words`). The opt-in ``strict-clauses`` policy redacts
the whole clause of every fact instead (:func:`.clauses.clause_spans`).
"""

from lvmh_pipeline.lib.privacy.special.extent.clauses import clause_spans
from lvmh_pipeline.lib.privacy.special.extent.conjunctions import split_conjunctions
from lvmh_pipeline.lib.privacy.special.extent.predicates import extend_predicates
from lvmh_pipeline.lib.privacy.special.extent.shortest import shortest_spans

__all__ = ["clause_spans", "extend_predicates", "shortest_spans", "split_conjunctions"]
