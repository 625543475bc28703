"""Batch ranking: reading organisations, ranking many at once, and chunked == in-memory."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mitramatch import batch as mbatch
from mitramatch.batch import rank_chunked, rank_many
from mitramatch.engine import OrganisationBatch, load_organisations, region_table
from mitramatch.engine.index import DirectoryIndex
from mitramatch.engine.needs import NeedsProfile
from mitramatch.exceptions import SchemaError
from mitramatch.output import column_order
from mitramatch.ranking import rank

DATA = Path(__file__).resolve().parents[1] / "data"
BAD = Path(__file__).parent / "bad_inputs"
PARTNERS = DATA / "partners_oku.csv"
ORGS = DATA / "organisations_oku.csv"
NEEDS = DATA / "needs" / "pkbm_menjahit_oku.toml"

pytestmark = pytest.mark.skipif(
    not (PARTNERS.exists() and ORGS.exists()), reason="sample data not generated yet"
)


@pytest.fixture(scope="module")
def orgs() -> OrganisationBatch:
    return load_organisations(ORGS)


@pytest.fixture(scope="module")
def index() -> DirectoryIndex:
    return DirectoryIndex.build(PARTNERS)


def _exactly_same_ranking(left: pd.DataFrame, right: pd.DataFrame) -> None:
    """Same rows in the same order with the same rounded scores; every column equal (floats
    that are not rounded by design may differ in the last bit)."""
    keys = [c for c in ("org_id", "rank", "partner_id", "score") if c in left.columns]
    assert left[keys].to_dict("records") == right[keys].to_dict("records")
    pd.testing.assert_frame_equal(left, right, check_exact=False, rtol=1e-12, atol=1e-12)


# -- load_organisations -------------------------------------------------------------------------
def test_load_organisations_sample(orgs):
    assert len(orgs) == len(orgs.ids) == len(orgs.rows) == 10
    assert orgs.ids[0] == "ORG-01"
    assert orgs.rows[:2] == [2, 3]  # spreadsheet rows: the header is row 1
    assert all(isinstance(p, NeedsProfile) and p.needs for p in orgs)
    first = orgs[0]
    assert first.organisation.name == "PKBM Mekar Sari Baturaja"
    assert first.need("dana").quantity == 25_000_000


def test_load_organisations_collects_every_problem_with_rows():
    with pytest.raises(SchemaError) as caught:
        load_organisations(BAD / "orgs_bad_cells.csv")
    message = str(caught.value)
    assert len(caught.value.problems) == 5
    for expected in (
        "column org_id: empty at row 5",
        "row 2 (ORG-01): need_dana_priority: expected an integer from 1",
        "row 3 (ORG-02): need_dana_quantity: expected a number or Rupiah amount",
        "row 4 (ORG-03): need_tenaga_quantity: expected a non-negative amount",
        "row 4 (ORG-03): sector: unknown sector 'swsta' (did you mean 'swasta'?)",
    ):
        assert expected in message, message
    assert message.startswith(f"{BAD / 'orgs_bad_cells.csv'}: 5 problems found")


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        ("orgs_missing_org_id.csv", r"missing required column org_id; found columns: kode,"),
        ("orgs_duplicate_ids.csv", r"org_id must be unique; 1 duplicated: 'ORG-01' \(rows 2, 4\)"),
        ("orgs_no_needs.csv", r"row 3 \(ORG-02\): no need given; fill need_<aspect>_priority"),
        ("orgs_unknown_aspect_column.csv", r"'need_tenga_priority'.*did you mean 'tenaga'"),
        ("orgs_header_only.csv", r"organisation batch has a header \(row 1\) but no data rows"),
    ],
)
def test_load_organisations_refuses(name, pattern):
    with pytest.raises(SchemaError, match=pattern):
        load_organisations(BAD / name)


def test_load_organisations_caps_each_group(tmp_path):
    rows = "\n".join(f"ORG-{i:02d},PKBM {i},9" for i in range(25))
    path = tmp_path / "orgs.csv"
    path.write_text(f"org_id,name,need_tenaga_priority\n{rows}\n")
    with pytest.raises(SchemaError) as caught:
        load_organisations(path)
    message = str(caught.value)
    assert len(caught.value.problems) == 25
    assert "25 problems found" in message
    assert "row 2 (ORG-00): need_tenaga_priority" in message
    assert "row 26 (ORG-24)" not in message  # beyond the cap of 10 lines a group
    assert "... and 15 more" in message


def test_load_organisations_accepts_aliases_and_notes_unknown_columns():
    frame = pd.DataFrame(
        {
            "ID": ["A"],
            "Nama Lembaga": ["PKBM Bina Insani"],
            "Sektor": ["Masyarakat"],
            "Need Sarpras Priority": ["4"],
            "need_pendayagunaan hasil_priority": [2],
            "keterangan": ["catatan"],
        }
    )
    batch = load_organisations(frame)
    assert batch.ids == ["A"]
    assert batch[0].organisation.sector == "masyarakat"
    assert batch[0].aspects == ("sarana", "pendayagunaan_hasil")
    assert batch.notes == ["ignored column(s) not in the batch layout: 'keterangan'"]


def test_load_organisations_dataframe_rows_are_positions():
    frame = pd.DataFrame({"org_id": ["A", "B"], "need_dana_priority": ["3", "x"]})
    with pytest.raises(SchemaError, match=r"index 1 \(B\): need_dana_priority"):
        load_organisations(frame)


# -- rank_many ---------------------------------------------------------------------------------
def test_rank_many_shape_and_columns(index, orgs):
    out = rank_many(index, orgs, top=3)
    assert list(out.columns[:4]) == ["org_id", "org_name", "rank", "partner_id"]
    assert list(out.columns[5:8]) == ["sector", "kind", "partner_regency"]
    assert out["org_id"].unique().tolist() == orgs.ids  # input order kept
    assert (out.groupby("org_id").size() <= 3).all()
    assert out.groupby("org_id")["rank"].apply(list).map(lambda r: r == list(range(1, 4))).all()
    fits = [c for c in out.columns if c.startswith("fit_")]
    assert fits == [f"fit_{a}" for a in ("dana", "tenaga", "sarana", "program",
                                         "pendayagunaan_hasil")]  # fmt: skip
    # NaN exactly where the organisation does not need the aspect.
    for org_id, profile in zip(orgs.ids, orgs):
        rows = out[out["org_id"] == org_id]
        for column in fits:
            needed = column.removeprefix("fit_") in profile.aspects
            assert rows[column].notna().all() == needed, (org_id, column)


def test_rank_many_equals_rank_per_organisation(index, orgs):
    out = rank_many(index, orgs, top=4, lang="en")
    for org_id, profile in zip(orgs.ids, orgs):
        expected = rank(index, profile, top=4, lang="en").to_frame()
        got = out[out["org_id"] == org_id].drop(columns=["org_id", "org_name", "partner_regency"])
        got = got.reset_index(drop=True)
        got = got.dropna(axis=1, how="all")[expected.columns]
        pd.testing.assert_frame_equal(got, expected, check_exact=True)


def test_rank_many_builds_the_partner_side_once(monkeypatch, orgs):
    calls = []
    original = DirectoryIndex.__init__

    def counting(self, *args, **kwargs):
        calls.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(DirectoryIndex, "__init__", counting)
    rank_many(PARTNERS, orgs[:3], top=2)
    assert len(calls) == 1
    built = DirectoryIndex.build(PARTNERS)
    calls.clear()
    rank_many(built, orgs, top=2)
    assert calls == []  # an index passed in is reused as is


@pytest.mark.parametrize("kind", ["dict", "list", "path", "dataframe"])
def test_rank_many_accepts_organisations_as(kind, index, orgs):
    profiles = list(orgs)[:2]
    source = {
        "dict": dict(zip(["x", "y"], profiles)),
        "list": profiles,
        "path": ORGS,
        "dataframe": pd.read_csv(ORGS, dtype=str).head(2),
    }[kind]
    out = rank_many(index, source, top=1)
    ids = {"dict": ["x", "y"], "list": ["1", "2"]}.get(kind, ["ORG-01", "ORG-02"])
    assert out["org_id"].tolist()[:2] == ids


def test_rank_many_refuses_a_single_profile(index):
    with pytest.raises(TypeError, match="for one profile use rank"):
        rank_many(index, {"needs": {"dana": {"priority": 3}}})


@pytest.mark.parametrize("tty", [False, True])
def test_rank_many_progress_only_on_a_terminal(tty, index, orgs, capsys, monkeypatch):
    capsys.readouterr()
    monkeypatch.setattr("sys.stderr.isatty", lambda: tty)
    rank_many(index, orgs[:2], top=1, progress=True)
    err = capsys.readouterr().err
    assert bool(err) == tty, err


@pytest.mark.parametrize("workers", [2, -1])
def test_rank_many_workers_give_exactly_the_same_table(workers, index, orgs, monkeypatch):
    monkeypatch.setattr(mbatch, "_BLOCK", 3)  # several blocks of organisations to share out
    expected = rank_many(index, orgs, top=4)
    got = rank_many(index, orgs, top=4, workers=workers)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert got.attrs == expected.attrs


def test_rank_many_workers_with_a_progress_bar(index, orgs, capsys, monkeypatch):
    monkeypatch.setattr(mbatch, "_BLOCK", 3)
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    capsys.readouterr()
    out = rank_many(index, orgs, top=1, progress=True, workers=2)
    assert len(out) == len(orgs.ids)
    assert "org" in capsys.readouterr().err


def test_rank_chunked_workers_give_the_same_table(orgs, monkeypatch):
    monkeypatch.setattr(mbatch, "_BLOCK", 3)
    expected = rank_chunked(PARTNERS, orgs, top=3, chunksize=40)
    got = rank_chunked(PARTNERS, orgs, top=3, chunksize=40, workers=2)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)


@pytest.mark.parametrize("workers", [0, -2, 1.5, True, "2"])
def test_rank_many_refuses_bad_workers(workers, index, orgs):
    message = f"workers must be a positive integer or -1 (every core); got {workers!r}"
    with pytest.raises(ValueError, match=re.escape(message)):
        rank_many(index, orgs, top=1, workers=workers)


# -- rank_chunked ------------------------------------------------------------------------------
@pytest.mark.parametrize("chunksize", [30, 1_000])
def test_chunked_equals_in_memory(chunksize, index, orgs):
    some = OrganisationBatch(orgs[:3], ids=orgs.ids[:3])
    expected = rank_many(index, some, top=5)
    got = rank_chunked(PARTNERS, some, top=5, chunksize=chunksize)
    _exactly_same_ranking(got, expected)


def test_chunked_one_partner_per_chunk_equals_in_memory(tmp_path):
    # Each chunk then knows only its own partner's words: any score that reads the rest of
    # the directory (its vocabulary, maxima, ...) differs from the in-memory one.
    path = tmp_path / "mitra.csv"
    pd.DataFrame(
        {
            "partner_id": ["LKP-01", "BLK-01", "CSR-01", "PKK-01"],
            "name": ["LKP Citra Busana", "UPTD BLK Palembang", "CSR Bank Musi", "TP PKK Lahat"],
            "sector": ["masyarakat", "pemerintah", "swasta", "masyarakat"],
            "regency": ["Ogan Komering Ulu", "Palembang", "Palembang", "Lahat"],
            "offers_tenaga": ["instruktur menjahit", "instruktur las", None, "kader penggerak"],
            "offers_dana": [None, None, "hibah modal usaha Rp 50 juta", None],
            "vision": ["warga terampil dan mandiri", None, "ekonomi keluarga", "keluarga"],
            "seeks": ["peserta kursus dari warga belajar", "lembaga pelatihan", "mitra pelaksana",
                      None],
        }
    ).to_csv(path, index=False)  # fmt: skip
    needs = {
        "organisation": {"name": "PKBM Bina Insani", "sector": "masyarakat",
                         "regency": "Ogan Komering Ulu", "vision": "warga belajar mandiri",
                         "offers": "warga belajar paket C, ruang belajar"},
        "needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"},
                  "dana": {"priority": 3, "description": "modal usaha", "quantity": "25 juta"}},
    }  # fmt: skip
    expected = rank(path, needs).to_frame()
    _exactly_same_ranking(rank_chunked(path, needs, top=None, chunksize=1), expected)


def test_chunked_equals_in_memory_single_profile_and_parquet(tmp_path):
    pytest.importorskip("pyarrow")
    path = tmp_path / "partners.parquet"
    pd.read_csv(PARTNERS, dtype=str).to_parquet(path)
    expected = rank(PARTNERS, NEEDS, top=7).to_frame()
    _exactly_same_ranking(rank_chunked(PARTNERS, NEEDS, top=7, chunksize=50), expected)
    _exactly_same_ranking(rank_chunked(path, NEEDS, top=7, chunksize=50), expected)


def test_chunked_equals_in_memory_for_every_partner(index, orgs):
    # top=None keeps every partner, so every score of every partner is compared: a criterion
    # that looks at other partners (the whole directory) cannot hide here.
    some = OrganisationBatch(orgs[:6], ids=orgs.ids[:6])
    got = rank_chunked(PARTNERS, some, top=None, chunksize=40)
    _exactly_same_ranking(got, rank_many(index, some, top=None))


def _partner_lines() -> tuple[str, list[str]]:
    header, *rows = PARTNERS.read_text(encoding="utf-8").splitlines()
    return header, rows


def test_chunked_reports_duplicate_ids_across_chunks(tmp_path, orgs):
    header, rows = _partner_lines()
    first_id = rows[0].split(",")[0]
    rows[60] = first_id + rows[60][rows[60].index(",") :]  # file row 62 repeats row 2's id
    path = tmp_path / "dup.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=rf"1 duplicated: '{first_id}' \(rows 2, 62\)"):
        rank_chunked(path, orgs[:1], chunksize=31)
    with pytest.raises(SchemaError, match=rf"'{first_id}' \(rows 2, 62\)"):
        rank_many(path, orgs[:1])  # the in-memory path says the same


def test_chunked_reports_all_row_problems_with_file_rows(tmp_path, orgs):
    columns = _partner_lines()[0].split(",")
    frame = pd.read_csv(PARTNERS, dtype=str, keep_default_na=False)
    frame.loc[3, "capacity_tenaga"] = "lima orang"  # file row 5 ...
    frame.loc[70, "sector"] = "swsta"  # ... row 72 in a later chunk
    text = frame[columns].to_csv(index=False)
    lines = text.splitlines()
    lines.insert(40, "")  # a blank row shifts everything below by one: row 73
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SchemaError) as caught:
        rank_chunked(path, orgs[:1], chunksize=25)
    message = str(caught.value)
    assert message.startswith(f"{path}: 2 problems found"), message
    assert "column capacity_tenaga: expected a number or Rupiah amount at row 5" in message
    assert re.search(r"unknown value at row 73: 'swsta' \(did you mean 'swasta'\?\)", message)


def test_chunked_structural_problem_reported_once(tmp_path, orgs):
    # name, not sector: a directory without a sector column has it inferred.
    frame = pd.read_csv(PARTNERS, dtype=str).drop(columns="name")
    path = tmp_path / "noname.csv"
    frame.to_csv(path, index=False)
    with pytest.raises(SchemaError) as caught:
        rank_chunked(path, orgs[:1], chunksize=10)
    assert str(caught.value).count("missing required column") == 1


def test_chunked_stops_after_too_many_problems(tmp_path, orgs, monkeypatch):
    monkeypatch.setattr(mbatch, "_MAX_PROBLEMS", 3)
    frame = pd.read_csv(PARTNERS, dtype=str)
    frame["capacity_dana"] = "banyak"
    path = tmp_path / "junk.csv"
    frame.to_csv(path, index=False)
    with pytest.raises(SchemaError, match=r"stopped checking after row \d+: too many problems"):
        rank_chunked(path, orgs[:1], chunksize=10)


@pytest.mark.parametrize("chunksize", [0, -5, 2.5, True])
def test_chunked_refuses_bad_chunksize(chunksize, orgs):
    with pytest.raises(ValueError, match="chunksize must be a positive integer"):
        rank_chunked(PARTNERS, orgs[:1], chunksize=chunksize)


def test_seen_ids_detects_repeats_of_repeats():
    seen = mbatch.DuplicateIds()
    seen.add(pd.Series(["a", "b"], dtype="string"), np.array([2, 3]))
    seen.add(pd.Series(["c", "a"], dtype="string"), np.array([4, 5]))
    seen.add(pd.Series(["a", pd.NA], dtype="string"), np.array([6, 7]))
    assert seen.duplicates == {"a": {2, 5, 6}}
    assert "'a' (rows 2, 5, 6)" in seen.problem().message


# -- rank_many at scale: screened in bulk, still exactly rank() per organisation ------------------
def _rank_each(index, ids, profiles, top):
    """What rank_many must return: each organisation's rank(), org_id first, stacked."""
    frames = []
    names = region_table().regencies["name"]
    for org_id, profile in zip(ids, profiles):
        ranking = rank(index, profile, top=top)
        frame = ranking.to_frame()
        frame.insert(0, "org_id", str(org_id))
        frame.insert(1, "org_name", ranking.profile.organisation.name)
        regencies = [names.get(c) if c else None for c in index.regency[ranking.rows]]
        frame.insert(7, "partner_regency", pd.Series(regencies, dtype=frame["name"].dtype))
        frames.append(frame)
    out = pd.concat([f for f in frames if len(f)], ignore_index=True)
    return out[column_order(out.columns, batch=True)]


