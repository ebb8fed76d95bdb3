"""Words that make a budget amount open-ended or capped, and corrections, in 12 languages.

``up to 8K`` / ``bis 9K`` / ``до 500 тысяч`` / ``최대 200만 원`` / ``不超过3万`` -> no lower bound;
``at least 10K`` / ``ab 10K`` / ``от 1 млн`` / ``최소`` / ``至少`` -> no upper bound; also after the
amount (``6K maximum``, ``10K minimum``, ``كحد أقصى``). Suffixes glued to the amount (以上, 이하,
まで …) are read with the amount in :mod:`lvmh_pipeline.lib.concepts.budgets.money`. ``around 5K`` stays
a single amount. Corrections (``5K, no wait, 7K``) let the later amount win.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.concepts.budgets.numbers import is_number_start

__all__ = ["CAP", "OPEN", "bound_after", "bound_before", "correction_end", "keyword_bound"]

OPEN, CAP = "open", "cap"

# Cue words before the amount, lower-case, apostrophes written as spaces.
_CAP_BEFORE = """
up to|upto|max|maximum|a maximum|under|below|less than|no more than|not more than|at most|not over|not exceeding|south of|
within|capped at|limit|cap|ceiling|
jusqu à|jusqu a|jusque|moins de|pas plus de|au plus|au maximum|en dessous de|sous|inférieur à|ne dépassant pas|
plafond|plafonné à|dans la limite de|un maximum|limite|
fino a|fino ai|fino al|fino alla|massimo|al massimo|non oltre|non oltre i|non più di|meno di|sotto|sotto i|entro|
entro i|entro il|inferiore a|tetto|un massimo|
hasta|máximo|maximo|como máximo|como mucho|a lo sumo|al máximo|menos de|no más de|por debajo de|tope|un máximo|
inferior a|límite|tout au plus|grand maximum|tutt al più|quando muito|allerhöchstens|at the most|
bis|bis zu|bis maximal|höchstens|maximal|unter|unterhalb von|weniger als|nicht mehr als|nicht über|obergrenze|obere grenze|
até|no máximo|menos de|abaixo de|não mais de|nao mais de|teto|um máximo|
tot|tot maximaal|maximaal|hooguit|onder|minder dan|niet meer dan|ten hoogste|hoogstens|limiet|
до|не более|не больше|не дороже|не выше|максимум|в пределах|меньше|менее|не свыше|потолок|лимит|
حتى|لا يتجاوز|لا تتجاوز|لا يزيد عن|لا تزيد عن|كحد أقصى|بحد أقصى|أقل من|ما يصل إلى|ما يصل الى|
لحد|لغاية|إلى|الى|إلى حد|الى حد|تصل إلى|تصل الى|يصل إلى|يصل الى|توصل إلى|توصل الى|توصل|يوصل|ما تتعدى|ما يتعدى|
لا تتعدى|لا يتعدى|ما تتجاوز|ما يتجاوز|ما تزيد عن|ما يزيد عن|أقصاها|اقصاها|أقصاه|اقصاه|حد أقصى|حد اقصى|
تحت|أقل من|حدها|حده|حدهم|يبي يتعدى|تبي تتعدى|يبغى يتعدى|تبغى تتعدى|يتعدى|تتعدى|
até aos|até ao|ate aos|ate ao|
que no pase de|no pase de|sin pasar de|no pasar de|no superior a|sin superar|que no supere|no supere|
não passa de|não passa dos|nao passa de|não passar de|não ultrapassa|não ultrapassar|sem passar de|sem ultrapassar|
non superiore a|non supera|senza superare|ne dépasse pas|sans dépasser|ne pas dépasser|nicht überschreiten|
pas au delà de|pas au dela de|jamais au delà de|ماكثرش من|ماكترش من|ما يكترش من|الحد الأقصى|الحد الاقصى|
الحد الأعلى|الحد الاعلى|كحد أعلى|كحد اعلى|بحد أعلى|بحد اعلى|
не выходя за|не превышает|не превышая|не превышать|не выходить за|
최대|최고|상한|많아야|
has saved|saved up|has set aside|a économisé|a mis de côté|ha ahorrado|ha risparmiato|hat gespart|hat angespart|
heeft gespaard|poupou|juntou|
no higher than|not higher than|nothing above|nothing over|stay under|stay below|keep it under|keep it below|
pas dépasser|sous la barre des|sous la barre de|cap à|máx|como tope|abaixo dos|abaixo das|
لا تزيد على|لا يزيد على|دون|ما بتتعدى|ما بيتعدى|بتتعدى|بيتعدى|
mag|mag gerust|mag best|darf|darf gern|darf gerne|darf ruhig|
schmerzgrenze|schmerzgrenze liegt bei|schmerzgrenze bei|nicht teurer als|tops out at|topping out at|
não pode passar de|não quer passar de|não deve passar de|não pode passar dos|não quer passar dos|sin pasarse de|
no pasarse de|no quiere pasar de|no puede pasar de|pas + de|pas + d|no + de|não + de|nao + de|non + di
"""
_OPEN_BEFORE = """
over|more than|at least|minimum|a minimum|min|above|from|starting at|starting from|upwards of|upward of|north of|no less than|
not less than|in excess of|
plus de|au moins|à partir de|a partir de|dès|au dessus de|supérieur à|pas moins de|au minimum|un minimum|
oltre|più di|almeno|minimo|a partire da|sopra|sopra i|non meno di|superiore a|un minimo|
más de|al menos|mínimo|como mínimo|desde|por encima de|no menos de|superior a|un mínimo|
über|mehr als|mindestens|ab|nicht unter|nicht weniger als|oberhalb von|
mais de|pelo menos|no mínimo|acima de|não menos de|um mínimo|
meer dan|minstens|minimaal|vanaf|boven|ten minste|
более|свыше|от|не менее|не меньше|минимум|больше|выше|начиная от|начиная с|
أكثر من|أكتر من|اكتر من|اكثر من|فوق|على الأقل|لا يقل عن|لا تقل عن|ابتداء من|ابتداءً من|بدءا من|كحد أدنى|بحد أدنى|
최소|적어도|최저|v a|+ de|+ d|+ di
"""
# Dense-script cues, matched at the end of the text before the amount without word boundaries.
_CAP_DENSE = ("≤", "≦", "最大", "最大で", "最大でも", "高くても", "多くても", "多くて", "最高で", "上限は", "上限で", "上限", "最高", "不超过", "不超過", "最多", "不高于", "封顶", "〜", "～", "まで最大", "顶多", "頂多",
              "别超过", "別超過", "不要超过", "不能超过", "不到", "唔超過", "最多能出", "顶多能出",
              "唔超过", "唔好超過", "唔好超过")
_OPEN_DENSE = ("最低でも", "最低", "少なくとも", "至少", "最少", "不低于", "不少于", "起码", "起碼")
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
                           "supérieur à", "au dessus de", "au-dessus de", "sopra", "por encima de", "acima de", "выше"})

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
# Cue words right after the amount ("6K maximum", "10K minimum", "5K or less").
_CAP_AFTER = ("maximum", "maxi", "tops", "at most", "at the most", "or less", "or under", "au maximum", "au plus", "ou moins",
              "como mucho", "a lo sumo", "tout au plus",
              "grand maximum", "au grand maximum", "como tope", "de tope", "massimo", "al massimo", "o meno", "máximo", "como máximo", "o menos", "höchstens",
              "maximal", "oder weniger", "no máximo", "ou menos", "maximaal", "hooguit", "of minder", "максимум",
              "не более", "не больше", "и не больше", "или меньше", "كحد أقصى", "بحد أقصى", "على الأكثر", "أو أقل", "بالكثير", "ماكس", "أقصى حد",
              "اقصى حد", "ومش أكثر", "مش أكثر", "ومش أكتر", "مش أكتر", "مش اكتر", "tope", "ومو أكثر", "ولا أكثر", "وليس أكثر", "لا أكثر", "لا اكثر", "não mais que isso",
              "não mais do que isso", "e não mais", "nada mais",
              # savings are the ceiling: "€2.000 gespaard", "£1,500 saved up"
              "gespaard", "opzij gezet", "saved up", "set aside", "de côté", "économisés", "ahorrados",
              "risparmiati", "angespart", "gespart", "poupados")
_OPEN_AFTER = ("minimum", "at least", "or more", "maybe more", "perhaps more", "possibly more", "if not more", "au moins", "au minimum", "ou plus", "almeno", "minimo", "o più",
               "e oltre", "como mínimo", "mínimo", "mindestens", "oder mehr", "no mínimo", "pelo menos",
               "minimaal", "minstens", "of meer", "минимум", "не менее", "или больше", "كحد أدنى", "على الأقل",
               # "a bit over": "dos mil y pico", "two grand and change", "tremila e rotti", "с хвостиком"
               "y pico", "e pico", "and change", "and a bit", "e rotti", "e qualcosa", "с хвостиком", "с копейками")


def _cues(block: str) -> frozenset[str]:
    return frozenset(" ".join(c.split()) for c in block.replace("\n", "").split("|") if c.strip())


_CAP_WORDS, _OPEN_WORDS = _cues(_CAP_BEFORE), _cues(_OPEN_BEFORE)
_LONGEST = max(len(c.split()) for c in _CAP_WORDS | _OPEN_WORDS)
_TOKEN = re.compile(r"[^\W\d_]+\.?|[〜～+]")  # "+": shorthand "more" ("pas + de 2k", "+ de 5 000 €")


def _after_alt(words: tuple[str, ...]) -> str:
    return "|".join(r"\s".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


# Caps only where they end their clause ("duemila, non di più."; "nicht mehr" is also "no longer", "cap" a hat).
_CAP_AFTER_END = ("no more", "not more", "nothing more", "non di più", "non di piu", "niente di più", "pas plus", "pas davantage",
                  "no más", "no mas", "nicht mehr", "niet meer", "não mais", "nao mais", "cap", "capped", "не дороже")
_AFTER_RE = re.compile(
    rf"[ \u00a0\u202f]?[,،]?[ \u00a0\u202f]?(?:(?P<cap>(?i:{_after_alt(_CAP_AFTER)})|max\.?)"
    rf"|(?P<open>(?i:{_after_alt(_OPEN_AFTER)})|min\.?)"
    rf"|(?P<capend>(?i:{_after_alt(_CAP_AFTER_END)}))(?=[ \u00a0\u202f]*(?:[,.;:!?)—–\n]|$)))(?![^\W\d_])"
)


_NUMBER_NEXT = re.compile(r"[ \u00a0\u202f:]*[\d€$£]")
def _word_number_next(text: str, at: int) -> bool:
    """A number in words right after ``at`` ("max vier en een half")."""
    while at < len(text) and text[at] in " \u00a0\u202f":
        at += 1
    return at < len(text) and text[at].isalpha() and is_number_start(text, at)


_NEXT_WORD_RE = re.compile(r"[\s,.;:!?…—–\-()、，。：；،؛]{0,6}([^\W\d_]+)")
_AFTER_FIRSTS = frozenset(w.split()[0].lower() for w in _CAP_AFTER + _OPEN_AFTER + _CAP_AFTER_END) | {"max", "min"}


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


def bound_before(gap: str, before_keyword: str = "") -> str | None:
    """OPEN / CAP from the text between the budget keyword (or the sentence start) and the
    amount; when that holds only fillers, from the words just before the keyword ("Max budget:
    5K", "Minimum budget 15K")."""
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


# Dense-script caps right after an amount ("50万円を超えない範囲で", "300만 원 넘지 않게", "3万封顶").
_CAP_AFTER_DENSE = ("を超えない", "を越えない", "程度まで", "くらいまで", "ぐらいまで", "を上限", "넘지 않", "안쪽", "한도",
                    "은 넘지 않", "는 넘지 않", "을 넘지 않", "를 넘지 않", "정도까지", "쯤까지", "선까지만", "안으로",
                    "안에서", "내로", "밑으로", "아래로", "넘기지 않", "을 넘기지", "를 넘기지", "은 넘기지", "为限", "為限",
                    "顶天", "頂天",
                    "선까지", "상한", "넘으면 안", "は超えない", "上限", "不超过", "不超過", "为上限", "為上限", "封顶", "封頂", "不到")


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
    return (OPEN if match.group("open") else CAP), match.end()


_CORRECTION_RE = re.compile(
    r"[\s,.;:!?…—–\-()、，。：；،؛]{0,6}(?:(?i:no wait|wait|no sorry|sorry|i mean|correction|actually|or rather|"
    r"scratch that|"
    r"make (?:that|it)|no,|non pardon|pardon|non,|je veux dire|ou plutôt|en fait|enfin|anzi|no scusa|scusa|cioè|"
    r"correzione|o meglio|no perdón|perdón|perdona|mejor dicho|quiero decir|corrijo|corrección|o sea|nein|"
    r"korrektur|ich meine|besser gesagt|äh|eigentlich|aliás|quer dizer|desculpa|ou melhor|correção|perdão|"
    r"não,|nee|ik bedoel|correctie|of eigenlijk|of liever|нет|точнее|вернее|то есть|ой|поправка|извините|"
    r"простите)(?![^\W\d_])"
    r"|いや|訂正|失礼|じゃなくて|ではなくて|ではなく|間違い|아니(?!면)|정정|不对|不對|更正|说错了|說錯了|哦不|"
    r"لا،|لا ,|لا(?= (?:[\d\u0660-\u0669]|واحد|اثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر))|"  # "سبعة آلاف… لا ثمانية"
    r"عفوا|عفواً|أقصد|أعني|تصحيح|لا بل|بل(?![\u0600-\u06ff]))"
)


_CORRECTION_FIRSTS = frozenset(
    "no wait sorry i correction actually or scratch make non pardon je ou en enfin anzi scusa cioè correzione o "
    "perdón perdona mejor quiero corrijo corrección nein korrektur ich besser äh eigentlich aliás quer desculpa "
    "correção perdão não nee ik correctie of нет точнее вернее то ой поправка извините простите".split()
)
_CORRECTION_DENSE = ("いや", "訂正", "失礼", "じゃな", "ではな", "間違", "아니", "정정", "不对", "不對", "更正", "说错",
                     "說錯", "哦不", "لا", "عفو", "أقص", "أعن", "تصح", "بل")


def correction_end(text: str, end: int) -> int | None:
    """End of a correction marker right after an amount ending at ``end`` ("5K, no wait, 7K";
    "200.000 TWD… nein, …"), or None."""
    word = _NEXT_WORD_RE.match(text, end)
    if word is None:
        return None
    first = word.group(1)
    if first.lower() not in _CORRECTION_FIRSTS and not first.startswith(_CORRECTION_DENSE):
        return None
    match = _CORRECTION_RE.match(text, end)
    return match.end() if match else None


# Budget keywords that carry the bound themselves (German compounds: "Höchstbudget 5K").
_CAP_KEYWORDS = ("höchst", "maximal", "maximum", "ceiling", "plafond", "tetto", "tope", "teto", "obergrenze", "limiet",
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
