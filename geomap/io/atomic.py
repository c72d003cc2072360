"""Whole outputs: every file of one build replaces the previous build's files as a set.

A build stages all its files in hidden folders beside their destinations, then
writes a journal (the commit point) and moves the staged files into place.
A build killed before the journal exists leaves the old set untouched; one
killed after it leaves a journal that the next geomap build of that incident
rolls forward.  Either way a reader finds the complete old set or the
complete new one, and the hidden staging files (``.geomap-<id>.*``) are
removed by the next run.  Builds lock both output folders, so two builds of
one incident never interleave.

A journal is obeyed only if geomap wrote it for the folder it lies in: output
folders are often committed, and a journal planted in a pull request must not
steer a CI run into moving or deleting files.  Each journal carries a keyed hash
(HMAC-SHA256) over its content and the folder's identity, with a key that lives
outside every output folder (:func:`_key`); its names must be plain file names,
and its staging folders real folders, not links.  Anything else is reported in
one line and left untouched.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import hmac
import json
import os
import re
import secrets
import shutil
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geomap.errors import OutputError

PREFIX = ".geomap-"
#: A journal is a few names; anything larger was not written by geomap.
JOURNAL_MAX_BYTES = 1 << 20
#: Set this to keep geomap's journal key somewhere else (default: $XDG_STATE_HOME/geomap).
STATE_ENV = "GEOMAP_STATE_DIR"


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
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f"{PREFIX}{path.name}.", dir=path.parent)
    except OSError as err:
        raise _output_error(err, path.parent) from err
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as err:
        raise _output_error(err, path.parent) from err
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def commit(outputs: OutputSet, /) -> list[Path]:
    """Replace the incident's previous outputs with ``outputs`` as one set; return the paths written."""
    for name in [*(outputs.layers or ()), *outputs.files, *outputs.stale, outputs.incident]:
        _plain_name(name)
    made = _make_folders(outputs.layers_root, outputs.out_dir)
    try:
        return _commit_in(outputs)
    except BaseException:
        # A build that failed or was interrupted (Ctrl-C, SIGTERM) before its commit point
        # leaves no folder of its own behind: the user sees the state before the command.
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty: an older set or the user's files stay
        raise


def _make_folders(*folders: Path) -> list[Path]:
    """Create ``folders`` (and parents); return the ones created, outermost first."""
    made: list[Path] = []
    for folder in folders:
        missing = [f for f in (folder, *folder.parents) if not f.exists()][::-1]
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise _output_error(err, folder) from err
        made.extend(f for f in missing if f not in made)
    return made


def _commit_in(outputs: OutputSet) -> list[Path]:
    with locked(outputs.layers_root, outputs.out_dir):
        recover(outputs.layers_root, outputs.incident, out_dir=outputs.out_dir)
        stage_layers, stage_out = _stage_paths(outputs.layers_root, outputs.out_dir, outputs.incident)
        try:
            for folder, files in ((stage_layers, outputs.layers), (stage_out, outputs.files)):
                if files is None:
                    continue
                folder.mkdir()
                for name, data in files.items():
                    _write_synced(folder / name, data)
            _sync_dir(outputs.layers_root)
            _sync_dir(outputs.out_dir)
            journal = _sign(
                outputs.layers_root,
                {
                    "incident": outputs.incident,
                    "layers_root": str(outputs.layers_root.resolve()),
                    "out_dir": str(outputs.out_dir.resolve()),
                    "files": sorted(outputs.files),
                    "stale": sorted(outputs.stale),
                },
            )
            write_file(_journal(outputs.layers_root, outputs.incident), journal)
        except BaseException as err:
            # Before the commit point (a full disk, a signal): the old set stands; take the
            # partial new one away.
            for folder in (stage_layers, stage_out):
                shutil.rmtree(folder, ignore_errors=True)
            if isinstance(err, OSError):
                raise _output_error(err, outputs.out_dir) from err
            raise
        try:
            _roll_forward(outputs.layers_root, outputs.incident)
        except OSError as err:
            # After the commit point: the journal stays, and the next build finishes the move.
            raise OutputError(
                f"{_output_error(err, outputs.out_dir)}, except that the next build of "
                f"{outputs.incident} finishes what this one started"
            ) from err
    return outputs.paths()


