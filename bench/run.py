"""``make bench``: timed builds of our site, the floor (bare Material) and the blog plugin.

For each N and each setup: at least three builds in a fresh process each, reporting the
median wall time, CPU time (user + system of the build process) and peak memory (max RSS),
and the ratios ours/floor and ours/blog from the same run. Results go to stdout and to
bench/results.json; BENCHMARKS.md is written from them by hand, with the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import write

BIN = Path(sys.executable).parent


def one_build(root: Path, timings: Path | None) -> dict[str, float]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1795435200"}
    if timings is not None:
        env["ASSOCIATION_TIMINGS"] = str(timings)
    start = time.perf_counter()
    process = subprocess.Popen([str(BIN / "mkdocs"), "build", "-q", "-f", str(root / "mkdocs.yml")],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    error = process.stderr.read().decode() if process.stderr else ""
    if status != 0:
        raise SystemExit(f"build failed in {root}:\n{error[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}


def measure(n: int, layout: str, runs: int, work: Path) -> dict:
    root = work / f"{layout}-{n}"
    write(root, n, layout)
    timings = work / f"timings-{layout}-{n}.jsonl" if layout == "ours" else None
    results = [one_build(root, timings) for _ in range(runs)]
    summary = {key: statistics.median(r[key] for r in results) for key in results[0]}
    if timings is not None:
        lines = [json.loads(line) for line in timings.read_text().splitlines()]
        summary["stages"] = {k: statistics.median(line[k] for line in lines) for k in lines[0]}
    print(f"N={n:5d} {layout:5s} wall {summary['wall']:7.2f}s cpu {summary['cpu']:7.2f}s peak {summary['rss_mb']:7.0f} MB", flush=True)
    return summary


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--blog-max", type=int, default=1000, help="the blog plugin grows faster than linearly")
    args = parser.parse_args()
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        for n in args.sizes:
            row = {"ours": measure(n, "ours", args.runs, Path(tmp)), "floor": measure(n, "floor", args.runs, Path(tmp))}
            if n <= args.blog_max:
                row["blog"] = measure(n, "blog", args.runs, Path(tmp))
            ours = row["ours"]
            row["ours/floor"] = {k: ours[k] / row["floor"][k] for k in ("wall", "cpu", "rss_mb")}
            if "blog" in row:
                row["ours/blog"] = {k: ours[k] / row["blog"][k] for k in ("wall", "cpu", "rss_mb")}
            row["plugin share"] = sum(ours["stages"].values()) / ours["wall"]
            print(f"N={n:5d} ours/floor wall {row['ours/floor']['wall']:.2f} cpu {row['ours/floor']['cpu']:.2f} "
                  f"mem {row['ours/floor']['rss_mb']:.2f}" + (f"; ours/blog wall {row['ours/blog']['wall']:.2f}" if "blog" in row else "")
                  + f"; plugin stages {row['plugin share']:.1%} of the build", flush=True)
            results[str(n)] = row
    out = Path(__file__).with_name("results.json")
    out.write_text(json.dumps(results, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