@pytest.mark.parametrize("top", [1, 10])
def test_rank_many_equals_rank_on_synthetic_data(top):
    from mitramatch.datasets import make_directory, make_organisations

    index = DirectoryIndex.build(make_directory(2_000, seed=5))
    orgs = load_organisations(make_organisations(60, seed=6))
    expected = _rank_each(index, orgs.ids, list(orgs), top)
    pd.testing.assert_frame_equal(rank_many(index, orgs, top=top), expected, check_exact=True)


def test_rank_many_equals_rank_with_filters_weights_and_wordless_needs(index, orgs):
    profiles = {
        "province": {"organisation": {"province": "Sumatera Selatan"},
                     "needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"}},
                     "filters": {"same_province": True}},
        "near": {"organisation": {"regency": "Ogan Komering Ulu"},
                 "needs": {"dana": {"priority": 3, "description": "modal usaha"},
                           "sarana": {"priority": 4, "description": "mesin jahit"}},
                 "filters": {"max_distance_km": 80, "sectors": ["swasta", "pemerintah"]}},
        "weighted": {"organisation": {"regency": "Lahat", "vision": "warga mandiri"},
                    "needs": {"program": {"priority": 2, "description": "magang"}},
                    "weights": {"need_fit": 0.2, "proximity": 0.6, "vision": 0.2,
                                "reciprocity": 0, "track_record": 0}},
        "no_gate": {"needs": {"tenaga": {"priority": 2, "description": "tutor"}},
                    "weights": {"need_fit": 0, "proximity": 1}},
        "wordless": {"needs": {"tenaga": {"priority": 5}}},
        "nobody": {"needs": {"dana": {"priority": 1, "description": "hibah"}},
                   "filters": {"kinds": ["tidak_ada"]}},
        **dict(zip(orgs.ids[:4], orgs[:4])),
    }  # fmt: skip
    got = rank_many(index, profiles, top=3)
    prepared = list(profiles.values())
    expected = _rank_each(index, list(profiles), prepared, 3)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert "nobody" not in set(got["org_id"])


