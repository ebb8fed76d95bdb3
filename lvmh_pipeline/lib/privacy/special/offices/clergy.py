"""A religious office said to be held by someone of the note, with where it is held (RELIGION).

"Her uncle is the parish priest in Ghent", "su tío es párroco en Toledo", "il fratello è diventato
parroco a Lecce", "哥哥是牧师", "남동생이 목사님이세요", "أبوه صار كاهن": a person of the note (the client
or a relative) holding a religious office tells the family's faith. The dev writers mark such an office
stated of someone (32 of the clergy words they met) and leave a priest who is only the recipient of a
gift or a passer-by readable (the rest). So the office becomes a RELIGION span when a copula or a verb
of becoming or ordination stands right before it ("is a", "became the", "wurde", "стал", "صار"; in
Japanese, Chinese and Korean the verb or copula glued after it: "住職を継いだ", "是神父", "목사님이셔"), with
the place it is held in when it follows at once ("in Leuven", "at St Anne's", "en Cádiz"), and a second
office after a comma ("sacerdote, párroco en …"). An office with no such verb stays readable ("a gift
for the vicar", "Pfarrer Dr. …", "神父さんへの贈り物"), and so does one already inside a span.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["clergy_offices"]

_OFFICES = (
    r"(?:parish[ \t]+)?(?:priest|vicar|curate|pastor|deacon|archdeacon|bishop|rabbi|imam|chaplain|monk|nun)|"
    r"sacerdote|p[aá]rroco|pastor[ae]?|di[aá]cono|obispo|bispo|rabino|rabbino|im[aá]n|imã|monj[ae]|"
    r"prêtre|curé|pasteur|diacre|évêque|rabbin|moine|religieuse|"
    r"Pfarrer(?:in)?|Priester|Pastorin|Diakon|Bischof|Rabbiner(?:in)?|Mönch|Nonne|"
    r"prete|parroco|diacono|vescovo|frate|suora|"
    r"pastoor|dominee|predikant|diaken|bisschop|rabbijn|kapelaan|"
    r"священник(?:ом)?|батюшк(?:ой|а)|д[иь]акон(?:ом)?|раввин(?:ом)?|имам(?:ом)?|пастор(?:ом)?|епископ(?:ом)?"
)
# a copula right before the office (with an article): the office alone is the fact
_COPULA = (
    r"(?:is|was|(?:he|she|who|that)['’]s|[^\W\d_]+['’]s(?=[ \t]+(?:a|an|the)[ \t])|es|era|fue|será|est|était|"
    r"ist|war|è|é|era|is|wordt|является|служит|—)"
)
# a verb of becoming or of ordination: the event, told with the office ("being made an archdeacon")
_BECOMING = (
    r"(?:became|becomes|is becoming|being made|been made|ordained(?:[ \t]+as)?|se hizo|ordenad[oa]|devenu|devenue|"
    r"devient|ordonnée?|wird|wurde|diventa|diventat[oa]|ordinat[oa]|virou|werd|стал)"
)
_ARTICLE = r"(?:[ \t]+(?:a|an|the|un|una|el|la|le|l'|ein|eine|der|die|il|lo|um|uma|o|een|de))?"
_LATIN = re.compile(rf"(?<![^\W_])(?:{_COPULA}|(?P<verb>{_BECOMING})){_ARTICLE}[ \t]+({_OFFICES})(?![^\W_])(?!['’]s)",
                    re.IGNORECASE)
# Arabic: a verb of becoming before the office ("صار مطران", "أصبح كاهناً")
_ARABIC = re.compile(r"(?:صار|صارت|أصبح|اصبح|رسموه|رُسم)[ \t]+(?:مطران|كاهن[اً]*|قسيس[اً]*|شماس[اً]*|إمام[اً]*|حاخام[اً]*|راهب[اً]*|خوري)")
# CJK and Hangul: the office with the copula or verb glued after it, or "是" before it
_DENSE = re.compile(
    r"(?:住職|牧師|神父|僧侶|宮司|司祭)(?:を継(?:が|い|ぎ)\w{0,4}|に(?:就任|なっ)\w{0,4}|(?:さん|様)?(?:です|でいらっしゃ|をして))|"
    r"是(?:牧师|牧師|神父|和尚|住持|阿訇|伊玛目|神職)|当了(?:牧师|神父|和尚|住持)|"
    r"(?:목사|신부|스님|장로|권사|집사|전도사)님?(?:이시|이세요|이셔|이에요|이야|이신데|이십니다|으로 계)")
# the place where the office is held, right after it ("in Leuven", "at St Mary's in …", "en Sevilla")
_PLACE = re.compile(
    r"[ \t]+(?:in|at|of|en|à|au|a|em|no|na|in der|im|bei|te|в|во)[ \t]+"
    r"(?:(?:St\.?|Saint|San|Santa|Sankt|São|Sint)[ \t]+)?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*(?:[ \t]+in[ \t]+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w-]*)?")
# a second office after a comma ("sacerdote, párroco en …")
_SECOND = re.compile(rf",[ \t]*(?:{_OFFICES})(?![^\W_])", re.IGNORECASE)


def clergy_offices(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each religious office stated of
    someone, its place and a second office after a comma, as a RELIGION span (module doc); an office
    touching a RELIGION span already found joins it."""
    found = []
    for match in _LATIN.finditer(text):
        start = match.start("verb") if match.group("verb") else match.start(2)
        end = match.end(2)
        second = _SECOND.match(text, end)
        end = second.end() if second else end
        place = _PLACE.match(text, end)
        found.append((start, place.end() if place else end))
    found += [m.span() for m in _ARABIC.finditer(text)] + [m.span() for m in _DENSE.finditer(text)]
    if not found:
        return spans
    out = list(spans)
    for start, end in found:
        touching = [s for s in out if s.start < end and start < s.end]
        if any(s.kind != "RELIGION" for s in touching):
            continue
        for s in touching:
            out.remove(s)
        out.append(PiiSpan(min([start] + [s.start for s in touching]), max([end] + [s.end for s in touching]), "RELIGION"))
    return sorted(out)
