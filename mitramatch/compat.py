"""Optional dependencies: one helper to import them, one error when they are missing.

The core needs only pandas, NumPy, SciPy, scikit-learn, rapidfuzz and PySastrawi. Excel files
need ``openpyxl`` (``[excel]``), Parquet and saved indexes ``pyarrow`` (``[parquet]``), plots
``matplotlib`` (``[plot]``), distributed ranking ``dask`` (``[dask]``). Every optional import
goes through :func:`import_optional_dependency`, so a missing one always says which extra
installs it, in the same words (the model is ``pandas.compat._optional``).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .exceptions import MissingDependencyError

__all__ = ["EXTRAS", "import_optional_dependency"]

#: Which extra of ``pip install 'mitramatch[...]'`` provides each optional package.
EXTRAS: dict[str, str] = {
    "openpyxl": "excel",
    "pyarrow": "parquet",
    "matplotlib": "plot",
    "dask": "dask",
    "distributed": "dask",
}


def import_optional_dependency(name: str, *, purpose: str) -> ModuleType:
    """Import an optional package (or one of its submodules), or raise
    :class:`~mitramatch.exceptions.MissingDependencyError` naming the extra that installs it.

    ``purpose`` completes the sentence "... needs <package>", e.g. ``"reading Excel files"``.

    >>> import_optional_dependency("numpy", purpose="arrays").__name__
    'numpy'
    >>> import_optional_dependency("no_such_package_here", purpose="testing")
    Traceback (most recent call last):
    ...
    mitramatch.exceptions.MissingDependencyError: testing needs no_such_package_here, which is not installed: pip install no_such_package_here
    """  # noqa: E501
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        top = name.split(".", 1)[0]
        extra = EXTRAS.get(top)
        how = f"pip install 'mitramatch[{extra}]'" if extra else f"pip install {top}"
        raise MissingDependencyError(
            f"{purpose} needs {top}, which is not installed: {how}", package=top
        ) from exc
