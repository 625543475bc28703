"""mitramatch: recommend partner institutions (mitra) for Indonesian organisations.

An organisation says what its programme lacks in five aspects (dana, tenaga, sarana, program,
pendayagunaan_hasil); mitramatch scores every candidate in a partner directory against those
needs with weighted criteria and Indonesian text relevance, ranks them, explains each rank and
suggests the partnership pattern.

>>> import mitramatch as mm
>>> sorted(mm.ASPECTS) == sorted(["dana", "tenaga", "sarana", "program", "pendayagunaan_hasil"])
True
"""

from __future__ import annotations

from .allocation import Allocation, allocate
from .batch import rank_chunked, rank_many
from .engine.aspects import ASPECT_LABELS, ASPECTS, CRITERIA, SECTORS
from .engine.index import DirectoryIndex
from .engine.needs import DEFAULT_WEIGHTS, Filters, Need, NeedsProfile, Organisation, load_needs
from .engine.organisations import load_organisations
from .engine.schema import load_directory
from .exceptions import InputError, MitramatchError, SchemaError
from .explain import Explanation
from .portfolio import Coalition, coverage_gaps, reciprocal_scores, recommend_coalition
from .ranking import Ranking, rank

__version__ = "0.1.0"

__all__ = [
    "ASPECTS",
    "ASPECT_LABELS",
    "CRITERIA",
    "DEFAULT_WEIGHTS",
    "SECTORS",
    "Allocation",
    "Coalition",
    "DirectoryIndex",
    "Explanation",
    "Filters",
    "InputError",
    "MitramatchError",
    "Need",
    "NeedsProfile",
    "Organisation",
    "Ranking",
    "SchemaError",
    "__version__",
    "allocate",
    "coverage_gaps",
    "load_directory",
    "load_needs",
    "load_organisations",
    "rank",
    "rank_chunked",
    "rank_many",
    "reciprocal_scores",
    "recommend_coalition",
]
