"""Works named after a person (an opera, a painting) are no person, even after the title-like "Don":
the learned name tagger, retrained in session 40, read "Don Giovanni à la Scala" as a title and a name."""

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize, policy_from_env


@pytest.mark.parametrize(
    "text",
    ["Billets pour Don Giovanni à la Scala, puis dîner.", "Wants seats for Madama Butterfly at the Met.",
     "Vio la Mona Lisa en el Louvre.", "Abo für Don Carlo in der Staatsoper."],
)
def test_named_works_stay(text: str) -> None:
    assert pseudonymize(text, policy=policy_from_env("strict")).text == text


def test_a_person_named_like_the_work_is_still_a_name() -> None:
    assert "Rossi" not in pseudonymize("Don Giovanni Rossi est venu avec sa femme.", language="FR",
                                       policy=policy_from_env("strict")).text
