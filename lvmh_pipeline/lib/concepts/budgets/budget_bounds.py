"""Words that make a budget amount open-ended or capped, and corrections, in 12 languages.

``up to 8K`` / ``bis 9K`` / ``до 500 тысяч`` / ``최대 200만 원`` / ``不超过3万`` -> no lower bound;
``at least 10K`` / ``ab 10K`` / ``от 1 млн`` / ``최소`` / ``至少`` -> no upper bound; also after the
amount (``6K maximum``, ``10K minimum``, ``كحد أقصى``). Suffixes glued to the amount (以上, 이하,
まで …) are read with the amount in :mod:`lvmh_pipeline.lib.concepts.budgets.money`. ``around 5K`` stays
a single amount. Corrections (``5K, no wait, 7K``) let the later amount win. The cue words themselves are in
:mod:`lvmh_pipeline.lib.concepts.budgets.cue_words`.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.concepts.budgets.cue_words import (
    CAP_AFTER as _CAP_AFTER,
    CAP_AFTER_DENSE as _CAP_AFTER_DENSE,
    CAP_AFTER_END as _CAP_AFTER_END,
    CAP_BEFORE as _CAP_BEFORE,
    CAP_DENSE as _CAP_DENSE,
    OPEN_AFTER as _OPEN_AFTER,
    OPEN_AFTER_END as _OPEN_AFTER_END,
    OPEN_BEFORE as _OPEN_BEFORE,
    OPEN_DENSE as _OPEN_DENSE,
)
from lvmh_pipeline.lib.concepts.budgets.numbers import is_number_start

__all__ = ["CAP", "OPEN", "bound_after", "bound_before", "correction_end", "keyword_bound", "taken_back"]

OPEN, CAP = "open", "cap"

# Spoken hesitations between a cue and the amount ("até, hã, oito mil", "fino a, ehm, duemila").
_HESITATIONS = frozenset("uh uhm um umm er erm eh ehm euh heu äh ähm öhm hm hmm hã ahn э ээ эм ну".split())
# Words skipped at the end of the text before the amount ("maximum of 5K", "up to about 5K").
_FILLERS = frozenset(
    "of the a de d du des di del dei della von van le la les el los las il i o os as die der den dem het is est es "
    "è ist é be are about around approximately approx roughly some environ autour vers circa ca cerca intorno "
    "sui unos alrededor aproximadamente etwa rund ungefähr um ongeveer rond zo'n около примерно порядка "
    "حوالي تقريبا 약 대략 정도 budget budgets bij на в uns umas een".split()
) | _HESITATIONS
_LIKE = frozenset("like tipo genre".split())  # "starting at like 8K", "a partir de, tipo, três mil", "à partir de genre 2000"
_NEGATIONS = frozenset(
    "not t never no ne pas jamais non nicht kein keine não nao nunca jamás niet nooit nie geen не нельзя никогда "
    "nothing rien niente nulla nada nichts niets ничего "
    "لا لن ما مو مش مب 않 안".split()
)
# Open cues that a negation before them turns into a cap ("doesn't want to spend more than 3K").
_COMPARATIVES = frozenset({"more than", "over", "above", "plus de", "più di", "oltre", "más de", "mehr als", "über",
                           "mais de", "meer dan", "более", "больше", "свыше", "أكثر من", "أكتر من", "اكتر من", "اكثر من", "superior a", "superiore a", "boven",
                           "supérieur à", "au dessus de", "au-dessus de", "sopra", "por encima de", "acima de", "выше",
                           "beyond", "au delà de", "au dela de", "más allá de", "jenseits von", "сверх", "يتجاوز", "تتجاوز", "يفوق", "تفوق"})

# Words before a budget keyword that bound it ("Max budget: 5K", "最低预算", "최대 예산").
_KEYWORD_CUE_RE = re.compile(
    r"(?:(?P<cap>(?<![^\W\d_])(?i:upper|top|max|max\.|maximum|maximal|maximale|massimo|máximo|maximo|maximaal|максимальный|"
    r"максимальным)|최대|最高|最大|上限|الحد الأقصى|أقصى|اقصى)|(?P<open>(?<![^\W\d_])(?i:min|min\.|minimum|minimal|minimale|minimo|"
    r"mínimo|minimaal|минимальный|минимальным)|최소|最低|الحد الأدنى))[\s:：]*$"
)
_KEYWORD_CUE_MARKS = ("upper", "top", "max", "min", "máx", "mín", "mass", "макс", "мин", "최대", "최소", "最", "上限", "الحد", "قصى")


def _keyword_cue_possible(text: str) -> bool:
    lower = text.lower()
    return any(mark in lower for mark in _KEYWORD_CUE_MARKS)

def _cues(block: str) -> frozenset[str]:
    return frozenset(" ".join(c.split()) for c in block.replace("\n", "").split("|") if c.strip())


_CAP_WORDS, _OPEN_WORDS = _cues(_CAP_BEFORE), _cues(_OPEN_BEFORE)
_LONGEST = max(len(c.split()) for c in _CAP_WORDS | _OPEN_WORDS)
_TOKEN = re.compile(r"[^\W\d_]+\.?|[〜～+]")  # "+": shorthand "more" ("pas + de 2k", "+ de 5 000 €")


def _after_alt(words: tuple[str, ...]) -> str:
    return "|".join(r"\s".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


_AFTER_RE = re.compile(
    rf"[ \u00a0\u202f]?[,،]?[ \u00a0\u202f]?(?:(?P<cap>(?i:{_after_alt(_CAP_AFTER)})|max\.?)"
    rf"|(?P<open>(?i:{_after_alt(_OPEN_AFTER)})|min\.?)"
    rf"|(?P<capend>(?i:{_after_alt(_CAP_AFTER_END)}))(?=[ \u00a0\u202f]*(?:[,.;:!?)—–\n]|$))"
    rf"|(?P<openend>(?i:{_after_alt(_OPEN_AFTER_END)}))(?=[ \u00a0\u202f]*(?:[,.;:!?)—–\n،]|$)))(?![^\W\d_])"
)


_NUMBER_NEXT = re.compile(r"[ \u00a0\u202f:]*[\d€$£]")
def _word_number_next(text: str, at: int) -> bool:
    """A number in words right after ``at`` ("max vier en een half")."""
    while at < len(text) and text[at] in " \u00a0\u202f":
        at += 1
    return at < len(text) and text[at].isalpha() and is_number_start(text, at)


_NEXT_WORD_RE = re.compile(r"[\s,.;:!?…—–\-()、，。：；،؛]{0,6}([^\W\d_]+)")
_AFTER_FIRSTS = frozenset(w.split()[0].lower() for w in _CAP_AFTER + _OPEN_AFTER + _CAP_AFTER_END + _OPEN_AFTER_END) | {
    "max", "min"}


def _words(text: str) -> list[str]:
    return [w.rstrip(".").lower() for w in _TOKEN.findall(text.replace("’", " ").replace("'", " "))]


def _tail_cue(words: list[str]) -> tuple[str, str] | None:
    """(kind, cue) for the longest cue the word list ends with."""
    for n in range(min(_LONGEST, len(words)), 0, -1):
        cue = " ".join(words[-n:])
        if cue in _CAP_WORDS:
            return CAP, cue
        if cue in _OPEN_WORDS:
            return OPEN, cue
    return None


_TOTAL_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?i:tot)\.[ \u00a0:]*$")


def bound_before(gap: str, before_keyword: str = "") -> str | None:
    """OPEN / CAP from the text between the budget keyword (or the sentence start) and the
    amount; when that holds only fillers, from the words just before the keyword ("Max budget:
    5K", "Minimum budget 15K")."""
    if _TOTAL_ABBREVIATION.search(gap):
        return None  # "Tot. 4.800 €": a total (Italian "totale"), not the Dutch "tot" (up to)
    dense = gap.rstrip(" :：,、は为是在：\u3000")
    single = dense.strip().lower()
    if single.isalpha() and single.isascii():  # one word: "around", "de", "max", "bis"
        if single in _CAP_WORDS:
            return CAP
        if single in _OPEN_WORDS:
            return OPEN
        if single not in _FILLERS:
            return None
        dense = ""
    if dense:
        if dense.endswith(_CAP_DENSE):
            return CAP
        if dense.endswith(_OPEN_DENSE):
            return OPEN
        words = _words(gap)
        stripped = _strip_fillers(words)
        for candidate in (words, _strip_fillers(words, _HESITATIONS | _LIKE), stripped):
            found = _tail_cue(candidate)
            if found is not None:
                kind, cue = found
                if kind == OPEN and cue in _COMPARATIVES and _negated(candidate[: -len(cue.split())], before_keyword):
                    return CAP
                return kind
        if stripped:
            return None
    if before_keyword and _keyword_cue_possible(before_keyword):
        found = _KEYWORD_CUE_RE.search(before_keyword)
        if found is not None:
            return CAP if found.group("cap") else OPEN
    return None


def _strip_fillers(words: list[str], fillers: frozenset[str] = _FILLERS) -> list[str]:
    """``words`` without the ``fillers`` they end with."""
    end = len(words)
    while end and words[end - 1] in fillers:
        end -= 1
    return words[:end]


def _negated(words: list[str], before_keyword: str) -> bool:
    window = (_words(before_keyword)[-4:] if before_keyword else []) + words[-4:]
    return any(w in _NEGATIONS or w.endswith("n't") for w in window)



def bound_after(text: str, end: int) -> tuple[str, int] | None:
    """(OPEN / CAP, end of the cue) for a cue right after an amount ending at ``end``."""
    head = text[end : end + 12]
    stripped = head.lstrip(" \u00a0\u202f")
    if stripped.startswith(_CAP_AFTER_DENSE):  # (one test: most amounts have none after them)
        for cue in _CAP_AFTER_DENSE:
            if stripped.startswith(cue):
                return CAP, end + len(head) - len(stripped) + len(cue)
    word = _NEXT_WORD_RE.match(text, end)
    if word is None or word.start(1) - end > 2 or word.group(1).lower() not in _AFTER_FIRSTS:
        return None
    match = _AFTER_RE.match(text, end)
    if match is None or _NUMBER_NEXT.match(text, match.end()) or _word_number_next(text, match.end()):
        return None  # "4K, max 5K", "vierduizend, max vijf": the cue belongs to the next amount
    return (OPEN if match.group("open") or match.group("openend") else CAP), match.end()


# One marker; two may follow each other ("äh nein", "uh, no", "no, sorry").
_CORRECTION_ONE = (
    r"[\s,.;:!?…—–\-()、，。：；،؛'\"«»“”]{0,6}(?:(?i:no wait|wait|no sorry|sorry|i mean|correction|actually|or rather|"
    r"scratch that|make (?:that|it)|no,|non pardon|pardon|non,|je veux dire|ou plutôt|en fait|enfin|anzi|no scusa|scusa|cioè|"
    r"correzione|o meglio|no perdón|bueno no|pues no|well no|oh no|ah no|ah non|mais non|ma no|ai não|perdón|perdona|mejor dicho|quiero decir|corrijo|corrección|o sea|bueno,|nein|"
    r"korrektur|ich meine|besser gesagt|äh|eigentlich|entschuldigung|verzeihung|aliás|quer dizer|desculpa|ou melhor|correção|perdão|"
    r"não,|nee|ik bedoel|correctie|of eigenlijk|of liever|нет|точнее|вернее|то есть|ой|поправка|извините|"
    r"простите|прошу прощения|désolé|désolée|scusi|scusate|desculpe|my bad|(?:no |non |nein |nee |não )?(?:aspetta|aspetti|espera|attends|"
    r"attendez|warte|wacht|peraí|подожди|подождите)|facciamo|disons|sagen wir|zeg maar|(?:ma |but |mais |aber |pero |mas |maar |но )?(?:poi|then|"
    r"puis|dann|luego|después|depois|toen|потом) (?:ha detto|he said|she said|il a dit|elle a dit|sagte er|sagte sie|dijo|disse|zei hij|zei ze|"
    r"сказал|сказала))(?![^\W\d_])|"  # "ottomila, no aspetta, diecimila", "ma poi ha detto facciamo …"
    # a correction reported ("then corrected herself", "puis il a corrigé", "потом поправилась"), right
    # before a pause, a figure or a plain "no" ("puis elle a corrigé la date" corrects no amount)
    r"(?i:then corrected (?:her|him|them)sel(?:f|ves)|corrected (?:her|him)self|then said no|then changed it to|"
    r"puis (?:il|elle) a corrigé|(?:puis )?(?:il|elle) s'est (?:corrigée?|reprise?)|"
    r"dann korrigiert(?:e)? (?:sie|er)(?: sich)?|(?:sie|er) (?:hat sich|korrigierte sich)(?: dann)?(?: korrigiert)?|"
    r"poi si è corrett[oa]|si è corrett[oa]|poi ha corretto|"
    r"luego se corrigió|después se corrigió|se corrigió|"
    r"depois se corrigiu|se corrigiu|corrigiu-se|depois corrigiu|"
    r"(?:toen|daarna) (?:verbeterde|corrigeerde) (?:ze|hij)(?: zich(?:zelf)?)?|(?:verbeterde|corrigeerde) (?:ze|hij) zich(?:zelf)?|"
    r"потом (?:поправил|исправил)(?:ась|ся)|(?:поправил|исправил)(?:ась|ся))"
    r"(?:(?=[\s\u00a0]*(?:[,:;'\"«“—–\d]|(?i:make|non|no|nee|nein|não|нет)(?![^\W\d_])))"
    # … then what was said: "poi ha corretto e ha detto …", "then corrected himself and said …"
    r"|,?[\s\u00a0]+(?i:e ha detto|e dice|and said|and says|et (?:a )?dit|y dijo|e disse|und (?:hat )?(?:sagte|gesagt|sagt)|"
    r"en zei|и сказал[аи]?)(?![^\W\d_]))"
    r"|言い直(?:して|され(?:て|まして)|しました|した)|고쳐 말(?:씀)?하(?:셨|시)[^\s,]*|(?:后来|後來)?改口(?:说|說)?|后来改成|後來改成|"
    r"ثم (?:صححت|صحح|عدلت|عدّلت)|(?:صححت|عدّلت)(?![\u0600-\u06ff])"
    r"|いや|訂正|失礼|じゃなくて|ではなくて|ではなく|間違い|すみません|すいません|ごめんなさい|ごめん|申し訳(?:ありません|ない)?|"
    r"(?:아\s?)?아니(?!면)|아(?=\s?[0-9일이삼사오육칠팔구천백])|아\s?(?=죄송|미안)|정정|죄송(?:합니다|해요)?|미안(?:합니다|해요)?|不对|不對|更正|说错了|說錯了|哦不|不是(?=[ \u00a0]+[\d一二两兩三四五六七八九十百千万萬])|不好意思|抱歉|"
    r"لا لا،?|لا،|لا ,|لا(?= (?:عفوا|آسف|اسف|أقصد|اقصد|أعني))|لا(?= (?:[\d\u0660-\u0669]|واحد|اثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر))|"  # "سبعة آلاف… لا ثمانية"
    r"عفوا|عفواً|أقصد|أعني|تصحيح|آسفة|آسف|اسفة|لا بل|بل(?![\u0600-\u06ff]))"
)
_CORRECTION_RE = re.compile(f"(?:{_CORRECTION_ONE}){{1,2}}")


_CORRECTION_FIRSTS = frozenset((
    "no wait sorry i correction actually or scratch make non pardon je ou en enfin anzi scusa cioè correzione o perdón perdona mejor quiero "
    "corrijo corrección bueno nein korrektur ich besser äh eigentlich aliás quer desculpa correção perdão não nee ik correctie of нет точнее "
    "вернее то ой поправка извините простите entschuldigung verzeihung прошу désolé désolée scusi scusate desculpe my pues well oh ah mais "
    "ma ai then corrected puis il elle dann sie er poi si luego después se depois corrigiu-se toen daarna verbeterde corrigeerde потом "
    "поправилась поправился исправилась исправился aspetta aspetti espera attends attendez warte wacht peraí подожди подождите facciamo "
    "disons sagen zeg but mais aber pero mas maar но").split())
_CORRECTION_FILLERS = frozenset("uh um er erm euh heu eh ehm ähm hm э ээ эм あ あっ えっと えーと えー 음 어".split())
# A written fix after an amount: an arrow and a "corrected" word ("£1.2M?? -> corrected: £120k", "→ korrigiert:"),
# or an arrow after a queried figure ("5K?? → 7K").
_FIX_WORD = (r"(?i:corrected|correction|corr\.|fixed|updated|corrigé|corrigée|rectifié|corretto|corretta|corregido|corregida|"
             r"corrigido|corrigida|korrigiert|berichtigt|gecorrigeerd|verbeterd|исправлено|исправлено на|поправка)(?![^\W\d_])|"
             r"訂正|修正|更正|改为|改為|정정|수정|تصحيح|مصحح")
# A bare arrow between two figures ("6k → 8k", "€ 6.000 → € 8.000 → € 7.500", "40万円→50万円"), the next one right
# after it or after one or two words ("→ finally 14k", "→ USD 3.500"): each later figure replaces the one before.
_BARE_ARROW = (r"[,;]?[ \u00a0]*(?:->|→|=>|⇒|➔)"
               r"(?=[ \u00a0]*(?:[^\W\d_]{1,12}\.?[ \u00a0:]*){0,2}(?:[$€£¥￥₩₽₸]|R\$)?[ \u00a0]*\d)")
_ARROW_FIX = re.compile(
    rf"[ \u00a0]*(?:\?+[ \u00a0]*(?:->|→|=>|⇒|➔)|(?:[,;.!]*[ \u00a0]*(?:->|→|=>|⇒|➔)[ \u00a0]*)?(?:{_FIX_WORD}))[ \u00a0]*[:：]?"
    rf"|{_BARE_ARROW}"
)
# A sentence-final particle after an amount, before its correction ("五万吧，不对，…", "二十万ね、いや…").
_PARTICLE_AFTER = re.compile(r"[ \u00a0]?(?:吧|啊|呀|嘛|呢|哦|喔|ね|よ|かな|です|요)(?=[\s,.;:!?…—–、，。：；]|$)")
# A word of approximation between an amount and its correction ("三十万くらい、いや四十万", "5K or so, no, 6K").
_APPROX_AFTER = re.compile(r"[ \u00a0]?(?:くらい|ぐらい|程度|前後|ほど|정도|쯤|가량|左右|上下|(?i:or so|ish|environ|circa|etwa|"
                           r"ungefähr|около|примерно)(?![^\W\d_])|تقريباً|تقريبا)")
_CORRECTION_DENSE = ("いや", "訂正", "失礼", "じゃな", "ではな", "間違", "すみ", "すい", "ごめ", "申し訳", "아", "정정", "죄송", "미안",
                     "不对", "不對", "不是", "更正", "说错", "說錯", "哦不", "不好意思", "抱歉", "لا", "عفو", "أقص", "أعن", "تصح", "آسف", "اسف",
                     "بل", "言い直", "고쳐", "改口", "后来改", "後來改", "ثم", "صحح", "عدّل")


def correction_end(text: str, end: int) -> int | None:
    """End of a correction marker right after an amount ending at ``end`` ("5K, no wait, 7K";
    "200.000 TWD… nein, …"; past a word of approximation: "三十万くらい、いや四十万", "한 오백 정도? 아니 육백"), or None."""
    arrow = _ARROW_FIX.match(text, end)
    if arrow is not None:
        return arrow.end()
    approx = _APPROX_AFTER.match(text, end)
    if approx is not None:
        end = approx.end()
    particle = _PARTICLE_AFTER.match(text, end)
    if particle is not None:
        end = particle.end()
    word = _NEXT_WORD_RE.match(text, end)
    if word is not None and word.group(1).lower() in _CORRECTION_FILLERS:  # "June, uh, no, July"
        end = word.end(1)
        word = _NEXT_WORD_RE.match(text, end)
    if word is None:
        return None
    first = word.group(1)
    if first.lower() not in _CORRECTION_FIRSTS and not first.startswith(_CORRECTION_DENSE):
        return None
    match = _CORRECTION_RE.match(text, end)
    return match.end() if match else None


_NO_AFTER_QUERY = re.compile(r"[ \u00a0]*[?？؟][ \u00a0]*(?:no|non|nee|nein|não|нет|لا|아니|不)(?![^\W\d_])")


def taken_back(text: str, end: int) -> bool:
    """Whatever ends at ``end`` (a currency word) is withdrawn right after ("台币，哦不是，…", "dinar? no, …")."""
    return correction_end(text, end) is not None or _NO_AFTER_QUERY.match(text, end) is not None


# Budget keywords that carry the bound themselves (German compounds: "Höchstbudget 5K").
_CAP_KEYWORDS = ("höchst", "maximal", "maximum", "ceiling", "plafond", "tetto", "tope", "teto", "obergrenze", "limiet", "limite",
                 "лимит", "потолок", "в пределах", "上限", "상한", "한도", "سقف", "الحد الأقصى", "الحد الاقصى", "حد أقصى",
                 "حد اقصى", "الحد الأعلى", "الحد الاعلى", "控制在")
_OPEN_KEYWORDS = ("mindest", "minimal", "minimum")


def keyword_bound(keyword: str) -> str | None:
    """CAP / OPEN for a budget keyword that carries the bound itself ("Höchstbudget", "Ceiling of
    $9k", "한도", "上限"), else None."""
    keyword = keyword.lower()
    if keyword.startswith(_CAP_KEYWORDS):
        return CAP
    return OPEN if keyword.startswith(_OPEN_KEYWORDS) else None
