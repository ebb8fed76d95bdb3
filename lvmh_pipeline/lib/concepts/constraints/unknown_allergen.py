"""An allergy word whose clause says the allergen is not known ("some allergy, doesn't remember to what",
"reagiert auf irgendwas", "何かのアレルギー") stays an unspecified allergy next to a named allergen
(:func:`unknown_allergen`).
"""

from __future__ import annotations

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.context import clause_of
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["unknown_allergen"]


# Words saying the allergen is not known ("some allergy, doesn't remember to what", "何かの
# アレルギー"): such an allergy word stays an unspecified allergy next to a named allergen.
_UNKNOWN_WORDS = frozenset(
    fold(w) for w in (
        "some something unknown unsure sure unspecified remember recall specify specified "
        "quelque chose certaine inconnue inconnu précisé précisée préciser sait souvient "
        "irgendeine irgendeiner irgendwas irgendetwas unbekannt weiss erinnert genau "
        "qualche qualcosa ricorda precisata precisato sa "
        "alguna algo recuerda acordaba especificó sabe "
        "alguma qualquer lembra especificou "
        "een andere iets weet herinnert "
        "что то какая какой неизвестно помнит уточнит уточнить "
        "شي ايش معروف حددت"
    ).split()
)
_DENSE_UNKNOWN = ("何か", "何の", "不明", "詳細", "뭔지", "무엇", "모름", "불명", "什么", "不详", "不清楚", "没说", "没细说")


def unknown_allergen(nt: NormalizedText, match: AliasMatch) -> bool:
    """The clause of ``match`` (an allergy word, folded span) says its allergen is not known."""
    o_start, o_end = nt.to_original(match[0], match[1])
    clause = clause_of(nt.original, o_start, o_end)
    return bool(_UNKNOWN_WORDS.intersection(fold(clause).split())) or any(w in clause for w in _DENSE_UNKNOWN)
