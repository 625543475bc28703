"""The evaluation harness: metrics, baselines, sets (shapes, splits), errors, the command line.

Every test runs on a tiny handmade set (:func:`make_set`) or on a few files of the sample set,
so the suite stays fast; the full national run is ``mitramatch evaluate data/eval/national``.
"""

from __future__ import annotations

import io
import re
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mitramatch import rank
from mitramatch.cli import EXIT_OK, EXIT_USAGE, main
from mitramatch.cli.evaluation import report
from mitramatch.engine import load_directory, load_needs
from mitramatch.evaluate import (
    SAME_PROVINCE_BOOST,
    SAME_REGENCY_BOOST,
    Evaluation,
    baseline_a_scores,
    baseline_b_scores,
    evaluate,
    location_boost,
    ndcg_at_k,
    partner_texts,
    precision_at_k,
    read_eval_set,
    top_overlap,
)
from mitramatch.exceptions import SchemaError, use_language
from mitramatch.io import read_table

DATA = Path(__file__).resolve().parent.parent / "data"
JUDGEMENTS = DATA / "eval" / "judgements.csv"
NATIONAL = DATA / "eval" / "national"

grades = st.lists(st.integers(0, 3), min_size=1, max_size=30)


# -- metrics -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("ranked", "ideal", "k", "expected"),
    [
        ([3, 2, 0], [3, 2, 0, 0], 3, 1.0),
        # DCG = 7 / log2(3); ideal = 7 + 3 / log2(3)
        ([0, 3, 2], [3, 2, 0], 2, (7 / np.log2(3)) / (7 + 3 / np.log2(3))),
        # (1 + 0 + 7/2) / (7 + 1/log2(3) + 0)
        ([1, 0, 3], [3, 1, 0], 3, (1 + 7 / 2) / (7 + 1 / np.log2(3))),
        # fewer ranked than k: the ideal still has both grades
        ([1], [1, 1], 5, 1 / (1 + 1 / np.log2(3))),
        ([0, 0], [0, 0], 2, 0.0),
    ],
)
def test_ndcg_by_hand(ranked, ideal, k, expected):
    assert ndcg_at_k(ranked, ideal, k) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("ranked", "k", "expected"),
    [([3, 1, 2, 0, 0], 5, 0.4), ([2, 3, 3, 3, 3, 3], 5, 1.0), ([1, 1, 1], 3, 0.0), ([3], 5, 0.2)],
)
def test_precision_by_hand(ranked, k, expected):
    assert precision_at_k(ranked, k) == pytest.approx(expected)


def test_top_overlap_by_hand():
    assert top_overlap(list("ABCD"), list("DCBA"), 2) == 0.0
    assert top_overlap(list("ABCD"), list("BADC"), 2) == 1.0
    assert top_overlap(list("ABCD"), list("ACDB"), 4) == 1.0
    assert top_overlap(list("ABC"), list("CAB"), 2) == 0.5


@given(grades, st.integers(1, 12))
def test_ndcg_is_one_for_the_ideal_order_and_in_unit_range(g, k):
    ideal = sorted(g, reverse=True)
    assert ndcg_at_k(ideal, g, k) == pytest.approx(1.0) or max(g) == 0
    assert 0.0 <= ndcg_at_k(g, g, k) <= 1.0 + 1e-12


@given(grades, st.integers(1, 10))
def test_precision_in_unit_range(g, k):
    assert 0.0 <= precision_at_k(g, k) <= 1.0


# -- baselines -----------------------------------------------------------------------------------
def _directory(rows: list[dict]) -> pd.DataFrame:
    return load_directory(pd.DataFrame(rows))


TINY = [
    {"partner_id": "P1", "name": "Bengkel Jaya Motor", "sector": "swasta",
     "regency": "Kota Palembang", "offers_tenaga": "mekanik sepeda motor"},
    {"partner_id": "P2", "name": "LKP Busana", "sector": "masyarakat",
     "regency": "Kota Bandung", "offers_tenaga": "instruktur menjahit busana"},
    {"partner_id": "P3", "name": "Toko Bangunan Sinar", "sector": "swasta",
     "regency": "Kota Palembang", "offers_dana": "diskon semen"},
    {"partner_id": "P4", "name": "LKP Busana", "sector": "masyarakat",
     "regency": "Kabupaten Ogan Komering Ulu", "offers_tenaga": "instruktur menjahit busana"},
]  # fmt: skip
SEWING = {
    "organisation": {"regency": "Kabupaten Ogan Komering Ulu", "vision": "instruktur menjahit"},
    "needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit busana"}},
}


