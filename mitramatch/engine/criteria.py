"""The criterion contract, and the registry of criteria.

One score convention for all of mitramatch: **a criterion scores partners as floats in
[0, 1], higher is better**, never NaN. Missing data has a documented policy; unless the
policy says why, it scores *neutral* (:data:`NEUTRAL`, 0.5), neither rewarded nor punished.

A criterion is a small object (a subclass of :class:`Criterion`) that declares

* ``name``: its key in a profile's ``[weights]`` and its output column ``score_<name>``;
* ``label``: its words, per language, for plots and tables;
* ``policy``: what it does with missing data, in one or two sentences;
* ``score(index, query, rows)``: its scores for the partners at ``rows`` (positions in the
  index), vectorised; the scores of a subset are exactly the whole directory's scores at
  those rows (``score(rows)[k] == score(all)[rows[k]]``), which is what lets every ranking
  path (single, batch, chunked, Dask) agree to the last bit;
* ``bound(index, query, floor)``: an upper bound of its scores for every partner, usable for
  screening, or ``None`` to declare it has none (screening then assumes 1, the top of the
  scale). Sparse: partners listed in ``Bound.rows`` are bounded by ``Bound.values``, every
  other partner by ``Bound.base``;
* ``estimate(index, query, rows)``: a cheap guess of its scores at ``rows`` (by default the
  score itself for a cheap criterion), which only decides which partners screening scores
  first;
* ``describe(index, query, row, value, lang)``: a short phrase for one partner's explanation,
  or None when not worth saying;

and optionally ``default_weight`` (weight when a profile gives none), ``gated`` (counts in
full only for partners that meet the needs; see :mod:`.aggregation`), ``symmetric`` (the
same value seen from the partner's side, used by the partner -> organisation score) and
``cost`` (relative cost per partner; screening computes cheap criteria first).

Batch, chunked, Dask, coalition and gap code loop over the criteria of a query and never
name a built-in one. :func:`mitramatch.testing.check_criterion` is the test battery every
criterion, built-in or custom, must pass.

Examples
--------
A criterion from a list of partners the organisation already worked with:

>>> import numpy as np
>>> class SudahBermitra(Criterion):
...     name = "sudah_bermitra"
...     label = {"id": "pernah bermitra", "en": "worked with before"}
...     policy = "A partner not on the list scores 0: no shared history."
...     def __init__(self, partner_ids):
...         self.ids = sorted(set(partner_ids))
...     def score(self, index, query, rows=None):
...         rows = index.positions(rows)
...         return np.isin(index.partner_id[rows], self.ids).astype(float)
>>> SudahBermitra(["P1"]).name
'sudah_bermitra'
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

if TYPE_CHECKING:
    from .index import DirectoryIndex
    from .query import Query

__all__ = [
    "NEUTRAL",
    "Bound",
    "Criterion",
    "active_criteria",
    "criterion_names",
    "register_criterion",
    "registered_criteria",
    "unregister_criterion",
]

#: The score of missing data, unless a criterion's policy says otherwise.
NEUTRAL = 0.5

_EMPTY_ROWS = np.empty(0, dtype=np.int64)
_EMPTY_VALUES = np.empty(0, dtype=np.float64)
_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Bound:
    """An upper bound of a criterion's scores over a whole index, stored sparsely.

    Partners at ``rows`` (sorted, unique positions) score at most ``values``; every other
    partner scores at most ``base``.

    >>> b = Bound(0.1, np.array([2, 5]), np.array([0.9, 0.6]))
    >>> b.at(np.array([0, 2, 5])).tolist()
    [0.1, 0.9, 0.6]
    """

    base: float
    rows: np.ndarray = field(default_factory=lambda: _EMPTY_ROWS)
    values: np.ndarray = field(default_factory=lambda: _EMPTY_VALUES)

    def at(self, rows: np.ndarray) -> np.ndarray:
        """The bound of the partners at ``rows``."""
        if rows is self.rows or (
            len(rows) == len(self.rows) and len(rows) and np.array_equal(rows, self.rows)
        ):
            return self.values.astype(float, copy=True)
        out = np.full(len(rows), float(self.base))
        if len(self.rows):
            where = np.searchsorted(self.rows, rows)
            where = np.minimum(where, len(self.rows) - 1)
            listed = self.rows[where] == rows
            out[listed] = self.values[where[listed]]
        return out


class Criterion:
    """One scored quality of a candidate partner (see the module docstring for the contract).

    Subclasses set the class attributes and implement :meth:`score`; :meth:`bound` and
    :meth:`describe` are optional.
    """

    #: Key in a profile's ``[weights]``, and the output column ``score_<name>``.
    name: ClassVar[str] = ""
    #: Words for plots and tables, per language.
    label: ClassVar[Mapping[str, str]] = {}
    #: What missing data scores, and why.
    policy: ClassVar[str] = ""
    #: Weight when a profile's ``[weights]`` gives none.
    default_weight: ClassVar[float] = 0.0
    #: Counts in full only for partners that meet the needs (the need gate).
    gated: ClassVar[bool] = True
    #: The same value seen from the partner's side (distance, shared vision).
    symmetric: ClassVar[bool] = False
    #: Relative cost per partner: screening computes cheap criteria first.
    cost: ClassVar[float] = 1.0
    #: Measures how well the partner covers the needs, aspect by aspect: its value gates the
    #: others and its per-aspect fits are the ``fit_<aspect>`` columns (the built-in
    #: ``need_fit`` alone).
    covers_needs: ClassVar[bool] = False
    #: Shipped with mitramatch (cannot be replaced or unregistered).
    builtin: ClassVar[bool] = False

    def prepare(self, index: DirectoryIndex, queries: Sequence[Query]) -> None:
        """Work shared by many queries against one index, done before scoring them (batch
        ranking calls it once per block of organisations). Results go in ``query.memo``."""

    def score(
        self, index: DirectoryIndex, query: Query, rows: np.ndarray | None = None
    ) -> np.ndarray:
        """Scores in [0, 1] of the partners at ``rows`` (all partners when None)."""
        raise NotImplementedError(f"{type(self).__name__}.score")

    def bound(self, index: DirectoryIndex, query: Query, floor: float = 0.0) -> Bound | None:
        """An upper bound of :meth:`score` for every partner, or None (no bound: 1).

        ``floor`` is a hint: partners whose bound would not exceed ``floor`` may be left out
        of ``rows`` with ``base`` up to ``floor``, which lets a criterion list fewer rows.
        """
        return None

    def estimate(self, index: DirectoryIndex, query: Query, rows: np.ndarray) -> np.ndarray | None:
        """A guess of :meth:`score` for the partners at ``rows``, or None (no guess): by
        default the score itself when the criterion is cheap (``cost`` 1 or less).

        Screening scores exactly the partners the guesses put first, to set its first bar:
        a guess only decides which partners are scored first, so any guess is safe, and the
        closer it is to the score, the fewer partners screening lists. Override it when
        :meth:`score` is costly and a cheaper near guess exists.
        """
        return self.score(index, query, rows) if self.cost <= 1 else None

    def describe(
        self, index: DirectoryIndex, query: Query, row: int, value: float, lang: str
    ) -> str | None:
        """A short phrase about one partner on this criterion, or None."""
        return None

    def title(self, lang: str = "id") -> str:
        """The criterion's words in ``lang``, its name when it has none."""
        return str(self.label.get(lang) or self.label.get("en") or self.name.replace("_", " "))

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


