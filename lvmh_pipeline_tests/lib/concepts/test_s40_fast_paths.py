"""Session 40's fast paths give what the slow forms they replace give: the Romance ages read back from each
word for years, the group words of counted orders found by an automaton, the shared gate masks kept per text."""

import re

import pytest

from lvmh_pipeline.lib.common import literals
from lvmh_pipeline.lib.common.text import normalize
from lvmh_pipeline.lib.concepts.occasions import counted_orders
from lvmh_pipeline.lib.concepts.occasions.phrases import worded_ages

_TEXTS = [
    "pour les soixante ans de sa mère, en mai",
    "c'est pour ses quarante ans.",
    "per i quarant'anni di lei, a maggio; i settant’anni di suo padre",
    "los   cincuenta  años de su marido y los veinte años de la empresa",
    "os sessenta anos do marido; 73 ans, cliente depuis 2010",
    "ses vingt-cinq ans de carrière, les dix ans de la boîte, ans ans",
    "Les Quarante Ans De Sa Femme",
    "anni", "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_romance_ages_read_back_match_a_whole_scan(text: str) -> None:
    def spans(found):
        return [(m.span(), m.groups()) for m in found]

    assert spans(worded_ages._romance(text)) == spans(worded_ages._ROMANCE.finditer(text))


@pytest.mark.parametrize(
    "text",
    ["Dix coffrets pour l'équipe et les clients, 250 € chacun", "gifts for 12 employees each", "20employees et 3clients",
     "regali per i dipendenti, cadauno 80 euro", "hoteles y empleados"],
)
def test_counted_order_words_are_the_letter_runs_among_them(text: str) -> None:
    folded = normalize(text).folded
    runs = set(re.findall(r"[^\W\d_]+", folded))
    assert counted_orders._known_words(folded) == runs & (counted_orders._GROUP_WORDS | counted_orders._EACH_WORDS)


def test_shared_gate_masks_survive_a_dozen_other_texts() -> None:
    gate = literals.Literals(("zebra", "quokka"))
    note = "a quokka came by"
    assert gate.any_in(note)
    for i in range(10):  # other texts asked about in between (each stored with its padded form)
        assert not gate.any_in(f"text number {i}")
    assert note in literals._state[2]
    assert gate.any_in(note) and not gate.any_in("nothing here")
