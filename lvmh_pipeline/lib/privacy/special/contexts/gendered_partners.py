"""A same-sex partner shown by grammatical gender (ORIENTATION).

Arabic and Russian say the gender of both sides of a couple without a word of orientation: "جا مع
شريكه" (he came with his male partner: the noun and its possessive both masculine), "جات مع
شريكتها", "он пришёл со своим молодым человеком", "она пришла с женой". The fact is the pair:

- Arabic: a partner noun whose own gender and its possessive's agree (:data:`_AR_PARTNERS`:
  "شريكه", "شريكتها", "شريك حياته"); a man's "شريكته" or a woman's "شريكها" stays readable;
- Russian: a subject whose gender the clause shows (a pronoun or a past-tense verb of coming,
  :data:`_RU_HE`, :data:`_RU_SHE`) and, a few words on in its clause, "с"/"со" and a partner noun of
  the same gender in the instrumental, "свой" before or after it (:data:`_RU_MEN`, :data:`_RU_WOMEN`); "он пришёл с женой"
  stays readable, and so does a spouse of a relative ("она пришла с женой сына").

A word that also names a business partner or just a young man ("شريك", "партнёр", "молодой
человек", "девушка") counts only with a couple's word in the note (:data:`_COUPLE`: together for
years, an anniversary, an engagement, matching rings); a spouse word ("мужем", "женой") needs none.
The span is the partner phrase (its preposition stays: "с [женой]"); when the word needs a couple's
word and one follows within :data:`_JOIN` characters in the same sentence, and no aside in brackets
between, it runs on for a few words of that statement, up to a clause mark or a conjunction ("… شريكه [NAME]، عايشين
مع بعض من عشر سنين"; a spouse word keeps its couple's words readable, "со [своим мужем], вместе 10
лет"); a name placeholder inside stays its own. A partner the lexicon knows already
("شريك حياته", "с мужем-мужчиной") keeps the lexicon's span.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import tail_end, word_pattern

__all__ = ["gendered_partners"]

# (word, needs a couple's word): a man's male partner, a woman's female partner
_AR_PARTNERS = {"شريكه": True, "شريكتها": True, "شريك حياته": False, "شريكة حياتها": False,
                "رفيق دربه": True, "رفيقة دربها": True}
_AR_BUSINESS = re.compile(r"\s*(?:في\s+(?:ال)?(?:شغل|عمل|شركة|شركه|بزنس|تجارة|مكتب|محل)|ال?تجاري|بالشركة|بالشغل)")
_AR_PARTNER = re.compile(rf"(?<!\w)[وفل]?(?P<word>{'|'.join(map(re.escape, _AR_PARTNERS))})(?!\w)")
_RU_HE = ("он", "пришёл", "пришел", "зашёл", "зашел", "приехал", "заходил", "приходил", "заглянул", "был")
_RU_SHE = ("она", "пришла", "зашла", "приехала", "заходила", "приходила", "заглянула", "была")
# instrumental partner nouns, (word, needs a couple's word)
_RU_MEN = {"партнёром": True, "партнером": True, "молодым человеком": True, "парнем": True, "бойфрендом": False,
           "мужем": False, "супругом": False, "женихом": False}
_RU_WOMEN = {"партнёршей": True, "партнершей": True, "девушкой": True, "подругой жизни": False, "женой": False,
             "супругой": False, "невестой": False}
_RU_FILLER = r"(?:[\s,]+(?:ну|э+|эм+|короче|как бы|так сказать|типа))*[\s,]+"
_RU_RELATIVE = re.compile(  # a relative's spouse, a partner in business
    r"[\s,]+(?:сына|брата|внука|племянника|друга|дочери|сестры|внучки|племянницы|подруги|коллеги|по бизнесу|по работе)(?!\w)")


def _ru_pattern(subjects: tuple[str, ...], partners: dict[str, bool]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(partners, key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(subjects)})(?!\w)[^.!?;\n/]{{0,40}}?(?<!\w)со?(?P<phrase>(?:{_RU_FILLER}(?:своим|своей))?"
        rf"{_RU_FILLER}(?P<noun>{nouns})(?:\s+(?:своим|своей)(?!\w))?)(?!\w)", re.IGNORECASE)


_RU = (_ru_pattern(_RU_HE, _RU_MEN), _RU_MEN), (_ru_pattern(_RU_SHE, _RU_WOMEN), _RU_WOMEN)
_COUPLE = word_pattern((
    "вместе", "годовщин*", "парные", "парных", "обручальн*", "расписал*", "свадьб*", "помолвк*", "живут вместе",
    "مع بعض", "معاً", "معا منذ", "ذكرى", "ارتباط", "خطوب", "زواجهم", "زواجهما", "متطابق", "عايشين", "يعيشان", "ساكنين مع",
    "خاتمين", "دبلتين", "محابس",
))
_ITEMS = word_pattern(("помолвочн*",))  # an engagement ring: the couple's evidence, the purchase's words (no run-on)
_GATE = ("شريك", "رفيق", "с ", "со ")
_JOIN = 30  # characters at most between a partner phrase and the couple's word that goes with it
_ASIDE = re.compile(r"[()（）\[\]]")  # a bracket between them: the couple's word is another statement
_GLOSS = re.compile(r"[(（]\s*\[[A-Z][A-Z_]*\]\s*[)）]|\[[A-Z][A-Z_]*\]")  # a name, maybe glossed in brackets
_TAIL_WORDS = 4  # words of the couple's statement after its word ("مع بعض [من عشر سنين تقريبا]")
_NEXT_CLAUSE = re.compile(r"\s(?:و(?=\w{3})|(?:и|а|но)(?!\w))")  # a conjunction opens the next clause
_SENTENCE_END = re.compile(r"[.!?。！？\n/|؟]")  # a dash joins a partner and the couple's words ("с партнёром — [NAME], живут вместе")
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")
_WORDS = re.compile(r"[^\W_](?:.*[^\W_])?", re.DOTALL)  # from the first letter to the last


def _phrases(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, needs a couple's word) of every same-sex partner phrase of ``text``."""
    found = []
    for match in _AR_PARTNER.finditer(text):
        if not _AR_BUSINESS.match(text, match.end()):
            found.append((match.start(), match.end(), _AR_PARTNERS[match.group("word")]))
    for pattern, nouns in _RU:
        for match in pattern.finditer(text):
            if _RU_RELATIVE.match(text, match.end()):
                continue
            noun = " ".join(match.group("noun").lower().split())
            found.append((match.start("phrase"), match.end("phrase"), nouns.get(noun, True)))
    return found


