"""The README's "The command" lists every subcommand with every option its --help has."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from explorer.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def usage_lines() -> dict[str, str]:
    """The README's usage line of each subcommand, its continuation lines joined."""
    section = README.read_text(encoding="utf-8").split("## The command", 1)[1]
    block = section.split("```sh", 1)[1].split("```", 1)[0]
    lines: dict[str, str] = {}
    last = ""
    for line in block.splitlines():
        if line.startswith("entity-explorer "):
            words = line.split()
            last = words[1] if not words[1].startswith(("[", "-")) else ""
            lines[last] = lines.get(last, "") + line
        elif line.startswith(" ") and last in lines:
            lines[last] += line
    return lines


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_every_subcommand_and_option_is_in_the_readme() -> None:
    lines = usage_lines()
    section = README.read_text(encoding="utf-8").split("## The command", 1)[1]
    assert "--version" in lines[""]
    for name, parser in subcommands().items():
        assert name in lines, f"README lacks `entity-explorer {name}`"
        for action in parser._actions:
            if "--model" in action.option_strings:
                assert "`--model MODEL`" in section
                continue
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert re.search(rf"{option}\b", lines[name]), f"{name}: README lacks {option}"
            if not action.option_strings and action.metavar:
                assert action.metavar in lines[name], f"{name}: README lacks {action.metavar}"
