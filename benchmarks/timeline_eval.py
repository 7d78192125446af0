"""SemEval-2015 Task 4 (TimeLine) scoring, as the task's official evaluation tool computes it.

The official tool (``evaluation_all.py`` + ``evaluation_timeline.py``, run on Python 2.7 with
TempEval-3's ``temporal_evaluation.py`` and its timegraph) is reimplemented here so the benchmark
needs neither Python 2 nor the tool's files. What it does, step by step:

1. Each timeline file loses its first line (the entity); its lines ``rank TAB date TAB mention…``
   are sorted by Python 2's natural order (digit runs as numbers, numbers before text).
2. Lines of rank 0 are ignored (the gold files put undated, unordered events there).
3. Every distinct date string of the gold timeline is a time node (``XXXX-XX-XX`` too: it is just
   another string); a system date that gold has shares gold's node, any other is a node of its own.
4. Every mention is an event node. A system mention is gold's node when its text is exactly a
   gold mention (multi-word ones such as ``court_case`` included; the k-th use of a text takes
   gold's k-th node of that text), else a node of its own.
5. Relations, in this order: each event SIMULTANEOUS its date node; then, over the events in line
   order, each event BEFORE the next one when the next one's rank is higher, else SIMULTANEOUS.
6. Each side becomes a timegraph (point algebra over interval starts and ends, start < end):
   relations are added in order; one the graph already entails is left out of the reduced graph,
   one that contradicts it is kept aside as a violation and counted back in (as the tool does).
7. Precision: reduced system relations that gold states or its graph entails, over all reduced
   system relations; recall the other way round. Totals are summed over files (micro) and
   F1 = 2PR/(P+R) on percentages rounded to six decimals of a fraction.

The timegraph here is exact where TempEval-3's is a search over chains; on timelines (only
SIMULTANEOUS and BEFORE) the two agree — see ``tests/benchmarks/test_timeline_eval.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNKNOWN_DATE = "XXXX-XX-XX"


def is_unknown(date: str) -> bool:
    """No date at all: "XXXX-XX-XX" (gold files also write "XXX-XX-XX")."""
    return not date or set(date) <= {"X", "-"}


@dataclass
class TimelineLine:
    rank: int
    date: str
    mentions: list[str]


Relation = tuple[str, str, str]  # (entity, entity, SIMULTANEOUS | BEFORE)


def _natural_key(text: str) -> list[tuple[int, int | str]]:
    """Python 2's sort of ``re.split('(\\d+)')`` parts: numbers compare below strings."""
    return [(0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", text)]


def _ordered(lines: list[TimelineLine]) -> list[TimelineLine]:
    rows = ["\t".join([str(line.rank), line.date, *line.mentions]).rstrip() for line in lines]
    rows = [row for row in rows if row.strip()]
    rows.sort(key=_natural_key)
    out = []
    for row in rows:
        parts = row.split("\t")
        if len(parts) < 3 or int(parts[0]) == 0:
            continue
        out.append(TimelineLine(int(parts[0]), parts[1], parts[2:]))
    return out


def _relations(nodes: list[tuple[str, int, str]]) -> list[Relation]:
    """(event node, rank, time node) in line order -> the tool's TLINKs, in the tool's order."""
    rels: list[Relation] = [(event, time, "SIMULTANEOUS") for event, _, time in nodes]
    for (a, rank_a, _), (b, rank_b, _) in zip(nodes, nodes[1:], strict=False):
        rels.append((a, b, "BEFORE" if rank_a < rank_b else "SIMULTANEOUS"))
    return rels


def encode(gold: list[TimelineLine], system: list[TimelineLine]) -> tuple[list[Relation], list[Relation]]:
    """The two TLINK lists the official tool writes for a gold and a system timeline."""
    gold_lines, sys_lines = _ordered(gold), _ordered(system)
    times: dict[str, str] = {}
    gold_events: list[str] = []
    gold_nodes: list[tuple[str, int, str]] = []
    for line in gold_lines:
        times.setdefault(line.date, f"t{len(times)}")
        for mention in line.mentions:
            gold_events.append(mention)
            gold_nodes.append((f"ei{len(gold_events)}", line.rank, times[line.date]))
    next_tid, next_eid = len(times) + 1, len(gold_events) + 1
    sys_times: dict[str, str] = {}
    used: dict[str, int] = {}
    sys_nodes: list[tuple[str, int, str]] = []
    for line in sys_lines:
        if line.date not in sys_times:
            if line.date in times:
                sys_times[line.date] = times[line.date]
            else:
                sys_times[line.date] = f"t{next_tid}"
                next_tid += 1
        for mention in line.mentions:
            k = used.get(mention, 0)
            positions = [i for i, m in enumerate(gold_events) if m == mention]
            if k < len(positions):
                eid = positions[k] + 1
            else:
                eid, next_eid = next_eid, next_eid + 1
            used[mention] = k + 1
            sys_nodes.append((f"ei{eid}", line.rank, sys_times[line.date]))
    return _relations(gold_nodes), _relations(sys_nodes)


class Timegraph:
    """Points (an entity's start and end) with = and <; relations added in order."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.after: dict[str, set[str]] = {}  # class -> classes strictly later
        self.reduced: list[Relation] = []  # added and not entailed by what came before
        self.violated: list[Relation] = []

    def _find(self, point: str) -> str:
        while self.parent[point] != point:
            self.parent[point] = self.parent[self.parent[point]]
            point = self.parent[point]
        return point

    def _point(self, point: str) -> str:
        if point not in self.parent:
            self.parent[point] = point
            self.after[point] = set()
        return self._find(point)

    def _entity(self, name: str) -> tuple[str, str]:
        new = f"{name}_s" not in self.parent
        start, end = self._point(f"{name}_s"), self._point(f"{name}_e")
        if new:
            self.after[start].add(end)
        return start, end

    def has(self, name: str) -> bool:
        return f"{name}_s" in self.parent

    def _less(self, a: str, b: str) -> bool:
        a, b = self._find(a), self._find(b)
        seen, stack = {a}, [a]
        while stack:
            for nxt in self.after[self._find(stack.pop())]:
                nxt = self._find(nxt)
                if nxt == b:
                    return True
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return False

    def _rel(self, a: str, b: str) -> str:
        if self._find(a) == self._find(b):
            return "="
        if self._less(a, b):
            return "<"
        if self._less(b, a):
            return ">"
        return "?"

    def entails(self, x: str, y: str, rel: str) -> bool:
        if not (self.has(x) and self.has(y)):
            return False
        xs, xe = self._find(f"{x}_s"), self._find(f"{x}_e")
        ys, ye = self._find(f"{y}_s"), self._find(f"{y}_e")
        if rel == "BEFORE":
            return self._rel(xe, ys) == "<"
        if rel == "AFTER":
            return self._rel(ye, xs) == "<"
        return self._rel(xs, ys) == "=" and self._rel(xe, ye) == "="

    def _union(self, a: str, b: str) -> None:
        a, b = self._find(a), self._find(b)
        if a != b:
            self.parent[b] = a
            self.after[a] |= self.after.pop(b)

    def add(self, x: str, y: str, rel: str) -> None:
        if x == y and rel != "SIMULTANEOUS":
            self.violated.append((x, y, rel))
            return
        known = self.has(x) and self.has(y)
        xs, xe = self._entity(x)
        ys, ye = self._entity(y)
        if known:
            if self.entails(x, y, rel):
                return  # implied by what is there: not part of the reduced graph
            if rel == "BEFORE" and self._rel(xe, ys) in ("=", ">"):
                self.violated.append((x, y, rel))
                return
            if rel == "SIMULTANEOUS" and (self._rel(xs, ys) in ("<", ">") or self._rel(xe, ye) in ("<", ">")):
                self.violated.append((x, y, rel))
                return
        if rel == "BEFORE":
            self.after[self._find(xe)].add(self._find(ys))
        else:
            self._union(xs, ys)
            self._union(xe, ye)
            # Merging classes may make a class later than itself only through a violation,
            # which was refused above.
        self.reduced.append((x, y, rel))


def timegraph(relations: list[Relation]) -> Timegraph:
    graph = Timegraph()
    seen: set[Relation] = set()
    for rel in relations:
        if rel in seen:
            continue  # the tool's "nonredundant": a relation stated twice counts once
        seen.add(rel)
        graph.add(*rel)
    return graph


def _stated(relations: list[Relation]) -> set[Relation]:
    out = set()
    for x, y, rel in relations:
        out.add((x, y, rel))
        if x != y:
            out.add((y, x, {"BEFORE": "AFTER", "AFTER": "BEFORE"}.get(rel, rel)))
    return out


@dataclass(frozen=True)
class Score:
    matched_p: int
    total_p: int
    matched_r: int
    total_r: int

    @property
    def precision(self) -> float:
        return round(self.matched_p / self.total_p, 6) if self.total_p else 0.0

    @property
    def recall(self) -> float:
        return round(self.matched_r / self.total_r, 6) if self.total_r else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.matched_p + other.matched_p, self.total_p + other.total_p,
                     self.matched_r + other.matched_r, self.total_r + other.total_r)


def temporal_awareness(gold: list[TimelineLine], system: list[TimelineLine]) -> Score:
    """The official tool's counts for one entity's timeline (sum them for the micro score)."""
    gold_rels, sys_rels = encode(gold, system)
    tg_gold, tg_sys = timegraph(gold_rels), timegraph(sys_rels)
    gold_final = tg_gold.reduced + tg_gold.violated
    sys_final = tg_sys.reduced + tg_sys.violated
    gold_stated, sys_stated = _stated(gold_rels), _stated(sys_rels)
    prec = sum(1 for r in sys_final if r in gold_stated or tg_gold.entails(*r))
    rec = sum(1 for r in gold_final if r in sys_stated or tg_sys.entails(*r))
    return Score(prec, len(sys_final), rec, len(gold_final))


def read_timeline(path: str) -> tuple[str, list[TimelineLine]]:
    """A timeline file: the entity on line 1, then ``rank TAB date TAB mention [TAB mention…]``."""
    with open(path, encoding="utf-8") as handle:
        rows = handle.read().splitlines()
    entity = rows[0].strip() if rows else ""
    lines = []
    for row in rows[1:]:
        parts = row.rstrip().split("\t")
        if len(parts) >= 3 and parts[0].strip().isdigit():
            lines.append(TimelineLine(int(parts[0]), parts[1], [p for p in parts[2:] if p]))
    return entity, lines
