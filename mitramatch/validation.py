"""Parameter validation: one home for the checks of public arguments, one message shape.

Every public function checks its options here, at the boundary, once (the model is
scikit-learn's ``check_scalar`` and ``_param_validation``): the message names the parameter,
what was expected and what was found, e.g. ``top must be a positive integer or None; got 0``.
These are programming errors, so they raise :class:`ValueError` / :class:`TypeError`, not a
:class:`~mitramatch.exceptions.MitramatchError` (which is for bad input data).
"""

from __future__ import annotations

import math
import multiprocessing
import numbers
import os
from collections.abc import Collection
from typing import Any

import numpy as np

__all__ = [
    "LANGS", "check_choice", "check_lang", "check_positive_int", "check_scalar", "check_top",
    "check_workers",
]  # fmt: skip

#: Languages of explanations, messages and plot labels: Indonesian first (the default).
LANGS: tuple[str, ...] = ("id", "en")


def _is_integer(value: Any) -> bool:
    return isinstance(value, (numbers.Integral, np.integer)) and not isinstance(
        value, (bool, np.bool_)
    )


def check_positive_int(value: Any, name: str, *, allow_none: bool = False) -> int | None:
    """``value`` as a Python int >= 1 (NumPy integers accepted), or None when allowed.

    >>> check_positive_int(np.int64(3), "top")
    3
    >>> check_positive_int(0, "top", allow_none=True)
    Traceback (most recent call last):
    ...
    ValueError: top must be a positive integer or None; got 0
    """
    if value is None and allow_none:
        return None
    if not _is_integer(value) or value < 1:
        expected = "a positive integer or None" if allow_none else "a positive integer"
        raise ValueError(f"{name} must be {expected}; got {value!r}")
    return int(value)


def check_top(top: Any) -> int | None:
    """The ``top`` option of every ranking: a positive integer or None (keep all)."""
    return check_positive_int(top, "top", allow_none=True)


def check_choice(value: Any, name: str, choices: Collection[Any]) -> Any:
    """``value`` when it is one of ``choices``, else ValueError listing them.

    >>> check_choice("exact", "method", ("auto", "exact", "greedy"))
    'exact'
    """
    if value not in choices:
        listed = ", ".join(repr(c) for c in choices)
        raise ValueError(f"{name} must be one of {listed}; got {value!r}")
    return value


def check_lang(lang: Any) -> str:
    """The ``lang`` option: ``"id"`` or ``"en"``.

    >>> check_lang("fr")
    Traceback (most recent call last):
    ...
    ValueError: lang must be one of 'id', 'en'; got 'fr'
    """
    return check_choice(lang, "lang", LANGS)


def check_scalar(
    value: Any,
    name: str,
    *,
    low: float | None = None,
    high: float | None = None,
    include_low: bool = True,
    include_high: bool = True,
    allow_none: bool = False,
) -> float | None:
    """A real number within bounds, as float (the model is ``sklearn.utils.check_scalar``).

    >>> check_scalar(0.2, "other_weight", low=0, high=1)
    0.2
    >>> check_scalar(1.5, "threshold", low=0, high=1, include_low=False)
    Traceback (most recent call last):
    ...
    ValueError: threshold must be in (0, 1]; got 1.5
    """
    if value is None and allow_none:
        return None
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (numbers.Real, np.floating)):
        raise TypeError(f"{name} must be a number; got {type(value).__name__}")
    number = float(value)
    below = low is not None and (number < low or (number == low and not include_low))
    above = high is not None and (number > high or (number == high and not include_high))
    if math.isnan(number) or below or above:
        left = "[" if include_low else "("
        right = "]" if include_high else ")"
        lo = "-inf" if low is None else f"{low:g}"
        hi = "inf" if high is None else f"{high:g}"
        raise ValueError(f"{name} must be in {left}{lo}, {hi}{right}; got {value!r}")
    return number


def check_workers(workers: Any) -> int:
    """The ``workers`` option: a positive number of processes, or -1 for every core this
    process may use. Without the ``fork`` start method (Windows) ranking stays in one
    process, as copying the index to each worker would cost more than it saves.

    >>> check_workers(2)
    2
    >>> check_workers(0)
    Traceback (most recent call last):
    ...
    ValueError: workers must be a positive integer or -1 (every core); got 0
    """
    if not _is_integer(workers) or (workers < 1 and workers != -1):
        raise ValueError(f"workers must be a positive integer or -1 (every core); got {workers!r}")
    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - Windows
        return 1
    if workers == -1:
        cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
        return len(cores) if cores else (os.cpu_count() or 1)
    return int(workers)
