<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="78"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="78"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="78"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="106"/>
        <source>Pièces jointes (max. {limit} par fichier)</source>
        <translation>Attachments (max. {limit} per file)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="116"/>
        <location filename="../../probono_desk/ui/attachments.py" line="180"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="118"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="120"/>
        <source>Retirer…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="143"/>
        <source>Joindre des fichiers au livrable</source>
        <translation>Attach files to the deliverable</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="144"/>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="156"/>
        <source>Ajout en cours…</source>
        <translation>Adding…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="208"/>
        <source>Retirer une pièce jointe</source>
        <translation>Remove an attachment</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="210"/>
        <source>Retirer « {name} » ({size}) du livrable ? Le fichier sera supprimé de l&apos;événement.</source>
        <translation>Remove “{name}” ({size}) from the deliverable? The file will be deleted from the event.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="214"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/attachments.py" line="215"/>
        <source>Garder</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../probono_desk/ui/desk_camera.py" line="140"/>
        <location filename="../../probono_desk/ui/desk_camera.py" line="227"/>
        <source>Démarrer la caméra</source>
        <translation>Start the camera</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_camera.py" line="179"/>
        <source>Montrez le badge à la caméra.</source>
        <translation>Show the badge to the camera.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_camera.py" line="180"/>
        <source>Caméra arrêtée</source>
        <translation>Camera stopped</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_camera.py" line="182"/>
        <source>Aucune caméra détectée : utilisez la douchette ou la recherche par nom.</source>
        <translation>No camera found: use the barcode scanner or search by name.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_camera.py" line="183"/>
        <source>Pas de caméra</source>
        <translation>No camera</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_camera.py" line="205"/>
        <source>Arrêter la caméra</source>
        <translation>Stop the camera</translation>
    </message>
