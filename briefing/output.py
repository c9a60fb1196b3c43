"""Write output files so that a reader never sees half a page: temp file, then rename.

Every file is written in full to a temporary file in its own folder, flushed to disk, and
then moved over the old one with os.replace, which is atomic on one file system: a reader,
or a build killed at any moment, sees the old file or the new one, never a mix.

Several files (the page and its JSON) are staged together before any of them is moved, and
moved in the order given; if a move fails, the files already moved get their old bytes back.
Only the named files and our own temporary files are ever touched; a build killed before
its rename can leave one `.NAME.*.tmp` file behind, which the next build does not remove.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

NEW_FILE_MODE = 0o644


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write `content` to `path` via a temporary file in the same folder and os.replace."""
    write_all({path: content})


def write_all(files: dict[Path, str | bytes]) -> None:
    """Write several files all-or-nothing as far as a file system allows, in the given order.

    All contents are encoded and staged first, so a failure while writing changes nothing.
    The window in which some files are new and others old is the few microseconds between
    the renames; a failed rename puts the old bytes of the files already replaced back.
    """
    encoded = {path: as_bytes(content) for path, content in files.items()}
    staged: dict[Path, str] = {}
    try:
        for path, data in encoded.items():
            staged[path] = stage(path, data)
        replace_all(staged)
    finally:
        for tmp_name in staged.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)


def as_bytes(content: str | bytes) -> bytes:
    """UTF-8 with LF line endings, whatever the platform."""
    return content if isinstance(content, bytes) else content.encode("utf-8")


def stage(path: Path, data: bytes) -> str:
    """A complete, fsynced temporary copy of `data` next to `path`; returns its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, existing_mode(path))
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return tmp_name


def existing_mode(path: Path) -> int:
    """Keep the permissions of the file being replaced; new files get rw-r--r--."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return NEW_FILE_MODE


def replace_all(staged: dict[Path, str]) -> None:
    """Move each staged file into place; on failure, restore the ones already moved."""
    backups = {path: old_bytes(path) for path in staged}
    done: list[Path] = []
    try:
        for path, tmp_name in staged.items():
            os.replace(tmp_name, path)
            done.append(path)
    except BaseException:
        for path in reversed(done):
            restore(path, backups[path])
        raise
    for folder in {path.parent for path in staged}:
        sync_folder(folder)


def old_bytes(path: Path) -> bytes | None:
    """The current content of a regular file at `path`, or None if there is none to keep."""
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


def restore(path: Path, data: bytes | None) -> None:
    """Put a replaced file back as it was (or remove it if it did not exist); best effort."""
    try:
        if data is None:
            path.unlink(missing_ok=True)
        else:
            tmp_name = stage(path, data)
            try:
                os.replace(tmp_name, path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp_name)
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
