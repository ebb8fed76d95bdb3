"""The predicate that states a short Art. 9 core goes with it (lib/privacy/special/extent/).

Our own phrasings of the class, several languages each; what stays readable is tested as much as
what goes: a longer core, a bare copula, the subject, the rest of the clause, a neighbour span, and
the languages and scripts whose frames were measured to cost more than they gain.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize
from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline.lib.privacy.special.extent import extend_predicates
from lvmh_pipeline.lib.privacy.special.extent.predicates import left_run
from lvmh_pipeline.lib.privacy.special.extent.words import extent_words


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_special_categories(text)]


@pytest.mark.parametrize(("text", "span", "kind"), [
    ("Ihr Vater hat MS, bitte einen Sitzplatz.", "hat MS", "HEALTH"),
    ("Her brother has got MS, needs a seat.", "has got MS", "HEALTH"),
    ("Su madre tiene ELA, cita en planta baja.", "tiene ELA", "HEALTH"),
    ("Elle a une SEP, prévoir un fauteuil.", "a une SEP", "HEALTH"),
    ("Il fait une SEP, prévoir un fauteuil.", "fait une SEP", "HEALTH"),
    ("Sein Sohn kandidiert für die FDP.", "kandidiert für die FDP", "POLITICS"),
])
def test_a_short_core_takes_the_frame_that_states_it(text: str, span: str, kind: str) -> None:
    assert (span, kind) in _spans(text), _spans(text)


def test_a_copula_goes_only_with_a_word_after_it() -> None:
    assert ("est atteinte de SEP", "HEALTH") in _spans("Elle est atteinte de SEP.")
    assert ("kabyle", "ORIGIN") in _spans("Elle est kabyle, très fière.")


@pytest.mark.parametrize(("text", "span"), [
    ("Sie hat Diabetes, bitte keine Pralinen.", "Diabetes"),  # the core holds more letters than "hat"
    ("Il a de l'asthme, pas de parfum.", "asthme"),
    ("She has epilepsy, no flashing lights.", "epilepsy"),
    ("客户患有高血压，喜欢红色。", "高血压"),
])
def test_a_longer_core_keeps_its_frame_readable(text: str, span: str) -> None:
    assert (span, "HEALTH") in _spans(text), _spans(text)


@pytest.mark.parametrize(("text", "span"), [
    ("Il marche mal depuis son AVC.", "AVC"),  # a preposition of time stays (the held-out writers' reading)
    ("He walks slowly since his TIA.", "TIA"),
    ("Elle souffre de SEP, prévoir un fauteuil.", "SEP"),  # and so does a verb of suffering
    ("Ha avuto un ictus a marzo, niente scale.", "ictus"),  # Italian frames: measured, left out
    ("Vader heeft jicht, geen garnalen.", "jicht"),  # Dutch
    ("본인은 당뇨가 있으셔서 다과는 무설탕.", "당뇨"),  # Korean endings
])
def test_the_frames_left_out_stay_readable(text: str, span: str) -> None:
    assert (span, "HEALTH") in _spans(text), _spans(text)


@pytest.mark.parametrize(("text", "span"), [
    ("母は痛風持ちなので、ビールは出さない。", "痛風持ち"),
    ("ご主人は糖尿病がおありで、甘い物は控えめに。", "糖尿病がおありで"),
    ("她父亲在做透析，要准备座位。", "在做透析"),
])
def test_cjk_words_glued_to_a_short_core_go_with_it(text: str, span: str) -> None:
    assert (span, "HEALTH") in _spans(text), _spans(text)


def test_the_subject_and_the_rest_of_the_clause_stay() -> None:
    text = "Il fait aussi une dépression depuis l'hiver, rester discret."
    assert _spans(text) == [("fait aussi une dépression", "HEALTH")]
    assert pseudonymize("[NAME] hat MS, bitte Sitzplatz.").text == "[NAME] [HEALTH], bitte Sitzplatz."


def test_a_span_never_grows_into_its_neighbour() -> None:
    text = "Er hat MS und Asthma."
    assert _spans(text) == [("hat MS", "HEALTH"), ("Asthma", "HEALTH")]
    spans = [PiiSpan(0, 10, "HEALTH"), PiiSpan(11, 13, "HEALTH")]  # "[Asthma hat] [MS]": no frame left
    assert extend_predicates("Asthma hat MS.", spans) == spans


def test_a_run_without_a_verb_adds_nothing() -> None:
    text = "für die FDP"
    assert left_run(text, text.index("FDP"), 0, extent_words()) == text.index("FDP")


def test_what_other_readers_need_stays_in_the_stored_text() -> None:
    stored = pseudonymize("Er hat Gicht, isst purinarm. Geburtstag im Mai, Budget 2000 Euro.", language="DE")
    assert "isst purinarm" in stored.text and "im Mai" in stored.text and "2000 Euro" in stored.text
    assert stored.text == pseudonymize(stored.text, language="DE").text  # a fixpoint


@pytest.mark.parametrize(("text", "span"), [
    ("Tom is standing for the Liberal Democrats in the council elections.", "standing for the Liberal Democrats"),
    ("Ele tá concorrendo a vereador pelo PSDB.", "concorrendo a vereador pelo PSDB"),
    ("Er kandidiert jetzt für die Grünen im Stadtrat.", "kandidiert jetzt für die Grünen im Stadtrat"),
])
def test_a_candidacy_goes_with_its_party_whatever_its_length(text: str, span: str) -> None:
    assert (span, "POLITICS") in _spans(text), _spans(text)


def test_a_party_verb_lengthens_only_a_party_or_a_union() -> None:
    text = "Er kandidiert für die Schwarzwaldbürgerliste."
    core = (text.index("Schwarzwaldbürgerliste"), text.index("."))
    assert extend_predicates(text, [PiiSpan(*core, "HEALTH")]) == [PiiSpan(*core, "HEALTH")]
    assert extend_predicates(text, [PiiSpan(*core, "POLITICS")]) == [PiiSpan(3, core[1], "POLITICS")]
