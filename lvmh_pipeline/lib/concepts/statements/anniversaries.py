"""A wedding counted in years is its anniversary: "结婚三十周年", "결혼 10주년", "الذكرى الخامسة
والعشرون لزواجهما", "مرور 20 سنة على زواجهما", "25 лет со дня свадьбы", "25-jarig huwelijk".

The taxonomy's anniversary aliases spell a count with digits ("结婚#周年"); a count in words or
Han numerals (also 廿, 卅), an ordinal between the anniversary word and the marriage or written with a
degree sign before it ("25° di matrimonio"), or a number of years before it leave a bare wedding word. :func:`wedding_anniversaries` relabels those in place
(and drops the wedding day that only dates an anniversary of the note: "Valentine's = wedding day").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["BARE_ANNIVERSARIES", "PERSONS", "partner_anniversaries", "relationship_anniversaries", "wedding_anniversaries", "years_of"]

# Right after the wedding word (a few characters): a count of years in JA/ZH/KO.
_DENSE_AFTER = re.compile(r"^\s?(?:[0-9一二三四五六七八九十百两兩廿卅]{1,4}|[일이삼사오육칠팔구십백]{1,4})\s?(?:周年|週年|年目|주년|년째)")
# Before the wedding word (a few words): an anniversary or a number of years.
_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(map(fold, ("الذكرى", "ذكرى", "مرور"))) + r")\b(?:\s+\S+){0,3}"  # "الذكرى الخامسة والعشرون لزواجهما"
    r"|\b(?:" + "|".join(map(fold, ("سنة", "سنوات", "سنين", "عام", "أعوام"))) + r")\s+(?:" + fold("على") + r"|من)"
    r"|\b(?:лет|года|год)\s+(?:со\s+дня|с\s+момента|с|со)"  # "25 лет со дня свадьбы"
    r"|\banniv\.?\s*(?:di\s+|de\s+|del\s+)?"  # "40° anniv. matrimonio", "anniv. de mariage"
    # an anniversary word or a count of years a few words before: "anniversario del loro matrimonio",
    # "anniversary of their wedding", "dieci anni di unione civile", "Jahrestag ihrer Hochzeit"
    r"|\b(?:anniversario|aniversario|anniversary|jahrestag|jubileum)\b(?:\s+\S+){0,3}\s*"
    r"|\b(?:anni|ans|anos|jahre|jaar|years)\s+(?:di|de|d|of|van)\s+(?:\S+\s+)?"
    r"|\d+\s*-?\s*jarig|jarig)\s*$"  # "25-jarig huwelijk" (digits are folded to 0)
)
_WINDOW = 48
# An ordinal count right before the wedding word, in the original text: "25° di matrimonio", "40º de casamento".
_ORDINAL_BEFORE = re.compile(r"(?<!\d)\d{1,2}\s?[°º]\s*(?:di|de|del|do|da|d['’])?\s*$", re.IGNORECASE)
# A number of years right before a wedding word in the genitive: "40 лет свадьбы", "сорок лет свадьбы".
_YEARS_OF = re.compile(r"(?:\d+|[а-яё]+)\s+(?:лет|года)\s*$")
# A bare anniversary word: the wedding anniversary, unless the note is about a company's or
# a couple's that the note does not call married.
BARE_ANNIVERSARIES = frozenset(
    {"anniversary", "anniversario", "aniversario", "jahrestag", "jubilaum", "годовщина", "годовщину", "годовщины",
     "記念日", "기념일", "纪念日"}
)


def relationship_anniversaries(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> None:
    """In a note that counts a couple's years together ("sie sind 5 Jahre zusammen", "3 años
    de novios"), a bare "Jahrestag" / "anniversary" is that relationship's anniversary, not a
    wedding's; in a note with a spouse or a wedding word the years together are the marriage's
    ("годовщину жене, 25 лет вместе": a wedding anniversary). Relabels ``matches`` in place."""
    relationship = meta.by_name.get("relationship_anniversary", -1)
    if relationship < 0 or not any(m[2] == relationship for m in matches):
        return
    folded = nt.folded
    # "годовщину жене, 25 лет вместе": a married couple's years, when the note names their anniversary or wedding
    # too; years together alone are the couple's ("kam mit seinem Mann, sie feiern zehn Jahre zusammen")
    wedding_words = {meta.wedding_anniversary, meta.by_name.get("wedding", -1)}
    if _SPOUSES.any_in(f" {folded} ") and any(m[2] in wedding_words for m in matches):
        for i, (start, end, concept, confidence) in enumerate(matches):
            if concept == relationship and _TOGETHER.any_in(folded[start:end]):
                matches[i] = (start, end, meta.wedding_anniversary, confidence)
        return
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept == meta.wedding_anniversary and folded[start:end] in BARE_ANNIVERSARIES:
            matches[i] = (start, end, relationship, confidence)


# An unmarried couple: a partner word, and no spouse or marriage word, in the note (folded).
_PARTNERS = Literals(tuple(fold(w) for w in (
    " boyfriend", " girlfriend", "boyfriend", "girlfriend", " gf ", " bf ", " fiance", " petit ami", " petite amie", " copain", " copine", " compagnon ", " compagne ",
    " fidanzat", " compagno ", " compagna ", " novio ", " novia ", " prometid", " namorad", " companheir", " freundin ",
    " lebensgefahrt", " verlobte", " vriendin ", " verloofde", " парн", " девушк", " жених", " невест",
    "パートナー", "彼氏", "恋人", "婚約者", "파트너", "남자친구", "여자친구", "남친", "여친", "애인", "약혼자", "男朋友", "女朋友",
    "男友", "女友", "伴侣", "未婚夫", "未婚妻", " her partner", " his partner", " their partner", " ihrem partner", " ihr partner",
    " seinem partner", " sein partner", " partnerin", " haar partner", " zijn partner", " met partner",
    " suo ragazzo", " sua ragazza", " mio ragazzo", " mia ragazza", " ihren freund ", " ihrem freund ", " ihr freund ",
    " verpartner", " lebenspartner", " eingetragene partnerschaft", "شريكه", "شريكها", "شريكته", "شريكتها", "حبيبته", "حبيبها", "صديقته", "صديقها", "خطيبها", "خطيبته",
    " su pareja", " mi pareja", " seu parceiro", " sua parceira", " son partenaire", " sa partenaire",
)))
_SPOUSES = Literals(tuple(fold(w) for w in (
    " husband", " wife", " married", " mr and mrs", " mr mrs", " spouse", " wedding", " mari ", " epouse", " epoux", " marie ", " mariage",
    " marito", " moglie", " sposat", " nozze", " esposo", " esposa", " marido", " casad", " boda", " casamento",
    " ehemann", " ehefrau", " verheiratet", " hochzeit", " echtgeno", " getrouwd", " huwelijk", " trouwdag",
    " муж", " жена", " жене", " жену", " женат", " замуж", " свадьб", " поженил", " расписал", " tied the knot", " got married",
    " se casaron", " nos casamos", " se casou", " casaram", " si sono sposati", " geheiratet", " heirateten", " se sont mariés",
    " se sont maries", " trouwden", "夫", "妻", "奥様", "旦那", "主人", "結婚", "남편", "아내",
    "부인", "와이프", "결혼", "丈夫", "老公", "老婆", "太太", "结婚", "زوج", "زواج", "زفاف",
    "入籍", "婚姻届", "혼인신고", "登记结婚", "領証", "领证",  # a marriage registered ("入籍1周年": the wedding's years)
)))
# "Together" in a count of years ("25 лет вместе", "30 Jahre zusammen"): the couple's years, married or not.
_TOGETHER = Literals(tuple(fold(w) for w in (
    "together", "ensemble", "zusammen", "insieme", "juntos", "samen", "вместе", "在一起", "سوا", "معا", "مع بعض",
)))
# Marriage stems inside an anniversary alias ("wedding anniversary", "結婚記念日", "결혼기념일").
_MARRIAGE_IN_ALIAS = tuple(fold(w) for w in (
    "wedding", "marriage", "mariage", "noces", "matrimonio", "nozze", "boda", "bodas", "casamento", "hochzeit", "huwelijk",
    "trouw", "getrouwd", "свадьб", "брак", "結婚", "婚", "결혼", "혼", "زواج", "زفاف", "married", "marie", "sposat", "casad",
))


# A spouse word the speaker takes back for a partner ("con il marito… no, con il compagno", "her husband, sorry,
# her partner", "mit ihrem Mann, nein, Lebensgefährten"): no spouse (folded; the partner word is checked apart).
_SPOUSE_TAKEN_BACK = re.compile(
    r"(?<![^\W\d_])(?:husband|wife|spouse|mari|epouse|epoux|femme|marito|moglie|esposo|esposa|marido|mujer|ehemann|ehefrau|mann|frau|"
    r"echtgenoot|echtgenote|man|vrouw|муж|жена|мужем|женой)[\s,.…-]{1,6}(?:no|non|nein|nee|sorry|pardon|perdon|anzi|"
    r"I mean|cioe|desculpa|нет|то есть)(?![^\W\d_])"
)


_SPOUSE_REDACTED = frozenset({"EN", "FR", "ES", "IT", "PT"})
# Right after a bare anniversary word, the couple's first meeting (folded): "anniversary of when they first met",
# "Jahrestag vom Kennenlernen", "anniversario di quando si sono conosciuti", "годовщина знакомства".
_MET_AFTER = re.compile(
    r"\s*(?:of|of the day|of when|since|de|du|des|di|del|della|dal|da|do|vom|des|seit|van|с|со)?\s*(?:\S+\s+){0,3}?"
    r"(?:(?:they|we|first|he|she|the two)\s+met|their meeting|first date|kennenlern|kennengelern|rencontr|conosciut|incontr|conocie|conocim|conhece|conhecim|"
    r"ontmoet|leren kennen|знакомств|познаком|التعارف|تعارف|تعرف)"
)


def partner_anniversaries(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, indices: list[int],
                          language: str | None = None) -> None:
    """A bare anniversary ("5周年", "5주년", "aniversario de 3 años") in a note about a boyfriend,
    a girlfriend or a partner ("gf", "和boyfriend", a redacted same-sex partner outside ``_SPOUSE_REDACTED``), with no spouse or marriage word, is
    the couple's relationship anniversary, as is one of the day the couple met, married or not ("Jahrestag vom
    Kennenlernen"). Relabels ``matches`` in place."""
    relationship = meta.by_name.get("relationship_anniversary", -1)
    if relationship < 0:
        return
    folded = nt.folded
    bare = [i for i in indices if matches[i][2] == meta.wedding_anniversary
            and not any(stem in folded[matches[i][0] : matches[i][1]] for stem in _MARRIAGE_IN_ALIAS)]
    if not bare:
        return
    padded = f" {folded} "
    met = [i for i in bare if _MET_AFTER.match(folded, matches[i][1])]  # "anniversary of the day they met", married or not
    # a same-sex partner redacted ("他跟[ORIENTATION]", "mit [ORIENTATION]"); in EN/FR/ES/IT/PT the redacted words are
    # mostly a spouse ("his husband", "su marido": dev notes 1 relationship to 6 wedding), elsewhere a partner (8 to 0)
    partners = _PARTNERS.any_in(padded) or ("[ORIENTATION]" in nt.original and (language or "").upper() not in _SPOUSE_REDACTED)
    if not partners or (_SPOUSES.any_in(padded) and _SPOUSES.any_in(_SPOUSE_TAKEN_BACK.sub(" ", padded))):
        bare = met
    for i in bare:
        start, end, _, confidence = matches[i]
        matches[i] = (start, end, relationship, confidence)


