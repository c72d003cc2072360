"""Benchmark ``geomap map`` against ``GeoDataFrame.explore()`` on synthetic ACLED-like events.

First the command's start-up (``geomap map`` on ten rows) beside a bare ``python -c "import
pyarrow.csv"``.  Then for each size (default 100,000 and 1,000,000 events, 30% stacked on town points;
see ``scripts/synthetic_events.py``) it measures, for geomap and for explore() side by side:

- build: the page from an in-memory DataFrame, in a fresh interpreter (data files loaded on first use
  included), and the builder's peak memory;
- CLI: ``geomap map events.csv -o ...`` wall time with interpreter start, and its peak memory,
  beside a script doing the same with explore() (read the CSV, make points, explore(), save);
- HTML bytes, raw and gzipped;
- in headless Chromium (Debian's): first full frame (navigation start to the second animation
  frame after the events are drawn), page memory after a garbage collection (JS heap + embedder
  + ArrayBuffers, from CDP), the renderer processes' peak RSS (while the page opens, and over the
  whole session with the zooms and clicks below), redraw after zoom and after pan
  (median of five), and the click test: 12 sampled events, half of them stacked on another, each
  clicked at street zoom, right when its popup lists it (and, when stacked, lists the whole stack);
  the slowest click's time to its summary painted, and a click on the fullest density square.

Then, for each size, the page from one GeoDataFrame in memory: ``geomap.map_table`` beside
lonboard's ``viz(gdf).to_html()`` (when lonboard is installed: it is not a dependency), each in a
fresh interpreter, import and call timed apart (wall and CPU), the call again in the same process,
peak memory and page bytes.  Last, the issue's goals beside this run's figures.

explore() pages load Leaflet from a CDN; here the requests are answered from geomap's vendored
Leaflet and the other libraries are served empty (they style controls, not the map), so explore()
renders offline.  A page that does not render within the time limit is reported as such.

Prints the figures and the ratios; asserts nothing.  Needs matplotlib and mapclassify (explore),
psutil and playwright (installed with ``pip install -e '.[dev]'``).

Run: ``python scripts/bench/bench_map.py [--sizes 100000 1000000] [--explore-max N] [--frame-only]``
(``--frame-only``: the GeoDataFrame comparison alone, about 10 s at 100,000 events).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parents[1]))  # scripts/: synthetic_events
from synthetic_events import events

CHROMIUM = "/usr/bin/chromium"
VIEWPORT = {"width": 1400, "height": 1000}
CLICKS = 12
RENDER_TIMEOUT_S = 240
#: How a child measures its own peak memory. Not ru_maxrss: Linux keeps it across execve, so a
#: child of this (large) process would report the parent's peak; VmHWM starts afresh.
PEAK = """
def peak():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
"""
BUILD = {
    "geomap": """
import sys, time, resource, pandas as pd
df = pd.read_parquet(sys.argv[1])
t = time.perf_counter()
from geomap.events.api import map_table
html = map_table(df, category="event_type", time="event_date", title="Events").html
took = time.perf_counter() - t
open(sys.argv[2], "w", encoding="utf-8").write(html)
print(took, peak())
""",
    "explore": """
