"""Negation scope for concept hits: "pas fan noir", "no allergies", "keine Allergien",
"allergies: none", "アレルギーなし", "알레르기 없음", "无过敏", "لا حساسية".

A negator negates a hit when it stands at most :data:`WINDOW` words before it in the same
clause (clauses end at ``. , ; : ! ?`` and their CJK/Arabic forms). Another concept between
the negator and the hit blocks the scope unless the two are coordinated ("no nickel or
latex"), so "no allergies, vegetarian" and "keine Allergien vegetarisch" keep
``vegetarian`` positive. Post-negators ("allergies: none", "аллергии нет") count when they
are the whole rest of the clause. Japanese, Chinese and Korean are scanned by characters.
All work is on the folded text (see :mod:`lvmh_pipeline.lib.common.text`).

:func:`correction_flags` finds what takes a constraint back after it: "Nickel allergy not
confirmed", "peanuts are fine", "乳糖不耐受是搞错了", "الجلوتين غلط", "gluten too? no",
"На никель — нет", "keto, no, I mean low carb".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import cached_property, lru_cache

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char

__all__ = ["WINDOW", "correction_flags", "negation_flags"]

WINDOW = 3  # words allowed between a negator and the concept it negates
_MAX_CHARS_BACK = 80  # a negator further back than this cannot reach the hit

_PRE: dict[str, str] = {
    "FR": "pas aucun aucune sans jamais ni non nul nulle évite évitent déteste",
    "EN": "no not never without none nor neither t avoid avoids dislike dislikes hates non",
    "IT": "non nessun nessuna nessuno senza mai evita evitare odia niente",
    "ES": "no sin ningún ninguna ninguno nunca ni tampoco evita evitar odia nada",
    "DE": "kein keine keinen keiner keinem keines nicht ohne nie niemals weder vermeidet",
    "PT": "não sem nenhum nenhuma nunca nem evita evitar nada",
    "NL": "geen niet zonder nooit noch vermijdt",
    "RU": "не нет без никаких никакой никакая ни избегает",
    "AR": "لا بدون ليس ليست غير لم دون بلا لايوجد مفيش تجنب مش مو مب",
}
# Two-word negators whose first word alone is no negator (Arabic "ما" is also "what"):
# "ما عندها أي حساسية", "ما ياكل سمك".
_PRE_PAIRS: dict[str, tuple[str, ...]] = {
    "AR": ("ما عنده", "ما عندها", "ما عندهم", "ما عندو", "ما في", "ما فيه", "ما فيها", "ما يحب", "ما تحب",
           "ما ياكل", "ما تاكل", "ما بياكل", "ما بتاكل", "ما يشرب", "ما تشرب", "ما يتحمل", "ما تتحمل",
           "ما يلبس", "ما تلبس", "ما بيحب", "ما بتحب"),
}
_POST: dict[str, tuple[str, ...]] = {
    "FR": ("aucune", "aucun", "non", "néant", "rien", "aucune connue", "aucune allergie"),
    "EN": ("none", "no", "nil", "none known", "not known", "n a"),
    "IT": ("nessuna", "nessuno", "no", "nessuna nota"),
    "ES": ("ninguna", "ninguno", "no", "nada", "ninguna conocida"),
    "DE": ("keine", "keiner", "nein", "keine bekannt", "nicht bekannt", "vermeiden"),
    "PT": ("nenhuma", "nenhum", "não"),
    "NL": ("geen", "nee", "geen bekend"),
    "RU": ("нет", "отсутствует", "отсутствуют"),
    "AR": ("لا يوجد", "لا توجد", "لا"),
}
_DENSE_PRE: dict[str, tuple[str, ...]] = {
    "ZH": ("没有", "沒有", "不喜欢", "避免", "无", "無", "不", "非", "未"),
    "JA": ("非", "無", "ノン"),
    "KO": ("무",),
}
_DENSE_POST: dict[str, tuple[str, ...]] = {
    "ZH": ("没有", "沒有", "无", "無", "不吃", "不要"),
    "JA": ("なし", "無し", "ない", "ありません", "ございません", "不要", "なく", "好まない", "はng", "ng"),
    "KO": ("없", "안 먹", "안함", "안 함", "싫어", "피할", "특이사항 없", "특이 사항 없"),
}
_COORDINATORS = "or and nor ou et ni o y e u oder und noch of en и или أو و".split()
_BREAK = re.compile(r"[.;!?,:()\[\]\n。！？；：、，؛؟،•|]|\s[-–—]\s")
_POST_GAP_OK = re.compile(r"^[\s:：\-–—=]*$")
_DENSE_POST_OFFSET = 3  # particles allowed between a CJK concept and its post-negator
_TOPIC_PARTICLES = frozenset("は も 는 은 도".split())
_PAUSES = frozenset("、，,")
_TOKEN = re.compile(r"\S+")


def _folded_set(words: str | Sequence[str]) -> frozenset[str]:
    items = words.split() if isinstance(words, str) else words
    return frozenset(" ".join(fold(w).split()) for w in items)


@lru_cache(maxsize=32)
def _cues(
    language: str,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...], dict[str, frozenset[str]]]:
    """(pre words, post phrases, first words of post phrases, dense pre, dense post, first words
    of two-word negators by their second word) for a language; every language's when unknown.
    The pre words include the second words of two-word negators."""
    if language in _PRE or language in _DENSE_PRE:
        langs = [language]
    else:
        langs = list(_PRE) + list(_DENSE_PRE)
    pre = frozenset().union(*(_folded_set(_PRE.get(lang, "")) for lang in langs))
    post = frozenset().union(*(_folded_set(_POST.get(lang, ())) for lang in langs))
    dense_pre = tuple(c for lang in langs for c in _DENSE_PRE.get(lang, ()))
    dense_post = tuple(c for lang in langs for c in _DENSE_POST.get(lang, ()))
    post_first = frozenset(phrase.split()[0] for phrase in post)
    pairs: dict[str, set[str]] = {}
    for lang in langs:
        for phrase in _PRE_PAIRS.get(lang, ()):
            first, second = fold(phrase).split()
            pairs.setdefault(second, set()).add(first)
    pre = pre | frozenset(pairs)
    return pre, post, post_first, dense_pre, dense_post, {k: frozenset(v) for k, v in pairs.items()}


_COORD = _folded_set(_COORDINATORS)


class _Scope:
    """One note's text and hit spans, for negation queries (clause breaks are read on the
    original text, since folding turned punctuation into spaces)."""

    def __init__(self, nt: NormalizedText, spans: Sequence[Sequence[int]]) -> None:
        self.nt = nt
        self.folded = nt.folded
        self.spans = spans

    @cached_property
    def starts(self) -> list[int]:
        return [span[0] for span in self.spans]

    def has_break(self, start: int, end: int) -> bool:
        if end <= start:
            return False
        o_start, o_end = self.nt.to_original(start, end)
        return _BREAK.search(self.nt.original, o_start, o_end) is not None

    def gap_text(self, start: int, end: int) -> str:
        o_start, o_end = self.nt.to_original(start, end)
        return self.nt.original[o_start:o_end]

    def covering(self, start: int, end: int, own: int) -> int | None:
        """A hit other than ``own`` overlapping ``[start, end)``. Hits are sorted and none is
        nested in another, so their ends grow with their starts: the last hit starting
        before ``end`` (or the one before it, when that is ``own``) is the only candidate."""
        k = bisect_left(self.starts, end) - 1
        while k >= 0:
            if k != own:
                return k if self.spans[k][1] > start else None
            k -= 1
        return None


def _pre_negated(
    scope: _Scope, own: int, pre: frozenset[str], pairs: dict[str, frozenset[str]] | None = None
) -> bool:
    position = scope.spans[own][0]
    folded = scope.folded
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(folded, max(0, position - _MAX_CHARS_BACK), position)]
    words = 0
    coordinated = False
    for k in range(len(tokens) - 1, -1, -1):
        start, end = tokens[k]
        if end > position:
            continue  # inside a coordinated concept already stepped over
        if scope.has_break(end, position):
            return False
        other = scope.covering(start, end, own)
        if other is not None:
            if not coordinated:
                return False
            coordinated = False
            position = min(start, scope.spans[other][0])
            continue
        token = folded[start:end]
        if token in pre:
            firsts = pairs.get(token) if pairs else None
            if firsts is None:
                return True
            if k > 0 and folded[tokens[k - 1][0] : tokens[k - 1][1]] in firsts:
                return True  # "ما عندها"
        coordinated = token in _COORD
        words += 1
        if words > WINDOW:
            return False
        position = start
    return False


def _post_negated(scope: _Scope, own: int, post: frozenset[str], post_first: frozenset[str]) -> bool:
    end_of_hit = scope.spans[own][1]
    folded = scope.folded
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(folded, end_of_hit, end_of_hit + 80)]
    if tokens and tokens[0][0] == end_of_hit:
        tokens = tokens[1:]  # the hit ends inside a word: skip the rest of that word
    words: list[str] = []
    position = end_of_hit
    i = 0
    while i < len(tokens) and len(words) < 3:
        start, end = tokens[i]
        word = folded[start:end]
        if not words and word not in post_first:
            return False
        if not _POST_GAP_OK.match(scope.gap_text(position, start)):
            break
        if scope.covering(start, end, own) is not None:
            return False
        words.append(word)
        position = end
        i += 1
    if not words:
        return False
    if i < len(tokens) and not scope.has_break(position, tokens[i][0]):
        return False  # the clause goes on: "none" is not the whole rest of it
    return " ".join(words) in post


def _dense_negated(scope: _Scope, own: int, dense_pre: tuple[str, ...], dense_post: tuple[str, ...]) -> bool:
    """Character-based scope for JA/ZH/KO: a negator right before the concept ("无过敏") or
    a few characters after it, other concepts and particles skipped ("アレルギーなし",
    "알레르기가 없습니다"); never across clause punctuation (checked on the original text,
    the folded one has turned "、" and "，" into spaces)."""
    folded = scope.folded
    start, end = scope.spans[own][0], scope.spans[own][1]
    cue_end = start
    while cue_end > 0 and folded[cue_end - 1] == " " and not scope.has_break(cue_end - 1, cue_end):
        cue_end -= 1
    for cue in dense_pre:
        cue_start = cue_end - len(cue)
        if (
            cue_start >= 0
            and folded[cue_start:cue_end] == cue
            and not scope.has_break(cue_start, start)
            and scope.covering(cue_start, cue_end, own) is None
        ):
            return True
    tail_chars: list[str] = []
    cursor = end
    while cursor < len(folded) and len(tail_chars) < _DENSE_POST_OFFSET + 5:
        if scope.has_break(cursor, cursor + 1):
            # a comma after a topic particle is a spoken pause: "アレルギーは、ないです"
            if "".join(tail_chars).strip() in _TOPIC_PARTICLES and scope.gap_text(cursor, cursor + 1) in _PAUSES:
                cursor += 1
                continue
            break
        if scope.covering(cursor, cursor + 1, own) is None:
            tail_chars.append(folded[cursor])
        cursor += 1
    tail = "".join(tail_chars)
    return any(tail[k:].startswith(cue) for cue in dense_post for k in range(_DENSE_POST_OFFSET + 1))


def negation_flags(nt: NormalizedText, spans: Sequence[Sequence[int]], language: str | None) -> list[bool]:
    """For each hit span (folded coordinates, all hits of the note), whether it is negated.
    A span is any sequence whose first two items are start and end (matcher tuples work)."""
    if not spans:
        return []
    lang = (language or "").upper()
    pre, post, post_first, dense_pre, dense_post, pairs = _cues(lang)
    folded = nt.folded
    words = set(folded.split())
    pre_words = words & pre
    post_words = words & post_first
    has_dense = bool(dense_pre or dense_post) and any(c in folded for c in dense_pre + dense_post)
    if not pre_words and not post_words and not has_dense:
        return [False] * len(spans)  # no negator anywhere in the note
    cue_starts = _occurrences(folded, pre_words)
    post_ends = set()  # ends of the words right before a post-negator ("allergies: none")
    for position in _occurrences(folded, post_words):
        while position > 0 and folded[position - 1] == " ":
            position -= 1
        post_ends.add(position)
    scope = _Scope(nt, spans)
    flags = []
    for own, span in enumerate(spans):
        start, end = span[0], span[1]
        negated = False
        if cue_starts:
            j = bisect_right(cue_starts, start - 1) - 1
            negated = j >= 0 and start - cue_starts[j] <= _MAX_CHARS_BACK and _pre_negated(scope, own, pre, pairs)
        if not negated and end in post_ends:
            negated = _post_negated(scope, own, post, post_first)
        if not negated and has_dense:
            negated = _dense_negated(scope, own, dense_pre, dense_post)
        flags.append(negated)
    return flags




def _occurrences(folded: str, words: Iterable[str]) -> list[int]:
    """Sorted start offsets of every whole-word occurrence of ``words`` in ``folded``."""
    padded = f" {folded} "
    starts = []
    for word in words:
        needle = f" {word} "
        position = padded.find(needle)
        while position != -1:
            starts.append(position)  # padded offset of the space == folded offset of the word
            position = padded.find(needle, position + 1)
    starts.sort()
    return starts


# Corrections: what follows a constraint in its clause and takes it back ("Nickel allergy NOT
# confirmed", "peanuts are fine", "乳糖不耐受是搞错了", "الجلوتين غلط", "니켈 … 잘못 적힌").
_CORRECTIONS: dict[str, tuple[str, ...]] = {
    "FR": ("pas confirmée", "pas confirmé", "non confirmée", "non confirmé", "infirmée", "infirmé", "une erreur",
           "par erreur", "erronée", "erroné", "ça va", "pas de problème", "aucun problème", "finalement non",
           "finalement pas", "à supprimer", "sans problème", "pose pas de problème"),
    "EN": ("not confirmed", "unconfirmed", "ruled out", "was a mistake", "a mistake", "was wrong", "is wrong",
           "in error", "by mistake", "is fine", "are fine", "is ok", "are ok", "is okay", "are okay", "no problem",
           "not a problem", "not an issue", "no issue", "no longer", "to be deleted", "to be removed", "incorrect",
           "fine", "ok", "okay"),
    "IT": ("non confermata", "non confermato", "non confermate", "esclusa", "escluso", "un errore", "per errore",
           "errata", "errato", "va bene", "vanno bene", "nessun problema", "alla fine no", "da cancellare",
           "da eliminare", "non è un problema"),
    "ES": ("no confirmada", "no confirmado", "descartada", "descartado", "un error", "por error", "errónea",
           "erróneo", "está bien", "están bien", "sin problema", "ningún problema", "no hay problema",
           "al final no", "a borrar", "no es problema"),
    "DE": ("nicht bestätigt", "ausgeschlossen", "ein Irrtum", "Irrtum", "ein Fehler", "irrtümlich", "fälschlich",
           "falsch", "kein Problem", "unproblematisch", "ist okay", "sind okay", "ist ok", "sind ok", "doch nicht",
           "zu löschen", "nicht mehr"),
    "PT": ("não confirmada", "não confirmado", "descartada", "descartado", "um engano", "engano", "um erro",
           "por erro", "errada", "errado", "está bem", "sem problema", "nenhum problema", "afinal não",
           "a apagar", "não é problema"),
    "NL": ("niet bevestigd", "uitgesloten", "een vergissing", "vergissing", "misverstand", "een fout", "foutief",
           "onjuist", "klopt niet", "geen probleem", "is prima", "zijn prima", "toch niet", "te schrappen",
           "niet meer"),
    "RU": ("не подтвердилась", "не подтвердилось", "не подтвердился", "не подтверждена", "не подтверждено",
           "ошибка", "ошибочно", "по ошибке", "ошибочная", "без проблем", "не проблема", "нормально переносит",
           "всё-таки нет", "все таки нет", "удалить"),
    "AR": ("غلط", "خطأ", "بالخطأ", "غير صحيح", "مش صحيح", "مو صحيح", "امسح", "لا مشكلة", "ما في مشكلة",
           "ما عندها مشكلة", "ما عنده مشكلة", "مفيش مشكلة", "تم نفيها", "غير مؤكدة"),
    "JA": ("問題なし", "問題ない", "問題ありません", "大丈夫", "ではなかった", "じゃなかった", "ではありません",
           "ではない", "間違い", "誤り", "誤記", "削除", "否定された", "確認されず"),
    "KO": ("아님", "아니었", "아니래", "아니라고", "잘못", "오류", "괜찮", "문제없", "문제 없", "삭제", "해당 없",
           "확인 안 됨"),
    "ZH": ("搞错", "弄错", "记错", "写错", "误记", "有误", "错误", "没问题", "沒問題", "没有问题", "不是过敏",
           "删掉", "删除", "刪除", "排除了"),
}
# A question answered "no" right after a constraint takes it back ("gluten too? no, just dairy").
# So does a bare "no" after a dash, colon or comma ("На никель — нет, проверяли", "Lactose, não.").
# And a spoken self-correction: "keto, no, I mean low carb", "الكيتو، لا، قصدي لو كارب".
_NO = r"(?:no|non|nein|nee|não|nao|нет|لا|いいえ|いや|なし|아니요|아니|없음|不是|不对|没有|不)"
_I_MEAN = (
    r"(?:i mean|sorry|je veux dire|pardon|ich meine|quiero decir|perdón|cioè|volevo dire|quer dizer|ou seja|"
    r"ik bedoel|я имею в виду|то есть|точнее|قصدي|أقصد|اقصد|يعني|つまり|じゃなくて|그러니까|是说|我是说)"
)
_NO_ANSWER = re.compile(
    r"[^\S\n]*(?:[^\W\d_]+[^\S\n]*){0,2}[?？][^\S\n]*" + _NO + r"(?![^\W\d_])"
    r"|[^\S\n]*[—–:：,،、，-][^\S\n]*" + _NO + r"[^\S\n]*(?=[,.;!)\n、。，]|$)"
    r"|[^\S\n]*[,،、，][^\S\n]*" + _NO + r"[^\S\n]*[,،、，]?[^\S\n]*" + _I_MEAN + r"(?![^\W\d_])",
    re.IGNORECASE,
)
_CORRECTION_WORDS = 6  # words allowed between a constraint and its correction
# A contrast opens another statement: "allergic to nuts but eggs are fine".
_CONTRAST = frozenset("but mais aber pero ma mas maar но а لكن بس ولكن however cependant jedoch".split())
_CORRECTION_CHARS = 14  # likewise, in characters, for JA/ZH/KO
_DENSE_COORDINATORS = frozenset("と や 和 及 与 跟 或 와 과 랑 및 나 و".split())
# A correction stays in the clause of what it corrects; a colon or an arrow does not end it
# ("Allergy: Nickel → not confirmed").
_CORRECTION_BREAK = re.compile(r"[.;!?,()\[\]\n。！？；、，؛؟،•|]|\s[-–—]\s")


@lru_cache(maxsize=32)
def _corrections(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(alphabetic, dense) folded correction phrases for ``language`` (every language's when unknown)."""
    langs = [language] if language in _CORRECTIONS else list(_CORRECTIONS)
    phrases = {" ".join(fold(p).split()) for lang in langs for p in _CORRECTIONS[lang]}
    dense = tuple(sorted(p for p in phrases if any(is_dense_char(c) for c in p)))
    return tuple(sorted(phrases - set(dense))), dense


