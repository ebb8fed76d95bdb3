"""Client ids that are personal data become keyed-hash pseudonyms, consistently."""

from __future__ import annotations

import csv
import stat

import pytest

from lvmh_pipeline.lib.privacy.identifiers import ClientIds, client_ids_for, looks_personal


@pytest.mark.parametrize(
    "value",
    ["marie.dupont@gmail.com", "+33 6 12 34 56 78", "0612345678", "FR76 3000 6000 0112 3456 7890 189",
     "4111 1111 1111 1111", "Marie Dupont", "Dupont", "DUPONT", "O'Brien", "Müller", "田中太郎", "Иван Орлов"],
)
def test_personal_ids(value):
    assert looks_personal(value)


@pytest.mark.parametrize("value", ["CA_001", "C-10293", "884213", "A", "VIP", "vip", "cust 12", "P-0123456789abcdef", ""])
def test_system_codes(value):
    assert not looks_personal(value)


def test_pseudonyms_are_keyed_stable_and_recorded_outside(tmp_path):
    ids = ClientIds(b"k1", "auto", tmp_path / "private" / "map.csv")
    out = ids.apply(["CA_001", "marie@x.fr", "marie@x.fr", "Marie Dupont"])
    assert out[0] == "CA_001" and out[1] == out[2] != "marie@x.fr" and out[1].startswith("P-")
    assert ClientIds(b"k2").pseudonym("marie@x.fr") != out[1]  # another key, another pseudonym
    with (tmp_path / "private" / "map.csv").open() as handle:
        rows = list(csv.reader(handle))
    assert rows == [["pseudonym", "original_id"], [out[1], "marie@x.fr"], [out[3], "Marie Dupont"]]
    assert stat.S_IMODE((tmp_path / "private" / "map.csv").stat().st_mode) == 0o600
    ids.apply(["marie@x.fr"])
    assert len(list(csv.reader((tmp_path / "private" / "map.csv").open()))) == 3  # recorded once


def test_an_original_id_that_reads_as_a_formula_is_recorded_as_text(tmp_path):
    ids = ClientIds(b"k1", "auto", tmp_path / "map.csv")
    pseudonym = ids.apply(["+44 7700 983 514"])[0]
    rows = list(csv.reader((tmp_path / "map.csv").open()))
    assert rows[1] == [pseudonym, "'+44 7700 983 514"]


def test_modes(tmp_path):
    assert ClientIds(b"k", "always").apply(["CA_001"])[0].startswith("P-")
    assert ClientIds(b"k", "never").apply(["marie@x.fr"]) == ["marie@x.fr"]
    with pytest.raises(ValueError, match="LVMH_PSEUDONYMIZE_IDS"):
        ClientIds(b"k", "sometimes")


def test_key_file_is_generated_once_in_the_private_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("LVMH_ID_KEY", raising=False)
    monkeypatch.setenv("LVMH_PRIVATE_DIR", str(tmp_path / "secret"))
    first = client_ids_for(tmp_path / "data").pseudonym("x@y.z")
    key = tmp_path / "secret" / "id.key"
    assert key.exists() and stat.S_IMODE(key.stat().st_mode) == 0o600
    assert client_ids_for(tmp_path / "data").pseudonym("x@y.z") == first
    monkeypatch.setenv("LVMH_ID_KEY", "from the environment")
    assert client_ids_for(tmp_path / "data").pseudonym("x@y.z") != first
