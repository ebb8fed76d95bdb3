"""Occasions in notes and their months: which occasion words are occasions (not names, parties or
sales), month names and numeric dates (``months``, ``month_names``), and which month belongs to
which occasion (``month_attachment``, ``rules``).

Modules: ``rules`` (:func:`occasion_months`, the entry point), ``other_senses`` (occasion words
that are something else), ``months`` (:func:`find_months`), ``month_names`` (month words of every
language, :func:`date_of`), ``month_attachment`` (:func:`attach_months`); occasions said by a phrase
rather than a word (called from ``statements.gift_groups.group_gifts``): ``corporate_orders`` (a
company's order; :func:`occasion_phrases`, the entry point), ``company_years`` (a company's
birthday or anniversary), ``job_starts`` ("son starts at …"); occasion words that refer to something else
(``references``: a holiday's shop window or ad campaign, a holiday that only dates another occasion, the title "д-р",
"aniv. boda"); words that name an occasion only with a month after them (``phrases``: "diplômée en juillet",
"Retraite fin juin"; a degree in a title's bracket names none).
"""

from lvmh_pipeline.lib.concepts.occasions.rules import occasion_months

__all__ = ["occasion_months"]
