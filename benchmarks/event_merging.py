"""How well merging finds one happening across articles, days and words (issue 16, item 1).

    python benchmarks/event_merging.py [--data ../shared/data] [--folders haiti_bbc ...] [--pairs 30]

(a) SemEval-2015 Task 4 trial data: in the gold timelines, mentions on one line are one event
    across documents (cross-document coreference; a mention is ``docid-sentence-word``; the lines of
    all six entities are joined where they share a mention). Over the gold mentions that are some
    event's trigger, pairwise precision and recall of our clusters (a pair is "same" when both are in
    one cluster) and B-cubed precision and recall.
(b) Timeline17 folders (``--folders``; the extraction is cached in ``benchmarks/out/merging/``):
    events, clusters told by several articles, and for the stories in ``STORIES`` (one happening on
    one day: the Haiti quake, Michael Jackson's death…) how many articles tell it dated to that day
    and how many of those articles' mentions end in the story's biggest cluster.
(c) ``--pairs N`` merged pairs per folder, drawn at random (seeded), printed for reading by hand.

Development used EgyptianProtest_cnn and haiti_bbc; the other four folders are the held-out check.
Clustering is run afresh on the cached events (``assign_clusters``), so the cache does not go stale
when merging changes; CPU seconds of that clustering are printed. ``--merge-module FILE`` takes
``assign_clusters`` from another copy of merge.py, for a before/after in one place:

    git show main:model/nlp/merge.py > /tmp/merge_main.py
    python benchmarks/event_merging.py --merge-module /tmp/merge_main.py
"""

from __future__ import annotations

import argparse
import importlib.util
import pickle
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timeline_eval import read_timeline  # noqa: E402
from timeline_trial import _mentions, read_document  # noqa: E402

from benchmarks.shared_data import shared_data  # noqa: E402
from model.core.documents import Article, DocumentDate  # noqa: E402
from model.core.events import Event  # noqa: E402

OUT = ROOT / "benchmarks" / "out" / "merging"
Clusterer = Callable[[list[Event], list[Article]], None]


