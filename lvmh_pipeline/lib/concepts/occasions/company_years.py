"""A company's birthday or anniversary is a corporate anniversary: "the firm turns 50 in
October", "la empresa cumple 25 años", "Компании исполняется 25 лет", "25-летие банка", "Bank's
100th anniversary", "aniversario del banco", "اليوبيل الفضي للشركة"; in CJK a company word a few
characters before a "周年 / 週年 / 주년" count ("公司十月二十周年", "银行成立五十周年").
:func:`company_anniversaries` relabels ``birthday`` / wedding or relationship anniversary hits
whose owner is a company word next to them, or a firm's name with a founding participle after it (no person word such as "director" between, and no
person word right after it: "the bank's director turns 50" stays a birthday);
:func:`dense_company_years` adds the CJK hits. Spans are folded.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, is_dense_char, same_clause
from lvmh_pipeline.lib.concepts.budgets.numbers.words import is_number_word
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.anniversaries import PERSONS

__all__ = ["DENSE_STEMS", "SPELLED_STEMS", "company_anniversaries", "dense_company_years", "spelled_company_years"]

# Folded company words (any language: the window is a few words).
_COMPANY = frozenset((
    "company companys firm firms bank banks business practice practices clinic clinics entreprise societe banque "
    "compagnie clinique cabinet empresa compania banco despacho "
    "azienda societa ditta banca firma unternehmen kanzlei bedrijf компания компании компанию фирма фирмы фирме "
    "банк банка банку предприятие предприятия الشركه للشركه شركه البنك للبنك المؤسسه للمؤسسه "
    "agency agencys agence agentur agenzia agencia агентство агентства холдинга الوكاله "
    "business businesses startup startups bufete familienunternehmen familiebedrijf "
    "фирме фирмой شركته شركتها شركتهم لشركته "
    "estudio studio atelier praxis kantoor escritorio"  # a firm of architects, lawyers, designers, a doctor's practice
).split())
# A count of years between the occasion and its owner does not count ("les 10 ans de sa boîte").
_PLACE = frozenset("at from chez au aux im presso al alla allo nel nella no na в во في".split())  # where, not whose
_YEARS = frozenset("ans an years year jahre jahr anni anno anos ano anos jaar лет год года سنه سنوات عام".split())
# A founding participle names the company its years count ("i 40 anni della Rossi Srl, fondata nel ...", "the 30 years
# of Hale & Co, founded in ..."): the owner is the firm, even by its name alone.
_FOUNDED = frozenset(
    "founded established fonde fondee fondata fondato fundada fundado gegrundet opgericht основана основан основано "
    "تاسست تأسست".split()
)
_COMPANY_STEMS = Literals((*_COMPANY, *_FOUNDED))
_WINDOW = 3  # words between a company word and the occasion
_DENSE_COMPANY = re.compile(
    r"(?:公司|银行|銀行|集团|集團|企业|企業|会社|회사|은행|기업|事務所|事务所|法人|사무소|법인|工作室)[^，。；、,\s]{0,8}?\s?(?P<years>[0-9一二三四五六七八九十百两]+\s?(?:周年|週年|주년))"
)
DENSE_STEMS = ("周年", "週年", "주년")
# Dutch and German years of existence with the number glued in words ("twintigjarig bestaan", "fünfzigjähriges
# Bestehen"; the taxonomy's "# jarig bestaan" takes digits).
SPELLED_STEMS = ("jarig bestaan", "jarig jubileum", "jarige bestaan", "jahriges bestehen", "jahrigen bestehen", "jahriges jubilaum",
                 "jahrigen jubilaum")
_SPELLED_YEARS = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,}?)(?:jarig|jahrig)(?:e|es|en)? (?:bestaan|bestehens?|jubileum|jubilaums?)(?![^\W\d_])")


def company_anniversaries(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, found: list[int]) -> None:
    """Relabel in place the birthday and anniversary hits among ``found`` owned by a company word."""
    corporate = meta.corporate_anniversary
    owned = (meta.birthday, meta.wedding_anniversary, meta.by_name.get("relationship_anniversary", -1))
    if corporate < 0 or not any(matches[i][2] in owned for i in found) or not _COMPANY_STEMS.any_in(nt.folded):
        return
    folded = nt.folded
    family = [(m[0], m[1]) for m in matches if meta.categories[m[2]] == "family"]  # "birthday of the daughter of …"
    for i in found:
        start, end, concept, confidence = matches[i]
        if concept not in owned or is_dense_char(folded[start]) and not "\u0600" <= folded[start] <= "\u06ff":
            continue
        before = _counted(folded[max(0, start - 60) : start].split()[-_WINDOW - 4 :])[-_WINDOW:]
        after = _counted(folded[end : end + 80].split()[: _WINDOW + 6])[: _WINDOW + 1]
        if _owner(before[::-1], nt, start, -1, family) or _owner(after, nt, end, 1, family):
            matches[i] = (start, end, corporate, confidence)


def _counted(words: list[str]) -> list[str]:
    return [w for w in words if not w.isdigit() and w not in _YEARS and w not in _ARTICLES]


_ARTICLES = frozenset("the of its their de des du la le les l d sa son ses der die das des den del della dello di do da dos das van het".split())


def _owner(words: list[str], nt: NormalizedText, at: int, step: int, family: list[tuple[int, int]]) -> bool:
    """A company word among ``words`` (nearest first) before any person word, in the clause."""
    for k, word in enumerate(words[:_WINDOW]):
        if word in PERSONS or word in _PLACE:
            return False  # "birthday party at the agency": where it is held, not whose
        if word in _COMPANY or step > 0 and word in _FOUNDED:
            if step > 0 and k + 1 < len(words) and words[k + 1] in PERSONS:
                return False  # "anniversary of the bank director"
            span = nt.folded.find(word, at) if step > 0 else nt.folded.rfind(word, 0, at)
            lo, hi = (at, span) if step > 0 else (span + len(word), at)
            return span >= 0 and same_clause(nt, lo, hi) and not any(lo <= a and b <= hi for a, b in family)
    return False


def dense_company_years(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[AliasMatch]:
    """``matches`` with a ``corporate_anniversary`` hit for "公司…周年" when none is there."""
    folded = nt.folded
    if not any(stem in folded for stem in DENSE_STEMS):
        return matches
    corporate = meta.corporate_anniversary
    if corporate < 0 or any(m[2] == corporate for m in matches):
        return matches
    found = _DENSE_COMPANY.search(folded)
    if found is None:
        return matches
    start, end = found.start("years"), found.end("years")  # the month may stand between: "公司十月二十周年"
    kept = [m for m in matches if m[1] <= start or m[0] >= end or not meta.occasion[m[2]]]
    return sorted([*kept, (start, end, corporate, 1.0)], key=lambda m: (m[0], m[1]))


def spelled_company_years(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[AliasMatch]:
    """``matches`` with a ``corporate_anniversary`` hit for years of existence glued to a number word
    ("het twintigjarig bestaan van het bedrijf", "zum fünfzigjährigen Bestehen"), when none is there."""
    corporate = meta.corporate_anniversary
    if corporate < 0 or any(m[2] == corporate for m in matches):
        return matches
    for found in _SPELLED_YEARS.finditer(nt.folded):
        o_start, o_end = nt.to_original(found.start(1), found.end(1))
        if is_number_word(nt.original[o_start:o_end].lower()):  # as written: "fünfzig" folds to "funfzig"
            return sorted([*matches, (found.start(), found.end(), corporate, 1.0)], key=lambda m: (m[0], m[1]))
    return matches