def _statement_end(text: str, end: int) -> int:
    """End of the couple's statement right after a partner phrase ending at ``end`` (``end`` if none)."""
    stop = _SENTENCE_END.search(text, end, end + _JOIN + 60)
    limit = stop.start() if stop is not None else len(text)
    couple = _COUPLE.search(text, end, min(limit, end + _JOIN + 12))
    if couple is None or couple.start() - end > _JOIN or _ASIDE.search(_GLOSS.sub("", text[end : couple.start()])):
        return end
    end = tail_end(text, couple.end(), 60, _TAIL_WORDS)
    joined = _NEXT_CLAUSE.search(text, couple.end(), end)  # "… من ثمان سنين [وعايشين في لندن]"
    return joined.start() if joined else end


def _split(text: str, start: int, end: int) -> list[PiiSpan]:
    """``start``–``end`` as ORIENTATION spans around the placeholders inside it, each trimmed to
    its words (the brackets and dashes between a name and the couple's words stay)."""
    out, cursor = [], start
    for piece in [*_PLACEHOLDER.finditer(text, start, end), None]:
        stop = piece.start() if piece else end
        words = _WORDS.search(text, cursor, stop)
        if words:
            out.append(PiiSpan(words.start(), words.end(), "ORIENTATION"))
        cursor = piece.end() if piece else end
    return out


def gendered_partners(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each same-sex partner that grammatical gender shows
    as an ORIENTATION span; a span that would overlap one already found stays out (a partner the
    lexicon knows, "شريك حياته", keeps the lexicon's span)."""
    if not isinstance(text, str) or not any(word in text for word in _GATE):
        return spans
    phrases = _phrases(text)
    if not phrases:
        return spans
    couple = _COUPLE.search(text) is not None or _ITEMS.search(text) is not None
    out = list(spans)
    for start, end, needs_couple in phrases:
        if needs_couple and not couple:
            continue
        # the couple's words are the evidence only for a word that needs them: a spouse ("со своим мужем,
        # вместе 10 лет") is the fact by itself, and how long they have been together stays readable
        for new in _split(text, start, _statement_end(text, end) if needs_couple else end):
            if not any(s.start < new.end and new.start < s.end for s in out):
                out.append(new)
    return sorted(out)
