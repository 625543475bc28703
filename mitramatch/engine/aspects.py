"""The five aspects that are partnered (aspek yang dimitrakan) and the names users give them."""

from __future__ import annotations

import re

import numpy as np

from ..exceptions import Problem, SchemaError, Text, did_you_mean

__all__ = [
    "ASPECTS",
    "ASPECT_LABELS",
    "COVERED_FIT",
    "CRITERIA",
    "SECTORS",
    "USEFUL_FIT",
    "covered",
    "normalise_aspect",
]

#: In this order everywhere: columns, plots, explanations (data contract).
ASPECTS: tuple[str, ...] = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")

#: The criteria of the weighted score, in output order.
CRITERIA: tuple[str, ...] = ("need_fit", "vision", "proximity", "reciprocity", "track_record")

#: Aspect fits that mean something to a reader, used alike by explanations, patterns,
#: coverage gaps, coalitions and allocation: a partner covers a need *well* from
#: COVERED_FIT on; from USEFUL_FIT on it helps with it (named as a reason, acceptable in an
#: allocation), below that the need is a gap.
COVERED_FIT = 0.5
USEFUL_FIT = 0.3


def covered(fits, threshold: float = COVERED_FIT):
    """Per needed aspect (the columns of ``fits``, one row per partner), whether one partner
    covers it: a fit of at least ``threshold``. Several weak partners together do not (three
    mentions in other offers are not a fund); coalitions, coverage gaps and patterns all read
    "covered" this way.

    >>> covered(np.array([[0.3, 0.6], [0.4, 0.1]])).tolist()
    [False, True]
    """
    fits = np.atleast_2d(np.asarray(fits, dtype=float))
    return (fits >= threshold).any(axis=0) if len(fits) else np.zeros(fits.shape[1], bool)


#: The three governance domains: state, private sector (DUDI, donors), society.
SECTORS: tuple[str, ...] = ("pemerintah", "swasta", "masyarakat")

ASPECT_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "dana": "dana",
        "tenaga": "tenaga",
        "sarana": "sarana",
        "program": "program",
        "pendayagunaan_hasil": "pendayagunaan hasil",
    },
    "en": {
        "dana": "funds",
        "tenaga": "people",
        "sarana": "facilities",
        "program": "programme",
        "pendayagunaan_hasil": "use of outputs",
    },
}

# Names people actually write, after lower-casing and turning spaces/dashes into "_".
_ALIASES = {
    "sarpras": "sarana",
    "sarana_prasarana": "sarana",
    "sarana_dan_prasarana": "sarana",
    "prasarana": "sarana",
    "pendayagunaan": "pendayagunaan_hasil",
    "program_kegiatan": "program",
    "sdm": "tenaga",
    "tenaga_kerja": "tenaga",
    "pendanaan": "dana",
    "funds": "dana",
    "people": "tenaga",
    "facilities": "sarana",
    "programme": "program",
    "use_of_outputs": "pendayagunaan_hasil",
}


def _key(name: str) -> str:
    return re.sub(r"[\s\-.]+", "_", str(name).strip().lower()).strip("_")


def normalise_aspect(name: str, *, where: str = "aspect") -> str:
    """Return the contract key for an aspect name, or raise :class:`SchemaError`.

    >>> normalise_aspect("Pendayagunaan Hasil")
    'pendayagunaan_hasil'
    >>> normalise_aspect("sarpras")
    'sarana'
    """
    key = _key(name)
    key = _ALIASES.get(key, key)
    if key in ASPECTS:
        return key
    raise SchemaError(
        Problem.format(
            Text("unknown aspect", "aspek tidak dikenal"),
            "{where}: unknown aspect {name!r}{hint}; expected one of {aspects}",
            "{where}: aspek tidak dikenal {name!r}{hint}; yang diharapkan salah satu dari "
            "{aspects}",
            where=where,
            name=name,
            hint=did_you_mean(key, ASPECTS),
            aspects=", ".join(ASPECTS),
        )
    )
