"""How the command ends: its exit codes and the mistake in what the user asked for.

Apart from `cli` so that the subcommands' modules, which `cli` loads, never import
it back.

Exit codes: 0 success; 1 success without some of the corpus's files (each named on
stderr), for every command that opens a corpus; 2 usage errors, unknown names, and
corpora that cannot be opened; 130 interrupted; 141 the reader of the output went
away (`... | head`), as for a program killed by SIGPIPE.
"""

from __future__ import annotations

EXIT_SKIPPED = 1
EXIT_BROKEN_PIPE = 141


class UsageError(Exception):
    """A mistake in what the user asked for; printed as one line, exit 2."""
