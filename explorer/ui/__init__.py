"""The window: Qt widgets, table models and background work over the index's queries.

Only this package imports Qt widgets; what it shows comes from `explorer/index` query
functions, run off the UI thread (`tasks`).
"""
