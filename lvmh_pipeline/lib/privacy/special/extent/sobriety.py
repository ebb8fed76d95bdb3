"""How long a client has been sober: the duration of a recovery is the fact itself (HEALTH).

A recovery from drinking is told by how long it has lasted ("sober two years", "6 months sober",
"trocken seit 5 Jahren", "AA depuis 5 ans", "sóbrio há três anos", "al drie jaar nuchter"): the
duration says how far the addiction goes back, and the note writers mark it with the word. So:

- a HEALTH span that holds a word of sobriety (:data:`_SOBER`: sober, sobre, sobrio, trocken,
  nuchter, abstinent, в завязке, Alcoholics Anonymous as "AA") takes in the duration written right
  after it ("[sober] two years", "[trocken seit] 5 J.") or right before it ("6 months [sober]");
- "AA" written in capitals with a duration after it ("AA depuis 5 ans", "AA for three years", "AA
  seit 2 Jahren") is such a span by itself; "AA" alone stays readable (batteries, a rating, an airline).

Only a number with its unit of time, maybe after a preposition of duration ("for", "depuis", "seit",
"da", "desde hace", "há", "sinds", "уже"), and never across a clause mark: "[sober], two kids" stays, but for a
comma right after a capitalised "AA" ("AA, 4 years": the typed note's aside).
The words are this module's own lists; a note without a word of sobriety pays one substring test.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["sober_durations"]

_GATE = ("sober", "sobri", "sobre", "sóbri", "trocken", "nuchter", "droog", "abstinen", "завязк", "bebe", "boit", "trinkt",
         "beve", "drinkt", "пьёт", "пьет", "drink", "booze", "alcohol", "alcool", "anonym", "anonim", "anónim")

_NUMBER = (
    r"(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|"
    r"un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|dix-huit|vingt|"
    r"ein|eine|einem|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|achtzehn|zwanzig|"
    r"uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|diciotto|venti|"
    r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|dieciocho|veinte|"
    r"um|uma|dois|duas|três|quatro|sete|oito|dez|doze|dezoito|vinte|"
    r"een|één|twee|drie|vijf|zes|zeven|negen|tien|twaalf|achttien|twintig|"
    r"один|одного|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|полтора|полгода)"
)
_UNIT = (
    r"(?:years?|yrs?\.?|months?|mos?\.?|weeks?|ans?|années?|mois|semaines?|Jahren?|J\.|Monaten?|Monate|Wochen|"
    r"anni|anno|mesi|mese|settimane|años?|meses?|semanas?|anos?|jaar|jaren|maanden?|weken|"
    r"лет|года?|месяц(?:а|ев)?|недел[ьи])"
)
_SINCE = (r"(?:for|since|now|already|depuis|déjà|seit|schon|da|ormai|desde hace|desde|hace|ya|há|já|sinds|al|nu|"
          r"уже|как)")
_AFTER = re.compile(rf"[ \t]+(?:{_SINCE}[ \t]+){{0,2}}{_NUMBER}[ \t]+(?:and a half[ \t]+|et demi[e]?[ \t]+)?{_UNIT}"
                    r"(?![^\W_])", re.IGNORECASE)
_AA_AFTER = re.compile(rf",?{_AFTER.pattern}", re.IGNORECASE)  # "AA, 5 years": a comma after the capitals only
_BEFORE = re.compile(rf"(?<![^\W_]){_NUMBER}[ \t]+(?:and a half[ \t]+)?{_UNIT}[ \t]+(?:{_SINCE}[ \t]+)?$", re.IGNORECASE)
# a word of sobriety inside a HEALTH span
_SOBER = re.compile(r"(?<![^\W_])(?:sober|sobriety|sobre|sobri[oa]s?|sóbri[oa]s?|trocken|nuchter|droog|"
                    r"abstinen\w*|завязк\w*|AA|alcooliques anonymes|alcolisti anonimi|alcohólicos anónimos|"
                    r"anonyme alkoholiker|anonieme alcoholisten|alcoholics anonymous)(?![^\W_])", re.IGNORECASE)
# words of sobriety or of not drinking that make a span with a duration beside them ("sóbrio há três anos",
# "al drie jaar nuchter", "não bebe há 3 anos", "не пьёт уже пять лет"; "sobre" only in French, before "depuis")
_WORDS = (r"(?:sober|sobri[oa]s?|sóbri[oa]s?|sobre(?=[ \t]+depuis)|trocken|nuchter|abstinent[ea]?s?|"
          r"não bebe(?: mais)?|nao bebe(?: mais)?|ne boit (?:plus|pas|rien)|trinkt (?:nicht|nichts) mehr|"
          r"no bebe|non beve(?: più)?|drinkt (?:niet|geen alcohol) meer|не пь[её]т|hasn't had a drink|"
          r"hasn't touched (?:a drop|alcohol)|off (?:the )?(?:booze|alcohol|drink))")
_WORD_THEN = re.compile(rf"(?<![^\W_]){_WORDS}(?![^\W_])", re.IGNORECASE)
_THEN_WORD = re.compile(rf"(?<![^\W_])(?:{_SINCE}[ \t]+)?{_NUMBER}[ \t]+{_UNIT}[ \t]+(?:{_SINCE}[ \t]+)?"
                        rf"(?:sober|sobri[oa]s?|sóbri[oa]s?|trocken|nuchter|abstinent[ea]?s?)(?![^\W_])", re.IGNORECASE)
_BARE_AA = re.compile(r"(?<![^\W_])AA(?![^\W_])")
_REACH = 40  # characters before a span searched for a duration


def _told(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` where a word of sobriety or a capitalised "AA" stands with a duration."""
    found = [(m.start(), m.end()) for m in _THEN_WORD.finditer(text)]
    for pattern, duration in ((_WORD_THEN, _AFTER), (_BARE_AA, _AA_AFTER)):
        for match in pattern.finditer(text):
            after = duration.match(text, match.end())
            if after:
                found.append((match.start(), after.end()))
    return found


def sober_durations(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each recovery's duration joined
    to it, and each word of sobriety or capitalised "AA" with a duration a HEALTH span (module doc)."""
    if not isinstance(text, str) or ("AA" not in text and not any(word in text.lower() for word in _GATE)):
        return spans
    out = list(spans)
    for start, end in _told(text):
        touching = [s for s in out if s.start < end and start < s.end]
        if any(s.kind != "HEALTH" for s in touching):
            continue
        out = [s for s in out if s not in touching]
        out.append(PiiSpan(min([start] + [s.start for s in touching]), max([end] + [s.end for s in touching]), "HEALTH"))
    out.sort(key=lambda s: s.start)
    grown: list[PiiSpan] = []
    for i, span in enumerate(out):
        sober = _SOBER.search(text, span.start, span.end) if span.kind == "HEALTH" else None
        if sober:
            floor = grown[-1].end if grown else 0
            ceiling = out[i + 1].start if i + 1 < len(out) else len(text)
            start, end = span.start, span.end
            after = (_AA_AFTER if sober.group() == "AA" else _AFTER).match(text, end)
            if after and after.end() <= ceiling:
                end = after.end()
            before = _BEFORE.search(text, max(floor, start - _REACH), start)
            if before:
                start = before.start()
            span = PiiSpan(start, end, span.kind)
        grown.append(span)
    return grown
