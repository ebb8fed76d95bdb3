"""Negation scope for concept hits: "pas fan noir", "no allergies", "keine Allergien",
"allergies: none", "アレルギーなし", "알레르기 없음", "无过敏", "لا حساسية".

A negator negates a hit when it stands at most :data:`WINDOW` words before it in the same
clause (clauses end at ``. , ; : ! ?`` and their CJK/Arabic forms). Another concept between
the negator and the hit blocks the scope unless the two are coordinated ("no nickel or
latex"), so "no allergies, vegetarian" and "keine Allergien vegetarisch" keep
``vegetarian`` positive. Post-negators ("allergies: none", "аллергии нет") count when they
are the whole rest of the clause. Japanese, Chinese and Korean are scanned by characters.
All work is on the folded text (see :mod:`lvmh_pipeline.lib.common.text`).

Modules: ``flags`` (:func:`negation_flags`, the entry point, and :func:`post_denied`),
``cues`` (the negator lexicons of every language), ``scope`` (:class:`Scope`, pre- and
post-negators of a clause), ``dense`` (the JA/ZH/KO character scope), ``problems``
(:func:`problem_flags`: "no gluten issues").

What takes a constraint back after it ("Nickel allergy not confirmed", "keto, no, I mean low
carb") is in :mod:`..statements.corrections`; a diet cue the client does without ("quit drinking",
"Свинину не ест") in :mod:`..statements.abstentions`. Both read clauses with :class:`Scope`.
"""

from lvmh_pipeline.lib.concepts.negation.cues import COORDINATED_WORDS, folded_set, is_hangul
from lvmh_pipeline.lib.concepts.negation.flags import negation_flags, post_denied
from lvmh_pipeline.lib.concepts.negation.problems import problem_flags
from lvmh_pipeline.lib.concepts.negation.scope import BRACKETS, MAX_CHARS_BACK, WINDOW, Scope, breaks_between

__all__ = [
    "BRACKETS", "COORDINATED_WORDS", "MAX_CHARS_BACK", "WINDOW", "Scope", "breaks_between", "folded_set", "is_hangul",
    "negation_flags", "post_denied", "problem_flags",
]
