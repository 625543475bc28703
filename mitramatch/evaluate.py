"""Evidence of quality: graded evaluation sets, the systems measured on them, and the bar.

An **evaluation set** is hand-graded relevance: for each needs profile, every partner of a
directory gets a grade from 0 (irrelevant or inactive) to 3 (ideal). It is given as

- a folder (``data/eval/national``) holding ``judgements.csv`` (``profile``, ``directory``,
  ``partner_id``, ``grade``, optionally ``reason``), ``shapes.csv`` (``directory``, ``shape``,
  ``file``: the same partners stored in several layouts), ``split.csv`` (``directory`` ->
  ``dev`` or ``heldout``) and the profiles in ``needs/``; or
- a judgements file alone (``data/eval/judgements.csv``), whose ``directory`` cells name the
  directory files. Without ``shapes.csv`` each directory has one shape, ``per_aspek``; without
  ``split.csv`` every directory is ``dev`` (nothing is held out).

Names are looked up next to the judgements: in its folder, its ``needs/`` folder, and the same
one level up. :func:`evaluate` reads every directory file with
:func:`mitramatch.engine.load_directory`, exactly as a user's file is read, and ranks every
partner of it for every (profile, shape) pair with each **system**:

- ``mitramatch``: :func:`mitramatch.rank` with default settings (its filters drop inactive
  partners; a partner a system does not rank counts as ranked last);
- ``baseline_a``: :func:`baseline_a_scores`, character n-gram TF-IDF of the partner's texts
  against the need descriptions, as an analyst would first try;
- ``baseline_b``: :func:`baseline_b_scores`, baseline A plus a hand-made location boost
  (:data:`SAME_REGENCY_BOOST`, :data:`SAME_PROVINCE_BOOST`) from the region codes mitramatch
  resolves, so both systems see the same location information.

Every system's scores are ordered by one rule (best first, equal scores by ``partner_id``), and
each ranking is scored with :func:`ndcg_at_k` and :func:`precision_at_k`. The
:class:`Evaluation` result gives the tables (per profile, means per split and shape, the
held-out summary, the agreement between shapes) and checks the project's bar
(:meth:`Evaluation.check_bar`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .engine import (
    CONTRACT_COLUMNS,
    DECIMALS,
    FREE_OFFERS,
    OFFER_COLUMNS,
    ROW,
    Analyzer,
    DirectoryIndex,
    NeedsProfile,
    canonical_header,
    load_directory,
    load_needs,
    order,
    region_table,
)
from .exceptions import (
    InputError,
    Problem,
    SchemaError,
    Text,
    did_you_mean,
    message_language,
    rows_text,
)
from .io import read_table, register_header_names
from .notebook import html_table
from .ranking import rank
from .validation import check_choice, check_lang, check_positive_int

__all__ = [
    "BAR_K",
    "BAR_NDCG",
    "BASELINES",
    "GRADES",
    "RELEVANT",
    "SAME_PROVINCE_BOOST",
    "SAME_REGENCY_BOOST",
    "SPLITS",
    "EvalSet",
    "Evaluation",
    "Ranker",
    "baseline_a_scores",
    "baseline_b_scores",
    "evaluate",
    "location_boost",
    "ndcg_at_k",
    "partner_texts",
    "precision_at_k",
    "read_eval_set",
    "top_overlap",
]

GRADES = (0, 1, 2, 3)
RELEVANT = 2  # grade from which a partner counts as relevant for precision
SPLITS = ("dev", "heldout")
DEFAULT_SHAPE = "per_aspek"  # the contract's columns; the shape others are compared with
#: The project's bar: on the held-out part, the system's mean NDCG@BAR_K is at least BAR_NDCG
#: on every shape, and above every baseline's on that shape.
BAR_NDCG, BAR_K = 0.90, 10
#: Baseline B's location boost, added to the cosine: one of the two, the closer that applies.
SAME_REGENCY_BOOST, SAME_PROVINCE_BOOST = 0.3, 0.1
BASELINES = ("baseline_a", "baseline_b")

#: A scorer to compare: (validated directory, profile) -> one score per directory row, higher
#: is better; NaN for a partner it does not rank (ranked last).
Ranker = Callable[[pd.DataFrame, NeedsProfile], np.ndarray]

_COLUMNS = ("profile", "directory", "partner_id", "grade")
_RUN_COLUMNS = ("profile", "directory", "shape", "split", "system", "ranked", "grades", "ideal")
_LETTER = re.compile(r"[^\W\d_]")

# A judgement set's header is found below title rows by these names, as a directory's is.
register_header_names("judgement set", lambda name: canonical_header(name) in {*_COLUMNS, "reason"})


# -- metrics -------------------------------------------------------------------------------------
def ndcg_at_k(ranked_grades: np.ndarray | list, all_grades: np.ndarray | list, k: int) -> float:
    """Normalised discounted cumulative gain of a ranking's first ``k`` grades.

    Gain ``2**grade - 1``, discount ``log2(position + 1)``; the ideal is all the directory's
    grades sorted, best first. 0 when no partner has a grade above 0.

    >>> ndcg_at_k([3, 2, 0], [3, 2, 0, 0], k=3)
    1.0
    >>> round(ndcg_at_k([0, 2, 3], [3, 2, 0], k=3), 3)
    0.606
    """
    discounts = 1.0 / np.log2(np.arange(2, k + 2))

    def dcg(grades: np.ndarray) -> float:
        top = (2.0 ** np.asarray(grades, dtype=float)[:k]) - 1
        return float((top * discounts[: len(top)]).sum())

    ideal = dcg(np.sort(np.asarray(all_grades))[::-1])
    return 0.0 if ideal == 0 else dcg(np.asarray(ranked_grades)) / ideal


def precision_at_k(ranked_grades: np.ndarray | list, k: int, *, relevant: int = RELEVANT) -> float:
    """Share of the first ``k`` ranked partners with grade >= ``relevant``.

    >>> precision_at_k([3, 1, 2, 0, 0], k=5)
    0.4
    """
    top = np.asarray(ranked_grades)[:k]
    return float((top >= relevant).sum() / k)


def top_overlap(ranked_a: Sequence, ranked_b: Sequence, k: int) -> float:
    """Share of the first ``k`` of one ranking that are also in the first ``k`` of the other
    (of all of them when a ranking is shorter than ``k``).

    >>> top_overlap(["A", "B", "C", "D"], ["B", "A", "D", "C"], k=2)
    1.0
    >>> top_overlap(["A", "B", "C"], ["C", "B", "A"], k=2)
    0.5
    """
    a, b = list(ranked_a)[:k], list(ranked_b)[:k]
    size = min(len(a), len(b))
    return len(set(a) & set(b)) / size if size else 1.0


# -- baselines -----------------------------------------------------------------------------------
def partner_texts(directory: pd.DataFrame) -> pd.Series:
    """Every text a partner's row has, joined: name, kind, the offer columns, any free-text
    column the directory passes through (a one-column offer list such as ``Keterangan``),
    vision and seeks. Pass-through columns without a letter (``No``) are left out.

    >>> d = load_directory(pd.DataFrame({"ID": ["A"], "Nama": ["LKP Maju"], "Sektor": ["swasta"],
    ...     "No": ["1"], "Keterangan": ["instruktur las"]}))
    >>> partner_texts(d).tolist()
    ['LKP Maju instruktur las']
    """
    extras = [
        c
        for c in directory.columns
        if c not in CONTRACT_COLUMNS
        and c != ROW
        and directory[c].astype("string").str.contains(_LETTER, na=False).any()
    ]
    columns = ["name", "kind", *OFFER_COLUMNS, FREE_OFFERS, *extras, "vision", "seeks"]
    cells = [directory[c].astype("string").fillna("") for c in columns if c in directory.columns]
    joined = pd.concat(cells, axis=1).agg(" ".join, axis=1)
    return joined.str.replace(r"\s+", " ", regex=True).str.strip()


def baseline_a_scores(directory: pd.DataFrame, profile: NeedsProfile) -> np.ndarray:
    """Baseline A: cosine similarity of character n-gram TF-IDF vectors.

    scikit-learn's ``TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5))`` is fitted on
    the directory's :func:`partner_texts`; the query is the profile's need descriptions, and
    nothing else. Deterministic; a :data:`Ranker`.

    >>> d = load_directory(pd.DataFrame({"partner_id": ["A", "B"], "name": ["LKP X", "PT Y"],
    ...     "sector": ["swasta", "swasta"], "offers_tenaga": ["instruktur las", "kredit usaha"]}))
    >>> p = load_needs({"needs": {"tenaga": {"priority": 5, "description": "instruktur las"}}})
    >>> scores = baseline_a_scores(d, p)
    >>> bool(scores[0] > scores[1])
    True
    """
    return _CharTfidf(partner_texts(directory)).scores(profile)


class _CharTfidf:
    """Baseline A's kernel: fitted once on a directory's texts, then any number of queries."""

    def __init__(self, texts: pd.Series) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5))
        self.matrix = self.vectorizer.fit_transform(texts.tolist())

    def scores(self, profile: NeedsProfile) -> np.ndarray:
        query = self.vectorizer.transform([" ".join(n.description for n in profile.needs)])
        # Rows are L2-normalised, so the dot product is the cosine.
        return np.asarray((self.matrix @ query.T).toarray(), dtype=float).ravel()


def location_boost(directory: pd.DataFrame, profile: NeedsProfile) -> np.ndarray:
    """Baseline B's location boost: :data:`SAME_REGENCY_BOOST` (0.3) for a partner in the
    organisation's kabupaten/kota, else :data:`SAME_PROVINCE_BOOST` (0.1) in its province,
    else 0; 0 when either side's region is unknown.

    Regions are the Kemendagri codes mitramatch resolves (``region_code``, else the regency
    and province names, by :meth:`mitramatch.engine.RegionTable.resolve`) on both sides, so
    the baseline gets exactly the location information mitramatch gets.

    >>> d = load_directory(pd.DataFrame({"partner_id": ["A", "B", "C"],
    ...     "name": ["LKP X", "BLK Y", "PT Z"], "sector": ["swasta"] * 3,
    ...     "regency": ["KAB. OKU", "Kota Palembang", "Kota Bandung"]}))
    >>> p = load_needs({"organisation": {"regency": "Ogan Komering Ulu"},
    ...                 "needs": {"dana": {"priority": 3}}})
    >>> location_boost(d, p).tolist()
    [0.3, 0.1, 0.0]
    """
    table = region_table()
    regency, province = table.resolve(
        directory["region_code"], directory["regency"], directory["province"]
    )
    org = profile.organisation
    (org_regency,), (org_province,) = table.resolve(
        *(pd.Series([v], dtype="string") for v in (org.region_code, org.regency, org.province))
    )
    same_regency = (regency == org_regency) if org_regency else np.zeros(len(regency), bool)
    same_province = (province == org_province) if org_province else np.zeros(len(regency), bool)
    return np.where(
        same_regency, SAME_REGENCY_BOOST, np.where(same_province, SAME_PROVINCE_BOOST, 0.0)
    ).astype(float)


def baseline_b_scores(directory: pd.DataFrame, profile: NeedsProfile) -> np.ndarray:
    """Baseline B: :func:`baseline_a_scores` plus :func:`location_boost`. A :data:`Ranker`.

    >>> d = load_directory(pd.DataFrame({"partner_id": ["A", "B"], "name": ["LKP X", "LKP Y"],
    ...     "sector": ["swasta", "swasta"], "regency": ["Kota Palembang", "KAB. OKU"],
    ...     "offers_tenaga": ["instruktur las", "instruktur las"]}))
    >>> p = load_needs({"organisation": {"regency": "Ogan Komering Ulu"},
    ...                 "needs": {"tenaga": {"priority": 5, "description": "instruktur las"}}})
    >>> (baseline_b_scores(d, p) - baseline_a_scores(d, p)).round(3).tolist()
    [0.1, 0.3]
    """
    return baseline_a_scores(directory, profile) + location_boost(directory, profile)


def _mitramatch_scores(index: DirectoryIndex, profile: NeedsProfile) -> np.ndarray:
    ranking = rank(index, profile)  # every partner its (default) filters keep
    # Scores that order as rank() does, its tie-breaks included (secondary evidence before
    # partner_id): the ranking's positions, best highest.
    scores = np.full(len(index), np.nan)
    scores[ranking.rows] = np.arange(len(ranking.rows), 0, -1, dtype=float)
    return scores


_Scorer = Callable[[DirectoryIndex, NeedsProfile], np.ndarray]


def _frame_ranker(ranker: Ranker, name: str) -> _Scorer:
    def scores(index: DirectoryIndex, profile: NeedsProfile) -> np.ndarray:
        # A copy: a scorer under test must not change what the next one reads.
        out = np.asarray(ranker(index.frame.copy(), profile), dtype=float).ravel()
        if len(out) != len(index):
            raise SchemaError(
                Text(
                    f"ranker {name!r} returned {len(out)} scores for {len(index)} partners; "
                    "expected one score per directory row",
                    f"ranker {name!r} memberi {len(out)} skor untuk {len(index)} mitra; "
                    "seharusnya satu skor per baris direktori",
                )
            )
        return out

    return scores


def _ranked_positions(scores: np.ndarray, tiebreak: np.ndarray) -> np.ndarray:
    # One rule for every system: rounded like the engine's totals, so that float noise does not
    # decide; a partner without a score goes last; equal scores by partner_id.
    total = np.round(np.asarray(scores, dtype=float), DECIMALS)
    return order(np.where(np.isnan(total), -np.inf, total), tiebreak)


# -- the evaluation set --------------------------------------------------------------------------
@dataclass(frozen=True)
class EvalSet:
    """A validated evaluation set (see :func:`read_eval_set`).

    Attributes
    ----------
    judgements : DataFrame
        ``profile``, ``directory``, ``partner_id``, ``grade`` (int 0-3), and ``row`` (the row
        number in the judgements file, or the position in a DataFrame).
    files : DataFrame
        ``directory``, ``shape``, ``path``: every directory file, in the order of
        ``shapes.csv``.
    splits : dict
        Directory -> ``"dev"`` or ``"heldout"``.
    profiles : dict
        Profile name -> path of its needs profile file.
    source : str
        The judgements file (``"judgements"`` for a DataFrame), for messages.
    where : str
        ``"row"`` (spreadsheet rows of a file) or ``"index"`` (positions in a DataFrame).
    split_file : Path or None
        The split file read (None: there is none, every directory is ``dev``).
    """

    judgements: pd.DataFrame
    files: pd.DataFrame
    splits: dict[str, str]
    profiles: dict[str, Path]
    source: str
    where: str = "row"
    split_file: Path | None = None

    @property
    def shapes(self) -> tuple[str, ...]:
        """The shapes of the set, in the order ``shapes.csv`` first names them."""
        return tuple(dict.fromkeys(self.files["shape"]))

    def select_shapes(self, shapes: str | Iterable[str] | None) -> tuple[str, ...]:
        """``shapes`` checked against the set's (all of them when None), in the set's order."""
        if shapes is None:
            return self.shapes
        wanted = [shapes] if isinstance(shapes, str) else list(shapes)
        unknown = [s for s in wanted if s not in self.shapes]
        if unknown:
            known = ", ".join(self.shapes)
            raise SchemaError(
                [
                    Problem(
                        Text("unknown shape", "bentuk tidak dikenal"),
                        Text(
                            f"unknown shape {s!r}{did_you_mean(s, self.shapes)}; "
                            f"expected one of {known}",
                            f"bentuk {s!r} tidak dikenal{did_you_mean(s, self.shapes, 'id')}; "
                            f"yang diharapkan salah satu dari {known}",
                        ),
                    )
                    for s in unknown
                ],
                source=self.source,
            )
        return tuple(s for s in self.shapes if s in wanted)

    def directories(self, split: str = "all") -> tuple[str, ...]:
        """The graded directories of ``split`` (``"dev"``, ``"heldout"`` or ``"all"``)."""
        check_choice(split, "split", (*SPLITS, "all"))
        graded = dict.fromkeys(self.judgements["directory"])
        chosen = tuple(d for d in graded if split == "all" or self.splits[d] == split)
        if not chosen:
            counts = _split_counts(self.splits, graded)
            why = (
                Text(f"; split file {self.split_file}", f"; berkas bagian {self.split_file}")
                if self.split_file
                else Text(
                    "; there is no split.csv, so every directory is dev",
                    "; tidak ada split.csv, jadi semua direktori dev",
                )
            )
            raise SchemaError(
                Text(
                    f"no graded directory is in split {split!r} (directories: {counts})",
                    f"tidak ada direktori berlabel di bagian {split!r} (direktori: {counts})",
                )
                + why,
                source=self.source,
            )
        return chosen

    def load(
        self, directories: Iterable[str], shapes: Iterable[str], *, analyzer: Analyzer | None = None
    ) -> dict:
        """``(directory, shape) -> DirectoryIndex`` for the files asked for, read as users'
        files are, after checking that every graded partner is in each of them.

        ``analyzer`` is shared by the indexes (default: a new one, as each index would build);
        its caches only save work, so sharing changes no score."""
        analyzer = Analyzer() if analyzer is None else analyzer
        wanted = set(directories)
        shapes = tuple(shapes)
        indexes, absent = {}, {}
        for rec in self.files.itertuples(index=False):
            if rec.directory not in wanted or rec.shape not in shapes:
                continue
            index = DirectoryIndex(load_directory(rec.path), analyzer)  # as users' files are
            indexes[(rec.directory, rec.shape)] = index
            graded = self.judgements[self.judgements["directory"] == rec.directory]
            missing = graded[~graded["partner_id"].isin(set(index.partner_id.astype(str)))]
            if len(missing):
                key = (rec.directory, tuple(missing["row"]))
                absent.setdefault(key, (missing, []))[1].append(Path(rec.path).name)
        if absent:
            problems = [
                _absent_partners(missing, directory, files, self.where)
                for (directory, _), (missing, files) in absent.items()
            ]
            raise SchemaError(problems, source=self.source)
        return indexes


def _split_counts(splits: dict[str, str], graded: Iterable[str]) -> str:
    counts = pd.Series([splits[d] for d in graded]).value_counts()
    return ", ".join(f"{s} {counts.get(s, 0)}" for s in SPLITS)


def _at(rows: Iterable[int], where: str) -> Text:
    rows = list(rows)
    return Text(rows_text(rows, where), rows_text(rows, {"row": "baris", "index": "indeks"}[where]))


def _absent_partners(absent: pd.DataFrame, directory: str, files: list[str], where: str):
    ids = list(dict.fromkeys(absent["partner_id"]))
    shown = ", ".join(repr(i) for i in ids[:5]) + (" ..." if len(ids) > 5 else "")
    at = _at(absent["row"], where)
    listed = ", ".join(files)
    return Problem(
        Text("partner not in its directory", "mitra tidak ada di direktorinya"),
        Text(
            f"column partner_id: {shown} at {at.en} not in directory {directory!r} "
            f"({listed}); expected a partner_id of that directory",
            f"kolom partner_id: {shown} pada {at.id} tidak ada di direktori {directory!r} "
            f"({listed}); seharusnya partner_id direktori itu",
        ),
        column="partner_id",
        rows=absent["row"].tolist(),
    )


def read_eval_set(source: str | Path | pd.DataFrame, *, base: str | Path | None = None) -> EvalSet:
    """Read and validate an evaluation set: a folder, a judgements file or a DataFrame.

    Every problem of a file is reported at once, as a
    :class:`~mitramatch.exceptions.SchemaError` naming the file, the column, the rows and
    what was expected: grades that are not whole numbers 0-3, missing columns or cells,
    unknown directories or profiles, a (profile, directory, partner_id) graded twice, a shape
    or split file that is malformed or misses a graded directory. That every graded partner is
    in its directory is checked when the directories are read (:meth:`EvalSet.load`).

    Parameters
    ----------
    source : folder, judgements file or DataFrame
        A folder holds ``judgements.csv`` (and optionally ``shapes.csv``, ``split.csv``).
    base : folder, optional
        Where the names in the judgements are looked up (default: the judgements' folder;
        required in effect for a DataFrame, else the current folder).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "mitra.csv").write_text("partner_id,name,sector\\nA,LKP X,swasta\\n")
    >>> _ = (folder / "p.toml").write_text('[needs.dana]\\npriority = 3\\n')
    >>> _ = (folder / "j.csv").write_text("profile,directory,partner_id,grade\\n"
    ...                                    "p.toml,mitra.csv,A,tiga\\n")
    >>> try:
    ...     read_eval_set(folder / "j.csv")
    ... except SchemaError as error:
    ...     print(str(error).split(": ", 1)[1])
    column grade: expected a whole number from 0 to 3 at row 2 (found 'tiga')
    """
    if isinstance(source, pd.DataFrame):
        folder, label, where = Path(base or "."), "judgements", "index"
        raw = _canonical_headers(source.reset_index(drop=True))
        rows = np.arange(len(raw), dtype=np.int64)
        if ROW in raw.columns:  # read by read_table: rows as the spreadsheet shows them
            rows, where = raw[ROW].to_numpy(dtype=np.int64), "row"
    else:
        path = Path(source)
        if path.is_dir():
            folder, path = path, path / "judgements.csv"
            if not path.is_file():
                raise InputError(
                    Text(
                        f"{folder}: no judgements.csv in this folder; expected a judgements "
                        "file or a folder holding judgements.csv (and shapes.csv, split.csv, "
                        "needs/)",
                        f"{folder}: tidak ada judgements.csv di folder ini; seharusnya berkas "
                        "penilaian atau folder berisi judgements.csv (dan shapes.csv, "
                        "split.csv, needs/)",
                    )
                )
        folder = Path(base) if base is not None else path.parent
        label, where = str(path), "row"
        raw = _read(path, "judgement set")
        rows = raw[ROW].to_numpy(dtype=np.int64)
    files = _read_shapes(folder)
    judgements, profiles = _check_judgements(raw, rows, folder, files, label, where)
    if files is None:  # one shape: the directory cell names the file
        names = list(dict.fromkeys(judgements["directory"]))
        files = pd.DataFrame(
            {"directory": names, "shape": DEFAULT_SHAPE, "path": [_find(folder, n) for n in names]}
        )
    splits, split_file = _read_splits(folder, judgements, label, where)
    return EvalSet(judgements, files, splits, profiles, label, where, split_file)


def _read(path: Path, what: str) -> pd.DataFrame:
    """A table as read_table gives it, headers matched as a directory's are (``Partner ID``
    is ``partner_id``)."""
    raw, _ = read_table(path, what=what)
    return _canonical_headers(raw)


def _canonical_headers(table: pd.DataFrame) -> pd.DataFrame:
    return table.rename(columns={c: canonical_header(c) for c in table.columns if c != ROW})


def _problem(group: Text, en: str, id_: str, column: str | None = None, rows=()) -> Problem:
    return Problem(group, Text(en, id_), column=column, rows=list(rows))


def _missing_columns(table: pd.DataFrame, needed: Sequence[str], source: str) -> None:
    missing = [c for c in needed if c not in table.columns]
    if missing:
        found = ", ".join(str(c) for c in table.columns if c != ROW) or "(none)"
        hint = did_you_mean(missing[0], [str(c) for c in table.columns])
        hint_id = did_you_mean(missing[0], [str(c) for c in table.columns], "id")
        raise SchemaError(
            _problem(
                Text("missing columns", "kolom tidak ada"),
                f"missing column(s) {', '.join(missing)}{hint}; expected columns "
                f"{', '.join(needed)}; found: {found}",
                f"kolom {', '.join(missing)} tidak ada{hint_id}; kolom yang diharapkan "
                f"{', '.join(needed)}; yang ada: {found}",
            ),
            source=source,
        )


def _empty_cells(
    table: pd.DataFrame, columns: Sequence[str], rows: np.ndarray, where: str
) -> list[Problem]:
    problems = []
    for column in columns:
        empty = table[column].isna().to_numpy()
        if empty.any():
            at = _at(rows[empty], where)
            problems.append(
                _problem(
                    Text("empty cells", "sel kosong"),
                    f"column {column}: empty at {at.en}",
                    f"kolom {column}: kosong pada {at.id}",
                    column,
                    rows[empty],
                )
            )
    return problems


def _text_column(column: pd.Series) -> pd.Series:
    values = column.astype("string").str.strip()
    return values.mask(values == "", pd.NA).reset_index(drop=True)


def _check_judgements(
    raw: pd.DataFrame,
    rows: np.ndarray,
    folder: Path,
    files: pd.DataFrame | None,
    source: str,
    where: str,
) -> tuple[pd.DataFrame, dict[str, Path]]:
    _missing_columns(raw, _COLUMNS, source)
    table = pd.DataFrame({c: _text_column(raw[c]) for c in _COLUMNS if c != "grade"})
    problems = _empty_cells(table, ["profile", "directory", "partner_id"], rows, where)

    grade_text = raw["grade"].astype("string").str.strip().reset_index(drop=True)
    grades = pd.to_numeric(grade_text, errors="coerce").to_numpy(dtype=float)
    bad = ~np.isin(grades, GRADES)
    if bad.any():
        values = list(dict.fromkeys(grade_text[bad].fillna("").tolist()))
        found = Text(*(", ".join(repr(v) if v else empty for v in values)
                       for empty in ("empty", "kosong")))  # fmt: skip
        at = _at(rows[bad], where)
        problems.append(
            _problem(
                Text("bad grades", "nilai tidak sah"),
                f"column grade: expected a whole number from 0 to 3 at {at.en} (found {found.en})",
                f"kolom grade: seharusnya bilangan bulat 0 sampai 3 pada {at.id} "
                f"(ditemukan {found.id})",
                "grade",
                rows[bad],
            )
        )

    keys = list(_COLUMNS[:3])
    known = table[keys].notna().all(axis=1).to_numpy()
    dup = table[keys].duplicated(keep=False).to_numpy() & known
    if dup.any():
        groups = (
            pd.Series(rows[dup])
            .groupby([table[c][dup].to_numpy() for c in keys], sort=False)
            .apply(list)
        )
        listed = "; ".join(
            f"{tuple(key)!r} ({rows_text(r, where, 5)})" for key, r in list(groups.items())[:5]
        )
        listed_id = "; ".join(
            f"{tuple(key)!r} ({_at(r, where).id})" for key, r in list(groups.items())[:5]
        )
        more = f"; and {len(groups) - 5} more" if len(groups) > 5 else ""
        problems.append(
            _problem(
                Text("graded twice", "dinilai dua kali"),
                "each (profile, directory, partner_id) must be graded once; "
                f"{len(groups)} graded more than once: {listed}{more}",
                "setiap (profile, directory, partner_id) hanya boleh dinilai sekali; "
                f"{len(groups)} dinilai lebih dari sekali: {listed_id}{more}",
                "partner_id",
                rows[dup],
            )
        )

    if files is not None:
        known_dirs = list(dict.fromkeys(files["directory"]))
        listed = f"{folder / 'shapes.csv'}: {', '.join(known_dirs)}"
        hint_where = Text(f"a directory of {listed}", f"direktori di {listed}")
        found_dirs = set(known_dirs)
    else:  # without shapes.csv the directory cell names the file
        known_dirs = _files_near(folder)
        hint_where = Text(f"a partner directory file in {_places(folder)}",
                          f"berkas direktori mitra di {_places(folder)}")  # fmt: skip
        found_dirs = {d for d in table["directory"].dropna() if _find(folder, d) is not None}
    problems += _unknown(
        table, "directory", found_dirs.__contains__, known_dirs, hint_where, rows, where
    )

    profiles = {}
    for name in dict.fromkeys(table["profile"].dropna()):
        found = _find(folder, name)
        if found is not None:
            profiles[name] = found
    problems += _unknown(
        table, "profile", profiles.__contains__, _files_near(folder, (".toml", ".json")),
        Text(f"a needs profile file in {_places(folder)}",
             f"berkas profil kebutuhan di {_places(folder)}"),
        rows, where,
    )  # fmt: skip
    if problems:
        raise SchemaError(problems, source=source)
    return table.assign(grade=grades.astype(int), row=rows), profiles


def _unknown(
    table: pd.DataFrame,
    column: str,
    is_known: Callable[[str], bool],
    choices: Sequence[str],
    expected: Text,
    rows: np.ndarray,
    where: str,
) -> list[Problem]:
    problems = []
    values = table[column]
    for name in dict.fromkeys(values.dropna()):
        if is_known(name):
            continue
        hit = (values == name).fillna(False).to_numpy(dtype=bool)
        at = _at(rows[hit], where)
        problems.append(
            _problem(
                Text(f"unknown {column}", f"{column} tidak dikenal"),
                f"column {column}: unknown {column} {name!r} at {at.en}"
                f"{did_you_mean(name, choices)}; expected {expected.en}",
                f"kolom {column}: {column} {name!r} tidak dikenal pada {at.id}"
                f"{did_you_mean(name, choices, 'id')}; seharusnya {expected.id}",
                column,
                rows[hit],
            )
        )
    return problems


def _places(folder: Path) -> str:
    return ", ".join(str(p) for p in dict.fromkeys(_candidates(folder)))


def _candidates(folder: Path) -> list[Path]:
    return [folder, folder / "needs", folder.parent, folder.parent / "needs"]


def _find(folder: Path, name: str) -> Path | None:
    for place in _candidates(folder):
        if (place / name).is_file():
            return place / name
    return None


def _files_near(folder: Path, suffixes: Sequence[str] | None = None) -> list[str]:
    names = []
    for place in _candidates(folder):
        if place.is_dir():
            names += [
                p.name for p in place.iterdir()
                if p.is_file() and (suffixes is None or p.suffix.lower() in suffixes)
            ]  # fmt: skip
    return list(dict.fromkeys(names))


def _side_table(
    path: Path, what: str, needed: Sequence[str]
) -> tuple[pd.DataFrame, np.ndarray, list[Problem], str]:
    """A shape or split file: its text cells, row numbers, empty-cell problems and name."""
    raw = _read(path, what)
    source = str(path)
    _missing_columns(raw, needed, source)
    rows = raw[ROW].to_numpy(dtype=np.int64)
    table = pd.DataFrame({c: _text_column(raw[c]) for c in needed})
    return table, rows, _empty_cells(table, needed, rows, "row"), source


def _listed_twice(
    table: pd.DataFrame, keys: list[str], rows: np.ndarray, column: str, rule: Text
) -> list[Problem]:
    known = table[keys].notna().all(axis=1).to_numpy()
    dup = table[keys].duplicated(keep=False).to_numpy() & known
    if not dup.any():
        return []
    at = _at(rows[dup], "row")
    return [
        _problem(
            Text("listed twice", "tercantum dua kali"),
            f"{rule.en}; repeated at {at.en}",
            f"{rule.id}; berulang pada {at.id}",
            column,
            rows[dup],
        )
    ]


def _read_shapes(folder: Path) -> pd.DataFrame | None:
    path = folder / "shapes.csv"
    if not path.is_file():
        return None
    table, rows, problems, source = _side_table(path, "shape list", ("directory", "shape", "file"))
    problems += _listed_twice(
        table, ["directory", "shape"], rows, "shape",
        Text("each (directory, shape) must be listed once",
             "setiap (directory, shape) hanya boleh tercantum sekali"),
    )  # fmt: skip
    present = [p.name for p in folder.iterdir() if p.is_file()]
    for i, name in enumerate(table["file"]):
        if pd.notna(name) and not (folder / name).is_file():
            at = _at(rows[[i]], "row")
            problems.append(
                _problem(
                    Text("file not found", "berkas tidak ditemukan"),
                    f"column file: {name!r} at {at.en} not found in {folder}"
                    f"{did_you_mean(name, present)}",
                    f"kolom file: {name!r} pada {at.id} tidak ditemukan di {folder}"
                    f"{did_you_mean(name, present, 'id')}",
                    "file",
                    rows[[i]],
                )
            )
    if problems:
        raise SchemaError(problems, source=source)
    return table.assign(path=[folder / f for f in table["file"]])[["directory", "shape", "path"]]


def _read_splits(
    folder: Path, judgements: pd.DataFrame, label: str, where: str
) -> tuple[dict[str, str], Path | None]:
    graded = list(dict.fromkeys(judgements["directory"]))
    path = folder / "split.csv"
    if not path.is_file():
        return dict.fromkeys(graded, "dev"), None  # nothing held out unless a file says so
    table, rows, problems, source = _side_table(path, "split file", ("directory", "split"))
    bad = (table["split"].notna() & ~table["split"].isin(SPLITS)).to_numpy()
    for value in dict.fromkeys(table["split"][bad]):
        hit = (table["split"] == value).fillna(False).to_numpy(dtype=bool)
        at = _at(rows[hit], "row")
        problems.append(
            _problem(
                Text("unknown split", "bagian tidak dikenal"),
                f"column split: unknown split {value!r} at {at.en}{did_you_mean(value, SPLITS)}; "
                "expected dev or heldout",
                f"kolom split: bagian {value!r} tidak dikenal pada {at.id}"
                f"{did_you_mean(value, SPLITS, 'id')}; seharusnya dev atau heldout",
                "split",
                rows[hit],
            )
        )
    problems += _listed_twice(
        table, ["directory"], rows, "directory",
        Text("column directory: each directory must have one split",
             "kolom directory: setiap direktori hanya satu bagian"),
    )  # fmt: skip
    splits = dict(zip(table["directory"], table["split"]))
    missing = [d for d in graded if d not in splits]
    for name in missing:
        graded_at = judgements.loc[judgements["directory"] == name, "row"].tolist()
        at = Text(rows_text(graded_at, where, 3), _at(graded_at[:3], where).id)
        problems.append(
            _problem(
                Text("missing directories", "direktori tidak ada"),
                f"column directory: no split for directory {name!r} (graded in {label} at "
                f"{at.en}); expected a row '{name},dev' or '{name},heldout'",
                f"kolom directory: tidak ada bagian untuk direktori {name!r} (dinilai di "
                f"{label} pada {at.id}); seharusnya ada baris '{name},dev' atau '{name},heldout'",
                "directory",
            )
        )
    if problems:
        raise SchemaError(problems, source=source)
    return {d: splits[d] for d in graded}, path


# -- evaluating ----------------------------------------------------------------------------------
def evaluate(
    source: str | Path | pd.DataFrame,
    *,
    k: int = BAR_K,
    precision_k: int = 5,
    split: str = "all",
    shapes: str | Iterable[str] | None = None,
    ranker: Ranker | None = None,
    name: str | None = None,
    base: str | Path | None = None,
) -> Evaluation:
    """Measure mitramatch (or ``ranker``) and both baselines on an evaluation set.

    Every (profile, directory shape) pair of the chosen split is ranked by each system (all
    partners, default settings, no tuning) and scored with NDCG@``k`` and
    precision@``precision_k``.

    Parameters
    ----------
    source : folder, judgements file or DataFrame
        The set (see :func:`read_eval_set`).
    k : int, default 10
        NDCG cut-off (also of the top-k overlap between shapes).
    precision_k : int, default 5
        Precision cut-off; grades >= 2 are relevant.
    split : {"all", "dev", "heldout"}
    shapes : str or list of str, optional
        Only these directory shapes (default: every shape of the set).
    ranker : callable, optional
        The ranker hook: a system to measure instead of mitramatch, called as
        ``ranker(directory, profile)`` with the validated directory DataFrame (what
        :func:`mitramatch.engine.load_directory` returns for the file, a copy) and the
        :class:`~mitramatch.engine.NeedsProfile`; it returns one score per directory row,
        higher is better, NaN for a partner it does not rank (ranked last). Its scores are
        ordered like every system's (equal scores by ``partner_id``), and the bar is checked
        for it.
    name : str, optional
        The name of the system under test in the tables (default ``"mitramatch"``, or the
        ranker's ``__name__``).
    base : folder, optional
        Where the names in the judgements are looked up (see :func:`read_eval_set`).

    Returns
    -------
    Evaluation

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "mitra.csv").write_text(
    ...     "partner_id,name,sector,regency,offers_tenaga\\n"
    ...     "A,LKP Busana,masyarakat,Kota Palembang,instruktur menjahit\\n"
    ...     "B,Bengkel Jaya,swasta,Kota Palembang,mekanik motor\\n")
    >>> _ = (folder / "jahit.toml").write_text(
    ...     '[organisation]\\nregency = "Kota Palembang"\\n'
    ...     '[needs.tenaga]\\npriority = 5\\ndescription = "instruktur menjahit"\\n')
    >>> _ = (folder / "judgements.csv").write_text("profile,directory,partner_id,grade\\n"
    ...     "jahit.toml,mitra.csv,A,3\\njahit.toml,mitra.csv,B,0\\n")
    >>> result = evaluate(folder, k=2, precision_k=1)
    >>> result.summary(split="dev").to_dict("index")  # mean NDCG@2 per shape and system
    {'per_aspek': {'mitramatch': 1.0, 'baseline_a': 1.0, 'baseline_b': 1.0}}
    """
    k = check_positive_int(k, "k")
    precision_k = check_positive_int(precision_k, "precision_k")
    check_choice(split, "split", (*SPLITS, "all"))
    evalset = read_eval_set(source, base=base)
    chosen = evalset.select_shapes(shapes)
    directories = evalset.directories(split)

    if ranker is None:
        system, under_test = name or "mitramatch", _mitramatch_scores
    else:
        own = getattr(ranker, "__name__", "")
        system = name or (own if own.isidentifier() else "ranker")
        under_test = _frame_ranker(ranker, system)
    if system in BASELINES:
        raise ValueError(f"name must differ from the baselines' {BASELINES}; got {system!r}")

    indexes = evalset.load(directories, chosen)
    # Baseline A fitted once per file (the fit does not depend on the profile).
    tfidf = {key: _CharTfidf(partner_texts(index.frame)) for key, index in indexes.items()}
    graded = evalset.judgements[evalset.judgements["directory"].isin(directories)]
    needs = {n: load_needs(evalset.profiles[n]) for n in dict.fromkeys(graded["profile"])}
    records, notes = [], []
    for (profile, directory), group in graded.groupby(["profile", "directory"], sort=False):
        grade_of = dict(zip(group["partner_id"], group["grade"]))
        ideal = group["grade"].to_numpy(dtype=int)
        for shape in chosen:
            index = indexes.get((directory, shape))
            if index is None:  # the set does not store this directory in this shape
                continue
            ids = index.partner_id.astype(str)
            ungraded = len(set(ids) - grade_of.keys())
            if ungraded:
                notes.append(
                    Text(
                        f"{profile} on {directory} ({shape}): {ungraded} partner(s) not graded, "
                        "counted as grade 0",
                        f"{profile} pada {directory} ({shape}): {ungraded} mitra tidak dinilai, "
                        "dihitung bernilai 0",
                    )
                )
            a = tfidf[(directory, shape)].scores(needs[profile])
            systems = {
                system: under_test(index, needs[profile]),
                "baseline_a": a,  # = baseline_a_scores(index.frame, profile)
                "baseline_b": a + location_boost(index.frame, needs[profile]),  # = baseline_b
            }
            for label, scores in systems.items():
                ranked = ids[_ranked_positions(scores, index.id_rank)]
                records.append(
                    {
                        "profile": profile,
                        "directory": directory,
                        "shape": shape,
                        "split": evalset.splits[directory],
                        "system": label,
                        "ranked": ranked,
                        # Ungraded partners count as irrelevant (grade 0).
                        "grades": np.array([grade_of.get(p, 0) for p in ranked], dtype=int),
                        "ideal": ideal,
                    }
                )
    return Evaluation(
        pd.DataFrame(records, columns=_RUN_COLUMNS),
        system=system,
        shapes=chosen,
        k=k,
        precision_k=precision_k,
        source=evalset.source,
        notes=notes,
    )


class Evaluation:
    """The rankings of every system on every (profile, directory shape) pair, and their
    metrics; made by :func:`evaluate`.

    ``runs`` has one row per (profile, directory, shape, split, system) with the partners in
    ranked order (``ranked``), their grades in that order (``grades``) and all the directory's
    grades (``ideal``), so any metric at any cut-off can be computed from it. The tables are
    DataFrames; column names join the metric and the system (``"NDCG@10 mitramatch"``).

    Examples
    --------
    >>> runs = pd.DataFrame({"profile": "p.toml", "directory": "mitra", "shape": "per_aspek",
    ...     "split": "heldout", "system": ["mitramatch", "baseline_a", "baseline_b"],
    ...     "ranked": [["A", "B"], ["B", "A"], ["A", "B"]],
    ...     "grades": [[3, 0], [0, 3], [3, 0]], "ideal": [[3, 0]] * 3})
    >>> result = Evaluation(runs, system="mitramatch", shapes=["per_aspek"], k=2)
    >>> result.summary().round(3).to_dict("index")
    {'per_aspek': {'mitramatch': 1.0, 'baseline_a': 0.631, 'baseline_b': 1.0}}
    >>> len(result.check_bar())  # not above baseline_b
    1
    """

    def __init__(
        self,
        runs: pd.DataFrame,
        *,
        system: str,
        shapes: Sequence[str],
        k: int = BAR_K,
        precision_k: int = 5,
        source: str = "",
        notes: Sequence[Text] = (),
    ) -> None:
        self.runs = runs
        self.system = system  # the system under test (mitramatch unless a ranker was given)
        self.shapes = tuple(shapes)
        self.k = k
        self.precision_k = precision_k
        self.source = source
        self.notes = list(notes)  # what a reader of the figures should know (ungraded partners)

    @property
    def systems(self) -> tuple[str, ...]:
        """The system under test first, then the baselines."""
        return (self.system, *BASELINES)

    @property
    def metrics(self) -> tuple[str, str]:
        """The metric columns: ``("NDCG@k", "P@precision_k")``."""
        return (f"NDCG@{self.k}", f"P@{self.precision_k}")

    def __repr__(self) -> str:
        pairs = self.runs[["profile", "shape"]].drop_duplicates()
        return (
            f"<Evaluation of {self.system} and {', '.join(BASELINES)}: {len(pairs)} "
            f"(profile, shape) pairs from {self.source or 'a DataFrame'}>"
        )

    def scores(self, *, k: int | None = None) -> pd.DataFrame:
        """One row per (profile, directory, shape, split, system): NDCG@k and P@precision_k
        (``k`` defaults to the evaluation's)."""
        k = self.k if k is None else check_positive_int(k, "k")
        keys = ["profile", "directory", "shape", "split", "system"]
        out = self.runs[keys].copy()
        out[f"NDCG@{k}"] = [
            ndcg_at_k(g, i, k) for g, i in zip(self.runs["grades"], self.runs["ideal"])
        ]
        out[self.metrics[1]] = [precision_at_k(g, self.precision_k) for g in self.runs["grades"]]
        return out

    to_frame = scores

    def _wide(self, frame: pd.DataFrame, keys: list[str], metrics: Sequence[str]) -> pd.DataFrame:
        wide = frame.pivot_table(index=keys, columns="system", values=list(metrics), sort=False)
        wide.columns = [f"{metric} {system}" for metric, system in wide.columns]
        order_ = [f"{m} {s}" for m in metrics for s in self.systems]
        return wide[[c for c in order_ if c in wide.columns]]

    def by_profile(self, shape: str | None = None) -> pd.DataFrame:
        """Per profile (rows, with directory and split) x system (columns): NDCG@k and P@k,
        for one shape (the first shape evaluated by default)."""
        shape = self.shapes[0] if shape is None else check_choice(shape, "shape", self.shapes)
        scores = self.scores()
        scores = scores[scores["shape"] == shape]
        wide = self._wide(scores, ["split", "directory", "profile"], self.metrics)
        return wide.sort_index(level=["split", "directory", "profile"]).reset_index()

    def means(self) -> pd.DataFrame:
        """Mean NDCG@k and P@k of every system per split (dev, heldout) and shape, with the
        number of profiles."""
        scores = self.scores()
        wide = self._wide(scores, ["split", "shape", "directory", "profile"], self.metrics)
        grouped = wide.groupby(level=["split", "shape"], sort=False)
        out = grouped.mean()
        out.insert(0, "profiles", grouped.size())
        return self._ordered(out.reset_index())

    def _ordered(self, frame: pd.DataFrame) -> pd.DataFrame:
        rank_split = {s: i for i, s in enumerate(SPLITS)}
        rank_shape = {s: i for i, s in enumerate(self.shapes)}
        keys = [frame["split"].map(rank_split), frame["shape"].map(rank_shape)]
        position = np.lexsort([k.to_numpy() for k in reversed(keys)])
        return frame.iloc[position].reset_index(drop=True)

    def summary(self, *, split: str = "heldout", k: int | None = None) -> pd.DataFrame:
        """Mean NDCG@k per shape (rows) and system (columns) on one split, held-out by
        default: the table the bar is read from. Empty when the split was not evaluated."""
        k = self.k if k is None else k
        scores, metric = self.scores(k=k), f"NDCG@{k}"
        part = scores[scores["split"] == split]
        table = part.pivot_table(index="shape", columns="system", values=metric, sort=False)
        table = table.reindex(index=[s for s in self.shapes if s in table.index])
        table = table.reindex(columns=list(self.systems))
        table.columns.name = None
        return table

    def agreement(
        self, *, reference: str = DEFAULT_SHAPE, other: str | None = None
    ) -> pd.DataFrame:
        """How close each profile's ranking on another shape is to its ranking on
        ``reference``: NDCG@k of both, their difference, and the overlap of the two top k.

        One row per (profile, directory, split, system, shape), ``shape`` being the other
        shape (every evaluated shape but ``reference`` unless ``other`` is given). Empty when
        ``reference`` was not evaluated.
        """
        runs = self.runs
        keys = ["split", "directory", "profile", "system"]
        ref = runs[runs["shape"] == reference].set_index(keys)
        others = [s for s in self.shapes if s != reference] if other is None else [other]
        records = []
        for shape in others:
            for rec in runs[runs["shape"] == shape].itertuples(index=False):
                key = (rec.split, rec.directory, rec.profile, rec.system)
                if key not in ref.index:
                    continue
                base = ref.loc[key]
                ndcg_ref = ndcg_at_k(base["grades"], base["ideal"], self.k)
                ndcg_other = ndcg_at_k(rec.grades, rec.ideal, self.k)
                records.append(
                    {
                        **dict(zip(keys, key)),
                        "shape": shape,
                        f"NDCG@{self.k} {reference}": ndcg_ref,
                        f"NDCG@{self.k} this shape": ndcg_other,
                        "difference": ndcg_other - ndcg_ref,
                        f"overlap@{self.k}": top_overlap(base["ranked"], rec.ranked, self.k),
                    }
                )
        columns = [*keys, "shape", f"NDCG@{self.k} {reference}", f"NDCG@{self.k} this shape",
                   "difference", f"overlap@{self.k}"]  # fmt: skip
        return pd.DataFrame(records, columns=columns)

    def check_bar(self, *, threshold: float = BAR_NDCG, k: int = BAR_K) -> list[Text]:
        """What keeps the bar from being met (an empty list when it is met).

        The bar: on the held-out part, the system under test has a mean NDCG@``k`` of at
        least ``threshold`` on every evaluated shape, and a higher one than each baseline on
        that shape. Each failure names the shape and the profiles that make it fail.
        """
        scores = self.scores(k=k)
        metric = f"NDCG@{k}"
        held = scores[scores["split"] == "heldout"]
        if held.empty:
            return [
                Text(
                    "no held-out profile was evaluated; the bar is checked on the held-out part "
                    "(split heldout or all, on a set whose split.csv holds out directories)",
                    "tidak ada profil bagian heldout yang dievaluasi; batas diperiksa pada "
                    "bagian heldout (split heldout atau all, pada set yang split.csv-nya "
                    "menyisihkan direktori)",
                )
            ]
        failures = []
        for shape in self.shapes:
            part = held[held["shape"] == shape]
            if part.empty:
                continue
            per = part.pivot_table(
                index=["directory", "profile"], columns="system", values=metric, sort=False
            )
            ours = per[self.system]
            mean = float(ours.mean())
            if mean < threshold:
                low = ours[ours < threshold].sort_values()
                listed = ", ".join(f"{p} ({v:.3f})" for (_, p), v in low.items())
                failures.append(
                    Text(
                        f"shape {shape}: mean {metric} of {self.system} is {mean:.3f}, below "
                        f"{threshold:.2f}; profiles below {threshold:.2f}: {listed}",
                        f"bentuk {shape}: rata-rata {metric} {self.system} {mean:.3f}, di "
                        f"bawah {threshold:.2f}; profil di bawah {threshold:.2f}: {listed}",
                    )
                )
            for baseline in BASELINES:
                theirs = float(per[baseline].mean())
                if mean > theirs:
                    continue
                higher = per[per[baseline] > ours]
                listed = ", ".join(
                    f"{p} ({row[self.system]:.3f} vs {row[baseline]:.3f})"
                    for (_, p), row in higher.iterrows()
                )
                failures.append(
                    Text(
                        f"shape {shape}: mean {metric} of {self.system} ({mean:.3f}) is not above "
                        f"{baseline} ({theirs:.3f}); profiles where {baseline} is higher: "
                        f"{listed or 'none'}",
                        f"bentuk {shape}: rata-rata {metric} {self.system} ({mean:.3f}) tidak di "
                        f"atas {baseline} ({theirs:.3f}); profil tempat {baseline} lebih tinggi: "
                        f"{listed or 'tidak ada'}",
                    )
                )
        return failures

    def to_html(self, lang: str | None = None) -> str:
        """The notebook view: held-out NDCG@k per shape (else the means per split), headed
        in ``lang``; by default the language of :func:`mitramatch.exceptions.use_language`,
        as the evaluation's notes are."""
        lang = message_language() if lang is None else check_lang(lang)
        table = self.summary()
        title = Text(
            f"held-out NDCG@{self.k} per shape", f"NDCG@{self.k} bagian heldout per bentuk"
        )
        if table.empty:
            table = self.means()
            title = Text("means per split and shape", "rata-rata per bagian dan bentuk")
        else:
            table = table.rename_axis("shape").reset_index()
        labels = {"shape": ("shape", "bentuk"), "split": ("split", "bagian")}
        labels["profiles"] = ("profiles", "profil")
        table = table.rename(columns={c: Text(*v).render(lang) for c, v in labels.items()})
        return f"<div><b>{html.escape(title.render(lang))}</b>{html_table(table, lang)}</div>"

    def _repr_html_(self) -> str:
        return self.to_html()
