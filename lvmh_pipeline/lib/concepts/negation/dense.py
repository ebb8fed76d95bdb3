"""Character-based negation scope for Japanese, Chinese and Korean: a negator right before
the concept ("无过敏") or a few characters after it ("アレルギーなし", "알레르기가 없습니다").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import is_dense_char
from lvmh_pipeline.lib.concepts.negation.scope import Scope


_DENSE_POST_OFFSET = 3  # particles allowed between a CJK concept and its post-negator
_TOPIC_PARTICLES = frozenset("は も 는 은 도".split())
_PAUSES = frozenset("、，,")
_COLONS = frozenset(":：")


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
    for cue in dense_pre if folded.endswith(dense_pre, 0, cue_end) else ():  # (one test for every cue)
        cue_start = cue_end - len(cue)
        if (
            cue_start >= 0
            and folded[cue_start:cue_end] == cue
            and not scope.has_break(cue_start, start)
            and scope.covering(cue_start, cue_end, own) is None
            and not (cue == "무" and cue_start > 0 and "\uac00" <= folded[cue_start - 1] <= "\ud7a3")
        ):
            return True  # (not the last syllable of a word: "상무 승진" is an executive's promotion)
    if folded[start:end].endswith(_NEGATIVE_POLARITY):
        return False  # "술을 전혀 | 안 하세요": the alias is the start of a negative phrase
    tail_chars: list[str] = []
    tail_at: list[int] = []  # the folded offset of each tail character
    cursor = end
    after_colon = False
    while cursor < len(folded) and len(tail_chars) < _DENSE_POST_OFFSET + 13:  # "は特にございません", "이나 트러블은 전혀 없"
        # (a letter or a digit of the folded text never stands for a clause break: no look at the original)
        if not folded[cursor].isalnum() and scope.has_break(cursor, cursor + 1):
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
            tail_at.append(cursor)
        elif after_colon and not "".join(tail_chars).strip():
            return False  # "アレルギー：ナッツNG": the answer's negator is the allergen's
        cursor += 1
    tail = "".join(tail_chars)
    if tail.startswith(_ETC):  # "アレルギー等は特になし": "and the like" belongs to the concept
        tail = tail[len(next(e for e in _ETC if tail.startswith(e))):]
    tail = _NOW_ADVERB.sub(r"\1", tail, count=1)  # "두드러기는 이제 안 나요": "now" before the negator
    head = tail.lstrip()
    if after_colon and head[:1] in ("무", "無", "无") and (len(head) == 1 or head[1] == " ") \
            and _NONE_ANSWER.match(scope.gap_text(tail_at[len(tail) - len(head)], min(len(folded), tail_at[len(tail) - len(head)] + 4))):
        return True  # "알러지: 무", "過敏：無": the answer "none" alone
    if _nominalized_denial(head) or _LISTED_THEN_DENIED.match(head):
        return True
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
            if (
                not _takes_object(tail, k + len(cue), cue)
                and not _hit_object(scope, own, tail_at, k + len(cue), cue)
                and not tail.startswith(_CONDITIONAL_NOT, k)
                and not any(reason in tail[:k] for reason in _REASONS)
                and not (k < len(tail_at) and _BRACKETED_OBJECT.search(scope.gap_text(end, tail_at[k])))
            ):
                return True
            k = tail.find(cue, k + 1, _DENSE_POST_OFFSET + len(cue))
    return False


_NONE_ANSWER = re.compile(r"(?:무|無|无)\s*(?:[/|｜,，、;；.。\n)]|$)")  # the answer "none" alone after a colon
# A verb made a noun before its denial: "채식하시는 건 아니고", "탄수화물 줄이는 중은 아니라고", "울 알레르기 있는 건 아니고",
# "ベジタリアンというわけではない" (the negator stands further than a particle's reach).
_NOMINALIZERS = ("있으신 건", "있으신 게", "있는 건", "있는 게", "하시는 건", "하시는 게", "하시는 중은", "하는 건", "하는 게", "하는 중은",
                 "는 건", "는 게", "는 중은",
                 "인 건", "이신 건", "중은", "というわけでは", "というわけじゃ", "わけでは", "わけじゃ")
_DENIALS = ("아니", "아닙", "아님", "ない", "なく")


# A Korean topic particle, then "now" / "any more" before the negator ("두드러기는 이제 안 나요", "더 이상 없어요").
_NOW_ADVERB = re.compile(r"^(\s?[은는이가도]?\s?)(?:이제는|이제|더 이상|더이상|요즘은|요새는|지금은)\s?")


# A Korean hit listed with a word that is no concept, then denied together: "두통이나 트러블은 전혀 없다",
# "발진이나 가려움도 안 생긴대요".
_LISTED_THEN_DENIED = re.compile(
    r"(?:이나|나|이랑|랑|하고|이든|든)\s?[가-힣]{1,5}?\s?(?:은|는|이|가|도)?\s?(?:전혀|하나도|별로|딱히)?\s?(?:없|안\s?나|안\s?생기)"
)


# A diet's own noun, then a topic particle, before a denial ("할랄 식단은 아니고", "채식주의자는 아니고", "비건은 아님").
_DIET_NOUN_TOPIC = re.compile(r"\s?(?:식단|식사|주의자|주의)?\s?[은는]\s")


def _nominalized_denial(head: str) -> bool:
    """``head`` (what follows a concept) is a nominalizer and a denial, not a condition (a subject
    particle may come first: "금속 알레르기가 있는 건 아니고")."""
    if head[:1] in ("가", "이") and head[1:2] == " ":
        head = head[2:]
    topic = _DIET_NOUN_TOPIC.match(head)  # "할랄 식단은 아니고", "비건은 아니에요": the diet itself denied
    if topic is not None and head[topic.end():].startswith(_DENIALS) and not head[topic.end():].startswith(_CONDITIONAL_NOT):
        return True
    for bridge in _NOMINALIZERS:
        if head.startswith(bridge):
            rest = head[len(bridge):].lstrip()
            return rest.startswith(_DENIALS) and not rest.startswith(_CONDITIONAL_NOT)
    return False


# A bracket after the concept whose own noun the negator follows: "パレオっぽい食事（穀物なし、…）" glosses the
# diet, it does not deny it ("アレルギー（なし）" does).
_BRACKETED_OBJECT = re.compile(
    r"[(（]\s*(?!特に|とくに|特別|全く|まったく|一切|全然|何も|なにも|別に|今は|現在|特|전혀|특별히|딱히|아무|별로|완전|目前|完全|暂|都|均)[^\s)）]"
)

# "Because": the concept is the reason, what follows is denied ("ヴィーガンなので毛皮NG", "纯素所以不要皮").
_REASONS = ("ので", "から", "ため", "所以", "因此", "그래서", "라서", "이라서")

# "And the like" right after a concept ("アレルギー等", "过敏之类", "알레르기 등").
_ETC = ("などは", "など", "等等", "等", "とか", "之类", "之類", " 등", "등")

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


def _hit_object(scope: Scope, own: int, tail_at: list[int], position: int, cue: str) -> bool:
    """A Chinese verb negator whose object, after spaces, is another hit: "keto 生酮 不吃 碳水" negates the carbs (a
    spoken note spaced word by word), not the keto diet before it."""
    if not cue.startswith(("不", "没", "沒")) or len(cue) < 2 or not 0 < position <= len(tail_at):
        return False
    cursor = tail_at[position - 1] + 1
    folded = scope.folded
    while cursor < len(folded) and folded[cursor] == " ":
        cursor += 1
    return cursor > tail_at[position - 1] + 1 and scope.covering(cursor, cursor + 1, own) is not None
