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
from .dedup import MergeResult, find_duplicates, merge_directories
from .engine import (
    ASPECT_LABELS,
    ASPECTS,
    CRITERIA,
    DEFAULT_WEIGHTS,
    NEUTRAL,
    SECTORS,
    Bound,
    Criterion,
    DirectoryIndex,
    Filters,
    Need,
    NeedsProfile,
    Organisation,
    OrganisationBatch,
    Query,
    load_directory,
    load_needs,
    load_organisations,
    register_criterion,
    registered_criteria,
    unregister_criterion,
)
from .exceptions import InputError, MissingDependencyError, MitramatchError, SchemaError
from .explain import Explanation
from .gaps import coverage_gaps
from .history import HistoryTrackRecord
from .portfolio import Coalition, recommend_coalition
from .ranking import Ranking, rank
from .reciprocal import reciprocal_scores
from .register import HealthReport, Register, health_report, load_register

__version__ = "0.2.0.dev0"

__all__ = [
    "ASPECTS",
    "ASPECT_LABELS",
    "CRITERIA",
    "DEFAULT_WEIGHTS",
    "NEUTRAL",
    "SECTORS",
    "Allocation",
    "Bound",
    "Coalition",
    "Criterion",
    "DirectoryIndex",
    "Explanation",
    "Filters",
    "HealthReport",
    "HistoryTrackRecord",
    "InputError",
    "MergeResult",
    "MissingDependencyError",
    "MitramatchError",
    "Need",
    "NeedsProfile",
    "Organisation",
    "OrganisationBatch",
    "Query",
    "Ranking",
    "Register",
    "SchemaError",
    "__version__",
    "allocate",
    "coverage_gaps",
    "find_duplicates",
    "health_report",
    "load_directory",
    "load_needs",
    "load_organisations",
    "load_register",
    "merge_directories",
    "rank",
    "rank_chunked",
    "rank_many",
    "reciprocal_scores",
    "recommend_coalition",
    "register_criterion",
    "registered_criteria",
    "unregister_criterion",
]
