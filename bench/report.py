"""The figures table: rows of value, reference measured in the same run, ratio and aim.

Benchmarks print ratios, not pass/fail (DESIGN.md): the "aim" column says whether a
figure reaches the issue's aim on this run, but the ratio is the figure to compare
across runs and machines.
"""

from __future__ import annotations

import json
import os
import platform
import time
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass(slots=True)
class Row:
    group: str  # the row number, e.g. "1", "4 (50k)"
    figure: str
    value: float | None
    unit: str
    reference: str = ""  # what the ratio divides by, with its value
    ratio: float | None = None
    aim: str = ""
    met: bool | None = None  # None: no aim, or not measured
    note: str = ""


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit in {"words/s", "MB", "MB/Mw"}:
        return f"{value:,.0f} {unit}"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:,.0f} ms"
    if unit == "s":
        return f"{value:.2f} s" if value < 10 else f"{value:,.1f} s"
    return f"{value:.3g} {unit}".strip()


def render(rows: list[Row]) -> str:
    """An aligned plain-text table, one line per row, notes indented below."""
    header = ("#", "figure", "value", "reference (same run)", "ratio", "aim", "")
    lines = [header]
    for row in rows:
        verdict = {True: "met", False: "MISSED", None: ""}[row.met]
        ratio = "—" if row.ratio is None else f"{row.ratio:.3g}"
        lines.append(
            (
                row.group,
                row.figure,
                fmt(row.value, row.unit),
                row.reference,
                ratio,
                row.aim,
                verdict,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for index, line in enumerate(lines):
        out.append(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )
        if index == 0:
            out.append("  ".join("-" * width for width in widths))
        elif rows[index - 1].note:
            out.append(" " * (widths[0] + 2) + "  ↳ " + rows[index - 1].note)
    return "\n".join(out)


def machine() -> dict:
    """What the figures came from: they only compare within one run on one machine."""
    import psutil

    model = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import spacy

        spacy_version = spacy.__version__
    except ImportError:
        spacy_version = ""
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "spacy": spacy_version,
        "load_average": os.getloadavg(),
    }


def write_json(rows: list[Row], raw: dict, options: dict, path: Path | None = None) -> Path:
    target = path or RESULTS / "latest.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": machine(),
        "options": options,
        "rows": [asdict(row) for row in rows],
        "raw": raw,
    }
    target.write_text(json.dumps(payload, indent=2, default=str))
    return target
