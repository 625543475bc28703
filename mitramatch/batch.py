"""Many organisations at once, and partner directories larger than memory.

:func:`rank_many` ranks one directory for every organisation of a batch with the partner-side
work done once and the organisations prepared in bulk; with ``top`` each organisation is
screened (:mod:`mitramatch.engine.screening`), so only the partners that can reach its top
are scored, never the full organisations x partners matrix. :func:`rank_chunked` streams a
directory file in chunks and keeps the best ``top`` partners per organisation, so memory
stays near one chunk plus ``top`` rows per organisation.

A partner's score depends only on its own row and the profile (no statistics over the
directory), so every path gives exactly ``rank(index, profile, top=top)`` per organisation.
:mod:`mitramatch.distributed` spreads the directory over a Dask cluster.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .engine import (
    ORG_ID,
    ROW,
    Analyzer,
    Criterion,
    DirectoryIndex,
    OrganisationBatch,
    as_organisations,
    by_need_texts,
    canonical_column,
    check_lang,
    check_top,
    imap_forked,
    is_single_profile,
    load_directory,
    load_needs,
    load_organisations,
    order_frame,
    prepare_many,
    quiet_gc,
)
from .exceptions import Note, Problem, SchemaError, Text, rows_text
from .io import read_table_chunks
from .output import ORG_NAME, PARTNER_REGENCY, empty_table, ranking_table
from .ranking import Ranking, as_index
from .validation import check_workers

# load_organisations and OrganisationBatch live in the engine; batch scripts and notebooks
# import them from here too.
__all__ = [
    "ChunkNotes",
    "DuplicateIds",
    "OrganisationBatch",
    "OrganisationsLike",
    "load_organisations",
    "rank_chunked",
    "rank_many",
]

#: What :func:`rank_many` accepts as organisations.
OrganisationsLike = (
    OrganisationBatch | Mapping[str, Any] | Sequence[Any] | str | Path | pd.DataFrame
)

# Validation problems that repeat identically in every chunk: report them once, at once.
_STRUCTURAL = frozenset({"missing required columns", "duplicate columns", "unknown aspect"})
_MAX_PROBLEMS = 50  # stop checking a huge broken file after this many findings
_MAX_DUPLICATE_IDS = 1000  # ids kept for the message; the count covers the rest
#: Organisations whose criteria prepare their shared work together (see Criterion.prepare).
_BLOCK = 256


def rank_many(
    partners: str | Path | pd.DataFrame | DirectoryIndex,
    organisations: OrganisationsLike,
    *,
    top: int | None = 10,
    lang: str = "id",
    progress: bool = False,
    criteria: Iterable[Criterion] | None = None,
    workers: int = 1,
) -> pd.DataFrame:
    """Rank one partner directory for many organisations.

    The directory is validated and indexed once and the organisations are prepared in bulk
    (each distinct text analysed once). With ``top``, each organisation's partners are
    screened from bounds of their criteria and only those that can reach the top are scored,
    so the result is exactly ``rank(index, profile, top=top)`` per organisation.

    Parameters
    ----------
    partners : path, DataFrame or DirectoryIndex
    organisations : batch file path, DataFrame, OrganisationBatch, dict or list
        A batch file or table (see :func:`~mitramatch.load_organisations`), a dict
        ``{org_id: profile}``, or a list of profiles (``org_id`` is then the position:
        ``"1"``, ``"2"``, ...). Profiles may be :class:`NeedsProfile` objects, dicts or
        TOML/JSON paths.
    top : int or None, default 10
        Partners kept per organisation.
    lang : {"id", "en"}
    progress : bool, default False
        Show a progress bar over organisations on stderr (only when it is a terminal).
    criteria : list of Criterion, optional
        Criteria beyond the registered ones, for every organisation.
    workers : int, default 1
        Processes ranking blocks of organisations at once; -1 for every core. The workers
        are forked, so they share the index instead of copying it (on systems without
        ``fork``, such as Windows, ranking stays in one process). The result is the same
        for any number.

    Returns
    -------
    DataFrame
        Each organisation's ranking table stacked in input order, ``org_id`` first;
        ``fit_<aspect>`` for every aspect any organisation needs (NaN where that organisation
        does not need it). An organisation no partner passes has no rows.

    Examples
    --------
    >>> partners = pd.DataFrame({
    ...     "partner_id": ["P1", "P2"], "name": ["LKP Citra Busana", "CSR Bank Musi"],
    ...     "sector": ["masyarakat", "swasta"],
    ...     "offers_tenaga": ["instruktur menjahit", None],
    ...     "offers_dana": [None, "dana hibah modal usaha"]})
    >>> out = rank_many(partners, {
    ...     "A": {"needs": {"tenaga": {"priority": 5, "description": "instruktur jahit"}}},
    ...     "B": {"needs": {"dana": {"priority": 4, "description": "modal usaha"}}}}, top=1)
    >>> out[["org_id", "rank", "partner_id"]].values.tolist()
    [['A', 1, 'P1'], ['B', 1, 'P2']]
    >>> [c for c in out.columns if c.startswith("fit_")]
    ['fit_dana', 'fit_tenaga']
    """
    top = check_top(top)
    check_lang(lang)
    workers = check_workers(workers)
    criteria = tuple(criteria or ())
    batch = as_organisations(organisations, criteria=criteria)
    index = as_index(partners)
    parts = list(
        _ranked(index, batch, top=top, lang=lang, progress=progress, criteria=criteria,
                workers=workers)
    )  # fmt: skip
    out = ranking_table(index, parts, batch.ids, _names(batch))
    out.attrs["notes"] = index.notes
    return out


def _names(batch: OrganisationBatch) -> list[str]:
    return [profile.organisation.name for profile in batch]


def _ranked(
    index: DirectoryIndex,
    batch: OrganisationBatch,
    *,
    top: int | None,
    lang: str,
    progress: bool,
    criteria: tuple[Criterion, ...],
    workers: int = 1,
) -> Iterator[Any]:
    """Each organisation's ranked partners (:class:`~mitramatch.output.Ranked`), in order."""
    queries = prepare_many(index, list(batch), criteria=criteria)
    # Ranked with those sharing need texts together (work kept per need text is found
    # again), given back in input order.
    order = by_need_texts(queries)
    state = _Work(index, queries, order, top, lang)
    starts = range(0, len(queries), _BLOCK)
    ranked: list[Any] = [None] * len(queries)
    bar = _bar(enabled=progress, unit=" org", total=len(queries))
    blocks = _blocks(state, starts, workers)
    try:
        # Thousands of organisations, and the workers forked: see engine.parallel. No yield
        # inside, so the collector is back on whatever happens.
        with quiet_gc():
            for done in blocks:
                for i, one in done:
                    ranked[i] = one
                if bar is not None:
                    bar.update(len(done))
    finally:
        blocks.close()  # a pool stopped by an error ends now, not when collected
        if bar is not None:
            bar.close()
    yield from ranked


