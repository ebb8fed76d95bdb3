"""A name found once, written again beside itself in another script or corrected, in a CJK note.

- A Latin name, an honorific or client word ("님", "씨", "고객", "様"), then a bracket that opens
  with the same name in Hangul or katakana ("Jean-Pierre 님(장피에르)", "Sophie Martin 고객 (소피
  마르탱, 프랑스)"): the first segment of the bracket, when its length fits the Latin name's and
  no segment word is a kin word, an honorific or a frequent Korean word. What follows a comma (a
  nationality, a remark) stays.
- A Latin given name right before a Korean family name found ("Sarah 문 고객님"); the Latin name said
  first in Hangul or katakana, then a filler ("밀러 음 Miller 선생님").
- A romanised name, a slash, then the name in Han characters or Hangul, or the reverse
  ("Zhang Wei / 张伟", "张伟 / Zhang Wei", "Park Ji-hoon / 박지훈"): two to four characters opening
  with a family name, no listed ordinary word.
- A Korean full name struck out before its correction ("박정미 X → 박정은 님", "김민지 아니고
  김민정"): the same family name syllable before a correction mark and a name found.
- A romanised family name, then the same family name as one Han character standing alone ("Mme Wu
  吴 (Wu Lan)"): the character, when it is a listed family name.
- In a Japanese note, a one-character Chinese family name that is a word with 様 too ("王様": the
  king) after a word for the person's companion and の ("ご友人の王様", "お連れの金様").
"""

from __future__ import annotations

import re
import unicodedata

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS, KO_HONORIFICS, KO_SURNAMES, ZH_COMMON_WORDS, ZH_SURNAMES
from lvmh_pipeline.lib.privacy.names.lexicon.frequent import ko_frequent
from lvmh_pipeline.lib.privacy.names.restated.korean import KO_PLACES
from lvmh_pipeline.lib.privacy.names.scripts.korean.name_words import _ko_foreign

__all__ = ["restated_in_script"]

_HAN = "\u4e00-\u9fff"
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*(?:[ \t]+[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*){0,3}")
_HONORIFIC_THEN_OPEN = re.compile(
    r"[ \t]*(?:고객님|고객|님|씨|様|さん|さま|氏)?[ \t]*[(（][ \t]*"
    r"(?P<seg>[가-힣\u30a1-\u30fa\u30fc・][가-힣\u30a1-\u30fa\u30fc・ \t\-]{0,24}?)[ \t]*(?=[,，、)）/])"
)
_SLASH_AFTER = re.compile(rf"[ \t]*/[ \t]*(?P<run>[{_HAN}]{{2,4}}|[가-힣]{{2,4}})(?![{_HAN}가-힣])")
_SLASH_BEFORE = re.compile(rf"(?<![{_HAN}가-힣])(?P<run>[{_HAN}]{{2,4}}|[가-힣]{{2,4}})[ \t]*/[ \t]*$")
_LONE_HAN_AFTER = re.compile(rf"[ \t]+[(（]?(?P<run>[{''.join(ZH_SURNAMES)}])[)）]?(?![{_HAN}\u3040-\u30ff가-힣])")
_CORRECTED_BEFORE = re.compile(
    r"(?<![가-힣])(?P<run>[가-힣]{3})[ \t]*(?:[(（]?[Xx×✕][)）]?[ \t]*)?(?:→|->|=>|➝|아니고|아니라|말고)[ \t]*$"
)
_JA_COMPANION_SAMA = re.compile(
    rf"(?:ご友人|友人|お友達|お友だち|お連れ様|お連れ|ご同伴者|ご同伴|同伴者|お知り合い|ご同僚|ご紹介者)の"
    rf"(?P<run>[{''.join(ZH_SURNAMES)}])(?=様|さん|さま)"
)
# A title or honorific closing a bracket after the name ("(로랑 부인)", "(모로 여사님)")
_TITLE_AFTER = re.compile(r"[ \t]+(?:부인|여사님|여사|씨|님|고객님|고객|사모님|부부|夫人|様|さん)$")
# A Latin given name right before a Korean family name found ("Sarah 문 고객님", "Kevin 임 대표")
_LATIN_GIVEN_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z][a-zà-öø-ÿ]{1,14}(?:-[A-Z][a-zà-öø-ÿ]{1,14})?)[ \t]+$")
# A Hangul or katakana word, a filler, right before a Latin name found ("밀러 음 Miller"): the speaker
# said the name, hesitated and spelt it; a word ending as a particle or a verb does is none ("고객이신")
_SAID_BEFORE = re.compile(
    r"(?<![가-힣\u30a1-\u30fa\u30fc])(?P<seg>[가-힣\u30a1-\u30fa\u30fc]{1,5}[가-힣\u30a1-\u30fa\u30fc](?<![은는이가을를의에도로와과신상]))"
    r"[ \t]+(?:그|음|어|저|えー|あの|えっと)[ \t]+$"
)
_KO_NOT_NAMES = frozenset(KO_HONORIFICS) | frozenset(w for w in KIN_WORDS if re.search("[가-힣]", w))


def _fits(latin: str, segment: str) -> bool:
    """Does the Hangul or kana segment have about as many syllables as the Latin name has sounds?"""
    letters = sum(c.isalpha() for c in latin)
    syllables = sum(1 for c in segment if "\uac00" <= c <= "\ud7a3" or "\u30a1" <= c <= "\u30fa")
    return 2 <= syllables and letters / 4 <= syllables <= letters


