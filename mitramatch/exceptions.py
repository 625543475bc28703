"""The error hierarchy.

Every error a user can cause is a :class:`MitramatchError`; the command line turns those into
a clear message and exit code 2, and anything else is a bug (exit code 1).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

__all__ = [
    "InputError",
    "MitramatchError",
    "Problem",
    "SchemaError",
    "did_you_mean",
]


class MitramatchError(Exception):
    """Base class of every error mitramatch raises on purpose."""


class InputError(MitramatchError, OSError):
    """A file cannot be read or written: missing, unreadable, undecodable, wrong format."""


class Problem:
    """One validation finding: what is wrong, where (column, rows) and what was expected."""

    __slots__ = ("column", "group", "message", "rows")

    def __init__(
        self,
        group: str,
        message: str,
        *,
        column: str | None = None,
        rows: Sequence[int] = (),
    ) -> None:
        self.group = group
        self.message = message
        self.column = column
        self.rows = tuple(rows)

    def __repr__(self) -> str:
        return f"Problem({self.group!r}, {self.message!r})"


class SchemaError(MitramatchError, ValueError):
    """Input that breaks the data contract.

    Carries every problem found (``problems``) so a user fixes them all in one pass; the
    message groups them by kind, at most ``max_per_group`` lines a group.
    """

    max_per_group = 10

    def __init__(
        self,
        problems: str | Problem | Iterable[Problem],
        *,
        source: str | None = None,
    ) -> None:
        if isinstance(problems, str):
            problems = [Problem("invalid", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        self.source = source
        super().__init__(self._format())

    def _format(self) -> str:
        where = f"{self.source}: " if self.source else ""
        if len(self.problems) == 1:
            return where + self.problems[0].message
        groups: dict[str, list[Problem]] = {}
        for problem in self.problems:
            groups.setdefault(problem.group, []).append(problem)
        lines = [f"{where}{len(self.problems)} problems found"]
        for group, items in groups.items():
            lines.append(f"  {group} ({len(items)}):")
            for problem in items[: self.max_per_group]:
                lines.append(f"    - {problem.message}")
            rest = len(items) - self.max_per_group
            if rest > 0:
                lines.append(f"    ... and {rest} more")
        return "\n".join(lines)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return ``" (did you mean 'x'?)"`` for the closest choice, or ``""`` when none is close.

    >>> did_you_mean("tenga", ["dana", "tenaga", "sarana"])
    " (did you mean 'tenaga'?)"
    >>> did_you_mean("zzz", ["dana"])
    ''
    """
    close = difflib.get_close_matches(str(word).lower(), list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
