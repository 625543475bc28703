"""A saved index is data from disk: loading refuses links out of its folder and any file that
was damaged or altered, with an InputError that names the file, never a different ranking.

Most tamperings come twice: once as a file changed behind the manifest's back (the size or
the SHA-256 digest gives it away), once with the manifest rewritten to match, so that the
checks behind the digest (dtype, shape, lengths, region codes, order) are reached too.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy import sparse

from mitramatch import DirectoryIndex, InputError, rank
from mitramatch.datasets import make_directory, make_organisations
from mitramatch.engine.needs import NeedsProfile
from mitramatch.engine.storage import FILES

pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def index() -> DirectoryIndex:
    return DirectoryIndex.build(make_directory(120, seed=21))


@pytest.fixture(scope="module")
def saved(index, tmp_path_factory) -> Path:
    """One pristine saved index; tests work on copies (:func:`folder`)."""
    path = tmp_path_factory.mktemp("pristine") / "mitra.index"
    index.save(path)
    return path


@pytest.fixture
def folder(saved, tmp_path) -> Path:
    copy = tmp_path / "mitra.index"
    shutil.copytree(saved, copy)
    return copy


def _manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def _write_manifest(folder: Path, manifest: dict) -> None:
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def _replace(folder: Path, name: str, data: bytes, *, manifest: bool = True, **entry) -> None:
    """Write ``data`` as the index file ``name``; with ``manifest``, as a careful tamperer
    would, also its size and digest (and ``entry``) into the manifest."""
    (folder / name).write_bytes(data)
    if manifest:
        m = _manifest(folder)
        m["files"][name].update(bytes=len(data), sha256=hashlib.sha256(data).hexdigest(), **entry)
        _write_manifest(folder, m)


def _npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def _replace_array(folder: Path, name: str, array: np.ndarray, **entry) -> None:
    entry = {"dtype": array.dtype.str, "shape": list(array.shape), **entry}
    _replace(folder, f"{name}.npy", _npy(array), **entry)


def _array(folder: Path, name: str) -> np.ndarray:
    return np.load(folder / f"{name}.npy", allow_pickle=False)


def _refused(folder: Path, *parts: str) -> str:
    with pytest.raises(InputError) as caught:
        DirectoryIndex.load(folder)
    message = str(caught.value)
    assert message.startswith(f"{folder}: "), message
    for part in parts:
        assert part in message, message
    return message


def _damaged(folder: Path, file: str, *parts: str) -> str:
    return _refused(folder, "damaged or altered index", f"({file}: ", "rebuild it", *parts)


# -- what must keep working ------------------------------------------------------------------
def test_a_loaded_index_ranks_exactly_as_the_original(index, saved):
    loaded = DirectoryIndex.load(saved)
    for record in make_organisations(3, seed=22).to_dict("records"):
        profile = NeedsProfile.from_record(record)
        pd.testing.assert_frame_equal(
            rank(index, profile).to_frame(), rank(loaded, profile).to_frame()
        )


def test_a_subset_saves_and_ranks_as_before(index, tmp_path):
    # take() keeps its parent's id ranks (not 0..n-1): saved as 0..n-1 in the same order.
    sub = index.take(np.array([40, 3, 77, 12, 5]))
    sub.save(tmp_path / "sub")
    loaded = DirectoryIndex.load(tmp_path / "sub")
    assert loaded.id_rank.tolist() == np.argsort(np.argsort(sub.id_rank)).tolist()
    profile = NeedsProfile.from_record(make_organisations(1, seed=23).to_dict("records")[0])
    pd.testing.assert_frame_equal(rank(sub, profile).to_frame(), rank(loaded, profile).to_frame())


def test_the_manifest_describes_every_file(saved):
    files = _manifest(saved)["files"]
    assert sorted(files) == sorted(FILES)
    for name in FILES:
        data = (saved / name).read_bytes()
        assert files[name]["bytes"] == len(data)
        assert files[name]["sha256"] == hashlib.sha256(data).hexdigest()
    assert files["id_rank.npy"]["dtype"] == np.dtype(np.int64).str
    assert files["vision.npz"]["shape"] == [120, _manifest(saved)["terms"]]


def test_the_folder_itself_may_be_a_link(saved, tmp_path):
    (tmp_path / "link").symlink_to(saved, target_is_directory=True)
    assert len(DirectoryIndex.load(tmp_path / "link")) == 120


# -- links and odd files -----------------------------------------------------------------------
def test_a_manifest_linked_outside_is_not_opened(folder, tmp_path):
    # Even a perfectly good manifest: the link itself is refused.
    outside = tmp_path / "outside.json"
    shutil.move(folder / "manifest.json", outside)
    (folder / "manifest.json").symlink_to(outside)
    _refused(folder, "manifest.json is a symbolic link", "inside its own folder")


@pytest.mark.skipif(not Path("/etc/passwd").is_file(), reason="needs /etc/passwd")
def test_a_manifest_linked_to_etc_passwd_is_not_opened(folder):
    (folder / "manifest.json").unlink()
    (folder / "manifest.json").symlink_to("/etc/passwd")
    message = _refused(folder, "manifest.json is a symbolic link")
    assert "root:" not in message  # nothing of the file is read or shown


def test_an_array_linked_outside_is_refused(folder, tmp_path):
    outside = tmp_path / "id_rank.npy"
    shutil.move(folder / "id_rank.npy", outside)
    (folder / "id_rank.npy").symlink_to(outside)
    _refused(folder, "id_rank.npy is a symbolic link")


def test_a_link_to_a_file_inside_is_refused_too(folder):
    (folder / "terms.json").rename(folder / "words.json")
    (folder / "terms.json").symlink_to("words.json")
    _refused(folder, "terms.json is a symbolic link")


def test_a_folder_in_place_of_a_file_is_refused(folder):
    (folder / "vision.npz").unlink()
    (folder / "vision.npz").mkdir()
    _damaged(folder, "vision.npz", "not a regular file")


def test_a_missing_file_is_named(folder):
    (folder / "province.npy").unlink()
    _damaged(folder, "province.npy", "missing")


# -- the manifest ------------------------------------------------------------------------------
@pytest.mark.parametrize("version", [2, 3])
def test_an_older_index_must_be_rebuilt(folder, version):
    # Version 3 has no reach.npy: where the offers say they reach would be lost.
    m = _manifest(folder)
    m["version"] = version
    if version == 2:
        del m["files"]
    else:
        del m["files"]["reach.npy"]
    _write_manifest(folder, m)
    _refused(folder, f"version {version}", "version 4", "rebuild the index")


def test_reach_ids_outside_the_region_table_are_refused(folder):
    reach = _array(folder, "reach")
    reach[0, 0] = 7  # no province or kabupaten/kota has id 7
    _replace_array(folder, "reach", reach)
    _damaged(folder, "reach.npy", "region ids of the bundled region table")


def test_a_manifest_without_file_descriptions_is_refused(folder):
    m = _manifest(folder)
    del m["files"]["vision.npz"]
    _write_manifest(folder, m)
    _damaged(folder, "manifest.json", "vision.npz")


@pytest.mark.parametrize(
    ("field", "value"), [("partners", -1), ("partners", "120"), ("terms", 1.5), ("notes", "x")]
)
def test_a_manifest_with_values_of_the_wrong_kind_is_refused(folder, field, value):
    m = _manifest(folder)
    m[field] = value
    _write_manifest(folder, m)
    _damaged(folder, "manifest.json")


def test_a_manifest_that_is_not_json_is_refused(folder):
    (folder / "manifest.json").write_bytes(b"\xff\xfe not json")
    _refused(folder, "unreadable index manifest")


# -- sizes and digests: a file changed behind the manifest's back ------------------------------
def test_a_truncated_array_is_refused_by_its_size(folder):
    data = (folder / "capacity.npy").read_bytes()
    (folder / "capacity.npy").write_bytes(data[:-8])
    _damaged(folder, "capacity.npy", f"{len(data) - 8} bytes, expected {len(data)}")


def test_garbage_appended_is_refused_by_its_size(folder):
    with open(folder / "frame.parquet", "ab") as fh:
        fh.write(b"garbage")
    _damaged(folder, "frame.parquet", "bytes, expected")


def test_a_word_changed_in_the_terms_is_refused_by_the_digest(folder):
    text = (folder / "terms.json").read_text(encoding="utf-8")
    terms = json.loads(text)
    word = terms[len(terms) // 2]
    changed = text.replace(json.dumps(word), json.dumps(word[:-1] + "x"), 1)
    assert changed != text
    assert len(changed.encode()) == len(text.encode())  # the same size: only the digest tells
    (folder / "terms.json").write_text(changed, encoding="utf-8")
    _damaged(folder, "terms.json", "SHA-256 digest")


def test_another_index_frame_is_refused(folder, tmp_path):
    other = DirectoryIndex.build(make_directory(90, seed=5))
    other.save(tmp_path / "other")
    shutil.copy(tmp_path / "other" / "frame.parquet", folder / "frame.parquet")
    _damaged(folder, "frame.parquet", "bytes, expected")
    # ... and with the manifest rewritten to match it, by its number of rows.
    _replace(folder, "frame.parquet", (tmp_path / "other" / "frame.parquet").read_bytes())
    _damaged(folder, "frame.parquet", "90 rows, expected 120 partners")


# -- behind the digest: the manifest rewritten to match ----------------------------------------
def test_a_truncated_array_is_refused_by_its_header(folder):
    data = (folder / "capacity.npy").read_bytes()
    _replace(folder, "capacity.npy", data[:-8])
    _damaged(folder, "capacity.npy", "bytes of values")


def test_garbage_appended_to_an_array_is_refused(folder):
    _replace(folder, "approx_lat.npy", (folder / "approx_lat.npy").read_bytes() + b"\0" * 16)
    _damaged(folder, "approx_lat.npy", "bytes of values")


def test_an_array_header_unlike_the_manifest_is_refused(folder):
    approx_lat = _array(folder, "approx_lat")
    _replace(folder, "approx_lat.npy", _npy(approx_lat.astype(np.float32)))
    _damaged(folder, "approx_lat.npy", "the manifest says <f8")


def test_an_array_of_the_wrong_dtype_is_refused(folder):
    _replace_array(folder, "id_rank", _array(folder, "id_rank").astype(np.int32))
    _damaged(folder, "id_rank.npy", "dtype <i4, expected <i8")


def test_region_codes_as_numbers_are_refused(folder):
    _replace_array(folder, "regency", np.zeros(120))
    _damaged(folder, "regency.npy", "expected kind U")


def test_an_array_of_the_wrong_length_is_refused(folder):
    _replace_array(folder, "approx_lon", _array(folder, "approx_lon")[:-1])
    _damaged(folder, "approx_lon.npy", "shape (119,), expected (120,)")


def test_a_two_dimensional_array_of_the_wrong_width_is_refused(folder):
    _replace_array(folder, "offered", _array(folder, "offered")[:, :-1])
    _damaged(folder, "offered.npy", "expected (120, 5)")


def test_an_unreadable_array_header_is_refused(folder):
    _replace(folder, "offered.npy", b"\x93NUMPY\x01\x00" + b"\x10\x00" + b"{'descr': ???}  ")
    _damaged(folder, "offered.npy", "unreadable array header")


def _npz(matrix, *, compressed: bool = False) -> bytes:
    buffer = io.BytesIO()
    sparse.save_npz(buffer, matrix, compressed=compressed)
    return buffer.getvalue()


def test_a_matrix_of_the_wrong_shape_is_refused(folder):
    vision = sparse.load_npz(folder / "vision.npz")
    wider = sparse.hstack([vision, sparse.csr_matrix((120, 1))]).tocsr()
    _replace(folder, "vision.npz", _npz(wider))
    _damaged(folder, "vision.npz", f"shape (120, {wider.shape[1]}), expected (120,")
    # ... and when the manifest declares the wider shape too.
    _replace(folder, "vision.npz", _npz(wider), shape=list(wider.shape))
    _damaged(folder, "vision.npz", "the manifest says shape")


def test_a_matrix_with_other_entries_than_declared_is_refused(folder):
    vision = sparse.load_npz(folder / "vision.npz").tolil()
    vision[0, 0] = vision[0, 0] + 0.5
    vision[1, 1] = vision[1, 1] + 0.5
    _replace(folder, "vision.npz", _npz(vision.tocsr()))
    _damaged(folder, "vision.npz", "indices: shape")


def test_a_matrix_with_a_column_out_of_range_is_refused(folder):
    vision = sparse.load_npz(folder / "vision.npz")
    vision.indices[0] = vision.shape[1] + 3
    _replace(folder, "vision.npz", _npz(vision))
    _damaged(folder, "vision.npz", "unreadable matrix")


def test_a_matrix_with_a_weight_not_finite_is_refused(folder):
    vision = sparse.load_npz(folder / "vision.npz")
    vision.data[0] = np.nan
    _replace(folder, "vision.npz", _npz(vision))
    _damaged(folder, "vision.npz", "not finite")


def test_a_compressed_matrix_is_refused(folder):
    vision = sparse.load_npz(folder / "vision.npz")
    _replace(folder, "vision.npz", _npz(vision, compressed=True))
    _damaged(folder, "vision.npz", "compressed")


def test_a_matrix_that_is_not_a_zip_is_refused(folder):
    _replace(folder, "seeks.npz", b"PK\x03\x04 not really a zip")
    _damaged(folder, "seeks.npz", "unreadable matrix")


def test_duplicate_terms_are_refused(folder):
    terms = json.loads((folder / "terms.json").read_text(encoding="utf-8"))
    terms[1] = terms[0]
    _replace(folder, "terms.json", json.dumps(terms, ensure_ascii=False).encode())
    _damaged(folder, "terms.json", "more than once")


def test_terms_out_of_order_are_refused(folder):
    # TextModel sorts its terms: unsorted ones would name the wrong matrix columns.
    terms = json.loads((folder / "terms.json").read_text(encoding="utf-8"))
    terms[0], terms[1] = terms[1], terms[0]
    _replace(folder, "terms.json", json.dumps(terms, ensure_ascii=False).encode())
    _damaged(folder, "terms.json", "sorted order")


def test_a_term_missing_is_refused(folder):
    terms = json.loads((folder / "terms.json").read_text(encoding="utf-8"))
    _replace(folder, "terms.json", json.dumps(terms[:-1], ensure_ascii=False).encode())
    _damaged(folder, "terms.json", f"{len(terms) - 1} terms, expected {len(terms)}")


def test_terms_that_are_not_texts_are_refused(folder):
    _replace(folder, "terms.json", b'{"a": 1}')
    _damaged(folder, "terms.json", "list of terms")


def test_an_unknown_region_code_is_refused(folder):
    regency = _array(folder, "regency")
    placed = np.flatnonzero(regency != "")[0]
    regency[placed] = "99.99"
    _replace_array(folder, "regency", regency)
    _damaged(folder, "regency.npy", "'99.99'", "not in the region table")


def test_an_unknown_province_code_is_refused(folder):
    province = _array(folder, "province")
    province[0] = "00"
    _replace_array(folder, "province", province)
    _damaged(folder, "province.npy", "not in the region table")


def test_a_province_unlike_its_regency_is_refused(folder):
    regency, province = _array(folder, "regency"), _array(folder, "province")
    placed = np.flatnonzero(regency != "")[0]
    province[placed] = "11" if province[placed] != "11" else "12"
    _replace_array(folder, "province", province)
    _damaged(folder, "province.npy", "differs from its regency")


def test_an_id_rank_that_is_not_a_permutation_is_refused(folder):
    id_rank = _array(folder, "id_rank")
    id_rank[0] = id_rank[1]
    _replace_array(folder, "id_rank", id_rank)
    _damaged(folder, "id_rank.npy", "expected each of 0..119 once")


def test_an_id_rank_out_of_range_is_refused(folder):
    id_rank = _array(folder, "id_rank")
    id_rank[np.argmax(id_rank)] = 120
    _replace_array(folder, "id_rank", id_rank)
    _damaged(folder, "id_rank.npy", "expected each of 0..119 once")


def test_an_id_rank_in_another_order_is_refused(folder):
    # Still a permutation, but ties would break differently: refused.
    id_rank = _array(folder, "id_rank")
    a, b = np.flatnonzero(id_rank == 0)[0], np.flatnonzero(id_rank == 1)[0]
    id_rank[a], id_rank[b] = 1, 0
    _replace_array(folder, "id_rank", id_rank)
    _damaged(folder, "id_rank.npy", "order of the partner ids")


def test_approximate_coordinates_unlike_the_directory_are_refused(folder):
    lat = _array(folder, "approx_lat")
    lat[:] = lat[::-1].copy()
    _replace_array(folder, "approx_lat", lat)
    _damaged(folder, "approx_lat.npy", "directory's lat")


def test_offer_kinds_beyond_the_known_bits_are_refused(folder):
    kinds = _array(folder, "offer_kinds")
    kinds[0, 0] = 128
    _replace_array(folder, "offer_kinds", kinds)
    _damaged(folder, "offer_kinds.npy", "bits of")


def test_partner_ids_turned_into_numbers_are_refused(folder):
    import pyarrow as pa
    import pyarrow.parquet as pq

    frame = pq.read_table(folder / "frame.parquet").to_pandas()
    frame["partner_id"] = np.arange(len(frame))
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), buffer)
    _replace(folder, "frame.parquet", buffer.getvalue())
    _damaged(folder, "frame.parquet", "columns or their types")


def test_a_frame_without_a_directory_column_is_refused(folder):
    import pyarrow.parquet as pq

    table = pq.read_table(folder / "frame.parquet").drop_columns(["lat"])
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    _replace(folder, "frame.parquet", buffer.getvalue())
    _damaged(folder, "frame.parquet", "lacks the directory columns lat")


def test_a_frame_that_is_not_parquet_is_refused(folder):
    _replace(folder, "frame.parquet", b"PAR1 this is not parquet PAR1")
    _damaged(folder, "frame.parquet", "unreadable Parquet")


# -- any change at all ---------------------------------------------------------------------------
# The manifest is left out: it holds the digests, so nothing checks its free text (the source,
# the notes); every other byte is covered by a digest.
_DATA_FILES = [name for name in FILES if name != "manifest.json"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.sampled_from(_DATA_FILES), where=st.floats(0, 1), flip=st.integers(1, 255))
def test_flipping_any_byte_of_any_file_is_refused(saved, name, where, flip):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "i"
        shutil.copytree(saved, folder)
        data = bytearray((folder / name).read_bytes())
        data[min(int(where * len(data)), len(data) - 1)] ^= flip
        (folder / name).write_bytes(bytes(data))
        _damaged(folder, name, "SHA-256 digest")


# -- the command line --------------------------------------------------------------------------
def test_the_command_line_reports_a_tampered_index_without_a_traceback(folder, capsys):
    # No command reads a saved index yet; this runs a loading command through the command
    # line's own error handling, which every command goes through.
    from mitramatch.cli import EXIT_USAGE, _run

    (folder / "id_rank.npy").unlink()
    (folder / "id_rank.npy").symlink_to(os.devnull)
    args = argparse.Namespace(run=lambda _: DirectoryIndex.load(folder), debug=False)
    assert _run(args) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("mitramatch: error: ")
    assert "id_rank.npy is a symbolic link" in err
    assert "Traceback" not in err
