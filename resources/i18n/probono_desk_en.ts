<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Pièces jointes (max. {limit} par fichier)</source>
        <translation>Attachments (max. {limit} per file)</translation>
    </message>
    <message>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Retirer…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Joindre des fichiers au livrable</source>
        <translation>Attach files to the deliverable</translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Ajout en cours…</source>
        <translation>Adding…</translation>
    </message>
    <message>
        <source>Retirer une pièce jointe</source>
        <translation>Remove an attachment</translation>
    </message>
    <message>
        <source>Retirer « {name} » ({size}) du livrable ? Le fichier sera supprimé de l&apos;événement.</source>
        <translation>Remove “{name}” ({size}) from the deliverable? The file will be deleted from the event.</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Garder</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Démarrer la caméra</source>
        <translation>Start the camera</translation>
    </message>
    <message>
        <source>Montrez le badge à la caméra.</source>
        <translation>Show the badge to the camera.</translation>
    </message>
    <message>
        <source>Caméra arrêtée</source>
        <translation>Camera stopped</translation>
    </message>
    <message>
        <source>Aucune caméra détectée : utilisez la douchette ou la recherche par nom.</source>
        <translation>No camera found: use the barcode scanner or search by name.</translation>
    </message>
    <message>
        <source>Pas de caméra</source>
        <translation>No camera</translation>
    </message>
    <message>
        <source>Arrêter la caméra</source>
        <translation>Stop the camera</translation>
    </message>
</context>
<context>
    <name>ChronoScreen</name>
    <message>
        <source>Chrono</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Supprimer la phase</source>
        <translation>Delete the phase</translation>
    </message>
    <message>
        <source>Charger le modèle Marathon</source>
        <translation>Load the Marathon template</translation>
    </message>
    <message>
        <source>La journée a commencé : modifier le programme demande le code PIN de l&apos;organisateur·rice.</source>
        <translation>The day has started: changing the programme needs the organiser&apos;s PIN.</translation>
    </message>
    <message>
        <source>Nouvelle phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <source>Supprimer « {title} » du programme ? La phase précédente prend son temps.</source>
        <translation>Remove “{title}” from the programme? The previous phase takes its time.</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remplacer tout le programme par le modèle Marathon (8h30–17h30) ? Les phases actuelles seront perdues.</source>
        <translation>Replace the whole programme with the Marathon template (8:30–17:30)? The current phases will be lost.</translation>
    </message>
    <message>
        <source>Remplacer le programme</source>
        <translation>Replace the programme</translation>
    </message>
    <message>
        <source>RÉPÉTITION</source>
        <translation>REHEARSAL</translation>
    </message>
    <message>
        <source>{title} — reste {left}</source>
        <translation>{title} — {left} left</translation>
    </message>
    <message>
        <source>Aucun programme : chargez le modèle Marathon ou ajoutez une phase</source>
        <translation>No programme: load the Marathon template or add a phase</translation>
    </message>
    <message>
        <source>Avant la journée — début à {time}</source>
        <translation>Before the day — starts at {time}</translation>
    </message>
    <message>
        <source>Journée terminée</source>
        <translation>Day over</translation>
    </message>
    <message>
        <source>EN PAUSE</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <source>Journée démarrée</source>
        <translation>Day started</translation>
    </message>
    <message>
        <source>Journée non démarrée</source>
        <translation>Day not started</translation>
    </message>
    <message>
        <source>fin prévue décalée de {sign}{minutes} min</source>
        <translation>planned end moved by {sign}{minutes} min</translation>
    </message>
    <message>
        <source>pauses : {minutes} min</source>
        <translation>paused: {minutes} min</translation>
    </message>
    <message>
        <source>passage : {team}</source>
        <translation>presenting: {team}</translation>
    </message>
