"""Fuzz run (issue 8): the property tests' checks driven by hypothesis with many examples,
round-robin over every target until a time budget is spent.

    nice -n 19 python benchmarks/fuzz.py --minutes 12 [--targets loaders_bytes,timex_component]

Each target is a check from the test suite (tests/model/loaders/test_fuzz.py,
tests/model/test_fuzz_timex.py, tests/model/test_fuzz_language.py) with its strategies.
A failure is shrunk by hypothesis, printed, and the run goes on with the other targets.
Prints one line per target: examples run, failures; exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@dataclass
class Target:
    name: str
    strategies: dict[str, st.SearchStrategy]
    check: Callable[..., None]
    examples: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _targets(nlp: object) -> list[Target]:
    from tests.model.test_fuzz_language import LANGUAGE_TEXT, check_language
    from tests.model.test_fuzz_timex import ANY_DCT, ANY_TEXT, check_component

    from model.loaders import SUPPORTED_SUFFIXES
    from model.loaders.dates import DateError, normalize_date
    from model.loaders.decoding import DecodeError, decode_bytes
    from model.timex.recognizer import find_candidates
    from model.timex.redating import resolve_records
    from model.timex.validate import is_valid_value
    from tests.model.loaders import test_fuzz as loaders

    def load_json(records: list[dict[str, object]], suffix: str) -> None:
        data = json.dumps(records) if suffix == ".json" else "\n".join(json.dumps(r) for r in records)
        loaders._load_one(suffix, data.encode("utf-8"))

    def load_csv(rows: list[list[str]]) -> None:
        import csv
        import io

        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["title", "text", "date"])
        writer.writerows(rows)
        loaders._load_one(".csv", out.getvalue().encode("utf-8"))

    def dates(raw: object) -> None:
        try:
            value = normalize_date(raw)
        except DateError as exc:
            assert "\n" not in str(exc)
            return
        assert value is None or (len(value) in (4, 7, 10) and value[:4].isdigit()), value

    def decode(data: bytes) -> None:
        with contextlib.suppress(DecodeError):
            decode_bytes(data)

    def timex_rules(text: str, dct: str | None) -> None:
        records = [{"s": c.start, "e": c.end, "t": c.type, "p": c.parse, "mod": c.mod} for c in find_candidates(text)]
        for direction in (None, "past", "future"):
            for rec in records:
                rec["dir"] = direction
            for timex in resolve_records(text, records, dct):
                assert is_valid_value(timex.value, timex.type), timex
                assert 0 <= timex.start < timex.end <= len(text) and text[timex.start : timex.end] == timex.text

    suffixes = st.sampled_from(SUPPORTED_SUFFIXES)
    targets = [
        Target("loaders_bytes", {"suffix": suffixes, "prefix": st.sampled_from(loaders._PREFIXES),
                                 "data": st.binary(max_size=2000)},
               lambda suffix, prefix, data: loaders._load_one(suffix, prefix + data)),
        Target("loaders_text", {"suffix": suffixes, "text": st.text(max_size=1500)},
               lambda suffix, text: loaders._load_one(suffix, text.encode("utf-8"))),
        Target("loaders_json_records", {"records": st.lists(st.dictionaries(loaders._FIELD_NAMES, loaders._JSON_VALUES,
                                                                            max_size=6), max_size=6),
                                        "suffix": st.sampled_from([".json", ".jsonl"])}, load_json),
        Target("loaders_timelinejs", {"events": st.lists(st.dictionaries(st.sampled_from(["start_date", "text"]),
                                                                         loaders._JSON_VALUES), max_size=5)},
               lambda events: loaders._load_one(".json", json.dumps(
                   {"events": [{"start_date": {"year": "2021"}}, *events]}).encode("utf-8"))),
        Target("loaders_csv", {"rows": st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=5), max_size=8)},
               load_csv),
        Target("metadata_dates", {"raw": loaders._JSON_VALUES | st.text(max_size=60) | st.dates() | st.datetimes()},
               dates),
        Target("decoding", {"data": st.binary(max_size=3000)}, decode),
        Target("language_check", {"text": LANGUAGE_TEXT}, check_language),
        Target("timex_rules", {"text": ANY_TEXT, "dct": ANY_DCT}, timex_rules),
    ]
    if nlp is not None:
        targets.append(Target("timex_component", {"text": ANY_TEXT, "dct": ANY_DCT, "redate_to": ANY_DCT},
                              lambda text, dct, redate_to: check_component(nlp, text, dct, redate_to)))
    return targets


def _round(target: Target, examples: int) -> None:
    def counted(**kwargs: object) -> None:
        target.examples += 1
        target.check(**kwargs)

    test = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )(given(**target.strategies)(counted))
    start = time.perf_counter()
    try:
        test()
    except Exception as exc:  # a broken property: keep the shrunk example and go on
        target.failures.append(f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=6)}")
    finally:
        target.seconds += time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--round", type=int, default=300, help="examples per target per round")
    parser.add_argument("--targets", default="", help="comma-separated names (default: all)")
    parser.add_argument("--no-model", action="store_true", help="skip the spaCy component target")
    args = parser.parse_args()

    nlp = None
    if not args.no_model:
        from model.nlp.loading import load_pipeline

        nlp = load_pipeline()
    targets = _targets(nlp)
    if args.targets:
        wanted = set(args.targets.split(","))
        targets = [t for t in targets if t.name in wanted]
    deadline = time.monotonic() + args.minutes * 60
    started = time.monotonic()
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        for target in targets:
            if time.monotonic() >= deadline:
                break
            if len(target.failures) >= 3:  # the same bug again and again adds nothing
                continue
            _round(target, args.round)
        print(f"round {rounds}: {sum(t.examples for t in targets)} examples, "
              f"{(time.monotonic() - started) / 60:.1f} min", flush=True)

    print(f"\nmachine: {platform.machine()} {platform.system()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs; {(time.monotonic() - started) / 60:.1f} min, {rounds} rounds")
    print(f"{'target':24} {'examples':>9} {'seconds':>8} failures")
    for t in targets:
        print(f"{t.name:24} {t.examples:9d} {t.seconds:8.0f} {len(t.failures)}")
    print(f"{'total':24} {sum(t.examples for t in targets):9d}")
    for t in targets:
        for failure in t.failures:
            print(f"\n--- {t.name} ---\n{failure}")
    return 1 if any(t.failures for t in targets) else 0


if __name__ == "__main__":
    sys.exit(main())
