"""Input values quoted back in messages (rejection reasons, file errors) without personal data.

A rejection reason or an error message ends up in the warehouse, in Dagster metadata and logs and
on the terminal, so a cell is never echoed as it was read: a date cell holding an e-mail, a
headerless file whose "header" is a client's note, an amount holding a phone number. The value is
pseudonymized (names after titles, e-mails, phones, IBANs, cards, addresses), an identifier that
looks like personal data is not shown at all, and anything long is cut.
"""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.identifiers import looks_personal
from lvmh_pipeline.lib.privacy.pseudonymize import policy_from_env, pseudonymize

MAX_ECHO = 32
# names and contact identifiers only: a date or a header is no place for health data anyway
_IDENTIFIERS_ONLY = policy_from_env("identifiers-only")


def safe_echo(value: object, limit: int = MAX_ECHO, *, hide_identifiers: bool = True) -> str:
    """``value`` as it may be quoted in a message: pseudonymized, at most ``limit`` characters
    (cut with "…"); with ``hide_identifiers``, a value that as a whole looks like a person's name,
    e-mail, phone or IBAN (:func:`~lvmh_pipeline.lib.privacy.identifiers.looks_personal`) becomes
    ``[ID]`` (off for the names of a real header, where "Transcription" is a column name, not a
    surname). Control characters (a newline in a cell) are shown as spaces."""
    text = "" if value is None else str(value)
    text = "".join(ch if ch.isprintable() else " " for ch in text).strip()
    if not text:
        return text
    if hide_identifiers and looks_personal(text):
        return "[ID]"
    text = pseudonymize(text, policy=_IDENTIFIERS_ONLY).text
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