def wedding_anniversaries(
    nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, indices: list[int] | None = None
) -> set[int]:
    """Relabel, in place, wedding matches counted in years as wedding anniversaries; returns the
    indices of matches to drop (the "jarig" of "25-jarig huwelijk" read as a birthday).
    ``indices``: the occasion matches, when the caller knows them (every match otherwise)."""
    wedding, anniversary = meta.by_name.get("wedding", -1), meta.wedding_anniversary
    dropped: set[int] = set()
    if wedding < 0 or anniversary < 0:
        return dropped
    folded = nt.folded
    for i in range(len(matches)) if indices is None else indices:
        start, end, concept, confidence = matches[i]
        if concept != wedding:
            continue
        if is_dense_char(folded[start]) and not "\u0600" <= folded[start] <= "\u06ff":
            counted = bool(_DENSE_AFTER.match(folded[end : end + 12]))  # (a slice: "^" ignores ``pos``)
        else:
            before = folded[max(0, start - _WINDOW) : start]
            counted = bool(_BEFORE.search(before)) or (
                folded.startswith("свадьбы", start) and _YEARS_OF.search(before) is not None  # "40 лет свадьбы"
            ) or ("0" in before[-8:] and _ordinal_before(nt, start))
        if not counted:
            continue
        matches[i] = (start, end, anniversary, confidence)
        for k in range(i - 1, max(-1, i - 3), -1):  # "25-jarig huwelijk": "jarig" is no birthday here
            if matches[k][2] == meta.birthday and start - matches[k][1] <= 2 and fold(folded[matches[k][0] : matches[k][1]]).endswith("jarig"):
                dropped.add(k)
    if any(m[2] == anniversary for m in matches):  # "Anniv 10 yrs 14 Feb (Valentine's = wedding day)": its date
        for i in range(len(matches)) if indices is None else indices:
            start, end, concept, _ = matches[i]
            if concept == wedding and (folded.startswith(_DAY_AFTER, end) or folded[max(0, start - 16) : start].endswith(_DAY_BEFORE)):
                dropped.add(i)
    return dropped


