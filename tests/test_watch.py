"""Watch mode: rebuild per batch of changes, survive broken saves, real watchfiles on real files.

Everything builds into tmp_path. Waits are bounded (threading.Event with a timeout), never a
sleep that hopes the watcher has caught up.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from briefing import cli, pipeline
from briefing import watch as watch_module
from briefing.pipeline import DEFAULT_TEMPLATES
from briefing.render import TEMPLATE_NAME
from briefing.watch import Rebuilder, describe, is_editor_temp, watch, watch_changes

ROOT = Path(__file__).resolve().parent.parent
WAIT = 10  # seconds: generous bound for a slow machine; a passing run takes milliseconds

ARTICLE = """\
Harbour reopens after storm repairs

The harbour reopened on Monday after three weeks of repairs to the sea wall.

"We are open for business again," said Ana Ruiz, the harbour master.

Fishing crews returned to their moorings within hours.
"""


def article(marker: str) -> str:
    return ARTICLE.replace("three weeks", f"three weeks ({marker})")


@pytest.fixture
def project(tmp_path):
    """A seed, a copy of the templates and an output folder, all under tmp_path."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    seed = seeds / "story.txt"
    seed.write_text(article("v0"), encoding="utf-8")
    templates = tmp_path / "templates"
    shutil.copytree(DEFAULT_TEMPLATES, templates)
    return seed, templates, tmp_path / "site"


def make_rebuilder(project, **kwargs) -> Rebuilder:
    seed, templates, out = project
    return Rebuilder(seed, out, templates, summarize=cli.summary, **kwargs)


def page(project) -> str:
    return (project[2] / "index.html").read_text(encoding="utf-8")


class Lines:
    """report / report_error callables that record lines and let a test wait for the next one."""

    def __init__(self) -> None:
        self.ok: list[str] = []
        self.errors: list[str] = []
        self._cond = threading.Condition()

    def report(self, line: str) -> None:
        with self._cond:
            self.ok.append(line)
            self._cond.notify_all()

    def report_error(self, line: str) -> None:
        with self._cond:
            self.errors.append(line)
            self._cond.notify_all()

    def count(self) -> int:
        return len(self.ok) + len(self.errors)

    def wait_for(self, count: int, timeout: float = WAIT) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self.count() >= count, timeout)


# --- the loop, driven by a finite fake change source -------------------------------------------------


def test_one_rebuild_per_batch_and_empty_batches_skipped():
    calls = []
    seen = watch([], lambda changed: calls.append(changed) or "ok", changes=[{Path("a")}, set(), {Path("a")}])
    assert seen == 2
    assert calls == [{Path("a")}, {Path("a")}]


def test_rebuild_line_names_the_change_and_the_counts(project, monkeypatch):
    monkeypatch.chdir(project[0].parent.parent)
    rebuilder, lines = make_rebuilder(project), Lines()
    rebuilder.build()
    watch([], rebuilder, changes=[{project[0]}], report=lines.report, report_error=lines.report_error)
    assert lines.errors == []
    (line,) = lines.ok
    assert line.startswith(f"seeds/story.txt changed: {project[2] / 'index.html'}: 1 quote from ")
    assert line.endswith(" ms)")
    assert rebuilder.generation == 2


def test_broken_saves_keep_the_last_good_page_and_the_next_good_save_rebuilds(project):
    seed, templates, out = project
    rebuilder, lines = make_rebuilder(project), Lines()
    rebuilder.build()
    good = page(project)

    def saves():
        for broken in (b"", b"Headline\n\nbroken \xc3\x28 bytes", b"Headline only\n"):
            seed.write_bytes(broken)
            yield {seed}
            assert len(lines.errors) == lines.count()  # every one of them failed ...
            assert page(project) == good  # ... and the page is the last good one
        seed.unlink()  # delete ...
        yield {seed}
        seed.write_text(article("v1"), encoding="utf-8")  # ... and recreate
        yield {seed}

    watch([seed, templates], rebuilder, changes=saves(), report=lines.report, report_error=lines.report_error)
    assert len(lines.errors) == 4
    for line in lines.errors:
        assert line.startswith(f"error: {seed}")
        assert "\n" not in line
    assert "empty" in lines.errors[0]
    assert "UTF-8" in lines.errors[1]
    assert "no such file" in lines.errors[3]
    assert len(lines.ok) == 1 and "(v1)" in page(project)
    assert rebuilder.generation == 2  # failed builds never count: the open page does not reload


