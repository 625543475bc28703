"""How results look in a notebook: HTML in the result's language.

Every result object (``Ranking``, ``Explanation``, ``Coalition``, ``Allocation``, ``Budget``,
``OrganisationRanking``, ``Evaluation``; ``NeedsProfile`` in the engine) renders its headings,
column labels, aspect names and numbers in its own ``lang`` (decimal comma in Indonesian);
what the data says (names, offers, codes) is shown as written, escaped. Objects without a
language of their own follow :func:`mitramatch.exceptions.use_language`.
:func:`html_table` is the one table they share; ``to_frame()`` keeps the contract's column
names for programs.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd

from .engine import ASPECT_LABELS, fmt

__all__ = ["COLUMN_LABELS", "aspect_label", "column_label", "html_table"]

#: Headings of the contract's columns in a notebook: (English, Indonesian).
COLUMN_LABELS: dict[str, tuple[str, str]] = {
    "rank": ("#", "#"),
    "org_id": ("organisation", "organisasi"),
    "partner_id": ("partner", "mitra"),
    "name": ("name", "nama"),
    "aspect": ("aspect", "aspek"),
    "priority": ("priority", "prioritas"),
    "fit": ("fit", "kecocokan"),
    "weight": ("weight", "bobot"),
    "amount": ("amount", "jumlah"),
    "share": ("share of the need", "bagian kebutuhan"),
    "requested": ("requested", "diminta"),
    "granted": ("granted", "diberikan"),
    "status": ("status", "status"),
    "score": ("score", "skor"),
    "explanation": ("why", "alasan"),
}

_CELL = 'style="text-align:left;vertical-align:top;padding:2px 8px"'


def column_label(column: object, lang: str) -> str:
    """The heading of a contract column in ``lang`` (:data:`COLUMN_LABELS`), else its name."""
    en, id_ = COLUMN_LABELS.get(str(column), (str(column), str(column)))
    return en if lang == "en" else id_


def aspect_label(aspect: object, lang: str) -> str:
    """An aspect's name in ``lang`` (``tenaga`` -> ``people``), or the text as it is."""
    return ASPECT_LABELS["en" if lang == "en" else "id"].get(str(aspect), str(aspect))


def html_table(
    frame: pd.DataFrame,
    lang: str,
    *,
    formats: Mapping[str, Callable[[Any], str]] | None = None,
    max_rows: int = 50,
) -> str:
    """``frame`` as an HTML table for a notebook, in ``lang``.

    Headings from :data:`COLUMN_LABELS` (other columns keep their names), aspects by their
    names, floats with three decimals (a comma in Indonesian), missing cells as "-", every
    cell escaped; ``formats`` maps a column to its own formatter. At most ``max_rows`` rows,
    with a line saying how many more there are.

    >>> page = html_table(pd.DataFrame({"aspect": ["dana"], "fit": [0.5]}), "en")
    >>> ">aspect</th>" in page, ">funds</td>" in page, ">0.500</td>" in page
    (True, True, True)
    """
    lang = "en" if lang == "en" else "id"
    formats = dict(formats or {})
    shown = frame.head(max_rows)
    head = "".join(f"<th {_CELL}>{html.escape(column_label(c, lang))}</th>" for c in shown.columns)
    body = []
    for row in shown.itertuples(index=False):
        cells = []
        for column, value in zip(shown.columns, row):
            if column in formats:
                text = formats[column](value)
            elif _missing(value):
                text = "-"
            elif column == "aspect":
                text = aspect_label(value, lang)
            elif isinstance(value, float):
                text = fmt(value, lang, 3)
            else:
                text = str(value)
            cells.append(f"<td {_CELL}>{html.escape(text)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    rest = len(frame) - len(shown)
    more = f"<p>… {rest} {'more' if lang == 'en' else 'lainnya'}</p>" if rest > 0 else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{more}"


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))
