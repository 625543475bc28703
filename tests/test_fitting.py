"""Weights learned from outcomes (mitramatch.fitting): recovery, no signal, too small."""

from __future__ import annotations

import numpy as np
import pytest

import mitramatch as mm
from mitramatch.datasets import make_directory, make_organisations
from mitramatch.fitting import NotEnoughHistory, fit_weights, simulate_register

TRUE = {"need_fit": 0.3, "vision": 0.05, "proximity": 0.45, "reciprocity": 0.0,
        "track_record": 0.2}  # fmt: skip
#: Largest allowed difference between a recovered and a true weight (weights sum to 1).
TOLERANCE = 0.08


@pytest.fixture(scope="module")
def world():
    index = mm.DirectoryIndex.build(make_directory(300, seed=5))
    return index, mm.load_organisations(make_organisations(24, seed=5))


def test_recovers_known_weights(world):
    index, orgs = world
    fit = fit_weights(simulate_register(index, orgs, TRUE, seed=1), index, orgs, n_boot=300)
    learned = np.array([fit.weights[c] for c in TRUE])
    assert np.abs(learned - np.array(list(TRUE.values()))).max() <= TOLERANCE
    assert fit.improved
    assert fit.interval[0] > 0
    assert fit.toml().startswith("[weights]\nneed_fit = ")


def test_no_signal_claims_no_improvement(world):
    index, orgs = world
    for seed in (2, 3):
        fit = fit_weights(simulate_register(index, orgs, None, seed=seed), index, orgs, n_boot=300)
        assert not fit.improved
        assert "Tidak ada bukti" in fit.summary()


def test_refuses_a_small_register(world):
    index, orgs = world
    small = simulate_register(index, orgs, TRUE, seed=1).head(12)
    with pytest.raises(NotEnoughHistory, match="too small to learn weights from"):
        fit_weights(small, index, orgs)
