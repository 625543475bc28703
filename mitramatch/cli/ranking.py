"""``mitramatch rank``, ``rank-batch`` and ``coalition``: who can cover the needs."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from ..exceptions import MitramatchError, Text, render
from .common import (
    CRITERIA_MODULE_PREFIX,
    EXIT_OK,
    add_command,
    criteria_option,
    emit,
    input_options,
    load_criteria,
    note,
    output_options,
    positive_int,
    read_options,
    summary_files,
    summary_notes,
    workers_argument,
)

#: rank-batch reads a partner file larger than this in chunks of CHUNKSIZE rows.
CHUNK_ABOVE, CHUNKSIZE = 1 << 30, 200_000
_STREAMED = (".csv", ".tsv", ".tab", ".txt", ".parquet", ".pq")


def register(sub) -> None:
    p = add_command(sub, "rank", help="rank a partner directory against one needs profile")
    p.add_argument("partners", metavar="PARTNERS", help="partner directory (CSV/TSV/XLSX/Parquet)")
    p.add_argument("--needs", required=True, metavar="NEEDS", help="needs profile (TOML/JSON)")
    output_options(p)
    criteria_option(p)
    input_options(p)
    p.set_defaults(run=run_rank)

    p = add_command(
        sub,
        "rank-batch",
        help="rank a partner directory for many organisations (one per row of ORGS)",
        description="Rank PARTNERS for every organisation in ORGS; output has org_id first. "
        "PARTNERS is read whole, or in chunks with --chunksize (automatic above 1 GB) so "
        "that files larger than memory work, with the same result.",
    )
    p.add_argument("partners", metavar="PARTNERS", help="partner directory (CSV/TSV/XLSX/Parquet)")
    p.add_argument(
        "--orgs",
        required=True,
        metavar="ORGS",
        help="organisations, one per row: org_id, [organisation] fields, "
        "need_<aspect>_priority/_description/_quantity (CSV/TSV/XLSX/Parquet)",
    )
    output_options(p, top=10)
    criteria_option(p)
    input_options(p)
    p.add_argument(
        "--chunksize",
        type=positive_int,
        metavar="N",
        help="read PARTNERS N rows at a time, keeping only the best K per organisation",
    )
    p.add_argument(
        "--backend",
        choices=("memory", "dask"),
        default="memory",
        help="memory (default) or dask: partitions of PARTNERS ranked on a Dask cluster "
        "(needs mitramatch[dask])",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler to use with --backend dask, e.g. tcp://scheduler:8786 "
        "(default: a local cluster)",
    )
    workers_argument(p, "processes ranking organisations at once with --backend memory")
    p.set_defaults(run=run_rank_batch)

    p = add_command(
        sub,
        "coalition",
        help="choose a few partners that together cover the needs best",
        description="Choose at most K partners that together cover the needed aspects best "
        "(priority-weighted, diminishing returns for covering an aspect twice); say who covers "
        "what, the pattern of each member, and which needs nothing in the directory covers.",
    )
    p.add_argument("partners", metavar="PARTNERS", help="partner directory (CSV/TSV/XLSX/Parquet)")
    p.add_argument("--needs", required=True, metavar="NEEDS", help="needs profile (TOML/JSON)")
    p.add_argument(
        "--max-partners", type=positive_int, default=3, metavar="K", help="coalition size (3)"
    )
    output_options(p)
    criteria_option(p)
    input_options(p)
    p.set_defaults(run=run_coalition)


def run_rank(args: argparse.Namespace) -> int:
    from ..engine import DirectoryIndex, load_directory, load_needs
    from ..ranking import rank

    criteria = load_criteria(args.criteria)
    needs = load_needs(Path(args.needs), criteria=criteria)
    index = DirectoryIndex(load_directory(Path(args.partners), **read_options(args)))
    ranking = rank(index, needs, top=args.top, lang=args.lang, criteria=criteria)
    note(args, *ranking.notes)
    if len(ranking) == 0:
        raise MitramatchError(
            f"no partner in {args.partners} passes the filters of {args.needs} "
            f"({ranking.n_filtered_out} of {len(index)} removed); loosen [filters]"
        )
    emit(ranking.to_frame(), args, summary=_rank_summary(args, ranking, len(index)))
    return EXIT_OK


def _rank_summary(args: argparse.Namespace, ranking, size: int) -> list[tuple[object, ...]]:
    """The first sheet of ``rank --output FILE.xlsx``: the profile, the files, the notes."""
    from ..output import profile_summary

    rows = profile_summary(ranking.profile, args.lang)
    rows += [
        (Text("Ranking", "Peringkat"),),
        (Text("Partners in the directory", "Mitra dalam direktori"), size),
        (Text("Left out by the filters", "Tidak masuk karena filter"), ranking.n_filtered_out),
        (Text("Partners shown", "Mitra ditampilkan"), len(ranking)),
    ]
    rows += summary_files(args, partners=Text("Partner directory", "Direktori mitra"),
                   needs=Text("Needs profile", "Profil kebutuhan"))  # fmt: skip
    return rows + summary_notes(ranking.notes)


def run_rank_batch(args: argparse.Namespace) -> int:
    from .. import batch
    from ..engine import DirectoryIndex, load_directory, load_organisations

    if args.backend != "dask" and args.scheduler:
        raise MitramatchError("--scheduler needs --backend dask")
    if args.backend == "dask" and args.chunksize:
        raise MitramatchError("--chunksize is for --backend memory; Dask reads in partitions")
    if args.backend == "dask" and args.workers != 1:
        raise MitramatchError("--workers is for --backend memory; Dask has its own workers")
    criteria = load_criteria(args.criteria)
    orgs = load_organisations(Path(args.orgs))
    note(args, *(f"{args.orgs}: {render(line)}" for line in orgs.notes))
    partners = Path(args.partners)
    chunksize = args.chunksize
    if chunksize is None and args.backend == "memory" and _is_huge(partners):
        chunksize = CHUNKSIZE
        note(args, f"{partners} is larger than 1 GB: reading it {chunksize} rows at a time")
    if any(read_options(args).values()) and args.backend == "dask":
        raise MitramatchError(
            Text(
                "--header-row and --sheet are for PARTNERS read whole or in chunks; Dask "
                "partitions find the header by themselves",
                "--header-row dan --sheet berlaku untuk PARTNERS yang dibaca utuh atau per "
                "bagian; partisi Dask mencari baris judul kolom sendiri",
            )
        )
    progress = not args.quiet  # the bar itself appears only when stderr is a terminal
    if args.backend == "dask":
        frame = _rank_dask(args.partners, orgs, args, criteria)  # a str: may be a URL
        notes = []
    elif chunksize is not None:
        frame = batch.rank_chunked(
            partners, orgs, top=args.top, chunksize=chunksize, lang=args.lang,
            progress=progress, criteria=criteria, workers=args.workers, **read_options(args),
        )  # fmt: skip
        notes = frame.attrs.get("notes", [])
    else:
        index = DirectoryIndex(load_directory(partners, **read_options(args)))
        notes = index.frame.attrs.get("notes", [])
        frame = batch.rank_many(
            index, orgs, top=args.top, lang=args.lang, progress=progress, criteria=criteria,
            workers=args.workers,
        )  # fmt: skip
    # rendered in --lang (a Note made elsewhere would keep its own language; see note())
    note(args, *(f"{args.partners}: {render(line)}" for line in notes))
    ranked = set(frame["org_id"])
    missing = [org_id for org_id in orgs.ids if org_id not in ranked]
    if len(missing) == len(orgs.ids):
        raise MitramatchError(
            f"no partner in {args.partners} passes the filters of any organisation in "
            f"{args.orgs} (inactive partners are left out); check the directory's active column"
        )
    if missing:
        shown = ", ".join(missing[:10]) + (
            f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        )
        note(args, f"no partner passes the filters for {len(missing)} organisation(s): {shown}")
    summary = [
        (Text("Ranking many organisations", "Peringkat untuk banyak organisasi"),),
        (Text("Organisations", "Organisasi"), len(orgs.ids)),
        (Text("Organisations with partners", "Organisasi yang mendapat mitra"), len(ranked)),
        (Text("Partners kept per organisation", "Mitra per organisasi"), args.top or "-"),
        (Text("Rows", "Baris"), len(frame)),
    ]
    if missing:
        summary.append((Text("No partner passes the filters", "Tanpa mitra lolos filter"),
                        ", ".join(missing)))  # fmt: skip
    summary += summary_files(args, partners=Text("Partner directory", "Direktori mitra"),
                      orgs=Text("Organisations", "Daftar organisasi"))  # fmt: skip
    summary += summary_notes([*orgs.notes, *notes])
    emit(frame, args, summary=summary)
    return EXIT_OK


def _rank_dask(partners: str, orgs, args: argparse.Namespace, criteria: list) -> pd.DataFrame:
    from ..compat import import_optional_dependency

    distributed = import_optional_dependency("dask.distributed", purpose="--backend dask")
    from ..distributed import rank_many_dask

    options = {"top": args.top, "lang": args.lang, "criteria": criteria}
    if args.scheduler:
        with distributed.Client(args.scheduler) as client:
            _send_criteria(client, criteria)
            return rank_many_dask(partners, orgs, client=client, **options)
    with (
        distributed.LocalCluster(dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        _send_criteria(client, criteria)
        return rank_many_dask(partners, orgs, client=client, **options)


def _send_criteria(client, criteria: list) -> None:
    """Criteria from a file given on the command line live in no module the workers could
    import: upload the file to them under the module name it was loaded as."""
    import shutil
    import sys
    import tempfile

    sent = set()
    for criterion in criteria:
        module = sys.modules.get(type(criterion).__module__)
        if module is None or not module.__name__.startswith(CRITERIA_MODULE_PREFIX):
            continue
        if module.__name__ in sent:
            continue
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / f"{module.__name__}.py"
            shutil.copyfile(module.__file__, copy)
            client.upload_file(str(copy))
        sent.add(module.__name__)


def _is_huge(path: Path) -> bool:
    """Worth streaming: a CSV/TSV/Parquet file above CHUNK_ABOVE bytes."""
    try:
        return path.suffix.lower() in _STREAMED and path.stat().st_size > CHUNK_ABOVE
    except OSError:
        return False  # reading it will say what is wrong


def run_coalition(args: argparse.Namespace) -> int:
    from ..engine import DirectoryIndex, load_directory, load_needs
    from ..portfolio import recommend_coalition

    criteria = load_criteria(args.criteria)
    needs = load_needs(Path(args.needs), criteria=criteria)
    index = DirectoryIndex(load_directory(Path(args.partners), **read_options(args)))
    note(args, *index.notes)
    coalition = recommend_coalition(
        index, needs, max_partners=args.max_partners, lang=args.lang, criteria=criteria
    )
    if args.format == "table" and not args.output:
        print(coalition.summary())
        print(coalition.to_frame().to_string(index=False))
        return EXIT_OK
    from ..output import profile_summary

    summary = [
        *profile_summary(needs, args.lang),
        (Text("Coalition", "Koalisi"),),
        (Text("In one sentence", "Dalam satu kalimat"), coalition.summary()),
        *summary_files(args, partners=Text("Partner directory", "Direktori mitra"),
                needs=Text("Needs profile", "Profil kebutuhan")),
        *summary_notes(index.notes),
    ]  # fmt: skip
    emit(coalition.to_frame(), args, summary=summary)
    note(args, coalition.summary())
    return EXIT_OK
