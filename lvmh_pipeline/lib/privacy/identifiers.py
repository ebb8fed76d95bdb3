"""Pseudonymized identifiers: a client id that is personal data never reaches the warehouse.

Houses export client ids that are sometimes the client's e-mail, phone number, IBAN or name.
Such an id is replaced, wherever the pipeline reads it (notes, transactions, labels), by a
keyed hash — ``P-`` and 16 hex digits of HMAC-SHA256(key, id) — so the same client gets the
same pseudonym in every input and every run, and nobody without the key can compute it back.

Settings (environment variables, read when the pipeline reads its inputs):

| variable | meaning | default |
|---|---|---|
| ``LVMH_PSEUDONYMIZE_IDS`` | ``auto``: ids that look like personal data; ``always``: every id; ``never`` | ``auto`` |
| ``LVMH_ID_KEY`` | the secret key (any string) | read from the key file |
| ``LVMH_PRIVATE_DIR`` | folder of the key file ``id.key`` (generated on first use, mode 0600) and of the mapping ``client_id_map.csv`` (pseudonym → original id, for whoever is allowed to re-identify) | ``<data dir>/private`` |

The key and the mapping are never written to the warehouse, the outputs or the logs; keep the
private folder out of any repository (``data/`` is git-ignored) — or point ``LVMH_PRIVATE_DIR``
at a protected location.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from lvmh_pipeline.lib.privacy.contacts import find_cards, find_emails, find_ibans, find_phones

__all__ = ["ClientIds", "client_ids_for", "looks_personal"]

MODES = ("auto", "always", "never")
_PREFIX = "P-"
_PSEUDONYM = re.compile(r"^P-[0-9a-f]{16}$")
# A typical system id: letters then digits, or digits, with separators ("CA_001", "C-10293", "884213").
_CODE = re.compile(r"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9_\-./:#]*$")
_WORDS = re.compile(r"^[^\W\d_]+(?:[\s'’\-.][^\W\d_]+)*\.?$")


def looks_personal(value: str) -> bool:
    """Does this identifier look like personal data (an e-mail, a phone, an IBAN, a card, a
    person's name) rather than a system code?"""
    value = value.strip()
    if not value or _PSEUDONYM.match(value):
        return False
    if any(detect(value) for detect in (find_emails, find_ibans, find_cards, find_phones)):
        return True
    if _CODE.match(value):  # a system code (digits alone included: phones were caught above)
        return False
    # letters only, with spaces / hyphens / apostrophes: a name ("Marie Dupont", "O'Brien")
    if not _WORDS.match(value):
        return False
    if " " in value or not value.isascii():
        return True
    # one word: "Dupont" or "DUPONT" is a name, "A", "VIP" or "vip" a code
    return value.istitle() and len(value) >= 2 or value.isupper() and len(value) >= 4


class ClientIds:
    """Pseudonymizes identifiers with a keyed hash and records the mapping outside the warehouse."""

    def __init__(self, key: bytes, mode: str = "auto", mapping_path: Path | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"LVMH_PSEUDONYMIZE_IDS must be one of {', '.join(MODES)}, got {mode!r}")
        self._key = key
        self.mode = mode
        self.mapping_path = mapping_path
        self._known: set[str] = set()

    def pseudonym(self, value: str) -> str:
        """The keyed-hash pseudonym of ``value`` (whatever the mode)."""
        digest = hmac.new(self._key, value.strip().encode("utf-8"), hashlib.sha256).hexdigest()
        return _PREFIX + digest[:16]

    def needs(self, value: str) -> bool:
        """Is ``value`` replaced under this mode?"""
        if self.mode == "never" or not value.strip() or _PSEUDONYM.match(value.strip()):
            return False
        return self.mode == "always" or looks_personal(value)

    def apply(self, values: Iterable[str]) -> list[str]:
        """``values`` with every identifier that needs it replaced; the new pairs are appended
        to the mapping file."""
        out, new = [], []
        decided: dict[str, str] = {}  # each distinct value is looked at once (ids repeat: a client's orders)
        for value in values:
            text = "" if value is None else str(value)
            result = decided.get(text)
            if result is None:
                result = text
                if self.needs(text):
                    result = self.pseudonym(text)
                    if result not in self._known:
                        self._known.add(result)
                        new.append((result, text.strip()))
                decided[text] = result
            out.append(result)
        if new and self.mapping_path is not None:
            self._record(new)
        return out

    def _record(self, pairs: list[tuple[str, str]]) -> None:
        path = self.mapping_path
        path.parent.mkdir(parents=True, exist_ok=True)
        seen = set()
        if path.exists():
            with path.open(encoding="utf-8", newline="") as handle:
                seen = {row[0] for row in csv.reader(handle) if row}
        fresh = [pair for pair in pairs if pair[0] not in seen]
        if not fresh:
            return
        new_file = not path.exists()
        with path.open("a", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            if new_file:
                writer.writerow(["pseudonym", "original_id"])
            # an original id such as "+44 7700 …" must not run as a formula where the file is opened
            writer.writerows((pseudonym, _neutral(original)) for pseudonym, original in fresh)
        os.chmod(path, 0o600)


def _neutral(value: str) -> str:
    """The OWASP CSV-injection rule of :mod:`lvmh_pipeline.lib.outputs.csv_export`: a cell that
    starts like a formula gets a leading apostrophe (spreadsheets show it as text)."""
    from lvmh_pipeline.lib.outputs.csv_export import FORMULA_PREFIXES

    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def _private_dir(data_dir: Path) -> Path:
    value = os.environ.get("LVMH_PRIVATE_DIR")
    return Path(value).expanduser() if value else Path(data_dir) / "private"


def _key(private: Path) -> bytes:
    from_env = os.environ.get("LVMH_ID_KEY")
    if from_env:
        return from_env.encode("utf-8")
    path = private / "id.key"
    if not path.exists():
        private.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip().encode("utf-8")


def client_ids_for(data_dir: Path | str) -> ClientIds:
    """The pseudonymizer of the inputs of ``data_dir`` under the current settings."""
    mode = os.environ.get("LVMH_PSEUDONYMIZE_IDS", "auto").strip().lower() or "auto"
    private = _private_dir(Path(data_dir))
    return _cached(str(private), mode, os.environ.get("LVMH_ID_KEY", ""))


@lru_cache(maxsize=8)
def _cached(private: str, mode: str, _key_from_env: str) -> ClientIds:
    folder = Path(private)
    key = _key(folder) if mode != "never" else b""
    return ClientIds(key, mode, folder / "client_id_map.csv")
