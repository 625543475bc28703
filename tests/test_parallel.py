"""Work spread over forked processes gives exactly the one-process result."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mitramatch.engine import DirectoryIndex, parallel
from mitramatch.engine.parallel import imap_forked, map_each, processes, workers_in_use
from mitramatch.testing import sample_directory


def test_outside_processes_one_worker_is_used():
    assert workers_in_use() == 1
    with processes(3):
        assert workers_in_use() == 3
        with processes(1):
            assert workers_in_use() == 1
        assert workers_in_use() == 3
    assert workers_in_use() == 1


@settings(max_examples=15, deadline=None)
@given(st.lists(st.text(max_size=8), max_size=40), st.integers(1, 3))
def test_map_each_equals_a_list_comprehension(items, workers):
    with processes(workers):
        assert map_each(str.upper, items, at_least=1) == [s.upper() for s in items]


def test_map_each_shares_the_work_among_processes():
    import os

    with processes(2):
        pids = set(map_each(lambda _: os.getpid(), list(range(64)), at_least=1))
    assert os.getpid() not in pids  # the workers did it
    assert len(pids) >= 1


def test_map_each_stays_in_process_below_its_threshold():
    import os

    with processes(2):
        assert set(map_each(lambda _: os.getpid(), [1, 2, 3])) == {os.getpid()}


def test_imap_forked_gives_each_result_and_shares_without_pickling():
    unpicklable = lambda x: x * 10  # noqa: E731 - a lambda cannot be pickled: it is inherited
    found = sorted(imap_forked(lambda task, f: f(task), range(5), 2, (unpicklable,)))
    assert found == [0, 10, 20, 30, 40]


def test_an_index_built_by_workers_is_the_same(monkeypatch):
    monkeypatch.setattr(parallel, "AT_LEAST", 1)  # every distinct text list is shared out
    frame = pd.concat([sample_directory()] * 3, ignore_index=True)
    frame["partner_id"] = [f"P{i:04d}" for i in range(len(frame))]
    one = DirectoryIndex.build(frame)
    two = DirectoryIndex.build(frame, workers=2)
    assert one.frame.equals(two.frame)
    for aspect in one.offer_terms:
        assert (one.offer_terms[aspect] != two.offer_terms[aspect]).nnz == 0
    np.testing.assert_array_equal(one.offered, two.offered)
    np.testing.assert_array_equal(one.offer_kinds, two.offer_kinds)
    np.testing.assert_array_equal(one.reach, two.reach)
    assert list(one.model.terms) == list(two.model.terms)


@pytest.mark.parametrize("workers", [0, -3, 2.0, "2"])
def test_build_refuses_bad_workers(workers):
    with pytest.raises(ValueError, match="workers must be a positive integer or -1"):
        DirectoryIndex.build(sample_directory(), workers=workers)
