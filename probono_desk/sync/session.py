"""One connection to the hub, from connect to loss: the work of ``SyncClient`` while the link holds.

Runs in the client's thread, with the client's own connection to the event file (one Database per thread).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import ssl
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from probono_desk.core.joincode import JoinSecrets
from probono_desk.storage.db import data_version, open_event_db
from probono_desk.sync import local, protocol, relay, snapshot
from probono_desk.sync.state import CONNECTED, Refused, now_iso

if TYPE_CHECKING:
    from probono_desk.sync.client import SyncClient

log = logging.getLogger(__name__)


class Lost(Exception):
    """The link to the hub closed."""


class Session:
    def __init__(self, client: SyncClient, secrets: JoinSecrets, context: ssl.SSLContext) -> None:
        self.client = client
        self.secrets = secrets
        self.context = context
        self.nc: Any = None
        self.js: Any = None
        self.db: Database | None = None
        self.station = ""
        self.consumer = ""
        self.psub: Any = None
        self.blobs: Any = None
        self.seen: dict[str, tuple[str, float]] = {}
        self.lost = asyncio.Event()
        self.snapshot_lock = asyncio.Lock()
        self.last_version = -1

    # --- connect -----------------------------------------------------------------------------------------------

    async def connect(self) -> None:
        import nats

        async def quiet(*_: Any) -> None:
            return None

        async def closed() -> None:
            self.lost.set()

        self.nc = await nats.connect(
            servers=[f"tls://{self.client.address}"],
            user=self.secrets.user,
            password=self.secrets.password,
            tls=self.context,
            allow_reconnect=False,
            connect_timeout=3,
            ping_interval=2,
            max_outstanding_pings=2,
            name=self.client.station_name,
            error_cb=quiet,
            disconnected_cb=closed,
            closed_cb=closed,
        )
        self.js = self.nc.jetstream(timeout=10)

    async def close(self) -> None:
        if self.nc is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.nc.close(), 3)
        if self.db is not None:
            self.db.conn.close()
            self.db = None

    # --- the whole session -------------------------------------------------------------------------------------

    async def run(self, *, once: bool) -> None:
        from probono_desk.sync import feed

        await self.connect()
        info = await self.js.stream_info(protocol.STREAM)
        metadata = dict(info.config.metadata or {})
        event_id, epoch = metadata.get("event_id", ""), metadata.get("epoch", "")
        if self.client.event_id and event_id != self.client.event_id:
            raise Refused("event")
        path = Path(self.client.path)
        if not path.exists():
            await self.join_with_snapshot(path, event_id, epoch)
        db = self.db = open_event_db(path)
        if local.event_id(db) != event_id:
            raise Refused("event")
        known = local.get(db, local.EPOCH)
        if known != epoch:
            # Another log than the one this file last read: a new hub (a takeover), or a first link. Read it from
            # its start; and send this file's whole history again when it had been on another hub (the new hub
            # and the others drop what they already hold: Nats-Msg-Id, idempotent apply).
            relay.new_log(db, had_one=bool(known))
        local.put(db, local.HUB, str(self.client.address))
        local.put(db, local.CODE, self.client.code)  # accepted by the hub: this station can take over with it
        local.put(db, local.ROLE, "hub" if self.client.serve_snapshots else "station")
        self.station = feed.station_id(db)
        self.blobs = await self.js.object_store(protocol.BLOBS)
        await self.bind_consumer(db)
        if known and known != epoch:
            await self.relay_history()
        local.put(db, local.EPOCH, epoch)  # only now: a link lost while relaying relays again next time
        await self.nc.subscribe(protocol.PRESENCE, cb=self.on_presence)
        if self.client.serve_snapshots:
            await self.nc.subscribe(protocol.SNAPSHOT_REQUEST, cb=self.on_snapshot_request)
        self.client._set_state(status=CONNECTED, hub=str(self.client.address), reason="", **self.counts())
        await self.beat()
        if once:
            await self.publish_all()
            await self.catch_up()
            await self.publish_all()
            self.client._set_state(caught_up=True, **self.counts())
            return
        tasks = [
            asyncio.create_task(self.publisher()),
            asyncio.create_task(self.consumer_loop()),
            asyncio.create_task(self.presence_loop()),
            asyncio.create_task(self.lost.wait()),
            asyncio.create_task(self.client._stop.wait()),  # type: ignore[union-attr]
        ]
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
        if self.lost.is_set() and not self.client._stop.is_set():  # type: ignore[union-attr]
            raise Lost("hub")

    def counts(self) -> dict[str, Any]:
        from probono_desk.sync import feed

        assert self.db is not None
        return {"pending": feed.pending_count(self.db), "last_sync": feed.last_sync(self.db)}

    # --- joining with no file ----------------------------------------------------------------------------------

    async def join_with_snapshot(self, path: Path, event_id: str, epoch: str) -> None:
        reply = await self.nc.request(protocol.SNAPSHOT_REQUEST, b"{}", timeout=120)
        answer = json.loads(reply.data or b"{}")
        if not answer.get("ok"):
            raise Lost("snapshot")
        store = await self.js.object_store(protocol.SNAPSHOTS)
        data = await get_object(store, protocol.SNAPSHOT_OBJECT)
        snapshot.install(path, snapshot.unpack(data), event_id=event_id, epoch=epoch)

    async def on_snapshot_request(self, msg: Any) -> None:
        assert self.db is not None
        async with self.snapshot_lock:
            try:
                # The copy carries its own stream position (the last set this file applied): the joiner reads on
                # from the next one. Let this station first send what it holds and read what it has not (a few
                # seconds at most), so the joiner gets little to apply again.
                await self.settle(protocol.SNAPSHOT_SETTLE_S)
                data = snapshot.pack(snapshot.make(self.db))
                store = await self.js.object_store(protocol.SNAPSHOTS)
                await store.put(protocol.SNAPSHOT_OBJECT, data, meta=big_object(protocol.SNAPSHOT_OBJECT))
                await msg.respond(json.dumps({"ok": True, "size": len(data)}).encode())
            except Exception:  # noqa: BLE001 - the joiner is told, and asks again
                log.exception("snapshot for a joining station failed")
                with contextlib.suppress(Exception):
                    await msg.respond(b'{"ok": false}')

    async def settle(self, limit: float) -> None:
        from probono_desk.sync import feed

        assert self.db is not None
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            info = await self.js.consumer_info(protocol.STREAM, self.consumer)
            if not info.num_pending and not info.num_ack_pending and not feed.pending_count(self.db):
                return
            await asyncio.sleep(0.05)

    # --- the consumer ------------------------------------------------------------------------------------------

    async def bind_consumer(self, db: Database) -> None:
        from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy
        from nats.js.errors import NotFoundError

        self.consumer = protocol.consumer_name(self.station)
        try:
            await self.js.consumer_info(protocol.STREAM, self.consumer)
        except NotFoundError:
            from probono_desk.sync import feed

            start = feed.stream_position(db) + 1  # a file from a snapshot holds what came before
            await self.js.add_consumer(
                protocol.STREAM,
                ConsumerConfig(
                    durable_name=self.consumer,
                    ack_policy=AckPolicy.EXPLICIT,
                    deliver_policy=DeliverPolicy.BY_START_SEQUENCE if start > 1 else DeliverPolicy.ALL,
                    opt_start_seq=start if start > 1 else None,
                    ack_wait=30,
                    max_ack_pending=20_000,
                    filter_subject=protocol.SUBJECTS,
                ),
            )
        self.psub = await self.js.pull_subscribe_bind(durable=self.consumer, stream=protocol.STREAM)

    async def consumer_loop(self) -> None:
        import nats.errors

        while True:
            try:
                first = await self.psub.fetch(1, timeout=2.0)  # returns on the first set: latency
            except nats.errors.TimeoutError:
                self.client._set_state(caught_up=True, **self.counts())
                continue
            await self.handle(first)
            while True:  # then drain what is waiting, in batches
                try:
                    more = await self.psub.fetch(protocol.BATCH, timeout=0.2)
                except nats.errors.TimeoutError:
                    break
                await self.handle(more)
                if len(more) < protocol.BATCH:
                    break
            self.client._set_state(**self.counts())

    async def catch_up(self) -> None:
        """``--once``: apply until the consumer has nothing left for this station."""
        import nats.errors

        while True:
            info = await self.js.consumer_info(protocol.STREAM, self.consumer)
            if not info.num_pending and not info.num_ack_pending:
                return
            try:
                msgs = await self.psub.fetch(protocol.BATCH, timeout=1.0)
            except nats.errors.TimeoutError:
                continue
            await self.handle(msgs)

    async def handle(self, msgs: list[Any]) -> None:
        """Apply a batch of the others' sets in one transaction (fast catch-up), then acknowledge them. A set whose
        attachment is not on the hub yet is handed back (redelivered later); the rest go on."""
        from probono_desk.sync import feed

        assert self.db is not None
        sets: list[tuple[Any, Any]] = []
        for msg in msgs:
            try:
                cs = feed.ChangeSet.from_bytes(msg.data)
            except Exception:  # noqa: BLE001 - not a change set of ours: drop it, never block the stream
                log.warning("dropped an unreadable message %s", getattr(msg.metadata, "sequence", None))
                await msg.term()
                continue
            sets.append((msg, cs))
        theirs = [(msg, cs) for msg, cs in sets if cs.station != self.station]
        for _msg, cs in theirs:
            await self.fetch_blobs(cs)
        waiting: set[int] = set()
        try:
            feed.apply_all(self.db, [cs for _msg, cs in theirs])
        except feed.MissingBlobs:
            for i, (_msg, cs) in enumerate(theirs):
                try:
                    feed.apply(self.db, cs)
                except feed.MissingBlobs:
                    waiting.add(i)
        for i, (msg, _cs) in enumerate(theirs):
            if i in waiting:
                await msg.nak(delay=2)
        relay.keep_bodies(self.db, [(cs.id, bytes(msg.data)) for i, (msg, cs) in enumerate(theirs) if i not in waiting])
        done = [msg for i, (msg, _cs) in enumerate(theirs) if i not in waiting]
        done += [msg for msg, cs in sets if cs.station == self.station]
        for msg in done:
            await msg.ack()
        if sets:
            seq = max(int(msg.metadata.sequence.stream) for msg, _cs in sets)
            if not waiting and seq > feed.stream_position(self.db):
                feed.set_stream_position(self.db, seq)
            feed.record_sync(self.db, _now())

    async def fetch_blobs(self, cs: Any) -> None:
        from nats.js.errors import NotFoundError

        from probono_desk.sync import feed

        assert self.db is not None
        for ref in feed.needed_blobs(self.db, cs):
            try:
                data = await get_object(self.blobs, ref)
            except NotFoundError:
                log.info("attachment %s is not on the hub yet", ref)
                continue
            feed.store_blob(self.db, ref, data)

    # --- the publisher -----------------------------------------------------------------------------------------

    async def publisher(self) -> None:
        assert self.db is not None
        wake = self.client._wake
        assert wake is not None
        nudged, checked = True, 0.0
        while True:
            # Send when this process nudged, when another connection committed (PRAGMA data_version changes only
            # for the others' commits), and once a second in any case.
            version = data_version(self.db)
            if nudged or version != self.last_version or time.monotonic() - checked > 1.0:
                self.last_version, checked = version, time.monotonic()
                if await self.publish_all():
                    self.client._set_state(**self.counts())
            try:
                await asyncio.wait_for(wake.wait(), protocol.POLL_S)
                nudged = True
            except asyncio.TimeoutError:
                nudged = False
            wake.clear()

    async def publish_all(self) -> int:
        from probono_desk.sync import feed

        assert self.db is not None
        total = 0
        while True:
            sets = feed.outbox(self.db, protocol.BATCH)
            if not sets:
                return total
            for cs in sets:
                await self.send_blobs(cs)
            futures = []
            for cs in sets:
                futures.append(
                    await self.js.publish_async(
                        protocol.change_subject(cs.station),
                        cs.to_bytes(),
                        headers={"Nats-Msg-Id": cs.id},
                    )
                )
            await asyncio.wait_for(asyncio.gather(*futures), 30)
            feed.mark_acknowledged(self.db, [cs.id for cs in sets])
            total += len(sets)

    async def relay_history(self) -> None:
        """On a new hub's log: the others' sets this file applied, as they were (their ids, their bytes)."""
        from probono_desk.sync import feed

        assert self.db is not None
        after = ""
        while True:
            batch = relay.relayable(self.db, after, protocol.BATCH)
            if not batch:
                return
            futures = []
            for set_id, _hlc, body in batch:
                cs = feed.ChangeSet.from_bytes(body)
                await self.send_blobs(cs)
                futures.append(
                    await self.js.publish_async(
                        protocol.change_subject(cs.station), body, headers={"Nats-Msg-Id": set_id}
                    )
                )
            await asyncio.wait_for(asyncio.gather(*futures), 30)
            after = batch[-1][1]

    async def send_blobs(self, cs: Any) -> None:
        from nats.js.errors import NotFoundError

        from probono_desk.sync import feed

        assert self.db is not None
        for ref in feed.blob_refs(cs):
            try:
                await self.blobs.get_info(ref)
                continue
            except NotFoundError:
                pass
            data = feed.read_blob(self.db, ref)
            if data is not None:
                await self.blobs.put(ref, data, meta=big_object(ref))

    # --- presence ----------------------------------------------------------------------------------------------

    async def beat(self) -> None:
        payload = {"station": self.station, "name": self.client.station_name, "hub": self.client.serve_snapshots}
        await self.nc.publish(protocol.PRESENCE, json.dumps(payload).encode())

    async def on_presence(self, msg: Any) -> None:
        try:
            data = json.loads(msg.data)
        except ValueError:
            return
        station = str(data.get("station", ""))
        if station and station != self.station:
            first = station not in self.seen
            self.seen[station] = (str(data.get("name") or station), time.monotonic())
            if first:
                self.client._set_state(stations=self.names())

    def names(self) -> tuple[str, ...]:
        now = time.monotonic()
        return tuple(sorted(name for name, seen in self.seen.values() if now - seen < protocol.PRESENCE_GONE_S))

    async def presence_loop(self) -> None:
        while True:
            await self.beat()
            await asyncio.sleep(protocol.PRESENCE_EVERY_S)
            self.client._set_state(stations=self.names(), **self.counts())


def _now() -> str:
    return now_iso()


def big_object(name: str) -> Any:
    """Object metadata with 1 MB chunks (the default 128 kB makes a 30 MB snapshot 240 round trips)."""
    from nats.js.api import ObjectMeta, ObjectMetaOptions

    return ObjectMeta(name=name, options=ObjectMetaOptions(max_chunk_size=protocol.CHUNK_BYTES))


async def get_object(store: Any, name: str) -> bytes:
    """An object's bytes, gathered into one buffer (nats-py's own ``result.data += chunk`` is quadratic)."""
    buffer = io.BytesIO()
    await store.get(name, writeinto=buffer)
    return buffer.getvalue()
