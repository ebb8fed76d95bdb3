"""Constraints a note only asks about or leaves open: "check whether she is allergic to wool",
"Nachfragen, ob sie gegen Wolle allergisch ist", "Уточнить, есть ли аллергия на шерсть",
"Nussallergie noch unklar", "ナッツアレルギーの有無を次回確認", "울 알레르기 여부 확인", "是否对坚果过敏".

Such a hit states no constraint (:func:`asked_flags`); an allergen named in an answer is a hit
of its own. Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_arabic_char, is_dense_char, to_folded

__all__ = ["GATE_WORDS", "DENSE_GATE", "asked_flags"]

# Words that open an indirect question on their own ("whether", "ob", "ли", "هل").
_WHETHER = frozenset(fold(w) for w in "whether ob ли هل".split())
# "if" words, interrogative only after a verb of asking or checking ("check if", "vérifier si").
_IF = frozenset(fold(w) for w in "if si se of اذا إذا لو".split())
_ASKING = frozenset(fold(w) for w in (
    "ask asking asked check checking confirm confirming verify find see know sure "
    "demander demande vérifier verifier confirmer savoir voir "
    "fragen nachfragen prüfen klären klaren erfragen abklären wissen "
    "chiedere verificare controllare confermare sapere capire "
    "preguntar averiguar comprobar confirmar verificar saber "
    "perguntar verificar confirmar saber ver "
    "vragen navragen checken nagaan controleren weten "
    "спросить уточнить узнать проверить выяснить "
    "نتأكد نسأل اسأل تأكد تاكد نشوف نعرف اعرف"
).split())
_QUESTION_WORDS = 8  # words between the question word and the constraint
# What leaves a constraint open, right after it in its clause ("Nussallergie noch unklar").
_OPEN_AFTER = tuple(" " + " ".join(fold(p).split()) for p in (
    "to be confirmed", "tbc", "unconfirmed", "unclear", "not sure", "à confirmer", "a confirmer", "non confirmée",
    "zu klären", "unklar", "noch offen", "unsicher", "da confermare", "non sicuro", "non sicura",
    "por confirmar", "a confirmar", "no confirmada", "no está claro", "não confirmada", "te bevestigen", "onduidelijk",
    "не уточнено", "под вопросом", "под сомнением", "не точно", "غير مؤكدة", "غير مؤكد", "يحتاج تأكيد",
))
_OPEN_FILLERS = frozenset(fold(w) for w in "still yet is are encore noch ancora todavia ainda nog ещё еще пока لسه".split())
_DENSE_ASKED_BEFORE = ("是否", "有无", "有無", "有没有", "有沒有", "需确认", "确认一下", "待确认")
_DENSE_ASKED_AFTER = re.compile(
    r"\s?(?:[はがのを]\s?)?(?:有無|かどうか|があるか|はあるか|があるかどうか|か確認|か要確認|要確認|未確認|確認中)"
    r"|\s?(?:[이가은는을를]\s?)?(?:여부|있냐고|있으시냐고|있으신가|없냐고|이냐고|이시냐고|있는지|있으신지|있으실지|있나|인지|이신지|신지|하시는지|하는지|드시는지|확인 필요|미확인|확인 예정)"
    r"|\s?(?:待确认|待確認|有待确认|需要确认|要确认|不确定)"
)
_CLAUSE = re.compile(r"[.;!?,:\n。！？；：、，،؛]|\s[-–—]\s")
# A Korean question reported with its answer of yes: "알레르기 있냐고 여쭤보니 있다고 하심" states the allergy.
_DENSE_ANSWERED_YES = re.compile(r"(?:물어보|여쭤보|여쭈어보|여쭈|확인해 보|확인하)\S*\s(?:있다고|있으시다고|있대|있으시대|맞다고|맞대|그렇다고|네라고)")
_REASON = frozenset(fold(w) for w in "because as since parce car puisque weil da denn perche poiche porque pois omdat "
                    "want потому так لان لانه لانها".split())


_WHETHER_IF = _WHETHER | _IF
# What a note must hold for asked_flags to find anything: one cheap look at the whole note first
# (an open phrase by its last word; "if" only with a verb of asking).
GATE_WORDS = _WHETHER | _ASKING | frozenset(p.split()[-1] for p in _OPEN_AFTER)
DENSE_GATE = _DENSE_ASKED_BEFORE + ("有無", "かどうか", "があるか", "はあるか", "確認", "여부", "있는지", "있으신지", "있으실지",
                                    "있나", "인지", "신지", "는지", "냐고", "확인", "待确认", "待確認", "确认", "不确定")
_OPEN_FIRST = frozenset(p.split()[0] for p in _OPEN_AFTER) | {"ли"}  # "вегетарианка ли она": an inverted question


def _may_ask(folded: str, start: int, end: int) -> bool:
    """A cheap look around one hit: a question word before it, an open phrase or a dense marker
    after it (most hits have none, and skip the clause checks)."""
    if is_dense_char(folded[start]) and not is_arabic_char(folded[start]):
        return any(w in folded[max(0, start - 8) : start] for w in _DENSE_ASKED_BEFORE) or \
            _DENSE_ASKED_AFTER.match(folded, end, min(len(folded), end + 16)) is not None
    if not _WHETHER_IF.isdisjoint(folded[max(0, start - 80) : start].split()[-_QUESTION_WORDS:]):
        return True
    tail = [w for w in folded[end : end + 40].split()[:3] if w not in _OPEN_FILLERS]
    return bool(tail) and tail[0] in _OPEN_FIRST


def asked_flags(
    nt: NormalizedText, spans: Sequence[Sequence[int]], language: str | None, eligible: Sequence[bool],
    words: re.Pattern[str], topics: Sequence[bool] = (), direct: Sequence[bool] = (),
) -> list[bool]:
    """For each eligible hit, whether its clause only asks about it or leaves it open. The
    question must be about the allergy (``words``: folded allergy words, in the question or the
    hit): "asks whether the clasp has nickel, she is allergic" asks about the clasp. A hit of
    ``topics`` (a diet: "check whether she is vegan", "채식 여부 미확인") is the question's topic
    itself. A direct question ending right after the hit asks too ("Is she vegan?", "비건이신가요?",
    "Allergic to eggs? to check"), unless an answer of yes follows ("Nut allergy? Yes, severe"); only
    for the hits of ``direct`` (not a special-category allergen, whose words must leave the text)."""
    flags = [False] * len(spans)
    if not any(eligible):
        return flags
    original, folded = nt.original, nt.folded
    asking = "?" in original or "？" in original or "؟" in original
    for i, span in enumerate(spans):
        if not eligible[i]:
            continue
        own = bool(topics) and topics[i]
        if asking and _answered_no(nt, span):
            flags[i] = True  # "对花粉? 问过，没有", "Pollen? No": asked and denied, special allergens too
            continue
        if asking and direct and direct[i] and _direct_question(nt, span, own, words):
            flags[i] = True
            continue
        if not _may_ask(folded, span[0], span[1]):
            continue
        o_start, o_end = nt.to_original(span[0], span[1])
        clause_end = _CLAUSE.search(original, o_end)
        o_stop = clause_end.start() if clause_end else len(original)
        if is_dense_char(original[o_start]) and not is_arabic_char(original[o_start]):
            head = _CLAUSE.split(original[max(0, o_start - 8) : o_start])[-1]
            if not own and not words.search(folded, span[0], to_folded(nt, min(o_stop, o_end + 8))):
                continue
            asked = _DENSE_ASKED_AFTER.match(original, o_end, min(len(original), o_end + 16))
            flags[i] = any(w in head for w in _DENSE_ASKED_BEFORE) or (
                asked is not None and not _DENSE_ANSWERED_YES.search(original, asked.end(), asked.end() + 24))
            continue
        breaks = [m for m in _CLAUSE.finditer(original, max(0, o_start - 120), o_start)]
        if breaks and original[breaks[-1].start()] in ",،" and \
                fold(original[max(0, breaks[-1].start() - 20) : breaks[-1].start()]).split()[-1:] in ([w] for w in _ASKING):
            breaks = breaks[:-1]  # "Nachfragen, ob ...", "Уточнить, есть ли ...": the question opens after the comma
        o_head = breaks[-1].end() if breaks else max(0, o_start - 120)
        head = fold(original[o_head:o_start]).split()[-_QUESTION_WORDS:]
        opened = _asks(head)
        if opened is not None:  # the allergy word is in the question: "whether she is allergic to wool"
            about = to_folded(nt, max(o_head, o_start - len(" ".join(head[opened:])) - 1))
            stop = to_folded(nt, o_stop)
            reason = next((m.start() for m in re.finditer(r"\S+", folded[span[1]:stop]) if m.group() in _REASON), None)
            flags[i] = own or words.search(folded, about, stop if reason is None else span[1] + reason) is not None
            continue
        if not own and not words.search(folded, span[0], span[1]) and not words.search(
                folded, to_folded(nt, max(o_head, o_start - 24)), span[0]):
            continue  # "Nussallergie noch unklar", "allergie aux noix à confirmer"
        tail = [w for w in fold(original[o_end:o_stop]).split() if w not in _OPEN_FILLERS]
        flags[i] = (" " + " ".join(tail)).startswith(_OPEN_AFTER) or tail[:1] == ["ли"]
    return flags


def _asks(head: list[str]) -> int | None:
    """Where an indirect question opens in ``head`` (the words before the hit, in its clause),
    no reason clause after it ("check whether she is allergic to wool", not "she gets a rash if
    she wears wool"): the index of its question word, else None."""
    for k in range(len(head) - 1, -1, -1):
        word = head[k]
        if word in _REASON:
            return None
        if word in _WHETHER:
            return k
        if word in _IF:
            return k if any(w in _ASKING for w in head[max(0, k - 3) : k]) else None
    return None


_QUESTION_MARK = re.compile(r"[?？؟]")
_SENTENCE_STOP = re.compile(r"[.;!\n。！；]")
_ARROW = re.compile(r"→|->|=>|⇒")  # what follows an arrow is another item (the question is about it)
# A bracket opened after the hit and still open at the question mark: the question is the aside's
# ("Régime halal (coffret chocolats ok ?)", "vegan (is the cake fine?)", "清真（礼盒可以吗？）").
_OPEN_ASIDE = re.compile(r"[(（\[][^)）\]]*$")
# An answer of yes after a question mark: the question was the note's label for a fact ("Nut allergy? Yes").
_YES = frozenset(fold(w) for w in (
    "yes yeah yep indeed confirmed oui ja jawohl si sì sim da ja да نعم ايوه ايه اي اكيد"
).split())
_DENSE_YES = ("はい", "ええ", "네", "예", "응", "是", "对", "對", "有")
_QUESTION_REACH = 6  # words (twice as many dense characters) between the hit and its question mark


def _direct_question(nt: NormalizedText, span: Sequence[int], own: bool, words: re.Pattern[str]) -> bool:
    """The hit ends a direct question: a question mark closes its clause a few words on, the
    question is about the allergy (``words``) or the hit is a diet (``own``), no "yes" answers it."""
    original = nt.original
    o_start, o_end = nt.to_original(span[0], span[1])
    mark = _QUESTION_MARK.search(original, o_end, min(len(original), o_end + 60))
    if mark is None:
        return False
    between = original[o_end : mark.start()]
    if _CLAUSE.search(between) or _SENTENCE_STOP.search(between) or _ARROW.search(between) or _OPEN_ASIDE.search(between):
        return False  # "allergic to eggs, right?" / "¿viste?": a tag after the statement; "wool allergy → cashmere ok?"
    dense = is_dense_char(original[o_start]) and not is_arabic_char(original[o_start])
    if (len(between.replace(" ", "")) > 2 * _QUESTION_REACH) if dense else len(between.split()) > _QUESTION_REACH:
        return False
    after = original[mark.end() : mark.end() + 16].lstrip(" ¿¡-–—:")
    if after.startswith(_DENSE_YES) or fold(after).split()[:1] in ([w] for w in _YES):
        return False
    if own:
        return True
    breaks = [m.end() for m in _SENTENCE_STOP.finditer(original, 0, o_start)] + \
        [m.end() for m in _QUESTION_MARK.finditer(original, 0, o_start)]
    return words.search(nt.folded, to_folded(nt, max(breaks) if breaks else 0), to_folded(nt, mark.start())) is not None


# An answer of no after the question mark, maybe after "asked" ("问过，没有", "確認したところ、なし", "여쭤보니 없으시대요").
_ANSWER_NO = re.compile(
    r"[\s,，、:：\-–—]*(?:(?:问过|问了|問過|問了|确认过|確認したところ|伺ったところ|聞いたら|여쭤보니|물어보니|확인해 보니|asked|checked)"
    r"[\s,，、:：]*)?(?:没有|沒有|无|無|没|沒|不是|なし|無し|ない|いいえ|없|아니|아뇨|no\b|none\b|nope\b|non\b|nein\b|нет\b)",
    re.IGNORECASE,
)


def _answered_no(nt: NormalizedText, span: Sequence[int]) -> bool:
    """The hit ends a direct question (a question mark closes its clause right after it) answered no."""
    original = nt.original
    o_end = nt.to_original(span[0], span[1])[1]
    mark = _QUESTION_MARK.search(original, o_end, min(len(original), o_end + 12))
    if mark is None:
        return False
    between = original[o_end : mark.start()]
    if _CLAUSE.search(between) or _SENTENCE_STOP.search(between) or len(between.split()) > 2:
        return False
    return _ANSWER_NO.match(original, mark.end()) is not None