import sys, time, resource, pandas as pd
df = pd.read_parquet(sys.argv[1])
t = time.perf_counter()
import geopandas as gpd
gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df.longitude, df.latitude), crs=4326)
html = gdf.explore(column="event_type", popup=True, tooltip=False).get_root().render()
took = time.perf_counter() - t
open(sys.argv[2], "w", encoding="utf-8").write(html)
print(took, peak())
""",
}
#: The page from a GeoDataFrame in memory, for geomap and lonboard alike: the frame is made first (not
#: timed), then the library's import and the call that returns the page are timed apart, wall and CPU
#: (CPU: every thread of the process, as ``time.process_time`` counts); then the call again in the same
#: process, as a notebook makes a second map (data files loaded on first use are loaded then).
FRAME_BUILD = """
import json, sys, time, resource, pandas as pd, geopandas as gpd
df = pd.read_parquet(sys.argv[1])
gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df.longitude, df.latitude), crs=4326)
t0, c0 = time.perf_counter(), time.process_time()
IMPORT
t1, c1 = time.perf_counter(), time.process_time()
html = CALL
t2, c2 = time.perf_counter(), time.process_time()
open(sys.argv[2], "w", encoding="utf-8").write(html)
used = peak()
del html
t3, c3 = time.perf_counter(), time.process_time()
again = CALL
t4, c4 = time.perf_counter(), time.process_time()
print(json.dumps({"import_s": t1 - t0, "import_cpu_s": c1 - c0, "build_s": t2 - t1, "build_cpu_s": c2 - c1,
                  "again_s": t4 - t3, "again_cpu_s": c4 - c3, "peak": used}))
"""
FRAME_PEERS = {
    "geomap": (
        "from geomap.events.api import map_table",
        'map_table(gdf, category="event_type", time="event_date", title="Events").html',
    ),
    "lonboard": ("import lonboard", "lonboard.viz(gdf).to_html()"),
}
#: What an analyst without geomap runs on the CSV: read it, make points, explore(), save.
EXPLORE_SCRIPT = """
import sys, pandas as pd, geopandas as gpd
df = pd.read_csv(sys.argv[1])
gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df.longitude, df.latitude), crs=4326)
gdf.explore(column="event_type", popup=True, tooltip=False).save(sys.argv[2])
"""
# How each page says it is drawn, and where its Leaflet map is.
READY = {
    "geomap": "window.geomap && geomap.ready()",
    # explore(): loaded, and its map made (a page too big for the browser loads without one).
    "explore": "document.readyState === 'complete' && Object.keys(window).some(k => k.startsWith('map_'))",
}
MAP = {
    "geomap": "geomap.map",
    "explore": "window[Object.keys(window).find(k => k.startsWith('map_') && window[k] instanceof L.Map)]",
}


def run_peak(cmd: list[str], timeout: float) -> tuple[float, int, str]:
    """Run ``cmd``; return wall seconds, peak RSS (bytes) of it and its children, and its stdout."""
    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        try:
            rss = proc.memory_info().rss + sum(c.memory_info().rss for c in proc.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.02)
        if time.perf_counter() - start > timeout:
            proc.kill()
            raise TimeoutError(" ".join(cmd[:3]))
    out, err = proc.communicate()
    if proc.returncode:
        raise RuntimeError(err.strip().splitlines()[-1] if err.strip() else f"exit {proc.returncode}")
    return time.perf_counter() - start, peak, out


class RendererPeak:
    """Poll the RSS of the browser's renderer processes in a thread; keep the peak."""

    def __init__(self, browser_pid: int):
        self.browser = psutil.Process(browser_pid)
        self.peak = 0
        self.running = True
        self.thread = threading.Thread(target=self._poll, daemon=True)
        self.thread.start()

    def _poll(self) -> None:
        while self.running:
            try:
                for child in self.browser.children(recursive=True):
                    if "--type=renderer" in " ".join(child.cmdline()):
                        self.peak = max(self.peak, child.memory_info().rss)
            except psutil.Error:
                pass
            time.sleep(0.02)

    def stop(self) -> int:
        """Stop polling; return the peak (bytes)."""
        self.running = False
        self.thread.join()
        return self.peak


def serve_offline(route, leaflet: dict[str, bytes]) -> None:
    """Answer explore()'s CDN requests: Leaflet from geomap's copy, other libraries empty; no tiles."""
    url = route.request.url
    if url.startswith(("file:", "data:")):
        route.continue_()
    elif "leaflet@" in url and url.endswith(("leaflet.js", "leaflet.css")):
        name = url.rsplit("/", 1)[1]
        route.fulfill(
            status=200,
            body=leaflet[name],
            content_type="text/css" if name.endswith("css") else "text/javascript",
        )
    elif url.endswith((".js", ".css")):
        route.fulfill(
            status=200, body=b"", content_type="text/css" if url.endswith("css") else "text/javascript"
        )
    else:
        route.abort()


