"""Parts of an address written after the street, and street forms of the Americas: a unit after
the street ("…, bureau 900", "…, Apto 502", "…, Suite 1200") and the Colombian grid ("Calle 93
#11-26, Apto 502, Bogotá", "Carrera 7 # 71-21": the street, its number, "#", the crossing street and
the distance), taken with the city that follows.

Pieces of the patterns of :mod:`.streets`, which takes the unit after a French street; the grid
addresses are found here (:func:`find_grid_addresses`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["FR_UNIT", "find_grid_addresses"]

_UP = "A-ZÀ-ÖØ-Þ"
# ", bureau 900", ", app. 12", ", suite 1200" after a French (or Quebec) street
FR_UNIT = r"(?:,\s(?i:bureau|appartement|app\.|apt\.?|suite|porte|local|unité|bât\.?|bâtiment)\s?[0-9]{1,5}[A-Za-z]?)?"
_UNIT = r"(?:,?\s(?i:apto\.?|apartamento|apt\.?|piso|depto\.?|dpto\.?|oficina|of\.|interior|int\.|torre|casa|local)\s?[0-9]{1,5}[A-Za-z]?)*"
_CITY = rf"(?:,\s[{_UP}][\w'’\-]+(?:\s[{_UP}][\w'’\-]+)?(?:\s?D\.?C\.?)?)?"
_GRID = re.compile(
    r"(?<![\w])(?:Calle|Cl\.|Carrera|Cra\.|Kr\.|Avenida Calle|Avenida Carrera|Av\.|Avenida|Transversal|Diagonal|Tv\.|Dg\.)"
    r"\s[0-9]{1,3}[A-Za-z]?(?:\s?(?:Bis|Sur|Norte|Este|Oeste))?\s?(?:#|No\.?|N°|Nº)\s?[0-9]{1,3}[A-Za-z]?\s?-\s?[0-9]{1,3}"
    rf"{_UNIT}{_CITY}"
)


def find_grid_addresses(text: str) -> list[PiiSpan]:
    """Colombian grid addresses with their unit and city (see the module)."""
    if "#" not in text and "No" not in text and "N°" not in text and "Nº" not in text:
        return []
    return [PiiSpan(m.start(), m.end(), "ADDRESS") for m in _GRID.finditer(text)]
