"""SemEval-2015 Task 4 (TimeLine) scoring: temporal awareness over timeline graphs.

A timeline is a list of lines ``(rank, date, mentions)``. As in the task (Minard et al. 2015),
each timeline becomes a temporal graph: mentions on one line are the same event (SIMULTANEOUS),
events of the same rank are SIMULTANEOUS, events of consecutive ranks are BEFORE, and every
event with a date is anchored to a timex node for that date (INCLUDES). The score is temporal
awareness (UzZaman & Allen 2011):

    precision = |reduce(system) ∩ closure(gold)| / |reduce(system)|
    recall    = |reduce(gold) ∩ closure(system)| / |reduce(gold)|

with the closure taken over SIMULTANEOUS (an equivalence), BEFORE (transitive, through
simultaneous events) and INCLUDES (inherited by simultaneous events), and the reduction keeping
only relations the others do not imply (a chain per simultaneous class, the covering BEFORE
relations between classes, one anchor per class and date).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

Relation = tuple[str, str, str]  # (source, relation, target)
UNKNOWN_DATE = "XXXX-XX-XX"


def is_unknown(date: str) -> bool:
    """No date at all: "XXXX-XX-XX" (gold files also write "XXX-XX-XX")."""
    return not date or set(date) <= {"X", "-"}


@dataclass
class TimelineLine:
    rank: int
    date: str
    mentions: list[str]


@dataclass
class Graph:
    """A timeline as simultaneous classes of events, an order on classes and date anchors."""

    classes: list[list[str]] = field(default_factory=list)  # each sorted, classes sorted by rank
    ranks: list[int] = field(default_factory=list)
    anchors: list[set[str]] = field(default_factory=list)  # timex node names per class

    def class_of(self) -> dict[str, int]:
        return {m: i for i, members in enumerate(self.classes) for m in members}


def build_graph(lines: list[TimelineLine]) -> Graph:
    """Events of the same rank form one class (SIMULTANEOUS); ranks order the classes."""
    by_rank: dict[int, list[TimelineLine]] = defaultdict(list)
    for line in lines:
        by_rank[line.rank].append(line)
    graph = Graph()
    for rank in sorted(by_rank):
        members = sorted({m for line in by_rank[rank] for m in line.mentions})
        if not members:
            continue
        graph.classes.append(members)
        graph.ranks.append(rank)
        graph.anchors.append({f"T:{line.date}" for line in by_rank[rank] if not is_unknown(line.date)})
    return graph


def closure(graph: Graph, lines: list[TimelineLine]) -> set[Relation]:
    rels: set[Relation] = set()
    for members in graph.classes:
        for a in members:
            for b in members:
                if a < b:
                    rels.add((a, "SIMULTANEOUS", b))
    # Classes are totally ordered by rank: every earlier class is BEFORE every later one.
    for i, earlier in enumerate(graph.classes):
        for later in graph.classes[i + 1 :]:
            for a in earlier:
                for b in later:
                    rels.add((a, "BEFORE", b))
    for timex, mention in _line_anchors(lines, graph):
        rels.add((timex, "INCLUDES", mention))
    return rels


def _line_anchors(lines: list[TimelineLine], graph: Graph) -> set[tuple[str, str]]:
    """Anchors come from each line's date; simultaneous mentions of the same line inherit them."""
    out: set[tuple[str, str]] = set()
    for line in lines:
        if not is_unknown(line.date):
            for m in line.mentions:
                out.add((f"T:{line.date}", m))
    return out


def reduce(graph: Graph, lines: list[TimelineLine]) -> set[Relation]:
    rels: set[Relation] = set()
    for members in graph.classes:
        for a, b in zip(members, members[1:], strict=False):
            rels.add((a, "SIMULTANEOUS", b))
    # Covering relations only: each class BEFORE the next one.
    for earlier, later in zip(graph.classes, graph.classes[1:], strict=False):
        rels.add((earlier[0], "BEFORE", later[0]))
    # One anchor per line and date: the other mentions of the line follow by simultaneity.
    for line in lines:
        if not is_unknown(line.date) and line.mentions:
            rels.add((f"T:{line.date}", "INCLUDES", min(line.mentions)))
    return rels


def _normalise(rel: Relation) -> Relation:
    a, r, b = rel
    if r == "SIMULTANEOUS" and b < a:
        return (b, r, a)
    return rel


@dataclass(frozen=True)
class Score:
    matched_p: int
    total_p: int
    matched_r: int
    total_r: int

    @property
    def precision(self) -> float:
        return self.matched_p / self.total_p if self.total_p else 0.0

    @property
    def recall(self) -> float:
        return self.matched_r / self.total_r if self.total_r else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.matched_p + other.matched_p, self.total_p + other.total_p,
                     self.matched_r + other.matched_r, self.total_r + other.total_r)


def temporal_awareness(gold: list[TimelineLine], system: list[TimelineLine]) -> Score:
    """Temporal awareness of a system timeline against the gold one."""
    g_graph, s_graph = build_graph(gold), build_graph(system)
    g_closure = {_normalise(r) for r in closure(g_graph, gold)}
    s_closure = {_normalise(r) for r in closure(s_graph, system)}
    g_reduced = {_normalise(r) for r in reduce(g_graph, gold)}
    s_reduced = {_normalise(r) for r in reduce(s_graph, system)}
    return Score(len(s_reduced & g_closure), len(s_reduced), len(g_reduced & s_closure), len(g_reduced))


def read_timeline(path: str) -> tuple[str, list[TimelineLine]]:
    """A gold timeline file: the entity on line 1, then ``rank TAB date TAB mention [TAB mention…]``."""
    with open(path, encoding="utf-8") as handle:
        rows = handle.read().splitlines()
    entity = rows[0].strip()
    lines = []
    for row in rows[1:]:
        parts = row.split("\t")
        if len(parts) >= 3:
            lines.append(TimelineLine(int(parts[0]), parts[1].strip(), [p.strip() for p in parts[2:] if p.strip()]))
    return entity, lines
