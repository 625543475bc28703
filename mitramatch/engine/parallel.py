"""Work spread over forked processes: one home for how mitramatch uses more than one core.

Building an index reads each distinct offer text in Python (clauses, kinds of help), and a
batch ranks blocks of organisations one after another; both are pure functions of their
input, so worker processes give exactly the one-process result. The workers are *forked*:
they inherit the index, the analyzer and the inputs instead of receiving them pickled (a
million-partner index costs more to send than to rank); only results travel back. Where
``fork`` is missing (Windows) everything runs in the calling process.

>>> with processes(2):
...     map_each(len, ["kursus", "modal usaha"], at_least=1)
[6, 11]
"""

from __future__ import annotations

import contextlib
import contextvars
import multiprocessing
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

__all__ = ["imap_forked", "map_each", "processes", "workers_in_use"]

#: Below this many items, forking costs more than the work it shares.
AT_LEAST = 4_000
#: Chunks per worker: small enough to even out texts of unequal length.
CHUNKS_PER_WORKER = 4

_WORKERS: contextvars.ContextVar[int] = contextvars.ContextVar("mitramatch_workers", default=1)
# What the running pool works on, inherited by its forked workers (never pickled).
_TASK: tuple[Callable[..., Any], Any] | None = None


@contextlib.contextmanager
def processes(workers: int) -> Iterator[None]:
    """Within the block, :func:`map_each` spreads its work over ``workers`` processes (an
    already validated count; see :func:`mitramatch.validation.check_workers`)."""
    token = _WORKERS.set(int(workers))
    try:
        yield
    finally:
        _WORKERS.reset(token)


def workers_in_use() -> int:
    """The processes :func:`map_each` uses here (1 outside :func:`processes`)."""
    return _WORKERS.get() if _can_fork() else 1


def map_each(
    fn: Callable[[Any], Any], items: Sequence[Any], *, at_least: int | None = None
) -> list:
    """``[fn(x) for x in items]``, in order, shared among the workers in use when there are at
    least ``at_least`` items (default :data:`AT_LEAST`)."""
    workers = workers_in_use()
    if workers <= 1 or len(items) < max(AT_LEAST if at_least is None else at_least, 2):
        return [fn(x) for x in items]
    size = -(-len(items) // (workers * CHUNKS_PER_WORKER))
    starts = range(0, len(items), size)
    parts = dict(imap_forked(_chunk, [(s, s + size) for s in starts], workers, (fn, items)))
    return [y for s in starts for y in parts[s]]


def _chunk(bounds: tuple[int, int], fn: Callable[[Any], Any], items: Sequence[Any]):
    start, end = bounds
    return start, [fn(x) for x in items[start:end]]


def imap_forked(
    fn: Callable[..., Any], tasks: Iterable[Any], workers: int, shared: Any = ()
) -> Iterator[Any]:
    """``fn(task, *shared)`` for each task in ``workers`` forked processes, each result as soon
    as it is ready (in any order). ``shared`` is inherited by the workers, not pickled."""
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


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()
