"""Write output files so that a reader never sees half a page: temp file, then rename.

Every file is written in full to a temporary file in its own folder, flushed to disk, and
then moved over the old one with os.replace, which is atomic on one file system: a reader,
or a build killed at any moment, sees the old file or the new one, never a mix.

A file that already holds exactly the new bytes is left as it is.

Several files (the page and its JSON) are staged together before any of them is moved, and
moved in the order given; if a move fails, the files already moved get their old bytes back.
Only the named files and our own temporary files are ever touched. Temporary files carry
the writer's process id (`.NAME.PID.*.tmp`, `.NAME.PID.old`): a build killed before its
rename leaves them behind, and the next build removes those whose process is gone (never
those of a build still running beside it).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

NEW_FILE_MODE = 0o644


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write `content` to `path` via a temporary file in the same folder and os.replace."""
    write_all({path: content})


Content = str | bytes | Iterable[str]


def write_all(files: dict[Path, Content]) -> None:
    """Write several files all-or-nothing as far as a file system allows, in the given order.

    Every file is staged in full first (a content given as pieces is written piece by piece,
    so a long page is never held whole), so a failure while writing or rendering changes
    nothing. The window in which some files are new and others old is the few microseconds
    between the renames; a failed rename puts the old bytes of the files already replaced back.
    """
    for path in files:
        remove_leftovers(path)
    staged: dict[Path, str] = {}
    try:
        for path, content in files.items():
            chunks = as_chunks(content)
            first = next(chunks, b"")
            second = next(chunks, None)
            if second is None and holds(path, first):
                log.debug("%s is unchanged; not rewritten", path)
                continue
            staged[path] = stage(path, itertools.chain((first,), () if second is None else (second,), chunks))
        replace_all(staged)
    finally:
        for tmp_name in staged.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)


def as_chunks(content: Content) -> Iterator[bytes]:
    """UTF-8 bytes with LF line endings, whatever the platform, in the pieces given."""
    if isinstance(content, bytes):
        yield content
    elif isinstance(content, str):
        yield content.encode("utf-8")
    else:
        for piece in content:
            yield piece.encode("utf-8")


def holds(path: Path, content: bytes) -> bool:
    """Whether `path` is a regular file of exactly these bytes already.

    Rewriting such a file would change nothing but cost two fsyncs and a rename (in watch
    mode, a save that changes nothing, or a template edit that leaves the JSON as it was).
    Only content that comes in one piece is compared (a page under 64 KB), so a long page is
    never held whole to compare it.
    """
    try:
        found = os.lstat(path)
        if not stat.S_ISREG(found.st_mode) or found.st_size != len(content):
            return False
        with open(path, "rb") as handle:
            return handle.read(len(content) + 1) == content
    except OSError:
        return False


def stage(path: Path, content: Iterable[bytes]) -> str:
    """A complete, fsynced temporary copy of `content` next to `path`; returns its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in content:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, existing_mode(path))
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return tmp_name


def remove_leftovers(path: Path) -> None:
    """Remove the temporary files that killed builds left beside `path`; best effort."""
    ours = re.compile(rf"\.{re.escape(path.name)}\.(\d+)\.(?:\w+\.tmp|old)")
    try:
        names = os.listdir(path.parent)
    except OSError:
        return  # no folder yet: nothing left over
    for name in names:
        match = ours.fullmatch(name)
        if match and not process_alive(int(match.group(1))):
            with contextlib.suppress(OSError):
                os.unlink(path.parent / name)
                log.debug("removed %s, left by a build that was stopped", path.parent / name)


def process_alive(pid: int) -> bool:
    """Is there a process with this id (ours included)? Unknown counts as alive."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, under another user
    return True


def existing_mode(path: Path) -> int:
    """Keep the permissions of the file being replaced; new files get rw-r--r--."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return NEW_FILE_MODE


def replace_all(staged: dict[Path, str]) -> None:
    """Move each staged file into place; on failure, put back the ones already moved.

    The file being replaced is kept under a second name (a hard link, so nothing is read or
    copied) until every rename has gone through.
    """
    backups = {path: keep_old(path) for path in staged}
    done: list[Path] = []
    try:
        for path, tmp_name in staged.items():
            os.replace(tmp_name, path)
            done.append(path)
    except BaseException:
        for path in reversed(done):
            restore(path, backups[path])
        raise
    finally:
        for backup in backups.values():
            if backup:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(backup)
    for folder in {path.parent for path in staged}:
        sync_folder(folder)


NOTHING_BEFORE = ""  # restore() removes a file that did not exist before the build


def keep_old(path: Path) -> str | None:
    """A second name for the current file at `path`; NOTHING_BEFORE if there is none; None
    if it cannot be kept (the new file then stays, even if a later rename fails)."""
    if not os.path.lexists(path):
        return NOTHING_BEFORE
    backup = str(path.with_name(f".{path.name}.{os.getpid()}.old"))
    with contextlib.suppress(FileNotFoundError):
        os.unlink(backup)
    try:
        os.link(path, backup, follow_symlinks=False)
    except OSError as exc:
        log.warning("%s: cannot keep the previous version while replacing it (%s)", path, exc)
        return None
    return backup


def restore(path: Path, backup: str | None) -> None:
    """Put a replaced file back as it was (or remove it if it did not exist); best effort."""
    try:
        if backup == NOTHING_BEFORE:
            path.unlink(missing_ok=True)
        elif backup is not None:
            os.replace(backup, path)
    except OSError as exc:
        log.warning("%s: could not restore the previous version (%s)", path, exc)


def sync_folder(folder: Path) -> None:
    """Make the renames durable; not every platform can fsync a directory."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
