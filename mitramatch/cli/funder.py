"""``mitramatch rank-orgs`` and ``fund``: the partner's side (a funder, a dinas, a CSR unit)."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

import pandas as pd

from ..exceptions import InputError, MitramatchError, Text
from .common import EXIT_OK, add_command, emit, in_language, note, output_options, summary_files


def register(sub) -> None:
    """Add ``rank-orgs`` and ``fund`` to the ``mitramatch`` command line.

    >>> parser = argparse.ArgumentParser(prog="mitramatch")
    >>> register(parser.add_subparsers(dest="command"))
    >>> args = parser.parse_args(["fund", "--partner-profile", "csr.toml", "--orgs", "o.csv",
    ...                           "--budget", "Rp 1 M"])
    >>> args.partners, args.budget
    (None, 'Rp 1 M')
    """
    p = add_command(
        sub,
        "rank-orgs",
        help="rank organisations for one partner (a funder, a dinas): whom to support",
        description="Rank the organisations of ORGS (the batch layout) for one partner of "
        "PARTNERS (--partner ID) or described in a file (--partner-profile): how well the "
        "partner answers each one's needs, what it gets back, shared vision, proximity and "
        "the need's priority. Writes org_id, rank, name, score, the two directions, the need "
        "answered best, the amount asked and an explanation.",
    )
    _partner_options(p)
    output_options(p)
    p.set_defaults(run=run_rank_orgs)

    p = add_command(
        sub,
        "fund",
        help="share one partner's budget among organisations by priority and fit",
        description="Share one partner's budget in one aspect (dana by default; persons, "
        "places or participants for the others) among the organisations of ORGS: priority-"
        "weighted coverage with diminishing returns; nobody gets more than asked, the budget "
        "is never exceeded; critical needs left without anything are listed, and the split is "
        "compared with the stable, fit-only allocation of 'mitramatch allocate'.",
    )
    _partner_options(p)
    p.add_argument(
        "--budget",
        metavar="AMOUNT",
        help='what there is to share, e.g. "Rp 1 M", "500 juta", 20 '
        "(default: the partner's capacity in the aspect)",
    )
    p.add_argument(
        "--aspect", default="dana", metavar="ASPECT", help="the aspect shared (default dana)"
    )
    p.add_argument("--step", metavar="AMOUNT", help="grants are multiples of this")
    p.add_argument(
        "--min-grant",
        default="0",
        metavar="AMOUNT",
        help="withdraw grants smaller than this and share them again",
    )
    p.add_argument(
        "--min-fit",
        type=float,
        default=0.3,
        metavar="F",
        help="least fit of a request considered (default 0.3)",
    )
    p.add_argument(
        "--compare",
        action="store_true",
        help="add the stable allocation's amounts (allocate_granted, allocate_share)",
    )
    p.add_argument("--plot", metavar="FILE.png", help="save a picture of the split (needs [plot])")
    output_options(p)
    p.set_defaults(run=run_fund)


def _partner_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "partners",
        metavar="PARTNERS",
        nargs="?",
        help="partner directory holding --partner (CSV/TSV/XLSX/Parquet)",
    )
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--partner", metavar="ID", help="the partner_id of the partner in PARTNERS")
    who.add_argument(
        "--partner-profile",
        metavar="FILE",
        help="a partner not in a directory: TOML/JSON (docs/data-contract.md)",
    )
    p.add_argument(
        "--orgs",
        required=True,
        metavar="ORGS",
        help="organisations in the batch layout (CSV/TSV/XLSX/Parquet)",
    )
    p.add_argument("--sectors", metavar="LIST", help="sectors you support, comma-separated")
    p.add_argument("--kinds", metavar="LIST", help="kinds of organisation you support")
    p.add_argument(
        "--regions",
        metavar="LIST",
        help="regions you support: Kemendagri codes or names, comma-separated",
    )
    p.add_argument(
        "--max-distance-km", type=float, metavar="KM", help="support organisations at most this far"
    )


def _partner(args: argparse.Namespace) -> dict:
    """The partner and its supports, as keyword arguments of the library functions."""
    if args.partner and not args.partners:
        raise InputError(
            Text(
                "--partner names a partner of a directory: give PARTNERS too (or use "
                "--partner-profile FILE)",
                "--partner menyebut mitra dalam direktori: sertakan juga PARTNERS (atau pakai "
                "--partner-profile FILE)",
            )
        )
    if args.max_distance_km is not None and not args.max_distance_km > 0:
        raise InputError(
            Text(
                f"--max-distance-km must be above 0; got {args.max_distance_km:g}",
                f"--max-distance-km harus lebih dari 0; tertulis {args.max_distance_km:g}",
            )
        )

    def listed(value: str | None):
        return [v.strip() for v in value.split(",") if v.strip()] if value else None

    supports = {
        "sectors": listed(args.sectors),
        "kinds": listed(args.kinds),
        "regions": listed(args.regions),
        "max_distance_km": args.max_distance_km,
    }
    return {
        "partner": args.partner,
        "partner_profile": Path(args.partner_profile) if args.partner_profile else None,
        "supports": {k: v for k, v in supports.items() if v is not None},
    }


def _readable(frame: pd.DataFrame, head: str, width: int = 100) -> str:
    lines = [head]
    for r in frame.itertuples(index=False):
        lines.append(f"{r.rank:>3}. {r.name} [{r.org_id}]  {r.score:.3f}")
        lines.append(
            textwrap.fill(
                str(r.explanation), width, initial_indent="     ", subsequent_indent="     "
            )
        )
    return "\n".join(lines)


@in_language
def run_rank_orgs(args: argparse.Namespace) -> int:
    from ..funder import rank_organisations

    partners = Path(args.partners) if args.partners else None
    ranking = rank_organisations(
        partners, Path(args.orgs), top=args.top, lang=args.lang, **_partner(args)
    )
    for row in ranking.left_out.itertuples(index=False):
        note(args, f"{row.org_id}: {row.reason}")
    if not len(ranking):
        raise MitramatchError(
            Text(
                f"no organisation in {args.orgs} passes the filters ({len(ranking.left_out)} "
                "left out, see the notes); loosen --sectors/--kinds/--regions/--max-distance-km",
                f"tidak ada organisasi di {args.orgs} yang lolos filter ({len(ranking.left_out)} "
                "tidak masuk, lihat catatan); longgarkan --sectors/--kinds/--regions/"
                "--max-distance-km",
            )
        )
    frame = ranking.to_frame()
    if args.format == "table" and not args.output:
        print(_readable(frame, ranking.summary()))
    else:
        summary = [
            (Text("Organisations ranked for a partner", "Organisasi diperingkat untuk mitra"),),
            (Text("In one sentence", "Ringkasnya"), ranking.summary()),
            *summary_files(args, orgs=Text("Organisations", "Daftar organisasi")),
        ]
        emit(frame, args, summary=summary)
        note(args, ranking.summary())
    return EXIT_OK


@in_language
def run_fund(args: argparse.Namespace) -> int:
    from ..budget import allocate_budget

    if not 0.0 <= args.min_fit <= 1.0:
        raise InputError(
            Text(
                f"--min-fit must be between 0 and 1; got {args.min_fit:g}",
                f"--min-fit harus antara 0 dan 1; tertulis {args.min_fit:g}",
            )
        )
    partners = Path(args.partners) if args.partners else None
    budget = allocate_budget(
        partners,
        Path(args.orgs),
        budget=args.budget,
        aspect=args.aspect,
        step=args.step,
        min_grant=args.min_grant,
        min_fit=args.min_fit,
        lang=args.lang,
        **_partner(args),
    )
    frame = budget.to_frame()
    if args.compare:
        frame = frame.merge(
            budget.compare()[["org_id", "allocate_granted", "allocate_share"]],
            on="org_id",
            how="left",
        )
    if args.plot:
        _save_plot(budget, args.plot)
    if args.format == "table" and not args.output:
        for r in frame.itertuples(index=False):
            print(f"{r.name} [{r.org_id}]: {budget.amount(r.granted)}")
            print(
                textwrap.fill(
                    str(r.explanation), 100, initial_indent="    ", subsequent_indent="    "
                )
            )
    else:
        summary = [
            (Text("A budget shared", "Anggaran yang dibagi"),),
            (Text("In one paragraph", "Ringkasnya"), budget.summary()),
            *((Text("Compared with allocate", "Dibanding allocate"), line)
              for line in budget.comparison_summary().splitlines()),
            *summary_files(args, orgs=Text("Organisations", "Daftar organisasi")),
        ]  # fmt: skip
        emit(frame, args, summary=summary)
    note(args, budget.summary(), *budget.comparison_summary().splitlines())
    return EXIT_OK


def _save_plot(budget, path: str) -> None:
    import io

    from ..writing import write_file

    if Path(path).suffix.lower() not in (".png", ".svg", ".pdf"):
        raise InputError(
            Text(
                f"--plot {path}: expected a .png, .svg or .pdf file name",
                f"--plot {path}: nama berkas harus berakhiran .png, .svg atau .pdf",
            )
        )
    figure = budget.plot().figure
    buffer = io.BytesIO()
    try:
        figure.savefig(buffer, format=Path(path).suffix[1:].lower(), dpi=120)
    finally:
        import matplotlib.pyplot as plt  # loaded by the plot already

        plt.close(figure)
    write_file(path, buffer.getvalue())
    print(
        f"mitramatch: {Text('wrote the picture to', 'gambar ditulis ke')} {path}", file=sys.stderr
    )
