"""What the window says about a corpus's languages, without Qt (#17)."""

from __future__ import annotations

from explorer.app.languages import (
    language_choices,
    missing_pipeline_note,
    missing_pipelines_text,
    summary_text,
)
from explorer.index.languages import LanguageCount, missing_pipeline_notes
from explorer.index.queries import CorpusSummary

PIPELINES = {"en": "en_core_web_sm", "fr": "fr_core_news_sm"}


def _summary(*counts: tuple[str, int]) -> CorpusSummary:
    languages = [LanguageCount(code, n) for code, n in counts]
    notes = missing_pipeline_notes(languages, PIPELINES)
    total = sum(n for _, n in counts)
    return CorpusSummary(
        total, 100, 5, 9, "", tuple(languages), tuple(notes), tuple(PIPELINES.items())
    )


def test_one_language_offers_no_choice_and_says_nothing_of_languages() -> None:
    summary = _summary(("en", 4))
    assert language_choices(summary) == [] and missing_pipelines_text(summary) == ""
    assert summary_text(summary) == "4 documents · 100 words · 5 entities"


def test_languages_without_a_pipeline_are_named_once() -> None:
    summary = _summary(("fr", 4), ("en", 3), ("de", 2), ("und", 1))
    assert [c.label for c in language_choices(summary)] == [
        "French (4 documents)",
        "English (3 documents)",
        "German (2 documents)",
        "Undetermined (1 document)",
    ]
    assert summary_text(summary).startswith("10 documents in 4 languages · ")
    assert missing_pipelines_text(summary) == summary.notes[0]
    assert missing_pipeline_note(summary, "de") == summary.notes[0]
    assert missing_pipeline_note(summary, "fr") == "" == missing_pipeline_note(summary, None)
    two = _summary(("en", 3), ("de", 2), ("nl", 1))
    assert missing_pipelines_text(two) == (
        "3 documents without entities: no German or Dutch pipeline installed"
    )
