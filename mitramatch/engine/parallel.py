"""Work spread over forked processes: one home for how mitramatch uses more than one core.

A batch ranks blocks of organisations one after another, each a pure function of the index
and its profiles, so worker processes give exactly the one-process result. The workers are
*forked*: they inherit the index, the analyzer and the prepared queries instead of receiving
them pickled (a million-partner index costs more to send than to rank); only results travel
back. Where ``fork`` is missing (Windows) callers stay in one process (see
:func:`mitramatch.validation.check_workers`).

Reading the distinct offer texts of an index build in workers was measured too and dropped:
with a pool per column and the results pickled back it was no faster end to end (30.4 s
against 33.5 s for 1,000,000 partners, ``benchmarks/README.md``).

>>> sorted(imap_forked(lambda task, scale: task * scale, range(3), 2, (10,)))
[0, 10, 20]
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Iterable, Iterator
from typing import Any

__all__ = ["imap_forked"]

# What the running pool works on, inherited by its forked workers (never pickled).
_TASK: tuple[Callable[..., Any], Any] | None = None


def imap_forked(
    fn: Callable[..., Any], tasks: Iterable[Any], workers: int, shared: Any = ()
) -> Iterator[Any]:
    """``fn(task, *shared)`` for each task in ``workers`` forked processes, each result as soon
    as it is ready (in any order). ``fn`` and ``shared`` are inherited by the workers, not
    pickled; each task and result is."""
    global _TASK
    if _TASK is not None:  # pragma: no cover - a worker never forks again
        raise RuntimeError("imap_forked is not reentrant")
    _TASK = (fn, shared)
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_as_worker)
    try:
        yield from pool.imap_unordered(_run, tasks)
        pool.close()  # every result is in: let the workers finish on their own
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
        _TASK = None


def _as_worker() -> None:
    """A forked worker dies as the pool tells it: it must not inherit the command line's
    handlers that turn SIGTERM and SIGINT into a clean stop of the whole program."""
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


def _run(task: Any) -> Any:
    assert _TASK is not None  # set before the pool forks
    fn, shared = _TASK
    return fn(task, *shared)
