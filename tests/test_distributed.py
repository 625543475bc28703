"""The Dask backend: partitioned ranking equals in-memory ranking, duplicates across
partitions are refused."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mitramatch.batch import rank_many
from mitramatch.datasets import make_directory, make_organisations
from mitramatch.engine import load_organisations
from mitramatch.exceptions import SchemaError

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")
from mitramatch.distributed import rank_many_dask  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def directory() -> pd.DataFrame:
    return make_directory(1_500, seed=11)


@pytest.fixture(scope="module")
def orgs():
    return load_organisations(make_organisations(40, seed=12))


@pytest.fixture(scope="module")
def expected(directory, orgs) -> pd.DataFrame:
    return rank_many(directory, orgs, top=5)


@pytest.mark.parametrize("npartitions", [1, 3, 7])
def test_dask_equals_rank_many_for_a_dataframe(client, directory, orgs, expected, npartitions):
    got = rank_many_dask(directory, orgs, top=5, client=client, npartitions=npartitions)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)


def test_dask_equals_rank_many_for_files(client, directory, orgs, expected, tmp_path):
    pytest.importorskip("pyarrow")
    parquet = tmp_path / "partners.parquet"
    directory.to_parquet(parquet)
    got = rank_many_dask(str(parquet), orgs, top=5, client=client, npartitions=4)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    csv = tmp_path / "partners.csv"
    directory.to_csv(csv, index=False)
    got = rank_many_dask(csv, orgs, top=5, client=client, npartitions=3)
    pd.testing.assert_frame_equal(got, rank_many(csv, orgs, top=5), check_exact=True)


def test_dask_without_a_client_uses_the_default_scheduler(directory, orgs, expected):
    got = rank_many_dask(directory, orgs, top=5, npartitions=2)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)


def test_dask_keeps_everyone_with_top_none(client, directory, orgs):
    some = directory.head(200)
    got = rank_many_dask(some, orgs[:3], top=None, client=client, npartitions=3)
    pd.testing.assert_frame_equal(got, rank_many(some, orgs[:3], top=None), check_exact=True)


def test_dask_refuses_duplicate_ids_across_partitions(client, directory, orgs):
    frame = directory.head(300).copy()
    frame.loc[250, "partner_id"] = frame.loc[3, "partner_id"]
    duplicated = frame.loc[3, "partner_id"]
    with pytest.raises(SchemaError, match=rf"1 duplicated: '{duplicated}' \(rows 3, 250\)"):
        rank_many_dask(frame, orgs[:2], client=client, npartitions=3)


def test_dask_reports_a_broken_partition(client, directory, orgs):
    frame = directory.head(300).copy()
    frame.loc[200, "sector"] = "swsta"
    with pytest.raises(SchemaError, match=r"partition \d.*'swsta' \(did you mean 'swasta'\?\)"):
        rank_many_dask(frame, orgs[:2], client=client, npartitions=3)


def test_dask_refuses_bad_options(directory, orgs):
    with pytest.raises(ValueError, match="npartitions must be a positive integer"):
        rank_many_dask(directory, orgs, npartitions=0)
    with pytest.raises(ValueError, match="lang must be one of"):
        rank_many_dask(directory, orgs, lang="fr")


# -- the command line ---------------------------------------------------------------------------
def test_cli_rank_batch_dask_backend_equals_memory(client, directory, tmp_path):
    from mitramatch import cli

    partners, orgs_file = tmp_path / "partners.csv", tmp_path / "orgs.csv"
    directory.head(400).to_csv(partners, index=False)
    make_organisations(6, seed=13).to_csv(orgs_file, index=False)
    outputs = {}
    for backend in ("memory", "dask"):
        outputs[backend] = tmp_path / f"{backend}.csv"
        extra = ["--scheduler", client.scheduler.address] if backend == "dask" else []
        code = cli.main(
            [
                "rank-batch",
                str(partners),
                "--orgs",
                str(orgs_file),
                "--top",
                "3",
                "--backend",
                backend,
                *extra,
                "-o",
                str(outputs[backend]),
                "-q",
            ]
        )
        assert code == 0
    pd.testing.assert_frame_equal(
        pd.read_csv(outputs["dask"], dtype=str), pd.read_csv(outputs["memory"], dtype=str)
    )


def test_cli_scheduler_needs_the_dask_backend(capsys, tmp_path):
    from mitramatch import cli

    code = cli.main(["rank-batch", "p.csv", "--orgs", "o.csv", "--scheduler", "tcp://x:8786"])
    assert code == 2
    assert "--scheduler needs --backend dask" in capsys.readouterr().err


def test_partitions_read_the_offers_column_the_first_one_chose(client):
    # Under a header no rule knows, the offers column is found by its content; a partition
    # whose cells alone would not show it (an amount only) reads it all the same.
    frame = pd.DataFrame(
        {
            "No": ["1", "2", "3", "4"],
            "Nama Lembaga": ["UPTD BLK Kota Bengkulu", "Hotel Pantai Panjang",
                             "BAZNAS Kota Bengkulu", "Yayasan Raflesia"],
            "Sektor": ["pemerintah", "swasta", "masyarakat", "masyarakat"],
            "Peran Mitra": ["instruktur tata boga (4 orang)", "menerima siswa PKL dapur",
                            "zakat produktif modal usaha", "Rp 10.000.000 per kelompok"],
        }
    )  # fmt: skip
    needs = {"needs": {"dana": {"priority": 5, "description": "modal"}}}
    orgs = [needs]
    expected = rank_many(frame, orgs, top=None)
    got = rank_many_dask(frame, orgs, top=None, client=client, npartitions=4)
    assert got["partner_id"].tolist() == expected["partner_id"].tolist()
    assert np.allclose(got["score"], expected["score"])