</context>
<context>
    <name>DayBox</name>
    <message>
        <source>Journée</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Démarrer la journée</source>
        <translation>Start the day</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <source>Équipe suivante</source>
        <translation>Next team</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>DeliverableForm</name>
    <message>
        <source>Titre du livrable</source>
        <translation>Title of the deliverable</translation>
    </message>
    <message>
        <source>Ce que l&apos;équipe a produit, en quelques phrases.</source>
        <translation>What the team produced, in a few sentences.</translation>
    </message>
    <message>
        <source>Les recommandations à la structure.</source>
        <translation>The recommendations to the partner organisation.</translation>
    </message>
    <message>
        <source>Qui fait quoi, et quand, après la journée.</source>
        <translation>Who does what, and when, after the day.</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Synthèse</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Prochaines étapes</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Représentant·e de la structure</source>
        <translation>Partner organisation representative</translation>
    </message>
    <message>
        <source>Repasser en brouillon</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>Restaurer cette version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>Versions précédentes</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <source>Enregistré à {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>Modifications en cours…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>Non enregistré — nouvelle tentative…</source>
        <translation>Not saved — trying again…</translation>
    </message>
    <message>
        <source>Soumettre le livrable</source>
        <translation>Submit the deliverable</translation>
    </message>
    <message>
        <source>Valider (référent·e)</source>
        <translation>Approve (referent)</translation>
    </message>
    <message>
        <source>Valider pour la structure</source>
        <translation>Approve for the partner organisation</translation>
    </message>
    <message>
        <source>Validé par la structure</source>
        <translation>Approved by the partner organisation</translation>
    </message>
    <message>
        <source>Version restaurée à {time}</source>
        <translation>Version restored at {time}</translation>
    </message>
</context>
<context>
    <name>DeliverablesScreen</name>
    <message>
        <source>Livrables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Livrable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Trail</translation>
    </message>
    <message>
        <source>Évaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Exporter tout (Excel)…</source>
        <translation>Export everything (Excel)…</translation>
    </message>
    <message>
        <source>Bénévoles (CSV)…</source>
        <translation>Volunteers (CSV)…</translation>
    </message>
    <message>
        <source>Dossier de la structure (zip)…</source>
        <translation>Partner organisation pack (zip)…</translation>
    </message>
    <message>
        <source>Exporter les données personnelles des bénévoles : code PIN de l&apos;organisateur·rice.</source>
        <translation>Export the volunteers&apos; personal data: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporter le dossier de la structure : code PIN de l&apos;organisateur·rice.</source>
        <translation>Export the partner organisation pack: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <source>Dossier de la structure</source>
        <translation>Partner organisation pack</translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Préparation du dossier…</source>
        <translation>Preparing the pack…</translation>
    </message>
    <message>
        <source>Écrit : {path}</source>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Scannez un badge ou tapez un nom…</source>
        <translation>Scan a badge or type a name…</translation>
    </message>
    <message>
        <source>Annuler la dernière arrivée</source>
        <translation>Undo the last arrival</translation>
    </message>
    <message>
        <source>Inscription sur place</source>
        <translation>Walk-in registration</translation>
    </message>
    <message>
        <source>Entrée : valider · ↑↓ : choisir dans la liste · Ctrl+Z : annuler · Ctrl+N : sur place · Ctrl+P : son badge</source>
        <translation>Enter: confirm · ↑↓: pick from the list · Ctrl+Z: undo · Ctrl+N: walk-in · Ctrl+P: their badge</translation>
    </message>
    <message>
        <source>Imprimer son badge</source>
        <translation>Print their badge</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Placer dans l&apos;équipe proposée</source>
        <translation>Place in the suggested team</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Prêt·e</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Scannez un badge ou tapez les premières lettres d&apos;un nom.</source>
        <translation>Scan a badge or type the first letters of a name.</translation>
    </message>
    <message>
        <source>Son : activé (Ctrl+M)</source>
        <translation>Sound: on (Ctrl+M)</translation>
    </message>
    <message>
        <source>Son : coupé (Ctrl+M)</source>
        <translation>Sound: off (Ctrl+M)</translation>
    </message>
    <message>
        <source>Annuler : {name} (Ctrl+Z)</source>
        <translation>Undo: {name} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Personne ne correspond</source>
        <translation>Nobody matches</translation>
    </message>
    <message>
        <source>« {text} » : essayez le nom de famille, l&apos;organisation ou l&apos;e-mail.</source>
        <translation>“{text}”: try the last name, the organisation or the email.</translation>
    </message>
    <message>
        <source>{count} personnes correspondent</source>
        <translation>{count} people match</translation>
    </message>
    <message>
        <source>Choisissez avec ↑↓ puis Entrée.</source>
        <translation>Choose with ↑↓ then Enter.</translation>
    </message>
    <message>
        <source>Arrivée NON enregistrée</source>
        <translation>Arrival NOT recorded</translation>
    </message>
    <message>
        <source>Rien n&apos;a été perdu : « Réessayer » (ou Entrée) pour recommencer.</source>
        <translation>Nothing was lost: “Try again” (or Enter) to retry.</translation>
    </message>
    <message>
        <source>Table {table} · {team}</source>
        <translation>Table {table} · {team}</translation>
    </message>
    <message>
        <source>déjà là ({time})</source>
        <translation>already here ({time})</translation>
    </message>
    <message>
        <source>Annulation NON enregistrée</source>
        <translation>Undo NOT recorded</translation>
    </message>
    <message>
        <source>Rien à annuler</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <source>Aucune arrivée enregistrée ici depuis deux minutes.</source>
        <translation>No arrival recorded here in the last two minutes.</translation>
    </message>
    <message>
        <source>Arrivée annulée : {name}</source>
        <translation>Arrival undone: {name}</translation>
    </message>
    <message>
        <source>La personne n&apos;est plus comptée présente.</source>
        <translation>The person is no longer counted as present.</translation>
    </message>
    <message>
        <source>Table {table} — {team}</source>
        <translation>Table {table} — {team}</translation>
    </message>
    <message>
        <source>Équipe proposée : {team}</source>
        <translation>Suggested team: {team}</translation>
    </message>
    <message>
        <source>Ctrl+Entrée : l&apos;y placer</source>
        <translation>Ctrl+Enter: place them there</translation>
    </message>
    <message>
        <source>Placer à la table {table} (Ctrl+Entrée)</source>
        <translation>Place at table {table} (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Placement impossible</source>
        <translation>Cannot place</translation>
    </message>
    <message>
        <source>Référent·e : {referent}</source>
        <translation>Referent: {referent}</translation>
    </message>
    <message>
        <source>{name} rejoint son équipe</source>
        <translation>{name} joins their team</translation>
    </message>
    <message>
        <source>Badge prêt à imprimer</source>
        <translation>Badge ready to print</translation>
    </message>
    <message>
        <source>Ouvrez ce fichier pour l&apos;imprimer.</source>
        <translation>Open this file to print it.</translation>
    </message>
    <message>
        <source>Badge non imprimé</source>
        <translation>Badge not printed</translation>
    </message>
</context>
<context>
    <name>DiagnosticPanel</name>
    <message>
        <source>Un besoin par ligne, le plus important d&apos;abord</source>
        <translation>One need per line, the most important first</translation>
    </message>
    <message>
        <source>Confidentiel — usage réservé à la mission</source>
        <translation>Confidential — for the mission&apos;s use only</translation>
    </message>
    <message>
        <source>Enregistrer le diagnostic</source>
        <translation>Save the diagnosis</translation>
    </message>
    <message>
        <source>Joindre le document…</source>
        <translation>Attach the document…</translation>
    </message>
    <message>
        <source>Imprimer le diagnostic (PIN)…</source>
        <translation>Print the diagnosis (PIN)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pour Pro Bono Lab</source>
        <translation>For Pro Bono Lab</translation>
    </message>
    <message>
        <source>Pour la structure</source>
        <translation>For the partner organisation</translation>
    </message>
    <message>
        <source>Besoins (priorité)</source>
        <translation>Needs (priority)</translation>
    </message>
    <message>
        <source>Synthèse</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Les besoins sont les compétences que la formation des équipes recherche.</source>
        <translation>The needs are the skills team formation looks for.</translation>
    </message>
    <message>
        <source>aucun document joint</source>
        <translation>no document attached</translation>
    </message>
    <message>
        <source>Document du diagnostic</source>
        <translation>Diagnosis document</translation>
    </message>
    <message>
        <source>Le diagnostic est confidentiel : code PIN de l&apos;organisateur·rice.</source>
        <translation>The diagnosis is confidential: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnosis</translation>
    </message>
</context>
<context>
    <name>EvaluationsPanel</name>
    <message>
        <source>Questionnaires sur place (mode kiosque)</source>
        <translation>On-site questionnaires (kiosk mode)</translation>
    </message>
    <message>
        <source>Kiosque bénévoles</source>
        <translation>Volunteer kiosk</translation>
    </message>
    <message>
        <source>Kiosque structures</source>
        <translation>Partner organisation kiosk</translation>
    </message>
    <message>
        <source>PIN actuel</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <source>Nouveau PIN (6 caractères au moins)</source>
        <translation>New PIN (at least 6 characters)</translation>
    </message>
    <message>
        <source>Définir le PIN</source>
        <translation>Set the PIN</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Nouvelle question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Note de 1 à 5</source>
        <translation>Rating from 1 to 5</translation>
    </message>
    <message>
        <source>Oui / non</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <source>Texte libre</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Retirer la question</source>
        <translation>Remove the question</translation>
    </message>
    <message>
        <source>Commentaires de cette équipe</source>
        <translation>Comments on this team</translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Changer le PIN</source>
        <translation>Change the PIN</translation>
    </message>
    <message>
        <source>PIN défini : le kiosque ne se quitte qu&apos;avec lui.</source>
        <translation>PIN set: the kiosk can only be left with it.</translation>
    </message>
    <message>
        <source>Définissez d&apos;abord un PIN : il faudra le saisir pour quitter le kiosque.</source>
        <translation>Set a PIN first: it will be needed to leave the kiosk.</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <source>Héberger l&apos;événement</source>
        <translation>Host the event</translation>
    </message>
    <message>
        <source>Arrêter d&apos;héberger</source>
        <translation>Stop hosting</translation>
    </message>
    <message>
        <source>Démarrage de l&apos;hôte…</source>
        <translation>Starting the hub…</translation>
    </message>
    <message>
        <source>Sur chaque autre poste : Fichier → Rejoindre un hôte…, puis tapez le code et l&apos;adresse, ou montrez ce QR code à sa webcam. Le code ouvre cet événement seulement ; ne l&apos;affichez pas au public.</source>
        <translation>On every other laptop: File → Join a hub…, then type the code and the address, or show this QR code to its webcam. The code opens this event only; do not show it to the public.</translation>
    </message>
    <message>
        <source>Adresse : {address}</source>
        <translation>Address: {address}</translation>
    </message>
    <message>
        <source>aucun pour l&apos;instant</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Postes connectés : {names}</source>
        <translation>Connected laptops: {names}</translation>
    </message>
</context>
<context>
    <name>HubsModel</name>
    <message>
        <source>Hôte</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Aucun hôte trouvé : tapez l&apos;adresse.</source>
        <translation>No hub found: type the address.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Importer des inscriptions ou des structures</source>
        <translation>Import registrations or structures</translation>
    </message>
    <message>
        <source>Aucun fichier choisi.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Inscriptions (bénévoles)</source>
        <translation>Registrations (volunteers)</translation>
    </message>
    <message>
        <source>Structures lauréates</source>
        <translation>Partner organisations (structures)</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Importer seulement les lignes valides</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choisir l&apos;export à importer</source>
        <translation>Choose the export to import</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</source>
        <translation>Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Lecture de « {name} »…</source>
        <translation>Reading “{name}”…</translation>
    </message>
    <message>
        <source>(détecté automatiquement ; changez-le si besoin)</source>
        <translation>(detected automatically; change it if needed)</translation>
    </message>
    <message>
        <source>Importer seulement les lignes valides (ignorer les {count} lignes en erreur)</source>
        <translation>Import only the valid rows (skip the {count} rows in error)</translation>
    </message>
    <message>
        <source>{count} ligne(s) en erreur : l&apos;import se fait en entier ou pas du tout. Corrigez le fichier, la correspondance des colonnes, ou cochez « Importer seulement les lignes valides ».</source>
        <translation>{count} row(s) in error: the import is all or nothing. Fix the file or the column mapping, or tick “Import only the valid rows”.</translation>
    </message>
    <message>
        <source>Rien de nouveau à importer : l&apos;événement est déjà à jour.</source>
        <translation>Nothing new to import: the event is already up to date.</translation>
    </message>
    <message>
        <source>Modifier des inscriptions déjà dans l&apos;événement : code PIN de l&apos;organisateur·rice.</source>
        <translation>Change registrations already in the event: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import terminé : {created} nouveaux, {updated} mis à jour, {unchanged} inchangés, {skipped} lignes ignorées, {duplicates} doublons fusionnés.</source>
        <translation>Import done: {created} new, {updated} updated, {unchanged} unchanged, {skipped} rows skipped, {duplicates} duplicates merged.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Rejoindre un hôte</source>
        <translation>Join a hub</translation>
    </message>
    <message>
        <source>Tapez le code et l&apos;adresse affichés par le poste hôte (ou collez le texte de son QR code), ou choisissez l&apos;hôte trouvé sur le réseau.</source>
        <translation>Type the code and the address the hub shows (or paste the text of its QR code), or pick the hub found on the network.</translation>
    </message>
    <message>
        <source>Code de connexion</source>
        <translation>Join code</translation>
    </message>
    <message>
        <source>Adresse de l&apos;hôte</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <source>Hôtes trouvés</source>
        <translation>Hubs found</translation>
    </message>
    <message>
        <source>Rejoindre</source>
        <translation>Join</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>— choisissez —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Votre équipe (la structure accompagnée)</source>
        <translation>Your team (the partner organisation you helped)</translation>
    </message>
    <message>
        <source>Votre structure</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source> (facultatif)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Réponses anonymes. Merci !</source>
        <translation>Anonymous answers. Thank you!</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>({low} = pas du tout, {high} = tout à fait)</source>
        <translation>({low} = not at all, {high} = completely)</translation>
    </message>
    <message>
        <source>Merci pour vos réponses !
Passez l&apos;ordinateur à la personne suivante.</source>
        <translation>Thank you for your answers!
Please pass the computer to the next person.</translation>
    </message>
    <message>
        <source>Nouveau questionnaire</source>
        <translation>New questionnaire</translation>
    </message>
    <message>
        <source>Code PIN de l&apos;organisateur·rice pour quitter le mode questionnaire</source>
        <translation>Organiser&apos;s PIN to leave questionnaire mode</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Revenir au questionnaire</source>
        <translation>Back to the questionnaire</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Wrong code.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Sauvegarde restaurée ; l&apos;ancien fichier est gardé de côté.</source>
        <translation>Backup restored; the old file is kept aside.</translation>
    </message>
    <message>
        <source>Ouvrir un événement</source>
        <translation>Open an event</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Marathon Probono</source>
        <translation>Marathon Probono</translation>
    </message>
    <message>
        <source>Écrans</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{number})</source>
        <translation>{title} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Lecture seule : ce fichier est sur un support protégé en écriture (clé USB verrouillée, dossier protégé). Les données s&apos;affichent, mais aucune modification n&apos;est possible. Pour travailler, copiez le fichier dans un dossier où l&apos;on peut écrire, puis ouvrez la copie.</source>
        <translation>Read-only: this file is on a write-protected medium (a locked USB key, a protected folder). The data is shown, but nothing can be changed. To work on it, copy the file to a folder you can write to, then open the copy.</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nouvel événement…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Sauvegarder une copie…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>Ré&amp;pétition…</source>
        <translation>&amp;Practice copy…</translation>
    </message>
    <message>
        <source>Une copie d&apos;exercice de l&apos;événement, marquée EXERCICE partout</source>
        <translation>A practice copy of the event, marked PRACTICE everywhere</translation>
    </message>
    <message>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>&amp;Anonymiser après l&apos;événement…</source>
        <translation>&amp;Anonymise after the event…</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Visite guidée de cet écran</source>
        <translation>&amp;Guided tour of this screen</translation>
    </message>
    <message>
        <source>Visites guidées à la première ouverture</source>
        <translation>Guided tours the first time a screen opens</translation>
    </message>
    <message>
        <source>À &amp;propos de probono_desk</source>
        <translation>&amp;About probono_desk</translation>
    </message>
    <message>
        <source>Poste : {station}</source>
        <translation>Station: {station}</translation>
    </message>
    <message>
        <source>Dernière sauvegarde : {time}</source>
        <translation>Last backup: {time}</translation>
    </message>
    <message>
        <source>Pas encore de sauvegarde</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Sauvegarde impossible : {error}</source>
        <translation>Backup failed: {error}</translation>
    </message>
    <message>
        <source>Sauvegarder une copie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Événement probono_desk (*.probono)</source>
        <translation>probono_desk event (*.probono)</translation>
    </message>
    <message>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <source>À propos de probono_desk</source>
        <translation>About probono_desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;probono_desk {version}&lt;/b&gt;&lt;br&gt;Le poste de pilotage d&apos;un Marathon Probono : check-in, équipes, chrono, livrables, impressions.&lt;br&gt;Hors ligne ; tout l&apos;événement tient dans un fichier.&lt;br&gt;&lt;br&gt;Fichier ouvert : {path}</source>
        <translation>&lt;b&gt;probono_desk {version}&lt;/b&gt;&lt;br&gt;The control desk of a Marathon Probono: check-in, teams, clock, deliverables, printing.&lt;br&gt;Offline; the whole event fits in one file.&lt;br&gt;&lt;br&gt;Open file: {path}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Exemple</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Colonne non importée</source>
        <translation>Column not imported</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>Colonnes du fichier</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>— ignorée —</source>
        <translation>— ignored —</translation>
    </message>
    <message>
        <source>Colonnes non importées : {columns}</source>
        <translation>Columns not imported: {columns}</translation>
    </message>
    <message>
        <source>Toutes les colonnes sont importées.</source>
        <translation>Every column is imported.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message pour la salle</source>
        <translation>Message for the room</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Clignoter</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Écran noir</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>MidtermPanel</name>
    <message>
        <source>Enregistrer l&apos;entretien</source>
        <translation>Save the interview</translation>
    </message>
    <message>
        <source>Nouvelle question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Échelle 1–5</source>
        <translation>Scale 1–5</translation>
    </message>
    <message>
        <source>Oui / non</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <source>Texte libre</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Ajouter la question</source>
        <translation>Add the question</translation>
    </message>
    <message>
        <source>Retirer la question</source>
        <translation>Remove the question</translation>
    </message>
    <message>
        <source>Mené par</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Interlocuteur·rice</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions du programme&lt;/b&gt;</source>
        <translation>&lt;b&gt;The programme&apos;s questions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source> (facultatif)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Entretien du {day} enregistré.</source>
        <translation>Interview of {day} saved.</translation>
    </message>
</context>
<context>
    <name>MilestoneNamesModel</name>
    <message>
        <source>Étape</source>
        <translation>Milestone</translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <source>Étapes de la journée</source>
        <translation>Milestones of the day</translation>
    </message>
    <message>
        <source>Les étapes que chaque équipe coche au fil de la journée. Double-cliquez (ou F2) pour renommer.</source>
        <translation>The milestones each team ticks off during the day. Double-click (or F2) to rename.</translation>
    </message>
    <message>
        <source>Nouvelle étape (Entrée pour l&apos;ajouter)</source>
        <translation>New milestone (Enter to add it)</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Retirer…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Retirer une étape</source>
        <translation>Remove a milestone</translation>
    </message>
    <message>
        <source>Retirer l&apos;étape « {label} » ? Les coches déjà données restent dans le fichier.</source>
        <translation>Remove the milestone “{label}”? Ticks already given stay in the file.</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Garder</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Étape</source>
        <translation>Milestone</translation>
    </message>
</context>
<context>
    <name>MissionsPanel</name>
    <message>
        <source>Une note sur l&apos;équipe (Entrée pour l&apos;ajouter)</source>
        <translation>A note about the team (Enter to add it)</translation>
    </message>
    <message>
        <source>Ajouter la note</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Étapes…</source>
        <translation>Milestones…</translation>
    </message>
    <message>
        <source>Renommer, ajouter, retirer ou réordonner les étapes</source>
        <translation>Rename, add, remove or reorder the milestones</translation>
    </message>
    <message>
        <source>Étapes (cochez quand elle est atteinte)</source>
        <translation>Milestones (tick each one when reached)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Table {table} · {name}</source>
        <translation>Table {table} · {name}</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>Nouvel événement</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Créez l&apos;événement, puis importez ses inscriptions.</source>
        <translation>Create the event, then import its registrations.</translation>
    </message>
    <message>
        <source>Un événement = un fichier : copiez-le sur une clé USB pour l&apos;emporter sur un autre poste.</source>
        <translation>One event = one file: copy it to a USB stick to take it to another station.</translation>
    </message>
    <message>
        <source>par exemple : Marathon Probono Lille</source>
        <translation>for example: Marathon Probono Lille</translation>
    </message>
    <message>
        <source>par exemple : EuraTechnologies, Lille</source>
        <translation>for example: EuraTechnologies, Lille</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Nom de l&apos;événement</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Langue des documents</source>
        <translation>Language of the documents</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Créer et importer…</source>
        <translation>Create and import…</translation>
    </message>
    <message>
        <source>Créer l&apos;événement</source>
        <translation>Create the event</translation>
    </message>
    <message>
        <source>Importer dans un événement existant…</source>
        <translation>Import into an existing event…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Marathon Probono</source>
        <translation>Marathon Probono</translation>
    </message>
    <message>
        <source>Où enregistrer l&apos;événement ?</source>
        <translation>Where should the event be saved?</translation>
    </message>
    <message>
        <source>Donnez un nom à l&apos;événement.</source>
        <translation>Give the event a name.</translation>
    </message>
    <message>
        <source>Choisissez où enregistrer le fichier de l&apos;événement.</source>
        <translation>Choose where to save the event file.</translation>
    </message>
    <message>
        <source>Le fichier « {path} » existe déjà : choisissez un autre nom ou ouvrez-le.</source>
        <translation>The file “{path}” already exists: choose another name or open it.</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier « {folder} » : {why}.</source>
        <translation>Cannot create the folder “{folder}”: {why}.</translation>
    </message>
    <message>
        <source>Ouvrir un événement</source>
        <translation>Open an event</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Présent·es</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Dernière note</source>
        <translation>Latest note</translation>
    </message>
    <message>
        <source>{n} étape(s) de retard</source>
        <translation>{n} milestone(s) behind</translation>
    </message>
</context>
<context>
    <name>ParcoursScreen</name>
    <message>
        <source>Parcours</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relances&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reminders&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Imprimer le bilan du programme…</source>
        <translation>Print the programme&apos;s report…</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Séances du Trail</source>
        <translation>Trail sessions</translation>
    </message>
    <message>
        <source>Mi-parcours</source>
        <translation>Mid-term</translation>
    </message>
    <message>
        <source>&lt;b&gt;Structures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Partner organisations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Aucune structure dans cet événement.</source>
        <translation>No partner organisation in this event.</translation>
    </message>
    <message>
        <source>pas encore désigné</source>
        <translation>not named yet</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — Trail : {names} · du {start} au {end}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — Trail: {names} · from {start} to {end}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Code PIN de l&apos;organisateur·rice</source>
        <translation>Organiser&apos;s PIN</translation>
    </message>
    <message>
        <source>Code PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Wrong code.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Message pour la salle</source>
        <translation>Message for the room</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Amber</translation>
    </message>
    <message>
        <source>Rouge</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Écrivez 9h30 ou 09:30. La phase voisine suit.</source>
        <translation>Type 9h30 or 09:30. The next phase follows.</translation>
    </message>
    <message>
        <source>Minutes avant la fin où le chrono passe à l&apos;orange, puis au rouge.</source>
        <translation>Minutes before the end when the clock turns amber, then red.</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Ajouter une phase après</source>
        <translation>Add a phase after</translation>
    </message>
    <message>
        <source>Supprimer la phase</source>
        <translation>Delete the phase</translation>
    </message>
    <message>
        <source>Charger le modèle Marathon</source>
        <translation>Load the Marathon template</translation>
    </message>
    <message>
        <source>Programme valide : {count} phases, de {start} à {end}.</source>
        <translation>Valid programme: {count} phases, from {start} to {end}.</translation>
    </message>
    <message>
        <source>Aucune phase : chargez le modèle Marathon.</source>
        <translation>No phases: load the Marathon template.</translation>
    </message>
    <message>
        <source>Refusé : {why}</source>
        <translation>Refused: {why}</translation>
    </message>
</context>
<context>
    <name>PracticeBand</name>
    <message>
        <source>Horloge de l&apos;exercice…</source>
        <translation>Practice clock…</translation>
    </message>
    <message>
        <source>Badges des stagiaires</source>
        <translation>Trainees&apos; badges</translation>
    </message>
    <message>
        <source>Les badges d&apos;exercice des stagiaires (ils n&apos;existent que dans la copie)</source>
        <translation>The trainees&apos; practice badges (they exist only in the copy)</translation>
    </message>
    <message>
        <source>{mark} — copie d&apos;exercice : rien de ce qui est fait ici ne touche l&apos;événement réel.</source>
        <translation>{mark} — practice copy: nothing done here touches the real event.</translation>
    </message>
    <message>
        <source>Heure simulée {time} (×{speed})</source>
        <translation>Simulated time {time} (×{speed})</translation>
    </message>
</context>
<context>
    <name>PracticeClockDialog</name>
    <message>
        <source>Horloge de l&apos;exercice</source>
        <translation>Practice clock</translation>
    </message>
    <message>
        <source>Tous les écrans de la copie suivent cette horloge (check-in, missions, chrono).</source>
        <translation>Every screen of the copy follows this clock (check-in, missions, chrono).</translation>
    </message>
    <message>
        <source>Départ à</source>
        <translation>Start at</translation>
    </message>
    <message>
        <source>Vitesse</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Repartir de cette heure</source>
        <translation>Restart from this time</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Aperçu : les premières lignes telles qu&apos;elles seront importées</source>
        <translation>Preview: the first rows as they will be imported</translation>
    </message>
</context>
<context>
    <name>PrintsScreen</name>
    <message>
        <source>Impressions</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Seulement les inscriptions sur place</source>
        <translation>Walk-ins only</translation>
    </message>
    <message>
        <source>Les badges des personnes arrivées sans inscription, à imprimer à l&apos;accueil.</source>
        <translation>Badges of the people who came without registering, to print at the door.</translation>
    </message>
    <message>
        <source>Structure :</source>
        <translation>Partner organisation:</translation>
    </message>
    <message>
        <source>Exporter les codes (publipostage)…</source>
        <translation>Export the codes (mail merge)…</translation>
    </message>
    <message>
        <source>Un PNG du QR code de chaque bénévole et codes.csv, pour envoyer les codes avant l&apos;événement.</source>
        <translation>A PNG of each volunteer&apos;s QR code and codes.csv, to send the codes before the event.</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Documents en anglais (la langue de l&apos;événement, dans Paramètres).</source>
        <translation>Documents in English (the event&apos;s language, in Settings).</translation>
    </message>
    <message>
        <source>Documents en français (la langue de l&apos;événement, dans Paramètres).</source>
        <translation>Documents in French (the event&apos;s language, in Settings).</translation>
    </message>
    <message>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Exporter les codes : code PIN de l&apos;organisateur·rice.</source>
        <translation>Export the codes: the organiser&apos;s PIN.</translation>
    </message>
    <message>
        <source>Dossier où écrire les codes</source>
        <translation>Folder to write the codes to</translation>
    </message>
    <message>
        <source>Export des codes en cours…</source>
        <translation>Exporting the codes…</translation>
    </message>
    <message>
        <source>Codes exportés : {path}</source>
        <translation>Codes exported: {path}</translation>
    </message>
    <message>
        <source>{document} : code PIN de l&apos;organisateur·rice.</source>
        <translation>{document}: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <source>Préparation du document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Page {done} sur {total}…</source>
        <translation>Page {done} of {total}…</translation>
    </message>
    <message>
        <source>{pages} page(s) prête(s).</source>
        <translation>{pages} page(s) ready.</translation>
    </message>
    <message>
        <source>Le document n&apos;a pas pu être préparé.</source>
        <translation>The document could not be prepared.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <source>{pages} page(s) envoyée(s) à l&apos;impression.</source>
        <translation>{pages} page(s) sent to the printer.</translation>
    </message>
    <message>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistré : {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problème</source>
        <translation>Problem</translation>
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
        <source>doublon : {who} ; l&apos;inscription la plus récente est gardée (ligne {kept})</source>
        <translation>duplicate: {who}; the latest registration is kept (line {kept})</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>À vérifier</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>&lt;b&gt;{new}&lt;/b&gt; nouveaux · &lt;b&gt;{updated}&lt;/b&gt; mis à jour · &lt;b&gt;{unchanged}&lt;/b&gt; inchangés · &lt;b&gt;{duplicates}&lt;/b&gt; doublons fusionnés · &lt;b&gt;{problems}&lt;/b&gt; lignes avec un problème</source>
        <translation>&lt;b&gt;{new}&lt;/b&gt; new · &lt;b&gt;{updated}&lt;/b&gt; updated · &lt;b&gt;{unchanged}&lt;/b&gt; unchanged · &lt;b&gt;{duplicates}&lt;/b&gt; duplicates merged · &lt;b&gt;{problems}&lt;/b&gt; rows with a problem</translation>
    </message>
</context>
<context>
    <name>ProjectorBox</name>
    <message>
        <source>Projecteur</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Ouvrir l&apos;écran projecteur…</source>
        <translation>Open the projector screen…</translation>
    </message>
    <message>
        <source>Carillon</source>
        <translation>Chime</translation>
    </message>
    <message>
        <source>Grands chiffres</source>
        <translation>Large digits</translation>
    </message>
    <message>
        <source>Secondes</source>
        <translation>Seconds</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Aucun programme</source>
        <translation>No programme</translation>
    </message>
    <message>
        <source>La journée commence à {time}</source>
        <translation>The day starts at {time}</translation>
    </message>
    <message>
        <source>Merci à toutes et à tous !</source>
        <translation>Thank you all!</translation>
    </message>
    <message>
        <source>Dans un instant : {title}</source>
        <translation>Coming up: {title}</translation>
    </message>
    <message>
        <source>EN PAUSE</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <source>jusqu&apos;à {time}</source>
        <translation>until {time}</translation>
    </message>
    <message>
        <source>(prévu {time})</source>
        <translation>(planned {time})</translation>
    </message>
    <message>
        <source>RESTITUTIONS · ÉQUIPE {n}/{total}</source>
        <translation>PRESENTATIONS · TEAM {n}/{total}</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Fin des restitutions à {time} (reste {left})</source>
        <translation>Presentations end at {time} ({left} left)</translation>
    </message>
    <message>
        <source>ENSUITE</source>
        <translation>NEXT</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Chrono — projecteur</source>
        <translation>Clock — projector</translation>
    </message>
    <message>
        <source>Quitter la projection : code PIN de l&apos;organisateur·rice.</source>
        <translation>Leave the projection: organiser&apos;s PIN.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>oui/non</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <source>texte</source>
        <translation>text</translation>
    </message>
</context>
<context>
    <name>ReadoutBox</name>
    <message>
        <source>Ordre de passage des restitutions</source>
        <translation>Order of the team presentations</translation>
    </message>
    <message>
        <source> min de présentation</source>
        <translation> min of presentation</translation>
    </message>
    <message>
        <source> min de questions</source>
        <translation> min of questions</translation>
    </message>
</context>
<context>
    <name>ReadoutOrderModel</name>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>RebalanceDialog</name>
    <message>
        <source>Rééquilibrer les équipes</source>
        <translation>Rebalance the teams</translation>
    </message>
    <message>
        <source>Personne n&apos;est encore enregistré·e : le rééquilibrage se fait sur les présent·es.</source>
        <translation>Nobody has checked in yet: rebalancing works on the people present.</translation>
    </message>
    <message>
        <source>Les équipes présentes respectent les règles : aucun déplacement à proposer.</source>
        <translation>The teams as present follow the rules: no move to suggest.</translation>
    </message>
    <message>
        <source>{n} déplacement(s) proposé(s) parmi les {p} présent·es. Acceptez ou refusez chacun.</source>
        <translation>{n} move(s) suggested among the {p} people present. Accept or decline each one.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; : {src} → &lt;b&gt;table {table} · {dst}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {src} → &lt;b&gt;table {table} · {dst}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>table {t}</source>
        <translation>table {t}</translation>
    </message>
    <message>
        <source>sans équipe</source>
        <translation>no team</translation>
    </message>
    <message>
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Refuser</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Accepté ✓</source>
        <translation>Accepted ✓</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Declined</translation>
    </message>
</context>
<context>
    <name>RecentEventsModel</name>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>{name}
{folder} · modifié le {when}</source>
        <translation>{name}
{folder} · modified {when}</translation>
    </message>
</context>
<context>
    <name>RecommendationsModel</name>
    <message>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Recommandation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Porteur·se</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <source>Reprendre celles du livrable</source>
        <translation>Take those of the deliverable</translation>
    </message>
    <message>
        <source>Nouvelle recommandation</source>
        <translation>New recommendation</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Retirer…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>{done} faite(s) sur {planned} prévue(s)</source>
        <translation>{done} done out of {planned} planned</translation>
    </message>
    <message>
        <source>Retirer une recommandation</source>
        <translation>Remove a recommendation</translation>
    </message>
    <message>
        <source>Retirer « {text} » de la liste ?</source>
        <translation>Remove “{text}” from the list?</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RehearsalBox</name>
    <message>
        <source>Répétition</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <source>Le plan tourne à l&apos;heure choisie, sans toucher au chrono du jour.</source>
        <translation>The plan runs from the chosen time, without touching the day&apos;s clock.</translation>
    </message>
    <message>
        <source>Lancer</source>
        <translation>Run</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <source>Relance</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>⚠ {name} : aucune séance depuis {days} jours</source>
        <translation>⚠ {name}: no session for {days} days</translation>
    </message>
    <message>
        <source>⚠ {name} : Trail terminé depuis {days} jours, {open} recommandation(s) ouverte(s)</source>
        <translation>⚠ {name}: Trail ended {days} days ago, {open} recommendation(s) still open</translation>
    </message>
    <message>
        <source> (date passée)</source>
        <translation> (date passed)</translation>
    </message>
    <message>
        <source>séance</source>
        <translation>session</translation>
    </message>
    <message>
        <source>Rien à relancer ; aucune séance prévue.</source>
        <translation>Nothing to chase; no session planned.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Choisissez la copie à remettre en place. Le fichier actuel n&apos;est pas effacé : il est mis de côté à côté de l&apos;événement ({name}.remplacé-…).</source>
        <translation>Choose the copy to put back. The current file is not erased: it is set aside next to the event ({name}.remplacé-…).</translation>
    </message>
    <message>
        <source>Aucune sauvegarde de cet événement pour l&apos;instant.</source>
        <translation>No backup of this event yet.</translation>
    </message>
    <message>
        <source>Restaurer…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Remettre l&apos;événement dans l&apos;état du {when} ({reason}) ?

Ce qui a été saisi depuis ne sera plus dans l&apos;événement ; le fichier actuel est gardé de côté.</source>
        <translation>Put the event back as it was on {when} ({reason})?

What was entered since will no longer be in the event; the current file is kept aside.</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Cette équipe</source>
        <translation>This team</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Overall</translation>
    </message>
</context>
<context>
    <name>RushControls</name>
    <message>
        <source>{rate} / min</source>
        <translation>{rate} / min</translation>
    </message>
    <message>
        <source>Simuler l&apos;affluence</source>
        <translation>Simulate the rush</translation>
    </message>
    <message>
        <source>Copie d&apos;exercice : des arrivées simulées au rythme choisi</source>
        <translation>Practice copy: simulated arrivals at the chosen rate</translation>
    </message>
    <message>
        <source>Arrêter la simulation</source>
        <translation>Stop the simulation</translation>
    </message>
</context>
<context>
    <name>ScreenPicker</name>
    <message>
        <source>Choisir l&apos;écran du projecteur</source>
        <translation>Choose the projector screen</translation>
    </message>
    <message>
        <source>(écran principal, celui de ce portable)</source>
        <translation>(main screen, this laptop&apos;s)</translation>
    </message>
    <message>
        <source>Afficher le chrono ici</source>
        <translation>Show the clock here</translation>
    </message>
    <message>
        <source>Le chrono s&apos;affiche en plein écran. Échap le ferme.</source>
        <translation>The clock shows full screen. Esc closes it.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Participant·es</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notes et décisions</source>
        <translation>Notes and decisions</translation>
    </message>
    <message>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Note de suivi</source>
        <translation>Follow-up note</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Participant·es</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Note de suivi du·de la référent·e</source>
        <translation>Referent&apos;s follow-up note</translation>
    </message>
    <message>
        <source>Noms séparés par des virgules</source>
        <translation>Names separated by commas</translation>
    </message>
    <message>
        <source>Ajouter au journal</source>
        <translation>Add to the log</translation>
    </message>
    <message>
        <source>Quand, comment</source>
        <translation>When, how</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Retirer l&apos;entrée…</source>
        <translation>Remove the entry…</translation>
    </message>
    <message>
        <source>{n} séance(s), {h} h {m:02d} de travail ; {notes} note(s) de suivi</source>
        <translation>{n} session(s), {h} h {m:02d} of work; {notes} follow-up note(s)</translation>
    </message>
    <message>
        <source>Retirer une entrée du journal</source>
        <translation>Remove a log entry</translation>
    </message>
    <message>
        <source>Retirer l&apos;entrée du {day} ? Ses heures ne compteront plus.</source>
        <translation>Remove the entry of {day}? Its hours will no longer count.</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>L&apos;événement</source>
        <translation>The event</translation>
    </message>
    <message>
        <source>par exemple : EuraTechnologies, Lille</source>
        <translation>for example: EuraTechnologies, Lille</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Langue des documents</source>
        <translation>Language of the documents</translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation>This station</translation>
    </message>
    <message>
        <source>par exemple : Accueil 1</source>
        <translation>for example: Front desk 1</translation>
    </message>
    <message>
        <source>Nom du poste</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Une copie complète de l&apos;événement est faite toutes les 5 minutes et à la fermeture (les 24 copies automatiques et les 10 de fermeture les plus récentes sont gardées). Fichier → Restaurer une sauvegarde… pour revenir à l&apos;une d&apos;elles.</source>
        <translation>A full copy of the event is made every 5 minutes and on closing (the 24 latest automatic copies and the 10 latest closing copies are kept). File → Restore a backup… to go back to one of them.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Dernière</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>(événement en mémoire)</source>
        <translation>(event in memory)</translation>
    </message>
    <message>
        <source>pas encore</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Nom du poste enregistré : {name}.</source>
        <translation>Station name saved: {name}.</translation>
    </message>
    <message>
        <source>La langue choisie s&apos;appliquera au prochain démarrage.</source>
        <translation>The chosen language applies at the next start.</translation>
    </message>
    <message>
        <source>{time} — {name}</source>
        <translation>{time} — {name}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Événement probono_desk (*.probono);;Tous les fichiers (*)</source>
        <translation>probono_desk event (*.probono);;All files (*)</translation>
    </message>
    <message>
        <source>Marathon Probono</source>
        <translation>Marathon Probono</translation>
    </message>
    <message>
        <source>Le poste de pilotage de la journée : check-in à l&apos;accueil, équipes des structures, chrono du projecteur, livrables et impressions. Hors ligne ; tout l&apos;événement tient dans un seul fichier.</source>
        <translation>The control desk of the day: check-in at the door, the partner organisations&apos; teams, the projector clock, deliverables and printing. Offline; the whole event fits in a single file.</translation>
    </message>
    <message>
        <source>Nouvel événement…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>Ouvrir un événement…</source>
        <translation>Open an event…</translation>
    </message>
    <message>
        <source>Importer des inscriptions…</source>
        <translation>Import registrations…</translation>
    </message>
    <message>
        <source>Ouvrir la démo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <source>Une copie neuve de l&apos;événement de démonstration : 5 structures, 50 bénévoles</source>
        <translation>A fresh copy of the demo event: 5 partner organisations, 50 volunteers</translation>
    </message>
    <message>
        <source>Démo : après la journée</source>
        <translation>Demo: after the day</translation>
    </message>
    <message>
        <source>La démonstration une fois la journée passée : 42 présent·es, cinq livrables validés, les binômes du Trail, les questionnaires, le bilan</source>
        <translation>The demo once the day is over: 42 present, five validated deliverables, the Trail pairs, the questionnaires, the programme report</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Événements récents</source>
        <translation>Recent events</translation>
    </message>
    <message>
        <source>Aucun événement récent. Créez un événement ou ouvrez la démo pour découvrir l&apos;application.</source>
        <translation>No recent event. Create an event or open the demo to discover the application.</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Badges, feuilles, attestations, bilan et exports sont écrits dans cette langue, quelle que soit celle de l&apos;interface.</source>
        <translation>Badges, sheets, certificates, report and exports are written in this language, whatever the interface&apos;s.</translation>
    </message>
</context>
<context>
    <name>StationsController</name>
    <message>
        <source>&amp;Héberger l&apos;événement…</source>
        <translation>&amp;Host the event…</translation>
    </message>
    <message>
        <source>Re&amp;joindre un hôte…</source>
        <translation>&amp;Join a hub…</translation>
    </message>
    <message>
        <source>Se &amp;déconnecter des autres postes</source>
        <translation>&amp;Disconnect from the other laptops</translation>
    </message>
    <message>
        <source>{count} avis des autres postes</source>
        <translation>{count} notice(s) from the other laptops</translation>
    </message>
    <message>
        <source>Avis des autres postes</source>
        <translation>Notices from the other laptops</translation>
    </message>
    <message>
        <source>Aucun avis.</source>
        <translation>No notice.</translation>
    </message>
    <message>
        <source>Poste seul (pas d&apos;hôte)</source>
        <translation>Standalone laptop (no hub)</translation>
    </message>
    <message>
        <source>{count} modification(s) en attente</source>
        <translation>{count} change(s) waiting</translation>
    </message>
    <message>
        <source>synchro {time}</source>
        <translation>synced {time}</translation>
    </message>
    <message>
        <source>{count} autre(s) poste(s) connecté(s)</source>
        <translation>{count} other laptop(s) connected</translation>
    </message>
    <message>
        <source>Hôte</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Connexion à {hub}…</source>
        <translation>Connecting to {hub}…</translation>
    </message>
    <message>
        <source>Refusé par l&apos;hôte</source>
        <translation>Refused by the hub</translation>
    </message>
    <message>
        <source>L&apos;hôte {hub} refuse ce poste : le code de connexion ne correspond pas, ou l&apos;hôte sert un autre événement. Vérifiez le code (Fichier → Rejoindre un hôte…).</source>
        <translation>The hub {hub} refuses this laptop: the join code does not match, or the hub serves another event. Check the code (File → Join a hub…).</translation>
    </message>
    <message>
        <source>Travail en autonomie</source>
        <translation>Working alone</translation>
    </message>
    <message>
        <source>Travail en autonomie : l&apos;hôte {hub} est injoignable. Continuez normalement : {waiting}, envoyées dès que le lien revient.</source>
        <translation>Working alone: the hub {hub} cannot be reached. Carry on as usual: {waiting}, sent as soon as the link is back.</translation>
    </message>
</context>
<context>
    <name>StructureStatesModel</name>
    <message>
        <source>Structure</source>
        <translation>Organisation supported</translation>
    </message>
</context>
<context>
    <name>StructuresModel</name>
    <message>
        <source>Structure</source>
        <translation>Organisation supported</translation>
    </message>
</context>
<context>
    <name>TeamBoard</name>
    <message>
        <source>Table {label}</source>
        <translation>Table {label}</translation>
    </message>
    <message>
        <source>Référent·e : {name}</source>
        <translation>Referent: {name}</translation>
    </message>
    <message>
        <source>{rule} : {why}</source>
        <translation>{rule}: {why}</translation>
    </message>
    <message>
        <source>présent·es / prévu·es</source>
        <translation>present / expected</translation>
    </message>
    <message>
        <source>✓ Règles respectées</source>
        <translation>✓ Rules met</translation>
    </message>
</context>
<context>
    <name>TeamsScreen</name>
    <message>
        <source>Équipes</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Former les équipes</source>
        <translation>Form the teams</translation>
    </message>
    <message>
        <source>Répartit les personnes non épinglées selon les règles (Ctrl+Z annule)</source>
        <translation>Places everyone not pinned according to the rules (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Rééquilibrer…</source>
        <translation>Rebalance…</translation>
    </message>
    <message>
        <source>Déplacer vers…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Épingler</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Qui est où (projection)</source>
        <translation>Who sits where (projection)</translation>
    </message>
    <message>
        <source>Réessayer le déplacement</source>
        <translation>Retry the move</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; présent·e &amp;nbsp; &lt;span style=&apos;color:#9e9e9e&apos;&gt;●&lt;/span&gt; pas encore arrivé·e &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; absent·e &amp;nbsp; ⚑ épinglé·e</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; present &amp;nbsp; &lt;span style=&apos;color:#9e9e9e&apos;&gt;●&lt;/span&gt; not arrived yet &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; absent &amp;nbsp; ⚑ pinned</translation>
    </message>
    <message>
        <source>Tableaux</source>
        <translation>Boards</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Vers l&apos;équipe suivante</source>
        <translation>To the next team</translation>
    </message>
    <message>
        <source>Vers l&apos;équipe précédente</source>
        <translation>To the previous team</translation>
    </message>
    <message>
        <source>Épingler / désépingler</source>
        <translation>Pin / unpin</translation>
    </message>
    <message>
        <source>{n} personne(s) sans équipe.</source>
        <translation>{n} person(s) without a team.</translation>
    </message>
    <message>
        <source>Personne en {skill} présent·e</source>
        <translation>Nobody with {skill} present</translation>
    </message>
    <message>
        <source>Personne en {skill} dans l&apos;équipe</source>
        <translation>Nobody with {skill} in the team</translation>
    </message>
    <message>
        <source>Désépingler</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Déplacement NON enregistré : {error} « Réessayer le déplacement » quand c&apos;est réglé.</source>
        <translation>Move NOT recorded: {error} “Retry the move” once it is fixed.</translation>
    </message>
    <message>
        <source>{name} → table {table} ({team}). Ctrl+Z pour annuler.</source>
        <translation>{name} → table {table} ({team}). Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une personne dans un tableau.</source>
        <translation>First choose a person on a board.</translation>
    </message>
    <message>
        <source>Table {table} · {name}</source>
        <translation>Table {table} · {name}</translation>
    </message>
    <message>
        <source>{name} épinglé·e à son équipe.</source>
        <translation>{name} pinned to their team.</translation>
    </message>
    <message>
        <source>{name} n&apos;est plus épinglé·e.</source>
        <translation>{name} is no longer pinned.</translation>
    </message>
    <message>
        <source>Rien à annuler.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>Annulé.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <source>Formation des équipes en cours…</source>
        <translation>Forming the teams…</translation>
    </message>
    <message>
        <source>Équipes formées : {n} changement(s). Ctrl+Z pour annuler.</source>
        <translation>Teams formed: {n} change(s). Ctrl+Z to undo.</translation>
    </message>
</context>
<context>
    <name>TimeBox</name>
    <message>
        <source>Temps de la phase en cours et de la suite</source>
        <translation>Time of the current phase and what follows</translation>
    </message>
    <message>
        <source>Décaler</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Décaler à partir de</source>
        <translation>Shift from</translation>
    </message>
    <message>
        <source>la phase suivante</source>
        <translation>the next phase</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>8h30 : l&apos;accueil</source>
        <translation>8:30: arrivals</translation>
    </message>
    <message>
        <source>Scannez le badge : la carte verte dit la table et le référent.</source>
        <translation>Scan the badge: the green card gives the table and the referent.</translation>
    </message>
    <message>
        <source>Sans badge</source>
        <translation>No badge</translation>
    </message>
    <message>
        <source>Tapez trois lettres du nom, choisissez avec ↑↓, Entrée.</source>
        <translation>Type three letters of the name, pick with ↑↓, Enter.</translation>
    </message>
    <message>
        <source>Sur place</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>Ctrl+N inscrit une personne venue sans inscription.</source>
        <translation>Ctrl+N registers somebody who came without registering.</translation>
    </message>
    <message>
        <source>Une erreur ?</source>
        <translation>A mistake?</translation>
    </message>
    <message>
        <source>Ctrl+Z reprend la dernière arrivée pendant deux minutes.</source>
        <translation>Ctrl+Z takes back the last arrival for two minutes.</translation>
    </message>
    <message>
        <source>Avant le jour J</source>
        <translation>Before the day</translation>
    </message>
    <message>
        <source>« Former les équipes » place tout le monde selon les règles.</source>
        <translation>“Form the teams” places everyone by the rules.</translation>
    </message>
    <message>
        <source>Ajuster</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <source>Glissez une personne, ou Alt+→ ; Ctrl+Z annule.</source>
        <translation>Drag a person, or Alt+→; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>9h30</source>
        <translation>9:30</translation>
    </message>
    <message>
        <source>Après les absences, « Rééquilibrer… » propose des déplacements.</source>
        <translation>After the no-shows, “Rebalance…” proposes moves.</translation>
    </message>
    <message>
        <source>8h55</source>
        <translation>8:55</translation>
    </message>
    <message>
        <source>Ouvrez l&apos;écran projecteur sur le second écran.</source>
        <translation>Open the projector view on the second screen.</translation>
    </message>
    <message>
        <source>9h00</source>
        <translation>9:00</translation>
    </message>
    <message>
        <source>« Démarrer la journée » lance l&apos;horloge de la salle.</source>
        <translation>“Start the day” starts the room clock.</translation>
    </message>
    <message>
        <source>Un retard ?</source>
        <translation>Running late?</translation>
    </message>
    <message>
        <source>Décalez la phase : toutes les suivantes bougent.</source>
        <translation>Shift the phase: every later one moves.</translation>
    </message>
    <message>
        <source>Toute la journée</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Le livrable s&apos;enregistre tout seul pendant la frappe.</source>
        <translation>The deliverable saves itself as you type.</translation>
    </message>
    <message>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Ajoutez les photos des paperboards et les slides.</source>
        <translation>Add the photos of the flip charts and the slides.</translation>
    </message>
    <message>
        <source>16h15</source>
        <translation>4:15 pm</translation>
    </message>
    <message>
        <source>Trail et évaluations (mode kiosque) en fin de journée.</source>
        <translation>Trail and evaluations (kiosk mode) at the end of the day.</translation>
    </message>
    <message>
        <source>Le diagnostic de chaque structure : ses besoins deviennent les compétences.</source>
        <translation>Each organisation&apos;s diagnosis: its needs become the skills sought.</translation>
    </message>
    <message>
        <source>De décembre à février</source>
        <translation>December to February</translation>
    </message>
    <message>
        <source>Notez chaque séance du Trail et suivez les recommandations.</source>
        <translation>Log each Trail session and follow the recommendations.</translation>
    </message>
    <message>
        <source>Relances</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Un Trail resté silencieux est signalé ; le bilan se prépare ici.</source>
        <translation>A Trail gone quiet is flagged; the report is prepared here.</translation>
    </message>
    <message>
        <source>La veille</source>
        <translation>The day before</translation>
    </message>
    <message>
        <source>Badges, fiches d&apos;équipe et chevalets de table.</source>
        <translation>Badges, team sheets and table signs.</translation>
    </message>
    <message>
        <source>12h30 et 13h30</source>
        <translation>12:30 and 1:30 pm</translation>
    </message>
    <message>
        <source>Feuilles d&apos;émargement du matin et de l&apos;après-midi.</source>
        <translation>Morning and afternoon sign-in sheets.</translation>
    </message>
    <message>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Attestations et bilan.</source>
        <translation>Certificates and the report.</translation>
    </message>
    <message>
        <source>La liste</source>
        <translation>The list</translation>
    </message>
    <message>
        <source>Tapez pour chercher ; Entrée modifie la personne choisie.</source>
        <translation>Type to search; Enter edits the selected person.</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Arrivée à la main, badge perdu, annulation d&apos;une arrivée.</source>
        <translation>Check in by hand, lost badge, cancel an arrival.</translation>
    </message>
    <message>
        <source>RGPD</source>
        <translation>GDPR</translation>
    </message>
    <message>
        <source>« Ses données… » exporte tout ce qui concerne une personne.</source>
        <translation>“Their data…” exports everything about one person.</translation>
    </message>
    <message>
        <source>L&apos;événement</source>
        <translation>The event</translation>
    </message>
    <message>
        <source>Nom, date, lieu et langue des documents.</source>
        <translation>Name, date, venue and the language of the documents.</translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation>This station</translation>
    </message>
    <message>
        <source>Nommez le poste (porte 1, projecteur…) et posez le code PIN.</source>
        <translation>Name the station (door 1, projector…) and set the PIN.</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Une copie toutes les 5 minutes, à côté du fichier.</source>
        <translation>A copy every 5 minutes, next to the file.</translation>
    </message>
    <message>
        <source>Ne plus afficher</source>
        <translation>Don&apos;t show again</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>TrailModel</name>
    <message>
        <source>Trail</source>
        <translation>Trail</translation>
    </message>
    <message>
        <source>Bénévole présent·e</source>
        <translation>Volunteer present</translation>
    </message>
    <message>
        <source>Disponibilités</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Accepte d&apos;être contacté·e</source>
        <translation>Agrees to be contacted</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>TrailPanel</name>
    <message>
        <source>Premier rendez-vous fixé</source>
        <translation>First meeting set</translation>
    </message>
    <message>
        <source>Lieu ou visio</source>
        <translation>Place or video call</translation>
    </message>
    <message>
        <source>Enregistrer le Trail</source>
        <translation>Save the Trail</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Choisissez {low} ou {high} bénévoles de l&apos;équipe, parmi les présent·e·s.</source>
        <translation>Choose {low} or {high} volunteers from the team, among those present.</translation>
    </message>
    <message>
        <source>Personne de cette équipe n&apos;est encore enregistré·e comme présent·e : le Trail se choisit parmi les présent·e·s.</source>
        <translation>Nobody in this team has checked in yet: the Trail is chosen among those present.</translation>
    </message>
    <message>
        <source>{n} choisi·e·s (il en faut {low} ou {high})</source>
        <translation>{n} chosen ({low} or {high} needed)</translation>
    </message>
    <message>
        <source>Trail enregistré à {time}</source>
        <translation>Trail saved at {time}</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>v{n} · {time} · {reason} · {chars} car.</source>
        <translation>v{n} · {time} · {reason} · {chars} chars</translation>
    </message>
</context>
<context>
    <name>VolunteerActions</name>
    <message>
        <source>Enregistrer l&apos;arrivée</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Annuler l&apos;arrivée…</source>
        <translation>Undo the arrival…</translation>
    </message>
    <message>
        <source>Badge perdu : nouveau code…</source>
        <translation>Lost badge: new code…</translation>
    </message>
    <message>
        <source>Imprimer son badge</source>
        <translation>Print their badge</translation>
    </message>
    <message>
        <source>Le badge de cette personne, en PDF, ouvert pour l&apos;impression</source>
        <translation>This person&apos;s badge as a PDF, opened for printing</translation>
    </message>
    <message>
        <source>Ne rien changer</source>
        <translation>Change nothing</translation>
    </message>
    <message>
        <source>Déjà présent·e</source>
        <translation>Already present</translation>
    </message>
    <message>
        <source>{name} est déjà enregistré·e depuis {time}.</source>
        <translation>{name} has been checked in since {time}.</translation>
    </message>
    <message>
        <source>Annuler une arrivée</source>
        <translation>Undo an arrival</translation>
    </message>
    <message>
        <source>{name} ne sera plus compté·e présent·e (arrivée enregistrée à {time}). Continuer ?</source>
        <translation>{name} will no longer be counted as present (arrival recorded at {time}). Continue?</translation>
    </message>
    <message>
        <source>Annuler son arrivée</source>
        <translation>Undo their arrival</translation>
    </message>
    <message>
        <source>Badge perdu</source>
        <translation>Lost badge</translation>
    </message>
    <message>
        <source>Un nouveau code sera créé pour {name} ; l&apos;ancien badge sera refusé à l&apos;entrée. Continuer ?</source>
        <translation>A new code will be created for {name}; the old badge will be refused at the door. Continue?</translation>
    </message>
    <message>
        <source>Créer un nouveau code</source>
        <translation>Create a new code</translation>
    </message>
    <message>
        <source>Nouveau code</source>
        <translation>New code</translation>
    </message>
    <message>
        <source>Nouveau code de {name} : {code}
L&apos;ancien badge est désormais refusé.</source>
        <translation>New code for {name}: {code}
The old badge is now refused.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Fiche de {name}</source>
        <translation>{name}&apos;s details</translation>
    </message>
    <message>
        <source>— non renseignée —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <source>séparées par des virgules</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
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
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VolunteersModel</name>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
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
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Présent·e</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>oui, {time}</source>
        <translation>yes, {time}</translation>
    </message>
    <message>
        <source>Pas de consentement donné à l&apos;inscription : ne pas utiliser ses données.</source>
        <translation>No consent given at registration: do not use their data.</translation>
    </message>
</context>
<context>
    <name>VolunteersScreen</name>
    <message>
        <source>Bénévoles</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Rechercher par nom, e-mail, organisation, équipe…</source>
        <translation>Search by name, email, organisation, team…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Modifier la fiche du ou de la bénévole sélectionné·e (Entrée)</source>
        <translation>Edit the selected volunteer&apos;s details (Enter)</translation>
    </message>
    <message>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Supprimer la personne sélectionnée (code PIN de l&apos;organisateur·rice)</source>
        <translation>Delete the selected person (organiser&apos;s PIN)</translation>
    </message>
    <message>
        <source>Ses données…</source>
        <translation>Their data…</translation>
    </message>
    <message>
        <source>Exporter tout ce que l&apos;événement garde sur cette personne (RGPD)</source>
        <translation>Export everything the event keeps about this person (GDPR)</translation>
    </message>
    <message>
        <source>{shown} / {total} bénévoles</source>
        <translation>{shown} / {total} volunteers</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Inscription sur place</source>
        <translation>Walk-in registration</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>séparées par des virgules</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
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
        <source>Enregistrer et faire entrer</source>
        <translation>Save and check in</translation>
    </message>
</context>
<context>
    <name>WhoSitsWhere</name>
    <message>
        <source>Qui est où</source>
        <translation>Who sits where</translation>
    </message>
    <message>
        <source>Qui est où — trouvez votre table</source>
        <translation>Who sits where — find your table</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>automatique</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>à la fermeture</source>
        <translation>on closing</translation>
    </message>
    <message>
        <source>avant une mise à jour du fichier</source>
        <translation>before a file upgrade</translation>
    </message>
    <message>
        <source>{date} à {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>Fichier d&apos;événement illisible</source>
        <translation>Unreadable event file</translation>
    </message>
    <message>
        <source>{message}

La sauvegarde lisible la plus récente date du {when} ({reason}). La restaurer ? Le fichier abîmé est gardé de côté, jamais effacé.</source>
        <translation>{message}

The latest readable backup is from {when} ({reason}). Restore it? The damaged file is kept aside, never erased.</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <source>Table {table}</source>
        <translation>Table {table}</translation>
    </message>
    <message>
        <source>Équipe : à l&apos;accueil</source>
        <translation>Team: at the welcome desk</translation>
    </message>
    <message>
        <source>Code : {code}</source>
        <translation>Code: {code}</translation>
    </message>
</context>
<context>
    <name>bilan</name>
    <message>
        <source>Heures de mécénat de compétences = heures sur la journée + heures de Trail. Journée : pour chaque bénévole enregistré·e à l&apos;accueil, de son arrivée (ou du début de la journée s&apos;il·elle est arrivé·e avant) à la fin de la journée, pause déjeuner déduite, au plus la durée de la journée ({day_length}). Trail : la durée de chaque séance, comptée une fois par bénévole de l&apos;équipe présent·e à la séance (les personnes de la structure, le·la référent·e et ses notes de suivi ne comptent pas).</source>
        <translation>Skills-sponsorship hours = hours on the day + Trail hours. The day: for each volunteer checked in at the door, from their arrival (or the start of the day if they came earlier) to the end of the day, lunch break excluded, at most the day&apos;s length ({day_length}). The Trail: each session&apos;s duration, counted once per volunteer of the team who took part (the organisation&apos;s people, the referent and their follow-up notes do not count).</translation>
    </message>
    <message>
        <source>Journée : pour chaque bénévole enregistré·e à l&apos;accueil, de son arrivée (ou du début de la journée s&apos;il·elle est arrivé·e avant) à la fin de la journée, pause déjeuner déduite, au plus la durée de la journée ({day_length}).</source>
        <translation>The day: for each volunteer checked in at the door, from their arrival (or the start of the day if they came earlier) to the end of the day, lunch break excluded, at most the day&apos;s length ({day_length}).</translation>
    </message>
    <message>
        <source>à lancer</source>
        <translation>to start</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>under way</translation>
    </message>
    <message>
        <source>fait</source>
        <translation>done</translation>
    </message>
    <message>
        <source>abandonné</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>{n} % oui</source>
        <translation>{n} % yes</translation>
    </message>
    <message>
        <source>{n} réponse(s)</source>
        <translation>{n} answer(s)</translation>
    </message>
    <message>
        <source>de mécénat de compétences</source>
        <translation>of skills-based sponsorship</translation>
    </message>
    <message>
        <source>structures accompagnées</source>
        <translation>organisations supported</translation>
    </message>
    <message>
        <source>séances de Trail</source>
        <translation>Trail sessions</translation>
    </message>
    <message>
        <source>recommandations mises en œuvre</source>
        <translation>recommendations put in place</translation>
    </message>
    <message>
        <source>Bénévoles</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Sur la journée (présence enregistrée à l&apos;accueil)</source>
        <translation>On the day (presence recorded at the door)</translation>
    </message>
    <message>
        <source>Dans le Trail ({n} séance(s))</source>
        <translation>In the Trail ({n} session(s))</translation>
    </message>
    <message>
        <source>Total — mécénat de compétences</source>
        <translation>Total — skills-based sponsorship</translation>
    </message>
    <message>
        <source>Règle de calcul.</source>
        <translation>How it is counted.</translation>
    </message>
    <message>
        <source>Heures données par les bénévoles</source>
        <translation>Hours given by the volunteers</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Moyennes (en % de l&apos;échelle)</source>
        <translation>Averages (as a % of the scale)</translation>
    </message>
    <message>
        <source>Besoins (diagnostic)</source>
        <translation>Needs (diagnosis)</translation>
    </message>
    <message>
        <source>Livrable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>pas encore renseigné</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <source>pas encore désigné</source>
        <translation>not named yet</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>{n} séance(s), {work} de travail ; heures bénévoles : {trail} dans le Trail, {day} sur la journée</source>
        <translation>{n} session(s), {work} of work; volunteer hours: {trail} in the Trail, {day} on the day</translation>
    </message>
    <message>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>{done} faite(s) sur {planned} prévue(s) · {doing} en cours · {todo} à lancer</source>
        <translation>{done} done out of {planned} planned · {doing} under way · {todo} to start</translation>
    </message>
    <message>
        <source> · {n} abandonnée(s)</source>
        <translation> · {n} dropped</translation>
    </message>
    <message>
        <source>Satisfaction (journée)</source>
        <translation>Satisfaction (the day)</translation>
    </message>
    <message>
        <source>aucune réponse</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Impact (mi-parcours)</source>
        <translation>Impact (mid-term)</translation>
    </message>
    <message>
        <source>entretien pas encore tenu</source>
        <translation>interview not held yet</translation>
    </message>
    <message>
        <source>Le parcours</source>
        <translation>The path</translation>
    </message>
    <message>
        <source>Recommandation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Porteur·se</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ce que dit la structure (mi-parcours)</source>
        <translation>What the organisation says (mid-term)</translation>
    </message>
    <message>
        <source>Bilan du programme — {name}</source>
        <translation>Programme report — {name}</translation>
    </message>
    <message>
        <source>{name} · bilan du programme</source>
        <translation>{name} · programme report</translation>
    </message>
    <message>
        <source>Marathon du {date}{where} · diagnostic, journée, Trail</source>
        <translation>Marathon of {date}{where} · diagnosis, day, Trail</translation>
    </message>
    <message>
        <source>Heures données par structure</source>
        <translation>Hours given per organisation</translation>
    </message>
    <message>
        <source>journée</source>
        <translation>day</translation>
    </message>
    <message>
        <source>Recommandations : faites / prévues</source>
        <translation>Recommendations: done / planned</translation>
    </message>
    <message>
        <source>prévues</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>faites</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Résultats à court terme (questionnaires de la journée)</source>
        <translation>Short-term results (the day&apos;s questionnaires)</translation>
    </message>
    <message>
        <source>Aucun questionnaire rempli.</source>
        <translation>No questionnaire filled in.</translation>
    </message>
    <message>
        <source>Résultats à mi-parcours (entretiens)</source>
        <translation>Mid-term results (interviews)</translation>
    </message>
    <message>
        <source>Aucun entretien à mi-parcours enregistré.</source>
        <translation>No mid-term interview recorded.</translation>
    </message>
    <message>
        <source>Bilan établi le {date}.</source>
        <translation>Report made on {date}.</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>Trail : début</source>
        <translation>Trail: start</translation>
    </message>
    <message>
        <source>1re séance</source>
        <translation>1st session</translation>
    </message>
    <message>
        <source>Dernière séance</source>
        <translation>Last session</translation>
    </message>
    <message>
        <source>Mi-parcours</source>
        <translation>Mid-term</translation>
    </message>
    <message>
        <source>Trail : fin</source>
        <translation>Trail: end</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>Sans organisation renseignée</source>
        <translation>No organisation given</translation>
    </message>
    <message>
        <source> à {venue}</source>
        <translation> in {venue}</translation>
    </message>
    <message>
        <source>, au sein de l&apos;équipe qui a accompagné {structure}</source>
        <translation>, in the team that supported {structure}</translation>
    </message>
    <message>
        <source>{theme} : {problem}</source>
        <translation>{theme}: {problem}</translation>
    </message>
    <message>
        <source> sur sa mission « {topic} »</source>
        <translation> on its mission “{topic}”</translation>
    </message>
    <message>
        <source>a participé bénévolement au {event}, le {date}{where}, de {start} à {end}, soit {hours} de mission (pause déjeuner déduite){mission}.</source>
        <translation>took part as a volunteer in the {event}, on {date}{where}, from {start} to {end}, that is {hours} of mission work (lunch break excluded){mission}.</translation>
    </message>
    <message>
        <source>a participé bénévolement au {event}, le {date}{where}, de {start} à {end}, soit {hours} de mission{mission}.</source>
        <translation>took part as a volunteer in the {event}, on {date}{where}, from {start} to {end}, that is {hours} of mission work{mission}.</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Durée de la mission</source>
        <translation>Length of the mission</translation>
    </message>
    <message>
        <source>Structure accompagnée</source>
        <translation>Organisation supported</translation>
    </message>
    <message>
        <source>Organisation du / de la bénévole</source>
        <translation>The volunteer&apos;s organisation</translation>
    </message>
    <message>
        <source>Fait à {venue}, le {date}.</source>
        <translation>Signed in {venue}, on {date}.</translation>
    </message>
    <message>
        <source>Pour {org},</source>
        <translation>For {org},</translation>
    </message>
    <message>
        <source>l&apos;équipe organisatrice</source>
        <translation>the organising team</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Attestation de participation</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <source>{org} atteste que</source>
        <translation>{org} certifies that</translation>
    </message>
    <message>
        <source>Cette attestation peut être remise à l&apos;employeur comme justificatif d&apos;une action de mécénat de compétences.</source>
        <translation>This certificate may be given to the employer as proof of skills-based volunteering (corporate skills sponsorship).</translation>
    </message>
    <message>
        <source>Récapitulatif par organisation</source>
        <translation>Summary by organisation</translation>
    </message>
    <message>
        <source>Mécénat de compétences — personnes et heures</source>
        <translation>Skills-based sponsorship — people and hours</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>{n} personne</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <source>{n} personnes</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>Bénévoles présent·es, regroupé·es par organisation, avec les heures données par chacun·e (journée {start} – {end}, pause déjeuner déduite).</source>
        <translation>Volunteers present, grouped by organisation, with the hours each one gave (day {start} – {end}, lunch break excluded).</translation>
    </message>
    <message>
        <source>Le total est celui de la ligne « Sur la journée » du bilan du programme.</source>
        <translation>The total is the programme report&apos;s “On the day” line.</translation>
    </message>
    <message>
        <source>Attestations de participation — {name}</source>
        <translation>Certificates of participation — {name}</translation>
    </message>
    <message>
        <source>{name} · attestations</source>
        <translation>{name} · certificates</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>Équipe : à l&apos;accueil (pas encore d&apos;équipe)</source>
        <translation>Team: at the welcome desk (no team yet)</translation>
    </message>
    <message>
        <source>Table {table} — {team}</source>
        <translation>Table {table} — {team}</translation>
    </message>
    <message>
        <source>Équipe : {team}</source>
        <translation>Team: {team}</translation>
    </message>
    <message>
        <source>Référent·e : {referent}</source>
        <translation>Referent: {referent}</translation>
    </message>
    <message>
        <source>Bienvenue {name} !</source>
        <translation>Welcome {name}!</translation>
    </message>
    <message>
        <source>Inscription sur place enregistrée</source>
        <translation>Walk-in registration recorded</translation>
    </message>
    <message>
        <source>Déjà enregistré·e : {name}</source>
        <translation>Already checked in: {name}</translation>
    </message>
    <message>
        <source>Arrivée à {time} (poste {station})</source>
        <translation>Arrived at {time} (station {station})</translation>
    </message>
    <message>
        <source>Aussi scanné·e à {time} (poste {station})</source>
        <translation>Also scanned at {time} (station {station})</translation>
    </message>
    <message>
        <source>Badge d&apos;un autre événement</source>
        <translation>Badge from another event</translation>
    </message>
    <message>
        <source>Ce code n&apos;a pas été émis pour cet événement. Cherchez la personne par son nom.</source>
        <translation>This code was not issued for this event. Search for the person by name.</translation>
    </message>
    <message>
        <source>Badge annulé</source>
        <translation>Badge cancelled</translation>
    </message>
    <message>
        <source>Ce badge de {name} a été remplacé par un nouveau.</source>
        <translation>This is {name}&apos;s old badge: it has been replaced by a new one.</translation>
    </message>
    <message>
        <source>Utilisez le nouveau badge, ou cherchez la personne par son nom.</source>
        <translation>Use the new badge, or search for the person by name.</translation>
    </message>
    <message>
        <source>Code abîmé ou mal saisi</source>
        <translation>Damaged or mistyped code</translation>
    </message>
    <message>
        <source>Une lettre manque, est en trop ou a été mal tapée. Rescannez ou cherchez par nom.</source>
        <translation>A letter is missing, extra or mistyped. Scan again or search by name.</translation>
    </message>
    <message>
        <source>Aucun code QR trouvé dans l&apos;image</source>
        <translation>No QR code found in the image</translation>
    </message>
    <message>
        <source>Reprenez la photo de plus près, bien éclairée.</source>
        <translation>Take the photo again, closer and well lit.</translation>
    </message>
    <message>
        <source>Code inconnu</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <source>Aucun bénévole de cet événement n&apos;a ce code. Cherchez la personne par son nom.</source>
        <translation>No volunteer of this event has this code. Search for the person by name.</translation>
    </message>
    <message>
        <source>Arrivée en double : {name} — déjà enregistré·e à {first} ({first_station}), scanné·e aussi à {at} ({station})</source>
        <translation>Duplicate arrival: {name} — already checked in at {first} ({first_station}), also scanned at {at} ({station})</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Le poste de pilotage d&apos;un Marathon Probono : check-in, équipes, chrono, livrables, impressions. Sans sous-commande : ouvre la fenêtre.</source>
        <translation>The control desk of a Marathon Probono: check-in, teams, clock, deliverables, printing. Without a command: opens the window.</translation>
    </message>
    <message>
        <source>COMMANDE</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>écrire l&apos;événement de démonstration</source>
        <translation>write the demo event</translation>
    </message>
    <message>
        <source>l&apos;événement une fois la journée passée : présences, livrables, Trail, évaluations, bilan</source>
        <translation>the event once the day is over: attendance, deliverables, Trail, evaluations, programme report</translation>
    </message>
    <message>
        <source>créer un fichier d&apos;événement vide</source>
        <translation>create an empty event file</translation>
    </message>
    <message>
        <source>nom de l&apos;événement</source>
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
        <source>le chrono à ce moment (par défaut : maintenant)</source>
        <translation>the clock at this moment (default: now)</translation>
    </message>
    <message>
        <source>former les équipes et vérifier leurs règles</source>
        <translation>form the teams and check their rules</translation>
    </message>
    <message>
        <source>former les équipes automatiquement (les épinglé·es restent)</source>
        <translation>form the teams automatically (pinned people stay)</translation>
    </message>
    <message>
        <source>avec --auto : placer seulement les personnes sans équipe</source>
        <translation>with --auto: place only people without a team</translation>
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
        <source>une seule structure (numéro de table ou nom)</source>
        <translation>a single structure (table number or name)</translation>
    </message>
    <message>
        <source>badges : seulement les inscrits sur place</source>
        <translation>badges: only walk-in registrations</translation>
    </message>
    <message>
        <source>badges : seulement ces bénévoles (identifiants séparés par des virgules)</source>
        <translation>badges: only these volunteers (ids separated by commas)</translation>
    </message>
    <message>
        <source>exporter l&apos;événement en tableur (.xlsx complet, .csv des bénévoles)</source>
        <translation>export the event as a spreadsheet (full .xlsx, .csv of the volunteers)</translation>
    </message>
    <message>
        <source>fichier .xlsx ou .csv</source>
        <translation>.xlsx or .csv file</translation>
    </message>
    <message>
        <source>préparer le dossier livrable d&apos;une structure (PDF + pièces jointes)</source>
        <translation>prepare a structure&apos;s deliverable pack (PDF + attachments)</translation>
    </message>
    <message>
        <source>nom de la structure ou numéro de table</source>
        <translation>structure name or table number</translation>
    </message>
    <message>
        <source>fichier .zip, ou dossier à créer</source>
        <translation>.zip file, or folder to create</translation>
    </message>
    <message>
        <source>enregistrer une arrivée (code, photo, nom)</source>
        <translation>record an arrival (code, photo, name)</translation>
    </message>
    <message>
        <source>le code lu ou tapé</source>
        <translation>the code scanned or typed</translation>
    </message>
    <message>
        <source>photo d&apos;un badge</source>
        <translation>photo of a badge</translation>
    </message>
    <message>
        <source>nom, e-mail ou organisation</source>
        <translation>name, email or organisation</translation>
    </message>
    <message>
        <source>nom du poste (par défaut : la machine)</source>
        <translation>station name (default: the machine&apos;s)</translation>
    </message>
    <message>
        <source>exporter les codes (PNG + CSV de publipostage)</source>
        <translation>export the codes (PNG + mail-merge CSV)</translation>
    </message>
    <message>
        <source>dossier à écrire</source>
        <translation>folder to write</translation>
    </message>
    <message>
        <source>définir ou changer le code PIN de l&apos;organisateur·rice</source>
        <translation>set or change the organiser&apos;s PIN</translation>
    </message>
    <message>
        <source>le nouveau code PIN (6 caractères au moins)</source>
        <translation>the new PIN (at least 6 characters)</translation>
    </message>
    <message>
        <source>langue des documents et exports de l&apos;événement (par défaut : celle de l&apos;interface)</source>
        <translation>language of the event&apos;s documents and exports (default: the interface&apos;s)</translation>
    </message>
    <message>
        <source>Événement de démonstration après la journée écrit : {path} ({present} présent·es sur {volunteers} bénévoles, {structures} structures).</source>
        <translation>After-the-day demo event written: {path} ({present} present out of {volunteers} volunteers, {structures} structures).</translation>
    </message>
    <message>
        <source>Événement de démonstration écrit : {path} ({volunteers} bénévoles, {structures} structures).</source>
        <translation>Demo event written: {path} ({volunteers} volunteers, {structures} structures).</translation>
    </message>
    <message>
        <source>Événement créé : {path} (documents en {language})</source>
        <translation>Event created: {path} (documents in {language})</translation>
    </message>
    <message>
        <source>français</source>
        <translation>French</translation>
    </message>
    <message>
        <source>anglais</source>
        <translation>English</translation>
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
        <source>ligne {line}, {field} : {why} ({level})</source>
        <translation>line {line}, {field}: {why} ({level})</translation>
    </message>
    <message>
        <source>doublon : {who} (lignes {dropped} et {kept}) ; l&apos;inscription la plus récente est gardée (ligne {kept})</source>
        <translation>duplicate: {who} (lines {dropped} and {kept}); the latest registration is kept (line {kept})</translation>
    </message>
    <message>
        <source>colonnes ignorées : {columns}</source>
        <translation>columns ignored: {columns}</translation>
    </message>
    <message>
        <source>Essai à blanc : {new} nouveaux, {updated} mis à jour, {unchanged} inchangés, {errors} ligne(s) en erreur. Rien n&apos;a été écrit.</source>
        <translation>Dry run: {new} new, {updated} updated, {unchanged} unchanged, {errors} row(s) in error. Nothing was written.</translation>
    </message>
    <message>
        <source>Import terminé : {created} nouveaux, {updated} mis à jour, {unchanged} inchangés, {skipped} ignorés, {duplicates} doublons fusionnés.</source>
        <translation>Import done: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped, {duplicates} duplicates merged.</translation>
    </message>
    <message>
        <source>moment « {value} » invalide : attendu AAAA-MM-JJTHH:MM</source>
        <translation>invalid moment “{value}”: expected YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>Inscrits : {volunteers}   Présents : {present}</source>
        <translation>Registered: {volunteers}   Present: {present}</translation>
    </message>
    <message>
        <source>  Table {table} · {name} : {present}/{members} présents</source>
        <translation>  Table {table} · {name}: {present}/{members} present</translation>
    </message>
    <message>
        <source>Phase en cours : {title} ({start}–{end}, reste {minutes} min)</source>
        <translation>Current phase: {title} ({start}–{end}, {minutes} min left)</translation>
    </message>
    <message>
        <source>Phase suivante : {title} à {start}</source>
        <translation>Next phase: {title} at {start}</translation>
    </message>
    <message>
        <source>Document écrit : {path}</source>
        <translation>Document written: {path}</translation>
    </message>
    <message>
        <source>Export écrit : {path}</source>
        <translation>Export written: {path}</translation>
    </message>
    <message>
        <source>Dossier livrable écrit : {path}</source>
        <translation>Deliverable pack written: {path}</translation>
    </message>
    <message>
        <source>Code PIN enregistré.</source>
        <translation>PIN saved.</translation>
    </message>
    <message>
        <source>Codes exportés : {path}</source>
        <translation>Codes exported: {path}</translation>
    </message>
    <message>
        <source>option inconnue « {option} »</source>
        <translation>unknown option “{option}”</translation>
    </message>
    <message>
        <source>commande inconnue « {verb} » (commandes : {commands})</source>
        <translation>unknown command “{verb}” (commands: {commands})</translation>
    </message>
    <message>
        <source>arguments en trop : {extra}</source>
        <translation>unexpected arguments: {extra}</translation>
    </message>
    <message>
        <source>Aide : probono-desk --help</source>
        <translation>Help: probono-desk --help</translation>
    </message>
    <message>
        <source>probono-desk : erreur inattendue ({error}). Détails : {log}</source>
        <translation>probono-desk: unexpected error ({error}). Details: {log}</translation>
    </message>
    <message>
        <source>le fichier « {path} » n&apos;existe pas.</source>
        <translation>the file “{path}” does not exist.</translation>
    </message>
    <message>
        <source>« {path} » est un dossier : donnez la photo d&apos;un badge.</source>
        <translation>“{path}” is a folder: give the photo of a badge.</translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas un fichier ordinaire : donnez la photo d&apos;un badge.</source>
        <translation>“{path}” is not a regular file: give the photo of a badge.</translation>
    </message>
    <message>
        <source>le fichier « {path} » est vide.</source>
        <translation>the file “{path}” is empty.</translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas une image lisible (JPEG, PNG… attendu).</source>
        <translation>“{path}” is not a readable image (JPEG, PNG… expected).</translation>
    </message>
    <message>
        <source>le code est vide : scannez un badge ou tapez son code.</source>
        <translation>the code is empty: scan a badge or type its code.</translation>
    </message>
    <message>
        <source>probono-desk: personne ne correspond à « {query} ».</source>
        <translation>probono-desk: nobody matches “{query}”.</translation>
    </message>
    <message>
        <source>probono-desk: {count} personnes correspondent à « {query} » ; personne n&apos;a été enregistré. Précisez (nom complet ou e-mail) :</source>
        <translation>probono-desk: {count} people match “{query}”; nobody was checked in. Be more precise (full name or email):</translation>
    </message>
    <message>
        <source> · arrivé·e à {time}</source>
        <translation> · arrived at {time}</translation>
    </message>
    <message>
        <source>code PIN de l&apos;organisateur·rice, si l&apos;événement en a un (ou la variable PROBONO_PIN)</source>
        <translation>the organiser&apos;s PIN, if the event has one (or the PROBONO_PIN variable)</translation>
    </message>
    <message>
        <source>exporter tout ce que l&apos;événement garde sur une personne (RGPD)</source>
        <translation>export everything the event keeps about a person (GDPR)</translation>
    </message>
    <message>
        <source>adresse e-mail de la personne</source>
        <translation>the person&apos;s email address</translation>
    </message>
    <message>
        <source>identifiant de la personne</source>
        <translation>the person&apos;s id</translation>
    </message>
    <message>
        <source>fichier .json (un .csv est écrit à côté)</source>
        <translation>.json file (a .csv is written next to it)</translation>
    </message>
    <message>
        <source>après l&apos;événement : anonymiser les personnes qui ne sont pas dans un Trail</source>
        <translation>after the event: anonymise the people who are not in a Trail</translation>
    </message>
    <message>
        <source>confirmer (irréversible)</source>
        <translation>confirm (cannot be undone)</translation>
    </message>
    <message>
        <source>Données écrites : {json} et {csv}</source>
        <translation>Data written: {json} and {csv}</translation>
    </message>
    <message>
        <source>{count} personne(s) anonymisée(s) ; {kept} gardée(s) pour le Trail.</source>
        <translation>{count} person(s) anonymised; {kept} kept for the Trail.</translation>
    </message>
    <message>
        <source>faire une copie d&apos;exercice de l&apos;événement (EXERCICE partout)</source>
        <translation>make a practice copy of the event (PRACTICE everywhere)</translation>
    </message>
    <message>
        <source>la copie à écrire (fichier .probono neuf)</source>
        <translation>the copy to write (a new .probono file)</translation>
    </message>
    <message>
        <source>bénévoles fictifs pour les badges d&apos;exercice (par défaut : 6)</source>
        <translation>made-up volunteers for practice badges (default: 6)</translation>
    </message>
    <message>
        <source>Copie d&apos;exercice écrite : {path}</source>
        <translation>Practice copy written: {path}</translation>
    </message>
    <message>
        <source>Badges des stagiaires : probono-desk print {path} badges --only-ids {ids} --out FICHIER.pdf</source>
        <translation>Trainees&apos; badges: probono-desk print {path} badges --only-ids {ids} --out FILE.pdf</translation>
    </message>
    <message>
        <source>après la journée : séances du Trail, recommandations, diagnostic, relances</source>
        <translation>after the day: Trail sessions, recommendations, diagnosis, reminders</translation>
    </message>
    <message>
        <source>la structure (numéro de table ou nom)</source>
        <translation>the partner organisation (table number or name)</translation>
    </message>
    <message>
        <source>ajouter une séance du Trail</source>
        <translation>add a Trail session</translation>
    </message>
    <message>
        <source>ajouter une note de suivi du·de la référent·e</source>
        <translation>add a referent&apos;s follow-up note</translation>
    </message>
    <message>
        <source>recommandation n° N : à lancer, en cours, fait ou abandonné</source>
        <translation>recommendation no. N: to start, under way, done or dropped</translation>
    </message>
    <message>
        <source>imprimer le diagnostic confidentiel (code PIN obligatoire)</source>
        <translation>print the confidential diagnosis (PIN required)</translation>
    </message>
    <message>
        <source>séance collective, rendez-vous, téléphone ou visio</source>
        <translation>group session, meeting, phone or video</translation>
    </message>
    <message>
        <source>notes de la séance</source>
        <translation>the session&apos;s notes</translation>
    </message>
    <message>
        <source>qui a pris part, séparés par des virgules (bénévoles de l&apos;équipe et autres)</source>
        <translation>who took part, separated by commas (the team&apos;s volunteers and others)</translation>
    </message>
    <message>
        <source>durée : 90 ou 1h30 (60 par défaut)</source>
        <translation>duration: 90 or 1h30 (60 by default)</translation>
    </message>
    <message>
        <source>décisions prises</source>
        <translation>decisions taken</translation>
    </message>
    <message>
        <source>prochaine étape</source>
        <translation>next step</translation>
    </message>
    <message>
        <source>date de la prochaine étape</source>
        <translation>date of the next step</translation>
    </message>
    <message>
        <source>Séance du {date} enregistrée ({volunteers} bénévole(s)).</source>
        <translation>Session of {date} saved ({volunteers} volunteer(s)).</translation>
    </message>
    <message>
        <source>Note du {date} enregistrée.</source>
        <translation>Note of {date} saved.</translation>
    </message>
    <message>
        <source>Diagnostic écrit (confidentiel) : {path}</source>
        <translation>Diagnosis written (confidential): {path}</translation>
    </message>
    <message>
        <source>héberger l&apos;événement pour les autres postes (sans fenêtre)</source>
        <translation>host the event for the other laptops (no window)</translation>
    </message>
    <message>
        <source>port (par défaut : un port libre)</source>
        <translation>port (default: a free port)</translation>
    </message>
    <message>
        <source>adresse d&apos;écoute (par défaut : tout le réseau local)</source>
        <translation>address to listen on (default: the whole local network)</translation>
    </message>
    <message>
        <source>rejoindre l&apos;événement hébergé par un autre poste</source>
        <translation>join the event hosted by another laptop</translation>
    </message>
    <message>
        <source>adresse de l&apos;hôte</source>
        <translation>the hub&apos;s address</translation>
    </message>
    <message>
        <source>code de connexion affiché par l&apos;hôte</source>
        <translation>join code shown by the hub</translation>
    </message>
    <message>
        <source>rattraper dans les deux sens puis s&apos;arrêter</source>
        <translation>catch up both ways, then stop</translation>
    </message>
    <message>
        <source>Connecté à {hub} · postes : {stations} · en attente : {pending}</source>
        <translation>Connected to {hub} · laptops: {stations} · waiting: {pending}</translation>
    </message>
    <message>
        <source>Hôte injoignable : travail en autonomie ({pending} en attente)</source>
        <translation>Hub unreachable: working alone ({pending} waiting)</translation>
    </message>
    <message>
        <source>Événement hébergé. Ctrl+C pour arrêter. QR : {ticket}</source>
        <translation>Event hosted. Ctrl+C to stop. QR: {ticket}</translation>
    </message>
    <message>
        <source>probono-desk : cet hôte sert un autre événement que « {path} ».</source>
        <translation>probono-desk: this hub serves another event than &quot;{path}&quot;.</translation>
    </message>
    <message>
        <source>probono-desk : code de connexion refusé par l&apos;hôte {hub}.</source>
        <translation>probono-desk: join code refused by the hub {hub}.</translation>
    </message>
    <message>
        <source>probono-desk : hôte {hub} injoignable ; rien n&apos;a été échangé.</source>
        <translation>probono-desk: hub {hub} unreachable; nothing was exchanged.</translation>
    </message>
    <message>
        <source>Synchronisé avec {hub} : {pending} modification(s) en attente.</source>
        <translation>Synced with {hub}: {pending} change(s) waiting.</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <source>prenom</source>
        <translation>first_name</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>last_name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>equipe</source>
        <translation>team</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>qr_fichier</source>
        <translation>qr_file</translation>
    </message>
    <message>
        <source>qr_chemin</source>
        <translation>qr_path</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>deliverables</name>
    <message>
        <source>Plan d&apos;action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Outil</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Support de communication</source>
        <translation>Communication material</translation>
    </message>
    <message>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Soumis</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Validé par le·la référent·e</source>
        <translation>Approved by the referent</translation>
    </message>
    <message>
        <source>Validé par la structure</source>
        <translation>Approved by the partner organisation</translation>
    </message>
    <message>
        <source>enregistrement automatique</source>
        <translation>autosave</translation>
    </message>
    <message>
        <source>changement d&apos;état</source>
        <translation>status change</translation>
    </message>
    <message>
        <source>avant restauration</source>
        <translation>before restoring</translation>
    </message>
    <message>
        <source>restauration</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>enregistré à la main</source>
        <translation>saved by hand</translation>
    </message>
    <message>
        <source>{n} o</source>
        <translation>{n} B</translation>
    </message>
    <message>
        <source>{whole},{tenth} Ko</source>
        <translation>{whole}.{tenth} KB</translation>
    </message>
    <message>
        <source>{whole},{tenth} Mo</source>
        <translation>{whole}.{tenth} MB</translation>
    </message>
    <message>
        <source>{whole},{tenth} Go</source>
        <translation>{whole}.{tenth} GB</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>{arrived} / {expected} arrivé·es</source>
        <translation>{arrived} / {expected} arrived</translation>
    </message>
    <message>
        <source>Sans équipe</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>Table {table} · {team}</source>
        <translation>Table {table} · {team}</translation>
    </message>
    <message>
        <source>et {count} autres</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>Manquent :</source>
        <translation>Missing:</translation>
    </message>
</context>
<context>
    <name>diagnostic</name>
    <message>
        <source>Diagnostic — {name}</source>
        <translation>Diagnosis — {name}</translation>
    </message>
    <message>
        <source>{event} · diagnostic</source>
        <translation>{event} · diagnosis</translation>
    </message>
    <message>
        <source>Date du diagnostic</source>
        <translation>Date of the diagnosis</translation>
    </message>
    <message>
        <source>Pour Pro Bono Lab</source>
        <translation>For Pro Bono Lab</translation>
    </message>
    <message>
        <source>Pour la structure</source>
        <translation>For the organisation</translation>
    </message>
    <message>
        <source>Besoins, par ordre de priorité</source>
        <translation>Needs, in order of priority</translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Besoin (compétence recherchée)</source>
        <translation>Need (skill looked for)</translation>
    </message>
    <message>
        <source>Aucun besoin renseigné.</source>
        <translation>No need filled in.</translation>
    </message>
    <message>
        <source>Synthèse</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Document joint</source>
        <translation>Attached document</translation>
    </message>
    <message>
        <source> — {n} page(s), à la suite</source>
        <translation> — {n} page(s), following</translation>
    </message>
    <message>
        <source> — à la page suivante</source>
        <translation> — on the next page</translation>
    </message>
    <message>
        <source> — à ouvrir depuis l&apos;application (format non imprimable ici)</source>
        <translation> — to open from the app (a format that cannot be printed here)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Matin</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Après-midi</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>non renseignée</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Aucune structure dans cet événement.</source>
        <translation>No organisation in this event.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Opération impossible.</source>
        <translation>Operation not possible.</translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas un fichier d&apos;événement probono_desk.</source>
        <translation>“{path}” is not a probono_desk event file.</translation>
    </message>
    <message>
        <source>« {path} » a été écrit par une version plus récente de probono_desk ({unknown}). Mettez l&apos;application à jour pour l&apos;ouvrir.</source>
        <translation>“{path}” was written by a newer version of probono_desk ({unknown}). Update the application to open it.</translation>
    </message>
    <message>
        <source>Le fichier « {path} » est endommagé ({detail}).</source>
        <translation>The file “{path}” is damaged ({detail}).</translation>
    </message>
    <message>
        <source>Le fichier « {path} » n&apos;existe pas.</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <source>Le fichier « {path} » existe déjà : choisissez un autre nom.</source>
        <translation>The file “{path}” already exists: choose another name.</translation>
    </message>
    <message>
        <source>L&apos;enregistrement a échoué ({detail}). Rien n&apos;a été modifié ; réessayez.</source>
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
        <source>Impossible d&apos;écrire « {path} » ({detail}). Rien n&apos;a été écrit ; choisissez un autre emplacement.</source>
        <translation>Cannot write “{path}” ({detail}). Nothing was written; choose another place.</translation>
    </message>
    <message>
        <source>dossier introuvable</source>
        <translation>folder not found</translation>
    </message>
    <message>
        <source>accès refusé : dossier en lecture seule ?</source>
        <translation>access denied: is the folder read-only?</translation>
    </message>
    <message>
        <source>support en lecture seule</source>
        <translation>read-only drive</translation>
    </message>
    <message>
        <source>disque plein</source>
        <translation>disk full</translation>
    </message>
    <message>
        <source>un élément du chemin est un fichier, pas un dossier</source>
        <translation>part of the path is a file, not a folder</translation>
    </message>
    <message>
        <source>c&apos;est un dossier : donnez un nom de fichier</source>
        <translation>it is a folder: give a file name</translation>
    </message>
    <message>
        <source>Fermez les autres fenêtres et postes sur cet événement : le fichier est ouvert ailleurs, rien n&apos;a été modifié.</source>
        <translation>Close the other windows and stations on this event: the file is open elsewhere, nothing was changed.</translation>
    </message>
    <message>
        <source>« {path} » est ouvert en lecture seule (clé USB verrouillée ou dossier protégé) : rien n&apos;a été modifié. Copiez le fichier dans un dossier où l&apos;on peut écrire.</source>
        <translation>“{path}” is open read-only (a locked USB key or a protected folder): nothing was changed. Copy the file to a folder you can write to.</translation>
    </message>
    <message>
        <source>Structure inconnue : « {name} ».</source>
        <translation>Unknown structure: “{name}”.</translation>
    </message>
    <message>
        <source>Document inconnu : « {kind} ».</source>
        <translation>Unknown document: “{kind}”.</translation>
    </message>
    <message>
        <source>Langue « {value} » inconnue : choisissez fr ou en.</source>
        <translation>Unknown language “{value}”: choose fr or en.</translation>
    </message>
    <message>
        <source>Donnez un nom à l&apos;événement.</source>
        <translation>Give the event a name.</translation>
    </message>
    <message>
        <source>Date « {value} » invalide : attendu AAAA-MM-JJ (par exemple 2019-12-05).</source>
        <translation>Invalid date “{value}”: expected YYYY-MM-DD (for example 2019-12-05).</translation>
    </message>
    <message>
        <source>« {name} » est {what}, pas un export d&apos;inscriptions : choisissez le fichier CSV ou XLSX de l&apos;outil d&apos;inscription.</source>
        <translation>“{name}” is {what}, not a registrations export: choose the CSV or XLSX file from the registration tool.</translation>
    </message>
    <message>
        <source>« {path} » est un dossier : choisissez le fichier CSV ou XLSX.</source>
        <translation>“{path}” is a folder: choose the CSV or XLSX file.</translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas un fichier ordinaire (périphérique, tube…) : rien n&apos;a été lu.</source>
        <translation>“{path}” is not a regular file (a device, a pipe…): nothing was read.</translation>
    </message>
    <message>
        <source>Impossible de lire « {path} » : {why}.</source>
        <translation>Cannot read “{path}”: {why}.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » est vide.</source>
        <translation>The file “{name}” is empty.</translation>
    </message>
    <message>
        <source>« {name} » est un classeur Excel ancien (.xls) : enregistrez-le en .xlsx ou en .csv.</source>
        <translation>“{name}” is an old Excel workbook (.xls): save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas un fichier texte ni un classeur : ce n&apos;est pas un export d&apos;inscriptions (CSV ou XLSX attendu).</source>
        <translation>“{name}” is neither a text file nor a workbook: it is not a registrations export (CSV or XLSX expected).</translation>
    </message>
    <message>
        <source>« {name} » n&apos;a pas pu être lu comme un CSV ({why}).</source>
        <translation>“{name}” could not be read as a CSV ({why}).</translation>
    </message>
    <message>
        <source>« {name} » est un classeur OpenDocument (.ods) : enregistrez-le en .xlsx ou en .csv.</source>
        <translation>“{name}” is an OpenDocument workbook (.ods): save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas un classeur XLSX lisible (CSV ou XLSX attendu).</source>
        <translation>“{name}” is not a readable XLSX workbook (CSV or XLSX expected).</translation>
    </message>
    <message>
        <source>« {name} » ne ressemble pas à un export d&apos;inscriptions : aucune colonne Prénom et Nom (ou Nom complet) reconnue. Colonnes trouvées : {headers}.</source>
        <translation>“{name}” does not look like a registrations export: no First name and Last name (or Full name) column recognised. Columns found: {headers}.</translation>
    </message>
    <message>
        <source>« {name} » ne ressemble pas à une liste de structures : c&apos;est un export d&apos;inscriptions (colonne « {column} »). Importez-le comme inscriptions.</source>
        <translation>“{name}” does not look like a list of structures: it is a registrations export (column “{column}”). Import it as registrations.</translation>
    </message>
    <message>
        <source>« {name} » ne ressemble pas à une liste de structures : aucune colonne Structure reconnue. Colonnes trouvées : {headers}.</source>
        <translation>“{name}” does not look like a list of structures: no Structure column recognised. Columns found: {headers}.</translation>
    </message>
    <message>
        <source>{count} ligne(s) à corriger ; rien n&apos;a été importé (première : ligne {line}, {field} : {why}). Corrigez le fichier, ou importez seulement les lignes valides.</source>
        <translation>{count} row(s) to fix; nothing was imported (first: line {line}, {field}: {why}). Fix the file, or import only the valid rows.</translation>
    </message>
    <message>
        <source>Le prénom et le nom sont obligatoires.</source>
        <translation>First name and last name are required.</translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail « {email} » n&apos;est pas valide.</source>
        <translation>The email address “{email}” is not valid.</translation>
    </message>
    <message>
        <source>{name} est déjà inscrit·e à cet événement.</source>
        <translation>{name} is already registered for this event.</translation>
    </message>
    <message>
        <source>Le nom est obligatoire.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>Le nom de la structure est obligatoire.</source>
        <translation>The structure&apos;s name is required.</translation>
    </message>
    <message>
        <source>La structure « {name} » existe déjà.</source>
        <translation>The structure “{name}” already exists.</translation>
    </message>
    <message>
        <source>Une erreur inattendue est survenue ({error}). Rien n&apos;a été perdu ; les détails sont dans {log}.</source>
        <translation>An unexpected error occurred ({error}). Nothing was lost; the details are in {log}.</translation>
    </message>
    <message>
        <source>probono_desk</source>
        <translation>probono_desk</translation>
    </message>
    <message>
        <source>{count} personne(s) seraient anonymisées (irréversible) ; relancez avec --yes pour confirmer.</source>
        <translation>{count} person(s) would be anonymised (cannot be undone); run again with --yes to confirm.</translation>
    </message>
    <message>
        <source>Un questionnaire a au moins une question.</source>
        <translation>A questionnaire has at least one question.</translation>
    </message>
    <message>
        <source>Chaque question a un intitulé.</source>
        <translation>Every question needs a wording.</translation>
    </message>
    <message>
        <source>Deux questions ont la même clé « {key} ».</source>
        <translation>Two questions have the same key “{key}”.</translation>
    </message>
    <message>
        <source>Échelle « {label} » invalide : de {low} à {high}.</source>
        <translation>Invalid scale “{label}”: from {low} to {high}.</translation>
    </message>
    <message>
        <source>Répondez à la question « {label} ».</source>
        <translation>Answer the question “{label}”.</translation>
    </message>
    <message>
        <source>« {label} » : choisissez une note de {low} à {high}.</source>
        <translation>“{label}”: choose a rating from {low} to {high}.</translation>
    </message>
    <message>
        <source>« {label} » : répondez oui ou non.</source>
        <translation>“{label}”: answer yes or no.</translation>
    </message>
    <message>
        <source>Phase introuvable dans le programme.</source>
        <translation>Phase not found in the programme.</translation>
    </message>
    <message>
        <source>Heure « {value} » illisible : écrivez par exemple 9h30 ou 09:30.</source>
        <translation>Unreadable time “{value}”: write for example 9h30 or 09:30.</translation>
    </message>
    <message>
        <source>Heure « {value} » impossible.</source>
        <translation>Impossible time “{value}”.</translation>
    </message>
    <message>
        <source>Une phase de {start} n&apos;a pas de titre.</source>
        <translation>A phase at {start} has no title.</translation>
    </message>
    <message>
        <source>« {title} » se termine ({end}) avant de commencer ({start}).</source>
        <translation>“{title}” ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>« {title} » ({start}–{end}) sort de la journée ({opens}–{closes}).</source>
        <translation>“{title}” ({start}–{end}) falls outside the day ({opens}–{closes}).</translation>
    </message>
    <message>
        <source>« {title} » : l&apos;alerte rouge ({danger}) doit venir après l&apos;alerte orange ({warning}).</source>
        <translation>“{title}”: the red alert ({danger}) must come after the amber alert ({warning}).</translation>
    </message>
    <message>
        <source>« {first} » ({first_start}–{first_end}) chevauche « {second} » ({second_start}–{second_end}).</source>
        <translation>“{first}” ({first_start}–{first_end}) overlaps “{second}” ({second_start}–{second_end}).</translation>
    </message>
    <message>
        <source>Trou de {gap} entre « {first} » et « {second} » ({start}–{end}) : l&apos;écran affichera la phase suivante à venir.</source>
        <translation>Gap of {gap} between “{first}” and “{second}” ({start}–{end}): the screen will show the next phase coming up.</translation>
    </message>
    <message>
        <source>Le passage d&apos;une équipe doit durer au moins une minute de présentation.</source>
        <translation>A team&apos;s turn must last at least one minute of presentation.</translation>
    </message>
    <message>
        <source>Aucune phase « Restitutions » : les passages des équipes ne seront pas affichés.</source>
        <translation>No “Presentations” phase: the teams&apos; turns will not be shown.</translation>
    </message>
    <message>
        <source>Les {count} passages ({total}) dépassent la phase « {title} » ({length}).</source>
        <translation>The {count} turns ({total}) run over the “{title}” phase ({length}).</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Une phase dure au moins une minute.</source>
        <translation>A phase lasts at least one minute.</translation>
    </message>
    <message>
        <source>Une équipe ne peut passer qu&apos;une fois.</source>
        <translation>A team can only present once.</translation>
    </message>
    <message>
        <source>Cette équipe n&apos;est pas dans l&apos;ordre de passage.</source>
        <translation>This team is not in the presentation order.</translation>
    </message>
    <message>
        <source>La journée est déjà démarrée.</source>
        <translation>The day has already started.</translation>
    </message>
    <message>
        <source>Démarrez d&apos;abord la journée.</source>
        <translation>Start the day first.</translation>
    </message>
    <message>
        <source>Le chrono est déjà en pause.</source>
        <translation>The clock is already paused.</translation>
    </message>
    <message>
        <source>La journée est terminée.</source>
        <translation>The day is over.</translation>
    </message>
    <message>
        <source>Le chrono n&apos;est pas en pause.</source>
        <translation>The clock is not paused.</translation>
    </message>
    <message>
        <source>Reprenez d&apos;abord le chrono (il est en pause).</source>
        <translation>Resume the clock first (it is paused).</translation>
    </message>
    <message>
        <source>Aucune phase en cours : rien à allonger ou raccourcir.</source>
        <translation>No phase running: nothing to lengthen or shorten.</translation>
    </message>
    <message>
        <source>Impossible de retirer {asked} : il ne reste que {left} à « {title} ».</source>
        <translation>Cannot take off {asked}: only {left} left in “{title}”.</translation>
    </message>
    <message>
        <source>Aucune phase à venir à décaler.</source>
        <translation>No upcoming phase to shift.</translation>
    </message>
    <message>
        <source>« {title} » commencerait dans le passé ({when}) : décalage refusé.</source>
        <translation>“{title}” would start in the past ({when}): shift refused.</translation>
    </message>
    <message>
        <source>Décalage refusé : « {title} » n&apos;aurait plus de durée.</source>
        <translation>Shift refused: “{title}” would have no time left.</translation>
    </message>
    <message>
        <source>Aucune phase en cours à passer.</source>
        <translation>No running phase to skip.</translation>
    </message>
    <message>
        <source>« {title} » vient de commencer : passage à la suite refusé.</source>
        <translation>“{title}” has just started: skip refused.</translation>
    </message>
    <message>
        <source>Aucun passage d&apos;équipe en cours.</source>
        <translation>No team presenting right now.</translation>
    </message>
    <message>
        <source>La sauvegarde « {path} » est illisible ({detail}).</source>
        <translation>The backup “{path}” is unreadable ({detail}).</translation>
    </message>
    <message>
        <source>« {path} » est le fichier ouvert : choisissez un autre nom pour la copie.</source>
        <translation>“{path}” is the open file: choose another name for the copy.</translation>
    </message>
    <message>
        <source>Aucun badge à imprimer pour cette sélection.</source>
        <translation>No badge to print for this selection.</translation>
    </message>
    <message>
        <source>{name} n&apos;est pas enregistré·e présent·e.</source>
        <translation>{name} is not checked in.</translation>
    </message>
    <message>
        <source>Étape manquante : le livrable doit d&apos;abord être « {needed} ».</source>
        <translation>Step missing: the deliverable must first be “{needed}”.</translation>
    </message>
    <message>
        <source>Le livrable est vide : rédigez-le avant de le soumettre.</source>
        <translation>The deliverable is empty: write it before submitting it.</translation>
    </message>
    <message>
        <source>Donnez au moins un titre et une synthèse avant de soumettre le livrable.</source>
        <translation>Give at least a title and a summary before submitting the deliverable.</translation>
    </message>
    <message>
        <source>Impossible de lire « {name} » ({detail}).</source>
        <translation>Cannot read “{name}” ({detail}).</translation>
    </message>
    <message>
        <source>pas un fichier ordinaire</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>Le fichier joint doit avoir un nom.</source>
        <translation>The attached file must have a name.</translation>
    </message>
    <message>
        <source>« {name} » est vide : rien à joindre.</source>
        <translation>“{name}” is empty: nothing to attach.</translation>
    </message>
    <message>
        <source>« {name} » pèse {size} : la limite est de {limit} par fichier. Réduisez-le (photo en qualité moyenne, PDF compressé) ou découpez-le, puis joignez-le à nouveau.</source>
        <translation>“{name}” weighs {size}: the limit is {limit} per file. Make it smaller (medium-quality photo, compressed PDF) or split it, then attach it again.</translation>
    </message>
    <message>
        <source>Le dossier « {path} » existe déjà et n&apos;est pas vide.</source>
        <translation>The folder “{path}” already exists and is not empty.</translation>
    </message>
    <message>
        <source>Choisissez votre équipe (la structure accompagnée).</source>
        <translation>Choose your team (the partner organisation you helped).</translation>
    </message>
    <message>
        <source>Code PIN actuel incorrect.</source>
        <translation>Wrong current PIN.</translation>
    </message>
    <message>
        <source>Format d&apos;export inconnu « {suffix} » : choisissez un fichier .xlsx ou .csv.</source>
        <translation>Unknown export format “{suffix}”: choose an .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>La note est vide.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>Donnez un nom à l&apos;étape.</source>
        <translation>Give the milestone a name.</translation>
    </message>
    <message>
        <source>Code PIN de l&apos;organisateur·rice incorrect ou absent : action refusée.</source>
        <translation>Organiser&apos;s PIN wrong or missing: action refused.</translation>
    </message>
    <message>
        <source>Placez d&apos;abord cette personne dans une équipe.</source>
        <translation>Place this person in a team first.</translation>
    </message>
    <message>
        <source>Annulation impossible : cette personne a changé d&apos;équipe depuis.</source>
        <translation>Cannot undo: this person has changed team since.</translation>
    </message>
    <message>
        <source>Cette personne a déjà une équipe.</source>
        <translation>This person already has a team.</translation>
    </message>
    <message>
        <source>Proposition périmée : {name} a changé d&apos;équipe entre-temps.</source>
        <translation>Suggestion out of date: {name} has changed team in the meantime.</translation>
    </message>
    <message>
        <source>Une même personne est choisie deux fois pour le Trail.</source>
        <translation>The same person is chosen twice for the Trail.</translation>
    </message>
    <message>
        <source>Le Trail compte {low} ou {high} bénévoles de l&apos;équipe ({count} choisi·e·s).</source>
        <translation>The Trail has {low} or {high} volunteers from the team ({count} chosen).</translation>
    </message>
    <message>
        <source>{name} ne fait pas partie de cette équipe : le Trail se choisit dans l&apos;équipe de la structure.</source>
        <translation>{name} is not in this team: the Trail is chosen from the partner organisation&apos;s team.</translation>
    </message>
    <message>
        <source>{name} n&apos;est pas enregistré·e comme présent·e aujourd&apos;hui : le Trail se choisit parmi les présents.</source>
        <translation>{name} is not checked in as present today: the Trail is chosen among those present.</translation>
    </message>
    <message>
        <source>début du Trail</source>
        <translation>Trail start</translation>
    </message>
    <message>
        <source>fin du Trail</source>
        <translation>Trail end</translation>
    </message>
    <message>
        <source>Dates du Trail invalides : du {start} au {end}. Le Trail commence après la journée et dure au plus trois mois (décembre à février).</source>
        <translation>Invalid Trail dates: from {start} to {end}. The Trail starts after the day and lasts at most three months (December to February).</translation>
    </message>
    <message>
        <source>Date du premier rendez-vous « {value} » invalide (AAAA-MM-JJ HH:MM).</source>
        <translation>Invalid first meeting date “{value}” (YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>Le premier rendez-vous ({value}) doit tomber entre la journée et la fin du Trail.</source>
        <translation>The first meeting ({value}) must fall between the day and the end of the Trail.</translation>
    </message>
    <message>
        <source>Format de séance « {value} » inconnu : séance collective, rendez-vous, téléphone ou visio.</source>
        <translation>Unknown session format “{value}”: group session, meeting, phone or video.</translation>
    </message>
    <message>
        <source>État « {value} » inconnu : à lancer, en cours, fait ou abandonné.</source>
        <translation>Unknown state “{value}”: to start, under way, done or dropped.</translation>
    </message>
    <message>
        <source>Date « {value} » invalide ({what}) : attendu AAAA-MM-JJ.</source>
        <translation>Invalid date “{value}” ({what}): expected YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Durée « {value} » invalide : en minutes (90) ou en heures (1h30), 12 h au plus.</source>
        <translation>Invalid duration “{value}”: in minutes (90) or hours (1h30), 12 h at most.</translation>
    </message>
    <message>
        <source>Au plus {n} besoins par diagnostic.</source>
        <translation>At most {n} needs per diagnosis.</translation>
    </message>
    <message>
        <source>c&apos;est un fichier : donnez un dossier</source>
        <translation>it is a file: give a folder</translation>
    </message>
    <message>
        <source>ce n&apos;est pas un fichier ordinaire (périphérique, tube) : donnez un fichier</source>
        <translation>not a regular file (a device, a pipe): give a file</translation>
    </message>
    <message>
        <source>c&apos;est l&apos;événement en cours : il n&apos;est jamais remplacé</source>
        <translation>it is the event in use: it is never replaced</translation>
    </message>
    <message>
        <source>c&apos;est un fichier d&apos;événement : il n&apos;est jamais remplacé</source>
        <translation>it is an event file: it is never replaced</translation>
    </message>
    <message>
        <source>c&apos;est un fichier de travail d&apos;un événement : il n&apos;est jamais remplacé</source>
        <translation>it is a working file of an event: it is never replaced</translation>
    </message>
    <message>
        <source>Le code PIN doit compter de {low} à {high} caractères (chiffres ou lettres, sans espace).</source>
        <translation>The PIN must have {low} to {high} characters (digits or letters, no spaces).</translation>
    </message>
    <message>
        <source>« {path} » vient d&apos;une version précédente et doit être mis à jour, ce qui est impossible en lecture seule : copiez-le dans un dossier où l&apos;on peut écrire.</source>
        <translation>“{path}” comes from an earlier version and must be updated, which is impossible read-only: copy it to a folder you can write to.</translation>
    </message>
    <message>
        <source>fichier en lecture seule</source>
        <translation>read-only file</translation>
    </message>
    <message>
        <source>fichier occupé par un autre programme</source>
        <translation>file in use by another program</translation>
    </message>
    <message>
        <source>De 0 à 50 bénévoles fictifs pour les badges d&apos;exercice.</source>
        <translation>From 0 to 50 made-up volunteers for practice badges.</translation>
    </message>
    <message>
        <source>Heure de départ « {value} » invalide : attendu HH:MM (par exemple 08:25).</source>
        <translation>Invalid start time “{value}”: expected HH:MM (for example 08:25).</translation>
    </message>
    <message>
        <source>Vitesse « {value} » invalide : de 1 à 60 fois le temps réel.</source>
        <translation>Invalid speed “{value}”: from 1 to 60 times real time.</translation>
    </message>
    <message>
        <source>« {path} » est l&apos;événement lui-même : choisissez un autre nom pour la copie.</source>
        <translation>“{path}” is the event itself: choose another name for the copy.</translation>
    </message>
    <message>
        <source>« {path} » existe déjà : choisissez un nouveau nom pour la copie d&apos;exercice.</source>
        <translation>“{path}” already exists: choose a new name for the practice copy.</translation>
    </message>
    <message>
        <source>« {path} » est déjà une copie d&apos;exercice : partez de l&apos;événement réel.</source>
        <translation>“{path}” is already a practice copy: start from the real event.</translation>
    </message>
    <message>
        <source>Ce réglage n&apos;existe que dans une copie d&apos;exercice.</source>
        <translation>This setting only exists in a practice copy.</translation>
    </message>
    <message>
        <source>Le rush simulé n&apos;existe que dans une copie d&apos;exercice.</source>
        <translation>The simulated rush only exists in a practice copy.</translation>
    </message>
    <message>
        <source>Option manquante : {option}.</source>
        <translation>Missing option: {option}.</translation>
    </message>
    <message>
        <source>Recommandation n° {value} inconnue (de 1 à {count}).</source>
        <translation>Unknown recommendation no. {value} (1 to {count}).</translation>
    </message>
    <message>
        <source>Mode d&apos;entretien « {value} » inconnu : téléphone ou en personne.</source>
        <translation>Unknown interview mode “{value}”: phone or in person.</translation>
    </message>
    <message>
        <source>Le diagnostic est confidentiel : il ne sort de l&apos;application qu&apos;avec le code PIN de l&apos;organisateur·rice (définissez-le dans Paramètres s&apos;il n&apos;existe pas encore).</source>
        <translation>The diagnosis is confidential: it leaves the app only with the organiser&apos;s PIN (set one in Settings if there is none yet).</translation>
    </message>
    <message>
        <source>date du diagnostic</source>
        <translation>date of the diagnosis</translation>
    </message>
    <message>
        <source>Le diagnostic ({value}) se tient avant la journée du {day}.</source>
        <translation>The diagnosis ({value}) is held before the day of {day}.</translation>
    </message>
    <message>
        <source>Fichier illisible : « {name} ».</source>
        <translation>Unreadable file: “{name}”.</translation>
    </message>
    <message>
        <source>« {name} » dépasse 25 Mo : joignez une version plus légère.</source>
        <translation>“{name}” is over 25 MB: attach a lighter version.</translation>
    </message>
    <message>
        <source>Une recommandation a un intitulé.</source>
        <translation>A recommendation needs a wording.</translation>
    </message>
    <message>
        <source>échéance</source>
        <translation>target date</translation>
    </message>
    <message>
        <source>date de la séance</source>
        <translation>date of the session</translation>
    </message>
    <message>
        <source>La séance du {value} tombe avant la journée du {day}.</source>
        <translation>The session of {value} falls before the day of {day}.</translation>
    </message>
    <message>
        <source>date de la prochaine étape</source>
        <translation>date of the next step</translation>
    </message>
    <message>
        <source>La prochaine étape ({value}) tombe avant la séance ({day}).</source>
        <translation>The next step ({value}) falls before the session ({day}).</translation>
    </message>
    <message>
        <source>Durée de séance invalide : de 1 minute à 12 heures.</source>
        <translation>Invalid session duration: 1 minute to 12 hours.</translation>
    </message>
    <message>
        <source>Ce·tte bénévole ne fait pas partie de l&apos;équipe.</source>
        <translation>This volunteer is not in the team.</translation>
    </message>
    <message>
        <source>date de la note</source>
        <translation>date of the note</translation>
    </message>
    <message>
        <source>Une note de suivi a un texte.</source>
        <translation>A follow-up note needs a text.</translation>
    </message>
    <message>
        <source>date de l&apos;entretien</source>
        <translation>date of the interview</translation>
    </message>
    <message>
        <source>L&apos;entretien à mi-parcours ({value}) se tient après la journée du {day}.</source>
        <translation>The mid-term interview ({value}) is held after the day of {day}.</translation>
    </message>
    <message>
        <source>Une copie d&apos;exercice ne se relie jamais aux autres postes : ses essais arriveraient dans l&apos;événement réel.</source>
        <translation>A practice copy never links to other stations: its trials would reach the real event.</translation>
    </message>
    <message>
        <source>Impossible d&apos;héberger l&apos;événement : {detail}</source>
        <translation>Cannot host the event: {detail}</translation>
    </message>
    <message>
        <source>Code de connexion « {value} » mal tapé : 16 lettres, par exemple BKTF-HJSD-LNOP-RSTU.</source>
        <translation>Join code &quot;{value}&quot; mistyped: 16 letters, for example BKTF-HJSD-LNOP-RSTU.</translation>
    </message>
    <message>
        <source>Adresse « {value} » invalide : attendu HÔTE:PORT, par exemple 192.168.1.12:4222.</source>
        <translation>Invalid address &quot;{value}&quot;: expected HOST:PORT, for example 192.168.1.12:4222.</translation>
    </message>
    <message>
        <source>Ce code de connexion est celui d&apos;un autre événement.</source>
        <translation>This join code belongs to another event.</translation>
    </message>
    <message>
        <source>Un événement en mémoire ne se synchronise pas.</source>
        <translation>An event in memory is not synced.</translation>
    </message>
</context>
<context>
    <name>evaluations</name>
    <message>
        <source>Bénévoles</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <source>Un commentaire ?</source>
        <translation>Any comment?</translation>
    </message>
    <message>
        <source>Votre avis sur la journée</source>
        <translation>Your view of the day</translation>
    </message>
    <message>
        <source>Êtes-vous satisfait·e de la journée ?</source>
        <translation>Are you satisfied with the day?</translation>
    </message>
    <message>
        <source>Vous êtes-vous senti·e utile ?</source>
        <translation>Did you feel useful?</translation>
    </message>
    <message>
        <source>Referiez-vous un Marathon Probono ?</source>
        <translation>Would you do a Marathon Probono again?</translation>
    </message>
    <message>
        <source>L&apos;avis de la structure</source>
        <translation>The organisation&apos;s view</translation>
    </message>
    <message>
        <source>Les objectifs de la journée ont-ils été atteints ?</source>
        <translation>Were the day&apos;s objectives met?</translation>
    </message>
    <message>
        <source>Le livrable vous sera-t-il utile ?</source>
        <translation>Will the deliverable be useful to you?</translation>
    </message>
    <message>
        <source>{share} % oui ({count})</source>
        <translation>{share}% yes ({count})</translation>
    </message>
    <message>
        <source>{n} commentaire(s)</source>
        <translation>{n} comment(s)</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
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
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Présent·e</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Trail</translation>
    </message>
    <message>
        <source>Inscrit·e sur place</source>
        <translation>Registered on site</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation supported</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Référent·e</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Livrable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Soumis</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Validé référent·e</source>
        <translation>Approved by the referent</translation>
    </message>
    <message>
        <source>Validé structure</source>
        <translation>Approved by the organisation</translation>
    </message>
    <message>
        <source>Validé par</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Synthèse</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Prochaines étapes</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Dernier enregistrement</source>
        <translation>Last saved</translation>
    </message>
    <message>
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Disponibilités</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Accepte d&apos;être contacté·e</source>
        <translation>Agrees to be contacted</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Premier rendez-vous</source>
        <translation>First meeting</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Reçue à</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Bénévoles</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Équipes</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Livrables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Évaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>(confidentiel : exporté seulement avec le code PIN de l&apos;organisateur·rice)</source>
        <translation>(confidential: exported only with the organiser&apos;s PIN)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pour Pro Bono Lab</source>
        <translation>For Pro Bono Lab</translation>
    </message>
    <message>
        <source>Pour la structure</source>
        <translation>For the partner organisation</translation>
    </message>
    <message>
        <source>Besoins (par priorité)</source>
        <translation>Needs (by priority)</translation>
    </message>
    <message>
        <source>Document joint</source>
        <translation>Attached document</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Recommandation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Porteur·se</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Durée (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <source>Participant·es</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Date prochaine étape</source>
        <translation>Next step date</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Mené par</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Interlocuteur·rice</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnoses</translation>
    </message>
    <message>
        <source>Séances Trail</source>
        <translation>Trail sessions</translation>
    </message>
    <message>
        <source>Mi-parcours</source>
        <translation>Mid-term</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Note de suivi</source>
        <translation>Follow-up note</translation>
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
        <translation>Email</translation>
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
        <source>Date d&apos;inscription</source>
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
<context>
    <name>import</name>
    <message>
        <source>ni prénom ni nom</source>
        <translation>neither first name nor last name</translation>
    </message>
    <message>
        <source>prénom ou nom manquant, importé tel quel</source>
        <translation>first or last name missing, imported as is</translation>
    </message>
    <message>
        <source>adresse e-mail invalide</source>
        <translation>invalid email address</translation>
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
        <source>une base SQLite (un fichier d&apos;événement ?)</source>
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
        <source>le fichier est trop gros pour un export d&apos;inscriptions</source>
        <translation>the file is too big for a registrations export</translation>
    </message>
    <message>
        <source>une archive ZIP qui n&apos;est pas un classeur XLSX</source>
        <translation>a ZIP archive that is not an XLSX workbook</translation>
    </message>
    <message>
        <source>valeur anormalement longue : gardée telle quelle, raccourcie sur les documents imprimés</source>
        <translation>unusually long value: kept as it is, shortened on printed documents</translation>
    </message>
</context>
<context>
    <name>missions</name>
    <message>
        <source>cadrage</source>
        <translation>scoping</translation>
    </message>
    <message>
        <source>diagnostic partagé</source>
        <translation>shared diagnosis</translation>
    </message>
    <message>
        <source>pistes</source>
        <translation>ideas</translation>
    </message>
    <message>
        <source>choix de l&apos;angle</source>
        <translation>choosing the angle</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>restitution prête</source>
        <translation>presentation ready</translation>
    </message>
    <message>
        <source>livrable remis</source>
        <translation>deliverable handed over</translation>
    </message>
    <message>
        <source>en bonne voie</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>à surveiller</source>
        <translation>to watch</translation>
    </message>
    <message>
        <source>bloquée</source>
        <translation>blocked</translation>
    </message>
</context>
<context>
    <name>pack</name>
    <message>
        <source>Livrable — {name}</source>
        <translation>Deliverable — {name}</translation>
    </message>
    <message>
        <source>table {table}</source>
        <translation>table {table}</translation>
    </message>
    <message>
        <source>référent·e : {name}</source>
        <translation>referent: {name}</translation>
    </message>
    <message>
        <source>Livrable sans titre</source>
        <translation>Untitled deliverable</translation>
    </message>
    <message>
        <source>Validé pour la structure par</source>
        <translation>Approved for the organisation by</translation>
    </message>
    <message>
        <source>Synthèse</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Prochaines étapes</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>L&apos;équipe ({n})</source>
        <translation>The team ({n})</translation>
    </message>
    <message>
        <source>Le Trail</source>
        <translation>The Trail</translation>
    </message>
    <message>
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Disponibilités</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Pas encore de bénévoles choisis pour le Trail.</source>
        <translation>No volunteers chosen for the Trail yet.</translation>
    </message>
    <message>
        <source>Évaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Les fichiers sont dans le dossier « {folder} » du paquet.</source>
        <translation>The files are in the “{folder}” folder of the pack.</translation>
    </message>
    <message>
        <source>Aucune pièce jointe.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <source>Livrable - {name}.pdf</source>
        <translation>Deliverable - {name}.pdf</translation>
    </message>
    <message>
        <source>{date} à {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>ne souhaite pas être contacté·e</source>
        <translation>does not wish to be contacted</translation>
    </message>
    <message>
        <source>Du {start} au {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <source>Premier rendez-vous : </source>
        <translation>First meeting: </translation>
    </message>
</context>
<context>
    <name>person</name>
    <message>
        <source>prénom</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>situation</translation>
    </message>
    <message>
        <source>compétences</source>
        <translation>skills</translation>
    </message>
    <message>
        <source>souhait</source>
        <translation>wish</translation>
    </message>
    <message>
        <source>régime alimentaire</source>
        <translation>diet</translation>
    </message>
    <message>
        <source>consentement</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>inscrit·e le</source>
        <translation>registered on</translation>
    </message>
    <message>
        <source>sur place</source>
        <translation>registered on site</translation>
    </message>
    <message>
        <source>fichier d&apos;import</source>
        <translation>import file</translation>
    </message>
    <message>
        <source>ligne d&apos;import</source>
        <translation>import row</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>organisation supported</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>arrivée</source>
        <translation>arrival</translation>
    </message>
    <message>
        <source>poste</source>
        <translation>station</translation>
    </message>
    <message>
        <source>méthode</source>
        <translation>method</translation>
    </message>
    <message>
        <source>annulée</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>émis</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>révoqué</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>disponibilité</source>
        <translation>availability</translation>
    </message>
    <message>
        <source>accepte d&apos;être contacté·e</source>
        <translation>agrees to be contacted</translation>
    </message>
    <message>
        <source>depuis</source>
        <translation>since</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>time</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>événement</source>
        <translation>event</translation>
    </message>
    <message>
        <source>identifiant</source>
        <translation>identifier</translation>
    </message>
    <message>
        <source>inscription</source>
        <translation>registration</translation>
    </message>
    <message>
        <source>équipe</source>
        <translation>team</translation>
    </message>
    <message>
        <source>arrivées</source>
        <translation>arrivals</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>trail</source>
        <translation>trail</translation>
    </message>
    <message>
        <source>évaluations</source>
        <translation>evaluations</translation>
    </message>
    <message>
        <source>historique</source>
        <translation>history</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>anonymes : les réponses aux questionnaires ne sont liées à personne</source>
        <translation>anonymous: answers to the questionnaires are linked to nobody</translation>
    </message>
    <message>
        <source>séances du Trail</source>
        <translation>Trail sessions</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>durée (min)</source>
        <translation>duration (min)</translation>
    </message>
    <message>
        <source>rubrique</source>
        <translation>section</translation>
    </message>
    <message>
        <source>n°</source>
        <translation>no.</translation>
    </message>
    <message>
        <source>champ</source>
        <translation>field</translation>
    </message>
    <message>
        <source>valeur</source>
        <translation>value</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>EXERCICE</source>
        <translation>PRACTICE</translation>
    </message>
    <message>
        <source>Stagiaire</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Exercice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Arrivée Surprise</source>
        <translation>Surprise Arrival</translation>
    </message>
    <message>
        <source>Répétition : copie d&apos;exercice</source>
        <translation>Rehearsal: practice copy</translation>
    </message>
    <message>
        <source>Événement probono_desk (*.probono)</source>
        <translation>probono_desk event (*.probono)</translation>
    </message>
    <message>
        <source>Copie d&apos;exercice</source>
        <translation>Practice copy</translation>
    </message>
    <message>
        <source>C&apos;est le jour J : ouvrir l&apos;événement réel ?</source>
        <translation>It&apos;s the big day: open the real event?</translation>
    </message>
    <message>
        <source>Ce fichier est une copie d&apos;exercice ({mark}). Réel : {path}</source>
        <translation>This file is a practice copy ({mark}). Real one: {path}</translation>
    </message>
    <message>
        <source>Ce fichier est une copie d&apos;exercice ({mark}) ; l&apos;événement réel est introuvable ici.</source>
        <translation>This file is a practice copy ({mark}); the real event cannot be found here.</translation>
    </message>
</context>
<context>
    <name>prints</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>un badge par bénévole, avec son QR</source>
        <translation>one badge per volunteer, with their QR code</translation>
    </message>
    <message>
        <source>Fiches équipes</source>
        <translation>Team sheets</translation>
    </message>
    <message>
        <source>une page par structure pour son / sa référent·e</source>
        <translation>one page per partner organisation for its referent</translation>
    </message>
    <message>
        <source>Feuilles d&apos;émargement</source>
        <translation>Sign-in sheets</translation>
    </message>
    <message>
        <source>par équipe, matin et après-midi (mécénat de compétences)</source>
        <translation>per team, morning and afternoon (skills-based sponsorship)</translation>
    </message>
    <message>
        <source>Attestations de participation</source>
        <translation>Certificates of participation</translation>
    </message>
    <message>
        <source>une par bénévole présent·e, et le récapitulatif par entreprise</source>
        <translation>one per volunteer present, and the summary per company</translation>
    </message>
    <message>
        <source>Chevalets de table</source>
        <translation>Table signs</translation>
    </message>
    <message>
        <source>A4 paysage, lisibles à 10 m</source>
        <translation>A4 landscape, readable from 10 m</translation>
    </message>
    <message>
        <source>Déroulé</source>
        <translation>Running order</translation>
    </message>
    <message>
        <source>le programme de la journée</source>
        <translation>the day&apos;s programme</translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>présence, livrables, Trail, évaluations</source>
        <translation>attendance, deliverables, Trail, evaluations</translation>
    </message>
    <message>
        <source>Bilan du programme</source>
        <translation>Programme report</translation>
    </message>
    <message>
        <source>après le Trail : parcours, heures de mécénat de compétences, impact</source>
        <translation>after the Trail: paths, skills-sponsorship hours, impact</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Supprimer une personne</source>
        <translation>Delete a person</translation>
    </message>
    <message>
        <source>Supprimer {name} de l&apos;événement, avec ses arrivées, son code, son équipe et son Trail ?

C&apos;est définitif (les sauvegardes gardent l&apos;état d&apos;avant).</source>
        <translation>Delete {name} from the event, with their arrivals, code, team and Trail?

This cannot be undone (the backups keep the earlier state).</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Supprimer une personne : code PIN de l&apos;organisateur·rice.</source>
        <translation>Delete a person: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <source>Données d&apos;une personne</source>
        <translation>A person&apos;s data</translation>
    </message>
    <message>
        <source>Données écrites : {path}</source>
        <translation>Data written: {path}</translation>
    </message>
    <message>
        <source>Exporter les données d&apos;une personne : code PIN de l&apos;organisateur·rice.</source>
        <translation>Export a person&apos;s data: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <source>Anonymiser un poste relié aux autres</source>
        <translation>Anonymise a station linked to the others</translation>
    </message>
    <message>
        <source>Ce poste est relié aux autres postes de l&apos;événement. Pour anonymiser, il s&apos;en déconnecte d&apos;abord et ne s&apos;y reliera plus.

Les autres postes devront anonymiser aussi : les modifications déjà envoyées portent les anciennes valeurs (noms, e-mails, téléphones).</source>
        <translation>This station is linked to the event&apos;s other stations. To anonymise, it first disconnects from them and will not link again.

The other stations must anonymise too: the changes already sent carry the old values (names, e-mails, phones).</translation>
    </message>
    <message>
        <source>Se déconnecter et continuer</source>
        <translation>Disconnect and continue</translation>
    </message>
    <message>
        <source>Anonymisation faite</source>
        <translation>Anonymisation done</translation>
    </message>
    <message>
        <source>Anonymiser après l&apos;événement</source>
        <translation>Anonymise after the event</translation>
    </message>
    <message>
        <source>Anonymiser</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Anonymiser : code PIN de l&apos;organisateur·rice.</source>
        <translation>Anonymise: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <source>Code PIN de l&apos;organisateur·rice</source>
        <translation>Organiser&apos;s PIN</translation>
    </message>
    <message>
        <source>6 caractères au moins</source>
        <translation>at least 6 characters</translation>
    </message>
    <message>
        <source>PIN défini. Il est demandé pour ce qui sort des codes ou des données personnelles (badges, fiches équipes, émargement, attestations, bilan, codes, exports, données d&apos;une personne, dossier livrable), pour modifier par import des personnes déjà inscrites, supprimer une personne, anonymiser, modifier le programme une fois la journée commencée, et quitter le kiosque ou la projection.</source>
        <translation>PIN set. It is asked for whatever outputs codes or personal data (badges, team sheets, sign-in sheets, certificates, report, codes, exports, a person&apos;s data, the partner organisation pack), to change people already registered through an import, to delete a person, to anonymise, to change the programme once the day has started, and to leave the kiosk or the projection.</translation>
    </message>
    <message>
        <source>PIN actuel</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <source>{count} personne(s) anonymisée(s), {kept} gardée(s) pour le Trail. Les {removed} copie(s) précédentes de l&apos;événement, qui contenaient les noms, ont été supprimées.</source>
        <translation>{count} person(s) anonymised, {kept} kept for the Trail. The {removed} earlier cop(ies) of the event, which held the names, have been deleted.</translation>
    </message>
    <message>
        <source>Anonymiser {count} personne(s) qui ne sont pas dans un Trail ({kept} gardée(s)) ?

Noms → « Bénévole anonyme N » ; e-mail, téléphone, organisation, régime et souhaits effacés ; codes révoqués ; leurs noms, e-mails et téléphones sont remplacés dans les notes, les livrables et les commentaires. La situation et l&apos;équipe restent : les chiffres du bilan ne changent pas. Les sauvegardes et les copies mises de côté par une restauration (qui contiennent les noms) sont supprimées. Fermez d&apos;abord les autres fenêtres et postes sur cet événement. C&apos;est définitif.</source>
        <translation>Anonymise {count} person(s) who are not in a Trail ({kept} kept)?

Names → “Bénévole anonyme N”; email, phone, organisation, diet and preferences erased; codes revoked; their names, emails and phones replaced in the notes, deliverables and comments. Situation and team stay: the report&apos;s figures do not change. The backups and the copies set aside by a restore (which hold the names) are deleted. First close the other windows and stations on this event. This cannot be undone.</translation>
    </message>
    <message>
        <source>Nouveau PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Changer le PIN</source>
        <translation>Change the PIN</translation>
    </message>
    <message>
        <source>Définir le PIN</source>
        <translation>Set the PIN</translation>
    </message>
    <message>
        <source>Aucun PIN : tout le monde peut supprimer des personnes, exporter leurs données et quitter le kiosque ou la projection. Définissez-en un avant le jour J.</source>
        <translation>No PIN: anyone can delete people, export their data and leave the kiosk or the projection. Set one before the big day.</translation>
    </message>
    <message>
        <source>Ce PIN compte moins de 6 caractères : il reste valable, mais changez-le.</source>
        <translation>This PIN has fewer than 6 characters: it still works, but change it.</translation>
    </message>
    <message>
        <source>Le PIN protège les actions de l&apos;application, pas le fichier : il n&apos;est pas chiffré, gardez ordinateurs et clés USB en lieu sûr.</source>
        <translation>The PIN protects the app&apos;s actions, not the file: it is not encrypted, keep laptops and USB keys safe.</translation>
    </message>
    <message>
        <source>PIN enregistré.</source>
        <translation>PIN saved.</translation>
    </message>
    <message>
        <source>Ce fichier a échangé des modifications avec d&apos;autres postes : anonymisez aussi chacun d&apos;eux (ce qu&apos;ils ont reçu porte les anciennes valeurs).</source>
        <translation>This file has exchanged changes with other stations: anonymise each of them too (what they received carries the old values).</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Sans équipe</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>inscrit·es</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>présent·es</source>
        <translation>attended</translation>
    </message>
    <message>
        <source>venu·es sans inscription</source>
        <translation>came without registering</translation>
    </message>
    <message>
        <source>absent·es (inscrit·es)</source>
        <translation>absent (registered)</translation>
    </message>
    <message>
        <source>équipe au complet</source>
        <translation>whole team</translation>
    </message>
    <message>
        <source>Présent·es par situation</source>
        <translation>Attendance by situation</translation>
    </message>
    <message>
        <source>{n} bénévole</source>
        <translation>{n} volunteer</translation>
    </message>
    <message>
        <source>{n} bénévoles</source>
        <translation>{n} volunteers</translation>
    </message>
    <message>
        <source>{n} présent·e</source>
        <translation>{n} attended</translation>
    </message>
    <message>
        <source>{n} présent·es</source>
        <translation>{n} attended</translation>
    </message>
    <message>
        <source>référent·e : {name}</source>
        <translation>referent: {name}</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Livrable attendu</source>
        <translation>Expected deliverable</translation>
    </message>
    <message>
        <source>Livrable remis</source>
        <translation>Deliverable handed over</translation>
    </message>
    <message>
        <source>pas encore renseigné</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Trail</translation>
    </message>
    <message>
        <source>pas encore désigné</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Évaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Aucune évaluation enregistrée.</source>
        <translation>No evaluations recorded.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Moyenne</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Bilan — {name}</source>
        <translation>Report — {name}</translation>
    </message>
    <message>
        <source>{name} · bilan</source>
        <translation>{name} · report</translation>
    </message>
    <message>
        <source>Taux de présence des inscrit·es : &lt;b&gt;{rate} %&lt;/b&gt; · {n} structure accompagnée.</source>
        <translation>Attendance of the registered: &lt;b&gt;{rate}%&lt;/b&gt; · {n} organisation supported.</translation>
    </message>
    <message>
        <source>Taux de présence des inscrit·es : &lt;b&gt;{rate} %&lt;/b&gt; · {n} structures accompagnées.</source>
        <translation>Attendance of the registered: &lt;b&gt;{rate}%&lt;/b&gt; · {n} organisations supported.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Présent·es</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Sans inscription</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>Absent·es</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>sans</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Présence par équipe</source>
        <translation>Attendance by team</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Bénévoles</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Part des présent·es</source>
        <translation>Share of attendees</translation>
    </message>
    <message>
        <source>Présence par situation</source>
        <translation>Attendance by situation</translation>
    </message>
    <message>
        <source>Les structures : livrables et Trail</source>
        <translation>The organisations: deliverables and Trail</translation>
    </message>
</context>
<context>
    <name>rundown</name>
    <message>
        <source>Déroulé — {title}</source>
        <translation>Running order — {title}</translation>
    </message>
    <message>
        <source>{title} — déroulé</source>
        <translation>{title} — running order</translation>
    </message>
    <message>
        <source>Déroulé de la journée</source>
        <translation>Running order of the day</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Ordre de passage des restitutions</source>
        <translation>Order of the team presentations</translation>
    </message>
    <message>
        <source>Chaque équipe : {talk} de présentation + {questions} de questions, à partir de {start}.</source>
        <translation>Each team: {talk} of presentation + {questions} of questions, from {start}.</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>save</name>
    <message>
        <source>Enregistrement refusé</source>
        <translation>Saving refused</translation>
    </message>
    <message>
        <source>Remplacer le fichier ?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>« {names} » existe déjà. Le remplacer ? L&apos;ancien contenu sera perdu.</source>
        <translation>“{names}” already exists. Replace it? Its current content will be lost.</translation>
    </message>
    <message>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>Plénière</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Travail en équipe</source>
        <translation>Team work</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Restitutions</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <source>Accueil et check-in</source>
        <translation>Welcome and check-in</translation>
    </message>
    <message>
        <source>Bienvenue ! Passez au check-in puis rejoignez la table de votre équipe.</source>
        <translation>Welcome! Check in, then join your team&apos;s table.</translation>
    </message>
    <message>
        <source>Plénière : lancement et pitchs des structures</source>
        <translation>Plenary: opening and the partner organisations&apos; pitches</translation>
    </message>
    <message>
        <source>Cadrage en équipes</source>
        <translation>Scoping in teams</translation>
    </message>
    <message>
        <source>Découverte avec la structure</source>
        <translation>Getting to know the partner organisation</translation>
    </message>
    <message>
        <source>Café au fond de la salle.</source>
        <translation>Coffee at the back of the room.</translation>
    </message>
    <message>
        <source>Choix de l&apos;angle</source>
        <translation>Choosing the angle</translation>
    </message>
    <message>
        <source>Déjeuner</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Bon appétit ! Pensez à signer la feuille d&apos;émargement.</source>
        <translation>Enjoy your lunch! Remember to sign the sign-in sheet.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Finalisation et répétition</source>
        <translation>Finishing and rehearsal</translation>
    </message>
    <message>
        <source>5 minutes de présentation, 2 minutes de questions.</source>
        <translation>5 minutes of presentation, 2 minutes of questions.</translation>
    </message>
    <message>
        <source>Évaluations et Trail</source>
        <translation>Evaluations and Trail</translation>
    </message>
    <message>
        <source>Clôture</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Structure accompagnée</source>
        <translation>Organisation supported</translation>
    </message>
    <message>
        <source>Demi-journée</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <source>Référent·e</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nom et prénom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement — {half}</source>
        <translation>Attendance sheet — {half}</translation>
    </message>
    <message>
        <source>Chaque bénévole signe en personne. Cette feuille atteste du temps passé au titre du mécénat de compétences ; elle est conservée par l&apos;organisateur et peut être communiquée à l&apos;employeur.</source>
        <translation>Each volunteer signs in person. This sheet records the time given as skills-based volunteering; the organiser keeps it and may share it with the employer.</translation>
    </message>
    <message>
        <source>Visa du / de la référent·e</source>
        <translation>Referent&apos;s approval</translation>
    </message>
    <message>
        <source>Je certifie l&apos;exactitude des présences ci-dessus. Signature :</source>
        <translation>I certify that the attendance above is accurate. Signature:</translation>
    </message>
    <message>
        <source>Feuilles d&apos;émargement — {name}</source>
        <translation>Attendance sheets — {name}</translation>
    </message>
    <message>
        <source>{name} · émargement</source>
        <translation>{name} · attendance</translation>
    </message>
</context>
<context>
    <name>situation</name>
    <message>
        <source>salarié·e</source>
        <translation>employee</translation>
    </message>
    <message>
        <source>demandeur·se d&apos;emploi</source>
        <translation>job seeker</translation>
    </message>
    <message>
        <source>dirigeant·e TPE/PME</source>
        <translation>small-business owner</translation>
    </message>
    <message>
        <source>étudiant·e</source>
        <translation>student</translation>
    </message>
    <message>
        <source>retraité·e</source>
        <translation>retiree</translation>
    </message>
    <message>
        <source>indépendant·e</source>
        <translation>self-employed</translation>
    </message>
    <message>
        <source>autre</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>stations</name>
    <message>
        <source>une personne</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>sans équipe</source>
        <translation>no team</translation>
    </message>
    <message>
        <source>{person} a été déplacé·e par deux postes en même temps : {kept} l&apos;emporte (pas {other}).</source>
        <translation>{person} was moved by two laptops at once: {kept} stands (not {other}).</translation>
    </message>
    <message>
        <source>{person} a aussi été enregistré·e à {station} à {time} : la première arrivée compte.</source>
        <translation>{person} was also checked in at {station} at {time}: the first arrival counts.</translation>
    </message>
    <message>
        <source>Valeur en double réglée de la même façon sur tous les postes : {value}.</source>
        <translation>Duplicate value settled the same way on every laptop: {value}.</translation>
    </message>
</context>
<context>
    <name>table_signs</name>
    <message>
        <source>Table {table}</source>
        <translation>Table {table}</translation>
    </message>
    <message>
        <source>Chevalets de table — {name}</source>
        <translation>Table signs — {name}</translation>
    </message>
</context>
<context>
    <name>team_sheets</name>
    <message>
        <source>La mission</source>
        <translation>The mission</translation>
    </message>
    <message>
        <source>Thématique</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Problématique</source>
        <translation>Problem statement</translation>
    </message>
    <message>
        <source>Livrable attendu</source>
        <translation>Expected deliverable</translation>
    </message>
    <message>
        <source>Référent·e Pro Bono Lab</source>
        <translation>Pro Bono Lab referent</translation>
    </message>
    <message>
        <source>Représentant·es de la structure</source>
        <translation>The organisation&apos;s representatives</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Programme de la journée</source>
        <translation>Programme of the day</translation>
    </message>
    <message>
        <source>Le programme est affiché au chrono de la salle.</source>
        <translation>The programme is shown on the room&apos;s clock.</translation>
    </message>
    <message>
        <source>absent·e</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Présent·e</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
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
        <source>(sur place)</source>
        <translation>(on site)</translation>
    </message>
    <message>
        <source>Aucun·e bénévole dans cette équipe pour l&apos;instant.</source>
        <translation>No volunteer in this team yet.</translation>
    </message>
    <message>
        <source>L&apos;équipe — {count} bénévole</source>
        <translation>The team — {count} volunteer</translation>
    </message>
    <message>
        <source>L&apos;équipe — {count} bénévoles</source>
        <translation>The team — {count} volunteers</translation>
    </message>
    <message>
        <source>, {here} présent·e</source>
        <translation>, {here} present</translation>
    </message>
    <message>
        <source>, {here} présent·es</source>
        <translation>, {here} present</translation>
    </message>
    <message>
        <source>Candidat·es au Trail</source>
        <translation>Trail candidates</translation>
    </message>
    <message>
        <source>2 ou 3 bénévoles qui poursuivent la mission 1 à 2 mois</source>
        <translation>2 or 3 volunteers who carry the mission on for 1 to 2 months</translation>
    </message>
    <message>
        <source>Fiches équipes — {name}</source>
        <translation>Team sheets — {name}</translation>
    </message>
    <message>
        <source>{name} · fiches équipes</source>
        <translation>{name} · team sheets</translation>
    </message>
    <message>
        <source>du {date}</source>
        <translation>of {date}</translation>
    </message>
    <message>
        <source>document joint</source>
        <translation>document attached</translation>
    </message>
    <message>
        <source>réalisé</source>
        <translation>held</translation>
    </message>
</context>
<context>
    <name>teams</name>
    <message>
        <source>salarié·es</source>
        <translation>employees</translation>
    </message>
    <message>
        <source>demandeur·ses d&apos;emploi</source>
        <translation>job seekers</translation>
    </message>
    <message>
        <source>dirigeant·es</source>
        <translation>business owners</translation>
    </message>
    <message>
        <source>étudiant·es</source>
        <translation>students</translation>
    </message>
    <message>
        <source>retraité·es</source>
        <translation>retirees</translation>
    </message>
    <message>
        <source>indépendant·es</source>
        <translation>self-employed</translation>
    </message>
    <message>
        <source>autres</source>
        <translation>others</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Épinglages</source>
        <translation>Pins</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Personne isolée</source>
        <translation>Person on their own</translation>
    </message>
    <message>
        <source>Mixité des profils</source>
        <translation>Mix of profiles</translation>
    </message>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>{lo} à {hi}</source>
        <translation>{lo} to {hi}</translation>
    </message>
    <message>
        <source>{n} membres (attendu : {expected}).</source>
        <translation>{n} members (expected: {expected}).</translation>
    </message>
    <message>
        <source>{n} membres pour {expected} attendus.</source>
        <translation>{n} members for {expected} expected.</translation>
    </message>
    <message>
        <source>{n} épinglé·e(s) ailleurs : {names}.</source>
        <translation>{n} pinned elsewhere: {names}.</translation>
    </message>
    <message>
        <source>{n} épinglé·e(s), à leur place.</source>
        <translation>{n} pinned, in their place.</translation>
    </message>
    <message>
        <source>Aucun épinglage.</source>
        <translation>No pins.</translation>
    </message>
    <message>
        <source>{count} de {org}</source>
        <translation>{count} from {org}</translation>
    </message>
    <message>
        <source>Plus de 2 d&apos;une même organisation : {names}.</source>
        <translation>More than 2 from the same organisation: {names}.</translation>
    </message>
    <message>
        <source>Au plus 2 personnes par organisation.</source>
        <translation>At most 2 people per organisation.</translation>
    </message>
    <message>
        <source>Le diagnostic ne demande pas de compétence particulière.</source>
        <translation>The diagnosis asks for no particular skill.</translation>
    </message>
    <message>
        <source>{n} personnes avec une compétence recherchée ({detail}).</source>
        <translation>{n} people with a skill needed ({detail}).</translation>
    </message>
    <message>
        <source>Seulement {n} personne(s) dans tout le vivier avec {skills}.</source>
        <translation>Only {n} person(s) in the whole pool with {skills}.</translation>
    </message>
    <message>
        <source>{n} personne(s) avec une compétence recherchée ({skills}) : il en faut 2.</source>
        <translation>{n} person(s) with a skill needed ({skills}): 2 are needed.</translation>
    </message>
    <message>
        <source>Seul·e de sa situation : {who}.</source>
        <translation>Only one of their situation: {who}.</translation>
    </message>
    <message>
        <source>Aucun·e étudiant·e ni retraité·e seul·e.</source>
        <translation>No student or retiree on their own.</translation>
    </message>
    <message>
        <source>{n} {who} pour {ideal:.0f} attendu·es</source>
        <translation>{n} {who} for {ideal:.0f} expected</translation>
    </message>
    <message>
        <source>Aucune situation connue</source>
        <translation>No situation known</translation>
    </message>
    <message>
        <source>{here} membre(s) à leur premier choix ; demandée aussi par {away} personne(s) placée(s) ailleurs.</source>
        <translation>{here} member(s) at their first choice; also asked for by {away} person(s) placed elsewhere.</translation>
    </message>
    <message>
        <source>{here} membre(s) à leur premier choix.</source>
        <translation>{here} member(s) at their first choice.</translation>
    </message>
    <message>
        <source>Épinglé·e à cette équipe.</source>
        <translation>Pinned to this team.</translation>
    </message>
    <message>
        <source>Sans préférence.</source>
        <translation>No preference.</translation>
    </message>
    <message>
        <source>Son premier choix.</source>
        <translation>Their first choice.</translation>
    </message>
    <message>
        <source>Son choix n°{rank} ; « {first} » : {reason}.</source>
        <translation>Their choice no. {rank}; “{first}”: {reason}.</translation>
    </message>
    <message>
        <source>A demandé « {first} » : {reason}.</source>
        <translation>Asked for “{first}”: {reason}.</translation>
    </message>
    <message>
        <source>Apporte {skills}, recherché par le diagnostic.</source>
        <translation>Brings {skills}, needed by the diagnosis.</translation>
    </message>
    <message>
        <source>Avec d&apos;autres {who}.</source>
        <translation>With other {who}.</translation>
    </message>
    <message>
        <source>Équilibre les profils de l&apos;équipe.</source>
        <translation>Balances the team&apos;s profiles.</translation>
    </message>
    <message>
        <source>déjà {n} personnes de {org}</source>
        <translation>already {n} people from {org}</translation>
    </message>
    <message>
        <source>sa compétence « {skill} » est nécessaire ici</source>
        <translation>their skill “{skill}” is needed here</translation>
    </message>
    <message>
        <source>évite qu&apos;un·e {who} reste seul·e ici</source>
        <translation>keeps a {who} from being on their own here</translation>
    </message>
    <message>
        <source>équipe complète</source>
        <translation>team full</translation>
    </message>
    <message>
        <source>pour équilibrer compétences et profils</source>
        <translation>to balance skills and profiles</translation>
    </message>
    <message>
        <source>apporte {skills}, dont l&apos;équipe a besoin</source>
        <translation>brings {skills}, which the team needs</translation>
    </message>
    <message>
        <source>{n} présent·es sur {size} prévu·es</source>
        <translation>{n} present out of {size} expected</translation>
    </message>
    <message>
        <source>{n} membres</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <source>Placé·e à la main.</source>
        <translation>Placed by hand.</translation>
    </message>
    <message>
        <source>{rule} : {why}</source>
        <translation>{rule}: {why}</translation>
    </message>
    <message>
        <source>Sans équipe : {names}</source>
        <translation>Without a team: {names}</translation>
    </message>
    <message>
        <source>Sans équipe : rejoint {team}.</source>
        <translation>Without a team: joins {team}.</translation>
    </message>
    <message>
        <source>Apporte {skills} à {team}.</source>
        <translation>Brings {skills} to {team}.</translation>
    </message>
    <message>
        <source>{src} : {n_src} présent·es ; {dest} : {n_dest}.</source>
        <translation>{src}: {n_src} present; {dest}: {n_dest}.</translation>
    </message>
    <message>
        <source>Évite qu&apos;un·e {who} reste seul·e.</source>
        <translation>Keeps a {who} from being on their own.</translation>
    </message>
</context>
<context>
    <name>trail</name>
    <message>
        <source>Confidentiel — usage réservé à la mission</source>
        <translation>Confidential — for the mission&apos;s use only</translation>
    </message>
    <message>
        <source>Séance collective</source>
        <translation>Group session</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Visio</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>À lancer</source>
        <translation>To start</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Abandonné</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Évaluation à mi-parcours</source>
        <translation>Mid-term evaluation</translation>
    </message>
    <message>
        <source>Par téléphone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>En personne</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Impact de la mission sur la structure</source>
        <translation>Impact of the mission on the organisation</translation>
    </message>
    <message>
        <source>Les recommandations sont-elles mises en œuvre ?</source>
        <translation>Are the recommendations being put in place?</translation>
    </message>
    <message>
        <source>Cet impact, en quelques mots</source>
        <translation>That impact, in a few words</translation>
    </message>
    <message>
        <source>Qu&apos;est-ce qui a changé depuis la journée ?</source>
        <translation>What has changed since the day?</translation>
    </message>
    <message>
        <source>Qu&apos;ont apporté les bénévoles ?</source>
        <translation>What did the volunteers bring?</translation>
    </message>
    <message>
        <source>Recommanderiez-vous le Marathon à une autre structure ?</source>
        <translation>Would you recommend the Marathon to another organisation?</translation>
    </message>
</context>
</TS>