def load_clusterer(path: Path | None) -> Clusterer:
    if path is None:
        from model.nlp.merge import assign_clusters

        return assign_clusters
    spec = importlib.util.spec_from_file_location("merge_under_test", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: not a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module.assign_clusters  # type: ignore[no-any-return]
DEV = ("EgyptianProtest_cnn", "haiti_bbc")
HELD_OUT = ("MJ_bbc", "H1N1_bbc", "H1N1_guardian", "H1N1_reuters")


@dataclass(frozen=True)
class Story:
    """One happening many articles of a folder tell: its day and the words that name it."""

    folder: str
    name: str
    day: date
    words: frozenset[str]


STORIES = [
    Story("haiti_bbc", "Haiti earthquake", date(2010, 1, 12), frozenset({"quake", "earthquake", "tremor"})),
    Story("MJ_bbc", "Michael Jackson's death", date(2009, 6, 25), frozenset({"die", "died", "death", "dies"})),
    Story("EgyptianProtest_cnn", "Mubarak steps down", date(2011, 2, 11),
          frozenset({"resign", "resigned", "resignation", "step", "stepped", "ouster", "ousted"})),
]


def _data_root(given: Path | None) -> Path:
    if given is not None:
        return given
    candidate = shared_data()
    if candidate.is_dir():
        return candidate
    raise SystemExit("no data folder: pass --data")


# --- (a) the trial data's cross-document coreference ---------------------------------------------

def gold_chains(folder: Path) -> list[set[str]]:
    """Every gold event as its set of mentions; lines of different entities that share a mention
    are one event (the iPhone 4's unveiling is on the iPhone 4 and the Steve Jobs timelines)."""
    parent: dict[str, str] = {}

    def find(m: str) -> str:
        while parent[m] != m:
            parent[m] = parent[parent[m]]
            m = parent[m]
        return m

    for path in sorted(folder.glob("*.txt")):
        _entity, lines = read_timeline(str(path))
        for line in lines:
            # A phrasal mention is scored at its first word ("court_case" -> "court"), as in timeline_trial.
            mentions = [m.lower().split("_")[0] for m in line.mentions]
            for m in mentions:
                parent.setdefault(m, m)
            for m in mentions[1:]:
                parent[find(m)] = find(mentions[0])
    chains: dict[str, set[str]] = defaultdict(set)
    for m in parent:
        chains[find(m)].add(m)
    return list(chains.values())


def pair_scores(gold: list[set[str]], system: dict[str, str]) -> dict[str, float]:
    """Pairwise and B-cubed precision/recall over the gold mentions the system has (``system``:
    mention -> cluster)."""
    chain_of = {m: n for n, chain in enumerate(gold) for m in chain}
    mentions = sorted(m for m in chain_of if m in system)
    sys_pairs = gold_pairs = both = 0
    for n, a in enumerate(mentions):
        for b in mentions[n + 1 :]:
            s = system[a] == system[b]
            g = chain_of[a] == chain_of[b]
            sys_pairs += s
            gold_pairs += g
            both += s and g
    b3p = b3r = 0.0
    for m in mentions:
        same_sys = {x for x in mentions if system[x] == system[m]}
        same_gold = {x for x in mentions if chain_of[x] == chain_of[m]}
        b3p += len(same_sys & same_gold) / len(same_sys)
        b3r += len(same_sys & same_gold) / len(same_gold)
    n = max(1, len(mentions))
    return {
        "mentions": len(mentions), "gold mentions": len(chain_of), "gold pairs": gold_pairs, "system pairs": sys_pairs,
        "right pairs": both,
        "pair P": both / sys_pairs if sys_pairs else 1.0, "pair R": both / gold_pairs if gold_pairs else 1.0,
        "B3 P": b3p / n, "B3 R": b3r / n,
    }


def trial(data: Path, assign_clusters: Clusterer) -> dict[str, float]:
    from model.nlp.loading import load_pipeline
    from model.nlp.pipeline import extract

    folder = data / "timeline-trial"
    OUT.mkdir(parents=True, exist_ok=True)
    cache = OUT / "trial.events.pickle"
    docs = {d.doc_id: d for d in (read_document(p, folder / "timeml") for p in sorted((folder / "raw-cat").glob("*.xml")))}
    if cache.exists():
        events: list[Event] = pickle.loads(cache.read_bytes())
    else:
        articles = [
            Article(id=d.doc_id, path=d.doc_id, text=d.text,
                    dct=DocumentDate(d.dct, "metadata", 1.0) if d.dct else DocumentDate(None))
            for d in docs.values()
        ]
        events = extract(articles, load_pipeline()).events
        cache.write_bytes(pickle.dumps(events))
    for e in events:
        e.cluster = ""
    assign_clusters(events, [])
    system: dict[str, str] = {}
    for event in events:
        mention = _mentions(event, docs[event.article])
        if mention is not None:
            system.setdefault(mention, event.cluster_key)
    return pair_scores(gold_chains(folder / "gold-timelines"), system)


# --- (b), (c) Timeline17 folders ---------------------------------------------------------------

def folder_events(data: Path, folder: str) -> tuple[list[Article], list[Event]]:
    from model.loaders import load_paths
    from model.nlp.loading import load_pipeline
    from model.nlp.pipeline import extract

    OUT.mkdir(parents=True, exist_ok=True)
    # benchmarks/timeline17.py --cached keeps the extraction of each of its runs (a folder's articles
    # of the timeline's period): reused when there, not extracted twice.
    t17 = sorted((OUT.parent / "t17").glob(f"{folder}__*.events.pickle"))
    if t17:
        result = pickle.loads(t17[0].read_bytes())
        return result.articles, result.events
    cache = OUT / f"{folder}.events.pickle"
    if cache.exists():
        articles, events = pickle.loads(cache.read_bytes())
        return articles, events
    loaded = load_paths([str(data / "timeline17" / folder / "articles.jsonl")])
    result = extract(loaded.articles, load_pipeline(), n_process=2)
    articles = [a for a in result.articles]
    for a in articles:
        a.event_mentions = []  # not needed here; keeps the cache small
    cache.write_bytes(pickle.dumps((articles, result.events)))
    return articles, result.events


def story_check(story: Story, events: list[Event]) -> str:
    """Articles telling the story dated to its day, and how many of them the biggest cluster holds."""
    told = [
        e for e in events
        if e.date.granularity == "day" and e.date.start == story.day and e.timex.text
        and e.trigger.text.lower() in story.words and e.modality not in ("negated", "hypothetical")
    ]
    articles = {e.article for e in told}
    by_cluster: dict[str, set[str]] = defaultdict(set)
    for e in told:
        by_cluster[e.cluster_key].add(e.article)
    biggest = max(by_cluster.values(), key=len, default=set())
    return (f"{story.name} ({story.day}): {len(told)} mentions in {len(articles)} articles, "
            f"{len(by_cluster)} clusters; the biggest holds {len(biggest)} of the {len(articles)} articles")


def merged_pairs(events: list[Event], n: int, seed: int) -> list[tuple[Event, Event]]:
    """n pairs of events our clustering put in one cluster (one pair per cluster at most, first by
    chance among the clusters, then among the cluster's reports), seeded."""
    clusters: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        clusters[e.cluster_key].append(e)
    multi = sorted((k for k, m in clusters.items() if len(m) > 1))
    rng = random.Random(seed)
    rng.shuffle(multi)
    out = []
    for key in multi[:n]:
        a, b = rng.sample(clusters[key], 2)
        out.append((a, b))
    return out


def _short(e: Event, width: int = 150) -> str:
    text = " ".join(e.sentence.text.split())
    return f"[{e.article[:10]} {e.date.value} {e.modality[:4]} «{e.trigger.text}»] {text[:width]}"


def folder_report(data: Path, folder: str, pairs: int, seed: int, assign_clusters: Clusterer) -> None:
    articles, events = folder_events(data, folder)
    for e in events:
        e.cluster = ""
    started = time.process_time()
    assign_clusters(events, articles)
    cpu = time.process_time() - started
    clusters: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        clusters[e.cluster_key].append(e)
    multi_article = [m for m in clusters.values() if len({e.article for e in m}) > 1]
    multi_report = [m for m in clusters.values() if len(m) > 1]
    biggest = max((len({e.article for e in m}) for m in multi_article), default=0)
    part = "dev" if folder in DEV else "held-out"
    print(f"\n## {folder} ({part}): {len(articles)} articles, {len(events)} events, {len(clusters)} clusters; "
          f"{len(multi_report)} with several reports, {len(multi_article)} told by several articles "
          f"(biggest: {biggest} articles); clustering {cpu:.2f} s CPU")
    for story in STORIES:
        if story.folder == folder:
            print("   story: " + story_check(story, events))
    for n, (a, b) in enumerate(merged_pairs(events, pairs, seed), start=1):
        print(f"   {n:2d}. {_short(a)}\n       {_short(b)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--folders", nargs="*", default=[*DEV, *HELD_OUT])
    parser.add_argument("--pairs", type=int, default=30, help="merged pairs to print per folder")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--no-trial", action="store_true")
    parser.add_argument("--merge-module", type=Path, default=None, help="merge.py to take assign_clusters from")
    args = parser.parse_args(argv)
    data = _data_root(args.data)
    clusterer = load_clusterer(args.merge_module)
    if not args.no_trial:
        s = trial(data, clusterer)
        print(f"(a) trial gold coreference: {s['mentions']:.0f} of {s['gold mentions']:.0f} gold mentions recognised; "
              f"{s['gold pairs']:.0f} gold pairs among them, {s['system pairs']:.0f} system pairs, "
              f"{s['right pairs']:.0f} right")
        print(f"    pairwise P {s['pair P']:.3f} R {s['pair R']:.3f} | B-cubed P {s['B3 P']:.3f} R {s['B3 R']:.3f}")
    for folder in args.folders:
        folder_report(data, folder, args.pairs, args.seed, clusterer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
