"""A kunya written in Latin letters, in a note of any language: "Um Faris called", "met Umm Salem",
"Abu Khalid", "Bou Saad". The child's name after the parent word is a name, known or not; the
parent word stays. Places named so ("Abu Dhabi", "Umm Suqeim", "Umm Al Quwain") are none.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify

__all__ = ["latin_kunya_names"]

_KUNYA = re.compile(
    r"(?<![A-Za-z])(?:Abu|Abou|Abo|Bou|Umm|Um|Oum|Om|Umm-|Um-|Abu-)[ \-]([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![A-Za-z])"
)
# Cities and districts named like a parent, and what follows "Abu" in a firm's name.
_PLACES = frozenset(
    """Dhabi Hail Hamour Suqeim Quwain Ramool Dhabi's Samra Kadra Sqeim Lahab Hasa Ghraib Kamal Nuwas
    Simbel Qir Hamra Salal Kabeer Fintas""".split()
)
_GATE = re.compile(r"(?<![A-Za-z])(?:Ab|Bo|Um|Ou|Om)")


def latin_kunya_names(text: str) -> list[PiiSpan]:
    """The child's name after a Latin-letter kunya (see the module)."""
    if not _GATE.search(text):
        return []
    return [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _KUNYA.finditer(text)
        if m.group(1) not in _PLACES and classify(m.group(1)) != COMMON  # not "Um Weihnachten" (German: at Christmas), "Um Mrs …"
    ]
