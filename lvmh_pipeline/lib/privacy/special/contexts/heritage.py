"""An origin told as the family's: the relative that carries it goes with it (ORIGIN).

Writers give an origin through a relative or a side of the family: "вся семья по отцу ингуши",
"أهلها أمازيغ", "她外婆那边是维吾尔族", "어머니가 연변 조선족", "ご両親は在日コリアン", "die Familie ihrer
Mutter ist kurdisch". The origin word is an ORIGIN span already (the lexicon's); the relative
before it in its clause says whose origin it is, and with it the family's heritage is the fact. An
ORIGIN span takes in the nearest relative word (:data:`_KIN`) that ends at most :data:`_GAP`
characters before it in the same clause, over the words between ("那边是", "по отцу", a filler
between commas); a relative in another clause (after a comma: "한국인 아버지, 본인이 다문화 가정"), or with a placeholder or another category's span
between, stays readable, and so does a relative with no origin after it ("her mother loves
emeralds").

An origin word that qualifies a design, a script or an ornament ("Tamil script", "Amazigh-symbolen",
"نقوش أمازيغية", "motifs berbères", "армянский орнамент", "ウイグル柄") is the piece's style, a
product attribute like "ethnic print", and stays readable (:func:`design_styles`): only the ORIGIN
span that is that word alone, right against the design noun; the person's origin said elsewhere in
the note stays redacted. So does the language a written piece is in ("the gift card in Yoruba", "la carte
en kurde", "Gravur auf Armenisch"): the word names the text's language, not the client's origin.

A family named by a demonym is an origin in the Romance languages ("Famiglia [indiana]": the lexicon's
``famiglia @`` frames), but a family named by its faith keeps its faith ("Famille [juive]", "Familia
[judía]": :func:`family_faiths`): the word is a RELIGION term, and the family word stays readable.

A heritage joined to a nationality by the Japanese "系" or the Korean "계" ("ガーナ系フランス人",
"나이지리아계 영국인") is an origin whatever the country (:func:`mixed_heritage`); the lexicon lists the
frequent ones. A "系" with no nationality after it is a shade or a kind ("ゴールド系", "ピンク系") and stays.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import word_pattern

__all__ = ["design_styles", "family_faiths", "family_origins", "mixed_heritage"]

_KIN = word_pattern((
    # RU
    "семья", "вся семья", "семья по отцу", "семья по матери", "семья по маме", "родители", "мама", "папа", "мать",
    "отец", "бабушка", "дедушка", "предки", "родня", "родственники", "корни",
    # AR
    "العيلة", "العائلة", "أهله", "أهلها", "اهله", "اهلها", "عائلته", "عائلتها", "عيلته", "عيلتها", "أمه", "أمها", "امه", "امها", "أبوه",
    "أبوها", "ابوه", "ابوها", "جده", "جدته", "جدها", "جدتها", "أصوله", "أصولها", "اصوله", "اصولها", "أجداده",
    "أجدادها", "اجداده", "اجدادها",
    # ZH / KO / JA (anywhere)
    "外婆", "外公", "奶奶", "爷爷", "爺爺", "妈妈", "媽媽", "爸爸", "母亲", "母親", "父亲", "父親", "祖上", "祖辈", "祖輩",
    "她家", "他家", "娘家", "家里", "家裡", "家里人", "家人", "全家", "一家人",
    "어머니", "아버지", "어머님", "아버님", "엄마", "아빠", "할머니", "할아버지", "외가", "친가", "부모님", "집안",
    "ご両親", "両親", "母方", "父方", "お母様", "お父様", "母親", "父親", "祖母", "祖父", "家系",
    # DE / NL
    "Mutter", "Vater", "Eltern", "Familie", "Großeltern", "Großmutter", "Großvater", "Oma", "Opa", "Vorfahren",
    "mütterlicherseits", "väterlicherseits", "moeder", "vader", "ouders", "familie", "grootouders", "grootmoeder",
    "grootvader", "oma", "opa", "voorouders",
))
_GAP = 14  # characters at most between the relative and the origin
_BREAK = re.compile(r"[,.;:!?，、。！？；：\n/|()\[\]→،؛؟]|\s[-–—]\s")
# a filler between commas ("那边是，嗯，维吾尔族") does not end the clause
_FILLER = re.compile(r"[,，、،]\s*(?:嗯|呃|啊|那个|ну|э+|эм+|короче|يعني|ام+|음|어|äh|ähm|eh|euh|uh)\s*[,，、،]", re.IGNORECASE)


def family_origins(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each ORIGIN span reaching back to the relative
    whose origin it tells, when that relative ends within :data:`_GAP` characters before it in
    its clause and nothing found lies between."""
    if not isinstance(text, str) or not any(s.kind == "ORIGIN" for s in spans):
        return spans
    out = list(spans)
    for i, span in enumerate(out):
        if span.kind != "ORIGIN":
            continue
        floor = max(out[i - 1].end if i else 0, span.start - _GAP - 12)
        kin = [m for m in _KIN.finditer(text, floor, span.start) if span.start - m.end() <= _GAP]
        if not kin:
            continue
        gap = _FILLER.sub("", text[kin[-1].end() : span.start])
        if not _BREAK.search(gap) and "[" not in gap:
            out[i] = PiiSpan(kin[-1].start(), span.end, span.kind)
    return out


