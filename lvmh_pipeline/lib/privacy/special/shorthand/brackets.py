"""A party written in a bracket after an officeholder, in the shorthand of a CRM line (POLITICS).

The lexicon reads a party word that fills a bracket after a person (``contexts.asides``: "Frau
[NAME] (Grüne)"). Three shorthands it cannot read as words:

- the United States' party letter, with the state after a hyphen or not, after an elected office
  and its holder's name: "Sen. [NAME] (D)", "Rep. [NAME] (R-OH)", "Gov. [NAME] (D-Calif.)" — a
  single letter is no party anywhere else ("Mr D. Kowalczyk", "Plan B (R)");
- the British party abbreviations or names after a seat: "Cllr [NAME] (Lab)", and with the seat they touch, bracket and all,
  "Former [MP (Con.)]", "[MSP (SNP)]", or with the ward or constituency the seat is for ("[Cllr for Leith Walk (Labour)]":
  the seat for a party is the engagement); a word that says the seat is held now joins it ("[sitting MP (Lab)]",
  "[incumbent Cllr (Con)]"), a past one stays readable ("Former");
- a party with the region it sits for glued after a hyphen: "Deputado [NAME] (PT-SP)", "(PSOL-RJ)":
  the span takes in the region, which is part of the affiliation as written; after a Brazilian
  office and its holder's name the bracket is the party even where the lexicon reads no party word
  in it ("Vereador [NAME] (PL-SC)").

Gated on one precompiled search for such a bracket: notes without one pay a substring test and that search.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["party_brackets"]

_NAME = r"(?:\[NAME\]|[A-ZÀ-Ý][\w'’\-]*\.?)"
_US_OFFICES = (r"Sen|Senator|State Senator|Rep|Representative|State Rep|Congressman|Congresswoman|Congressmember|Gov|"
               r"Governor|Lt\. Gov|Assemblyman|Assemblywoman|Assemblymember|Councilman|Councilwoman|Councilmember|"
               r"Mayor|Del|Delegate|Commissioner")
_US = re.compile(rf"(?<![\w.])(?:{_US_OFFICES})\.?\s+(?:{_NAME}\s+){{0,3}}?{_NAME}\s*\((?P<party>[DRI](?:-[A-Z]{{2}}|-[A-Z][a-z]+\.?)?)\)")
_UK_SEATS = r"MP|MEP|MSP|MLA|MS|AM|Cllr|Councillor|Councilor|Lord|Baroness|Peer"
_UK_PARTIES = (r"Con|Cons|Lab|LD|Lib Dem|SNP|Grn|Reform|Plaid|DUP|SDLP|SF|Alliance|Labour|Conservative|Conservatives|Tory|"
               r"Green|Greens|Lib Dems|Liberal Democrat|Liberal Democrats|Reform UK|Independent|Ind")
# the holder is a name, or the seat a councillor or a member sits for: "Cllr for Hackney Central (Labour)"
_UK = re.compile(rf"(?<![\w.])(?:(?P<now>(?i:sitting|incumbent|serving|current))\s+)?(?P<seat>{_UK_SEATS})\.?(?P<holder>(?:\s+{_NAME}){{0,3}}|(?P<ward>\s+for(?:\s+the)?(?:\s+[A-Z][\w'’\-]*){{1,4}}))"
                 rf"\s*\((?P<party>{_UK_PARTIES})\.?\)")
_BR_OFFICES = (r"Deputad[oa]|Deputad[oa] (?:Estadual|Federal|Distrital)|Dep|Senador|Senadora|Sen|Vereador|Vereadora|Ver|"
               r"Governador|Governadora|Gov|Prefeito|Prefeita")
_BR = re.compile(rf"(?<![\w.])(?:{_BR_OFFICES})\.?\s+(?:{_NAME}\s+){{0,3}}?{_NAME}\s*\((?P<party>[A-Z][A-Za-z]{{1,11}}-[A-Z]{{2}})\)")
_REGION = re.compile(r"-[A-Z]{2}(?=\s*\))")
_GATE = re.compile(rf"\((?:[DRI]|{_UK_PARTIES})\.?\)|-[A-Z][A-Za-z]*\.?\)")


def party_brackets(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with the bracketed parties of the module
    doc: new POLITICS spans, and a POLITICS span in a bracket taking the region glued after it."""
    if ")" not in text or _GATE.search(text) is None:
        return spans
    out = []
    for span in spans:
        region = _REGION.match(text, span.end) if span.kind == "POLITICS" else None
        if region is not None and text[:span.start].rstrip().endswith("("):
            span = PiiSpan(span.start, region.end(), span.kind)
        out.append(span)
    for pattern in (_US, _UK, _BR):
        for match in pattern.finditer(text):
            start, end = match.span("party")
            if "seat" in pattern.groupindex and (not match.group("holder") or match.group("ward")):
                # the seat and its party side by side, or with the ward it sits for: "MP (Con.)", "Cllr for Leith (Lab)"
                start, end = match.start("now" if match.group("now") else "seat"), match.end()
            inside = [s for s in out if s.start < end and start < s.end]
            if all(s.kind == "POLITICS" and start <= s.start and s.end <= end for s in inside):
                out = [s for s in out if s not in inside] + [PiiSpan(start, end, "POLITICS")]
    return sorted(out)
