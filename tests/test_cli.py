"""The command line: exit codes, the one success line, one error line, and never losing a page."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import __version__, output, pipeline
from briefing.cli import main

PROJECT = Path(__file__).resolve().parent.parent
SEED = next((PROJECT / "seeds").glob("*.txt"))


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder, hidden ones too, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def good_site(tmp_path, capsys):
    """A seed copy and a site built from it, with a file of the user's own beside the outputs."""
    seed = tmp_path / "story.txt"
    shutil.copy(SEED, seed)
    out = tmp_path / "site"
    out.mkdir()
    (out / "notes.txt").write_text("my notes")
    assert run(capsys, "--seed", seed, "--out", out)[0] == 0
    return seed, out, snapshot(out)


def test_success_prints_one_line_and_writes_both_files(tmp_path, capsys):
    out = tmp_path / "site"
    code, stdout, stderr = run(capsys, "--seed", SEED, "--out", out)
    assert (code, stderr) == (0, "")
    assert re.fullmatch(rf"{re.escape(str(out))}/index.html: 9 quotes from \d+ speakers?\n", stdout)
    assert sorted(p.name for p in out.iterdir()) == ["briefing.json", "index.html"]


def test_building_twice_gives_identical_bytes(good_site, capsys):
    seed, out, before = good_site
    assert run(capsys, "--seed", seed, "--out", out)[0] == 0
    assert snapshot(out) == before


def test_files_the_build_did_not_write_are_kept(good_site):
    _, out, before = good_site
    assert before["notes.txt"] == b"my notes"
    assert sorted(before) == ["briefing.json", "index.html", "notes.txt"]


def break_seed_encoding(seed, templates, monkeypatch):
    seed.write_bytes(b"Title\n\n\xff\xfe\xfd")


def delete_seed(seed, templates, monkeypatch):
    seed.unlink()


def break_template(seed, templates, monkeypatch):
    (templates / "briefing.html.j2").write_text("{% for %}")


def crash_extraction(seed, templates, monkeypatch):
    def boom(article):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "extract_within_budget", boom)


def crash_json(seed, templates, monkeypatch):
    def boom(briefing):
        raise ValueError("bad json")

    monkeypatch.setattr(pipeline, "render_json_chunks", boom)


def edit(seed: Path) -> None:
    """A new paragraph: the next build has new bytes to write (unchanged files are left alone)."""
    with seed.open("a", encoding="utf-8") as handle:
        handle.write("\nA new paragraph.\n")


def fail_second_rename(seed, templates, monkeypatch):
    edit(seed)
    real = output.os.replace
    calls = []

    def replace(src, dst):
        if Path(dst).name in {"index.html", "briefing.json"}:  # not the template cache's own writes
            calls.append(dst)
        if len(calls) == 2 and calls[-1] == dst:
            raise OSError(5, "Input/output error", str(dst))
        real(src, dst)

    monkeypatch.setattr(output.os, "replace", replace)


def disk_full(seed, templates, monkeypatch):
    edit(seed)

    def fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", fsync)


FAILURES = [
    (break_seed_encoding, "{seed}: not UTF-8 (byte 0xff at offset 7); save the file as UTF-8"),
    (delete_seed, "{seed}: no such file; check the name and the folder"),
    (break_template, "{templates}/briefing.html.j2:1: Expected an expression, got 'end of statement block'"),
    (crash_extraction, "internal error (RuntimeError: boom); rerun with -v and report it"),
    (crash_json, "internal error (ValueError: bad json); rerun with -v and report it"),
    (
        fail_second_rename,
        "{out}/index.html: cannot write the site (Input/output error); check the --out folder",
    ),
    (disk_full, "{out}: cannot write the site (No space left on device); check the --out folder"),
]


@pytest.mark.parametrize(
    ("breakage", "expected"),
    FAILURES,
    ids=[
        "bad-encoding",
        "seed-deleted",
        "template-syntax",
        "extract-crash",
        "render-crash",
        "rename-fails",
        "disk-full",
    ],
)
def test_a_failing_build_after_a_good_one_leaves_the_good_one(
    good_site, tmp_path, capsys, monkeypatch, breakage, expected
):
    seed, out, before = good_site
    templates = tmp_path / "templates"
    shutil.copytree(PROJECT / "templates", templates)
    breakage(seed, templates, monkeypatch)
    code, stdout, stderr = run(capsys, "--seed", seed, "--out", out, "--templates", templates)
    message = expected.format(seed=seed, out=out, templates=templates.resolve())
    assert (code, stdout, stderr) == (1, "", f"error: {message}\n")
    assert snapshot(out) == before


def test_verbose_logs_the_traceback_and_still_ends_with_the_error_line(tmp_path, capsys, monkeypatch, caplog):
    crash_extraction(None, None, monkeypatch)
    code, _, stderr = run(capsys, "-v", "--seed", SEED, "--out", tmp_path / "site")
    assert code == 1
    assert [r.exc_info[0] for r in caplog.records if r.exc_info] == [RuntimeError]
    assert stderr.endswith("error: internal error (RuntimeError: boom); rerun with -v and report it\n")


