"""Stopping cleanly: SIGINT, SIGTERM and SIGHUP while a result is written (exit 130, 143, 129,
no traceback, an earlier output kept whole, no temporary file left), leftovers of killed runs
removed by the next run, and standard output closed early (``| head``: exit 0) or full
(exit 2).

A run is stopped while it writes by a seam, not by timing: the child process runs the real
``python -m mitramatch`` entry point with the CSV writer replaced by one that writes part of
the table, says so in a marker file and waits; the test then sends the signal. Ranking a
directory big enough to be caught writing by chance takes far too long for the test suite.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from mitramatch import cli
from mitramatch.io import write as io_write
from mitramatch.io.write import temporary_pattern

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
PARTNERS = DATA / "partners_oku.csv"
ORGS = DATA / "organisations_oku.csv"
NEEDS = DATA / "needs" / "pkbm_menjahit_oku.toml"
OLD = b"old,result\n1,kept whole\n"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

# The real entry point (mitramatch/__main__.py) with a CSV writer that stops half-way.
_STALLED = """
import os, runpy, sys, time
from pathlib import Path
import mitramatch.io.write as w
original = w._write_csv
def stalled(table, stream, **options):
    original(table.head(2), stream, **options)
    stream.flush()
    Path(os.environ["MITRAMATCH_TEST_MARKER"]).write_text("writing")
    time.sleep(120)
w._write_csv = stalled
sys.argv[0] = "mitramatch"
runpy.run_module("mitramatch", run_name="__main__", alter_sys=True)
"""


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.update(extra)
    return env


def _temporaries(target: Path) -> list[str]:
    pattern = temporary_pattern(target)
    return [p.name for p in target.parent.iterdir() if pattern.match(p.name)]


def _stalled_run(tmp_path: Path, target: Path) -> subprocess.Popen:
    """A ``rank ... -o target`` child that is writing target's temporary file, and waits."""
    marker = tmp_path / "marker"
    child = subprocess.Popen(
        [sys.executable, "-c", _STALLED, "rank", str(PARTNERS), "--needs", str(NEEDS),
         "-o", str(target)],
        env=_env(MITRAMATCH_TEST_MARKER=str(marker)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not marker.exists():
        if child.poll() is not None or time.monotonic() > deadline:
            child.kill()
            _out, err = child.communicate()
            pytest.fail(f"the run did not start writing: {child.returncode}\n{err}")
        time.sleep(0.02)
    return child


@pytest.mark.parametrize(
    ("signum", "code"),
    [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)],
    ids=["SIGINT", "SIGTERM", "SIGHUP"],
)
def test_a_signal_while_writing_stops_cleanly(tmp_path, signum, code):
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)
    child = _stalled_run(tmp_path, target)
    try:
        assert len(_temporaries(target)) == 1  # caught writing: the temporary file is there
        child.send_signal(signum)
        _out, err = child.communicate(timeout=60)
    finally:
        child.kill()
    assert child.returncode == code, err
    assert "Traceback" not in err
    assert "Exception ignored" not in err
    assert f"dihentikan ({signal.Signals(signum).name})" in err
    assert target.read_bytes() == OLD
    assert _temporaries(target) == []


def test_temporary_of_a_killed_run_is_removed_by_the_next(tmp_path, directory, needs_dict):
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)
    child = _stalled_run(tmp_path, target)
    child.kill()  # SIGKILL: no cleanup is possible
    child.communicate(timeout=60)
    left = _temporaries(target)
    assert len(left) == 1
    assert f".{child.pid}." in left[0]
    assert target.read_bytes() == OLD
    partners = tmp_path / "mitra.csv"
    directory.to_csv(partners, index=False)
    needs = tmp_path / "pkbm.json"
    needs.write_text(json.dumps(needs_dict), encoding="utf-8")
    assert cli.main(["rank", str(partners), "--needs", str(needs), "-o", str(target), "-q"]) == 0
    assert _temporaries(target) == []
    assert len(pd.read_csv(target)) == 7


