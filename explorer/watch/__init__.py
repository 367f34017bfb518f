"""Watch-lists: a plain file of names checked against a corpus's index (Qt-free)."""
