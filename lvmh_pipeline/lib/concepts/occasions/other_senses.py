"""Occasion words that are something else: names ("Jean-Noël", "Giuseppe Natale"), adjectives
("cidade natal"), political parties ("Labour Party"), sales ("en promotion"), numbers that are
no age ("wird 2 Wochen"). Used by :mod:`.rules`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText, fold, same_clause

# Occasion words that are also names ("Jean-Noël", "Giuseppe Natale", "Signor Pasqua") or,
# lowercase, adjectives ("cidade natal", "paese natale": home town).
_NAME_LIKE = frozenset({"noel", "natale", "natal", "pasqua", "pascua"})
_NAME_ADJECTIVES = frozenset({"natale", "natal"})
# A preposition of time before a lowercase "natale" / "natal" makes it the holiday ("arriva per natale", "pro natal").
_HOLIDAY_BEFORE = frozenset("per a di dopo prima entro verso sotto para pra pro pelo no do depois antes ate até".split())
_FESTIVE_BEFORE = frozenset("joyeux joyeuses pere papa buon babbo feliz santo sainte merry".split())
_PREPOSITIONS = frozenset(
    "de di del della dello du des pour per para por a au aux em no na do da for at of the il le la el o "
    "dopo apres avant prima antes depois before after until fino jusqu hasta ate d l this next".split()
)
# "party" the political organisation, not a celebration ("Labour Party", "party member").
_PARTY_WORDS = frozenset({"party", "parties"})
_POLITICAL_BEFORE = frozenset(
    "political labour labor conservative democratic republican green liberal socialist communist ruling "
    "opposition third tory workers national libertarian reform centre center populist nationalist".split()
)
_POLITICAL_AFTER = frozenset(
    "member members leader leaders leadership politics official officials line congress conference whip "
    "membership donor donors affiliation candidate candidates chairman secretary".split()
)
# "promotion" the sale, not the career step ("en promotion", "les promotions", "-20%").
_SALE_WORDS = frozenset(
    {"promotion", "promotions", "promozione", "promozioni", "promocion", "promociones", "promocao", "promocoes"}
)
_SALE_BEFORE = frozenset("en on in em na no sous under les des aux delle las los nas nos any some".split())
_SALE_AFTER = frozenset(
    "code codes sale sales price prices prix offer offers offre offres speciale special especial sconto rabais "
    "discount discounts".split()
)
_SALE_PLURALS = frozenset({"promotions", "promozioni", "promociones", "promocoes"})
_POSSESSIVES = frozenset("her his their ses leurs sa son suoi sue sus suas seus".split())
# Promotions announced or given to staff are career steps ("MD promotions announced in Dec", "les promotions
# annoncées en janvier", "le promozioni dei partner").
_CAREER_AFTER = frozenset(fold(w) for w in (
    "announced announcement announcements round list ceremony dinner annoncees annonce annoncee annunciate annunciata "
    "anunciadas anunciada anunciados".split()))
_CAREER_BEFORE = frozenset("md partner partners staff employee employees director directors vp year-end annual".split())
_PERCENT_AFTER = re.compile(r"\s*[-–]?\s*\d+\s*%")

# Units after a number that make "wird 2 …" / "turns 3 …" something else than an age.
_UNITS = frozenset(
    "wochen woche tage tag stunden monate monat stuck stucke euro eur chf prozent minuten uhr mal "
    "weeks week days day hours months month percent minutes times pieces items o clock "
    "semaines jours heures fois pieces settimane giorni ore mesi volte pezzi semanas dias horas meses veces "
    "piezas weken dagen uur maanden keer stuks недель недели дней дня часов месяцев месяца раз штук k "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()  # "празднует 8 марта"
)


_NUMBER = re.compile(r"\d+")

# Place names holding an occasion word, by the word and what is glued before it: Seoul's Apgujeong ("압구정").
_PLACE_HEADS = {"구정": ("압",)}


def in_place_name(folded: str, start: int, word: str) -> bool:
    """The occasion word at folded ``start`` is the end of a place name ("압구정 갤러리아": no Lunar New Year)."""
    heads = _PLACE_HEADS.get(word)
    return heads is not None and any(folded.endswith(head, 0, start) for head in heads)


def _not_an_age(nt: NormalizedText, start: int, end: int) -> bool:
    """A birthday alias ending with a number ("wird 50", "turns 60", "compie 40") where the
    number is no age: too large, or followed by a unit ("wird 2 Wochen dauern")."""
    o_start, o_end = nt.to_original(start, end)
    numbers = _NUMBER.findall(nt.original, o_start, o_end)
    if not numbers or int(numbers[-1]) > 120:
        return bool(numbers)
    _, after = _tokens_around(nt, start, end)
    return after in _UNITS


def _tokens_around(nt: NormalizedText, start: int, end: int) -> tuple[str, str]:
    """The folded words right before and right after folded ``[start, end)``, in the same
    clause ("" otherwise)."""
    folded = nt.folded
    lo = max(0, start - 30)
    head = folded[lo:start].rstrip()
    before = head[head.rfind(" ") + 1 :]
    if before and not same_clause(nt, lo + len(head) - len(before), start):
        before = ""
    tail = folded[end : end + 30]
    stripped = tail.lstrip()
    after = stripped.split(" ", 1)[0] if stripped else ""
    if after and not same_clause(nt, end, end + len(tail) - len(stripped) + len(after)):
        after = ""
    return before, after


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)([ \t\-\u2010\u2011]+)$")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_SENTENCE_END = ".!?;:\n"
_AFTER_TITLE = re.compile(
    r"(?<![^\W\d_])(?:Dott|Dott\.ssa|Dr|Prof|Ing|Avv|Arch|Sig|Sr|Sra|Don|Dona|Dña|Mme|Mr|Mrs|Ms|Hr|Fr|Dhr|Mevr)\.?\s+$"
)


def _sentence_initial(text: str, position: int) -> bool:
    before = text[max(0, position - 40) : position].rstrip()
    return not before or before[-1] in _SENTENCE_END or (position < 40 and not before)


def _is_name(nt: NormalizedText, start: int, end: int, word: str) -> bool:
    """A holiday word used as a name ("Jean-Noël", "Giuseppe Natale", "Natale Esposito",
    "Cliente Pascual Pascua") or, lowercase, as an adjective ("cidade natal")."""
    text = nt.original
    o_start, o_end = nt.to_original(start, end)
    if not text[o_start : o_start + 1].isupper():  # "paese natale" (an adjective), not "arriva per natale" (the holiday)
        previous = _PREVIOUS_WORD.search(text, max(0, o_start - 30), o_start)
        return word in _NAME_ADJECTIVES and (previous is None or fold(previous.group(1)) not in _HOLIDAY_BEFORE)
    if _AFTER_TITLE.search(text, max(0, o_start - 12), o_start):
        return True  # "Dott. Natale", "Prof. Noël" (titles the matcher does not know)
    previous = _PREVIOUS_WORD.search(text, max(0, o_start - 30), o_start)
    previous_word = ""
    if previous is not None:
        previous_word = fold(previous.group(1)).strip()
        if previous_word in _FESTIVE_BEFORE:
            return False
        if previous.group(1)[0].isupper() and (
            "-" in previous.group(2) or not _sentence_initial(text, previous.start(1))
        ):
            return True  # "Jean-Noël", "Giuseppe Natale"
    # "Natale Esposito", "Noël Martin": a capitalised word follows, no preposition precedes
    following = _NEXT_WORD.match(text, o_end)
    return following is not None and following.group(1)[0].isupper() and previous_word not in _PREPOSITIONS


def _political(nt: NormalizedText, start: int, end: int, language: str | None) -> bool:
    """"party" the political organisation ("Labour Party", "party member", "third-party")."""
    before, after = _tokens_around(nt, start, end)
    if before in _POLITICAL_BEFORE or after in _POLITICAL_AFTER:
        return True
    if (language or "").upper() != "EN":
        return False
    text = nt.original
    o_start, _ = nt.to_original(start, end)
    previous = _PREVIOUS_WORD.search(text, max(0, o_start - 30), o_start)
    return (
        text[o_start : o_start + 1].isupper()
        and previous is not None
        and previous.group(1)[0].isupper()
        and not _sentence_initial(text, previous.start(1))
    )


def _on_sale(nt: NormalizedText, start: int, end: int, word: str) -> bool:
    """"promotion" the sale ("en promotion", "les promotions", "promotion -20%"), not the
    client's career step ("sa promotion", "got a promotion")."""
    before, after = _tokens_around(nt, start, end)
    if after in _CAREER_AFTER or before in _CAREER_BEFORE:
        return False
    if before in _SALE_BEFORE or after in _SALE_AFTER:
        return True
    if _PERCENT_AFTER.match(nt.original, nt.to_original(start, end)[1]):
        return True
    return word in _SALE_PLURALS and before not in _POSSESSIVES