@dataclass(frozen=True)
class _Work:
    """What ranking a block of organisations needs: the index, every prepared query and the
    order they are ranked in."""

    index: DirectoryIndex
    queries: list[Any]
    order: np.ndarray
    top: int | None
    lang: str


def _rank_block(start: int, work: _Work) -> list[tuple[int, Any]]:
    """(input position, ranked partners) of the organisations ``order[start:start + _BLOCK]``,
    their criteria's shared work prepared once for the block (Criterion.prepare)."""
    positions = work.order[start : start + _BLOCK].tolist()
    block = [work.queries[i] for i in positions]
    for criterion in block[0].criteria if block else ():
        criterion.prepare(work.index, block)
    return [
        (i, Ranking.compute(work.index, query, top=work.top, lang=work.lang).ranked())
        for i, query in zip(positions, block)
    ]


def _blocks(work: _Work, starts: range, workers: int) -> Iterator[list[tuple[int, Any]]]:
    """Each block's results, in one process or spread over ``workers`` forked ones that share
    the index (blocks handed out one at a time, so a slow block holds up no other). A
    partner's score depends only on its row and the profile, so every block gives the same
    result in any process."""
    if workers == 1 or len(starts) < 2:
        for start in starts:
            yield _rank_block(start, work)
        return
    yield from imap_forked(_rank_block, starts, min(workers, len(starts)), (work,))


