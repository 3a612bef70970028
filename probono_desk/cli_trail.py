"""``probono-desk trail``: a structure's path after the day from the command line — log a Trail session or a
referent's note, tick a recommendation, print the confidential diagnostic (organiser's PIN), list the reminders.

Refused input (a bad date, an unknown format or state) exits 1 with one clear line and leaves the file unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from probono_desk.cli_privacy import add_pin_option, pin_of
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate


def _(text: str) -> str:
    return translate("cli", text)


def add_parsers(sub: Any, open_event: Any) -> None:
    p = sub.add_parser(
        "trail",
        help=_(QT_TRANSLATE_NOOP("cli", "après la journée : séances du Trail, recommandations, diagnostic, relances")),
    )
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument(
        "--structure", metavar="TABLE", help=_(QT_TRANSLATE_NOOP("cli", "la structure (numéro de table ou nom)"))
    )
    action = p.add_mutually_exclusive_group()
    action.add_argument(
        "--add-session", action="store_true", help=_(QT_TRANSLATE_NOOP("cli", "ajouter une séance du Trail"))
    )
    action.add_argument(
        "--add-note",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("cli", "ajouter une note de suivi du·de la référent·e")),
    )
    action.add_argument(
        "--set-state",
        nargs=2,
        metavar=("N", "STATE"),
        help=_(QT_TRANSLATE_NOOP("cli", "recommandation n° N : à lancer, en cours, fait ou abandonné")),
    )
    action.add_argument(
        "--diagnostic-out",
        type=Path,
        metavar="FILE.pdf",
        help=_(QT_TRANSLATE_NOOP("cli", "imprimer le diagnostic confidentiel (code PIN obligatoire)")),
    )
    p.add_argument("--date", help=_(QT_TRANSLATE_NOOP("cli", "date AAAA-MM-JJ")))
    p.add_argument(
        "--format",
        dest="session_format",
        help=_(QT_TRANSLATE_NOOP("cli", "séance collective, rendez-vous, téléphone ou visio")),
    )
    p.add_argument("--notes", default="", help=_(QT_TRANSLATE_NOOP("cli", "notes de la séance")))
    p.add_argument(
        "--participants",
        default="",
        help=_(QT_TRANSLATE_NOOP("cli", "qui a pris part, séparés par des virgules (bénévoles de l'équipe et autres)")),
    )
    p.add_argument("--duration", default="60", help=_(QT_TRANSLATE_NOOP("cli", "durée : 90 ou 1h30 (60 par défaut)")))
    p.add_argument("--decisions", default="", help=_(QT_TRANSLATE_NOOP("cli", "décisions prises")))
    p.add_argument("--next-step", default="", help=_(QT_TRANSLATE_NOOP("cli", "prochaine étape")))
    p.add_argument("--next-date", default="", help=_(QT_TRANSLATE_NOOP("cli", "date de la prochaine étape")))
    p.add_argument("--json", action="store_true", help=_(QT_TRANSLATE_NOOP("cli", "sortie JSON")))
    add_pin_option(p)
    p.set_defaults(func=lambda args: cmd_trail(args, open_event))


def _need(value: str | None, option: str) -> str:
    from probono_desk.core.errors import InvalidInput

    if not value:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Option manquante : {option}."), option=option)
    return value


def cmd_trail(args: argparse.Namespace, open_event: Any) -> int:
    from probono_desk.core.trail import parse_duration as duration_of
    from probono_desk.core.trail import parse_format, parse_state
    from probono_desk.services.trail_followup import TrailFollowupService

    with open_event(args.event) as event:
        followup = TrailFollowupService(event)
        acting = args.add_session or args.add_note or args.set_state or args.diagnostic_out
        sid = followup.find_structure(_need(args.structure, "--structure")) if acting or args.structure else None
        if args.add_session:
            assert sid is not None
            entry = followup.add_session(
                sid,
                date=_need(args.date, "--date"),
                format=parse_format(_need(args.session_format, "--format")),
                notes=args.notes,
                participants=args.participants,
                duration_minutes=duration_of(args.duration),
                decisions=args.decisions,
                next_step=args.next_step,
                next_date=args.next_date,
            )
            print(
                _(QT_TRANSLATE_NOOP("cli", "Séance du {date} enregistrée ({volunteers} bénévole(s)).")).format(
                    date=entry.date, volunteers=entry.volunteer_count
                )
            )
            return 0
        if args.add_note:
            assert sid is not None
            entry = followup.add_note(sid, date=_need(args.date, "--date"), notes=args.notes)
            print(_(QT_TRANSLATE_NOOP("cli", "Note du {date} enregistrée.")).format(date=entry.date))
            return 0
        if args.set_state:
            assert sid is not None
            return _set_state(followup, sid, args.set_state[0], parse_state(args.set_state[1]))
        if args.diagnostic_out:
            from probono_desk.services.trail_bilan import diagnostic_pdf

            assert sid is not None
            out = diagnostic_pdf(event, sid, args.diagnostic_out, pin=pin_of(args))
            print(_(QT_TRANSLATE_NOOP("cli", "Diagnostic écrit (confidentiel) : {path}")).format(path=out))
            return 0
        return _show(event, followup, sid, args.json)


def _set_state(followup: Any, sid: str, number: str, state: Any) -> int:
    from probono_desk.core.errors import InvalidInput

    items = followup.recommendations(sid)
    if not number.isdigit() or not 1 <= int(number) <= len(items):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Recommandation n° {value} inconnue (de 1 à {count})."),
            value=number,
            count=len(items),
        )
    item = followup.update_recommendation(items[int(number) - 1].id, state=state)
    print(f"{number}. {item.text} — {translate('trail', item.state.label)}")
    return 0


def _show(event: Any, followup: Any, sid: str | None, as_json: bool) -> int:
    reminders = followup.reminders()
    if sid is None:
        data: dict[str, Any] = {
            "upcoming": [u.__dict__ for u in reminders.upcoming],
            "flags": [{**f.__dict__, "kind": f.kind.value} for f in reminders.flags],
        }
        if as_json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
            return 0
        for u in reminders.upcoming:
            print(f"{u.date}  {u.name} : {u.next_step}" + ("  (!)" if u.late else ""))
        for f in reminders.flags:
            print(f"! {f.name} : {f.kind.value} ({f.days})")
        return 0
    entries = followup.entries(sid)
    recos = followup.recommendations(sid)
    diag = followup.diagnostic(sid)
    payload = {
        "structure": followup.structure(sid).name,
        "diagnostic": {"date": diag.date, "needs": list(diag.needs), "document": diag.document_name},
        "recommendations": [
            {"n": i, "text": r.text, "owner": r.owner, "target_date": r.target_date, "state": r.state.value}
            for i, r in enumerate(recos, start=1)
        ],
        "entries": [
            {
                "date": e.date,
                "kind": e.kind.value,
                "format": e.format.value if e.format else "",
                "duration_minutes": e.duration_minutes,
                "participants": [p.name for p in e.participants],
                "volunteers": e.volunteer_count,
                "notes": e.notes,
                "next_step": e.next_step,
                "next_date": e.next_date,
            }
            for e in entries
        ],
        "flags": [f.kind.value for f in reminders.flagged(sid)],
    }
    if as_json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    print(payload["structure"])
    for r in payload["recommendations"]:
        print(f"  {r['n']}. [{r['state']}] {r['text']}")
    for e in payload["entries"]:
        print(f"  {e['date']} {e['format'] or e['kind']} — {e['notes']}")
    for flag in payload["flags"]:
        print(f"  ! {flag}", file=sys.stdout)
    return 0