def browser_figures(kind: str, html: Path, samples: list[dict], leaflet: dict[str, bytes]) -> dict:
    """First frame, memory, redraw and clicks for one page in a fresh headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox"])
        pid = next(
            c.pid
            for c in psutil.Process().children(recursive=True)
            if "chrom" in c.name().lower() and "--type=" not in " ".join(c.cmdline())
        )
        peak = RendererPeak(pid)
        page = browser.new_page(viewport=VIEWPORT)
        page.route("**/*", lambda route: serve_offline(route, leaflet))
        page.set_default_timeout(RENDER_TIMEOUT_S * 1000)
        out: dict = {}
        try:
            page.goto(html.as_uri(), wait_until="load", timeout=RENDER_TIMEOUT_S * 1000)
            deadline = time.perf_counter() + RENDER_TIMEOUT_S
            while not page.evaluate(f"!!({READY[kind]})"):
                if time.perf_counter() > deadline:
                    raise TimeoutError("not drawn")
                page.wait_for_timeout(10)
            out["first_frame_s"] = (
                page.evaluate(
                    "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))"
                )
                / 1000
            )
        except Exception as err:
            out["error"] = f"did not render within {RENDER_TIMEOUT_S} s ({type(err).__name__})"
            out["renderer_peak"] = peak.stop()
            browser.close()
            return out
        page.wait_for_timeout(500)
        out["renderer_peak"] = peak.peak  # opening the page, up to its first full frame and a breath
        cdp = page.context.new_cdp_session(page)
        cdp.send("HeapProfiler.enable")
        cdp.send("HeapProfiler.collectGarbage")
        heap = cdp.send("Runtime.getHeapUsage")
        out["page_memory"] = (
            heap["usedSize"] + heap.get("embedderHeapUsedSize", 0) + heap.get("backingStorageSize", 0)
        )
        try:
            out["redraw_zoom_s"], out["redraw_pan_s"] = redraw(page, kind)
            if kind == "geomap":
                out["density_click_s"] = density_click(page)
            out["clicks_right"], out["clicks"] = clicks(page, kind, samples)
            if kind == "geomap":
                out["click_answer_s"] = max(click_times(page, samples))
        except Exception as err:  # a page that stops answering is a result
            out["error"] = f"stopped answering after its first frame ({type(err).__name__})"
        out["renderer_session_peak"] = peak.stop()  # with the heap snapshot, zooms, pans and clicks
        browser.close()
    return out


def redraw(page, kind: str) -> tuple[float, float]:
    """Return the median time to the second frame after a zoom in or out, and after a pan (five each)."""
    code = """async ([move]) => {
      const map = MAP;
      const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
      const times = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        if (move === 'zoom') map.setZoom(map.getZoom() + (i % 2 ? -1 : 1), {animate: false});
        else map.panBy([i % 2 ? -150 : 150, 80], {animate: false});
        await frame();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return times[2] / 1000;
    }""".replace("MAP", MAP[kind])
    return page.evaluate(code, ["zoom"]), page.evaluate(code, ["pan"])


CLICK_TIMED = """async ([lat, lon, zoom]) => {
  const map = geomap.map, frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  map.closePopup();
  if (zoom !== null) map.setView([lat, lon], zoom, {animate: false});
  await frame();
  const p = map.latLngToContainerPoint([lat, lon]);
  const t = performance.now();
  map.fire("click", {latlng: L.latLng(lat, lon), containerPoint: p, layerPoint: map.containerPointToLayerPoint(p),
                     originalEvent: {target: map.getContainer()}});
  // The next frame paints the popup with its summary; its rows follow as their text is inflated.
  await new Promise(r => requestAnimationFrame(r));
  const shown = document.querySelector(".leaflet-popup .gm-summary, .leaflet-popup .gm-event");
  return shown ? (performance.now() - t) / 1000 : null;
}"""


def click_times(page, samples: list[dict]) -> list[float]:
    """Seconds from a click on each sampled event (street zoom) to the frame that paints its summary."""
    times = [page.evaluate(CLICK_TIMED, [s["lat"], s["lon"], 13]) for s in samples]
    return [t for t in times if t is not None] or [float("nan")]


def density_click(page) -> float | None:
    """Seconds from a click on the fullest square of the whole-map density view to its summary painted."""
    page.evaluate("geomap.map.closePopup(); geomap.fit()")
    page.wait_for_timeout(300)
    at = page.evaluate(
        """(() => { const l = geomap.events()[0], g = l.bins;
          if (l.mode !== "density" || !g) return null;
          let best = 0; for (let b = 0; b < g.counts.length; b++) if (g.counts[b] > g.counts[best]) best = b;
          const ll = geomap.map.containerPointToLatLng([(best % g.cols + 0.5) * g.css, (Math.floor(best / g.cols) + 0.5) * g.css]);
          return [ll.lat, ll.lng]; })()"""
    )
    return None if at is None else page.evaluate(CLICK_TIMED, [at[0], at[1], None])


def clicks(page, kind: str, samples: list[dict]) -> tuple[int, int]:
    """Click each sampled event at street zoom; count those whose popup lists it (and its whole stack)."""
    right = 0
    box = page.evaluate(
        f"(() => {{ const r = {MAP[kind]}.getContainer().getBoundingClientRect(); return [r.left, r.top]; }})()"
    )
    for s in samples:
        point = page.evaluate(
            """async ([lat, lon]) => { const map = MAP; map.closePopup(); map.setView([lat, lon], 13, {animate: false});
              await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
              const p = map.latLngToContainerPoint([lat, lon]); return [p.x, p.y]; }""".replace(
                "MAP", MAP[kind]
            ),
            [s["lat"], s["lon"]],
        )
        page.mouse.click(box[0] + point[0], box[1] + point[1])
        page.wait_for_timeout(150)
        text = listed(page)
        whole_stack = kind != "geomap" or sum(text.count(i) for i in s["stack"]) >= len(s["stack"])
        if s["id"] in text and whole_stack:
            right += 1
    return right, len(samples)


def listed(page) -> str:
    """Return the open popup's text, after asking for more events until it lists them all."""
    for _ in range(200):
        more = page.locator(".leaflet-popup .gm-show-more:not([hidden])")
        if not more.count():
            break
        more.last.click()
        page.wait_for_timeout(30)
    # The last popup: a closed one stays in the page while it fades out.
    popup = page.locator(".leaflet-popup-content")
    return popup.last.text_content() if popup.count() else ""


