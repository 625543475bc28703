from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from mitramatch import DirectoryIndex, InputError, rank
from mitramatch.datasets import make_directory, make_organisations
from mitramatch.engine.needs import NeedsProfile
from mitramatch.engine.parsing import _parse_decimal, parse_amount, parse_amounts, parse_decimals
from mitramatch.engine.text import Analyzer, TextModel, Vocabulary

pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def index() -> DirectoryIndex:
    return DirectoryIndex.build(make_directory(1500, seed=11))


@pytest.fixture(scope="module")
def profiles() -> list[NeedsProfile]:
    orgs = make_organisations(4, seed=12)
    return [NeedsProfile.from_record(r) for r in orgs.to_dict("records")]


def _same_ranking(a: DirectoryIndex, b: DirectoryIndex, profile, top=None) -> None:
    pd.testing.assert_frame_equal(
        rank(a, profile, top=top).to_frame(), rank(b, profile, top=top).to_frame()
    )


@pytest.mark.parametrize("top", [None, 7])
def test_a_loaded_index_ranks_exactly_as_the_original(index, profiles, tmp_path, top):
    index.save(tmp_path / "mitra.index")
    loaded = DirectoryIndex.load(tmp_path / "mitra.index")
    assert len(loaded) == len(index)
    for profile in profiles:
        _same_ranking(index, loaded, profile, top=top)


def test_saved_files_need_no_pickle(index, tmp_path):
    index.save(tmp_path / "i")
    for npy in (tmp_path / "i").glob("*.npy"):
        np.load(npy, allow_pickle=False)
    for npz in (tmp_path / "i").glob("*.npz"):
        with np.load(npz, allow_pickle=False) as data:
            [data[k] for k in data.files]
    manifest = json.loads((tmp_path / "i" / "manifest.json").read_text())
    assert manifest["format"] == "mitramatch-index"
    assert manifest["partners"] == len(index)


def test_saving_again_replaces_the_index(index, tmp_path):
    small = DirectoryIndex.build(make_directory(20, seed=1))
    small.save(tmp_path / "i")
    index.save(tmp_path / "i")
    assert len(DirectoryIndex.load(tmp_path / "i")) == len(index)
    assert [p.name for p in tmp_path.iterdir()] == ["i"]


def test_save_refuses_to_overwrite_something_else(index, tmp_path):
    (tmp_path / "report.csv").write_text("x\n")
    with pytest.raises(InputError, match="not a mitramatch index"):
        index.save(tmp_path / "report.csv")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda p: (p / "manifest.json").unlink(), "no manifest"),
        (lambda p: (p / "manifest.json").write_text('{"format": "x", "version": 9}'), "rebuild"),
        (lambda p: (p / "vision.npz").write_bytes(b"junk"), "damaged or altered index"),
    ],
)
def test_a_damaged_index_is_refused_clearly(index, tmp_path, damage, message):
    index.save(tmp_path / "i")
    damage(tmp_path / "i")
    with pytest.raises(InputError, match=message):
        DirectoryIndex.load(tmp_path / "i")


def test_an_index_is_tied_to_its_vocabulary(index, tmp_path):
    index.save(tmp_path / "i")
    vocabulary = Vocabulary.load()
    other = Analyzer(
        Vocabulary(**{**vocabulary.__dict__, "generic_weight": vocabulary.generic_weight / 2})
    )
    with pytest.raises(InputError, match="another vocabulary"):
        DirectoryIndex.load(tmp_path / "i", analyzer=other)


def test_fit_counts_equals_fit_then_counts():
    frame = make_directory(300, seed=3)
    columns = [frame[c] for c in ("offers_tenaga", "offers_program", "vision")]
    model, matrices = TextModel.fit_counts(columns)
    reference = TextModel.fit(columns)
    assert model.terms.tolist() == reference.terms.tolist()
    for column, matrix in zip(columns, matrices):
        assert (matrix != reference.counts(column)).nnz == 0


@pytest.mark.parametrize("top", [1, 3, 50, 10_000])
def test_top_k_is_the_head_of_the_full_ranking_even_with_ties(top):
    # Many identical partners: ties at the cut must still break by partner_id.
    frame = make_directory(200, seed=9)
    frame = pd.concat([frame, frame.assign(partner_id=frame["partner_id"] + "-b")])
    profile = {"needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"}}}
    full = rank(frame, profile).to_frame()
    head = rank(frame, profile, top=top).to_frame()
    pd.testing.assert_frame_equal(head, full.head(top))


# The column parsers read common forms at once and the rest one by one: same result.
_cells = st.one_of(
    st.from_regex(r"[-+]?[0-9]{1,7}([.,][0-9]{0,4})?(e[-+]?[0-9])?", fullmatch=True),
    st.from_regex(r"[1-9][0-9]{0,2}(\.[0-9]{3}){1,3}", fullmatch=True),
    st.text(alphabet=" 0123456789.,-+eE\u2212rpjtM", max_size=10),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_cells, min_size=1, max_size=20))
def test_column_parsers_agree_with_the_scalar_parsers(cells):
    for column_parser, scalar in ((parse_decimals, _parse_decimal), (parse_amounts, parse_amount)):
        values, bad = column_parser(pd.Series(cells, dtype=object))
        for cell, value, is_bad in zip(cells, values, bad):
            try:
                expected, expected_bad = scalar(cell), False
            except ValueError:
                expected, expected_bad = np.nan, True
            assert is_bad == expected_bad, cell
            assert value == expected or (np.isnan(value) and np.isnan(expected)), cell


def test_a_subset_scores_its_partners_exactly_as_the_whole(index, profiles):
    rng = np.random.default_rng(0)
    rows = np.sort(rng.choice(len(index), size=400, replace=False))
    sub = index.take(rows)
    kept = set(index.partner_id[rows])
    for profile in profiles:
        whole = rank(index, profile).to_frame()
        whole = whole[whole["partner_id"].isin(kept)].drop(columns="rank")
        part = rank(sub, profile).to_frame().drop(columns="rank")
        pd.testing.assert_frame_equal(whole.reset_index(drop=True), part)


def test_take_slices_every_per_partner_feature(index):
    rows = np.array([5, 0, 17])
    sub = index.take(rows)
    assert len(sub) == 3
    assert sub.model is index.model
    for name, value in vars(index).items():
        if isinstance(value, np.ndarray) and value.shape[:1] == (len(index),):
            np.testing.assert_array_equal(getattr(sub, name), value[rows], err_msg=name)
        elif sparse.issparse(value):
            assert (getattr(sub, name) != value[rows]).nnz == 0, name
    for aspect, matrix in index.offer_terms.items():
        assert (sub.offer_terms[aspect] != matrix[rows]).nnz == 0
    assert sub.frame["name"].tolist() == index.frame["name"].take(rows).tolist()
