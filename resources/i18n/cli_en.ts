<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
    <context>
        <name>cli</name>
        <message>
            <source>Le poste de pilotage d'un Marathon Probono : check-in, équipes, chrono, livrables, impressions. Sans sous-commande : ouvre la fenêtre.</source>
            <translation>The control desk of a Marathon Probono: check-in, teams, clock, deliverables, printing. Without a subcommand: opens the window.</translation>
        </message>
        <message>
            <source>COMMANDE</source>
            <translation>COMMAND</translation>
        </message>
        <message>
            <source>écrire l'événement de démonstration</source>
            <translation>write the demo event</translation>
        </message>
        <message>
            <source>créer un fichier d'événement vide</source>
            <translation>create an empty event file</translation>
        </message>
        <message>
            <source>nom de l'événement</source>
            <translation>event name</translation>
        </message>
        <message>
            <source>date AAAA-MM-JJ</source>
            <translation>date YYYY-MM-DD</translation>
        </message>
        <message>
            <source>lieu</source>
            <translation>venue</translation>
        </message>
        <message>
            <source>importer des inscriptions ou des structures (CSV, XLSX)</source>
            <translation>import registrations or structures (CSV, XLSX)</translation>
        </message>
        <message>
            <source>type de fichier (détecté sinon)</source>
            <translation>kind of file (detected otherwise)</translation>
        </message>
        <message>
            <source>montrer ce qui serait importé sans rien écrire</source>
            <translation>show what would be imported without writing anything</translation>
        </message>
        <message>
            <source>importer les lignes valides et ignorer les autres</source>
            <translation>import the valid rows and skip the others</translation>
        </message>
        <message>
            <source>compter inscrits, présents, équipes</source>
            <translation>count registered, present, teams</translation>
        </message>
        <message>
            <source>sortie JSON</source>
            <translation>JSON output</translation>
        </message>
        <message>
            <source>imprimer un document en PDF</source>
            <translation>print a document as PDF</translation>
        </message>
        <message>
            <source>fichier PDF à écrire</source>
            <translation>PDF file to write</translation>
        </message>
        <message>
            <source>Événement de démonstration écrit : {path} ({volunteers} bénévoles, {structures} structures).</source>
            <translation>Demo event written: {path} ({volunteers} volunteers, {structures} structures).</translation>
        </message>
        <message>
            <source>Événement créé : {path}</source>
            <translation>Event created: {path}</translation>
        </message>
        <message>
            <source>erreur</source>
            <translation>error</translation>
        </message>
        <message>
            <source>attention</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>Inscrits : {volunteers}   Présents : {present}</source>
            <translation>Registered: {volunteers}   Present: {present}</translation>
        </message>
        <message>
            <source>Document écrit : {path}</source>
            <translation>Document written: {path}</translation>
        </message>
        <message>
            <source>Import terminé : {created} nouveaux, {updated} mis à jour, {unchanged} inchangés, {skipped} ignorés, {duplicates} doublons fusionnés.</source>
            <translation>Import done: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped, {duplicates} duplicates merged.</translation>
        </message>
        <message>
            <source>  Table {table} · {name} : {present}/{members} présents</source>
            <translation>  Table {table} · {name}: {present}/{members} present</translation>
        </message>
        <message>
            <source>ligne {line}, {field} : {why} ({level})</source>
            <translation>line {line}, {field}: {why} ({level})</translation>
        </message>
        <message>
            <source>doublon : {who} (lignes {dropped} et {kept}) ; l'inscription la plus récente est gardée (ligne {kept})</source>
            <translation>duplicate: {who} (lines {dropped} and {kept}); the latest registration is kept (line {kept})</translation>
        </message>
        <message>
            <source>colonnes ignorées : {columns}</source>
            <translation>ignored columns: {columns}</translation>
        </message>
        <message>
            <source>Essai à blanc : {new} nouveaux, {updated} mis à jour, {unchanged} inchangés, {errors} ligne(s) en erreur. Rien n'a été écrit.</source>
            <translation>Dry run: {new} new, {updated} updated, {unchanged} unchanged, {errors} row(s) with errors. Nothing was written.</translation>
        </message>
        <message>
            <source>probono-desk : erreur inattendue ({error}). Détails : {log}</source>
            <translation>probono-desk: unexpected error ({error}). Details: {log}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Opération impossible.</source>
            <translation>Operation not possible.</translation>
        </message>
        <message>
            <source>« {path} » n'est pas un fichier d'événement probono_desk.</source>
            <translation>“{path}” is not a probono_desk event file.</translation>
        </message>
        <message>
            <source>« {path} » a été écrit par une version plus récente de probono_desk ({unknown}). Mettez l'application à jour pour l'ouvrir.</source>
            <translation>“{path}” was written by a newer version of probono_desk ({unknown}). Update the application to open it.</translation>
        </message>
        <message>
            <source>Le fichier « {path} » est endommagé ({detail}).</source>
            <translation>The file “{path}” is damaged ({detail}).</translation>
        </message>
        <message>
            <source>Le fichier « {path} » n'existe pas.</source>
            <translation>The file “{path}” does not exist.</translation>
        </message>
        <message>
            <source>Le fichier « {path} » existe déjà : choisissez un autre nom.</source>
            <translation>The file “{path}” already exists: choose another name.</translation>
        </message>
        <message>
            <source>L'enregistrement a échoué ({detail}). Rien n'a été modifié ; réessayez.</source>
            <translation>Saving failed ({detail}). Nothing was changed; try again.</translation>
        </message>
        <message>
            <source>Valeur refusée : {detail}</source>
            <translation>Value refused: {detail}</translation>
        </message>
        <message>
            <source>Introuvable : {what}.</source>
            <translation>Not found: {what}.</translation>
        </message>
        <message>
            <source>Import refusé : {detail}</source>
            <translation>Import refused: {detail}</translation>
        </message>
        <message>
            <source>Donnez un nom à l'événement.</source>
            <translation>Give the event a name.</translation>
        </message>
        <message>
            <source>Date « {value} » invalide : attendu AAAA-MM-JJ (par exemple 2019-12-05).</source>
            <translation>Invalid date “{value}”: expected YYYY-MM-DD (for example 2019-12-05).</translation>
        </message>
        <message>
            <source>« {name} » est {what}, pas un export d'inscriptions : choisissez le fichier CSV ou XLSX de l'outil d'inscription.</source>
            <translation>“{name}” is {what}, not a registrations export: choose the CSV or XLSX file of the registration tool.</translation>
        </message>
        <message>
            <source>Le fichier « {name} » est vide.</source>
            <translation>The file “{name}” is empty.</translation>
        </message>
        <message>
            <source>« {name} » ne ressemble pas à une liste de structures : c'est un export d'inscriptions (colonne « {column} »). Importez-le comme inscriptions.</source>
            <translation>“{name}” does not look like a list of structures: it is a registrations export (column “{column}”). Import it as registrations.</translation>
        </message>
        <message>
            <source>« {name} » est un classeur Excel ancien (.xls) : enregistrez-le en .xlsx ou en .csv.</source>
            <translation>“{name}” is an old Excel workbook (.xls): save it as .xlsx or .csv.</translation>
        </message>
        <message>
            <source>« {name} » n'est pas un fichier texte ni un classeur : ce n'est pas un export d'inscriptions (CSV ou XLSX attendu).</source>
            <translation>“{name}” is neither a text file nor a workbook: it is not a registrations export (CSV or XLSX expected).</translation>
        </message>
        <message>
            <source>« {name} » est un classeur OpenDocument (.ods) : enregistrez-le en .xlsx ou en .csv.</source>
            <translation>“{name}” is an OpenDocument workbook (.ods): save it as .xlsx or .csv.</translation>
        </message>
        <message>
            <source>Impossible de lire « {path} » : {why}.</source>
            <translation>Cannot read “{path}”: {why}.</translation>
        </message>
        <message>
            <source>« {name} » n'a pas pu être lu comme un CSV ({why}).</source>
            <translation>“{name}” could not be read as a CSV ({why}).</translation>
        </message>
        <message>
            <source>« {name} » n'est pas un classeur XLSX lisible (CSV ou XLSX attendu).</source>
            <translation>“{name}” is not a readable XLSX workbook (CSV or XLSX expected).</translation>
        </message>
        <message>
            <source>« {name} » ne ressemble pas à une liste de structures : aucune colonne Structure reconnue. Colonnes trouvées : {headers}.</source>
            <translation>“{name}” does not look like a list of structures: no Structure column recognised. Columns found: {headers}.</translation>
        </message>
        <message>
            <source>« {name} » ne ressemble pas à un export d'inscriptions : aucune colonne Prénom et Nom (ou Nom complet) reconnue. Colonnes trouvées : {headers}.</source>
            <translation>“{name}” does not look like a registrations export: no First name and Last name (or Full name) column recognised. Columns found: {headers}.</translation>
        </message>
        <message>
            <source>{count} ligne(s) à corriger ; rien n'a été importé (première : ligne {line}, {field} : {why}). Corrigez le fichier, ou importez seulement les lignes valides.</source>
            <translation>{count} row(s) to fix; nothing was imported (first: line {line}, {field}: {why}). Fix the file, or import only the valid rows.</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>ni prénom ni nom</source>
            <translation>neither first nor last name</translation>
        </message>
        <message>
            <source>prénom ou nom manquant, importé tel quel</source>
            <translation>first or last name missing, imported as is</translation>
        </message>
        <message>
            <source>adresse e-mail invalide</source>
            <translation>invalid e-mail address</translation>
        </message>
        <message>
            <source>nom de structure manquant</source>
            <translation>structure name missing</translation>
        </message>
        <message>
            <source>capacité invalide (un nombre entier positif est attendu)</source>
            <translation>invalid capacity (a positive whole number is expected)</translation>
        </message>
        <message>
            <source>une image PNG</source>
            <translation>a PNG image</translation>
        </message>
        <message>
            <source>une image JPEG</source>
            <translation>a JPEG image</translation>
        </message>
        <message>
            <source>une image GIF</source>
            <translation>a GIF image</translation>
        </message>
        <message>
            <source>un document PDF</source>
            <translation>a PDF document</translation>
        </message>
        <message>
            <source>une base SQLite (un fichier d'événement ?)</source>
            <translation>an SQLite database (an event file?)</translation>
        </message>
        <message>
            <source>une archive compressée</source>
            <translation>a compressed archive</translation>
        </message>
        <message>
            <source>une archive RAR</source>
            <translation>a RAR archive</translation>
        </message>
        <message>
            <source>une archive 7-Zip</source>
            <translation>a 7-Zip archive</translation>
        </message>
        <message>
            <source>un document RTF</source>
            <translation>an RTF document</translation>
        </message>
        <message>
            <source>une archive ZIP qui n'est pas un classeur XLSX</source>
            <translation>a ZIP archive that is not an XLSX workbook</translation>
        </message>
        <message>
            <source>le fichier est trop gros pour un export d'inscriptions</source>
            <translation>the file is too big for a registrations export</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Nom complet</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>Compétences</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>Structure souhaitée</source>
            <translation>Preferred structure</translation>
        </message>
        <message>
            <source>Régime alimentaire</source>
            <translation>Diet</translation>
        </message>
        <message>
            <source>Consentement</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Date d'inscription</source>
            <translation>Registration date</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>Forme juridique</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <source>Ville</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Thématique de la mission</source>
            <translation>Mission theme</translation>
        </message>
        <message>
            <source>Problématique</source>
            <translation>Problem statement</translation>
        </message>
        <message>
            <source>Compétences recherchées</source>
            <translation>Skills needed</translation>
        </message>
        <message>
            <source>Livrable attendu</source>
            <translation>Expected deliverable</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Référent·e</source>
            <translation>Referent</translation>
        </message>
        <message>
            <source>Représentant 1</source>
            <translation>Representative 1</translation>
        </message>
        <message>
            <source>Représentant 2</source>
            <translation>Representative 2</translation>
        </message>
        <message>
            <source>Capacité</source>
            <translation>Capacity</translation>
        </message>
    </context>
</TS>
