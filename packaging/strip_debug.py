"""Remove debug sections from the shared libraries of a built bundle.

spaCy, thinc and blis ship their extension modules with debug info: over half
of an unstripped bundle. PyInstaller's own `strip=True` strips every binary,
and the libraries that auditwheel patched (numpy.libs/...) no longer load
after it ("ELF load command address/offset not page-aligned"). So only files
that carry debug sections are touched, only those sections go, and vendored
`*.libs` directories are left alone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def has_debug_info(path: Path) -> bool:
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return ".debug_info" in sections


def shared_libraries(root: Path) -> list[Path]:
    return [
        path for path in root.rglob("*.so*")
        if path.is_file() and not path.is_symlink()
        and not any(part.endswith(".libs") for part in path.relative_to(root).parts)
        and path.read_bytes()[:4] == b"\x7fELF"
    ]


def strip_debug(root: Path) -> int:
    """Strip debug sections under `root`; returns the bytes saved (0 without binutils)."""
    if shutil.which("strip") is None or shutil.which("readelf") is None:
        print("strip_debug: binutils not found, bundle left unstripped", file=sys.stderr)
        return 0
    saved = 0
    for path in shared_libraries(root):
        if has_debug_info(path):
            before = path.stat().st_size
            subprocess.run(["strip", "--strip-debug", str(path)], check=True)
            saved += before - path.stat().st_size
    return saved


if __name__ == "__main__":
    saved = strip_debug(Path(sys.argv[1]))
    print(f"strip_debug: {saved / 2**20:.0f} MiB of debug info removed")