def sample(table, n: int) -> list[dict]:
    """Half events stacked on another event's exact point, half alone, each with its whole stack."""
    import numpy as np

    df = table.select(["event_id_cnty", "latitude", "longitude"]).to_pandas()
    key = df["latitude"].astype(str) + "," + df["longitude"].astype(str)
    size = key.map(key.value_counts())
    rng = np.random.default_rng(7)
    stacked = df[(size > 1) & (size <= 400)]
    alone = df[size == 1]
    rows = [
        *stacked.sample(min(n // 2, len(stacked)), random_state=rng.integers(1 << 31)).itertuples(),
        *alone.sample(min(n - n // 2, len(alone)), random_state=rng.integers(1 << 31)).itertuples(),
    ]
    groups = df.groupby(key)["event_id_cnty"].apply(list)
    return [
        {
            "id": r.event_id_cnty,
            "lat": r.latitude,
            "lon": r.longitude,
            "stack": groups[f"{r.latitude},{r.longitude}"],
        }
        for r in rows
    ]


def measure(n: int, work: Path, explore_max: int, leaflet: dict[str, bytes]) -> dict[str, dict]:
    table = events(n)
    parquet, csv = work / f"events-{n}.parquet", work / f"events-{n}.csv"
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    pq.write_table(table, parquet)
    pacsv.write_csv(table, csv)
    samples = sample(table, CLICKS)
    results: dict[str, dict] = {}
    for kind in ("geomap", "explore"):
        if kind == "explore" and n > explore_max:
            results[kind] = {"error": f"skipped (--explore-max {explore_max:,})"}
            continue
        html = work / f"{kind}-{n}.html"
        r: dict = {}
        try:
            _, r["build_peak"], out = run_peak(
                [sys.executable, "-c", "import resource\n" + PEAK + BUILD[kind], str(parquet), str(html)],
                3600,
            )
            r["build_s"] = float(out.split()[0])
        except (TimeoutError, RuntimeError) as err:
            results[kind] = {"error": f"build failed: {err}"}
            continue
        if kind == "geomap":
            cli = [
                sys.executable,
                "-m",
                "geomap",
                "map",
                str(csv),
                "-o",
                str(work / f"cli-{n}.html"),
                "--category",
                "event_type",
                "--time",
                "event_date",
                "--title",
                "Events",
            ]
            r["cli_s"], r["cli_peak"], _ = run_peak(cli, 600)
        else:  # the same job as a script: read the CSV, explore(), save; start-up included
            script = [sys.executable, "-c", EXPLORE_SCRIPT, str(csv), str(work / f"explore-cli-{n}.html")]
            r["cli_s"], r["cli_peak"], _ = run_peak(script, 3600)
        data = html.read_bytes()
        r["bytes"], r["gzip_bytes"] = len(data), len(gzip.compress(data, 6))
        r.update(browser_figures(kind, html, samples, leaflet))
        results[kind] = r
    return results


def fmt(value, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s" if value >= 0.1 else f"{value * 1000:.0f} ms"
    if unit == "B":
        return f"{value / 2**20:.1f} MiB" if value >= 2**20 else f"{value / 1024:.0f} KiB"
    return str(value)


ROWS = [
    ("build", "build_s", "s"),
    ("build peak memory", "build_peak", "B"),
    ("CLI wall", "cli_s", "s"),
    ("CLI peak memory", "cli_peak", "B"),
    ("HTML", "bytes", "B"),
    ("HTML gzip", "gzip_bytes", "B"),
    ("first full frame", "first_frame_s", "s"),
    ("page memory", "page_memory", "B"),
    ("renderer peak RSS (opening)", "renderer_peak", "B"),
    ("renderer peak RSS (whole session)", "renderer_session_peak", "B"),
    ("redraw after zoom", "redraw_zoom_s", "s"),
    ("redraw after pan", "redraw_pan_s", "s"),
    ("click to summary (slowest of 12)", "click_answer_s", "s"),
    ("click on the fullest density square", "density_click_s", "s"),
]


def report(n: int, results: dict[str, dict]) -> None:
    g, e = results["geomap"], results["explore"]
    print(f"\n## {n:,} events")
    print("| figure | geomap | explore() | explore / geomap |\n|---|---|---|---|")
    for label, key, unit in ROWS:
        ratio = f"{e[key] / g[key]:.1f}×" if key in g and key in e and g[key] else ""
        print(f"| {label} | {fmt(g.get(key), unit)} | {fmt(e.get(key), unit)} | {ratio} |")
    for kind, r in (("geomap", g), ("explore", e)):
        clicked = f"{r['clicks_right']}/{r['clicks']}" if "clicks" in r else "—"
        print(f"| clicks right ({kind}) | {clicked} | | |")
    for kind, r in (("geomap", g), ("explore", e)):
        if "error" in r:
            print(f"{kind}: {r['error']}")
    sys.stdout.flush()


def startup(work: Path) -> dict[str, float]:
    """Time the command's start-up (``geomap map`` on a ten-row CSV) and a bare ``import pyarrow.csv``.

    The best of five each: the floor of what the machine allows, not its load.
    """
    import pyarrow.csv as pacsv

    tiny = work / "ten.csv"
    pacsv.write_csv(events(10), tiny)
    runs = {
        "python -c 'import pyarrow.csv'": [sys.executable, "-c", "import pyarrow.csv"],
        "geomap map ten.csv": [
            sys.executable,
            "-m",
            "geomap",
            "map",
            str(tiny),
            "-o",
            str(work / "ten.html"),
        ],
    }
    return {name: min(run_peak(cmd, 120)[0] for _ in range(5)) for name, cmd in runs.items()}


GOALS = [  # (size, label, kind, key, limit, "<=" or ">=")
    (100_000, "CLI vs explore() script, start-up included", "ratio", "cli_s", 8.0, ">="),
    (100_000, "first full frame", "geomap", "first_frame_s", 1.0, "<="),
    (100_000, "page size", "geomap", "bytes", 5 * 10**6, "<="),
    (1_000_000, "CLI wall", "geomap", "cli_s", 10.0, "<="),
    (1_000_000, "first full frame (density on)", "geomap", "first_frame_s", 2.0, "<="),
    (1_000_000, "page size", "geomap", "bytes", 45 * 10**6, "<="),
    (1_000_000, "click to summary (slowest of 12)", "geomap", "click_answer_s", 0.2, "<="),
    (1_000_000, "click on the fullest density square", "geomap", "density_click_s", 0.2, "<="),
]


def goals(everything: dict[int, dict[str, dict]]) -> None:
    """Print the issue's goals beside the figures of this run."""
    print("\n## Goals (this run)\n| events | goal | measured | met |\n|---|---|---|---|")
    for n, label, kind, key, limit, op in GOALS:
        if n not in everything:
            continue
        g, e = everything[n]["geomap"], everything[n]["explore"]
        if kind == "ratio":
            value = e[key] / g[key] if key in e and key in g else None
            shown, want = (f"{value:.1f}×" if value else "—"), f"{op} {limit:.0f}×"
        else:
            value = g.get(key)
            unit = "B" if key == "bytes" else "s"
            shown, want = (
                fmt(value, unit),
                f"{op} {fmt(limit, unit) if unit == 's' else f'{limit / 1e6:.0f} MB'}",
            )
        met = (
            "—" if value is None else ("yes" if (value >= limit if op == ">=" else value <= limit) else "NO")
        )
        print(f"| {n:,} | {label} {want} | {shown} | {met} |")
    for n, results in everything.items():
        frames = results.get("frame")
        if frames:
            frame_goal(n, frames)


def frame_goal(n: int, frames: dict[str, dict]) -> None:
    """Print the goal: geomap's page from a frame no slower than lonboard's ``to_html`` (calls, imports apart)."""
    g, lon = frames["geomap"], frames.get("lonboard", {})
    if "build_s" not in g or "build_s" not in lon:
        print(f"| {n:,} | page from a frame ≤ lonboard to_html | {g.get('error') or lon.get('error')} | — |")
        return
    met = "yes" if g["build_s"] <= lon["build_s"] else "NO"
    print(
        f"| {n:,} | page from a frame ≤ lonboard to_html | geomap {fmt(g['build_s'], 's')},"
        f" lonboard {fmt(lon['build_s'], 's')} ({lon['build_s'] / g['build_s']:.2f}×) | {met} |"
    )


def frame_builds(n: int, work: Path) -> dict[str, dict]:
    """Build the page of one GeoDataFrame of ``n`` events with geomap and with lonboard, in fresh interpreters.

    lonboard is not a dependency of geomap: installed (``pip install lonboard``), it is measured.
    """
    import importlib.util

    parquet = work / f"events-{n}.parquet"
    if not parquet.exists():
        import pyarrow.parquet as pq

        pq.write_table(events(n), parquet)
    out: dict[str, dict] = {}
    for kind, (load, call) in FRAME_PEERS.items():
        if importlib.util.find_spec(kind) is None:
            out[kind] = {"error": f"{kind} not installed"}
            continue
        html = work / f"frame-{kind}-{n}.html"
        code = "import resource\n" + PEAK + FRAME_BUILD.replace("IMPORT", load).replace("CALL", call)
        try:
            _, _, printed = run_peak([sys.executable, "-c", code, str(parquet), str(html)], 3600)
        except (TimeoutError, RuntimeError) as err:
            out[kind] = {"error": f"build failed: {err}"}
            continue
        figures = json.loads(printed.strip().splitlines()[-1])
        data = html.read_bytes()
        figures["bytes"], figures["gzip_bytes"] = len(data), len(gzip.compress(data, 6))
        out[kind] = figures
    return out


FRAME_ROWS = [
    ("import", "import_s", "s"),
    ("import, CPU", "import_cpu_s", "s"),
    ("page from the frame", "build_s", "s"),
    ("page from the frame, CPU", "build_cpu_s", "s"),
    ("again, same process", "again_s", "s"),
    ("again, same process, CPU", "again_cpu_s", "s"),
    ("peak memory (with the frame)", "peak", "B"),
    ("HTML", "bytes", "B"),
    ("HTML gzip", "gzip_bytes", "B"),
]


def frame_report(n: int, frames: dict[str, dict]) -> None:
    g, lon = frames["geomap"], frames.get("lonboard", {})
    print(f"\n## {n:,} events: the page from a GeoDataFrame in memory\n")
    print("| figure | geomap map_table | lonboard viz().to_html() | lonboard / geomap |\n|---|---|---|---|")
    for label, key, unit in FRAME_ROWS:
        ratio = f"{lon[key] / g[key]:.2f}×" if key in g and key in lon and g[key] else ""
        print(f"| {label} | {fmt(g.get(key), unit)} | {fmt(lon.get(key), unit)} | {ratio} |")
    for kind, r in frames.items():
        if "error" in r:
            print(f"{kind}: {r['error']}")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[100_000, 1_000_000])
    parser.add_argument("--explore-max", type=int, default=1_000_000, help="skip explore() above this size")
    parser.add_argument("--json", type=Path, help="also write every figure here")
    parser.add_argument(
        "--frame-only",
        action="store_true",
        help="only the page from a GeoDataFrame in memory, geomap beside lonboard (no CLI, explore() or browser)",
    )
    args = parser.parse_args()
    if args.frame_only:
        frame_only(args.sizes, args.json)
        return
    web = Path(__file__).parents[2] / "geomap" / "data" / "web"
    leaflet = {
        "leaflet.js": (web / "leaflet.js").read_bytes(),
        "leaflet.css": (web / "leaflet.css").read_bytes(),
    }
    everything = {}
    with tempfile.TemporaryDirectory(prefix="bench-map-") as tmp:
        floor = startup(Path(tmp))
        print("## Start-up (best of five)\n| command | wall |\n|---|---|")
        for name, took in floor.items():
            print(f"| `{name}` | {fmt(took, 's')} |")
        everything["startup"] = floor
        for n in args.sizes:
            everything[n] = measure(n, Path(tmp), args.explore_max, leaflet)
            everything[n]["frame"] = frame_builds(n, Path(tmp))
            report(n, everything[n])
            frame_report(n, everything[n]["frame"])
        goals({n: r for n, r in everything.items() if isinstance(n, int)})
    if args.json:
        args.json.write_text(json.dumps(everything, indent=1), "utf-8")


def frame_only(sizes: list[int], save: Path | None) -> None:
    """Measure only the page from a GeoDataFrame (``--frame-only``), geomap beside lonboard, and print the goal."""
    everything: dict[int, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-map-") as tmp:
        for n in sizes:
            everything[n] = {"frame": frame_builds(n, Path(tmp))}
            frame_report(n, everything[n]["frame"])
    print("\n## Goal (this run)\n| events | goal | measured | met |\n|---|---|---|---|")
    for n, results in everything.items():
        frame_goal(n, results["frame"])
    if save:
        save.write_text(json.dumps(everything, indent=1), "utf-8")


if __name__ == "__main__":
    main()
