"""Art. 9 classes of session 36 (brief A), part 2, read on the `w39` notes and probed with phrasings
written for this test (none is a note's):

- a candidacy with the seat or assembly it is for, or a place on an electoral list with its election
  ("running for the school board", "en la lista de las autonómicas"), and campaigning said as "en
  campagne pour" with its election (:mod:`special.contexts.campaigns`);
- membership of a Gulf consultative council (Arabic), a local party (Dutch), a union boss in Chinese
  everyday words, a Japanese union office with the verb that holds it ("組合の書記長をしていた",
  `special_extent.json` 1.3.0) (lexicon 1.35.0);
- fertility injections, a walker in Arabic, rehab in Russian (HEALTH); a faith's family in Chinese and
  never missing a procession (RELIGION); Armenians in Arabic, a family named by its ethnic adjective in Russian (ORIGIN);
- the hours of a month of fasting with the Korean "해 질" (:mod:`special.contexts.hours`).

Kept readable: a candidate for a job, a gift list, the city council as a client, a party (festivity)
in Dutch, a baby walker in English.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

FACTS = [
    ("She is running for the school board next spring, keep it discreet.", "running for the school board", "POLITICS"),
    ("Il est candidat pour être maire du village, rdv le lundi.", "candidat pour être maire", "POLITICS"),
    ("Va en la lista de las autonómicas, número cinco.", "en la lista de las autonómicas", "POLITICS"),
    ("Elle est en campagne pour les européennes, dispo le soir.", "en campagne pour les européennes", "POLITICS"),
    ("Kandidiert für den Stadtrat, bitte keine Fotos.", "Kandidiert für den Stadtrat", "POLITICS"),
    ("والده عضو في مجلس الشورى منذ سنوات.", "عضو في مجلس الشورى", "POLITICS"),
    ("Zij zit namens een lokale partij in de raad.", "lokale partij", "POLITICS"),
    ("他爸爸是厂里的工会头儿。", "工会头儿", "UNION"),
    ("若い頃は組合の書記長をしていた。", "組合の書記長をしていた", "UNION"),
    ("She is on fertility injections, so no strong scents.", "fertility injections", "HEALTH"),
    ("Elle fait des piqûres de fertilité en ce moment.", "piqûres de fertilité", "HEALTH"),
    ("صارت تمشي بالمشاية بعد العملية.", "تمشي بالمشاية", "HEALTH"),
    ("Он сейчас после реабилитации, алкоголь не предлагать.", "после реабилитации", "HEALTH"),
    ("她是在天主教家庭长大的。", "天主教家庭", "RELIGION"),
    ("جدته من الارمن، تحب الذهب.", "الارمن", "ORIGIN"),
    ("Они с мужем из Казани, семья татарская, любят золото.", "семья татарская", "ORIGIN"),
    ("라마단에는 해 질 때까지 안 드셔서 저녁 약속만 가능.", "해 질 때까지", "RELIGION"),
    ("Nella settimana santa non chiamarla: non si perde una processione.", "non si perde una processione", "RELIGION"),
    ("Devota, no se pierde ninguna procesión del barrio.", "no se pierde ninguna procesión", "RELIGION"),
]


@pytest.mark.parametrize(("text", "fact", "kind"), FACTS)
def test_facts(text: str, fact: str, kind: str) -> None:
    assert covered(text, fact, kind), spans_of(text)


READABLE = [
    "He was the best candidate for the post of store manager.",
    "Ella está en la lista de espera para el bolso.",
    "Corporate gift for the city council, twenty scarves.",
    "Het was een leuke partij, de taart was lekker.",
    "A baby walker for the grandson's first birthday.",
]


@pytest.mark.parametrize("text", READABLE)
def test_readable(text: str) -> None:
    assert not find_special_categories(text), spans_of(text)
