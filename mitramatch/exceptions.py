"""The error hierarchy, and messages in two languages.

Every error a user can cause is a :class:`MitramatchError`; the command line turns those into
a clear message and exit code 2, and anything else is a bug (exit code 1).

Messages a person reads (errors, validation problems, notes about how a file was read) may be
written in both languages with :class:`Text`; they are rendered in the language of the
context (:func:`use_language`): English by default in Python, Indonesian by default on the
command line (``--lang``). A plain ``str`` message is shown as is in either language.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

# No default of its own: whether a language was chosen is itself worth knowing (below).
_LANGUAGE: ContextVar[str] = ContextVar("mitramatch_message_language")


def message_language(default: str = "en") -> str:
    """The language messages are rendered in here: the one :func:`use_language` chose, else
    ``default`` (a notebook view of something without a language of its own passes ``"id"``,
    the language of results).

    >>> message_language(), message_language("id")
    ('en', 'id')
    """
    return _LANGUAGE.get(default)


@contextmanager
def use_language(lang: str) -> Iterator[None]:
    """Render messages in ``lang`` (``"id"`` or ``"en"``) inside the ``with`` block.

    >>> t = Text("file not found", "berkas tidak ditemukan")
    >>> with use_language("id"):
    ...     str(t)
    'berkas tidak ditemukan'
    >>> str(t)
    'file not found'
    """
    if lang not in ("id", "en"):
        raise ValueError(f"lang must be one of 'id', 'en'; got {lang!r}")
    token = _LANGUAGE.set(lang)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


class Text:
    """A message written in English and Indonesian, rendered in the context's language.

    Compares equal to either of its versions, so code and tests that look for a message as a
    plain string keep working whatever the language.
    """

    __slots__ = ("en", "id")

    def __init__(self, en: str, id: str | None = None) -> None:
        self.en = en
        self.id = en if id is None else id

    def render(self, lang: str | None = None) -> str:
        return self.id if (lang or message_language()) == "id" else self.en

    def __str__(self) -> str:
        return self.render()

    def __format__(self, spec: str) -> str:
        return format(self.render(), spec)

    def __repr__(self) -> str:
        return f"Text({self.en!r}, {self.id!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Text):
            return (self.en, self.id) == (other.en, other.id)
        return other in (self.en, self.id)

    def __hash__(self) -> int:
        return hash(self.en)

    def __bool__(self) -> bool:
        return bool(self.en or self.id)

    @classmethod
    def format(cls, en: str, id: str, /, **values: Any) -> Text:
        """Fill two templates (:meth:`str.format`); a value that is a :class:`Text` fills
        each template in that template's language.

        >>> rows = rows_text([5], "row")
        >>> t = Text.format("empty at {rows}", "kosong di {rows}", rows=rows)
        >>> t.en, t.id
        ('empty at row 5', 'kosong di baris 5')
        """
        return cls(en.format(**_rendered(values, "en")), id.format(**_rendered(values, "id")))

    @classmethod
    def join(cls, separator: str | Text, parts: Iterable[str | Text]) -> Text:
        """``separator.join(parts)`` in each language.

        >>> Text.join("; ", [Text("one", "satu"), "2"]).id
        'satu; 2'
        """
        parts = list(parts)
        return cls(
            render(separator, "en").join(render(p, "en") for p in parts),
            render(separator, "id").join(render(p, "id") for p in parts),
        )

    def __add__(self, other: object) -> Text:
        if isinstance(other, Text):
            return Text(self.en + other.en, self.id + other.id)
        return Text(self.en + str(other), self.id + str(other))

    def __radd__(self, other: object) -> Text:
        return Text(str(other) + self.en, str(other) + self.id)

    def to_dict(self) -> dict[str, str]:
        return {"en": self.en, "id": self.id}


class Note(str):
    """A message rendered in the context's language that remembers both (``.text``).

    It is a ``str`` (joined, compared, searched and written to JSON like one), for notes
    that travel where only text goes (a DataFrame's ``attrs``, a saved index's manifest),
    and can be rendered again in the other language: ``render(note, "en")``.

    >>> with use_language("id"):
    ...     note = Note(Text("file read", "berkas dibaca"))
    >>> note, render(note, "en")
    ('berkas dibaca', 'file read')
    """

    text: Text

    def __new__(cls, message: str | Text) -> Note:
        if isinstance(message, Note):
            text = message.text
        elif isinstance(message, Text):
            text = message
        else:
            text = Text(str(message))
        self = super().__new__(cls, text.render())
        self.text = text
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep both, as shown
        return (_note, (str(self), self.text.en, self.text.id))

    def __deepcopy__(self, memo: dict[int, Any]) -> Note:
        # Never changed once made. pandas deep-copies a frame's attrs, where notes live, on
        # every column taken from it: copying each note made ranking 1,000,000 partners
        # 2.5 ms slower per profile.
        return self

    def render(self, lang: str | None = None) -> str:
        return self.text.render(lang)


def _note(shown: str, en: str, id: str) -> Note:
    note = str.__new__(Note, shown)
    note.text = Text(en, id)
    return note


def render(message: str | Text, lang: str | None = None) -> str:
    """A message as text in ``lang`` (the context's language by default)."""
    if isinstance(message, (Text, Note)):
        return message.render(lang)
    return str(message)


def _rendered(values: dict[str, Any], lang: str) -> dict[str, Any]:
    return {k: v.render(lang) if isinstance(v, Text) else v for k, v in values.items()}


__all__ = [
    "InputError",
    "MissingDependencyError",
    "MitramatchError",
    "Note",
    "Problem",
    "SchemaError",
    "Text",
    "closest",
    "did_you_mean",
    "message_language",
    "render",
    "rows_text",
    "use_language",
]


class MitramatchError(Exception):
    """Base class of every error mitramatch raises on purpose.

    The message may be a :class:`Text`; ``str(error)`` renders it in the context's language.
    """

    def __init__(self, message: str | Text = "", *args: object) -> None:
        super().__init__(message, *args)
        self.message = message

    def __str__(self) -> str:
        return render(self.message)


class InputError(MitramatchError, OSError):
    """A file cannot be read or written: missing, unreadable, undecodable, wrong format."""


class MissingDependencyError(MitramatchError, ImportError):
    """An optional package is not installed; the message names the extra that installs it
    (see :func:`mitramatch.compat.import_optional_dependency`)."""

    def __init__(self, message: str | Text, *, package: str | None = None) -> None:
        super().__init__(message)
        self.package = package


class Problem:
    """One validation finding: what is wrong, where (column, rows) and what was expected.

    ``group`` (the kind of problem, e.g. "unknown sector") and ``message`` may be
    :class:`Text`, rendered when the error is shown.
    """

    __slots__ = ("column", "group", "message", "rows")

    def __init__(
        self,
        group: str | Text,
        message: str | Text,
        *,
        column: str | None = None,
        rows: Sequence[int] = (),
    ) -> None:
        self.group = group
        self.message = message
        self.column = column
        self.rows = tuple(rows)

    @classmethod
    def format(
        cls,
        group: str | Text,
        en: str,
        id: str,
        /,
        *,
        column: str | None = None,
        rows: Sequence[int] = (),
        **values: Any,
    ) -> Problem:
        """A problem whose message is :meth:`Text.format` of two templates.

        >>> Problem.format("no rows", "{n} rows", "{n} baris", n=0).message.id
        '0 baris'
        """
        return cls(group, Text.format(en, id, **values), column=column, rows=rows)

    def __repr__(self) -> str:
        return f"Problem({render(self.group)!r}, {render(self.message)!r})"


class SchemaError(MitramatchError, ValueError):
    """Input that breaks the data contract.

    Carries every problem found (``problems``) so a user fixes them all in one pass; the
    message groups them by kind, at most ``max_per_group`` lines a group, and is rendered in
    the context's language when shown.
    """

    max_per_group = 10

    def __init__(
        self,
        problems: str | Text | Problem | Iterable[Problem],
        *,
        source: str | None = None,
        notes: Iterable[str | Text] = (),
    ) -> None:
        if isinstance(problems, (str, Text)):
            problems = [Problem(Text("invalid", "tidak sah"), problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        self.source = source
        #: What was noticed while reading the file (shown after the problems: a note such as
        #: "the header seems to be on row 3" may explain them).
        self.notes: list[str | Text] = list(notes)
        super().__init__("")

    def __str__(self) -> str:
        return self._format()

    def _format(self) -> str:
        notes = "".join(f"\n  {render(Text('note', 'catatan'))}: {render(n)}" for n in self.notes)
        return self._problems() + notes

    def _problems(self) -> str:
        where = f"{self.source}: " if self.source else ""
        if len(self.problems) == 1:
            return where + render(self.problems[0].message)
        groups: dict[str, list[Problem]] = {}
        for problem in self.problems:
            groups.setdefault(render(problem.group), []).append(problem)
        found = render(Text("problems found", "masalah ditemukan"))
        more = render(Text("and", "dan"))
        lines = [f"{where}{len(self.problems)} {found}"]
        for group, items in groups.items():
            lines.append(f"  {group} ({len(items)}):")
            for problem in items[: self.max_per_group]:
                lines.append(f"    - {render(problem.message)}")
            rest = len(items) - self.max_per_group
            if rest > 0:
                lines.append(f"    ... {more} {rest} {render(Text('more', 'lainnya'))}")
        return "\n".join(lines)


def rows_text(rows: Iterable[int], where: str = "row", limit: int = 10) -> Text:
    """Row numbers for a message: ``row 5``, ``rows 3, 7 and 12 more``, ``indices 0, 1``.

    ``where`` is ``"row"`` (spreadsheet rows) or ``"index"`` (positions in a DataFrame).

    >>> [str(rows_text([3, 7], "row")), str(rows_text([0], "index"))]
    ['rows 3, 7', 'index 0']
    >>> t = rows_text(range(4), "index", 2)
    >>> t.en, t.id
    ('indices 0, 1 and 2 more', 'indeks 0, 1 dan 2 lainnya')
    """
    rows = list(rows)
    shown = ", ".join(str(r) for r in rows[:limit])
    rest = len(rows) - limit
    many = len(rows) > 1
    if where == "index":
        en, id_ = ("indices" if many else "index"), "indeks"
    elif where == "row":
        en, id_ = ("rows" if many else "row"), "baris"
    else:
        en = id_ = where
    return Text(
        f"{en} {shown}" + (f" and {rest} more" if rest > 0 else ""),
        f"{id_} {shown}" + (f" dan {rest} lainnya" if rest > 0 else ""),
    )


def closest(word: str, choices: Iterable[str], *, cutoff: float = 60) -> str | None:
    """The choice most like ``word`` (rapidfuzz's ``ratio``, case-insensitive), or None when
    none scores ``cutoff`` (0-100) or more.

    >>> closest("Nama Lembga", ["Nama Lembaga", "Sektor"])
    'Nama Lembaga'
    """
    from rapidfuzz import fuzz, process, utils

    found = process.extractOne(
        str(word), list(choices), scorer=fuzz.ratio, processor=utils.default_process,
        score_cutoff=cutoff,
    )  # fmt: skip
    return None if found is None else found[0]


def did_you_mean(word: str, choices: Iterable[str], lang: str | None = None) -> Any:
    """``" (did you mean 'x'?)"`` for the closest choice, empty when none is close: a
    :class:`Text` in both languages, or the text in ``lang`` when given.

    >>> str(did_you_mean("tenga", ["dana", "tenaga", "sarana"]))
    " (did you mean 'tenaga'?)"
    >>> did_you_mean("tenga", ["tenaga"]).id, did_you_mean("tenga", ["tenaga"], "id")
    (" (mungkin maksud Anda 'tenaga'?)", " (mungkin maksud Anda 'tenaga'?)")
    >>> str(did_you_mean("zzz", ["dana"]))
    ''
    """
    close = closest(word, choices)
    hint = (
        Text("", "")
        if close is None
        else Text(f" (did you mean {close!r}?)", f" (mungkin maksud Anda {close!r}?)")
    )
    return hint if lang is None else hint.render(lang)
