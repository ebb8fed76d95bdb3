"""The firm where the person named holds a post: "M. Lefèvre, PDG Maison Delorme SA", "Mr Hale, CEO of
Bakker Holding", "Herr Weber, Geschäftsführer der Krüger GmbH".

A post word right before a firm's name (a firm word before it or a legal form after it) says the
firm employs the person: its name is the firm's, no client's family name (the client's own family
firm, "Azienda Ricci Srl, referente Paola", has no post before it and stays redacted by
:mod:`..positions.firms`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER

__all__ = ["POST_BEFORE", "employer_spans"]

_POST = (
    r"(?<![\w])(?i:PDG|P\.-?D\.?G\.?|CEO|COO|CFO|CTO|DG|directeur|directrice|director|directora|diretor|diretora"
    r"|direttore|direttrice|président|présidente|president|presidente|chairman|chairwoman|gérant|gérante"
    r"|geschäftsführer|geschäftsführerin|vorstand|vorständin|vorstandsvorsitzender|bestuurder|amministratore delegato"
    r"|managing director|head)(?:[ \t]+(?i:général|générale|general|generale|executive))?"
    r"[ \t]*[,:]?[ \t]*(?:(?i:de|du|des|of|der|von|bei|at|chez|di|del|della|da|do|van|bij|en)[ \t]+)?"
    r"(?:(?i:la|le|l['’]|the|die|het|de)[ \t]*)?"
)
POST_BEFORE = re.compile(_POST + "$")
_POST_RE = re.compile(_POST)
_CAP = rf"[{UPPER}][{LETTER}'’\-]+"
_LEGAL = (
    r"(?:S\.?r\.?l\.?|S\.?p\.?A\.?|GmbH|AG|KG|B\.?V\.?|N\.?V\.?|S\.?A\.?S?|SARL|S\.?L\.?|Lda\.?|Ltda\.?|Ltd\.?|LLC|Inc\.?"
    r"|PLC|plc|Holding|Group|Gruppe|Groep|Gruppo|Grupo)"
)
_FIRM_WORDS = r"(?:Maison|Société|Groupe|Firma|Azienda|Empresa|Bedrijf|Studio|Atelier|Kanzlei|Cabinet|Bodegas|Domaine|Weingut)"
_FIRM = re.compile(rf"(?:{_FIRM_WORDS}[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?:[ \t]+{_LEGAL})?(?![{LETTER}])")
_GATE = re.compile(r"(?i:PDG|CEO|COO|CFO|CTO|DG|direct|diret|présid|presid|chair|gérant|geschäftsf|vorstand|bestuurder|amministratore|managing|head)")


def employer_spans(text: str) -> list[tuple[int, int]]:
    """The names of firms right after a post word, with a firm word before or a legal form after."""
    if not _GATE.search(text):
        return []
    out = []
    for post in _POST_RE.finditer(text):
        m = _FIRM.match(text, post.end())
        if m and (re.match(_FIRM_WORDS, m.group()) or re.search(rf"[ \t]{_LEGAL}$", m.group())):
            out.append((m.start(), m.end()))
    return out
