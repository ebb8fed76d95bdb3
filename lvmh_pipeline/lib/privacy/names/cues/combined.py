"""All names announced by a cue word in alphabetic scripts."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues.clergy import clergy_names
from lvmh_pipeline.lib.privacy.names.cues.families import (
    _family_after,
    _family_with_given,
    _seu_names,
)
from lvmh_pipeline.lib.privacy.names.cues.nobles import noble_names
from lvmh_pipeline.lib.privacy.names.cues.roles import _role_names
from lvmh_pipeline.lib.privacy.names.cues.titles import _cued, title_names


def cue_names(text: str) -> list[PiiSpan]:
    """Names after titles, phrases, couple and client words and labels."""
    spans = title_names(text) + _cued(text) + _family_after(text) + _role_names(text) + clergy_names(text)
    spans += noble_names(text)  # "Hrn. Baron v. Stein": the family name after the noble title and the particle
    if "(" in text or "（" in text:
        spans += _family_with_given(text)
    if "seu" in text or "Seu" in text or "sô" in text or "Sô" in text or "seo" in text:
        spans += _seu_names(text)
    return spans
