"""Watch mode: build once, then rebuild whenever the seed or a template changes.

`watch(paths, rebuild, changes=...)` is the loop; the changes come from watchfiles unless a
test passes its own finite iterable. Watchfiles watches the parent *directories* and keeps
the events for our paths: a watch on the file itself loses it at the first rename-save.

A rebuild that fails (a half-saved seed, a template syntax error) reports one line and the
loop goes on: the build writes nothing until everything has rendered, so the last good page
stays in place. Nothing here prints; the command line passes `report` callables.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path

from .errors import BriefingError
from .pipeline import BuildResult, build
from .render import load_template

log = logging.getLogger(__name__)

STEP_MS = 10  # a batch is complete once no event has arrived for this long ...
DEBOUNCE_MS = 300  # ... or once it has been collecting for this long
IDLE_MS = 100  # how often the watcher wakes up when nothing happens (readiness, stop checks)
EDITOR_TEMP_SUFFIXES = ("~", ".swp", ".swo", ".swx", ".tmp", ".bak", ".orig")

Changes = set[Path]


def is_editor_temp(name: str) -> bool:
    """Backup, swap and lock files that editors write next to the file being saved."""
    return name.startswith((".", "#")) or name.endswith(EDITOR_TEMP_SUFFIXES) or name == "4913"


def watch_changes(
    paths: Sequence[Path],
    *,
    stop: threading.Event | None = None,
    ready: Callable[[], object] | None = None,
    step: int = STEP_MS,
    debounce: int = DEBOUNCE_MS,
) -> Iterator[Changes]:
    """Batches of changed paths among `paths` (files, or folders watched with their contents).

    Files are watched through their folder and matched by name, so write-in-place,
    write-temp-then-rename and delete-and-recreate all show up as a change of the file.
    Yields an empty set when idle. `ready()` is called once the watches are in place; a
    change made between the call of this function and that moment comes as the first batch.
    """
    import watchfiles

    resolved = [p.resolve() for p in paths]
    files = {str(p) for p in resolved if not p.is_dir()}
    folders = tuple(str(p) + os.sep for p in resolved if p.is_dir())
    roots = sorted({str(Path(f).parent) for f in files} | {f.rstrip(os.sep) for f in folders})

    before = snapshot(resolved)

    def wanted(_change: object, raw: str) -> bool:
        if raw in files:
            return True
        return raw.startswith(folders) and not is_editor_temp(os.path.basename(raw))

    for batch in watchfiles.watch(
        *roots,
        watch_filter=wanted,
        step=step,
        debounce=debounce,
        stop_event=stop,
        rust_timeout=IDLE_MS,
        yield_on_timeout=True,
    ):
        if before is not None:  # the first answer: the watches are in place
            now = snapshot(resolved)
            missed = {p for p in before.keys() | now.keys() if before.get(p) != now.get(p)}
            batch = batch | {(None, str(p)) for p in missed if wanted(None, str(p))}
            before = None
            if ready is not None:
                ready()
        yield {Path(raw) for raw in {raw for _change, raw in batch} - passing(batch)}


def passing(batch: set[tuple[object, str]]) -> set[str]:
    """Files created and gone again within the batch: an editor's or a tool's temporary file."""
    import watchfiles

    added = {raw for change, raw in batch if change == watchfiles.Change.added}
    return {raw for raw in added if not os.path.exists(raw)}


def snapshot(paths: Iterable[Path]) -> dict[Path, tuple[int, int]]:
    """(mtime, size) of each watched file, and of each file in the watched folders."""
    stamps = {}
    for path in paths:
        for file in path.rglob("*") if path.is_dir() else [path]:
            try:
                stat = file.stat()
            except OSError:
                continue
            stamps[file] = (stat.st_mtime_ns, stat.st_size)
    return stamps


def watch(
    paths: Sequence[Path],
    rebuild: Callable[[Changes], str],
    *,
    changes: Iterable[Changes] | None = None,
    report: Callable[[str], None] = log.info,
    report_error: Callable[[str], None] = log.error,
    stop: threading.Event | None = None,
    ready: Callable[[], object] | None = None,
) -> int:
    """Call `rebuild(changed)` once per batch of changes and report the line it returns.

    A failed rebuild is reported as one `error:` line and the loop goes on. Returns the number
    of rebuilds attempted when the changes run out (a test's iterable, or `stop` being set).
    """
    if changes is None:
        changes = watch_changes(paths, stop=stop, ready=ready)
    elif ready is not None:
        ready()
    attempts = 0
    for changed in changes:
        if changed:
            attempts += 1
            attempt(partial(rebuild, changed), describe(changed), report, report_error)
    return attempts


def attempt(
    action: Callable[[], str], what: str, report: Callable[[str], None], report_error: Callable[[str], None]
) -> bool:
    """Run one build and report its line, or one `error:` line if it fails; never raise."""
    try:
        report(action())
        return True
    except BriefingError as exc:
        report_error(f"error: {exc}; kept the last good page")
    except Exception as exc:  # a bug tripped by a half-edited file must not stop the watching
        log.debug("rebuild failed", exc_info=True)
        report_error(f"error: {what}: {type(exc).__name__}: {exc}; kept the last good page")
    return False


def describe(changed: Iterable[Path], limit: int = 3) -> str:
    """`seeds/a.txt, templates/b.j2 and 2 more`, relative to the working folder when inside it."""
    names = sorted(display(p) for p in changed)
    if len(names) > limit:
        return f"{', '.join(names[:limit])} and {len(names) - limit} more"
    return ", ".join(names)


def display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class Rebuilder:
    """What watch mode calls per batch: clear stale templates, build, count the builds.

    `generation` counts successful builds; `on_built(generation)` tells the live-reload
    server. `summarize(result)` turns a build into the line the command line shows.
    """

    def __init__(
        self,
        seed: Path,
        out: Path,
        templates: Path,
        *,
        summarize: Callable[[BuildResult], str],
        on_built: Callable[[int], None] | None = None,
    ) -> None:
        self.seed = seed
        self.out = out
        self.templates = templates
        self.summarize = summarize
        self.on_built = on_built
        self.generation = 0

    def build(self) -> str:
        """One build; raises BriefingError and leaves the site as it was if it fails."""
        started = time.perf_counter()
        result = build(self.seed, self.out, templates=self.templates)
        elapsed = (time.perf_counter() - started) * 1000
        self.generation += 1
        if self.on_built is not None:
            self.on_built(self.generation)
        return f"{self.summarize(result)} ({elapsed:.0f} ms)"

    def __call__(self, changed: Changes) -> str:
        if self.touches_templates(changed):
            load_template.cache_clear()
        return f"{describe(changed)} changed: {self.build()}"

    def touches_templates(self, changed: Changes) -> bool:
        folder = self.templates.resolve()
        return any(path.resolve().is_relative_to(folder) for path in changed)
