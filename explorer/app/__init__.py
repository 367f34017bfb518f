"""The application layer, Qt-free: the state of what the user is looking at (`state`),
the view queries the panels ask off the UI thread (`views`), corrections (`edits`),
indexing (`indexing`), the passages' keyword-in-context rows (`kwic`), and the
`TaskControl` protocol those jobs are run with (`control`). The window (`explorer/ui/`)
draws on it; the benchmarks import it without loading Qt."""
