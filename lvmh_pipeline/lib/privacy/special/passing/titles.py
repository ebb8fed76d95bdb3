"""Clergy titles and roles said in passing (RELIGION).

- A clergy title written as a form of address before the client's name, where it opens the note or
  a line ("Client: Rabbi [NAME] –", "Pe. [NAME] – …", "Pastorin [NAME]:") states the client's faith as
  the office does: the title is the span, the name stays its own [NAME] token. A title of someone the
  note only mentions ("referred by Father [NAME]", "came with Reverend [NAME]") stays readable, as the
  development writers leave it. Capitalised titles only, before a [NAME] token or
  a capitalised word; titles with another sense ("Father Christmas", "Institut Pasteur", "Cantor
  Fitzgerald"; "Don", a Spanish courtesy title, not at all) only before a [NAME] token, and never before a saint's name
  ("Padre Pio", a devotion the lexicon reads).
- A congregation's or a synagogue's cantor, deacon or elder ("the congregation's cantor", "cantor at
  the synagogue") is a role in a faith community: the role with its community is the span.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan, add_free

__all__ = ["clergy_titles"]

# titles read before any capitalised name, and titles with another sense ("Cantor Fitzgerald", "Institut
# Pasteur", "Frei Haus", "Father Christmas") read before a [NAME] token only
_TITLES = r"Rabbi|Rabbin|Rabbiner|Rabbinerin|Rabino|Rabbino|Pastorin|Pfarrerin|Pfarrer|Reverend|Revd\.?|Rev\.|Pe\.|Imam"
_BEFORE_NAME_TITLES = r"Pastora?|Pasteure?|Cantor|Kantor|Diakon|Diakonin|Deacon|Abbé|Frei|Fray|Monsignor|Mons\.|Padre|Father"
_TITLE = re.compile(rf"(?<![\w.])(?:(?P<t>{_TITLES})(?=[ \t]+(?:\[NAME\]|[A-ZÀ-Ý][a-zà-ÿ]+\b))"
                    rf"|(?P<p>{_BEFORE_NAME_TITLES})(?=[ \t]+\[NAME\]))")
# the client's own heading: the title opens the note or a line, maybe after a "Client:" label
_HEAD = re.compile(r"(?:^|\n)[ \t\-–•*]*(?:(?:client|cliente|clienta|kunde|kundin|klant|klantin|клиент|клиентка)[ \t]*:[ \t]*)?$",
                   re.IGNORECASE)
_SAINTS = re.compile(r"[ \t]+(?:Pio|Cícero|Cicero|Francesco|Francisco)\b")
# a cantor, deacon or elder of a congregation, a synagogue, a parish ("the congregation's cantor")
_COMMUNITY_ROLE = re.compile(
    r"(?<!\w)(?:congregation|synagogue|temple|parish|church|shul)['’]s[ \t]+"
    r"(?:cantor|hazzan|chazzan|deacon|elder|rabbi|pastor|priest|vicar|imam)(?!\w)"
    r"|(?<!\w)(?:cantor|hazzan|chazzan)[ \t]+(?:at|of)[ \t]+(?:the|their|his|her)[ \t]+(?:synagogue|congregation|shul|temple)(?!\w)",
    re.IGNORECASE)
_GATE = re.compile(r"Rabbi|Rabin|Rabbin|Pastor|Pfarrer|Rev|Pe\.|Imam|Cantor|Kantor|Diakon|Deacon|Pope|Pasteur|Abbé|Frei|"
                   r"Fray|Mons|Padre|Father|cantor|hazzan|chazzan|['’]s", re.IGNORECASE)


def clergy_titles(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each clergy title before a name and each role in a
    faith community as a RELIGION span (see the module doc); one overlapping a span already found
    stays out."""
    if not isinstance(text, str) or not _GATE.search(text):
        return spans
    new = [PiiSpan(m.start(), m.end(), "RELIGION") for m in _TITLE.finditer(text)
           if not _SAINTS.match(text, m.end()) and _HEAD.search(text, max(0, m.start() - 24), m.start())]
    new += [PiiSpan(m.start(), m.end(), "RELIGION") for m in _COMMUNITY_ROLE.finditer(text)]
    if not new:
        return spans
    return add_free(spans, new)
