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
    """(component, version) pairs; the pipelines are those new indexes would use, one
    per language that has one installed."""
    lines = [("Entity Explorer", __version__), ("Python", platform.python_version())]
    lines.append(("Qt (PySide6)", _dist_version("PySide6-Essentials")))
    lines.append(("spaCy", _dist_version("spacy")))
    try:
        from explorer.nlp.pipeline import choose_pipelines

        pipelines = choose_pipelines()
    except Exception as exc:  # noqa: BLE001 - a missing pipeline is reported, not fatal
        lines.append(("spaCy pipeline", f"none ({exc})"))
        return lines
    # English as before; each other language's on a line of its own.
    for language, name in pipelines.items():
        label = "spaCy pipeline" if language == "en" else f"spaCy pipeline ({language})"
        lines.append((label, f"{name} {_dist_version(name)}"))
    return lines


def version_report() -> str:
    return "\n".join(f"{name}: {value}" for name, value in version_lines())
