"""Work spread over forked processes: one home for how mitramatch uses more than one core.

A batch ranks blocks of organisations one after another, each a pure function of the index
and its profiles, so worker processes give exactly the one-process result. The workers are
*forked*: they inherit the index, the analyzer and the prepared queries instead of receiving
them pickled (a million-partner index costs more to send than to rank); only results travel
back. Where ``fork`` is missing (Windows) callers stay in one process (see
:func:`mitramatch.validation.check_workers`).

Long runs (a batch of thousands of organisations) rank with the cyclic garbage collector
quiet (:func:`quiet_gc`). Its passes go over every object kept (indexes, caches of clauses and
quotes), and in forked workers they also write to the inherited pages, copying them into each
worker. ``rank_many`` of 10,000 x 100,000 on two cores, old and new code run in turn on a noisy
machine: 69.9 / 63.6, 81.0 / 79.1 and 92.7 / 75.3 s (``benchmarks/README.md``).

Reading the distinct offer texts of an index build in workers was measured too and dropped:
with a pool per column and the results pickled back it was no faster end to end (30.4 s
against 33.5 s for 1,000,000 partners, ``benchmarks/README.md``).

>>> sorted(imap_forked(lambda task, scale: task * scale, range(3), 2, (10,)))
[0, 10, 20]
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["imap_forked", "quiet_gc"]

# What the running pool works on, inherited by its forked workers (never pickled).
_TASK: tuple[Callable[..., Any], Any] | None = None
# quiet_gc blocks open (threads may rank at once: Dask's threaded workers), and whether the
# collector was on when the first opened; the last one to close restores it.
_QUIET = 0
_WAS_ENABLED = True
_QUIET_LOCK = threading.Lock()


@contextmanager
def quiet_gc() -> Iterator[None]:
    """The cyclic garbage collector off, and what exists frozen out of its reach, for the
    block: a batch makes few reference cycles (reference counting frees the rest at once),
    and what it does make is collected once the collector is back on. Blocks may nest and
    overlap in threads: the collector is back as it was when the last one closes.

    >>> import gc
    >>> with quiet_gc():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    global _QUIET, _WAS_ENABLED
    with _QUIET_LOCK:
        if not _QUIET:
            _WAS_ENABLED = gc.isenabled()
            gc.disable()
            gc.freeze()
        _QUIET += 1
    try:
        yield
    finally:
        with _QUIET_LOCK:
            _QUIET -= 1
            if not _QUIET:
                gc.unfreeze()
                if _WAS_ENABLED:
                    gc.enable()


def imap_forked(
    fn: Callable[..., Any], tasks: Iterable[Any], workers: int, shared: Any = ()
) -> Iterator[Any]:
    """``fn(task, *shared)`` for each task in ``workers`` forked processes, each result as soon
    as it is ready (in any order). ``fn`` and ``shared`` are inherited by the workers, not
    pickled; each task and result is. Fork inside :func:`quiet_gc` (not opened here: a
    generator may be left suspended, and the collector must not stay off with it), so
    that the workers never write to the pages they inherit to collect garbage."""
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
