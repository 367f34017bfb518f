"""The query benchmark asks what the passage list asks (it copies the numbers so that
its own process need not load Qt)."""

from __future__ import annotations

from bench import queries as bench_queries
from explorer.ui import jobs


def test_the_bench_asks_for_the_passages_the_app_asks_for() -> None:
    assert bench_queries.PASSAGE_LIMIT == jobs.MAX_PASSAGES + 1
    assert bench_queries.PASSAGE_PAGE == jobs.PASSAGE_PAGE
