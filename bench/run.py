"""``make bench``: timed builds of our site, the floor (bare Material) and the blog plugin.

For each N and each setup: at least three builds in a fresh process each, reporting the
median wall time, CPU time (user + system of the build process) and peak memory (max RSS),
and the ratios ours/floor and ours/blog from the same run. Where valgrind is installed, one
more build per setup counts the instructions it executes (cachegrind): unlike time on a
shared virtual machine, that count is the same on every run, so a change of a percent shows.
Results go to stdout and to bench/results.json; BENCHMARKS.md is written from them by hand,
with the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import write

BIN = Path(sys.executable).parent


ENV = {"NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1795435200"}


def one_build(root: Path, timings: Path | None) -> dict[str, float]:
    env = {**os.environ, **ENV}
    if timings is not None:
        env["ASSOCIATION_TIMINGS"] = str(timings)
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: a full pipe would stall the build
        start = time.perf_counter()
        process = subprocess.Popen([str(BIN / "mkdocs"), "build", "-q", "-f", str(root / "mkdocs.yml")],
                                   env=env, stdout=subprocess.DEVNULL, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if status != 0:
            log.seek(0)
            raise SystemExit(f"build failed in {root}:\n{log.read().decode()[-2000:]}")
    os.sync()  # the site's writes are flushed now, not during the next build's clock
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}


def instructions(root: Path) -> int:
    """Instructions one build executes, counted by valgrind's cachegrind (user space only:
    the kernel's file writes are not in it). Hash seeds fixed, so the count repeats."""
    env = {**os.environ, **ENV, "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryFile() as log:
        subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                        str(BIN / "mkdocs"), "build", "-q", "-f", str(root / "mkdocs.yml")],
                       env=env, stdout=subprocess.DEVNULL, stderr=log, check=True)
        log.seek(0)
        found = re.search(r"I\s+refs:\s+([\d,]+)", log.read().decode())
    if found is None:
        raise SystemExit(f"valgrind printed no instruction count for {root}")
    return int(found.group(1).replace(",", ""))


def summarise(results: list[dict[str, float]]) -> dict:
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def measure(n: int, layouts: list[str], runs: int, work: Path, count: bool) -> dict:
    """``runs`` rounds of one build per layout, interleaved (ours, floor, blog, ours, ...)
    so that a machine slowing down or speeding up affects the layouts alike, and every
    ratio is taken pair by pair within one round."""
    roots = {layout: work / f"{layout}-{n}" for layout in layouts}
    for layout, root in roots.items():
        write(root, n, layout)
    timings = work / f"timings-{n}.jsonl"
    rounds: list[dict[str, dict[str, float]]] = []
    for index in range(runs):
        # Each round starts with another layout: whatever a build leaves behind (dirty
        # pages being written back, a warm or cold cache) falls on each layout in turn.
        order = layouts[index % len(layouts):] + layouts[: index % len(layouts)]
        rounds.append({layout: one_build(roots[layout], timings if layout == "ours" else None) for layout in order})
    row: dict = {layout: summarise([r[layout] for r in rounds]) for layout in layouts}
    row["rounds"] = rounds  # every build, for a second look at the spread
    stages = [json.loads(line) for line in timings.read_text().splitlines()]  # one line per build of ours
    row["ours"]["stages"] = {k: statistics.median(line.get(k, 0.0) for line in stages) for k in stages[0]}
    for other in layouts[1:]:
        row[f"ours/{other}"] = {k: statistics.median(r["ours"][k] / r[other][k] for r in rounds) for k in ("wall", "cpu", "rss_mb")}
    row["plugin share"] = statistics.median(sum(line.values()) / r["ours"]["wall"] for line, r in zip(stages, rounds))
    if count:  # ours and the floor only: the blog plugin would take ten minutes at N = 1,000
        for layout in ("ours", "floor"):
            row[layout]["instructions"] = instructions(roots[layout])
        row["ours/floor"]["instructions"] = row["ours"]["instructions"] / row["floor"]["instructions"]
    for layout in layouts:
        s = row[layout]
        print(f"N={n:5d} {layout:5s} wall {s['wall']:7.2f}s cpu {s['cpu']:7.2f}s peak {s['rss_mb']:7.0f} MB"
              + (f" instructions {s['instructions'] / 1e9:.2f} G" if "instructions" in s else ""), flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--runs", type=int, default=5, help="rounds per size; the median is reported")
    parser.add_argument("--blog-max", type=int, default=1000, help="the blog plugin grows faster than linearly")
    parser.add_argument("--count-max", type=int, default=1000,
                        help="count instructions (valgrind, ~15x slower than a build) up to this N; 0: never")
    args = parser.parse_args()
    has_valgrind = shutil.which("valgrind") is not None
    if not has_valgrind and args.count_max:
        print("valgrind not found: no instruction counts (apt install valgrind)", flush=True)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        for n in args.sizes:
            layouts = ["ours", "floor"] + (["blog"] if n <= args.blog_max else [])
            count = has_valgrind and n <= args.count_max
            row = measure(n, layouts, args.runs, Path(tmp), count)
            print(f"N={n:5d} ours/floor wall {row['ours/floor']['wall']:.2f} cpu {row['ours/floor']['cpu']:.2f} "
                  + (f"instructions {row['ours/floor']['instructions']:.3f} " if count else "")
                  + f"mem {row['ours/floor']['rss_mb']:.2f}" + (f"; ours/blog wall {row['ours/blog']['wall']:.2f}" if "blog" in row else "")
                  + f"; plugin stages {row['plugin share']:.1%} of the build", flush=True)
            results[str(n)] = row
    if "1000" in results and "5000" in results:
        growth = results["5000"]["ours"]["wall"] / results["1000"]["ours"]["wall"]
        results["growth 1000->5000"] = growth
        print(f"growth: ours at N=5000 takes {growth:.2f}x N=1000 (linear would be 5)")
    out = Path(__file__).with_name("results.json")
    out.write_text(json.dumps(results, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
