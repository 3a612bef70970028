<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
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
        <translation>Winning structures</translation>
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
    <name>Launcher</name>
    <message>
        <location filename="../../probono_desk/ui/launcher.py" line="89"/>
        <source>Ouvrir un événement</source>
        <translation>Open an event</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="61"/>
        <source>Marathon Probono</source>
        <translation>Marathon Probono</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="79"/>
        <source>Écrans</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="87"/>
        <source>{title} (Ctrl+{number})</source>
        <translation>{title} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="135"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="136"/>
        <source>&amp;Nouvel événement…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="139"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="143"/>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="146"/>
        <source>&amp;Sauvegarder une copie…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="150"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="153"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="154"/>
        <source>À &amp;propos de probono_desk</source>
        <translation>&amp;About probono_desk</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="195"/>
        <source>Poste : {station}</source>
        <translation>Station: {station}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="198"/>
        <source>Dernière sauvegarde : {time}</source>
        <translation>Last backup: {time}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="200"/>
        <source>Pas encore de sauvegarde</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="224"/>
        <source>Sauvegarde impossible : {error}</source>
        <translation>Backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="251"/>
        <source>Sauvegarder une copie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="251"/>
        <source>Événement probono_desk (*.probono)</source>
        <translation>probono_desk event (*.probono)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="274"/>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="279"/>
        <source>À propos de probono_desk</source>
        <translation>About probono_desk</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/main_window.py" line="283"/>
        <source>&lt;b&gt;probono_desk {version}&lt;/b&gt;&lt;br&gt;Le poste de pilotage d&apos;un Marathon Probono : check-in, équipes, chrono, livrables, impressions.&lt;br&gt;Hors ligne ; tout l&apos;événement tient dans un fichier.&lt;br&gt;&lt;br&gt;Fichier ouvert : {path}</source>
        <translation>&lt;b&gt;probono_desk {version}&lt;/b&gt;&lt;br&gt;The control desk of a Marathon Probono: check-in, teams, clock, deliverables, printing.&lt;br&gt;Offline; the whole event fits in one file.&lt;br&gt;&lt;br&gt;Open file: {path}</translation>
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
    <name>SettingsScreen</name>
    <message>
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
        <source>Une copie complète de l&apos;événement est faite toutes les 5 minutes et à la fermeture (les 20 plus récentes sont gardées).</source>
        <translation>A complete copy of the event is made every 5 minutes and on closing (the 20 most recent are kept).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="139"/>
        <source>Dossier</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="140"/>
        <source>Dernière</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="174"/>
        <source>(événement en mémoire)</source>
        <translation>(event in memory)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="176"/>
        <source>pas encore</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="193"/>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="205"/>
        <source>Nom du poste enregistré : {name}.</source>
        <translation>Station name saved: {name}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="211"/>
        <source>La langue choisie s&apos;appliquera au prochain démarrage.</source>
        <translation>The chosen language applies at the next start.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/settings.py" line="220"/>
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
        <translation>The control desk of the day: check-in at the door, the structures&apos; teams, the projector clock, deliverables and printing. Offline; the whole event fits in a single file.</translation>
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
        <translation>A fresh copy of the demo event: 5 structures, 50 volunteers</translation>
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
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="260"/>
        <source>Fiche de {name}</source>
        <translation>{name}&apos;s details</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="268"/>
        <source>— non renseignée —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="275"/>
        <source>séparées par des virgules</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="284"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="285"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="286"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="287"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="288"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="289"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="290"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="291"/>
        <source>Structure souhaitée</source>
        <translation>Preferred structure</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="292"/>
        <source>Régime alimentaire</source>
        <translation>Diet</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="294"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="297"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VolunteersModel</name>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="56"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="57"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="58"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="59"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="60"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="61"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="62"/>
        <source>Présent·e</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="119"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>VolunteersScreen</name>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="156"/>
        <location filename="../../probono_desk/ui/volunteers.py" line="170"/>
        <source>Bénévoles</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="162"/>
        <source>Rechercher par nom, e-mail, organisation, équipe…</source>
        <translation>Search by name, email, organisation, team…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="167"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="168"/>
        <source>Modifier la fiche du ou de la bénévole sélectionné·e (Entrée)</source>
        <translation>Edit the selected volunteer&apos;s details (Enter)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/ui/volunteers.py" line="243"/>
        <source>{shown} / {total} bénévoles</source>
        <translation>{shown} / {total} volunteers</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../probono_desk/cli.py" line="66"/>
        <source>Le poste de pilotage d&apos;un Marathon Probono : check-in, équipes, chrono, livrables, impressions. Sans sous-commande : ouvre la fenêtre.</source>
        <translation>The control desk of a Marathon Probono: check-in, teams, clock, deliverables, printing. Without a command: opens the window.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="74"/>
        <source>COMMANDE</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="76"/>
        <source>écrire l&apos;événement de démonstration</source>
        <translation>write the demo event</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="80"/>
        <source>créer un fichier d&apos;événement vide</source>
        <translation>create an empty event file</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="82"/>
        <source>nom de l&apos;événement</source>
        <translation>event name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="83"/>
        <source>date AAAA-MM-JJ</source>
        <translation>date YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="84"/>
        <source>lieu</source>
        <translation>venue</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="88"/>
        <source>importer des inscriptions ou des structures (CSV, XLSX)</source>
        <translation>import registrations or structures (CSV, XLSX)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="95"/>
        <source>type de fichier (détecté sinon)</source>
        <translation>kind of file (detected otherwise)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="100"/>
        <source>montrer ce qui serait importé sans rien écrire</source>
        <translation>show what would be imported without writing anything</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="105"/>
        <source>importer les lignes valides et ignorer les autres</source>
        <translation>import the valid rows and skip the others</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="109"/>
        <source>compter inscrits, présents, équipes</source>
        <translation>count registered, present, teams</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="111"/>
        <source>sortie JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="114"/>
        <source>imprimer un document en PDF</source>
        <translation>print a document as PDF</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="117"/>
        <source>fichier PDF à écrire</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="146"/>
        <source>Événement de démonstration écrit : {path} ({volunteers} bénévoles, {structures} structures).</source>
        <translation>Demo event written: {path} ({volunteers} volunteers, {structures} structures).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="159"/>
        <source>Événement créé : {path}</source>
        <translation>Event created: {path}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="172"/>
        <source>erreur</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="172"/>
        <source>attention</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="175"/>
        <source>ligne {line}, {field} : {why} ({level})</source>
        <translation>line {line}, {field}: {why} ({level})</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="183"/>
        <source>doublon : {who} (lignes {dropped} et {kept}) ; l&apos;inscription la plus récente est gardée (ligne {kept})</source>
        <translation>duplicate: {who} (lines {dropped} and {kept}); the latest registration is kept (line {kept})</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="193"/>
        <source>colonnes ignorées : {columns}</source>
        <translation>columns ignored: {columns}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="201"/>
        <source>Essai à blanc : {new} nouveaux, {updated} mis à jour, {unchanged} inchangés, {errors} ligne(s) en erreur. Rien n&apos;a été écrit.</source>
        <translation>Dry run: {new} new, {updated} updated, {unchanged} unchanged, {errors} row(s) in error. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="214"/>
        <source>Import terminé : {created} nouveaux, {updated} mis à jour, {unchanged} inchangés, {skipped} ignorés, {duplicates} doublons fusionnés.</source>
        <translation>Import done: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped, {duplicates} duplicates merged.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="239"/>
        <source>Inscrits : {volunteers}   Présents : {present}</source>
        <translation>Registered: {volunteers}   Present: {present}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="244"/>
        <source>  Table {table} · {name} : {present}/{members} présents</source>
        <translation>  Table {table} · {name}: {present}/{members} present</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="252"/>
        <source>Document écrit : {path}</source>
        <translation>Document written: {path}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/cli.py" line="280"/>
        <source>probono-desk : erreur inattendue ({error}). Détails : {log}</source>
        <translation>probono-desk: unexpected error ({error}). Details: {log}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="16"/>
        <source>Opération impossible.</source>
        <translation>Operation not possible.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="37"/>
        <source>« {path} » n&apos;est pas un fichier d&apos;événement probono_desk.</source>
        <translation>“{path}” is not a probono_desk event file.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="41"/>
        <source>« {path} » a été écrit par une version plus récente de probono_desk ({unknown}). Mettez l&apos;application à jour pour l&apos;ouvrir.</source>
        <translation>“{path}” was written by a newer version of probono_desk ({unknown}). Update the application to open it.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="49"/>
        <source>Le fichier « {path} » est endommagé ({detail}).</source>
        <translation>The file “{path}” is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="53"/>
        <location filename="../../probono_desk/services/registrations.py" line="81"/>
        <source>Le fichier « {path} » n&apos;existe pas.</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="57"/>
        <source>Le fichier « {path} » existe déjà : choisissez un autre nom.</source>
        <translation>The file “{path}” already exists: choose another name.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="61"/>
        <source>L&apos;enregistrement a échoué ({detail}). Rien n&apos;a été modifié ; réessayez.</source>
        <translation>Saving failed ({detail}). Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="67"/>
        <source>Valeur refusée : {detail}</source>
        <translation>Value refused: {detail}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="71"/>
        <source>Introuvable : {what}.</source>
        <translation>Not found: {what}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/errors.py" line="77"/>
        <source>Import refusé : {detail}</source>
        <translation>Import refused: {detail}</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/documents.py" line="32"/>
        <source>Document inconnu : « {kind} ».</source>
        <translation>Unknown document: “{kind}”.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/event.py" line="184"/>
        <source>Donnez un nom à l&apos;événement.</source>
        <translation>Give the event a name.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/event.py" line="189"/>
        <source>Date « {value} » invalide : attendu AAAA-MM-JJ (par exemple 2019-12-05).</source>
        <translation>Invalid date “{value}”: expected YYYY-MM-DD (for example 2019-12-05).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="84"/>
        <source>Impossible de lire « {path} » : {why}.</source>
        <translation>Cannot read “{path}”: {why}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="89"/>
        <location filename="../../probono_desk/services/registrations.py" line="187"/>
        <source>Le fichier « {name} » est vide.</source>
        <translation>The file “{name}” is empty.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="94"/>
        <source>« {name} » est un classeur Excel ancien (.xls) : enregistrez-le en .xlsx ou en .csv.</source>
        <translation>“{name}” is an old Excel workbook (.xls): save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="101"/>
        <source>« {name} » n&apos;est pas un fichier texte ni un classeur : ce n&apos;est pas un export d&apos;inscriptions (CSV ou XLSX attendu).</source>
        <translation>“{name}” is neither a text file nor a workbook: it is not a registrations export (CSV or XLSX expected).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="112"/>
        <source>« {name} » n&apos;a pas pu être lu comme un CSV ({why}).</source>
        <translation>“{name}” could not be read as a CSV ({why}).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="125"/>
        <source>« {name} » n&apos;est pas un classeur XLSX lisible (CSV ou XLSX attendu).</source>
        <translation>“{name}” is not a readable XLSX workbook (CSV or XLSX expected).</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="193"/>
        <source>« {name} » ne ressemble pas à un export d&apos;inscriptions : aucune colonne Prénom et Nom (ou Nom complet) reconnue. Colonnes trouvées : {headers}.</source>
        <translation>“{name}” does not look like a registrations export: no First name and Last name (or Full name) column recognised. Columns found: {headers}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="202"/>
        <source>« {name} » ne ressemble pas à une liste de structures : aucune colonne Structure reconnue. Colonnes trouvées : {headers}.</source>
        <translation>“{name}” does not look like a list of structures: no Structure column recognised. Columns found: {headers}.</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="292"/>
        <source>{count} ligne(s) à corriger ; rien n&apos;a été importé (première : ligne {line}, {why}).</source>
        <translation>{count} row(s) to fix; nothing was imported (first: line {line}, {why}).</translation>
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
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="37"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="43"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="59"/>
        <source>Nom complet</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="75"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="94"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="114"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="134"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="149"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="155"/>
        <source>Structure souhaitée</source>
        <translation>Preferred structure</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="180"/>
        <source>Régime alimentaire</source>
        <translation>Diet</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="194"/>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="200"/>
        <source>Date d&apos;inscription</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="222"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="237"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="241"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="244"/>
        <source>Thématique de la mission</source>
        <translation>Mission theme</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="250"/>
        <source>Problématique</source>
        <translation>Problem statement</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="256"/>
        <source>Compétences recherchées</source>
        <translation>Skills needed</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="262"/>
        <source>Livrable attendu</source>
        <translation>Expected deliverable</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="268"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="274"/>
        <source>Référent·e</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="290"/>
        <source>Représentant 1</source>
        <translation>Representative 1</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="296"/>
        <source>Représentant 2</source>
        <translation>Representative 2</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="302"/>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="554"/>
        <source>ni prénom ni nom</source>
        <translation>neither first name nor last name</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="559"/>
        <source>prénom ou nom manquant, importé tel quel</source>
        <translation>first or last name missing, imported as is</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="562"/>
        <source>adresse e-mail invalide</source>
        <translation>invalid email address</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="609"/>
        <source>nom de structure manquant</source>
        <translation>structure name missing</translation>
    </message>
    <message>
        <location filename="../../probono_desk/core/registrations.py" line="623"/>
        <source>capacité invalide (un nombre entier positif est attendu)</source>
        <translation>invalid capacity (a positive whole number is expected)</translation>
    </message>
    <message>
        <location filename="../../probono_desk/services/registrations.py" line="77"/>
        <source>le fichier est trop gros pour un export d&apos;inscriptions</source>
        <translation>the file is too big for a registrations export</translation>
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
</TS>
