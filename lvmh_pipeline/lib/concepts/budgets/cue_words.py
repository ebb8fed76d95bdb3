"""The cue words that bound a budget amount, in 12 languages, read by
:mod:`~lvmh_pipeline.lib.concepts.budgets.budget_bounds`: before the amount ("up to", "ab", "до",
"최대", "不超过"), right after it ("6K maximum", "10K minimum", "or more", "وطالع"), and those that
count only where they end their clause ("duemila, non di più", "5 000 € et plus")."""

from __future__ import annotations

__all__ = [
    "CAP_AFTER", "CAP_AFTER_DENSE", "CAP_AFTER_END", "CAP_BEFORE", "CAP_DENSE", "OPEN_AFTER", "OPEN_AFTER_END",
    "OPEN_BEFORE", "OPEN_DENSE",
]

# Cue words before the amount, lower-case, apostrophes written as spaces.
CAP_BEFORE = """
up to|upto|max|maximum|a maximum|under|below|less than|no more than|not more than|at most|not over|not exceeding|south of|
within|capped at|limit|cap|ceiling|
jusqu à|jusqu a|jusque|moins de|pas plus de|au plus|au maximum|en dessous de|sous|inférieur à|ne dépassant pas|
plafond|plafonné à|dans la limite de|un maximum|limite|
fino a|fino ai|fino al|fino alla|massimo|massima|al massimo|non oltre|non oltre i|non più di|meno di|sotto|sotto i|entro|
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
OPEN_BEFORE = """
over|more than|at least|minimum|a minimum|min|above|from|starting at|starting from|upwards of|upward of|north of|no less than|
not less than|in excess of|
plus de|au moins|à partir de|a partir de|dès|au dessus de|supérieur à|pas moins de|au minimum|un minimum|
oltre|più di|almeno|minimo|a partire da|sopra|sopra i|non meno di|superiore a|un minimo|
más de|al menos|mínimo|mín|como mínimo|desde|por encima de|no menos de|superior a|un mínimo|
über|mehr als|mindestens|ab|nicht unter|nicht weniger als|oberhalb von|
mais de|pelo menos|no mínimo|acima de|não menos de|um mínimo|
meer dan|minstens|minimaal|vanaf|boven|ten minste|
более|свыше|от|не менее|не меньше|минимум|больше|выше|начиная от|начиная с|
أكثر من|أكتر من|اكتر من|اكثر من|فوق|على الأقل|لا يقل عن|لا تقل عن|ابتداء من|ابتداءً من|بدءا من|كحد أدنى|بحد أدنى|
최소|적어도|최저|v a|+ de|+ d|+ di|
parti da|parte da|partire da|si parte da|partendo da|partiamo da|starts at|starting around|beginning at|en partant de|
partant de|empezando en|empezando por|comenzando en|arrancando en|a partir dos|a partir das|começando em|começa em|
beginnend bei|beginnend bij|startend bij|начиная|начиная со|
locker|gut und gerne|ohne weiteres|easily|facilement|tranquillamente|tranquilamente|makkelijk|легко|
beyond|well beyond|au delà de|au dela de|bien au delà de|par delà|al di là di|al di sopra di|más allá de|mas alla de|
arriba de|por arriba de|para lá de|acima dos|acima das|jenseits von|oberhalb|ruim boven|ruim meer dan|
сверх|за пределами|يتجاوز|تتجاوز|يفوق|تفوق|ما فوق
"""
# Dense-script cues, matched at the end of the text before the amount without word boundaries.
CAP_DENSE = ("≤", "≦", "最大", "最大で", "最大でも", "高くても", "多くても", "多くて", "最高で", "上限は", "上限で", "上限", "最高", "不超过", "不超過", "最多", "不高于", "封顶", "〜", "～", "まで最大", "顶多", "頂多",
              "别超过", "別超過", "不要超过", "不能超过", "不到", "唔超過", "最多能出", "顶多能出",
              "唔超过", "唔好超過", "唔好超过")
OPEN_DENSE = ("最低でも", "最低", "少なくとも", "至少", "最少", "不低于", "不少于", "起码", "起碼")

# Cue words right after the amount ("6K maximum", "10K minimum", "5K or less").
CAP_AFTER = ("maximum", "maxi", "tops", "at most", "at the most", "or less", "or under", "au maximum", "au plus", "ou moins",
              "como mucho", "a lo sumo", "tout au plus",
              "grand maximum", "au grand maximum", "grand max", "au grand max", "como tope", "de tope", "massimo", "al massimo", "o meno", "máximo", "como máximo", "o menos", "höchstens",
              "maximal", "oder weniger", "no máximo", "ou menos", "maximaal", "hooguit", "of minder", "максимум",
              "не более", "не больше", "и не больше", "или меньше", "كحد أقصى", "بحد أقصى", "على الأكثر", "أو أقل", "بالكثير", "ماكس", "أقصى حد",
              "اقصى حد", "ومش أكثر", "مش أكثر", "ومش أكتر", "مش أكتر", "مش اكتر", "tope", "ومو أكثر", "ولا أكثر", "وليس أكثر", "لا أكثر", "لا اكثر", "não mais que isso",
              "não mais do que isso", "e não mais", "nada mais",
              # savings are the ceiling: "€2.000 gespaard", "£1,500 saved up"
              "gespaard", "opzij gezet", "saved up", "set aside", "de côté", "économisés", "ahorrados",
              "risparmiati", "angespart", "gespart", "poupados")
OPEN_AFTER = ("minimum", "at least", "or more", "maybe more", "perhaps more", "possibly more", "if not more", "au moins", "au minimum", "ou plus", "almeno", "minimo", "o più",
               "e oltre", "como mínimo", "mínimo", "mindestens", "oder mehr", "no mínimo", "pelo menos",
               "minimaal", "minstens", "of meer", "минимум", "не менее", "или больше", "كحد أدنى", "على الأقل",
               # "a bit over": "dos mil y pico", "two grand and change", "tremila e rotti", "с хвостиком"
               "y pico", "e pico", "and change", "and a bit", "e rotti", "e qualcosa", "с хвостиком", "с копейками")


# Caps only where they end their clause ("duemila, non di più."; "nicht mehr" is also "no longer", "cap" a hat).
CAP_AFTER_END = ("no more", "not more", "nothing more", "non di più", "non di piu", "niente di più", "pas plus", "pas davantage",
                  "no más", "no mas", "nicht mehr", "niet meer", "não mais", "nao mais", "cap", "capped", "не дороже")
# Opens only where they end their clause ("5 000 € et plus."; "y más regalos" goes on with a noun).
OPEN_AFTER_END = ("and more", "et plus", "e più", "e piu", "y más", "y mas", "und mehr", "e mais", "e acima", "pra cima",
                  "para cima", "para arriba", "en meer", "и больше", "и более", "и дороже",
                  # "5K and upwards", "o más", "ou mais", "e in su", "وما فوق", "وطالع" (Gulf: "and rising"); not "and up to 6K"
                  "and up", "and upwards", "and upward", "and above", "or above", "or upwards", "o más", "o mas", "ou mais",
                  "ou acima", "e in su", "in su", "und aufwärts", "of hoger", "en hoger", "и выше", "или выше",
                  "وطالع", "و طالع", "وفوق", "وما فوق", "فما فوق", "وأكثر", "واكثر", "أو أكثر", "او اكثر", "أو أكتر")

# Dense-script caps right after an amount ("50万円を超えない範囲で", "300만 원 넘지 않게", "3万封顶").
CAP_AFTER_DENSE = ("を超えない", "を越えない", "程度まで", "くらいまで", "ぐらいまで", "を上限", "넘지 않", "안쪽", "한도",
                    "은 넘지 않", "는 넘지 않", "을 넘지 않", "를 넘지 않", "정도까지", "쯤까지", "선까지만", "안으로",
                    "안에서", "내로", "밑으로", "아래로", "넘기지 않", "을 넘기지", "를 넘기지", "은 넘기지", "为限", "為限",
                    "顶天", "頂天",
                    "선까지", "상한", "넘으면 안", "は超えない", "上限", "不超过", "不超過", "为上限", "為上限", "封顶", "封頂", "不到")