def write_files(
    folder: Path,
    files: dict[str, bytes],
    /,
    *,
    name: str,
    stale: tuple[str, ...] = (),
    guarded: tuple[str, ...] = (),
) -> list[Path]:
    """Replace a set of files in one folder as a whole (a page and its sidecar); see :func:`commit`.

    ``guarded`` names files the user did not name (a sidecar beside a page): one that already
    exists is replaced or removed only if geomap wrote it for this set, as a signed record
    beside it (``.geomap-<name>.written``) shows.

    Raises
    ------
    OutputError
        When a guarded file exists that geomap did not write for this set.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise _output_error(err, folder) from err
    record = _written_record(folder, name)
    for guard in guarded:
        path = folder / _plain_name(guard)
        if os.path.lexists(path) and (path.is_symlink() or record.get(guard) != _digest(path)):
            raise OutputError(
                f"{path} exists and geomap did not write it for {folder / name}; move it away (or delete it) "
                "and run again"
            )
    written = commit(
        OutputSet(incident=name, layers_root=folder, out_dir=folder, layers=None, files=files, stale=stale)
    )
    if guarded:
        mine = {g: hashlib.sha256(files[g]).hexdigest() for g in guarded if g in files}
        write_file(_record_path(folder, name), _sign(folder, {"set": name, "files": mine}))
    return written


def _record_path(folder: Path, name: str) -> Path:
    return folder / f"{PREFIX}{name}.written"


def _written_record(folder: Path, name: str) -> dict[str, str]:
    """Return the sidecars geomap wrote for ``name`` in ``folder`` (name -> SHA-256), from a signed record."""
    content = _read_signed(folder, _record_path(folder, name))
    if not content or content.get("set") != name or not isinstance(content.get("files"), dict):
        return {}
    return {str(k): str(v) for k, v in content["files"].items()}


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    except OSError:
        return None


def recover(layers_root: Path, incident: str, /, *, out_dir: Path | None = None) -> bool:
    """Finish or discard an interrupted build of ``incident``; return True if one was finished.

    Raises
    ------
    OutputError
        When a journal or staging folder there was not made by geomap for this folder (it is
        left untouched, and nothing is written until someone removes it).
    """
    if os.path.lexists(_journal(layers_root, incident)):
        problem = journal_problem(layers_root, incident)
        if problem:
            raise OutputError(problem)
        _roll_forward(layers_root, incident)
        return True
    stage_layers, _ = _stage_paths(layers_root, layers_root, incident)
    _remove(_old(layers_root, incident))  # the previous set, kept aside (a link if the folder was one)
    leftovers = [stage_layers]
    if out_dir is not None:
        leftovers.append(_stage_paths(layers_root, out_dir, incident)[1])
    for leftover in leftovers:
        if os.path.lexists(leftover):
            _real_folder(leftover)
            shutil.rmtree(leftover)
    for folder in {layers_root, out_dir or layers_root}:
        for tmp in folder.glob(f"{PREFIX}*"):
            # a write_file() that was killed before its rename: `.geomap-<name>.<random>`, a plain file
            if _TEMP_NAME.fullmatch(tmp.name) and stat.S_ISREG(tmp.lstat().st_mode):
                tmp.unlink(missing_ok=True)
    return False


def journal_problem(layers_root: Path, incident: str, /) -> str | None:
    """Return why the journal of ``incident`` in ``layers_root`` may not be obeyed, or None if it may.

    Reads only; never writes.  A journal is obeyed when it is a plain file of sensible size,
    carries a valid keyed hash tied to this folder, records this folder and plain file names, and
    its staging folders are real folders.
    """
    path = _journal(layers_root, incident)
    untrusted = f"{path}: an interrupted-build journal that geomap did not write for this folder; left untouched: remove it"
    journal = _read_signed(layers_root, path)
    if journal is None or journal.get("incident") != incident:
        return untrusted
    try:
        if Path(journal["layers_root"]) != layers_root.resolve():
            return untrusted
        out_dir = Path(journal["out_dir"])
        if out_dir.resolve() != out_dir or not out_dir.is_dir():
            return f"{path}: its output folder {out_dir} is gone or moved; left untouched: remove it"
        for name in [*journal["files"], *journal["stale"]]:
            _plain_name(name)
        for stage in _stage_paths(layers_root, out_dir, incident):
            if os.path.lexists(stage):
                _real_folder(stage)
    except (OutputError, KeyError, TypeError) as err:
        return f"{untrusted} ({err})"
    return None


def _roll_forward(layers_root: Path, incident: str) -> None:
    """Move the staged set into place; every step can be repeated after a crash."""
    journal_path = _journal(layers_root, incident)
    journal = _verified(layers_root, journal_path.read_bytes())
    assert journal is not None  # checked by the callers, under the lock
    out_dir = Path(journal["out_dir"])
    stage_layers, stage_out = _stage_paths(layers_root, out_dir, incident)
    target, old = layers_root / incident, _old(layers_root, incident)
    if stage_layers.is_dir() and not stage_layers.is_symlink():
        if os.path.lexists(target) and not os.path.lexists(old):
            os.rename(target, old)
        elif os.path.lexists(target):
            _remove(target)  # the old set is already kept aside as `old`
        os.rename(stage_layers, target)
    for name in journal["files"]:
        if (stage_out / name).exists():
            os.replace(stage_out / name, out_dir / name)
    for name in journal["stale"]:
        (out_dir / name).unlink(missing_ok=True)
    _sync_dir(layers_root)
    _sync_dir(out_dir)
    _remove(old)
    _remove(stage_out)
    journal_path.unlink()
    _sync_dir(layers_root)


# -- trust -----------------------------------------------------------------------------------

_TEMP_NAME = re.compile(re.escape(PREFIX) + r".+\.[a-z0-9_]{8}")


def _plain_name(name: str) -> str:
    """Return ``name`` if it is one plain file name (no folder, no ``..``, no control character)."""
    if (
        not isinstance(name, str)
        or name in ("", ".", "..")
        or "/" in name
        or "\\" in name
        or any(ord(c) < 32 for c in name)
        or len(name.encode("utf-8", "surrogateescape")) > 200
    ):
        raise OutputError(f"{name!r} is not a plain file name of at most 200 bytes")
    return name


def _real_folder(path: Path) -> None:
    """Refuse a staging path that is a link or a file: geomap makes only real folders there."""
    if not stat.S_ISDIR(path.lstat().st_mode):
        raise OutputError(f"{path} is not a folder geomap made (a link or a file); left untouched: remove it")


def _folder_identity(folder: Path) -> bytes:
    info = folder.stat()
    return f"{folder.resolve()}\0{info.st_dev}\0{info.st_ino}".encode("utf-8", "surrogateescape")


def _mac(folder: Path, content: dict[str, Any]) -> str:
    """Return the HMAC over a journal's content and the folder's identity."""
    body = json.dumps(content, sort_keys=True, ensure_ascii=True)
    return hmac.new(_key(), _folder_identity(folder) + b"\0" + body.encode(), hashlib.sha256).hexdigest()


def _sign(folder: Path, content: dict[str, Any]) -> bytes:
    """Return the journal bytes: the content and an HMAC over it and the folder's identity."""
    return json.dumps(
        {"journal": content, "hmac": _mac(folder, content)}, sort_keys=True, ensure_ascii=True
    ).encode()


