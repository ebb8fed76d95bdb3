"""A community, diaspora or association of compatriots named as such (ORIGIN).

"l'association des Vietnamiens du 13e", "comunidade nipo-brasileira da Liberdade", "横浜中華街の華僑
コミュニティ", "LA 쪽 한인 교포 커뮤니티", "纽约法拉盛华人社区": the group word makes a people's name
the client's community. Read here:

- Latin script (:func:`_latin`): a group word of :data:`_GROUPS` with a demonym of the lexicon as
  its noun after "des"/"dei"/"of"… ("association of Ghanaians") or as its adjective right after it
  ("communauté arménienne"); after the noun the place after "de"/"di"/"in"… (one word, or two
  capitalised: "des Arméniens de Lyon", as :mod:`diasporas` takes a town after a plural people), after
  the adjective none ("comunità senegalese di Roma": the development writers leave the city out);
- Japanese, Chinese, Korean (:data:`_CJK`): a people's word of :data:`_CJK_PEOPLE` glued or spaced
  to a community word, with the place right before it ("横浜中華街の", "在纽约", "LA 쪽" stay out
  unless glued: the Chinese place between "在" and the people is taken).

A bare nationality stays readable ("un client vietnamien", "华人" alone), and so does a group word
with no people's word ("l'association des parents d'élèves").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from lvmh_pipeline.lib.privacy.spans import PiiSpan, add_free
from lvmh_pipeline.lib.privacy.special.lexicon import LEXICON_PATH

__all__ = ["community_phrases"]

_LANGUAGES = ("IT", "ES", "FR", "PT", "EN", "NL", "DE")
_MIN_STEM = 4
_GROUPS = (r"associations?|amicale|communaut[ée]s?|associazion[ei]|comunit[àa]|asociaci[óo]n|comunidad(?:es)?|"
           r"colectividad|associa[çc][ãa]o|comunidades?|community|communities|society|vereine?|gemeinden?|"
           r"gemeinschaft|vereniging|gemeenschap|diaspora")
_OF = r"(?:des|de la|du|de|dei|degli|delle|della|de los|de las|dos|das|da|do|of the|of|der|van de|van)"
_AT = r"(?:de|du|d['’]|di|da|do|des|in|en|em|à|a|of|uit|aus|van)"
_PLACE = r"(?:[A-ZÀ-Ý][\w\-]+(?:[ \t]+[A-ZÀ-Ý][\w\-]+)?|\d+(?:e|º|°|ème|er)?(?![\w])|[\w\-]+)"
_CJK_PEOPLE = (r"華僑|华侨|華人|华人|僑胞|侨胞|同胞|日系|韓国人|韓国系|中国人|中国系|在日コリアン|在日韓国人|"
               r"한인|교포|동포|화교|조선족|고려인|재외동포")
_CJK_GROUP = r"コミュニティ|コミュニティー|社会|会|社区|社區|圈|社团|社團|商会|商會|同乡会|同鄉會|커뮤니티|사회|모임|협회|한인회"
_CJK = re.compile(
    rf"(?:(?<=在)[\u4e00-\u9fff]{{1,8}}?|[\u4e00-\u9fff\u30a0-\u30ff]{{1,8}}の)?"
    rf"(?:(?:{_CJK_PEOPLE})[ \t]?)+(?:{_CJK_GROUP})")


@lru_cache(maxsize=1)
def _latin_pattern() -> re.Pattern[str]:
    doc = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["demonyms"]
    stems = sorted({d for lang in _LANGUAGES for d in doc.get(lang, ()) if len(d) >= _MIN_STEM and " " not in d},
                   key=len, reverse=True)
    people = rf"(?:(?:cabo|nipo|afro|sino|italo)-)?(?:{'|'.join(re.escape(s) for s in stems)})[\w\-]*"
    return re.compile(
        rf"(?<![\w])(?i:(?:l['’])?(?:{_GROUPS})[ \t]+(?:(?P<of>{_OF})[ \t]+)?{people})"
        rf"(?(of)(?:[ \t]+(?i:{_AT})[ \t]*{_PLACE})?)")


def _latin(text: str) -> list[PiiSpan]:
    return [PiiSpan(m.start(), m.end(), "ORIGIN") for m in _latin_pattern().finditer(text)]


def community_phrases(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each community phrase of the module doc as an ORIGIN
    span; one that overlaps a span already found replaces it when it covers it (the lexicon's "華僑"
    alone grows to its community)."""
    if not isinstance(text, str) or not text:
        return spans
    found = _latin(text) + [PiiSpan(m.start(), m.end(), "ORIGIN") for m in _CJK.finditer(text)]
    if not found:
        return spans
    kept = [s for s in spans if not any(f.start <= s.start and s.end <= f.end and s.kind == "ORIGIN" for f in found)]
    return add_free(kept, found)
