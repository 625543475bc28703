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

from .aspects import ASPECT_LABELS, ASPECTS, CRITERIA, SECTORS, normalise_aspect
from .index import DirectoryIndex, Prepared
from .needs import DEFAULT_WEIGHTS, Filters, Need, NeedsProfile, Organisation, load_needs
from .organisations import ORG_ID, OrganisationBatch, load_organisations
from .schema import CONTRACT_COLUMNS, OFFER_COLUMNS, ROW, load_directory

__all__ = [
    "ASPECTS",
    "ASPECT_LABELS",
    "CONTRACT_COLUMNS",
    "CRITERIA",
    "DEFAULT_WEIGHTS",
    "OFFER_COLUMNS",
    "ORG_ID",
    "ROW",
    "SECTORS",
    "DirectoryIndex",
    "Filters",
    "Need",
    "NeedsProfile",
    "Organisation",
    "OrganisationBatch",
    "Prepared",
    "load_directory",
    "load_needs",
    "load_organisations",
    "normalise_aspect",
]
