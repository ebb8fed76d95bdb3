import pytest

from lvmh_pipeline.lib.ingestion.csv_reader import (
    NotesFileError,
    ends_inside_quotes,
    iter_records,
    read_raw_table,
    sniff_delimiter,
)
from lvmh_pipeline.lib.ingestion.decoding import decode_bytes, looks_binary


def test_decode_utf8_bom_utf16_cp1252_latin1():
    assert decode_bytes("é".encode()) == ("é", "utf-8")
    assert decode_bytes(b"\xef\xbb\xbfID") == ("ID", "utf-8-sig")
    assert decode_bytes("ID;é".encode("utf-16")) == ("ID;é", "utf-16")
    assert decode_bytes("Hélène – 5€".encode("cp1252")) == ("Hélène – 5€", "cp1252")
    assert decode_bytes(b"caf\xe9 \x81") == ("café \x81", "latin-1")


def test_looks_binary():
    assert looks_binary(b"PK\x03\x04\x00\x00", "PK\x03\x04\x00\x00")
    assert not looks_binary(b"ID,Date\n1,2\n", "ID,Date\n1,2\n")
    garbage = bytes(range(1, 32)) * 20
    assert looks_binary(garbage, garbage.decode("latin-1"))


@pytest.mark.parametrize(
    ("line", "delimiter"),
    [("ID,Date,Text", ","), ("ID;Date;Text", ";"), ("ID\tDate\tText", "\t"),
     ('"a;b",c,d', ","), ("single", ",")],
)
def test_sniff_delimiter(line, delimiter):
    assert sniff_delimiter(line) == delimiter


def test_iter_records_reports_physical_start_lines():
    text = 'h1,h2\n1,"two\nlines"\n\n2,x\r\n3,"a\r\nb\r\nc"\n4,y'
    assert list(iter_records(text, ",")) == [
        (1, ["h1", "h2"]), (2, ["1", "two\nlines"]), (5, ["2", "x"]), (6, ["3", "a\r\nb\r\nc"]),
        (9, ["4", "y"]),
    ]


def test_ends_inside_quotes():
    assert ends_inside_quotes('1,"x\n2,y\n', ",")
    assert not ends_inside_quotes('1,"x""y"\n', ",")
    assert not ends_inside_quotes('1,5" screen\n', ",")


def test_read_raw_table(tmp_path):
    path = tmp_path / "n.csv"
    path.write_bytes("\n\ufeffID;Note\nA;é\n".encode("utf-8"))
    table = read_raw_table(path)
    assert table.header == ["ID", "Note"]
    assert table.header_line == 2
    assert table.records == [(3, ["A", "é"])]
    assert table.delimiter == ";"
    assert table.unterminated_line is None


def test_read_raw_table_flags_an_unterminated_quote(tmp_path):
    path = tmp_path / "n.csv"
    path.write_text('ID,Note\nA,ok\nB,"never closed\nC,lost\n', encoding="utf-8")
    assert read_raw_table(path).unterminated_line == 3


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "file is empty"), (b"  \n\n", "file is empty"),
     (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary")],
)
def test_unreadable_files(tmp_path, content, problem):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(NotesFileError, match=problem) as err:
        read_raw_table(path)
    assert "bad.csv" in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(NotesFileError, match="cannot open"):
        read_raw_table(tmp_path / "nope.csv")
