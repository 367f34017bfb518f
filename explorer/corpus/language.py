"""The language a document is written in: its record's own field, else detected.

py3langid (BSD; its model ships inside the wheel) reads a bounded prefix of the
document's content paragraphs, page furniture left out: under half a millisecond a
document, against the 40-100 ms spaCy takes to read a news article (0.4% of it on the
BBC articles; bench/languages.py measures both). A mixed-language document takes the
language of its beginning, its main one in news and reports. A text too short or too
mixed to tell is `und`
(undetermined): the indexer reads it with the default pipeline, English, as it read
every document before languages were detected.

Codes are ISO 639-1 where the language has one ("en", "fr"), as spaCy's pipelines
and py3langid name them.
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

UNDETERMINED = "und"
# The language read when none could be told: the one every index was read in before.
DEFAULT_LANGUAGE = "en"
# About 50 words, a headline and the first sentences: detection is sure of the language
# long before, and its cost grows with the text it reads (its automaton walks the text
# byte by byte in Python: 0.4 ms for these, 0.6 ms for 500 characters, 2.7 for 2,000).
DETECT_CHARS = 300
# Below these, the text is a name or two and a verb ("Angela Merkel visited Paris."),
# which looks like a dozen languages: it is read as undetermined.
MIN_LETTERS = 12
MIN_CONFIDENCE = 0.5

LANGUAGE_NAMES = {
    "af": "Afrikaans",
    "ar": "Arabic",
    "bg": "Bulgarian",
    "bn": "Bengali",
    "ca": "Catalan",
    "cs": "Czech",
    "cy": "Welsh",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "eo": "Esperanto",
    "es": "Spanish",
    "et": "Estonian",
    "eu": "Basque",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "ga": "Irish",
    "gl": "Galician",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "hy": "Armenian",
    "id": "Indonesian",
    "is": "Icelandic",
    "it": "Italian",
    "ja": "Japanese",
    "ka": "Georgian",
    "kk": "Kazakh",
    "ko": "Korean",
    "la": "Latin",
    "lb": "Luxembourgish",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mk": "Macedonian",
    "ms": "Malay",
    "mt": "Maltese",
    "nb": "Norwegian Bokmål",
    "nl": "Dutch",
    "nn": "Norwegian Nynorsk",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sq": "Albanian",
    "sr": "Serbian",
    "sv": "Swedish",
    "sw": "Swahili",
    "ta": "Tamil",
    "th": "Thai",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "zh": "Chinese",
    UNDETERMINED: "an undetermined language",
}
# What a record's language field may say besides a code: ISO 639-2 codes and the
# languages' own names for the most common ones.
_OTHER_NAMES = {
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "français": "fr",
    "francais": "fr",
    "deu": "de",
    "ger": "de",
    "deutsch": "de",
    "spa": "es",
    "español": "es",
    "espanol": "es",
    "ita": "it",
    "italiano": "it",
    "nld": "nl",
    "dut": "nl",
    "nederlands": "nl",
    "por": "pt",
    "português": "pt",
    "portugues": "pt",
    "rus": "ru",
    "русский": "ru",
    "zho": "zh",
    "chi": "zh",
    "jpn": "ja",
    "ara": "ar",
    "pol": "pl",
    "polski": "pl",
}
_BY_NAME = {name.casefold(): code for code, name in LANGUAGE_NAMES.items()}
_CODE = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]+)*")


def language_name(code: str) -> str:
    """'German' for 'de'; an unknown code as it is."""
    return LANGUAGE_NAMES.get(code, code)


def languages_text(languages: Collection[str]) -> str:
    """'English and French': English first, then by code."""
    ordered = sorted(languages, key=lambda code: (code != DEFAULT_LANGUAGE, code))
    names = [language_name(code) for code in ordered]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def language_code(value: str) -> str | None:
    """A record's language field as a code: 'fr', 'FR', 'fr-FR', 'fra' and 'French' are
    all 'fr'; None when it names no language this knows."""
    text = value.strip().casefold()
    if not text:
        return None
    known = _OTHER_NAMES.get(text) or _BY_NAME.get(text)
    if known:
        return known
    match = _CODE.fullmatch(text)
    if not match:
        return None
    code = match.group(1)
    code = _OTHER_NAMES.get(code, code)
    return code if code in LANGUAGE_NAMES else None


@functools.cache
def _identifier() -> Any:
    """py3langid's identifier with probabilities that compare across text lengths, once
    per process. Its model ships LZMA-compressed: unpacking it takes about 2 s, which
    every worker process would pay; so the first process keeps it unpacked in the cache
    folder (about 70 MB of arrays), and the others map those files in a few hundredths
    of a second (reading them whole took a tenth or more: the first document an app
    re-reads in its own process paid it)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    cached = _cache_path(Path(MODEL_DIR) / MODEL_FILE)
    if cached is not None:
        try:
            return _load_unpacked(cached, LanguageIdentifier)
        except Exception:  # noqa: BLE001 - not there yet, or damaged: unpacked again below
            pass
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if cached is not None:
        try:
            _save_unpacked(cached, identifier)
        except OSError:
            pass  # a read-only cache folder: the next process unpacks it again
    return identifier


