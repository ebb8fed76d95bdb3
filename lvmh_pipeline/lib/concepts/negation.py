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
from collections.abc import Sequence
from functools import cached_property, lru_cache

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char, to_folded
from lvmh_pipeline.lib.common.literals import Literals, Words

__all__ = [
    "ABSTAINED", "NOT_A_DIET", "REDUCED", "WINDOW", "abstention_flags", "correction_flags", "negation_flags",
    "post_denied", "problem_flags", "soft_drink_after",
]

WINDOW = 3  # words allowed between a negator and the concept it negates
_MAX_CHARS_BACK = 80  # a negator further back than this cannot reach the hit

_PRE: dict[str, str] = {
    "FR": "pas aucun aucune sans jamais ni non nul nulle évite évitent déteste nie niant",
    "EN": "no not never without none nor neither t avoid avoids dislike dislikes hates non denies denied outgrew outgrown",
    "IT": "non nessun nessuna nessuno senza mai evita evitare odia niente nega",
    "ES": "no sin ningún ninguna ninguno nunca ni tampoco evita evitar odia nada niega",
    "DE": "kein keine keinen keiner keinem keines nicht ohne nie niemals weder vermeidet",
    "PT": "não sem nenhum nenhuma nunca nem evita evitar nada nega",
    "NL": "geen niet zonder nooit noch vermijdt ontkent",
    "RU": "не нет без никаких никакой никакая ни избегает отрицает",
    "AR": "لا بدون ليس ليست غير لم دون بلا لايوجد مفيش تجنب مش مو مب ولا وبدون ينفي تنفي نفت نفى "
          "ماعنده ماعندها ماعندهم ماعندو ماعندي ماعندهاش ماعندوش مافي مافيه",
}
# Two-word negators whose first word alone is no negator (Arabic "ما" is also "what"):
# "ما عندها أي حساسية", "ما ياكل سمك".
_PRE_PAIRS: dict[str, tuple[str, ...]] = {
    "EN": ("tested negative", "tests negative", "test negative", "grew out"),
    "AR": ("ما عنده", "ما عندها", "ما عندهم", "ما عندو", "ما في", "ما فيه", "ما فيها", "ما يحب", "ما تحب",
           "ما ياكل", "ما تاكل", "ما بياكل", "ما بتاكل", "ما يشرب", "ما تشرب", "ما يتحمل", "ما تتحمل",
           "ما يلبس", "ما تلبس", "ما بيحب", "ما بتحب",
           # "ما عندي", Egyptian "ما عندهاش", "ما تتحسس من", "ما تسبب لها أي حساسية"
           "ما عندي", "ما عندهاش", "ما عندوش", "ما عندهوش", "ما عنديش", "ما يتحسس", "ما تتحسس", "ما يتحسسش", "ما تتحسسش",
           "ما تسبب", "ما يسبب", "ما تسببلها", "ما تسببله"),
}
_POST: dict[str, tuple[str, ...]] = {
    "FR": ("aucune", "aucun", "non", "néant", "rien", "aucune connue", "aucune allergie", "jamais", "rien de connu",
           "rien à signaler", "négatif", "négatifs", "aucun connu", "pas connu", "ras"),
    "EN": ("none", "no", "nil", "none known", "not known", "n a", "nothing", "nothing known", "never", "nope",
           "negative", "none reported", "none declared", "nothing reported", "none that she knows of",
           "none that he knows of", "none to report", "nothing to report", "nka", "nkda", "nkfa"),
    "IT": ("nessuna", "nessuno", "no", "nessuna nota", "niente", "nulla", "mai", "negativo", "nessuna conosciuta"),
    "ES": ("ninguna", "ninguno", "no", "nada", "ninguna conocida", "nunca", "negativo", "ninguna que sepa"),
    "DE": ("keine", "keiner", "nein", "keine bekannt", "nicht bekannt", "vermeiden", "nichts", "nichts bekannt", "nie",
           "negativ", "keine bekannten"),
    "PT": ("nenhuma", "nenhum", "não", "nada", "nunca", "nenhuma conhecida", "negativo"),
    "NL": ("geen", "nee", "geen bekend", "niets", "nooit", "niets bekend", "negatief"),
    "RU": ("нет", "отсутствует", "отсутствуют", "ничего", "никогда", "не имеет", "не имеется", "не выявлено",
           "не выявлена", "не обнаружено", "не отмечено", "никаких", "нету", "отрицает",
           # a diet not kept: "халяль не соблюдает", "вегетарианство не практикует"
           "не соблюдает", "не соблюдают", "не придерживается", "не придерживаются", "не практикует",
           # "Аллергии на пыльцу у неё нет"
           "у неё нет", "у нее нет", "у него нет", "у них нет", "у неё тоже нет", "у него тоже нет",
           # "На яйца аллергии больше нет": outgrown
           "больше нет", "уже нет", "теперь нет", "давно нет", "уже давно нет"),
    "AR": ("لا يوجد", "لا توجد", "لا", "ما في", "مافي", "لا شيء", "ولا شي", "ولا شيء", "ما عنده", "ما عندها", "أبدا"),
}
# English answers in notes written in another script ("Allergy: 계란 No, 우유 No", "Аллергии: N/A",
# "Nuts allergy none"; in Latin-script notes "no" and "n" are words of the language).
_CODE_SWITCH_POST = ("none", "no", "nil", "n a", "nope", "negative", "none known", "nka", "nkda", "nkfa")
_CODE_SWITCHED = frozenset({"JA", "KO", "ZH", "AR", "RU"})
_DENSE_PRE: dict[str, tuple[str, ...]] = {
    "ZH": ("没有", "沒有", "不喜欢", "避免", "无", "無", "不", "非", "未", "没什么", "沒什麼", "没啥", "沒啥", "没有什么", "沒有什麼"),
    "JA": ("非", "無", "ノン"),
    "KO": ("무",),
}
_DENSE_POST: dict[str, tuple[str, ...]] = {
    "ZH": ("没有", "沒有", "无", "無", "不吃", "不要", "不喝", "不碰", "不沾", "都没有", "暂无"),
    "JA": ("なし", "無し", "ない", "ありません", "ございません", "不要", "なく", "好まない", "はng", "ng",
           "はやめ", "をやめ", "やめた", "やめられ"),
    "KO": ("없", "안 먹", "안함", "안 함", "싫어", "피할", "특이사항 없", "특이 사항 없", "특별히 없", "딱히 없",
           "별로 없", "전혀 없", "하나도 없", "따로 없", "따로는 없", "특별한 건 없", "별다른 건 없", "아무것도 없",
           # "비건 아니심", "채식은 안 하심", "저탄수 식단은 그만두셨음"
           "아니", "아닙", "안 하", "안하", "그만두", "그만뒀", "그만 두", "중단",
           # "알레르기 같은 건 없다고", "알레르기 같은 거 없음", "알레르기 X"
           "같은 건 없", "같은 거 없", "같은 것은 없", "같은 게 없", "x"),
}
_COORDINATORS = "or and nor ou et ni o y e u oder und noch of en и или أو و".split()
# A bracket breaks a clause unless it belongs to a redaction placeholder ("[RELIGION]",
# "[NAME]"): a placeholder stands for the words it replaced ("돼지고기는 [RELIGION] 안 드심").
_BRACKETS = r"\[(?![A-Z])|(?<![A-Z])\]"
_BREAK = re.compile(r"[.;!?,:()\n。！？；：、，؛؟،•|]|\s[-–—]\s|" + _BRACKETS)


