"""Evidence of quality: ranking metrics on a labelled set, beside a naive baseline.

A judgement set is a table with ``profile`` (needs profile file), ``directory`` (partner
directory file), ``partner_id`` and ``grade`` (0 irrelevant .. 3 ideal), paths relative to
the judgement file. :func:`evaluate` ranks every (profile, directory) pair with mitramatch and
with :func:`baseline_scores` (one TF-IDF over all of a partner's text against all of the need
text, as an analyst would first try) and reports NDCG@k and precision@k for both.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from .engine.needs import NeedsProfile, load_needs
from .engine.schema import OFFER_COLUMNS, load_directory
from .exceptions import SchemaError, Text, rows_text
from .io import ROW_COLUMN, read_table, register_header_names
from .ranking import rank

__all__ = ["baseline_scores", "evaluate", "ndcg_at_k", "precision_at_k", "read_judgements"]

RELEVANT = 2  # grade from which a partner counts as relevant for precision
_JUDGEMENT_COLUMNS = frozenset({"profile", "directory", "partner_id", "grade", "reason"})

# A judgement set's header is found below title rows by these names, as a directory's is.
register_header_names("judgement set", lambda name: name.strip().lower() in _JUDGEMENT_COLUMNS)


def ndcg_at_k(ranked_grades: np.ndarray | list, all_grades: np.ndarray | list, k: int) -> float:
    """Normalised discounted cumulative gain of a ranking's first ``k`` grades.

    Gain ``2**grade - 1``, discount ``log2(position + 1)``; the ideal is all grades sorted.

    >>> ndcg_at_k([3, 2, 0], [3, 2, 0, 0], k=3)
    1.0
    >>> round(ndcg_at_k([0, 2, 3], [3, 2, 0], k=3), 3)
    0.606
    """
    gains = lambda g: (2.0 ** np.asarray(g, dtype=float)[:k]) - 1  # noqa: E731
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    ideal = float(
        (gains(np.sort(np.asarray(all_grades))[::-1]) * discounts[: min(k, len(all_grades))]).sum()
    )
    if ideal == 0:
        return 0.0
    got = gains(ranked_grades)
    return float((got * discounts[: len(got)]).sum() / ideal)


def precision_at_k(ranked_grades: np.ndarray | list, k: int, *, relevant: int = RELEVANT) -> float:
    """Share of the first ``k`` ranked partners with grade >= ``relevant``.

    >>> precision_at_k([3, 1, 2, 0, 0], k=5)
    0.4
    """
    top = np.asarray(ranked_grades)[:k]
    return float((top >= relevant).sum() / k)


def _profile_text(profile: NeedsProfile) -> str:
    org = profile.organisation
    return " ".join([*(n.description for n in profile.needs), org.vision, org.offers])


def baseline_scores(directory: pd.DataFrame, profile: NeedsProfile) -> np.ndarray:
    """The naive baseline: cosine of one word TF-IDF over all of a partner's text (name,
    offers, vision, seeks) against all of the need text (descriptions, vision, offers)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    columns = ["name", *OFFER_COLUMNS, "vision", "seeks"]
    docs = directory[columns].fillna("").astype(str).agg(" ".join, axis=1)
    vectorizer = TfidfVectorizer()
    matrix = vectorizer.fit_transform(docs)
    query = vectorizer.transform([_profile_text(profile)])
    return np.asarray((matrix @ query.T).toarray()).ravel()


def _ranked_ids(ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
    order = np.lexsort((ids.astype(str), -np.round(scores, 12)))
    return ids[order]


def evaluate(
    judgements: str | Path | pd.DataFrame,
    *,
    k: int = 5,
    base: str | Path | None = None,
    ranker: Callable[[pd.DataFrame, NeedsProfile], np.ndarray] | None = None,
) -> pd.DataFrame:
    """NDCG@k and precision@k of mitramatch and the baseline, per profile and on average.

    ``base`` is the folder the profile and directory paths are relative to (default: the
    judgement file's folder). ``ranker`` replaces mitramatch with another scorer
    (directory, profile) -> scores, for comparisons.
    """
    table, folder = read_judgements(judgements, base)
    records = []
    for (profile_name, directory_name), group in table.groupby(["profile", "directory"], sort=True):
        directory = load_directory(_find(folder, directory_name))
        profile = load_needs(_find(folder, profile_name))
        grades = dict(zip(group["partner_id"].astype(str), group["grade"].astype(int)))
        all_grades = np.array(list(grades.values()))
        ids = directory["partner_id"].to_numpy(dtype=object)
        if ranker is None:
            ours = rank(directory, profile).to_frame()["partner_id"].to_numpy()
        else:
            ours = _ranked_ids(ids, ranker(directory, profile))
        theirs = _ranked_ids(ids, baseline_scores(directory, profile))
        for system, ranked in (("mitramatch", ours), ("baseline", theirs)):
            g = np.array([grades.get(str(p), 0) for p in ranked])
            records.append(
                {
                    "profile": profile_name,
                    "directory": directory_name,
                    "system": system,
                    f"ndcg@{k}": ndcg_at_k(g, all_grades, k),
                    f"precision@{k}": precision_at_k(g, k),
                }
            )
    result = pd.DataFrame(records)
    mean = result.groupby("system", sort=False)[[f"ndcg@{k}", f"precision@{k}"]].mean()
    mean = mean.reset_index().assign(profile="(mean)", directory="")
    return pd.concat([result, mean[result.columns]], ignore_index=True)


def read_judgements(
    judgements: str | Path | pd.DataFrame, base: str | Path | None = None
) -> tuple[pd.DataFrame, Path]:
    """The judgement table (read as every table is, by :func:`mitramatch.io.read_table`),
    with integer grades, and the folder its paths are relative to."""
    if isinstance(judgements, pd.DataFrame):
        table, folder, where = judgements, Path(base or "."), "index"
    else:
        path = Path(judgements)
        table, _ = read_table(path, what="judgement set")
        folder, where = Path(base or path.parent), "row"
    missing = ", ".join(sorted({"profile", "directory", "partner_id", "grade"} - set(table)))
    if missing:
        raise SchemaError(
            Text(
                f"judgements: missing column(s) {missing}",
                f"judgements: kolom tidak ada: {missing}",
            )
        )
    rows = table[ROW_COLUMN].to_numpy() if ROW_COLUMN in table.columns else np.arange(len(table))
    grades = pd.to_numeric(table["grade"], errors="coerce").to_numpy(dtype=float)
    bad = ~np.isin(grades, (0, 1, 2, 3))
    if bad.any():
        raise SchemaError(
            Text.format(
                "judgements: column grade: expected a whole number from 0 to 3 at {rows}",
                "judgements: kolom grade: yang diharapkan bilangan bulat 0 sampai 3 di {rows}",
                rows=rows_text(rows[bad], where),
            )
        )
    table = table.drop(columns=ROW_COLUMN, errors="ignore").assign(grade=grades.astype(int))
    return table.assign(partner_id=table["partner_id"].astype(str)), folder


def _find(folder: Path, name: str) -> Path:
    for candidate in (folder / name, folder.parent / name, folder.parent / "needs" / name):
        if candidate.is_file():
            return candidate
    raise SchemaError(
        Text(
            f"judgements: cannot find {name!r} next to {folder}",
            f"judgements: {name!r} tidak ditemukan di dekat {folder}",
        )
    )
