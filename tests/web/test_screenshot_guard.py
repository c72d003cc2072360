"""Headless Chromium now and then hangs; a static image is then retried, and a failure is one clear line.

Each test stands in a small shell script for Chromium (through $GEOMAP_CHROMIUM) that behaves the way
Chromium has been seen to misbehave: it writes its file and never exits, hangs before drawing, or hangs
once and works the second time.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from geomap.cli import main
from geomap.errors import OutputError
from geomap.web import screenshot

#: The smallest whole PNG: a signature, a 1x1 header and the closing chunk.
PNG = (
    b"\x89PNG\r\n\x1a\n"
    + bytes.fromhex("0000000d4948445200000001000000010802000000907753de")
    + bytes.fromhex("0000000049454e44ae426082")
)


def fake_chromium(tmp_path, monkeypatch, body: str):
    """Install a fake chromium running ``body`` (sh) with $OUT set to the --screenshot path, $PNG a whole PNG."""
    (tmp_path / "whole.png").write_bytes(PNG)
    script = tmp_path / "chromium"
    script.write_text(
        "#!/bin/sh\n"
        f"PNG={tmp_path / 'whole.png'}\n"
        'for a in "$@"; do case "$a" in --screenshot=*) OUT="${a#--screenshot=}";; esac; done\n'
        f"{body}\n"
    )
    script.chmod(0o755)
    monkeypatch.setenv("GEOMAP_CHROMIUM", str(script))
    return script


def running(pid: str) -> bool:
    """Whether process ``pid`` still runs (a killed child nobody has reaped yet is a zombie: not running)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_a_chromium_that_writes_its_png_and_never_exits_is_stopped(tmp_path, monkeypatch):
    fake_chromium(tmp_path, monkeypatch, 'cat "$PNG" > "$OUT"; sleep 600')
    started = time.monotonic()
    png = screenshot.render("<html></html>", size=screenshot.PRESETS["social"])
    assert png.startswith(b"\x89PNG") and png.endswith(b"IEND\xaeB`\x82")
    assert time.monotonic() - started < 20


def test_a_chromium_that_hangs_once_is_tried_again(tmp_path, monkeypatch):
    marker = tmp_path / "tried"
    body = f'if [ -e {marker} ]; then cat "$PNG" > "$OUT"; exit 0; fi; touch {marker}; sleep 600'
    fake_chromium(tmp_path, monkeypatch, body)
    monkeypatch.setattr(screenshot, "RUN_SECONDS", 2)
    assert screenshot.render("<html></html>", size=screenshot.PRESETS["social"]).startswith(b"\x89PNG")


def test_a_chromium_that_always_hangs_gives_one_line_and_leaves_no_process(
    tmp_path, monkeypatch, seed, capsys
):
    pids = tmp_path / "pids"
    fake_chromium(tmp_path, monkeypatch, f"echo $$ >> {pids}; sleep 600 & echo $! >> {pids}; wait")
    monkeypatch.setattr(screenshot, "RUN_SECONDS", 2)
    with pytest.raises(OutputError, match="did not finish within 2 s"):
        screenshot.render("<html></html>", size=screenshot.PRESETS["social"])
    time.sleep(0.2)
    assert not [pid for pid in pids.read_text().split() if running(pid)]  # the browser and its children
    out = tmp_path / "b"
    code = main(["build", str(seed), "--layers-dir", str(tmp_path / "l"), "--out", str(out), "--png"])
    err = capsys.readouterr().err.strip()
    assert code != 0 and len(err.splitlines()) == 1
    assert "chromium could not render the page (2 tries): it did not finish within 2 s" in err
    assert "internal error" not in err and "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())  # nothing half-written


def test_an_interrupted_run_leaves_no_process(tmp_path, monkeypatch):
    """Ctrl-C (or any error) while Chromium runs: its session is killed, nothing outlives the call."""
    pids = tmp_path / "pids"
    fake_chromium(tmp_path, monkeypatch, f"echo $$ >> {pids}; sleep 600 & echo $! >> {pids}; wait")

    def interrupted(proc, out):
        while not pids.exists() or len(pids.read_text().split()) < 2:
            time.sleep(0.05)
        raise KeyboardInterrupt

    monkeypatch.setattr(screenshot, "_wait", interrupted)
    with pytest.raises(KeyboardInterrupt):
        screenshot.render("<html></html>", size=screenshot.PRESETS["social"])
    time.sleep(0.2)
    assert not [pid for pid in pids.read_text().split() if running(pid)]