_NATIONALS_KO = "영국|미국|캐나다|프랑스|독일|일본|호주|브라질|한국|중국|네덜란드|스페인|이탈리아|러시아|스웨덴|벨기에|스위스"
_MIXED = re.compile(
    r"[ァ-ヴー]{2,}系(?:[ァ-ヴー]{2,}|英国|米国|日本|中国|韓国|豪州|台湾)人"
    r"|[가-힣]{2,}계[ \t]?(?:" + _NATIONALS_KO + r")(?:인|사람)")


def mixed_heritage(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with each heritage-and-nationality compound ("ガーナ系フランス人", "나이지리아계 영국인")
    not yet in a span as an ORIGIN span."""
    if not isinstance(text, str) or ("系" not in text and "계" not in text):
        return spans
    found = [m.span() for m in _MIXED.finditer(text)]
    extra = [PiiSpan(a, b, "ORIGIN") for a, b in found if not any(s.start < b and a < s.end for s in spans)]
    return sorted(spans + extra) if extra else spans


# Nouns of a design, a script or an ornament, written after the origin word (English, German, Dutch,
# Russian, CJK, Korean; also joined by a hyphen: "Amazigh-symbolen") or before it (Arabic and Romance,
# maybe behind a glued و/ب/ال: "بنقوش أمازيغية", "رموز ونقوش أمازيغية", "motifs berbères")
_DESIGN_AFTER = re.compile(
    r"[ \t]*-?[ \t]*(?:script|alphabet|lettering|letters|calligraphy|characters|motifs?|patterns?|prints?|designs?|"
    r"embroidery|symbols?|engravings?|ornaments?|style|Muster|Motiven?|Motive|Schrift|Stickerei|Symbolen?|Ornamenten?|"
    r"symbolen|motieven|motief|patronen|patroon|schrift|borduurwerk|узор\w*|орнамент\w*|вышивк\w*|символ\w*|"
    r"письменност\w*|шрифт\w*)(?!\w)"
    r"|(?:柄|模様|文字|刺繍|刺绣|图案|圖案|纹样|紋樣|花纹|文様|문양|무늬|글씨|자수)",
    re.IGNORECASE)
_DESIGN_BEFORE = re.compile(
    r"(?<!\w)(?:motifs?|dessins?|broderies?|symboles|calligraphie|écriture|caractères|motivos?|bordados?|símbolos|"
    r"caligrafía|caligrafia|escritura|escrita|motivi|ricami|ricamo|simboli|calligrafia|scrittura|grafismos?)"
    r"(?:[ \t]+(?:de|du|des|di|del|dei|da|do|dos|das))?[ \t]+$"
    r"|(?:^|[\s،,])[وبف]?(?:ال)?(?:نقوش|نقش|رموز|رمز|زخارف|زخرفة|زخرفات|تطريز|حروف|خطوط)[ \t]+$",
    re.IGNORECASE)
# A written piece and the language it is written in ("the gift card in Yoruba", "carte en kurde", "Karte auf
# Kurdisch", "открытку на армянском"): the word names the language of the text, like "Tamil script"
_WRITTEN_IN = re.compile(
    r"(?<!\w)(?:cards?|notes?|messages?|inscriptions?|engravings?|letters?|dedications?|greetings?|wording|texts?|"
    r"written|engraved|printed|signed|translated|menus?|cartes?|mots?|gravures?|lettres?|d[ée]dicaces?|[ée]crite?s?|"
    r"grav[ée]e?s?|imprim[ée]e?s?|Karten?|Gravuren?|Widmung|Nachricht|Texte?|Briefe?|graviert|geschrieben|"
    r"tarjetas?|notas?|mensajes?|grabados?|inscripci[oó]n|cartas?|dedicatorias?|escrit[oa]s?|cart[aã]o|cartões|"
    r"bilhetes?|mensage[mn]s?|grava[cç][aã]o|inscri[cç][aã]o|gravad[oa]s?|biglietti?|messaggi?|incisioni?|dedica|"
    r"lettera|scritt[oa]|incis[oa]|kaart(?:je)?s?|bericht|tekst|brief|geschreven|gegraveerd|открытк\w*|надпис\w*|"
    r"гравировк\w*|текст\w*|письм\w*)"
    r"(?:[ \t]+[^\W\d_]+){0,2}[ \t]+(?:in(?:[ \t]+het)?|en|auf|em|на)[ \t]+$", re.IGNORECASE)
_ONE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def design_styles(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without an ORIGIN span that is one origin word qualifying a design noun right
    against it ("Tamil script", "نقوش أمازيغية", see the module doc)."""
    if not isinstance(text, str) or not any(s.kind == "ORIGIN" for s in spans):
        return spans
    kept = []
    for span in spans:
        if span.kind == "ORIGIN" and _ONE_WORD.fullmatch(text, span.start, span.end) and (
                _DESIGN_AFTER.match(text, span.end) or _DESIGN_BEFORE.search(text, max(0, span.start - 30), span.start)
                or _WRITTEN_IN.search(text, max(0, span.start - 40), span.start) or _designed_compound(text, span)):
            continue
        kept.append(span)
    return kept


def _designed_compound(text: str, span: PiiSpan) -> bool:
    """An origin word and a design noun joined by a hyphen into one span ("Amazigh-symbolen")."""
    hyphen = text.rfind("-", span.start, span.end)
    found = _DESIGN_AFTER.match(text, hyphen) if hyphen > span.start else None
    return found is not None and found.end() == span.end


_FAMILY = re.compile(r"(?:famille|familles|famiglia|famiglie|familia|familias|família|famílias)[ \t]+", re.IGNORECASE)


def family_faiths(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with an ORIGIN span of a family noun and a word that is a RELIGION term of the lexicon
    ("Famille juive") turned into that word as RELIGION (see the module doc)."""
    if not isinstance(text, str) or not any(s.kind == "ORIGIN" for s in spans):
        return spans
    from lvmh_pipeline.lib.common.text import normalize
    from lvmh_pipeline.lib.privacy.special.lexicon import SPECIAL_KINDS, TERM, lexicon

    out = []
    for span in spans:
        family = _FAMILY.match(text, span.start, span.end) if span.kind == "ORIGIN" else None
        if family is not None:
            word = text[family.end() : span.end]
            hits = lexicon().scan(normalize(word))
            if any(h[3] == TERM and SPECIAL_KINDS[h[2]] == "RELIGION" for h in hits):
                span = PiiSpan(family.end(), span.end, "RELIGION")
        out.append(span)
    return out
