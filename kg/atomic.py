"""Atomic file writes: a crash or Ctrl-C never leaves a half-written output, and a build's
outputs are published all together or not at all (:class:`OutputFolder`)."""
from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import tempfile
import threading
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Mapping

from kg.errors import ExportError, OutputBusyError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

__all__ = ["atomic_write", "OutputFolder", "InterruptedAfterPublish"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_write(dest: str | os.PathLike) -> Iterator[BinaryIO]:
    """Write to a temporary file beside ``dest`` and rename it into place on success.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_write(d / "x.txt") as fh:
    ...     _ = fh.write(b"ok")
    >>> (d / "x.txt").read_bytes()
    b'ok'
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual mode
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


# --- publishing a build's outputs together -----------------------------------------------------

_JOURNAL = ".kg-publish.json"
_STRAY = re.compile(r"^\.(?:graph\.|\.kg-publish\.json\.).+\.tmp$")   # ours: staged outputs, journals


class InterruptedAfterPublish(KeyboardInterrupt):
    """Ctrl-C came while the outputs were being published; they were published whole first."""


@contextlib.contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C back (main thread only) until the block is done, then deliver it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[tuple] = []
    old = signal.signal(signal.SIGINT, lambda *args: caught.append(args))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)
    if caught:
        if old is signal.default_int_handler:
            raise InterruptedAfterPublish()
        if callable(old):
            old(*caught[0])


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class OutputFolder:
    """An output folder that a build holds for its whole run and publishes to all at once.

    Entering it creates the folder (removed again on exit when nothing was published and
    it was created here), takes an exclusive lock on it (``flock`` on the folder itself, so
    no lock file is left; a second build on the same folder fails at once with
    :class:`kg.errors.OutputBusyError`), finishes a publish that a killed run left half
    done, and removes stray temporary files. :meth:`publish` writes every file to a
    temporary name first; only when all are written does it record them in a journal
    and rename them into place, with Ctrl-C held back, so readers see the old set or the
    new set, and a kill during the renames is completed by the next build.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._fd: int | None = None
        self._created: list[Path] = []
        self.published = False

    def __enter__(self) -> "OutputFolder":
        missing = []
        p = self.path
        while not p.exists() and p != p.parent:
            missing.append(p)
            p = p.parent
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(f"{self.path}: cannot create the output folder "
                              f"({exc.strerror or type(exc).__name__})") from None
        self._created = missing
        try:
            self._lock()
            self.recover()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            os.close(self._fd)   # releases the lock
            self._fd = None
        if not self.published:
            for d in self._created:   # innermost first
                with contextlib.suppress(OSError):
                    d.rmdir()

    def _lock(self) -> None:
        if fcntl is None:   # no flock (Windows): publishing is still all-or-nothing per run
            return
        fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputBusyError(f"{self.path}: another kg build is writing to this folder; wait for it "
                                  f"to finish or choose another --out-dir") from None
        except OSError:
            os.close(fd)   # a file system without locks: go on unlocked
            return
        self._fd = fd

    def recover(self) -> list[str]:
        """Complete a publish a killed run left (its files were all written), remove stray
        temporary files; the names acted on."""
        done = []
        journal = self.path / _JOURNAL
        if journal.exists():
            try:
                pairs = json.loads(journal.read_text(encoding="utf-8"))
                for tmp, dest in pairs:
                    if (self.path / tmp).exists() and "/" not in tmp + dest and _STRAY.match(tmp):
                        os.replace(self.path / tmp, self.path / dest)
                        done.append(dest)
            except (ValueError, TypeError):
                pass   # unreadable journal: its staged files are stray and go below
            journal.unlink()
            _fsync_dir(self.path)
        for f in self.path.iterdir():
            if _STRAY.match(f.name) and f.is_file():
                with contextlib.suppress(OSError):
                    f.unlink()
                    done.append(f.name)
        return done

    def publish(self, writers: Mapping[str, Callable[[BinaryIO], None]],
                labels: Mapping[str, str] | None = None) -> list[Path]:
        """Write ``name -> fn(stream)`` files, then put all of them in place together.

        Every writer is tried; if any fails, none is published and the failures are raised
        together (:class:`kg.errors.ExportError`, naming each file by ``labels[name]``), the
        previous files untouched.
        """
        staged: dict[str, str] = {}
        failures = []
        journaled = False
        try:
            for name, write in writers.items():
                fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.path)
                staged[name] = os.path.basename(tmp)
                try:
                    with os.fdopen(fd, "wb") as fh:
                        write(fh)
                        fh.flush()
                        os.fsync(fh.fileno())
                    os.chmod(tmp, 0o666 & ~_umask())
                except Exception as exc:  # noqa: BLE001 - report every file that failed
                    failures.append(f"{(labels or {}).get(name, name)}: {type(exc).__name__}: {exc}")
            if failures:
                raise ExportError("could not write " + "; ".join(failures)
                                  + ". No output was replaced: the previous files are unchanged.")
            with _interrupts_deferred():
                with atomic_write(self.path / _JOURNAL) as fh:
                    fh.write(json.dumps([[t, n] for n, t in staged.items()]).encode("utf-8"))
                journaled = True
                _fsync_dir(self.path)
                for name, tmp in staged.items():
                    os.replace(self.path / tmp, self.path / name)
                self.published = True
                _fsync_dir(self.path)
                (self.path / _JOURNAL).unlink()
        except BaseException:
            if journaled:   # every file was written: complete the publish (or the next build will)
                with contextlib.suppress(OSError):
                    self.published = bool(self.recover()) or self.published
            else:
                for tmp in staged.values():
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(self.path / tmp)
            raise
        return [self.path / name for name in staged]