# "birth" as the start of a condition or a status ("blind from birth", "sordo dalla nascita",
# "taub von Geburt an", "italienne de naissance"), no birth to celebrate. "de naissance" /
# "de nacimiento" stays a birth after a gift or a celebration ("cadeau de naissance").
_BIRTH_WORDS = frozenset({"birth", "naissance", "nacimiento", "nascita", "geburt", "nascimento", "geboorte"})
_SINCE = frozenset("from since depuis desde dalla dal von seit sinds vanaf".split())
_ARTICLES = frozenset("la le l el su o a de der seiner ihrer his her their sua seu sa son".split())
_OF = frozenset({"de", "di", "da"})
_OF_BIRTH = frozenset({"naissance", "nacimiento", "nascimento"})  # "aveugle de naissance" (NL "de" is "the")
_BIRTH_GIFTS = frozenset(
    "cadeau cadeaux fete liste faire part carte annonce souvenir bijou medaille bracelet "
    "regalo regalos fiesta festa lista tarjeta anuncio recuerdo joya medalla pulsera celebracion celebration "
    "presente presentes cartao lembranca joia medalha pulseira regali ricordo bomboniere".split()
)


def since_birth(nt: NormalizedText, start: int, word: str) -> bool:
    """A birth word that dates a condition or a status, not a birth to celebrate."""
    if word not in _BIRTH_WORDS:
        return False
    words = nt.folded[max(0, start - 40) : start].replace("'", " ").replace("-", " ").split()[-3:]
    while words and words[-1] in _ARTICLES and words[-1] not in _OF:
        words.pop()
    if not words:
        return False
    if words[-1] in _SINCE:
        return True
    return (word in _OF_BIRTH and words[-1] in _OF and len(words) > 1 and words[-2] not in _BIRTH_GIFTS
            and words[-2] not in _ARTICLES)


