"""Rank many organisations against a partner directory spread over a Dask cluster.

:func:`rank_many_dask` splits the directory into partitions (a Parquet or CSV path, local or
remote such as ``s3://``, a pandas or a Dask DataFrame). Each worker validates its partition,
builds its own :class:`~mitramatch.index.DirectoryIndex` and keeps every organisation's best
``top`` partners there (:func:`~mitramatch.batch.rank_many`); one final task checks that no
``partner_id`` appears in two partitions and merges the candidates per organisation by
(-score, partner_id), keeping ``top``. A partner's scores depend only on its own row and the
profile, so the result is exactly ``rank_many(partners, organisations, top=top)``.

Needs ``pip install 'mitramatch[dask]'`` (dask[dataframe] and distributed). Without ``client``
the current Dask scheduler runs it: the client made last in this process if there is one, else
local threads. To use an existing cluster::

    from dask.distributed import Client
    from mitramatch.distributed import rank_many_dask

    client = Client("tcp://scheduler:8786")
    ranked = rank_many_dask("s3://bucket/partners.parquet", "orgs.csv", client=client)

The organisations file is read here, on the client; the partner directory is read by the
workers, so its path must be one they can open (shared storage or an object store).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .batch import DuplicateIds, OrganisationsLike, rank_many
from .compat import import_optional_dependency
from .engine import (
    ORG_ID,
    ROW,
    DirectoryIndex,
    as_organisations,
    check_lang,
    check_top,
    load_directory,
    order_frame,
)
from .exceptions import InputError, Problem, SchemaError, Text
from .io import ReadContext, format_for, header_names, noun_for
from .output import empty_table
from .validation import check_positive_int

__all__ = ["rank_many_dask"]


def rank_many_dask(
    partners: Any,
    organisations: OrganisationsLike,
    *,
    top: int | None = 10,
    client: Any = None,
    npartitions: int | None = None,
    lang: str = "id",
    criteria: Any = None,
) -> pd.DataFrame:
    """Rank a partitioned partner directory for many organisations on a Dask cluster.

    Parameters
    ----------
    partners : path, URL, pandas DataFrame or dask DataFrame
        The directory: Parquet (a file or a folder of files) or CSV/TSV, read by the workers.
    organisations
        As for :func:`~mitramatch.batch.rank_many` (a batch file, DataFrame, dict or list).
    top : int or None, default 10
        Partners kept per organisation.
    client : dask.distributed.Client, optional
        Where to run; by default Dask's current scheduler.
    npartitions : int, optional
        Split the directory into this many partitions (default: as read; a pandas DataFrame
        gets one partition per worker thread, at least two).
    lang : {"id", "en"}
    criteria : list of Criterion, optional
        Criteria beyond the registered ones; they are sent to the workers, so their classes
        must be importable there (defined in a module, not in ``__main__``).

    Returns
    -------
    DataFrame
        Exactly what :func:`~mitramatch.batch.rank_many` returns for the same input.

    Raises
    ------
    SchemaError
        When a partition breaks the data contract, or a ``partner_id`` appears in more than
        one partition (rows are numbered as in the file, or by position for a DataFrame).

    Examples
    --------
    >>> rank_many_dask(pd.DataFrame(), {}, top=0)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: top must be a positive integer or None; got 0
    """
    top = check_top(top)
    check_lang(lang)
    npartitions = check_positive_int(npartitions, "npartitions", allow_none=True)
    dask = import_optional_dependency("dask", purpose="the Dask backend")
    criteria = tuple(criteria or ())
    batch = as_organisations(organisations, criteria=criteria)
    parts, first_row, source = _partitions(partners, npartitions, client)
    payload = dask.delayed((batch, top, lang, criteria), pure=True)
    # A column read as the offers by its content is chosen once, from the first partition,
    # so that every partition reads the same one (as chunks do).
    decided = dask.delayed(_offers_by_content)(parts[0]) if parts else None
    ranked = [dask.delayed(_rank_partition)(part, payload, decided) for part in parts]
    merged = dask.delayed(_merge)(ranked, list(batch.ids), top, first_row, source)
    if client is not None:
        return client.compute(merged).result()
    return merged.compute()


def _partitions(partners: Any, npartitions: int | None, client: Any) -> tuple[list, int, str]:
    """The directory's partitions as delayed pandas frames, the row number of the first
    record (below the header in a file; 0 for a DataFrame) and a name for messages.

    A file is read in partitions by its format in :mod:`mitramatch.io` (the same options and
    raw cells as :func:`~mitramatch.io.read_table`); a folder without extension is a Parquet
    dataset.
    """
    dd = import_optional_dependency("dask.dataframe", purpose="the Dask backend")

    if isinstance(partners, DirectoryIndex):
        partners = partners.frame.drop(columns=ROW, errors="ignore")
    if isinstance(partners, pd.DataFrame):
        if npartitions is None:
            threads = sum(client.nthreads().values()) if client is not None else 2
            npartitions = max(2, threads)
        frame = dd.from_pandas(partners, npartitions=min(npartitions, max(1, len(partners))))
        return frame.to_delayed(), 0, "partners"
    if isinstance(partners, dd.DataFrame):
        if npartitions is not None and partners.npartitions != npartitions:
            partners = partners.repartition(npartitions=npartitions)
        return partners.to_delayed(), 0, "partners"
    if not isinstance(partners, (str, Path)):
        raise TypeError(f"partners: unsupported type {type(partners).__name__}")
    source = str(partners)
    name = Path(source.rstrip("/"))
    fmt = format_for("x.parquet" if not name.suffix else name, noun="partner directory")
    if fmt.partitions is None:
        raise InputError(
            Text(
                f"{source}: expected a Parquet or CSV/TSV partner directory for the Dask "
                f"backend; got {name.suffix}",
                f"{source}: yang diharapkan direktori mitra Parquet atau CSV/TSV untuk "
                f"backend Dask; ditemukan {name.suffix}",
            )
        )
    context = ReadContext(name, noun_for("directory"), known=header_names("directory"))
    frame, first_row = fmt.partitions(source, context)
    if npartitions is not None and frame.npartitions != npartitions:
        frame = frame.repartition(npartitions=npartitions)
    return frame.to_delayed(), first_row, source


def _offers_by_content(frame: pd.DataFrame) -> str | None:
    """The header of a column read as the offers by its content in this partition, if any."""
    try:
        return load_directory(frame.reset_index(drop=True)).attrs.get("offers_by_content")
    except SchemaError:
        return None


def _rank_partition(frame: pd.DataFrame, payload: tuple, free_offers: str | None) -> tuple:
    """One partition's best ``top`` per organisation, its partner_ids and its length."""
    batch, top, lang, criteria = payload
    frame = frame.reset_index(drop=True)
    try:
        directory = load_directory(frame, free_offers=free_offers)
    except SchemaError as exc:
        return None, exc.problems, len(frame)
    ranked = rank_many(DirectoryIndex(directory), batch, top=top, lang=lang, criteria=criteria)
    return ranked, directory["partner_id"].astype("string"), len(frame)


def _merge(results: list, ids: list[str], top: int | None, first_row: int, source: str):
    """Every partition's candidates merged per organisation by (-score, partner_id)."""
    problems: list[Problem] = []
    seen = DuplicateIds()
    offset = first_row
    for k, (ranked, found, length) in enumerate(results):
        if ranked is None:
            problems.extend(
                Problem(p.group, f"partition {k} (from row {offset}): {p.message}", column=p.column)
                for p in found
            )
        else:
            seen.add(found, offset + np.arange(len(found), dtype=np.int64))
        offset += length
    if seen.duplicates:
        problems.insert(0, seen.problem())
    if problems:
        raise SchemaError(problems, source=source)
    frames = [r for r, _, _ in results if len(r)]
    if not frames:
        return empty_table(batch=True)
    both = pd.concat(frames, ignore_index=True, sort=False)
    return order_frame(both, top=top, by=ORG_ID, groups=ids)