# What a bracket says of the person instead of the name: a particle of place or time, a word of
# residence, work or origin, a label of a name ("(도쿄에서 출장)", "(프랑스 분)", "(한국명 박은혜)")
_KO_REMARK = re.compile(r"(?:에서|으로|부터|까지|에게|한테|출장|거주|근무|출신|방문|예정|담당|명|분|님|씨)$")


# The first sound of a Latin name and of its Hangul or katakana transcription agree. A syllable's
# Unicode name carries its romanized sound ("KATAKANA LETTER SI", "HANGUL SYLLABLE MA"); each Latin
# initial lists the initials it is written with ("Christine" クリスティーヌ / 크리스틴, "Jean" ジャン /
# 장, "Hugo" ユゴー, "François" 프랑수아), so "Lambert様（イラストレーター、…）" keeps its job.
_VOWELS = "AEIOUYW"
_INITIALS = {
    **dict.fromkeys("AEIOU", _VOWELS), "Y": _VOWELS + "J", "H": _VOWELS + "HF", "W": _VOWELS + "VB",
    "V": "VBWU", "B": "BPV", "P": "PBHF", "F": "FHP", "C": "KSCTJG", "K": "KGC", "G": "GKJZHC", "Q": "KG",
    "X": "KSZGJC", "S": "SZTCJ", "Z": "ZSTJC", "T": "TDCJ", "D": "DTJZ", "J": "JZYHGCS", "L": "RLN",
    "R": "RLN", "M": "MBN", "N": "NMR",
}


def _same_first_sound(latin: str, segment: str) -> bool:
    initial = unicodedata.normalize("NFD", latin[:1]).upper()[:1]
    sound = unicodedata.name(segment[:1], "").rsplit(" ", 1)[-1][:1]
    return initial not in _INITIALS or not sound or sound in _INITIALS[initial]


def _hangul_or_kana_name(segment: str) -> bool:
    words = segment.replace("・", " ").replace("-", " ").split()
    return 1 <= len(words) <= 3 and not any(
        w in _KO_NOT_NAMES or w in KO_PLACES or ko_frequent(w) or _KO_REMARK.search(w) for w in words
    )


def _dense_name(run: str) -> bool:
    if run in ZH_COMMON_WORDS:
        return False
    if "\uac00" <= run[0] <= "\ud7a3":
        return run[0] in KO_SURNAMES and len(run) in (2, 3, 4) and not ko_frequent(run)
    return run[0] in ZH_SURNAMES or run[:2] in ZH_SURNAMES


def restated_in_script(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """The same names written again beside a name found (see the module)."""
    out: list[PiiSpan] = []
    for span in spans:
        found = text[span.start : span.end]
        latin = _LATIN_NAME.fullmatch(found) is not None
        if latin and (m := _HONORIFIC_THEN_OPEN.match(text, span.end)):
            seg = m.group("seg").rstrip()
            if (title := _TITLE_AFTER.search(seg)) and title.start() > 0:
                seg = seg[: title.start()].rstrip()  # "(로랑 부인)": the name, then "Mrs"
            if _fits(found, seg) and _same_first_sound(found, seg) and _hangul_or_kana_name(seg):
                at = m.start("seg")
                out.append(PiiSpan(at, at + len(seg), "NAME"))
        if latin and (m := _SAID_BEFORE.search(text, max(0, span.start - 16), span.start)):
            seg = m.group("seg")  # "밀러 음 Miller 선생님": the name said in Hangul first, then spelt
            if _fits(found, seg) and _same_first_sound(found, seg) and _hangul_or_kana_name(seg) and (
                not "\uac00" <= seg[0] <= "\ud7a3" or _ko_foreign(seg)  # not "남편 음 Mark": her husband
            ):
                out.append(PiiSpan(m.start("seg"), m.end("seg"), "NAME"))
        if "\uac00" <= found[:1] <= "\ud7a3" and len(found) <= 2:
            m = _LATIN_GIVEN_BEFORE.search(text, max(0, span.start - 24), span.start)
            if m and is_given_name(m.group(1)) and classify(m.group(1)) != COMMON:
                out.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "Sarah 문 고객님": her given name
        if latin and " " in found and "/" in text:
            if (m := _SLASH_AFTER.match(text, span.end)) and _dense_name(m.group("run")):
                out.append(PiiSpan(m.start("run"), m.end("run"), "NAME"))
            if (m := _SLASH_BEFORE.search(text, max(0, span.start - 12), span.start)) and _dense_name(m.group("run")):
                out.append(PiiSpan(m.start("run"), m.end("run"), "NAME"))
        if latin and " " not in found and (m := _LONE_HAN_AFTER.match(text, span.end)) and m.group("run") not in ZH_COMMON_WORDS:
            out.append(PiiSpan(m.start("run"), m.end("run"), "NAME"))  # "Chen 陈": the family name in Han
        if "\uac00" <= found[:1] <= "\ud7a3" and len(found) == 3:
            m = _CORRECTED_BEFORE.search(text, max(0, span.start - 16), span.start)
            if m and m.group("run")[0] == found[0] and m.group("run") != found and not ko_frequent(m.group("run")):
                out.append(PiiSpan(m.start("run"), m.end("run"), "NAME"))
    if "の" in text and "様" in text or "さん" in text:
        out += [PiiSpan(m.start("run"), m.end("run"), "NAME") for m in _JA_COMPANION_SAMA.finditer(text)]
    return out
