"""Ranking metrics and the quality evidence on the labelled sample set."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mitramatch.evaluate import baseline_scores, evaluate, ndcg_at_k, precision_at_k
from mitramatch.exceptions import SchemaError

JUDGEMENTS = Path(__file__).resolve().parent.parent / "data" / "eval" / "judgements.csv"

grades = st.lists(st.integers(0, 3), min_size=1, max_size=30)


@given(grades, st.integers(1, 10))
def test_ndcg_is_one_for_the_ideal_order_and_in_unit_range(g, k):
    ideal = sorted(g, reverse=True)
    assert ndcg_at_k(ideal, g, k) == pytest.approx(1.0) or max(g) == 0
    assert 0.0 <= ndcg_at_k(g, g, k) <= 1.0 + 1e-12


@given(grades, st.integers(1, 10))
def test_precision_in_unit_range(g, k):
    assert 0.0 <= precision_at_k(g, k) <= 1.0


def test_ndcg_penalises_relevant_items_ranked_low():
    assert ndcg_at_k([3, 0, 0], [3, 0, 0], 3) > ndcg_at_k([0, 0, 3], [3, 0, 0], 3)
    assert ndcg_at_k([0, 0], [0, 0], 2) == 0.0


def test_baseline_prefers_shared_words():
    directory = pd.DataFrame(
        {
            "name": ["LKP Jahit", "Bengkel"],
            "offers_tenaga": ["instruktur menjahit", "mekanik motor"],
            **{c: [None, None] for c in ["offers_dana", "offers_sarana", "offers_program",
                                         "offers_pendayagunaan_hasil", "vision", "seeks"]},
        }
    )  # fmt: skip
    from mitramatch.engine.needs import load_needs

    profile = load_needs({"needs": {"tenaga": {"priority": 5, "description": "instruktur"}}})
    scores = baseline_scores(directory, profile)
    assert scores[0] > scores[1]


def test_judgements_need_their_columns():
    with pytest.raises(SchemaError, match="missing column"):
        evaluate(pd.DataFrame({"profile": ["x"]}))


def test_mitramatch_is_clearly_above_the_naive_baseline_on_the_labelled_set():
    result = evaluate(JUDGEMENTS, k=5)
    mean = result[result["profile"] == "(mean)"].set_index("system")["ndcg@5"]
    assert mean["mitramatch"] > mean["baseline"] + 0.15
    per_profile = result[result["profile"] != "(mean)"]
    assert len(per_profile) == 8
    assert np.isfinite(per_profile["ndcg@5"]).all()
