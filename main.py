"""Chronicle: news articles in, an explorable timeline out.

    python main.py [PATH ...]                      open the app (sample articles if no PATH)
    python main.py tag [--dct YYYY-MM-DD] FILE ...  TIMEX3 spans, one JSON line per article
    python main.py extract PATH ... [--format F] [-o OUT]
    python main.py export PATH ... -o timeline.(png|svg|pdf) [--width W --height H]
    python main.py summarize PATH ... [--dates N] [--sentences K] [--from D --to D] [--format json|text]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from model.core.result import ExtractionResult

ROOT = Path(__file__).resolve().parent
SAMPLES = ROOT / "resources" / "samples"
COMMANDS = ("tag", "extract", "export", "summarize")

EXIT_OK, EXIT_INPUT_ERROR, EXIT_USAGE, EXIT_ENVIRONMENT = 0, 1, 2, 3


class CommandError(Exception):
    """A failure the user must read as one line, not a traceback."""

    def __init__(self, message: str, code: int = EXIT_ENVIRONMENT) -> None:
        super().__init__(message)
        self.code = code


def _err(message: str) -> None:
    print(f"chronicle: {message}", file=sys.stderr)


def _load(paths: Sequence[str]) -> tuple[list, int]:
    """Articles from the paths; each bad input reported on one line, the rest still loaded."""
    from model.loaders import load_paths

    _tell_input_size(paths)
    loaded = load_paths(paths)
    for error in loaded.errors:
        _err(str(error))
    # Warnings (a dropped impossible date) are shown but do not fail the run.
    return loaded.articles, (EXIT_INPUT_ERROR if loaded.failures else EXIT_OK)


def _pipeline(disable: tuple[str, ...] = ()):
    from model.nlp.loading import ModelNotFoundError, load_pipeline

    try:
        return load_pipeline(disable=disable)
    except ModelNotFoundError as exc:
        raise CommandError(str(exc)) from None


def _check_dct(value: str) -> str:
    from model.timex.values import value_to_interval

    if value_to_interval(value) is None:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


def cmd_tag(args: argparse.Namespace) -> int:
    from model.core.documents import DocumentDate
    from model.nlp.pipeline import date_documents, parse_articles

    articles, status = _load(args.files)
    if args.dct:
        for article in articles:
            article.dct = DocumentDate(args.dct, "user", 1.0)
    nlp = _pipeline(disable=("ner", "lemmatizer"))
    docs = list(parse_articles(articles, nlp))
    date_documents(articles, docs)
    for article, doc in zip(articles, docs, strict=True):
        line = {
            "path": article.path,
            "id": article.id,
            "dct": article.dct.value,
            "timexes": [t.to_json() for t in doc._.timexes],
        }
        print(json.dumps(line, ensure_ascii=False))
    return status


# Past this many articles a second process parses beside the first (its start-up then pays off).
_PARALLEL_FROM = 40


def _extract(paths: Sequence[str]) -> tuple[ExtractionResult, int]:
    from model.nlp.pipeline import extract
    from model.project import ProjectError, is_project_path, open_project

    if any(is_project_path(p) for p in paths):
        # A saved project holds its extraction results: read them back, never re-extract.
        if len(paths) > 1:
            raise CommandError("a .chronicle project is given alone (no other projects or articles)", EXIT_USAGE)
        try:
            project = open_project(paths[0])
        except ProjectError as exc:
            raise CommandError(str(exc), EXIT_INPUT_ERROR) from None
        for problem in project.problems:  # rows of wrong types, left out; the others are exported
            _err(problem)
        return project.result, (EXIT_INPUT_ERROR if project.problems else EXIT_OK)
    articles, status = _load(paths)
    if not articles:
        raise CommandError("no article could be loaded", EXIT_INPUT_ERROR)
    _tell_what_is_coming(articles)
    n_process = 2 if len(articles) >= _PARALLEL_FROM and (os.cpu_count() or 1) > 1 else 1
    return extract(articles, _pipeline(), n_process=n_process), status


def cmd_extract_distributed(args: argparse.Namespace) -> int:
    """Dask: JSON-lines corpora to a Parquet folder the app opens, on local workers or a cluster."""
    from model.nlp.distributed import SchedulerError, extract_corpus, parse_scheduler

    try:
        parse_scheduler(args.scheduler)
    except SchedulerError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    if not args.output:
        raise CommandError("--scheduler writes a Parquet folder: give it with -o OUT/", EXIT_USAGE)
    if args.format != "json":
        raise CommandError("--scheduler writes Parquet (articles.parquet, events.parquet); drop --format", EXIT_USAGE)
    missing = [p for p in args.paths if not Path(p).is_file()]
    if missing:
        raise CommandError(f"{missing[0]}: no such file (--scheduler reads JSON-lines corpora)", EXIT_INPUT_ERROR)
    summary = extract_corpus(args.paths, args.output, args.scheduler)
    print(f"{summary.articles} articles, {summary.events} events in {summary.partitions} partitions -> "
          f"{summary.out_dir}", file=sys.stderr)
    return EXIT_OK


BIG_INPUT_BYTES = 50_000_000


def _tell_input_size(paths: Sequence[str]) -> None:
    """Reading a big corpus takes a while before its size in articles is known: say so first."""
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size if os.path.isfile(path) else 0
        except (OSError, ValueError):
            continue
    if total > BIG_INPUT_BYTES:
        _err(f"reading {total / 1e6:,.0f} MB of input (Ctrl+C stops)…")


def _tell_what_is_coming(articles: list) -> None:
    """A corpus far bigger than usual is not taken on without a word (Ctrl+C stops it)."""
    from model.nlp.estimate import estimate

    cost = estimate(articles)
    if cost.is_large:
        _err(f"{cost.describe()}; Ctrl+C stops")


def _refuse_output_over_input(output: str, paths: Sequence[str]) -> None:
    """-o naming one of the inputs (or a file inside an input folder) would replace what is read."""
    out = Path(output)
    try:
        target = out.resolve()
    except (OSError, RuntimeError):
        return  # a loop or an unreadable path: the write itself reports it
    for given in paths:
        source = Path(given)
        try:
            same = out.exists() and source.exists() and os.path.samefile(out, source)
            resolved = source.resolve()
        except (OSError, RuntimeError):
            continue
        inside = resolved.is_dir() and out.exists() and resolved in target.parents
        if same or target == resolved or inside:
            raise CommandError(f"{output}: is an input of this run; choose another output file", EXIT_USAGE)


def cmd_extract(args: argparse.Namespace) -> int:
    from model.exporters import ExportError, export_data, write_data

    if args.scheduler:
        return cmd_extract_distributed(args)
    if args.output:
        _refuse_output_over_input(str(_output_path(args.output, args.format)), args.paths)
    result, status = _extract(args.paths)
    if args.output:
        try:
            write_data(result, args.format, _output_path(args.output, args.format))
        except ExportError as exc:
            raise CommandError(str(exc)) from None
    else:
        data = export_data(result, args.format)
        if isinstance(data, bytes):
            raise CommandError(f"format {args.format} is binary: give an output file with -o", EXIT_USAGE)
        sys.stdout.write(data if data.endswith("\n") else data + "\n")
    return status


def _output_path(output: str, fmt: str) -> Path:
    """`-o OUT/` (a trailing slash, or a folder that exists) names a folder, created if missing; a
    one-file format is written there as `events.<suffix>`, TimeML as one file per article."""
    from model.exporters import FORMATS

    path = Path(output)
    if not (output.endswith(("/", os.sep)) or path.is_dir()):
        return path
    path.mkdir(parents=True, exist_ok=True)
    return path if fmt == "tml" else path / f"events{FORMATS[fmt].suffix}"


def cmd_export(args: argparse.Namespace) -> int:
    suffix = Path(args.output).suffix.lower()
    if suffix not in (".png", ".svg", ".pdf"):
        raise CommandError(f"{args.output}: image format must be .png, .svg or .pdf", EXIT_USAGE)
    _refuse_output_over_input(args.output, args.paths)
    result, status = _extract(args.paths)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.export.image_export import ExportError, export_timeline_image

    try:
        export_timeline_image(result, Path(args.output), width=args.width, height=args.height, title=args.title)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    return status


def _check_day(value: str) -> str:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day: {value!r} (expected YYYY-MM-DD)") from None
    return value


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return number


def cmd_summarize(args: argparse.Namespace) -> int:
    from datetime import date

    from model.ranking.summary import summarize

    start = date.fromisoformat(args.date_from) if args.date_from else None
    end = date.fromisoformat(args.date_to) if args.date_to else None
    if start and end and start > end:
        raise CommandError(f"--from {args.date_from} is after --to {args.date_to}", EXIT_USAGE)
    result, status = _extract(args.paths)
    timeline = summarize(result, n_dates=args.dates, k_sentences=args.sentences, start=start, end=end)
    if args.format == "json":
        data = {"timeline": [{"date": d.day.isoformat(), "sentences": d.sentences} for d in timeline]}
        print(json.dumps(data, ensure_ascii=False))
    else:
        for d in timeline:
            print(d.day.isoformat())
            for sentence in d.sentences:
                print(f"  {sentence}")
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Chronicle: news articles to a timeline")
    sub = parser.add_subparsers(dest="command", required=True)

    tag = sub.add_parser("tag", help="TIMEX3 expressions, one JSON line per article")
    tag.add_argument("--dct", type=_check_dct, help="document date, overrides metadata and inference")
    tag.add_argument("files", nargs="+")
    tag.set_defaults(func=cmd_tag)

    ext = sub.add_parser("extract", help="events as data")
    ext.add_argument("paths", nargs="+")
    ext.add_argument("--format", default="json", choices=("json", "csv", "xlsx", "timelinejs", "tml", "ics"))
    ext.add_argument("-o", "--output")
    ext.add_argument("--scheduler", default=None,
                     help="local:N or tcp://HOST:PORT: extract JSON-lines corpora on Dask workers into a "
                          "Parquet folder (-o) the app opens")
    ext.set_defaults(func=cmd_extract)

    exp = sub.add_parser("export", help="timeline image")
    exp.add_argument("paths", nargs="+")
    exp.add_argument("-o", "--output", required=True)
    exp.add_argument("--width", type=int, default=1600)
    exp.add_argument("--height", type=int, default=None)
    exp.add_argument("--title", default=None)
    exp.set_defaults(func=cmd_export)

    summ = sub.add_parser("summarize", help="the key dates of the articles, each with its best sentences")
    summ.add_argument("paths", nargs="+")
    summ.add_argument("--dates", type=_positive, default=None, help="at most N dates (default: what the corpus supports)")
    summ.add_argument("--sentences", type=_positive, default=1, help="at most K sentences per date (default 1)")
    summ.add_argument("--from", dest="date_from", type=_check_day, default=None, help="first day, YYYY-MM-DD")
    summ.add_argument("--to", dest="date_to", type=_check_day, default=None, help="last day, YYYY-MM-DD")
    summ.add_argument("--format", default="json", choices=("json", "text"))
    summ.set_defaults(func=cmd_summarize)
    return parser


def run_command(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except CommandError as exc:
        _err(str(exc))
        return exc.code
    except OSError as exc:  # unwritable output, full disk...
        _err(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        return EXIT_ENVIRONMENT
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except Exception as exc:  # last line of defence: one line, never a traceback
        _err(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_ENVIRONMENT
    return code


def not_a_command(first: str) -> str | None:
    """The one-line error for a first argument that is neither a command nor an existing path
    (`main.py summarise`), else None. Opening the app on it would hang a script under offscreen."""
    if first in COMMANDS or first.startswith("-") or Path(first).exists():
        return None
    if Path(first).suffix or any(sep in first for sep in ("/", os.sep)):
        return f"{first}: no such file or folder"
    import difflib

    near = difflib.get_close_matches(first.lower(), COMMANDS, n=1, cutoff=0.6)
    hint = f"did you mean '{near[0]}'?" if near else f"commands: {', '.join(COMMANDS)}"
    return f"'{first}' is neither a command nor an existing file or folder; {hint}"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        return run_command(argv)
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__)
        return EXIT_OK
    problem = not_a_command(argv[0]) if argv else None
    if problem is not None:
        _err(problem)
        return EXIT_USAGE
    _report_bad_projects(argv)
    from gui.app import run_app

    return run_app(argv or [str(SAMPLES)])


def _report_bad_projects(paths: Sequence[str]) -> None:
    """A project that cannot be opened is told on one line here too (the app shows it in Problems)."""
    from model.project import ProjectError, is_project_path, read_summary

    for path in paths:
        if is_project_path(path):
            try:
                read_summary(path)
            except ProjectError as exc:
                _err(str(exc))


if __name__ == "__main__":
    sys.exit(main())