def breaks_between(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """A break of ``pattern`` inside ``text[start:end]``; the character after ``end`` is
    looked at too, so that the "[" of a placeholder at the end of the range ("[RELIGION]")
    is known for what it is."""
    match = pattern.search(text, start, min(len(text), end + 1))
    return match is not None and match.start() < end and (match.end() <= end or match.group() == "[")


_POST_GAP_OK = re.compile(r"^[\s:：\-–—=/]*$")
_POST_FIRST_GAP_OK = re.compile(r"^[\s:：\-–—=/,，、]*$")  # "allergies, none"
_DENSE_POST_OFFSET = 3  # particles allowed between a CJK concept and its post-negator
_TOPIC_PARTICLES = frozenset("は も 는 은 도".split())
_PAUSES = frozenset("、，,")
_COLONS = frozenset(":：")
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
    if language in _CODE_SWITCHED:
        post = post | _folded_set(_CODE_SWITCH_POST)
    dense_pre = tuple(c for lang in langs for c in _DENSE_PRE.get(lang, ()))
    dense_post = tuple(c for lang in langs for c in _DENSE_POST.get(lang, ()))
    post_first = frozenset(phrase.split()[0] for phrase in post)
    pairs: dict[str, set[str]] = {}
    for lang in langs:
        for phrase in _PRE_PAIRS.get(lang, ()):
            first, second = fold(phrase).split()
            pairs.setdefault(second, set()).add(first)
            if lang == "AR":
                pairs[second].add("و" + first)  # "وما تاكل لحوم": "and" glued to the negator
    pre = pre | frozenset(pairs)
    return pre, post, post_first, dense_pre, dense_post, {k: frozenset(v) for k, v in pairs.items()}


_COORD = _folded_set(_COORDINATORS)
_NE = frozenset({"ne", "n"})
# First words of negative phrases that are no negators on their own (Arabic "ما" + verb).
_CONCORD_FIRST = frozenset({"ما", "وما"})  # French "ne … plus": "plus" negates after it


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
        return breaks_between(_BREAK, self.nt.original, o_start, o_end)

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
    tokens = [m.span() for m in _TOKEN.finditer(folded, max(0, position - _MAX_CHARS_BACK), position)]
    words = 0
    coordinated = False
    for k in range(len(tokens) - 1, -1, -1):
        start, end = tokens[k]
        if end > position:
            continue  # inside a coordinated concept already stepped over
        if scope.has_break(end, position):
            return False
        if folded[start:end] == "plus" and any(
            folded[tokens[j][0] : tokens[j][1]] in _NE for j in range(max(0, k - 2), k)
        ):
            return True  # "ne mange plus de porc", "n'en boit plus"
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
    tokens = [m.span() for m in _TOKEN.finditer(folded, end_of_hit, end_of_hit + 80)]
    if tokens and tokens[0][0] == end_of_hit:
        tokens = tokens[1:]  # the hit ends inside a word: skip the rest of that word
    words: list[str] = []
    position = end_of_hit
    i = 0
    while i < len(tokens) and len(words) < 5:
        start, end = tokens[i]
        word = folded[start:end]
        if not words and word not in post_first:
            return False
        if not (_POST_GAP_OK if words else _POST_FIRST_GAP_OK).match(scope.gap_text(position, start)):
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
    if folded[start:end].endswith(_NEGATIVE_POLARITY):
        return False  # "술을 전혀 | 안 하세요": the alias is the start of a negative phrase
    tail_chars: list[str] = []
    cursor = end
    after_colon = False
    while cursor < len(folded) and len(tail_chars) < _DENSE_POST_OFFSET + 7:  # "は特にございません"
        if scope.has_break(cursor, cursor + 1):
            # a comma after a topic particle is a spoken pause: "アレルギーは、ないです"
            if "".join(tail_chars).strip() in _TOPIC_PARTICLES and scope.gap_text(cursor, cursor + 1) in _PAUSES:
                cursor += 1
                continue
            if not "".join(tail_chars).strip() and scope.gap_text(cursor, cursor + 1) in _COLONS:
                cursor += 1  # "アレルギー：特になし", "过敏：无"
                after_colon = True
                continue
            break
        if scope.covering(cursor, cursor + 1, own) is None:
            tail_chars.append(folded[cursor])
        elif after_colon and not "".join(tail_chars).strip():
            return False  # "アレルギー：ナッツNG": the answer's negator is the allergen's
        cursor += 1
    tail = "".join(tail_chars)
    head = tail.lstrip()
    for glue in _DENSE_LIST_GLUE:  # a list goes on after the hit: read past its glue and spaces
        if head.startswith(glue):
            squeezed = head[len(glue):].replace(" ", "")
            if any(squeezed.startswith(cue.replace(" ", "")) for cue in dense_post):
                return True
            break
    # a cue starting within the first _DENSE_POST_OFFSET + 1 characters of the tail
    for cue in dense_post:
        k = tail.find(cue, 0, _DENSE_POST_OFFSET + len(cue))
        while k != -1:
            if not _takes_object(tail, k + len(cue), cue):
                return True
            k = tail.find(cue, k + 1, _DENSE_POST_OFFSET + len(cue))
    return False


# Adverbs that only occur with a negation ("전혀", "절대", "全然", "一切"): an alias ending in one
# states an abstention whose negator follows ("술을 전혀 안 하세요").
_NEGATIVE_POLARITY = ("전혀", "절대", "全然", "一切", "全く", "决不", "从不")


# What joins a hit to the next item of a list in JA/ZH/KO: the list's post-negator reaches back
# over it ("땅콩이나 계란 알레르기 없으심", "땅콩이랑 계란 없음", "ナッツや卵はなし").
_DENSE_LIST_GLUE = ("이랑", "하고", "이나", "와", "과", "랑", "나", "및", "や", "と", "和", "及", "或")


# Chinese verb negators ("不吃", "不喝") negate what follows them when something follows:
# "只吃海鲜不吃肉" negates the meat, not the seafood diet before it.
_CLAUSE_PARTICLES = frozenset("了的啦啊呢哦吧 ")


def _takes_object(tail: str, position: int, cue: str) -> bool:
    if not cue.startswith(("不", "没", "沒")) or len(cue) < 2:
        return False
    rest = tail[position:]
    return bool(rest) and rest[0] not in _CLAUSE_PARTICLES and is_dense_char(rest[0])


def negation_flags(nt: NormalizedText, spans: Sequence[Sequence[int]], language: str | None) -> list[bool]:
    """For each hit span (folded coordinates, all hits of the note), whether it is negated.
    A span is any sequence whose first two items are start and end (matcher tuples work)."""
    if not spans:
        return []
    lang = (language or "").upper()
    pre, post, post_first, dense_pre, dense_post, pairs = _cues(lang)
    folded = nt.folded
    found = _cue_words(lang).found(folded)  # (start, word): the note's words among the cues
    words = {word for _, word in found}
    pre_words = words & pre
    if "plus" in words and not words.isdisjoint(_NE):
        pre_words.add("plus")  # "ne mange plus de porc"
    post_words = words & post_first
    has_dense = bool(dense_pre or dense_post) and any(c in folded for c in dense_pre + dense_post)
    if not pre_words and not post_words and not has_dense:
        return [False] * len(spans)  # no negator anywhere in the note
    cue_starts = [start for start, word in found if word in pre_words]
    post_ends = set()  # ends of the words right before a post-negator ("allergies: none")
    for position in [start for start, word in found if word in post_words]:
        while position > 0 and folded[position - 1] == " ":
            position -= 1
        post_ends.add(position)
    scope = _Scope(nt, spans)
    flags = []
    for own, span in enumerate(spans):
        start, end = span[0], span[1]
        cue_before = False  # a pre-negator close enough before the hit
        if cue_starts:
            j = bisect_right(cue_starts, start - 1) - 1
            cue_before = j >= 0 and start - cue_starts[j] <= _MAX_CHARS_BACK
        if pairs and cue_starts and folded.startswith(tuple(pairs), start):
            first = _TOKEN.match(folded, start)
            previous = folded[max(0, start - 12) : start].split()[-1:]
            if first is not None and first.group() in pairs and first.end() <= end and previous \
                    and previous[0] in pairs[first.group()]:
                flags.append(True)  # "ما عنده سكري": the alias holds the negator's second word
                continue
        if pairs and cue_starts and start > 0 and folded[start - 1] != " ":
            # the alias starts inside a word ("ما تتحسس" holds "تحسس"): the whole word may end a two-word negator
            token_start = folded.rfind(" ", 0, start) + 1
            whole = _TOKEN.match(folded, token_start)
            previous = folded[max(0, token_start - 12) : token_start].split()[-1:]
            if whole is not None and whole.group() in pairs and previous and previous[0] in pairs[whole.group()]:
                flags.append(True)
                continue
        if not cue_before and not has_dense and end not in post_ends:
            flags.append(False)  # no negator can reach the hit
            continue
        first = _TOKEN.match(folded, start)
        if first is not None and first.end() <= end and (
            ((token := first.group()) in pre and token not in pairs) or token in _CONCORD_FIRST
        ):  # (not the second word of a two-word negator: "ما | عنده سكر" negates the alias)
            flags.append(False)  # a negative phrase: "no toma nada de alcohol", "ما تشرب كحول أبداً"
            continue
        negated = cue_before and _pre_negated(scope, own, pre, pairs)
        if not negated and end in post_ends:
            negated = _post_negated(scope, own, post, post_first)
        if not negated and has_dense:
            negated = _dense_negated(scope, own, dense_pre, dense_post)
        flags.append(negated)
    return flags


def post_denied(nt: NormalizedText, spans: Sequence[Sequence[int]], own: int, language: str | None) -> bool:
    """The rest of the clause of hit ``own`` is a post-negator: it denies, it does not avoid
    ("Аллергии на кошек нет", "nuts: none", "Nüsse — nein")."""
    _, post, post_first, _, _, _ = _cues((language or "").upper())
    return _post_negated(_Scope(nt, spans), own, post, post_first)


@lru_cache(maxsize=32)
def _cue_words(language: str) -> Words:
    """The words :func:`negation_flags` looks for in a note: pre-negators, first words of
    post-negators, and "ne" / "n" / "plus" ("ne mange plus de porc")."""
    pre, _, post_first, _, _, _ = _cues(language)
    return Words(pre | post_first | _NE | {"plus"})


# Corrections: what follows a constraint in its clause and takes it back ("Nickel allergy NOT
# confirmed", "peanuts are fine", "乳糖不耐受是搞错了", "الجلوتين غلط", "니켈 … 잘못 적힌").
_CORRECTIONS: dict[str, tuple[str, ...]] = {
    "FR": ("n'importe quoi", "pas vrai", "ne la gêne pas", "ne le gêne pas", "ne la dérange pas", "ne le dérange pas", "aucune gêne", "guérie", "guéri", "disparue", "disparu", "c'est passé", "passée avec l'âge", "pas confirmée", "pas confirmé", "non confirmée", "non confirmé", "infirmée", "infirmé", "une erreur",
           "par erreur", "erronée", "erroné", "ça va", "pas de problème", "aucun problème", "finalement non",
           "finalement pas", "à supprimer", "sans problème", "pose pas de problème", "sans souci", "sans aucun problème", "sans problèmes",
           "le tolère bien", "la tolère bien", "les tolère bien", "tolère bien", "supporte bien", "le supporte bien"),
    "EN": ("nonsense", "rubbish", "not true", "untrue", "doesn't bother her", "doesn't bother him", "does not bother her", "does not bother him", "no trouble with it", "outgrew it", "outgrown", "went away", "has gone", "resolved", "cleared up", "grew out of it", "not confirmed", "unconfirmed", "ruled out", "was a mistake", "a mistake", "was wrong", "is wrong",
           "in error", "by mistake", "is fine", "are fine", "is ok", "are ok", "is okay", "are okay", "no problem",
           "not a problem", "not an issue", "no issue", "no longer", "to be deleted", "to be removed", "incorrect",
           "fine", "ok", "okay", "is normal", "are normal", "normal levels", "tolerates it well", "tolerates it fine",
           "tolerates well", "tolerates fine", "without any problem", "without a problem", "without problems", "with no problem", "without any issue", "without issues", "turned out she isn't", "turned out he isn't", "turned out she wasn't", "turned out he wasn't", "turned out not to be", "isn't after all", "wasn't after all"),
    "IT": ("sciocchezza", "sciocchezze", "non è vero", "non le dà fastidio", "non gli dà fastidio", "non le dà problemi", "non gli dà problemi", "guarita", "guarito", "sparita", "sparito", "non confermata", "non confermato", "non confermate", "esclusa", "escluso", "un errore", "per errore",
           "errata", "errato", "va bene", "vanno bene", "nessun problema", "alla fine no", "da cancellare",
           "da eliminare", "non è un problema", "senza problemi", "senza alcun problema",
           "lo tollera bene", "la tollera bene", "tollera bene", "nella norma"),
    "ES": ("tontería", "no es cierto", "no es verdad", "no le molesta", "no le molestan", "no le afecta", "no le afectan", "curada", "curado", "se le pasó", "se le quitó", "desapareció", "no confirmada", "no confirmado", "descartada", "descartado", "un error", "por error", "errónea",
           "erróneo", "está bien", "están bien", "sin problema", "ningún problema", "no hay problema",
           "al final no", "a borrar", "no es problema", "sin problemas", "sin ningún problema",
           "no le sienta mal", "le sienta bien", "lo tolera bien", "la tolera bien", "tolera bien"),
    "DE": ("Unsinn", "Quatsch", "stimmt nicht", "stört sie nicht", "stört ihn nicht", "stören sie nicht", "stören ihn nicht", "macht ihr nichts", "macht ihm nichts", "verschwunden", "ausgewachsen", "geheilt", "vorbei", "verwachsen", "nicht bestätigt", "ausgeschlossen", "ein Irrtum", "Irrtum", "ein Fehler", "irrtümlich", "fälschlich",
           "falsch", "kein Problem", "unproblematisch", "ist okay", "sind okay", "ist ok", "sind ok", "doch nicht",
           "zu löschen", "nicht mehr", "problemlos", "ohne Probleme", "ohne Problem", "gut verträglich", "verträgt es gut"),
    "PT": ("disparate", "não é verdade", "não a incomoda", "não o incomoda", "não incomoda", "não lhe faz mal", "curada", "curado", "desapareceu", "não confirmada", "não confirmado", "descartada", "descartado", "um engano", "engano", "um erro",
           "por erro", "errada", "errado", "está bem", "sem problema", "nenhum problema", "afinal não",
           "a apagar", "não é problema", "sem problemas", "sem qualquer problema", "sem nenhum problema",
           "tolera bem"),
    "NL": ("onzin", "niet waar", "stoort haar niet", "stoort hem niet", "heeft er geen last van", "genezen", "verdwenen", "ontgroeid", "niet bevestigd", "uitgesloten", "een vergissing", "vergissing", "misverstand", "een fout", "foutief",
           "onjuist", "klopt niet", "geen probleem", "is prima", "zijn prima", "toch niet", "te schrappen",
           "niet meer", "zonder problemen", "zonder probleem",
           "verdraagt het goed", "verdraagt goed"),
    "RU": ("ерунда", "чепуха", "неправда", "не беспокоит", "не беспокоят", "не мешает", "не реагирует", "прошла", "прошло", "прошёл", "исчезла", "исчезло", "переросла", "перерос", "не подтвердилась", "не подтвердилось", "не подтвердился", "не подтверждена", "не подтверждено",
           "ошибка", "ошибочно", "по ошибке", "ошибочная", "без проблем", "не проблема", "нормально переносит",
           "всё-таки нет", "все таки нет", "удалить",
           "хорошо переносит", "в норме", "в порядке"),
    "AR": ("كلام فاضي", "ما تضرها", "ما تأثر عليها", "ما يأثر عليه", "راحت", "راح عنه", "راحت عنها", "انتهت", "ما عادت", "ما عاد", "غلط", "خطأ", "بالخطأ", "غير صحيح", "مش صحيح", "مو صحيح", "امسح", "لا مشكلة", "ما في مشكلة", "عادي", "عادي تاكله",
           "عادي تاكلها", "عادي ياكله", "ما يضره", "ما يضرها",
           "ما عندها مشكلة", "ما عنده مشكلة", "مفيش مشكلة", "تم نفيها", "غير مؤكدة"),
    "JA": ("改善", "良くなった", "よくなった", "治まっ", "も大丈夫", "は平気", "も平気", "治った", "治りました", "治っ", "なくなった", "卒業", "異常なし", "異常なく", "問題なし", "問題ない", "問題ありません", "大丈夫", "ではなかった", "じゃなかった", "ではありません",
           "ではない", "間違い", "誤り", "誤記", "削除", "否定された", "確認されず", "かどうか", "勘違い", "正常"),
    "KO": ("다 드심", "다 드세요", "모두 드심", "다 잘 드", "다 괜찮", "잘 드심", "잘 드세요", "잘 드십니다", "잘 먹", "문제없이 드", "나으셨", "나았", "나아졌", "호전", "좋아지", "좋아졌", "없어졌", "없어지", "사라졌", "사라지", "졸업", "괜찮아지", "이상 없", "이상없", "정상", "걱정 없", "걱정은 없", "아님", "아니었", "아니래", "아니라고", "잘못", "오류", "괜찮", "문제없", "문제 없", "삭제", "해당 없",
           "확인 안 됨", "다 가능", "전부 가능", "모두 가능", "드셔도 돼", "드셔도 됨", "드셔도 괜찮", "은 드심", "는 드심", "은 드세요", "는 드세요", "도 드심", "은 드십니다", "는 드십니다",
           "은 먹음", "는 먹음", "은 먹어요", "는 먹어요", "은 드실 수 있", "는 드실 수 있", "음성",
           "아니시", "아니셨", "착각", "있는지", "있으신지", "인지 확인", "할지", "하실지",
           # permission and ability, not a relative clause ("드실 수 있는 메뉴"): "땅콩은 드셔도 됩니다"
           "드셔도 되", "드셔도 됩", "드셔도 된", "먹어도 되", "먹어도 돼", "먹어도 됩", "먹어도 된", "드셔도 무방", "먹어도 무방", "상관없", "상관 없", "섭취 가능",
           "드실 수 있으", "드실 수 있어", "드실 수 있음", "드실 수 있습", "먹을 수 있어", "먹을 수 있음", "먹을 수 있습",
           "먹을 수 있으"),
    "ZH": ("好转", "已改善", "改善了", "都能吃", "都可以吃", "不影响", "好了", "已经好了", "痊愈", "治好", "没有了", "正常", "搞错", "弄错", "记错", "写错", "误记", "有误", "错误", "没问题", "沒問題", "没有问题", "不是过敏",
           "删掉", "删除", "刪除", "排除了", "是否", "有没有", "有沒有"),
}
# English corrections in notes of every language ("알레르기: Egg, Dairy 다 OK", "الحساسية: nuts OK").
_CODE_SWITCH_CORRECTIONS = ("ok", "okay", "no problem", "all good", "not an issue")
# A negative test takes an allergy back even after "but" ("thought she was allergic to nickel,
# but the patch test was negative", "Verdacht auf Latex, aber Test negativ", "检测是阴性").
_NEGATIVE_TESTS: dict[str, tuple[str, ...]] = {
    "FR": ("négatif", "négative", "test négatif", "tests négatifs", "s'est révélé négatif", "écarté", "écartée"),
    "EN": ("negative", "tested negative", "came back negative", "test was negative", "tests were negative",
           "ruled out", "not confirmed"),
    "IT": ("negativo", "negativa", "test negativo", "è risultato negativo", "esclusa", "escluso"),
    "ES": ("negativo", "negativa", "prueba negativa", "dio negativo", "salió negativo", "descartada", "descartado"),
    "DE": ("negativ", "Test negativ", "negativ getestet", "ausgeschlossen", "nicht bestätigt"),
    "PT": ("negativo", "negativa", "teste negativo", "deu negativo", "descartada", "descartado"),
    "NL": ("negatief", "test negatief", "negatief getest", "uitgesloten", "niet bevestigd"),
    "RU": ("отрицательный", "отрицательная", "отрицательные", "тест отрицательный", "не подтвердилась",
           "не подтвердилось"),
    "AR": ("سلبي", "سلبية", "النتيجة سلبية", "غير مؤكدة"),
    "JA": ("陰性",),
    "KO": ("음성",),
    "ZH": ("阴性", "陰性"),
}
# A question answered "no" right after a constraint takes it back ("gluten too? no, just dairy").
# So does a bare "no" after a dash, colon or comma ("На никель — нет, проверяли", "Lactose, não.").
# And a spoken self-correction: "keto, no, I mean low carb", "الكيتو، لا، قصدي لو كارب".
_NO = (r"(?:no|non|nein|nee|não|nao|нет|لا|いいえ|いや|なし|아니요|아니|없음|不是|不对|没有|不|none|keine|kein|geen|aucune|aucun|"
       r"nessuna|nessuno|ninguna|ninguno|nenhuma|nenhum|nil)")
_I_MEAN = (
    r"(?:i mean|sorry|je veux dire|pardon|ich meine|quiero decir|perdón|cioè|volevo dire|quer dizer|ou seja|"
    r"ik bedoel|я имею в виду|то есть|точнее|قصدي|أقصد|اقصد|يعني|つまり|じゃなくて|그러니까|是说|我是说)"
)
_NO_ANSWER = re.compile(
    r"[^\S\n]*(?:[^\W\d_]+[^\S\n]*){0,2}[?？؟][^\S\n]*" + _NO + r"(?![^\W\d_])"
    r"|[^\S\n]*[—–:：,،、，-][^\S\n]*" + _NO + r"[^\S\n]*(?=[,.;!)/|\n、。，]|$)"
    r"|[^\S\n]*[,،、，][^\S\n]*" + _NO + r"[^\S\n]*[,،、，]?[^\S\n]*" + _I_MEAN + r"(?![^\W\d_])",
    re.IGNORECASE,
)
_CORRECTION_WORDS = 6  # words allowed between a constraint and its correction
# A contrast opens another statement: "allergic to nuts but eggs are fine".
_CONTRAST = frozenset("but mais aber pero ma mas maar но а لكن بس ولكن however cependant jedoch".split())
_CORRECTION_CHARS = 14  # likewise, in characters, for JA/ZH/KO
_DENSE_COORDINATORS = frozenset("と や 和 及 与 跟 或 와 과 랑 및 나 이랑 하고 이나 و".split())
# A correction stays in the clause of what it corrects; a colon or an arrow does not end it
# ("Allergy: Nickel → not confirmed").
_CORRECTION_BREAK = re.compile(r"[.;!?,()\n。！？；、，؛؟،•|]|\s[-–—]\s|" + _BRACKETS)


@lru_cache(maxsize=32)
def _strong_phrases(language: str) -> tuple[str, ...]:
    langs = [language] if language in _NEGATIVE_TESTS else list(_NEGATIVE_TESTS)
    return tuple(sorted({" ".join(fold(p).split()) for lang in langs for p in _NEGATIVE_TESTS[lang]}))


def _strong(folded: str, start: int, language: str | None) -> bool:
    """A negative-test phrase starts at ``start`` (it crosses a "but")."""
    return any(folded.startswith(p, start) for p in _strong_phrases((language or "").upper()))


@lru_cache(maxsize=32)
def _corrections(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(alphabetic, dense) folded correction phrases for ``language`` (every language's when unknown)."""
    langs = [language] if language in _CORRECTIONS else list(_CORRECTIONS)
    phrases = {" ".join(fold(p).split()) for lang in langs for p in _CORRECTIONS[lang] + _NEGATIVE_TESTS.get(lang, ())}
    phrases.update(" ".join(fold(p).split()) for p in _CODE_SWITCH_CORRECTIONS)
    dense = tuple(sorted(p for p in phrases if any(is_dense_char(c) for c in p)))
    return tuple(sorted(phrases - set(dense))), dense


@lru_cache(maxsize=32)
def _correction_finders(language: str) -> tuple[Literals, Literals]:
    """:func:`_corrections` as finders: the alphabetic phrases padded by spaces (matched on
    the padded folded text), the dense ones bare."""
    alphabetic, dense = _corrections(language)
    return Literals(f" {phrase} " for phrase in alphabetic), Literals(dense)


_GLUED_PARTICLES = frozenset("은는도")
# Korean verb forms ending like a topic particle ("있는 줄", "하는데도"): no other topic
_KO_VERBAL = ("있는", "없는", "하는", "되는", "시는", "먹는", "않는", "같은", "많은", "좋은", "받은", "먹은", "적은", "었는",
              "았는", "였는", "했는", "는데도", "지만은",
              "지금은", "이제는", "요즘은", "현재는", "지금도")  # (time adverbs: "지금은 없어지셨대요")  # Korean corrections that start with the particle of their noun
_SENTENCE_BREAK = re.compile(r"[.;!?\n。！？；]")


def _sentence_broken(nt: NormalizedText, start: int, end: int) -> bool:
    o_start, o_end = nt.to_original(start, end)
    return _SENTENCE_BREAK.search(nt.original, o_start, o_end) is not None


_TOPIC_DASH = re.compile(r"\s*[-–—:：]\s*")


# "All" before a correction closing a list: it takes back every item ("계란, 우유, 땅콩, 울 다 괜찮다고
# 하심", "eggs, milk, wool — all fine", "Eier, Milch, Wolle: alles kein Problem", "鸡蛋、牛奶、羊毛都没问题").
_ALL = frozenset(fold(w) for w in (
    "다 모두 전부 all both everything tous toutes tout alle alles beide tutti tutte entrambi todos todas ambos todo "
    "tudo allemaal все всё оба كل كلها الكل 全部 都 全て どれも いずれも"
).split())
_LIST_SPLIT = re.compile(r"[,、，،/·・]|\s(?:and|et|und|e|y|en|и|و|or|ou|oder|o|of|или)\s")


def _quantified_list(nt: NormalizedText, end: int, start: int) -> bool:
    """The correction at folded ``start`` follows "all" and a list of single words after the hit
    ending at ``end``, in one sentence."""
    if start <= end or start - end > 60:
        return False
    nearby = nt.folded[end : start + 8].split()
    if _ALL.isdisjoint(nearby) and not any(w in nt.folded[end : start + 4] for w in ("全部", "都", "全て", "모두", "전부")):
        return False  # no "all" near: the common case, decided without the clause checks
    if _sentence_broken(nt, end, start):
        return False
    o_end, o_start = nt.to_original(end, start)
    gap = nt.original[o_end:o_start]
    words = gap.split()
    last = fold(words[-1]).split() if words else []
    dense_all = next((w for w in ("全部都", "全部", "都", "全て", "모두", "전부") if gap.rstrip().endswith(w)), None)
    if fold(nt.original[o_start : o_start + 12]).split()[:1] in ([w] for w in _ALL):
        body = gap  # the correction opens with "all": "다 괜찮", "all fine"
    elif not (last and last[-1] in _ALL) and dense_all is None:
        return False
    else:
        body = gap.rstrip()[: -len(dense_all)] if dense_all else gap.rstrip()[: -len(words[-1])]
    pieces = _LIST_SPLIT.split(body)
    return len(pieces) > 1 and all(len(piece.split()) <= 1 for piece in pieces)


def _closes(nt: NormalizedText, start: int) -> bool:
    """The correction starting at folded ``start`` is the rest of its clause (three words at most)."""
    o_start = nt.to_original(start, start)[0]
    stop = _CORRECTION_BREAK.search(nt.original, o_start)
    return len(nt.original[o_start : stop.start() if stop else len(nt.original)].split()) <= 3


def _broken(nt: NormalizedText, start: int, end: int) -> bool:
    if end <= start:
        return False
    o_start, o_end = nt.to_original(start, end)
    return breaks_between(_CORRECTION_BREAK, nt.original, o_start, o_end)


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
    alphabetic, dense = _correction_finders((language or "").upper())
    # folded starts of the correction phrases after the first eligible hit (padded offsets: a padded phrase's leading space)
    lo = min(span[1] for span, ok in zip(spans, eligible) if ok)
    found = alphabetic.starts(f" {folded} ", lo) + dense.starts(folded, lo)
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
        strong = _strong(folded, start, language)  # a negative test reaches over a comma and a "but"
        if start - end > _MAX_CHARS_BACK or scope.covering(end, start, own) is not None:
            continue
        if _quantified_list(nt, end, start):
            flags[own] = True  # "계란, 우유, 땅콩, 울 다 괜찮다고", "nuts, eggs, wool: all fine"
            continue
        if folded[start] in _GLUED_PARTICLES and start != end:
            continue  # "생선은 드심" takes back the fish it is glued to, not an earlier hit
        if any(len(w) > 1 and w[-1] in "은는" and _is_hangul(w[0]) and not w.endswith(_KO_VERBAL)
               for w in folded[end:start].split()[1:]):  # the first word may end the hit's noun ("채식 메뉴는")
            continue  # "땅콩 알레르기 있고 계란은 괜찮음": the correction is about another topic
        if _broken(nt, end, start) and not (strong and not _sentence_broken(nt, end, start)) \
                and not (_TOPIC_DASH.fullmatch(nt.original, *nt.to_original(end, start)) and _closes(nt, start)):
            continue  # (a dash or colon alone sets the topic: "Пыльца — не проблема", "Nuts: no problem")
        gap = folded[end:start]
        if _CONTRAST & set(gap.split()) and not strong:
            continue  # "allergic to nuts but eggs are fine"
        if any(is_dense_char(c) for c in gap):
            flags[own] = len(gap.replace(" ", "")) <= _CORRECTION_CHARS
        else:
            flags[own] = len(gap.split()) <= _CORRECTION_WORDS
    return flags


_BREAK_OR_COLON = re.compile(_CORRECTION_BREAK.pattern + r"|[:：]")


def _coordinated_end(scope: _Scope, own: int) -> int:
    """End of the last hit coordinated with ``own`` ("gluten and eggs", "グルテンと卵"): a
    correction after the list takes back every item of it."""
    end = scope.spans[own][1]
    for k in range(own + 1, len(scope.spans)):
        start = scope.spans[k][0]
        if start < end:
            continue
        words = scope.folded[end:start].split()
        if len(words) > 1 or (start > end and _BREAK_OR_COLON.search(scope.nt.original, *scope.nt.to_original(end, start))):
            break  # (a colon ends a label too: "Pescatarian: fish and shellfish are fine")
        if words and words[0] not in _COORD and words[0] not in _DENSE_COORDINATORS:
            break
        end = scope.spans[k][1]
    return end


# Abstention: a diet cue ("alcohol", "pork", "sugar", "carbs": the ``*_cue`` diet concepts of the
# taxonomy) states a diet when the client does without it. Besides a negator (:func:`negation_flags`)
# that is a verb of giving up or avoiding before it ("quit drinking", "a arrêté l'alcool",
# "verzichtet auf Schweinefleisch", "бросил пить", "ترك الكحول"), a negated verb after it, the
# object put first ("Свинину не ест", "Alkohol trinkt er nicht", "お酒は召し上がらない",
# "술 끊으셨음", "酒也不喝") and, for what a diet only reduces (sugar, carbs), a word of limiting
# ("watches her sugar", "isst kaum Kohlenhydrate", "следит за сахаром", "控制糖分", "당 조절 중").
NOT_A_DIET, ABSTAINED, REDUCED = -1, 1, 2
_ABSTAIN_WORDS = 3  # words between an abstention verb and the cue
_ABSTAIN_BEFORE: dict[str, str] = {
    "EN": "quit quits quitting stopped stopping gave given gives giving abstains abstaining abstinent refuses refused "
          "avoid avoids avoiding avoided off zero banned forbidden excluded eliminated eliminates dropped never "
          "away shuns skips skip skipping steers ditched",
    "FR": "arrete arreter arretee arretes evite evitent eviter evitee refuse supprime supprimee supprimes exclu exclue "
          "exclut proscrit proscrite banni bannie interdit interdite zero renonce jamais sevre sevree",
    "DE": "aufgehort aufgegeben verzichtet verzichten verzichtete meidet meiden gemieden vermeidet null gestrichen "
          "verboten abgeschworen nie niemals nichts",
    "IT": "smesso smettere rinuncia rinunciato rinunciata evita evitare evitando esclude escluso esclusa eliminato eliminata "
          "vietato vietata zero mai niente tolto tolta toglie togliere",
    "ES": "dejo dejado dejar deja evita evitar evitando excluye excluido excluida prohibido prohibida elimino eliminado "
          "eliminada cero renuncio nunca nada quitado quito quita quitar",
    "PT": "deixou largou larga deixar evita evitar evitando exclui excluido excluida proibido proibida eliminou cortou zero "
          "nunca nada tirou tirar fugir foge fugindo",
    "NL": "gestopt stopt stoppen vermijdt mijdt verboden geschrapt nul nooit",
    "RU": "бросил бросила бросили завязал завязала отказался отказалась отказались исключил исключила исключает "
          "исключены избегает избегают нельзя запрещено никогда убрал убрала убрали исключить исключите исключаем "
          "убрать уберите",
    "AR": "ترك تركت بطل بطلت امتنع امتنعت ممتنع ممتنعة توقف توقفت يتجنب تتجنب يبتعد تبتعد ممنوع ممنوعة بلا بدون لا "
          "ما مش مو ابدا ولا قاطع قاطعة مقاطع مقاطعة شال شالت تبعد يبعد بعيد بعيدة",
}
_REDUCE_BEFORE: dict[str, str] = {
    "EN": "less little low reduce reduces reducing reduced cut cuts cutting limit limits limiting limited watch "
          "watches watching careful moderate moderates restrict restricts restricting restricted minimal minimum lower "
          "lowering control controls controlling down back occasionally rarely seldom sometimes occasional bit",
    "FR": "peu moins reduit reduire reduite reduisent limite limiter limitee limitent surveille surveiller attention "
          "modere moderer restreint pauvre controle controler rarement parfois occasionnellement temps attentive attentif",
    "DE": "wenig weniger kaum reduziert reduzieren reduzierte begrenzt einschranken eingeschrankt schrankt achtet "
          "spart sparsam massig selten gelegentlich manchmal",
    "IT": "poco pochi poca poche meno riduce ridurre ridotto limita limitare limitato attento attenta controlla "
          "controllare modera pochissimo raramente ogni occasionalmente riducendo limitando",
    "ES": "poco poca pocos pocas menos reduce reducir reducido limita limitar controla controlar cuida cuidar "
          "modera moderar rara raramente ocasionalmente vez reduciendo limitando controlando cuidando",
    "PT": "pouco pouca poucos poucas menos reduz reduzir reduzido limita limitar controla controlar cuida modera "
          "corta cortar raramente ocasionalmente vez reduziu reduzida diminui diminuiu diminuir reduzindo limitando "
          "controlando cortando",
    "NL": "weinig minder beperkt beperken vermindert verminderen matig let mindert minderen zelden soms af",
    "RU": "мало меньше ограничивает ограничила ограничил ограничивают ограничение сокращает сократил сократила "
          "снизил снизила следит урезал урезала минимум редко изредка иногда считает ограничивать ограничить "
          "сокращать сократить снижать уменьшает уменьшила уменьшил",
    "AR": "قليل قليله يقلل تقلل تقليل يخفف تخفف تخفيف يحد تحد منخفض منخفضه يقلل نادرا احيانا خففت خفف قللت قلل "
          "تراقب يراقب مراقبه تنتبه ينتبه "
          "مخفف مخففه مقلل مقلله",
}
# A negated or prohibiting word right after a cue put first ("Свинину не ест", "Alkohol trinkt er
# nicht", "alcol non ne beve", "Alcohol: never"): at most this many words on.
_ABSTAIN_AFTER: dict[str, str] = {
    "EN": "never",
    "FR": "ne n pas jamais plus rien interdit interdite proscrit proscrite exclu exclue",
    "DE": "nicht nie niemals verboten gestrichen tabu",
    "IT": "non mai vietato vietata escluso esclusa",
    "ES": "no nunca prohibido prohibida excluido excluida",
    "PT": "nao nunca proibido proibida excluido excluida",
    "NL": "niet nooit verboden",
    "RU": "не нельзя никогда исключен исключена исключено исключены запрещен запрещена запрещено исключила исключил "
          "исключили убрала убрал убрали",
    "AR": "لا ممنوع ممنوعه ابدا",
}
_ABSTAIN_AFTER_WORDS = 2
_AR_CONJUNCTIONS = frozenset("وف")
# Words an abstention or reduction verb reaches over ("réduit sa consommation de sucre", "cut
# down on her intake of sugar", "reduziert ihren Zuckerkonsum", "сократила потребление сахара").
_INTAKE_WORDS = frozenset(fold(w) for w in (
    "consumption intake her his their the of on down from "
    "consommation sa son ses leur de du des d la le les l tout ce qui est "
    "konsum verbrauch ihren seinen ihr sein den die das "
    "consumo suo sua il lo di del della dello "
    "su el los las "
    "seu sua o a os as do da "
    "inname consumptie haar zijn het met "
    "потребление употребление свое своё свой "
    "استهلاك تناول من عن"
).split())
# JA/ZH/KO: markers right before the cue (a few characters) or in the rest of its clause.
_DENSE_ABSTAIN_BEFORE = ("不", "没", "沒", "戒", "忌", "别", "免", "无", "無", "禁", "断", "ノン", "唔")
_DENSE_REDUCE_BEFORE = ("少", "控制", "控", "减", "減", "限制", "低", "注意", "偶尔", "很少", "偶爾", "가끔", "たまに", "時々")
_DENSE_ABSTAIN_AFTER = re.compile(
    r"ない|ません|ず(?:\s|に|$)|不可|ng|なし|無し|抜き|やめ|止め|辞め|断っ|断ち|禁止|ダメ|だめ|オフ|カット"
    r"|안\s?(?:[드마먹하들]|$)|않|못\s?[드마먹하]|끊|금지|제외|빼고|빼서|빼 |x|없"
    r"|不|没|沒|戒|忌|免|别|禁|唔"
)
# Refraining: abstaining from alcohol or pork ("お酒は控えている", "술 자제"), limiting sugar.
_DENSE_REFRAIN_AFTER = re.compile(r"控えて|控えま|控えてい|避け|자제|삼가|피하|피해|피함")
_DENSE_REDUCE_AFTER = re.compile(
    r"控え|制限|減ら|少なめ|少しだけ|気をつけ|気にし|気にされ|抑え|時々|たまに|ほとんど|조금만|조금씩|어쩌다|줄이|줄여|줄임|줄인|제한|조절|관리|조심|가끔|거의|少|控制|减|減|限制|偶尔|很少"
)
_DENSE_HARDLY = re.compile(r"ほとんど|あまり|거의|별로|很少|几乎|不太|不怎么")
_DENSE_AFTER_CHARS = 10
_UNSPACED = frozenset({"JA", "ZH", "KO"})
_DENSE_BEFORE_CHARS = 4
# Non-alcoholic drinks: "doesn't drink coffee" is no abstention from alcohol.
_SOFT_DRINKS = frozenset(
    fold(w) for w in (
        "coffee café caffè kaffee koffie кофе tea thé tè tee thee чай чая milk lait latte milch melk leite leche "
        "молоко молока juice jus succo saft sap suco zumo сок сока soda sodas cola coke water eau acqua wasser agua "
        "água воду воды caffeine caféine koffein cafeina кофеин قهوه القهوه شاي الشاي حليب عصير ماء مويه"
    ).split()
)
_DENSE_SOFT_DRINKS = ("咖啡", "茶", "牛奶", "果汁", "水", "可乐", "奶")


@lru_cache(maxsize=32)
def _abstention_words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(abstain-before, reduce-before, after) folded words for ``language`` (every language's when unknown)."""
    langs = [language] if language in _ABSTAIN_BEFORE else list(_ABSTAIN_BEFORE)
    before = frozenset().union(*(_folded_set(_ABSTAIN_BEFORE[lang]) for lang in langs))
    reduce = frozenset().union(*(_folded_set(_REDUCE_BEFORE.get(lang, "")) for lang in langs))
    after = frozenset().union(*(_folded_set(_ABSTAIN_AFTER.get(lang, "")) for lang in langs))
    return before, reduce, after


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff"


def abstention_flags(
    nt: NormalizedText, spans: Sequence[Sequence[int]], language: str | None, cues: Sequence[int],
    reducible: Sequence[bool], drinks: Sequence[bool], stops: Sequence[bool],
) -> dict[int, int]:
    """For the diet cues among ``spans`` (indices ``cues``, in text order; ``reducible``: per cue,
    whether a limiting word is enough), :data:`ABSTAINED` or :data:`REDUCED` when the note says
    the client does without it or limits it, :data:`NOT_A_DIET` when the words are something
    else even under a negator: a Korean cue inside a word ("미술", "기술"), a drinking word
    followed by a non-alcoholic drink (``drinks``: "doesn't drink coffee"). What follows a cue
    is read up to the next hit that ``stops`` (per span: another concept; cues such as
    "食べられない" do not stop it)."""
    found: dict[int, int] = {}
    if not cues:
        return found
    folded = nt.folded
    before_words, reduce_words, after_words = _abstention_words((language or "").upper())
    unspaced = (language or "").upper() in _UNSPACED
    scope = _Scope(nt, spans)
    for k, own in enumerate(cues):
        start, end = spans[own][0], spans[own][1]
        # JA/ZH/KO notes are read by characters, even around a Latin cue ("唔食 carbs")
        dense = (is_dense_char(folded[start]) and not "\u0600" <= folded[start] <= "\u06ff") or unspaced
        if dense and _is_hangul(folded[start]) and start > 0 and _is_hangul(folded[start - 1]):
            found[own] = NOT_A_DIET  # "미술", "기술": a Korean cue starts a word
            continue
        # the clause after the cue, up to the next hit
        stop = next((spans[j][0] for j in range(own + 1, len(spans)) if stops[j] and spans[j][0] >= end), len(folded))
        if drinks[k] and (_soft_drink_after(scope, end, stop, dense) or _drinks_noun(folded, start, end)):
            found[own] = NOT_A_DIET  # "doesn't drink coffee", "no drinks needed"
            continue
        if dense:
            kind = _dense_abstention(scope, own, stop, reducible[k])
        else:
            kind = _word_abstention(
                scope, own, stop, before_words, reduce_words if reducible[k] else frozenset(), after_words
            )
        if kind:
            found[own] = kind
    return found


def _drinks_noun(folded: str, start: int, end: int) -> bool:
    """"no drinks", "pas de boissons": drinks served, not drinking."""
    return folded[start:end] in ("drinks", "drink") and folded[max(0, start - 4) : start].split()[-1:] == ["no"]


def _soft_drink_after(scope: _Scope, end: int, stop: int, dense: bool) -> bool:
    folded = scope.folded
    if dense:
        return folded[end : min(stop, end + 3)].strip().startswith(_DENSE_SOFT_DRINKS)
    for m in _TOKEN.finditer(folded, end, min(stop, end + 40)):
        if scope.has_break(end, m.start()):
            return False
        word = m.group()
        if word in _SOFT_DRINKS:
            return True
        if word not in _DRINK_GLUE:
            return False
    return False


_DRINK_GLUE = _folded_set("a the any de du des d la le l del di il lo un una uno al el")


def soft_drink_after(nt: NormalizedText, end: int) -> bool:
    """A non-alcoholic drink right after folded offset ``end`` ("doesn't drink | coffee",
    "ne boit pas | de café", "不喝 | 咖啡")."""
    scope = _Scope(nt, ())
    folded = nt.folded
    dense = (end < len(folded) and is_dense_char(folded[end])) or (end > 0 and is_dense_char(folded[end - 1]))
    return _soft_drink_after(scope, end, len(nt.folded), dense)


def _word_abstention(
    scope: _Scope, own: int, stop: int, before: frozenset[str], reduce: frozenset[str], after: frozenset[str]
) -> int:
    folded = scope.folded
    start, end = scope.spans[own][0], scope.spans[own][1]
    tokens = [m for m in _TOKEN.finditer(folded, max(0, start - 60), start)]
    counted = 0
    for m in reversed(tokens[-2 * _ABSTAIN_WORDS:]):
        if scope.has_break(m.end(), start):
            break
        word = m.group()
        if word[:1] in _AR_CONJUNCTIONS and len(word) > 3 and word not in before and word not in reduce:
            word = word[1:]  # "ويقلل الحلويات", "فيتجنب السكر": a conjunction glued to the verb
        if word in before:
            return ABSTAINED
        if word in reduce:
            return REDUCED
        if word not in _INTAKE_WORDS:  # "réduit sa consommation de sucre", "cuts down her intake of sugar"
            counted += 1
            if counted >= _ABSTAIN_WORDS:
                break
    for count, m in enumerate(_TOKEN.finditer(folded, end, min(stop, end + 60))):
        if count >= _ABSTAIN_AFTER_WORDS + 1 or scope.has_break(end, m.start()):
            break
        if count < _ABSTAIN_AFTER_WORDS and m.group() in after:
            return ABSTAINED
        if m.group() in reduce:  # "Мясо ест редко", "eats meat only occasionally"
            return REDUCED
    return 0


_PLACEHOLDER = re.compile(r"\[[A-Z]{2,}\]")  # a redaction placeholder ("[HEALTH]", "[NAME]")


def _placeholder_end(scope: _Scope, at: int) -> int:
    """Folded end of the placeholder whose word starts at folded ``at`` (folding turns
    "[HEALTH]" into " health "), 0 when there is none."""
    folded = scope.folded
    if not ("a" <= folded[at] <= "z") or (at and folded[at - 1] != " "):
        return 0
    original = scope.nt.original
    o_start = scope.nt.to_original(at, at + 1)[0]
    if not (o_start and original[o_start - 1] == "[" and _PLACEHOLDER.match(original, o_start - 1)):
        return 0
    end = folded.find(" ", at)
    return end if end > 0 else len(folded)


def _dense_abstention(scope: _Scope, own: int, stop: int, reducible: bool) -> int:
    folded = scope.folded
    start, end = scope.spans[own][0], scope.spans[own][1]
    lo = max(0, start - _DENSE_BEFORE_CHARS)
    while lo < start and scope.has_break(lo, start):
        lo += 1
    head = folded[lo:start]
    if not reducible and _DENSE_HARDLY.search(head):
        return 0  # "不怎么喝酒": drinks little, no abstention
    if any(marker in head for marker in _DENSE_ABSTAIN_BEFORE):
        return ABSTAINED
    if reducible and any(marker in head for marker in _DENSE_REDUCE_BEFORE):
        return REDUCED
    hi, letters = end, 0  # the next characters of the clause, spaces not counted (Korean)
    while hi < stop and letters < _DENSE_AFTER_CHARS and not scope.has_break(hi, hi + 1):
        letters += folded[hi] != " "
        hi = _placeholder_end(scope, hi) or hi + 1  # "[RELIGION]" counts as one letter, not eight
    tail = folded[end:hi]
    if reducible and _DENSE_HARDLY.search(tail):
        return REDUCED  # "肉はほとんど食べない", "고기는 거의 안 드심": hardly, not never
    if _DENSE_ABSTAIN_AFTER.search(tail):
        return ABSTAINED
    if _DENSE_REFRAIN_AFTER.search(tail):
        return REDUCED if reducible else ABSTAINED
    if reducible and _DENSE_REDUCE_AFTER.search(tail):
        return REDUCED
    return 0


# "No gluten issues", "kein Gluten-Problem", "no problems with nuts", "pas de problème avec le
# lactose", "нет проблем с орехами": a negated problem word next to the food denies it, where a
# bare "no gluten" would be a free-from request. Folded text (accents gone, hyphens as spaces).
_PROBLEM = (r"(?:issues?|problems?|probleme|problemen|probleem|problemes?|problemas?|problemi|проблем\w*|"
            r"concerns?|troubles?|beschwerden|reactions?|reaktionen?)")
# what a search for _PROBLEM finds (``in`` tests are 3x faster than the regex scan)
_PROBLEM_STEMS = ("issue", "problem", "probleem", "проблем", "concern", "trouble", "beschwerden", "reaction", "reaktion")
_PROBLEM_NEGATOR = frozenset(fold(w) for w in (
    "no not never kein keine keinen keiner keinerlei nicht pas aucun aucune jamais nessun nessuna nessuno non "
    "ningún ninguna ninguno nunca sin sem nenhum nenhuma nunca geen nooit нет никаких без не لا"
).split())
_PROBLEM_AFTER = re.compile(r" *" + _PROBLEM + r"(?![^\W_])")
_PROBLEM_BEFORE = re.compile(
    r"(?:^|[^\W_] |\s)(?:" + "|".join(sorted(_PROBLEM_NEGATOR, key=len, reverse=True)) + r")(?: (?:any|real|major|known|"
    r"particular|grossen?|gros|grand|particolare|particular|groot|grote|особых|особенных))? (?:de |di |d )?" + _PROBLEM
    + r" (?:with|mit|avec|con|com|met|с|со|to|for|mit dem|mit der)(?: (?:the|le|la|les|l|il|lo|el|los|las|o|a|os|as|"
    r"het|de|den|dem|der|die|das))? *$"
)
_PROBLEM_CLAUSE = re.compile(r"[.;!?,:()\n\[\]。！？；：、，؛؟،]")


def problem_flags(nt: NormalizedText, spans: Sequence[Sequence[int]], eligible: Sequence[bool]) -> list[bool]:
    """For each eligible hit (folded spans), whether a negated problem word is about it: "no
    gluten issues", "keine Nuss-Probleme", "no problems with nuts", "нет проблем с лактозой"."""
    folded = nt.folded
    flags = [False] * len(spans)
    if not any(eligible) or not any(stem in folded for stem in _PROBLEM_STEMS):
        return flags
    for i, span in enumerate(spans):
        if not eligible[i]:
            continue
        start, end = span[0], span[1]
        head = folded[max(0, start - 60) : start]
        cut = max((m.end() for m in _PROBLEM_CLAUSE.finditer(nt.original, *nt.to_original(max(0, start - 60), start))),
                  default=None)
        if cut is not None:
            head = folded[max(to_folded(nt, cut), max(0, start - 60)) : start]
        if _PROBLEM_BEFORE.search(head):
            flags[i] = True
            continue
        after = _PROBLEM_AFTER.match(folded, end)
        if after and _PROBLEM_CLAUSE.search(nt.original, *nt.to_original(end, after.end())) is None:
            words = head.split()[-3:]
            if any(w in _PROBLEM_NEGATOR for w in words):
                flags[i] = True
    return flags
