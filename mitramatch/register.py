"""The partnership register: the partnerships that ran, how they went, and what needs attention.

One row per partnership (``docs/data-contract.md``, "Partnership register"): ``organisation``
(``Organisasi``) and/or ``org_id``, ``partner`` (``Mitra``) and/or ``partner_id``,
``aspects`` (``Aspek``: ``dana, tenaga``), ``start`` / ``end`` (``Tanggal Mulai`` /
``Tanggal Selesai``, any Indonesian date form, see :mod:`mitramatch.dates`), ``status``
(``berjalan``, ``selesai``, ``batal``), ``rating`` (``Nilai`` 1-5, or ``baik``, ``cukup``...),
``last_report`` (``Laporan Terakhir``: the last progress report or visit) and ``notes``
(``Catatan``).

:func:`load_register` validates it once, reporting every problem at once; :func:`health_report`
lists what the paper's techniques for sustaining partnerships call for (section J: progress
reports, periodic visits, discussion and meetings): partnerships without a report or visit
for N months, ones ending soon or past their end, partners repeatedly rated low.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .dates import parse_date
from .engine import ASPECTS, DirectoryIndex, canonical_header, check_lang, normalise_aspect
from .exceptions import MitramatchError, Problem, SchemaError, Text, rows_text
from .io import ROW_COLUMN, read_table
from .names import name_key
from .validation import check_positive_int

__all__ = [
    "GOOD_RATING",
    "LOW_RATING",
    "STATUSES",
    "HealthReport",
    "Register",
    "health_report",
    "load_register",
]

#: The three states of a partnership.
STATUSES = ("berjalan", "selesai", "batal")
#: Ratings from which a partnership counts as having gone well / badly.
GOOD_RATING, LOW_RATING = 4, 2

_ALIASES = {
    "organisasi": "organisation", "organisation": "organisation", "organization": "organisation",
    "nama_organisasi": "organisation", "lembaga": "organisation", "org": "organisation",
    "org_id": "org_id", "id_organisasi": "org_id", "kode_organisasi": "org_id",
    "mitra": "partner", "partner": "partner", "nama_mitra": "partner",
    "partner_id": "partner_id", "id_mitra": "partner_id", "kode_mitra": "partner_id",
    "aspek": "aspects", "aspects": "aspects", "aspect": "aspects", "aspek_kemitraan": "aspects",
    "tanggal_mulai": "start", "mulai": "start", "start": "start", "start_date": "start",
    "tgl_mulai": "start", "tanggal_selesai": "end", "selesai": "end", "end": "end",
    "end_date": "end", "tgl_selesai": "end", "status": "status", "keadaan": "status",
    "nilai": "rating", "rating": "rating", "penilaian": "rating", "skor": "rating",
    "hasil": "rating", "laporan_terakhir": "last_report", "kunjungan_terakhir": "last_report",
    "last_report": "last_report", "laporan_kunjungan_terakhir": "last_report",
    "tanggal_laporan_terakhir": "last_report", "catatan": "notes", "notes": "notes",
    "keterangan": "notes",
}  # fmt: skip
_STATUS = {
    "berjalan": "berjalan", "sedang_berjalan": "berjalan", "aktif": "berjalan", "jalan": "berjalan",
    "ongoing": "berjalan", "running": "berjalan", "active": "berjalan",
    "selesai": "selesai", "tuntas": "selesai", "completed": "selesai", "done": "selesai",
    "finished": "selesai", "berakhir": "selesai",
    "batal": "batal", "dibatalkan": "batal", "cancelled": "batal", "canceled": "batal",
    "berhenti": "batal", "dihentikan": "batal",
}  # fmt: skip
_RATING_WORDS = {
    "sangat_baik": 5, "sangat_memuaskan": 5, "baik": 4, "memuaskan": 4, "cukup": 3,
    "sedang": 3, "kurang": 2, "kurang_baik": 2, "buruk": 1, "sangat_kurang": 1,
}  # fmt: skip
_COLUMNS = ("organisation", "org_id", "partner", "partner_id", "aspects", "start", "end",
            "status", "rating", "last_report", "notes")  # fmt: skip


@dataclass
class Register:
    """A validated partnership register.

    ``frame`` has the columns ``organisation``, ``org_id``, ``partner``, ``partner_id``
    (text or None), ``aspects`` (tuple of aspect keys), ``start``, ``end``, ``last_report``
    (Timestamps or NaT), ``status`` (one of :data:`STATUSES`), ``rating`` (float 1-5 or NaN),
    ``notes`` and ``row`` (the spreadsheet row).
    """

    frame: pd.DataFrame
    source: str | None = None
    notes: list[Any] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.frame)

    def __repr__(self) -> str:
        return f"<Register {len(self)} partnerships from {self.source or 'DataFrame'}>"

    @property
    def latest(self) -> pd.Timestamp | None:
        """The latest date in the register (the default 'today' of history scores)."""
        dates = pd.concat([self.frame["start"], self.frame["end"], self.frame["last_report"]])
        return None if dates.isna().all() else dates.max()

    def partner_positions(self, index: DirectoryIndex) -> np.ndarray:
        """Each row's partner as a position in ``index`` (-1 when not in the directory).

        By ``partner_id`` when the register gives one that the directory has; else by name,
        compared as :func:`mitramatch.names.name_key` reduces it (``LKP Citra Busana`` finds
        ``Lembaga Kursus dan Pelatihan Citra Busana``), the first such partner if several.
        """
        ids = {str(p): k for k, p in enumerate(index.partner_id.tolist())}
        names: dict[tuple, int] = {}
        for k, name in enumerate(index.column("name").tolist()):
            names.setdefault(_identity(name), k)
        out = np.full(len(self.frame), -1, dtype=np.int64)
        for k, (pid, name) in enumerate(zip(self.frame["partner_id"], self.frame["partner"])):
            if pid is not None and pid in ids:
                out[k] = ids[pid]
            elif name is not None:
                out[k] = names.get(_identity(name), -1)
        return out


def _identity(name: object) -> tuple:
    key = name_key(name if isinstance(name, str) else "")
    return (key.core, key.types, key.numbers, key.qualifiers, key.regions)


def _problem(group: Text, message: Text, column: str, rows) -> Problem:
    return Problem(group, message, column=column, rows=list(rows))


def load_register(source: str | os.PathLike[str] | pd.DataFrame | Register) -> Register:
    """Read and validate a partnership register (CSV/TSV/XLSX/Parquet or DataFrame).

    Every problem is reported at once in one :class:`~mitramatch.exceptions.SchemaError`,
    naming the file, the column, the rows and what was expected.

    Examples
    --------
    >>> r = load_register(pd.DataFrame({
    ...     "Organisasi": ["PKBM Mekar Sari"], "Mitra": ["LKP Citra Busana"],
    ...     "Aspek": ["tenaga, sarana"], "Tanggal Mulai": ["12 Maret 2024"],
    ...     "Tanggal Selesai": ["12/09/2024"], "Status": ["Selesai"], "Nilai": ["4"]}))
    >>> row = r.frame.iloc[0]
    >>> row["aspects"], str(row["end"].date()), row["status"], float(row["rating"])
    (('tenaga', 'sarana'), '2024-09-12', 'selesai', 4.0)
    """
    if isinstance(source, Register):
        return source
    label = None if isinstance(source, pd.DataFrame) else str(source)
    raw, notes = read_table(source, what="partnership register")
    where = "row" if label is not None or ROW_COLUMN in raw.columns else "index"
    rows = (
        pd.to_numeric(raw[ROW_COLUMN]).to_numpy(dtype=np.int64)
        if ROW_COLUMN in raw.columns
        else np.arange(len(raw), dtype=np.int64)
    )
    raw = raw.drop(columns=[ROW_COLUMN], errors="ignore")
    problems: list[Problem] = []
    names: dict[str, list[str]] = {}
    renamed = {}
    for column in raw.columns:
        key = canonical_header(column)
        new = _ALIASES.get(key, key)
        renamed[column] = new
        names.setdefault(new, []).append(str(column))
    for new, originals in names.items():
        if len(originals) > 1 and new in _COLUMNS:
            problems.append(
                Problem(
                    Text("duplicate columns", "kolom ganda"),
                    Text(
                        f"columns {', '.join(map(repr, originals))} all mean {new!r}; keep one",
                        f"kolom {', '.join(map(repr, originals))} semuanya berarti {new!r}; "
                        "pertahankan satu",
                    ),
                    column=new,
                )
            )
    if problems:
        raise SchemaError(problems, source=label)
    table = raw.rename(columns=renamed)
    missing = []
    if "organisation" not in table and "org_id" not in table:
        missing.append("organisation (Organisasi) or org_id")
    if "partner" not in table and "partner_id" not in table:
        missing.append("partner (Mitra) or partner_id")
    if "status" not in table:
        missing.append("status (Status)")
    if missing:
        found = ", ".join(map(str, raw.columns)) or "(none)"
        raise SchemaError(
            Problem(
                Text("missing columns", "kolom tidak ada"),
                Text(
                    f"missing column(s): {'; '.join(missing)}; found: {found}",
                    f"kolom tidak ada: {'; '.join(missing)}; yang ada: {found}",
                ),
            ),
            source=label,
        )
    cells = {
        c: [
            None if (v is None or (not isinstance(v, str) and pd.isna(v)) or str(v).strip() == "")
            else str(v).strip()
            for v in (table[c].tolist() if c in table else [None] * len(table))
        ]
        for c in _COLUMNS
    }  # fmt: skip
    out: dict[str, Any] = {c: cells[c] for c in ("organisation", "org_id", "partner",
                                                  "partner_id", "notes")}  # fmt: skip

    who = np.array([o is None and i is None for o, i in zip(cells["organisation"],
                                                            cells["org_id"])])  # fmt: skip
    if who.any():
        problems.append(_problem(
            Text("missing organisation", "organisasi kosong"),
            Text(f"column organisation: empty at {rows_text(rows[who], where)}; expected the "
                 "organisation's name or org_id",
                 f"kolom Organisasi: kosong di {_baris(rows[who], where)}; isi nama organisasi "
                 "atau org_id"),
            "organisation", rows[who]))  # fmt: skip
    whom = np.array([p is None and i is None for p, i in zip(cells["partner"],
                                                             cells["partner_id"])])  # fmt: skip
    if whom.any():
        problems.append(_problem(
            Text("missing partner", "mitra kosong"),
            Text(f"column partner: empty at {rows_text(rows[whom], where)}; expected the "
                 "partner's name or partner_id",
                 f"kolom Mitra: kosong di {_baris(rows[whom], where)}; isi nama mitra atau "
                 "partner_id"),
            "partner", rows[whom]))  # fmt: skip

    statuses, bad = [], []
    for k, v in enumerate(cells["status"]):
        key = canonical_header(v) if v else ""
        statuses.append(_STATUS.get(key))
        if statuses[-1] is None:
            bad.append(k)
    if bad:
        found = _found([cells["status"][k] for k in bad])
        problems.append(_problem(
            Text("unknown status", "status tidak dikenal"),
            Text(f"column status: expected berjalan, selesai or batal at "
                 f"{rows_text(rows[bad], where)} (found {found})",
                 f"kolom Status: yang diharapkan berjalan, selesai atau batal di "
                 f"{_baris(rows[bad], where)} (tertulis {found})"),
            "status", rows[bad]))  # fmt: skip
    out["status"] = statuses

    for column, words in (("start", "Tanggal Mulai"), ("end", "Tanggal Selesai"),
                          ("last_report", "Laporan Terakhir")):  # fmt: skip
        values, bad = [], []
        for k, v in enumerate(cells[column]):
            try:
                values.append(parse_date(v))
            except ValueError:
                values.append(None)
                bad.append(k)
        if bad:
            found = _found([cells[column][k] for k in bad])
            problems.append(_problem(
                Text("unparseable dates", "tanggal tidak terbaca"),
                Text(f"column {column}: expected a date (12/03/2024, 12-03-2024, 12 Maret "
                     f"2024, 2024-03-12) at {rows_text(rows[bad], where)} (found {found})",
                     f"kolom {words}: yang diharapkan tanggal (12/03/2024, 12-03-2024, 12 Maret "
                     f"2024, 2024-03-12) di {_baris(rows[bad], where)} (tertulis {found})"),
                column, rows[bad]))  # fmt: skip
        out[column] = pd.to_datetime(pd.Series(values, dtype="object"))
    early = np.flatnonzero((out["end"] < out["start"]).to_numpy())
    if len(early):
        problems.append(_problem(
            Text("end before start", "selesai sebelum mulai"),
            Text(f"column end: the end date is before the start date at "
                 f"{rows_text(rows[early], where)}",
                 f"kolom Tanggal Selesai: tanggal selesai sebelum tanggal mulai di "
                 f"{_baris(rows[early], where)}"),
            "end", rows[early]))  # fmt: skip

    ratings, bad = [], []
    for k, v in enumerate(cells["rating"]):
        rating = _rating(v)
        ratings.append(np.nan if rating is None else rating)
        if v is not None and rating is None:
            bad.append(k)
    if bad:
        found = _found([cells["rating"][k] for k in bad])
        problems.append(_problem(
            Text("invalid ratings", "nilai tidak sah"),
            Text(f"column rating: expected a whole number from 1 to 5 (or baik, cukup, "
                 f"kurang...) at {rows_text(rows[bad], where)} (found {found})",
                 f"kolom Nilai: yang diharapkan angka bulat 1 sampai 5 (atau baik, cukup, "
                 f"kurang...) di {_baris(rows[bad], where)} (tertulis {found})"),
            "rating", rows[bad]))  # fmt: skip
    out["rating"] = np.array(ratings, dtype=float)

    aspects, bad, unknown = [], [], []
    for k, v in enumerate(cells["aspects"]):
        found = []
        for part in _split_aspects(v):
            try:
                found.append(normalise_aspect(part))
            except SchemaError:
                bad.append(k)
                unknown.append(part)
        aspects.append(tuple(a for a in ASPECTS if a in found))
    if bad:
        shown = _found(unknown)
        problems.append(_problem(
            Text("unknown aspects", "aspek tidak dikenal"),
            Text(f"column aspects: expected {', '.join(ASPECTS)} (comma-separated) at "
                 f"{rows_text(rows[sorted(set(bad))], where)} (found {shown})",
                 f"kolom Aspek: yang diharapkan {', '.join(ASPECTS)} (dipisah koma) di "
                 f"{_baris(rows[sorted(set(bad))], where)} (tertulis {shown})"),
            "aspects", rows[sorted(set(bad))]))  # fmt: skip
    out["aspects"] = aspects

    if not len(table):
        empty = Text("the register has no partnerships (no data rows)",
                     "register tanpa baris data (tidak ada kemitraan)")  # fmt: skip
        problems.append(Problem(Text("no rows", "tidak ada baris"), empty))
    if problems:
        raise SchemaError(problems, source=label)
    frame = pd.DataFrame(out)[[*_COLUMNS]]
    frame["row"] = rows
    return Register(frame, source=label, notes=list(notes))


def _baris(rows, where: str) -> str:
    shown = ", ".join(str(r) for r in list(rows)[:10])
    more = f" dan {len(rows) - 10} lainnya" if len(rows) > 10 else ""
    return f"{'baris' if where == 'row' else 'indeks'} {shown}{more}"


def _found(values: list) -> str:
    uniq = list(dict.fromkeys(str(v) for v in values if v is not None))
    return ", ".join(repr(v[:30]) for v in uniq[:3]) + (" ..." if len(uniq) > 3 else "")


def _split_aspects(value: str | None) -> list[str]:
    if not value:
        return []
    text = value.replace(";", ",").replace("/", ",").replace("+", ",").replace(" dan ", ",")
    return [p.strip() for p in text.split(",") if p.strip()]


def _rating(value: str | None) -> float | None:
    if value is None:
        return None
    key = canonical_header(value)
    if key in _RATING_WORDS:
        return float(_RATING_WORDS[key])
    text = value.split("/")[0].strip().replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if number in (1, 2, 3, 4, 5) else None


# -- the health report -------------------------------------------------------------------------
#: What each finding calls for, from the paper's techniques for sustaining partnerships.
ACTIONS = {
    "no_report": Text(
        "ask for a progress report or schedule a visit",
        "minta laporan perkembangan (progress report) atau jadwalkan kunjungan",
    ),
    "ending_soon": Text(
        "meet to discuss continuing it (discussion and meetings)",
        "adakan diskusi/pertemuan untuk membahas kelanjutannya",
    ),
    "overdue": Text(
        "past its end date but still running: update the status or extend the agreement",
        "sudah lewat tanggal selesai tetapi masih berjalan: perbarui status atau perpanjang akad",
    ),
    "low_rated": Text(
        "rated low more than once: evaluate together before partnering again",
        "berulang kali dinilai rendah: evaluasi bersama sebelum bermitra lagi",
    ),
}
_KIND_WORDS = {
    "no_report": Text("no report or visit", "tanpa laporan/kunjungan"),
    "ending_soon": Text("ending soon", "segera berakhir"),
    "overdue": Text("past its end date", "lewat tanggal selesai"),
    "low_rated": Text("repeatedly rated low", "berulang kali dinilai rendah"),
}


@dataclass
class HealthReport:
    """What the register calls for, as a table (:meth:`to_frame`) and as text (:meth:`text`)."""

    findings: pd.DataFrame
    as_of: pd.Timestamp
    months: int
    soon_days: int
    n_running: int
    n_partnerships: int
    lang: str = "id"

    def to_frame(self) -> pd.DataFrame:
        """One row per finding: ``finding``, ``organisation``, ``partner``, ``date``, ``days``,
        ``detail``, ``action``, ``row`` (rows of the register)."""
        return self.findings.copy()

    def text(self, lang: str | None = None) -> str:
        """A short report a dinas officer can read, Indonesian by default."""
        lang = check_lang(lang or self.lang)
        f = self.findings
        count = {k: int((f["finding"] == k).sum()) for k in ACTIONS}
        day = self.as_of.strftime("%d-%m-%Y")
        if lang == "en":
            lines = [
                f"Partnership register, as of {day}: {self.n_partnerships} partnerships, "
                f"{self.n_running} running.",
                f"- {count['no_report']} without a progress report or visit for "
                f"{self.months} months or more",
                f"- {count['ending_soon']} ending within {self.soon_days} days, "
                f"{count['overdue']} past their end date but still running",
                f"- {count['low_rated']} partners rated low (≤ {LOW_RATING}) more than once",
            ]
        else:
            lines = [
                f"Register kemitraan per {day}: {self.n_partnerships} kemitraan, "
                f"{self.n_running} masih berjalan.",
                f"- {count['no_report']} tanpa laporan perkembangan atau kunjungan selama "
                f"{self.months} bulan atau lebih",
                f"- {count['ending_soon']} berakhir dalam {self.soon_days} hari, "
                f"{count['overdue']} sudah lewat tanggal selesai tetapi masih berjalan",
                f"- {count['low_rated']} mitra berulang kali dinilai rendah (≤ {LOW_RATING})",
            ]
        if len(f):
            lines.append("")
            lines.append("What to do:" if lang == "en" else "Yang perlu dilakukan:")
            for rec in f.itertuples(index=False):
                who = f"{rec.organisation} - {rec.partner}" if rec.organisation else rec.partner
                lines.append(f"* {who}: {rec.detail}; {rec.action}")
        else:
            lines.append("Nothing needs attention." if lang == "en" else
                         "Tidak ada yang perlu ditindaklanjuti.")  # fmt: skip
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()


def health_report(
    register: Any,
    *,
    months: int = 3,
    as_of: Any = None,
    soon_days: int = 60,
    lang: str = "id",
) -> HealthReport:
    """What the register calls for today (or ``as_of``).

    Parameters
    ----------
    register : Register, path or DataFrame
    months : int
        A running partnership without a progress report or visit (``last_report``, else its
        ``start``) for this many months is listed.
    as_of : date or text, optional
        The day of the report (default: today).
    soon_days : int
        A running partnership ending within this many days is listed.
    lang : {"id", "en"}

    Examples
    --------
    >>> r = load_register(pd.DataFrame({
    ...     "Organisasi": ["PKBM Mekar Sari"] * 3, "Mitra": ["LKP Citra", "BLK OKU", "BLK OKU"],
    ...     "Tanggal Mulai": ["01/01/2025", "01/02/2024", "01/06/2024"],
    ...     "Tanggal Selesai": ["31/12/2025", "01/05/2024", "01/09/2024"],
    ...     "Status": ["berjalan", "selesai", "selesai"], "Nilai": ["", "2", "1"],
    ...     "Laporan Terakhir": ["15/02/2025", "", ""]}))
    >>> report = health_report(r, as_of="01/07/2025")
    >>> report.to_frame()["finding"].tolist()
    ['no_report', 'low_rated']
    """
    register = load_register(register)
    months = check_positive_int(months, "months")
    soon_days = check_positive_int(soon_days, "soon_days")
    check_lang(lang)
    try:
        day = pd.Timestamp.today().normalize() if as_of is None else parse_date(as_of)
    except ValueError:
        day = None
    if day is None:
        raise MitramatchError(
            Text(f"as_of: expected a date (12/03/2025, 2025-03-12); got {as_of!r}",
                 f"as_of: yang diharapkan tanggal (12/03/2025, 2025-03-12); tertulis {as_of!r}")
        )  # fmt: skip
    f = register.frame
    records = []

    def who(k: int) -> tuple[str, str]:
        org = f["organisation"].iat[k] or f["org_id"].iat[k] or ""
        partner = f["partner"].iat[k] or f["partner_id"].iat[k] or ""
        return org, partner

    def fmt(ts: pd.Timestamp) -> str:
        return ts.strftime("%d-%m-%Y")

    running = np.flatnonzero((f["status"] == "berjalan").to_numpy())
    for k in running.tolist():
        org, partner = who(k)
        last = f["last_report"].iat[k]
        seen = last if not pd.isna(last) else f["start"].iat[k]
        if not pd.isna(seen) and seen <= day - pd.DateOffset(months=months):
            days = int((day - seen).days)
            if lang == "en":
                since = "last report or visit" if not pd.isna(last) else "started, never reported"
                detail = f"{since} {fmt(seen)} ({days} days ago)"
            else:
                since = ("laporan/kunjungan terakhir" if not pd.isna(last)
                         else "mulai, belum pernah ada laporan")  # fmt: skip
                detail = f"{since} {fmt(seen)} ({days} hari lalu)"
            records.append(("no_report", org, partner, seen, days, detail, k))
        end = f["end"].iat[k]
        if not pd.isna(end):
            days = int((end - day).days)
            if 0 <= days <= soon_days:
                detail = (f"ends {fmt(end)} (in {days} days)" if lang == "en"
                          else f"berakhir {fmt(end)} ({days} hari lagi)")  # fmt: skip
                records.append(("ending_soon", org, partner, end, days, detail, k))
            elif days < 0:
                detail = (f"end date {fmt(end)} passed {-days} days ago" if lang == "en"
                          else f"tanggal selesai {fmt(end)} lewat {-days} hari")  # fmt: skip
                records.append(("overdue", org, partner, end, -days, detail, k))
    low = f[f["rating"] <= LOW_RATING]
    key = low["partner_id"].where(low["partner_id"].notna(), low["partner"])
    for partner_key, group in low.groupby(key, sort=True):
        if len(group) < 2:
            continue
        ratings = ", ".join(f"{r:g}" for r in group["rating"])
        orgs = sorted({o for o in group["organisation"].fillna(group["org_id"]) if o})
        detail = (f"rated {ratings} in {len(group)} partnerships ({', '.join(orgs)})"
                  if lang == "en" else
                  f"dinilai {ratings} dalam {len(group)} kemitraan ({', '.join(orgs)})"
                  )  # fmt: skip
        latest = group["end"].max() if group["end"].notna().any() else group["start"].max()
        partner = group["partner"].iat[0] or partner_key
        records.append(("low_rated", "", partner, latest, len(group), detail,
                        int(group.index[0])))  # fmt: skip
    frame = pd.DataFrame(
        records, columns=["finding", "organisation", "partner", "date", "days", "detail", "at"]
    )
    order = {k: n for n, k in enumerate(ACTIONS)}
    frame = frame.assign(_o=frame["finding"].map(order)).sort_values(
        ["_o", "days"], ascending=[True, False], kind="stable"
    )
    frame["action"] = [ACTIONS[k].render(lang) for k in frame["finding"]]
    frame["what"] = [_KIND_WORDS[k].render(lang) for k in frame["finding"]]
    frame["row"] = [int(f["row"].iat[int(k)]) for k in frame["at"]]
    frame = frame.drop(columns=["_o", "at"]).reset_index(drop=True)
    frame = frame[["finding", "what", "organisation", "partner", "date", "days", "detail",
                   "action", "row"]]  # fmt: skip
    return HealthReport(
        findings=frame,
        as_of=day,
        months=months,
        soon_days=soon_days,
        n_running=len(running),
        n_partnerships=len(f),
        lang=lang,
    )
