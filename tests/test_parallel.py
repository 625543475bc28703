"""Work spread over forked processes gives exactly the one-process result."""

from __future__ import annotations

import gc
import os
import signal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mitramatch import batch
from mitramatch.datasets import make_directory
from mitramatch.engine.parallel import imap_forked, quiet_gc


@settings(max_examples=10, deadline=None)
@given(st.lists(st.text(max_size=8), max_size=30), st.integers(1, 3))
def test_imap_forked_gives_every_result_once(items, workers):
    def upper(k, texts):
        return k, texts[k].upper()

    found = imap_forked(upper, range(len(items)), workers, (items,))
    assert sorted(found) == [(k, s.upper()) for k, s in enumerate(items)]


def test_imap_forked_shares_without_pickling_and_works_in_other_processes():
    unpicklable = lambda x: x * 10  # noqa: E731 - a lambda cannot be pickled: it is inherited
    found = list(imap_forked(lambda task, f: (f(task), os.getpid()), range(6), 2, (unpicklable,)))
    assert sorted(value for value, _ in found) == [0, 10, 20, 30, 40, 50]
    assert os.getpid() not in {pid for _, pid in found}


def test_workers_do_not_keep_the_command_lines_signal_handlers():
    previous = signal.signal(signal.SIGTERM, lambda *_: None)  # as the CLI's clean stop does
    try:
        handlers = list(imap_forked(lambda _: signal.getsignal(signal.SIGTERM), range(2), 2))
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert handlers == [signal.SIG_DFL, signal.SIG_DFL]


def _fail_quietly():
    with quiet_gc():
        assert not gc.isenabled()
        with quiet_gc():  # nested: the outer block keeps it off
            pass
        assert not gc.isenabled()
        assert gc.get_freeze_count() > 0
        raise ZeroDivisionError


def test_quiet_gc_restores_the_collector_even_on_error():
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError):
        _fail_quietly()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_quiet_gc_blocks_overlapping_in_threads_restore_the_collector():
    # As Dask's threaded workers rank: the first block to open is not the last to close.
    import threading

    opened, release = threading.Event(), threading.Event()

    def second():
        with quiet_gc():
            opened.set()
            release.wait(5)

    with quiet_gc():
        thread = threading.Thread(target=second)
        thread.start()
        opened.wait(5)
    assert not gc.isenabled()  # the thread's block is still open
    release.set()
    thread.join()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    with quiet_gc():  # and the next block turns it off again
        assert not gc.isenabled()


def test_a_batch_that_fails_in_a_worker_leaves_the_collector_on(monkeypatch):
    def broken(start, work):
        raise RuntimeError(f"block {start} failed")

    profiles = [{"needs": {"tenaga": {"priority": 5, "description": "instruktur las"}}}] * 600
    monkeypatch.setattr(batch, "_rank_block", broken)
    with pytest.raises(RuntimeError, match=r"block \d+ failed"):
        batch.rank_many(make_directory(300, seed=0), profiles, top=3, workers=2)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
