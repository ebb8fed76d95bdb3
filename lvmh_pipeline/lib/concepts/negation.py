"""Negation scope for concept hits: "pas fan noir", "no allergies", "keine Allergien",
"allergies: none", "アレルギーなし", "알레르기 없음", "无过敏", "لا حساسية".

A negator negates a hit when it stands at most :data:`WINDOW` words before it in the same
clause (clauses end at ``. , ; : ! ?`` and their CJK/Arabic forms). Another concept between
the negator and the hit blocks the scope unless the two are coordinated ("no nickel or
latex"), so "no allergies, vegetarian" and "keine Allergien vegetarisch" keep
``vegetarian`` positive. Post-negators ("allergies: none", "аллергии нет") count when they
are the whole rest of the clause. Japanese, Chinese and Korean are scanned by characters.
All work is on the folded text (see :mod:`lvmh_pipeline.lib.common.text`).

What takes a constraint back after it ("Nickel allergy not confirmed", "keto, no, I mean low
carb") is in :mod:`.statements.corrections`; a diet cue the client does without ("quit drinking",
"Свинину не ест") in :mod:`.statements.abstentions`. Both read clauses with :class:`Scope`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cached_property, lru_cache

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char, to_folded
from lvmh_pipeline.lib.common.literals import Words

__all__ = [
    "BRACKETS", "COORDINATED_WORDS", "MAX_CHARS_BACK", "WINDOW", "Scope", "breaks_between", "folded_set", "is_hangul",
    "negation_flags", "post_denied", "problem_flags",
]

WINDOW = 3  # words allowed between a negator and the concept it negates
MAX_CHARS_BACK = 80  # a negator further back than this cannot reach the hit

_PRE: dict[str, str] = {
    "FR": "pas aucun aucune sans jamais ni non nul nulle évite évitent déteste nie niant",
    "EN": "no not never without none nor neither t avoid avoids dislike dislikes hates non denies denied outgrew outgrown",
    "IT": "non nessun nessuna nessuno senza mai evita evitare odia niente nega",
    "ES": "no sin ningún ninguna ninguno nunca ni tampoco evita evitar odia nada niega",
    "DE": "kein keine keinen keiner keinem keines nicht ohne nie niemals weder vermeidet",
    "PT": "não sem nenhum nenhuma nunca nem evita evitar nada nega",
    "NL": "geen niet zonder nooit noch vermijdt ontkent",
    "RU": "не нет без никаких никакой никакая никакого никакую никакие ни избегает отрицает",
    "AR": "لا بدون ليس ليست غير لم دون بلا لايوجد مفيش تجنب مش مو مب ولا وبدون ينفي تنفي نفت نفى "
          "ماعنده ماعندها ماعندهم ماعندو ماعندي ماعندهاش ماعندوش مافي مافيه",
}
# Two-word negators whose first word alone is no negator (Arabic "ما" is also "what"):
# "ما عندها أي حساسية", "ما ياكل سمك".
_PRE_PAIRS: dict[str, tuple[str, ...]] = {
    "EN": ("tested negative", "tests negative", "test negative", "grew out",
           "nothing with", "nothing containing"),  # "nothing with pork on the menu"
    "DE": ("nichts mit",),
    "FR": ("rien avec",),
    "NL": ("niets met",),
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
    "ZH": ("没有", "沒有", "不喜欢", "避免", "无", "無", "不", "非", "未", "没什么", "沒什麼", "没啥", "沒啥", "没有什么", "沒有什麼",
           "没有任何", "沒有任何", "无任何", "無任何"),  # "没有任何过敏": "any" between the negator and the noun
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
# A bracket breaks a clause unless it belongs to a redaction token ("[RELIGION]",
# "[NAME]"): a redaction token stands for the words it replaced ("돼지고기는 [RELIGION] 안 드심").
BRACKETS = r"\[(?![A-Z])|(?<![A-Z])\]"
_BREAK = re.compile(r"[.;!?,:()\n。！？；：、，؛؟،•|]|\s[-–—]\s|" + BRACKETS)


def breaks_between(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """A break of ``pattern`` inside ``text[start:end]``; the character after ``end`` is
    looked at too, so that the "[" of a redaction token at the end of the range ("[RELIGION]")
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


def is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff"


def folded_set(words: str | Sequence[str]) -> frozenset[str]:
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
    pre = frozenset().union(*(folded_set(_PRE.get(lang, "")) for lang in langs))
    post = frozenset().union(*(folded_set(_POST.get(lang, ())) for lang in langs))
    if language in _CODE_SWITCHED:
        post = post | folded_set(_CODE_SWITCH_POST)
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


COORDINATED_WORDS = folded_set(_COORDINATORS)
_NE = frozenset({"ne", "n"})
# First words of negative phrases that are no negators on their own (Arabic "ما" + verb).
_CONCORD_FIRST = frozenset({"ما", "وما"})  # French "ne … plus": "plus" negates after it


class Scope:
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
    scope: Scope, own: int, pre: frozenset[str], pairs: dict[str, frozenset[str]] | None = None
) -> bool:
    position = scope.spans[own][0]
    folded = scope.folded
    tokens = [m.span() for m in _TOKEN.finditer(folded, max(0, position - MAX_CHARS_BACK), position)]
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
        coordinated = token in COORDINATED_WORDS
        words += 1
        if words > WINDOW:
            return False
        position = start
    return False


def _post_negated(scope: Scope, own: int, post: frozenset[str], post_first: frozenset[str]) -> bool:
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


def _dense_negated(scope: Scope, own: int, dense_pre: tuple[str, ...], dense_post: tuple[str, ...]) -> bool:
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
            if not _takes_object(tail, k + len(cue), cue) and not tail.startswith(_CONDITIONAL_NOT, k):
                return True
            k = tail.find(cue, k + 1, _DENSE_POST_OFFSET + len(cue))
    return False


# "If not" states a condition, no denial: "할랄 아니면 안 드심" (only halal), "할랄이 아니라면".
_CONDITIONAL_NOT = ("아니면", "아니라면", "아닌 건", "아닌 것은", "아닌 음식")


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
    if pairs:  # the second word of a two-word negator ("nothing | with") counts only after its first
        pre_words = {word for word in pre_words if word not in pairs or not words.isdisjoint(pairs[word])}
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
    scope = Scope(nt, spans)
    flags = []
    for own, span in enumerate(spans):
        start, end = span[0], span[1]
        cue_before = False  # a pre-negator close enough before the hit
        if cue_starts:
            j = bisect_right(cue_starts, start - 1) - 1
            cue_before = j >= 0 and start - cue_starts[j] <= MAX_CHARS_BACK
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
    return _post_negated(Scope(nt, spans), own, post, post_first)


@lru_cache(maxsize=32)
def _cue_words(language: str) -> Words:
    """The words :func:`negation_flags` looks for in a note: pre-negators, first words of
    post-negators and of two-word negators, and "ne" / "n" / "plus" ("ne mange plus de porc")."""
    pre, _, post_first, _, _, pairs = _cues(language)
    return Words(pre | post_first | _NE | {"plus"} | frozenset().union(*pairs.values()))


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
