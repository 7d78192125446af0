"""Leave-one-folder-out tuning of the key-events summary on the six Timeline17 folders.

For each folder in turn, the settings of ``model.ranking.summary.SummaryOptions`` that score best
on the other five (AR-1 over their timelines, then Date-F1) are run on it, so each folder's
figure comes from settings that never saw it. Prints, per folder: the shipped defaults, the
held-out choice and the settings chosen; then the mean over the six held-out runs. Reuses the
extraction cached by ``timeline17.py --cached`` (made here if missing).

    python benchmarks/timeline17_loo.py [--data ../shared/data/timeline17] [--pool H1N1] [--quick]

``--pool H1N1`` scores the defaults on the H1N1 folders pooled (no tuning: the pooled runs are a
check of how the ranking behaves with more articles per topic).
"""

from __future__ import annotations

import argparse
import collections
import itertools
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import timeline17 as t17  # noqa: E402

from benchmarks.shared_data import shared_data  # noqa: E402
from model.ranking.summary import DEFAULTS, SummaryOptions, summarize  # noqa: E402

Scores = tuple[float, float, float, float, float, float]  # date P, R; AR-1 P, R; AR-2 P, R


def grid(quick: bool) -> list[SummaryOptions]:
    """The settings tried: day weights x sentence selection."""
    weights: list[dict[str, Any]] = [
        dict(mention=0.0, later=1.0, article=2.0, published=1.0),  # the previous defaults
        dict(mention=1.0, later=0.0, article=0.0, published=0.0),  # DATEWISE: mentions alone
        dict(mention=0.0, later=1.0, article=2.0, published=2.0),
    ]
    sentence: dict[str, list[Any]] = {
        "lead_sentences": [5, 10],
        "published_days": [1, 2],
        "centroid": ["mean", "shared"],
        "selection": ["closest", "set"],
        "topic": [(0.0, False), (0.5, True)],
    }
    keys = list(sentence)
    out = []
    for w in weights[:1] if quick else weights:
        for values in itertools.product(*(sentence[k] for k in keys)):
            chosen = dict(zip(keys, values, strict=True))
            share, days = chosen.pop("topic")
            out.append(replace(DEFAULTS, **w, **chosen, topic_share=share, topic_days=days))
    return out


def score(run: t17.Run, result, options: SummaryOptions, rouge: t17.Rouge) -> Scores:
    timeline = summarize(result, n_dates=run.n_dates, k_sentences=run.k_sentences,
                         start=min(run.gold), end=max(run.gold), options=options)
    pred = {d.day: d.sentences[: run.k_sentences] for d in timeline[: run.n_dates]}
    dp, dr = t17.date_pr(pred, run.gold)
    s = t17.align_m1(rouge, pred, run.gold)
    return (dp, dr, *s["rouge_1"], *s["rouge_2"])


def overall(rows: list[Scores]) -> tuple[float, float, float]:
    """Date-F1, AR-1, AR-2 over runs: F1 of mean precision and mean recall (news-tls)."""
    mean = [sum(col) / len(rows) for col in zip(*rows, strict=True)]
    return t17.f1(mean[0], mean[1]), t17.f1(mean[2], mean[3]), t17.f1(mean[4], mean[5])


def _changed(options: SummaryOptions) -> str:
    base = asdict(DEFAULTS)
    diff = {k: v for k, v in asdict(options).items() if base[k] != v}
    return ", ".join(f"{k}={v}" for k, v in diff.items()) or "defaults"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--pool", default=None, help="score the defaults on this topic's folders pooled")
    ap.add_argument("--quick", action="store_true", help="a small grid")
    args = ap.parse_args()
    data = args.data or shared_data("timeline17")
    rouge = t17.Rouge()
    runs = t17.runs(data, args.pool)
    results = {}
    for run in runs:
        path = t17.OUT / (run.name.replace("/", "__").replace(" (pooled ", "__pooled_").rstrip(")") + ".jsonl")
        results[run.name] = t17._cached_result(run, path)

    def row(name: str, rows: list[Scores]) -> str:
        d, a1, a2 = overall(rows)
        return f"{name:52} {d:7.3f} {a1:6.3f} {a2:6.3f}"

    print(f"{'timeline / settings':52} {'Date-F1':>7} {'AR-1':>6} {'AR-2':>6}")
    if args.pool:
        for run in runs:
            print(row(f"{run.name} ({len(run.articles)} articles)", [score(run, results[run.name], DEFAULTS, rouge)]))
        return 0

    options = grid(args.quick)
    t0, c0 = time.perf_counter(), time.process_time()
    table: dict[tuple[int, str], Scores] = {}
    for i, opt in enumerate(options):
        for run in runs:
            table[i, run.name] = score(run, results[run.name], opt, rouge)
    print(f"# {len(options)} settings x {len(runs)} timelines scored in {time.perf_counter() - t0:.0f} s wall, "
          f"{time.process_time() - c0:.0f} s CPU", file=sys.stderr)
    folder_of = {run.name: run.folder.name for run in runs}
    folders = sorted(set(folder_of.values()))
    defaults = next(i for i, o in enumerate(options) if o == DEFAULTS) if DEFAULTS in options else None
    held_out: list[Scores] = []
    shipped: list[Scores] = []
    chosen_count: collections.Counter[str] = collections.Counter()
    for folder in folders:
        train = [r.name for r in runs if folder_of[r.name] != folder]
        test = [r.name for r in runs if folder_of[r.name] == folder]

        def train_key(i: int, train: list[str] = train) -> tuple[float, float]:
            d, a1, _ = overall([table[i, n] for n in train])
            return (round(a1, 4), round(d, 4))

        best = max(range(len(options)), key=train_key)
        chosen_count[_changed(options[best])] += 1
        for name in test:
            held_out.append(table[best, name])
            if defaults is not None:
                shipped.append(table[defaults, name])
                print(row(f"{name} defaults", [table[defaults, name]]))
            print(row(f"{name} held-out", [table[best, name]]))
        print(f"    chosen on the other five: {_changed(options[best])}")
    print()
    if shipped:
        print(row("ALL defaults", shipped))
    print(row("ALL held-out (leave one folder out)", held_out))
    for name, n in chosen_count.most_common():
        print(f"    chosen {n}x: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
