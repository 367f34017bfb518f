"""What an index pass does about languages before it reads: the pipeline to read each
language with, the languages whose pipeline changed since the index read them, and
the files to read again for that (explorer/index/languages.py keeps the records)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping

from explorer.corpus.language import DEFAULT_LANGUAGE, language_name
from explorer.index.languages import detect_stored, sources_read_as
from explorer.wording import counted


def changed_languages(
    conn: sqlite3.Connection, model: str | None, previous: Mapping[str, str], required: bool
) -> tuple[dict[str, str], set[str]]:
    """The pipelines to read each language with, and the languages whose pipeline is not
    the one the index read them with. Without an English pipeline installed, the index's
    own stay, unless a pass needs one (`required`: PipelineError). Only package
    metadata is read: nothing is loaded."""
    from explorer.nlp.pipeline import PipelineError, choose_pipelines

    try:
        chosen = choose_pipelines(model, previous)
    except PipelineError:
        if required:
            raise
        return dict(previous), set()
    stored = conn.execute("SELECT EXISTS (SELECT 1 FROM documents)").fetchone()[0]
    if not previous or not stored:
        return chosen, set()
    languages = set(previous) | set(chosen)
    return chosen, {code for code in languages if previous.get(code) != chosen.get(code)}


def files_to_read_again(
    conn: sqlite3.Connection,
    *,
    undetected: bool,
    changed: set[str],
    previous: Mapping[str, str],
    pipelines: Mapping[str, str],
    announce: Callable[[str], None],
) -> tuple[set[str], bool]:
    """The sources to read again: those of the documents stored before languages were
    detected that another language's pipeline read (their languages are detected now,
    `undetected`), and those with documents of a language whose pipeline changed (each
    such language announced once). Also whether English's did. Call inside a
    transaction: the caller forgets those sources in it."""
    again = set(detect_stored(conn)) if undetected else set()
    if again:
        verb = "holds" if len(again) == 1 else "hold"
        announce(
            f"{counted(len(again), 'file')} indexed before languages were detected {verb} "
            "documents in other languages than English: re-indexing them."
        )
    english = False
    for code in sorted(changed):
        found = set(sources_read_as(conn, [code])) - again  # not said twice
        if found:
            announce(change_message(code, previous.get(code), pipelines.get(code)))
            english = english or code == DEFAULT_LANGUAGE
        again.update(found)
    return again, english


def change_message(language: str, before: str | None, after: str | None) -> str:
    name = language_name(language)
    if before and after:
        return (
            f"The {name} pipeline changed from {before} to {after}: "
            f"re-indexing every document in {name}."
        )
    if after:
        return f"A {name} pipeline is installed ({after}): re-indexing every document in {name}."
    return (
        f"The {name} pipeline {before} is no longer installed: re-indexing every document "
        f"in {name}, without entities."
    )
