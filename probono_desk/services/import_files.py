"""Opening what the user picked as an export: decoding CSV bytes, choosing the delimiter, finding the sheet of a
workbook, and refusing, with a message that says why, what is not an export at all."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

from probono_desk.core.errors import ImportRefused
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.registrations import Kind, is_usable, map_headers
from probono_desk.core.tabular import Table, cell_text, parse_csv_text, rank_delimiters

MAX_FILE_BYTES = 50 * 1024 * 1024


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte of the start is NUL (Excel 'Unicode text' without BOM)."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> str:
    """Text of a CSV export: UTF-8 (with or without BOM), UTF-16 (with BOM, or recognisable without), else
    Windows-1252 (French Excel), else the best guess of charset-normalizer."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("latin-1")


# Files people pick by mistake, recognised by their first bytes, and what to call them in the message.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("import", "une image PNG")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("import", "une image JPEG")),
    (b"GIF87a", QT_TRANSLATE_NOOP("import", "une image GIF")),
    (b"GIF89a", QT_TRANSLATE_NOOP("import", "une image GIF")),
    (b"%PDF", QT_TRANSLATE_NOOP("import", "un document PDF")),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("import", "une base SQLite (un fichier d'événement ?)")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("import", "une archive compressée")),
    (b"Rar!", QT_TRANSLATE_NOOP("import", "une archive RAR")),
    (b"7z\xbc\xaf", QT_TRANSLATE_NOOP("import", "une archive 7-Zip")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("import", "un document RTF")),
)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 13, 12))
    return bool(head) and control / len(head) > 0.05


def _not_an_export(path: Path, what: str) -> ImportRefused:
    return ImportRefused(
        QT_TRANSLATE_NOOP(
            "errors",
            "« {name} » est {what}, pas un export d'inscriptions : choisissez le fichier CSV ou XLSX de "
            "l'outil d'inscription.",
        ),
        name=path.name,
        what=translate("import", what),
    )


def read_table(path: Path, kind: Kind | None = None) -> Table:
    """A file as rows of text cells, or ``ImportRefused`` with a message that says why not."""
    return read_table_bytes(read_capped(path), path, kind)


def _too_big() -> ImportRefused:
    return ImportRefused(detail=QT_TRANSLATE_NOOP("import", "le fichier est trop gros pour un export d'inscriptions"))


def read_capped(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes. Devices, pipes and folders are refused before any
    read (``/dev/zero`` never ends), and a file that grows past the limit while read is refused at the limit."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ImportRefused(
                QT_TRANSLATE_NOOP("errors", "« {path} » est un dossier : choisissez le fichier CSV ou XLSX."),
                path=str(path),
            )
        if not stat.S_ISREG(info.st_mode):
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "errors", "« {path} » n'est pas un fichier ordinaire (périphérique, tube…) : rien n'a été lu."
                ),
                path=str(path),
            )
        if info.st_size > limit:
            raise _too_big()
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise _too_big()
        return data
    except FileNotFoundError as exc:
        raise ImportRefused(QT_TRANSLATE_NOOP("errors", "Le fichier « {path} » n'existe pas."), path=str(path)) from exc
    except OSError as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("errors", "Impossible de lire « {path} » : {why}."),
            path=str(path),
            why=exc.strerror or str(exc),
        ) from exc


def read_table_bytes(data: bytes, path: Path, kind: Kind | None = None) -> Table:
    """The bytes of a file as a table; ``path`` only names it in messages."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportRefused(QT_TRANSLATE_NOOP("errors", "Le fichier « {name} » est vide."), name=path.name)
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _read_xlsx(data, path, kind)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "errors", "« {name} » est un classeur Excel ancien (.xls) : enregistrez-le en .xlsx ou en .csv."
            ),
            name=path.name,
        )
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise _not_an_export(path, what)
    if _looks_binary(data):
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "« {name} » n'est pas un fichier texte ni un classeur : ce n'est pas un export d'inscriptions "
                "(CSV ou XLSX attendu).",
            ),
            name=path.name,
        )
    try:
        text = decode_bytes(data)
        return parse_csv_text(text, choose_delimiter(text, kind))
    except ValueError as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("errors", "« {name} » n'a pas pu être lu comme un CSV ({why})."),
            name=path.name,
            why=str(exc),
        ) from exc


def choose_delimiter(text: str, kind: Kind | None = None) -> str:
    """The delimiter under which the header makes the most sense; the most regular one when none does."""
    ranked = rank_delimiters(text)
    if len(ranked) == 1:
        return ranked[0]
    sample = text[:65536]
    kinds = [kind] if kind else [Kind.VOLUNTEERS, Kind.STRUCTURES]
    best, best_score = ranked[0], 0
    for delim in ranked:
        try:
            table = parse_csv_text(sample, delim)
        except ValueError:
            continue
        score = max(len(m.columns) + (100 if is_usable(m) else 0) for m in (map_headers(table, k) for k in kinds))
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_xlsx(data: bytes, path: Path, kind: Kind | None = None) -> Table:
    """The sheet of a workbook that holds the export (not always the first), as text cells."""
    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        names = set()
    if "mimetype" in names and not any(n.startswith("xl/") for n in names):
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "errors", "« {name} » est un classeur OpenDocument (.ods) : enregistrez-le en .xlsx ou en .csv."
            ),
            name=path.name,
        )
    if "xl/workbook.xml" not in names:
        raise _not_an_export(path, QT_TRANSLATE_NOOP("import", "une archive ZIP qui n'est pas un classeur XLSX"))
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a damaged workbook
        raise ImportRefused(
            QT_TRANSLATE_NOOP("errors", "« {name} » n'est pas un classeur XLSX lisible (CSV ou XLSX attendu)."),
            name=path.name,
        ) from exc
    try:
        best: Table | None = None
        best_score = -1
        kinds = [kind] if kind else [Kind.VOLUNTEERS, Kind.STRUCTURES]
        for sheet in workbook.worksheets:
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()  # some tools write a wrong size; read what is there
            rows = [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            table = Table(rows=rows, lines=list(range(1, len(rows) + 1)))
            # The sheet whose header maps the most columns (usable ones first) holds the export.
            score = max(
                (len(m.columns) + (100 if is_usable(m) else 0) for m in (map_headers(table, k) for k in kinds)),
                default=0,
            )
            if score > best_score:
                best, best_score = table, score
        return best or Table(rows=[], lines=[])
    except ImportRefused:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ImportRefused(
            QT_TRANSLATE_NOOP("errors", "« {name} » n'est pas un classeur XLSX lisible (CSV ou XLSX attendu)."),
            name=path.name,
        ) from exc
    finally:
        workbook.close()
