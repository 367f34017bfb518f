"""Find the readable files of a corpus given as folders and files.

Folders are walked with an explicit stack, so deep nesting cannot exhaust Python's recursion
(os.walk recurses before Python 3.12). Links are followed, but each folder and each file is
taken once, so link loops end and a file linked twice is read once.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from explorer.corpus.model import Problem, SourceFile
from explorer.corpus.read import SUPPORTED_SUFFIXES

# Hidden files and folders, and the lock files Word leaves beside an open document.
_SKIPPED_PREFIXES = (".", "~$")


def discover(roots: Iterable[Path | str]) -> tuple[list[SourceFile], list[Problem]]:
    """The corpus's files, sorted and unique, and one problem per path that cannot be used."""
    problems: list[Problem] = []
    found: dict[tuple[int, int], SourceFile] = {}
    for given in roots:
        root = Path(given).expanduser().absolute()  # so every path found below is absolute
        if _unusable_name(root, problems):
            continue
        try:
            info = root.stat()
        except OSError as exc:
            problems.append(Problem(root, _missing_reason(root, exc)))
            continue
        if stat.S_ISDIR(info.st_mode):
            candidates = 0
            for path in _walk(root, problems):
                candidates += 1
                _add(path, found, problems)
            if not candidates:
                problems.append(
                    Problem(root, f"nothing to read in this folder (no {_kinds()} files)")
                )
        elif root.suffix.lower() in SUPPORTED_SUFFIXES:
            _add(root, found, problems)
        else:
            problems.append(
                Problem(
                    root,
                    f"unsupported file type '{root.suffix or root.name}' (readable: {_kinds()})",
                )
            )
    return sorted(found.values(), key=lambda source: str(source.path)), problems


def _walk(root: Path, problems: list[Problem]) -> Iterator[Path]:
    """Every file below `root` with a supported suffix, folder by folder in name order."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            problems.append(Problem(folder, f"folder cannot be opened ({exc.strerror or exc})"))
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith(_SKIPPED_PREFIXES):
                continue
            path = Path(entry.path)
            folder_entry = _is_folder(entry)
            if not folder_entry and path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            if _unusable_name(path, problems):
                continue
            if folder_entry:
                subfolders.append(path)
            else:
                yield path
        stack.extend(reversed(subfolders))


def _add(path: Path, found: dict[tuple[int, int], SourceFile], problems: list[Problem]) -> None:
    """Record one file, once however many links lead to it; say why when it cannot be used."""
    try:
        info = path.stat()
    except OSError as exc:
        problems.append(Problem(path, _missing_reason(path, exc)))
        return
    if not stat.S_ISREG(info.st_mode):  # reading a pipe or a device would never end
        problems.append(Problem(path, "not a regular file"))
        return
    identity = (info.st_dev, info.st_ino)
    if identity not in found:
        found[identity] = SourceFile(path=path, size=info.st_size, mtime_ns=info.st_mtime_ns)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows links; a link loop is not a folder
    except OSError:
        return False


def _unusable_name(path: Path, problems: list[Problem]) -> bool:
    """A name that is not valid UTF-8 cannot be stored or shown; say so instead of failing later."""
    name = str(path)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        problems.append(Problem(Path(shown), "the name is not valid UTF-8; rename it to read it"))
        return True
    return False


def _missing_reason(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "link loop: the link leads back to itself"
    if error.errno == errno.ENOENT:
        if os.path.islink(path):
            return "broken link: its target does not exist"
        return "no such file or folder"
    return f"cannot be opened ({error.strerror or error})"


def _kinds() -> str:
    return ", ".join(sorted(SUPPORTED_SUFFIXES))