def rank_chunked(
    path: str | Path,
    needs_or_organisations: Any,
    *,
    top: int | None = 10,
    chunksize: int = 200_000,
    lang: str = "id",
    progress: bool = False,
    criteria: Iterable[Criterion] | None = None,
    header_row: int | None = None,
    sheet: str | int | None = None,
    workers: int = 1,
) -> pd.DataFrame:
    """Rank a partner directory file too large for memory, reading it in chunks.

    Each chunk is validated (rows named as in the file) and ranked; only the best ``top``
    partners per organisation are kept across chunks, merged by the one ordering rule, so
    memory stays near one chunk plus ``top`` rows per organisation (and 16 bytes per partner
    to find duplicate ``partner_id`` across chunks). Every validation problem in the file is
    reported at once, up to 50.

    Parameters
    ----------
    path : str or path
        The directory: CSV/TSV (streamed) or Parquet (by record batches); XLSX is read whole.
    needs_or_organisations
        One needs profile (NeedsProfile, profile dict, or ``.toml``/``.json`` path): the result
        equals ``rank(path, needs, top=top).to_frame()``. Otherwise organisations as for
        :func:`rank_many`, and the result equals ``rank_many(path, organisations, top=top)``.
    top : int or None, default 10
        Partners kept per organisation; None keeps all (memory is then not bounded).
    chunksize : int, default 200_000
        Records read at a time.
    lang : {"id", "en"}
    progress : bool, default False
        Progress bar over partners on stderr (only when it is a terminal).
    criteria : list of Criterion, optional
        Criteria beyond the registered ones.
    header_row, sheet
        As for :func:`~mitramatch.load_directory`: the header's row (below title rows) and
        the sheet of a workbook.
    workers : int, default 1
        As for :func:`rank_many`: processes ranking each chunk's organisations.

    Returns
    -------
    DataFrame
        As :func:`rank_many` (or ``rank(...).to_frame()`` for one profile). ``attrs["notes"]``
        holds what the whole reading says (encoding, header row, ...) and what validating
        and indexing the chunks says (ids made, sectors inferred, duplicate columns kept):
        a note every chunk gives is given once; one only some chunks give names their rows.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = tempfile.TemporaryDirectory()
    >>> path = pathlib.Path(folder.name) / "mitra.csv"
    >>> _ = path.write_text("partner_id,name,sector,offers_tenaga\\n"
    ...     "P1,LKP Busana,masyarakat,instruktur menjahit\\nP2,Bengkel,swasta,mekanik\\n"
    ...     "P3,LKP Jahit,masyarakat,tutor menjahit busana\\n")
    >>> needs = {"needs": {"tenaga": {"priority": 5, "description": "instruktur menjahit"}}}
    >>> rank_chunked(path, needs, top=2, chunksize=1)["partner_id"].tolist()
    ['P1', 'P3']
    >>> folder.cleanup()
    """
    top = check_top(top)
    check_lang(lang)
    workers = check_workers(workers)
    criteria = tuple(criteria or ())
    single = is_single_profile(needs_or_organisations)
    if single:
        batch = OrganisationBatch([load_needs(needs_or_organisations, criteria=criteria)],
                                  ids=["1"])  # fmt: skip
    else:
        batch = as_organisations(needs_or_organisations, criteria=criteria)
    label = str(path)
    chunks, notes = read_table_chunks(
        path, chunksize=chunksize, what="directory", header_row=header_row, sheet=sheet
    )
    analyzer = Analyzer()  # one stemming cache for every chunk
    best: pd.DataFrame | None = None
    seen = DuplicateIds()
    problems: list[Problem] = []
    said = ChunkNotes()
    bar = _bar(enabled=progress)
    decided: str | None = None  # a column read as the offers by its content, in chunk 1
    try:
        for table in chunks:
            if bar is not None:
                bar.update(len(table))
            try:
                frame = load_directory(table, free_offers=decided)
                decided = decided or frame.attrs.get("offers_by_content")
            except SchemaError as exc:
                if any(str(p.group) in _STRUCTURAL for p in exc.problems):
                    raise SchemaError(exc.problems, source=label) from None
                problems.extend(exc.problems)
                seen.add(_raw_ids(table), table[ROW].to_numpy(np.int64))
                frame = None
            else:
                seen.add(frame["partner_id"], frame[ROW].to_numpy(np.int64))
            if len(problems) + len(seen.duplicates) >= _MAX_PROBLEMS:
                last = int(table[ROW].iloc[-1])
                problems.append(
                    Problem("stopped", f"stopped checking after row {last}: too many problems")
                )
                break
            if frame is None or problems or seen.duplicates:
                continue  # keep validating, stop scoring: the result will not be used
            index = DirectoryIndex(frame, analyzer)
            rows = frame[ROW].to_numpy(np.int64)
            said.add(index.notes, int(rows[0]), int(rows[-1]))
            parts = _ranked(index, batch, top=top, lang=lang, progress=False, criteria=criteria,
                            workers=workers)  # fmt: skip
            found = ranking_table(index, list(parts), batch.ids, _names(batch))
            merged = found if best is None else pd.concat([best, found], ignore_index=True)
            best = order_frame(merged, top=top, by=ORG_ID, groups=batch.ids)
    finally:
        if bar is not None:
            bar.close()
        chunks.close()  # type: ignore[attr-defined]  # a generator; frees the file early
    if seen.duplicates:
        problems.insert(0, seen.problem())
    if problems:
        raise SchemaError(problems, source=label)
    if best is None:  # pragma: no cover - reading refuses a file without data rows
        best = empty_table(batch=True)
    if single:
        best = best.drop(columns=[ORG_ID, ORG_NAME, PARTNER_REGENCY]).reset_index(drop=True)
    best.attrs["notes"] = [*notes, *(n for n in said.notes() if n not in notes)]
    return best


