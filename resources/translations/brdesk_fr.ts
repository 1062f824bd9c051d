<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name />
        <message>
            <source>Home</source>
            <extracomment>"module:Class" under brdesk.ui.pages shown in a cohort folder (where only such pages are), not in a personal one</extracomment>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>My reserve</source>
            <translation>Ma réserve</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>Effectiveness</source>
            <translation>Efficacité</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Observations</translation>
        </message>
        <message>
            <source>Map</source>
            <extracomment>Points drawn in the window: beyond this the map samples the log evenly (and says so).</extracomment>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>Two columns of panels from this width of the page's viewport (pixels) up.</extracomment>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Report &amp; follow-up</source>
            <translation>Rapport et suivi</translation>
        </message>
        <message>
            <source>Good practices</source>
            <translation>Bonnes pratiques</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Cohorte</translation>
        </message>
        <message>
            <source>Your participants' packages, each kept apart and read-only. Add the packages they hand in (a newer one replaces the older); compare their plans; export the cohort.</source>
            <translation>Les paquets de vos participants, chacun à part et en lecture seule. Ajoutez les paquets qu'ils vous remettent (un plus récent remplace l'ancien) ; comparez leurs plans ; exportez la cohorte.</translation>
        </message>
        <message>
            <source>Your plan and your monitoring at a glance. Export it for slides and e-mails.</source>
            <translation>Votre plan et votre suivi en un coup d'œil. Exportez-le pour des diapositives et des courriels.</translation>
        </message>
        <message>
            <source>How well is the reserve managed? Answer the questions with your team once a year; compare the years; make the next steps actions of your plan.</source>
            <translation>La réserve est-elle bien gérée ? Répondez aux questions avec votre équipe une fois par an ; comparez les années ; faites des prochaines étapes des actions de votre plan.</translation>
        </message>
        <message>
            <source>Your reserve's zones and where observations fall in them. Drawn from your own data: no internet needed.</source>
            <translation>Les zones de votre réserve et les observations qui s'y trouvent. Dessiné à partir de vos propres données : pas besoin d'internet.</translation>
        </message>
        <message>
            <source>Your monitoring log. Filters search as you type; double-click a record to edit it.</source>
            <translation>Votre journal de suivi. Les filtres cherchent pendant la saisie ; double-cliquez sur une observation pour la modifier.</translation>
        </message>
        <message>
            <source>Your plan across the four pillars, tagged to the SDGs and the Kunming-Montreal GBF targets. Double-click a title to rename it; everything is saved at once.</source>
            <translation>Votre plan selon les quatre piliers, relié aux ODD et aux cibles du Cadre mondial de la biodiversité de Kunming-Montréal. Double-cliquez sur un titre pour le renommer ; tout est enregistré aussitôt.</translation>
        </message>
        <message>
            <source>What your reserve did that others could learn from: the challenge, what was done, the results and their evidence, and what another reserve would need to do it too.</source>
            <translation>Ce que votre réserve a fait et dont d'autres peuvent s'inspirer : le défi, ce qui a été fait, les résultats et leurs preuves, et ce qu'il faudrait à une autre réserve pour le faire aussi.</translation>
        </message>
        <message>
            <source>The personal report the programme asks for within two months, in Word, and the documents to send with it.</source>
            <translation>Le rapport personnel que le programme demande sous deux mois, au format Word, et les documents à joindre.</translation>
        </message>
        <message>
            <source>About you and your biosphere reserve. Changes are saved as you type.</source>
            <translation>À propos de vous et de votre réserve de biosphère. Les modifications sont enregistrées pendant la saisie.</translation>
        </message>
        <message>
            <source>Welcome to brdesk</source>
            <extracomment>Bring the data of the earlier brdesk found beside this one. a trainer gathers participants' packages here: the folder becomes a cohort</extracomment>
            <translation>Bienvenue dans brdesk</translation>
        </message>
        <message>
            <source>Your workbench for your mountain biosphere reserve: your profile, your action plan across the four pillars of the &lt;i&gt;%1&lt;/i&gt;, your monitoring, and your post-training report. Everything stays on this computer and is saved as you type.</source>
            <translation>Votre atelier pour votre réserve de biosphère de montagne : votre profil, votre plan d'action selon les quatre piliers du &lt;i&gt;%1&lt;/i&gt;, votre suivi et votre rapport post-formation. Tout reste sur cet ordinateur et est enregistré pendant la saisie.</translation>
        </message>
        <message>
            <source>Start my plan</source>
            <translation>Commencer mon plan</translation>
        </message>
        <message>
            <source>A few questions about you, your reserve and a first objective</source>
            <translation>Quelques questions sur vous, votre réserve et un premier objectif</translation>
        </message>
        <message>
            <source>Explore the demo reserve</source>
            <translation>Explorer la réserve de démonstration</translation>
        </message>
        <message>
            <source>Opens a made-up Himalayan reserve in a separate folder: your own data stays clean</source>
            <translation>Ouvre une réserve himalayenne fictive dans un dossier à part : vos propres données restent intactes</translation>
        </message>
        <message>
            <source>A trainer gathering participants' packages? &lt;a href='cohort'&gt;Make this folder a cohort…&lt;/a&gt;</source>
            <translation>Formateur, vous rassemblez les paquets des participants ? &lt;a href='cohort'&gt;Faire de ce dossier une cohorte…&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Bring my data from the earlier brdesk</source>
            <translation>Récupérer mes données de l'ancien brdesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data from an earlier brdesk was found:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;It is copied here and brought up to date; the earlier folder stays as it is.</source>
            <translation>&lt;b&gt;Des données d'un ancien brdesk ont été trouvées :&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Elles sont copiées ici et mises à jour ; l'ancien dossier reste tel quel.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>brdesk will be in %1 the next time it starts.</source>
            <translation>brdesk sera en %1 au prochain démarrage.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>the window's attribute for the action ("" for none) "File", "File/Import"... a method of the window enabled only while a data folder is open changes the data: off in a folder open read-only only in a "personal" or a "cohort" folder (hidden in the other); "" in both The menus' titles, for translation (the menus are named by their paths below).</extracomment>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <source>&amp;Cohort</source>
            <translation>&amp;Cohorte</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Open data folder…</source>
            <translation>&amp;Ouvrir un dossier de données…</translation>
        </message>
        <message>
            <source>Bring my data from an earlier brdesk…</source>
            <translation>Récupérer mes données d'un ancien brdesk…</translation>
        </message>
        <message>
            <source>&amp;Back to my data</source>
            <translation>&amp;Revenir à mes données</translation>
        </message>
        <message>
            <source>Observations (KoBo, ODK, iNaturalist, GBIF, CSV, Excel)…</source>
            <translation>Observations (KoBo, ODK, iNaturalist, GBIF, CSV, Excel)…</translation>
        </message>
        <message>
            <source>Package from another laptop (.brdesk)…</source>
            <translation>Paquet d'un autre ordinateur (.brdesk)…</translation>
        </message>
        <message>
            <source>Zones of the reserve (GeoJSON, KML, shapefile)…</source>
            <translation>Zones de la réserve (GeoJSON, KML, shapefile)…</translation>
        </message>
        <message>
            <source>Action plan (Excel or CSV)…</source>
            <translation>Plan d'action (Excel ou CSV)…</translation>
        </message>
        <message>
            <source>Zones of the reserve (GeoJSON)…</source>
            <translation>Zones de la réserve (GeoJSON)…</translation>
        </message>
        <message>
            <source>Self-assessments (Excel or CSV)…</source>
            <translation>Auto-évaluations (Excel ou CSV)…</translation>
        </message>
        <message>
            <source>Observations (Excel, CSV, GeoJSON, Darwin Core)…</source>
            <translation>Observations (Excel, CSV, GeoJSON, Darwin Core)…</translation>
        </message>
        <message>
            <source>Package for another laptop (.brdesk)…</source>
            <translation>Paquet pour un autre ordinateur (.brdesk)…</translation>
        </message>
        <message>
            <source>Post-training report (Word)…</source>
            <translation>Rapport post-formation (Word)…</translation>
        </message>
        <message>
            <source>Dashboard (PDF or slide image)…</source>
            <translation>Tableau de bord (PDF ou image de diapositive)…</translation>
        </message>
        <message>
            <source>Add participants' packages…</source>
            <translation>Ajouter les paquets des participants…</translation>
        </message>
        <message>
            <source>Export cohort report (Word)…</source>
            <translation>Exporter le rapport de la cohorte (Word)…</translation>
        </message>
        <message>
            <source>Export cohort workbook (Excel)…</source>
            <translation>Exporter le classeur de la cohorte (Excel)…</translation>
        </message>
        <message>
            <source>Export follow-up list…</source>
            <translation>Exporter la liste de suivi…</translation>
        </message>
        <message>
            <source>Export cohort package (.brdesk)…</source>
            <translation>Exporter le paquet de la cohorte (.brdesk)…</translation>
        </message>
        <message>
            <source>Back&amp;ups and restore…</source>
            <translation>Sa&amp;uvegardes et restauration…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;New item</source>
            <translation>&amp;Nouvel élément</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>brdesk &amp;help</source>
            <translation>&amp;Aide de brdesk</translation>
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation>&amp;Ouvrir le dossier de données</translation>
        </message>
        <message>
            <source>&amp;About brdesk</source>
            <translation>À &amp;propos de brdesk</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message numerus="yes">
            <source>%Ln participant(s)</source>
            <translation>
                <numerusform>%Ln participant</numerusform>
                <numerusform>%Ln participants</numerusform>
            </translation>
        </message>
        <message>
            <source>Cohort folder: %1</source>
            <translation>Dossier de la cohorte : %1</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Dossier de données : %1</translation>
        </message>
        <message>
            <source>brdesk — demo reserve (made-up data)</source>
            <translation>brdesk — réserve de démonstration (données fictives)</translation>
        </message>
        <message>
            <source>Read-only: nothing can be changed</source>
            <translation>Lecture seule : rien ne peut être modifié</translation>
        </message>
        <message numerus="yes">
            <source>%Ln value(s) not saved (marked in red)</source>
            <translation>
                <numerusform>%Ln valeur non enregistrée (en rouge)</numerusform>
                <numerusform>%Ln valeurs non enregistrées (en rouge)</numerusform>
            </translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Toutes les modifications sont enregistrées</translation>
        </message>
        <message numerus="yes">
            <source>%Ln objective(s)</source>
            <translation>
                <numerusform>%Ln objectif</numerusform>
                <numerusform>%Ln objectifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln action(s)</source>
            <translation>
                <numerusform>%Ln action</numerusform>
                <numerusform>%Ln actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln observation(s)</source>
            <translation>
                <numerusform>%Ln observation</numerusform>
                <numerusform>%Ln observations</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Annuler %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rétablir %1</translation>
        </message>
    </context>
</TS>
