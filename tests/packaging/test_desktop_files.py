"""The desktop entry, AppStream metadata and icons pass the freedesktop validators,
and `make install-desktop` / `make uninstall-desktop` put them where desktops look.

The validators come from Debian's desktop-file-utils and appstream packages;
a test whose tool is missing is skipped (CI installs both).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / "entity-explorer.desktop"
METAINFO = RESOURCES / "io.github.entityexplorer.EntityExplorer.metainfo.xml"
INSTALL = ROOT / "packaging" / "install-desktop.sh"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

pytestmark = pytest.mark.packaging


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def _run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, env=env, check=False, timeout=120
    )


def _desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def test_desktop_file_is_valid() -> None:
    result = _run(_tool("desktop-file-validate"), DESKTOP)
    # desktop-file-validate exits 0 on hints too; a clean file prints nothing.
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_is_valid() -> None:
    result = _run(_tool("appstreamcli"), "validate", "--no-net", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_opens_folders_and_documents() -> None:
    entry = _desktop_entry(DESKTOP)
    mime_types = set(entry["MimeType"].rstrip(";").split(";"))
    assert {"inode/directory", "text/plain", "text/html", "application/pdf"} <= mime_types
    assert entry["Exec"] == "entity-explorer %f"
    assert entry["Icon"] == "entity-explorer"


def test_metainfo_describes_this_release() -> None:
    from xml.etree import ElementTree

    from explorer import __version__

    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("screenshots/screenshot/image", "").endswith("/docs/screenshot.png")
    assert component.find("releases/release").get("version") == __version__


def test_icons_exist_in_every_size() -> None:
    from PySide6.QtGui import QImage

    assert (RESOURCES / "icons" / "entity-explorer.svg").is_file()
    for size in ICON_SIZES:
        image = QImage(
            str(RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "entity-explorer.png")
        )
        assert (image.width(), image.height()) == (size, size)


def _install_env(home: Path, bundle: Path) -> dict[str, str]:
    """A user whose home is `home` (XDG overrides dropped), installing `bundle`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    return {**env, "HOME": str(home), "ENTITY_EXPLORER_BUNDLE": str(bundle)}


def _fake_bundle(folder: Path) -> Path:
    """A stand-in for dist/entity-explorer/: copying the real one would take 370 MB."""
    folder.mkdir()
    exe = folder / "entity-explorer"
    exe.write_text("#!/bin/sh\necho frozen\n")
    exe.chmod(0o755)
    return folder


def test_install_and_uninstall_a_frozen_build(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _install_env(home, _fake_bundle(tmp_path / "bundle"))
    data = home / ".local" / "share"
    app = home / ".local" / "lib" / "entity-explorer" / "entity-explorer"

    installed = _run("bash", INSTALL, "install", env=env)
    assert installed.returncode == 0, installed.stderr
    entry_path = data / "applications" / "entity-explorer.desktop"
    entry = _desktop_entry(entry_path)
    assert entry["TryExec"] == str(app) and entry["Exec"] == f'"{app}" %f'
    assert _run(home / ".local" / "bin" / "entity-explorer").stdout == "frozen\n"
    assert (data / "metainfo" / METAINFO.name).is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "entity-explorer.svg").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "entity-explorer.png").is_file()
    if shutil.which("desktop-file-validate"):
        assert _run("desktop-file-validate", entry_path).returncode == 0

    removed = _run("bash", INSTALL, "uninstall", env=env)
    assert removed.returncode == 0, removed.stderr
    leftovers = [p for p in home.rglob("*") if not p.is_dir() and p.name != "mimeinfo.cache"]
    assert leftovers == []


def test_install_without_a_build_runs_the_checkouts_venv(tmp_path: Path) -> None:
    venv_exe = ROOT / ".venv" / "bin" / "entity-explorer"
    if not venv_exe.is_file():
        pytest.skip("no .venv in this checkout")
    env = _install_env(tmp_path, tmp_path / "no-bundle")
    assert _run("bash", INSTALL, "install", env=env).returncode == 0
    entry_path = tmp_path / ".local" / "share" / "applications" / "entity-explorer.desktop"
    assert _desktop_entry(entry_path)["TryExec"] == str(venv_exe)
    assert _run("bash", INSTALL, "uninstall", env=env).returncode == 0
