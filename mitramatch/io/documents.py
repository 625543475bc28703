"""Documents: files that hold one nested structure (a needs profile), TOML or JSON.

A :class:`DocumentFormat` per kind, chosen by file name ending, turns the text into dicts and
lists and says where a syntax error is; what the structure means is for the reader of that kind
of document (:class:`~mitramatch.engine.needs.NeedsProfile`).

>>> [f.name for f in registered_document_formats()]
['toml', 'json']
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..exceptions import InputError, SchemaError, Text
from .formats import cannot_read

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = [
    "DocumentFormat",
    "read_document",
    "register_document_format",
    "registered_document_formats",
]


@dataclass(frozen=True)
class DocumentFormat:
    """One kind of document file.

    Attributes
    ----------
    name : str
    suffixes : tuple of str
        Lower-case file name endings, with the dot.
    parse : callable
        ``parse(text, source)`` returns the structure or raises
        :class:`~mitramatch.exceptions.SchemaError` saying where the syntax is broken.
    """

    name: str
    suffixes: tuple[str, ...]
    parse: Callable[[str, str], Any]


_DOCUMENT_FORMATS: dict[str, DocumentFormat] = {}


def register_document_format(fmt: DocumentFormat) -> DocumentFormat:
    """Make :func:`read_document` read files ending in ``fmt.suffixes``."""
    _DOCUMENT_FORMATS[fmt.name] = fmt
    return fmt


def registered_document_formats() -> tuple[DocumentFormat, ...]:
    return tuple(_DOCUMENT_FORMATS.values())


_TOO_DEEP = Text(
    "nested too deeply to read (thousands of levels); a needs profile is a few tables deep",
    "bertingkat terlalu dalam untuk dibaca (ribuan lapis); profil kebutuhan hanya beberapa tabel",
)


def _invalid(kind: str, reason: str | Text, source: str) -> SchemaError:
    return SchemaError(
        Text.format("invalid {k}: {r}", "{k} tidak sah: {r}", k=kind, r=reason), source=source
    )


def _parse_toml(text: str, source: str) -> Any:
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise _invalid("TOML", _TOO_DEEP, source) from None
    except ValueError as exc:  # TOMLDecodeError, or an integer of more digits than Python reads
        raise _invalid("TOML", str(exc), source) from None


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(
            Text(
                f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                f"JSON tidak sah di baris {exc.lineno}, kolom {exc.colno}: {exc.msg}",
            ),
            source=source,
        ) from None
    except RecursionError:
        raise _invalid("JSON", _TOO_DEEP, source) from None
    except ValueError as exc:  # an integer of more digits than Python reads
        raise _invalid("JSON", str(exc), source) from None


register_document_format(DocumentFormat("toml", (".toml",), _parse_toml))
register_document_format(DocumentFormat("json", (".json",), _parse_json))


def _noun(what: str) -> Text:
    return Text("needs profile", "profil kebutuhan") if what == "needs profile" else Text(what)


def read_document(path: str | os.PathLike[str], *, what: str = "needs profile") -> Any:
    """The structure held by a document file, its format chosen by the file name ending.

    Raises
    ------
    InputError
        The file is missing, not UTF-8 text, or of no registered format.
    SchemaError
        The file's syntax is broken (the message says where).
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(
            Text.format(
                "{path}: {what} not found",
                "{path}: {what} tidak ditemukan",
                path=path,
                what=_noun(what),
            )
        )
    suffix = path.suffix.lower()
    fmt = next((f for f in _DOCUMENT_FORMATS.values() if suffix in f.suffixes), None)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            Text.format(
                "{path}: {what} is not UTF-8 text ({why})",
                "{path}: {what} bukan teks UTF-8 ({why})",
                path=path,
                what=_noun(what),
                why=exc.reason,
            )
        ) from None
    except OSError as exc:
        raise cannot_read(path, _noun(what), exc) from exc
    if fmt is None:
        suffixes = [s for f in _DOCUMENT_FORMATS.values() for s in f.suffixes]
        found = suffix or "(none)"
        raise InputError(
            Text.format(
                "{path}: unsupported {what} format {found!r}; expected {en}",
                "{path}: format {what} {found!r} tidak didukung; yang diharapkan {id}",
                path=path,
                what=_noun(what),
                found=found,
                en=" or ".join(suffixes),
                id=" atau ".join(suffixes),
            )
        )
    return fmt.parse(text, str(path))
