"""Work spread over forked processes gives exactly the one-process result."""

from __future__ import annotations

import os
import signal

from hypothesis import given, settings
from hypothesis import strategies as st

from mitramatch.engine.parallel import imap_forked


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