_TYPECODES = {2: "H", 4: "I", 8: "Q"}
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")


def _cache_path(model: Path) -> Path | None:
    """One folder of arrays per model file (its size and time stand for its version)."""
    from explorer.paths import cache_dir

    try:
        stat = model.stat()
    except OSError:
        return None
    return cache_dir() / f"py3langid-{stat.st_size}-{stat.st_mtime_ns}"


def _save_unpacked(path: Path, identifier: Any) -> None:
    """Write the arrays into a new folder, then rename it into place (a reader sees all
    of them or none), and remove the other versions' (70 MB each, one per upgrade)."""
    import shutil
    import tempfile

    import numpy as np

    from explorer.paths import remove_other_versions

    ptc, pc, classes = identifier._full_model
    arrays = {
        "ptc": ptc,
        "pc": pc,
        "classes": np.array(classes),
        "nextmove": np.frombuffer(
            identifier.tk_nextmove, dtype=f"u{identifier.tk_nextmove.itemsize}"
        ),
        "row": np.frombuffer(identifier.tk_row, dtype=f"u{identifier.tk_row.itemsize}"),
        "output": np.asarray(identifier.tk_output, dtype=np.int32),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}."))
    try:
        for name, values in arrays.items():
            np.save(staging / f"{name}.npy", values, allow_pickle=False)
        shutil.rmtree(path, ignore_errors=True)  # a damaged copy
        staging.replace(path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    remove_other_versions(path, "py3langid-*")


def _load_unpacked(path: Path, identifier_class: Any) -> Any:
    """The identifier over the kept arrays, mapped rather than read: the feature
    table's pages are shared by every process and read only where a text's features
    fall. The automaton is copied into an array, whose items Python reads faster than
    a mapped buffer's, as it walks every byte of every text."""
    import numpy as np

    data = {name: np.load(path / f"{name}.npy", mmap_mode="r") for name in _ARRAYS}

    def packed(values: Any) -> array[int]:
        out = array(_TYPECODES[values.dtype.itemsize])
        out.frombytes(np.ascontiguousarray(values).data.cast("B"))
        return out

    return identifier_class(
        np.asarray(data["ptc"]),  # a plain array over the mapping: no memmap per lookup
        np.array(data["pc"]),
        data["classes"].tolist(),
        packed(data["nextmove"]),
        data["output"].tolist(),
        norm_probs=True,
        tk_row=packed(data["row"]),
    )


def sample(text: str, paragraphs: Sequence[tuple[int, int]], limit: int = DETECT_CHARS) -> str:
    """The first `limit` characters of the content paragraphs (the whole text when it
    has none), which detection reads."""
    if not paragraphs:
        return text[:limit]
    parts: list[str] = []
    size = 0
    for start, end in paragraphs:
        part = text[start : min(end, start + limit - size)]
        parts.append(part)
        size += len(part) + 1
        if size >= limit:
            break
    return "\n".join(parts)


def detect_language(text: str, paragraphs: Sequence[tuple[int, int]] = ()) -> str:
    """The language of a document's text (a code), or UNDETERMINED."""
    prefix = sample(text, paragraphs)
    if sum(c.isalpha() for c in prefix) < MIN_LETTERS:
        return UNDETERMINED
    code, confidence = _identifier().classify(prefix)
    return str(code) if confidence >= MIN_CONFIDENCE else UNDETERMINED