# Words that name a party, not what it is for ("party", "fête", "Feier", "お祝い", "حفلة"): in a
# note with another occasion, the party is that occasion's ("party 22nd Nov at the Savoy" for a
# 70th, "soirée dans un hôtel" for a bar-mitsva, "Verabschiedung mit Feier"). A holiday that only
# has the celebration label ("Koningsdag", "敬老の日") stays.
_GENERIC_PARTIES = frozenset(fold(w) for w in (
    "party parties celebration celebrations celebrating reception fete fetes soiree reception celebration celebrent "
    "festa feste celebrazione celebrano ricevimento festeggiare festeggia festeggiano festeggiamenti "
    "fiesta fiestas celebracion celebran celebra recepcion festejar festeja festejan "
    "feier feiern festakt celebracao comemoracao festejar comemorar comemora festas "
    "feest feestje viering receptie праздник праздника праздновать вечеринка вечеринку торжество "
    "パーティー お祝い 祝賀会 파티 축하 派对 庆祝 庆典 聚会 حفلة احتفال الاحتفال "
    "ceremony ceremonie ceremonia cerimonia zeremonie церемония церемонии церемонию"  # "the ceremony is in May"
).split())


def generic_parties(
    nt: NormalizedText, matches: list[tuple[int, int, int, float]], celebration: int, occasions: list[int],
    dropped: set[int], negated: Sequence[bool] = (), timing: int = -1,
) -> tuple[set[int], int]:
    """The party-word celebration matches among ``occasions`` (indices into ``matches``) of a
    note that names another occasion (not negated; not ``timing``, the "next month" concept),
    and that occasion's concept when it is the only one (-1 otherwise): the party is its."""
    if celebration < 0:
        return set(), -1
    folded = nt.folded
    parties = {i for i in occasions if matches[i][2] == celebration and folded[matches[i][0] : matches[i][1]] in _GENERIC_PARTIES}
    if not parties:
        return set(), -1
    others = {
        matches[i][2] for i in occasions
        if i not in dropped and i not in parties and matches[i][2] not in (celebration, timing)
        and not (negated and negated[i])
    }
    if not others:
        return set(), -1
    return parties, next(iter(others)) if len(others) == 1 else -1