</context>
<context>
    <name>ChronoScreen</name>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="55"/>
        <location filename="../../probono_desk/ui/screens.py" line="77"/>
        <source>Chrono</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="74"/>
        <source>Démarrer la journée</source>
        <translation>Start the day</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="79"/>
        <location filename="../../probono_desk/ui/chrono.py" line="585"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="81"/>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="82"/>
        <source>Équipe suivante</source>
        <translation>Next team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="84"/>
        <source>Journée</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="96"/>
        <source>Décaler</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="100"/>
        <source>Temps de la phase en cours et de la suite</source>
        <translation>Time of the current phase and what follows</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="108"/>
        <source>Décaler à partir de</source>
        <translation>Shift from</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="116"/>
        <source>Message pour la salle</source>
        <translation>Message for the room</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="118"/>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="119"/>
        <source>Clignoter</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="120"/>
        <source>Écran noir</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="121"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="123"/>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="124"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="132"/>
        <source>Ouvrir l&apos;écran projecteur…</source>
        <translation>Open the projector screen…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="133"/>
        <source>Carillon</source>
        <translation>Chime</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="134"/>
        <source>Grands chiffres</source>
        <translation>Large digits</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="135"/>
        <source>Secondes</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="143"/>
        <source>Projecteur</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="146"/>
        <location filename="../../probono_desk/ui/chrono.py" line="157"/>
        <source>Répétition</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="147"/>
        <source>Le plan tourne à l&apos;heure choisie, sans toucher au chrono du jour.</source>
        <translation>The plan runs from the chosen time, without touching the day&apos;s clock.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="153"/>
        <source>Lancer</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="193"/>
        <source>Ajouter une phase après</source>
        <translation>Add a phase after</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="194"/>
        <location filename="../../probono_desk/ui/chrono.py" line="425"/>
        <source>Supprimer la phase</source>
        <translation>Delete the phase</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="195"/>
        <location filename="../../probono_desk/ui/chrono.py" line="439"/>
        <source>Charger le modèle Marathon</source>
        <translation>Load the Marathon template</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="213"/>
        <source> min de présentation</source>
        <translation> min of presentation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="216"/>
        <source> min de questions</source>
        <translation> min of questions</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="219"/>
        <source>Ordre de passage des restitutions</source>
        <translation>Order of the team presentations</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="370"/>
        <source>La journée a commencé : modifier le programme demande le code PIN de l&apos;organisateur·rice.</source>
        <translation>The day has started: changing the programme needs the organiser&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="400"/>
        <source>Refusé : {why}</source>
        <translation>Refused: {why}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="414"/>
        <source>Nouvelle phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="426"/>
        <source>Supprimer « {title} » du programme ? La phase précédente prend son temps.</source>
        <translation>Remove “{title}” from the programme? The previous phase takes its time.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="427"/>
        <source>Supprimer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="440"/>
        <source>Remplacer tout le programme par le modèle Marathon (8h30–17h30) ? Les phases actuelles seront perdues.</source>
        <translation>Replace the whole programme with the Marathon template (8:30–17:30)? The current phases will be lost.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="442"/>
        <source>Remplacer le programme</source>
        <translation>Replace the programme</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="508"/>
        <source>Programme valide : {count} phases, de {start} à {end}.</source>
        <translation>Valid programme: {count} phases, from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="514"/>
        <source>Aucune phase : chargez le modèle Marathon.</source>
        <translation>No phases: load the Marathon template.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="519"/>
        <source>la phase suivante</source>
        <translation>the next phase</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="555"/>
        <source>RÉPÉTITION</source>
        <translation>REHEARSAL</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="558"/>
        <source>{title} — reste {left}</source>
        <translation>{title} — {left} left</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="561"/>
        <source>Aucun programme : chargez le modèle Marathon ou ajoutez une phase</source>
        <translation>No programme: load the Marathon template or add a phase</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="563"/>
        <source>Avant la journée — début à {time}</source>
        <translation>Before the day — starts at {time}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="565"/>
        <source>Journée terminée</source>
        <translation>Day over</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="567"/>
        <source>EN PAUSE</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="571"/>
        <source>Journée démarrée</source>
        <translation>Day started</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="571"/>
        <source>Journée non démarrée</source>
        <translation>Day not started</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="575"/>
        <source>fin prévue décalée de {sign}{minutes} min</source>
        <translation>planned end moved by {sign}{minutes} min</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="578"/>
        <source>pauses : {minutes} min</source>
        <translation>paused: {minutes} min</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="580"/>
        <source>passage : {team}</source>
        <translation>presenting: {team}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono.py" line="585"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>DeliverableForm</name>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="62"/>
        <source>Titre du livrable</source>
        <translation>Title of the deliverable</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="66"/>
        <source>Ce que l&apos;équipe a produit, en quelques phrases.</source>
        <translation>What the team produced, in a few sentences.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="67"/>
        <source>Les recommandations à la structure.</source>
        <translation>The recommendations to the partner organisation.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="68"/>
        <source>Qui fait quoi, et quand, après la journée.</source>
        <translation>Who does what, and when, after the day.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="73"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="74"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="75"/>
        <source>Synthèse</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="76"/>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="77"/>
        <source>Prochaines étapes</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="83"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="98"/>
        <source>Représentant·e de la structure</source>
        <translation>Partner organisation representative</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="101"/>
        <source>Repasser en brouillon</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="113"/>
        <source>Restaurer cette version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="116"/>
        <source>Versions précédentes</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="195"/>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="278"/>
        <source>Enregistré à {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="245"/>
        <source>Modifications en cours…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="268"/>
        <source>Non enregistré — nouvelle tentative…</source>
        <translation>Not saved — trying again…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="303"/>
        <source>Soumettre le livrable</source>
        <translation>Submit the deliverable</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="304"/>
        <source>Valider (référent·e)</source>
        <translation>Approve (referent)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="305"/>
        <source>Valider pour la structure</source>
        <translation>Approve for the partner organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="307"/>
        <source>Validé par la structure</source>
        <translation>Approved by the partner organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="343"/>
        <source>v{n} · {time} · {reason} · {chars} car.</source>
        <translation>v{n} · {time} · {reason} · {chars} chars</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverable_form.py" line="367"/>
        <source>Version restaurée à {time}</source>
        <translation>Version restored at {time}</translation>
    </message>
</context>
<context>
    <name>DeliverablesScreen</name>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="47"/>
        <location filename="../../probono_desk/ui/screens.py" line="79"/>
        <source>Livrables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="63"/>
        <source>Livrable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="64"/>
        <source>Trail</source>
        <translation>Trail</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="65"/>
        <source>Évaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="67"/>
        <source>Exporter tout (Excel)…</source>
        <translation>Export everything (Excel)…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="69"/>
        <source>Bénévoles (CSV)…</source>
        <translation>Volunteers (CSV)…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="71"/>
        <source>Dossier de la structure (zip)…</source>
        <translation>Partner organisation pack (zip)…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="148"/>
        <source>Exporter les données personnelles des bénévoles : code PIN de l&apos;organisateur·rice.</source>
        <translation>Export the volunteers&apos; personal data: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="153"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="160"/>
        <source>Exporter le dossier de la structure : code PIN de l&apos;organisateur·rice.</source>
        <translation>Export the partner organisation pack: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="169"/>
        <source>Dossier de la structure</source>
        <translation>Partner organisation pack</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="177"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="180"/>
        <source>Préparation du dossier…</source>
        <translation>Preparing the pack…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/deliverables.py" line="191"/>
        <source>Écrit : {path}</source>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="56"/>
        <location filename="../../probono_desk/ui/screens.py" line="75"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="63"/>
        <source>Scannez un badge ou tapez un nom…</source>
        <translation>Scan a badge or type a name…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="86"/>
        <location filename="../../probono_desk/ui/desk.py" line="212"/>
        <source>Annuler la dernière arrivée</source>
        <translation>Undo the last arrival</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="87"/>
        <source>Inscription sur place</source>
        <translation>Walk-in registration</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="66"/>
        <source>Entrée : valider · ↑↓ : choisir dans la liste · Ctrl+Z : annuler · Ctrl+N : sur place · Ctrl+P : son badge</source>
        <translation>Enter: confirm · ↑↓: pick from the list · Ctrl+Z: undo · Ctrl+N: walk-in · Ctrl+P: their badge</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="88"/>
        <source>Imprimer son badge</source>
        <translation>Print their badge</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="89"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="92"/>
        <source>Placer dans l&apos;équipe proposée</source>
        <translation>Place in the suggested team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="96"/>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="99"/>
        <source>Son</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="170"/>
        <source>Prêt·e</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="170"/>
        <source>Scannez un badge ou tapez les premières lettres d&apos;un nom.</source>
        <translation>Scan a badge or type the first letters of a name.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="185"/>
        <source>Son : activé (Ctrl+M)</source>
        <translation>Sound: on (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="185"/>
        <source>Son : coupé (Ctrl+M)</source>
        <translation>Sound: off (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="212"/>
        <location filename="../../probono_desk/ui/desk.py" line="214"/>
        <source>Annuler : {name} (Ctrl+Z)</source>
        <translation>Undo: {name} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="267"/>
        <source>Personne ne correspond</source>
        <translation>Nobody matches</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="269"/>
        <source>« {text} » : essayez le nom de famille, l&apos;organisation ou l&apos;e-mail.</source>
        <translation>“{text}”: try the last name, the organisation or the email.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="279"/>
        <source>{count} personnes correspondent</source>
        <translation>{count} people match</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="280"/>
        <source>Choisissez avec ↑↓ puis Entrée.</source>
        <translation>Choose with ↑↓ then Enter.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="314"/>
        <source>Arrivée NON enregistrée</source>
        <translation>Arrival NOT recorded</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="315"/>
        <source>Rien n&apos;a été perdu : « Réessayer » (ou Entrée) pour recommencer.</source>
        <translation>Nothing was lost: “Try again” (or Enter) to retry.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="415"/>
        <source>Table {table} · {team}</source>
        <translation>Table {table} · {team}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="420"/>
        <source>déjà là ({time})</source>
        <translation>already here ({time})</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="451"/>
        <source>Annulation NON enregistrée</source>
        <translation>Undo NOT recorded</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="455"/>
        <source>Rien à annuler</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="455"/>
        <source>Aucune arrivée enregistrée ici depuis deux minutes.</source>
        <translation>No arrival recorded here in the last two minutes.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="461"/>
        <source>Arrivée annulée : {name}</source>
        <translation>Arrival undone: {name}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="462"/>
        <source>La personne n&apos;est plus comptée présente.</source>
        <translation>The person is no longer counted as present.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="489"/>
        <location filename="../../probono_desk/ui/desk.py" line="518"/>
        <source>Table {table} — {team}</source>
        <translation>Table {table} — {team}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="491"/>
        <source>Équipe proposée : {team}</source>
        <translation>Suggested team: {team}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="493"/>
        <source>Ctrl+Entrée : l&apos;y placer</source>
        <translation>Ctrl+Enter: place them there</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="502"/>
        <source>Placer à la table {table} (Ctrl+Entrée)</source>
        <translation>Place at table {table} (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="514"/>
        <source>Placement impossible</source>
        <translation>Cannot place</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="520"/>
        <source>Référent·e : {referent}</source>
        <translation>Referent: {referent}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="521"/>
        <source>{name} rejoint son équipe</source>
        <translation>{name} joins their team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="547"/>
        <source>Badge prêt à imprimer</source>
        <translation>Badge ready to print</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="548"/>
        <source>Ouvrez ce fichier pour l&apos;imprimer.</source>
        <translation>Open this file to print it.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk.py" line="555"/>
        <source>Badge non imprimé</source>
        <translation>Badge not printed</translation>
    </message>
</context>
<context>
    <name>EvaluationsPanel</name>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="38"/>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="38"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="38"/>
        <source>Cette équipe</source>
        <translation>This team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="38"/>
        <source>Ensemble</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="49"/>
        <source>Questionnaires sur place (mode kiosque)</source>
        <translation>On-site questionnaires (kiosk mode)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="50"/>
        <source>Kiosque bénévoles</source>
        <translation>Volunteer kiosk</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="52"/>
        <source>Kiosque structures</source>
        <translation>Partner organisation kiosk</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="56"/>
        <source>PIN actuel</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="59"/>
        <source>Nouveau PIN (4 à 12 chiffres)</source>
        <translation>New PIN (4 to 12 digits)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="60"/>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="147"/>
        <source>Définir le PIN</source>
        <translation>Set the PIN</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="77"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="84"/>
        <source>Nouvelle question</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="86"/>
        <source>Note de 1 à 5</source>
        <translation>Rating from 1 to 5</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="87"/>
        <source>Oui / non</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="88"/>
        <source>Texte libre</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="89"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="91"/>
        <source>Retirer la question</source>
        <translation>Remove the question</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="107"/>
        <source>Commentaires de cette équipe</source>
        <translation>Comments on this team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="132"/>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="147"/>
        <source>Changer le PIN</source>
        <translation>Change the PIN</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="149"/>
        <source>PIN défini : le kiosque ne se quitte qu&apos;avec lui.</source>
        <translation>PIN set: the kiosk can only be left with it.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="151"/>
        <source>Définissez d&apos;abord un PIN : il faudra le saisir pour quitter le kiosque.</source>
        <translation>Set a PIN first: it will be needed to leave the kiosk.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="191"/>
        <source>oui/non</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/evaluations_panel.py" line="192"/>
        <source>texte</source>
        <translation>text</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="64"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="66"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="87"/>
        <source>Importer des inscriptions ou des structures</source>
        <translation>Import registrations or structures</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="91"/>
        <source>Aucun fichier choisi.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="93"/>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="96"/>
        <source>Inscriptions (bénévoles)</source>
        <translation>Registrations (volunteers)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="97"/>
        <source>Structures lauréates</source>
        <translation>Partner organisations (structures)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="105"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="109"/>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="116"/>
        <source>Colonnes du fichier</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="118"/>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="118"/>
        <source>Exemple</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="118"/>
        <location filename="../../probono_desk/ui/import_dialog.py" line="152"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="139"/>
        <source>Aperçu : les premières lignes telles qu&apos;elles seront importées</source>
        <translation>Preview: the first rows as they will be imported</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="146"/>
        <source>À vérifier</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="152"/>
        <location filename="../../probono_desk/ui/import_dialog.py" line="374"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="152"/>
        <source>Problème</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="171"/>
        <source>Importer seulement les lignes valides</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="173"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="177"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="201"/>
        <source>Choisir l&apos;export à importer</source>
        <translation>Choose the export to import</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="203"/>
        <source>Exports (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</source>
        <translation>Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="278"/>
        <source>Lecture de « {name} »…</source>
        <translation>Reading “{name}”…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="302"/>
        <source>(détecté automatiquement ; changez-le si besoin)</source>
        <translation>(detected automatically; change it if needed)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="326"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="331"/>
        <source>— ignorée —</source>
        <translation>— ignored —</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="342"/>
        <source>Colonne non importée</source>
        <translation>Column not imported</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="345"/>
        <source>Colonnes non importées : {columns}</source>
        <translation>Columns not imported: {columns}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="348"/>
        <source>Toutes les colonnes sont importées.</source>
        <translation>Every column is imported.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="401"/>
        <source>&lt;b&gt;{new}&lt;/b&gt; nouveaux · &lt;b&gt;{updated}&lt;/b&gt; mis à jour · &lt;b&gt;{unchanged}&lt;/b&gt; inchangés · &lt;b&gt;{duplicates}&lt;/b&gt; doublons fusionnés · &lt;b&gt;{problems}&lt;/b&gt; lignes avec un problème</source>
        <translation>&lt;b&gt;{new}&lt;/b&gt; new · &lt;b&gt;{updated}&lt;/b&gt; updated · &lt;b&gt;{unchanged}&lt;/b&gt; unchanged · &lt;b&gt;{duplicates}&lt;/b&gt; duplicates merged · &lt;b&gt;{problems}&lt;/b&gt; rows with a problem</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="413"/>
        <source>erreur</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="413"/>
        <source>attention</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="421"/>
        <source>doublon : {who} ; l&apos;inscription la plus récente est gardée (ligne {kept})</source>
        <translation>duplicate: {who}; the latest registration is kept (line {kept})</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="431"/>
        <source>Importer seulement les lignes valides (ignorer les {count} lignes en erreur)</source>
        <translation>Import only the valid rows (skip the {count} rows in error)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="463"/>
        <source>{count} ligne(s) en erreur : l&apos;import se fait en entier ou pas du tout. Corrigez le fichier, la correspondance des colonnes, ou cochez « Importer seulement les lignes valides ».</source>
        <translation>{count} row(s) in error: the import is all or nothing. Fix the file or the column mapping, or tick “Import only the valid rows”.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="470"/>
        <source>Rien de nouveau à importer : l&apos;événement est déjà à jour.</source>
        <translation>Nothing new to import: the event is already up to date.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="481"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/import_dialog.py" line="489"/>
        <source>Import terminé : {created} nouveaux, {updated} mis à jour, {unchanged} inchangés, {skipped} lignes ignorées, {duplicates} doublons fusionnés.</source>
        <translation>Import done: {created} new, {updated} updated, {unchanged} unchanged, {skipped} rows skipped, {duplicates} duplicates merged.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="54"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="79"/>
        <source>— choisissez —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="86"/>
        <source>Votre équipe (la structure accompagnée)</source>
        <translation>Your team (the partner organisation you helped)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="88"/>
        <source>Votre structure</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="95"/>
        <source> (facultatif)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="107"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="110"/>
        <source>Réponses anonymes. Merci !</source>
        <translation>Anonymous answers. Thank you!</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="137"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="137"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="147"/>
        <source>({low} = pas du tout, {high} = tout à fait)</source>
        <translation>({low} = not at all, {high} = completely)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="156"/>
        <source>Merci pour vos réponses !
Passez l&apos;ordinateur à la personne suivante.</source>
        <translation>Thank you for your answers!
Please pass the computer to the next person.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="159"/>
        <source>Nouveau questionnaire</source>
        <translation>New questionnaire</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="170"/>
        <source>Code PIN de l&apos;organisateur·rice pour quitter le mode questionnaire</source>
        <translation>Organiser&apos;s PIN to leave questionnaire mode</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="178"/>
        <source>Quitter</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="180"/>
        <source>Revenir au questionnaire</source>
        <translation>Back to the questionnaire</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/kiosk.py" line="253"/>
        <source>Code incorrect.</source>
        <translation>Wrong code.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../probono_desk/ui/launcher.py" line="127"/>
        <source>Sauvegarde restaurée ; l&apos;ancien fichier est gardé de côté.</source>
        <translation>Backup restored; the old file is kept aside.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/launcher.py" line="134"/>
        <source>Ouvrir un événement</source>
        <translation>Open an event</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="106"/>
        <source>Marathon Probono</source>
        <translation>Marathon Probono</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="124"/>
        <source>Écrans</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="133"/>
        <source>{title} (Ctrl+{number})</source>
        <translation>{title} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="182"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="183"/>
        <source>&amp;Nouvel événement…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="186"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="190"/>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="193"/>
        <source>&amp;Sauvegarder une copie…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="196"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="198"/>
        <source>&amp;Anonymiser après l&apos;événement…</source>
        <translation>&amp;Anonymise after the event…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="201"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="204"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="205"/>
        <source>À &amp;propos de probono_desk</source>
        <translation>&amp;About probono_desk</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="267"/>
        <source>Poste : {station}</source>
        <translation>Station: {station}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="270"/>
        <source>Dernière sauvegarde : {time}</source>
        <translation>Last backup: {time}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="272"/>
        <source>Pas encore de sauvegarde</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="306"/>
        <location filename="../../probono_desk/ui/main_window.py" line="315"/>
        <source>Sauvegarde impossible : {error}</source>
        <translation>Backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="342"/>
        <source>Sauvegarder une copie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="342"/>
        <source>Événement probono_desk (*.probono)</source>
        <translation>probono_desk event (*.probono)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="358"/>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="390"/>
        <source>À propos de probono_desk</source>
        <translation>About probono_desk</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="394"/>
        <source>&lt;b&gt;probono_desk {version}&lt;/b&gt;&lt;br&gt;Le poste de pilotage d&apos;un Marathon Probono : check-in, équipes, chrono, livrables, impressions.&lt;br&gt;Hors ligne ; tout l&apos;événement tient dans un fichier.&lt;br&gt;&lt;br&gt;Fichier ouvert : {path}</source>
        <translation>&lt;b&gt;probono_desk {version}&lt;/b&gt;&lt;br&gt;The control desk of a Marathon Probono: check-in, teams, clock, deliverables, printing.&lt;br&gt;Offline; the whole event fits in one file.&lt;br&gt;&lt;br&gt;Open file: {path}</translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <location filename="../../probono_desk/ui/milestones_dialog.py" line="32"/>
        <source>Étapes de la journée</source>
        <translation>Milestones of the day</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/milestones_dialog.py" line="37"/>
        <source>Les étapes que chaque équipe coche au fil de la journée. Double-cliquez (ou F2) pour renommer.</source>
        <translation>The milestones each team ticks off during the day. Double-click (or F2) to rename.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/milestones_dialog.py" line="45"/>
        <source>Nouvelle étape (Entrée pour l&apos;ajouter)</source>
        <translation>New milestone (Enter to add it)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/milestones_dialog.py" line="47"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/milestones_dialog.py" line="49"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/milestones_dialog.py" line="51"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/milestones_dialog.py" line="53"/>
        <source>Retirer…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/milestones_dialog.py" line="62"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/milestones_dialog.py" line="166"/>
        <source>Retirer une étape</source>
        <translation>Remove a milestone</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/milestones_dialog.py" line="167"/>
        <source>Retirer l&apos;étape « {label} » ? Les coches déjà données restent dans le fichier.</source>
        <translation>Remove the milestone “{label}”? Ticks already given stay in the file.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/milestones_dialog.py" line="173"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/milestones_dialog.py" line="174"/>
        <source>Garder</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>MissionsPanel</name>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="159"/>
        <source>Une note sur l&apos;équipe (Entrée pour l&apos;ajouter)</source>
        <translation>A note about the team (Enter to add it)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="161"/>
        <source>Ajouter la note</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="168"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="171"/>
        <source>Étapes…</source>
        <translation>Milestones…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="172"/>
        <source>Renommer, ajouter, retirer ou réordonner les étapes</source>
        <translation>Rename, add, remove or reorder the milestones</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="176"/>
        <source>Étapes (cochez quand elle est atteinte)</source>
        <translation>Milestones (tick each one when reached)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="180"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="232"/>
        <source>Table {table} · {name}</source>
        <translation>Table {table} · {name}</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="208"/>
        <source>Nouvel événement</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="213"/>
        <source>Créez l&apos;événement, puis importez ses inscriptions.</source>
        <translation>Create the event, then import its registrations.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="215"/>
        <source>Un événement = un fichier : copiez-le sur une clé USB pour l&apos;emporter sur un autre poste.</source>
        <translation>One event = one file: copy it to a USB stick to take it to another station.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="221"/>
        <source>par exemple : Marathon Probono Lille</source>
        <translation>for example: Marathon Probono Lille</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="228"/>
        <source>par exemple : EuraTechnologies, Lille</source>
        <translation>for example: EuraTechnologies, Lille</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="231"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="242"/>
        <source>Nom de l&apos;événement</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="243"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="244"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="245"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="249"/>
        <source>Créer et importer…</source>
        <translation>Create and import…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="249"/>
        <source>Créer l&apos;événement</source>
        <translation>Create the event</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="256"/>
        <source>Importer dans un événement existant…</source>
        <translation>Import into an existing event…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="259"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="272"/>
        <source>Marathon Probono</source>
        <translation>Marathon Probono</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="276"/>
        <source>Où enregistrer l&apos;événement ?</source>
        <translation>Where should the event be saved?</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="289"/>
        <source>Donnez un nom à l&apos;événement.</source>
        <translation>Give the event a name.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="294"/>
        <source>Choisissez où enregistrer le fichier de l&apos;événement.</source>
        <translation>Choose where to save the event file.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="301"/>
        <source>Le fichier « {path} » existe déjà : choisissez un autre nom ou ouvrez-le.</source>
        <translation>The file “{path}” already exists: choose another name or open it.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="308"/>
        <source>Impossible de créer le dossier « {folder} » : {why}.</source>
        <translation>Cannot create the folder “{folder}”: {why}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="325"/>
        <source>Ouvrir un événement</source>
        <translation>Open an event</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="67"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="68"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="69"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="70"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="71"/>
        <source>Présent·es</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="72"/>
        <source>Dernière note</source>
        <translation>Latest note</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/missions.py" line="94"/>
        <source>{n} étape(s) de retard</source>
        <translation>{n} milestone(s) behind</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../probono_desk/ui/pin_dialog.py" line="23"/>
        <source>Code PIN de l&apos;organisateur·rice</source>
        <translation>Organiser&apos;s PIN</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/pin_dialog.py" line="29"/>
        <source>Code PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/pin_dialog.py" line="35"/>
        <source>Valider</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/pin_dialog.py" line="49"/>
        <source>Code incorrect.</source>
        <translation>Wrong code.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../probono_desk/ui/chrono_plan.py" line="41"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono_plan.py" line="42"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono_plan.py" line="43"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono_plan.py" line="44"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono_plan.py" line="45"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono_plan.py" line="46"/>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono_plan.py" line="47"/>
        <source>Message pour la salle</source>
        <translation>Message for the room</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono_plan.py" line="48"/>
        <source>Orange</source>
        <translation>Amber</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono_plan.py" line="49"/>
        <source>Rouge</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono_plan.py" line="140"/>
        <source>Écrivez 9h30 ou 09:30. La phase voisine suit.</source>
        <translation>Type 9h30 or 09:30. The next phase follows.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/chrono_plan.py" line="142"/>
        <source>Minutes avant la fin où le chrono passe à l&apos;orange, puis au rouge.</source>
        <translation>Minutes before the end when the clock turns amber, then red.</translation>
    </message>
</context>
<context>
    <name>PrintsScreen</name>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="85"/>
        <location filename="../../probono_desk/ui/screens.py" line="81"/>
        <source>Impressions</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="110"/>
        <source>Seulement les inscriptions sur place</source>
        <translation>Walk-ins only</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="112"/>
        <source>Les badges des personnes arrivées sans inscription, à imprimer à l&apos;accueil.</source>
        <translation>Badges of the people who came without registering, to print at the door.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="115"/>
        <source>Structure :</source>
        <translation>Partner organisation:</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="117"/>
        <source>Exporter les codes (publipostage)…</source>
        <translation>Export the codes (mail merge)…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="119"/>
        <source>Un PNG du QR code de chaque bénévole et codes.csv, pour envoyer les codes avant l&apos;événement.</source>
        <translation>A PNG of each volunteer&apos;s QR code and codes.csv, to send the codes before the event.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="123"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="126"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="128"/>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="137"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="184"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="214"/>
        <source>Exporter les codes : code PIN de l&apos;organisateur·rice.</source>
        <translation>Export the codes: the organiser&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="218"/>
        <source>Dossier où écrire les codes</source>
        <translation>Folder to write the codes to</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="227"/>
        <source>Export des codes en cours…</source>
        <translation>Exporting the codes…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="231"/>
        <source>Codes exportés : {path}</source>
        <translation>Codes exported: {path}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="253"/>
        <source>Préparation du document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="267"/>
        <source>Page {done} sur {total}…</source>
        <translation>Page {done} of {total}…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="278"/>
        <source>{pages} page(s) prête(s).</source>
        <translation>{pages} page(s) ready.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="285"/>
        <source>Le document n&apos;a pas pu être préparé.</source>
        <translation>The document could not be prepared.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="317"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="345"/>
        <source>{pages} page(s) envoyée(s) à l&apos;impression.</source>
        <translation>{pages} page(s) sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="351"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="353"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="373"/>
        <source>Enregistré : {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="107"/>
        <source>Aucun programme</source>
        <translation>No programme</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="111"/>
        <source>La journée commence à {time}</source>
        <translation>The day starts at {time}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="113"/>
        <source>Merci à toutes et à tous !</source>
        <translation>Thank you all!</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="114"/>
        <source>Dans un instant : {title}</source>
        <translation>Coming up: {title}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="235"/>
        <source>EN PAUSE</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="296"/>
        <source>jusqu&apos;à {time}</source>
        <translation>until {time}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="298"/>
        <source>(prévu {time})</source>
        <translation>(planned {time})</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="309"/>
        <source>RESTITUTIONS · ÉQUIPE {n}/{total}</source>
        <translation>PRESENTATIONS · TEAM {n}/{total}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="313"/>
        <source>Présentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="313"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="316"/>
        <source>Fin des restitutions à {time} (reste {left})</source>
        <translation>Presentations end at {time} ({left} left)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="332"/>
        <source>ENSUITE</source>
        <translation>NEXT</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="446"/>
        <source>Chrono — projecteur</source>
        <translation>Clock — projector</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="492"/>
        <source>Quitter la projection : code PIN de l&apos;organisateur·rice.</source>
        <translation>Leave the projection: organiser&apos;s PIN.</translation>
    </message>
</context>
<context>
    <name>RebalanceDialog</name>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="33"/>
        <source>Rééquilibrer les équipes</source>
        <translation>Rebalance the teams</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="64"/>
        <source>Personne n&apos;est encore enregistré·e : le rééquilibrage se fait sur les présent·es.</source>
        <translation>Nobody has checked in yet: rebalancing works on the people present.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="67"/>
        <source>Les équipes présentes respectent les règles : aucun déplacement à proposer.</source>
        <translation>The teams as present follow the rules: no move to suggest.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="70"/>
        <source>{n} déplacement(s) proposé(s) parmi les {p} présent·es. Acceptez ou refusez chacun.</source>
        <translation>{n} move(s) suggested among the {p} people present. Accept or decline each one.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="78"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; : {src} → &lt;b&gt;table {table} · {dst}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {src} → &lt;b&gt;table {table} · {dst}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="80"/>
        <source>table {t}</source>
        <translation>table {t}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="80"/>
        <source>sans équipe</source>
        <translation>no team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="89"/>
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="90"/>
        <source>Refuser</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="115"/>
        <source>Accepté ✓</source>
        <translation>Accepted ✓</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="120"/>
        <source>Refusé</source>
        <translation>Declined</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="56"/>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="106"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="61"/>
        <source>Choisissez la copie à remettre en place. Le fichier actuel n&apos;est pas effacé : il est mis de côté à côté de l&apos;événement ({name}.remplacé-…).</source>
        <translation>Choose the copy to put back. The current file is not erased: it is set aside next to the event ({name}.remplacé-…).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="68"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="68"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="68"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="79"/>
        <source>Aucune sauvegarde de cet événement pour l&apos;instant.</source>
        <translation>No backup of this event yet.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="82"/>
        <source>Restaurer…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="109"/>
        <source>Remettre l&apos;événement dans l&apos;état du {when} ({reason}) ?

Ce qui a été saisi depuis ne sera plus dans l&apos;événement ; le fichier actuel est gardé de côté.</source>
        <translation>Put the event back as it was on {when} ({reason})?

What was entered since will no longer be in the event; the current file is kept aside.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="114"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="115"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ScreenPicker</name>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="508"/>
        <source>Choisir l&apos;écran du projecteur</source>
        <translation>Choose the projector screen</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="516"/>
        <source>(écran principal, celui de ce portable)</source>
        <translation>(main screen, this laptop&apos;s)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="524"/>
        <source>Afficher le chrono ici</source>
        <translation>Show the clock here</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/projector.py" line="529"/>
        <source>Le chrono s&apos;affiche en plein écran. Échap le ferme.</source>
        <translation>The clock shows full screen. Esc closes it.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../probono_desk/ui/screens.py" line="83"/>
        <location filename="../../probono_desk/ui/settings.py" line="68"/>
        <location filename="../../probono_desk/ui/settings.py" line="70"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="74"/>
        <source>L&apos;événement</source>
        <translation>The event</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="80"/>
        <source>par exemple : EuraTechnologies, Lille</source>
        <translation>for example: EuraTechnologies, Lille</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="81"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="87"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="88"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="89"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="96"/>
        <source>Ce poste</source>
        <translation>This station</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="98"/>
        <source>par exemple : Accueil 1</source>
        <translation>for example: Front desk 1</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="111"/>
        <source>Nom du poste</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="112"/>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="116"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="121"/>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="123"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="127"/>
        <source>Une copie complète de l&apos;événement est faite toutes les 5 minutes et à la fermeture (les 24 copies automatiques et les 10 de fermeture les plus récentes sont gardées). Fichier → Restaurer une sauvegarde… pour revenir à l&apos;une d&apos;elles.</source>
        <translation>A full copy of the event is made every 5 minutes and on closing (the 24 latest automatic copies and the 10 latest closing copies are kept). File → Restore a backup… to go back to one of them.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="140"/>
        <source>Dossier</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="141"/>
        <source>Dernière</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="189"/>
        <source>(événement en mémoire)</source>
        <translation>(event in memory)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="191"/>
        <source>pas encore</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="208"/>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="220"/>
        <source>Nom du poste enregistré : {name}.</source>
        <translation>Station name saved: {name}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="226"/>
        <source>La langue choisie s&apos;appliquera au prochain démarrage.</source>
        <translation>The chosen language applies at the next start.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="235"/>
        <source>{time} — {name}</source>
        <translation>{time} — {name}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="40"/>
        <source>Événement probono_desk (*.probono);;Tous les fichiers (*)</source>
        <translation>probono_desk event (*.probono);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="75"/>
        <source>Marathon Probono</source>
        <translation>Marathon Probono</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="82"/>
        <source>Le poste de pilotage de la journée : check-in à l&apos;accueil, équipes des structures, chrono du projecteur, livrables et impressions. Hors ligne ; tout l&apos;événement tient dans un seul fichier.</source>
        <translation>The control desk of the day: check-in at the door, the partner organisations&apos; teams, the projector clock, deliverables and printing. Offline; the whole event fits in a single file.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="90"/>
        <source>Nouvel événement…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="92"/>
        <source>Ouvrir un événement…</source>
        <translation>Open an event…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="94"/>
        <source>Importer des inscriptions…</source>
        <translation>Import registrations…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="96"/>
        <source>Ouvrir la démo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="98"/>
        <source>Une copie neuve de l&apos;événement de démonstration : 5 structures, 50 bénévoles</source>
        <translation>A fresh copy of the demo event: 5 partner organisations, 50 volunteers</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="107"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="119"/>
        <source>Événements récents</source>
        <translation>Recent events</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="127"/>
        <source>Aucun événement récent. Créez un événement ou ouvrez la démo pour découvrir l&apos;application.</source>
        <translation>No recent event. Create an event or open the demo to discover the application.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="132"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/start_page.py" line="167"/>
        <source>{name}
{folder} · modifié le {when}</source>
        <translation>{name}
{folder} · modified {when}</translation>
    </message>
</context>
<context>
    <name>TeamBoard</name>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="315"/>
        <source>Table {label}</source>
        <translation>Table {label}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="322"/>
        <source>Référent·e : {name}</source>
        <translation>Referent: {name}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="326"/>
        <source>{rule} : {why}</source>
        <translation>{rule}: {why}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="331"/>
        <source>présent·es / prévu·es</source>
        <translation>present / expected</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="340"/>
        <source>✓ Règles respectées</source>
        <translation>✓ Rules met</translation>
    </message>
</context>
<context>
    <name>TeamsScreen</name>
    <message>
        <location filename="../../probono_desk/ui/screens.py" line="76"/>
        <location filename="../../probono_desk/ui/teams_board.py" line="366"/>
        <source>Équipes</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="378"/>
        <source>Former les équipes</source>
        <translation>Form the teams</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="379"/>
        <source>Répartit les personnes non épinglées selon les règles (Ctrl+Z annule)</source>
        <translation>Places everyone not pinned according to the rules (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="381"/>
        <source>Rééquilibrer…</source>
        <translation>Rebalance…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="383"/>
        <location filename="../../probono_desk/ui/teams_board.py" line="640"/>
        <source>Déplacer vers…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="385"/>
        <location filename="../../probono_desk/ui/teams_board.py" line="548"/>
        <source>Épingler</source>
        <translation>Pin</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="387"/>
        <location filename="../../probono_desk/ui/teams_board.py" line="457"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="389"/>
        <source>Qui est où (projection)</source>
        <translation>Who sits where (projection)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="393"/>
        <source>Réessayer le déplacement</source>
        <translation>Retry the move</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="400"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; présent·e &amp;nbsp; &lt;span style=&apos;color:#9e9e9e&apos;&gt;●&lt;/span&gt; pas encore arrivé·e &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; absent·e &amp;nbsp; ⚑ épinglé·e</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; present &amp;nbsp; &lt;span style=&apos;color:#9e9e9e&apos;&gt;●&lt;/span&gt; not arrived yet &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; absent &amp;nbsp; ⚑ pinned</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="437"/>
        <source>Tableaux</source>
        <translation>Boards</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="438"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="458"/>
        <source>Vers l&apos;équipe suivante</source>
        <translation>To the next team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="459"/>
        <source>Vers l&apos;équipe précédente</source>
        <translation>To the previous team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="460"/>
        <source>Épingler / désépingler</source>
        <translation>Pin / unpin</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="500"/>
        <source>{n} personne(s) sans équipe.</source>
        <translation>{n} person(s) without a team.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="522"/>
        <source>Personne en {skill} présent·e</source>
        <translation>Nobody with {skill} present</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="524"/>
        <source>Personne en {skill} dans l&apos;équipe</source>
        <translation>Nobody with {skill} in the team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="548"/>
        <source>Désépingler</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="572"/>
        <source>Déplacement NON enregistré : {error} « Réessayer le déplacement » quand c&apos;est réglé.</source>
        <translation>Move NOT recorded: {error} “Retry the move” once it is fixed.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="603"/>
        <source>{name} → table {table} ({team}). Ctrl+Z pour annuler.</source>
        <translation>{name} → table {table} ({team}). Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="620"/>
        <source>Choisissez d&apos;abord une personne dans un tableau.</source>
        <translation>First choose a person on a board.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="629"/>
        <source>Table {table} · {name}</source>
        <translation>Table {table} · {name}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="657"/>
        <source>{name} épinglé·e à son équipe.</source>
        <translation>{name} pinned to their team.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="659"/>
        <source>{name} n&apos;est plus épinglé·e.</source>
        <translation>{name} is no longer pinned.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="672"/>
        <source>Rien à annuler.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="674"/>
        <source>Annulé.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="684"/>
        <source>Formation des équipes en cours…</source>
        <translation>Forming the teams…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_board.py" line="697"/>
        <source>Équipes formées : {n} changement(s). Ctrl+Z pour annuler.</source>
        <translation>Teams formed: {n} change(s). Ctrl+Z to undo.</translation>
    </message>
</context>
<context>
    <name>TrailPanel</name>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="43"/>
        <source>Trail</source>
        <translation>Trail</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="44"/>
        <source>Bénévole présent·e</source>
        <translation>Volunteer present</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="45"/>
        <source>Disponibilités</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="46"/>
        <source>Accepte d&apos;être contacté·e</source>
        <translation>Agrees to be contacted</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="59"/>
        <source>Premier rendez-vous fixé</source>
        <translation>First meeting set</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="66"/>
        <source>Lieu ou visio</source>
        <translation>Place or video call</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="67"/>
        <source>Enregistrer le Trail</source>
        <translation>Save the Trail</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="72"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="73"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="75"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="122"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="129"/>
        <source>Choisissez {low} ou {high} bénévoles de l&apos;équipe, parmi les présent·e·s.</source>
        <translation>Choose {low} or {high} volunteers from the team, among those present.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="134"/>
        <source>Personne de cette équipe n&apos;est encore enregistré·e comme présent·e : le Trail se choisit parmi les présent·e·s.</source>
        <translation>Nobody in this team has checked in yet: the Trail is chosen among those present.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="178"/>
        <source>{n} choisi·e·s (il en faut {low} ou {high})</source>
        <translation>{n} chosen ({low} or {high} needed)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/trail_panel.py" line="201"/>
        <source>Trail enregistré à {time}</source>
        <translation>Trail saved at {time}</translation>
    </message>
</context>
<context>
    <name>VolunteerActions</name>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="37"/>
        <source>Enregistrer l&apos;arrivée</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="38"/>
        <source>Annuler l&apos;arrivée…</source>
        <translation>Undo the arrival…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="39"/>
        <source>Badge perdu : nouveau code…</source>
        <translation>Lost badge: new code…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="40"/>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="148"/>
        <source>Imprimer son badge</source>
        <translation>Print their badge</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="41"/>
        <source>Le badge de cette personne, en PDF, ouvert pour l&apos;impression</source>
        <translation>This person&apos;s badge as a PDF, opened for printing</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="72"/>
        <source>Ne rien changer</source>
        <translation>Change nothing</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="91"/>
        <source>Déjà présent·e</source>
        <translation>Already present</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="92"/>
        <source>{name} est déjà enregistré·e depuis {time}.</source>
        <translation>{name} has been checked in since {time}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="106"/>
        <source>Annuler une arrivée</source>
        <translation>Undo an arrival</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="107"/>
        <source>{name} ne sera plus compté·e présent·e (arrivée enregistrée à {time}). Continuer ?</source>
        <translation>{name} will no longer be counted as present (arrival recorded at {time}). Continue?</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="110"/>
        <source>Annuler son arrivée</source>
        <translation>Undo their arrival</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="126"/>
        <source>Badge perdu</source>
        <translation>Lost badge</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="128"/>
        <source>Un nouveau code sera créé pour {name} ; l&apos;ancien badge sera refusé à l&apos;entrée. Continuer ?</source>
        <translation>A new code will be created for {name}; the old badge will be refused at the door. Continue?</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="130"/>
        <source>Créer un nouveau code</source>
        <translation>Create a new code</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="143"/>
        <source>Nouveau code</source>
        <translation>New code</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteer_actions.py" line="144"/>
        <source>Nouveau code de {name} : {code}
L&apos;ancien badge est désormais refusé.</source>
        <translation>New code for {name}: {code}
The old badge is now refused.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="357"/>
        <source>Fiche de {name}</source>
        <translation>{name}&apos;s details</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="365"/>
        <source>— non renseignée —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="372"/>
        <source>séparées par des virgules</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="381"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="382"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="383"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="384"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="385"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="386"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="387"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="388"/>
        <source>Structure souhaitée</source>
        <translation>Preferred structure</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="389"/>
        <source>Régime alimentaire</source>
        <translation>Diet</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="391"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="394"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VolunteersModel</name>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="61"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="62"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="63"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="64"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="65"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="66"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="67"/>
        <source>Présent·e</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="68"/>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="155"/>
        <location filename="../../probono_desk/ui/volunteers.py" line="162"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="155"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="155"/>
        <source>non renseigné</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="162"/>
        <source>oui, {time}</source>
        <translation>yes, {time}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="166"/>
        <source>Pas de consentement donné à l&apos;inscription : ne pas utiliser ses données.</source>
        <translation>No consent given at registration: do not use their data.</translation>
    </message>
</context>
<context>
    <name>VolunteersScreen</name>
    <message>
        <location filename="../../probono_desk/ui/screens.py" line="82"/>
        <location filename="../../probono_desk/ui/volunteers.py" line="214"/>
        <location filename="../../probono_desk/ui/volunteers.py" line="234"/>
        <source>Bénévoles</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="220"/>
        <source>Rechercher par nom, e-mail, organisation, équipe…</source>
        <translation>Search by name, email, organisation, team…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="225"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="226"/>
        <source>Modifier la fiche du ou de la bénévole sélectionné·e (Entrée)</source>
        <translation>Edit the selected volunteer&apos;s details (Enter)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="228"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="229"/>
        <source>Supprimer la personne sélectionnée (code PIN de l&apos;organisateur·rice)</source>
        <translation>Delete the selected person (organiser&apos;s PIN)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="231"/>
        <source>Ses données…</source>
        <translation>Their data…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="232"/>
        <source>Exporter tout ce que l&apos;événement garde sur cette personne (RGPD)</source>
        <translation>Export everything the event keeps about this person (GDPR)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="326"/>
        <source>{shown} / {total} bénévoles</source>
        <translation>{shown} / {total} volunteers</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../probono_desk/ui/desk_walkin.py" line="34"/>
        <source>Inscription sur place</source>
        <translation>Walk-in registration</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_walkin.py" line="51"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_walkin.py" line="56"/>
        <source>séparées par des virgules</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_walkin.py" line="63"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_walkin.py" line="64"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_walkin.py" line="65"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_walkin.py" line="66"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_walkin.py" line="67"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_walkin.py" line="68"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_walkin.py" line="71"/>
        <source>Enregistrer et faire entrer</source>
        <translation>Save and check in</translation>
    </message>
</context>
<context>
    <name>WhoSitsWhere</name>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="129"/>
        <source>Qui est où</source>
        <translation>Who sits where</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/teams_dialogs.py" line="164"/>
        <source>Qui est où — trouvez votre table</source>
        <translation>Who sits where — find your table</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="28"/>
        <source>automatique</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="29"/>
        <source>à la fermeture</source>
        <translation>on closing</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="30"/>
        <source>avant une mise à jour du fichier</source>
        <translation>before a file upgrade</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="43"/>
        <source>{date} à {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="130"/>
        <source>Fichier d&apos;événement illisible</source>
        <translation>Unreadable event file</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="132"/>
        <source>{message}

La sauvegarde lisible la plus récente date du {when} ({reason}). La restaurer ? Le fichier abîmé est gardé de côté, jamais effacé.</source>
        <translation>{message}

The latest readable backup is from {when} ({reason}). Restore it? The damaged file is kept aside, never erased.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="139"/>
        <source>Restaurer la sauvegarde</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/backups_dialog.py" line="140"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <location filename="../../probono_desk/services/badges.py" line="78"/>
        <source>Table {table}</source>
        <translation>Table {table}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/badges.py" line="79"/>
        <source>Équipe : à l&apos;accueil</source>
        <translation>Team: at the welcome desk</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/badges.py" line="80"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="182"/>
        <source>Équipe : à l&apos;accueil (pas encore d&apos;équipe)</source>
        <translation>Team: at the welcome desk (no team yet)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="183"/>
        <source>Table {table} — {team}</source>
        <translation>Table {table} — {team}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="184"/>
        <source>Équipe : {team}</source>
        <translation>Team: {team}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="185"/>
        <source>Référent·e : {referent}</source>
        <translation>Referent: {referent}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="186"/>
        <source>Bienvenue {name} !</source>
        <translation>Welcome {name}!</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="187"/>
        <source>Inscription sur place enregistrée</source>
        <translation>Walk-in registration recorded</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="188"/>
        <source>Déjà enregistré·e : {name}</source>
        <translation>Already checked in: {name}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="189"/>
        <source>Arrivée à {time} (poste {station})</source>
        <translation>Arrived at {time} (station {station})</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="190"/>
        <source>Badge d&apos;un autre événement</source>
        <translation>Badge from another event</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="191"/>
        <source>Ce code n&apos;a pas été émis pour cet événement. Cherchez la personne par son nom.</source>
        <translation>This code was not issued for this event. Search for the person by name.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="192"/>
        <source>Badge annulé</source>
        <translation>Badge cancelled</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="193"/>
        <source>Ce badge de {name} a été remplacé par un nouveau.</source>
        <translation>This is {name}&apos;s old badge: it has been replaced by a new one.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="194"/>
        <source>Utilisez le nouveau badge, ou cherchez la personne par son nom.</source>
        <translation>Use the new badge, or search for the person by name.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="195"/>
        <source>Code abîmé ou mal saisi</source>
        <translation>Damaged or mistyped code</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="196"/>
        <source>Une lettre manque, est en trop ou a été mal tapée. Rescannez ou cherchez par nom.</source>
        <translation>A letter is missing, extra or mistyped. Scan again or search by name.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="197"/>
        <source>Aucun code QR trouvé dans l&apos;image</source>
        <translation>No QR code found in the image</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="198"/>
        <source>Reprenez la photo de plus près, bien éclairée.</source>
        <translation>Take the photo again, closer and well lit.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="199"/>
        <source>Code inconnu</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/checkin.py" line="200"/>
        <source>Aucun bénévole de cet événement n&apos;a ce code. Cherchez la personne par son nom.</source>
        <translation>No volunteer of this event has this code. Search for the person by name.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../probono_desk/cli.py" line="68"/>
        <source>Le poste de pilotage d&apos;un Marathon Probono : check-in, équipes, chrono, livrables, impressions. Sans sous-commande : ouvre la fenêtre.</source>
        <translation>The control desk of a Marathon Probono: check-in, teams, clock, deliverables, printing. Without a command: opens the window.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="76"/>
        <source>COMMANDE</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="78"/>
        <source>écrire l&apos;événement de démonstration</source>
        <translation>write the demo event</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="82"/>
        <source>créer un fichier d&apos;événement vide</source>
        <translation>create an empty event file</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="84"/>
        <source>nom de l&apos;événement</source>
        <translation>event name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="85"/>
        <source>date AAAA-MM-JJ</source>
        <translation>date YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="86"/>
        <source>lieu</source>
        <translation>venue</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="90"/>
        <source>importer des inscriptions ou des structures (CSV, XLSX)</source>
        <translation>import registrations or structures (CSV, XLSX)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="97"/>
        <source>type de fichier (détecté sinon)</source>
        <translation>kind of file (detected otherwise)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="102"/>
        <source>montrer ce qui serait importé sans rien écrire</source>
        <translation>show what would be imported without writing anything</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="107"/>
        <source>importer les lignes valides et ignorer les autres</source>
        <translation>import the valid rows and skip the others</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="111"/>
        <source>compter inscrits, présents, équipes</source>
        <translation>count registered, present, teams</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="113"/>
        <location filename="../../probono_desk/cli.py" line="135"/>
        <source>sortie JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="119"/>
        <source>le chrono à ce moment (par défaut : maintenant)</source>
        <translation>the clock at this moment (default: now)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="123"/>
        <source>former les équipes et vérifier leurs règles</source>
        <translation>form the teams and check their rules</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="128"/>
        <source>former les équipes automatiquement (les épinglé·es restent)</source>
        <translation>form the teams automatically (pinned people stay)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="133"/>
        <source>avec --auto : placer seulement les personnes sans équipe</source>
        <translation>with --auto: place only people without a team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="138"/>
        <source>imprimer un document en PDF</source>
        <translation>print a document as PDF</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="141"/>
        <source>fichier PDF à écrire</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="146"/>
        <source>une seule structure (numéro de table ou nom)</source>
        <translation>a single structure (table number or name)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="151"/>
        <source>badges : seulement les inscrits sur place</source>
        <translation>badges: only walk-in registrations</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="156"/>
        <source>badges : seulement ces bénévoles (identifiants séparés par des virgules)</source>
        <translation>badges: only these volunteers (ids separated by commas)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="162"/>
        <source>exporter l&apos;événement en tableur (.xlsx complet, .csv des bénévoles)</source>
        <translation>export the event as a spreadsheet (full .xlsx, .csv of the volunteers)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="165"/>
        <source>fichier .xlsx ou .csv</source>
        <translation>.xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="170"/>
        <source>préparer le dossier livrable d&apos;une structure (PDF + pièces jointes)</source>
        <translation>prepare a structure&apos;s deliverable pack (PDF + attachments)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="174"/>
        <source>nom de la structure ou numéro de table</source>
        <translation>structure name or table number</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="177"/>
        <source>fichier .zip, ou dossier à créer</source>
        <translation>.zip file, or folder to create</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="182"/>
        <source>enregistrer une arrivée (code, photo, nom)</source>
        <translation>record an arrival (code, photo, name)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="185"/>
        <source>le code lu ou tapé</source>
        <translation>the code scanned or typed</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="186"/>
        <source>photo d&apos;un badge</source>
        <translation>photo of a badge</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="187"/>
        <source>nom, e-mail ou organisation</source>
        <translation>name, email or organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="188"/>
        <source>nom du poste (par défaut : la machine)</source>
        <translation>station name (default: the machine&apos;s)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="191"/>
        <source>exporter les codes (PNG + CSV de publipostage)</source>
        <translation>export the codes (PNG + mail-merge CSV)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="193"/>
        <source>dossier à écrire</source>
        <translation>folder to write</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="224"/>
        <source>Événement de démonstration écrit : {path} ({volunteers} bénévoles, {structures} structures).</source>
        <translation>Demo event written: {path} ({volunteers} volunteers, {structures} structures).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="237"/>
        <source>Événement créé : {path}</source>
        <translation>Event created: {path}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="250"/>
        <source>erreur</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="250"/>
        <source>attention</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="253"/>
        <source>ligne {line}, {field} : {why} ({level})</source>
        <translation>line {line}, {field}: {why} ({level})</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="264"/>
        <source>doublon : {who} (lignes {dropped} et {kept}) ; l&apos;inscription la plus récente est gardée (ligne {kept})</source>
        <translation>duplicate: {who} (lines {dropped} and {kept}); the latest registration is kept (line {kept})</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="274"/>
        <source>colonnes ignorées : {columns}</source>
        <translation>columns ignored: {columns}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="282"/>
        <source>Essai à blanc : {new} nouveaux, {updated} mis à jour, {unchanged} inchangés, {errors} ligne(s) en erreur. Rien n&apos;a été écrit.</source>
        <translation>Dry run: {new} new, {updated} updated, {unchanged} unchanged, {errors} row(s) in error. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="295"/>
        <source>Import terminé : {created} nouveaux, {updated} mis à jour, {unchanged} inchangés, {skipped} ignorés, {duplicates} doublons fusionnés.</source>
        <translation>Import done: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped, {duplicates} duplicates merged.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="318"/>
        <source>moment « {value} » invalide : attendu AAAA-MM-JJTHH:MM</source>
        <translation>invalid moment “{value}”: expected YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="331"/>
        <source>Inscrits : {volunteers}   Présents : {present}</source>
        <translation>Registered: {volunteers}   Present: {present}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="336"/>
        <source>  Table {table} · {name} : {present}/{members} présents</source>
        <translation>  Table {table} · {name}: {present}/{members} present</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="341"/>
        <source>Phase en cours : {title} ({start}–{end}, reste {minutes} min)</source>
        <translation>Current phase: {title} ({start}–{end}, {minutes} min left)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="350"/>
        <source>Phase suivante : {title} à {start}</source>
        <translation>Next phase: {title} at {start}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="378"/>
        <source>Document écrit : {path}</source>
        <translation>Document written: {path}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="388"/>
        <source>Export écrit : {path}</source>
        <translation>Export written: {path}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="397"/>
        <source>Dossier livrable écrit : {path}</source>
        <translation>Deliverable pack written: {path}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="411"/>
        <source>Codes exportés : {path}</source>
        <translation>Codes exported: {path}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="439"/>
        <source>probono-desk : erreur inattendue ({error}). Détails : {log}</source>
        <translation>probono-desk: unexpected error ({error}). Details: {log}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_checkin.py" line="43"/>
        <source>probono-desk: personne ne correspond à « {query} ».</source>
        <translation>probono-desk: nobody matches “{query}”.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_checkin.py" line="52"/>
        <source>probono-desk: {count} personnes correspondent à « {query} » ; personne n&apos;a été enregistré. Précisez (nom complet ou e-mail) :</source>
        <translation>probono-desk: {count} people match “{query}”; nobody was checked in. Be more precise (full name or email):</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_checkin.py" line="63"/>
        <source> · arrivé·e à {time}</source>
        <translation> · arrived at {time}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_privacy.py" line="28"/>
        <source>code PIN de l&apos;organisateur·rice, si l&apos;événement en a un (ou la variable PROBONO_PIN)</source>
        <translation>the organiser&apos;s PIN, if the event has one (or the PROBONO_PIN variable)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_privacy.py" line="45"/>
        <source>exporter tout ce que l&apos;événement garde sur une personne (RGPD)</source>
        <translation>export everything the event keeps about a person (GDPR)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_privacy.py" line="49"/>
        <source>adresse e-mail de la personne</source>
        <translation>the person&apos;s email address</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_privacy.py" line="50"/>
        <source>identifiant de la personne</source>
        <translation>the person&apos;s id</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_privacy.py" line="52"/>
        <source>fichier .json (un .csv est écrit à côté)</source>
        <translation>.json file (a .csv is written next to it)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_privacy.py" line="59"/>
        <source>après l&apos;événement : anonymiser les personnes qui ne sont pas dans un Trail</source>
        <translation>after the event: anonymise the people who are not in a Trail</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_privacy.py" line="62"/>
        <source>confirmer (irréversible)</source>
        <translation>confirm (cannot be undone)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_privacy.py" line="72"/>
        <source>Données écrites : {json} et {csv}</source>
        <translation>Data written: {json} and {csv}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_privacy.py" line="92"/>
        <source>{count} personne(s) anonymisée(s) ; {kept} gardée(s) pour le Trail.</source>
        <translation>{count} person(s) anonymised; {kept} kept for the Trail.</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <location filename="../../probono_desk/ui/confirm.py" line="19"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>deliverables</name>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="36"/>
        <source>Plan d&apos;action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="37"/>
        <source>Outil</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="38"/>
        <source>Support de communication</source>
        <translation>Communication material</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="39"/>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="40"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="69"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="70"/>
        <source>Soumis</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="71"/>
        <source>Validé par le·la référent·e</source>
        <translation>Approved by the referent</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="72"/>
        <source>Validé par la structure</source>
        <translation>Approved by the partner organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="152"/>
        <source>enregistrement automatique</source>
        <translation>autosave</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="153"/>
        <source>changement d&apos;état</source>
        <translation>status change</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="154"/>
        <source>avant restauration</source>
        <translation>before restoring</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="155"/>
        <source>restauration</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="156"/>
        <source>enregistré à la main</source>
        <translation>saved by hand</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="202"/>
        <source>{n} o</source>
        <translation>{n} B</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="205"/>
        <source>{whole},{tenth} Ko</source>
        <translation>{whole}.{tenth} KB</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="206"/>
        <source>{whole},{tenth} Mo</source>
        <translation>{whole}.{tenth} MB</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/deliverables.py" line="207"/>
        <source>{whole},{tenth} Go</source>
        <translation>{whole}.{tenth} GB</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../probono_desk/ui/desk_widgets.py" line="244"/>
        <source>{arrived} / {expected} arrivé·es</source>
        <translation>{arrived} / {expected} arrived</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_widgets.py" line="251"/>
        <source>Sans équipe</source>
        <translation>No team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_widgets.py" line="253"/>
        <source>Table {table} · {team}</source>
        <translation>Table {table} · {team}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_widgets.py" line="265"/>
        <source>et {count} autres</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/desk_widgets.py" line="267"/>
        <source>Manquent :</source>
        <translation>Missing:</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="17"/>
        <source>Opération impossible.</source>
        <translation>Operation not possible.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="38"/>
        <source>« {path} » n&apos;est pas un fichier d&apos;événement probono_desk.</source>
        <translation>“{path}” is not a probono_desk event file.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="42"/>
        <source>« {path} » a été écrit par une version plus récente de probono_desk ({unknown}). Mettez l&apos;application à jour pour l&apos;ouvrir.</source>
        <translation>“{path}” was written by a newer version of probono_desk ({unknown}). Update the application to open it.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="50"/>
        <source>Le fichier « {path} » est endommagé ({detail}).</source>
        <translation>The file “{path}” is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="54"/>
        <location filename="../../probono_desk/services/import_files.py" line="104"/>
        <source>Le fichier « {path} » n&apos;existe pas.</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="58"/>
        <source>Le fichier « {path} » existe déjà : choisissez un autre nom.</source>
        <translation>The file “{path}” already exists: choose another name.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="62"/>
        <source>L&apos;enregistrement a échoué ({detail}). Rien n&apos;a été modifié ; réessayez.</source>
        <translation>Saving failed ({detail}). Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="68"/>
        <source>Valeur refusée : {detail}</source>
        <translation>Value refused: {detail}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="72"/>
        <source>Introuvable : {what}.</source>
        <translation>Not found: {what}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="78"/>
        <source>Import refusé : {detail}</source>
        <translation>Import refused: {detail}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="84"/>
        <source>Impossible d&apos;écrire « {path} » ({detail}). Rien n&apos;a été écrit ; choisissez un autre emplacement.</source>
        <translation>Cannot write “{path}” ({detail}). Nothing was written; choose another place.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="90"/>
        <source>dossier introuvable</source>
        <translation>folder not found</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="91"/>
        <location filename="../../probono_desk/core/errors.py" line="92"/>
        <source>accès refusé : dossier en lecture seule ?</source>
        <translation>access denied: is the folder read-only?</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="93"/>
        <source>support en lecture seule</source>
        <translation>read-only drive</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="94"/>
        <source>disque plein</source>
        <translation>disk full</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="95"/>
        <location filename="../../probono_desk/core/errors.py" line="96"/>
        <source>un élément du chemin est un fichier, pas un dossier</source>
        <translation>part of the path is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="97"/>
        <location filename="../../probono_desk/output/files.py" line="20"/>
        <source>c&apos;est un dossier : donnez un nom de fichier</source>
        <translation>it is a folder: give a file name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/documents.py" line="132"/>
        <source>Structure inconnue : « {name} ».</source>
        <translation>Unknown structure: “{name}”.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/documents.py" line="138"/>
        <source>Document inconnu : « {kind} ».</source>
        <translation>Unknown document: “{kind}”.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/event.py" line="240"/>
        <source>Donnez un nom à l&apos;événement.</source>
        <translation>Give the event a name.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/event.py" line="245"/>
        <source>Date « {value} » invalide : attendu AAAA-MM-JJ (par exemple 2019-12-05).</source>
        <translation>Invalid date “{value}”: expected YYYY-MM-DD (for example 2019-12-05).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="84"/>
        <source>« {name} » est {what}, pas un export d&apos;inscriptions : choisissez le fichier CSV ou XLSX de l&apos;outil d&apos;inscription.</source>
        <translation>“{name}” is {what}, not a registrations export: choose the CSV or XLSX file from the registration tool.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="107"/>
        <source>Impossible de lire « {path} » : {why}.</source>
        <translation>Cannot read “{path}”: {why}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="117"/>
        <location filename="../../probono_desk/services/registrations.py" line="99"/>
        <source>Le fichier « {name} » est vide.</source>
        <translation>The file “{name}” is empty.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="122"/>
        <source>« {name} » est un classeur Excel ancien (.xls) : enregistrez-le en .xlsx ou en .csv.</source>
        <translation>“{name}” is an old Excel workbook (.xls): save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="132"/>
        <source>« {name} » n&apos;est pas un fichier texte ni un classeur : ce n&apos;est pas un export d&apos;inscriptions (CSV ou XLSX attendu).</source>
        <translation>“{name}” is neither a text file nor a workbook: it is not a registrations export (CSV or XLSX expected).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="144"/>
        <source>« {name} » n&apos;a pas pu être lu comme un CSV ({why}).</source>
        <translation>“{name}” could not be read as a CSV ({why}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="180"/>
        <source>« {name} » est un classeur OpenDocument (.ods) : enregistrez-le en .xlsx ou en .csv.</source>
        <translation>“{name}” is an OpenDocument workbook (.ods): save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="191"/>
        <location filename="../../probono_desk/services/import_files.py" line="215"/>
        <source>« {name} » n&apos;est pas un classeur XLSX lisible (CSV ou XLSX attendu).</source>
        <translation>“{name}” is not a readable XLSX workbook (CSV or XLSX expected).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="105"/>
        <source>« {name} » ne ressemble pas à un export d&apos;inscriptions : aucune colonne Prénom et Nom (ou Nom complet) reconnue. Colonnes trouvées : {headers}.</source>
        <translation>“{name}” does not look like a registrations export: no First name and Last name (or Full name) column recognised. Columns found: {headers}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="116"/>
        <source>« {name} » ne ressemble pas à une liste de structures : c&apos;est un export d&apos;inscriptions (colonne « {column} »). Importez-le comme inscriptions.</source>
        <translation>“{name}” does not look like a list of structures: it is a registrations export (column “{column}”). Import it as registrations.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="125"/>
        <source>« {name} » ne ressemble pas à une liste de structures : aucune colonne Structure reconnue. Colonnes trouvées : {headers}.</source>
        <translation>“{name}” does not look like a list of structures: no Structure column recognised. Columns found: {headers}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="200"/>
        <source>{count} ligne(s) à corriger ; rien n&apos;a été importé (première : ligne {line}, {field} : {why}). Corrigez le fichier, ou importez seulement les lignes valides.</source>
        <translation>{count} row(s) to fix; nothing was imported (first: line {line}, {field}: {why}). Fix the file, or import only the valid rows.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/roster.py" line="80"/>
        <location filename="../../probono_desk/services/roster.py" line="116"/>
        <source>Le prénom et le nom sont obligatoires.</source>
        <translation>First name and last name are required.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/roster.py" line="84"/>
        <location filename="../../probono_desk/services/roster.py" line="120"/>
        <source>L&apos;adresse e-mail « {email} » n&apos;est pas valide.</source>
        <translation>The email address “{email}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/roster.py" line="90"/>
        <source>{name} est déjà inscrit·e à cet événement.</source>
        <translation>{name} is already registered for this event.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/roster.py" line="130"/>
        <source>Le nom est obligatoire.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/roster.py" line="140"/>
        <source>Le nom de la structure est obligatoire.</source>
        <translation>The structure&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/roster.py" line="142"/>
        <source>La structure « {name} » existe déjà.</source>
        <translation>The structure “{name}” already exists.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/errors.py" line="24"/>
        <source>Une erreur inattendue est survenue ({error}). Rien n&apos;a été perdu ; les détails sont dans {log}.</source>
        <translation>An unexpected error occurred ({error}). Nothing was lost; the details are in {log}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/errors.py" line="32"/>
        <source>probono_desk</source>
        <translation>probono_desk</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli_privacy.py" line="84"/>
        <source>{count} personne(s) seraient anonymisées (irréversible) ; relancez avec --yes pour confirmer.</source>
        <translation>{count} person(s) would be anonymised (cannot be undone); run again with --yes to confirm.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/evaluations.py" line="118"/>
        <source>Un questionnaire a au moins une question.</source>
        <translation>A questionnaire has at least one question.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/evaluations.py" line="124"/>
        <source>Chaque question a un intitulé.</source>
        <translation>Every question needs a wording.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/evaluations.py" line="127"/>
        <source>Deux questions ont la même clé « {key} ».</source>
        <translation>Two questions have the same key “{key}”.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/evaluations.py" line="132"/>
        <source>Échelle « {label} » invalide : de {low} à {high}.</source>
        <translation>Invalid scale “{label}”: from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/evaluations.py" line="149"/>
        <source>Répondez à la question « {label} ».</source>
        <translation>Answer the question “{label}”.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/evaluations.py" line="159"/>
        <source>« {label} » : choisissez une note de {low} à {high}.</source>
        <translation>“{label}”: choose a rating from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/evaluations.py" line="168"/>
        <source>« {label} » : répondez oui ou non.</source>
        <translation>“{label}”: answer yes or no.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/pin.py" line="20"/>
        <source>Le code PIN doit compter de {low} à {high} chiffres.</source>
        <translation>The PIN must have {low} to {high} digits.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="96"/>
        <source>Phase introuvable dans le programme.</source>
        <translation>Phase not found in the programme.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="127"/>
        <source>Heure « {value} » illisible : écrivez par exemple 9h30 ou 09:30.</source>
        <translation>Unreadable time “{value}”: write for example 9h30 or 09:30.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="131"/>
        <source>Heure « {value} » impossible.</source>
        <translation>Impossible time “{value}”.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="241"/>
        <source>Une phase de {start} n&apos;a pas de titre.</source>
        <translation>A phase at {start} has no title.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="251"/>
        <source>« {title} » se termine ({end}) avant de commencer ({start}).</source>
        <translation>“{title}” ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="264"/>
        <source>« {title} » ({start}–{end}) sort de la journée ({opens}–{closes}).</source>
        <translation>“{title}” ({start}–{end}) falls outside the day ({opens}–{closes}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="281"/>
        <source>« {title} » : l&apos;alerte rouge ({danger}) doit venir après l&apos;alerte orange ({warning}).</source>
        <translation>“{title}”: the red alert ({danger}) must come after the amber alert ({warning}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="299"/>
        <source>« {first} » ({first_start}–{first_end}) chevauche « {second} » ({second_start}–{second_end}).</source>
        <translation>“{first}” ({first_start}–{first_end}) overlaps “{second}” ({second_start}–{second_end}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="319"/>
        <source>Trou de {gap} entre « {first} » et « {second} » ({start}–{end}) : l&apos;écran affichera la phase suivante à venir.</source>
        <translation>Gap of {gap} between “{first}” and “{second}” ({start}–{end}): the screen will show the next phase coming up.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="339"/>
        <source>Le passage d&apos;une équipe doit durer au moins une minute de présentation.</source>
        <translation>A team&apos;s turn must last at least one minute of presentation.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="351"/>
        <source>Aucune phase « Restitutions » : les passages des équipes ne seront pas affichés.</source>
        <translation>No “Presentations” phase: the teams&apos; turns will not be shown.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="362"/>
        <source>Les {count} passages ({total}) dépassent la phase « {title} » ({length}).</source>
        <translation>The {count} turns ({total}) run over the “{title}” phase ({length}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="385"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="442"/>
        <source>Une phase dure au moins une minute.</source>
        <translation>A phase lasts at least one minute.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="471"/>
        <source>Une équipe ne peut passer qu&apos;une fois.</source>
        <translation>A team can only present once.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="485"/>
        <source>Cette équipe n&apos;est pas dans l&apos;ordre de passage.</source>
        <translation>This team is not in the presentation order.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="236"/>
        <source>La journée est déjà démarrée.</source>
        <translation>The day has already started.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="240"/>
        <source>Démarrez d&apos;abord la journée.</source>
        <translation>Start the day first.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="243"/>
        <source>Le chrono est déjà en pause.</source>
        <translation>The clock is already paused.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="245"/>
        <source>La journée est terminée.</source>
        <translation>The day is over.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="251"/>
        <source>Le chrono n&apos;est pas en pause.</source>
        <translation>The clock is not paused.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="257"/>
        <source>Reprenez d&apos;abord le chrono (il est en pause).</source>
        <translation>Resume the clock first (it is paused).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="264"/>
        <source>Aucune phase en cours : rien à allonger ou raccourcir.</source>
        <translation>No phase running: nothing to lengthen or shorten.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="269"/>
        <source>Impossible de retirer {asked} : il ne reste que {left} à « {title} ».</source>
        <translation>Cannot take off {asked}: only {left} left in “{title}”.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="283"/>
        <location filename="../../probono_desk/core/schedule_run.py" line="288"/>
        <source>Aucune phase à venir à décaler.</source>
        <translation>No upcoming phase to shift.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="295"/>
        <source>« {title} » commencerait dans le passé ({when}) : décalage refusé.</source>
        <translation>“{title}” would start in the past ({when}): shift refused.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="301"/>
        <source>Décalage refusé : « {title} » n&apos;aurait plus de durée.</source>
        <translation>Shift refused: “{title}” would have no time left.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="310"/>
        <source>Aucune phase en cours à passer.</source>
        <translation>No running phase to skip.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="315"/>
        <source>« {title} » vient de commencer : passage à la suite refusé.</source>
        <translation>“{title}” has just started: skip refused.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule_run.py" line="338"/>
        <source>Aucun passage d&apos;équipe en cours.</source>
        <translation>No team presenting right now.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/backups.py" line="58"/>
        <source>La sauvegarde « {path} » est illisible ({detail}).</source>
        <translation>The backup “{path}” is unreadable ({detail}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/backups.py" line="87"/>
        <source>« {path} » est le fichier ouvert : choisissez un autre nom pour la copie.</source>
        <translation>“{path}” is the open file: choose another name for the copy.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/badges.py" line="48"/>
        <source>Aucun badge à imprimer pour cette sélection.</source>
        <translation>No badge to print for this selection.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/checkin.py" line="245"/>
        <source>{name} n&apos;est pas enregistré·e présent·e.</source>
        <translation>{name} is not checked in.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/deliverables.py" line="147"/>
        <source>Étape manquante : le livrable doit d&apos;abord être « {needed} ».</source>
        <translation>Step missing: the deliverable must first be “{needed}”.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/deliverables.py" line="151"/>
        <source>Le livrable est vide : rédigez-le avant de le soumettre.</source>
        <translation>The deliverable is empty: write it before submitting it.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/deliverables.py" line="154"/>
        <source>Donnez au moins un titre et une synthèse avant de soumettre le livrable.</source>
        <translation>Give at least a title and a summary before submitting the deliverable.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/deliverables.py" line="174"/>
        <location filename="../../probono_desk/services/deliverables.py" line="183"/>
        <source>Impossible de lire « {name} » ({detail}).</source>
        <translation>Cannot read “{name}” ({detail}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/deliverables.py" line="205"/>
        <source>Le fichier joint doit avoir un nom.</source>
        <translation>The attached file must have a name.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/deliverables.py" line="208"/>
        <source>« {name} » est vide : rien à joindre.</source>
        <translation>“{name}” is empty: nothing to attach.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/deliverables.py" line="263"/>
        <source>« {name} » pèse {size} : la limite est de {limit} par fichier. Réduisez-le (photo en qualité moyenne, PDF compressé) ou découpez-le, puis joignez-le à nouveau.</source>
        <translation>“{name}” weighs {size}: the limit is {limit} per file. Make it smaller (medium-quality photo, compressed PDF) or split it, then attach it again.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/deliverables.py" line="336"/>
        <source>Le dossier « {path} » existe déjà et n&apos;est pas vide.</source>
        <translation>The folder “{path}” already exists and is not empty.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/evaluations.py" line="57"/>
        <source>Choisissez votre équipe (la structure accompagnée).</source>
        <translation>Choose your team (the partner organisation you helped).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/evaluations.py" line="84"/>
        <source>Code PIN actuel incorrect.</source>
        <translation>Wrong current PIN.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/exports.py" line="223"/>
        <source>Format d&apos;export inconnu « {suffix} » : choisissez un fichier .xlsx ou .csv.</source>
        <translation>Unknown export format “{suffix}”: choose an .xlsx or .csv file.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/missions.py" line="135"/>
        <source>La note est vide.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/missions.py" line="199"/>
        <source>Donnez un nom à l&apos;étape.</source>
        <translation>Give the milestone a name.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/privacy.py" line="33"/>
        <source>Code PIN de l&apos;organisateur·rice incorrect ou absent : action refusée.</source>
        <translation>Organiser&apos;s PIN wrong or missing: action refused.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/teams.py" line="133"/>
        <source>Placez d&apos;abord cette personne dans une équipe.</source>
        <translation>Place this person in a team first.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/teams.py" line="168"/>
        <source>Annulation impossible : cette personne a changé d&apos;équipe depuis.</source>
        <translation>Cannot undo: this person has changed team since.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/teams.py" line="204"/>
        <source>Cette personne a déjà une équipe.</source>
        <translation>This person already has a team.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/teams.py" line="218"/>
        <source>Proposition périmée : {name} a changé d&apos;équipe entre-temps.</source>
        <translation>Suggestion out of date: {name} has changed team in the meantime.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/trail.py" line="72"/>
        <source>Une même personne est choisie deux fois pour le Trail.</source>
        <translation>The same person is chosen twice for the Trail.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/trail.py" line="75"/>
        <source>Le Trail compte {low} ou {high} bénévoles de l&apos;équipe ({count} choisi·e·s).</source>
        <translation>The Trail has {low} or {high} volunteers from the team ({count} chosen).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/trail.py" line="90"/>
        <source>{name} ne fait pas partie de cette équipe : le Trail se choisit dans l&apos;équipe de la structure.</source>
        <translation>{name} is not in this team: the Trail is chosen from the partner organisation&apos;s team.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/trail.py" line="99"/>
        <source>{name} n&apos;est pas enregistré·e comme présent·e aujourd&apos;hui : le Trail se choisit parmi les présents.</source>
        <translation>{name} is not checked in as present today: the Trail is chosen among those present.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/trail.py" line="116"/>
        <source>début du Trail</source>
        <translation>Trail start</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/trail.py" line="117"/>
        <source>fin du Trail</source>
        <translation>Trail end</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/trail.py" line="121"/>
        <source>Dates du Trail invalides : du {start} au {end}. Le Trail commence après la journée et dure au plus trois mois (décembre à février).</source>
        <translation>Invalid Trail dates: from {start} to {end}. The Trail starts after the day and lasts at most three months (December to February).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/trail.py" line="135"/>
        <source>Date du premier rendez-vous « {value} » invalide (AAAA-MM-JJ HH:MM).</source>
        <translation>Invalid first meeting date “{value}” (YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/trail.py" line="140"/>
        <source>Le premier rendez-vous ({value}) doit tomber entre la journée et la fin du Trail.</source>
        <translation>The first meeting ({value}) must fall between the day and the end of the Trail.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/trail.py" line="185"/>
        <source>Date « {value} » invalide ({what}) : attendu AAAA-MM-JJ.</source>
        <translation>Invalid date “{value}” ({what}): expected YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/output/files.py" line="21"/>
        <source>c&apos;est un fichier : donnez un dossier</source>
        <translation>it is a file: give a folder</translation>
    </message>
</context>
<context>
    <name>evaluations</name>
    <message>
        <location filename="../../probono_desk/core/evaluations.py" line="31"/>
        <source>Bénévoles</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/evaluations.py" line="32"/>
        <source>Structures</source>
        <translation>Partner organisations</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="30"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="46"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="64"/>
        <source>Nom complet</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="80"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="99"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="122"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="142"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="160"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="175"/>
        <source>Structure souhaitée</source>
        <translation>Preferred structure</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="202"/>
        <source>Régime alimentaire</source>
        <translation>Diet</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="216"/>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="222"/>
        <source>Date d&apos;inscription</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="247"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="265"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="269"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="272"/>
        <source>Thématique de la mission</source>
        <translation>Mission theme</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="278"/>
        <source>Problématique</source>
        <translation>Problem statement</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="284"/>
        <source>Compétences recherchées</source>
        <translation>Skills needed</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="290"/>
        <source>Livrable attendu</source>
        <translation>Expected deliverable</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="296"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="302"/>
        <source>Référent·e</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="319"/>
        <source>Représentant 1</source>
        <translation>Representative 1</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="337"/>
        <source>Représentant 2</source>
        <translation>Representative 2</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/import_headers.py" line="343"/>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="231"/>
        <source>ni prénom ni nom</source>
        <translation>neither first name nor last name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="236"/>
        <source>prénom ou nom manquant, importé tel quel</source>
        <translation>first or last name missing, imported as is</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="239"/>
        <source>adresse e-mail invalide</source>
        <translation>invalid email address</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="286"/>
        <source>nom de structure manquant</source>
        <translation>structure name missing</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="297"/>
        <source>capacité invalide (un nombre entier positif est attendu)</source>
        <translation>invalid capacity (a positive whole number is expected)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="59"/>
        <source>une image PNG</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="60"/>
        <source>une image JPEG</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="61"/>
        <location filename="../../probono_desk/services/import_files.py" line="62"/>
        <source>une image GIF</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="63"/>
        <source>un document PDF</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="64"/>
        <source>une base SQLite (un fichier d&apos;événement ?)</source>
        <translation>an SQLite database (an event file?)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="65"/>
        <source>une archive compressée</source>
        <translation>a compressed archive</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="66"/>
        <source>une archive RAR</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="67"/>
        <source>une archive 7-Zip</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="68"/>
        <source>un document RTF</source>
        <translation>an RTF document</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="100"/>
        <source>le fichier est trop gros pour un export d&apos;inscriptions</source>
        <translation>the file is too big for a registrations export</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/import_files.py" line="186"/>
        <source>une archive ZIP qui n&apos;est pas un classeur XLSX</source>
        <translation>a ZIP archive that is not an XLSX workbook</translation>
    </message>
</context>
<context>
    <name>missions</name>
    <message>
        <location filename="../../probono_desk/core/missions.py" line="12"/>
        <source>cadrage</source>
        <translation>scoping</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/missions.py" line="13"/>
        <source>diagnostic partagé</source>
        <translation>shared diagnosis</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/missions.py" line="14"/>
        <source>pistes</source>
        <translation>ideas</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/missions.py" line="15"/>
        <source>choix de l&apos;angle</source>
        <translation>choosing the angle</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/missions.py" line="16"/>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/missions.py" line="17"/>
        <source>restitution prête</source>
        <translation>presentation ready</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/missions.py" line="18"/>
        <source>livrable remis</source>
        <translation>deliverable handed over</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/missions.py" line="37"/>
        <source>en bonne voie</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/missions.py" line="38"/>
        <source>à surveiller</source>
        <translation>to watch</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/missions.py" line="39"/>
        <source>bloquée</source>
        <translation>blocked</translation>
    </message>
</context>
<context>
    <name>prints</name>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="44"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="45"/>
        <source>un badge par bénévole, avec son QR</source>
        <translation>one badge per volunteer, with their QR code</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="48"/>
        <source>Fiches équipes</source>
        <translation>Team sheets</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="49"/>
        <source>une page par structure pour son / sa référent·e</source>
        <translation>one page per partner organisation for its referent</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="52"/>
        <source>Feuilles d&apos;émargement</source>
        <translation>Sign-in sheets</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="53"/>
        <source>par équipe, matin et après-midi (mécénat de compétences)</source>
        <translation>per team, morning and afternoon (skills-based sponsorship)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="56"/>
        <source>Attestations de participation</source>
        <translation>Certificates of participation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="57"/>
        <source>une par bénévole présent·e, et le récapitulatif par entreprise</source>
        <translation>one per volunteer present, and the summary per company</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="60"/>
        <source>Chevalets de table</source>
        <translation>Table signs</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="61"/>
        <source>A4 paysage, lisibles à 10 m</source>
        <translation>A4 landscape, readable from 10 m</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="63"/>
        <source>Déroulé</source>
        <translation>Running order</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="63"/>
        <source>le programme de la journée</source>
        <translation>the day&apos;s programme</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="65"/>
        <source>Bilan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/prints.py" line="66"/>
        <source>présence, livrables, Trail, évaluations</source>
        <translation>attendance, deliverables, Trail, evaluations</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="46"/>
        <source>Supprimer une personne</source>
        <translation>Delete a person</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="47"/>
        <source>Supprimer {name} de l&apos;événement, avec ses arrivées, son code, son équipe et son Trail ?

C&apos;est définitif (les sauvegardes gardent l&apos;état d&apos;avant).</source>
        <translation>Delete {name} from the event, with their arrivals, code, team and Trail?

This cannot be undone (the backups keep the earlier state).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="52"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="56"/>
        <source>Supprimer une personne : code PIN de l&apos;organisateur·rice.</source>
        <translation>Delete a person: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="70"/>
        <source>Données d&apos;une personne</source>
        <translation>A person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="83"/>
        <source>Données écrites : {path}</source>
        <translation>Data written: {path}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="91"/>
        <source>Exporter les données d&apos;une personne : code PIN de l&apos;organisateur·rice.</source>
        <translation>Export a person&apos;s data: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="105"/>
        <source>Anonymisation faite</source>
        <translation>Anonymisation done</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="107"/>
        <source>{count} personne(s) anonymisée(s), {kept} gardée(s) pour le Trail. Les {removed} sauvegarde(s) précédentes, qui contenaient les noms, ont été supprimées.</source>
        <translation>{count} person(s) anonymised, {kept} kept for the Trail. The {removed} earlier backup(s), which contained the names, have been deleted.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="124"/>
        <source>Anonymiser après l&apos;événement</source>
        <translation>Anonymise after the event</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="125"/>
        <source>Anonymiser {count} personne(s) qui ne sont pas dans un Trail ({kept} gardée(s)) ?

Noms → « Bénévole anonyme N » ; e-mail, téléphone, organisation, régime et souhaits effacés ; codes révoqués. La situation et l&apos;équipe restent : les chiffres du bilan ne changent pas. Les sauvegardes précédentes (qui contiennent les noms) sont supprimées. C&apos;est définitif.</source>
        <translation>Anonymise {count} person(s) who are not in a Trail ({kept} kept)?

Names → “Bénévole anonyme N”; email, phone, organisation, diet and preferences erased; codes revoked. Situation and team stay: the report&apos;s figures do not change. Earlier backups (which contain the names) are deleted. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="132"/>
        <source>Anonymiser</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="134"/>
        <source>Anonymiser : code PIN de l&apos;organisateur·rice.</source>
        <translation>Anonymise: organiser&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="143"/>
        <source>Code PIN de l&apos;organisateur·rice</source>
        <translation>Organiser&apos;s PIN</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="151"/>
        <source>4 à 12 chiffres</source>
        <translation>4 to 12 digits</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="158"/>
        <source>PIN actuel</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="162"/>
        <source>Nouveau PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="174"/>
        <source>Changer le PIN</source>
        <translation>Change the PIN</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="176"/>
        <source>Définir le PIN</source>
        <translation>Set the PIN</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="179"/>
        <source>PIN défini. Il est demandé pour supprimer une personne, exporter des données personnelles, modifier le programme une fois la journée commencée, anonymiser, et quitter le kiosque ou la projection.</source>
        <translation>PIN set. It is asked for to delete a person, export personal data, change the programme once the day has started, anonymise, and leave the kiosk or the projection.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="186"/>
        <source>Aucun PIN : tout le monde peut supprimer des personnes, exporter leurs données et quitter le kiosque ou la projection. Définissez-en un avant le jour J.</source>
        <translation>No PIN: anyone can delete people, export their data and leave the kiosk or the projection. Set one before the big day.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/privacy_actions.py" line="204"/>
        <source>PIN enregistré.</source>
        <translation>PIN saved.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="43"/>
        <source>Plénière</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="44"/>
        <source>Travail en équipe</source>
        <translation>Team work</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="45"/>
        <location filename="../../probono_desk/core/schedule.py" line="181"/>
        <location filename="../../probono_desk/core/schedule.py" line="193"/>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="46"/>
        <location filename="../../probono_desk/core/schedule.py" line="197"/>
        <source>Restitutions</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="172"/>
        <source>Accueil et check-in</source>
        <translation>Welcome and check-in</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="174"/>
        <source>Bienvenue ! Passez au check-in puis rejoignez la table de votre équipe.</source>
        <translation>Welcome! Check in, then join your team&apos;s table.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="176"/>
        <source>Plénière : lancement et pitchs des structures</source>
        <translation>Plenary: opening and the partner organisations&apos; pitches</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="177"/>
        <source>Cadrage en équipes</source>
        <translation>Scoping in teams</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="178"/>
        <source>Découverte avec la structure</source>
        <translation>Getting to know the partner organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="183"/>
        <source>Café au fond de la salle.</source>
        <translation>Coffee at the back of the room.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="185"/>
        <source>Choix de l&apos;angle</source>
        <translation>Choosing the angle</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="188"/>
        <source>Déjeuner</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="190"/>
        <source>Bon appétit ! Pensez à signer la feuille d&apos;émargement.</source>
        <translation>Enjoy your lunch! Remember to sign the sign-in sheet.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="192"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="194"/>
        <source>Finalisation et répétition</source>
        <translation>Finishing and rehearsal</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="199"/>
        <source>5 minutes de présentation, 2 minutes de questions.</source>
        <translation>5 minutes of presentation, 2 minutes of questions.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="201"/>
        <source>Évaluations et Trail</source>
        <translation>Evaluations and Trail</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/schedule.py" line="202"/>
        <source>Clôture</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>situation</name>
    <message>
        <location filename="../../probono_desk/core/models.py" line="27"/>
        <source>salarié·e</source>
        <translation>employee</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/models.py" line="28"/>
        <source>demandeur·se d&apos;emploi</source>
        <translation>job seeker</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/models.py" line="29"/>
        <source>dirigeant·e TPE/PME</source>
        <translation>small-business owner</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/models.py" line="30"/>
        <source>étudiant·e</source>
        <translation>student</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/models.py" line="31"/>
        <source>retraité·e</source>
        <translation>retiree</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/models.py" line="32"/>
        <source>indépendant·e</source>
        <translation>self-employed</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/models.py" line="33"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>teams</name>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="29"/>
        <source>salarié·es</source>
        <translation>employees</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="30"/>
        <source>demandeur·ses d&apos;emploi</source>
        <translation>job seekers</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="31"/>
        <source>dirigeant·es</source>
        <translation>business owners</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="32"/>
        <source>étudiant·es</source>
        <translation>students</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="33"/>
        <source>retraité·es</source>
        <translation>retirees</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="34"/>
        <source>indépendant·es</source>
        <translation>self-employed</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="35"/>
        <source>autres</source>
        <translation>others</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="39"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="40"/>
        <source>Épinglages</source>
        <translation>Pins</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="41"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="42"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="43"/>
        <source>Personne isolée</source>
        <translation>Person on their own</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="44"/>
        <source>Mixité des profils</source>
        <translation>Mix of profiles</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="45"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="50"/>
        <source>{lo} à {hi}</source>
        <translation>{lo} to {hi}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="86"/>
        <source>{n} membres (attendu : {expected}).</source>
        <translation>{n} members (expected: {expected}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="94"/>
        <source>{n} membres pour {expected} attendus.</source>
        <translation>{n} members for {expected} expected.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="105"/>
        <source>{n} épinglé·e(s) ailleurs : {names}.</source>
        <translation>{n} pinned elsewhere: {names}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="112"/>
        <source>{n} épinglé·e(s), à leur place.</source>
        <translation>{n} pinned, in their place.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="115"/>
        <source>Aucun épinglage.</source>
        <translation>No pins.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="123"/>
        <source>{count} de {org}</source>
        <translation>{count} from {org}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="130"/>
        <source>Plus de 2 d&apos;une même organisation : {names}.</source>
        <translation>More than 2 from the same organisation: {names}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="135"/>
        <source>Au plus 2 personnes par organisation.</source>
        <translation>At most 2 people per organisation.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="139"/>
        <source>Le diagnostic ne demande pas de compétence particulière.</source>
        <translation>The diagnosis asks for no particular skill.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="149"/>
        <source>{n} personnes avec une compétence recherchée ({detail}).</source>
        <translation>{n} people with a skill needed ({detail}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="159"/>
        <source>Seulement {n} personne(s) dans tout le vivier avec {skills}.</source>
        <translation>Only {n} person(s) in the whole pool with {skills}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="170"/>
        <source>{n} personne(s) avec une compétence recherchée ({skills}) : il en faut 2.</source>
        <translation>{n} person(s) with a skill needed ({skills}): 2 are needed.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="183"/>
        <source>Seul·e de sa situation : {who}.</source>
        <translation>Only one of their situation: {who}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="190"/>
        <source>Aucun·e étudiant·e ni retraité·e seul·e.</source>
        <translation>No student or retiree on their own.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="205"/>
        <source>{n} {who} pour {ideal:.0f} attendu·es</source>
        <translation>{n} {who} for {ideal:.0f} expected</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="212"/>
        <source>Aucune situation connue</source>
        <translation>No situation known</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="221"/>
        <source>{here} membre(s) à leur premier choix ; demandée aussi par {away} personne(s) placée(s) ailleurs.</source>
        <translation>{here} member(s) at their first choice; also asked for by {away} person(s) placed elsewhere.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="232"/>
        <source>{here} membre(s) à leur premier choix.</source>
        <translation>{here} member(s) at their first choice.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="245"/>
        <source>Épinglé·e à cette équipe.</source>
        <translation>Pinned to this team.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="249"/>
        <source>Sans préférence.</source>
        <translation>No preference.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="251"/>
        <source>Son premier choix.</source>
        <translation>Their first choice.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="257"/>
        <source>Son choix n°{rank} ; « {first} » : {reason}.</source>
        <translation>Their choice no. {rank}; “{first}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="263"/>
        <source>A demandé « {first} » : {reason}.</source>
        <translation>Asked for “{first}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="270"/>
        <source>Apporte {skills}, recherché par le diagnostic.</source>
        <translation>Brings {skills}, needed by the diagnosis.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="273"/>
        <source>Avec d&apos;autres {who}.</source>
        <translation>With other {who}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="275"/>
        <source>Équilibre les profils de l&apos;équipe.</source>
        <translation>Balances the team&apos;s profiles.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="284"/>
        <source>déjà {n} personnes de {org}</source>
        <translation>already {n} people from {org}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="287"/>
        <source>sa compétence « {skill} » est nécessaire ici</source>
        <translation>their skill “{skill}” is needed here</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="292"/>
        <source>évite qu&apos;un·e {who} reste seul·e ici</source>
        <translation>keeps a {who} from being on their own here</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="296"/>
        <source>équipe complète</source>
        <translation>team full</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_explain.py" line="297"/>
        <source>pour équilibrer compétences et profils</source>
        <translation>to balance skills and profiles</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_walkin.py" line="92"/>
        <source>apporte {skills}, dont l&apos;équipe a besoin</source>
        <translation>brings {skills}, which the team needs</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_walkin.py" line="98"/>
        <source>{n} présent·es sur {size} prévu·es</source>
        <translation>{n} present out of {size} expected</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_walkin.py" line="103"/>
        <source>{n} membres</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/teams.py" line="25"/>
        <source>Placé·e à la main.</source>
        <translation>Placed by hand.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/teams_report.py" line="56"/>
        <source>Sans équipe : {names}</source>
        <translation>Without a team: {names}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_rebalance.py" line="125"/>
        <source>Sans équipe : rejoint {team}.</source>
        <translation>Without a team: joins {team}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_rebalance.py" line="128"/>
        <source>Apporte {skills} à {team}.</source>
        <translation>Brings {skills} to {team}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_rebalance.py" line="132"/>
        <source>{src} : {n_src} présent·es ; {dest} : {n_dest}.</source>
        <translation>{src}: {n_src} present; {dest}: {n_dest}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/teams_rebalance.py" line="139"/>
        <source>Évite qu&apos;un·e {who} reste seul·e.</source>
        <translation>Keeps a {who} from being on their own.</translation>
    </message>
</context>
</TS>
