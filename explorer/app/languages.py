"""What the window says about the corpus's languages: the focus's language choices,
the passages' language column, the corpus summary's pipelines and missing-pipeline
notes. Plain text from the index's `CorpusSummary`; Qt-free."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.corpus.language import UNDETERMINED, language_name
from explorer.index.languages import LanguageCount
from explorer.index.queries import CorpusSummary
from explorer.wording import counted


def language_label(code: str) -> str:
    """'French' for 'fr'; 'Undetermined' for a document too short to tell."""
    return "Undetermined" if code == UNDETERMINED else language_name(code)


def documents_in(code: str) -> str:
    """'French documents'; 'documents of undetermined language'."""
    if code == UNDETERMINED:
        return "documents of undetermined language"
    return f"{language_name(code)} documents"


def written_in(code: str) -> str:
    """'in French'; 'in a language too short to tell'."""
    if code == UNDETERMINED:
        return "of undetermined language (too short to tell; read as English)"
    return f"in {language_name(code)}"


@dataclass(frozen=True, slots=True)
class LanguageChoice:
    code: str
    label: str  # 'French (4 documents)'


def language_choices(summary: CorpusSummary | None) -> list[LanguageChoice]:
    """The languages a focus can narrow to, most documents first; none when the corpus
    is in one language (there is nothing to choose)."""
    if summary is None or len(summary.languages) < 2:
        return []
    return [
        LanguageChoice(
            count.language,
            f"{language_label(count.language)} ({counted(count.documents, 'document')})",
        )
        for count in summary.languages
    ]


def summary_text(summary: CorpusSummary) -> str:
    """'11 documents in 5 languages · 1,200 words · 40 entities'."""
    documents = counted(summary.documents, "document")
    if len(summary.languages) > 1:
        documents += f" in {len(summary.languages)} languages"
    return " · ".join(
        (documents, counted(summary.words, "word"), counted(summary.entities, "entity"))
    )


def pipelines_text(summary: CorpusSummary) -> str:
    """'Entities recognised in English by en_core_web_sm, in French by fr_core_news_sm'."""
    if not summary.read_with:
        return ""
    return "Entities recognised " + ", ".join(
        f"in {language_name(code)} by {name}" for code, name in summary.read_with
    )


def pipelines_line(summary: CorpusSummary) -> str:
    """'pipelines: English en_core_web_sm, French fr_core_news_sm', for the status bar."""
    return "pipelines: " + ", ".join(
        f"{language_name(code)} {name}" for code, name in summary.read_with
    )


def summary_tip(summary: CorpusSummary) -> str:
    lines = ["The open corpus: documents, words and entities in its index"]
    if len(summary.languages) > 1:
        lines.append(
            "Documents: "
            + ", ".join(
                f"{count.documents:,} in {language_label(count.language)}"
                for count in summary.languages
            )
        )
    pipelines = pipelines_text(summary)
    if pipelines:
        lines.append(pipelines)
    return "\n".join(lines)


def _without_pipeline(summary: CorpusSummary) -> list[LanguageCount]:
    """The languages the summary's notes are about, in their order."""
    read = dict(summary.read_with)
    return [
        count
        for count in summary.languages
        if count.language != UNDETERMINED and count.language not in read
    ]


def missing_pipeline_note(summary: CorpusSummary | None, code: str | None) -> str:
    """The note about `code`'s documents when its language has no pipeline, else ''."""
    if summary is None or code is None:
        return ""
    without = _without_pipeline(summary)
    if len(without) != len(summary.notes):
        return ""
    notes = {count.language: note for count, note in zip(without, summary.notes, strict=True)}
    return notes.get(code, "")


def missing_pipelines_text(summary: CorpusSummary) -> str:
    """The index's note when one language has no pipeline; for several, their documents
    in one line ('4 documents without entities: no German, Spanish or Dutch pipeline')
    with each note in `missing_pipelines_tip`."""
    if not summary.notes:
        return ""
    if len(summary.notes) == 1:
        return summary.notes[0]
    without = _without_pipeline(summary)
    names = [language_name(count.language) for count in without]
    listed = ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)
    documents = sum(count.documents for count in without)
    return f"{counted(documents, 'document')} without entities: no {listed} pipeline installed"


def missing_pipelines_tip(summary: CorpusSummary) -> str:
    if not summary.notes:
        return ""
    return (
        "\n".join(summary.notes)
        + "\nTheir passages can still be searched and read; no entity comes from them."
    )