def test_template_syntax_error_then_fix_clears_the_compiled_template(project):
    seed, templates, out = project
    template = templates / TEMPLATE_NAME
    original = template.read_text(encoding="utf-8")
    rebuilder, lines = make_rebuilder(project), Lines()
    rebuilder.build()
    good = page(project)

    def edits():
        template.write_text(original.replace("</title>", "</title>{% if %}"), encoding="utf-8")
        yield {template}
        assert page(project) == good
        template.write_text(original.replace("</title>", "</title>\n<!-- edited -->"), encoding="utf-8")
        yield {template}

    watch([seed, templates], rebuilder, changes=edits(), report=lines.report, report_error=lines.report_error)
    (error,) = lines.errors
    assert error.startswith("error: ") and TEMPLATE_NAME in error and "\n" not in error
    assert len(lines.ok) == 1 and "<!-- edited -->" in page(project)


def test_the_article_is_extracted_again_only_when_it_changed(project, monkeypatch):
    """A template edit or a save that changes nothing reuses the last extraction; an edit does not."""
    seed, templates, _ = project
    template = templates / TEMPLATE_NAME
    extracted = []
    real = pipeline.extract_within_budget
    monkeypatch.setattr(pipeline, "extract_within_budget", lambda a: extracted.append(a) or real(a))
    rebuilder = make_rebuilder(project)
    rebuilder.build()
    seed.write_text(article("v0"), encoding="utf-8")  # saved as it was
    rebuilder({seed})
    template.write_text(template.read_text(encoding="utf-8") + "<!-- edited -->\n", encoding="utf-8")
    rebuilder({template})
    assert len(extracted) == 1 and "<!-- edited -->" in page(project)
    seed.write_text(article("v1").replace("Ana Ruiz", "Ben Ortiz"), encoding="utf-8")
    rebuilder({seed})
    assert len(extracted) == 2
    assert "(v1)" in page(project) and "Ben Ortiz" in page(project) and "Ana Ruiz" not in page(project)


def test_an_unexpected_exception_is_one_line_and_the_loop_goes_on():
    lines = Lines()

    def rebuild(changed):
        if Path("boom") in changed:
            raise IndexError("list index out of range")
        return "built"

    watch(
        [],
        rebuild,
        changes=[{Path("boom")}, {Path("fine")}],
        report=lines.report,
        report_error=lines.report_error,
    )
    assert lines.errors == ["error: boom: IndexError: list index out of range; kept the last good page"]
    assert lines.ok == ["built"]


def test_describe_and_editor_temp_names():
    names = {Path(f"/elsewhere/{n}.txt") for n in "abcde"}
    assert describe(names) == "/elsewhere/a.txt, /elsewhere/b.txt, /elsewhere/c.txt and 2 more"
    for temp in (".briefing.html.j2.swp", "briefing.html.j2~", "#x#", "4913", ".#x.j2", "x.j2.tmp"):
        assert is_editor_temp(temp), temp
    assert not is_editor_temp("briefing.html.j2")


# --- real watchfiles, real files --------------------------------------------------------------------


@pytest.fixture
def running(project):
    """watch() on a thread with the real watcher; yields (lines, rebuilder); stops it afterwards."""
    rebuilder, lines = make_rebuilder(project), Lines()
    rebuilder.build()
    stop, ready = threading.Event(), threading.Event()
    seed, templates, _out = project
    thread = threading.Thread(
        target=watch,
        args=([seed, templates], rebuilder),
        kwargs={"report": lines.report, "report_error": lines.report_error, "stop": stop, "ready": ready.set},
        daemon=True,
    )
    thread.start()
    assert ready.wait(WAIT), "the watcher did not start"
    yield lines, rebuilder
    stop.set()
    thread.join(WAIT)
    assert not thread.is_alive()


