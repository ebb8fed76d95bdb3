"""Same-sex partners in transcribed speech, where the written forms of the lexicon's ``partners``
come apart.

- Chinese: a transcription spaces the words and lets fillers in, "他 那个 男朋友", "她 嗯 女朋友": a
  possessive pronoun and a partner of its gender over spaces and fillers is the glued "他男朋友"
  (:data:`_ZH`); a title after a spaced pronoun ("他 先生", "她 太太") may be someone's name and is
  left to the glued forms.
- Korean: the possessive shows no gender; the client's gender said in the same sentence shows it,
  "남자분이고 그 남자친구분", "남자친구 태오 씨랑 ... (고객 본인 남성)" (:data:`_KO`): a noun for a male
  client and a boyfriend or husband, or a female client and a girlfriend or wife, either first, with
  no relative of the client between ("남자 손님이 아드님 남자친구 선물": the son's) and no word for
  a client of the other gender in the sentence. Each of the two words is a hit (a name may stand between them).

- Korean: both said to be women or men, and the couple's word in the same clause ("두 분 다 여성분이시고
  커플이세요", :data:`_KO_BOTH`): one statement of the orientation, a term (not a partner).

- Portuguese: a subject pronoun joined to a spouse of its gender after an article, "ela e a esposa", "ele
  com o marido" (:data:`_PT`): the spouse is the pronoun's where the note names no other owner ("a esposa do
  irmão"); a bride or a groom ("ela e a noiva") is a wedding party, not a couple.

The hits are ``partners`` terms (:data:`lexicon.PARTNER`): redacted only where nothing else in the
note states the orientation.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.privacy.special.lexicon import PARTNER, SPECIAL_KINDS, TERM

__all__ = ["spoken_partners"]

_ORIENTATION = SPECIAL_KINDS.index("ORIENTATION")
_ZH_GAP = r"(?:[ \t]|嗯|呃|啊|那个|那個|这个|這個|就是|的)*[ \t](?:嗯|呃|那个|那個|这个|這個|就是|的|[ \t])*"
_ZH = re.compile(rf"他{_ZH_GAP}(?:男朋友|男友|老公|丈夫)|她{_ZH_GAP}(?:女朋友|女友|老婆|妻子)")
_KO_MEN = r"남자분|남성분|남자 손님|남성 손님|남자 고객|남성 고객|고객 본인 남성|본인 남성|남자 고객님|남성 고객님"
_KO_WOMEN = r"여자분|여성분|여자 손님|여성 손님|여자 고객|여성 고객|고객 본인 여성|본인 여성|여자 고객님|여성 고객님"
_KO_BOYFRIEND = r"(?:남자친구|남자 친구|남친|남편)(?:분|님)?"
_KO_GIRLFRIEND = r"(?:여자친구|여자 친구|여친|아내|와이프|부인)(?:분|님)?"
_KO_REACH = 60  # characters between the client's gender and the partner, at most
_KO = tuple(
    re.compile(rf"(?P<a>{client})[^.!?\n。]{{0,{_KO_REACH}}}?(?P<b>{partner})|(?P<c>{partner})[^.!?\n。]{{0,{_KO_REACH}}}?(?P<d>{client})")
    for client, partner in ((_KO_MEN, _KO_BOYFRIEND), (_KO_WOMEN, _KO_GIRLFRIEND)))
_KO_OTHER = tuple(re.compile(words) for words in (_KO_WOMEN, _KO_MEN))
# a relative of the client between the two: the partner is that relative's
_KO_KIN = re.compile(r"아들|아드님|딸|따님|동생|형님|누나|언니|오빠|어머님|아버님|어머니|아버지|엄마|아빠|조카|손자|손녀|"
                     r"(?<!남자)(?<!여자)(?<!남자 )(?<!여자 )친구|지인|사모님|회장님|사장님|며느리|사위")


# Portuguese: the subject pronoun and the spouse after an article, joined ("ela e a esposa", "ele com o marido"):
# whose spouse it is, if not the pronoun's, the note would say ("a esposa do irmão"); not a bride or a groom
_PT = re.compile(r"(?<![^\W\d_])(?:ela (?:e|com) a (?:esposa|namorada|companheira|mulher dela)|"
                 r"ele (?:e|com) o (?:marido|namorado|companheiro|esposo))(?![^\W\d_])(?! d[aoe]s?(?![^\W\d_]))",
                 re.IGNORECASE)


# Korean: "both are women/men" and the couple's word in one clause are one statement ("두 분 다 여성분이시고
# 커플이세요", "둘 다 남자인데 연인 사이"): the lexicon's "두 분 다 여성" takes the couple's word with it
_KO_BOTH = re.compile(r"(?:두 ?분|둘)(?: ?다| 모두) ?(?:남성|여성|남자|여자)(?:분|분들)?(?:이시고|이고|이신데|인데|이며|이시며|이세요|이에요|,)?"
                      r"[ \t]*(?:커플|연인|부부|사귀)")


def spoken_partners(nt: NormalizedText) -> list[tuple]:
    """ORIENTATION ``partners`` hits (folded offsets) for the spoken same-sex partners of the
    module doc."""
    text, found = nt.original, []
    if "他" in text or "她" in text:
        for match in _ZH.finditer(text):
            found.append(_folded(nt, match.start(), match.end()))
    if "남" in text or "여" in text:
        for pattern, other in zip(_KO, _KO_OTHER):
            for match in pattern.finditer(text):
                inner = text[match.start() : match.end()]
                sentence = text[max(text.rfind(c, 0, match.start()) for c in ".!?\n") + 1 : match.end()]
                if not _KO_KIN.search(inner) and not other.search(sentence):  # the two words, each a hit
                    found += [_folded(nt, *match.span(g)) for g in ("a", "b", "c", "d") if match.group(g)]
    if "다" in text or "모두" in text:
        found += [_folded(nt, *m.span(), role=(TERM, -1)) for m in _KO_BOTH.finditer(text)]
    if " e " in text or " com " in text:
        for match in _PT.finditer(text):
            found.append(_folded(nt, match.start() + match.group().index(" a " if match.group()[:3].lower() == "ela" else " o ") + 1,
                                 match.end()))
    return found


def _folded(nt: NormalizedText, start: int, end: int, role: tuple = (TERM, PARTNER)) -> tuple:
    return (to_folded(nt, start), to_folded(nt, end), _ORIENTATION, *role)
