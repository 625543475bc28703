"""The scoring engine, and its public surface.

Data flows down the modules of this package: a directory is read (:mod:`mitramatch.io`) and
validated once (:mod:`.schema`), organisations' needs likewise (:mod:`.needs`,
:mod:`.organisations`); the partner side is indexed once (:mod:`.index`: text terms, regions,
capacities); a profile becomes a query under that index (:mod:`.query`); criteria score
partners (:mod:`.criteria` holds the contract, :mod:`.builtin` the five of the domain brief);
filters drop those that fail hard constraints (:mod:`.filters`); the scores are aggregated
(:mod:`.aggregation`); screening finds the few partners that can reach a top without scoring
everyone (:mod:`.screening`); and one rule orders them (:mod:`.ordering`).

Applications (the :class:`~mitramatch.ranking.Ranking` result, batch, chunked and Dask
ranking, coalitions, allocation, evaluation, plots, the command line) use only the names
exported here.
"""

from __future__ import annotations

from ..validation import LANGS, check_lang, check_top
from .aggregation import DECIMALS, NEED_GATE, contributions, totals
from .aspects import (
    ASPECT_LABELS,
    ASPECTS,
    COVERED_FIT,
    CRITERIA,
    SECTORS,
    USEFUL_FIT,
    covered,
    normalise_aspect,
)
from .builtin import NeedFit, Proximity, Reciprocity, TrackRecord, Vision
from .criteria import (
    NEUTRAL,
    Bound,
    Criterion,
    active_criteria,
    criterion_names,
    register_criterion,
    registered_criteria,
    unregister_criterion,
)
from .exchange import (
    KINDS,
    clause_kinds,
    kind_mask,
    kind_of,
    split_by_kind,
    typed_hits,
    typed_vectors,
)
from .filters import failed_filters, filter_mask
from .index import DirectoryIndex
from .needs import DEFAULT_WEIGHTS, Filters, Need, NeedsProfile, Organisation, load_needs
from .offers import Clause, OfferTexts, clauses_of, read_offers
from .ordering import order, order_frame, top_positions
from .organisations import (
    ORG_ID,
    OrganisationBatch,
    as_organisations,
    is_single_profile,
    load_organisations,
)
from .parallel import imap_forked, quiet_gc
from .parsing import canonical_header, parse_amount, parse_amounts, parse_bools, parse_decimals
from .query import Query, by_need_texts, prepare, prepare_many
from .regions import RegionTable, haversine_km, least_km_to_box, region_table
from .schema import (
    CAPACITY_COLUMNS,
    CONTRACT_COLUMNS,
    FREE_OFFERS,
    OFFER_COLUMNS,
    REQUIRED_COLUMNS,
    ROW,
    TEXT_COLUMNS,
    canonical_column,
    load_directory,
)
from .scoring import Scores, score, score_directory
from .screening import candidates, screen
from .text import (
    SATURATION,
    Analyzer,
    TextModel,
    TextQuery,
    Vocabulary,
    coverage,
    row_dot,
    similarity,
)
from .words import fmt, snippet

__all__ = [
    "ASPECTS",
    "ASPECT_LABELS",
    "CAPACITY_COLUMNS",
    "CONTRACT_COLUMNS",
    "COVERED_FIT",
    "CRITERIA",
    "DECIMALS",
    "DEFAULT_WEIGHTS",
    "FREE_OFFERS",
    "KINDS",
    "LANGS",
    "NEED_GATE",
    "NEUTRAL",
    "OFFER_COLUMNS",
    "ORG_ID",
    "REQUIRED_COLUMNS",
    "ROW",
    "SATURATION",
    "SECTORS",
    "TEXT_COLUMNS",
    "USEFUL_FIT",
    "Analyzer",
    "Bound",
    "Clause",
    "Criterion",
    "DirectoryIndex",
    "Filters",
    "Need",
    "NeedFit",
    "NeedsProfile",
    "OfferTexts",
    "Organisation",
    "OrganisationBatch",
    "Proximity",
    "Query",
    "Reciprocity",
    "RegionTable",
    "Scores",
    "TextModel",
    "TextQuery",
    "TrackRecord",
    "Vision",
    "Vocabulary",
    "active_criteria",
    "as_organisations",
    "by_need_texts",
    "candidates",
    "canonical_column",
    "canonical_header",
    "check_lang",
    "check_top",
    "clause_kinds",
    "clauses_of",
    "contributions",
    "coverage",
    "covered",
    "criterion_names",
    "failed_filters",
    "filter_mask",
    "fmt",
    "haversine_km",
    "imap_forked",
    "is_single_profile",
    "kind_mask",
    "kind_of",
    "least_km_to_box",
    "load_directory",
    "load_needs",
    "load_organisations",
    "normalise_aspect",
    "order",
    "order_frame",
    "parse_amount",
    "parse_amounts",
    "parse_bools",
    "parse_decimals",
    "prepare",
    "prepare_many",
    "quiet_gc",
    "read_offers",
    "region_table",
    "register_criterion",
    "registered_criteria",
    "row_dot",
    "score",
    "score_directory",
    "screen",
    "similarity",
    "snippet",
    "split_by_kind",
    "top_positions",
    "totals",
    "typed_hits",
    "typed_vectors",
    "unregister_criterion",
]
