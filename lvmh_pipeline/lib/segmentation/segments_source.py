"""Where the segment rules come from: ``<data dir>/segments.json`` when it exists (read-only),
else the default set shipped with the package (``default_segments.json`` beside this module)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from lvmh_pipeline.lib.segmentation.client_features import COLUMN_KINDS
from lvmh_pipeline.lib.segmentation.segment_rules import SegmentFile, parse_segments, read_segments_file

SEGMENTS_FILE = "segments.json"
DEFAULT_SEGMENTS = "default_segments.json"


@dataclass(frozen=True)
class RulesSource:
    """The rules file in use: its path (None for the shipped default), label and content hash."""

    path: Path | None
    label: str
    sha256: str

    @property
    def is_default(self) -> bool:
        return self.path is None


def _default_text() -> str:
    return resources.files("lvmh_pipeline.lib.segmentation").joinpath(DEFAULT_SEGMENTS).read_text(encoding="utf-8")


def rules_source(data_dir: Path) -> RulesSource:
    """The rules in effect for ``data_dir`` and their SHA-256 (the data version of the rules)."""
    path = Path(data_dir) / SEGMENTS_FILE
    if path.is_file():
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            digest = "unreadable"
        return RulesSource(path, str(path), digest)
    digest = hashlib.sha256(_default_text().encode("utf-8")).hexdigest()
    return RulesSource(None, f"shipped default ({DEFAULT_SEGMENTS})", "default-" + digest)


def load_rules(data_dir: Path) -> tuple[RulesSource, SegmentFile]:
    """The rules source and its parsed, checked segments (raises
    :class:`~lvmh_pipeline.lib.segmentation.segment_rules.SegmentsFileError` for a malformed file)."""
    source = rules_source(data_dir)
    if source.path is not None:
        return source, read_segments_file(source.path, COLUMN_KINDS)
    return source, parse_segments(_default_text(), source.label, COLUMN_KINDS)
