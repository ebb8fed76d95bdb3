"""Another person's non-food allergy beside the client's own: "she is allergic to latex … her husband Marco has
hay fever", "su marido Andrés tiene alergia al látex", "у мужа её, Дмитрия, поллиноз", "她先生陈志明有花粉过敏". The
relative's allergen is not the client's when the relative is named (a kin word and their name, or the
redaction token `[NAME]` that replaced it: "her husband Marco", "ご主人の誠様", "남편분 정우 님", "husband [NAME]")
and the note states the client's own allergy to another allergen apart from it.

Narrow on purpose, as the dev rounds' writers list a relative's allergy: one standing alone (a gift for the wife who
reacts to nickel), a relative's food allergy (the grandson's peanuts, the son's milk: a precaution for the gift or the
event) and an unnamed relative's ("お父様は花粉症") stay; so do "she and her husband are both allergic" and the
client's own allergy said after the relative's ("… and she herself reacts to wool").
Gated by the hits (two allergens, one of them non-food) before :data:`_KIN` scans the folded note.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.concepts.context import REDACTED_ALLERGEN, AllergyMeta, ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE, SENTENCE, window

__all__ = ["others_allergies"]

_KINS = {
    "en": "husband|wife|partner|son|daughter|kids|children|child|mother|mum|mom|father|dad|sister|brother|friend|"
          "colleague|boss|fiance|fiancee|boyfriend|girlfriend|grandson|granddaughter|niece|nephew",
    "fr": "mari|epoux|epouse|femme|compagnon|compagne|fils|fille|enfants|mere|pere|soeur|sœur|frere|amie|ami|collegue|"
          "fiance|fiancee|petit-fils|petite-fille|niece|neveu",
    "de": "mann|ehemann|frau|ehefrau|partner|partnerin|sohn|tochter|kinder|mutter|vater|schwester|bruder|freundin|"
          "freund|kollege|kollegin|verlobte|verlobter|enkel|enkelin",
    "es": "marido|esposo|esposa|mujer|pareja|hijo|hija|hijos|madre|padre|hermana|hermano|amiga|amigo|colega|novio|"
          "novia|nieto|nieta",
    "it": "marito|moglie|compagno|compagna|figlio|figlia|figli|madre|padre|mamma|papa|sorella|fratello|amica|amico|"
          "collega|fidanzato|fidanzata|nipote",
    "pt": "marido|esposa|esposo|mulher|filho|filha|filhos|mae|pai|irma|irmao|amiga|amigo|colega|namorado|namorada|"
          "neto|neta",
    "nl": "man|echtgenoot|vrouw|echtgenote|partner|zoon|dochter|kinderen|moeder|vader|zus|broer|vriendin|vriend|"
          "collega|verloofde|kleinzoon|kleindochter",
}
_POSSESSIVES = {  # the possessives (and articles standing for them) before each language's kin words
    "en": "her|his|their", "fr": "son|sa|ses|leur", "es": "su|sus", "nl": "haar|zijn|hun",
    "de": "ihr|ihre|ihrem|ihren|ihrer|sein|seine|seinem|seinen|seiner",
    "it": "il suo|la sua|il|la|i|le|suo|sua|suoi|sue", "pt": "o seu|a sua|o|a|os|as|seu|sua",
}
_LATIN = "|".join(f"(?:{_POSSESSIVES[k]})\\s+(?:{v})" for k, v in _KINS.items())
# (folded text: lower case, no accents; "ё" is "е")
_KIN = re.compile(
    rf"(?<![\w\[])(?:(?:{_LATIN})(?:\s+(?:dela|dele))?"  # "her husband", "o marido dela"
    r"|(?:у\s+)?(?:мужа|муж|жены|жена|сына|сын|дочери|дочь|дочки|дочка|мамы|мама|матери|мать|отца|отец|папы|папа|"
    r"сестры|сестра|брата|брат|подруги|подруга|друга|друг|коллеги|коллега)(?:\s+(?:ее|его))?"  # "у мужа её"
    r"|و?(?:زوجها|زوجته|ابنها|ابنه|بنتها|بنته|ولدها|ولده|امها|أمها|ابوها|أبوها|اختها|أختها|اخوها|أخوها|صديقتها|"
    r"صديقه|زميلتها|زميله)"  # "وزوجها"
    r")(?![\w])"
    r"|(?:ご主人|旦那様|旦那さん|奥様|息子さん|娘さん|お嬢様|お母様|お父様|ご友人|お子様|お子さん)(?P<ja>の(?:\S{1,6}?| name )(?:様|さん))?"
    r"|(?:남편분|남편|아내분|아내|아드님|아들|따님|딸|어머님|아버님|친구분|동료분)(?P<ko>\s?(?:\S{1,4}|name)\s?님)?"
    r"|[她他](?:的)?(?:先生|丈夫|老公|太太|妻子|老婆|爱人|儿子|女儿|孩子|妈妈|母亲|爸爸|父亲|姐姐|妹妹|哥哥|弟弟|朋友|同事)"
    r"(?P<zh>[\u4e00-\u9fff]{2,3}(?=[有对對是也])| name )?"
)
# A name after a Latin or Cyrillic kin word (original text: "husband Marco", "marido dela, o Paulo", "мужа её, Дмитрия",
# "husband [NAME]"), or after an Arabic one before its "has" ("وزوجها فيصل عنده").
_NAME_AFTER = re.compile(r"\s*,?\s*(?:(?:o|a|el|la|le|il|der|die)\s+)?(?:\[NAME\]|[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+)")
_ARABIC_NAME = re.compile(r"\s+(?:\[NAME\]|(?!(?:عنده|عندها|عندو|هو|هي|كمان|ايضا|أيضا|برضو|بعد|اللي|الله|يعاني|تعاني|مصاب|"
                          r"مصابة|حساس|حساسية|عمره|عمرها)(?![\u0621-\u064a]))[\u0621-\u064a]+)\s+(?:عنده|عندو|يعاني|مصاب|حساس)")
# Both of them ("she and her husband are both allergic"): the allergy is the client's too.
_BOTH = re.compile(r"(?<!\w)(?:both|tous les deux|toutes les deux|beide|beiden|ambos|ambas|entrambi|entrambe|tutti e due|"
                   r"allebei|alle twee|оба|обе|كلاهما|الاثنين|ثنينهم)(?!\w)|両方|お二人とも|ご夫婦とも|둘 다|두 분 다|两个人都|都对|俩")
# The client named again between the relative and the allergen ("and she herself", "ご本人は").
_CLIENT = re.compile(r"(?<!\w)(?:she|he|herself|himself|the client|elle|elle-meme|la cliente|le client|sie selbst|"
                     r"die kundin|der kunde|ella|ella misma|la clienta|lei|lei stessa|la cliente|ela|ela mesma|"
                     r"a cliente|zij|ze zelf|zelf|de klant|она|сама|сам|клиентка|هي|نفسها|العميلة)(?!\w)|ご本人|本人|본인|"
                     r"고객님|她自己|客户")
# Conditions that name an allergy without an allergy word ("hay fever", "花粉症", "поллиноз").
_CONDITION = re.compile(r"hay ?fever|heuschnupfen|rhume des foins|hooikoorts|fiebre del heno|febbre da fieno|"
                        r"rinite|rhinite|rhinitis|rinitis|поллиноз|花粉症|花粉热|꽃가루|حمى القش|asthm|астм|ربو")
_APPOSITION_WORDS = 3  # "у мужа её, Дмитрия, поллиноз": a name between commas after the relative
_REACH = 90  # characters from the relative to its allergen


def _named(nt: NormalizedText, kin: re.Match[str], matches: list[AliasMatch]) -> bool:
    """The relative of ``kin`` is named: a name, or the redaction token `[NAME]`, after the kin word
    (not a hit's word: "ihre Tochter Latexallergie")."""
    if kin.group("ja") or kin.group("ko") or kin.group("zh"):
        return True
    o_end = nt.to_original(kin.end(), kin.end())[0]
    if _ARABIC_NAME.match(nt.original, o_end):
        return True
    name = _NAME_AFTER.match(nt.original, o_end)
    if name is None:
        return False
    n_end = to_folded(nt, name.end())
    return not any(m[0] < n_end and kin.end() < m[1] for m in matches)


def _owner_gap(nt: NormalizedText, kin_end: int, start: int) -> bool:
    """The folded text from a relative's word to an allergen is the relative's clause: one clause, or a short
    apposition (a name) between commas right after the kin word, with no client word and no sentence end."""
    o_lo, o_hi = nt.to_original(kin_end, start)
    gap = nt.original[o_lo:o_hi]
    if SENTENCE.search(gap):
        return False
    parts = CLAUSE.split(gap)
    if len(parts) > 1 and (len(parts) < 3 or parts[0].strip()
                           or any(len(p.split()) > _APPOSITION_WORDS for p in parts[1:-1])):
        return False  # ("pour son fils, bon il m'a dit qu'il est allergique": the client's clause)
    return _CLIENT.search(nt.folded, kin_end, start) is None


def others_allergies(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                     allergy: AllergyMeta, dropped: set[int]) -> set[int]:
    """The allergens (and their allergy words) a relative owns, in a note that states the client's own
    allergy to another allergen (not to output)."""
    allergen, words, licensors, every = allergy.allergen, allergy.words, meta.licensors, allergy.every
    stated = {m[2] for i, m in enumerate(matches) if allergen[m[2]] and not negated[i]}
    if len(stated) < 2 or not any(every[c] for c in stated):
        return set()  # (most notes: one allergen or none, no scan for relatives)
    folded = nt.folded
    kins = [k.span() for k in _KIN.finditer(folded) if _named(nt, k, matches)]
    if not kins:
        return set()
    owned: dict[int, tuple[int, int]] = {}  # hit -> the span of its relative's clause
    own: set[int] = set()
    for i, (start, end, concept, confidence) in enumerate(matches):
        if not allergen[concept] or negated[i] or (i in dropped and confidence != REDACTED_ALLERGEN):
            continue
        kin = next((k for k in reversed(kins) if k[1] <= start and start - k[1] <= _REACH
                    and _owner_gap(nt, k[1], start)), None)
        c_start, c_end = window(nt, start, end, CLAUSE)
        if kin is not None:
            if not every[concept]:
                continue  # a relative's food allergy: the gift's or the event's precaution (the writers list it)
            lo, hi = kin[0], max(end, c_end)
            if _BOTH.search(folded, lo, hi):
                continue
            if confidence == REDACTED_ALLERGEN or words.search(folded, lo, hi) or _CONDITION.search(folded, lo, hi) \
                    or any(m[2] in licensors and lo <= m[0] < hi for m in matches):
                owned[i] = (lo, hi)
            continue
        if confidence == REDACTED_ALLERGEN or words.search(folded, c_start, c_end) \
                or any(m[2] in licensors and not negated[k] and c_start <= m[0] < c_end for k, m in enumerate(matches)):
            own.add(i)  # the client's own allergy, stated with an allergy word or cue
    spans = [owned[i] for i in owned]
    if "[" in nt.original:  # "her husband [NAME] has [HEALTH]": a relative's allergy redacted with no concept
        spans += _redacted_theirs(nt, kins, matches)
    if not spans or not own:
        return set()
    own_concepts = {matches[i][2] for i in own}
    theirs = {matches[i][2] for i in owned} - own_concepts
    found = {i for i, m in enumerate(matches) if m[2] in theirs and i not in own}
    for lo, hi in spans:  # their allergy words, and the precaution said right after ("…, so latex-free gloves")
        found.update(k for k, m in enumerate(matches) if m[2] in licensors and lo <= m[0] < hi)
        nxt = CLAUSE.search(nt.original, nt.to_original(hi, hi)[0])
        n_end = window(nt, hi + 1, hi + 1, CLAUSE)[1] if nxt else hi
        found.update(k for k, m in enumerate(matches) if hi <= m[0] < n_end and allergen[m[2]] and every[m[2]]
                     and m[2] not in own_concepts and not words.search(folded, hi, n_end))
    return found


_REDACTED = re.compile(r"\[HEALTH\]")


def _redacted_theirs(nt: NormalizedText, kins: list[tuple[int, int]], matches: list[AliasMatch]) -> list[tuple[int, int]]:
    """The clauses of a named relative whose allergy was redacted with no concept behind it (no match there)."""
    found = []
    for lo, hi in kins:
        o_hi = nt.to_original(hi, hi)[0]
        token = _REDACTED.search(nt.original, o_hi, o_hi + _REACH)
        if token is None:
            continue
        start, end = to_folded(nt, token.start()), to_folded(nt, token.end())
        if _owner_gap(nt, hi, start) and not any(m[0] < end and start < m[1] for m in matches):
            found.append((lo, window(nt, start, end, CLAUSE)[1]))
    return found
