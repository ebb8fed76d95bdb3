"""Every occurrence in a note of names already known (found earlier in it, or in the client's
other notes): "Meyer" → "Meyer", "MEYER", "meyer", "Meyer's", "Meyers", "Meyer님", "Meyer様",
"Meyer-san"; "Орлов" → "Орлова", "Орловым"; "المهيري" → "والمهيري"; "田中" → "田中は".

Pure and linear: the text is tokenised once with one compiled pattern and tokens are looked up
in sets built per call (cached per name set); nothing is compiled per name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import (
    BRANDS,
    JA_HONORIFICS,
    KO_HONORIFICS,
    KO_SURNAMES,
    PARTICLES,
    TITLE_WORDS_LOWER,
    ZH_COMMON_WORDS,
    ZH_HONORIFICS,
    ZH_SURNAMES,
)
from lvmh_pipeline.lib.privacy.names.guard import is_vocabulary
from lvmh_pipeline.lib.privacy.names.scripts.marks import has_marks, on_plain_text, strip_marks
from lvmh_pipeline.lib.privacy.names.person_names import person_names

_ALPHA = "A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff"
_ARABIC = "\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
_TOKEN = re.compile(rf"[{_ALPHA}]+(?:['’][{_ALPHA}]+)*|[{_ARABIC}]+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7af]+")
_KO_NOT_GIVEN = "임님씨이가은는도의과와을를께"
_KO_COMPOUND_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문")
_ARABIC_CHAR = re.compile(f"[{_ARABIC}]")
_ELISIONS = ("d'", "d’", "l'", "l’", "dell'", "dell’", "all'", "all’", "dall'", "dall’", "nell'",
             "nell’", "sull'", "sull’", "qu'", "qu’")
_SAINTS = frozenset({"saint", "sainte", "st", "ste", "san", "santa", "santo", "sao", "sankt"})
_CJK_HONORIFICS = tuple(sorted(set(JA_HONORIFICS + ZH_HONORIFICS + KO_HONORIFICS), key=len, reverse=True))
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_NAME_SPLIT = re.compile(r"[ \u3000・·•]+")
# Characters after which a lone Chinese surname is the subject of a clause ("马说", "马是",
# "陈，"): verbs and particles that follow a person.
_ZH_AFTER_SUBJECT = frozenset("说是在要想也都很对和跟就还又不没已会能让把被给去来觉希喜爱讲问表提选买看的")
# Characters that never end a given name glued to a surname ("王的", "陈说").
_ZH_NOT_GIVEN = frozenset("的了是在和与说也都就还很对给跟要想会能把被让先女小太夫老总董经律医教博阿氏家")
_ZH_PUNCT = frozenset("，。、；：！？（）【】「」《》“”‘’,.;:!?() \u3000\n\t")
# A one-syllable Korean surname found before an honorific stands alone elsewhere in the note,
# before punctuation or at its end ("송 사장님과 통화. 송, 다음 주 재방문", "고객: 최."), or before a
# word when the syllable is no ordinary word ("윤 오늘 재방문"; not "이 가방", "안 됨", "전 담당").
_KO_LONE_AFTER = re.compile(r"[ \t]*(?:[,.:;!?()（）/·\]\-–—]|$|\n)")
_KO_LONE_WORD_AFTER = re.compile(r"[ \t]+[\uac00-\ud7af]")
_KO_WORD_SYLLABLES = frozenset("이그저전한안더또좀잘못두세네새각총본대고구현부왜꼭다막참딱제내너뭐늘곧줄수것등및약별양명원번때중위차후초말첫온옛헌맨순단진정오주시도우나소연")
# An honorific or a role after a space: "구민호 회장님 … 구 회장님 시계 수리" (구 is "former" too,
# but the note named 구민호).
_KO_HONORIFIC_AFTER = re.compile(
    r"[ \t]?(?:님|씨|고객님|여사님|선생님|사모님|회장님|대표님|원장님|교수님|사장님|실장님|부장님|이사님|고객|여사|회장|대표)"
    r"(?![\uac00-\ud7af])|[ \t]?(?:님|씨)"
)
# Where a lone surname opens a clause: the note's start, punctuation, a hesitation ("최지우 님 …
# 음 그 최 반지 보심"); not after a word ("두 장 구매": 장 counts scarves).
_KO_CLAUSE_BEFORE = re.compile(r"(?:^|[,.:;!?()/\]\n]|(?<![가-힣])(?:음|어|그|저|그러니까|아|네))[ \t]*$")
# Not after a number or a counter ("3 층, 김 …" is fine, "1 차," is no name) — a digit before the
# syllable makes it a unit.
_KO_LONE_BEFORE = re.compile(r"[0-9][ \t]*$")
# Russian case endings of surnames and given names (Орлов → Орлова, Орлову, Орловым …).
_RU_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ский", ("ского", "скому", "ским", "ском", "ские", "ских", "ская", "ской", "скую")),
    ("цкий", ("цкого", "цкому", "цким", "цком", "цкие", "цких", "цкая", "цкой", "цкую")),
    ("ская", ("ской", "скую", "ские", "ских")),
    ("цкая", ("цкой", "цкую")),
    ("ова", ("овой", "ову", "овою", "овы", "овых")),
    ("ева", ("евой", "еву", "евы", "евых")),
    ("ина", ("иной", "ину", "ины", "иных")),
    ("ов", ("ова", "ову", "овым", "ове", "овы", "овых", "овыми", "овой")),
    ("ев", ("ева", "еву", "евым", "еве", "евы", "евых", "евой")),
    ("ёв", ("ёва", "ёву", "ёвым", "ёве", "ёвы", "ёвых")),
    ("ин", ("ина", "ину", "иным", "ине", "ины", "иных", "иной")),
    ("ий", ("ия", "ию", "ием", "ии")),
    ("а", ("ы", "е", "у", "ой", "ою", "и")),
    ("я", ("и", "е", "ю", "ей")),
    ("", ("а", "у", "ом", "е", "ым", "ой")),
)


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    """Case-folded, without accents ("Müller" → "muller"), as a transcription may write it."""
    folded = word.casefold()
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))


def _russian_forms(word: str) -> set[str]:
    for ending, forms in _RU_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: len(word) - len(ending)]
            return {stem + f for f in forms}
    return set()


@dataclass(frozen=True)
class _Forms:
    # first token form → list of (remaining token forms, needs a capital)
    alpha: dict[str, list[tuple[tuple[str, ...], bool]]]
    unspaced: tuple[tuple[str, bool], ...]  # (name, needs an honorific after it)
    heads: frozenset[str]  # first two letters of every form: most tokens are ruled out by them
    # (surname character, full name or "", script): a Chinese or Korean surname standing alone
    lone: tuple[tuple[str, str, str], ...] = ()


@lru_cache(maxsize=2048)
def _forms(names: tuple[str, ...]) -> _Forms:
    alpha: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    unspaced: list[tuple[str, bool]] = []

    def add(tokens: list[str]) -> None:
        if not tokens:
            return
        plain = [_plain(t) for t in tokens]
        single = len(plain) == 1
        if single and (plain[0] in PARTICLES or plain[0] in TITLE_WORDS_LOWER or len(plain[0]) < 2):
            return
        # A name that is an ordinary word too ("Rose", "Koch") only matches with a capital.
        cased = tokens[0][:1].isupper() or tokens[0][:1].islower()
        capital = single and cased and (is_vocabulary(tokens[0]) or len(plain[0]) <= 2)
        variants = {plain[0]}
        if single and "\u0400" <= tokens[0][:1] <= "\u04ff":
            variants |= {_plain(f) for f in _russian_forms(tokens[0].casefold())}
        for variant in variants:
            alpha.setdefault(variant, []).append((tuple(plain[1:]), capital))

    lone: list[tuple[str, str, str]] = []
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        if _UNSPACED.search(name):
            compact = name.replace(" ", "")
            unspaced.append((compact, len(compact) < 2))
            parts, lone_part = _unspaced_parts(name, compact)
            unspaced += [(part, False) for part in parts]
            if lone_part:
                lone.append(lone_part)
            continue
        tokens = _TOKEN.findall(name)
        add(tokens)
        # Each word of a multi-word name counts alone too ("Anna Krause" → "Krause"), except
        # particles and initials.
        if len(tokens) > 1:
            for token in tokens:
                if len(token) > 1 and _plain(token) not in PARTICLES:
                    add([token])
            # a particle surname without what precedes it ("Marco Lo Bianco" → "Lo Bianco"), and
            # a compound one without its particle ("de Saint-Cyr" → "Saint-Cyr", "Saint Cyr")
            particle = [_plain(t) in PARTICLES or t == "Lo" and k < len(tokens) - 1 for k, t in enumerate(tokens)]
            for i in range(len(tokens) - 1):
                if particle[i] and not (i and particle[i - 1]):
                    j = next((k for k in range(i, len(tokens)) if not particle[k]), len(tokens))
                    for k in range(max(i, 1), min(j, len(tokens) - 1)):
                        if k == i or tokens[k][:1].isupper():
                            add(tokens[k:])
    for entries in alpha.values():
        entries.sort(key=lambda entry: -len(entry[0]))  # the longest form first
    return _Forms(alpha, tuple(dict.fromkeys(unspaced)), frozenset(form[:2] for form in alpha), tuple(lone))


def _unspaced_parts(name: str, compact: str) -> tuple[list[str], tuple[str, str, str] | None]:
    """Parts of a CJK or Hangul name that a note repeats alone: "西村 拓海" → 西村, 拓海;
    "ガルシア・ロペス" → ガルシア, ロペス; 田中恵子 → 田中, 恵子; 陈志强 → 志强 (and 陈 alone where
    a clause starts with it); 박준호 → 준호 (and 박 alone right before the full name)."""
    parts = [p for p in _NAME_SPLIT.split(name) if len(p) >= 2 and p != compact]
    lone = None
    if _HANGUL.match(compact):
        if len(compact) == 3 and compact[0] in KO_SURNAMES:
            parts.append(compact[1:])
            lone = (compact[0], compact, "ko")
        elif len(compact) == 1 and compact in KO_SURNAMES:
            lone = (compact, "", "ko")  # "송 사장님 … 송, 다음 주 재방문"
        elif len(compact) == 4 and compact.startswith(_KO_COMPOUND_SURNAMES):
            parts += [compact[:2], compact[2:]]  # 남궁민수 → 남궁 (a false start "남궁 음.. 남궁민수"), 민수
        return parts, lone
    if not _HAN.match(compact) or len(parts) > 0:
        return parts, lone
    ja = person_names().ja_names
    for size in (3, 2):
        if len(compact) >= size + 2 and compact[:size] in ja:
            parts += [compact[:size], compact[size:]]
            break
    if 2 <= len(compact) <= 3 and compact[0] in ZH_SURNAMES:
        if len(compact) == 3:
            parts.append(compact[1:])
        lone = (compact[0], compact, "zh")
    elif len(compact) == 1 and compact in ZH_SURNAMES:
        lone = (compact, "", "zh")
    return parts, lone


@lru_cache(maxsize=65536)
def _token_keys(token: str) -> tuple[tuple[str, int, int], ...]:
    """(form, start shift, end shift) of a text token: itself, without a possessive, without an
    elided article, without a German genitive "s", without an Arabic proclitic."""
    plain = _plain(token)
    keys = [(plain, 0, 0)]
    for tail in ("'s", "’s", "'", "’"):
        if plain.endswith(tail) and len(plain) > len(tail) + 1:
            keys.append((plain[: -len(tail)], 0, -len(tail)))
    for head in _ELISIONS:
        if plain.startswith(head) and len(plain) > len(head) + 1:
            keys.append((plain[len(head) :], len(head), 0))
    if plain.endswith("s") and token[:1].isupper() and len(plain) > 3:
        keys.append((plain[:-1], 0, -1))
    if "\u0621" <= token[:1] <= "\u06ff" and len(token) > 3:
        keys += _arabic_keys(token, plain)
    return tuple(keys)


# Suffixes glued to an Arabic family name or to the word it is made of: "الخياطة", "النحاسية",
# "الحدادين", "عطارها". Once the family name is found, the word carrying it goes too.
_AR_SUFFIXES = ("يات", "ية", "يه", "ات", "ين", "ون", "ان", "هم", "ها", "ي", "ة", "ه")


def _arabic_keys(token: str, plain: str) -> list[tuple[str, int, int]]:
    """Keys of an Arabic token: without its proclitics (و ب ل ف ك, "لل" for "لل" + "ال"), with
    the article ("الحداد" for "حداد"), without a glued suffix ("الخياطة" for "الخياط")."""
    stems = []
    if token[0] in "وبلفك":
        stems.append((plain[1:], 1))
    if token.startswith("لل"):
        stems.append(("ال" + plain[2:], 1))
    if token[:3] in ("ولل", "فلل") and len(token) > 5:
        stems.append(("ال" + plain[3:], 2))  # "وللنحاس": and for al-Nahhas
    if token[0] in "وف" and token[1:2] in "بلك" and len(token) > 5:
        stems.append((plain[2:], 2))  # "وبالنحاس", "وبحداد"
    keys = [(stem, shift, 0) for stem, shift in stems]
    for stem, shift in [(plain, 0), *stems]:
        if stem.startswith("ال") and len(stem) >= 6 and stem[2:] not in person_names().given:
            keys.append((stem[2:], shift, 0))  # "الحداد" after "حداد"; not "الميلاد" after "ميلاد"
        for suffix in _AR_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 5:
                keys.append((stem[: -len(suffix)], shift, 0))
    return keys


def name_occurrences(text: str, names: Iterable[str]) -> list[PiiSpan]:
    """Spans of every whole-word occurrence in ``text`` of ``names`` (any case, with accents or
    without, possessives, German genitive, Russian case endings, Arabic proclitics, glued
    CJK/Hangul honorifics). A name that is also an ordinary word ("Rose") matches capitalised
    only; a one-character CJK/Hangul name only before an honorific ("김 고객님")."""
    if not isinstance(text, str) or not text:
        return []
    names = [n for n in names if isinstance(n, str) and n.strip()]
    if any(has_marks(n) for n in names) or has_marks(text) and _ARABIC_CHAR.search(text):
        # "النحّاس" found once, "النحاس" written later (or the other way round)
        plain_names = tuple(strip_marks(n)[0] for n in names)
        return on_plain_text(text, lambda plain: _occurrences(plain, plain_names))
    return _occurrences(text, names)


_HEADS: dict[str, tuple[str, str | None, bool]] = {}  # token -> _head(token)


def _head(token: str) -> tuple[str, str | None, bool]:
    """What rules a token in or out before its forms are looked up: its first two letters
    case-folded, the same without accents (None when ASCII), and whether it is looked up
    whatever its first letters (an apostrophe, an Arabic token)."""
    head = token[:2].casefold()
    info = (
        head,
        None if head.isascii() else _plain(head),
        "'" in token or "’" in token or "\u0621" <= token[0] <= "\u06ff",
    )
    if len(_HEADS) >= 200_000:
        _HEADS.clear()
    _HEADS[token] = info
    return info


def _occurrences(text: str, names: Iterable[str]) -> list[PiiSpan]:
    forms = _forms(tuple(sorted({n for n in names if isinstance(n, str) and n.strip()})))
    spans: list[PiiSpan] = []
    if forms.alpha:
        tokens = list(_TOKEN.finditer(text))
        heads = forms.heads
        head_of = _HEADS.get
        for i, m in enumerate(tokens):
            token = m.group()
            head, plain_head, always = head_of(token) or _head(token)
            if head not in heads and (plain_head is None or plain_head not in heads) and not always:
                continue
            if i and _plain(tokens[i - 1].group()) in _SAINTS:
                continue  # "Central Saint Martins", "San Martín": a place, not the client
            if i and text[m.start() - 1 : m.start()] == " " and text.startswith(BRANDS, tokens[i - 1].start()):
                continue  # "Marc Jacobs", "Louis Vuitton": a house, whatever the client is called
            for key, shift_start, shift_end in _token_keys(token):
                entries = forms.alpha.get(key)
                if not entries:
                    continue
                for rest, capital in entries:
                    if capital and not token[shift_start : shift_start + 1].isupper():
                        continue
                    end = _match_rest(text, tokens, i, rest)
                    if end is None:
                        continue
                    stop = end if rest else m.end() + shift_end
                    spans.append(PiiSpan(m.start() + shift_start, stop, "NAME"))
                    break
                else:
                    continue
                break
        if "-" in text:
            spans += _spelt(text, forms)
    for name, short in forms.unspaced:
        spans += _unspaced_occurrences(text, name, short)
    for char, full, script in forms.lone:
        spans += _lone_surnames(text, char, full, script)
    return spans


_SPELT = re.compile(rf"(?<![\w\-])(?:[{_ALPHA}][\-.][ ]?){{2,}}[{_ALPHA}](?![\w\-])")


def _spelt(text: str, forms: _Forms) -> list[PiiSpan]:
    """A found name spelt out letter by letter ("je vous épelle M-O-R-E-L", "K-L-E-I-N")."""
    spans = []
    for m in _SPELT.finditer(text):
        word = _plain("".join(c for c in m.group() if c.isalpha()))
        if any(not rest for rest, _ in forms.alpha.get(word, ())):
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))
    return spans


def _lone_surnames(text: str, char: str, full: str, script: str) -> list[PiiSpan]:
    """A Chinese or Korean surname alone, once the note named the person: "陈，陈先生，陈志强"
    (and 陈志强 after 陈先生), "马晓东 … 马说", "박 그러니까 박준호"."""
    if script == "zh" and _KANA.search(text):
        return []  # Japanese: 田 alone is no surname
    spans = []
    start = text.find(char)
    while start != -1:
        end = start + 1
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if script == "ko":
            if _HANGUL.match(before) or _HANGUL.match(after):
                pass
            elif full and full in text[end : end + 20]:
                spans.append(PiiSpan(start, end, "NAME"))
            elif full and len(full) == 3 and text[end : end + 4].lstrip(" \t").startswith(full[1:]) and after in " \t":
                spans.append(PiiSpan(start, end, "NAME"))  # "이서연 … 이 서연이 엄마": written apart
            elif full and not _KO_LONE_BEFORE.search(text, max(0, start - 4), start) and (
                _KO_HONORIFIC_AFTER.match(text, end)
                or char not in _KO_WORD_SYLLABLES and _KO_LONE_AFTER.match(text, end)
                or char not in _KO_WORD_SYLLABLES and _KO_LONE_WORD_AFTER.match(text, end)
                and _KO_CLAUSE_BEFORE.search(text, max(0, start - 8), start)
            ):
                spans.append(PiiSpan(start, end, "NAME"))  # "구민호 회장님 … 구 회장님", "문지호 님 … 문,"
            elif not full and not _KO_LONE_BEFORE.search(text, max(0, start - 4), start) and (
                _KO_LONE_AFTER.match(text, end)
                or char not in _KO_WORD_SYLLABLES and _KO_LONE_WORD_AFTER.match(text, end)
                and _KO_CLAUSE_BEFORE.search(text, max(0, start - 8), start)
            ):
                spans.append(PiiSpan(start, end, "NAME"))
        elif not _HAN.match(before) or before in _ZH_PUNCT:
            glued = 0
            while glued < 2 and end + glued < len(text) and _HAN.match(text[end + glued]):
                glued += 1
            given = text[end : end + glued]
            closed = end + glued >= len(text) or text[end + glued] in _ZH_PUNCT or not _HAN.match(text[end + glued])
            if (
                not full
                and glued
                and closed
                and not text.startswith(_CJK_HONORIFICS, end)
                and not (_ZH_NOT_GIVEN & set(given))
                and char + given not in ZH_COMMON_WORDS
                and char + given[:1] not in ZH_COMMON_WORDS
            ):
                spans.append(PiiSpan(start, end + glued, "NAME"))  # 秦先生 … 秦俊，
            elif (
                after in _ZH_PUNCT
                or not _HAN.match(after)
                or (after in _ZH_AFTER_SUBJECT and char + after not in ZH_COMMON_WORDS)
            ) and not text.startswith(full or "\x00", start):
                spans.append(PiiSpan(start, end, "NAME"))
        start = text.find(char, end)
    return spans


def _match_rest(text: str, tokens: list[re.Match[str]], i: int, rest: tuple[str, ...]) -> int | None:
    """End of the name whose first token is ``tokens[i]`` and whose other tokens are ``rest``,
    separated by blanks or hyphens only."""
    end = tokens[i].end()
    for k, expected in enumerate(rest, start=1):
        if i + k >= len(tokens):
            return None
        nxt = tokens[i + k]
        if text[end : nxt.start()].strip(" \t\u00a0-") or _plain(nxt.group()) != expected:
            return None
        end = nxt.end()
    return end


def _unspaced_occurrences(text: str, name: str, short: bool) -> list[PiiSpan]:
    spans = []
    hangul = bool(_HANGUL.match(name))
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        ok = not (hangul and start > 0 and _HANGUL.match(text, start - 1))
        if ok and short:
            after = text[end:].lstrip(" ")
            ok = after.startswith(_CJK_HONORIFICS)
        if ok and hangul and name in _KO_COMPOUND_SURNAMES:
            # "황보 원장님 … (황보영, 화가)", "황보영이": a one-syllable given name after the surname
            token = _HANGUL_RUN.match(text, start)
            if token.end() - start <= 2 or token.end() - start == 3 and text[start + 2] not in _KO_NOT_GIVEN:
                end = token.end()
            elif token.end() - start == 4 and text[start + 3] in "이가은는의도와과":
                end = start + 3
        if ok:
            spans.append(PiiSpan(start, end, "NAME"))
        start = text.find(name, end)
    return spans
