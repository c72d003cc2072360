"""Output folders obey only journals geomap wrote for them; staging never follows links; check never writes.

The layers folder is committed, and CI runs ``geomap check`` and ``geomap build`` on pull requests:
a hidden file or a link planted in a pull request must change nothing outside the outputs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from common import write_incident

from geomap.build import build_incident, write_outputs
from geomap.cli import main
from geomap.errors import OutputError
from geomap.io import atomic

SITE = "places:\n  crash_sites:\n    - name: Site\n      coordinates: [22.5, 51.5]\n      sources: [src]\n"


def _tree(root: Path) -> dict[str, tuple[str, bytes | str]]:
    """Every entry under ``root``: files by content, links by target (links are not followed)."""
    state: dict[str, tuple[str, bytes | str]] = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        if path.is_symlink():
            state[rel] = ("link", os.readlink(path))
        elif path.is_file():
            state[rel] = ("file", path.read_bytes())
        elif path.is_dir():
            state[rel] = ("dir", "")
    return state


@pytest.fixture
def repo(tmp_path):
    """A repository with one seed, its committed layers, and a victim folder outside it."""
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    seed = write_incident(root / "seeds", SITE, ident="inc")
    write_outputs(build_incident(seed), layers_dir=root / "layers", out_dir=root / "build")
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "important.txt").write_text("keep me", "utf-8")
    (victim / "sitecustomize.py").write_text("# the user's own\n", "utf-8")
    return root, seed, victim


def _forge(layers: Path, victim: Path, **extra) -> Path:
    """A journal such as an attacker would commit: it points the roll-forward at the victim folder."""
    journal = {"out_dir": str(victim), "files": ["sitecustomize.py"], "stale": ["important.txt"], **extra}
    path = layers / ".geomap-inc.journal"
    path.write_text(json.dumps(journal), "utf-8")
    (layers / ".geomap-inc.out").mkdir(exist_ok=True)
    (layers / ".geomap-inc.out" / "sitecustomize.py").write_text("import os; os.system('x')\n", "utf-8")
    return path


def _run(root: Path, *args: str, capsys) -> tuple[int, str]:
    cwd = os.getcwd()
    os.chdir(root)
    try:
        status = main(list(args))
    finally:
        os.chdir(cwd)
    return status, capsys.readouterr().err


@pytest.mark.parametrize("command", [["check"], ["build", "seeds/inc.yaml"]])
def test_a_forged_journal_is_reported_and_left_untouched(repo, capsys, command):
    root, _, victim = repo
    _forge(root / "layers", victim)
    before_victim, before_layers = _tree(victim), _tree(root / "layers")
    status, err = _run(root, *command, capsys=capsys)
    assert status == 1
    assert "did not write for this folder; left untouched: remove it" in err
    assert len(err.strip().splitlines()) == 1
    assert _tree(victim) == before_victim
    assert _tree(root / "layers") == before_layers


def test_a_forged_journal_with_an_hmac_of_its_own_making_is_refused(repo, capsys):
    root, _, victim = repo
    content = {
        "incident": "inc",
        "layers_root": str((root / "layers").resolve()),
        "out_dir": str(victim),
        "files": ["sitecustomize.py"],
        "stale": ["important.txt"],
    }
    body = json.dumps(content, sort_keys=True)
    import hashlib
    import hmac

    forged = {"journal": content, "hmac": hmac.new(b"guess", body.encode(), hashlib.sha256).hexdigest()}
    (root / "layers" / ".geomap-inc.journal").write_text(json.dumps(forged), "utf-8")
    before = _tree(victim)
    status, err = _run(root, "build", "seeds/inc.yaml", capsys=capsys)
    assert status == 1 and "left untouched" in err
    assert _tree(victim) == before


def test_a_genuine_journal_moved_to_another_folder_is_not_obeyed(repo, tmp_path, capsys):
    """The keyed hash covers the folder's identity: a journal copied from elsewhere is untrusted."""
    root, _, victim = repo
    other = tmp_path / "other-layers"
    other.mkdir()
    genuine = atomic._sign(
        other,
        {
            "incident": "inc",
            "layers_root": str(other.resolve()),
            "out_dir": str(victim),
            "files": [],
            "stale": ["important.txt"],
        },
    )
    (root / "layers" / ".geomap-inc.journal").write_bytes(genuine)
    status, err = _run(root, "build", "seeds/inc.yaml", capsys=capsys)
    assert status == 1 and "left untouched" in err
    assert (victim / "important.txt").read_text("utf-8") == "keep me"