def test_verbose_subprocess_shows_a_traceback(tmp_path):
    proc = subprocess.run(
        [sys.executable, "build.py", "-v", "--seed", tmp_path / "nope.txt", "--out", tmp_path / "site"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert "Traceback (most recent call last)" in proc.stderr
    assert proc.stderr.endswith(
        f"error: {tmp_path / 'nope.txt'}: no such file; check the name and the folder\n"
    )


def test_without_verbose_there_is_no_traceback(tmp_path, capsys):
    code, _, stderr = run(capsys, "--seed", tmp_path / "nope.txt", "--out", tmp_path / "site")
    assert code == 1
    assert stderr.count("\n") == 1 and "Traceback" not in stderr


def test_error_messages_are_folded_onto_one_line(tmp_path, capsys, monkeypatch):
    def boom(article):
        raise RuntimeError("first line\nsecond line")

    monkeypatch.setattr(pipeline, "extract_within_budget", boom)
    code, _, stderr = run(capsys, "--seed", SEED, "--out", tmp_path / "site")
    assert (code, stderr) == (
        1,
        "error: internal error (RuntimeError: first line second line); rerun with -v and report it\n",
    )


def test_out_is_a_file(tmp_path, capsys):
    out = tmp_path / "site"
    out.write_text("not a folder")
    code, stdout, stderr = run(capsys, "--seed", SEED, "--out", out)
    assert (code, stdout) == (1, "")
    assert stderr == f"error: {out}: not a folder; --out names the folder to write the page into\n"
    assert out.read_text() == "not a folder"


def test_the_article_is_never_overwritten_by_its_own_page(tmp_path, capsys):
    seed = tmp_path / "index.html"
    seed.write_text("<h1>Title</h1><p>“Hello,” she said.</p>")
    code, stdout, stderr = run(capsys, "--seed", seed, "--out", tmp_path)
    assert (code, stdout) == (1, "")
    assert stderr == f"error: {seed}: is also an output of this build; choose another --out folder\n"
    assert seed.read_text() == "<h1>Title</h1><p>“Hello,” she said.</p>"


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--no-such-option"])
    assert info.value.code == 2
    assert "unrecognized arguments: --no-such-option" in capsys.readouterr().err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"briefing {__version__}\n"


def test_build_py_as_a_subprocess_reports_errors_on_one_line(tmp_path):
    bad = tmp_path / "story.txt"
    bad.write_bytes(b"Headline\n\nCaf\xe9 society.")
    proc = subprocess.run(
        [sys.executable, "build.py", "--seed", bad, "--out", tmp_path / "site"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == f"error: {bad}: not UTF-8 (byte 0xe9 at offset 13); save the file as UTF-8\n"
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("port", ["99999", "-1", "65536", "eighty"])
def test_a_port_out_of_range_is_one_usage_line_and_exit_2(tmp_path, capsys, port):
    with pytest.raises(SystemExit) as info:
        main(["--serve", "--port", port, "--seed", str(SEED), "--out", str(tmp_path / "site")])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1].startswith("build.py: error: argument --port: ")
    assert "Traceback" not in err and not (tmp_path / "site").exists()


def test_a_seed_whose_name_is_not_utf8_builds(tmp_path, capsys):
    seed = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt"))
    shutil.copy(SEED, seed)
    out = tmp_path / "site"
    code, stdout, stderr = run(capsys, "--seed", seed, "--out", out)
    assert (code, stderr) == (0, "")
    assert stdout == f"{out / 'index.html'}: 9 quotes from 3 speakers\n"
    assert json.loads((out / "briefing.json").read_text("utf-8"))["source"]["file"] == "caf\ufffd.txt"
    assert "caf\ufffd.txt" in (out / "index.html").read_text("utf-8")


def test_an_output_that_is_a_folder_is_one_error_line(tmp_path, capsys):
    out = tmp_path / "site"
    (out / "index.html").mkdir(parents=True)
    code, stdout, stderr = run(capsys, "--seed", SEED, "--out", out)
    assert (code, stdout) == (1, "")
    assert stderr == f"error: {out / 'index.html'}: is a folder; remove it or choose another --out folder\n"


def test_an_unwritable_out_folder_is_named_not_a_temporary_file(tmp_path, capsys, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / "site" / ".index.html.abc123.tmp"))

    monkeypatch.setattr(output.tempfile, "mkstemp", denied)
    out = tmp_path / "site"
    code, stdout, stderr = run(capsys, "--seed", SEED, "--out", out)
    assert (code, stdout) == (1, "")
    assert stderr == f"error: {out}: cannot write the site (Permission denied); check the --out folder\n"


def test_out_cannot_be_the_folder_articles_are_found_in(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "story.txt")
    for argv in (["--out", "seeds"], ["--out", "seeds/", "--seed", "seeds/story.txt"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
        assert capsys.readouterr().err.splitlines()[-1] == (
            f"build.py: error: --out {argv[1].rstrip('/')} is the folder articles are looked for in; "
            "choose another --out folder"
        )
    assert sorted(p.name for p in (tmp_path / "seeds").iterdir()) == ["story.txt"]
    assert run(capsys, "--out", "site")[0] == 0


def test_a_missing_seed_given_with_seed_is_not_told_to_pass_seed(tmp_path, capsys):
    code, _, stderr = run(capsys, "--seed", tmp_path / "missing.txt", "--out", tmp_path / "site")
    assert code == 1
    assert stderr == f"error: {tmp_path / 'missing.txt'}: no such file; check the name and the folder\n"


def test_verbose_logs_each_step(tmp_path, capsys):
    out = tmp_path / "site"
    code, stdout, stderr = run(capsys, "-v", "--seed", SEED, "--out", out)
    assert code == 0 and stdout.endswith("9 quotes from 3 speakers\n")
    steps = [line for line in stderr.splitlines() if line.startswith("info: ")]
    paragraphs = len(json.loads((out / "briefing.json").read_text("utf-8"))["paragraphs"])
    assert steps == [
        f"info: reading {SEED}",
        f"info: read {SEED}: {paragraphs} paragraphs",
        "info: extracted 9 quotes from 3 speakers",
        f"info: rendering the page with {PROJECT / 'templates' / 'briefing.html.j2'}",
        f"info: wrote {out / 'briefing.json'} and {out / 'index.html'}",
    ]
    assert run(capsys, "--seed", SEED, "--out", out)[2] == ""  # and nothing without -v
