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
            <source>Observation log</source>
            <translation>Journal des observations</translation>
        </message>
        <message>
            <source>How many observations are shown</source>
            <translation>Nombre d'observations affichées</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Add an observation (Ctrl+N)</source>
            <translation>Ajouter une observation (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Link to a good practice…</source>
            <translation>Lier à une bonne pratique…</translation>
        </message>
        <message>
            <source>The selected records become evidence of a good practice</source>
            <translation>Les observations sélectionnées deviennent les preuves d'une bonne pratique</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>From KoBoToolbox, ODK, iNaturalist, GBIF, CSV or Excel</source>
            <translation>Depuis KoBoToolbox, ODK, iNaturalist, GBIF, CSV ou Excel</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>The records shown, as CSV, Excel, GeoJSON or Darwin Core</source>
            <translation>Les observations affichées, en CSV, Excel, GeoJSON ou Darwin Core</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <source>No observations yet: add one, or import a file from a field tool.</source>
            <translation>Pas encore d'observation : ajoutez-en une ou importez un fichier d'un outil de terrain.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln observation(s) match the filter.</source>
            <translation>
                <numerusform>%Ln observation correspond au filtre.</numerusform>
                <numerusform>%Ln observations correspondent au filtre.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln observation(s).</source>
            <translation>
                <numerusform>%Ln observation.</numerusform>
                <numerusform>%Ln observations.</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the rest…</source>
            <translation>Chargement de la suite…</translation>
        </message>
        <message>
            <source>Your plan across the four pillars, tagged to the SDGs and the Kunming-Montreal GBF targets. Double-click a title to rename it; everything is saved at once.</source>
            <translation>Votre plan selon les quatre piliers, relié aux ODD et aux cibles du Cadre mondial de la biodiversité de Kunming-Montréal. Double-cliquez sur un titre pour le renommer ; tout est enregistré aussitôt.</translation>
        </message>
        <message>
            <source>Plan tree</source>
            <translation>Arborescence du plan</translation>
        </message>
        <message>
            <source>Alignment matrix</source>
            <translation>Matrice d'alignement</translation>
        </message>
        <message>
            <source>Add objective</source>
            <translation>Ajouter un objectif</translation>
        </message>
        <message>
            <source>Add an objective to the selected pillar; the arrow chooses another pillar</source>
            <translation>Ajouter un objectif au pilier sélectionné ; la flèche choisit un autre pilier</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Ajouter une action</translation>
        </message>
        <message>
            <source>Add an action to the selected objective (Ctrl+N)</source>
            <translation>Ajouter une action à l'objectif sélectionné (Ctrl+N)</translation>
        </message>
        <message>
            <source>From examples…</source>
            <translation>À partir d'exemples…</translation>
        </message>
        <message>
            <source>Add example objectives and actions for mountain reserves</source>
            <translation>Ajouter des objectifs et des actions types pour les réserves de montagne</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Plan details</source>
            <translation>Détails du plan</translation>
        </message>
        <message>
            <source>Title, period and vision of the plan</source>
            <translation>Titre, période et vision du plan</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>Nouvel objectif</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nouvelle action</translation>
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
            <source>About you</source>
            <translation>Vous</translation>
        </message>
        <message>
            <source>Start with your full name; the other fields open up then.</source>
            <translation>Commencez par votre nom complet ; les autres champs s'ouvrent ensuite.</translation>
        </message>
        <message>
            <source>Your reserve</source>
            <translation>Votre réserve</translation>
        </message>
        <message>
            <source>Areas on the map</source>
            <translation>Surfaces sur la carte</translation>
        </message>
        <message>
            <source>&lt;b&gt;On the &lt;a href='map'&gt;map&lt;/a&gt;&lt;/b&gt; (outlines, on the ellipsoid):</source>
            <translation>&lt;b&gt;Sur la &lt;a href='map'&gt;carte&lt;/a&gt;&lt;/b&gt; (contours, sur l'ellipsoïde) :</translation>
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
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Bientôt dû</translation>
        </message>
        <message>
            <source>Researcher</source>
            <translation>Chercheur</translation>
        </message>
        <message>
            <source>Reserve manager</source>
            <translation>Gestionnaire de la réserve</translation>
        </message>
        <message>
            <source>Government official</source>
            <translation>Fonctionnaire</translation>
        </message>
        <message>
            <source>Science administrator</source>
            <translation>Administrateur scientifique</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Delayed</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Haute</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Basse</translation>
        </message>
        <message>
            <source>Core area</source>
            <translation>Aire centrale</translation>
        </message>
        <message>
            <source>Buffer zone</source>
            <translation>Zone tampon</translation>
        </message>
        <message>
            <source>Transition area</source>
            <translation>Aire de transition</translation>
        </message>
        <message>
            <source>Outside the reserve</source>
            <translation>Hors de la réserve</translation>
        </message>
        <message>
            <source>Species</source>
            <extracomment>The zones an outline on the map can be (a zone's own name may add "Core area 2: Makalu"). When outlines overlap, a point belongs to the most protected zone holding it.</extracomment>
            <translation>Espèce</translation>
        </message>
        <message>
            <source>Habitat</source>
            <translation>Habitat</translation>
        </message>
        <message>
            <source>Climate</source>
            <translation>Climat</translation>
        </message>
        <message>
            <source>Glacier</source>
            <translation>Glacier</translation>
        </message>
        <message>
            <source>Threat</source>
            <translation>Menace</translation>
        </message>
        <message>
            <source>Socio-economic</source>
            <translation>Socio-économique</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Post-training report (Word)</source>
            <translation>Rapport post-formation (Word)</translation>
        </message>
        <message>
            <source>Passport information page (scan)</source>
            <translation>Page d'identité du passeport (scan)</translation>
        </message>
        <message>
            <source>Visa page (scan)</source>
            <translation>Page du visa (scan)</translation>
        </message>
        <message>
            <source>Entry/exit stamp pages (scan)</source>
            <translation>Pages des tampons d'entrée et de sortie (scan)</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>Ready to send</source>
            <translation>Prêt à envoyer</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>Biodiversity</source>
            <extracomment>The network's thematic working groups (WNMBR workshop, 2023): a good practice's theme.</extracomment>
            <translation>Biodiversité</translation>
        </message>
        <message>
            <source>Climate change</source>
            <translation>Changement climatique</translation>
        </message>
        <message>
            <source>Participation and governance</source>
            <translation>Participation et gouvernance</translation>
        </message>
        <message>
            <source>Socio-economics and livelihoods</source>
            <translation>Socio-économie et moyens de subsistance</translation>
        </message>
        <message>
            <source>To complete</source>
            <translation>À compléter</translation>
        </message>
        <message>
            <source>Needs your attention</source>
            <translation>À traiter</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>Modifications récentes</translation>
        </message>
        <message>
            <source>Hello %1.</source>
            <translation>Bonjour %1.</translation>
        </message>
        <message>
            <source>Hello.</source>
            <translation>Bonjour.</translation>
        </message>
        <message>
            <source>Your reserve: &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Votre réserve : &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Open the page to fix this</source>
            <translation>Ouvrir la page pour y remédier</translation>
        </message>
        <message>
            <source>Nothing needs your attention. Well done.</source>
            <translation>Rien à traiter. Bravo !</translation>
        </message>
        <message>
            <source>No changes yet.</source>
            <translation>Aucune modification pour l'instant.</translation>
        </message>
        <message>
            <source>Date of the assessment</source>
            <extracomment>The title an objective gets when a next step is the first action of its pillar.</extracomment>
            <translation>Date de l'évaluation</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>staff, community representatives, partners</source>
            <translation>personnel, représentants des communautés, partenaires</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Question set</source>
            <translation>Jeu de questions</translation>
        </message>
        <message>
            <source>Reserve</source>
            <extracomment>The extra values a practice takes besides its fields: links kept in other tables.</extracomment>
            <translation>Réserve</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Does not apply</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>Why it does not apply</source>
            <translation>Pourquoi c'est sans objet</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Prochaine étape</translation>
        </message>
        <message>
            <source>Plan action</source>
            <translation>Action du plan</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Modules attended</source>
            <translation>Modules suivis</translation>
        </message>
        <message>
            <source>Field visits</source>
            <translation>Visites de terrain</translation>
        </message>
        <message>
            <source>Group work</source>
            <translation>Travail de groupe</translation>
        </message>
        <message>
            <source>The action plan developed</source>
            <translation>Le plan d'action élaboré</translation>
        </message>
        <message>
            <source>Contacts and collaborations</source>
            <translation>Contacts et collaborations</translation>
        </message>
        <message>
            <source>How I will apply the training</source>
            <translation>Comment j'appliquerai la formation</translation>
        </message>
        <message>
            <source>Most useful</source>
            <translation>Le plus utile</translation>
        </message>
        <message>
            <source>Least useful</source>
            <translation>Le moins utile</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Suggestions</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Terminé le</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>The log's columns: key -&gt; (header, SQL expression).</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Zone on the map</source>
            <translation>Zone sur la carte</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Sensible</translation>
        </message>
        <message>
            <source>Map: core area</source>
            <extracomment>The map-zone filter's value for "recorded in another zone than the map's".</extracomment>
            <translation>Carte : aire centrale</translation>
        </message>
        <message>
            <source>Map: buffer zone</source>
            <translation>Carte : zone tampon</translation>
        </message>
        <message>
            <source>Map: transition area</source>
            <translation>Carte : aire de transition</translation>
        </message>
        <message>
            <source>Map: outside the zones</source>
            <translation>Carte : hors des zones</translation>
        </message>
        <message>
            <source>Recorded ≠ map</source>
            <translation>Notée ≠ carte</translation>
        </message>
        <message>
            <source>decimal degrees, or 27°59'17"N</source>
            <translation>degrés décimaux, ou 27°59'17"N</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <source>decimal degrees, or 86°55'30"E</source>
            <translation>degrés décimaux, ou 86°55'30"E</translation>
        </message>
        <message>
            <source>Coordinate uncertainty (m)</source>
            <translation>Incertitude des coordonnées (m)</translation>
        </message>
        <message>
            <source>Elevation (m)</source>
            <translation>Altitude (m)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Taxon or subject</source>
            <translation>Taxon ou sujet</translation>
        </message>
        <message>
            <source>UTC offset</source>
            <translation>Décalage UTC</translation>
        </message>
        <message>
            <source>+05:45, or -03:00</source>
            <translation>+05:45 ou -03:00</translation>
        </message>
        <message>
            <source>Kingdom</source>
            <translation>Règne</translation>
        </message>
        <message>
            <source>Taxon rank</source>
            <translation>Rang taxonomique</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Effectif</translation>
        </message>
        <message>
            <source>Measured value</source>
            <translation>Valeur mesurée</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Observateur</translation>
        </message>
        <message>
            <source>Sensitive location</source>
            <translation>Localisation sensible</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Source record id</source>
            <translation>Identifiant d'origine</translation>
        </message>
        <message>
            <source>Plan title</source>
            <translation>Titre du plan</translation>
        </message>
        <message>
            <source>Vision statement</source>
            <translation>Vision</translation>
        </message>
        <message>
            <source>First year</source>
            <translation>Première année</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Dernière année</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Pilier</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Indicator unit</source>
            <translation>Unité de l'indicateur</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Valeur de référence</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Valeur cible</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Dernière valeur</translation>
        </message>
        <message>
            <source>Risks and assumptions</source>
            <translation>Risques et hypothèses</translation>
        </message>
        <message>
            <source>A short name others will recognise, e.g. Herders read the plots</source>
            <translation>Un nom court que d'autres reconnaîtront, p. ex. Les éleveurs relèvent les placettes</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>The challenge</source>
            <translation>Le défi</translation>
        </message>
        <message>
            <source>The problem or opportunity the practice answered</source>
            <translation>Le problème ou l'occasion auquel la pratique a répondu</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Ce qui a été fait</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation>Par qui</translation>
        </message>
        <message>
            <source>Who led it, who took part (reserve staff, communities, partners)</source>
            <translation>Qui l'a mené, qui y a pris part (personnel de la réserve, communautés, partenaires)</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Empty if it is still going on</source>
            <translation>Vide si elle se poursuit</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Evidence: indicators</source>
            <translation>Preuves : indicateurs</translation>
        </message>
        <message>
            <source>What was measured, before and after</source>
            <translation>Ce qui a été mesuré, avant et après</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Coûts</translation>
        </message>
        <message>
            <source>Money, staff time, equipment; who paid</source>
            <translation>Argent, temps du personnel, équipement ; qui a payé</translation>
        </message>
        <message>
            <source>Lessons learnt</source>
            <translation>Enseignements tirés</translation>
        </message>
        <message>
            <source>Conditions to replicate and scale</source>
            <translation>Conditions pour reproduire et étendre</translation>
        </message>
        <message>
            <source>What another reserve would need for it to work there, and to grow it</source>
            <translation>Ce qu'il faudrait à une autre réserve pour que cela y marche, et pour l'étendre</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Good practice</source>
            <translation>Bonne pratique</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Programme name</source>
            <translation>Nom du programme</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>Courriel de contact</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Years of experience</source>
            <translation>Années d'expérience</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Programme attended</source>
            <translation>Programme suivi</translation>
        </message>
        <message>
            <source>Reserve name</source>
            <translation>Nom de la réserve</translation>
        </message>
        <message>
            <source>Year designated</source>
            <translation>Année de désignation</translation>
        </message>
        <message>
            <source>Core area (ha)</source>
            <translation>Aire centrale (ha)</translation>
        </message>
        <message>
            <source>Buffer zone (ha)</source>
            <translation>Zone tampon (ha)</translation>
        </message>
        <message>
            <source>Transition area (ha)</source>
            <translation>Aire de transition (ha)</translation>
        </message>
        <message>
            <source>Lowest elevation (m)</source>
            <translation>Altitude minimale (m)</translation>
        </message>
        <message>
            <source>Highest elevation (m)</source>
            <translation>Altitude maximale (m)</translation>
        </message>
        <message>
            <source>Ecosystems</source>
            <translation>Écosystèmes</translation>
        </message>
        <message>
            <source>Key species</source>
            <translation>Espèces clés</translation>
        </message>
        <message>
            <source>Glaciers</source>
            <translation>Glaciers</translation>
        </message>
        <message>
            <source>Managing body</source>
            <translation>Organisme gestionnaire</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Contour</translation>
        </message>
        <message>
            <source>Actions per goal</source>
            <translation>Actions par objectif</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>GBF targets</source>
            <translation>Cibles du CMB</translation>
        </message>
        <message>
            <source>● the action serves the goal (coloured by pillar). Shaded columns: goals no action serves yet. The last row counts the actions per goal.</source>
            <translation>● l'action sert l'objectif (couleur du pilier). Colonnes grisées : objectifs qu'aucune action ne sert encore. La dernière ligne compte les actions par objectif.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln action(s)&lt;/b&gt; serve %1 of 17 SDGs and %2 of 23 GBF targets.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln action&lt;/b&gt; sert %1 des 17 ODD et %2 des 23 cibles du CMB.</numerusform>
                <numerusform>&lt;b&gt;%Ln actions&lt;/b&gt; servent %1 des 17 ODD et %2 des 23 cibles du CMB.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet served: %1.</source>
            <translation>Pas encore servis : %1.</translation>
        </message>
        <message>
            <source>What</source>
            <extracomment>The action editor's tabs and the fields on each (tags are the last tab).</extracomment>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Who and when</source>
            <translation>Qui et quand</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>Le plan</translation>
        </message>
        <message>
            <source>Your plan's title, period and vision. Select an objective or an action on the left to edit it.</source>
            <translation>Le titre, la période et la vision de votre plan. Sélectionnez un objectif ou une action à gauche pour le modifier.</translation>
        </message>
        <message>
            <source>Where this action came from</source>
            <translation>D'où vient cette action</translation>
        </message>
        <message>
            <source>Find a goal by number or words (e.g. 15, water)</source>
            <translation>Chercher un objectif par numéro ou par mots (p. ex. 15, eau)</translation>
        </message>
        <message>
            <source>Find a goal</source>
            <translation>Chercher un objectif</translation>
        </message>
        <message>
            <source>SDG tags</source>
            <translation>Étiquettes des ODD</translation>
        </message>
        <message>
            <source>GBF target tags</source>
            <translation>Étiquettes des cibles du CMB</translation>
        </message>
        <message>
            <source>SDGs this action serves</source>
            <translation>ODD que sert cette action</translation>
        </message>
        <message>
            <source>GBF targets this action serves</source>
            <translation>Cibles du CMB que sert cette action</translation>
        </message>
        <message>
            <source>SDGs and GBF</source>
            <translation>ODD et CMB</translation>
        </message>
        <message>
            <source>Zones</source>
            <extracomment>the folder is open read-only: the zone picker, rebuilt as zones change, stays off</extracomment>
            <translation>Zones</translation>
        </message>
        <message>
            <source>Zones this action applies to</source>
            <translation>Zones que concerne cette action</translation>
        </message>
        <message>
            <source>The zones of the reserve this action applies to.</source>
            <translation>Les zones de la réserve que concerne cette action.</translation>
        </message>
        <message>
            <source>No zones on the map yet: &lt;a href='map'&gt;import their outlines on the Map page&lt;/a&gt;, then tick here the ones this action applies to.</source>
            <translation>Pas encore de zones sur la carte : &lt;a href='map'&gt;importez leurs contours dans la page Carte&lt;/a&gt;, puis cochez ici celles que concerne cette action.</translation>
        </message>
        <message>
            <source>Find in the plan (Ctrl+F)</source>
            <extracomment>The filter changed (typing, or a choice).</extracomment>
            <translation>Chercher dans le plan (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find in the plan</source>
            <translation>Chercher dans le plan</translation>
        </message>
        <message>
            <source>All pillars</source>
            <translation>Tous les piliers</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tout statut</translation>
        </message>
        <message>
            <source>Any SDG</source>
            <translation>Tout ODD</translation>
        </message>
        <message>
            <source>Any GBF target</source>
            <translation>Toute cible du CMB</translation>
        </message>
        <message>
            <source>Filter by pillar</source>
            <translation>Filtrer par pilier</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filtrer par statut</translation>
        </message>
        <message>
            <source>Filter by SDG</source>
            <translation>Filtrer par ODD</translation>
        </message>
        <message>
            <source>Filter by GBF target</source>
            <translation>Filtrer par cible du CMB</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln action(s) shown</source>
            <translation>
                <numerusform>%1 sur %Ln action affichée</numerusform>
                <numerusform>%1 sur %Ln actions affichées</numerusform>
            </translation>
        </message>
        <message>
            <source>Recorded as %1: the map puts it elsewhere.</source>
            <translation>Notée en %1 : la carte la place ailleurs.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>Filter by category</source>
            <translation>Filtrer par catégorie</translation>
        </message>
        <message>
            <source>from YYYY-MM-DD</source>
            <extracomment>A date was typed or changed. The user left a date box (or pressed Enter in it).</extracomment>
            <translation>du AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>to YYYY-MM-DD</source>
            <translation>au AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Find taxon, site, notes or observer (Ctrl+F)</source>
            <extracomment>Something was typed: the page waits for a pause before it asks again. A choice was made, or the bar cleared: the page asks at once.</extracomment>
            <translation>Chercher un taxon, un site, des notes ou un observateur (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find in observations</source>
            <translation>Chercher dans les observations</translation>
        </message>
        <message>
            <source>Any recorded zone</source>
            <translation>Toute zone notée</translation>
        </message>
        <message>
            <source>Filter by zone</source>
            <translation>Filtrer par zone</translation>
        </message>
        <message>
            <source>The zone the observer recorded</source>
            <translation>La zone notée par l'observateur</translation>
        </message>
        <message>
            <source>Any zone on the map</source>
            <translation>Toute zone de la carte</translation>
        </message>
        <message>
            <source>Filter by zone on the map</source>
            <translation>Filtrer par zone de la carte</translation>
        </message>
        <message>
            <source>The zone the coordinates fall in, on the Map page's zones</source>
            <translation>La zone où tombent les coordonnées, d'après les zones de la page Carte</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Effacer les filtres</translation>
        </message>
    </context>
</TS>