def _read_signed(folder: Path, path: Path) -> dict[str, Any] | None:
    """Return the content of a journal or record at ``path`` signed for ``folder``; None if it is not one.

    Not one: missing or unreadable, a link or special file, over JOURNAL_MAX_BYTES, or badly signed.
    """
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > JOURNAL_MAX_BYTES:
            return None
        return _verified(folder, path.read_bytes())
    except (OSError, ValueError):
        return None


def _verified(folder: Path, data: bytes) -> dict[str, Any] | None:
    """Return a journal's content if its HMAC is good for ``folder``, else None."""
    outer = json.loads(data.decode("utf-8"))
    if not isinstance(outer, dict) or not isinstance(outer.get("journal"), dict):
        return None
    given = outer.get("hmac")
    # compare_digest raises TypeError on non-ASCII text; such a journal is simply not ours.
    if (
        not isinstance(given, str)
        or not given.isascii()
        or not hmac.compare_digest(_mac(folder, outer["journal"]), given)
    ):
        return None
    journal: dict[str, Any] = outer["journal"]
    return journal


_SESSION_KEY = secrets.token_bytes(32)


def _key() -> bytes:
    """Return this user's journal key, made on first use in a folder outside every output folder.

    If that folder cannot be written, a key for this process alone is used: a journal left by a
    crash is then reported rather than obeyed, which is the safe side.
    """
    folder = _state_dir()
    path = folder / "journal.key"
    try:
        data = path.read_bytes()
        if len(data) == 64:
            return data
    except OSError:
        pass
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=".journal.key.", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(64))
        try:
            os.link(tmp, path)  # first writer wins; a concurrent one reads the winner's key
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
        data = path.read_bytes()
        return data if len(data) == 64 else _SESSION_KEY
    except OSError:
        return _SESSION_KEY


def _state_dir() -> Path:
    if os.environ.get(STATE_ENV):
        return Path(os.environ[STATE_ENV])
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "geomap"


def _output_error(err: OSError, folder: Path) -> OutputError:
    """One line for a failed write: a full disk, a read-only folder, a name too long."""
    where = err.filename or folder
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EROFS: "the file system is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENAMETOOLONG: "a file name is too long (shorten the incident id or the output name)",
        errno.ENOTDIR: "a part of the path is a file, not a folder",
        errno.EISDIR: "a folder stands where a file goes",
        errno.EEXIST: "a file stands where a folder goes",
    }
    reason = reasons.get(err.errno or 0, err.strerror or str(err))
    return OutputError(f"cannot write {where}: {reason}; nothing was changed")


def _remove(path: Path) -> None:
    """Remove a folder geomap set aside, or the link that stood in its place; never follow a link."""
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.is_dir():
        shutil.rmtree(path, ignore_errors=True)


def _stage_paths(layers_root: Path, out_dir: Path, incident: str) -> tuple[Path, Path]:
    return layers_root / f"{PREFIX}{incident}.layers", out_dir / f"{PREFIX}{incident}.out"


def _old(layers_root: Path, incident: str) -> Path:
    return layers_root / f"{PREFIX}{incident}.old"


def journal_path(layers_root: Path, incident: str, /) -> Path:
    """Where an interrupted build of ``incident`` leaves its journal."""
    return layers_root / f"{PREFIX}{incident}.journal"


_journal = journal_path


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
            try:
                fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            except OSError as err:
                raise _output_error(err, folder) from err
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
