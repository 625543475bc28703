"""A directory index on disk: save it once, load it in a second instead of rebuilding.

The folder holds the validated directory as Parquet, the sparse term matrices
(``scipy.sparse.save_npz``), plain arrays (``.npy``), the term list (JSON) and a
``manifest.json`` with the format version, a fingerprint of the vocabulary and, per file,
its size, SHA-256 digest and what it holds (dtype and shape, matrix shape and entries).
Nothing is pickled.

An index is data from disk, so loading trusts none of it: it reads only regular files inside
the folder (no symbolic links), checks each file's size before reading it and its digest
after, checks each array's declared dtype and shape before allocating it, and then checks
that the pieces fit together (lengths, region codes, the tie-break order, the terms). Any
mismatch is an :class:`~mitramatch.exceptions.InputError` ("damaged or altered index"),
never a different ranking.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import math
import os
import shutil
import stat
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse

from ..exceptions import InputError, Note, Text
from .aspects import ASPECTS
from .exchange import KINDS
from .index import DirectoryIndex
from .offers import NATIONWIDE, REACH_WIDTH
from .regions import code_ids, region_table
from .schema import CONTRACT_COLUMNS
from .text import Analyzer, TextModel

__all__ = ["FORMAT", "FORMAT_VERSION", "load_index", "save_index"]

FORMAT = "mitramatch-index"
# 3: the manifest describes every file (size, digest, dtype/shape); id_rank is 0..n-1.
# 4: reach.npy, where each partner's offers say they reach (offers.reach_of).
FORMAT_VERSION = 4
_MATRICES = (
    *(f"offer_terms_{a}" for a in ASPECTS), "any_offer_terms", "vision", "seeks",
    *(f"seeks_{k}" for k in KINDS),
)  # fmt: skip
_ARRAYS = (
    "approx_lat", "approx_lon", "id_rank", "regency", "province", "offered", "capacity",
    "offer_kinds", "reach",
)  # fmt: skip
# What each array must be whatever the manifest says (a consistent edit of the manifest
# must not smuggle in another layout): its dtype, or the dtype kinds allowed (region codes
# are text of any width), and its columns (None: 1-D).
_F8, _I8 = np.dtype(np.float64), np.dtype(np.int64)
_ARRAY_LAYOUT: dict[str, tuple[np.dtype | str, int | None]] = {
    "approx_lat": (_F8, None), "approx_lon": (_F8, None), "id_rank": (_I8, None),
    "regency": ("U", None), "province": ("U", None),
    "offered": (np.dtype(bool), len(ASPECTS)), "capacity": (_F8, len(ASPECTS)),
    "offer_kinds": (np.dtype(np.uint8), len(ASPECTS)),
    "reach": (np.dtype(np.uint16), REACH_WIDTH),
}  # fmt: skip
# The members scipy's save_npz writes for a CSR matrix (not a sparse *array*: no _is_array),
# each with its dtype or dtype kinds (scipy picks 32- or 64-bit indices).
_NPZ_MEMBERS: dict[str, np.dtype | str] = {
    "indices": "i", "indptr": "i", "format": "SU", "shape": "iu", "data": _F8,
}  # fmt: skip
FILES = ("frame.parquet", *(f"{m}.npz" for m in _MATRICES), *(f"{a}.npy" for a in _ARRAYS),
         "terms.json")  # fmt: skip
# The manifest holds no data, only descriptions and the directory's notes: anything much
# larger is not one of ours, and is not read into memory.
_MANIFEST_LIMIT = 64 * 2**20


def _fingerprint(analyzer: Analyzer) -> str:
    """A digest of the vocabulary: terms and offer readings depend on it, so an index is tied
    to it. Every field of :class:`~.text.Vocabulary` counts, so a new one cannot be missed."""

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return sorted((str(k), plain(v)) for k, v in value.items())
        if isinstance(value, (set, frozenset)):
            return sorted(plain(v) for v in value)
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return value

    v = analyzer.vocabulary
    content = {f.name: plain(getattr(v, f.name)) for f in dataclasses.fields(v)}
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()


def _codes_out(codes: np.ndarray) -> np.ndarray:
    # Region codes as fixed-width text ("" for unknown): np.save then needs no pickle.
    return pd.Series(codes, dtype=object).fillna("").to_numpy(dtype=str)


def _codes_in(stored: np.ndarray) -> np.ndarray:
    codes = stored.astype(object)
    codes[stored == ""] = None
    return codes


def _note_out(note: object) -> object:
    """A note as the manifest stores it: both languages of a :class:`Note` (or Text).

    json.dumps writes a Note, a ``str``, as its rendered text only: an index saved under one
    language then showed its notes in that language for ever, though Notes promise both.
    """
    if isinstance(note, Note):
        return {"en": note.text.en, "id": note.text.id}
    if isinstance(note, Text):
        return note.to_dict()
    return str(note)


def _is_stored_note(stored: object) -> bool:
    """A note as :func:`_note_out` writes it: a text, or its two languages as texts."""
    if isinstance(stored, dict):
        return set(stored) <= {"en", "id"} and all(isinstance(v, str) for v in stored.values())
    return isinstance(stored, str)


def _note_in(stored: object) -> object:
    """A stored note back as a :class:`Note` (a plain string, as older manifests keep, as is)."""
    if isinstance(stored, dict) and isinstance(stored.get("en"), str):
        return Note(Text(stored["en"], stored.get("id")))
    return stored


def _dense_ranks(id_rank: np.ndarray) -> np.ndarray:
    """``id_rank`` as 0..n-1 in the same order: a subset (:meth:`DirectoryIndex.take`) keeps
    its parent's ranks, and the loader checks for a permutation. Only the order breaks ties,
    so rankings are unchanged."""
    ranks = np.empty(len(id_rank), dtype=np.int64)
    ranks[np.argsort(id_rank, kind="stable")] = np.arange(len(id_rank), dtype=np.int64)
    return ranks


def _file_entry(file: Path) -> dict[str, Any]:
    digest = hashlib.sha256()
    with open(file, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return {"bytes": file.stat().st_size, "sha256": digest.hexdigest()}


def save_index(index: DirectoryIndex, path: Path) -> None:
    """Write ``index`` to the folder ``path`` (see :meth:`DirectoryIndex.save`)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise InputError(
            f"{path}: saving an index needs pyarrow: pip install mitramatch[parquet]"
        ) from exc
    if path.exists() and not (path / "manifest.json").is_file():
        raise InputError(
            f"{path}: already exists and is not a mitramatch index; choose a new folder name"
        )
    if not path.parent.is_dir():
        raise InputError(f"{path}: cannot save: the folder {str(path.parent)!r} does not exist")
    # Written beside the target, then swapped in: a failed save leaves the old index whole.
    tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"))
    try:
        frame = index.frame
        try:
            table = pa.Table.from_pandas(frame, preserve_index=False)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise InputError(
                f"{path}: cannot store the directory as Parquet ({exc}); extra columns must "
                "hold one type of value each"
            ) from exc
        pq.write_table(table, tmp / "frame.parquet")
        ids = frame["partner_id"]
        files: dict[str, dict[str, Any]] = {
            "frame.parquet": {
                "rows": len(frame),
                "columns": [[str(c), str(t)] for c, t in frame.dtypes.items()],
                # The loader checks the ids are still text, as the tie-break compares text.
                "ids_text": bool(ids.notna().all() and ids.map(type).eq(str).all()),
            }
        }
        matrices = {
            **{f"offer_terms_{a}": index.offer_terms[a] for a in ASPECTS},
            "any_offer_terms": index.any_offer_terms,
            "vision": index.vision,
            "seeks": index.seeks_by_kind[""],
            **{f"seeks_{k}": index.seeks_by_kind[k] for k in KINDS},
        }
        for name in _MATRICES:
            matrix = sparse.csr_matrix(matrices[name])
            sparse.save_npz(tmp / f"{name}.npz", matrix, compressed=False)
            files[f"{name}.npz"] = {"shape": list(matrix.shape), "nnz": int(matrix.nnz)}
        for name in _ARRAYS:
            values = getattr(index, name)
            if values.dtype == object:
                values = _codes_out(values)
            elif name == "id_rank":
                values = _dense_ranks(values)
            np.save(tmp / f"{name}.npy", values)
            files[f"{name}.npy"] = {"dtype": values.dtype.str, "shape": list(values.shape)}
        (tmp / "terms.json").write_text(
            json.dumps(index.model.terms.tolist(), ensure_ascii=False), encoding="utf-8"
        )
        files["terms.json"] = {"count": len(index.model.terms)}
        for name in FILES:
            files[name] = {**_file_entry(tmp / name), **files[name]}
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "mitramatch": _version(),
            "partners": len(index),
            "terms": len(index.model.terms),
            "vocabulary": _fingerprint(index.model.analyzer),
            "source": frame.attrs.get("source"),
            "offers_header": frame.attrs.get("offers_header"),
            "notes": [_note_out(n) for n in frame.attrs.get("notes", [])],
            "files": files,
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        if path.exists():
            old = path.with_name(f".{path.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(path, old)
            os.replace(tmp, path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


# -- loading ---------------------------------------------------------------------------------
def _damaged(path: Path, name: str, what: str) -> InputError:
    return InputError(f"{path}: damaged or altered index ({name}: {what}); rebuild it")


def _check(path: Path, root: Path, name: str, size: int | None, limit: int = 0) -> os.stat_result:
    """Refuse the index file ``name`` unless it is a regular file directly in ``root`` (the
    resolved folder), not a symbolic link, of ``size`` bytes (or at most ``limit``); reads
    nothing."""
    file = root / name
    try:
        info = os.lstat(file)
    except FileNotFoundError:
        raise _damaged(path, name, "missing") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the index file {name} ({exc})") from exc
    if stat.S_ISLNK(info.st_mode) or file.resolve().parent != root:
        # A link could make loading read any file the user can (a manifest linked to
        # /etc/passwd); an index we wrote has none.
        raise InputError(
            f"{path}: the index file {name} is a symbolic link; an index is read only from "
            "files inside its own folder: rebuild it (or copy it without links)"
        )
    if not stat.S_ISREG(info.st_mode):
        raise _damaged(path, name, "not a regular file")
    if size is not None and info.st_size != size:
        raise _damaged(path, name, f"{info.st_size} bytes, expected {size}")
    if size is None and info.st_size > limit:
        raise _damaged(path, name, f"{info.st_size} bytes, expected at most {limit}")
    return info


def _read(path: Path, root: Path, name: str, size: int | None, limit: int = 0) -> bytes:
    """The bytes of the index file ``name``, once :func:`_check` accepts it."""
    info = _check(path, root, name, size, limit)
    # O_NOFOLLOW: a link swapped in after the check is refused by the system too.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(root / name, flags)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the index file {name} ({exc})") from exc
    with os.fdopen(fd, "rb") as fh:
        opened = os.fstat(fh.fileno())
        if (opened.st_dev, opened.st_ino) != (info.st_dev, info.st_ino):
            raise _damaged(path, name, "replaced while being read")
        data = fh.read(info.st_size + 1)
    if len(data) != info.st_size:
        raise _damaged(path, name, "changed while being read")
    return data


def _read_checked(path: Path, root: Path, name: str, entry: dict[str, Any]) -> bytes:
    data = _read(path, root, name, entry["bytes"])
    if hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise _damaged(path, name, "its content differs from the SHA-256 digest in the manifest")
    return data


def _manifest(path: Path, root: Path) -> dict[str, Any]:
    data = _read(path, root, "manifest.json", None, _MANIFEST_LIMIT)
    try:
        manifest = json.loads(data.decode("utf-8"))
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise InputError(f"{path}: unreadable index manifest ({exc})") from exc
    if not isinstance(manifest, dict):
        raise InputError(f"{path}: unreadable index manifest (expected a JSON object)")
    if manifest.get("format") != FORMAT or manifest.get("version") != FORMAT_VERSION:
        raise InputError(
            f"{path}: index format {manifest.get('format')!r} version "
            f"{manifest.get('version')!r}; this mitramatch reads {FORMAT!r} version "
            f"{FORMAT_VERSION}: rebuild the index"
        )

    def bad(what: str) -> InputError:
        return _damaged(path, "manifest.json", what)

    def count(value: object) -> bool:
        return type(value) is int and value >= 0

    if not (count(manifest.get("partners")) and count(manifest.get("terms"))):
        raise bad("expected whole numbers of partners and terms")
    if not isinstance(manifest.get("source"), (str, type(None))):
        raise bad("expected the source as text")
    if not isinstance(manifest.get("offers_header"), (str, type(None))):
        raise bad("expected the offers header as text")
    notes = manifest.get("notes", [])
    if not (isinstance(notes, list) and all(_is_stored_note(n) for n in notes)):
        raise bad("expected the notes as a list of texts")
    files = manifest.get("files")
    if not isinstance(files, dict) or sorted(files) != sorted(FILES):
        raise bad(f"expected a description of the files {', '.join(FILES)}")
    for name in FILES:
        entry = files[name]
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if not (
            isinstance(digest, str)
            and len(digest) == 64
            and all(c in "0123456789abcdef" for c in digest)
            and count(entry.get("bytes"))
        ):
            raise bad(f"expected the size and SHA-256 digest of {name}")
        shape = entry.get("shape", [])
        if not (isinstance(shape, list) and all(count(s) for s in shape)):
            raise bad(f"expected the shape of {name} as whole numbers")
        if name.endswith(".npz") and not (len(shape) == 2 and count(entry.get("nnz"))):
            raise bad(f"expected the shape and entries of the matrix {name}")
        if name.endswith(".npy") and not isinstance(entry.get("dtype"), str):
            raise bad(f"expected the dtype of {name}")
    return manifest


def _npy_header(fh: Any) -> tuple[tuple[int, ...], np.dtype, int]:
    """Shape, dtype and header length of the .npy in ``fh``, read without allocating."""
    version = np.lib.format.read_magic(fh)
    if version == (1, 0):
        shape, _, dtype = np.lib.format.read_array_header_1_0(fh)
    elif version == (2, 0):
        shape, _, dtype = np.lib.format.read_array_header_2_0(fh)
    else:  # np.save writes 1.0, or 2.0 for a header over 64 KiB; 3.0 only with odd dtypes
        raise ValueError(f"unexpected .npy format version {version}")
    return tuple(shape), dtype, fh.tell()


def _check_layout(
    bad: Any, shape: tuple[int, ...], dtype: np.dtype, allowed: np.dtype | str,
    expected: tuple[int, ...], data_bytes: int,
) -> None:  # fmt: skip
    if isinstance(allowed, np.dtype):
        # Byte order aside: an index written on a machine of the other endianness still loads.
        if dtype.newbyteorder("=") != allowed:
            raise bad(f"dtype {dtype.str}, expected {allowed.str}")
    elif dtype.hasobject or dtype.kind not in allowed:
        raise bad(f"dtype {dtype.str}, expected kind {' or '.join(allowed)}")
    if shape != expected:
        raise bad(f"shape {shape}, expected {expected}")
    if data_bytes != math.prod(shape) * dtype.itemsize:
        raise bad(f"{data_bytes} bytes of values, expected {math.prod(shape) * dtype.itemsize}")


def _load_array(path: Path, name: str, data: bytes, entry: dict, n: int) -> np.ndarray:
    array_name = name.removesuffix(".npy")
    kinds, columns = _ARRAY_LAYOUT[array_name]
    expected = (n,) if columns is None else (n, columns)

    def bad(what: str) -> InputError:
        return _damaged(path, name, what)

    fh = io.BytesIO(data)
    try:
        shape, dtype, offset = _npy_header(fh)
    except Exception as exc:  # bytes from disk: any failure of the reader is damage
        raise bad(f"unreadable array header ({exc})") from None
    if dtype.str != entry["dtype"] or list(shape) != entry["shape"]:
        raise bad(
            f"dtype {dtype.str} and shape {shape}, the manifest says {entry['dtype']} and "
            f"{tuple(entry['shape'])}"
        )
    _check_layout(bad, shape, dtype, kinds, expected, len(data) - offset)
    fh.seek(0)
    try:
        return np.load(fh, mmap_mode=None, allow_pickle=False)
    except MemoryError:
        raise
    except Exception as exc:  # bytes from disk: any failure of the reader is damage
        raise bad(f"unreadable array ({exc})") from None


def _load_matrix(
    path: Path, name: str, data: bytes, entry: dict, n: int, width: int
) -> sparse.csr_matrix:
    def bad(what: str) -> InputError:
        return _damaged(path, name, what)

    nnz = entry["nnz"]
    expected = {"indices": (nnz,), "indptr": (n + 1,), "format": (), "shape": (2,), "data": (nnz,)}
    if entry["shape"] != [n, width]:
        raise bad(f"the manifest says shape {tuple(entry['shape'])}, expected {(n, width)}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = {info.filename: info for info in archive.infolist()}
            if sorted(infos) != sorted(f"{m}.npy" for m in _NPZ_MEMBERS):
                raise bad(f"members {sorted(infos)}, expected {sorted(_NPZ_MEMBERS)} (.npy)")
            for member, kinds in _NPZ_MEMBERS.items():
                info = infos[f"{member}.npy"]
                # Stored, as written: a compressed member could unpack to far more than the
                # file holds.
                if info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size:
                    raise bad(f"{member} is compressed; expected it stored as written")
                with archive.open(info) as fh:
                    shape, dtype, offset = _npy_header(fh)
                    _check_layout(
                        lambda what, m=member: bad(f"{m}: {what}"), shape, dtype, kinds,
                        expected[member], info.file_size - offset,
                    )  # fmt: skip
                    if member in ("format", "shape"):  # a few bytes: read to check them
                        fh.seek(0)
                        value = np.lib.format.read_array(fh, allow_pickle=False)
                        if member == "format" and value.item() not in (b"csr", "csr"):
                            raise bad(f"format {value.item()!r}, expected 'csr'")
                        if member == "shape" and value.tolist() != [n, width]:
                            raise bad(f"shape {tuple(value.tolist())}, expected {(n, width)}")
        matrix = sparse.load_npz(io.BytesIO(data)).tocsr()
        # Indices in range and row pointers in order, which scipy does not check on load.
        matrix.check_format(full_check=True)
    except (InputError, MemoryError):
        raise
    except Exception as exc:  # bytes from disk: any failure of the reader is damage
        raise bad(f"unreadable matrix ({type(exc).__name__}: {exc})") from None
    if not (np.isfinite(matrix.data).all() and (matrix.data >= 0).all()):
        raise bad("weights that are negative or not finite")
    return matrix


def _load_frame(path: Path, data: bytes, entry: dict, n: int) -> pd.DataFrame:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def bad(what: str) -> InputError:
        return _damaged(path, "frame.parquet", what)

    try:
        parquet = pq.ParquetFile(pa.BufferReader(data))
        rows = parquet.metadata.num_rows
        if rows != n or entry.get("rows") != n:
            raise bad(f"{rows} rows, expected {n} partners")
        frame = parquet.read().to_pandas()
    except (InputError, MemoryError):
        raise
    except Exception as exc:  # bytes from disk: any failure of the reader is damage
        raise bad(f"unreadable Parquet ({type(exc).__name__}: {exc})") from None
    missing = [c for c in CONTRACT_COLUMNS if c not in frame.columns]
    if missing:
        raise bad(f"lacks the directory columns {', '.join(missing)}")
    columns = [[str(c), str(t)] for c, t in frame.dtypes.items()]
    if columns != entry.get("columns"):
        raise bad("its columns or their types differ from the manifest")
    ids = frame["partner_id"]
    if entry.get("ids_text") and not (ids.notna().all() and ids.map(type).eq(str).all()):
        raise bad("expected every partner_id as text")
    return frame


def _load_terms(path: Path, data: bytes, count: int) -> list[str]:
    def bad(what: str) -> InputError:
        return _damaged(path, "terms.json", what)

    try:
        terms = json.loads(data.decode("utf-8"))
    except ValueError as exc:
        raise bad(f"unreadable JSON ({exc})") from None
    if not (isinstance(terms, list) and all(isinstance(t, str) for t in terms)):
        raise bad("expected a list of terms (texts)")
    if len(terms) != count:
        raise bad(f"{len(terms)} terms, expected {count}")
    if len(set(terms)) != len(terms):
        raise bad("a term appears more than once")
    # TextModel sorts its terms: unsorted ones would no longer name the matrix columns.
    if terms != sorted(terms):
        raise bad("the terms are not in sorted order")
    return terms


def _check_together(path: Path, frame: pd.DataFrame, arrays: dict[str, np.ndarray], n: int) -> None:
    """What the pieces must say about each other: region codes from the bundled table, the
    tie-break order of the partner ids, the coordinates of the directory."""
    table = region_table()
    for name, known in (
        ("regency", table.regencies.index),
        ("province", table.provinces.index),
    ):
        codes = pd.unique(arrays[name])
        unknown = sorted(set(codes) - set(known) - {""})
        if unknown:
            raise _damaged(
                path, f"{name}.npy", f"region codes {unknown[:3]} are not in the region table"
            )
    regency, province = arrays["regency"], arrays["province"]
    placed = regency != ""
    if placed.any():
        of = table.regencies["province"].reindex(regency[placed]).to_numpy(dtype=str)
        if (of != province[placed]).any():
            raise _damaged(path, "province.npy", "a province differs from its regency's")
    id_rank = arrays["id_rank"]
    if n and (id_rank.min() < 0 or id_rank.max() >= n or (np.bincount(id_rank) != 1).any()):
        raise _damaged(path, "id_rank.npy", f"expected each of 0..{n - 1} once")
    # id_rank breaks ties by partner_id: it must still follow the ids' sorted order.
    ordered = np.empty(n, dtype=np.int64)
    ordered[id_rank] = np.arange(n, dtype=np.int64)
    ids = frame["partner_id"].to_numpy(dtype=object)[ordered].astype(str)
    if n > 1 and (ids[:-1] > ids[1:]).any():
        raise _damaged(path, "id_rank.npy", "does not follow the order of the partner ids")
    # Where the directory gives coordinates, the approximate ones are those.
    exact = {axis: frame[axis].to_numpy(float) for axis in ("lat", "lon")}
    known = ~(np.isnan(exact["lat"]) | np.isnan(exact["lon"]))
    for axis in ("lat", "lon"):
        if not np.array_equal(arrays[f"approx_{axis}"][known], exact[axis][known]):
            raise _damaged(path, f"approx_{axis}.npy", f"differs from the directory's {axis}")
    if (arrays["offer_kinds"] >= 1 << len(KINDS)).any():
        raise _damaged(path, "offer_kinds.npy", f"expected bits of {', '.join(KINDS)} only")
    table = region_table()
    known = np.zeros(1 << 16, dtype=bool)  # every uint16, looked up rather than searched
    known[[0, NATIONWIDE]] = True
    known[code_ids(table.regencies.index)] = known[code_ids(table.provinces.index)] = True
    if not known[arrays["reach"]].all():
        raise _damaged(path, "reach.npy", "expected region ids of the bundled region table only")


def load_index(cls: type[DirectoryIndex], path: Path, analyzer: Analyzer | None) -> DirectoryIndex:
    """Read an index written by :func:`save_index` (see :meth:`DirectoryIndex.load`)."""
    # The folder itself may be a link the user made: resolved once, every file must then
    # lie directly inside it.
    if not path.is_dir() or not os.path.lexists(path / "manifest.json"):
        raise InputError(f"{path}: not a mitramatch index (no manifest.json); build one with save")
    root = path.resolve()
    manifest = _manifest(path, root)
    analyzer = analyzer if analyzer is not None else Analyzer()
    if manifest.get("vocabulary") != _fingerprint(analyzer):
        raise InputError(
            f"{path}: the index was built with another vocabulary than this analyzer's; "
            "rebuild the index or pass the analyzer it was built with"
        )
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise InputError(
            f"{path}: loading an index needs pyarrow: pip install mitramatch[parquet]"
        ) from exc
    n, width, files = manifest["partners"], manifest["terms"], manifest["files"]
    # Every size first: a file of the wrong size is refused before anything large is read.
    for name in FILES:
        _check(path, root, name, files[name]["bytes"])
    terms = _load_terms(path, _read_checked(path, root, "terms.json", files["terms.json"]), width)
    if files["terms.json"].get("count") != width:
        raise _damaged(path, "manifest.json", "the number of terms differs")
    frame = _load_frame(
        path, _read_checked(path, root, "frame.parquet", files["frame.parquet"]),
        files["frame.parquet"], n,
    )  # fmt: skip
    matrices = {
        name: _load_matrix(
            path, f"{name}.npz", _read_checked(path, root, f"{name}.npz", files[f"{name}.npz"]),
            files[f"{name}.npz"], n, width,
        )
        for name in _MATRICES
    }  # fmt: skip
    arrays = {
        name: _load_array(
            path, f"{name}.npy", _read_checked(path, root, f"{name}.npy", files[f"{name}.npy"]),
            files[f"{name}.npy"], n,
        )
        for name in _ARRAYS
    }  # fmt: skip
    _check_together(path, frame, arrays, n)
    frame.attrs["source"] = manifest.get("source")
    frame.attrs["notes"] = [_note_in(n) for n in manifest.get("notes", [])]
    if manifest.get("offers_header"):
        frame.attrs["offers_header"] = manifest["offers_header"]

    return cls.from_features(
        frame,
        TextModel(analyzer, terms),
        offer_terms={a: matrices[f"offer_terms_{a}"] for a in ASPECTS},
        any_offer_terms=matrices["any_offer_terms"],
        vision=matrices["vision"],
        seeks={"": matrices["seeks"], **{k: matrices[f"seeks_{k}"] for k in KINDS}},
        regency=_codes_in(arrays["regency"]),
        province=_codes_in(arrays["province"]),
        approx_lat=arrays["approx_lat"],
        approx_lon=arrays["approx_lon"],
        id_rank=arrays["id_rank"],
        offered=arrays["offered"],
        capacity=arrays["capacity"],
        offer_kinds=arrays["offer_kinds"],
        reach=arrays["reach"],
    )


def _version() -> str:
    from .. import __version__

    return __version__