def test_prepare_many_equals_prepare(index, orgs):
    import dataclasses

    for got, profile in zip(mbatch.prepare_many(index, list(orgs)), orgs):
        expected = index.prepare(profile)
        for field in dataclasses.fields(expected):
            a, b = getattr(got, field.name), getattr(expected, field.name)
            if isinstance(b, np.ndarray):
                np.testing.assert_array_equal(a, b, err_msg=field.name)
            elif isinstance(b, dict):  # arrays per kind exchanged
                assert a.keys() == b.keys()
                for kind in b:
                    np.testing.assert_array_equal(a[kind], b[kind], err_msg=field.name)
            elif field.name == "need_queries":
                for qa, qb in zip(a, b):
                    assert qa.terms == qb.terms
                    assert (qa.roles, qa.exchange) == (qb.roles, qb.exchange)
                    assert qa.total_weight == qb.total_weight
                    np.testing.assert_array_equal(qa.ids, qb.ids)
                    np.testing.assert_array_equal(qa.weights, qb.weights)
            else:
                assert a == b or (a != a and b != b), field.name  # NaN == NaN here


@pytest.mark.parametrize(("top", "lang"), [(0, "id"), (True, "id"), (2, "fr")])
def test_rank_many_refuses_bad_options(index, orgs, top, lang):
    with pytest.raises(ValueError, match=r"top must be|lang must be"):
        rank_many(index, orgs, top=top, lang=lang)
