"""A given name set off by commas right after a kin or assistant word ("my nephew, Oisin, turns 18")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import scan
from lvmh_pipeline.lib.privacy.names.given.kin import _could_be_a_name
from lvmh_pipeline.lib.privacy.names.guard import is_given_name, is_vocabulary
from lvmh_pipeline.lib.privacy.names.lexicon import TITLE_WORDS_LOWER
from lvmh_pipeline.lib.privacy.names.positions.words import _CAP_PARTICLE, _CAP_RE, _given_form

__all__ = ["kin_commas"]


# A kin or carer word, then a capitalised word between commas: "la sua assistente, Nicla, chiama",
# "my nephew, Oisin, turns 18": the commas set the name off, a name missing from the lexicon too.
# A hesitation may stand between ("sa femme, euh, Odile, …"); a full stop may close the name
# ("con su chofer, Nacho.") or a bracket ("(regalo del marido, Nacho)"), not an initial ("son, J. and …"); a particle may join ("Ria de Wit");
# the article of a spoken Iberian or Italian name may open a known given name ("a namorada, a Nina,",
# "su novia, la Paz,"; not "su marido, el Coronel,").
_HESITATIONS = "euh|heu|eh|ehm|uh|uhm|um|umm|er|erm|äh|ähm|öh|hmm|hm|mm|mmm|ну|э|ээ"
_BETWEEN_COMMAS = re.compile(
    r"[ \t]*,[ \t]*(?:(?i:" + _HESITATIONS + r")[ \t]*,[ \t]*)?(?P<article>(?:a|o|la|el|il|lo)[ \t]+)?(?P<name>" + _CAP_RE.pattern + r"(?:[ \t]" + _CAP_PARTICLE + _CAP_RE.pattern + r"){0,2})"
    r"(?:[ \t]*[,;:)](?![ \t]*\d)|(?<=[^\W\d_]{2})\.(?:[ \t]|$))"
)


def kin_commas(text: str) -> list[PiiSpan]:
    """A capitalised word set off by commas right after a kin or assistant word, not an ordinary
    word, a place, a month or a brand ("his son, Paris, then London": a place)."""
    if text.count(",") < 1:
        return []
    spans = []
    german = scan(text).german
    for _kin_start, stop, _kin_word in scan(text).kin:
        m = _BETWEEN_COMMAS.match(text, stop)
        if not m:
            continue
        words = [w for w in m.group("name").split() if not w.islower()]
        if m.group("article") and not _given_form(words[0]):
            continue  # "su marido, el Coronel,": an article before a rank; only a known given name
        if m.group().rstrip()[-1] == "." and len(words[-1]) < 3 and not is_given_name(words[-1]):
            continue  # "her driver, Jr.": two letters before a full stop, an abbreviation unless a given name ("o Zé.")
        if m.group().rstrip()[-1] in ".:" and (german or any("-" in w for w in words)):
            continue  # "mit der Tochter, Top-VIP.", "Tochter, Sternekoch.": a German noun, a label
        # "su marido, Unai Arrieta Zubia.": a given name and surnames, each could be a name
        if len(words) > 1 and words[0].casefold().rstrip(".") in TITLE_WORDS_LOWER:
            continue  # "sa marraine, Mme Roux,": the title's own rule takes the name
        if all(_could_be_a_name(w) for w in words) and (len(words) == 1 or not any(is_vocabulary(w) for w in words)):
            spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
    return spans
