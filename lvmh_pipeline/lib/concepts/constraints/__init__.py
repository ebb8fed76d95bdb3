"""Constraints a note states (allergies and diets) and whether they hold: allergy words paired
with allergens, licensed and redacted allergens, diets stated by doing without, diets that
overlap or are past.

Modules: ``allergies`` (:func:`pair_allergies`, the entry point that settles a note's
allergies and diets), ``licensing`` (:func:`with_licensed`, :func:`with_placeholders`),
``allergy_lists`` (a list of allergens shares a denial), ``allergy_clauses`` (how an allergen's clause
states it: denied, affirmed, stated), ``allergen_senses`` (food words that
are no allergen where they stand: textile dyes, fish a pescatarian eats, eggs a vegetarian eats), ``diets``
(:func:`avoided_diets`, :func:`settle_diets`), ``past_and_topics``
(:func:`negate_past_and_topics`: past diets, diabetes as a topic, prediabetes), ``not_an_allergy``
(a food the note says is no allergy: "that's not an allergy"), ``not_the_clients`` (a free-from
product by the dozen, a diet restaurant or cookbook), ``diet_rules`` (whether a diet word states the
client's diet now: given up, a weekday, by choice, a product, an eating window, a label's list), ``avoid_marks``
("ラテックスNG", "땅콩 X": avoided; "卵はダメ": the mark is a food's cue), ``outgrown`` (a childhood allergy gone
now), ``unknown_allergen`` (an allergy to something not known), ``metals`` (a nickel-free request for a
metal allergy), ``others_allergies`` (a named relative's non-food allergy beside the client's own). What a statement does to a
constraint (denials, questions, tastes, corrections …) is in :mod:`..statements`.
"""

from lvmh_pipeline.lib.concepts.constraints.allergies import pair_allergies
from lvmh_pipeline.lib.concepts.constraints.diets import avoided_diets, settle_diets
from lvmh_pipeline.lib.concepts.constraints.licensing import with_licensed, with_placeholders
from lvmh_pipeline.lib.concepts.constraints.past_and_topics import negate_past_and_topics

__all__ = [
    "avoided_diets", "negate_past_and_topics", "pair_allergies", "settle_diets", "with_licensed",
    "with_placeholders",
]
