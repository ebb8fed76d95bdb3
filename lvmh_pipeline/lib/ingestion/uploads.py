"""Discovery of upload folders ``uploads/<YYYY-MM-DD>/*.csv`` and their file fingerprints."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class UploadScan:
    """Upload folders found under an uploads dir."""

    files_by_date: dict[str, list[Path]] = field(default_factory=dict)
    invalid_folders: list[str] = field(default_factory=list)  # names that are not ISO dates
    stray_files: list[str] = field(default_factory=list)  # files directly under uploads/

    @property
    def dates(self) -> list[str]:
        return sorted(self.files_by_date)


def is_iso_date(name: str) -> bool:
    """True for a real calendar date written ``YYYY-MM-DD``."""
    if len(name) != 10:
        return False
    try:
        return date.fromisoformat(name).isoformat() == name
    except ValueError:
        return False


def scan_uploads(uploads_dir: Path) -> UploadScan:
    """List date folders holding at least one ``*.csv``; report misnamed folders and files."""
    if not uploads_dir.is_dir():
        return UploadScan()
    files_by_date: dict[str, list[Path]] = {}
    invalid: list[str] = []
    stray: list[str] = []
    for entry in sorted(uploads_dir.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_file():
            stray.append(entry.name)
        elif not is_iso_date(entry.name):
            invalid.append(entry.name)
        else:
            csvs = csv_files(entry)
            if csvs:
                files_by_date[entry.name] = csvs
    return UploadScan(files_by_date, invalid, stray)


def csv_files(folder: Path) -> list[Path]:
    """The ``*.csv`` files of one upload folder, sorted by name."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".csv")


def file_fingerprint(path: Path) -> str:
    """Name, size and modification time of a file: changes when the file changes."""
    stat = path.stat()
    return f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}"


def folder_signature(files: list[Path]) -> str:
    """Stable digest of a set of files (absolute paths + fingerprints)."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(f"{path.resolve()}|{file_fingerprint(path)}\n".encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class UploadChanges:
    """What changed in the uploads dir since the last look (see :func:`diff_uploads`)."""

    changed: dict[str, list[Path]]  # upload date -> all its CSV files, when any is new or changed
    state: dict[str, str]  # "<date>/<file>" -> fingerprint, for every file seen now
    invalid_folders: list[str]
    stray_files: list[str]


def diff_uploads(uploads_dir: Path, previous: dict[str, str]) -> UploadChanges:
    """Upload dates with a new or modified CSV compared with ``previous`` file fingerprints.

    Removed files do not trigger anything: uploads are append-only and the pipeline never
    deletes data because an input disappeared.
    """
    scan = scan_uploads(uploads_dir)
    state: dict[str, str] = {}
    changed: dict[str, list[Path]] = {}
    for upload_date, files in scan.files_by_date.items():
        for path in files:
            key = f"{upload_date}/{path.name}"
            state[key] = file_fingerprint(path)
            if previous.get(key) != state[key]:
                changed[upload_date] = files
    return UploadChanges(changed, state, scan.invalid_folders, scan.stray_files)