# The day of the wedding, in a note about its anniversary: the anniversary's date, not another wedding.
_DAY_AFTER = (" day", " date")
_DAY_BEFORE = tuple(fold(w) + " " for w in (
    "jour du", "jour de leur", "date du", "date de leur", "dia de la", "día de su", "fecha de la", "fecha de su",
    "giorno del", "data del", "dia do", "data do", "dia de seu", "день", "дата",
))


def _ordinal_before(nt: NormalizedText, start: int) -> bool:
    """An ordinal count written with a degree sign before folded ``start`` ("25° di matrimonio")."""
    o_start = nt.to_original(start, start + 1)[0]
    return _ORDINAL_BEFORE.search(nt.original, max(0, o_start - 12), o_start) is not None


# "i 30 anni del negozio", "les 20 ans de sa boutique", "los 25 años de su empresa", "anniversaire de
# sa boutique": whose years a birthday word counts decides the occasion (a person's: the birthday).
# A person of a company: the occasion is theirs ("the bank's director turns 50", "the company owner's birthday").
PERSONS = frozenset((
    "director directors ceo owner boss president founder chairman partner manager directeur patron fondateur "
    "presidente jefe dueno duena fundador direttore titolare fondatore diretor dono chef direktor inhaber grunder "
    "eigenaar oprichter директор директора владелец владельца основатель основателя مدير مالك مؤسس رئيس"
).split())
_OF_WORDS = frozenset(fold(w) for w in (
    "di del della dello dei degli delle da dal dalla de du des d la le les l sa son ses leur leurs su sus "
    "da do dos das of the his her their its van het der des ihrer seiner ihres seines sua suo suoi sue"
).split())
_BUSINESS = tuple(fold(w) for w in (
    "negozi azienda ditta societa attivita studio boutique entreprise societe maison magasin cabinet boite empresa "
    "tienda negocio despacho loja firma zaak bedrijf bestaan company business firm shop store brand marque marca "
    "club fondazione fondation fundacion компани фирм бизнес banco banca banque bank банк grupo gruppo groupe holding"
).split())
_MARRIAGE = tuple(fold(w) for w in (
    "matrimonio mariage boda casamento huwelijk hochzeit nozze marriage wedding свадьб брак"  # "юбилей свадьбы"
).split())
_COUPLE = tuple(fold(w) for w in "rencontre relation fidanzamento relazione noviazgo namoro relatie relationship".split())
_BARE_SHORT = frozenset({*BARE_ANNIVERSARIES, "aniv", "anniv", "aniversario"})
_COUNTED_YEARS = frozenset("years year ans an anni anno anos ano jahre jahr jaar лет год года".split())
_NOT_AN_OCCASION = tuple(fold(w) for w in "carriera carriere carrera carreira career loopbaan karriere".split())