# -- the registry -------------------------------------------------------------------------------
_REGISTRY: dict[str, Criterion] = {}


def _builtins() -> None:
    # The built-in criteria register themselves when their module loads; loading it here
    # keeps this module free of the index and text machinery they import.
    from . import builtin  # noqa: F401


def _check(criterion: Any) -> Criterion:
    if not isinstance(criterion, Criterion):
        raise TypeError(
            f"a criterion must be an instance of mitramatch.Criterion; got "
            f"{type(criterion).__name__}"
        )
    name = criterion.name
    if not isinstance(name, str) or not _NAME.fullmatch(name) or keyword.iskeyword(name):
        raise ValueError(
            f"criterion name must be lower-case letters, digits and '_', starting with a "
            f"letter; got {name!r}"
        )
    if type(criterion).score is Criterion.score:
        raise TypeError(f"criterion {name!r}: {type(criterion).__name__} must implement score()")
    weight = criterion.default_weight
    if not (isinstance(weight, (int, float)) and np.isfinite(weight) and weight >= 0):
        raise ValueError(f"criterion {name!r}: default_weight must be >= 0; got {weight!r}")
    return criterion


def register_criterion(criterion: Criterion, *, replace: bool = False) -> Criterion:
    """Make a criterion part of every ranking from now on, and nameable in ``[weights]``.

    Returns the criterion, so it can be used as a decorator on an instance factory. A second
    criterion with a name already registered is an error unless ``replace=True``; built-in
    criteria cannot be replaced.
    """
    _builtins()
    criterion = _check(criterion)
    current = _REGISTRY.get(criterion.name)
    if current is not None and current is not criterion:
        if current.builtin or not replace:
            why = "a built-in criterion" if current.builtin else "registered"
            raise ValueError(f"criterion {criterion.name!r} is already {why}; choose another name")
    _REGISTRY[criterion.name] = criterion
    return criterion


def unregister_criterion(name: str) -> None:
    """Remove a registered (non built-in) criterion; unknown names are ignored."""
    current = _REGISTRY.get(name)
    if current is not None and current.builtin:
        raise ValueError(f"criterion {name!r} is built in and cannot be removed; weigh it 0")
    _REGISTRY.pop(name, None)


def registered_criteria() -> tuple[Criterion, ...]:
    """The built-in criteria, then the registered ones in registration order."""
    _builtins()
    return tuple(_REGISTRY.values())


def active_criteria(extra: Iterable[Criterion] | None = None) -> tuple[Criterion, ...]:
    """The registered criteria plus ``extra`` (criteria passed for one call)."""
    out = list(registered_criteria())
    names = {c.name for c in out}
    for criterion in extra or ():
        _check(criterion)
        if criterion.name in names:
            if any(c is criterion for c in out):
                continue
            raise ValueError(
                f"criterion {criterion.name!r} is given twice (registered, or passed twice); "
                "pass each criterion once"
            )
        names.add(criterion.name)
        out.append(criterion)
    return tuple(out)


def criterion_names(extra: Iterable[Criterion] | None = None) -> tuple[str, ...]:
    """Names a profile's ``[weights]`` may use: the registered criteria plus ``extra``."""
    return tuple(c.name for c in active_criteria(extra))
