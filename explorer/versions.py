"""What `--version` and Help → About report: the app and everything it runs on."""

from __future__ import annotations

import platform
from importlib import metadata

from explorer import __version__


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def version_lines() -> list[tuple[str, str]]:
    """(component, version) pairs; the pipeline is the one new indexes would use."""
    lines = [("Entity Explorer", __version__), ("Python", platform.python_version())]
    lines.append(("Qt (PySide6)", _dist_version("PySide6-Essentials")))
    lines.append(("spaCy", _dist_version("spacy")))
    try:
        from explorer.nlp.pipeline import choose_pipeline

        name = choose_pipeline()
        lines.append(("spaCy pipeline", f"{name} {_dist_version(name)}"))
    except Exception as exc:  # noqa: BLE001 - a missing pipeline is reported, not fatal
        lines.append(("spaCy pipeline", f"none ({exc})"))
    return lines


def version_report() -> str:
    return "\n".join(f"{name}: {value}" for name, value in version_lines())
