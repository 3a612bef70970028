"""Several stations on loopback: a check-in seen on another station, a catch-up of 1,000 queued change sets, a
station joining with no file on a 5,000-volunteer event.

Each value stands beside a baseline measured in the same run on the same hub: a bare NATS request/reply round trip,
1,000 bare JetStream publishes, and a local copy of the event file through SQLite's backup API.

    python -m benchmarks.stations [--quick]
"""

from __future__ import annotations

import asyncio
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("PROBONO_NO_MDNS", "1")
os.environ.setdefault("PROBONO_HUB_LISTEN", "127.0.0.1")


def _row(name: str, value: float, unit: str, baseline: float, target: float) -> dict[str, Any]:
    return {
        "name": name,
        "value": round(value, 4),
        "unit": unit,
        "baseline": round(baseline, 4),
        "ratio": round(value / baseline, 2) if baseline else None,
        "target": target,
    }


def _wait(predicate: Any, timeout: float = 30.0, step: float = 0.002) -> float:
    start = time.perf_counter()
    while not predicate():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("benchmark step did not finish")
        time.sleep(step)
    return time.perf_counter() - start


def _bare_round_trip_ms(url: str, code: str, runs: int) -> float:
    import nats

    from probono_desk.core.joincode import derive_secrets
    from probono_desk.sync.tls import client_context

    async def main() -> float:
        secret = derive_secrets(code)
        nc = await nats.connect(url, user=secret.user, password=secret.password, tls=client_context(code))
        async def echo(msg: Any) -> None:
            await msg.respond(msg.data)

        sub = await nc.subscribe("bench.echo", cb=echo)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            await nc.request("bench.echo", b"x" * 200, timeout=5)
            times.append((time.perf_counter() - start) * 1000)
        await sub.unsubscribe()
        await nc.close()
        return statistics.median(times)

    return asyncio.run(main())


def _bare_publishes_s(url: str, code: str, count: int) -> float:
    import nats

    from probono_desk.core.joincode import derive_secrets
    from probono_desk.sync.tls import client_context

    async def main() -> float:
        secret = derive_secrets(code)
        nc = await nats.connect(url, user=secret.user, password=secret.password, tls=client_context(code))
        js = nc.jetstream()
        payload = b"x" * 600
        start = time.perf_counter()
        futures = [await js.publish_async("probono.changes.bench", payload) for _ in range(count)]
        await asyncio.gather(*futures)
        elapsed = time.perf_counter() - start
        await nc.close()
        return elapsed

    return asyncio.run(main())


def rows(quick: bool = False) -> list[dict[str, Any]]:
    from benchmarks.synthetic import make_event
    from probono_desk.services.event import Event
    from probono_desk.services.stations import join_new
    from probono_desk.storage.backup import copy_database
    from probono_desk.storage.checkin import active_checkin
    from probono_desk.storage.db import connect
    from probono_desk.sync.client import CONNECTED

    results: list[dict[str, Any]] = []
    volunteers = 1000 if quick else 5000
    previous = os.environ.get("PROBONO_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="probono-bench-stations-") as folder:
        root = Path(folder)
        os.environ["PROBONO_DATA_DIR"] = str(root / "userdata")  # the hub's store goes with the folder
        hub_path = make_event(root / "hub.probono", volunteers=volunteers, structures=max(5, volunteers // 50))
        hub_event = Event.open(hub_path, station="orga")
        hub = hub_event.stations.host(listen="127.0.0.1", store=root / "hubstore")
        try:
            url = hub.server.local_url()
            _wait(lambda: hub.client.state.status == CONNECTED)

            # --- a station joins with no file -----------------------------------------------------------------
            start = time.perf_counter()
            door_path = root / "door.probono"
            state = join_new(door_path, hub.address, hub.code, "porte").run_once(120)
            join_s = time.perf_counter() - start
            assert state.caught_up, state
            src = connect(hub_path)
            start = time.perf_counter()
            copy_database(src.conn, root / "copy.probono")
            copy_s = time.perf_counter() - start
            src.conn.close()
            results.append(
                _row(f"join with no file, {volunteers:,} volunteers", join_s, "s", copy_s, 10.0 if not quick else 10.0)
            )

            # --- a check-in at the door shows on the hub's station ----------------------------------------------
            door = Event.open(door_path, station="porte")
            door_client = door.stations.join(hub.address, hub.code)
            _wait(lambda: door_client.state.status == CONNECTED)
            reader = connect(hub_path, readonly=True)
            people = [v.id for v in door.roster.volunteers()[: (15 if quick else 40)]]
            latencies = []
            for person in people:
                door.checkin.check_in_volunteer(person)  # committed: from here until the hub's file shows it
                latencies.append(_wait(lambda p=person: active_checkin(reader, p) is not None) * 1000)
            reader.conn.close()
            bare_ms = _bare_round_trip_ms(url, hub.code, len(people))
            results.append(_row("check-in seen on another station (median)", statistics.median(latencies), "ms",
                                bare_ms, 200.0))  # fmt: skip

            # --- 1,000 change sets queued while the door was alone, then sent and applied ------------------------
            door_client.stop()
            queued = 300 if quick else 1000
            others = [v.id for v in door.roster.volunteers()[len(people) : len(people) + queued]]
            for person in others:
                door.checkin.check_in_volunteer(person)
            door.close()
            reader = connect(hub_path, readonly=True)
            start = time.perf_counter()
            state = join_new(door_path, hub.address, hub.code, "porte").run_once(120)
            assert state.caught_up and state.pending == 0, state
            last = others[-1]
            _wait(lambda: active_checkin(reader, last) is not None, timeout=60)
            catch_up_s = time.perf_counter() - start
            reader.conn.close()
            logging.getLogger("probono_desk.sync.session").setLevel(logging.ERROR)  # the baseline's bare messages
            bare_s = _bare_publishes_s(url, hub.code, queued)
            results.append(_row(f"catch-up of {queued:,} queued change sets", catch_up_s, "s", bare_s, 5.0))
        finally:
            hub.stop()
            hub_event.close()
            if previous is None:
                os.environ.pop("PROBONO_DATA_DIR", None)
            else:
                os.environ["PROBONO_DATA_DIR"] = previous
    return results


if __name__ == "__main__":
    for row in rows(quick="--quick" in sys.argv):
        print(row)
