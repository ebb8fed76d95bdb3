"""Names linked to a name found across a hesitation or an "and":

- a dictated correction or continuation: a name found, a hesitation, then a capitalised word
  ("Frau Kovač, äh, Brzezinska kommt", "Cliente Ferri, ehm, Ferrante.", "Mr Lowe, um, Lowell");
  and the other way round, a familiar form and the given name found after a hesitation, both with
  the same first letter ("a Bia, eh, Beatriz", "la Pili, ehm, Pilar");
- a second person joined by "and" to a name found, before a verb only people do ("Mrs Hale and
  Zinnia popped in", "Mr Ito & Saoirse want rings");
- a lone Korean surname written apart before another occurrence of a given name found ("서아 님
  … 음 윤 서아 다시", "… 황 [NAME]");
- the first character of a CJK or Hangul name said alone, then the whole name after a pause
  ("리, 리민준 고객님", "森、えー、森蘭子様", "陈，嗯，陈志明"): the speaker started the name again.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, NAME, classify, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.lexicon import KO_SURNAMES
from lvmh_pipeline.lib.privacy.names.positions.words import _ordinary
from lvmh_pipeline.lib.privacy.names.scripts.korean.lone import _NOT_LONE

# Sounds of hesitation only (no "well", "so", "no": they open ordinary clauses).
_HESITATION = re.compile(
    r"[ \t]*[,…]?[ \t]*(?i:äh|ähm|öh|öhm|hm|hmm|ehm|eh|euh|heu|uh|uhm|um|umm|er|erm|eee|ee|э-э|эм|ммм|е-е)"
    r"[ \t]*[,.…]*[ \t]+([A-ZÀ-ÖØ-ÞА-ЯЁ][\w-]{2,}(?:['’]\w{2,})?)(?![\w-])"
)
_AND_PERSON = re.compile(
    r"[ \t]+(?:and|&)[ \t]+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,})(?=[ \t]+(?:popped|dropped|came|come|want|wanted|love|loved|"
    r"prefer|preferred|visited|called|stopped|turn|are|were|chose|bought|booked|asked|need|needed)(?![\w'’]))"
)


_KO_LONE_BEFORE = re.compile(rf"(?<![가-힣0-9])([{''.join(sorted(KO_SURNAMES))}])[ \t]$")
_AMOUNT_BEFORE = re.compile(r"[0-9][0-9,.]*[ \t]*(?:만|천|백|억)?[ \t]*$")


def hesitation_names(text: str, ordered: list[tuple[int, int]]) -> list[PiiSpan]:
    out = []
    for _start, end in ordered:
        m = _HESITATION.match(text, end)
        if not m:
            continue
        word = m.group(1)
        if _ordinary(word) or is_vocabulary(word) or is_place_month_or_brand(word):
            continue
        if classify(word) != NAME and word[:1].isupper() and word.isupper() and len(word) > 3:
            continue  # an acronym
        out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out


# "a Bia, eh, Beatriz": a capitalised word (an article may stand before it), a hesitation, the name found
_HESITATION_BEFORE = re.compile(
    r"(?<![\w-])([A-ZÀ-ÖØ-ÞА-ЯЁ][\w-]{1,})[ \t]*[,…]?[ \t]*(?i:äh|ähm|öh|hm|hmm|ehm|eh|euh|heu|uh|uhm|um|umm|er|erm"
    r"|э-э|эм|е-е)[ \t]*[,.…]*[ \t]+$"
)


_FAMILIAR_ARTICLE = re.compile(r"(?<![\w-])(?i:a|o|la|il|el|lo|le)[ \t]+$")


def hesitated_before(text: str, ordered: list[tuple[int, int]]) -> list[PiiSpan]:
    out = []
    for start, end in ordered:
        found = text[start:end]
        if "[" in found or not found[:1].isupper():
            continue
        m = _HESITATION_BEFORE.search(text, max(0, start - 30), start)
        if not m or m.group(1)[0] != found[0] or m.group(1) == found.split()[0]:
            continue
        word = m.group(1)
        if _ordinary(word) or is_vocabulary(word) or is_place_month_or_brand(word) or classify(word) == COMMON:
            continue
        if not _FAMILIAR_ARTICLE.search(text, max(0, m.start(1) - 4), m.start(1)):
            continue  # "em Braga, eh, Beatriz": a place before the pause
        out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out


def and_person_names(text: str, ordered: list[tuple[int, int]]) -> list[PiiSpan]:
    out = []
    for _start, end in ordered:
        m = _AND_PERSON.match(text, end)
        if m and not (_ordinary(m.group(1)) or is_vocabulary(m.group(1)) or is_place_month_or_brand(m.group(1))):
            out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out


def korean_lone_surnames(text: str, ordered: list[tuple[int, int]]) -> list[PiiSpan]:
    out = []
    for start, end in ordered:
        found = text[start:end]
        if not (found == "[NAME]" or len(found) == 2 and all("가" <= c <= "힣" for c in found)):
            continue
        m = _KO_LONE_BEFORE.search(text, max(0, start - 2), start)
        if not m or m.group(1) in _NOT_LONE or _AMOUNT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out


# A pause and fillers between the first character said alone and the whole name
_DENSE_CHAR = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_RESTART_GAP = (
    r"[ \t]*[,，、…。.]+[ \t]*(?:(?:えーと|えっと|えー|ええ|あのー|あの|その|まあ|음|어|그|저|아|嗯|呃|额|那个|就是)[ \t]*[,，、…]*[ \t]*)*$"
)
_RESTART = re.compile(rf"(?<![{_DENSE_CHAR}])([{_DENSE_CHAR}]){_RESTART_GAP}")


def restarted_names(text: str, ordered: list[tuple[int, int]]) -> list[PiiSpan]:
    out = []
    for start, end in ordered:
        found = text[start:end]
        if len(found) < 2 or not re.match(f"[{_DENSE_CHAR}]", found):
            continue
        m = _RESTART.search(text, max(0, start - 16), start)
        if m and m.group(1) == found[0]:
            out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out
