"""Child process for test_kill: save ever-changing states to one project until killed.

Prints "committed N" after each save returns, so the parent knows the last state that must survive.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from model.project import save_project  # noqa: E402
from tests.model.project.states import state  # noqa: E402


def main() -> None:
    path = Path(sys.argv[1])
    n = int(sys.argv[2])
    while True:
        save_project(state(n), path, meta={"n": str(n)})
        print(f"committed {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
