"""load_paths: every file and record that can be read becomes an article; every problem a
one-line LoadError. Never raises for bad input."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from model.loaders.build import build_article
from model.loaders.decoding import DecodeError
from model.loaders.discover import discover
from model.loaders.draft import Draft, FormatError
from model.loaders.formats import READERS
from model.loaders.ids import IdAllocator, slugify
from model.loaders.parquet_corpus import is_extraction_output, read_result
from model.loaders.result import LoadError, LoadResult
from model.text.language_check import not_english_message

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(READERS)


def load_paths(
    paths: Iterable[str | Path],
    existing_ids: set[str] | None = None,
    *,
    stop: Callable[[], bool] | None = None,
    read_outputs: bool = False,
) -> LoadResult:
    """Files and directories (walked), in the order given; ids avoid `existing_ids`.

    ``read_outputs``: an extraction output met (``articles.parquet`` with ``events.parquet`` beside
    it, as ``model.nlp.distributed`` writes it) is read back whole into ``outputs``, its events with
    it, instead of giving its articles to be extracted again (the app; the command line extracts).

    ``stop``: asked between records; once it says True, reading ends at once (what was read is
    returned), so Cancel does not wait for the rest of a 100,000-record corpus.
    """
    stopped = stop or (lambda: False)
    if isinstance(paths, (str, Path)):  # one path given bare: not an iterable of characters
        paths = [paths]
    result = LoadResult()
    ids = IdAllocator(existing_ids)
    seen: set[Path] = set()
    for raw in paths:
        if stopped():
            break
        for found in discover(raw, SUPPORTED_SUFFIXES):
            if stopped():
                break
            if isinstance(found, LoadError):
                result.errors.append(found)
                continue
            key = _identity(found)
            if key in seen:  # the same file named twice (or inside a folder also given)
                continue
            seen.add(key)
            if read_outputs and is_extraction_output(found):
                result.extend(_load_output(found.parent))
                continue
            result.extend(_load_file(found, ids, stopped))
    return result


def load_path(path: str | Path) -> LoadResult:
    return load_paths([path])


def _load_file(path: Path, ids: IdAllocator, stopped: Callable[[], bool] = lambda: False) -> LoadResult:
    shown = str(path)
    result = LoadResult()
    stem = slugify(path.stem)
    try:
        if path.stat().st_size == 0:
            return LoadResult([], [LoadError(shown, "empty file")])
        for item in READERS[path.suffix.lower()](path):
            if stopped():
                return result
            if isinstance(item, Draft):
                article, problems = build_article(item, path=shown, stem=stem, ids=ids)
                result.errors.extend(problems)
                if article is not None:
                    result.articles.append(article)
                    foreign = not_english_message(article.text)
                    if foreign is not None:  # kept to read, but the English rules would mis-date it
                        label = f"record {item.record}: " if item.record is not None else ""
                        result.errors.append(LoadError(shown, label + foreign, item.line, warning=True))
            else:
                message, line = item
                result.errors.append(LoadError(shown, message, line))
    except FormatError as exc:
        result.errors.append(LoadError(shown, str(exc), exc.line))
    except DecodeError as exc:
        result.errors.append(LoadError(shown, str(exc)))
    except MemoryError:
        result.errors.append(LoadError(shown, "too large to read into memory"))
    except OSError as exc:
        result.errors.append(LoadError(shown, f"cannot read: {exc.strerror or exc}"))
    except Exception as exc:  # last line of defence: a reader bug must not lose the other files
        result.errors.append(LoadError(shown, f"internal error while reading: {type(exc).__name__}: {exc}"))
    if not result.articles and not result.errors:
        result.errors.append(LoadError(shown, "no articles found"))
    return result


def _load_output(folder: Path) -> LoadResult:
    shown = str(folder)
    try:
        output = read_result(folder)
    except FormatError as exc:  # its message names the folder already
        return LoadResult([], [LoadError(shown, str(exc).removeprefix(f"{shown}: "))])
    except OSError as exc:
        return LoadResult([], [LoadError(shown, f"cannot read: {exc.strerror or exc}")])
    except Exception as exc:  # pyarrow's errors for a damaged file are not all ValueErrors
        message = " ".join(str(exc).split()) or type(exc).__name__
        return LoadResult([], [LoadError(shown, f"damaged extraction output: {message}")])
    if not output.articles:
        return LoadResult([], [LoadError(shown, "an extraction output with no articles")])
    return LoadResult(outputs=[output])


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
