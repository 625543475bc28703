"""Writing documents (TOML, pictures) atomically: a temporary file renamed over the target,
so a failed run never leaves half a file. Tables go through :func:`mitramatch.io.write_table`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .exceptions import InputError, Text

__all__ = ["write_file"]


def write_file(path: str | Path, data: str | bytes) -> None:
    """Write text (UTF-8, ``\\n`` line ends) or bytes to ``path``, atomically.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "kebutuhan.toml"
    >>> write_file(target, "[needs.dana]\\npriority = 5\\n")
    >>> target.read_text()
    '[needs.dana]\\npriority = 5\\n'
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise InputError(
            Text(
                f"{path}: folder {path.parent} does not exist",
                f"{path}: folder {path.parent} tidak ada",
            )
        )
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