def _broken(nt: NormalizedText, start: int, end: int) -> bool:
    if end <= start:
        return False
    o_start, o_end = nt.to_original(start, end)
    return _CORRECTION_BREAK.search(nt.original, o_start, o_end) is not None


def correction_flags(
    nt: NormalizedText, spans: Sequence[Sequence[int]], language: str | None, eligible: Sequence[bool]
) -> list[bool]:
    """For each eligible hit (folded spans, every hit of the note), whether what follows it in
    its clause takes it back: a correction phrase ("not confirmed", "is fine", "搞错了",
    "غلط", "잘못") at most a few words on, other hits in between only when coordinated with
    it ("グルテンと卵は問題なし"), or a question answered "no" ("gluten too? no")."""
    flags = [False] * len(spans)
    if not any(eligible):
        return flags
    folded = nt.folded
    alphabetic, dense = _corrections((language or "").upper())
    found: list[int] = []  # folded start of every correction phrase
    padded = f" {folded} "
    for phrase in alphabetic:
        position = padded.find(f" {phrase} ")
        while position != -1:
            found.append(position)
            position = padded.find(f" {phrase} ", position + 1)
    for phrase in dense:
        position = folded.find(phrase)
        while position != -1:
            found.append(position)
            position = folded.find(phrase, position + 1)
    found.sort()
    scope = _Scope(nt, spans)
    for own in range(len(spans)):
        if not eligible[own]:
            continue
        end = _coordinated_end(scope, own)
        if _NO_ANSWER.match(nt.original, nt.to_original(end, end)[0]):
            flags[own] = True
            continue
        k = bisect_left(found, end)
        if k == len(found):
            continue
        start = found[k]
        if start - end > _MAX_CHARS_BACK or _broken(nt, end, start) or scope.covering(end, start, own) is not None:
            continue
        gap = folded[end:start]
        if _CONTRAST & set(gap.split()):
            continue  # "allergic to nuts but eggs are fine"
        if any(is_dense_char(c) for c in gap):
            flags[own] = len(gap.replace(" ", "")) <= _CORRECTION_CHARS
        else:
            flags[own] = len(gap.split()) <= _CORRECTION_WORDS
    return flags


def _coordinated_end(scope: _Scope, own: int) -> int:
    """End of the last hit coordinated with ``own`` ("gluten and eggs", "グルテンと卵"): a
    correction after the list takes back every item of it."""
    end = scope.spans[own][1]
    for k in range(own + 1, len(scope.spans)):
        start = scope.spans[k][0]
        if start < end:
            continue
        words = scope.folded[end:start].split()
        if len(words) > 1 or _broken(scope.nt, end, start):
            break
        if words and words[0] not in _COORD and words[0] not in _DENSE_COORDINATORS:
            break
        end = scope.spans[k][1]
    return end
