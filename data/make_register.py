"""Write data/register_oku.csv: a fictional register of past partnerships of the ten organisations
in organisations_oku.csv with partners of partners_oku.csv.

    .venv/bin/python data/make_register.py

How it was made: for each organisation, mitramatch scores every partner; the organisation chose
7 partners by a hidden utility (need fit 0.45, proximity 0.30, track record 0.15, vision and
reciprocity 0.05 each, plus random noise) and rated each partnership by that utility, with noise.
Dates are spread over 2021-2025 and written the ways registers write them; some partnerships still
run (some without a report for months), a few were cancelled. Names in the notes are invented.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

import mitramatch as mm
from mitramatch.engine import contributions, prepare, score
from mitramatch.io import write_table

HERE = Path(__file__).resolve().parent
HIDDEN = {
    "need_fit": 0.45,
    "vision": 0.05,
    "proximity": 0.30,
    "reciprocity": 0.05,
    "track_record": 0.15,
}
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
PEOPLE = [
    "Bu Sari Wulandari",
    "Pak Hendra Saputra",
    "Bu Rina Oktaviani",
    "Pak Dedi Kurniawan",
    "Bu Yuli Astuti",
    "Pak Arif Rahman",
]  # fictional
NOTES = [
    "kunjungan oleh {p}",
    "laporan diserahkan {p}",
    "rapat evaluasi bersama {p}",
    "{p} minta jadwal ulang",
    "perlu MoU baru",
    "",
    "",
    "",
]


def written(day: pd.Timestamp, k: int) -> str:
    forms = [
        f"{day:%d/%m/%Y}",
        f"{day:%d-%m-%Y}",
        f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        f"{day:%Y-%m-%d}",
    ]
    return forms[k % len(forms)]


def main() -> None:
    rng = np.random.default_rng(2026)
    index = mm.DirectoryIndex.build(HERE / "partners_oku.csv")
    orgs = mm.load_organisations(HERE / "organisations_oku.csv")
    rows = []
    for org_id, profile in zip(orgs.ids, orgs):
        query = prepare(index, profile)
        s = score(index, query, filtered=False)
        values = np.empty_like(s.criteria)
        values[s.rows] = s.criteria
        unit = query.__class__(**{**query.__dict__, "weights": np.ones(len(query.names))})
        w = np.array([HIDDEN[n] for n in query.names])
        utility = contributions(values, unit) @ w + rng.gumbel(scale=0.03, size=len(index))
        chosen = np.argsort(-utility, kind="stable")[:7]
        spread = utility[chosen]
        for rank, p in enumerate(chosen.tolist()):
            k = len(rows)
            start = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 1500)))
            length = pd.Timedelta(days=int(rng.integers(90, 400)))
            end = start + length
            status = "Selesai" if end < pd.Timestamp("2025-10-01") else "Berjalan"
            if rank == 6 and rng.random() < 0.5:
                status = "Batal"
            quality = (utility[p] - spread.min()) / max(spread.max() - spread.min(), 1e-9)
            rating = int(np.clip(round(1 + 4 * quality + rng.normal(0, 0.6)), 1, 5))
            report = ""
            if status == "Berjalan":
                last = start + pd.Timedelta(days=int(rng.integers(10, 200)))
                report = written(min(last, pd.Timestamp("2025-11-30")), k + 1)
            person = PEOPLE[int(rng.integers(0, len(PEOPLE)))]
            rows.append(
                {
                    "Organisasi": profile.organisation.name,
                    "org_id": org_id,
                    "Mitra": index.cell("name", p),
                    "ID Mitra": index.partner_id[p],
                    "Aspek": ", ".join(profile.aspects[: 1 + int(rng.integers(0, 2))]),
                    "Tanggal Mulai": written(start, k),
                    "Tanggal Selesai": written(end, k + 2),
                    "Status": status,
                    "Nilai": "" if status == "Berjalan" else str(rating),
                    "Laporan Terakhir": report,
                    "Catatan": NOTES[int(rng.integers(0, len(NOTES)))].format(p=person),
                }
            )
    write_table(pd.DataFrame(rows), HERE / "register_oku.csv")


if __name__ == "__main__":
    main()
