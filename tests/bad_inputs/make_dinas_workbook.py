"""Write ``dinas_mitra_pkw.xlsx`` and ``dinas_mitra_pkw.csv``: a partner list as a dinas keeps it.

The workbook has an instructions sheet first, a hidden old copy of the list, and the list itself:
two title rows and a blank row above the header, Kab/Kota cells merged over the partners of one
regency, a JUMLAH totals row, a "Sumber:" and a "Keterangan:" footer, and neither an id nor a
sector column. The CSV is the same sheet saved by Excel in an Indonesian locale ("CSV UTF-8",
``;`` between fields): every row padded to the sheet's width, a merged cell's value in its first
row only.

Run from anywhere: ``python tests/bad_inputs/make_dinas_workbook.py`` (needs openpyxl).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
TITLE = "DAFTAR CALON MITRA PROGRAM PENDIDIKAN KECAKAPAN WIRAUSAHA (PKW)"
SUBTITLE = "DINAS PENDIDIKAN KABUPATEN OGAN KOMERING ULU - TAHUN 2024"
HEADER = [
    "No", "Nama Lembaga", "Jenis", "Kab/Kota", "Alamat", "Tawaran Tenaga", "Tawaran Sarana",
    "Tawaran Program", "Kapasitas Dana", "Aktif",
]  # fmt: skip
OKU, PALEMBANG = "Kab. Ogan Komering Ulu", "Kota Palembang"
ROWS = [
    [1, "LKP Citra Busana Baturaja", "LKP", OKU, "Jl. Dr. Moh. Hatta No. 12",
     "instruktur menjahit dan tata busana", "mesin jahit 10 unit dan mesin obras",
     "kursus menjahit berbasis kompetensi", None, "ya"],
    [2, "UPTD BLK Kabupaten OKU", "BLK", OKU, "Jl. Garuda Baturaja",
     "instruktur menjahit bersertifikat", "ruang praktik menjahit",
     "pelatihan berbasis kompetensi", 150_000_000, "ya"],
    [3, "Yayasan Peduli Pendidikan Ulu Ogan", "Yayasan", OKU, "Baturaja Timur", None, None,
     "beasiswa kursus keterampilan", 50_000_000, "ya"],
    [4, "Toko Kain Nusa Indah", "DUDI", OKU, "Pasar Baru Baturaja", None,
     "kain dan benang dengan harga grosir", None, None, "ya"],
    [5, "PT Sinar Surya Motor", "DUDI", PALEMBANG, "Jl. Jend. Sudirman",
     "mekanik sepeda motor", "bengkel praktik", "magang di bengkel resmi", "Rp 25.000.000",
     "ya"],
    [6, "Dinas Koperasi dan UKM Kota Palembang", "Dinas", PALEMBANG, "Jl. Merdeka",
     "pendamping usaha mikro", None, "pelatihan kewirausahaan", "100 juta", "ya"],
    [7, "PKBM Cahaya Ilmu Palembang", "PKBM", PALEMBANG, "Plaju", "tutor kesetaraan",
     "ruang belajar", None, None, "tidak"],
    [8, "Bengkel Las Karya Baja", "DUDI", PALEMBANG, "Kertapati", "tukang las berpengalaman",
     "bengkel las", "magang las", None, "ya"],
]  # fmt: skip
TOTAL = ["JUMLAH", None, None, None, None, None, None, None, 325_000_000, None]
FOOTER = [
    "Sumber: Dinas Pendidikan Kabupaten Ogan Komering Ulu, 2024",
    "Keterangan: kapasitas dana dalam rupiah per tahun",
]
WIDTH = len(HEADER)
MERGED_KAB_KOTA = [(5, 8), (9, 12)]  # sheet rows of each regency's partners


def workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    guide = book.active
    guide.title = "Petunjuk"
    for row, text in enumerate(
        [
            "PETUNJUK PENGISIAN",
            None,
            "1. Isi satu baris untuk setiap lembaga calon mitra.",
            "2. Kolom Kab/Kota boleh digabung (merge) untuk lembaga di kabupaten yang sama.",
            "3. Jangan mengubah judul kolom pada lembar Data Mitra 2024.",
        ],
        start=1,
    ):
        guide.cell(row=row, column=1, value=text)

    old = book.create_sheet("Data 2022")
    old.sheet_state = "hidden"
    old.append(HEADER)
    old.append([1, "LKP LAMA YANG SUDAH TUTUP", "LKP", OKU, None, "instruktur menjahit",
                None, None, None, "ya"])  # fmt: skip

    sheet = book.create_sheet("Data Mitra 2024")
    sheet.cell(row=1, column=1, value=TITLE)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=WIDTH)
    sheet.cell(row=2, column=1, value=SUBTITLE)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=WIDTH)
    for column, name in enumerate(HEADER, start=1):
        sheet.cell(row=4, column=column, value=name)
    for offset, record in enumerate(ROWS):
        for column, value in enumerate(record, start=1):
            if column == 4 and any(first < 5 + offset <= last for first, last in MERGED_KAB_KOTA):
                continue  # below the top of a merged Kab/Kota cell: empty, as Excel keeps it
            sheet.cell(row=5 + offset, column=column, value=value)
    for first, last in MERGED_KAB_KOTA:
        sheet.merge_cells(start_row=first, start_column=4, end_row=last, end_column=4)
    total_row = 5 + len(ROWS)
    for column, value in enumerate(TOTAL, start=1):
        sheet.cell(row=total_row, column=column, value=value)
    sheet.merge_cells(start_row=total_row, start_column=1, end_row=total_row, end_column=8)
    for offset, text in enumerate(FOOTER):
        row = total_row + 2 + offset
        sheet.cell(row=row, column=1, value=text)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=WIDTH)
    book.active = 2  # Excel opens on the list
    book.save(path)


def as_excel_csv(path: Path) -> None:
    """The list as Excel writes "CSV UTF-8" with ';': a BOM, padded rows, CRLF."""
    merged_below = {(r, 4) for first, last in MERGED_KAB_KOTA for r in range(first + 1, last + 1)}
    lines: list[list[object]] = [[TITLE], [SUBTITLE], [], HEADER]
    for offset, record in enumerate(ROWS):
        lines.append(
            [None if (5 + offset, c) in merged_below else v for c, v in enumerate(record, 1)]
        )
    lines += [TOTAL, [], *([text] for text in FOOTER)]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for line in lines:
        writer.writerow([*("" if v is None else v for v in line), *[""] * (WIDTH - len(line))])
    path.write_bytes(out.getvalue().encode("utf-8-sig"))


if __name__ == "__main__":
    workbook(HERE / "dinas_mitra_pkw.xlsx")
    as_excel_csv(HERE / "dinas_mitra_pkw.csv")
