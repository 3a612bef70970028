"""``probono-desk hub`` and ``probono-desk sync``: several stations on one event, without a window.

``hub EVENT [--port N] [--listen ADDRESS]`` prints ``HOST:PORT JOINCODE`` as its first line, then serves until
SIGINT or SIGTERM. ``sync EVENT --hub HOST:PORT --code CODE [--once]`` links this station to the hub (``--once``:
catch up both ways, then exit 0); a wrong code exits 1 with one line; a missing EVENT is created from the hub.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate

EXIT_OK = 0
EXIT_REFUSED = 1


def _(text: str) -> str:
    return translate("cli", text)


def add_parsers(sub: Any, open_event: Any) -> None:
    p = sub.add_parser(
        "hub", help=_(QT_TRANSLATE_NOOP("cli", "héberger l'événement pour les autres postes (sans fenêtre)"))
    )
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument("--port", type=int, default=0, help=_(QT_TRANSLATE_NOOP("cli", "port (par défaut : un port libre)")))
    p.add_argument(
        "--listen",
        default=None,
        metavar="ADRESSE",
        help=_(QT_TRANSLATE_NOOP("cli", "adresse d'écoute (par défaut : tout le réseau local)")),
    )
    p.set_defaults(func=lambda args: cmd_hub(args, open_event))

    p = sub.add_parser("sync", help=_(QT_TRANSLATE_NOOP("cli", "rejoindre l'événement hébergé par un autre poste")))
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument("--hub", required=True, metavar="HOST:PORT", help=_(QT_TRANSLATE_NOOP("cli", "adresse de l'hôte")))
    p.add_argument("--code", required=True, help=_(QT_TRANSLATE_NOOP("cli", "code de connexion affiché par l'hôte")))
    p.add_argument(
        "--once",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("cli", "rattraper dans les deux sens puis s'arrêter")),
    )
    p.add_argument("--station", help=_(QT_TRANSLATE_NOOP("cli", "nom du poste (par défaut : la machine)")))
    p.set_defaults(func=cmd_sync)


def _catch_signals() -> threading.Event:
    """SIGINT and SIGTERM set the returned event instead of ending the process: installed before a hub or a link
    starts, so a stop asked while it starts still stops it cleanly (in the main thread, where Python delivers
    signals)."""
    stop = threading.Event()

    def handler(signum: int, frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
    return stop


def _wait(stop: threading.Event) -> None:
    while not stop.wait(0.2):
        pass


def _say(state: Any) -> None:
    from probono_desk.sync.client import ALONE, CONNECTED

    if state.status == CONNECTED:
        line = _(QT_TRANSLATE_NOOP("cli", "Connecté à {hub} · postes : {stations} · en attente : {pending}")).format(
            hub=state.hub, stations=", ".join(state.stations) or "—", pending=state.pending
        )
    elif state.status == ALONE:
        line = _(QT_TRANSLATE_NOOP("cli", "Hôte injoignable : travail en autonomie ({pending} en attente)")).format(
            pending=state.pending
        )
    else:
        return
    print(line, file=sys.stderr, flush=True)


def cmd_hub(args: argparse.Namespace, open_event: Any) -> int:
    stop = _catch_signals()
    with open_event(args.event) as event:
        from probono_desk.sync.discovery import default_listen

        hub = event.stations.host(port=args.port, listen=args.listen or default_listen(), on_state=_say)
        try:
            print(hub.first_line(), flush=True)
            print(
                _(QT_TRANSLATE_NOOP("cli", "Événement hébergé. Ctrl+C pour arrêter. QR : {ticket}")).format(
                    ticket=hub.ticket()
                ),
                file=sys.stderr,
                flush=True,
            )
            _wait(stop)
        finally:
            hub.stop()
    return EXIT_OK


def _refusal(reason: str) -> str:
    if reason == "event":
        return _(QT_TRANSLATE_NOOP("cli", "probono-desk : cet hôte sert un autre événement que « {path} »."))
    return _(QT_TRANSLATE_NOOP("cli", "probono-desk : code de connexion refusé par l'hôte {hub}."))


def cmd_sync(args: argparse.Namespace) -> int:
    from probono_desk.services.event import Event, default_station
    from probono_desk.services.stations import join_new, read_address, read_code
    from probono_desk.sync.client import ALONE, REFUSED

    code = read_code(args.code)
    address = read_address(args.hub)
    station = args.station or default_station()
    if args.event.exists():
        with Event.open(args.event, station=station, actor="cli") as event:
            client = event.stations.prepare(address, code)
    else:
        client = join_new(args.event, address, code, station)
    if args.once:
        state = client.run_once()
    else:
        finished = _catch_signals()
        client.on_state = _say
        client.start()

        def watch() -> None:
            client.wait()
            finished.set()

        threading.Thread(target=watch, daemon=True).start()
        _wait(finished)
        client.stop()
        state = client.state
    if state.status == REFUSED:
        print(_refusal(state.reason).format(path=args.event, hub=address), file=sys.stderr)
        return EXIT_REFUSED
    if args.once and (state.status == ALONE or not state.caught_up):
        print(
            _(QT_TRANSLATE_NOOP("cli", "probono-desk : hôte {hub} injoignable ; rien n'a été échangé.")).format(
                hub=address
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    if args.once:
        print(
            _(QT_TRANSLATE_NOOP("cli", "Synchronisé avec {hub} : {pending} modification(s) en attente.")).format(
                hub=address, pending=state.pending
            )
        )
    return EXIT_OK