def test_baseline_a_ranks_the_partner_sharing_the_query_words_first():
    scores = baseline_a_scores(_directory(TINY), load_needs(SEWING))
    assert np.argmax(scores) in (1, 3)
    assert scores[1] == pytest.approx(scores[3])  # the same text: the same score
    assert scores[1] > scores[0]
    assert scores[1] > scores[2]


def test_baselines_are_deterministic_and_do_not_depend_on_row_order():
    profile = load_needs(SEWING)
    first = baseline_b_scores(_directory(TINY), profile)
    assert np.array_equal(first, baseline_b_scores(_directory(TINY), profile))
    shuffled = baseline_b_scores(_directory(TINY[::-1]), profile)
    assert shuffled[::-1] == pytest.approx(first)


def test_baseline_a_query_is_the_need_descriptions_only():
    profile = load_needs(SEWING)
    other = load_needs({**SEWING, "organisation": {"vision": "mekanik motor", "offers": "motor"}})
    assert baseline_a_scores(_directory(TINY), profile) == pytest.approx(
        baseline_a_scores(_directory(TINY), other)
    )


def test_location_boost_moves_a_same_regency_partner_up():
    directory, profile = _directory(TINY), load_needs(SEWING)
    a, b = baseline_a_scores(directory, profile), baseline_b_scores(directory, profile)
    # P2 and P4 tie on text; the tie-break puts P2 first, the boost puts P4 (same regency) first.
    from mitramatch.evaluate import _ranked_positions  # the one ordering rule, tested here

    tiebreak = np.arange(len(TINY))
    ids = directory["partner_id"].to_numpy()
    assert ids[_ranked_positions(a, tiebreak)][:2].tolist() == ["P2", "P4"]
    assert ids[_ranked_positions(b, tiebreak)][0] == "P4"
    assert (b - a).round(6).tolist() == [
        SAME_PROVINCE_BOOST, 0.0, SAME_PROVINCE_BOOST, SAME_REGENCY_BOOST,
    ]  # fmt: skip


def test_location_boost_uses_the_regions_mitramatch_resolves():
    directory = _directory(
        [
            {"partner_id": "A", "name": "X", "sector": "swasta", "regency": "KAB. OKU"},
            {"partner_id": "B", "name": "Y", "sector": "swasta", "region_code": "16.01"},
            {"partner_id": "C", "name": "Z", "sector": "swasta", "province": "SUMSEL"},
            {"partner_id": "D", "name": "W", "sector": "swasta"},
        ]
    )
    profile = load_needs(SEWING)
    assert location_boost(directory, profile).tolist() == [0.3, 0.3, 0.1, 0.0]
    nowhere = load_needs({"needs": SEWING["needs"]})
    assert location_boost(directory, nowhere).tolist() == [0.0] * 4


def test_partner_texts_include_a_free_text_offer_column_but_not_numbers():
    directory = load_directory(
        pd.DataFrame(
            {
                "No": ["1"],
                "ID": ["A"],
                "Nama Lembaga": ["LKP MAJU"],
                "Sektor": ["swasta"],
                "Jenis": ["LKP"],
                "Keterangan": ["instruktur las (2 orang)"],
                "Visi": ["mandiri"],
                "Mencari": ["peserta"],
            }
        )
    )
    assert partner_texts(directory).tolist() == [
        "LKP MAJU lkp instruktur las (2 orang) mandiri peserta"
    ]


# -- a tiny evaluation set -----------------------------------------------------------------------
FILLER = "Toko Serba Ada {i}"
PLG, BDG, SEW = ("Kota Palembang", "16.71"), ("Kota Bandung", "32.73"), "instruktur menjahit"
DEV_PARTNERS = [
    ("D-01", "LKP Citra Busana", "masyarakat", *PLG, SEW, "ya"),
    ("D-02", "Bengkel Jaya", "swasta", *PLG, "mekanik motor", "ya"),
    ("D-03", "LKP Jahit Lama", "masyarakat", *PLG, SEW, "tidak"),  # inactive
    ("D-04", "LKP Busana Bandung", "masyarakat", *BDG, SEW, "ya"),  # far away
]
DEV_GRADES = {"D-01": 3, "D-02": 1, "D-03": 0, "D-04": 1}


def _held_partners() -> list[tuple]:
    rows = [
        ("H-01", "LKP Anggun", "masyarakat", *PLG, SEW, "ya"),
        ("H-02", "LKP Jahit Tutup", "masyarakat", *PLG, f"{SEW} busana", "tidak"),
        ("H-03", "Konveksi Maju", "swasta", *PLG, "penjahit senior", "ya"),
    ]
    rows += [
        (f"H-{i:02d}", FILLER.format(i=i), "swasta", *PLG, "barang", "ya") for i in range(4, 16)
    ]
    return rows


