"""Discovery of upload folders ``uploads/<YYYY-MM-DD>/*.csv`` and their file fingerprints.

Only real files directly inside ``uploads/<date>/`` whose name ends in ``.csv`` (any case) are
read. Everything else found there is reported, never silently ignored and never followed: other
extensions, nested folders, and symbolic links (a link could point anywhere on the machine,
``/etc/passwd`` included, so links are refused whatever they point to). An empty ``.csv`` (0
bytes, or only blank lines or a byte-order mark) is reported and skipped: it holds no rows, and a
half-finished export must not fail the other files of its upload.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lvmh_pipeline.lib.ingestion.decoding import is_blank_file

EMPTY_FILE = "empty file (no header, no rows): skipped"


@dataclass(frozen=True)
class UploadScan:
    """Upload folders found under an uploads dir."""

    files_by_date: dict[str, list[Path]] = field(default_factory=dict)
    invalid_folders: list[str] = field(default_factory=list)  # names that are not ISO dates
    stray_files: list[str] = field(default_factory=list)  # files directly under uploads/
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path under uploads/, why not read)

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
    skipped: list[tuple[str, str]] = []
    for entry in sorted(uploads_dir.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_symlink():
            skipped.append((entry.name, "symbolic link: refused (uploads are read only from real files)"))
        elif entry.is_file():
            stray.append(entry.name)
        elif not is_iso_date(entry.name):
            invalid.append(entry.name)
        else:
            csvs = csv_files(entry)
            skipped += [(f"{entry.name}/{name}", why) for name, why in skipped_entries(entry)]
            if csvs:
                files_by_date[entry.name] = csvs
    return UploadScan(files_by_date, invalid, stray, skipped)


def _readable_csv(path: Path) -> bool:
    return path.suffix.lower() == ".csv" and not path.is_symlink() and path.is_file()


def csv_files(folder: Path) -> list[Path]:
    """The ``*.csv`` files (any case) of one upload folder that are real files, sorted by name."""
    if folder.is_symlink() or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if _readable_csv(p))


def skipped_entries(folder: Path) -> list[tuple[str, str]]:
    """(name, reason) of everything in an upload folder that is not read."""
    if folder.is_symlink():
        return [(".", "the upload folder is a symbolic link: refused")]
    found = []
    for path in sorted(folder.iterdir()):
        if path.is_symlink():
            found.append((path.name, "symbolic link: refused (uploads are read only from real files)"))
        elif path.is_dir():
            found.append((path.name + "/", "nested folder: not read (put the CSV files directly in the date folder)"))
        elif not _readable_csv(path):
            found.append((path.name, f"not a .csv file ({path.suffix or 'no extension'}): not read"))
        elif is_blank_file(path):
            found.append((path.name, EMPTY_FILE))
    return found


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
    skipped: list[tuple[str, str]] = field(default_factory=list)


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
    return UploadChanges(changed, state, scan.invalid_folders, scan.stray_files, scan.skipped)
