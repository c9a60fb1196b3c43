"""output.py: files are replaced whole or not at all, and nothing else in the folder is touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing import output
from briefing.output import write_all, write_atomic

PROJECT = Path(__file__).resolve().parent.parent


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_write_atomic_creates_folder_and_writes_utf8_lf(tmp_path):
    target = tmp_path / "new" / "index.html"
    write_atomic(target, "“é”\nline\n")
    assert target.read_bytes() == "“é”\nline\n".encode()
    assert target.stat().st_mode & 0o777 == 0o644
    assert listing(target.parent) == {"index.html": target.read_bytes()}


def test_write_atomic_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    target = tmp_path / "index.html"
    target.write_text("old")
    target.chmod(0o600)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o600


def test_write_all_leaves_other_files_alone(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / ".hidden").write_text("also mine")
    write_all({tmp_path / "briefing.json": "{}\n", tmp_path / "index.html": "<p>"})
    assert listing(tmp_path) == {
        ".hidden": b"also mine",
        "briefing.json": b"{}\n",
        "index.html": b"<p>",
        "notes.txt": b"mine",
    }


def test_a_file_that_already_holds_the_new_bytes_is_not_rewritten(tmp_path, monkeypatch):
    (tmp_path / "briefing.json").write_text("same")
    (tmp_path / "index.html").write_text("old!")
    before = (tmp_path / "briefing.json").stat().st_ino, (tmp_path / "index.html").stat().st_ino
    synced = []
    monkeypatch.setattr(output.os, "fsync", synced.append)
    write_all({tmp_path / "briefing.json": "same", tmp_path / "index.html": "new!"})
    assert listing(tmp_path) == {"briefing.json": b"same", "index.html": b"new!"}
    assert (tmp_path / "briefing.json").stat().st_ino == before[0]  # left alone
    assert (tmp_path / "index.html").stat().st_ino != before[1]  # same size, other bytes: replaced
    assert len(synced) == 2  # the new page and the folder, not the JSON


def test_a_link_to_a_file_with_the_same_bytes_is_still_replaced(tmp_path):
    elsewhere = tmp_path / "elsewhere.html"
    elsewhere.write_text("page")
    (tmp_path / "index.html").symlink_to(elsewhere)
    write_atomic(tmp_path / "index.html", "page")
    assert not (tmp_path / "index.html").is_symlink()
    assert (tmp_path / "index.html").read_text() == "page"


def test_write_all_restores_the_first_file_when_a_later_rename_fails(tmp_path):
    """A folder where the page should go is only found on rename; the JSON gets its old bytes back."""
    (tmp_path / "briefing.json").write_text("old json")
    (tmp_path / "index.html").mkdir()
    with pytest.raises(OSError):
        write_all({tmp_path / "briefing.json": "new json", tmp_path / "index.html": "new page"})
    assert (tmp_path / "briefing.json").read_text() == "old json"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.json", "index.html"]


def test_write_all_removes_a_file_it_created_when_a_later_rename_fails(tmp_path):
    (tmp_path / "index.html").mkdir()
    with pytest.raises(OSError):
        write_all({tmp_path / "briefing.json": "new json", tmp_path / "index.html": "new page"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html"]


def test_write_all_encodes_everything_before_writing_anything(tmp_path):
    (tmp_path / "briefing.json").write_text("old")
    with pytest.raises(UnicodeEncodeError):
        write_all({tmp_path / "briefing.json": "new", tmp_path / "index.html": "\ud800"})
    assert listing(tmp_path) == {"briefing.json": b"old"}


def test_write_all_cleans_up_its_temporary_file_when_a_write_fails(tmp_path, monkeypatch):
    (tmp_path / "index.html").write_text("old")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(tmp_path / "index.html", "new")
    assert listing(tmp_path) == {"index.html": b"old"}


WRITER = """
import sys
from pathlib import Path
from briefing.output import write_atomic
target = Path(sys.argv[1])
versions = [c * {size} for c in "AB"]
n = 0
while True:
    write_atomic(target, versions[n % 2])
    n += 1
    if n == 1:
        print("ready", flush=True)
"""


@pytest.mark.parametrize("delay", [0.0, 0.013, 0.05, 0.11, 0.23])
def test_a_writer_killed_mid_write_leaves_a_whole_file(tmp_path, delay):
    """SIGKILL a process that rewrites a 4 MB page in a loop: the page is always one whole version."""
    size = 4 * 1024 * 1024
    target = tmp_path / "index.html"
    target.write_text("O" * size)
    assert kill_a_writer(target, size, delay) == -signal.SIGKILL
    content = target.read_bytes()
    assert content in (b"A" * size, b"B" * size)
    # What a kill can leave: the staged copy and, killed between keeping the old file under a
    # second name and renaming, that second name too. The next write removes both (below).
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "index.html"]
    assert all(name.startswith(".index.html.") and name.endswith((".tmp", ".old")) for name in leftovers)
    assert len([name for name in leftovers if name.endswith(".tmp")]) <= 1
    assert len(leftovers) <= 2


def test_a_symlinked_page_is_replaced_not_written_through(tmp_path):
    """The build replaces its own file name; a file a link points to elsewhere is never written."""
    elsewhere = tmp_path / "elsewhere.html"
    elsewhere.write_text("not ours")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").symlink_to(elsewhere)
    write_atomic(site / "index.html", "page")
    assert elsewhere.read_text() == "not ours"
    assert not (site / "index.html").is_symlink()
    assert (site / "index.html").read_text() == "page"


def test_the_next_write_removes_what_killed_writers_left_and_nothing_else(tmp_path):
    """Writers killed mid-write leave temporary files; the next write removes them, except the
    files of a writer still running and every file that is not ours."""
    size = 4 * 1024 * 1024
    target = tmp_path / "index.html"
    for delay in (0.0, 0.02, 0.05, 0.08):
        kill_a_writer(target, size, delay)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    (tmp_path / f".index.html.{dead.stdout.strip()}.old").write_text("left by a killed build")
    (tmp_path / f".index.html.{dead.stdout.strip()}.a1b2c3.tmp").write_text("left by a killed build")
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as running:
        try:
            alive = tmp_path / f".index.html.{running.pid}.k2j4x8.tmp"
            alive.write_text("another build is writing this")
            (tmp_path / ".index.html.notes").write_text("not ours")
            assert len(list(tmp_path.glob(".index.html.*"))) >= 4  # and whatever the kills left
            write_atomic(target, "new page")
            assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
                ["index.html", alive.name, ".index.html.notes"]
            )
        finally:
            running.kill()
    assert target.read_text() == "new page"


def kill_a_writer(target, size: int, delay: float) -> int:
    """Start a writer of `target`, kill it `delay` seconds into its write; its return code."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER.format(size=size), str(target)], cwd=PROJECT, stdout=subprocess.PIPE
    )
    try:
        assert proc.stdout.readline() == b"ready\n"
        time.sleep(delay)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
    return proc.returncode
