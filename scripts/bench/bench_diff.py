"""Benchmark ``geomap diff --git``: two revisions built in memory and compared, beside ``git diff``.

A temporary git repository gets two commits of one incident: the bundled seed by default, or a
generated incident of ``--places N`` (``scripts/bench/bench_build.py``'s).  The second commit moves a
site about 3 km, changes a status and adds a claim (the seed), or moves 1% of the points, changes
1% of the statuses and removes 0.5% (generated).  The anchor is what a reviewer has today:
``git diff --stat`` of the committed layers.  Goals: the seed's two revisions in 5 s or less; two
50,000-place incidents in 60 s or less.  Prints figures; asserts nothing.

``--layers N`` compares two layer folders of N synthetic places instead (no build), beside
``diff -u`` of the two files.

Run: ``python scripts/bench/bench_diff.py [--places 5000 | --layers 50000]``.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "pl-drones-2025-09-10.yaml"
ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "bench",
    "GIT_AUTHOR_EMAIL": "bench@example.org",
    "GIT_COMMITTER_NAME": "bench",
    "GIT_COMMITTER_EMAIL": "bench@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "PYTHONPATH": str(ROOT),
}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True, env=ENV
    ).stdout


def seed_change(text: str) -> str:
    """Change the seed as a pull request might: Wyhalew moves ~3 km, Cześniki is excluded, a new claim."""
    text = text.replace(
        "      place: Wyhalew, gm. Dębowa Kłoda, Parczew County\n",
        "      place: Wyhalew, gm. Dębowa Kłoda, Parczew County\n      coordinates: [23.2100, 51.6139]\n",
    )
    at = text.index("      place: Cześniki, gm. Sitno, Zamość County")
    end = text.index("      status: confirmed\n", at)
    text = text[:end] + "      status: excluded\n" + text[end + len("      status: confirmed\n") :]
    last = "        - {date: 2025-09-12, change: status, status: confirmed, sources: [dw-prosecutor]}\n"
    end = text.index(last, at) + len(last)
    entry = "        - {date: 2025-09-13, change: excluded, status: excluded, sources: [dw-prosecutor]}\n"
    text = text[:end] + entry + text[end:]
    return text.replace(
        "flight_directions:\n",
        "flight_directions:\n  - id: border-guard\n    claim: From Belarus, over the Bug\n    speaker: A Border Guard spokesperson\n"
        "    origin: {country: BY}\n    into: PL\n    sources: [article]\n",
        1,
    )


def generated_change(text: str) -> str:
    lines = text.splitlines(keepends=True)
    out = []
    for line in lines:
        if "- {id: s" not in line:
            out.append(line)
            continue
        n = int(line.split("id: s", 1)[1].split(",", 1)[0])
        if n % 200 == 7:
            continue  # removed
        if n % 100 == 3 and "coordinates" in line:
            line = re.sub(
                r"coordinates: \[([0-9.]+),", lambda m: f"coordinates: [{float(m.group(1)) + 0.03:.4f},", line
            )
        if n % 100 == 4 and "status: reported" in line:
            line = line.replace("status: reported", "status: confirmed")
        out.append(line)
    return "".join(out)


def synthetic_layers(n: int, folder: Path, *, changed: bool) -> Path:
    """Write a layer folder of ``n`` crash sites (the seed's Cześniki, copied and spread over Poland).

    ``changed``: 0.5% removed, 1% moved ~2 km east, 1% excluded (as ``generated_change`` does).
    """
    import copy
    import json

    template = json.loads(
        (ROOT / "layers" / "pl-drones-2025-09-10" / "crash_sites.geojson").read_text("utf-8")
    )
    first = template["features"][1]
    lines = []
    for i in range(n):
        if changed and i % 200 == 7:
            continue
        feature = copy.deepcopy(first)
        feature["id"] = feature["properties"]["id"] = f"s{i:06d}"
        lon, lat = 14.5 + (i * 7919 % 9000) / 1000, 49.2 + (i * 104729 % 5500) / 1000
        if changed and i % 100 == 3:
            lon += 0.03
        if changed and i % 100 == 4:
            feature["properties"]["status"] = "excluded"
        feature["geometry"]["coordinates"] = [lon, lat]
        lines.append(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
    out = folder / "synthetic"
    out.mkdir(parents=True)
    head = (
        '{"type":"FeatureCollection","geomap":{"incident":"synthetic","layer":"crash_sites"},"features":[\n'
    )
    (out / "crash_sites.geojson").write_text(head + ",\n".join(lines) + "\n]}\n", "utf-8")
    return out


def bench_layers(n: int) -> None:
    """Compare two layer folders of ``n`` places each (what ``geomap diff OLD NEW`` reads), beside diff -u."""
    with tempfile.TemporaryDirectory() as tmp:
        old = synthetic_layers(n, Path(tmp) / "old", changed=False)
        new = synthetic_layers(n, Path(tmp) / "new", changed=True)
        done, took, took_cpu = geomap(
            "diff", str(old), str(new), "--format", "json", "--html", str(Path(tmp) / "diff.html")
        )
        t = time.perf_counter()
        anchor = subprocess.run(
            ["diff", "-u", str(old / "crash_sites.geojson"), str(new / "crash_sites.geojson")],
            capture_output=True,
            text=True,
        )
        anchor_took = time.perf_counter() - t
        import json

        summary = (
            {k: v for k, v in json.loads(done.stdout)["summary"].items() if v} if done.stdout else done.stderr
        )
        print(
            f"geomap diff of two layer folders of {n:,} places (exit {done.returncode}); load average "
            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores:"
        )
        print(
            f"  geomap diff OLD NEW --format json --html   {took:7.2f} s, CPU {took_cpu:6.2f} s -> {summary}"
        )
        print(
            f"  anchor: diff -u of the two files            {anchor_took:7.2f} s -> "
            f"{len(anchor.stdout.splitlines()):,} lines, no words"
        )


def geomap(*args: str, cwd: Path | None = None) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """Run ``python -m geomap ARGS``; return it with its wall clock and CPU time (user + system)."""
    t, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(
        [sys.executable, "-m", "geomap", *args], capture_output=True, text=True, env=ENV, cwd=cwd
    )
    return done, time.perf_counter() - t, _children_cpu() - cpu


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--places", type=int, help="a generated incident of this many places instead of the seed"
    )
    parser.add_argument("--layers", type=int, help="compare two synthetic layer folders of this many places")
    args = parser.parse_args()
    if args.layers:
        bench_layers(args.layers)
        return
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "repo"
        (repo / "seeds").mkdir(parents=True)
        git(repo, "init", "-q", "-b", "main")
        if args.places:
            sys.path.insert(0, str(ROOT / "scripts" / "bench"))
            from bench_build import generated

            seed = generated(args.places, repo / "seeds")
            change = generated_change
        else:
            for path in SEED.parent.glob(SEED.stem + ".*"):
                shutil.copy(path, repo / "seeds" / path.name)
            seed = repo / "seeds" / SEED.name
            change = seed_change
        revisions = []
        for n in range(2):
            if n:
                seed.write_text(change(seed.read_text("utf-8")), "utf-8")
            built, _, _ = geomap(
                "build",
                str(seed),
                "--layers-dir",
                str(repo / "layers"),
                "--out",
                str(Path(tmp) / "build"),
                cwd=repo,
            )
            built.check_returncode()
            shutil.copytree(repo / "layers", Path(tmp) / f"layers{n}")
            git(repo, "add", "-A")
            git(repo, "commit", "-q", "-m", f"revision {n}")
            revisions.append(git(repo, "rev-parse", "HEAD").strip())
        span = f"{revisions[0]}..{revisions[1]}"
        t = time.perf_counter()
        git(repo, "diff", "--stat", span, "--", "layers")
        anchor = time.perf_counter() - t
        lines = len(git(repo, "diff", span, "--", "layers").splitlines())
        done, took, took_cpu = geomap("diff", "--git", span, "--format", "json", cwd=repo)
        folders, same, same_cpu = geomap(
            "diff", str(Path(tmp) / "layers0"), str(Path(tmp) / "layers1"), "--format", "json", cwd=repo
        )
        import json

        summary = json.loads(done.stdout)["summary"] if done.stdout else done.stderr
        name = f"{args.places:,} places" if args.places else "the seed"
        print(
            f"geomap diff --git on two revisions of {name} (exit {done.returncode}); wall clock, CPU time "
            f"(user + system, all processes), load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores:"
        )
        print(
            f"  geomap diff --git (two builds in memory + compare)  {took:7.2f} s, CPU {took_cpu:6.2f} s -> "
            f"{ {k: v for k, v in summary.items() if v} if isinstance(summary, dict) else summary }"
        )
        print(
            f"  geomap diff of the two layer folders (exit {folders.returncode})    {same:7.2f} s, CPU {same_cpu:6.2f} s"
        )
        print(
            f"  anchor: git diff --stat of the layers                {anchor:7.2f} s  -> {lines:,} diff lines, no words"
        )


if __name__ == "__main__":
    main()
