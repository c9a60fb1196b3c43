"""Watch mode: build once, then rebuild whenever the seed or a template changes.

`watch(paths, rebuild, changes=...)` is the loop; the changes come from watchfiles unless a
test passes its own finite iterable. Watchfiles watches the seed's folder and the templates
folder, not recursively, and keeps the events for our paths: a watch on the file itself
loses it at the first rename-save. The build's own outputs never count as a change, so an
out folder inside a watched one cannot start a loop of rebuilds.

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
from .model import Briefing
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
    ignore: Iterable[Path] = (),
    notice: Callable[[str], None] = log.warning,
    step: int = STEP_MS,
    debounce: int = DEBOUNCE_MS,
) -> Iterator[Changes]:
    """Batches of changed paths among `paths`: files, or folders whose files count as changes.

    Only the folder of each file and each folder itself are watched, not recursively: files
    are matched by name, so write-in-place, write-temp-then-rename and delete-and-recreate
    all show up as a change of the file. The `ignore` paths (the build's own outputs) never
    count. Yields an empty set when idle. `ready()` is called once the watches are first in
    place; a change made before that moment comes as the first batch.

    A watched folder that is deleted or replaced ends the watch: `notice` says so, the loop
    waits for the folder to come back, says so again, and resumes with a rebuild. A name the
    watcher cannot decode (not UTF-8) restarts the watch; changes meanwhile are not lost.
    """
    targets = Targets(paths, ignore)
    last = snapshot(targets)  # the files as the last build saw them
    resumed = False
    while stop is None or not stop.is_set():
        gone = [root for root in targets.roots if not root.is_dir()]
        if gone:
            notice(f"{display(gone[0])} is gone; waiting for it to come back")
            while any(not root.is_dir() for root in targets.roots):
                if stop is not None and stop.wait(IDLE_MS / 1000):
                    return
                if stop is None:
                    time.sleep(IDLE_MS / 1000)
                yield set()
            notice(f"{display(gone[0])} is back; watching again")
            resumed = True
        first = True
        for batch in watch_session(targets, stop, step, debounce):
            if first:  # the watches are in place: what changed that they did not see?
                now = snapshot(targets)
                batch = batch | {p for p in last.keys() | now.keys() if last.get(p) != now.get(p)}
                batch |= targets.files if resumed else set()
                first = resumed = False
                if ready is not None:
                    ready()
                    ready = None
            changed = {path for path in batch if targets.wanted(str(path))}
            yield changed
            if changed:
                last = snapshot(targets)


class Targets:
    """What is watched: the files, the folders, the folders that carry watches, what to ignore."""

    def __init__(self, paths: Sequence[Path], ignore: Iterable[Path]) -> None:
        resolved = [p.resolve() for p in paths]
        self.files = {p for p in resolved if p.is_file() or not p.exists() and p.suffix}
        self.folders = [p for p in resolved if p not in self.files]
        self.roots = sorted({f.parent for f in self.files} | set(self.folders))
        self.ignored = {str(p.resolve()) for p in ignore}
        self._file_names = {str(f) for f in self.files}
        self._folders = {str(f) for f in self.folders}

    def wanted(self, raw: str) -> bool:
        """A watched file, or a file directly in a watched folder that is not an editor's."""
        if raw in self.ignored:
            return False
        if raw in self._file_names:
            return True
        return (
            os.path.dirname(raw) in self._folders
            and not is_editor_temp(os.path.basename(raw))
            and not os.path.isdir(raw)
        )

    def identity(self) -> dict[Path, tuple[int, int] | None]:
        """Which folder each root is (device, inode), to notice one deleted and recreated."""
        found: dict[Path, tuple[int, int] | None] = {}
        for root in self.roots:
            try:
                info = root.stat()
                found[root] = (info.st_dev, info.st_ino)
            except OSError:
                found[root] = None
        return found


def watch_session(
    targets: Targets, stop: threading.Event | None, step: int, debounce: int
) -> Iterator[Changes]:
    """Batches from one watchfiles watcher, until it fails or a watched folder is replaced."""
    import watchfiles
    from watchfiles._rust_notify import WatchfilesRustInternalError

    identity = targets.identity()

    def wanted(_change: object, raw: str) -> bool:
        return targets.wanted(raw)

    try:
        for batch in watchfiles.watch(
            *targets.roots,
            watch_filter=wanted,
            step=step,
            debounce=debounce,
            stop_event=stop,
            rust_timeout=IDLE_MS,
            yield_on_timeout=True,
            recursive=False,
        ):
            yield {Path(raw) for raw in {raw for _change, raw in batch} - passing(batch)}
            if targets.identity() != identity:
                return  # a folder was deleted or replaced: its watch is gone; start again
    except (WatchfilesRustInternalError, OSError) as exc:  # a name that is not UTF-8, a folder gone
        log.debug("the watcher stopped (%s); starting it again", exc)
        time.sleep(IDLE_MS / 1000)  # never a busy loop, whatever keeps failing


def passing(batch: set[tuple[object, str]]) -> set[str]:
    """Files created and gone again within the batch: an editor's or a tool's temporary file."""
    import watchfiles

    added = {raw for change, raw in batch if change == watchfiles.Change.added}
    return {raw for raw in added if not os.path.exists(raw)}


def snapshot(targets: Targets) -> dict[Path, tuple[int, int]]:
    """(mtime, size) of each watched file, and of each file directly in the watched folders."""
    stamps = {}
    for path in [*targets.files, *(child for f in targets.folders if f.is_dir() for child in f.iterdir())]:
        try:
            info = path.stat()
        except OSError:
            continue
        stamps[path] = (info.st_mtime_ns, info.st_size)
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
    ignore: Iterable[Path] = (),
) -> int:
    """Call `rebuild(changed)` once per batch of changes and report the line it returns.

    A failed rebuild is reported as one `error:` line and the loop goes on. Returns the number
    of rebuilds attempted when the changes run out (a test's iterable, or `stop` being set).
    """
    if changes is None:
        changes = watch_changes(paths, stop=stop, ready=ready, ignore=ignore, notice=report)
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
        self.last: Briefing | None = None  # reused while the article stays the same

    def build(self) -> str:
        """One build; raises BriefingError and leaves the site as it was if it fails."""
        started = time.perf_counter()
        result = build(self.seed, self.out, templates=self.templates, reuse=self.last)
        self.last = result.briefing
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
