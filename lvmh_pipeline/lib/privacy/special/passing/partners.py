"""A same-sex partner shown by the gender the clause gives its subject (ORIENTATION).

The Romance possessive does not show its owner's gender ("sua moglie", "a namorada"); the clause
shows the subject's instead, and the partner is then the subject's:

- a participle of coming agreeing with the subject and a partner of that gender after "con"/"avec"
  ("è venuta con la moglie", "est venue avec sa compagne", "è arrivato col suo compagno");
- a subject pronoun with a verb of coming and a partner after "com" ("ela veio com a namorada",
  "ele chegou com o noivo");
- a young man or woman named by a person noun and, later in the sentence, "his/her boyfriend" said
  with the noun itself ("il ragazzo … al suo ragazzo", "la ragazza … la sua ragazza");
- Chinese: the client's title right after the name ("[NAME]先生", "[NAME]女士") and a partner word of
  the same gender given or told ("给男朋友", "和女朋友"), where the note names nobody of the other
  gender before it and no relative owns the partner ("儿子的女朋友").

Not where the note states the orientation already ("sono una coppia gay … è tornato con il
compagno": the development writers mark the statement only), nor when a relative owns the partner ("con la moglie del figlio", "a namorada do irmão"). The span
is the partner with its article and possessive; the preposition stays ("con [la moglie]").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan, add_free

__all__ = ["participle_partners"]

_OWNED_BY_OTHER = r"(?![ \t]+(?:del|della|dello|dei|di|de|do|da|dos|das|du|des|d['’]))"
# (a girl or boy, a pal, only with the possessive: "la sua ragazza"; "copain", "copine" not at all)
_F_PARTNERS = r"moglie|compagna|fidanzata|sua[ \t]+ragazza|femme|compagne|fiancée|épouse|namorada|noiva|companheira|esposa"
_M_PARTNERS = r"marito|compagno|fidanzato|suo[ \t]+ragazzo|mari|compagnon|fiancé|époux|namorado|noivo|companheiro|marido|esposo"
_ART = r"(?:(?:la|il|a|o|sa|son)[ \t]+)?(?:(?:sua|suo|seu)[ \t]+)?"
# a participle of coming agreeing with its subject ("è venuta", "est venue", "sono passate")
_COME_F = r"venuta|arrivata|passata|tornata|entrata|venue|arrivée|passée|revenue|venues"
_COME_M = r"venuto|arrivato|passato|tornato|entrato|venu|arrivé|passé|revenu"
_PT_COME = r"veio|vem|chegou|passou|voltou|apareceu|esteve[ \t]+aqui"
_FILLER = r"(?:[ \t,]+(?:ehm|eh|euh|hum|é|tipo|ahn|aqui|hoje|ieri|oggi|ontem|hier|aujourd'hui))*"
_PATTERNS = (
    re.compile(rf"(?<!\w)(?:{_COME_F}){_FILLER}[ \t]+(?:con|col|avec|insieme[ \t]+alla)[ \t]+(?P<p>{_ART}(?:{_F_PARTNERS}))(?!\w){_OWNED_BY_OTHER}",
               re.IGNORECASE),
    re.compile(rf"(?<!\w)(?:{_COME_M}){_FILLER}[ \t]+(?:con|col|avec|insieme[ \t]+al)[ \t]+(?P<p>{_ART}(?:{_M_PARTNERS}))(?!\w){_OWNED_BY_OTHER}",
               re.IGNORECASE),
    re.compile(rf"(?<!\w)ela[ \t]+(?:{_PT_COME}){_FILLER}[ \t]+(?:com|junto[ \t]+com)[ \t]+(?P<p>a[ \t]+(?:sua[ \t]+)?(?:namorada|noiva|companheira|esposa))"
               rf"(?!\w){_OWNED_BY_OTHER}", re.IGNORECASE),
    re.compile(rf"(?<!\w)ele[ \t]+(?:{_PT_COME}){_FILLER}[ \t]+(?:com|junto[ \t]+com)[ \t]+(?P<p>o[ \t]+(?:seu[ \t]+)?(?:namorado|noivo|companheiro|marido))"
               rf"(?!\w){_OWNED_BY_OTHER}", re.IGNORECASE),
    # "il ragazzo … al suo ragazzo": the young man's boyfriend, in one sentence
    re.compile(rf"(?<!\w)(?:il|un|o)[ \t]+(?:ragazzo|rapaz)(?!\w)[^.!?;\n]{{0,160}}?(?<!\w)(?:al|il|col|per[ \t]+il|con[ \t]+il|pro|o|com[ \t]+o)[ \t]+"
               rf"(?P<p>(?:suo|seu)[ \t]+(?:ragazzo|namorado))(?!\w){_OWNED_BY_OTHER}", re.IGNORECASE),
    re.compile(rf"(?<!\w)(?:la|una|a)[ \t]+(?:ragazza|moça|moca)(?!\w)[^.!?;\n]{{0,160}}?(?<!\w)(?:alla|la|colla|per[ \t]+la|con[ \t]+la|pra|a|com[ \t]+a)[ \t]+"
               rf"(?P<p>(?:sua)[ \t]+(?:ragazza|namorada))(?!\w){_OWNED_BY_OTHER}", re.IGNORECASE),
)
_GATE = re.compile(r"venut|arrivat|passat|tornat|entrat|venue?s?\b|arrivée?|passée?|revenue?|\bela\b|\bele\b|ragazz|rapaz|moça|moca",
                   re.IGNORECASE)

# Chinese: the client's title after the [NAME] token, a partner of the same gender given or told
_ZH_TITLES = (("先生", "男朋友|男友|老公|丈夫", "女士|小姐|太太|她|女儿|妻子|老婆"),
              ("女士|小姐", "女朋友|女友|老婆|妻子", "先生|他|儿子|丈夫|老公"))
_ZH_LEAD = r"(?:给|送给|送|和|跟|与|為|为|陪)"


def _zh_partners(text: str) -> list[PiiSpan]:
    """Chinese partners of the titled client's gender (see the module doc)."""
    found = []
    for titles, partners, others in _ZH_TITLES:
        title = re.search(rf"\[NAME\](?:{titles})", text)
        if title is None:
            continue
        for match in re.finditer(rf"{_ZH_LEAD}(?P<p>(?:自己的)?(?:{partners}))", text[title.end():]):
            start, end = title.end() + match.start("p"), title.end() + match.end("p")
            if not re.search(others, text[title.end(): start]):
                found.append(PiiSpan(start, end, "ORIENTATION"))
    return found


def participle_partners(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each same-sex partner the subject's gender shows
    (see the module doc); one overlapping a span already found stays out."""
    if not isinstance(text, str) or any(s.kind == "ORIENTATION" for s in spans):
        return spans  # the note states the orientation already: its partner words stay, as the writers leave them
    new: list[PiiSpan] = []
    if _GATE.search(text):
        for pattern in _PATTERNS:
            new += [PiiSpan(m.start("p"), m.end("p"), "ORIENTATION") for m in pattern.finditer(text)]
    if "[NAME]" in text and ("先生" in text or "女士" in text or "小姐" in text):
        new += _zh_partners(text)
    if not new:
        return spans
    return add_free(spans, new)
