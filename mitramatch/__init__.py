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
from .budget import Budget, allocate_budget
from .checklist import Identification, checklist_text, identify_needs, needs_from_checklist
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
from .funder import OrganisationRanking, load_partner_profile, rank_organisations
from .gaps import coverage_gaps
from .history import HistoryTrackRecord
from .portfolio import Coalition, recommend_coalition
from .programmes import Programme, load_programmes, programme
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
    "Budget",
    "Coalition",
    "Criterion",
    "DirectoryIndex",
    "Explanation",
    "Filters",
    "HealthReport",
    "HistoryTrackRecord",
    "Identification",
    "InputError",
    "MergeResult",
    "MissingDependencyError",
    "MitramatchError",
    "Need",
    "NeedsProfile",
    "Organisation",
    "OrganisationBatch",
    "OrganisationRanking",
    "Programme",
    "Query",
    "Ranking",
    "Register",
    "SchemaError",
    "__version__",
    "allocate",
    "allocate_budget",
    "checklist_text",
    "coverage_gaps",
    "find_duplicates",
    "health_report",
    "identify_needs",
    "load_directory",
    "load_needs",
    "load_organisations",
    "load_partner_profile",
    "load_programmes",
    "load_register",
    "merge_directories",
    "needs_from_checklist",
    "programme",
    "rank",
    "rank_chunked",
    "rank_many",
    "rank_organisations",
    "reciprocal_scores",
    "recommend_coalition",
    "register_criterion",
    "registered_criteria",
    "unregister_criterion",
]
