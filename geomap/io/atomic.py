"""Whole outputs: every file of one build replaces the previous build's files as a set.

A build stages all its files in hidden folders beside their destinations, then
writes a journal (the commit point) and moves the staged files into place.
A build killed before the journal exists leaves the old set untouched; one
killed after it leaves a journal that the next geomap command on that
incident rolls forward.  Either way a reader finds the complete old set or the
complete new one, and the hidden staging files (``.geomap-<id>.*``) are
removed by the next run.  Builds lock both output folders, so two builds of
one incident never interleave.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from geomap.errors import OutputError

PREFIX = ".geomap-"


@dataclass
class OutputSet:
    """The files of one incident's build, held in memory until :func:`commit`.

    ``layers`` go to ``<layers_root>/<incident>/<name>`` (None: a set without a layer folder);
    ``files`` to ``<out_dir>/<name>``; ``stale`` names files in ``out_dir`` that the new set
    no longer has (a screenshot from an earlier ``--png`` build).
    """

    incident: str
    layers_root: Path
    out_dir: Path
    layers: dict[str, bytes] | None = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    stale: tuple[str, ...] = ()

    @property
    def layer_dir(self) -> Path:
        """The incident's layer folder."""
        return self.layers_root / self.incident

    def paths(self) -> list[Path]:
        """Every path the set writes, layers first."""
        return [self.layer_dir / n for n in sorted(self.layers or ())] + [
            self.out_dir / n for n in self.files
        ]


def write_file(path: Path, data: bytes) -> None:
    """Write one file whole: to a hidden temporary name beside it, synced, then renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f"{PREFIX}{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def commit(outputs: OutputSet, /) -> list[Path]:
    """Replace the incident's previous outputs with ``outputs`` as one set; return the paths written."""
    outputs.layers_root.mkdir(parents=True, exist_ok=True)
    outputs.out_dir.mkdir(parents=True, exist_ok=True)
    with locked(outputs.layers_root, outputs.out_dir):
        recover(outputs.layers_root, outputs.incident, out_dir=outputs.out_dir)
        stage_layers, stage_out = _stage_paths(outputs.layers_root, outputs.out_dir, outputs.incident)
        for folder, files in ((stage_layers, outputs.layers), (stage_out, outputs.files)):
            if files is None:
                continue
            folder.mkdir()
            for name, data in files.items():
                _write_synced(folder / name, data)
        _sync_dir(outputs.layers_root)
        _sync_dir(outputs.out_dir)
        journal = {"out_dir": str(outputs.out_dir.resolve()), "files": sorted(outputs.files),
                   "stale": sorted(outputs.stale)}  # fmt: skip
        write_file(_journal(outputs.layers_root, outputs.incident), json.dumps(journal).encode())
        _roll_forward(outputs.layers_root, outputs.incident)
    return outputs.paths()


def write_files(
    folder: Path, files: dict[str, bytes], /, *, name: str, stale: tuple[str, ...] = ()
) -> list[Path]:
    """Replace a set of files in one folder as a whole (a page and its sidecar); see :func:`commit`."""
    return commit(
        OutputSet(incident=name, layers_root=folder, out_dir=folder, layers=None, files=files, stale=stale)
    )


def recover(layers_root: Path, incident: str, /, *, out_dir: Path | None = None) -> bool:
    """Finish or discard an interrupted build of ``incident``; return True if one was finished."""
    if _journal(layers_root, incident).is_file():
        _roll_forward(layers_root, incident)
        return True
    stage_layers, _ = _stage_paths(layers_root, layers_root, incident)
    for leftover in (stage_layers, _old(layers_root, incident)):
        shutil.rmtree(leftover, ignore_errors=True)
    if out_dir is not None:
        shutil.rmtree(_stage_paths(layers_root, out_dir, incident)[1], ignore_errors=True)
    for folder in {layers_root, out_dir or layers_root}:
        for tmp in folder.glob(f"{PREFIX}*"):
            if tmp.is_file() and not tmp.name.endswith(".journal"):
                tmp.unlink(missing_ok=True)  # a write_file() that was killed before its rename
    return False


def _roll_forward(layers_root: Path, incident: str) -> None:
    """Move the staged set into place; every step can be repeated after a crash."""
    journal_path = _journal(layers_root, incident)
    journal = json.loads(journal_path.read_text("utf-8"))
    out_dir = Path(journal["out_dir"])
    stage_layers, stage_out = _stage_paths(layers_root, out_dir, incident)
    target, old = layers_root / incident, _old(layers_root, incident)
    if stage_layers.is_dir():
        if target.exists() and not old.exists():
            os.rename(target, old)
        elif target.exists():
            shutil.rmtree(target)  # the old set is already kept aside as `old`
        os.rename(stage_layers, target)
    for name in journal["files"]:
        if (stage_out / name).exists():
            os.replace(stage_out / name, out_dir / name)
    for name in journal["stale"]:
        (out_dir / name).unlink(missing_ok=True)
    _sync_dir(layers_root)
    _sync_dir(out_dir)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(stage_out, ignore_errors=True)
    journal_path.unlink()
    _sync_dir(layers_root)


def _stage_paths(layers_root: Path, out_dir: Path, incident: str) -> tuple[Path, Path]:
    return layers_root / f"{PREFIX}{incident}.layers", out_dir / f"{PREFIX}{incident}.out"


def _old(layers_root: Path, incident: str) -> Path:
    return layers_root / f"{PREFIX}{incident}.old"


def _journal(layers_root: Path, incident: str) -> Path:
    return layers_root / f"{PREFIX}{incident}.journal"


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(path, 0o666 & ~_umask())


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def locked(*folders: Path) -> Iterator[None]:
    """Hold an exclusive lock on each folder (in a fixed order, so two builds cannot deadlock)."""
    fds: list[int] = []
    try:
        for folder in sorted({f.resolve() for f in folders}):
            fd = os.open(folder, os.O_RDONLY)
            fds.append(fd)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
            except OSError as err:
                raise OutputError(f"cannot lock {folder}: {err.strerror}") from err
        yield
    finally:
        for fd in reversed(fds):
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
