"""The format registry: every format read whole equals it read in chunks; unknown formats are
refused with the registry's message; a registered format is readable everywhere tables are."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mitramatch import load_directory
from mitramatch.exceptions import InputError, SchemaError
from mitramatch.io import (
    ROW_COLUMN,
    Format,
    Grid,
    ReadContext,
    format_for,
    header_names,
    read_document,
    read_table,
    read_table_chunks,
    register_format,
    registered_formats,
    supported_suffixes,
    unregister_format,
)

ROWS = [
    ["P01", "LKP Citra Busana", "masyarakat", "instruktur menjahit", "08123"],
    ["P02", "BLK Palembang", "pemerintah", "", "-3,5"],
    ["", "", "", "", ""],  # an inner empty row: noted, dropped
    ["P03", "  PT Nestlé  ", "swasta", "dana CSR", "Rp 50.000.000"],
    ["P04", "Yayasan Maju", "masyarakat", "tutor, relawan", ""],
    ["P05", "Toko Kain", "swasta", "", "1.250,5"],
]
HEADER = ["partner_id", "name", "sector", "offers_tenaga", "catatan"]


def _frame() -> pd.DataFrame:
    return pd.DataFrame(ROWS, columns=HEADER)


def _csv(path: Path) -> None:
    _frame().to_csv(path, index=False, sep=";")


def _tsv(path: Path) -> None:
    _frame().to_csv(path, index=False, sep="\t")


def _xlsx(path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append([v or None for v in row])
    book.save(path)


def _parquet(path: Path) -> None:
    pytest.importorskip("pyarrow")
    _frame().replace("", None).to_parquet(path)


WRITERS = {".csv": _csv, ".tsv": _tsv, ".xlsx": _xlsx, ".parquet": _parquet}


def test_every_built_in_format_has_a_case_here():
    assert {f.name for f in registered_formats()} == {"text", "excel", "parquet"}
    assert {format_for(f"x{s}").name for s in WRITERS} == {"text", "excel", "parquet"}


@pytest.mark.parametrize("suffix", list(WRITERS))
@pytest.mark.parametrize("chunksize", [1, 2, 3, 100])
def test_whole_read_equals_the_chunks_concatenated(tmp_path, suffix, chunksize):
    path = tmp_path / f"mitra{suffix}"
    WRITERS[suffix](path)
    whole, whole_notes = read_table(path)
    chunks, notes = read_table_chunks(path, chunksize=chunksize)
    pieces = list(chunks)
    assert all(0 < len(p) <= chunksize for p in pieces)
    joined = pd.concat(pieces, ignore_index=True)
    pd.testing.assert_frame_equal(joined, whole)
    assert notes == whole_notes
    assert whole["name"].tolist() == [
        "LKP Citra Busana", "BLK Palembang", "PT Nestlé", "Yayasan Maju", "Toko Kain",
    ]  # fmt: skip
    if suffix != ".parquet":  # Parquet has no empty rows to drop: its empty row is a record
        assert whole[ROW_COLUMN].tolist() == [2, 3, 5, 6, 7]


@pytest.mark.parametrize(
    ("reader", "name"),
    [
        (lambda p: read_table(p), "mitra.docx"),
        (lambda p: read_table_chunks(p, chunksize=10), "mitra.docx"),
        (lambda p: load_directory(p), "mitra.ods"),
    ],
)
def test_unknown_format_gives_the_registry_message(tmp_path, reader, name):
    path = tmp_path / name
    path.write_text("partner_id,name,sector\nP1,a,swasta\n", encoding="utf-8")
    expected = ", ".join(supported_suffixes())
    with pytest.raises(InputError, match=rf"cannot read the partner directory from a '\.\w+' "
                       rf"file; expected one of {expected}"):  # fmt: skip
        reader(path)


def test_unknown_document_format_is_refused(tmp_path):
    path = tmp_path / "needs.yaml"
    path.write_text("needs: {}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"unsupported needs profile format '\.yaml'; "
                       r"expected \.toml or \.json"):  # fmt: skip
        read_document(path)


def _read_jsonl(context: ReadContext) -> Iterator[Grid]:
    """A toy format: one JSON object a line, keys as the header."""
    records = [json.loads(line) for line in context.path.read_text("utf-8").splitlines() if line]
    header = list(dict.fromkeys(k for r in records for k in r))
    cells = pd.DataFrame([[r.get(k) for k in header] for r in records], dtype=object)
    size = context.chunksize or len(cells)
    for start in range(0, len(cells), size):
        piece = cells.iloc[start : start + size].reset_index(drop=True)
        yield Grid(piece, np.arange(start + 2, start + 2 + len(piece)), header)


@pytest.fixture
def jsonl():
    fmt = register_format(Format("jsonl", (".jsonl",), _read_jsonl))
    yield fmt
    unregister_format("jsonl")


def test_a_registered_format_is_readable_by_load_directory(tmp_path, jsonl):
    path = tmp_path / "mitra.jsonl"
    lines = [
        {"ID": "P1", "Nama Lembaga": "LKP Maju", "Sektor": "Masyarakat", "Kapasitas Dana": "5 jt"},
        {"ID": "P2", "Nama Lembaga": "BLK Lahat", "Sektor": "pemerintah"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    assert ".jsonl" in supported_suffixes()
    directory = load_directory(path)
    assert directory["partner_id"].tolist() == ["P1", "P2"]
    assert directory["sector"].tolist() == ["masyarakat", "pemerintah"]
    assert directory.at[0, "capacity_dana"] == 5_000_000
    chunks, _ = read_table_chunks(path, chunksize=1)
    assert [c[ROW_COLUMN].tolist() for c in chunks] == [[2], [3]]
    # Messages come from the shared pipeline too.
    path.write_text('{"partner_id": "P1", "name": "x", "sector": "swsta"}\n', encoding="utf-8")
    with pytest.raises(SchemaError, match=r"mitra\.jsonl: column sector: unknown value at row 2"):
        load_directory(path)


def test_after_unregistering_the_format_is_refused(tmp_path):
    register_format(Format("jsonl", (".jsonl",), _read_jsonl))
    unregister_format("jsonl")
    path = tmp_path / "m.jsonl"
    path.write_text("{}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"from a '\.jsonl' file"):
        read_table(path)


def test_a_suffix_belongs_to_one_format_unless_replaced():
    text = format_for("x.csv")
    with pytest.raises(ValueError, match=r"'\.csv' is already read by the 'text' format"):
        register_format(Format("other", (".csv",), _read_jsonl))
    try:
        register_format(Format("other", (".csv",), _read_jsonl), replace=True)
        assert format_for("x.csv").name == "other"
        assert ".csv" not in next(f for f in registered_formats() if f.name == "text").suffixes
    finally:
        unregister_format("other")
        register_format(text, replace=True)
    assert format_for("x.csv") is text
    assert supported_suffixes()[:4] == (".csv", ".tsv", ".tab", ".txt")


def test_dask_csv_partitions_give_read_table_cells(tmp_path):
    pytest.importorskip("dask.dataframe")
    path = tmp_path / "mitra.csv"
    path.write_text(
        "sep=;\nDAFTAR MITRA\n\npartner_id;name;;sector\n"
        "P1; LKP Maju ;;masyarakat\n\n;;;\nP2;BLK;;pemerintah\nSumber: Dinas;;;\n",
        encoding="cp1252",
    )
    fmt = format_for(path)
    context = ReadContext(path, "partner directory", known=header_names("directory"))
    frame, first_row = fmt.partitions(str(path), context)
    got = pd.concat([p.compute() for p in frame.to_delayed()], ignore_index=True)
    expected, _ = read_table(path)
    expected = expected.drop(columns=ROW_COLUMN)
    assert got.columns.tolist() == expected.columns.tolist()
    assert got.astype(object).values.tolist() == expected.astype(object).values.tolist()
    assert first_row == 5  # below the header, found below the title
