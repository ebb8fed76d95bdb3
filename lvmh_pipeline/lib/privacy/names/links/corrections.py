"""A name said and corrected in a dictated note: both the slip and the correction are names.

"Mrs Hart — sorry, Hartley", "la señora Ruiz, perdón, Ríos", "Иванова, то есть Ивахнова",
"السيد بن سعيد، عفواً، بن سعد", "ウィリアムズ、じゃなくて、ウィルソン様", "배수지 아니고 배수진 고객님".

Next to a name found, a correction word of one of the 12 languages (not a bare "no": that one
needs the same word respelt, :func:`.nicknames.corrected_links`), then the other word:

- in Latin or Cyrillic script, a capitalised word that is no common word, place, month or brand
  ("Mrs Hart, sorry, Monday is full" stays), and after the correction word a punctuation mark
  or the end ("Mrs Hale, sorry, Harrods closed": a shop);
- in Arabic script (no capitals), a word that is no common word, before a punctuation mark, the
  end or a verb of a person ("عفواً، بن سعد زار");
- in kana, kanji or Hangul, a word of the same script sharing its first character with the name
  found, or a name of the lexicon ("가방 아니고 지갑" stays).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.guard import (
    COMMON, NAME, classify, is_given_name, is_place_month_or_brand, is_surname, is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.lexicon import TITLE_WORDS_LOWER
from lvmh_pipeline.lib.privacy.names.lexicon.arabic import ARABIC_TITLES
from lvmh_pipeline.lib.privacy.names.lexicon.cjk import JA_HONORIFICS, KO_SURNAMES, ZH_HONORIFICS, ZH_SURNAMES
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import _PERSON_SUBJECT_VERBS

__all__ = ["spoken_corrections"]

# the correction words: checked first as plain substrings (cheap gate), then as a pattern
_WORDS = (
    "sorry", "I mean", "I meant", "or rather", "rather", "correction", "my mistake", "no wait",
    "Entschuldigung", "Verzeihung", "ich meine", "besser gesagt", "vielmehr", "Korrektur",
    "pardon", "je veux dire", "je voulais dire", "ou plutôt", "plutôt",
    "perdón", "perdon", "perdona", "perdone", "disculpa", "disculpe", "digo", "o sea", "quiero decir", "mejor dicho",
    "cioè", "scusi", "scusa", "scusate", "volevo dire", "anzi",
    "desculpe", "desculpa", "perdão", "quer dizer", "aliás", "ou melhor",
    "ik bedoel", "beter gezegd", "correctie",
    "то есть", "вернее", "точнее", "извините", "простите", "или",
    "أقصد", "اقصد", "أعني", "عفواً", "عفوًا", "عفوا", "عذراً", "عذرا", "آسف", "آسفة", "اسفة", "بالأحرى",
    "ولا", "أو", "او",
    "じゃなくて", "ではなくて", "ではなく", "じゃなく", "じゃない", "ではない", "いや", "失礼", "訂正", "すみません",
    "아니고", "아니라", "아니", "죄송", "정정", "말고",
    "不是", "不对", "抱歉", "对不起", "我是说", "应该是", "更正",
)
_GATE = Gate(w.lower() for w in _WORDS)
_CORR = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(_WORDS, key=len, reverse=True))
_SEP = r"[ \t,，、،؛.。…:;—–\-]*"
# a kana or kanji name may follow the word unspaced ("不对是…"); a Latin, Cyrillic or Hangul letter may not
_CORRECTION = (
    rf"(?<![^\W\d_\u3040-\u9fff])(?i:{_CORR})(?![^\W\d_\u3040-\u9fff])(?:{_SEP}(?i:no|nee|nein|non|não|нет|لا|是))?"
)
# "no sorry, it's …", "non pardon, c'est …", "нет, простите, это …": the copula before the right name
_COPULA = (
    r"(?:(?i:it's|it’s|it is|it was|that's|that’s|c'est|c’est|c'était|es ist|es war|het is|het was|es|era|è|é|ist|is"
    r"|это)[ \t]+)?"
)

_HAN_HONORIFICS = tuple(h for h in JA_HONORIFICS + ZH_HONORIFICS if "\u4e00" <= h[0] <= "\u9fff")
_LATIN = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё'’\-]{2,}"
_ARABIC = r"(?:(?:بن|ابن|آل|أبو|ابو|عبد)[ \t]+)?[\u0621-\u064A]{3,}"
_DENSE = r"[\u30A0-\u30FF]{2,}|[\u4E00-\u9FFF]{1,3}|[\uAC00-\uD7AF]{2,4}"
_OTHER = rf"(?:{_LATIN}|{_ARABIC}|{_DENSE})"

_NO = rf"(?:(?i:no|nee|nein|non|não|нет|لا|いや|아니)(?![^\W\d_]){_SEP})?"
# "sorry, het is De Witte": a family name with its particle
_PARTICLE = r"(?:(?:De|Van|Von|Di|Da|Del|Dos|Das|Du|Le|La)[ \t]+(?:(?:den|der|de|la)[ \t]+)?)"
_PARTICLE_START = re.compile(_PARTICLE)
_AFTER = re.compile(rf"{_SEP}{_NO}(?:{_CORRECTION}){_SEP}{_COPULA}(?P<name>{_PARTICLE}?{_OTHER})")
# "lo de Paco, o sea Francisco Lebrón,": the correction gives the full name, given name and surname
_AFTER_FULL = re.compile(rf"{_SEP}{_NO}(?:{_CORRECTION}){_SEP}{_COPULA}(?P<name>{_LATIN}[ \t]+{_LATIN})")
_CLOSED = re.compile(r"[ \t]*(?:[,，、،؛.。…:;!?؟)\]—–]|-[ \t]|$)")
# "or" / "or is it" in Arabic: a correction only when the other word respells the name ("القصيبي، ولا القصبي؟")
_OR_WORDS = frozenset({"ولا", "أو", "او"})
_NEXT_WORD = re.compile(r"[ \t]+([\u0621-\u064A]+)")
# "the Rosenbergs, no sorry, the Rosenblums": an article may stand before the correction
_ARTICLE = r"(?:(?i:the|les|los|las|die|de|het|i|gli|le|os|as)[ \t]+)?"
_BEFORE = re.compile(rf"(?<![\w\u0621-\u064A])(?P<name>{_OTHER}){_SEP}{_NO}(?:{_CORRECTION}){_SEP}{_ARTICLE}$")
# "배수지 X, 배수진 O", "Hart ✗ / Hartley ✓": a slip crossed out and the name marked right
_MARKED = re.compile(
    rf"(?<![\w\u0621-\u064A])(?P<slip>{_OTHER})[ \t]*[X×✕✗][ \t]*[,/;][ \t]*(?P<name>{_OTHER})[ \t]*[O○◯✓✔](?![A-Za-z])"
)
_TITLE_BEFORE = re.compile(
    r"(?:(?i:mrs?|ms|miss|herr|frau|mme|mlle|m|sr|sra|señora|señor|signora|signor|sig|sig\.ra|dhr|mevr|mevrouw|"
    r"meneer|sra|господин|госпожа|السيد|السيدة)\.?[ \t]+)$"
)


# titles and particles: "Sr./Sra. o sea Fuentes", "nee sorry, Van den Bosch" — not the name itself
_NOT_NAMES = frozenset(
    "mr mrs ms miss sr sra srta sig dr prof herr frau mme mlle dhr mevr dona don van von de den der di da le la "
    "du del dos das ten ter al el".split()
)


# A one-syllable Korean family name taken back for another or for a name found ("박 아니고 방", "박 아니고 [NAME]",
# "강, 강 말고 장")
_KO_SURNAME_SWAP = re.compile(r"(?<![가-힣])([가-힣])[ \t]*[,…]?[ \t]*(?:아니고|아니라|말고)[ \t,]*(?:([가-힣])(?![가-힣])|\[NAME\])")


_KO_MATERIALS = frozenset("금 은 옥 동 철".split())  # "금 아니고 은": gold, not silver


def _korean_swaps(text: str) -> list[PiiSpan]:
    out = []
    for m in _KO_SURNAME_SWAP.finditer(text):
        pair = {m.group(1), m.group(2)} - {None}
        if pair <= KO_SURNAMES and not pair & _KO_MATERIALS:
            out += [PiiSpan(m.start(g), m.end(g), "NAME") for g in (1, 2) if m.group(g)]
    return out


def _dense(word: str) -> bool:
    return word[:1] >= "\u30a0"


def _script(c: str) -> str:
    if "\uac00" <= c <= "\ud7af":
        return "ko"
    if "\u30a0" <= c <= "\u30ff":
        return "kana"
    if "\u4e00" <= c <= "\u9fff":
        return "han"
    return "other"


def _ok(word: str, found: str) -> bool:
    if _dense(word):
        if word == found:
            return False
        if _script(word[0]) != _script(found[:1]):
            return _transcribed(word, found)
        if len(word) == 1 and word in ZH_SURNAMES and found[:1] in ZH_SURNAMES:
            return True  # "刘 不对 是 柳小姐": one surname taken back for another
        return word[0] == found[0] or classify(word) == NAME
    if _dense(found[:1]):
        return _transcribed(found, word)
    last = word.split()[-1]
    if last.casefold() in _NOT_NAMES or last.casefold().rstrip(".") in TITLE_WORDS_LOWER or last in ARABIC_TITLES:
        return False  # "Sheikh, no sorry, Mr …", "الشيخة، لا عفواً، …": a title corrected, no name
    return not (classify(last) == COMMON or is_vocabulary(last) or is_place_month_or_brand(last))


def _full_ok(name: str, found: str) -> bool:
    """Every word of the correction may be a name ("o sea Francisco Lebrón"; not "sorry, Monday Smith"):
    before a family name, a listed given name that is a place or a word too is the given name."""
    words = name.split()
    return _ok(words[-1], found) and all(
        _ok(w, found) or is_given_name(w) or w.casefold() in _NOT_NAMES and w.casefold() not in TITLE_WORDS_LOWER
        for w in words[:-1]
    )


def _transcribed(dense: str, latin: str) -> bool:
    """A name taken back across scripts ("화이트, 아니 White 고객님", "Lee… 아니 리"): the Latin word is a
    listed family or given name, the other one a short word of Hangul or kana, no listed ordinary word."""
    return (
        _script(dense[0]) in ("ko", "kana")
        and len(dense) <= 5
        and classify(dense) != COMMON
        and bool(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", latin))
        and (is_surname(latin) or is_given_name(latin))
        and not is_place_month_or_brand(latin)
    )


def _span(m: re.Match) -> PiiSpan:
    """The name of a match, "son of" aside ("بن سعد": "سعد"), as :func:`..extents.son_of_split.split_at_son_of` does,
    a particle before a family name ("Van den Berg": "Berg") and an honorific glued to a Han name aside
    ("じゃなくて佐野様": "佐野")."""
    start, word = m.start("name"), m.group("name")
    if word.startswith(("بن ", "ابن ", "بن\t", "ابن\t")):
        start += len(word) - len(word.split(None, 1)[1])
    elif particle := _PARTICLE_START.match(word):
        start += particle.end()  # "sorry, Van den Berg": the particle stays, as beside any name found
    end = m.end("name")
    if _dense(word):
        end = next((i for i in range(start + 1, end) if m.string.startswith(_HAN_HONORIFICS, i)), end)
    return PiiSpan(start, end, "NAME")


def _closed(text: str, m: re.Match) -> bool:
    """The correction ends its clause (a dense script's honorific aside), or an Arabic one
    comes before a verb of a person."""
    if _dense(m.group("name")) or _CLOSED.match(text, m.end("name")):
        return True
    nxt = _NEXT_WORD.match(text, m.end("name"))
    return nxt is not None and nxt.group(1) in _PERSON_SUBJECT_VERBS


def _respelt_if_or(text: str, m: re.Match, found: str) -> bool:
    """After "ولا" / "أو" (or), the other word is a correction only when it respells the name's last word."""
    said = text[m.start() : m.start("name")]
    if not any(w.strip("،,؟?") in _OR_WORDS for w in said.split()):
        return True
    other, last = m.group("name").split()[-1], found.split()[-1]
    return other != last and SequenceMatcher(None, other, last).ratio() >= 0.7


def _marked(text: str) -> list[PiiSpan]:
    out = []
    for m in _MARKED.finditer(text):
        slip, name = m.group("slip"), m.group("name")
        if slip[:1] == name[:1] and _ok(slip, name) and _ok(name, slip):
            out += [PiiSpan(m.start("slip"), m.end("slip"), "NAME"), PiiSpan(m.start("name"), m.end("name"), "NAME")]
    return out


def _with_repeats(text: str, ordered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names found and their other occurrences before them: the slip is said before the name
    repeated in the plural ("the Rosenbergs, sorry, the Rosenblums, Mr and Mrs Rosenblum")."""
    out = list(ordered)
    for start, end in ordered:
        found = text[start:end]
        if len(found) < 3 or "[" in found or " " in found:
            continue
        at = text.find(found)
        while 0 <= at < start:
            if not text[at - 1 : at].isalpha() and not text[at + len(found) : at + len(found) + 1].isalpha() or (
                text[at + len(found) : at + len(found) + 1] == "s" and not text[at + len(found) + 1 : at + len(found) + 2].isalpha()
            ):
                out.append((at, at + len(found)))
            at = text.find(found, at + 1)
    return out


def spoken_corrections(text: str, ordered: list[tuple[int, int]]) -> list[PiiSpan]:
    low = text.lower()
    marked = _marked(text) if ("X" in text or "✗" in text or "×" in text) else []
    if not _GATE(low):
        return marked
    out = _korean_swaps(text) if "아니" in text or "말고" in text else []
    for start, end in _with_repeats(text, ordered):
        found = text[start:end]
        if not found or "[" in found:
            continue
        for pattern in (_AFTER_FULL, _AFTER):
            m = pattern.match(text, end, min(len(text), end + 50))
            if m and _full_ok(m.group("name"), found) and _closed(text, m) and _respelt_if_or(text, m, found):
                out.append(_span(m))
                break
        head = start
        t = _TITLE_BEFORE.search(text, max(0, start - 10), start)
        if t:
            head = t.start()
        b = _BEFORE.search(text, max(0, head - 40), head)
        if b and _ok(b.group("name"), found):
            out.append(_span(b))
    return out + marked
