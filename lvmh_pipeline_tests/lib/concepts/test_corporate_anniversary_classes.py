"""Years at a company are a corporate anniversary, not a birthday ("ses 40 ans de boîte"),
in the ways advisors write them in every language (our own phrasings); fixed holidays carry
their month in the pipeline's path."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract

CASES = [
    ("FR", "Cadeau pour ses 40 ans de boîte en juin.", ("corporate_anniversary", 6)),
    ("FR", "Il fête ses 25 ans dans l'entreprise en septembre.", ("corporate_anniversary", 9)),
    ("EN", "Gift for 30 years at the firm, October.", ("corporate_anniversary", 10)),
    ("EN", "Company's 50th anniversary in May, gifts for the board.", ("corporate_anniversary", 5)),
    ("DE", "25-jähriges Dienstjubiläum im Juli.", ("corporate_anniversary", 7)),
    ("IT", "25 anni in azienda a novembre.", ("corporate_anniversary", 11)),
    ("ES", "Celebra 30 años en la empresa en abril.", ("corporate_anniversary", 4)),
    ("PT", "30 anos de empresa em maio.", ("corporate_anniversary", 5)),
    ("NL", "Jubileum: 25 jaar bij de bank, in juni.", ("corporate_anniversary", 6)),
    ("JA", "創業30周年の記念品、10月。", ("corporate_anniversary", 10)),
    ("KO", "회사 창립 30주년 기념, 10월.", ("corporate_anniversary", 10)),
    ("AR", "الذكرى العشرين لتأسيس الشركة في أكتوبر.", ("corporate_anniversary", 10)),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_years_at_a_company_are_a_corporate_anniversary(language, text, expected):
    found = {(h.concept, h.month) for h in extract(text, language) if h.category == "occasion" and not h.negated}
    assert expected in found
    assert not any(concept in ("birthday", "wedding_anniversary") for concept, _ in found)


def test_a_birthday_in_years_stays_a_birthday():
    found = {(h.concept, h.month) for h in extract("Pour ses 40 ans en juin, une montre.", "FR")}
    assert ("birthday", 6) in found
