"""Extraction speed against bare spaCy, and peak memory at 1,000 and 10,000 articles (issue 7).

    python benchmarks/throughput.py                      # 256 TempEval-3 docs, one process
    python benchmarks/throughput.py --n-process 2        # both cores, for both sides
    python benchmarks/throughput.py --limit 50           # a quick subset while developing
    python benchmarks/throughput.py --memory             # peak RSS, 1,000 and 10,000 synthetic articles
    python benchmarks/throughput.py --limit 50 --profile # CPU per stage, and cProfile's hot spots
    python benchmarks/throughput.py --merge-scaling 200 --repeat 3  # merge time at 1k/10k/100k events

Throughput: in ONE run, the same texts go through bare spaCy (the same model, ``nlp.pipe``, the
same batch size) and through our full ``extract`` (spaCy + timex + document dates + events +
merging). The ratio ours/bare is the issue's target (>= 0.7).

Memory: each size runs in a fresh subprocess that reports its own peak resident set size
(``getrusage``), after loading the model (baseline) and after extracting. Synthetic articles are
sentences of the corpus recombined with a seeded random generator, each with a corpus DCT.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model.core.documents import Article, DocumentDate  # noqa: E402

if TYPE_CHECKING:
    from model.core.events import Event

DEFAULT_CORPUS = "../shared/data/tempeval3"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])|(?<=[.!?][\"'])\s+(?=[A-Z])|\n\s*\n")


def load_corpus(path: str, limit: int | None = None) -> list[Article]:
    from model.loaders import load_paths

    corpus = Path(path)
    if not corpus.is_absolute():
        corpus = ROOT / corpus
    loaded = load_paths([corpus])
    if not loaded.articles:
        raise SystemExit(f"no articles in {corpus}: {[str(e) for e in loaded.errors[:3]]}")
    return loaded.articles[:limit] if limit else loaded.articles


def _words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def throughput(articles: list[Article], *, n_process: int, batch_size: int, repeat: int = 1) -> dict[str, float]:
    """Bare spaCy and extract, alternating, `repeat` rounds; the best round of each (as timeit does:
    the slower rounds measure the other jobs on the machine, not this code)."""
    rounds = [_one_round(articles, n_process=n_process, batch_size=batch_size) for _ in range(max(1, repeat))]
    best = dict(rounds[0])
    for key in ("bare_s", "ours_s", "bare_cpu_s", "ours_cpu_s", "bare_all_cpu_s", "ours_all_cpu_s"):
        best[key] = min(r[key] for r in rounds)
    n = best["docs"]
    best.update(bare_docs_per_s=n / best["bare_s"], ours_docs_per_s=n / best["ours_s"],
                ratio=best["bare_s"] / best["ours_s"], cpu_ratio=best["bare_cpu_s"] / best["ours_cpu_s"],
                all_cpu_ratio=best["bare_all_cpu_s"] / best["ours_all_cpu_s"])
    best["rounds"] = len(rounds)
    return best


_PIPELINES: dict[str, object] = {}


def _one_round(articles: list[Article], *, n_process: int, batch_size: int) -> dict[str, float]:
    from model.nlp.loading import load_base_pipeline, load_pipeline
    from model.nlp.pipeline import extract

    texts = [a.text for a in articles]
    if not _PIPELINES:
        _PIPELINES["bare"], _PIPELINES["ours"] = load_base_pipeline(), load_pipeline()
        # Warm both (first-call allocations, lazy imports) on a few texts outside the timing.
        list(_PIPELINES["bare"].pipe(texts[:4], batch_size=batch_size))  # type: ignore[attr-defined]
        extract(copy.deepcopy(articles[:4]), _PIPELINES["ours"])  # type: ignore[arg-type]
    bare_nlp: Any = _PIPELINES["bare"]
    nlp: Any = _PIPELINES["ours"]

    # CPU time of this process too: on a shared machine it is steadier than the wall clock.
    # With worker processes, also the CPU of all processes (this one and its reaped children).
    start, cpu, all_cpu = time.perf_counter(), time.process_time(), _children_cpu()
    for _doc in bare_nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        pass
    bare, bare_cpu = time.perf_counter() - start, time.process_time() - cpu
    _reap_children()  # spaCy's workers exit after the last batch; count them once they have
    bare_all = bare_cpu + _children_cpu() - all_cpu

    ours_articles = copy.deepcopy(articles)  # extract re-dates articles in place
    start, cpu, all_cpu = time.perf_counter(), time.process_time(), _children_cpu()
    result = extract(ours_articles, nlp, batch_size=batch_size, n_process=n_process)
    ours, ours_cpu = time.perf_counter() - start, time.process_time() - cpu
    _reap_children()
    ours_all = ours_cpu + _children_cpu() - all_cpu
    n = len(articles)
    return {
        "docs": n,
        "words": _words(articles),
        "events": len(result.events),
        "bare_s": bare,
        "ours_s": ours,
        "bare_cpu_s": bare_cpu,
        "ours_cpu_s": ours_cpu,
        "bare_all_cpu_s": bare_all,
        "ours_all_cpu_s": ours_all,
        "bare_docs_per_s": n / bare,
        "ours_docs_per_s": n / ours,
        "ratio": bare / ours,
        "cpu_ratio": bare_cpu / ours_cpu,
    }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _reap_children() -> None:
    import multiprocessing

    for child in multiprocessing.active_children():
        child.join(timeout=30)


def synthetic_articles(corpus: list[Article], n: int, seed: int) -> list[Article]:
    """n articles of 6-12 corpus sentences each, recombined; each dated like a corpus article."""
    rng = random.Random(seed)
    sentences = [s.strip() for a in corpus for s in _SENTENCE_END.split(a.text) if len(s.split()) >= 4]
    dates: list[str | None] = [a.metadata_date for a in corpus if a.metadata_date] or [None]
    out = []
    for i in range(n):
        text = " ".join(rng.choice(sentences) for _ in range(rng.randint(6, 12)))
        date = rng.choice(dates)
        dct = DocumentDate(date, "metadata", 1.0) if date else DocumentDate(None)
        out.append(Article(id=f"syn-{i}", path=f"synthetic/{i}", text=text, metadata_date=date, dct=dct))
    return out


def _peak_mb() -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def memory_child(corpus_path: str, n: int, seed: int, mode: str, chunk: int) -> None:
    """Runs in its own process: extract n synthetic articles, print one JSON line of figures."""
    from model.nlp.loading import load_pipeline

    corpus = load_corpus(corpus_path)
    nlp = load_pipeline()
    articles = synthetic_articles(corpus, n, seed)
    del corpus
    baseline = _peak_mb()
    start = time.perf_counter()
    if mode == "extract":
        from model.nlp.pipeline import extract

        result = extract(articles, nlp)
        events = len(result.events)
    else:  # chunked: the corpus path for big inputs, rows kept, Docs dropped after each chunk
        from model.core.rows import record_from_article
        from model.nlp.parallel import chunked, extract_article_records

        records = [record_from_article(a) for a in articles]
        events = 0
        for part in chunked(records, chunk):
            events += len(extract_article_records(part, nlp).events)
    seconds = time.perf_counter() - start
    peak = _peak_mb()
    print(json.dumps({"n": n, "mode": mode, "baseline_mb": baseline, "peak_mb": peak,
                      "growth_mb": peak - baseline, "events": events, "seconds": seconds}))


def memory(corpus_path: str, sizes: list[int], seed: int, mode: str, chunk: int) -> list[dict[str, float]]:
    rows = []
    for n in sizes:
        cmd = [sys.executable, __file__, corpus_path, "--memory-child", str(n), "--seed", str(seed),
               "--mode", mode, "--chunk", str(chunk)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        row = json.loads(out.strip().splitlines()[-1])
        rows.append(row)
        print(f"  {n:>6} articles ({mode}): baseline {row['baseline_mb']:.0f} MB, peak {row['peak_mb']:.0f} MB, "
              f"growth {row['growth_mb']:.0f} MB, {row['events']} events, {row['seconds']:.1f} s", flush=True)
    if len(rows) >= 2 and rows[0]["growth_mb"] > 0:
        size_ratio = rows[-1]["n"] / rows[0]["n"]
        growth_ratio = rows[-1]["growth_mb"] / rows[0]["growth_mb"]
        print(f"growth ratio {growth_ratio:.2f} for {size_ratio:.0f}x the articles "
              f"(linear: <= {size_ratio:.0f}); per article: "
              + ", ".join(f"{r['growth_mb'] * 1024 / r['n']:.1f} KiB @ {r['n']}" for r in rows))
    return rows


def profile(articles: list[Article], top: int) -> None:
    """Where extract spends its time over bare spaCy: CPU time per stage, then cProfile's top entries."""
    import cProfile
    import pstats

    from model.nlp.loading import load_base_pipeline, load_pipeline
    from model.nlp.pipeline import build_events, date_documents, extract, parse_articles

    bare, nlp = load_base_pipeline(), load_pipeline()
    texts = [a.text for a in articles]
    list(bare.pipe(texts[:4]))
    extract(copy.deepcopy(articles[:4]), nlp)

    def cpu(step: Any) -> tuple[float, Any]:
        start = time.process_time()
        out = step()
        return time.process_time() - start, out

    work = copy.deepcopy(articles)
    bare_s, _ = cpu(lambda: list(bare.pipe(texts, batch_size=16)))
    no_timex_s, _ = cpu(lambda: list(nlp.pipe(texts, batch_size=16, disable=["timex"])))
    parse_s, docs = cpu(lambda: list(parse_articles(work, nlp)))
    date_s, _ = cpu(lambda: date_documents(work, docs))
    events_s, events = cpu(lambda: build_events(work, docs))
    print(f"CPU s over {len(articles)} docs: bare spaCy {bare_s:.2f} | ours without timex {no_timex_s:.2f} | "
          f"parse_articles (+timex, paragraphs) {parse_s:.2f} | date_documents {date_s:.2f} | "
          f"build_events {events_s:.2f} ({len(events)} events) | ratio {bare_s / (parse_s + date_s + events_s):.2f}")
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    extract(copy.deepcopy(articles), nlp)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def replicate_events(events: list[Event], size: int, seed: int, spread_days: int = 20 * 365) -> list[Event]:
    """size events from copies of the extracted ones: every copy is one more set of articles, its
    dates shifted by a random number of days within +/- spread_days (containment inside a copy is
    kept; coarse values get the shift appended so two copies' years are not "the same year")."""
    from datetime import timedelta

    from model.core.events import EventDate

    rng = random.Random(seed)
    out: list[Event] = []
    copy_no = 0
    while len(out) < size:
        shift = 0 if copy_no == 0 else rng.randint(-spread_days, spread_days)
        for event in events[: size - len(out)]:
            d = event.date
            moved = EventDate(f"{d.value}@{shift}" if shift else d.value, d.start + timedelta(days=shift),
                              d.end + timedelta(days=shift), d.granularity)
            out.append(dataclasses.replace(event, id=f"{event.id}#{copy_no}", article=f"{event.article}#{copy_no}",
                                           date=moved, participants=list(event.participants), cluster=""))
        copy_no += 1
    return out


