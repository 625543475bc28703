"""The test battery every criterion, built-in or custom, must pass.

In the spirit of scikit-learn's ``check_estimator`` and rapidfuzz's ``scorer_tester``:
:func:`check_criterion` runs every check on a small directory and a few profiles (yours or the
bundled ones) and raises an ``AssertionError`` naming the check that failed;
:func:`criterion_checks` yields the checks one by one, for ``pytest.mark.parametrize``.

The checks:

* ``scores_in_unit_interval``: floats in [0, 1], one per row asked, no NaN;
* ``subset_equals_full``: the scores of any subset of rows (in any order) are exactly the
  whole directory's scores at those rows;
* ``bound_holds``: the declared bound (if any) is at least the score of every partner, for
  every ``floor`` screening may pass;
* ``deterministic_and_row_order_free``: the same call twice gives the same scores, and an
  index built from the directory's rows shuffled gives every partner the same score;
* ``zero_weight_removes``: a weight of 0 gives exactly the scores and order of rankings
  without the criterion.

Examples
--------
>>> import numpy as np
>>> import mitramatch as mm
>>> class SudahBermitra(mm.Criterion):
...     name = "sudah_bermitra"
...     label = {"id": "pernah bermitra", "en": "worked with before"}
...     policy = "A partner not on the list scores 0."
...     def __init__(self, ids):
...         self.ids = sorted(ids)
...     def score(self, index, query, rows=None):
...         return np.isin(index.partner_id[index.positions(rows)], self.ids).astype(float)
>>> check_criterion(SudahBermitra(["LKP-01", "BLK-01"]))
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

import numpy as np
import pandas as pd

from .engine import (
    Criterion,
    DirectoryIndex,
    NeedsProfile,
    Query,
    load_directory,
    prepare,
    score,
    totals,
)

__all__ = ["SAMPLE_PROFILES", "check_criterion", "criterion_checks", "sample_directory"]

_FLOORS = (0.0, 0.2, 0.45, 0.7, 0.95)


def sample_directory() -> pd.DataFrame:
    """A small directory in Kabupaten Ogan Komering Ulu and around (fictional partners) with
    every kind of cell a criterion may meet: offers in every aspect or none, capacities and
    missing ones, coordinates or regions only, visions, seeks, inactive partners."""
    rows = [
        ("LKP-01", "LKP Citra Busana", "masyarakat", "lkp", "16.01", -4.1301, 104.1702,
         None, "instruktur menjahit bersertifikat", "ruang praktik dan mesin jahit",
         "kursus menjahit dan tata busana", None, None, 3, 10, None, None,
         "warga terampil dan mandiri lewat kursus menjahit", "peserta kursus dari warga belajar",
         "ya", 12, 5),
        ("BLK-01", "UPTD BLK Palembang", "pemerintah", "blk", "16.71", -2.9761, 104.7754,
         None, "instruktur otomotif, las dan menjahit", "bengkel otomotif dan workshop las",
         "pelatihan berbasis kompetensi dan pemagangan", "penyaluran lulusan ke perusahaan",
         None, 10, None, 100, None, "tenaga kerja yang kompeten", None, "ya", 20, 15),
        ("DIN-01", "Disnakertrans Kabupaten OKU", "pemerintah", "dinas", None, None, None,
         "bantuan dana pelatihan kerja", None, None, "program magang di perusahaan",
         "bursa kerja dan penempatan kerja", 25_000_000, None, None, None, None, None, None,
         "ya", 30, None),
        ("CSR-01", "TJSL PT Semen Baturaja", "swasta", "donor", "16.01", -4.13, 104.18,
         "hibah modal usaha kelompok belajar usaha", None, None, None, None, 150_000_000,
         None, None, None, None, "masyarakat sekitar perusahaan sejahtera",
         "kelompok usaha binaan di ring 1", "ya", 8, 12),
        ("PKK-01", "TP PKK Kabupaten OKU", "masyarakat", "ormas", "16.01", None, None, None,
         "kader penggerak dan fasilitator", None, "sosialisasi program ke desa", None,
         None, 20, None, None, None, "keluarga sejahtera", "mitra kegiatan ibu-ibu", "ya",
         None, 3),
        ("OLD-01", "LKP Lama Jaya", "masyarakat", "lkp", "16.01", -4.12, 104.16, None,
         "tutor menjahit", "mesin jahit", None, None, None, 2, 4, None, None, None, None,
         "tidak", 3, 0),
        ("KOP-01", "Koperasi Tani Makmur", "swasta", None, None, None, None, None, None,
         None, None, "pembelian hasil panen anggota", None, None, None, None, None, None,
         None, None, None, None),
        ("BKL-01", "Bengkel Jaya Motor", "swasta", "dudi", "16.08", -3.95, 104.55, None,
         "mekanik otomotif", "bengkel", "magang servis motor", "rekrut mekanik lulusan",
         None, 2, 1, 4, 2, "layanan servis terbaik", "tenaga muda terampil", "ya", 6, 1),
    ]  # fmt: skip
    columns = [
        "partner_id", "name", "sector", "kind", "region_code", "lat", "lon",
        "offers_dana", "offers_tenaga", "offers_sarana", "offers_program",
        "offers_pendayagunaan_hasil", "capacity_dana", "capacity_tenaga", "capacity_sarana",
        "capacity_program", "capacity_pendayagunaan_hasil", "vision", "seeks", "active",
        "years_active", "partnerships_completed",
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


#: Profiles the battery scores: coordinates or regions only, descriptions or none, filters.
SAMPLE_PROFILES: tuple[dict, ...] = (
    {
        "organisation": {"name": "PKBM Mekar Sari", "region_code": "16.01", "lat": -4.1285,
                         "lon": 104.1662, "vision": "warga belajar terampil dan mandiri",
                         "offers": "warga belajar Paket C yang siap magang"},
        "needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit", "quantity": 2},
                  "sarana": {"priority": 4, "description": "mesin jahit", "quantity": 10},
                  "dana": {"priority": 3, "description": "modal usaha KBU",
                           "quantity": "Rp 25.000.000"}},
    },
    {
        "organisation": {"name": "LKP Otomotif", "regency": "Kabupaten OKU Timur"},
        "needs": {"program": {"priority": 5, "description": "magang di bengkel motor"},
                  "pendayagunaan_hasil": {"priority": 4}},
        "filters": {"sectors": ["swasta", "pemerintah"]},
    },
    {
        "needs": {"dana": {"priority": 2, "description": "hibah"}},
        "weights": {"need_fit": 0, "proximity": 1},
    },
)  # fmt: skip


def _index(directory: pd.DataFrame | None) -> DirectoryIndex:
    return DirectoryIndex.build(sample_directory() if directory is None else directory)


def _query(
    index: DirectoryIndex, profile: dict | NeedsProfile, criterion: Criterion, weight: float
) -> Query:
    query = prepare(index, profile, criteria=_extra(criterion))
    k = query.position(criterion.name)
    if query.weights[k] == 0 and weight > 0:  # weigh the criterion so it matters
        raw = query.weights.copy()
        raw[k] = weight
        query = replace(query, weights=raw / raw.sum())
    return query


def _extra(criterion: Criterion) -> list[Criterion]:
    from .engine import registered_criteria

    return [] if any(c is criterion for c in registered_criteria()) else [criterion]


def _check_unit_interval(criterion: Criterion, index: DirectoryIndex, query: Query) -> None:
    values = np.asarray(criterion.score(index, query, None), dtype=float)
    assert values.shape == (len(index),), (
        f"{criterion.name}: score over all partners has shape {values.shape}; expected "
        f"({len(index)},)"
    )
    assert not np.isnan(values).any(), f"{criterion.name}: score has NaN"
    assert ((values >= 0) & (values <= 1)).all(), (
        f"{criterion.name}: scores outside [0, 1]: {values[(values < 0) | (values > 1)]}"
    )


def _check_subset(criterion: Criterion, index: DirectoryIndex, query: Query) -> None:
    full = np.asarray(criterion.score(index, query, None), dtype=float)
    rng = np.random.default_rng(7)
    n = len(index)
    subsets = [np.arange(n), np.arange(n)[::-1], np.array([0]), np.array([n - 1, 0])]
    subsets += [np.sort(rng.choice(n, size=max(1, n // 2), replace=False)) for _ in range(3)]
    for rows in subsets:
        part = np.asarray(criterion.score(index, query, rows), dtype=float)
        assert part.shape == (len(rows),), (
            f"{criterion.name}: score over {len(rows)} rows has shape {part.shape}"
        )
        assert np.array_equal(part, full[rows]), (
            f"{criterion.name}: the scores of rows {rows.tolist()} differ from the whole "
            f"directory's at those rows: {part.tolist()} vs {full[rows].tolist()}"
        )


def _check_bound(criterion: Criterion, index: DirectoryIndex, query: Query) -> None:
    values = np.asarray(criterion.score(index, query, None), dtype=float)
    for floor in _FLOORS:
        bound = criterion.bound(index, query, floor)
        if bound is None:
            return  # no bound declared: screening assumes 1
        upper = bound.at(np.arange(len(index)))
        bad = np.flatnonzero(upper < values - 1e-12)
        assert not len(bad), (
            f"{criterion.name}: bound below the score at floor {floor} for partners "
            f"{index.partner_id[bad].tolist()}: {upper[bad].tolist()} < {values[bad].tolist()}"
        )
        assert np.all(np.diff(bound.rows) > 0), f"{criterion.name}: Bound.rows must be sorted"


def _check_determinism(criterion: Criterion, index: DirectoryIndex, query: Query) -> None:
    first = np.asarray(criterion.score(index, query, None), dtype=float)
    again = np.asarray(criterion.score(index, query, None), dtype=float)
    assert np.array_equal(first, again), f"{criterion.name}: two calls gave different scores"
    frame = index.frame.drop(columns=["__row__"], errors="ignore")
    order = np.random.default_rng(11).permutation(len(frame))
    shuffled = DirectoryIndex(load_directory(frame.iloc[order].reset_index(drop=True)))
    other = _query(shuffled, query.profile, criterion, 0.0)
    moved = np.asarray(criterion.score(shuffled, other, None), dtype=float)
    by_id = dict(zip(shuffled.partner_id, moved))
    expected = np.array([by_id[p] for p in index.partner_id])
    assert np.allclose(expected, first, rtol=0, atol=1e-12), (
        f"{criterion.name}: scores change when the directory's rows are shuffled"
    )


def _check_zero_weight(criterion: Criterion, index: DirectoryIndex, query: Query) -> None:
    k = query.position(criterion.name)
    raw = query.weights.copy()
    raw[k] = 0.0
    if raw.sum() <= 0:
        return  # the criterion is all there is: nothing to compare with
    zero = replace(query, weights=raw / raw.sum())
    scored = score(index, zero)
    keep = [j for j in range(len(query.criteria)) if j != k]
    without = replace(
        zero, criteria=tuple(zero.criteria[j] for j in keep), weights=zero.weights[keep]
    )
    if not any(c.covers_needs for c in without.criteria):
        return  # removing the criterion covering the needs leaves no query to compare
    expected = totals(scored.criteria[:, keep], without)
    assert np.allclose(scored.total, expected, rtol=0, atol=1e-12), (
        f"{criterion.name}: a weight of 0 does not give the scores without the criterion"
    )
    order = np.lexsort((index.id_rank[scored.rows], -scored.total))
    again = np.lexsort((index.id_rank[scored.rows], -expected))
    assert np.array_equal(order, again), f"{criterion.name}: a weight of 0 changes the order"


_CHECKS: tuple[tuple[str, Callable[[Criterion, DirectoryIndex, Query], None]], ...] = (
    ("scores_in_unit_interval", _check_unit_interval),
    ("subset_equals_full", _check_subset),
    ("bound_holds", _check_bound),
    ("deterministic_and_row_order_free", _check_determinism),
    ("zero_weight_removes", _check_zero_weight),
)


def criterion_checks(
    criterion: Criterion,
    *,
    directory: pd.DataFrame | None = None,
    profiles: Sequence[dict | NeedsProfile] = SAMPLE_PROFILES,
    weight: float = 0.2,
) -> Iterator[tuple[str, Callable[[], None]]]:
    """``(name, check)`` for every check and profile; each ``check()`` raises
    ``AssertionError`` naming what failed. ``directory`` must have the columns the criterion
    reads (the bundled :func:`sample_directory` by default); ``weight`` is used for a
    criterion the profiles do not weigh."""
    index = _index(directory)
    for number, profile in enumerate(profiles, start=1):
        query = _query(index, profile, criterion, weight)
        for name, check in _CHECKS:
            yield (
                f"{name}[profile {number}]",
                lambda check=check, query=query: check(criterion, index, query),
            )


def check_criterion(
    criterion: Criterion,
    *,
    directory: pd.DataFrame | None = None,
    profiles: Sequence[dict | NeedsProfile] = SAMPLE_PROFILES,
) -> None:
    """Run every check of the battery on ``criterion`` (see the module docstring)."""
    for _, check in criterion_checks(criterion, directory=directory, profiles=profiles):
        check()