def years_of(
    nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, indices: list[int] | None = None
) -> set[int]:
    """Relabel, in place, a birthday alias followed by a company, a marriage or a relationship
    ("les 20 ans de sa boutique": the company's anniversary; "los 20 años de su boda": the
    wedding anniversary); returns the matches to drop (a career's years, the wedding word of
    "les 10 ans de leur mariage"). ``indices``: the occasion matches (every match when None)."""
    dropped: set[int] = set()
    birthday = meta.birthday
    relationship = meta.by_name.get("relationship_anniversary", -1)
    folded = nt.folded
    for i in range(len(matches)) if indices is None else indices:
        start, end, concept, confidence = matches[i]
        bare = concept == meta.wedding_anniversary and folded[start:end] in _BARE_SHORT  # "aniv. 25 años Grupo Lumen"
        if (concept != birthday and not bare) or is_dense_char(folded[start]):
            continue
        words = [w for w in folded[end : end + 40].split()[:4] if w not in _OF_WORDS]
        if len(words) > 1 and words[0].strip("0") == "" and words[1] in _COUNTED_YEARS:
            # a count of years before the owner: "aniversário de 3 anos de namoro"
            words = [w for w in folded[end : end + 60].split()[:6] if w not in _OF_WORDS][2:]
        noun = words[0] if words else ""
        if not noun:
            continue
        if noun.startswith(_BUSINESS) and meta.corporate_anniversary >= 0 and (len(words) < 2 or words[1] not in PERSONS):
            matches[i] = (start, end, meta.corporate_anniversary, confidence)
        elif bare:
            continue
        elif noun.startswith(_MARRIAGE):
            matches[i] = (start, end, meta.wedding_anniversary, confidence)
            dropped.update(k for k in range(i + 1, min(len(matches), i + 3)) if matches[k][2] == meta.by_name.get("wedding", -1))
        elif noun.startswith(_COUPLE) and relationship >= 0:
            matches[i] = (start, end, relationship, confidence)
        elif noun.startswith(_NOT_AN_OCCASION):
            dropped.add(i)
    return dropped
