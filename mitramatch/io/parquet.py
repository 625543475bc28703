"""Parquet files: record batches of typed columns, as text cells.

Read with pyarrow, whole or by record batches; every column becomes text as a spreadsheet
shows it (``50000000`` rather than ``50000000.0``), so one validation serves every format.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

from ..compat import import_optional_dependency
from ..exceptions import InputError, Problem, SchemaError, Text
from .formats import Format, Grid, ReadContext
from .tabulate import cell_text, nested_cells, to_text

__all__ = ["PARQUET_FORMAT", "parquet_partitions", "read_parquet"]


def _text_frame(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {j: to_text(frame.iloc[:, j]) for j in range(frame.shape[1])}, index=range(len(frame))
    )


def read_parquet(context: ReadContext) -> Iterator[Grid]:
    """The Parquet format's reader: the schema gives the header (row 1), records follow."""
    path, noun = context.path, context.noun
    pq = import_optional_dependency("pyarrow.parquet", purpose=f"reading {path} (a Parquet file)")
    try:
        handle = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, ... for a bad file
        raise InputError(
            Text.format(
                "{path}: cannot read the {noun} as Parquet ({kind}: {exc}); expected a "
                ".parquet file",
                "{path}: tidak dapat membaca {noun} sebagai Parquet ({kind}: {exc}); yang "
                "diharapkan berkas .parquet",
                path=path,
                noun=noun,
                kind=type(exc).__name__,
                exc=exc,
            )
        ) from exc
    _refuse_nested(handle.schema_arrow, context)
    header = [cell_text(n) for n in handle.schema_arrow.names]
    return _batches(handle, header, context.chunksize)


def _refuse_nested(schema: Any, context: ReadContext) -> None:
    """A list, struct or map column has no one value per cell to validate: say which."""
    pa = import_optional_dependency("pyarrow", purpose="reading Parquet files")
    nested = [(f.name, str(f.type)) for f in schema if pa.types.is_nested(f.type)]
    if not nested:
        return
    listed = ", ".join(f"{name!r} ({kind})" for name, kind in nested[:10])
    raise SchemaError(
        Problem.format(
            Text("nested values", "nilai bertingkat"),
            "column(s) {listed} hold nested values (lists, structs or maps); expected one "
            "text or number per cell: flatten them, or leave them out of the file",
            "kolom {listed} berisi nilai bertingkat (list, struct atau map); yang "
            "diharapkan satu teks atau angka per sel: ratakan, atau keluarkan kolom itu "
            "dari berkas",
            listed=listed,
        ),
        source=str(context.path),
    )


def _batches(handle: Any, header: list[Any], chunksize: int | None) -> Iterator[Grid]:
    start = 2
    with handle:
        batches = [handle.read()] if chunksize is None else handle.iter_batches(chunksize)
        for batch in batches:
            frame = batch.to_pandas()
            yield Grid(_text_frame(frame), np.arange(start, start + len(frame)), header)
            start += len(frame)


def parquet_partitions(source: str, context: ReadContext) -> tuple[Any, int]:
    """Dask partitions of a Parquet file or folder (local or remote), as text cells."""
    dd = import_optional_dependency("dask.dataframe", purpose="reading partitions with Dask")
    frame = dd.read_parquet(source)
    names = [cell_text(n) for n in frame.columns]

    def as_text(part: pd.DataFrame) -> pd.DataFrame:
        nested = nested_cells(part)
        if nested:  # found in a worker, reported on the client
            raise SchemaError(nested, source=source)
        out = _text_frame(part)
        out.columns = names
        return out

    frame = frame.map_partitions(as_text, meta=pd.DataFrame(columns=names, dtype=object))
    return frame, 2  # below the header, as read_table numbers Parquet rows


PARQUET_FORMAT = Format("parquet", (".parquet", ".pq"), read_parquet, parquet_partitions)
