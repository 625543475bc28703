"""Writing documents (TOML, pictures) atomically: a temporary file renamed over the target,
so a failed or interrupted run never leaves half a file. Tables go through
:func:`mitramatch.io.write_table`; both use :func:`mitramatch.io.write.write_atomically`."""

from __future__ import annotations

from pathlib import Path

from .exceptions import InputError, Text
from .io import write_atomically

__all__ = ["write_file"]


def write_file(path: str | Path, data: str | bytes) -> None:
    """Write text (UTF-8, ``\\n`` line ends) or bytes to ``path``, atomically.

    A new file gets the permissions ``open()`` would give it, a replaced one keeps its own.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "kebutuhan.toml"
    >>> write_file(target, "[needs.dana]\\npriority = 5\\n")
    >>> target.read_text()
    '[needs.dana]\\npriority = 5\\n'
    """
    path = Path(path).expanduser()
    if not path.parent.is_dir():
        raise InputError(
            Text(
                f"{path}: folder {path.parent} does not exist",
                f"{path}: folder {path.parent} tidak ada",
            )
        )
    if path.is_dir():
        raise InputError(
            Text(
                f"{path}: cannot write: it is a folder; expected a file name",
                f"{path}: tidak dapat menulis: ini folder; yang diharapkan nama berkas",
            )
        )
    content = data.encode("utf-8") if isinstance(data, str) else data
    write_atomically(path, lambda handle: handle.write(content))
