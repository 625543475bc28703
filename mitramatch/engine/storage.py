"""A directory index on disk: save it once, load it in a second instead of rebuilding.

The folder holds the validated directory as Parquet, the sparse term matrices
(``scipy.sparse.save_npz``), plain arrays (``.npy``), the term list (JSON) and a
``manifest.json`` with the format version and a fingerprint of the vocabulary. Nothing is
pickled.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse

from ..exceptions import InputError, Note, Text
from .aspects import ASPECTS
from .exchange import KINDS
from .index import DirectoryIndex
from .text import Analyzer, TextModel

__all__ = ["FORMAT", "FORMAT_VERSION", "load_index", "save_index"]

FORMAT = "mitramatch-index"
FORMAT_VERSION = 2
_MATRICES = (
    *(f"offer_terms_{a}" for a in ASPECTS), "any_offer_terms", "vision", "seeks",
    *(f"seeks_{k}" for k in KINDS),
)  # fmt: skip
_ARRAYS = (
    "approx_lat", "approx_lon", "id_rank", "regency", "province", "offered", "capacity",
    "offer_kinds",
)  # fmt: skip


def _fingerprint(analyzer: Analyzer) -> str:
    """A digest of the vocabulary: terms depend on it, so an index is tied to it."""
    v = analyzer.vocabulary
    content = {
        "phrases": sorted(v.phrases.items()),
        "words": sorted(v.words.items()),
        "synonyms": sorted(v.synonyms.items()),
        "generic": sorted(v.generic),
        "stopwords": sorted(v.stopwords),
        "broader": sorted(v.broader.items()),
        "roles": sorted(
            (a, sorted((r, sorted(t)) for r, t in k.items())) for a, k in v.roles.items()
        ),
        "commercial": sorted(v.commercial),
        "broader_weight": v.broader_weight,
        "cues": sorted(v.cues.items()),
        "carriers": [v.carriers, v.carried],
        "exchange": sorted((k, sorted(w)) for k, w in v.exchange.items()),
        "generic_weight": v.generic_weight,
    }
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


def _note_in(stored: object) -> object:
    """A stored note back as a :class:`Note` (a plain string, as older manifests keep, as is)."""
    if isinstance(stored, dict) and isinstance(stored.get("en"), str):
        return Note(Text(stored["en"], stored.get("id")))
    return stored


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
        matrices = {
            **{f"offer_terms_{a}": index.offer_terms[a] for a in ASPECTS},
            "any_offer_terms": index.any_offer_terms,
            "vision": index.vision,
            "seeks": index.seeks_by_kind[""],
            **{f"seeks_{k}": index.seeks_by_kind[k] for k in KINDS},
        }
        for name in _MATRICES:
            sparse.save_npz(
                tmp / f"{name}.npz", sparse.csr_matrix(matrices[name]), compressed=False
            )
        for name in _ARRAYS:
            values = getattr(index, name)
            np.save(tmp / f"{name}.npy", _codes_out(values) if values.dtype == object else values)
        (tmp / "terms.json").write_text(
            json.dumps(index.model.terms.tolist(), ensure_ascii=False), encoding="utf-8"
        )
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


def load_index(cls: type[DirectoryIndex], path: Path, analyzer: Analyzer | None) -> DirectoryIndex:
    """Read an index written by :func:`save_index` (see :meth:`DirectoryIndex.load`)."""
    manifest_path = path / "manifest.json"
    if not manifest_path.is_file():
        raise InputError(f"{path}: not a mitramatch index (no manifest.json); build one with save")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: unreadable index manifest ({exc})") from exc
    if manifest.get("format") != FORMAT or manifest.get("version") != FORMAT_VERSION:
        raise InputError(
            f"{path}: index format {manifest.get('format')!r} version "
            f"{manifest.get('version')!r}; this mitramatch reads {FORMAT!r} version "
            f"{FORMAT_VERSION}: rebuild the index"
        )
    analyzer = analyzer if analyzer is not None else Analyzer()
    if manifest.get("vocabulary") != _fingerprint(analyzer):
        raise InputError(
            f"{path}: the index was built with another vocabulary than this analyzer's; "
            "rebuild the index or pass the analyzer it was built with"
        )
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise InputError(
            f"{path}: loading an index needs pyarrow: pip install mitramatch[parquet]"
        ) from exc
    try:
        frame = pq.read_table(path / "frame.parquet").to_pandas()
        matrices = {name: sparse.load_npz(path / f"{name}.npz").tocsr() for name in _MATRICES}
        arrays = {name: np.load(path / f"{name}.npy", allow_pickle=False) for name in _ARRAYS}
        terms = json.loads((path / "terms.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(
            f"{path}: damaged index ({type(exc).__name__}: {exc}); rebuild it"
        ) from exc
    if len(frame) != manifest.get("partners") or len(terms) != manifest.get("terms"):
        raise InputError(f"{path}: damaged index (sizes differ from the manifest); rebuild it")
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
    )


def _version() -> str:
    from .. import __version__

    return __version__