class ChunkNotes:
    """What validating and indexing the chunks of one file said, said once.

    A note every chunk gives (a column kept twice, ids from the ``No`` column) is given once,
    as it is; a note only some chunks give (sectors inferred, with their counts) is given
    with the rows of those chunks. At most :data:`LIMIT` different notes are kept.
    """

    LIMIT = 50

    def __init__(self) -> None:
        self.chunks = 0
        self.found: dict[str, tuple[Any, list[tuple[int, int]]]] = {}
        self.more = 0

    def add(self, notes: Iterable[Any], first: int, last: int) -> None:
        """The notes of one chunk, whose records are on rows ``first`` to ``last``."""
        self.chunks += 1
        for note in notes:
            key = str(note)
            if key in self.found:
                self.found[key][1].append((first, last))
            elif len(self.found) < self.LIMIT:
                self.found[key] = (note, [(first, last)])
            else:
                self.more += 1

    def notes(self) -> list[Any]:
        out: list[Any] = []
        for note, spans in self.found.values():
            if len(spans) == self.chunks:
                out.append(note)
                continue
            shown = ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in spans[:3])
            more = len(spans) - 3
            text = note.text if isinstance(note, Note) else Text(str(note))
            out.append(
                Note(
                    Text.format(
                        "rows {shown}{more_en}: {text}",
                        "baris {shown}{more_id}: {text}",
                        shown=shown,
                        more_en=f" and {more} more" if more > 0 else "",
                        more_id=f" dan {more} lainnya" if more > 0 else "",
                        text=text,
                    )
                )
            )
        if self.more:
            out.append(
                Note(
                    Text(
                        f"and {self.more} more notes on single chunks",
                        f"dan {self.more} catatan lain tentang bagian tertentu",
                    )
                )
            )
        return out


def _raw_ids(table: pd.DataFrame) -> pd.Series:
    """The partner_id column of a chunk that failed validation (for duplicate detection)."""
    for column in table.columns:
        if column != ROW and canonical_column(column) == "partner_id":
            return table[column].astype("string").str.strip()
    return pd.Series(pd.NA, index=table.index, dtype="string")


class DuplicateIds:
    """partner_ids seen so far (earlier chunks or partitions) as sorted 64-bit hashes, with
    their rows, to report ids that occur more than once across the pieces of a directory."""

    def __init__(self) -> None:
        self.hashes = np.empty(0, dtype=np.uint64)
        self.rows = np.empty(0, dtype=np.int64)
        self.duplicates: dict[str, set[int]] = {}
        self.n_duplicates = 0

    def add(self, ids: pd.Series, rows: np.ndarray) -> None:
        present = ids.notna().to_numpy()
        ids, rows = ids[present].to_numpy(dtype=object), rows[present]
        hashes = pd.util.hash_array(ids.astype(str).astype(object))
        if len(self.hashes):
            pos = np.minimum(np.searchsorted(self.hashes, hashes), len(self.hashes) - 1)
            for i in np.flatnonzero(self.hashes[pos] == hashes):  # duplicates only
                key = str(ids[i])
                if key not in self.duplicates:
                    self.n_duplicates += 1
                    if len(self.duplicates) >= _MAX_DUPLICATE_IDS:
                        continue
                    self.duplicates[key] = {int(self.rows[pos[i]])}
                self.duplicates[key].add(int(rows[i]))
        merged = np.concatenate([self.hashes, hashes])
        # Two sorted runs: the stable sort merges them in linear time.
        order = np.argsort(merged, kind="stable")
        self.hashes = merged[order]
        self.rows = np.concatenate([self.rows, rows])[order]

    def problem(self) -> Problem:
        items = list(self.duplicates.items())
        listed = "; ".join(f"{k!r} ({rows_text(sorted(v), 'row', 5)})" for k, v in items[:10])
        more = f"; and {self.n_duplicates - 10} more ids" if self.n_duplicates > 10 else ""
        rows = sorted({r for _, v in items for r in v})
        return Problem(
            "duplicate partner_id",
            f"partner_id must be unique; {self.n_duplicates} duplicated: {listed}{more}",
            column="partner_id",
            rows=rows,
        )


def _bar(*, enabled: bool, unit: str = " partners", total: int | None = None) -> Any:
    if not (enabled and sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(file=sys.stderr, unit=unit, unit_scale=True, leave=False, total=total)