def test_stale_temporaries_removed_and_live_ones_kept(tmp_path):
    target = tmp_path / "out.csv"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        time.sleep(0.05)
        names = {
            "dead": f".out.csv.{dead.pid}.0123abcd.tmp",
            "live": f".out.csv.{live.pid}.89abcdef.tmp",
            "reused": f".out.csv.{live.pid}.deadbeef.tmp",  # older than the live process
            "other": f".other.csv.{dead.pid}.0123abcd.tmp",
            "unlike": f".out.csv.{dead.pid}.tmp",
        }
        for name in names.values():
            (tmp_path / name).write_text("partial")
        os.utime(tmp_path / names["reused"], (time.time() - 3600, time.time() - 3600))
        folder = tmp_path / f".out.csv.{dead.pid}.00000000.tmp"  # e.g. a Parquet dataset
        folder.mkdir()
        (folder / "part.parquet").write_text("partial")
        io_write.write_table(pd.DataFrame({"a": [1]}), target)
        left = {p.name for p in tmp_path.iterdir()}
        assert names["dead"] not in left
        assert folder.name not in left
        assert names["reused"] not in left
        assert {names["live"], names["other"], names["unlike"], "out.csv"} <= left
    finally:
        live.kill()
        live.wait()


# -- in the process: a signal at a chosen moment ---------------------------------------------------
def _signalling_writer(monkeypatch, signum: int) -> None:
    original = io_write._write_csv

    def signalled(table, stream, **options):
        original(table.head(2), stream, **options)
        os.kill(os.getpid(), signum)  # handled right here, in the main thread
        raise AssertionError("the signal did not stop the run")  # pragma: no cover

    monkeypatch.setattr(io_write, "_write_csv", signalled)


@pytest.mark.parametrize(
    ("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)]
)
def test_signal_while_writing_a_file_in_process(files, tmp_path, capsys, monkeypatch, signum,
                                               code):  # fmt: skip
    partners, needs = files
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    _signalling_writer(monkeypatch, signum)
    argv = ["rank", str(partners), "--needs", str(needs), "-o", str(target), "--lang", "en"]
    assert cli.main(argv) == code
    err = capsys.readouterr().err
    assert f"interrupted ({signal.Signals(signum).name}); no file was left half-written" in err
    assert "Traceback" not in err
    assert target.read_bytes() == OLD
    assert _temporaries(target) == []
    # the handlers are the caller's again
    assert {s: signal.getsignal(s) for s in handlers} == handlers


def test_signal_while_writing_standard_output(files, capsys, monkeypatch):
    partners, needs = files
    _signalling_writer(monkeypatch, signal.SIGTERM)
    assert cli.main(["rank", str(partners), "--needs", str(needs)]) == 143
    err = capsys.readouterr().err
    assert "dihentikan (SIGTERM)" in err
    assert "Traceback" not in err


def test_signal_while_ranking(files, tmp_path, capsys, monkeypatch):
    partners, needs = files
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)

    def interrupted(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)
        raise AssertionError("the signal did not stop the run")  # pragma: no cover

    monkeypatch.setattr("mitramatch.ranking.rank", interrupted)
    assert cli.main(["rank", str(partners), "--needs", str(needs), "-o", str(target)]) == 130
    assert target.read_bytes() == OLD
    assert "Traceback" not in capsys.readouterr().err


# -- standard output closed early or full ----------------------------------------------------------
def test_standard_output_closed_early_ends_quietly(tmp_path):
    errors = tmp_path / "stderr.txt"
    with open(errors, "w") as err:
        child = subprocess.Popen(
            [sys.executable, "-m", "mitramatch", "rank-batch", str(PARTNERS), "--orgs",
             str(ORGS), "--top", "100", "-q"],
            env=_env(), stdout=subprocess.PIPE, stderr=err,
        )  # fmt: skip
        try:
            first = child.stdout.readline()  # like `| head -1`: read a line, then go
            child.stdout.close()
            code = child.wait(timeout=60)
        finally:
            child.kill()
    assert first.startswith(b"org_id,org_name,rank,")
    text = errors.read_text()
    assert code == 0, text
    assert "Traceback" not in text
    assert "Exception ignored" not in text
    assert "BrokenPipe" not in text


def test_through_a_shell_pipe_into_head(tmp_path):
    command = (
        f"{sys.executable} -m mitramatch rank-batch {PARTNERS} --orgs {ORGS} --top 100 -q "
        "| head -1; exit ${PIPESTATUS[0]}"
    )
    done = subprocess.run(
        ["bash", "-c", command], env=_env(), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("org_id,org_name,rank,")
    assert len(done.stdout.splitlines()) == 1
    assert done.stderr == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_standard_output_is_an_error(tmp_path):
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "mitramatch", "rank", str(PARTNERS), "--needs", str(NEEDS),
             "-q"],
            env=_env(), stdout=full, stderr=subprocess.PIPE, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "tidak dapat menulis ke keluaran standar" in done.stderr
    assert "Traceback" not in done.stderr
    assert "Exception ignored" not in done.stderr