HELD_GRADES = {"H-01": 3, "H-02": 0, "H-03": 2}


def _per_aspek(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"partner_id": p, "name": n, "sector": s, "regency": r, "region_code": c,
             "offers_tenaga": o, "active": a}
            for p, n, s, r, c, o, a in rows
        ]
    )  # fmt: skip


def _satu_kolom(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"No": i + 1, "ID": p, "Nama Lembaga": n, "Sektor": s, "Kabupaten/Kota": r,
             "Keterangan": f"{o} (2 orang)", "Aktif": a.capitalize()}
            for i, (p, n, s, r, _c, o, a) in enumerate(rows)
        ]
    )  # fmt: skip


PROFILE = """\
[organisation]
name = "PKBM Uji"
regency = "Kota Palembang"

[needs.tenaga]
priority = 5
description = "instruktur menjahit"
"""


def make_set(folder: Path, *, judgements=None, split=None, shapes=None) -> Path:
    """A set of two directories (dev, heldout), two shapes each, one profile per directory."""
    (folder / "needs").mkdir(parents=True)
    (folder / "needs" / "jahit_dev.toml").write_text(PROFILE, encoding="utf-8")
    (folder / "needs" / "jahit_held.toml").write_text(PROFILE, encoding="utf-8")
    for name, rows in (("dir_dev", DEV_PARTNERS), ("dir_held", _held_partners())):
        _per_aspek(rows).to_csv(folder / f"{name}.csv", index=False)
        _satu_kolom(rows).to_csv(folder / f"{name}_satu_kolom.csv", index=False)
    if shapes is None:
        shapes = "directory,shape,file\n" + "".join(
            f"{d},per_aspek,{d}.csv\n{d},satu_kolom,{d}_satu_kolom.csv\n"
            for d in ("dir_dev", "dir_held")
        )
    (folder / "shapes.csv").write_text(shapes, encoding="utf-8")
    split = "directory,split\ndir_dev,dev\ndir_held,heldout\n" if split is None else split
    (folder / "split.csv").write_text(split, encoding="utf-8")
    if judgements is None:
        lines = [f"jahit_dev.toml,dir_dev,{p[0]},{DEV_GRADES[p[0]]}" for p in DEV_PARTNERS]
        lines += [
            f"jahit_held.toml,dir_held,{p[0]},{HELD_GRADES.get(p[0], 0)}" for p in _held_partners()
        ]
        judgements = "profile,directory,partner_id,grade\n" + "\n".join(lines) + "\n"
    (folder / "judgements.csv").write_text(judgements, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tiny_set(tmp_path_factory) -> Path:
    """The tiny set, shared: tests read it and never change it."""
    return make_set(tmp_path_factory.mktemp("tiny") / "set")


@pytest.fixture(scope="module")
def tiny_result(tiny_set) -> Evaluation:
    return evaluate(tiny_set)


@pytest.fixture(scope="module")
def perfect_result(tiny_set) -> Evaluation:
    return evaluate(tiny_set, ranker=perfect)


def perfect(directory: pd.DataFrame, profile) -> np.ndarray:
    """A ranker that has read the grades."""
    every = {**DEV_GRADES, **HELD_GRADES}
    return directory["partner_id"].map(lambda p: every.get(p, 0)).to_numpy(dtype=float)


def shuffled(directory: pd.DataFrame, profile) -> np.ndarray:
    """A ranker that orders at random (seeded, so the test is deterministic)."""
    return np.random.default_rng(7).random(len(directory))


# -- evaluating ----------------------------------------------------------------------------------
def test_every_pair_and_system_is_evaluated(tiny_result):
    result = tiny_result
    scores = result.scores()
    assert set(scores["shape"]) == {"per_aspek", "satu_kolom"}
    assert result.systems == ("mitramatch", "baseline_a", "baseline_b")
    assert len(scores) == 2 * 2 * 3  # (profile, directory) x shape x system
    assert list(scores.columns) == [
        "profile", "directory", "shape", "split", "system", "NDCG@10", "P@5",
    ]  # fmt: skip
    # Every system ranks every partner of the file.
    assert all(len(r) == len(set(r)) for r in result.runs["ranked"])
    assert {len(r) for r in result.runs[result.runs["directory"] == "dir_held"]["ranked"]} == {15}


def test_a_partner_mitramatch_does_not_rank_is_ranked_last(tiny_set):
    result = evaluate(tiny_set, shapes="per_aspek", split="dev")
    runs = result.runs.set_index("system")
    assert runs.loc["mitramatch", "ranked"][-1] == "D-03"  # inactive: dropped by mitramatch
    assert "D-03" in runs.loc["baseline_a", "ranked"][:2]  # the baselines rank it as any other


def test_mitramatch_ranking_is_exactly_what_users_get():
    """On a sample profile: rank(...).to_frame()'s order, then the partners it leaves out."""
    table = read_table(JUDGEMENTS, what="judgement set")[0]
    subset = table[table["profile"] == "pkbm_menjahit_oku.toml"]
    result = evaluate(subset, base=JUDGEMENTS.parent)
    ours = result.runs[result.runs["system"] == "mitramatch"]
    (ranked,) = ours["ranked"]
    directory = DATA / "partners_oku.csv"
    shown = rank(directory, DATA / "needs" / "pkbm_menjahit_oku.toml").to_frame()["partner_id"]
    rest = sorted(set(load_directory(directory)["partner_id"]) - set(shown))
    assert len(rest) > 0
    assert ranked.tolist() == shown.tolist() + rest


def test_ties_are_broken_by_partner_id_for_every_system(tiny_set):
    result = evaluate(tiny_set, ranker=lambda d, p: np.zeros(len(d)), split="dev")
    assert result.system == "ranker"
    tied = result.runs[result.runs["system"] == "ranker"]["ranked"].iloc[0].tolist()
    assert tied == ["D-01", "D-02", "D-03", "D-04"]
    nan_first = evaluate(
        tiny_set, ranker=lambda d, p: np.array([np.nan, 0.1, 0.2, np.nan]), split="dev"
    )
    order = nan_first.runs[nan_first.runs["system"] == "ranker"]["ranked"].iloc[0].tolist()
    assert order == ["D-03", "D-02", "D-01", "D-04"]  # unranked last, by partner_id


def test_the_baselines_in_the_harness_are_the_public_functions(tiny_set, tiny_result):
    again = evaluate(tiny_set, ranker=baseline_b_scores, name="again", shapes="satu_kolom")
    runs = pd.concat([tiny_result.runs, again.runs[again.runs["system"] == "again"]])
    runs = runs[runs["shape"] == "satu_kolom"].set_index(["profile", "system"])["ranked"]
    for profile in ("jahit_dev.toml", "jahit_held.toml"):
        assert runs[(profile, "again")].tolist() == runs[(profile, "baseline_b")].tolist()


def test_the_ranker_sees_the_directory_as_load_directory_reads_it(tiny_set):
    seen = []

    def spy(directory, profile):
        seen.append((list(directory.columns), profile.organisation.name))
        return np.zeros(len(directory))

    evaluate(tiny_set, ranker=spy, shapes="satu_kolom", split="dev", name="spy")
    columns, org = seen[0]
    # the free-text "Keterangan" column is read as the contract's offers column
    assert {"partner_id", "name", "sector", "active", "offers"} <= set(columns)
    assert org == "PKBM Uji"


def test_a_ranker_with_the_wrong_number_of_scores_is_refused(tiny_set):
    with pytest.raises(SchemaError, match="returned 1 scores for 4 partners"):
        evaluate(tiny_set, ranker=lambda d, p: np.zeros(1), split="dev")


def test_perfect_ranker_scores_one(perfect_result):
    result = perfect_result
    ours = result.scores().query("system == 'perfect'")
    assert ours["NDCG@10"].tolist() == pytest.approx([1.0] * 4)
    assert result.check_bar() == []


def test_split_and_shape_selection(tiny_set, tiny_result):
    dev = evaluate(tiny_set, split="dev", shapes=["satu_kolom"])
    assert set(dev.scores()["split"]) == {"dev"}
    assert set(dev.scores()["shape"]) == {"satu_kolom"}
    assert dev.shapes == ("satu_kolom",)
    means = tiny_result.means()
    assert means[["split", "shape"]].values.tolist() == [
        ["dev", "per_aspek"], ["dev", "satu_kolom"],
        ["heldout", "per_aspek"], ["heldout", "satu_kolom"],
    ]  # fmt: skip
    assert means["profiles"].tolist() == [1, 1, 1, 1]
    assert "NDCG@10 baseline_b" in means.columns
    assert "P@5 mitramatch" in means.columns


def test_summary_is_the_held_out_part(tiny_set, perfect_result):
    result = perfect_result
    summary = result.summary()
    assert list(summary.index) == ["per_aspek", "satu_kolom"]
    assert list(summary.columns) == ["perfect", "baseline_a", "baseline_b"]
    held = result.scores().query("split == 'heldout' and shape == 'per_aspek'")
    assert summary.at["per_aspek", "baseline_a"] == pytest.approx(
        held.set_index("system").at["baseline_a", "NDCG@10"]
    )
    assert evaluate(tiny_set, split="dev").summary().empty


def test_k_is_selectable(tiny_set, tiny_result):
    result = evaluate(tiny_set, k=5, precision_k=3, split="dev", shapes="per_aspek")
    assert {"NDCG@5", "P@3"} <= set(result.scores().columns)
    # Rankings are kept, so any cut-off can be read from one evaluation.
    assert tiny_result.scores(k=5)["NDCG@5"].tolist()[:3] == result.scores()["NDCG@5"].tolist()


def test_by_profile_has_one_row_per_profile_and_a_column_per_system(tiny_result):
    table = tiny_result.by_profile("satu_kolom")
    assert table["profile"].tolist() == ["jahit_dev.toml", "jahit_held.toml"]
    assert [c for c in table.columns if c.startswith("NDCG")] == [
        "NDCG@10 mitramatch", "NDCG@10 baseline_a", "NDCG@10 baseline_b",
    ]  # fmt: skip


def test_shape_agreement(tiny_set, perfect_result):
    agreement = perfect_result.agreement()
    assert set(agreement["shape"]) == {"satu_kolom"}
    ours = agreement[agreement["system"] == "perfect"]
    assert ours["overlap@10"].tolist() == [1.0, 1.0]
    assert ours["difference"].tolist() == [0.0, 0.0]
    assert evaluate(tiny_set, shapes="satu_kolom").agreement().empty


def test_a_directory_missing_a_shape_is_skipped_for_that_shape(tmp_path):
    shapes = (
        "directory,shape,file\ndir_dev,per_aspek,dir_dev.csv\ndir_held,per_aspek,dir_held.csv\n"
        "dir_held,satu_kolom,dir_held_satu_kolom.csv\n"
    )
    result = evaluate(make_set(tmp_path / "s", shapes=shapes))
    counts = result.scores().groupby("shape")["profile"].nunique()
    assert counts.to_dict() == {"per_aspek": 2, "satu_kolom": 1}


def test_a_judgements_file_alone_is_one_shape_all_dev():
    evalset = read_eval_set(JUDGEMENTS)
    assert evalset.shapes == ("per_aspek",)
    assert set(evalset.splits.values()) == {"dev"}
    assert evalset.split_file is None


def test_a_subset_of_the_national_set_via_a_dataframe():
    table = read_table(NATIONAL / "judgements.csv", what="judgement set")[0]
    subset = table[table["directory"] == "partners_kupang"]
    result = evaluate(subset, base=NATIONAL, shapes=["per_aspek", "kapital"])
    scores = result.scores()
    assert set(scores["profile"]) == set(subset["profile"])
    assert set(scores["split"]) == {"dev"}
    assert scores["NDCG@10"].between(0, 1).all()
    assert {len(r) for r in result.runs["ranked"]} == {62}
    assert result.notes == []


def test_ungraded_partners_count_as_zero_with_a_note(tmp_path):
    lines = [f"jahit_dev.toml,dir_dev,{p},{g}" for p, g in DEV_GRADES.items() if p != "D-04"]
    make_set(tmp_path / "s2", judgements="profile,directory,partner_id,grade\n"
             + "\n".join(lines) + "\n", split="directory,split\ndir_dev,dev\n")  # fmt: skip
    result = evaluate(tmp_path / "s2", shapes="per_aspek")
    assert len(result.notes) == 1
    assert "1 partner(s) not graded" in str(result.notes[0])


def test_check_bar_names_the_failing_shape_and_profiles(tiny_set):
    failures = evaluate(tiny_set, ranker=shuffled).check_bar()
    text = " | ".join(str(f) for f in failures)
    assert "shape per_aspek" in text
    assert "shape satu_kolom" in text
    assert "below 0.90" in text
    assert "jahit_held.toml" in text


def test_check_bar_without_a_held_out_part(tiny_set):
    failures = evaluate(tiny_set, split="dev").check_bar()
    assert len(failures) == 1
    assert "no held-out profile" in str(failures[0])


def test_evaluation_renders_in_a_notebook(tiny_result):
    result = tiny_result
    assert isinstance(result, Evaluation)
    assert "<table" in result._repr_html_()
    assert "mitramatch" in repr(result)


# -- errors --------------------------------------------------------------------------------------
GOOD = "profile,directory,partner_id,grade\n"


def _judgements(*lines: str) -> str:
    return GOOD + "\n".join(lines) + "\n"


def _dev_lines(**changes: str) -> list[str]:
    lines = {p: f"jahit_dev.toml,dir_dev,{p},{g}" for p, g in DEV_GRADES.items()}
    lines.update(changes)
    return list(lines.values())


BAD_SETS = {
    "grade tiga, 4, empty": (
        {"judgements": _judgements(*_dev_lines(**{
            "D-01": "jahit_dev.toml,dir_dev,D-01,tiga",
            "D-02": "jahit_dev.toml,dir_dev,D-02,4",
            "D-04": "jahit_dev.toml,dir_dev,D-04,"}))},
        r"judgements\.csv: column grade: expected a whole number from 0 to 3 at rows 2, 3, 5 "
        r"\(found 'tiga', '4', empty\)",
    ),
    "grade 2.5": (
        {"judgements": _judgements(*_dev_lines(**{"D-03": "jahit_dev.toml,dir_dev,D-03,2.5"}))},
        r"column grade: expected a whole number from 0 to 3 at row 4 \(found '2\.5'\)",
    ),
    "missing column": (
        {"judgements": "profile,directory,partner,grade\njahit_dev.toml,dir_dev,D-01,3\n"},
        r"judgements\.csv: missing column\(s\) partner_id \(did you mean 'partner'\?\); "
        r"expected columns profile, directory, partner_id, grade",
    ),
    "unknown directory": (
        {"judgements": _judgements(*_dev_lines(**{"D-01": "jahit_dev.toml,dir_devv,D-01,3"}))},
        r"column directory: unknown directory 'dir_devv' at row 2 \(did you mean 'dir_dev'\?\); "
        r"expected a directory of .*shapes\.csv: dir_dev, dir_held",
    ),
    "unknown profile": (
        {"judgements": _judgements(*_dev_lines(**{"D-01": "jahit_dve.toml,dir_dev,D-01,3"}))},
        r"column profile: unknown profile 'jahit_dve.toml' at row 2 "
        r"\(did you mean 'jahit_dev.toml'\?\); expected a needs profile file in",
    ),
    "partner not in directory": (
        {"judgements": _judgements(*_dev_lines(), "jahit_dev.toml,dir_dev,D-99,1")},
        r"judgements\.csv: column partner_id: 'D-99' at row 6 not in directory 'dir_dev' "
        r"\(dir_dev\.csv, dir_dev_satu_kolom\.csv\); expected a partner_id of that directory",
    ),
    "graded twice": (
        {"judgements": _judgements(*_dev_lines(), "jahit_dev.toml,dir_dev,D-02,0")},
        r"each \(profile, directory, partner_id\) must be graded once; 1 graded more than "
        r"once: \('jahit_dev.toml', 'dir_dev', 'D-02'\) \(rows 3, 6\)",
    ),
    "split misses a directory": (
        {"split": "directory,split\ndir_held,heldout\n"},
        r"split\.csv: column directory: no split for directory 'dir_dev' \(graded in .*"
        r"judgements\.csv at rows 2, 3, 4 and 1 more\); expected a row 'dir_dev,dev' or "
        r"'dir_dev,heldout'",
    ),
    "unknown split": (
        {"split": "directory,split\ndir_dev,dev\ndir_held,held-out\n"},
        r"split\.csv: column split: unknown split 'held-out' at row 3 "
        r"\(did you mean 'heldout'\?\); expected dev or heldout",
    ),
    "split listed twice": (
        {"split": "directory,split\ndir_dev,dev\ndir_held,heldout\ndir_dev,heldout\n"},
        r"split\.csv: column directory: each directory must have one split; repeated at rows 2, 4",
    ),
    "shape listed twice": (
        {"shapes": "directory,shape,file\ndir_dev,per_aspek,dir_dev.csv\n"
                   "dir_dev,per_aspek,dir_dev_satu_kolom.csv\ndir_held,per_aspek,dir_held.csv\n"},
        r"shapes\.csv: each \(directory, shape\) must be listed once; repeated at rows 2, 3",
    ),
    "shape file not found": (
        {"shapes": "directory,shape,file\ndir_dev,per_aspek,dir_dev.csv\n"
                   "dir_held,per_aspek,dir_hld.csv\n"},
        r"shapes\.csv: column file: 'dir_hld.csv' at row 3 not found in .*"
        r"\(did you mean 'dir_held.csv'\?\)",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(BAD_SETS))
def test_bad_sets_raise_a_schema_error_naming_file_column_row(tmp_path, case):
    files, message = BAD_SETS[case]
    folder = make_set(tmp_path / "set", **files)
    with pytest.raises(SchemaError, match=message):
        evaluate(folder)


@pytest.mark.parametrize("case", list(BAD_SETS))
def test_bad_sets_exit_2_with_the_message_and_no_traceback(tmp_path, capsys, case):
    files, message = BAD_SETS[case]
    folder = make_set(tmp_path / "set", **files)
    assert main(["evaluate", str(folder), "--lang", "en"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("mitramatch: error: ")
    assert re.search(message, err)
    assert "Traceback" not in err


def test_every_problem_of_the_judgements_is_reported_at_once(tmp_path):
    text = _judgements(
        *_dev_lines(**{"D-01": "jahit_dev.toml,dir_dev,D-01,tiga"}),
        "nope.toml,dir_dev,D-02,1",
    )
    with pytest.raises(SchemaError) as caught:
        evaluate(make_set(tmp_path / "set", judgements=text))
    message = str(caught.value)
    assert "2 problems found" in message
    assert "column grade" in message
    assert "unknown profile 'nope.toml'" in message


def test_judgements_as_a_dataframe_name_positions_or_spreadsheet_rows(tiny_set):
    frame = pd.DataFrame(
        {"profile": ["jahit_dev.toml"], "directory": ["dir_dev"], "partner_id": ["D-01"],
         "grade": ["4"]}
    )  # fmt: skip
    with pytest.raises(SchemaError, match=r"^judgements: column grade: .* at index 0 "):
        evaluate(frame, base=tiny_set)
    read = read_table(tiny_set / "judgements.csv", what="judgement set")[0]
    read.loc[1, "grade"] = "tiga"
    with pytest.raises(SchemaError, match=r"column grade: .* at row 3 \(found 'tiga'\)"):
        evaluate(read, base=tiny_set)


def test_messages_in_indonesian(tmp_path):
    text = _judgements(*_dev_lines(**{"D-01": "jahit_dev.toml,dir_dev,D-01,tiga"}))
    folder = make_set(tmp_path / "set", judgements=text)
    with pytest.raises(SchemaError) as caught:
        evaluate(folder)
    with use_language("id"):
        assert "kolom grade: seharusnya bilangan bulat 0 sampai 3 pada baris 2" in str(caught.value)


def test_cli_messages_follow_lang(tmp_path, capsys):
    text = _judgements(*_dev_lines(**{"D-01": "jahit_dev.toml,dir_dev,D-01,4"}))
    folder = make_set(tmp_path / "set", judgements=text)
    assert main(["evaluate", str(folder), "--lang", "id"]) == EXIT_USAGE
    assert "seharusnya bilangan bulat 0 sampai 3" in capsys.readouterr().err


def test_unknown_shape_and_empty_split(tiny_set, capsys):
    with pytest.raises(
        SchemaError, match=r"unknown shape 'satu-kolom' \(did you mean 'satu_kolom'"
    ):
        evaluate(tiny_set, shapes="satu-kolom")
    with pytest.raises(SchemaError, match=r"no graded directory is in split 'heldout'.*no split"):
        evaluate(JUDGEMENTS, split="heldout")
    assert main(["evaluate", str(tiny_set), "--shape", "kapital", "--lang", "en"]) == EXIT_USAGE
    assert "unknown shape 'kapital'" in capsys.readouterr().err


def test_a_folder_without_judgements(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path), "--lang", "en"]) == EXIT_USAGE
    assert "no judgements.csv in this folder" in capsys.readouterr().err


# -- the command line ----------------------------------------------------------------------------
def _report(result, **options) -> str:
    buffer = io.StringIO()
    report(result, stream=buffer, **options)
    return buffer.getvalue()


def test_cli_text_summary(tiny_set, capsys):
    assert main(["evaluate", str(tiny_set), "--lang", "en"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Means per split and shape (NDCG@10, P@5)" in out
    assert "On the held-out part: NDCG@10 per shape" in out
    assert "Shape agreement with per_aspek" in out
    assert "NDCG@10 mitramatch  NDCG@10 baseline_a  NDCG@10 baseline_b" in out


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        ("profile", ["Shape per_aspek: per profile", "Shape satu_kolom: per profile", "(mean)"]),
        ("agreement", ["Shape agreement of mitramatch with per_aspek, per profile", "overlap@10"]),
    ],
)
def test_text_views(tiny_result, by, expected):
    out = _report(tiny_result, by=by)
    for line in [*expected, "jahit_held.toml"]:
        assert line in out


def test_text_in_indonesian(tiny_result):
    with use_language("id"):
        assert "Pada bagian heldout: NDCG@10 per bentuk" in _report(tiny_result)


def test_cli_markdown(tiny_set, capsys):
    argv = ["evaluate", str(tiny_set), "--format", "markdown", "--split", "heldout", "--k", "5",
            "--lang", "en"]  # fmt: skip
    assert main(argv) == EXIT_OK
    out = capsys.readouterr().out
    assert "**On the held-out part: NDCG@5 per shape**" in out
    table = [line for line in out.splitlines() if line.startswith("|")]
    assert table[0].startswith("| split | shape | profiles | NDCG@5 mitramatch")
    assert table[1].startswith("| --- | --- | ---: |")
    assert all(line.endswith("|") for line in table)


def test_cli_csv(tiny_set, capsys):
    argv = ["evaluate", str(tiny_set), "--format", "csv", "--by", "profile", "--shape", "kapital"]
    assert main(argv) == EXIT_USAGE  # the tiny set has no kapital shape
    capsys.readouterr()
    assert main(["evaluate", str(tiny_set), "--format", "csv", "--by", "profile"]) == EXIT_OK
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert len(frame) == 2 * 2 * 3
    assert frame["NDCG@10"].between(0, 1).all()


@pytest.mark.parametrize(
    ("by", "columns"),
    [
        ("profile", ["profile", "directory", "shape", "split", "system", "NDCG@10", "P@5"]),
        ("summary", ["split", "shape", "profiles", "NDCG@10 mitramatch"]),
        ("agreement", ["split", "directory", "profile", "system", "shape", "NDCG@10 per_aspek"]),
    ],
)
def test_csv_views(tiny_result, by, columns):
    frame = pd.read_csv(io.StringIO(_report(tiny_result, by=by, fmt="csv")))
    assert list(frame.columns[: len(columns)]) == columns
    assert len(frame) > 0


@pytest.fixture
def rankers(tmp_path) -> Path:
    """``perfect`` and ``shuffled`` in a file, for ``--ranker FILE.py:FUNCTION``."""
    path = tmp_path / "fake_rankers.py"
    grades = {**DEV_GRADES, **HELD_GRADES}
    path.write_text(
        textwrap.dedent(
            f"""
            import numpy as np

            GRADES = {grades!r}

            def perfect(directory, profile):
                return directory["partner_id"].map(lambda p: GRADES.get(p, 0)).to_numpy(float)

            def shuffled(directory, profile):
                return np.random.default_rng(7).random(len(directory))
            """
        ),
        encoding="utf-8",
    )
    return path


def test_check_bar_passes_with_a_perfect_ranker(tiny_set, rankers, capsys):
    argv = ["evaluate", str(tiny_set), "--check-bar", "--ranker", f"{rankers}:perfect", "--lang",
            "en"]  # fmt: skip
    argv += ["--split", "heldout"]
    assert main(argv) == EXIT_OK
    captured = capsys.readouterr()
    assert "mitramatch: bar met" in captured.err
    assert "perfect" in captured.out


def test_check_bar_fails_with_a_random_ranker(tiny_set, rankers, capsys):
    argv = ["evaluate", str(tiny_set), "--check-bar", "--ranker", f"{rankers}:shuffled", "--lang",
            "en"]  # fmt: skip
    argv += ["--split", "heldout"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "mitramatch: bar not met" in err
    assert "shape per_aspek" in err
    assert "jahit_held.toml" in err


def test_check_bar_fails_without_a_held_out_part(tiny_set, rankers, capsys):
    argv = ["evaluate", str(tiny_set), "--lang", "en", "--split", "dev", "--check-bar",
            "--ranker", f"{rankers}:perfect"]  # fmt: skip
    assert main(argv) == 1
    assert "no held-out profile was evaluated" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("nocolon", "expected MODULE:FUNCTION"),
        ("no_such_module_xyz:f", "cannot import 'no_such_module_xyz'"),
        ("mitramatch.evaluate:nothing", "has no function 'nothing'"),
    ],
)
def test_bad_ranker_is_a_usage_error(tiny_set, capsys, spec, message):
    with pytest.raises(SystemExit) as caught:
        main(["evaluate", str(tiny_set), "--ranker", spec])
    assert caught.value.code == EXIT_USAGE
    assert message in capsys.readouterr().err
