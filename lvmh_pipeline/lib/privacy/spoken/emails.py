"""E-mail addresses said aloud and transcribed word for word: "claire point martin arobase orange
point fr", "tom dot baker at gmail dot com", "tanaka アットマーク docomo ドット ne ドット jp",
"wang 艾特 163 点 com", "minji 골뱅이 naver 닷 com", "ahmed آت جيميل دوت كوم".

The parts of the address are Latin ids (Arabic- and Cyrillic-script words too, where a speaker
transliterates a name, the provider or the top-level domain: "yandex точка ру"), joined by the name of the dot and with the name of "@" once between
the local part and the domain, which ends on a spoken dot and a top-level domain; "_" and "-" may
be said in the local part ("tiret bas", "underscore", "Bindestrich", "下划线"). The ordinary
English "at" is the sign only when the local part looks like an id (a figure, "_", or a spoken
dot, dash or underscore: "tom dot baker at …"), so "meet at home dot com" stays; every other language's name of the
sign is itself the evidence. Bounded by Latin (and Arabic) word characters only: in CJK, Hangul
or kana text the address is glued to the words around it ("メールはtanaka … jpです").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.lexicon.fillers import CJK_FILLERS, HESITATION_PATTERN
from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["find_spoken_emails"]

# Names of "@" and "." that are words (spaces around them) and that may be glued (CJK, Hangul, kana).
_AT_WORDS = r"at|arobase|arrobase|arroba|chiocciola|собака|собачка|apenstaartje|klammeraffe|آت|ات"
_AT_GLUED = r"アットマーク|アット|艾特|圈a|골뱅이|앳"
_DOT_WORDS = r"dot|point|punt|punto|punkt|ponto|точка|دوت|نقطة"
_DOT_GLUED = r"ドット|点|닷|쩜|점"
# "_" and "-" in the local part: "jean tiret bas martin", "anna underscore k"
_JOIN_WORDS = (
    r"tiret bas|tiret|underscore|dash|hyphen|guion bajo|guion|guión|trattino|bindestrich|unterstrich|streepje|"
    r"liggend streepje|hífen|traço|подчёркивание|подчеркивание|дефис"
)
_JOIN_GLUED = r"アンダーバー|アンダースコア|ハイフン|下划线|横杠|언더바|하이픈"
# A pause around the names of the signs: commas of any width and a hesitation between them
# ("hiroshi点nakamura、アット、えっと、mail点com", "tom dot baker at, uh, gmail dot com").
_HESITATION = rf"(?:{'|'.join(sorted(CJK_FILLERS, key=len, reverse=True))}|{HESITATION_PATTERN})"
_PAUSE = rf"(?:[\s,、，]*{_HESITATION}(?=[\s,、，]))?"
_SPACED = rf"(?:\s*[,、，])?\s+{_PAUSE}(?:[\s,、，]*\s)?"  # a blank at least
_GLUED = rf"[\s,、，]*{_PAUSE}[\s,、，]*"
_AT = rf"(?:{_SPACED}(?P<at>{_AT_WORDS}){_SPACED}|{_GLUED}(?:{_AT_GLUED}){_GLUED})"
_DOT = rf"(?:{_SPACED}(?:{_DOT_WORDS}){_SPACED}|{_GLUED}(?:{_DOT_GLUED}){_GLUED})"
_LOCAL_JOIN = rf"(?:{_DOT}|\s+(?:{_JOIN_WORDS})\s+|\s*(?:{_JOIN_GLUED})\s*)"
_ID = r"[A-Za-z0-9](?:[A-Za-z0-9_%+\-.]*[A-Za-z0-9_%+\-])?"  # a written dot too: "li.na 艾特 163 点 com"
_DOMAIN_PART = r"(?:[A-Za-z0-9][A-Za-z0-9\-]*|[\u0621-\u064a]{2,}|[а-яё]{2,}|[가-힣]{2,}|[ァ-ヴー]{2,})"
# A name in the local part is said in the speaker's script too ("سارة نقطة علي آت جيميل نقطة كوم").
# Spelt letter by letter: "s o y e o n", "제이 와이 리" (J, Y, Lee), "ケー" (K), "たなか".
_LOCAL_ID = (
    rf"(?:[A-Za-z0-9](?: [A-Za-z0-9]){{2,}}(?![A-Za-z0-9])|{_ID}|[\u0621-\u064a]{{2,}}|[а-яё]{{2,}}"
    r"|(?<![가-힣])[가-힣]{1,2}(?: [가-힣]{1,2}){0,3}(?![가-힣])|(?<![ァ-ヴー])[ァ-ヴー]+|(?<![ぁ-ゖ])[ぁ-ゖ]{2,})"
)
_TLD = (
    r"(?:com|net|org|edu|gov|nl|de|fr|it|es|pt|be|ch|at|uk|ru|cn|jp|kr|ae|sa|qa|br|us|ca|au|eu|info|biz|me|io|co"
    r"|hk|tw|sg|in|mx|ar|cl|lu|ie|gr|pl|se|no|dk|fi|tr|il|kw|bh|om|eg|ma|lb|jo"
    r"|كوم|نت|コム|ネット|ジェーピー|컴|넷|케이알|ру|рф|ком|нет|орг)"
)
_SPOKEN_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_.@\u0621-\u064aа-яё])(?P<local>{_LOCAL_ID}(?:{_LOCAL_JOIN}{_LOCAL_ID})*){_AT}"
    rf"{_DOMAIN_PART}(?:{_DOT}{_DOMAIN_PART})*{_DOT}{_TLD}(?![A-Za-z0-9_\u0621-\u064aа-яё])",
    re.IGNORECASE,
)
# A name said syllable by syllable before a glued name of "@" ("li xiao mei 连起来，艾特 qq 点 com"):
# the syllables, the word that says to join them, the sign.
_SYLLABLES_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_.@])[a-z]{{1,6}}(?: [a-z]{{1,6}}){{1,3}}[\s,、，]*(?:连起来|连在一起|连着写|连写|拼在一起|合起来|붙여서|つなげて)?"
    rf"{_GLUED}(?:{_AT_GLUED}){_GLUED}{_DOMAIN_PART}(?:{_DOT}{_DOMAIN_PART})*{_DOT}{_TLD}(?![A-Za-z0-9_])"
)
_SPOKEN_MARK = re.compile(rf"\s(?:{_DOT_WORDS}|{_JOIN_WORDS})\s|{_DOT_GLUED}|{_JOIN_GLUED}", re.IGNORECASE)
_ID_MARK = re.compile(r"[_\d]")
_GATE = re.compile(rf"(?<!\w)(?:{_DOT_WORDS})(?!\w)|{_DOT_GLUED}", re.IGNORECASE)


def find_spoken_emails(text: str) -> list[PiiSpan]:
    """E-mail addresses said with the names of "@" and "." (see the module)."""
    if not _GATE.search(text):
        return []
    spans = []
    for m in _SPOKEN_EMAIL.finditer(text):
        local = m.group("local")
        if m.group("at") and m.group("at").casefold() == "at" and not (
            _ID_MARK.search(local) or _SPOKEN_MARK.search(local)
        ):
            continue  # "meet at home dot com": the English "at" needs an id before it
        spans.append(PiiSpan(m.start(), m.end(), "EMAIL"))
    if any(sign in text for sign in ("艾特", "골뱅이", "アット", "圈a", "앳")):
        spans += [
            PiiSpan(m.start(), m.end(), "EMAIL") for m in _SYLLABLES_EMAIL.finditer(text)
            if not any(s.start < m.end() and m.start() < s.end for s in spans)
        ]
    return spans