def save_in_place(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def save_by_rename(path: Path, text: str, temp_name: str | None = None) -> None:
    temp = path.with_name(temp_name or f".{path.name}.swp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def test_real_watch_rebuilds_after_in_place_write_and_rename_save(project, running):
    lines, rebuilder = running
    seed = project[0]
    for n, save in enumerate([save_in_place, save_by_rename, save_in_place, save_by_rename], 1):
        save(seed, article(f"save {n}"))
        assert lines.wait_for(n), f"{save.__name__} #{n} was not seen"
        assert f"(save {n})" in page(project), lines.ok + lines.errors
    assert lines.errors == []
    assert rebuilder.generation == 5


def test_real_watch_delete_and_recreate(project, running):
    lines, _rebuilder = running
    seed = project[0]
    seed.unlink()
    seed.write_text(article("recreated"), encoding="utf-8")
    assert lines.wait_for(1)
    if "(recreated)" not in page(project):  # the delete arrived alone: one error line, then the create
        assert lines.wait_for(2)
    assert "(recreated)" in page(project)
    assert lines.ok, lines.errors


def test_real_watch_survives_a_broken_save_and_recovers(project, running):
    lines, _rebuilder = running
    seed = project[0]
    good = page(project)
    save_by_rename(seed, "")
    assert lines.wait_for(1)
    assert len(lines.errors) == 1 and "empty" in lines.errors[0]
    assert page(project) == good
    save_by_rename(seed, article("fixed"))
    assert lines.wait_for(2)
    assert "(fixed)" in page(project)


def test_real_watch_template_edit_rebuilds_and_editor_temp_files_do_not(project, running):
    lines, _rebuilder = running
    templates = project[1]
    (templates / f".{TEMPLATE_NAME}.swp").write_text("swap", encoding="utf-8")  # ignored
    template = templates / TEMPLATE_NAME
    edited = template.read_text(encoding="utf-8").replace("</title>", "</title><!-- t2 -->")
    save_by_rename(template, edited, temp_name="sedAb12Cd")  # as `sed -i` does
    assert lines.wait_for(1)
    assert lines.count() == 1, lines.ok + lines.errors
    assert lines.ok[0].startswith(f"{template.resolve()} changed: "), lines.ok[0]  # no .swp, no sed temp
    assert "<!-- t2 -->" in page(project)


def test_real_watch_changes_saved_together_give_one_batch(project):
    seed, templates, _out = project
    stop, ready, batches = threading.Event(), threading.Event(), []
    got = threading.Event()

    def collect():
        for batch in watch_changes([seed, templates], stop=stop, ready=ready.set, debounce=2000, step=200):
            if batch:
                batches.append(batch)
                got.set()

    thread = threading.Thread(target=collect, daemon=True)
    thread.start()
    try:
        assert ready.wait(WAIT)
        save_by_rename(seed, article("together"))
        save_in_place(templates / TEMPLATE_NAME, (templates / TEMPLATE_NAME).read_text(encoding="utf-8"))
        assert got.wait(WAIT)
    finally:
        stop.set()
        thread.join(WAIT)
    assert batches == [{seed.resolve(), (templates / TEMPLATE_NAME).resolve()}]


# --- the command line -------------------------------------------------------------------------------


def test_cli_watch_builds_reports_and_ctrl_c_exits_0(project, monkeypatch, capsys):
    seed, templates, out = project

    def changes(paths, *, ready, **_kwargs):
        ready()
        save_in_place(seed, article("cli"))
        yield {seed}
        raise KeyboardInterrupt

    monkeypatch.setattr(watch_module, "watch_changes", changes)
    code = cli.main(["--watch", "--seed", str(seed), "--templates", str(templates), "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    lines = captured.out.splitlines()
    assert lines[0].startswith(f"{out / 'index.html'}: 1 quote from ")
    assert lines[1].startswith("watching ")
    assert "story.txt changed:" in lines[2]
    assert lines[-1] == "stopped watching"
    assert captured.err == ""
    assert "(cli)" in page(project)


def test_cli_watch_process_exits_0_on_sigint(project):
    seed, templates, out = project
    command = [sys.executable, str(ROOT / "build.py"), "--watch", "--seed", str(seed)]
    command += ["--templates", str(templates), "--out", str(out)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = [process.stdout.readline(), process.stdout.readline()]
        assert lines[1].startswith("watching "), lines
        process.send_signal(signal.SIGINT)
        out_rest, err = process.communicate(timeout=WAIT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert out_rest == "stopped watching\n"
    assert err == ""


def test_cli_port_without_serve_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--port", "8001"])
    assert exc.value.code == 2
    assert "--port" in capsys.readouterr().err


def test_a_missing_bytecode_cache_folder_only_costs_the_compile(project, monkeypatch, tmp_path):
    from briefing import render

    cache = render.template_bytecode_cache()
    if cache is None:
        pytest.skip("no private temp folder for the bytecode cache on this machine")
    monkeypatch.setattr(cache, "directory", str(tmp_path / "gone"))
    render.load_template.cache_clear()
    try:
        assert "1 quote from" in make_rebuilder(project).build()
    finally:
        render.load_template.cache_clear()


# --- what is watched, and surviving names, deletions and its own output -----------------------------


def start_watch(project, out=None):
    """Like `running`, with another out folder; returns (lines, rebuilder, stop, thread)."""
    seed, templates, default_out = project
    out = out or default_out
    rebuilder, lines = Rebuilder(seed, out, templates, summarize=cli.summary), Lines()
    rebuilder.build()
    stop, ready = threading.Event(), threading.Event()
    ignore = [out, out / "index.html", out / "briefing.json"]
    thread = threading.Thread(
        target=watch,
        args=([seed, templates], rebuilder),
        kwargs={
            "report": lines.report,
            "report_error": lines.report_error,
            "stop": stop,
            "ready": ready.set,
            "ignore": ignore,
        },
        daemon=True,
    )
    thread.start()
    assert ready.wait(WAIT), "the watcher did not start"
    return lines, rebuilder, stop, thread


def stop_watch(stop, thread):
    stop.set()
    thread.join(WAIT)
    assert not thread.is_alive()


def inotify_watches() -> int:
    """How many inotify watches this process holds (Linux: /proc/self/fdinfo)."""
    count = 0
    for info in Path("/proc/self/fdinfo").iterdir():
        try:
            count += info.read_text().count("inotify wd:")
        except OSError:
            continue
    return count


def wait_until(condition, lines: Lines) -> bool:
    with lines._cond:
        return lines._cond.wait_for(condition, WAIT)


def test_only_the_seed_folder_and_the_templates_folder_are_watched(project):
    seed, templates, _out = project
    for n in range(40):
        (seed.parent / f"sub{n}").mkdir()
        (templates / f"part{n}").mkdir()
    before = inotify_watches()
    lines, _rebuilder, stop, thread = start_watch(project)
    try:
        assert inotify_watches() - before == 2
        (seed.parent / "sub1" / "notes.txt").write_text("not the seed", encoding="utf-8")
        save_in_place(seed, article("watched"))
        assert lines.wait_for(1)
        assert lines.count() == 1 and "story.txt changed" in lines.ok[0], lines.ok + lines.errors
    finally:
        stop_watch(stop, thread)


def test_a_name_that_is_not_utf8_beside_the_seed_does_not_stop_the_watch(project):
    seed, templates, _out = project
    lines, _rebuilder, stop, thread = start_watch(project)
    try:
        for folder in (seed.parent, templates):
            (Path(os.fsdecode(bytes(folder) + b"/caf\xe9.txt"))).write_text("x", encoding="utf-8")
        save_in_place(seed, article("after a bad name"))
        assert wait_until(lambda: "(after a bad name)" in page(project), lines), lines.ok + lines.errors
        save_by_rename(seed, article("and again"))
        assert wait_until(lambda: "(and again)" in page(project), lines), lines.ok + lines.errors
        assert thread.is_alive()
    finally:
        stop_watch(stop, thread)


@pytest.mark.parametrize("which", ["seed folder", "templates folder"])
def test_a_deleted_and_recreated_folder_is_watched_again(project, monkeypatch, which):
    seed, templates, _out = project
    monkeypatch.chdir(seed.parent.parent)
    folder = seed.parent if which == "seed folder" else templates
    saved = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    lines, _rebuilder, stop, thread = start_watch(project)
    try:
        shutil.rmtree(folder)
        assert wait_until(lambda: f"{folder.name} is gone; waiting for it to come back" in lines.ok, lines)
        folder.mkdir()
        for name, data in saved.items():
            (folder / name).write_bytes(data)
        save_in_place(seed, article("back"))
        assert wait_until(lambda: f"{folder.name} is back; watching again" in lines.ok, lines), lines.ok
        assert wait_until(lambda: "(back)" in page(project), lines), lines.ok + lines.errors
        count = lines.count()
        save_by_rename(seed, article("still watching"))
        assert wait_until(lambda: "(still watching)" in page(project), lines), lines.ok + lines.errors
        assert lines.count() == count + 1
    finally:
        stop_watch(stop, thread)


def test_an_out_folder_inside_the_templates_folder_starts_no_loop(project):
    seed, templates, _out = project
    lines, _rebuilder, stop, thread = start_watch(project, out=templates)
    try:
        save_in_place(seed, article("one"))
        assert lines.wait_for(1)
        save_in_place(seed, article("two"))
        assert lines.wait_for(2)
        assert [line.split(" changed: ")[0].rsplit("/", 1)[-1] for line in lines.ok] == ["story.txt"] * 2
        assert lines.errors == [] and lines.count() == 2, lines.ok
    finally:
        stop_watch(stop, thread)


def test_cli_watch_with_a_missing_seed_folder_is_one_line_and_exit_1(tmp_path, capsys):
    seed = tmp_path / "missing-folder" / "a.txt"
    code = cli.main(["--watch", "--seed", str(seed), "--out", str(tmp_path / "site")])
    captured = capsys.readouterr()
    assert (code, captured.out) == (1, "")
    assert captured.err == f"error: {seed.parent}: no such folder; check --seed\n"


def test_cli_watch_with_a_missing_templates_folder_is_one_line_and_exit_1(project, capsys):
    seed, templates, out = project
    shutil.rmtree(templates)
    code = cli.main(["--watch", "--seed", str(seed), "--templates", str(templates), "--out", str(out)])
    captured = capsys.readouterr()
    assert (code, captured.out) == (1, "")
    assert captured.err == f"error: {templates}: no such folder; check --templates\n"


def test_cli_watch_ignores_its_own_output_redirected_into_the_templates_folder(project):
    seed, templates, out = project
    log_file = templates / "watch.log"
    command = [sys.executable, str(ROOT / "build.py"), "--watch", "--seed", str(seed)]
    command += ["--templates", str(templates), "--out", str(out)]

    def wait_for_log(text: str, count: int = 1) -> str:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            logged = log_file.read_text(encoding="utf-8")
            if logged.count(text) >= count:
                return logged
            time.sleep(0.02)
        raise AssertionError(f"{text!r} x{count} never logged: {log_file.read_text(encoding='utf-8')}")

    with open(log_file, "w", encoding="utf-8") as handle:
        process = subprocess.Popen(command, stdout=handle, stderr=handle)
    try:
        wait_for_log("watching ")
        save_in_place(seed, article("first"))
        wait_for_log("story.txt changed")
        save_in_place(seed, article("second"))
        logged = wait_for_log("story.txt changed", 2)
        assert "watch.log" not in logged, logged
        assert logged.count(" changed: ") == 2, logged
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(WAIT)