def test_a_genuine_journal_with_a_path_for_a_name_is_not_obeyed(repo, capsys):
    """Even a correctly keyed journal may only name plain files of its own output set."""
    root, _, victim = repo
    layers = root / "layers"
    content = {
        "incident": "inc",
        "layers_root": str(layers.resolve()),
        "out_dir": str((root / "build").resolve()),
        "files": [],
        "stale": ["../../victim/important.txt"],
    }
    (layers / ".geomap-inc.journal").write_bytes(atomic._sign(layers, content))
    status, err = _run(root, "build", "seeds/inc.yaml", capsys=capsys)
    assert status == 1 and "not a plain file name" in err
    assert (victim / "important.txt").read_text("utf-8") == "keep me"


def test_a_staging_link_is_never_followed(repo, capsys):
    root, _, victim = repo
    (root / "layers" / ".geomap-inc.layers").symlink_to(victim, target_is_directory=True)
    (root / "build" / ".geomap-inc.out").symlink_to(victim, target_is_directory=True)
    before = _tree(victim)
    status, err = _run(root, "build", "seeds/inc.yaml", capsys=capsys)
    assert status == 1 and "is not a folder geomap made (a link or a file)" in err
    assert _tree(victim) == before


def test_a_layer_folder_that_is_a_link_is_replaced_not_written_through(repo, capsys):
    root, _, victim = repo
    layer_dir = root / "layers" / "inc"
    for path in layer_dir.iterdir():
        path.unlink()
    layer_dir.rmdir()
    layer_dir.symlink_to(victim, target_is_directory=True)
    before = _tree(victim)
    status, _ = _run(root, "build", "seeds/inc.yaml", capsys=capsys)
    assert status == 0
    assert _tree(victim) == before
    assert layer_dir.is_dir() and not layer_dir.is_symlink()
    assert not list((root / "layers").glob(".geomap-*"))
    assert _run(root, "build", "seeds/inc.yaml", capsys=capsys)[0] == 0


def test_check_reads_no_linked_layer(repo, capsys):
    root, _, _ = repo
    layer = root / "layers" / "inc" / "crash_sites.geojson"
    layer.unlink()
    layer.symlink_to("/dev/zero")
    status, err = _run(root, "check", capsys=capsys)
    assert status == 1 and "not a plain file (a link or a special file); left unread" in err


def test_check_never_writes_even_after_a_real_crash(repo, monkeypatch, capsys):
    """A genuine journal left by a crash after the commit point: check reports it, build finishes it."""
    root, seed, _ = repo
    seed.write_text(seed.read_text("utf-8").replace("22.5", "23.5"), "utf-8")
    real = atomic._roll_forward

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic, "_roll_forward", crash)
    with pytest.raises(KeyboardInterrupt):
        write_outputs(build_incident(seed), layers_dir=root / "layers", out_dir=root / "build")
    monkeypatch.setattr(atomic, "_roll_forward", real)
    before = _tree(root)
    status, err = _run(root, "check", capsys=capsys)
    assert status == 1 and "a build was interrupted; run geomap build" in err
    assert _tree(root) == before
    status, _ = _run(root, "build", "seeds/inc.yaml", capsys=capsys)
    assert status == 0
    assert not list(root.rglob(".geomap-*"))
    assert _run(root, "check", capsys=capsys)[0] == 0


def test_recover_refuses_rather_than_follows(tmp_path):
    layers = tmp_path / "layers"
    layers.mkdir()
    (layers / ".geomap-x.journal").symlink_to(tmp_path / "elsewhere.json")
    with pytest.raises(OutputError, match="left untouched"):
        atomic.recover(layers, "x")
    assert (layers / ".geomap-x.journal").is_symlink()


def test_the_key_lives_outside_every_output_folder(repo):
    root, _, _ = repo
    key = Path(os.environ["GEOMAP_STATE_DIR"]) / "journal.key"
    assert key.is_file() and len(key.read_bytes()) == 64
    assert not list(root.rglob("journal.key"))


def test_a_journal_whose_hmac_is_not_ascii_is_reported_not_a_crash(repo, capsys):
    """hmac.compare_digest raises TypeError on non-ASCII text: such a journal is untrusted, in one line."""
    root, _, victim = repo
    forged = {
        "journal": {"incident": "inc", "out_dir": str(victim), "files": [], "stale": []},
        "hmac": "é" * 64,
    }
    (root / "layers" / ".geomap-inc.journal").write_text(json.dumps(forged), "utf-8")
    status, err = _run(root, "build", "seeds/inc.yaml", capsys=capsys)
    assert status == 1
    assert "did not write for this folder; left untouched: remove it" in err
    assert len(err.strip().splitlines()) == 1
