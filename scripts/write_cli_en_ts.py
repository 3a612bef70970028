"""Write resources/i18n/cli_en.ts: the English of the command line's strings (contexts cli, errors, import,
fields) in Qt's TS format. The window's own strings live in probono_desk_en.ts (pyside6-lupdate).

Run: python scripts/write_cli_en_ts.py   (then commit the .ts file)
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

EN: dict[str, dict[str, str]] = {
    "cli": {
        "Le poste de pilotage d'un Marathon Probono : check-in, équipes, chrono, livrables, impressions. "
        "Sans sous-commande : ouvre la fenêtre.": "The control desk of a Marathon Probono: check-in, teams, clock, "
        "deliverables, printing. Without a subcommand: opens the window.",
        "COMMANDE": "COMMAND",
        "écrire l'événement de démonstration": "write the demo event",
        "créer un fichier d'événement vide": "create an empty event file",
        "nom de l'événement": "event name",
        "date AAAA-MM-JJ": "date YYYY-MM-DD",
        "lieu": "venue",
        "importer des inscriptions ou des structures (CSV, XLSX)": "import registrations or structures (CSV, XLSX)",
        "type de fichier (détecté sinon)": "kind of file (detected otherwise)",
        "montrer ce qui serait importé sans rien écrire": "show what would be imported without writing anything",
        "importer les lignes valides et ignorer les autres": "import the valid rows and skip the others",
        "compter inscrits, présents, équipes": "count registered, present, teams",
        "sortie JSON": "JSON output",
        "imprimer un document en PDF": "print a document as PDF",
        "fichier PDF à écrire": "PDF file to write",
        "Événement de démonstration écrit : {path} ({volunteers} bénévoles, {structures} structures).": "Demo event "
        "written: {path} ({volunteers} volunteers, {structures} structures).",
        "Événement créé : {path}": "Event created: {path}",
        "erreur": "error",
        "attention": "warning",
        "Inscrits : {volunteers}   Présents : {present}": "Registered: {volunteers}   Present: {present}",
        "Document écrit : {path}": "Document written: {path}",
        "Import terminé : {created} nouveaux, {updated} mis à jour, {unchanged} inchangés, {skipped} ignorés, "
        "{duplicates} doublons fusionnés.": "Import done: {created} new, {updated} updated, {unchanged} unchanged, "
        "{skipped} skipped, {duplicates} duplicates merged.",
        "  Table {table} · {name} : {present}/{members} présents": "  Table {table} · {name}: {present}/{members} "
        "present",
        "ligne {line}, {field} : {why} ({level})": "line {line}, {field}: {why} ({level})",
        "doublon : {who} (lignes {dropped} et {kept}) ; l'inscription la plus récente est gardée (ligne {kept})": (
            "duplicate: {who} (lines {dropped} and {kept}); the latest registration is kept (line {kept})"
        ),
        "colonnes ignorées : {columns}": "ignored columns: {columns}",
        "Essai à blanc : {new} nouveaux, {updated} mis à jour, {unchanged} inchangés, {errors} ligne(s) en erreur. "
        "Rien n'a été écrit.": "Dry run: {new} new, {updated} updated, {unchanged} unchanged, {errors} row(s) with "
        "errors. Nothing was written.",
        "probono-desk : erreur inattendue ({error}). Détails : {log}": "probono-desk: unexpected error ({error}). "
        "Details: {log}",
    },
    "errors": {
        "Opération impossible.": "Operation not possible.",
        "« {path} » n'est pas un fichier d'événement probono_desk.": "“{path}” is not a probono_desk event file.",
        "« {path} » a été écrit par une version plus récente de probono_desk ({unknown}). Mettez l'application à "
        "jour pour l'ouvrir.": "“{path}” was written by a newer version of probono_desk ({unknown}). Update the "
        "application to open it.",
        "Le fichier « {path} » est endommagé ({detail}).": "The file “{path}” is damaged ({detail}).",
        "Le fichier « {path} » n'existe pas.": "The file “{path}” does not exist.",
        "Le fichier « {path} » existe déjà : choisissez un autre nom.": "The file “{path}” already exists: choose "
        "another name.",
        "L'enregistrement a échoué ({detail}). Rien n'a été modifié ; réessayez.": "Saving failed ({detail}). "
        "Nothing was changed; try again.",
        "Valeur refusée : {detail}": "Value refused: {detail}",
        "Introuvable : {what}.": "Not found: {what}.",
        "Import refusé : {detail}": "Import refused: {detail}",
        "Donnez un nom à l'événement.": "Give the event a name.",
        "Date « {value} » invalide : attendu AAAA-MM-JJ (par exemple 2019-12-05).": "Invalid date “{value}”: "
        "expected YYYY-MM-DD (for example 2019-12-05).",
        "« {name} » est {what}, pas un export d'inscriptions : choisissez le fichier CSV ou XLSX de l'outil "
        "d'inscription.": "“{name}” is {what}, not a registrations export: choose the CSV or XLSX file of the "
        "registration tool.",
        "Le fichier « {name} » est vide.": "The file “{name}” is empty.",
        "« {name} » ne ressemble pas à une liste de structures : c'est un export d'inscriptions (colonne « {column} "
        "»). Importez-le comme inscriptions.": "“{name}” does not look like a list of structures: it is a "
        "registrations export (column “{column}”). Import it as registrations.",
        "« {name} » est un classeur Excel ancien (.xls) : enregistrez-le en .xlsx ou en .csv.": "“{name}” is an old "
        "Excel workbook (.xls): save it as .xlsx or .csv.",
        "« {name} » n'est pas un fichier texte ni un classeur : ce n'est pas un export d'inscriptions (CSV ou XLSX "
        "attendu).": "“{name}” is neither a text file nor a workbook: it is not a registrations export (CSV or "
        "XLSX expected).",
        "« {name} » est un classeur OpenDocument (.ods) : enregistrez-le en .xlsx ou en .csv.": "“{name}” is an "
        "OpenDocument workbook (.ods): save it as .xlsx or .csv.",
        "Impossible de lire « {path} » : {why}.": "Cannot read “{path}”: {why}.",
        "« {name} » n'a pas pu être lu comme un CSV ({why}).": "“{name}” could not be read as a CSV ({why}).",
        "« {name} » n'est pas un classeur XLSX lisible (CSV ou XLSX attendu).": "“{name}” is not a readable XLSX "
        "workbook (CSV or XLSX expected).",
        "« {name} » ne ressemble pas à une liste de structures : aucune colonne Structure reconnue. Colonnes "
        "trouvées : {headers}.": "“{name}” does not look like a list of structures: no Structure column "
        "recognised. Columns found: {headers}.",
        "« {name} » ne ressemble pas à un export d'inscriptions : aucune colonne Prénom et Nom (ou Nom complet) "
        "reconnue. Colonnes trouvées : {headers}.": "“{name}” does not look like a registrations export: no First "
        "name and Last name (or Full name) column recognised. Columns found: {headers}.",
        "{count} ligne(s) à corriger ; rien n'a été importé (première : ligne {line}, {field} : {why}). Corrigez le "
        "fichier, ou importez seulement les lignes valides.": "{count} row(s) to fix; nothing was imported (first: "
        "line {line}, {field}: {why}). Fix the file, or import only the valid rows.",
    },
    "import": {
        "ni prénom ni nom": "neither first nor last name",
        "prénom ou nom manquant, importé tel quel": "first or last name missing, imported as is",
        "adresse e-mail invalide": "invalid e-mail address",
        "nom de structure manquant": "structure name missing",
        "capacité invalide (un nombre entier positif est attendu)": "invalid capacity (a positive whole number is "
        "expected)",
        "une image PNG": "a PNG image",
        "une image JPEG": "a JPEG image",
        "une image GIF": "a GIF image",
        "un document PDF": "a PDF document",
        "une base SQLite (un fichier d'événement ?)": "an SQLite database (an event file?)",
        "une archive compressée": "a compressed archive",
        "une archive RAR": "a RAR archive",
        "une archive 7-Zip": "a 7-Zip archive",
        "un document RTF": "an RTF document",
        "une archive ZIP qui n'est pas un classeur XLSX": "a ZIP archive that is not an XLSX workbook",
        "le fichier est trop gros pour un export d'inscriptions": "the file is too big for a registrations export",
    },
    "fields": {
        "Prénom": "First name",
        "Nom": "Last name",
        "Nom complet": "Full name",
        "E-mail": "E-mail",
        "Téléphone": "Phone",
        "Organisation": "Organisation",
        "Situation": "Situation",
        "Compétences": "Skills",
        "Structure souhaitée": "Preferred structure",
        "Régime alimentaire": "Diet",
        "Consentement": "Consent",
        "Date d'inscription": "Registration date",
        "Structure": "Structure",
        "Forme juridique": "Legal form",
        "Ville": "City",
        "Thématique de la mission": "Mission theme",
        "Problématique": "Problem statement",
        "Compétences recherchées": "Skills needed",
        "Livrable attendu": "Expected deliverable",
        "Table": "Table",
        "Référent·e": "Referent",
        "Représentant 1": "Representative 1",
        "Représentant 2": "Representative 2",
        "Capacité": "Capacity",
    },
}


def main() -> None:
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="fr")
    for context, messages in EN.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, translation in messages.items():
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = translation
    ET.indent(root, space="    ")
    target = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "cli_en.ts"
    body = ET.tostring(root, encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"{target}: {sum(len(m) for m in EN.values())} messages")


if __name__ == "__main__":
    main()
