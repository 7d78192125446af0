"""Start-up time of the app (issue 7, item 4: the main window on screen in under 1.5 s).

    python benchmarks/startup.py                   # 5 launches under QT_QPA_PLATFORM=offscreen
    python benchmarks/startup.py --xvfb            # the same under xvfb-run (a real X server, xcb)
    python benchmarks/startup.py --repeat 9 --imports  # also: what importing gui.app costs

Each launch runs ``python main.py`` (no PATH: the sample articles) as a subprocess with
CHRONICLE_REPORT_STARTUP=1 (``gui/startup_report.py``) and CHRONICLE_AUTOQUIT_MS=1, so it quits
after the first extraction. Per milestone (window shown = first paint of the main window, model
loaded, extraction done) it reports the median over the launches of: the seconds since the
process started as the app measures them, the wall-clock seconds since Popen as this script
sees the line arrive, and the app's CPU seconds at that moment (which a loaded machine does not
inflate). The load average is printed before and after: the figures mean little without it.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MILESTONES = ("window-shown", "model-loaded", "extraction-done")
TARGET_WINDOW_S = 1.5


def launch(xvfb: bool, timeout: float) -> dict[str, tuple[float, float, float]]:
    """One launch: milestone -> (app's seconds since start, seconds since Popen, app's CPU seconds)."""
    env = dict(os.environ, CHRONICLE_REPORT_STARTUP="1", CHRONICLE_AUTOQUIT_MS="1")
    command = [sys.executable, str(ROOT / "main.py")]
    if xvfb:
        env.pop("QT_QPA_PLATFORM", None)
        env["QT_QPA_PLATFORM"] = "xcb"
        command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", *command]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    seen: dict[str, tuple[float, float, float]] = {}
    start = time.perf_counter()
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True) as proc:
        assert proc.stderr is not None
        for line in proc.stderr:
            parts = line.split()
            if len(parts) == 5 and parts[0] == "chronicle-startup":
                seen[parts[1]] = (float(parts[2]), time.perf_counter() - start, float(parts[4]))
            if time.perf_counter() - start > timeout:
                proc.kill()
                break
        proc.wait(timeout=60)
    return seen


def import_cost(repeat: int) -> list[float]:
    """Seconds to import gui.app (the GUI path's modules) in a fresh interpreter."""
    code = "import time; t = time.perf_counter(); import gui.app; print(time.perf_counter() - t)"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return [float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                                 check=True).stdout) for _ in range(repeat)]


def heavy_modules() -> list[str]:
    """Modules the window must not wait for that importing gui.app pulls in anyway."""
    code = ("import sys, gui.app; print(' '.join(m for m in ('spacy', 'thinc', 'pandas', 'dask', 'distributed', "
            "'pyarrow', 'scipy', 'matplotlib') if m in sys.modules))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return out.stdout.split()


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--xvfb", action="store_true", help="under xvfb-run instead of the offscreen platform")
    parser.add_argument("--imports", action="store_true", help="also time importing gui.app alone")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds before a launch is abandoned")
    args = parser.parse_args(argv)
    if args.xvfb and shutil.which("xvfb-run") is None:
        raise SystemExit("xvfb-run is not installed (apt-get install -y xvfb)")

    print(f"# {platform.node()} · {os.cpu_count()} CPUs · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · "
          f"Python {platform.python_version()} · {'xvfb-run (xcb)' if args.xvfb else 'offscreen'}")
    print(f"# load average before: {_load()} (1, 5, 15 min)")
    runs = [launch(args.xvfb, args.timeout) for _ in range(args.repeat)]
    for milestone in MILESTONES:
        got = [r[milestone] for r in runs if milestone in r]
        if not got:
            print(f"{milestone:16s}: never reported")
            continue
        age, wall, cpu = (statistics.median(v[k] for v in got) for k in range(3))
        every = ", ".join(f"{v[0]:.2f}" for v in got)
        print(f"{milestone:16s}: median {age:5.2f} s since process start ({wall:5.2f} s since launch, "
              f"{cpu:5.2f} s CPU) over {len(got)} launches [{every}]")
    window = [r["window-shown"][0] for r in runs if "window-shown" in r]
    if window:
        verdict = "met" if statistics.median(window) < TARGET_WINDOW_S else "NOT met"
        print(f"target window < {TARGET_WINDOW_S} s: {verdict} (median {statistics.median(window):.2f} s)")
    if args.imports:
        costs = import_cost(args.repeat)
        print(f"import gui.app  : median {statistics.median(costs):.2f} s [{', '.join(f'{c:.2f}' for c in costs)}]")
        print(f"heavy modules on the GUI path: {' '.join(heavy_modules()) or 'none'}")
    print(f"# load average after: {_load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
