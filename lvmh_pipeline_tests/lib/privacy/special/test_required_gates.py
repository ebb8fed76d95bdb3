"""The literal gates read off a regex (special.required): every match holds one of them."""

import re

from lvmh_pipeline.lib.privacy.special import wordforms as W
from lvmh_pipeline.lib.privacy.special.required import required_literals, required_sets


def test_literals_of_fixed_runs_and_alternatives():
    assert required_literals(re.compile(r"(?<!x)(?:herz|nieren)(?:leiden|op)\b")) == (
        "herzleiden", "herzop", "nierenleiden", "nierenop")
    assert required_literals(re.compile(r"[a-z]{3,}(?:itis|ite)")) == ("ite", "itis")
    assert required_literals(re.compile(r"c[iy]st(?:ite)?s")) == ("cistites", "cists", "cystites", "cysts")
    assert required_literals(re.compile(r"ab|c+de")) == ("ab", "de")  # "c+" is of open length


def test_no_literals():
    assert required_literals(re.compile(r"[^\W\d_]+")) is None
    assert required_literals(re.compile(r"ab|\w+")) is None
    assert required_literals(re.compile(r"diabetes", re.IGNORECASE)) is None


def test_reversed_and_every_set():
    assert required_literals(re.compile("lirp[a-z]{3,}"), reverse=True) == ("pril",)
    assert set(required_sets(re.compile(r"(?P<core>son +of +(?P<d>[a-z]+))"))) >= {("son",), ("of",)}


def test_medical_words_found_behind_their_gates():
    text = ("diverticulitis, une gastrite, cholecystectomy, Lungenentzündung, arthritic, Hypertoniker, "
            "arthrose, knee pain, mal de dos, sertraline, Nierentransplantation, herzkrank, agoraphobia, "
            "Lymphödem, osteopenia, sarcoma, narcolepsy, гастрит, Herzleiden")
    from lvmh_pipeline.lib.common.text import normalize
    folded = normalize(text).folded
    ungated = sorted({m.span() for regex, _ in W._MEDICAL_PARTS for m in regex.finditer(folded)})
    ungated += [m.span() for regex in (W.CONDITION_WORD, W.BODY_TROUBLE) for m in regex.finditer(folded)]
    size = len(folded)
    ungated += [(size - m.end(), size - m.start()) for m in W.SUFFIX_WORD.finditer(folded[::-1])]
    assert len(ungated) >= 19 and W.medical_words(folded) == ungated
    assert W.medical_words(normalize("a quiet afternoon, white favourite suite").folded) == []
