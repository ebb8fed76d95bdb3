"""E-mail addresses said aloud and transcribed word for word: "claire point martin arobase orange
point fr", "tom dot baker at gmail dot com", "tanaka アットマーク docomo ドット ne ドット jp",
"wang 艾特 163 点 com", "minji 골뱅이 naver 닷 com", "ahmed آت جيميل دوت كوم".

The parts of the address are Latin ids (Arabic- and Cyrillic-script words too in the domain, where a
speaker transliterates the provider or the top-level domain: "yandex точка ру"), joined by the name of the dot and with the name of "@" once between
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
_AT_WORDS = r"at|arobase|arrobase|arroba|chiocciola|собака|apenstaartje|klammeraffe|آت|ات"
_AT_GLUED = r"アットマーク|アット|艾特|圈a|골뱅이|앳"
_DOT_WORDS = r"dot|point|punt|punto|punkt|ponto|точка|دوت|نقطة"
_DOT_GLUED = r"ドット|点|닷|쩜"
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
_ID = r"[A-Za-z0-9][A-Za-z0-9_%+\-]*"
_DOMAIN_PART = r"(?:[A-Za-z0-9][A-Za-z0-9\-]*|[\u0621-\u064a]{2,}|[а-яё]{2,})"
_TLD = (
    r"(?:com|net|org|edu|gov|nl|de|fr|it|es|pt|be|ch|at|uk|ru|cn|jp|kr|ae|sa|qa|br|us|ca|au|eu|info|biz|me|io|co"
    r"|كوم|نت|コム|컴|ру|рф|ком|нет|орг)"
)
_SPOKEN_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_.@])(?P<local>{_ID}(?:{_LOCAL_JOIN}{_ID})*){_AT}"
    rf"{_DOMAIN_PART}(?:{_DOT}{_DOMAIN_PART})*{_DOT}{_TLD}(?![A-Za-z0-9_\u0621-\u064aа-яё])",
    re.IGNORECASE,
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
    return spans
