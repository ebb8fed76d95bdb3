"""Intermittent fasting said without its name: an eating window ("eats only between noon and
8 pm", "isst nur von 11 bis 19 Uhr", "ne mange qu'entre midi et 20h", "ест только с 10 до 6",
"只在中午到晚上八点之间吃", "10時から18時までしか食べない") or a fasting ratio whose two numbers make
a day ("16:8", "18/6", "20:4") next to a word of fasting or eating.

:func:`eating_windows` adds ``intermittent_fasting`` matches (folded coordinates, like the
matcher's); a note holding no "only"-eating phrase, no ratio and no dense-script window is left
after one pass of :class:`~lvmh_pipeline.lib.common.literals.Literals`.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["eating_windows"]

# "Eats only" in the folded note (accents gone, punctuation as spaces, digits as "0").
_EAT_ONLY = (
    "eats only", "only eats", "eating only", "only eating", "eat only", "only eat", "isst nur", "isst er nur", "isst sie nur",
    "mange seulement", "mange uniquement", "ne mange qu", "ne mange que", "come solo", "solo come", "come solamente",
    "come unicamente", "mangia solo", "solo mangia", "mangia soltanto", "so come", "come so", "come apenas", "eet alleen",
    "eet enkel", "eet pas", "ест только", "только ест", "ест лишь", "питается только",
)
_TIME = r"(?:0{1,2}(?: 00)?(?: ?[^\W\d_]{1,6})?|noon|midday|midi|mittag|mezzogiorno|mediodia|meio dia|middag|полудня)"
_EAT_RANGE = re.compile(
    r"(?:" + "|".join(re.escape(fold(p)) for p in _EAT_ONLY) + r")\s(?:[^\W\d_]+\s){0,2}?"
    r"(?:between|from|zwischen|von|entre|de|tra|fra|dalle|dalla|tussen|van|с|от)\s(?:the |le |les |las |la |le ore |)"
    + _TIME + r"\s(?:and|to|until|till|und|bis|et|a|y|e|alle|en|tot|до|по)\s(?:the |le |las |les |la |)" + _TIME
)
_EAT_RANGE_GATE = RegexGate(_EAT_RANGE)
# Eating only after a time ("isst erst ab Mittag", "só come depois das quatro", "only eats after 2pm"): the fast
# before it.
_EAT_AFTER_PHRASES = ("isst erst ab", "isst sie erst ab", "isst er erst ab", "isst erst nach", "so come depois d",
                      "so come a partir d", "eats only after", "only eats after", "ne mange qu apres", "solo come despues d",
                      "mangia solo dopo", "eet pas na", "eet pas vanaf")
_EAT_AFTER = re.compile(
    r"(?:" + "|".join(re.escape(p) for p in _EAT_AFTER_PHRASES) + r")\s?(?:as |os |a |o |la |las |le |den |the )?"
    r"(?:0{1,2}(?: 00)?(?: ?[^\W\d_]{1,6})?|noon|midday|midi|mittag|mediodia|meio dia|mezzogiorno|middag|"
    r"uma|duas|tres|quatro|cinco|seis|sete|oito)"
)
_EAT_AFTER_GATE = RegexGate(_EAT_AFTER)
# A ratio after a verb of doing it ("macht 16:8", "does 16:8", "faz 16:8"): the fast without its name.
_DOES_RATIO = ("macht ", "macht das ", "does ", "doing ", "faz ", "fazendo ", "fait du ", "fait le ", "hace ", "doet ", "做", "在做")
# JA / ZH / KO windows on the original text.
_DENSE_RANGE = re.compile(
    r"[0-9０-９一二三四五六七八九十]{1,3}\s?[時时点點시:：].{0,8}?(?:から|〜|～|~|到|至|-|부터).{0,8}?"
    r"[0-9０-９一二三四五六七八九十]{1,3}\s?[時时点點시].{0,10}?(?:しか|だけ|之间|之間|才|只|까지만|사이에만).{0,6}?"
    r"(?:食べ(?:ない|ません)?|召し上が(?:らない|りません)?|吃|进食|進食|먹(?:는다|어요|음)?|드[시심세신](?:다|고)?)"
)
_DENSE_GATE = ("しか食べ", "しか召し上が", "だけ食べ", "之间吃", "之間吃", "才吃", "只在", "까지만 먹", "까지만 드", "사이에만 먹")
# "16:8", "18/6": two numbers making a day.
_RATIO = re.compile(r"(?<![\d:/.+])(1[2-9]|2[0-3])\s?[:/+]\s?(\d{1,2})(?![\d:/+])")
_FASTING_STEMS = ("fast", "jeun", "jeûn", "digiun", "ayun", "jejum", "vast", "голод", "пост", "断食", "斷食", "禁食",
                  "단식", "공복", "صيام", "صوم", "diet", "diät", "régime", "window", "fenêtre", "fenster", "finestra",
                  "ventana", "janela", "venster", "окн", "窗口", "protocol", "protokoll", "método", "metodo", "méthode")
_RATIO_REACH = 24  # characters either side of a ratio where its fasting word stands
# Fasting words a ratio needs next to it, folded ("16:8" folds to "00 0": the gate reads the words)
_RATIO_WORDS = ("fasting", "fasts", "fasten", "fastet", "jeune", "digiun", "ayun", "jejum", "vasten", "голодан", "断食", "斷食",
                "禁食", "단식", "공복", "صيام", "صوم", "window", "fenetre", "venster", "окно")
# One pass over the folded note for all three forms (CJK and Hangul fold to themselves).
_GATE = Literals((*(fold(p) for p in _EAT_ONLY), *(fold(p) for p in _DENSE_GATE), *_RATIO_WORDS,
                  *_EAT_AFTER_PHRASES, *(f"{v}00 0" for v in _DOES_RATIO), "做00", "做 00"))


# Per note language, substrings one of which every form holds (a few ``in`` tests cost less than
# the one-pass scan, which runs only when one is there or the language is unknown).
_QUICK: dict[str, tuple[str, ...]] = {
    "EN": ("eat", "fasting", "fasts", "window", "does 00", "doing 00"), "DE": ("isst", "fasten", "fastet", "macht 00"),
    "FR": ("mange", "jeune", "fenetre", "fait du 00", "fait le 00"),
    "ES": ("come", "ayun", "hace 00"), "IT": ("mangia", "digiun"), "PT": ("come", "jejum", "faz 00", "fazendo 00"),
    "NL": ("eet", "vasten", "venster", "doet 00"),
    "RU": ("ест только", "только ест", "ест лишь", "питается", "голодан", "окно"),
    "JA": ("しか", "だけ", "断食"), "ZH": ("之间", "之間", "才吃", "只在", "断食", "斷食", "禁食", "做00", "做 00"),
    "KO": ("까지만", "사이에만", "단식", "공복"), "AR": ("صيام", "صوم"),
}


def eating_windows(nt: NormalizedText, matches: list[AliasMatch], concept: int, language: str | None = None) -> list[AliasMatch]:
    """``matches`` with an ``intermittent_fasting`` match (concept index ``concept``) on each
    eating window or fasting ratio not already inside a match of that concept."""
    if concept < 0:
        return matches
    folded = nt.folded
    quick = _QUICK.get(language or "")
    if quick is not None and not any(q in folded for q in quick):
        return matches
    if not _GATE.any_in(folded):
        return matches
    text = nt.original
    found: list[tuple[int, int]] = [m.span() for m in _EAT_RANGE.finditer(folded)] if _EAT_RANGE_GATE.open(folded) else []
    found += [m.span() for m in _EAT_AFTER.finditer(folded)] if _EAT_AFTER_GATE.open(folded) else []
    for match in _DENSE_RANGE.finditer(text):
        found.append((to_folded(nt, match.start()), to_folded(nt, match.end())))
    for match in _RATIO.finditer(text):
        if int(match.group(1)) + int(match.group(2)) != 24:
            continue
        around = text[max(0, match.start() - _RATIO_REACH) : match.end() + _RATIO_REACH].lower()
        if any(stem in around for stem in _FASTING_STEMS) or (
                ("+" in match.group() or ":" in match.group())
                and fold(text[max(0, match.start() - 10) : match.start()]).endswith(_DOES_RATIO)):
            found.append((to_folded(nt, match.start()), to_folded(nt, match.end())))
    taken = [(m[0], m[1]) for m in matches if m[2] == concept]
    added = [(s, e, concept, 1.0) for s, e in found if not any(ts < e and s < te for ts, te in taken)]
    if not added:
        return matches
    return sorted([*matches, *added], key=lambda m: (m[0], m[1]))
