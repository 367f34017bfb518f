"""The SQLite store: schema, incremental indexing, co-mention tables, full-text
search, and the query functions every view uses."""
