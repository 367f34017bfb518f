"""Run the command line in-process, as a user would type it, and read what it printed."""

from __future__ import annotations

import pytest

from explorer.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """The exit code, stdout and stderr of `entity-explorer ARGS`."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err
