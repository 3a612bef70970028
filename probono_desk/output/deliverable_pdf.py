"""The deliverable summary handed to a structure (the PDF of its pack). Qt-free; fed plain data by the service."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from probono_desk.core.i18n import translate
from probono_desk.output.pdf import ACCENT, FONT, FONT_BOLD, MUTED, clamp_cells, hex_colour, new_doc, printable, styles


@dataclass
class SummaryData:
    event_name: str
    event_date: str  # already formatted for people
    structure_name: str
    colour: str = ""
    table_label: str = ""
    referent: str = ""
    title: str = ""
    kind: str = ""
    summary: str = ""
    recommendations: str = ""
    next_steps: str = ""
    states: list[tuple[str, str]] = field(default_factory=list)  # (label, time or "")
    validated_by: str = ""
    team: list[str] = field(default_factory=list)
    trail_members: list[tuple[str, str, str]] = field(default_factory=list)  # (name, availability, contact)
    trail_dates: str = ""
    trail_meeting: str = ""
    evaluations: list[tuple[str, str, str]] = field(default_factory=list)  # (audience, question, result)
    comments: list[str] = field(default_factory=list)
    attachments: list[tuple[str, str, str]] = field(default_factory=list)  # (name, type, size)


def _text(value: str) -> str:
    """User text as a Paragraph: escaped, line breaks kept."""
    return "<br/>".join(escape(printable(line)) for line in value.strip().splitlines()) or "—"


def build_summary_pdf(out: str | Path, data: SummaryData) -> Path:
    doc = new_doc(
        Path(out),
        title=translate("pack", "Livrable — {name}").format(name=data.structure_name),
        footer=f"{data.event_name} · {data.structure_name}",
    )
    story: list = [
        *_heading(data, doc.width),
        *_states_and_texts(data, doc.width),
        *_team_and_trail(data, doc.width),
        *_evaluations(data, doc.width),
        *_attachments(data, doc.width),
    ]
    doc.build(story)
    return Path(out)


def _heading(data: SummaryData, width: float) -> list:
    """A strip in the structure's colour, its name, the event line, the deliverable's title and kind."""
    st = styles()
    table = translate("pack", "table {table}").format(table=data.table_label)
    referent = translate("pack", "référent·e : {name}").format(name=data.referent)
    about = (data.event_name, data.event_date, table if data.table_label else "", referent if data.referent else "")
    return [
        Table(
            [[""]],
            colWidths=[width],
            rowHeights=[3 * mm],
            style=TableStyle(
                [("BACKGROUND", (0, 0), (-1, -1), hex_colour(data.colour)), ("FONT", (0, 0), (-1, -1), FONT, 1)]
            ),
        ),
        Spacer(1, 4 * mm),
        Paragraph(escape(data.structure_name), st["title"]),
        Paragraph(escape(" · ".join(p for p in about if p)), st["subtitle"]),
        Paragraph(escape(data.title) or translate("pack", "Livrable sans titre"), st["h2"]),
        Paragraph(escape(data.kind), st["small"]),
        Spacer(1, 3 * mm),
    ]


def _states_and_texts(data: SummaryData, width: float) -> list:
    """When each state was reached and who validated it, then the summary, recommendations and next steps."""
    st = styles()
    story: list = []
    state_rows = [[label, time or "—"] for label, time in data.states]
    if data.validated_by:
        state_rows.append([translate("pack", "Validé pour la structure par"), data.validated_by])
    if state_rows:
        story.append(_grid(state_rows, [width * 0.45, width * 0.55]))
    for heading, body in (
        (translate("pack", "Synthèse"), data.summary),
        (translate("pack", "Recommandations"), data.recommendations),
        (translate("pack", "Prochaines étapes"), data.next_steps),
    ):
        story.append(KeepTogether([Paragraph(heading, st["h2"]), Paragraph(_text(body), st["body"])]))
    return story


def _team_and_trail(data: SummaryData, width: float) -> list:
    """The team that worked on the day, then the Trail: its members, dates and first meeting."""
    st = styles()
    story: list = []
    if data.team:
        story += [
            Paragraph(translate("pack", "L'équipe ({n})").format(n=len(data.team)), st["h2"]),
            Paragraph(escape(", ".join(data.team)), st["body"]),
        ]
    story.append(Paragraph(translate("pack", "Le Trail"), st["h2"]))
    if data.trail_members:
        head = [translate("pack", "Bénévole"), translate("pack", "Disponibilités"), translate("pack", "Contact")]
        rows = [head] + [list(m) for m in data.trail_members]
        story.append(_grid(rows, [width * 0.3, width * 0.35, width * 0.35], header=True))
    else:
        story.append(Paragraph(translate("pack", "Pas encore de bénévoles choisis pour le Trail."), st["body"]))
    story.append(Spacer(1, 2 * mm))
    for line in (data.trail_dates, data.trail_meeting):
        if line:
            story.append(Paragraph(escape(line), st["body"]))
    return story


def _evaluations(data: SummaryData, width: float) -> list:
    """The evaluation results and the comments; nothing when no one answered."""
    if not data.evaluations:
        return []
    st = styles()
    head = [translate("pack", "Public"), translate("pack", "Question"), translate("pack", "Résultat")]
    rows = [head] + [list(e) for e in data.evaluations]
    story: list = [
        Paragraph(translate("pack", "Évaluations"), st["h2"]),
        _grid(rows, [width * 0.18, width * 0.52, width * 0.30], header=True),
    ]
    for comment in data.comments:
        story.append(Paragraph("« " + escape(comment) + " »", st["small"]))
    return story


def _attachments(data: SummaryData, width: float) -> list:
    """The attached files and where they are in the pack, or a line saying there are none."""
    st = styles()
    story: list = [Paragraph(translate("pack", "Pièces jointes"), st["h2"])]
    if not data.attachments:
        return [*story, Paragraph(translate("pack", "Aucune pièce jointe."), st["body"])]
    head = [translate("pack", "Fichier"), translate("pack", "Type"), translate("pack", "Taille")]
    rows = [head] + [list(a) for a in data.attachments]
    story.append(_grid(rows, [width * 0.5, width * 0.32, width * 0.18], header=True))
    story.append(
        Paragraph(
            escape(translate("pack", "Les fichiers sont dans le dossier « {folder} » du paquet.")).format(
                folder=escape(translate("pack", "Pièces jointes"))
            ),
            st["small"],
        )
    )
    return story


def _grid(rows: list[list[str]], widths: list[float], *, header: bool = False) -> Table:
    st = styles()
    cells = [
        [Paragraph(escape(str(c)), st["cell_bold"] if header and i == 0 else st["cell"]) for c in row]
        for i, row in enumerate(rows)
    ]
    table = Table(clamp_cells(cells, widths, max_lines=8), colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("GRID", (0, 0), (-1, -1), 0.25, MUTED),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1f1f1")), ("FONT", (0, 0), (-1, 0), FONT_BOLD)]
    else:
        commands.append(("TEXTCOLOR", (0, 0), (0, -1), ACCENT))
    table.setStyle(TableStyle(commands))
    return table
