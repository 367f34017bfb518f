"""Find the readable files of a corpus given as folders and files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from explorer.corpus.model import Problem, SourceFile
from explorer.corpus.read import SUPPORTED_SUFFIXES


def _source(path: Path) -> SourceFile:
    stat = path.stat()
    return SourceFile(path=path, size=stat.st_size, mtime_ns=stat.st_mtime_ns)


def _walk(root: Path, problems: list[Problem]) -> Iterable[Path]:
    """Every supported file below `root`, following links once (loops are cut)."""
    seen_dirs: set[tuple[int, int]] = set()

    def on_error(error: OSError) -> None:
        problems.append(Problem(Path(error.filename or root), error.strerror or str(error)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=True):
        stat = os.stat(dirpath)
        if (stat.st_dev, stat.st_ino) in seen_dirs:
            dirnames[:] = []
            continue
        seen_dirs.add((stat.st_dev, stat.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            yield Path(dirpath) / name


def discover(roots: Iterable[Path]) -> tuple[list[SourceFile], list[Problem]]:
    """The corpus's files, sorted and unique, and one problem per path that cannot be used."""
    problems: list[Problem] = []
    found: dict[Path, SourceFile] = {}
    for root in roots:
        root = Path(root).expanduser()
        if not root.exists():
            problems.append(Problem(root, "no such file or folder"))
            continue
        candidates: Iterable[Path]
        if root.is_dir():
            candidates = _walk(root, problems)
        elif root.suffix.lower() in SUPPORTED_SUFFIXES:
            candidates = [root]
        else:
            problems.append(Problem(root, f"unsupported file type '{root.suffix or root.name}'"))
            continue
        for path in candidates:
            absolute = path.absolute()
            try:
                if absolute not in found and absolute.is_file():
                    found[absolute] = _source(absolute)
            except OSError as exc:
                problems.append(Problem(absolute, exc.strerror or str(exc)))
    return sorted(found.values(), key=lambda s: str(s.path)), problems
