"""Write the WordNet list of event nouns that ``model/nlp/events/noun_events.py`` reads:

    python -m model.nlp.events.training.wordnet_nouns --wordnet DIR [--out FILE]

``DIR`` holds the WordNet 3.0 database files ``index.noun`` and ``data.noun`` (Debian's package
``wordnet-base`` installs them in ``/usr/share/wordnet``; ``apt-get download wordnet-base`` and
``dpkg -x`` give them without installing). The list is shipped in the package, so nothing is read
from WordNet or downloaded at run time.

A noun is listed when its most frequent sense (WordNet orders a lemma's senses by frequency) is in the
lexicographer file ``noun.act`` or ``noun.event`` ("bombing", "ceremony", "blast", "crash") and at
least a third of its senses are acts, events, processes or phenomena: "government" (a body first) and
"summit" (a state first) are not; "administration" (an act first) is, which is why ``noun_events``
keeps its own guard against bodies and things. On the TimeBank documents
outside the ``tbaq`` test fifth, 39 % of the nouns so listed are marked EVENT against 7 % of the
other nouns (``docs/benchmarks.md``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "wordnet_event_nouns.txt"

# WordNet's lexicographer files of nouns (lexnames(5WN)), by number.
_ACT, _EVENT, _PHENOMENON, _PROCESS = 4, 11, 19, 22
_FIRST = frozenset((_ACT, _EVENT))
_HAPPENINGS = frozenset((_ACT, _EVENT, _PHENOMENON, _PROCESS))
MIN_SHARE = 1 / 3

HEADER = """\
# Event nouns from WordNet 3.0: the first (most frequent) sense is an act or an event, and at least a
# third of the senses are acts, events, processes or phenomena. Written by
# python -m model.nlp.events.training.wordnet_nouns; read by model/nlp/events/noun_events.py.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its documentation for
# any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the
# following copyright notice and statements, including the disclaimer, and that the same appear on ALL
# copies of the software, database and documentation, including modifications that you make for
# internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
# WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
# OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,
# COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity pertaining
# to distribution of the software and/or database. Title to copyright in this software, database and
# any associated documentation shall at all times remain with Princeton University and LICENSEE agrees
# to preserve same.
"""


def lexicographer_files(data_noun: Path) -> dict[str, int]:
    """Synset offset -> its lexicographer file number (the second field of each line of data.noun)."""
    out: dict[str, int] = {}
    with data_noun.open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):  # the licence at the top of the file
                continue
            offset, lex_file = line.split(" ", 2)[:2]
            out[offset] = int(lex_file)
    return out


def event_nouns(wordnet: Path) -> list[str]:
    """The one-word noun lemmas that pass the test in the module's docstring, sorted."""
    files = lexicographer_files(wordnet / "data.noun")
    out = []
    with (wordnet / "index.noun").open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            fields = line.split()
            lemma, n_senses, n_pointers = fields[0], int(fields[2]), int(fields[3])
            if not lemma.isalpha():  # "car_bomb", "u-turn": one token is one word here
                continue
            offsets = fields[6 + n_pointers: 6 + n_pointers + n_senses]
            senses = [files[o] for o in offsets]
            if senses and senses[0] in _FIRST and sum(s in _HAPPENINGS for s in senses) >= MIN_SHARE * len(senses):
                out.append(lemma)
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the WordNet list of event nouns.")
    parser.add_argument("--wordnet", type=Path, required=True, help="folder with WordNet 3.0's index.noun and data.noun")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.noun").is_file() or not (args.wordnet / "data.noun").is_file():
        print(f"error: {args.wordnet}: no WordNet index.noun and data.noun there", file=sys.stderr)
        return 1
    nouns = event_nouns(args.wordnet)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(HEADER + "\n".join(nouns) + "\n", encoding="utf-8")
    print(f"{len(nouns)} nouns: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