def merge_scaling(corpus: list[Article], n: int, seed: int, sizes: list[int], repeat: int, pairwise_max: int) -> None:
    """CPU time of merging 1k/10k/100k events: the events of n synthetic articles, replicated with
    shifted dates (``replicate_events``); the all-pairs reference too, up to pairwise_max events."""
    from model.nlp.loading import load_pipeline
    from model.nlp.merge import assign_clusters, assign_clusters_pairwise
    from model.nlp.pipeline import extract

    result = extract(synthetic_articles(corpus, n, seed), load_pipeline())
    print(f"base: {len(result.events)} events from {n} synthetic articles; median of {repeat} runs, CPU s")
    for size in sizes:
        events = replicate_events(result.events, size, seed)
        times = []
        for _ in range(repeat):
            work = copy.deepcopy(events)
            start = time.process_time()
            assign_clusters(work, [])
            times.append(time.process_time() - start)
        clusters = len({e.cluster for e in work})
        line = (f"assign_clusters (blocked) over {size:>7,} events: {statistics.median(times):7.2f} s CPU "
                f"({clusters:,} clusters; runs {', '.join(f'{t:.2f}' for t in times)})")
        if size <= pairwise_max:
            reference = copy.deepcopy(events)
            start = time.process_time()
            assign_clusters_pairwise(reference, [])
            same = [e.cluster for e in reference] == [e.cluster for e in work]
            line += f" | all pairs {time.process_time() - start:.2f} s CPU, same clusters: {same}"
        print(line, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS, help="folder of articles (repo-relative)")
    parser.add_argument("--n-process", type=int, default=1, help="processes for nlp.pipe (both sides)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--repeat", type=int, default=3, help="alternating rounds; the best of each side")
    parser.add_argument("--memory", action="store_true", help="peak memory instead of throughput")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--mode", choices=("extract", "chunked"), default="chunked",
                        help="memory: one extract() over all articles, or chunks of --chunk articles")
    parser.add_argument("--chunk", type=int, default=256)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="stage CPU times and cProfile of extract")
    parser.add_argument("--merge-scaling", type=int, metavar="N",
                        help="merge time at --merge-sizes events, from the events of N synthetic articles")
    parser.add_argument("--merge-sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--merge-pairwise-max", type=int, default=10000,
                        help="also time the all-pairs reference up to this many events")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.memory_child:
        memory_child(args.corpus, args.memory_child, args.seed, args.mode, args.chunk)
        return 0
    print(f"# {platform.node()} · {platform.processor() or platform.machine()} · "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · Python {platform.python_version()}")
    if args.memory:
        memory(args.corpus, args.sizes, args.seed, args.mode, args.chunk)
        return 0
    articles = load_corpus(args.corpus, args.limit)
    if args.profile:
        profile(articles, 30)
        return 0
    if args.merge_scaling:
        merge_scaling(articles, args.merge_scaling, args.seed, args.merge_sizes, args.repeat, args.merge_pairwise_max)
        return 0
    r = throughput(articles, n_process=args.n_process, batch_size=args.batch_size, repeat=args.repeat)
    print(f"{r['docs']} docs, {r['words']:,} words, n_process={args.n_process}, batch_size={args.batch_size}, "
          f"best of {r['rounds']} alternating rounds")
    workers = args.n_process > 1
    load = " · load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"bare spaCy : {r['bare_docs_per_s']:7.1f} docs/s  ({r['bare_s']:.1f} s wall, {r['bare_cpu_s']:.1f} s CPU here"
          + (f", {r['bare_all_cpu_s']:.1f} s CPU with its workers)" if workers else ")"))
    print(f"extract    : {r['ours_docs_per_s']:7.1f} docs/s  ({r['ours_s']:.1f} s wall, {r['ours_cpu_s']:.1f} s CPU here"
          + (f", {r['ours_all_cpu_s']:.1f} s CPU with its workers" if workers else "") + f", {r['events']} events)")
    print(f"ratio      : {r['ratio']:.2f} wall-clock (target >= 0.70), "
          + (f"{r['all_cpu_ratio']:.2f} CPU time of all processes" if workers else f"{r['cpu_ratio']:.2f} CPU time")
          + load)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
