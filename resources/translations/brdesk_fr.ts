<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Home</source>
        <extracomment>matplotlib&apos;s toolbar names its tools in English; the window&apos;s language instead.
----------
&quot;module:Class&quot; under brdesk.ui.pages shown in a cohort folder (where only such pages are), not in a personal one</extracomment>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Reset original view</source>
        <translation>Revenir à la vue d&apos;origine</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back to previous view</source>
        <translation>Revenir à la vue précédente</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward to next view</source>
        <translation>Aller à la vue suivante</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Left button pans, right button zooms</source>
        <translation>Bouton gauche : déplacer ; bouton droit : zoomer</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom to rectangle</source>
        <translation>Zoomer sur un rectangle</translation>
    </message>
    <message>
        <source>Subplots</source>
        <translation>Sous-graphiques</translation>
    </message>
    <message>
        <source>Configure subplots</source>
        <translation>Configurer les sous-graphiques</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>Personnaliser</translation>
    </message>
    <message>
        <source>Edit axis, curve and image parameters</source>
        <translation>Modifier les paramètres des axes, courbes et images</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the figure</source>
        <translation>Enregistrer la figure</translation>
    </message>
    <message>
        <source>My reserve</source>
        <translation>Ma réserve</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Passport page</source>
        <translation>Page du passeport</translation>
    </message>
    <message>
        <source>Visa page</source>
        <translation>Page du visa</translation>
    </message>
    <message>
        <source>Entry/exit stamps</source>
        <translation>Tampons d&apos;entrée et de sortie</translation>
    </message>
    <message>
        <source>Pillar 1</source>
        <translation>Pilier 1</translation>
    </message>
    <message>
        <source>Pillar 2</source>
        <translation>Pilier 2</translation>
    </message>
    <message>
        <source>Pillar 3</source>
        <translation>Pilier 3</translation>
    </message>
    <message>
        <source>Pillar 4</source>
        <translation>Pilier 4</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions terminées</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Dernier paquet</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>non listé</translation>
    </message>
    <message>
        <source>{state} (file)</source>
        <translation>{state} (fichier)</translation>
    </message>
    <message>
        <source>{sent} of {total} sent</source>
        <translation>{sent} sur {total} envoyés</translation>
    </message>
    <message>
        <source>{done} of {actions}</source>
        <translation>{done} sur {actions}</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>pas de plan</translation>
    </message>
    <message>
        <source>Still to send</source>
        <translation>Reste à envoyer</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Pas encore d&apos;actions</translation>
    </message>
    <message>
        <source>No indicator has a target and a latest value yet</source>
        <translation>Aucun indicateur n&apos;a encore de cible et de dernière valeur</translation>
    </message>
    <message>
        <source>Pillar {number}</source>
        <translation>Pilier {number}</translation>
    </message>
    <message>
        <source>Progress from baseline to target (%)</source>
        <translation>Progrès de la référence vers la cible (%)</translation>
    </message>
    <message>
        <source>No observations yet</source>
        <translation>Pas encore d&apos;observations</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Actions per SDG</source>
        <translation>Actions par ODD</translation>
    </message>
    <message>
        <source>Actions per GBF target</source>
        <translation>Actions par cible du CMB</translation>
    </message>
    <message>
        <source>No observations yet: import or add some</source>
        <translation>Pas encore d&apos;observations : importez-en ou ajoutez-en</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>No species records yet</source>
        <translation>Pas encore d&apos;observations d&apos;espèces</translation>
    </message>
    <message>
        <source>Taxa recorded per year</source>
        <translation>Taxons observés par an</translation>
    </message>
    <message>
        <source>Species accumulation</source>
        <translation>Accumulation d&apos;espèces</translation>
    </message>
    <message>
        <source>Species records</source>
        <translation>Observations d&apos;espèces</translation>
    </message>
    <message>
        <source>No species records with an elevation yet</source>
        <translation>Pas encore d&apos;observations d&apos;espèces avec une altitude</translation>
    </message>
    <message>
        <source>10-90 % of records</source>
        <translation>10-90 % des observations</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>No action has a start and an end date yet</source>
        <translation>Aucune action n&apos;a encore de date de début et de fin</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucune enregistrée.</translation>
    </message>
    <message>
        <source>Nothing answered yet</source>
        <translation>Aucune réponse pour l&apos;instant</translation>
    </message>
    <message>
        <source>No zones and no located observations yet</source>
        <translation>Pas encore de zones ni d&apos;observations localisées</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Points drawn in the window: beyond this the map samples the log evenly (and says so).</extracomment>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>Two columns of panels from this width of the page&apos;s viewport (pixels) up.</extracomment>
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
        <source>Your participants&apos; packages, each kept apart and read-only. Add the packages they hand in (a newer one replaces the older); compare their plans; export the cohort.</source>
        <translation>Les paquets de vos participants, chacun à part et en lecture seule. Ajoutez les paquets qu&apos;ils vous remettent (un plus récent remplace l&apos;ancien) ; comparez leurs plans ; exportez la cohorte.</translation>
    </message>
    <message>
        <source>Add packages…</source>
        <translation>Ajouter des paquets…</translation>
    </message>
    <message>
        <source>Participants&apos; packages (.brdesk), several at once (Ctrl+N)</source>
        <translation>Paquets des participants (.brdesk), plusieurs à la fois (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a folder of packages…</source>
        <translation>Ajouter un dossier de paquets…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cohort report (Word)…</source>
        <translation>Rapport de cohorte (Word)…</translation>
    </message>
    <message>
        <source>Cohort workbook (Excel)…</source>
        <translation>Classeur de cohorte (Excel)…</translation>
    </message>
    <message>
        <source>Follow-up list (Word or Excel)…</source>
        <translation>Liste de suivi (Word ou Excel)…</translation>
    </message>
    <message>
        <source>Cohort package (.brdesk)…</source>
        <translation>Paquet de cohorte (.brdesk)…</translation>
    </message>
    <message>
        <source>The cohort</source>
        <translation>La cohorte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Plans by pillar</source>
        <translation>Plans par pilier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(ies)</source>
        <translation>
            <numerusform>%Ln pays</numerusform>
            <numerusform>%Ln pays</numerusform>
        </translation>
    </message>
    <message>
        <source>the latest package written {date}.</source>
        <translation>dernier paquet écrit le {date}.</translation>
    </message>
    <message>
        <source>No participant yet: press “Add packages…” and choose the packages your participants handed in (File › Export › Package… in their brdesk).</source>
        <translation>Aucun participant pour l&apos;instant : cliquez sur « Ajouter des paquets… » et choisissez les paquets remis par vos participants (Fichier › Exporter › Paquet… dans leur brdesk).</translation>
    </message>
    <message>
        <source>Add participants&apos; packages</source>
        <translation>Ajouter des paquets de participants</translation>
    </message>
    <message>
        <source>Add a folder of packages</source>
        <translation>Ajouter un dossier de paquets</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Ajouter des paquets</translation>
    </message>
    <message>
        <source>Export the cohort</source>
        <translation>Exporter la cohorte</translation>
    </message>
    <message>
        <source>Nothing was written: {exc}</source>
        <translation>Rien n&apos;a été écrit : {exc}</translation>
    </message>
    <message>
        <source>The cohort is exported.</source>
        <translation>La cohorte est exportée.</translation>
    </message>
    <message>
        <source>Export case study</source>
        <translation>Exporter l&apos;étude de cas</translation>
    </message>
    <message>
        <source>The case study is written.</source>
        <translation>L&apos;étude de cas est écrite.</translation>
    </message>
    <message>
        <source>Your plan and your monitoring at a glance. Export it for slides and e-mails.</source>
        <translation>Votre plan et votre suivi en un coup d&apos;œil. Exportez-le pour des diapositives et des courriels.</translation>
    </message>
    <message>
        <source>Observation category</source>
        <translation>Catégorie d&apos;observation</translation>
    </message>
    <message>
        <source>All zones on the map</source>
        <translation>Toutes les zones de la carte</translation>
    </message>
    <message>
        <source>The monitoring panels count only the observations inside this zone on the map; the plan&apos;s panels show the whole plan</source>
        <translation>Les panneaux de suivi ne comptent que les observations situées dans cette zone de la carte ; ceux du plan montrent tout le plan</translation>
    </message>
    <message>
        <source>The whole dashboard as one PNG image or a PDF (Ctrl+E)</source>
        <translation>Tout le tableau de bord en une image PNG ou un PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Dessin…</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Export vers {name}…</translation>
    </message>
    <message>
        <source>The dashboard was written to {path}.</source>
        <translation>Le tableau de bord a été écrit dans {path}.</translation>
    </message>
    <message>
        <source>How well is the reserve managed? Answer the questions with your team once a year; compare the years; make the next steps actions of your plan.</source>
        <translation>La réserve est-elle bien gérée ? Répondez aux questions avec votre équipe une fois par an ; comparez les années ; faites des prochaines étapes des actions de votre plan.</translation>
    </message>
    <message>
        <source>Assessment shown</source>
        <translation>Évaluation affichée</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Start this year&apos;s assessment (Ctrl+N)</source>
        <translation>Commencer l&apos;évaluation de cette année (Ctrl+N)</translation>
    </message>
    <message>
        <source>Every answer of every assessment, as an Excel workbook</source>
        <translation>Toutes les réponses de toutes les évaluations, en classeur Excel</translation>
    </message>
    <message>
        <source>No assessment yet. Press “New assessment…” and answer the questions with your team: each takes a level from 0 to 3, described for you.</source>
        <translation>Aucune évaluation pour l&apos;instant. Cliquez sur « Nouvelle évaluation… » et répondez aux questions avec votre équipe : chacune prend un niveau de 0 à 3, décrit pour vous.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>About this assessment</source>
        <translation>À propos de cette évaluation</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Delete the assessment</source>
        <translation>Supprimer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Delete the assessment of {v0} with all its answers?</source>
        <translation>Supprimer l&apos;évaluation du {v0} avec toutes ses réponses ?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Vous pouvez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Supprimer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Your reserve&apos;s zones and where observations fall in them. Drawn from your own data: no internet needed.</source>
        <translation>Les zones de votre réserve et les observations qui s&apos;y trouvent. Dessiné à partir de vos propres données : pas besoin d&apos;internet.</translation>
    </message>
    <message>
        <source>Import zones…</source>
        <translation>Importer des zones…</translation>
    </message>
    <message>
        <source>Outlines of the core, buffer and transition zones from GeoJSON, KML/KMZ or a shapefile (also File › Import)</source>
        <translation>Contours des aires centrale, tampon et de transition depuis GeoJSON, KML/KMZ ou un shapefile (aussi Fichier › Importer)</translation>
    </message>
    <message>
        <source>Export zones…</source>
        <translation>Exporter les zones…</translation>
    </message>
    <message>
        <source>The zones as GeoJSON, for QGIS or Google Earth</source>
        <translation>Les zones en GeoJSON, pour QGIS ou Google Earth</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Zoom to the whole reserve (0 on the map)</source>
        <translation>Afficher toute la réserve (0 sur la carte)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Areas&lt;/b&gt; (on the map, on the ellipsoid; typed in My reserve)</source>
        <translation>&lt;b&gt;Superficies&lt;/b&gt; (sur la carte, sur l&apos;ellipsoïde ; saisies dans Ma réserve)</translation>
    </message>
    <message>
        <source>On the map (ha)</source>
        <translation>Sur la carte (ha)</translation>
    </message>
    <message>
        <source>Typed (ha)</source>
        <translation>Saisie (ha)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Superficies</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the zones hold&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que contiennent les zones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>What the zones hold</source>
        <translation>Ce que contiennent les zones</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <source>Open them in Observations</source>
        <translation>Les ouvrir dans Observations</translation>
    </message>
    <message>
        <source>Reading the zones…</source>
        <translation>Lecture des zones…</translation>
    </message>
    <message>
        <source>No zones yet. Import the outlines your GIS unit or the nomination dossier has (GeoJSON, KML/KMZ, shapefile).</source>
        <translation>Aucune zone pour l&apos;instant. Importez les contours de votre service SIG ou du dossier de candidature (GeoJSON, KML/KMZ, shapefile).</translation>
    </message>
    <message>
        <source>{v0} zones; {shown} of {located} located observations shown, spread evenly over the log.</source>
        <translation>{v0} zones ; {shown} observations localisées sur {located} affichées, réparties sur tout le journal.</translation>
    </message>
    <message>
        <source>{v0} zones; {located} located observations.</source>
        <translation>{v0} zones ; {located} observations localisées.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) recorded in another zone than the map&apos;s (kept as recorded).</source>
        <translation>
            <numerusform>%Ln observation enregistrée dans une autre zone que celle de la carte (gardée telle quelle).</numerusform>
            <numerusform>%Ln observations enregistrées dans une autre zone que celle de la carte (gardées telles quelles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln observation(s)</source>
        <translation>
            <numerusform>Supprimer %Ln observation</numerusform>
            <numerusform>Supprimer %Ln observations</numerusform>
        </translation>
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
        <translation>Nombre d&apos;observations affichées</translation>
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
        <translation>Les observations sélectionnées deviennent les preuves d&apos;une bonne pratique</translation>
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
        <source>Could not read the log: {message}</source>
        <translation>Impossible de lire le journal : {message}</translation>
    </message>
    <message>
        <source>Delete observations</source>
        <translation>Supprimer des observations</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln observation(s)?</source>
        <translation>
            <numerusform>Supprimer %Ln observation ?</numerusform>
            <numerusform>Supprimer %Ln observations ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source>Link to a good practice</source>
        <translation>Lier à une bonne pratique</translation>
    </message>
    <message>
        <source>Select the observations first.</source>
        <translation>Sélectionnez d&apos;abord les observations.</translation>
    </message>
    <message>
        <source>There is no good practice yet: add one on the Good practices page first.</source>
        <translation>Aucune bonne pratique pour l&apos;instant : ajoutez-en une d&apos;abord sur la page Bonnes pratiques.</translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln observation(s) evidence of:</source>
        <translation>
            <numerusform>Faire de %Ln observation une preuve de :</numerusform>
            <numerusform>Faire de %Ln observations des preuves de :</numerusform>
        </translation>
    </message>
    <message>
        <source>Link observations to a good practice</source>
        <translation>Lier des observations à une bonne pratique</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) linked to “{title}”</source>
        <translation>
            <numerusform>%Ln observation liée à « {title} »</numerusform>
            <numerusform>%Ln observations liées à « {title} »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln of evidence in all).</source>
        <translation>
            <numerusform>(%Ln preuve en tout).</numerusform>
            <numerusform>(%Ln preuves en tout).</numerusform>
        </translation>
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
        <source>Import observations</source>
        <extracomment>the form&apos;s choice labels, once read (kept when the file is read again) the import itself, while it writes</extracomment>
        <translation>Importer des observations</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <source>How the file&apos;s letters are read; change it if names look wrong</source>
        <translation>Comment les lettres du fichier sont lues ; changez-le si les noms semblent erronés</translation>
    </message>
    <message>
        <source>Encoding: detected</source>
        <translation>Encodage : détecté</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— absent du fichier —</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Column for {v0}</source>
        <translation>Colonne pour {v0}</translation>
    </message>
    <message>
        <source>Category when the file gives none</source>
        <translation>Catégorie quand le fichier n&apos;en donne pas</translation>
    </message>
    <message>
        <source>(the file must say)</source>
        <translation>(le fichier doit l&apos;indiquer)</translation>
    </message>
    <message>
        <source>Category if none</source>
        <translation>Catégorie par défaut</translation>
    </message>
    <message>
        <source>UTM zone when the file gives none</source>
        <translation>Fuseau UTM quand le fichier n&apos;en donne pas</translation>
    </message>
    <message>
        <source>e.g. 45R or 18 south</source>
        <translation>p. ex. 45R ou 18 sud</translation>
    </message>
    <message>
        <source>UTM zone if none</source>
        <translation>Fuseau UTM par défaut</translation>
    </message>
    <message>
        <source>Choose the form…</source>
        <translation>Choisir le formulaire…</translation>
    </message>
    <message>
        <source>The form&apos;s choice labels</source>
        <translation>Libellés des choix du formulaire</translation>
    </message>
    <message>
        <source>For an export written with choice names (XML values): the form&apos;s XLSForm, so that names such as pseudois_nayaur import as their labels</source>
        <translation>Pour un export écrit avec les noms des choix (valeurs XML) : le XLSForm du formulaire, pour que des noms comme pseudois_nayaur soient importés avec leurs libellés</translation>
    </message>
    <message>
        <source>Choice labels</source>
        <translation>Libellés des choix</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Correspondances enregistrées</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Skip the rejected rows and import the rest</source>
        <translation>Ignorer les lignes refusées et importer le reste</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Saved mappings…</source>
        <translation>Correspondances enregistrées…</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Name for this mapping:</source>
        <translation>Nom de cette correspondance :</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Correspondance enregistrée</translation>
    </message>
    <message>
        <source>The form (XLSForm)</source>
        <translation>Le formulaire (XLSForm)</translation>
    </message>
    <message>
        <source>Encoding: {encoding} (detected)</source>
        <translation>Encodage : {encoding} (détecté)</translation>
    </message>
    <message>
        <source>Read as: &lt;b&gt;{format_name}&lt;/b&gt;</source>
        <translation>Lu comme : &lt;b&gt;{format_name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Checking every row… {read} read</source>
        <translation>Vérification de chaque ligne… {read} lues</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skip %Ln</source>
        <translation>
            <numerusform>, ignorer %Ln</numerusform>
            <numerusform>, ignorer %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Importer %Ln ligne</numerusform>
            <numerusform>Importer %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows are rejected: fix the file or the columns, or tick “Skip the rejected rows” to import the others</source>
        <translation>Certaines lignes sont refusées : corrigez le fichier ou les colonnes, ou cochez « Ignorer les lignes refusées » pour importer les autres</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>L&apos;import a été annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; observations imported.</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; observations importées.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>No observations yet: add one, or import a file from a field tool.</source>
        <translation>Pas encore d&apos;observation : ajoutez-en une ou importez un fichier d&apos;un outil de terrain.</translation>
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
        <translation>Matrice d&apos;alignement</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>Create reserve</source>
        <translation>Créer la réserve</translation>
    </message>
    <message>
        <source>Action plan for {reserve_name}</source>
        <translation>Plan d&apos;action de {reserve_name}</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Créer le plan</translation>
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
        <translation>Ajouter une action à l&apos;objectif sélectionné (Ctrl+N)</translation>
    </message>
    <message>
        <source>From examples…</source>
        <translation>À partir d&apos;exemples…</translation>
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
        <source>Rename objective</source>
        <translation>Renommer l&apos;objectif</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>Renommer l&apos;action</translation>
    </message>
    <message>
        <source>Move objective up</source>
        <translation>Monter l&apos;objectif</translation>
    </message>
    <message>
        <source>Move objective down</source>
        <translation>Descendre l&apos;objectif</translation>
    </message>
    <message>
        <source>Move action up</source>
        <translation>Monter l&apos;action</translation>
    </message>
    <message>
        <source>Move action down</source>
        <translation>Descendre l&apos;action</translation>
    </message>
    <message numerus="yes">
        <source> and its %Ln action(s)</source>
        <translation>
            <numerusform> et son action (%Ln)</numerusform>
            <numerusform> et ses %Ln actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Delete the objective “{title}”{detail}?</source>
        <translation>Supprimer l&apos;objectif « {title} »{detail} ?</translation>
    </message>
    <message>
        <source>Delete the action “{title}”{detail}?</source>
        <translation>Supprimer l&apos;action « {title} »{detail} ?</translation>
    </message>
    <message>
        <source>Add {v0} example objective(s)</source>
        <translation>Ajouter {v0} objectif(s) d&apos;exemple</translation>
    </message>
    <message>
        <source>Add example objective</source>
        <translation>Ajouter un objectif d&apos;exemple</translation>
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
        <source>Select the objective the action belongs to first</source>
        <translation>Sélectionnez d&apos;abord l&apos;objectif auquel l&apos;action appartient</translation>
    </message>
    <message>
        <source>, or add an objective under pillar {pillar}.</source>
        <translation>, ou ajoutez un objectif sous le pilier {pillar}.</translation>
    </message>
    <message>
        <source>, or add an objective with “Add objective”.</source>
        <translation>, ou ajoutez un objectif avec « Ajouter un objectif ».</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>What your reserve did that others could learn from: the challenge, what was done, the results and their evidence, and what another reserve would need to do it too.</source>
        <translation>Ce que votre réserve a fait et dont d&apos;autres peuvent s&apos;inspirer : le défi, ce qui a été fait, les résultats et leurs preuves, et ce qu&apos;il faudrait à une autre réserve pour le faire aussi.</translation>
    </message>
    <message>
        <source>Show the practices of a theme</source>
        <translation>Afficher les pratiques d&apos;un thème</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>New practice…</source>
        <translation>Nouvelle pratique…</translation>
    </message>
    <message>
        <source>Document a good practice (Ctrl+N)</source>
        <translation>Documenter une bonne pratique (Ctrl+N)</translation>
    </message>
    <message>
        <source>Export case study…</source>
        <translation>Exporter l&apos;étude de cas…</translation>
    </message>
    <message>
        <source>The practice as a one- or two-page Word document</source>
        <translation>La pratique en document Word d&apos;une ou deux pages</translation>
    </message>
    <message>
        <source>No good practice yet. Press “New practice…” and describe one your reserve is proud of: the network collects them, and trainers gather them into a catalogue.</source>
        <translation>Aucune bonne pratique pour l&apos;instant. Cliquez sur « Nouvelle pratique… » et décrivez-en une dont votre réserve est fière : le réseau les collecte et les formateurs les rassemblent dans un catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message>
        <source>New good practice</source>
        <translation>Nouvelle bonne pratique</translation>
    </message>
    <message>
        <source>Its title:</source>
        <translation>Son titre :</translation>
    </message>
    <message>
        <source>Delete good practice</source>
        <translation>Supprimer la bonne pratique</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Supprimer « {title} » ?</translation>
    </message>
    <message>
        <source>Its photos stay in the data folder until then. You can undo this with Ctrl+Z.</source>
        <translation>Ses photos restent dans le dossier de données d&apos;ici là. Vous pouvez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>The case study was not written: {exc}</source>
        <translation>L&apos;étude de cas n&apos;a pas été écrite : {exc}</translation>
    </message>
    <message>
        <source>The personal report the programme asks for within two months, in Word, and the documents to send with it.</source>
        <translation>Le rapport personnel que le programme demande sous deux mois, au format Word, et les documents à joindre.</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>The follow-up documents the programme asks for, as the overview names them.</extracomment>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institution</translation>
    </message>
    <message>
        <source>position</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>year designated</source>
        <translation>année de désignation</translation>
    </message>
    <message>
        <source>core area</source>
        <translation>aire centrale</translation>
    </message>
    <message>
        <source>lowest elevation</source>
        <translation>altitude minimale</translation>
    </message>
    <message>
        <source>highest elevation</source>
        <translation>altitude maximale</translation>
    </message>
    <message>
        <source>managing body</source>
        <translation>organisme gestionnaire</translation>
    </message>
    <message>
        <source>{what}: not filled in yet</source>
        <translation>{what} : pas encore rempli</translation>
    </message>
    <message>
        <source>{what}: missing {fields}</source>
        <translation>{what} : il manque {fields}</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>Action plan: no objectives yet under {pillars}</source>
        <translation>Plan d&apos;action : pas encore d&apos;objectif sous {pillars}</translation>
    </message>
    <message>
        <source>Action overdue since {when:%d %b %Y}: {title}</source>
        <translation>Action en retard depuis le {when:%d %b %Y} : {title}</translation>
    </message>
    <message>
        <source>{title} (was due {when:%d %b %Y})</source>
        <translation>{title} (échéance du {when:%d %b %Y} dépassée)</translation>
    </message>
    <message>
        <source>{title} (due {when:%d %b %Y})</source>
        <translation>{title} (échéance le {when:%d %b %Y})</translation>
    </message>
    <message>
        <source>{title}: was due {when:%d %b %Y}</source>
        <translation>{title} : échéance du {when:%d %b %Y} dépassée</translation>
    </message>
    <message>
        <source>{title}: due {when:%d %b %Y}</source>
        <translation>{title} : échéance le {when:%d %b %Y}</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>The record kinds as the window names them (the SQL above carries the keys).</extracomment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>{noun}: {label}</source>
        <translation>{noun} : {label}</translation>
    </message>
    <message>
        <source>1. Basic personal information</source>
        <translation>1. Informations personnelles de base</translation>
    </message>
    <message>
        <source>Edit on My reserve</source>
        <translation>Modifier dans Ma réserve</translation>
    </message>
    <message>
        <source>2. Summary of participation</source>
        <translation>2. Résumé de la participation</translation>
    </message>
    <message>
        <source>Summary of participation</source>
        <translation>Résumé de la participation</translation>
    </message>
    <message>
        <source>3. Evaluation of the training programme</source>
        <translation>3. Évaluation du programme de formation</translation>
    </message>
    <message>
        <source>Evaluation of the training programme</source>
        <translation>Évaluation du programme de formation</translation>
    </message>
    <message>
        <source>Also include</source>
        <translation>Inclure aussi</translation>
    </message>
    <message>
        <source>The action plan (a table per pillar)</source>
        <translation>Le plan d&apos;action (un tableau par pilier)</translation>
    </message>
    <message>
        <source>Charts: plan progress and monitoring</source>
        <translation>Graphiques : avancement du plan et suivi</translation>
    </message>
    <message>
        <source>Plan progress by pillar</source>
        <extracomment>a zone on the map (core, buffer, transition, outside): the monitoring panels count only the observations whose coordinates fall in it &quot;YYYY-MM&quot; -&gt; category -&gt; count year -&gt; number of distinct taxa seen that year (records so far, distinct taxa so far), in the order records were made year -&gt; (10th, 50th, 90th percentile of elevation of species records) (longitude, latitude, category) of up to MAP_POINTS records, evenly sampled the zones&apos; outlines, to draw beneath the points (services/zone_summaries.py) (date, subject, site, count) of the latest threat records</extracomment>
        <translation>Avancement du plan par pilier</translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation>Avancement des indicateurs</translation>
    </message>
    <message>
        <source>Timeline of actions</source>
        <translation>Calendrier des actions</translation>
    </message>
    <message>
        <source>Alignment with the SDGs and GBF targets</source>
        <translation>Alignement sur les ODD et les cibles du CMB</translation>
    </message>
    <message>
        <source>Management effectiveness</source>
        <translation>Efficacité de la gestion</translation>
    </message>
    <message>
        <source>Observations per month</source>
        <translation>Observations par mois</translation>
    </message>
    <message>
        <source>Species richness</source>
        <translation>Richesse spécifique</translation>
    </message>
    <message>
        <source>Elevation of species records over the years</source>
        <translation>Altitude des observations d&apos;espèces au fil des ans</translation>
    </message>
    <message>
        <source>Map: zones and observations</source>
        <translation>Carte : zones et observations</translation>
    </message>
    <message>
        <source>Recent threats</source>
        <translation>Menaces récentes</translation>
    </message>
    <message>
        <source>Cannot export the dashboard to &apos;{name}&apos;: use .png or .pdf.</source>
        <translation>Impossible d&apos;exporter le tableau de bord vers « {name} » : utilisez .png ou .pdf.</translation>
    </message>
    <message>
        <source>The latest management-effectiveness self-assessment</source>
        <translation>La dernière auto-évaluation de l&apos;efficacité de la gestion</translation>
    </message>
    <message>
        <source>The reserve&apos;s zones: a map and what each zone holds</source>
        <translation>Les zones de la réserve : une carte et ce que contient chaque zone</translation>
    </message>
    <message>
        <source>Good practices, each as a short case study</source>
        <translation>Bonnes pratiques, chacune en courte étude de cas</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Encore manquant</translation>
    </message>
    <message>
        <source>What the report still lacks</source>
        <translation>Ce qui manque encore au rapport</translation>
    </message>
    <message>
        <source>Export report to Word…</source>
        <translation>Exporter le rapport vers Word…</translation>
    </message>
    <message>
        <source>Writes a .docx carrying the required acknowledgement</source>
        <translation>Écrit un .docx portant la mention de remerciement requise</translation>
    </message>
    <message>
        <source>Nothing: the report is complete.</source>
        <translation>Rien : le rapport est complet.</translation>
    </message>
    <message>
        <source>
… and {v0} more</source>
        <translation>
… et {v0} de plus</translation>
    </message>
    <message>
        <source>The report is not complete</source>
        <translation>Le rapport n&apos;est pas complet</translation>
    </message>
    <message>
        <source>The report still lacks:

{shown}{more}</source>
        <translation>Il manque encore au rapport :

{shown}{more}</translation>
    </message>
    <message>
        <source>Export it anyway?</source>
        <translation>L&apos;exporter quand même ?</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>The report was written to {path}. {exc}</source>
        <translation>Le rapport a été écrit dans {path}. {exc}</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>Le rapport a été écrit dans {path}.</translation>
    </message>
    <message>
        <source>Where should the submission folder go? (a USB stick, say)</source>
        <translation>Où placer le dossier d&apos;envoi ? (une clé USB, par exemple)</translation>
    </message>
    <message>
        <source>Prepare submission folder</source>
        <translation>Préparer le dossier d&apos;envoi</translation>
    </message>
    <message>
        <source>

Still missing (attach them, then prepare the folder again):
</source>
        <translation>

Encore manquant (joignez-les, puis préparez de nouveau le dossier) :
</translation>
    </message>
    <message>
        <source>Submission folder ready</source>
        <translation>Dossier d&apos;envoi prêt</translation>
    </message>
    <message>
        <source>Written to {folder}:

{lines}{missing}

Send the files by e-mail as the README in the folder explains.</source>
        <translation>Écrit dans {folder} :

{lines}{missing}

Envoyez les fichiers par e-mail comme l&apos;explique le README du dossier.</translation>
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
        <source>Your report and your plan carry your name. You can add the rest later.</source>
        <translation>Votre rapport et votre plan portent votre nom. Vous pourrez compléter le reste plus tard.</translation>
    </message>
    <message>
        <source>Full name*</source>
        <translation>Nom complet*</translation>
    </message>
    <message>
        <source>e.g. Amina Njeri</source>
        <translation>p. ex. Amina Njeri</translation>
    </message>
    <message>
        <source>The mountain biosphere reserve your plan is for.</source>
        <translation>La réserve de biosphère de montagne à laquelle votre plan est destiné.</translation>
    </message>
    <message>
        <source>Reserve name*</source>
        <translation>Nom de la réserve*</translation>
    </message>
    <message>
        <source>e.g. Mount Kenya Biosphere Reserve</source>
        <translation>p. ex. Réserve de biosphère du mont Kenya</translation>
    </message>
    <message>
        <source>A first objective</source>
        <translation>Un premier objectif</translation>
    </message>
    <message>
        <source>Pick the pillar and write what you want to achieve, or start from an example. You will add actions on the Action plan page.</source>
        <translation>Choisissez le pilier et écrivez ce que vous voulez atteindre, ou partez d&apos;un exemple. Vous ajouterez les actions sur la page Plan d&apos;action.</translation>
    </message>
    <message>
        <source>Objective*</source>
        <translation>Objectif*</translation>
    </message>
    <message>
        <source>e.g. Monitor glacier retreat</source>
        <translation>p. ex. Suivre le recul des glaciers</translation>
    </message>
    <message>
        <source>Or an example</source>
        <translation>Ou un exemple</translation>
    </message>
    <message>
        <source>(none: I write my own)</source>
        <translation>(aucun : j&apos;écris le mien)</translation>
    </message>
    <message>
        <source>Start with your full name; the other fields open up then.</source>
        <translation>Commencez par votre nom complet ; les autres champs s&apos;ouvrent ensuite.</translation>
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
        <source>&lt;b&gt;On the &lt;a href=&apos;map&apos;&gt;map&lt;/a&gt;&lt;/b&gt; (outlines, on the ellipsoid):</source>
        <translation>&lt;b&gt;Sur la &lt;a href=&apos;map&apos;&gt;carte&lt;/a&gt;&lt;/b&gt; (contours, sur l&apos;ellipsoïde) :</translation>
    </message>
    <message>
        <source>Welcome to brdesk</source>
        <translation>Bienvenue dans brdesk</translation>
    </message>
    <message>
        <source>Your workbench for your mountain biosphere reserve: your profile, your action plan across the four pillars of the &lt;i&gt;%1&lt;/i&gt;, your monitoring, and your post-training report. Everything stays on this computer and is saved as you type.</source>
        <translation>Votre atelier pour votre réserve de biosphère de montagne : votre profil, votre plan d&apos;action selon les quatre piliers du &lt;i&gt;%1&lt;/i&gt;, votre suivi et votre rapport post-formation. Tout reste sur cet ordinateur et est enregistré pendant la saisie.</translation>
    </message>
    <message>
        <source>Start my plan</source>
        <translation>Commencer mon plan</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>Bring the data of the earlier brdesk found beside this one. a trainer gathers participants&apos; packages here: the folder becomes a cohort</extracomment>
        <translation>Bienvenue</translation>
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
        <source>A trainer gathering participants&apos; packages? &lt;a href=&apos;cohort&apos;&gt;Make this folder a cohort…&lt;/a&gt;</source>
        <translation>Formateur, vous rassemblez les paquets des participants ? &lt;a href=&apos;cohort&apos;&gt;Faire de ce dossier une cohorte…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Bring my data from the earlier brdesk</source>
        <translation>Récupérer mes données de l&apos;ancien brdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data from an earlier brdesk was found:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;It is copied here and brought up to date; the earlier folder stays as it is.</source>
        <translation>&lt;b&gt;Des données d&apos;un ancien brdesk ont été trouvées :&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Elles sont copiées ici et mises à jour ; l&apos;ancien dossier reste tel quel.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;brdesk {__version__}&lt;/h3&gt;&lt;p&gt;An offline workbench for the managers and researchers of mountain biosphere reserves: profile, action plan, monitoring, dashboard and post-training report.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt; {root}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; MIT. brdesk opens no network connection.&lt;/p&gt;&lt;p&gt;&lt;i&gt;{acknowledgement}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;brdesk {__version__}&lt;/h3&gt;&lt;p&gt;Un atelier hors ligne pour les gestionnaires et chercheurs des réserves de biosphère de montagne : profil, plan d&apos;action, suivi, tableau de bord et rapport post-formation.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossier de données :&lt;/b&gt; {root}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence :&lt;/b&gt; MIT. brdesk n&apos;ouvre aucune connexion réseau.&lt;/p&gt;&lt;p&gt;&lt;i&gt;{acknowledgement}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Open a brdesk data folder</source>
        <translation>Ouvrir un dossier de données brdesk</translation>
    </message>
    <message>
        <source>The demo could not be prepared.

{exc}</source>
        <translation>La démo n&apos;a pas pu être préparée.

{exc}</translation>
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
        <source>About brdesk</source>
        <translation>À propos de brdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>the window&apos;s attribute for the action (&quot;&quot; for none) &quot;File&quot;, &quot;File/Import&quot;... a method of the window enabled only while a data folder is open changes the data: off in a folder open read-only only in a &quot;personal&quot; or a &quot;cohort&quot; folder (hidden in the other); &quot;&quot; in both The menus&apos; titles, for translation (the menus are named by their paths below).</extracomment>
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
        <translation>Récupérer mes données d&apos;un ancien brdesk…</translation>
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
        <translation>Paquet d&apos;un autre ordinateur (.brdesk)…</translation>
    </message>
    <message>
        <source>Zones of the reserve (GeoJSON, KML, shapefile)…</source>
        <translation>Zones de la réserve (GeoJSON, KML, shapefile)…</translation>
    </message>
    <message>
        <source>Action plan (Excel or CSV)…</source>
        <translation>Plan d&apos;action (Excel ou CSV)…</translation>
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
        <source>Add participants&apos; packages…</source>
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
        <source>Connect to an office database…</source>
        <translation>Se connecter à une base de données de bureau…</translation>
    </message>
    <message>
        <source>Synchronise with the office database…</source>
        <translation>Synchroniser avec la base de données du bureau…</translation>
    </message>
    <message>
        <source>Work on this computer&apos;s own records</source>
        <translation>Travailler sur les enregistrements de cet ordinateur</translation>
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
        <source>Office database: %1</source>
        <translation>Base de données du bureau : %1</translation>
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
    <message>
        <source>unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Backup {name}, taken {when} ({why})</source>
        <translation>Sauvegarde {name}, faite le {when} ({why})</translation>
    </message>
    <message>
        <source>Backup {name}, taken {when}</source>
        <translation>Sauvegarde {name}, faite le {when}</translation>
    </message>
    <message>
        <source> (latest {day})</source>
        <translation> (la dernière du {day})</translation>
    </message>
    <message>
        <source>  {plans}, {objectives}, {actions}, {observations}{latest}, {items}, {files}</source>
        <translation>  {plans}, {objectives}, {actions}, {observations}{latest}, {items}, {files}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln plans</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln follow-up item(s)</source>
        <translation>
            <numerusform>%Ln élément de suivi</numerusform>
            <numerusform>%Ln éléments de suivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln programme(s)</source>
        <extracomment>Each kind&apos;s count in words, in any language (said_n: lupdate reads each one).</extracomment>
        <translation>
            <numerusform>%Ln programme</numerusform>
            <numerusform>%Ln programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reserve(s)</source>
        <translation>
            <numerusform>%Ln réserve</numerusform>
            <numerusform>%Ln réserves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s)</source>
        <translation>
            <numerusform>%Ln zone</numerusform>
            <numerusform>%Ln zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [action&apos;s zone|actions&apos; zones]</source>
        <translation>
            <numerusform>%Ln zone d&apos;action</numerusform>
            <numerusform>%Ln zones d&apos;actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action plan(s)</source>
        <translation>
            <numerusform>%Ln plan d&apos;action</numerusform>
            <numerusform>%Ln plans d&apos;action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation summary(ies)</source>
        <translation>
            <numerusform>%Ln résumé de participation</numerusform>
            <numerusform>%Ln résumés de participation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training evaluation(s)</source>
        <translation>
            <numerusform>%Ln évaluation de la formation</numerusform>
            <numerusform>%Ln évaluations de la formation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessment(s)</source>
        <translation>
            <numerusform>%Ln auto-évaluation</numerusform>
            <numerusform>%Ln auto-évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment answer(s)</source>
        <translation>
            <numerusform>%Ln réponse d&apos;évaluation</numerusform>
            <numerusform>%Ln réponses d&apos;évaluation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln good practice(s)</source>
        <translation>
            <numerusform>%Ln bonne pratique</numerusform>
            <numerusform>%Ln bonnes pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [good practice&apos;s action|good practices&apos; actions]</source>
        <translation>
            <numerusform>%Ln action de bonne pratique</numerusform>
            <numerusform>%Ln actions de bonnes pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [good practice&apos;s observation|good practices&apos; observations]</source>
        <translation>
            <numerusform>%Ln observation de bonne pratique</numerusform>
            <numerusform>%Ln observations de bonnes pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln pièce jointe</numerusform>
            <numerusform>%Ln pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>no records</source>
        <translation>aucun enregistrement</translation>
    </message>
    <message>
        <source>written {when} UTC by {app}: {amounts}</source>
        <extracomment>3: self-assessments and their answers (records an older brdesk would not know). 4: zones on the map, and the zones actions name. 5: good practices, their links to actions and observations, and their photos. Record kinds in the order they are written and merged: each after what it refers to. How a count of each kind reads: (one, many).</extracomment>
        <translation>écrit le {when} UTC par {app} : {amounts}</translation>
    </message>
    <message>
        <source>{name}, line {number} is not JSON ({exc}).</source>
        <translation>{name}, ligne {number} : ce n&apos;est pas du JSON ({exc}).</translation>
    </message>
    <message>
        <source>{name}, line {number} is not a record (a JSON object).</source>
        <translation>{name}, ligne {number} : ce n&apos;est pas un enregistrement (un objet JSON).</translation>
    </message>
    <message>
        <source>{name} does not match its checksum: the package is damaged.</source>
        <translation>{name} ne correspond pas à sa somme de contrôle : le paquet est endommagé.</translation>
    </message>
    <message>
        <source>{name} holds {lines:,} records, and its manifest says {counted:,}: the package is damaged or was altered.</source>
        <translation>{name} contient {lines:,} enregistrements et son manifeste en annonce {counted:,} : le paquet est endommagé ou a été modifié.</translation>
    </message>
    <message>
        <source>the attachment {stored_name} is missing.</source>
        <translation>la pièce jointe {stored_name} manque.</translation>
    </message>
    <message>
        <source>{name} has a record longer than {v0} MB.</source>
        <translation>{name} a un enregistrement de plus de {v0} Mo.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Il n&apos;y a pas de fichier à {path}.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a brdesk package ({exc}).</source>
        <translation>{name} ne peut pas être lu comme paquet brdesk ({exc}).</translation>
    </message>
    <message>
        <source>{name}: {member} is damaged ({exc}).</source>
        <translation>{name} : {member} est endommagé ({exc}).</translation>
    </message>
    <message>
        <source>{name}: the package of {v0} does not match its checksum.</source>
        <translation>{name} : le paquet de {v0} ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>{name} is not a cohort package.</source>
        <translation>{name} n&apos;est pas un paquet de cohorte.</translation>
    </message>
    <message>
        <source>{name} is not a cohort package (its cohort.json says otherwise).</source>
        <translation>{name} n&apos;est pas un paquet de cohorte (son cohort.json dit autre chose).</translation>
    </message>
    <message>
        <source>{name} was written by a newer brdesk. Update brdesk to add it.</source>
        <translation>{name} a été écrit par un brdesk plus récent. Mettez brdesk à jour pour l&apos;ajouter.</translation>
    </message>
    <message>
        <source>{name}: its cohort.json lists a member badly.</source>
        <translation>{name} : son cohort.json liste mal un membre.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is listed but not held.</source>
        <translation>{name} : « {v0} » est listé mais absent.</translation>
    </message>
    <message>
        <source>{name} holds &apos;{v0}&apos;, which its cohort.json does not list.</source>
        <translation>{name} contient « {v0} », que son cohort.json ne liste pas.</translation>
    </message>
    <message>
        <source>{name} is damaged ({exc}).</source>
        <translation>{name} est endommagé ({exc}).</translation>
    </message>
    <message>
        <source>{name} is a cohort package: the data of a trainer&apos;s whole cohort of participants. It is never merged into one person&apos;s data: it is added to a cohort folder (File › Cohort › Add participants&apos; packages…, or brdesk --data-dir COHORT_FOLDER cohort add &quot;{name}&quot;).</source>
        <translation>{name} est un paquet de cohorte : les données de toute la cohorte de participants d&apos;un formateur. Il n&apos;est jamais fusionné dans les données d&apos;une personne : il s&apos;ajoute à un dossier de cohorte (Fichier › Cohorte › Ajouter les paquets des participants…, ou brdesk --data-dir COHORT_FOLDER cohort add &quot;{name}&quot;).</translation>
    </message>
    <message>
        <source>{name} is not a brdesk package: it holds &apos;{v0}&apos;.</source>
        <translation>{name} n&apos;est pas un paquet brdesk : il contient « {v0} ».</translation>
    </message>
    <message>
        <source>{name} holds &apos;{v0}&apos; twice.</source>
        <translation>{name} contient « {v0} » deux fois.</translation>
    </message>
    <message>
        <source>{name}: encrypted members are not supported.</source>
        <translation>{name} : les membres chiffrés ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>{name} is not a brdesk package (it has no manifest.json).</source>
        <translation>{name} n&apos;est pas un paquet brdesk (il n&apos;a pas de manifest.json).</translation>
    </message>
    <message>
        <source>{name} is not a brdesk package (its manifest says otherwise).</source>
        <translation>{name} n&apos;est pas un paquet brdesk (son manifeste dit autre chose).</translation>
    </message>
    <message>
        <source>{name}: its manifest has no valid format version.</source>
        <translation>{name} : son manifeste n&apos;a pas de version de format valide.</translation>
    </message>
    <message>
        <source>{name} was written by a newer brdesk (package version {version}; this one reads up to {VERSION}). Update brdesk to import it.</source>
        <translation>{name} a été écrit par un brdesk plus récent (version de paquet {version} ; celui-ci lit jusqu&apos;à la {VERSION}). Mettez brdesk à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>{name}: its manifest does not list its files.</source>
        <translation>{name} : son manifeste ne liste pas ses fichiers.</translation>
    </message>
    <message>
        <source>{name}: its manifest&apos;s entry for &apos;{v0}&apos; is malformed.</source>
        <translation>{name} : l&apos;entrée de son manifeste pour « {v0} » est mal formée.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is listed but missing.</source>
        <translation>{name} : « {v0} » est listé mais absent.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; does not have the size listed.</source>
        <translation>{name} : « {v0} » n&apos;a pas la taille indiquée.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is not listed in its manifest.</source>
        <translation>{name} : « {v0} » n&apos;est pas listé dans son manifeste.</translation>
    </message>
    <message>
        <source>{name}: its manifest counts {v0} {kind}, which no package holds.</source>
        <translation>{name} : son manifeste compte {v0} {kind}, ce qu&apos;aucun paquet ne contient.</translation>
    </message>
    <message>
        <source>  PROBLEM: {problem}</source>
        <translation>  PROBLÈME : {problem}</translation>
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
        <extracomment>The zones an outline on the map can be (a zone&apos;s own name may add &quot;Core area 2: Makalu&quot;). When outlines overlap, a point belongs to the most protected zone holding it.</extracomment>
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
        <translation>Page d&apos;identité du passeport (scan)</translation>
    </message>
    <message>
        <source>Visa page (scan)</source>
        <translation>Page du visa (scan)</translation>
    </message>
    <message>
        <source>Entry/exit stamp pages (scan)</source>
        <translation>Pages des tampons d&apos;entrée et de sortie (scan)</translation>
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
        <extracomment>The network&apos;s thematic working groups (WNMBR workshop, 2023): a good practice&apos;s theme.</extracomment>
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
        <source>{mark}:  {text}</source>
        <translation>{mark} :  {text}</translation>
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
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>assessment</source>
        <extracomment>The title an objective gets when a next step is the first action of its pillar.</extracomment>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Date de l&apos;évaluation</translation>
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
        <translation>Réserve</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
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
        <translation>Pourquoi c&apos;est sans objet</translation>
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
        <source>Objective {objective_id} no longer exists.</source>
        <translation>L&apos;objectif {objective_id} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Answer {answer_id} no longer exists.</source>
        <translation>La réponse {answer_id} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Participant</source>
        <extracomment>A version of the summary; an older one is worked out again from the member&apos;s data. [lat, lon, how it was placed: &quot;zones&quot;, &quot;observations&quot; or &quot;country&quot;] actions per pillar 1-4 [pillar, title, status label] per action, in the plan&apos;s order SDG / GBF number (as text: JSON keys) to the number of actions serving it the latest self-assessment: [date, overall percent or None] kind to [status label, has a file] {uuid, title, theme} per good practice the package: its file name, when it was written (UTC, ISO), its checksum</extracomment>
        <translation>Participant</translation>
    </message>
    <message>
        <source>participation summary</source>
        <translation>résumé de la participation</translation>
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
        <translation>Le plan d&apos;action élaboré</translation>
    </message>
    <message>
        <source>Contacts and collaborations</source>
        <translation>Contacts et collaborations</translation>
    </message>
    <message>
        <source>How I will apply the training</source>
        <translation>Comment j&apos;appliquerai la formation</translation>
    </message>
    <message>
        <source>training evaluation</source>
        <translation>évaluation de la formation</translation>
    </message>
    <message>
        <source>Rating: Biodiversity Conservation and Monitoring</source>
        <translation>Note : Conservation et suivi de la biodiversité</translation>
    </message>
    <message>
        <source>Rating: Protected Area Management</source>
        <translation>Note : Gestion des aires protégées</translation>
    </message>
    <message>
        <source>Rating: Sustainable Development and Climate Action</source>
        <translation>Note : Développement durable et action climatique</translation>
    </message>
    <message>
        <source>Rating: Community Engagement and Co-management</source>
        <translation>Note : Engagement communautaire et cogestion</translation>
    </message>
    <message>
        <source>Rating: organisation</source>
        <translation>Note : organisation</translation>
    </message>
    <message>
        <source>Rating: field visits</source>
        <translation>Note : visites de terrain</translation>
    </message>
    <message>
        <source>Rating: overall</source>
        <translation>Note : globale</translation>
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
        <source>follow-up item</source>
        <translation>élément de suivi</translation>
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
        <extracomment>The log&apos;s columns: key -&gt; (header, SQL expression).</extracomment>
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
        <extracomment>The map-zone filter&apos;s value for &quot;recorded in another zone than the map&apos;s&quot;.</extracomment>
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
        <source>decimal degrees, or 27°59&apos;17&quot;N</source>
        <translation>degrés décimaux, ou 27°59&apos;17&quot;N</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>decimal degrees, or 86°55&apos;30&quot;E</source>
        <translation>degrés décimaux, ou 86°55&apos;30&quot;E</translation>
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
        <source>observation</source>
        <translation>observation</translation>
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
        <translation>Identifiant d&apos;origine</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>plan d&apos;action</translation>
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
        <source>Action plan {plan_id} no longer exists.</source>
        <translation>Le plan d&apos;action {plan_id} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objectif</translation>
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
        <source>action</source>
        <translation>action</translation>
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
        <translation>Unité de l&apos;indicateur</translation>
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
        <source>must be a three-letter ISO code such as USD or NPR (got &apos;{currency}&apos;)</source>
        <translation>doit être un code ISO à trois lettres comme USD ou NPR (reçu : « {currency} »)</translation>
    </message>
    <message>
        <source>good practice</source>
        <extracomment>The extra values a practice takes besides its fields: links kept in other tables.</extracomment>
        <translation>bonne pratique</translation>
    </message>
    <message>
        <source>A short name others will recognise, e.g. Herders read the plots</source>
        <translation>Un nom court que d&apos;autres reconnaîtront, p. ex. Les éleveurs relèvent les placettes</translation>
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
        <translation>Le problème ou l&apos;occasion auquel la pratique a répondu</translation>
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
        <translation>Qui l&apos;a mené, qui y a pris part (personnel de la réserve, communautés, partenaires)</translation>
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
        <translation>Ce qu&apos;il faudrait à une autre réserve pour que cela y marche, et pour l&apos;étendre</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No good practice is called &apos;{title}&apos;. The practices: {known}.</source>
        <translation>Aucune bonne pratique ne s&apos;appelle « {title} ». Les pratiques : {known}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; could be any of: {names}. Give more of the title.</source>
        <translation>« {title} » peut être l&apos;une de : {names}. Donnez davantage du titre.</translation>
    </message>
    <message>
        <source>good practice&apos;s action</source>
        <translation>action de la bonne pratique</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>good practice&apos;s observation</source>
        <translation>observation de la bonne pratique</translation>
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
        <translation>Années d&apos;expérience</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
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
        <source>reserve</source>
        <translation>réserve</translation>
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
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>is not a usable outline ({exc})</source>
        <translation>n&apos;est pas un contour utilisable ({exc})</translation>
    </message>
    <message>
        <source>action&apos;s zone</source>
        <translation>zone de l&apos;action</translation>
    </message>
    <message>
        <source>{n} added ({names})</source>
        <extracomment>located observations, and how many of them fall inside the new zones</extracomment>
        <translation>{n} ajoutée(s) ({names})</translation>
    </message>
    <message>
        <source>{n} redrawn ({names})</source>
        <translation>{n} redessinée(s) ({names})</translation>
    </message>
    <message>
        <source>{n} removed ({names})</source>
        <translation>{n} supprimée(s) ({names})</translation>
    </message>
    <message>
        <source>Zones: {done}. {inside:,} of {located:,} located observations fall inside them.</source>
        <translation>Zones : {done}. {inside:,} observations localisées sur {located:,} s&apos;y trouvent.</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>rien n&apos;a changé</translation>
    </message>
    <message>
        <source>None of your observations is inside these zones: is this the right file?</source>
        <translation>Aucune de vos observations n&apos;est dans ces zones : est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>No feature was chosen as a zone: nothing was changed.</source>
        <translation>Aucune entité n&apos;a été choisie comme zone : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Two features are both named &apos;{told}&apos; (features {first} and {feature}): give each zone its own name.</source>
        <translation>Deux entités s&apos;appellent « {told} » (entités {first} et {feature}) : donnez à chaque zone son propre nom.</translation>
    </message>
    <message>
        <source>Feature {feature} (&apos;{name}&apos;): {exc}</source>
        <translation>Entité {feature} (« {name} ») : {exc}</translation>
    </message>
    <message>
        <source>There are no zones on the map to export.</source>
        <translation>Il n&apos;y a pas de zones sur la carte à exporter.</translation>
    </message>
    <message>
        <source>The layer has no field &apos;{zone_field}&apos; (its fields: {shown}).</source>
        <translation>La couche n&apos;a pas de champ « {zone_field} » (ses champs : {shown}).</translation>
    </message>
    <message>
        <source>{head}
Not served by any action yet</source>
        <translation>{head}
Aucune action ne la sert encore</translation>
    </message>
    <message>
        <source>Actions per goal</source>
        <translation>Actions par objectif</translation>
    </message>
    <message>
        <source>SDG {number}</source>
        <translation>ODD {number}</translation>
    </message>
    <message>
        <source>GBF {number}</source>
        <translation>CMB {number}</translation>
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
        <translation>● l&apos;action sert l&apos;objectif (couleur du pilier). Colonnes grisées : objectifs qu&apos;aucune action ne sert encore. La dernière ligne compte les actions par objectif.</translation>
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
        <extracomment>The action editor&apos;s tabs and the fields on each (tags are the last tab).</extracomment>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>Qui et quand</translation>
    </message>
    <message>
        <source>The plan</source>
        <extracomment>the action&apos;s goals and zones as its pickers show them</extracomment>
        <translation>Le plan</translation>
    </message>
    <message>
        <source>Your plan&apos;s title, period and vision. Select an objective or an action on the left to edit it.</source>
        <translation>Le titre, la période et la vision de votre plan. Sélectionnez un objectif ou une action à gauche pour le modifier.</translation>
    </message>
    <message>
        <source>Where this action came from</source>
        <translation>D&apos;où vient cette action</translation>
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
        <source>No zones on the map yet: &lt;a href=&apos;map&apos;&gt;import their outlines on the Map page&lt;/a&gt;, then tick here the ones this action applies to.</source>
        <translation>Pas encore de zones sur la carte : &lt;a href=&apos;map&apos;&gt;importez leurs contours dans la page Carte&lt;/a&gt;, puis cochez ici celles que concerne cette action.</translation>
    </message>
    <message>
        <source>A next step of the self-assessment of {assessed_on:%Y-%m-%d}, question {question_code}{title}. &lt;a href=&apos;effectiveness&apos;&gt;Open Effectiveness&lt;/a&gt;</source>
        <translation>Une prochaine étape de l&apos;auto-évaluation du {assessed_on:%Y-%m-%d}, question {question_code}{title}. &lt;a href=&apos;effectiveness&apos;&gt;Ouvrir Efficacité&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Change SDG tags</source>
        <translation>Modifier les étiquettes ODD</translation>
    </message>
    <message>
        <source>Change GBF tags</source>
        <translation>Modifier les étiquettes CMB</translation>
    </message>
    <message>
        <source>Change zones</source>
        <translation>Modifier les zones</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}; font-size:14pt&apos;&gt;■&lt;/span&gt; &lt;b&gt;Pillar {number}: {name}&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}; font-size:14pt&apos;&gt;■&lt;/span&gt; &lt;b&gt;Pilier {number} : {name}&lt;/b&gt;</translation>
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
        <extracomment>The find box&apos;s least width, and a filter choice&apos;s width in letters.</extracomment>
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
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>min {unit}</source>
        <extracomment>A number was typed or changed.</extracomment>
        <translation>min {unit}</translation>
    </message>
    <message>
        <source>Lowest {what}</source>
        <translation>{what} minimale</translation>
    </message>
    <message>
        <source>max {unit}</source>
        <translation>max {unit}</translation>
    </message>
    <message>
        <source>Highest {what}</source>
        <translation>{what} maximale</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
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
        <translation>La zone notée par l&apos;observateur</translation>
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
        <source>The zone the coordinates fall in, on the Map page&apos;s zones</source>
        <translation>La zone où tombent les coordonnées, d&apos;après les zones de la page Carte</translation>
    </message>
    <message>
        <source>elevation</source>
        <translation>altitude</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Bring data from an earlier brdesk</source>
        <translation>Récupérer les données d&apos;un ancien brdesk</translation>
    </message>
    <message>
        <source>The folder of the earlier brdesk (or its brdesk-data folder)</source>
        <translation>Le dossier de l&apos;ancien brdesk (ou son dossier brdesk-data)</translation>
    </message>
    <message>
        <source>Copy this data into {root} and bring it up to date?</source>
        <translation>Copier ces données dans {root} et les mettre à jour ?</translation>
    </message>
    <message>
        <source>{v0}

The earlier folder is not changed: it stays as it is, a complete copy to go back to.</source>
        <translation>{v0}

L&apos;ancien dossier n&apos;est pas modifié : il reste tel quel, une copie complète à laquelle revenir.</translation>
    </message>
    <message>
        <source>Bring my data</source>
        <translation>Récupérer mes données</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your data from {root} is here.</source>
        <translation>Vos données de {root} sont là.</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>the backup the user chose to restore, read by the caller after exec()</extracomment>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>brdesk backs up your data every day it is used, before every import, upgrade and restore, and keeps the recent ones. They are in {backups}.</source>
        <translation>brdesk sauvegarde vos données chaque jour d&apos;utilisation, avant chaque import, mise à niveau et restauration, et garde les plus récentes. Elles sont dans {backups}.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>Save a copy &amp;with photos…</source>
        <translation>Enregistrer une copie &amp;avec photos…</translation>
    </message>
    <message>
        <source>A .zip with the database and every attachment</source>
        <translation>Un .zip avec la base de données et toutes les pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>No backups yet: &apos;Back up now&apos; makes the first.</source>
        <translation>Aucune sauvegarde pour l&apos;instant : « Sauvegarder maintenant » fait la première.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Backup written: {name}</source>
        <translation>Sauvegarde écrite : {name}</translation>
    </message>
    <message>
        <source>Save a copy with photos</source>
        <translation>Enregistrer une copie avec photos</translation>
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation>Écriture de l&apos;archive…</translation>
    </message>
    <message>
        <source>Archive written: {path}</source>
        <translation>Archive écrite : {path}</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurer depuis un fichier</translation>
    </message>
    <message>
        <source>Make the next step a plan action</source>
        <translation>Faire de la prochaine étape une action du plan</translation>
    </message>
    <message>
        <source>{code} · {title}: the next step becomes an action of your plan, linked to this answer. You can edit it in the plan afterwards.</source>
        <translation>{code} · {title} : la prochaine étape devient une action de votre plan, liée à cette réponse. Vous pourrez la modifier ensuite dans le plan.</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Titre de l&apos;action</translation>
    </message>
    <message>
        <source>From the management-effectiveness assessment of {assessed_on:%Y-%m-%d}, question {code} ({title}).</source>
        <translation>De l&apos;évaluation de l&apos;efficacité de la gestion du {assessed_on:%Y-%m-%d}, question {code} ({title}).</translation>
    </message>
    <message>
        <source>
Next step: {next_step}</source>
        <translation>
Prochaine étape : {next_step}</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Description de l&apos;action</translation>
    </message>
    <message>
        <source>Action title*</source>
        <translation>Titre de l&apos;action*</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Ajouter au plan</translation>
    </message>
    <message>
        <source>A new objective: “{FOLLOW_UP_OBJECTIVE}”</source>
        <translation>Un nouvel objectif : « {FOLLOW_UP_OBJECTIVE} »</translation>
    </message>
    <message>
        <source>Action title: is required</source>
        <translation>Titre de l&apos;action : obligatoire</translation>
    </message>
    <message>
        <source>Edit observation</source>
        <translation>Modifier l&apos;observation</translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation>Ajouter une observation</translation>
    </message>
    <message>
        <source>Photos (copied into your data folder)</source>
        <translation>Photos (copiées dans votre dossier de données)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Ajouter une photo…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>A record with the same date, place and taxon or subject is already in the log.</source>
        <translation>Le journal contient déjà une observation de même date, même lieu et même taxon ou sujet.</translation>
    </message>
    <message>
        <source>Save this one anyway?</source>
        <translation>L&apos;enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>Ajouter l&apos;observation</translation>
    </message>
    <message>
        <source>All my data: profile, reserve, plan, follow-up, observations and their files</source>
        <translation>Toutes mes données : profil, réserve, plan, suivi, observations et leurs fichiers</translation>
    </message>
    <message>
        <source>Observations of a date range, with their files</source>
        <translation>Observations d&apos;une période, avec leurs fichiers</translation>
    </message>
    <message>
        <source>The action plan only</source>
        <translation>Le plan d&apos;action seulement</translation>
    </message>
    <message>
        <source>Package for another laptop</source>
        <translation>Paquet pour un autre ordinateur</translation>
    </message>
    <message>
        <source>A package carries your records to another brdesk, on a stick or by e-mail. Importing it there adds what is new and keeps the newer version of anything edited on both laptops. Importing the same package twice changes nothing.</source>
        <translation>Un paquet transporte vos données vers un autre brdesk, sur une clé ou par e-mail. L&apos;importer là-bas ajoute ce qui est nouveau et garde la version la plus récente de ce qui a été modifié sur les deux ordinateurs. Importer deux fois le même paquet ne change rien.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Save package…</source>
        <translation>Enregistrer le paquet…</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>Writing {v0} to {name}…</source>
        <translation>Écriture de {v0} dans {name}…</translation>
    </message>
    <message>
        <source>Written to {path}
{v0}</source>
        <translation>Écrit dans {path}
{v0}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Reading {name} and comparing it with your data…</source>
        <translation>Lecture de {name} et comparaison avec vos données…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is what importing the package would do.&lt;/b&gt; A backup of your data is taken first; nothing is changed until you press Import.</source>
        <translation>&lt;b&gt;Voici ce que ferait l&apos;import du paquet.&lt;/b&gt; Une sauvegarde de vos données est faite d&apos;abord ; rien ne change avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to import:&lt;/b&gt; you have everything in this package.</source>
        <translation>&lt;b&gt;Rien à importer :&lt;/b&gt; vous avez déjà tout ce que contient ce paquet.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <source> {v0} conflicts are listed below.</source>
        <translation> {v0} conflits sont listés ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported.&lt;/b&gt;{conflicts} The undo history was cleared.</source>
        <translation>&lt;b&gt;Importé.&lt;/b&gt;{conflicts} L&apos;historique d&apos;annulation a été vidé.</translation>
    </message>
    <message>
        <source>Import a package from another laptop</source>
        <translation>Importer un paquet d&apos;un autre ordinateur</translation>
    </message>
    <message>
        <source>Add example objectives</source>
        <translation>Ajouter des objectifs d&apos;exemple</translation>
    </message>
    <message>
        <source>Tick the examples that fit your reserve. Each adds an objective with its actions, indicators and SDG/GBF tags, which you can then adapt. Undo removes them again.</source>
        <translation>Cochez les exemples qui conviennent à votre réserve. Chacun ajoute un objectif avec ses actions, indicateurs et étiquettes ODD/CMB, que vous pourrez adapter. Annuler les retire.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Example objectives</source>
        <translation>Objectifs d&apos;exemple</translation>
    </message>
    <message>
        <source>SDG {v0}; GBF {v1}</source>
        <translation>ODD {v0} ; CMB {v1}</translation>
    </message>
    <message>
        <source>Add to my plan</source>
        <translation>Ajouter à mon plan</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <source>Import zones</source>
        <translation>Importer des zones</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message numerus="yes">
        <source>%Ln polygon(s)</source>
        <translation>
            <numerusform>%Ln polygone</numerusform>
            <numerusform>%Ln polygones</numerusform>
        </translation>
    </message>
    <message>
        <source>Zone read from:</source>
        <translation>Zone lue dans :</translation>
    </message>
    <message>
        <source>Field that names the zone</source>
        <translation>Champ qui nomme la zone</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>Features of the file</source>
        <translation>Entités du fichier</translation>
    </message>
    <message>
        <source>Replace the zones</source>
        <translation>Remplacer les zones</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refusé : {reason}</translation>
    </message>
    <message>
        <source>What feature {number} becomes</source>
        <translation>Ce que devient l&apos;entité {number}</translation>
    </message>
    <message>
        <source>Name of feature {number}</source>
        <translation>Nom de l&apos;entité {number}</translation>
    </message>
    <message>
        <source>No polygons in this layer.</source>
        <translation>Aucun polygone dans cette couche.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{v0} of {v1} features become zones.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{v0} entités sur {v1} deviennent des zones.&lt;/b&gt;</translation>
    </message>
    <message>
        <source> They replace the {v0} zones on the map</source>
        <translation> Elles remplacent les {v0} zones de la carte</translation>
    </message>
    <message>
        <source>; redrawn, keeping the actions that name them: {v0}</source>
        <translation> ; redessinées, en gardant les actions qui les nomment : {v0}</translation>
    </message>
    <message>
        <source>; removed: {names}</source>
        <translation> ; supprimées : {names}</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#B00020&apos;&gt;Give every zone a name.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#B00020&apos;&gt;Donnez un nom à chaque zone.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{v0} The undo history was cleared.</source>
        <translation>{v0} L&apos;historique d&apos;annulation a été vidé.</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>Exporter le plan d&apos;action</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln action écrite dans {path}.</numerusform>
            <numerusform>%Ln actions écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the self-assessments</source>
        <translation>Exporter les auto-évaluations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln réponse écrite dans {path}.</numerusform>
            <numerusform>%Ln réponses écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive locations</source>
        <translation>Localisations sensibles</translation>
    </message>
    <message>
        <source>Records marked sensitive get coordinates generalised to a 0.1-degree grid.</source>
        <translation>Les observations marquées sensibles ont leurs coordonnées généralisées à une grille de 0,1 degré.</translation>
    </message>
    <message>
        <source>Keep exact coordinates instead? Only for your own use: never for files you share.</source>
        <translation>Garder plutôt les coordonnées exactes ? Seulement pour votre usage : jamais pour des fichiers partagés.</translation>
    </message>
    <message>
        <source>Keep exact coordinates</source>
        <translation>Garder les coordonnées exactes</translation>
    </message>
    <message>
        <source>Generalise them</source>
        <translation>Les généraliser</translation>
    </message>
    <message>
        <source>Export observations</source>
        <translation>Exporter les observations</translation>
    </message>
    <message>
        <source> (the records shown)</source>
        <translation> (les observations affichées)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) written to {path}</source>
        <translation>
            <numerusform>%Ln action écrite dans {path}</numerusform>
            <numerusform>%Ln actions écrites dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) written to {path}</source>
        <translation>
            <numerusform>%Ln réponse écrite dans {path}</numerusform>
            <numerusform>%Ln réponses écrites dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the report is incomplete (%Ln gap(s)):</source>
        <translation>
            <numerusform>Remarque : le rapport est incomplet (%Ln manque) :</numerusform>
            <numerusform>Remarque : le rapport est incomplet (%Ln manques) :</numerusform>
        </translation>
    </message>
    <message>
        <source>  - {gap}</source>
        <translation>  - {gap}</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Rapport écrit dans {path}</translation>
    </message>
    <message>
        <source>Case study of &apos;{title}&apos; written to {path}</source>
        <translation>Étude de cas de « {title} » écrite dans {path}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln observation écrite dans {path}.</numerusform>
            <numerusform>%Ln observations écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dashboard (%Ln panel(s)) written to {path}</source>
        <translation>
            <numerusform>Tableau de bord (%Ln panneau) écrit dans {path}</numerusform>
            <numerusform>Tableau de bord (%Ln panneaux) écrit dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to choose observations: they do not go with --only plan.</source>
        <translation>--from et --to choisissent des observations : ils ne vont pas avec --only plan.</translation>
    </message>
    <message>
        <source>Package of {what} written to {path}</source>
        <translation>Paquet de {what} écrit dans {path}</translation>
    </message>
    <message>
        <source>  {written}</source>
        <translation>  {written}</translation>
    </message>
    <message>
        <source>Zones are written as GeoJSON: name the file OUT.geojson, not &apos;{name}&apos;.</source>
        <translation>Les zones s&apos;écrivent en GeoJSON : nommez le fichier OUT.geojson, pas « {name} ».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) written to {path}</source>
        <translation>
            <numerusform>%Ln zone écrite dans {path}</numerusform>
            <numerusform>%Ln zones écrites dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>CC-BY 4.0: anyone may use the data, crediting you (GBIF&apos;s most common)</source>
        <extracomment>The licences GBIF accepts, as offered (the key export_observations takes, the label).</extracomment>
        <translation>CC-BY 4.0 : chacun peut utiliser les données en vous citant (la plus courante sur GBIF)</translation>
    </message>
    <message>
        <source>CC0 1.0: public domain, no conditions</source>
        <translation>CC0 1.0 : domaine public, sans conditions</translation>
    </message>
    <message>
        <source>CC-BY-NC 4.0: credit, and no commercial use</source>
        <translation>CC-BY-NC 4.0 : citer, et pas d&apos;usage commercial</translation>
    </message>
    <message>
        <source>Darwin Core Archive</source>
        <translation>Archive Darwin Core</translation>
    </message>
    <message>
        <source>What should the archive publish?</source>
        <translation>Que doit publier l&apos;archive ?</translation>
    </message>
    <message>
        <source>Species records (occurrences)</source>
        <translation>Observations d&apos;espèces (occurrences)</translation>
    </message>
    <message>
        <source>Measurements: climate, glacier, habitat, threats, socio-economic (sampling events)</source>
        <translation>Mesures : climat, glacier, habitat, menaces, socio-économie (événements d&apos;échantillonnage)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Under which licence may others use the data?</source>
        <translation>Sous quelle licence d&apos;autres peuvent-ils utiliser les données ?</translation>
    </message>
    <message>
        <source>Separators</source>
        <translation>Séparateurs</translation>
    </message>
    <message>
        <source>Which spreadsheet will open this CSV?</source>
        <translation>Quel tableur ouvrira ce CSV ?</translation>
    </message>
    <message>
        <source>Excel in French, Spanish, Russian, German and many other languages expects semicolons between columns and decimal commas (2,5); elsewhere, commas and decimal points (2.5).</source>
        <translation>Excel en français, espagnol, russe, allemand et bien d&apos;autres langues attend des points-virgules entre les colonnes et des virgules décimales (2,5) ; ailleurs, des virgules et des points décimaux (2.5).</translation>
    </message>
    <message>
        <source>Semicolons, decimal commas</source>
        <translation>Points-virgules, virgules décimales</translation>
    </message>
    <message>
        <source>Commas, decimal points</source>
        <translation>Virgules, points décimaux</translation>
    </message>
    <message>
        <source>Export the zones</source>
        <translation>Exporter les zones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln zone écrite dans {path}.</numerusform>
            <numerusform>%Ln zones écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>the window&apos;s own background work: the start-up check, a restore</extracomment>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <extracomment>a cohort folder is open: its pages are shown, a personal folder&apos;s hidden</extracomment>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>You are exploring the &lt;b&gt;demo reserve&lt;/b&gt;: made-up data in a separate folder. &lt;a href=&apos;back&apos;&gt;Back to my data&lt;/a&gt;</source>
        <translation>Vous explorez la &lt;b&gt;réserve de démonstration&lt;/b&gt; : des données fictives dans un dossier à part. &lt;a href=&apos;back&apos;&gt;Retour à mes données&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <extracomment>The key of the start-up check in the window&apos;s operations.</extracomment>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>{v0}

This backup cannot be restored. Your data was not changed.</source>
        <translation>{v0}

Cette sauvegarde ne peut pas être restaurée. Vos données n&apos;ont pas changé.</translation>
    </message>
    <message>
        <source>Replace the data in your data folder with this backup?</source>
        <translation>Remplacer les données de votre dossier de données par cette sauvegarde ?</translation>
    </message>
    <message>
        <source>{v0}

Your current data is backed up first (or, if it is damaged, set aside whole) in {backups}, so this can be undone.</source>
        <translation>{v0}

Vos données actuelles sont d&apos;abord sauvegardées (ou, si elles sont endommagées, mises de côté telles quelles) dans {backups} : c&apos;est réversible.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Your database is damaged. SQLite reports: {problem}

brdesk will not change the damaged file. </source>
        <translation>Votre base de données est endommagée. SQLite signale : {problem}

brdesk ne modifiera pas le fichier endommagé. </translation>
    </message>
    <message>
        <source>There is no good backup in {backups}. Keep the folder as it is and ask for help: &apos;brdesk check&apos; lists what is wrong.</source>
        <translation>Il n&apos;y a pas de bonne sauvegarde dans {backups}. Laissez le dossier tel quel et demandez de l&apos;aide : « brdesk check » liste ce qui ne va pas.</translation>
    </message>
    <message>
        <source>The newest good backup is:

{v0}

Restore it? The damaged database is kept, whole, in the backups folder.</source>
        <translation>La sauvegarde valide la plus récente est :

{v0}

La restaurer ? La base endommagée est gardée, entière, dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Effectiveness by element</source>
        <extracomment>The radars&apos; width: six short labels need no more, and the tables get the rest. Draws a radar into a view: (view, title, element labels, [(name, percents)]).</extracomment>
        <translation>Efficacité par élément</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondues</translation>
    </message>
    <message>
        <source>Scores by element</source>
        <translation>Scores par élément</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest first&lt;/b&gt;: where a next step helps most</source>
        <translation>&lt;b&gt;Les plus faibles d&apos;abord&lt;/b&gt; : là où une prochaine étape aide le plus</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Dans le plan</translation>
    </message>
    <message>
        <source>Weakest questions</source>
        <translation>Questions les plus faibles</translation>
    </message>
    <message>
        <source>Overall: &lt;b&gt;{v0}&lt;/b&gt; of what could be scored · {answered} of {applicable} questions that apply answered</source>
        <translation>Globalement : &lt;b&gt;{v0}&lt;/b&gt; de ce qui pouvait être noté · {answered} questions applicables répondues sur {applicable}</translation>
    </message>
    <message>
        <source>{answered} of {applicable}</source>
        <translation>{answered} sur {applicable}</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Assessment to compare with</source>
        <translation>Évaluation à comparer</translation>
    </message>
    <message>
        <source>Two assessments compared</source>
        <translation>Deux évaluations comparées</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Questions whose level changed</source>
        <translation>Questions dont le niveau a changé</translation>
    </message>
    <message>
        <source>Make a second assessment to compare the two.</source>
        <translation>Faites une deuxième évaluation pour comparer les deux.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not applying</source>
        <translation>
            <numerusform>%Ln question sans objet</numerusform>
            <numerusform>%Ln questions sans objet</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions by pillar</source>
        <extracomment>The overview&apos;s columns in the window: the four pillars in one (&quot;4 · 3 · 4 · 3&quot;), so that the participant and the reserve keep room at 1366 pixels.</extracomment>
        <translation>Actions par pilier</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Actions under pillars 1, 2, 3 and 4</source>
        <translation>Actions des piliers 1, 2, 3 et 4</translation>
    </message>
    <message>
        <source>Goals no reserve serves</source>
        <translation>Objectifs qu&apos;aucune réserve ne sert</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>Réserves</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>Every text of brdesk&apos;s own a chart draws (the user&apos;s titles and names are drawn as typed). A chart_text() of a text missing here stays English: a test checks the list.</extracomment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>SDGs the reserves serve</source>
        <translation>ODD que servent les réserves</translation>
    </message>
    <message>
        <source>GBF target</source>
        <translation>Cible du CMB</translation>
    </message>
    <message>
        <source>GBF targets the reserves serve</source>
        <translation>Cibles du CMB que servent les réserves</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <source>Kunming-Montreal GBF targets</source>
        <translation>Cibles du Cadre mondial de la biodiversité de Kunming-Montréal</translation>
    </message>
    <message>
        <source>Target {number}</source>
        <translation>Cible {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Served by no reserve&apos;s plan:&lt;/b&gt; {v0}.</source>
        <translation>&lt;b&gt;Servis par le plan d&apos;aucune réserve :&lt;/b&gt; {v0}.</translation>
    </message>
    <message>
        <source>Every goal and target is served by at least one reserve&apos;s plan.</source>
        <translation>Chaque objectif et cible est servi par le plan d&apos;au moins une réserve.</translation>
    </message>
    <message>
        <source>No reserve&apos;s plan serves it</source>
        <translation>Le plan d&apos;aucune réserve ne le sert</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Dessin de la carte…</translation>
    </message>
    <message>
        <source>The reserves on a world map</source>
        <translation>Les réserves sur une carte du monde</translation>
    </message>
    <message>
        <source>Which number is which reserve</source>
        <translation>Quel numéro pour quelle réserve</translation>
    </message>
    <message>
        <source>placed by its zones</source>
        <translation>placée d&apos;après ses zones</translation>
    </message>
    <message>
        <source>placed by its observations</source>
        <translation>placée d&apos;après ses observations</translation>
    </message>
    <message>
        <source>placed by its country</source>
        <translation>placée d&apos;après son pays</translation>
    </message>
    <message>
        <source>The pillar compared</source>
        <translation>Le pilier comparé</translation>
    </message>
    <message>
        <source>Biosphere reserve</source>
        <translation>Réserve de biosphère</translation>
    </message>
    <message>
        <source>Actions under this pillar</source>
        <translation>Actions de ce pilier</translation>
    </message>
    <message>
        <source>The plans side by side</source>
        <translation>Les plans côte à côte</translation>
    </message>
    <message>
        <source>The selected practice as a Word case study</source>
        <translation>La pratique sélectionnée en étude de cas Word</translation>
    </message>
    <message>
        <source>The good-practice catalogue</source>
        <translation>Le catalogue des bonnes pratiques</translation>
    </message>
    <message>
        <source>Who has sent what: the state of each document in the participant&apos;s latest package (“(file)”: its file is in the package).</source>
        <translation>Qui a envoyé quoi : l&apos;état de chaque document dans le dernier paquet du participant (« (fichier) » : son fichier est dans le paquet).</translation>
    </message>
    <message>
        <source>Follow-up: who has sent what</source>
        <translation>Suivi : qui a envoyé quoi</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What the programme asks for after the training, with its deadline. Attach the file that satisfies each item (it is copied into your data folder), then prepare a folder to send by e-mail. brdesk sends nothing itself.</source>
        <extracomment>The user asked for the submission folder (the page prepares it: it owns the options).</extracomment>
        <translation>Ce que le programme demande après la formation, avec son échéance. Joignez le fichier qui répond à chaque élément (il est copié dans votre dossier de données), puis préparez un dossier à envoyer par e-mail. brdesk n&apos;envoie rien lui-même.</translation>
    </message>
    <message>
        <source>Follow-up items</source>
        <translation>Éléments de suivi</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Prepare submission folder…</source>
        <translation>Préparer le dossier d&apos;envoi…</translation>
    </message>
    <message>
        <source>Copy the report and the scans, well named, into a folder</source>
        <translation>Copier le rapport et les scans, bien nommés, dans un dossier</translation>
    </message>
    <message>
        <source>Fill in your profile on My reserve first: the items follow from the programme you attended.</source>
        <translation>Remplissez d&apos;abord votre profil dans Ma réserve : les éléments découlent du programme que vous avez suivi.</translation>
    </message>
    <message>
        <source>Due within two weeks</source>
        <translation>Échéance dans moins de deux semaines</translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation>pas encore de fichier</translation>
    </message>
    <message>
        <source>Status of {title}</source>
        <translation>Statut de {title}</translation>
    </message>
    <message>
        <source>Mark {title}</source>
        <translation>Marquer {title}</translation>
    </message>
    <message>
        <source>Attach: {title}</source>
        <translation>Joindre : {title}</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>No file is attached to this item yet.</source>
        <translation>Aucun fichier n&apos;est encore joint à cet élément.</translation>
    </message>
    <message>
        <source>brdesk will not open this file: {refused}.</source>
        <translation>brdesk n&apos;ouvrira pas ce fichier : {refused}.</translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation>1 – insuffisant</translation>
    </message>
    <message>
        <source>2 – fair</source>
        <translation>2 – passable</translation>
    </message>
    <message>
        <source>3 – good</source>
        <translation>3 – bien</translation>
    </message>
    <message>
        <source>4 – very good</source>
        <translation>4 – très bien</translation>
    </message>
    <message>
        <source>5 – excellent</source>
        <translation>5 – excellent</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation>Tapez pour trouver un pays</translation>
    </message>
    <message>
        <source>The practice</source>
        <extracomment>The editor&apos;s tabs of fields, in the form&apos;s order.</extracomment>
        <translation>La pratique</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>Résultats et preuves</translation>
    </message>
    <message>
        <source>Lessons and scaling</source>
        <translation>Leçons et mise à l&apos;échelle</translation>
    </message>
    <message>
        <source>GBF tags</source>
        <translation>Étiquettes CMB</translation>
    </message>
    <message>
        <source>plan actions</source>
        <translation>actions du plan</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>Good practice: {title}</source>
        <translation>Bonne pratique : {title}</translation>
    </message>
    <message>
        <source>Plan and goals</source>
        <translation>Plan et objectifs</translation>
    </message>
    <message>
        <source>Observations that show it worked</source>
        <translation>Observations qui montrent que cela a marché</translation>
    </message>
    <message>
        <source>Observations linked as evidence</source>
        <translation>Observations liées comme preuves</translation>
    </message>
    <message>
        <source>Plan actions it grew from or carries out</source>
        <translation>Actions du plan dont elle est issue ou qu&apos;elle met en œuvre</translation>
    </message>
    <message>
        <source>SDGs it serves</source>
        <translation>ODD qu&apos;elle sert</translation>
    </message>
    <message>
        <source>GBF targets it serves</source>
        <translation>Cibles du CMB qu&apos;elle sert</translation>
    </message>
    <message>
        <source>Photos of the practice</source>
        <translation>Photos de la pratique</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Copied into the data folder; the case study shows three</source>
        <translation>Copiées dans le dossier de données ; l&apos;étude de cas en montre trois</translation>
    </message>
    <message>
        <source>Plan actions linked</source>
        <translation>Actions du plan liées</translation>
    </message>
    <message>
        <source>Plan actions (none in the plan yet)</source>
        <translation>Actions du plan (aucune encore dans le plan)</translation>
    </message>
    <message>
        <source>To add some: on the Observations page, select the records and press &lt;i&gt;Link to a good practice…&lt;/i&gt;</source>
        <translation>Pour en ajouter : sur la page Observations, sélectionnez les observations et cliquez sur &lt;i&gt;Lier à une bonne pratique…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>None linked yet. {hint}</source>
        <translation>Aucune liée pour l&apos;instant. {hint}</translation>
    </message>
    <message>
        <source>&lt;br&gt;… and {v0} more</source>
        <translation>&lt;br&gt;… et {v0} de plus</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;{hint}</source>
        <translation>&lt;br&gt;&lt;br&gt;{hint}</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>Pas encore de photos.</translation>
    </message>
    <message>
        <source> · &lt;a href=&apos;remove:{0}&apos;&gt;remove&lt;/a&gt;</source>
        <translation> · &lt;a href=&apos;remove:{0}&apos;&gt;retirer&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Change the practice&apos;s {v0}</source>
        <translation>Modifier les {v0} de la pratique</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>Ouvrir la photo</translation>
    </message>
    <message>
        <source>Remove {original_name} from this practice?</source>
        <translation>Retirer {original_name} de cette pratique ?</translation>
    </message>
    <message>
        <source>The file is deleted from the data folder.</source>
        <translation>Le fichier est supprimé du dossier de données.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>The fields a preview shows of each row to import.</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>À importer</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Rejected ({count})</source>
        <translation>Refusées ({count})</translation>
    </message>
    <message>
        <source>The first {v0} of {rejected_total} rejected rows</source>
        <translation>Les {v0} premières des {rejected_total} lignes refusées</translation>
    </message>
    <message>
        <source>To import ({accepted})</source>
        <translation>À importer ({accepted})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{accepted}&lt;/b&gt; rows to import</source>
        <translation>&lt;b&gt;{accepted}&lt;/b&gt; lignes à importer</translation>
    </message>
    <message>
        <source>; the first {v0} listed</source>
        <translation> ; les {v0} premières listées</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#B00020&apos;&gt;{count}&lt;/b&gt; rejected (see why{listed})</source>
        <translation>&lt;b style=&apos;color:#B00020&apos;&gt;{count}&lt;/b&gt; refusées (voir pourquoi{listed})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in brdesk (imported before)</source>
        <translation>
            <numerusform>%Ln déjà dans brdesk (importée avant)</numerusform>
            <numerusform>%Ln déjà dans brdesk (importées avant)</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {code}: {title}</source>
        <extracomment>The user asked to make the next step an action (answer id).</extracomment>
        <translation>Question {code} : {title}</translation>
    </message>
    <message>
        <source>Does not apply here (say why)</source>
        <translation>Sans objet ici (dites pourquoi)</translation>
    </message>
    <message>
        <source>{code} level {level}: {description}</source>
        <translation>{code} niveau {level} : {description}</translation>
    </message>
    <message>
        <source>Comment and next step for {code}</source>
        <translation>Commentaire et prochaine étape pour {code}</translation>
    </message>
    <message>
        <source>Evidence for {code}</source>
        <translation>Preuves pour {code}</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Joindre une preuve…</translation>
    </message>
    <message>
        <source>Make it a plan action…</source>
        <translation>En faire une action du plan…</translation>
    </message>
    <message>
        <source>Turn the next step into an action of your plan</source>
        <translation>Transformer la prochaine étape en action de votre plan</translation>
    </message>
    <message>
        <source>Does not apply: {not_applicable_reason}</source>
        <translation>Sans objet : {not_applicable_reason}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvrir</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>retirer</translation>
    </message>
    <message>
        <source>Evidence: </source>
        <translation>Preuves : </translation>
    </message>
    <message>
        <source>In the plan: {action}</source>
        <translation>Dans le plan : {action}</translation>
    </message>
    <message>
        <source>Why does “{title}” not apply to your reserve?</source>
        <translation>Pourquoi « {title} » est-elle sans objet pour votre réserve ?</translation>
    </message>
    <message>
        <source>Answer {code}</source>
        <translation>Répondre à {code}</translation>
    </message>
    <message>
        <source>{name} is no longer here</source>
        <translation>{name} n&apos;est plus là</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Ouvrir la preuve</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Remove {name} from this answer?</source>
        <translation>Retirer {name} de cette réponse ?</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre une preuve</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;{text}&lt;/h3&gt;&lt;span style=&apos;color:#555555&apos;&gt;{question}&lt;/span&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;{text}&lt;/h3&gt;&lt;span style=&apos;color:#555555&apos;&gt;{question}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Map of the reserve</source>
        <extracomment>Scene units per degree of latitude (Qt&apos;s scene works best with numbers well above 1). Ground distances a scale bar may show, in metres.</extracomment>
        <translation>Carte de la réserve</translation>
    </message>
    <message>
        <source>Wheel or + and - to zoom, drag to move, 0 to see everything</source>
        <translation>Molette ou + et - pour zoomer, glisser pour déplacer, 0 pour tout voir</translation>
    </message>
    <message>
        <source>No zones yet: import their outlines (Import zones…).</source>
        <translation>Aucune zone pour l&apos;instant : importez leurs contours (Importer des zones…).</translation>
    </message>
    <message>
        <source>{n} km</source>
        <translation>{n} km</translation>
    </message>
    <message>
        <source>{n} m</source>
        <translation>{n} m</translation>
    </message>
    <message>
        <source>Make this folder a cohort</source>
        <translation>Faire de ce dossier une cohorte</translation>
    </message>
    <message>
        <source>{root} becomes a cohort folder: it gathers your participants&apos; packages, each kept apart and read-only.</source>
        <translation>{root} devient un dossier de cohorte : il rassemble les paquets de vos participants, chacun à part et en lecture seule.</translation>
    </message>
    <message>
        <source>Your own reserve&apos;s data belongs in another folder: a cohort folder holds no profile, plan or observations of its own.</source>
        <translation>Les données de votre propre réserve vont dans un autre dossier : un dossier de cohorte n&apos;a ni profil, ni plan, ni observations à lui.</translation>
    </message>
    <message>
        <source>Make it a cohort</source>
        <translation>En faire une cohorte</translation>
    </message>
    <message>
        <source>Bringing your data up to date for this version of brdesk.
A backup copy is made first; this can take a minute for large logs…</source>
        <extracomment>After the data is open: well after start-up is measured done (about 1 s). SQLite&apos;s check of the whole file and the daily backup, after start-up too.</extracomment>
        <translation>Mise à jour de vos données pour cette version de brdesk.
Une copie de sauvegarde est faite d&apos;abord ; cela peut prendre une minute pour un gros journal…</translation>
    </message>
    <message>
        <source>The office database could not be reached: this computer&apos;s own records</source>
        <translation>La base de données du bureau est injoignable : enregistrements de cet ordinateur</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>The office database could not be opened.

{exc}</source>
        <translation>La base de données du bureau n’a pas pu être ouverte.

{exc}</translation>
    </message>
    <message>
        <source>The data folder could not be opened.

{exc}</source>
        <translation>Le dossier de données n&apos;a pas pu être ouvert.

{exc}</translation>
    </message>
    <message>
        <source>Changes saved by %1 are shown</source>
        <translation>Les modifications enregistrées par %1 sont affichées</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {v0} You can look at everything and export to another folder; nothing can be changed here.</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; {v0} Vous pouvez tout consulter et exporter vers un autre dossier ; rien ne peut être modifié ici.</translation>
    </message>
    <message>
        <source>Data folder in use</source>
        <translation>Dossier de données en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Two brdesk changing one folder could undo each other&apos;s work. Look at it read-only here (and export what you need), or close the other one (or let it finish) and try again.</source>
        <translation>Deux brdesk modifiant un même dossier pourraient défaire le travail l&apos;un de l&apos;autre. Consultez-le ici en lecture seule (et exportez ce dont vous avez besoin), ou fermez l&apos;autre (ou laissez-le terminer) et réessayez.</translation>
    </message>
    <message>
        <source>{who} is working in this folder; changes are made there. Close it and open this folder again to make your own.</source>
        <translation>{who} travaille dans ce dossier ; les modifications se font là-bas. Fermez-le et rouvrez ce dossier pour faire les vôtres.</translation>
    </message>
    <message>
        <source>Your data could not be opened.

{exc}</source>
        <translation>Vos données n&apos;ont pas pu être ouvertes.

{exc}</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>La restaurer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Your data as it was before is kept in {previous}.</source>
        <translation>Vos données telles qu&apos;elles étaient sont gardées dans {previous}.</translation>
    </message>
    <message>
        <source>The backup {name} was restored. {kept}</source>
        <translation>La sauvegarde {name} a été restaurée. {kept}</translation>
    </message>
    <message>
        <source> Details are in the log folder of your data folder.</source>
        <extracomment>Set by bench/startup.py: print when the window shows and when the data is in, then quit. How long a thread may hold the interpreter before another waiting for it gets a turn. Python&apos;s 5 ms default means the GUI thread waits up to 5 ms at every call into Python while a worker draws charts; many such waits in one repaint add up to a visible stall.</extracomment>
        <translation> Les détails sont dans le dossier des journaux de votre dossier de données.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your data is safe: every change saved before this is in the database.{where}</source>
        <translation>Un problème est survenu : {error}

Vos données sont en sécurité : chaque modification enregistrée avant ceci est dans la base de données.{where}</translation>
    </message>
    <message>
        <source>Something went wrong: {exc}. Details are in the log folder.</source>
        <translation>Un problème est survenu : {exc}. Les détails sont dans le dossier des journaux.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <source>Show theirs</source>
        <translation>Afficher le leur</translation>
    </message>
    <message>
        <source>Keep mine saves your change over theirs. Show theirs puts their version on screen; your change is not saved.</source>
        <translation>Garder le mien enregistre votre modification à la place de la leur. Afficher le leur montre leur version à l’écran ; votre modification n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>Make a next step a plan action</source>
        <extracomment>The user chose to save over someone else&apos;s change (see execute).</extracomment>
        <translation>Faire d&apos;une prochaine étape une action du plan</translation>
    </message>
    <message>
        <source>{title}: double-click or press Enter to open it larger, with zoom</source>
        <extracomment>Double-click or Enter: the user wants the chart larger, with zoom. The panel the pixels were drawn from. &quot;here&quot; or &quot;helper&quot; (the chart helper process drew it)</extracomment>
        <translation>{title} : double-cliquez ou appuyez sur Entrée pour l&apos;ouvrir en grand, avec zoom</translation>
    </message>
    <message>
        <source>Drawing {title}…</source>
        <translation>Dessin : {title}…</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <extracomment>A typed value was refused, or a refused one mended or dropped. False in dialogs: fields are checked as they are left, saved together on OK. Fields whose typed text was refused: the text stays in its editor, marked, with its message, until the user changes it or another record is shown. Shown, not edited: the folder is open read-only (set_read_only).</extracomment>
        <translation>Modifier {field}</translation>
    </message>
    <message>
        <source>not saved: {v0} {problem}</source>
        <translation>non enregistré : {v0} {problem}</translation>
    </message>
    <message>
        <source>Create {thing}</source>
        <translation>Créer {thing}</translation>
    </message>
    <message>
        <source>{name}, line {v0}: byte 0x{byte:02X} is not UTF-8, though the rest of the file is. The file is damaged or mixes encodings: open it in a spreadsheet and save it again as CSV UTF-8. Nothing was imported.</source>
        <extracomment>Opens a file&apos;s (or an archive member&apos;s) bytes for one pass. Among legacy encodings that read a file equally well, the one Excel on most Windows computers writes &quot;CSV&quot; in comes first (charset-normalizer cannot tell cp1252 from cp1250 on French text, and would turn &quot;Espèce&quot; into &quot;Espčce&quot;). Above this share of odd characters the detected encoding is a guess: refuse instead. Bytes read at a time when checking an encoding, and the most kept for detecting one.</extracomment>
        <translation>{name}, ligne {v0} : l&apos;octet 0x{byte:02X} n&apos;est pas en UTF-8, alors que le reste du fichier l&apos;est. Le fichier est endommagé ou mélange des encodages : ouvrez-le dans un tableur et enregistrez-le de nouveau en CSV UTF-8. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not an encoding brdesk knows.</source>
        <translation>« {encoding} » n&apos;est pas un encodage que brdesk connaît.</translation>
    </message>
    <message>
        <source>{name}, line {v0}: byte 0x{byte:02X} cannot be read as {encoding}. Choose another encoding, or save the file as CSV UTF-8.</source>
        <translation>{name}, ligne {v0} : l&apos;octet 0x{byte:02X} ne peut pas être lu en {encoding}. Choisissez un autre encodage, ou enregistrez le fichier en CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name}: the file is not UTF-8, and its encoding cannot be told for sure. Save it as CSV UTF-8 in your spreadsheet, or name the encoding (--encoding, or the Encoding list of the import window). Nothing was imported.</source>
        <translation>{name} : le fichier n&apos;est pas en UTF-8 et son encodage ne peut pas être déterminé avec certitude. Enregistrez-le en CSV UTF-8 dans votre tableur, ou indiquez l&apos;encodage (--encoding, ou la liste Encodage de la fenêtre d&apos;import). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Western European (cp1252)</source>
        <extracomment>Encodings a user may choose for a CSV (the ANSI code pages of the participants&apos; Windows, and the Unicode ones).</extracomment>
        <translation>Europe occidentale (cp1252)</translation>
    </message>
    <message>
        <source>Central European (cp1250)</source>
        <translation>Europe centrale (cp1250)</translation>
    </message>
    <message>
        <source>Cyrillic (cp1251)</source>
        <translation>Cyrillique (cp1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cyrillique (KOI8-R)</translation>
    </message>
    <message>
        <source>Turkish (cp1254)</source>
        <translation>Turc (cp1254)</translation>
    </message>
    <message>
        <source>Arabic (cp1256)</source>
        <translation>Arabe (cp1256)</translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030)</source>
        <translation>Chinois simplifié (GB18030)</translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation>Chinois traditionnel (Big5)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>Japonais (Shift-JIS)</translation>
    </message>
    <message>
        <source>Korean (cp949)</source>
        <translation>Coréen (cp949)</translation>
    </message>
    <message>
        <source>Thai (cp874)</source>
        <translation>Thaï (cp874)</translation>
    </message>
    <message>
        <source>UTC offset (+05:45)</source>
        <extracomment>Observation fields a column can feed, in the order forms show them. Labels of the fields that are not observation fields themselves (they are converted).</extracomment>
        <translation>Décalage UTC (+05:45)</translation>
    </message>
    <message>
        <source>UTM easting (m)</source>
        <translation>UTM abscisse (m)</translation>
    </message>
    <message>
        <source>UTM northing (m)</source>
        <translation>UTM ordonnée (m)</translation>
    </message>
    <message>
        <source>UTM zone (45R, 18 south)</source>
        <translation>Fuseau UTM (45R, 18 sud)</translation>
    </message>
    <message>
        <source>{origin} is not a brdesk column mapping ({exc}).</source>
        <extracomment>observation field -&gt; column name a column holding &quot;lat lon [altitude [accuracy]]&quot; (KoBo and ODK geopoints) a column holding the record&apos;s id in the source tool, for re-imports values for fields no column gives (category &quot;species&quot; for a species list, say) a column whose value the coordinate uncertainty is never below (iNaturalist&apos;s public_positional_accuracy: an obscured record is only known to ~28 km) field -&gt; the column a form writes the text of an &quot;other&quot; answer in a second id column, for rows the first leaves empty (GBIF&apos;s gbifID): such a row is known as &quot;&lt;column&gt;:&lt;value&gt;&quot; a form&apos;s select questions: question name -&gt; {choice name: label}, read from its XLSForm (choice_form names the file), so choice names import as their labels</extracomment>
        <translation>{origin} n&apos;est pas une correspondance de colonnes brdesk ({exc}).</translation>
    </message>
    <message>
        <source>{origin}: &apos;{v0}&apos; is not an observation field.</source>
        <translation>{origin} : « {v0} » n&apos;est pas un champ d&apos;observation.</translation>
    </message>
    <message>
        <source>{origin}: day_order must be &apos;dmy&apos; or &apos;mdy&apos;.</source>
        <translation>{origin} : day_order doit être « dmy » ou « mdy ».</translation>
    </message>
    <message>
        <source>Cannot read {path}: {v0}.</source>
        <translation>Impossible de lire {path} : {v0}.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>taken by you</source>
        <translation>faite par vous</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an upgrade of brdesk&apos;s data format</source>
        <translation>avant une mise à niveau du format de données de brdesk</translation>
    </message>
    <message>
        <source>before the demo replaced the data</source>
        <translation>avant que la démo remplace les données</translation>
    </message>
    <message>
        <source>the damaged database, set aside</source>
        <translation>la base endommagée, mise de côté</translation>
    </message>
    <message>
        <source>an archive with attachments</source>
        <translation>une archive avec pièces jointes</translation>
    </message>
    <message>
        <source>Biodiversity Conservation and Monitoring</source>
        <extracomment>The aspects rated, as the report names them; the window says them by their names alone (marked here).</extracomment>
        <translation>Conservation et suivi de la biodiversité</translation>
    </message>
    <message>
        <source>Protected Area Management</source>
        <translation>Gestion des aires protégées</translation>
    </message>
    <message>
        <source>Sustainable Development and Climate Action</source>
        <translation>Développement durable et action climatique</translation>
    </message>
    <message>
        <source>Community Engagement and Co-management</source>
        <translation>Engagement communautaire et cogestion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Globale</translation>
    </message>
    <message>
        <source>Reserve country</source>
        <translation>Pays de la réserve</translation>
    </message>
    <message>
        <source>Personal information: your profile is not filled in</source>
        <translation>Informations personnelles : votre profil n&apos;est pas rempli</translation>
    </message>
    <message>
        <source>Personal information: {field} not given</source>
        <translation>Informations personnelles : {field} non renseigné(e)</translation>
    </message>
    <message>
        <source>Summary of participation: {field} not written</source>
        <translation>Résumé de la participation : {field} non rédigé(e)</translation>
    </message>
    <message>
        <source>Evaluation: {aspect} rating not given</source>
        <translation>Évaluation : note « {aspect} » non donnée</translation>
    </message>
    <message>
        <source>Evaluation: {field} not written</source>
        <translation>Évaluation : {field} non rédigé(e)</translation>
    </message>
    <message>
        <source>Action plan: no actions yet</source>
        <translation>Plan d&apos;action : pas encore d&apos;actions</translation>
    </message>
    <message>
        <source>Management effectiveness: no self-assessment yet</source>
        <translation>Efficacité de la gestion : pas encore d&apos;auto-évaluation</translation>
    </message>
    <message>
        <source>The reserve&apos;s zones: no outlines on the map yet (Map › Import zones…)</source>
        <translation>Les zones de la réserve : pas encore de contours sur la carte (Carte › Importer des zones…)</translation>
    </message>
    <message>
        <source>Good practices: none documented yet (Good practices page)</source>
        <translation>Bonnes pratiques : aucune documentée pour l&apos;instant (page Bonnes pratiques)</translation>
    </message>
    <message>
        <source>Cannot write the report to &apos;{name}&apos;: the name must end in .docx.</source>
        <translation>Impossible d&apos;écrire le rapport dans « {name} » : le nom doit finir par .docx.</translation>
    </message>
    <message>
        <source>A point inside several zones counts in the most protected (core area, then buffer zone, then transition area) and, within one kind, in the smallest.</source>
        <extracomment>The codes map_zone takes, by their index in the arrays below.</extracomment>
        <translation>Un point situé dans plusieurs zones compte dans la plus protégée (aire centrale, puis zone tampon, puis aire de transition) et, à type égal, dans la plus petite.</translation>
    </message>
    <message>
        <source>no outline on the map</source>
        <extracomment>A typed area further than this from the map&apos;s is flagged (outlines are drawn at some scale, and nomination figures rounded; a tenth apart is another boundary). For charts and the map widget: (kind, name, polygons as lists of [lon, lat] rings).</extracomment>
        <translation>pas de contour sur la carte</translation>
    </message>
    <message>
        <source>no area typed in the profile</source>
        <translation>pas de superficie saisie dans le profil</translation>
    </message>
    <message>
        <source>agrees (within {tolerance:.0%})</source>
        <translation>concorde (à {tolerance:.0%} près)</translation>
    </message>
    <message>
        <source>the map&apos;s is {difference:.0%} larger</source>
        <translation>celle de la carte est plus grande de {difference:.0%}</translation>
    </message>
    <message>
        <source>the map&apos;s is {difference:.0%} smaller</source>
        <translation>celle de la carte est plus petite de {difference:.0%}</translation>
    </message>
    <message>
        <source>Not located</source>
        <extracomment>year (0: all years) -&gt; rows, zones in drawing order then outside and not located observations whose recorded zone is not the map&apos;s</extracomment>
        <translation>Non localisées</translation>
    </message>
    <message>
        <source>(a zone since removed)</source>
        <translation>(une zone supprimée depuis)</translation>
    </message>
    <message>
        <source>brdesk help</source>
        <translation>Aide de brdesk</translation>
    </message>
    <message>
        <source>is required</source>
        <extracomment>An extra field&apos;s value a service does not tell (EntityService.extra_value). A human name for messages (&quot;Observation 12 no longer exists&quot;).</extracomment>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>{v0} {record_id} no longer exists.</source>
        <translation>{v0} {record_id} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>{who} changed this {noun} at {when}. {field} now reads: “{theirs}”. Your change was not saved.</source>
        <translation>{who} a modifié cet enregistrement ({noun}) le {when}. {field} indique maintenant : « {theirs} ». Votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Not saved: {who} changed it at {when}.</source>
        <translation>Non enregistré : {who} l’a modifié le {when}.</translation>
    </message>
    <message>
        <source>is too long ({length:,} characters; at most {longest:,})</source>
        <translation>est trop long ({length:,} caractères ; au plus {longest:,})</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>must be at least {low}</source>
        <translation>doit être au moins {low}</translation>
    </message>
    <message>
        <source>must be at most {high}</source>
        <translation>doit être au plus {high}</translation>
    </message>
    <message>
        <source>must not be after this year, {year}</source>
        <translation>ne doit pas dépasser cette année, {year}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>doit être entre {low} et {high}</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} est dans le futur</translation>
    </message>
    <message>
        <source>holds a control character (U+{code:04X}) that no text holds</source>
        <extracomment>The type a value already of each kind has: it is not converted again (its limits are still checked). Texts are always looked at (control characters). Control characters no typed text holds (tab, line feed and carriage return aside): a NUL cuts the text short in many programs the data later reaches.</extracomment>
        <translation>contient un caractère de contrôle (U+{code:04X}) qu&apos;aucun texte ne contient</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <extracomment>The largest whole number SQLite stores.</extracomment>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>must be {what}</source>
        <translation>doit être {what}</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>doit être une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>must be between -{limit:g} and {limit:g}</source>
        <translation>doit être entre -{limit:g} et {limit:g}</translation>
    </message>
    <message>
        <source>must be a time written HH:MM</source>
        <translation>doit être une heure écrite HH:MM</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>« {text} » n&apos;est pas l&apos;un de : {allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an e-mail address</source>
        <translation>« {text} » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country name or a two-letter ISO code such as NP or KE</source>
        <translation>« {text} » n&apos;est ni un nom de pays ni un code ISO à deux lettres comme NP ou KE</translation>
    </message>
    <message>
        <source>{problem} (got {got})</source>
        <extracomment>A short hint shown in the form (placeholder or tooltip).</extracomment>
        <translation>{problem} (reçu : {got})</translation>
    </message>
    <message>
        <source>: latitude and longitude swapped?</source>
        <extracomment>How far beyond the box of the zones on the map a point is said to be far outside (about half a degree: a GPS unit&apos;s error or a neighbouring valley is nearer; swapped latitude and longitude, a missing minus sign or a wrong UTM zone are much further).</extracomment>
        <translation> : latitude et longitude inversées ?</translation>
    </message>
    <message numerus="yes">
        <source>WARNING: %Ln row(s) [lies|lie] more than {km} km outside the reserve&apos;s zones (the first, row {row}, at latitude {lat:g}, longitude {lon:g}{swapped}); they are imported as read</source>
        <translation>
            <numerusform>ATTENTION : %Ln ligne se trouve à plus de {km} km hors des zones de la réserve (la première, ligne {row}, à la latitude {lat:g}, longitude {lon:g}{swapped}) ; elle est importée telle que lue</numerusform>
            <numerusform>ATTENTION : %Ln lignes se trouvent à plus de {km} km hors des zones de la réserve (la première, ligne {row}, à la latitude {lat:g}, longitude {lon:g}{swapped}) ; elles sont importées telles que lues</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;other&apos;, but &apos;{column}&apos; does not say what</source>
        <extracomment>The namespace of imported records&apos; UUIDs: uuid5(NAMESPACE, &quot;source:source_id&quot;). Fields read as numbers, whose values tell the file&apos;s decimal mark. The fields an import fills, in the order convert() returns them. A select answer as KoBo&apos;s and ODK&apos;s &quot;XML values&quot; write it: pseudois_nayaur. Values read from another column than their field&apos;s own (a geopoint&apos;s elevation): a value the field declarations refuse is named by where it was read.</extracomment>
        <translation>« other », mais « {column} » ne dit pas quoi</translation>
    </message>
    <message>
        <source>the {field} is missing</source>
        <translation>{field} manquant(e)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a choice of this question in the form</source>
        <translation>« {value} » n&apos;est pas un choix de cette question dans le formulaire</translation>
    </message>
    <message>
        <source>the time itself says {offset}: which is right?</source>
        <translation>l&apos;heure elle-même indique {offset} : laquelle est juste ?</translation>
    </message>
    <message>
        <source>a geopoint needs &apos;latitude longitude&apos;</source>
        <extracomment>A time column holding a date alone (iNaturalist&apos;s observed_on_string when no time was recorded): no time of day, not an error.</extracomment>
        <translation>un geopoint demande « latitude longitude »</translation>
    </message>
    <message>
        <source>the longitude is missing</source>
        <translation>la longitude manque</translation>
    </message>
    <message>
        <source>the latitude is missing</source>
        <translation>la latitude manque</translation>
    </message>
    <message>
        <source>the UTM easting is missing</source>
        <translation>l&apos;abscisse UTM manque</translation>
    </message>
    <message>
        <source>the UTM northing is missing</source>
        <translation>l&apos;ordonnée UTM manque</translation>
    </message>
    <message>
        <source>a UTM position needs its zone: map a zone column, or give the file&apos;s zone (&quot;UTM zone&quot; in the mapping&apos;s defaults, such as 45R)</source>
        <translation>une position UTM demande son fuseau : associez une colonne de fuseau, ou donnez le fuseau du fichier (« Fuseau UTM » dans les valeurs par défaut de la correspondance, par ex. 45R)</translation>
    </message>
    <message>
        <source>row {row}, column &apos;{column}&apos; value &apos;{value}&apos;: {reason}</source>
        <extracomment>Columns a checked row waits in (the timestamps are the commit&apos;s). Rejections a preview lists (all are counted): a thousand show what is wrong with a file as well as a million would, in a fraction of the memory. Accepted rows a preview keeps to show.</extracomment>
        <translation>ligne {row}, colonne « {column} » valeur « {value} » : {reason}</translation>
    </message>
    <message>
        <source>row {row}, column &apos;{column}&apos;: {reason}</source>
        <translation>ligne {row}, colonne « {column} » : {reason}</translation>
    </message>
    <message>
        <source>row {row}, the row: {reason}</source>
        <translation>ligne {row}, la ligne : {reason}</translation>
    </message>
    <message>
        <source>text read as {encoding}</source>
        <extracomment>rows read from the file (blank rows aside) rows ready to insert the first rows ready to insert, in STAGED_COLUMNS order, to show the first rejections, in row order (REJECTIONS_KEPT at most), and how many in all rows already in the store from an earlier import of the same records the decimal mark the file&apos;s numbers use (None: none of them tells) the text encoding a CSV file was read in (None for a workbook) for an archive: the member read, and the other members left out (repeat tables, media, extensions), which the preview names where the accepted rows wait for the commit media files of the archive, by the name rows give them, and how many the accepted rows name (attached to their observations at the commit) a value of a form export that looks like a choice name, when no form was given rows located far outside the zones on the map, and the first of them (row number, latitude, longitude), said in the preview: swapped coordinates are caught so</extracomment>
        <translation>texte lu en {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) from the archive&apos;s media folder attached to their observations</source>
        <translation>
            <numerusform>%Ln photo du dossier média de l&apos;archive jointe à son observation</numerusform>
            <numerusform>%Ln photos du dossier média de l&apos;archive jointes à leurs observations</numerusform>
        </translation>
    </message>
    <message>
        <source>choice names read as their labels in {form}</source>
        <translation>noms de choix lus comme leurs libellés dans {form}</translation>
    </message>
    <message>
        <source>choice names read as their labels in the form</source>
        <translation>noms de choix lus comme leurs libellés dans le formulaire</translation>
    </message>
    <message>
        <source>values such as &apos;{value}&apos; look like a form&apos;s choice names, kept as written: give the form (Choice labels; --form) to import their labels</source>
        <translation>des valeurs comme « {value} » ressemblent à des noms de choix d&apos;un formulaire, gardés tels quels : donnez le formulaire (Libellés des choix ; --form) pour importer leurs libellés</translation>
    </message>
    <message>
        <source>UTM positions converted to latitude and longitude, WGS84 (zone {zone} where the file gives none)</source>
        <translation>positions UTM converties en latitude et longitude, WGS84 (fuseau {zone} quand le fichier n&apos;en donne pas)</translation>
    </message>
    <message>
        <source>UTM positions converted to latitude and longitude, WGS84</source>
        <translation>positions UTM converties en latitude et longitude, WGS84</translation>
    </message>
    <message>
        <source>read {member} from the archive; not imported: {others}</source>
        <translation>{member} lu dans l&apos;archive ; non importé : {others}</translation>
    </message>
    <message>
        <source>read {member} from the archive</source>
        <translation>{member} lu dans l&apos;archive</translation>
    </message>
    <message>
        <source>numbers read with a decimal comma (1.234,5 or 2,5)</source>
        <translation>nombres lus avec une virgule décimale (1.234,5 ou 2,5)</translation>
    </message>
    <message>
        <source>numbers read with a decimal point (1,234.5 or 2.5)</source>
        <translation>nombres lus avec un point décimal (1,234.5 ou 2.5)</translation>
    </message>
    <message>
        <source>numbers that could be read two ways (1,000) are refused</source>
        <translation>les nombres lisibles de deux façons (1,000) sont refusés</translation>
    </message>
    <message>
        <source>{name}: the mapping names a column the file lacks: &apos;{v0}&apos;.</source>
        <translation>{name} : la correspondance nomme une colonne absente du fichier : « {v0} ».</translation>
    </message>
    <message>
        <source>{name}: cannot tell which column holds {labels}. Say which: in the Columns list of the import window, or with a mapping file (--mapping MAP.json) on the command line.</source>
        <translation>{name} : impossible de savoir quelle colonne contient {labels}. Indiquez-la dans la liste Colonnes de la fenêtre d&apos;import, ou avec un fichier de correspondance (--mapping MAP.json) en ligne de commande.</translation>
    </message>
    <message>
        <source>the same record appears earlier in the file</source>
        <translation>la même observation figure plus haut dans le fichier</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <extracomment>for the APIs that take an Event themselves (the chart helper)</extracomment>
        <translation>Annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>objectives</source>
        <extracomment>The kinds whose changes a replacement reports, as it names them.</extracomment>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <extracomment>the file checked, or an office database&apos;s address (its password hidden)</extracomment>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <source>  {fact}</source>
        <translation>  {fact}</translation>
    </message>
    <message>
        <source>PROBLEMS ({count}):</source>
        <translation>PROBLÈMES ({count}) :</translation>
    </message>
    <message>
        <source>  - {problem}</source>
        <translation>  - {problem}</translation>
    </message>
    <message>
        <source>Healthy: integrity, foreign keys and schema version all check out.</source>
        <translation>En bon état : intégrité, clés étrangères et version du schéma sont correctes.</translation>
    </message>
    <message>
        <source>There is no database file here (run &apos;brdesk demo&apos; or start brdesk).</source>
        <translation>Il n&apos;y a pas de fichier de base de données ici (lancez « brdesk demo » ou démarrez brdesk).</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>The file is not a readable SQLite database</source>
        <translation>Le fichier n&apos;est pas une base de données SQLite lisible</translation>
    </message>
    <message>
        <source>Integrity: kept by the database server</source>
        <translation>Intégrité : assurée par le serveur de base de données</translation>
    </message>
    <message>
        <source>Foreign keys: enforced by the database server</source>
        <translation>Clés étrangères : imposées par le serveur de base de données</translation>
    </message>
    <message>
        <source>The database could not be checked: {why} SQLite needs to write beside it to read the changes kept in {wal}. This says nothing about damage: free some space (or use a writable disk) and check again.</source>
        <translation>La base de données n&apos;a pas pu être vérifiée : {why} SQLite doit écrire à côté pour lire les modifications gardées dans {wal}. Cela ne dit rien d&apos;un dommage : libérez de la place (ou utilisez un disque accessible en écriture) et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>{otherwise}: {problem}.</source>
        <translation>{otherwise} : {problem}.</translation>
    </message>
    <message>
        <source>Integrity check failed: {complaint}</source>
        <translation>La vérification d&apos;intégrité a échoué : {complaint}</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Intégrité : correcte</translation>
    </message>
    <message>
        <source>Broken link: {table} row {row} points at a missing {parent} record.</source>
        <translation>Lien rompu : la ligne {row} de {table} renvoie à un enregistrement {parent} absent.</translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more broken link(s).</source>
        <translation>
            <numerusform>... et %Ln autre lien rompu.</numerusform>
            <numerusform>... et %Ln autres liens rompus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation>Clés étrangères : correctes</translation>
    </message>
    <message>
        <source>Missing tables: {tables}.</source>
        <translation>Tables manquantes : {tables}.</translation>
    </message>
    <message>
        <source>No schema version recorded: this is not a brdesk database.</source>
        <translation>Aucune version de schéma enregistrée : ce n&apos;est pas une base de données brdesk.</translation>
    </message>
    <message>
        <source>Schema version {revision} is newer than this brdesk knows ({head}).</source>
        <translation>La version de schéma {revision} est plus récente que ce que ce brdesk connaît ({head}).</translation>
    </message>
    <message>
        <source>Schema version: {revision} (will be upgraded to {head} on next start)</source>
        <translation>Version de schéma : {revision} (sera mise à jour en {head} au prochain démarrage)</translation>
    </message>
    <message>
        <source>Schema version: {revision} (current)</source>
        <translation>Version de schéma : {revision} (actuelle)</translation>
    </message>
    <message>
        <source>Schema: {problem}.</source>
        <translation>Schéma : {problem}.</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>reserves</source>
        <translation>réserves</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>observations</translation>
    </message>
    <message>
        <source>{label} {count:,}</source>
        <translation>{label} {count:,}</translation>
    </message>
    <message>
        <source>Records: {counts}</source>
        <translation>Enregistrements : {counts}</translation>
    </message>
    <message>
        <source>good practices</source>
        <translation>bonnes pratiques</translation>
    </message>
    <message>
        <source>follow-up items</source>
        <translation>éléments de suivi</translation>
    </message>
    <message>
        <source>self-assessments</source>
        <translation>auto-évaluations</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation>{n} ajouté(s)</translation>
    </message>
    <message>
        <source>{n} replaced by a newer package</source>
        <translation>{n} remplacé(s) par un paquet plus récent</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>{n} inchangé(s)</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} refusé(s)</translation>
    </message>
    <message>
        <source>Participants: {parts}.</source>
        <translation>Participants : {parts}.</translation>
    </message>
    <message>
        <source>no package given</source>
        <translation>aucun paquet donné</translation>
    </message>
    <message>
        <source>There is no file or folder at {path}.</source>
        <translation>Il n&apos;y a ni fichier ni dossier à {path}.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <extracomment>Below this many packages to build, they are built here: starting workers costs more.</extracomment>
        <translation>{name} : {problem}</translation>
    </message>
    <message>
        <source>{name}: {older} is left out: {newer}, written {when}, is newer.</source>
        <translation>{name} : {older} est laissé de côté : {newer}, écrit le {when}, est plus récent.</translation>
    </message>
    <message>
        <source>its participant has no valid identity (UUID).</source>
        <translation>son participant n&apos;a pas d&apos;identité valide (UUID).</translation>
    </message>
    <message>
        <source>{name}: {package} is already in the cohort.</source>
        <translation>{name} : {package} est déjà dans la cohorte.</translation>
    </message>
    <message>
        <source>{name}: {package} (written {when}) is not newer than the package held (written {held}): the newer is kept.</source>
        <translation>{name} : {package} (écrit le {when}) n&apos;est pas plus récent que le paquet présent (écrit le {held}) : le plus récent est gardé.</translation>
    </message>
    <message>
        <source>{added}, replacing the package written {when}: {change}.</source>
        <translation>{added}, remplaçant le paquet écrit le {when} : {change}.</translation>
    </message>
    <message>
        <source>it holds no participant&apos;s profile. A cohort gathers each participant&apos;s package of all their data (File › Export › Package…, everything).</source>
        <translation>il ne contient le profil d&apos;aucun participant. Une cohorte rassemble le paquet de toutes les données de chaque participant (Fichier › Exporter › Paquet…, tout).</translation>
    </message>
    <message>
        <source>it holds {v0} participants&apos; profiles ({names}): a cohort takes one participant&apos;s package at a time.</source>
        <translation>il contient les profils de {v0} participants ({names}) : une cohorte prend le paquet d&apos;un seul participant à la fois.</translation>
    </message>
    <message>
        <source>{name} ({reserve}): {package}, written {when}</source>
        <translation>{name} ({reserve}) : {package}, écrit le {when}</translation>
    </message>
    <message>
        <source>{name}: {package}, written {when}</source>
        <translation>{name} : {package}, écrit le {when}</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>à une date inconnue</translation>
    </message>
    <message>
        <source>{n:,} added</source>
        <translation>{n:,} ajoutés</translation>
    </message>
    <message>
        <source>{n:,} changed</source>
        <translation>{n:,} modifiés</translation>
    </message>
    <message>
        <source>{n:,} removed</source>
        <translation>{n:,} supprimés</translation>
    </message>
    <message>
        <source>{kind} {counts}</source>
        <translation>{kind} : {counts}</translation>
    </message>
    <message>
        <source>{document} {before} → {after}</source>
        <translation>{document} : {before} → {after}</translation>
    </message>
    <message>
        <source>no record changed</source>
        <translation>aucun enregistrement n&apos;a changé</translation>
    </message>
    <message>
        <source>{name}: {amounts}.</source>
        <translation>{name} : {amounts}.</translation>
    </message>
    <message>
        <source>{root} is a cohort folder: its participants&apos; data is exported as a cohort package (File › Cohort › Export cohort package…, or brdesk export cohort OUT.brdesk), never as one person&apos;s package.</source>
        <translation>{root} est un dossier de cohorte : les données de ses participants s&apos;exportent en paquet de cohorte (Fichier › Cohorte › Exporter le paquet de cohorte…, ou brdesk export cohort OUT.brdesk), jamais en paquet d&apos;une personne.</translation>
    </message>
    <message>
        <source>A package is a {SUFFIX} file: &apos;{name}&apos; is not.</source>
        <translation>Un paquet est un fichier {SUFFIX} : « {name} » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>The attachment {v0} ({source}) is missing from the data folder; the package was not written.</source>
        <translation>La pièce jointe {v0} ({source}) manque dans le dossier de données ; le paquet n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>{record}: the package&apos;s version (edited {when} UTC) is newer and was kept</source>
        <extracomment>(field, value here, value in the package) for each field that differed</extracomment>
        <translation>{record} : la version du paquet (modifiée le {when} UTC) est plus récente et a été gardée</translation>
    </message>
    <message>
        <source>{record}: yours (edited {when} UTC) is newer and was kept</source>
        <translation>{record} : la vôtre (modifiée le {when} UTC) est plus récente et a été gardée</translation>
    </message>
    <message>
        <source>{field}: {here} here, {there} in the package</source>
        <translation>{field} : {here} ici, {there} dans le paquet</translation>
    </message>
    <message>
        <source>{head}. {fields}.</source>
        <translation>{head}. {fields}.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>{package}: {written}.</source>
        <extracomment>versions older than ours that we already had: nothing to take from them</extracomment>
        <translation>{package} : {written}.</translation>
    </message>
    <message>
        <source>  {amounts} would be added.</source>
        <translation>  Seraient ajoutés : {amounts}.</translation>
    </message>
    <message>
        <source>  {amounts} were added.</source>
        <translation>  Ajoutés : {amounts}.</translation>
    </message>
    <message>
        <source>  {amounts} would be updated.</source>
        <translation>  Seraient mis à jour : {amounts}.</translation>
    </message>
    <message>
        <source>  {amounts} were updated.</source>
        <translation>  Mis à jour : {amounts}.</translation>
    </message>
    <message>
        <source>  Nothing new: everything in the package is here already.</source>
        <translation>  Rien de nouveau : tout ce que contient le paquet est déjà ici.</translation>
    </message>
    <message>
        <source>  Already here, as they are or newer: {amounts}.</source>
        <translation>  Déjà ici, identiques ou plus récents : {amounts}.</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln [record was|records were] edited on both laptops; the newer version of each was kept:</source>
        <translation>
            <numerusform>  %Ln enregistrement a été modifié sur les deux ordinateurs ; la version la plus récente a été gardée :</numerusform>
            <numerusform>  %Ln enregistrements ont été modifiés sur les deux ordinateurs ; la version la plus récente de chacun a été gardée :</numerusform>
        </translation>
    </message>
    <message>
        <source>  - {conflict}</source>
        <translation>  - {conflict}</translation>
    </message>
    <message>
        <source>A package holds everything, observations or the plan: not &apos;{what}&apos;.</source>
        <extracomment>A clock a little ahead is forgiven; a version dated further ahead would win every merge. Columns (besides uuid) that identify the same record: the database holds them unique. A record of the same name here is taken to be this one (linked to, not merged).</extracomment>
        <translation>Un paquet contient tout, les observations ou le plan : pas « {what} ».</translation>
    </message>
    <message>
        <source>The date range ends ({date_to}) before it starts ({date_from}).</source>
        <translation>La période finit ({date_to}) avant de commencer ({date_from}).</translation>
    </message>
    <message>
        <source>the action plan</source>
        <translation>le plan d&apos;action</translation>
    </message>
    <message>
        <source>all the data</source>
        <translation>toutes les données</translation>
    </message>
    <message>
        <source>observations from {start} to {end}</source>
        <translation>observations du {start} au {end}</translation>
    </message>
    <message>
        <source>observations from {start}</source>
        <translation>observations depuis le {start}</translation>
    </message>
    <message>
        <source>observations up to {end}</source>
        <translation>observations jusqu&apos;au {end}</translation>
    </message>
    <message>
        <source>all observations</source>
        <translation>toutes les observations</translation>
    </message>
    <message>
        <source>Cannot write {name}: {refused}. Choose another name.</source>
        <translation>Impossible d&apos;écrire {name} : {refused}. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot write {target}: the folder {folder} does not exist.</source>
        <translation>Impossible d&apos;écrire {target} : le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write {name}: {culprit} could not be used ({problem}).</source>
        <translation>Impossible d&apos;écrire {name} : {culprit} n&apos;a pas pu être utilisé ({problem}).</translation>
    </message>
    <message>
        <source>Cannot write {target}: the path is too long ({length} characters). Choose a shorter name, or a folder nearer the top of the disk.</source>
        <translation>Impossible d&apos;écrire {target} : le chemin est trop long ({length} caractères). Choisissez un nom plus court, ou un dossier plus près de la racine du disque.</translation>
    </message>
    <message>
        <source>write {name}</source>
        <translation>écrire {name}</translation>
    </message>
    <message>
        <source>Cannot write {target}: {problem}.</source>
        <translation>Impossible d&apos;écrire {target} : {problem}.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {v0} Your data was not changed.</source>
        <extracomment>the current data, as it was before the restore (a backup, or the damaged file)</extracomment>
        <translation>{name} ne peut pas être restauré : {v0} Vos données n&apos;ont pas changé.</translation>
    </message>
    <message>
        <source>prepare the restore</source>
        <translation>préparer la restauration</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restaurer</translation>
    </message>
    <message>
        <source>The records are on the office database: it is backed up on its server (pg_dump, every night; see docs/office-server.md). To carry a copy away, export a package of everything.</source>
        <translation>Les enregistrements sont dans la base de données du bureau : elle est sauvegardée sur son serveur (pg_dump, chaque nuit ; voir docs/office-server.md). Pour emporter une copie, exportez un paquet de tout.</translation>
    </message>
    <message>
        <source>Your database is damaged ({exc}).</source>
        <translation>Votre base de données est endommagée ({exc}).</translation>
    </message>
    <message>
        <source>back up the data</source>
        <translation>sauvegarder les données</translation>
    </message>
    <message>
        <source>Your database is damaged: SQLite reports &apos;{problem}&apos;.</source>
        <translation>Votre base de données est endommagée : SQLite signale « {problem} ».</translation>
    </message>
    <message>
        <source>Cannot back up the data: a backup needs about {v0:,.0f} MB and the disk holding {backups} has {v1:,.0f} MB free. Free some space, or delete old backups you no longer need.</source>
        <translation>Impossible de sauvegarder les données : une sauvegarde demande environ {v0:,.0f} Mo et le disque qui contient {backups} a {v1:,.0f} Mo libres. Libérez de l&apos;espace, ou supprimez d&apos;anciennes sauvegardes devenues inutiles.</translation>
    </message>
    <message>
        <source>open {name}</source>
        <extracomment>PostgreSQL&apos;s refusal of a change the login was not granted (docs/office-server.md). Why this folder is open read-only (a sentence), or None: it can be edited.</extracomment>
        <translation>ouvrir {name}</translation>
    </message>
    <message>
        <source>This brdesk cannot reach a database server: its PostgreSQL driver is not installed (pip install &apos;brdesk[server]&apos;).</source>
        <translation>Ce brdesk ne peut pas joindre un serveur de base de données : son pilote PostgreSQL n&apos;est pas installé (pip install &apos;brdesk[server]&apos;).</translation>
    </message>
    <message>
        <source>Cannot reach the office database {where}: {problem}</source>
        <translation>Impossible de joindre la base de données du bureau {where} : {problem}</translation>
    </message>
    <message>
        <source>There is no brdesk data in {root} to open, and none can be started there: {why} Choose another folder.</source>
        <translation>Il n&apos;y a pas de données brdesk à ouvrir dans {root}, et aucune ne peut y être commencée : {why} Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{db} was written by an earlier brdesk and must be brought up to date before this version can read it, which means writing to it: {why} Copy the whole folder to a disk you can write to, and open the copy.</source>
        <translation>{db} a été écrit par un ancien brdesk et doit être mis à jour pour que cette version puisse le lire, ce qui suppose d&apos;y écrire : {why} Copiez tout le dossier sur un disque où vous pouvez écrire, et ouvrez la copie.</translation>
    </message>
    <message>
        <source>{db} cannot be read here: {why} It still holds changes kept beside it in {wal}, which SQLite can only read from a disk it can write to. Copy the whole folder to such a disk and open it there; nothing is lost.</source>
        <translation>{db} ne peut pas être lu ici : {why} Il contient encore des modifications gardées à côté dans {wal}, que SQLite ne peut lire que depuis un disque où il peut écrire. Copiez tout le dossier sur un tel disque et ouvrez-le là ; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>{db} cannot be read: {problem}.</source>
        <translation>{db} ne peut pas être lu : {problem}.</translation>
    </message>
    <message>
        <source>Nothing can be changed in {root}: it is open read-only. {read_only}</source>
        <translation>Rien ne peut être modifié dans {root} : il est ouvert en lecture seule. {read_only}</translation>
    </message>
    <message>
        <source>Someone else saved this record at the same moment, so your change was not saved. Look at it again, and change it again if it still needs it.</source>
        <translation>Quelqu’un d’autre a enregistré cet enregistrement au même moment ; votre modification n’a donc pas été enregistrée. Regardez-le de nouveau et modifiez-le encore si nécessaire.</translation>
    </message>
    <message>
        <source>save your change</source>
        <translation>enregistrer votre modification</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>The file {name} is marked read-only (as files copied from a CD or a protected share are). Clear that mark in its properties to edit it.</source>
        <translation>Le fichier {name} est marqué en lecture seule (comme les fichiers copiés d&apos;un CD ou d&apos;un partage protégé). Retirez cette marque dans ses propriétés pour le modifier.</translation>
    </message>
    <message>
        <source>Your office login may not make this change (the database allows it no changes to {table}): nothing was changed. The office&apos;s administrator gives such rights (docs/office-server.md).</source>
        <translation>Votre identifiant du bureau ne peut pas faire cette modification (la base de données ne lui permet aucune modification de {table}) : rien n’a été modifié. L’administrateur du bureau accorde ces droits (docs/office-server.md).</translation>
    </message>
    <message>
        <source>Another program kept the database busy for too long (another brdesk on the same folder over a network share, or a backup tool): nothing was changed. Try again in a moment.</source>
        <translation>Un autre programme a occupé la base de données trop longtemps (un autre brdesk sur le même dossier via un partage réseau, ou un outil de sauvegarde) : rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database refused the change: {detail}.</source>
        <translation>La base de données a refusé la modification : {detail}.</translation>
    </message>
    <message>
        <source>The change refers to a record that does not exist, or removes one still in use.</source>
        <translation>La modification renvoie à un enregistrement qui n&apos;existe pas, ou en supprime un encore utilisé.</translation>
    </message>
    <message>
        <source>A record with the same {column} already exists.</source>
        <translation>Un enregistrement avec le même {column} existe déjà.</translation>
    </message>
    <message>
        <source>The value breaks the rule &apos;{name}&apos;.</source>
        <translation>La valeur enfreint la règle « {name} ».</translation>
    </message>
    <message>
        <source>{column} is required.</source>
        <translation>{column} est obligatoire.</translation>
    </message>
    <message>
        <source>The change was refused by the database: {detail}</source>
        <translation>La modification a été refusée par la base de données : {detail}</translation>
    </message>
    <message>
        <source>The disk holding {where} is read-only (a stick or SD card with its write-protect switch on, a CD, or a share mounted read-only).</source>
        <extracomment>Less free space than this on the data folder&apos;s disk is a full disk for brdesk: SQLite needs room for its journal before it can commit even one small change. Windows&apos; ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION: another program (Word, Excel, a virus scanner) has the file open; Python reports them as PermissionError. Windows&apos; ERROR_ACCESS_DENIED: what replacing a document Word holds open gives (and also a read-only file&apos;s answer, so it means &quot;in use&quot; only where that is the question). Refused in the middle of the work (not found beforehand): what it had written is taken back, so the space free now is not what it needed.</extracomment>
        <translation>Le disque qui contient {where} est en lecture seule (une clé ou une carte SD avec son verrou d&apos;écriture activé, un CD, ou un partage monté en lecture seule).</translation>
    </message>
    <message>
        <source>You are not allowed to change files in {where} (its permissions, or a lock the system keeps on it, forbid it).</source>
        <translation>Vous n&apos;êtes pas autorisé à modifier des fichiers dans {where} (ses permissions, ou un verrou que le système y maintient, l&apos;interdisent).</translation>
    </message>
    <message>
        <source>The disk holding {where} filled up while brdesk was writing: this work needs more room than the {free} free there now. Free some space and try again.</source>
        <translation>Le disque qui contient {where} s&apos;est rempli pendant que brdesk écrivait : ce travail demande plus de place que les {free} libres maintenant. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: {free} free, and saving needs at least {needed} MB more than the data itself. Free some space and try again.</source>
        <translation>Le disque qui contient {where} est plein : {free} libres, et l&apos;enregistrement demande au moins {needed} Mo de plus que les données elles-mêmes. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>{where} is open in another program: close it there, or choose another name.</source>
        <translation>{where} est ouvert dans un autre programme : fermez-le là-bas, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{where} cannot be written ({detail}).</source>
        <translation>{where} ne peut pas être écrit ({detail}).</translation>
    </message>
    <message>
        <source>{what_is_true} Nothing was changed.</source>
        <translation>{what_is_true} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot {what} in {folder}: {problem}. Nothing was changed.</source>
        <translation>Impossible de {what} dans {folder} : {problem}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot {what}: {what_is_true} Nothing was changed.</source>
        <translation>Impossible de {what} : {what_is_true} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Demo written to {root}: {reserves}, {participants}, {objectives}, {actions}, {observations}.</source>
        <translation>Démo écrite dans {root} : {reserves}, {participants}, {objectives}, {actions}, {observations}.</translation>
    </message>
    <message>
        <source>A backup archive is a .zip file: &apos;{name}&apos; is not.</source>
        <translation>Une archive de sauvegarde est un fichier .zip : « {name} » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Backup archive written to {path} (the database and its attachments).</source>
        <translation>Archive de sauvegarde écrite dans {path} (la base de données et ses pièces jointes).</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
        <source>A package of everything on the office database was written to {path} ({amounts}). To restore, import it into an empty folder or database.</source>
        <translation>Un paquet de tout le contenu de la base de données du bureau a été écrit dans {path} ({amounts}). Pour restaurer, importez-le dans un dossier ou une base de données vide.</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>Pas encore de sauvegardes dans {folder}.</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first:</source>
        <translation>Sauvegardes dans {folder}, la plus récente d&apos;abord :</translation>
    </message>
    <message>
        <source>Brought {actions} and {observations} from {earlier} into {root}. The earlier folder was not changed.</source>
        <translation>{actions} et {observations} récupérées de {earlier} dans {root}. L&apos;ancien dossier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>There is no backup at {source}.</source>
        <translation>Il n&apos;y a pas de sauvegarde à {source}.</translation>
    </message>
    <message>
        <source>This backup cannot be restored; your data was not changed.</source>
        <translation>Cette sauvegarde ne peut pas être restaurée ; vos données n&apos;ont pas changé.</translation>
    </message>
    <message>
        <source>Restoring replaces your data: add --yes to confirm.</source>
        <translation>La restauration remplace vos données : ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Replace the data in {root} with this backup? [y/N] </source>
        <translation>Remplacer les données de {root} par cette sauvegarde ? [o/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Restored. Your data as it was before is kept in {previous}.</source>
        <translation>Restauré. Vos données telles qu&apos;elles étaient sont gardées dans {previous}.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restauré.</translation>
    </message>
    <message numerus="yes">
        <source>{name}: read as {format}; %Ln row(s).</source>
        <translation>
            <numerusform>{name} : lu comme {format} ; %Ln ligne.</numerusform>
            <numerusform>{name} : lu comme {format} ; %Ln lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>  {rules}.</source>
        <translation>  {rules}.</translation>
    </message>
    <message>
        <source>  {accepted:,} to import, {rejected:,} rejected, {present:,} already in brdesk.</source>
        <translation>  {accepted:,} à importer, {rejected:,} refusées, {present:,} déjà dans brdesk.</translation>
    </message>
    <message>
        <source>  {name}, {rejection}</source>
        <translation>  {name}, {rejection}</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %Ln more rejected row(s)</source>
        <translation>
            <numerusform>  ... et %Ln autre ligne refusée</numerusform>
            <numerusform>  ... et %Ln autres lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Essai : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows above, or use --skip-invalid to import the valid rows only.</source>
        <translation>Rien n&apos;a été importé : corrigez les lignes ci-dessus, ou utilisez --skip-invalid pour n&apos;importer que les lignes valides.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln observation(s).</source>
        <translation>
            <numerusform>%Ln observation importée.</numerusform>
            <numerusform>%Ln observations importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Essai : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Not imported: no zone could be read for {features}. Name the field that says core, buffer or transition with --zone-field (the layer&apos;s fields: {fields}), or choose in the Map page.</source>
        <translation>Non importé : aucune zone n&apos;a pu être lue pour {features}. Indiquez avec --zone-field le champ qui dit aire centrale, zone tampon ou aire de transition (les champs de la couche : {fields}), ou choisissez dans la page Carte.</translation>
    </message>
    <message>
        <source>  {name}: {zone}, {area:,.1f} ha</source>
        <translation>  {name} : {zone}, {area:,.1f} ha</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln zone(s) would replace the zones.</source>
        <translation>
            <numerusform>Essai : %Ln zone remplacerait les zones.</numerusform>
            <numerusform>Essai : %Ln zones remplaceraient les zones.</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; nothing half-done was kept.</source>
        <extracomment>The commands that open a window: they choose their language themselves.</extracomment>
        <translation>interrompu ; rien d&apos;inachevé n&apos;a été gardé.</translation>
    </message>
    <message>
        <source>{busy} Close it, or wait until it has finished, and try again. Nothing was changed.</source>
        <translation>{busy} Fermez-le, ou attendez qu&apos;il ait fini, et réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date written YYYY-MM-DD</source>
        <translation>{where} : « {text} » n&apos;est pas une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{year:g} is a year alone, not a date (write YYYY-MM-DD)</source>
        <translation>{year:g} est une année seule, pas une date (écrivez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date</source>
        <translation>« {text} » n&apos;est pas une date réelle</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (write it YYYY-MM-DD)</source>
        <translation>« {text} » n&apos;est pas une date (écrivez-la AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a year alone, not a date (write YYYY-MM-DD)</source>
        <translation>« {text} » est une année seule, pas une date (écrivez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{serial:g} is not an Excel date</source>
        <translation>{serial:g} n&apos;est pas une date Excel</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time</source>
        <translation>« {text} » n&apos;est pas une heure</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time</source>
        <translation>« {text} » n&apos;a pas d&apos;heure</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a UTC offset any place uses</source>
        <extracomment>A clock time followed by its offset from UTC: Z, +05:45, +0545, -03, &quot; UTC&quot;.</extracomment>
        <translation>« {text} » n&apos;est un décalage UTC d&apos;aucun lieu</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a UTC offset (write it +05:45 or -03:00)</source>
        <translation>« {text} » n&apos;est pas un décalage UTC (écrivez-le +05:45 ou -03:00)</translation>
    </message>
    <message>
        <source>not a number</source>
        <extracomment>How a file writes its numbers: &quot;point&quot; (1,234.5: the comma groups thousands), &quot;comma&quot; (1.234,5 or 1 234,5: the comma is the decimal mark), or None when nothing in the file tells, and a number that could be read both ways is refused.</extracomment>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>« {text} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be read two ways (a thousands separator or a decimal comma): write it without the comma, or with a decimal point</source>
        <translation>« {text} » peut se lire de deux façons (séparateur de milliers ou virgule décimale) : écrivez-le sans la virgule, ou avec un point décimal</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a comma, but this file writes decimal points</source>
        <translation>« {text} » a une virgule, mais ce fichier écrit des points décimaux</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be read two ways (a thousands separator or a decimal point): write it without the point, or with a decimal comma</source>
        <translation>« {text} » peut se lire de deux façons (séparateur de milliers ou point décimal) : écrivez-le sans le point, ou avec une virgule décimale</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>pas un nombre fini</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no</source>
        <extracomment>What starts a formula in a spreadsheet cell.</extracomment>
        <translation>« {text} » n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>{axis} must be between -{limit:g} and {limit:g}</source>
        <translation>la {axis} doit être entre -{limit:g} et {limit:g}</translation>
    </message>
    <message>
        <source>not a coordinate (use decimal degrees or 27°59&apos;17&quot;N)</source>
        <translation>pas une coordonnée (utilisez des degrés décimaux ou 27°59&apos;17&quot;N)</translation>
    </message>
    <message>
        <source>&apos;{hemi}&apos; does not belong to a latitude</source>
        <translation>« {hemi} » ne convient pas à une latitude</translation>
    </message>
    <message>
        <source>&apos;{hemi}&apos; does not belong to a longitude</source>
        <translation>« {hemi} » ne convient pas à une longitude</translation>
    </message>
    <message>
        <source>minutes and seconds must be below 60</source>
        <translation>les minutes et secondes doivent être inférieures à 60</translation>
    </message>
    <message>
        <source>a sign and &apos;{hemi}&apos; say the hemisphere twice: write one of them</source>
        <translation>un signe et « {hemi} » indiquent deux fois l&apos;hémisphère : n&apos;écrivez que l&apos;un des deux</translation>
    </message>
    <message>
        <source>only the last of degrees, minutes and seconds may have decimals</source>
        <translation>seul le dernier des degrés, minutes et secondes peut avoir des décimales</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a UTM zone (write it like 45R or 18 south)</source>
        <translation>« {text} » n&apos;est pas un fuseau UTM (écrivez-le comme 45R ou 18 sud)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be band S (north of the equator) or south: write {number} south or {number} north</source>
        <translation>« {text} » peut être la bande S (au nord de l&apos;équateur) ou sud : écrivez {number} sud ou {number} nord</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not say the hemisphere (write {number} north, say)</source>
        <translation>« {text} » n&apos;indique pas l&apos;hémisphère (écrivez {number} nord, par exemple)</translation>
    </message>
    <message>
        <source>not a UTM position ({problem})</source>
        <translation>pas une position UTM ({problem})</translation>
    </message>
    <message>
        <source>There is no database in {root} to back up.</source>
        <extracomment>An archive&apos;s members are unpacked only up to these sizes (a zip bomb is refused).</extracomment>
        <translation>Il n&apos;y a pas de base de données dans {root} à sauvegarder.</translation>
    </message>
    <message>
        <source>{name} is not a brdesk backup: it holds &apos;{v0}&apos;.</source>
        <translation>{name} n&apos;est pas une sauvegarde brdesk : elle contient « {v0} ».</translation>
    </message>
    <message>
        <source>{name} is not a brdesk backup archive.</source>
        <translation>{name} n&apos;est pas une archive de sauvegarde brdesk.</translation>
    </message>
    <message>
        <source>{name}: its manifest is too large.</source>
        <translation>{name} : son manifeste est trop grand.</translation>
    </message>
    <message>
        <source>{name}: its manifest is not JSON ({exc}).</source>
        <translation>{name} : son manifeste n&apos;est pas du JSON ({exc}).</translation>
    </message>
    <message>
        <source>{name} was written by a newer brdesk (archive version {v0!r}): update brdesk to restore it.</source>
        <translation>{name} a été écrit par un brdesk plus récent (version d&apos;archive {v0!r}) : mettez brdesk à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>{name}: its database is impossibly large.</source>
        <translation>{name} : sa base de données est d&apos;une taille impossible.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a backup archive ({exc}).</source>
        <translation>{name} ne peut pas être lu comme archive de sauvegarde ({exc}).</translation>
    </message>
    <message>
        <source>&apos;{v0}&apos; is larger than it claims; refused.</source>
        <translation>« {v0} » est plus grand qu&apos;il ne le prétend ; refusé.</translation>
    </message>
    <message>
        <source>{root} holds your own data (a profile, a plan or observations): it cannot become a cohort, or the participants&apos; data would sit beside yours. Gather a cohort in a folder of its own: File › Open data folder…, a new folder, then File › Cohort › Add participants&apos; packages… (on the command line: brdesk --data-dir NEW_FOLDER cohort add PACKAGES).</source>
        <extracomment>Folders being built or set aside start so; they are never members.</extracomment>
        <translation>{root} contient vos propres données (un profil, un plan ou des observations) : il ne peut pas devenir une cohorte, sinon les données des participants côtoieraient les vôtres. Rassemblez la cohorte dans un dossier à part : Fichier › Ouvrir un dossier de données…, un nouveau dossier, puis Fichier › Cohorte › Ajouter les paquets des participants… (en ligne de commande : brdesk --data-dir NEW_FOLDER cohort add PACKAGES).</translation>
    </message>
    <message>
        <source>{root} is a cohort folder: {name} is not merged into it. Participants&apos; packages are added with File › Cohort › Add participants&apos; packages… (or brdesk --data-dir &quot;{root}&quot; cohort add &quot;{name}&quot;), which keeps each participant apart.</source>
        <translation>{root} est un dossier de cohorte : {name} n&apos;y est pas fusionné. Les paquets des participants s&apos;ajoutent avec Fichier › Cohorte › Ajouter les paquets des participants… (ou brdesk --data-dir &quot;{root}&quot; cohort add &quot;{name}&quot;), qui garde chaque participant à part.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a ZIP archive ({exc}).</source>
        <translation>{name} ne peut pas être ouvert comme archive ZIP ({exc}).</translation>
    </message>
    <message>
        <source>{name}: meta.xml names no core file.</source>
        <translation>{name} : meta.xml ne nomme aucun fichier central.</translation>
    </message>
    <message>
        <source>{name}: meta.xml names &apos;{location}&apos;, which is not inside.</source>
        <translation>{name} : meta.xml nomme « {location} », qui n&apos;est pas dedans.</translation>
    </message>
    <message>
        <source>{name} holds no table (no .csv or .txt file inside).</source>
        <translation>{name} ne contient aucun tableau (pas de fichier .csv ou .txt dedans).</translation>
    </message>
    <message>
        <source>{name} holds several tables ({listed}): unzip it and import the one you want.</source>
        <translation>{name} contient plusieurs tableaux ({listed}) : décompressez-le et importez celui que vous voulez.</translation>
    </message>
    <message>
        <source>Coordinates are longitude and latitude on {datum}.</source>
        <extracomment>Datums whose coordinates differ from WGS84&apos;s by about a metre or less: taken as they are.</extracomment>
        <translation>Les coordonnées sont des longitudes et latitudes en {datum}.</translation>
    </message>
    <message>
        <source>Coordinates are UTM zone {zone}{hemisphere} ({datum}) in metres; transformed to longitude and latitude.</source>
        <translation>Les coordonnées sont en fuseau UTM {zone}{hemisphere} ({datum}) en mètres ; transformées en longitude et latitude.</translation>
    </message>
    <message>
        <source>A position is not in UTM zone {utm_zone} ({exc}).</source>
        <translation>Une position n&apos;est pas dans le fuseau UTM {utm_zone} ({exc}).</translation>
    </message>
    <message>
        <source>{name} is in EPSG:{code}, a coordinate system brdesk cannot read. {REPROJECT}</source>
        <translation>{name} est en EPSG:{code}, un système de coordonnées que brdesk ne sait pas lire. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name} names a coordinate system brdesk cannot read (&apos;{text}&apos;). {REPROJECT}</source>
        <translation>{name} nomme un système de coordonnées que brdesk ne sait pas lire (« {text} »). {REPROJECT}</translation>
    </message>
    <message>
        <source>{name}: the .prj file does not describe a coordinate system.</source>
        <translation>{name} : le fichier .prj ne décrit pas de système de coordonnées.</translation>
    </message>
    <message>
        <source>{name} is on the datum &apos;{v0}&apos;, whose positions differ from WGS 84 by up to hundreds of metres; brdesk does not shift datums. {REPROJECT}</source>
        <translation>{name} est sur le datum « {v0} », dont les positions diffèrent de WGS 84 de centaines de mètres parfois ; brdesk ne change pas de datum. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name}: the .prj describes a {kind}, which brdesk cannot read. {REPROJECT}</source>
        <translation>{name} : le .prj décrit un {kind}, que brdesk ne sait pas lire. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name} is in the projection &apos;{shown}&apos;; brdesk reads degrees and UTM zones only. {REPROJECT}</source>
        <translation>{name} est dans la projection « {shown} » ; brdesk ne lit que les degrés et les fuseaux UTM. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name} holds no waypoints, track points or placemarks.</source>
        <extracomment>The columns of the table a GPS file becomes.</extracomment>
        <translation>{name} ne contient ni points de passage, ni points de trace, ni repères.</translation>
    </message>
    <message>
        <source>{name} is refused: it asks the reader for entities or external files ({__name__}), which a data file never needs.</source>
        <translation>{name} est refusé : il demande au lecteur des entités ou des fichiers externes ({__name__}), dont un fichier de données n&apos;a jamais besoin.</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML ({exc}).</source>
        <translation>{name} n&apos;est pas du XML bien formé ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not a {v0} file (its root element is not &lt;{root_tag}&gt;).</source>
        <translation>{name} n&apos;est pas un fichier {v0} (son élément racine n&apos;est pas &lt;{root_tag}&gt;).</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a KMZ file ({exc}).</source>
        <translation>{name} ne peut pas être ouvert comme fichier KMZ ({exc}).</translation>
    </message>
    <message>
        <source>{name} holds no .kml file.</source>
        <translation>{name} ne contient aucun fichier .kml.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <extracomment>(row number as a spreadsheet shows it, cells) A fresh pass over a table&apos;s rows. reads the rows from the start, at every call for a table read out of an archive: which member, and what else it held media files inside the archive, by the file name a row&apos;s cell gives (ODK&apos;s media/)</extracomment>
        <translation>{path} n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>{name} is larger than {v0} MB.</source>
        <translation>{name} fait plus de {v0} Mo.</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97 file: save it as .xlsx or .csv in your spreadsheet.</source>
        <translation>{name} est un ancien fichier Excel 97 : enregistrez-le en .xlsx ou .csv dans votre tableur.</translation>
    </message>
    <message>
        <source>{name}: &apos;{member}&apos; cannot be read ({exc}).</source>
        <translation>{name} : « {member} » ne peut pas être lu ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not a text file (CSV) or a spreadsheet (XLSX).</source>
        <translation>{name} n&apos;est ni un fichier texte (CSV) ni un tableur (XLSX).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>{name}, line {number}: longer than {MAX_LINE_CHARS:,} characters, which no row of observations is. The file is damaged or not a table. Nothing was imported.</source>
        <extracomment>The longest line read (characters): a note of 100,000 characters fits ten times over; a file of one endless line would otherwise be read into memory whole before a check. The most columns a table may have (KoBo&apos;s widest exports have a few hundred).</extracomment>
        <translation>{name}, ligne {number} : plus de {MAX_LINE_CHARS:,} caractères, ce qu&apos;aucune ligne d&apos;observations n&apos;atteint. Le fichier est endommagé ou n&apos;est pas un tableau. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{name}, row 1: cannot be read as CSV ({exc}).</source>
        <translation>{name}, ligne 1 : illisible en CSV ({exc}).</translation>
    </message>
    <message>
        <source>{where}: cannot be read as CSV ({exc}).</source>
        <translation>{where} : illisible en CSV ({exc}).</translation>
    </message>
    <message>
        <source>{where}: cannot be read as {encoding}.</source>
        <translation>{where} : illisible en {encoding}.</translation>
    </message>
    <message>
        <source>{name}, row {start}: a quote (&quot;) opens here and is not closed until line {end}, taking {v0} lines of the file into one cell. Close the quote, or remove it. Nothing was imported.</source>
        <translation>{name}, ligne {start} : un guillemet (&quot;) s&apos;ouvre ici et ne se ferme qu&apos;à la ligne {end}, mettant {v0} lignes du fichier dans une seule cellule. Fermez le guillemet, ou supprimez-le. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as an Excel workbook ({exc}).</source>
        <extracomment>An .xlsx is a ZIP of XML: refused before it is opened if it would unpack to more than this, or if a large member is compressed far beyond what real sheets reach (~10-40x): a zip bomb takes minutes and gigabytes to read, to yield nothing. openpyxl holds a workbook&apos;s shared strings (every distinct text) in memory, about 150 bytes each: a sheet of 20 million took 3 GB. Above this many, the workbook is refused before it is read, and its user asked for a CSV, which is read as a stream.</extracomment>
        <translation>{name} ne peut pas être ouvert comme classeur Excel ({exc}).</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} distinct texts, and brdesk reads at most {MAX_SHARED_STRINGS:,} from a workbook (they are all held in memory). Save the sheet as CSV (a CSV of any length is read row by row), or split it.</source>
        <translation>{name} est refusé : il contient {count:,} textes distincts, et brdesk en lit au plus {MAX_SHARED_STRINGS:,} d&apos;un classeur (tous gardés en mémoire). Enregistrez la feuille en CSV (un CSV de toute longueur est lu ligne par ligne), ou scindez-la.</translation>
    </message>
    <message>
        <source>{name}, row {v0}: cannot be read ({__name__}: {exc}). The workbook is damaged: open it in a spreadsheet and save it again, or save it as CSV. Nothing was imported.</source>
        <translation>{name}, ligne {v0} : illisible ({__name__} : {exc}). Le classeur est endommagé : ouvrez-le dans un tableur et enregistrez-le de nouveau, ou en CSV. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{name}, row 1: the first row must hold the column names.</source>
        <translation>{name}, ligne 1 : la première ligne doit contenir les noms des colonnes.</translation>
    </message>
    <message>
        <source>{name}, row 1: {v0:,} columns; brdesk reads tables of up to {MAX_COLUMNS:,}. Remove the columns you do not need, or split the table.</source>
        <translation>{name}, ligne 1 : {v0:,} colonnes ; brdesk lit des tableaux d&apos;au plus {MAX_COLUMNS:,}. Supprimez les colonnes inutiles, ou scindez le tableau.</translation>
    </message>
    <message>
        <source>Cannot export to &apos;{name}&apos;: the file name must end in .xlsx or .csv.</source>
        <translation>Impossible d&apos;exporter vers « {name} » : le nom du fichier doit finir par .xlsx ou .csv.</translation>
    </message>
    <message>
        <source>Cannot write the workbook to &apos;{name}&apos;: the name must end in .xlsx.</source>
        <translation>Impossible d&apos;écrire le classeur dans « {name} » : le nom doit finir par .xlsx.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as an XLSForm ({exc}).</source>
        <translation>{name} ne peut pas être ouvert comme XLSForm ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not an XLSForm: it needs a &apos;survey&apos; and a &apos;choices&apos; sheet (download the form as XLS from KoBoToolbox, or use the one given to ODK).</source>
        <translation>{name} n&apos;est pas un XLSForm : il lui faut une feuille « survey » et une feuille « choices » (téléchargez le formulaire en XLS depuis KoBoToolbox, ou prenez celui donné à ODK).</translation>
    </message>
    <message>
        <source>{name}: its &apos;choices&apos; sheet needs list_name, name and label columns.</source>
        <translation>{name} : sa feuille « choices » doit avoir les colonnes list_name, name et label.</translation>
    </message>
    <message>
        <source>{name}: its &apos;survey&apos; sheet has no select_one or select_multiple question.</source>
        <translation>{name} : sa feuille « survey » n&apos;a aucune question select_one ou select_multiple.</translation>
    </message>
    <message>
        <source>{name}: its {member} is impossibly large.</source>
        <extracomment>Members smaller than this are not judged by their ratio (tiny repetitive XML parts compress extremely well, harmlessly).</extracomment>
        <translation>{name} : son {member} est d&apos;une taille impossible.</translation>
    </message>
    <message>
        <source>{name}: its {member} is not JSON ({exc}).</source>
        <translation>{name} : son {member} n&apos;est pas du JSON ({exc}).</translation>
    </message>
    <message>
        <source>{name} is refused: its part &apos;{v0}&apos; would unpack to {ratio:.0f} times its size (a zip bomb, or a damaged file?).</source>
        <translation>{name} est refusé : sa partie « {v0} » se décompresserait à {ratio:.0f} fois sa taille (une bombe zip, ou un fichier endommagé ?).</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {v0:,.0f} MB.{hint}</source>
        <translation>{name} est refusé : il se décompresserait à {v0:,.0f} Mo.{hint}</translation>
    </message>
    <message>
        <source>{name} has no layer &apos;{v0}&apos; (it has {names}).</source>
        <translation>{name} n&apos;a pas de couche « {v0} » (il a {names}).</translation>
    </message>
    <message>
        <source>{name} holds no polygons to use as zones.{why}</source>
        <translation>{name} ne contient aucun polygone à utiliser comme zone.{why}</translation>
    </message>
    <message>
        <source>{name} has several layers ({names}): say which one.</source>
        <translation>{name} a plusieurs couches ({names}) : dites laquelle.</translation>
    </message>
    <message>
        <source>{name}: zones are read from GeoJSON, KML, KMZ or a shapefile (.shp, or a .zip of one), not from a &apos;{v0}&apos; file.</source>
        <translation>{name} : les zones se lisent en GeoJSON, KML, KMZ ou shapefile (.shp, ou un .zip d&apos;un shapefile), pas dans un fichier « {v0} ».</translation>
    </message>
    <message>
        <source>{name} cannot be read ({strerror}).</source>
        <translation>{name} ne peut pas être lu ({strerror}).</translation>
    </message>
    <message>
        <source>{name} is {v0:,.0f} MB: too large for a boundary file.</source>
        <translation>{name} fait {v0:,.0f} Mo : trop gros pour un fichier de limites.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, as GeoJSON must be.</source>
        <translation>{name} n&apos;est pas du texte UTF-8, comme doit l&apos;être un GeoJSON.</translation>
    </message>
    <message>
        <source>{name} is not valid GeoJSON (line {lineno}: {msg}).</source>
        <translation>{name} n&apos;est pas un GeoJSON valide (ligne {lineno} : {msg}).</translation>
    </message>
    <message>
        <source>{name} is not a GeoJSON FeatureCollection.</source>
        <translation>{name} n&apos;est pas une FeatureCollection GeoJSON.</translation>
    </message>
    <message>
        <source>{name}: &apos;features&apos; is not a list.</source>
        <translation>{name} : « features » n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>its coordinates are not numbers</source>
        <translation>ses coordonnées ne sont pas des nombres</translation>
    </message>
    <message>
        <source>{name} holds no .kml document.</source>
        <translation>{name} ne contient aucun document .kml.</translation>
    </message>
    <message>
        <source>{name} is not a KML document.</source>
        <translation>{name} n&apos;est pas un document KML.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is not a KML coordinate (lon,lat).</source>
        <translation>{name} : « {v0} » n&apos;est pas une coordonnée KML (lon,lat).</translation>
    </message>
    <message>
        <source>{where}, feature {number} (&apos;{name}&apos;): {why}.</source>
        <extracomment>A boundary file is a few megabytes; this is far past any real one, short of exhaustion.</extracomment>
        <translation>{where}, entité {number} (« {name} ») : {why}.</translation>
    </message>
    <message>
        <source>{where}, feature {number}: {why}.</source>
        <translation>{where}, entité {number} : {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ring(s) did not end where [it|they] started; each was closed by joining its last corner to its first.</source>
        <translation>
            <numerusform>%Ln anneau ne finissait pas où il commençait ; il a été fermé en joignant son dernier sommet au premier.</numerusform>
            <numerusform>%Ln anneaux ne finissaient pas où ils commençaient ; chacun a été fermé en joignant son dernier sommet au premier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln {kind} feature(s) left out: zones are polygons.</source>
        <translation>
            <numerusform>%Ln entité {kind} laissée de côté : les zones sont des polygones.</numerusform>
            <numerusform>%Ln entités {kind} laissées de côté : les zones sont des polygones.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} holds ({x:.0f}, {y:.0f}), which is not longitude and latitude: the file is in a projected system it does not name. {REPROJECT}</source>
        <translation>{name} contient ({x:.0f}, {y:.0f}), qui ne sont pas une longitude et une latitude : le fichier est dans un système projeté qu&apos;il ne nomme pas. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name} comes without its .dbf (the attribute table): copy every file named {stem}.* together, or a zip of them.</source>
        <translation>{name} arrive sans son .dbf (la table attributaire) : copiez ensemble tous les fichiers nommés {stem}.*, ou un zip de ceux-ci.</translation>
    </message>
    <message>
        <source>{name} holds no shapefile (.shp).</source>
        <translation>{name} ne contient aucun shapefile (.shp).</translation>
    </message>
    <message>
        <source>{name}: {v0} comes without its .dbf.</source>
        <translation>{name} : {v0} arrive sans son .dbf.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a zip file ({exc}).</source>
        <translation>{name} ne peut pas être ouvert comme fichier zip ({exc}).</translation>
    </message>
    <message>
        <source>There is no .prj: coordinates are read as WGS 84 degrees.</source>
        <translation>Il n&apos;y a pas de .prj : les coordonnées sont lues en degrés WGS 84.</translation>
    </message>
    <message>
        <source>There is no .cpg: the attribute table is read as UTF-8.</source>
        <translation>Il n&apos;y a pas de .cpg : la table attributaire est lue en UTF-8.</translation>
    </message>
    <message>
        <source>{name}: its .cpg names an unknown encoding &apos;{encoding}&apos;.</source>
        <translation>{name} : son .cpg nomme un encodage inconnu « {encoding} ».</translation>
    </message>
    <message>
        <source>{name} is not a readable shapefile ({exc}).</source>
        <translation>{name} n&apos;est pas un shapefile lisible ({exc}).</translation>
    </message>
    <message>
        <source>{name}: the attribute table is not {encoding}. Add a .cpg file naming its encoding (such as CP1251 or GBK), or save the layer again as UTF-8.</source>
        <translation>{name} : la table attributaire n&apos;est pas en {encoding}. Ajoutez un fichier .cpg qui nomme son encodage (comme CP1251 ou GBK), ou enregistrez de nouveau la couche en UTF-8.</translation>
    </message>
    <message>
        <source>There is no self-assessment to export yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;auto-évaluation à exporter.</translation>
    </message>
    <message>
        <source>{name} is no longer in the data folder</source>
        <translation>{name} n&apos;est plus dans le dossier de données</translation>
    </message>
    <message>
        <source>Cannot copy {name} into the data folder: {exc}</source>
        <translation>Impossible de copier {name} dans le dossier de données : {exc}</translation>
    </message>
    <message>
        <source>Attachment {attachment_id} no longer exists.</source>
        <translation>La pièce jointe {attachment_id} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{root} is not a cohort folder: there is no cohort to export. Add participants&apos; packages to a folder of its own first (brdesk --data-dir COHORT_FOLDER cohort add PACKAGES).</source>
        <translation>{root} n&apos;est pas un dossier de cohorte : il n&apos;y a pas de cohorte à exporter. Ajoutez d&apos;abord les paquets des participants dans un dossier à part (brdesk --data-dir COHORT_FOLDER cohort add PACKAGES).</translation>
    </message>
    <message>
        <source>The cohort has no participant yet: add their packages first.</source>
        <translation>La cohorte n&apos;a pas encore de participant : ajoutez d&apos;abord leurs paquets.</translation>
    </message>
    <message>
        <source>Cannot export the cohort to &apos;{name}&apos;: the name must end in .docx (Word) or .xlsx (Excel).</source>
        <translation>Impossible d&apos;exporter la cohorte vers « {name} » : le nom doit finir par .docx (Word) ou .xlsx (Excel).</translation>
    </message>
    <message>
        <source>That good practice is no longer in the participant&apos;s package.</source>
        <translation>Cette bonne pratique n&apos;est plus dans le paquet du participant.</translation>
    </message>
    <message>
        <source>A cohort package is a .brdesk file: &apos;{name}&apos; is not.</source>
        <translation>Un paquet de cohorte est un fichier .brdesk : « {name} » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>{root} (last changed {when:%d %b %Y %H:%M}): {held}</source>
        <translation>{root} (dernière modification : {when:%d %b %Y %H:%M}) : {held}</translation>
    </message>
    <message>
        <source>No brdesk data in {folder}: choose the folder of the earlier brdesk, or the &apos;{PORTABLE_FOLDER}&apos; folder inside it (it holds {DB_NAME}).</source>
        <translation>Pas de données brdesk dans {folder} : choisissez le dossier de l&apos;ancien brdesk, ou le dossier « {PORTABLE_FOLDER} » qu&apos;il contient (où se trouve {DB_NAME}).</translation>
    </message>
    <message>
        <source>The data in {root} was written by a newer brdesk (schema {revision}). It was left untouched: use that brdesk, or a newer one.</source>
        <translation>Les données de {root} ont été écrites par un brdesk plus récent (schéma {revision}). Elles ont été laissées intactes : utilisez ce brdesk, ou un plus récent.</translation>
    </message>
    <message>
        <source>{root} already holds data: nothing was copied. Bring earlier data only into a new, empty brdesk (or open the earlier folder with File &gt; Open data folder).</source>
        <translation>{root} contient déjà des données : rien n&apos;a été copié. N&apos;apportez d&apos;anciennes données que dans un brdesk neuf et vide (ou ouvrez l&apos;ancien dossier avec Fichier &gt; Ouvrir un dossier de données).</translation>
    </message>
    <message>
        <source>That is the data folder already open: nothing to bring.</source>
        <translation>C&apos;est le dossier de données déjà ouvert : rien à récupérer.</translation>
    </message>
    <message>
        <source>Could not copy the data from {root} to {v0}: {v1}. The earlier data was not changed.</source>
        <translation>Impossible de copier les données de {root} vers {v0} : {v1}. Les anciennes données n&apos;ont pas changé.</translation>
    </message>
    <message>
        <source>{filename}: {member} is larger than {v0} MB. Nothing was imported.</source>
        <translation>{filename} : {member} fait plus de {v0} Mo. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{filename}: {member}: {refused}. Nothing was imported.</source>
        <translation>{filename} : {member} : {refused}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot export observations to &apos;{name}&apos;: use .csv, .xlsx, .geojson or .zip (a Darwin Core Archive).</source>
        <extracomment>Half the diagonal of a 0.1-degree cell at the equator, in metres. Elevations of sensitive records are rounded to this many metres. Added to an exact archive&apos;s name and title: it is for the user&apos;s own use.</extracomment>
        <translation>Impossible d&apos;exporter les observations vers « {name} » : utilisez .csv, .xlsx, .geojson ou .zip (une archive Darwin Core).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) without coordinates [was|were] left out.</source>
        <translation>
            <numerusform>%Ln observation sans coordonnées a été laissée de côté.</numerusform>
            <numerusform>%Ln observations sans coordonnées ont été laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Named {name}: it holds exact locations of sensitive records.</source>
        <translation>Nommé {name} : il contient les localisations exactes d&apos;observations sensibles.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) not of species [was|were] left out.</source>
        <translation>
            <numerusform>%Ln observation qui n&apos;est pas d&apos;espèce a été laissée de côté.</numerusform>
            <numerusform>%Ln observations qui ne sont pas d&apos;espèces ont été laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln species record(s) [was|were] left out (export them as occurrences).</source>
        <translation>
            <numerusform>%Ln observation d&apos;espèce a été laissée de côté (exportez-la en occurrence).</numerusform>
            <numerusform>%Ln observations d&apos;espèces ont été laissées de côté (exportez-les en occurrences).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no action plan to export yet.</source>
        <translation>Il n&apos;y a pas encore de plan d&apos;action à exporter.</translation>
    </message>
    <message>
        <source>Cannot write the case study to &apos;{name}&apos;: the name must end in .docx.</source>
        <extracomment>A case study stays within two pages: a row of three photos, ten observations listed. Photos are scaled to this many pixels on their long side: sharp at 5 cm, and a report with twenty practices stays a file one can e-mail. The form&apos;s parts, in its order, as the case study heads them.</extracomment>
        <translation>Impossible d&apos;écrire l&apos;étude de cas dans « {name} » : le nom doit finir par .docx.</translation>
    </message>
    <message>
        <source>{parent} is not a folder.</source>
        <translation>{parent} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Fill in your profile first: the submission carries your name.</source>
        <translation>Remplissez d&apos;abord votre profil : l&apos;envoi porte votre nom.</translation>
    </message>
    <message>
        <source>Cannot write in {parent}: {v0}.</source>
        <translation>Impossible d&apos;écrire dans {parent} : {v0}.</translation>
    </message>
    <message>
        <source>There is no plan template &apos;{template_id}&apos;.</source>
        <translation>Il n&apos;y a pas de modèle de plan « {template_id} ».</translation>
    </message>
    <message>
        <source>an outline needs at least one polygon</source>
        <translation>un contour demande au moins un polygone</translation>
    </message>
    <message>
        <source>a polygon needs an outer ring</source>
        <translation>un polygone demande un anneau extérieur</translation>
    </message>
    <message>
        <source>a geometry must be a GeoJSON object</source>
        <translation>une géométrie doit être un objet GeoJSON</translation>
    </message>
    <message>
        <source>a zone is a Polygon or a MultiPolygon, not a {kind}</source>
        <translation>une zone est un Polygon ou un MultiPolygon, pas un {kind}</translation>
    </message>
    <message>
        <source>the geometry has no list of coordinates</source>
        <translation>la géométrie n&apos;a pas de liste de coordonnées</translation>
    </message>
    <message>
        <source>a coordinate is not a pair of numbers</source>
        <translation>une coordonnée n&apos;est pas une paire de nombres</translation>
    </message>
    <message>
        <source>a ring needs at least 3 distinct corners, this one has {n}</source>
        <translation>un anneau demande au moins 3 sommets distincts, celui-ci en a {n}</translation>
    </message>
    <message>
        <source>a ring must end where it starts</source>
        <translation>un anneau doit finir où il commence</translation>
    </message>
    <message>
        <source>({lon:g}, {lat:g}) is not a longitude and latitude in degrees</source>
        <translation>({lon:g}, {lat:g}) n&apos;est pas une longitude et une latitude en degrés</translation>
    </message>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s words a user reads (Python 3.11 to 3.13), as argparse writes them.</extracomment>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <extracomment>argparse&apos;s refusals, with its placeholders (&quot;%(name)s&quot;, &quot;%s&quot;, &quot;%r&quot;); a translation keeps them.</extracomment>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog} : erreur : {message}</translation>
    </message>
    <message>
        <source>a CSV&apos;s separators: commas and decimal points (the default), or semicolons and decimal commas, as Excel in French, Spanish, Russian or German reads them</source>
        <translation>les séparateurs du CSV : virgules et point décimal (par défaut), ou points-virgules et virgule décimale, comme les lit Excel en français, espagnol, russe ou allemand</translation>
    </message>
    <message>
        <source>Offline workbench for mountain biosphere reserves.</source>
        <translation>Atelier hors ligne pour les réserves de biosphère de montagne.</translation>
    </message>
    <message>
        <source>With no command, brdesk opens its window.</source>
        <translation>Sans commande, brdesk ouvre sa fenêtre.</translation>
    </message>
    <message>
        <source>show brdesk&apos;s version and exit</source>
        <translation>afficher la version de brdesk et quitter</translation>
    </message>
    <message>
        <source>the data folder to use (default: BRDESK_DATA_DIR, portable mode, or your user data folder)</source>
        <translation>le dossier de données à utiliser (par défaut : BRDESK_DATA_DIR, le mode portable ou votre dossier de données utilisateur)</translation>
    </message>
    <message>
        <source>keep the records on an office database server: postgresql://USER@HOST/DB (default: BRDESK_DATABASE_URL; the password from ~/.pgpass or the server&apos;s own rules, never the command line&apos;s history)</source>
        <translation>garder les enregistrements sur un serveur de base de données du bureau : postgresql://USER@HOST/DB (par défaut : BRDESK_DATABASE_URL ; le mot de passe vient de ~/.pgpass ou des règles du serveur, jamais de l&apos;historique de la ligne de commande)</translation>
    </message>
    <message>
        <source>show tracebacks and log in detail</source>
        <translation>afficher les traces d&apos;erreur et journaliser en détail</translation>
    </message>
    <message>
        <source>the language: en, zh_CN, es, fr or ru (default: BRDESK_LANG; else the window takes the choice saved in the data folder or the system&apos;s, a command English)</source>
        <translation>la langue : en, zh_CN, es, fr ou ru (par défaut : BRDESK_LANG ; sinon la fenêtre prend le choix enregistré dans le dossier de données ou celui du système, une commande l&apos;anglais)</translation>
    </message>
    <message>
        <source>open the main window (the default)</source>
        <translation>ouvrir la fenêtre principale (par défaut)</translation>
    </message>
    <message>
        <source>fill the data folder with a demo reserve, plan and observations</source>
        <translation>remplir le dossier de données avec une réserve, un plan et des observations de démonstration</translation>
    </message>
    <message>
        <source>how many observations to generate (default 5000; up to 1,000,000)</source>
        <translation>combien d&apos;observations créer (par défaut 5000 ; jusqu&apos;à 1 000 000)</translation>
    </message>
    <message>
        <source>replace data already in the folder (a backup is made first)</source>
        <translation>remplacer les données déjà dans le dossier (une sauvegarde est faite d&apos;abord)</translation>
    </message>
    <message>
        <source>check the database: integrity, links and schema version</source>
        <translation>vérifier la base de données : intégrité, liens et version du schéma</translation>
    </message>
    <message>
        <source>write your data to files others read</source>
        <translation>écrire vos données dans des fichiers que d&apos;autres lisent</translation>
    </message>
    <message>
        <source>the action plan, one row per action (.xlsx or .csv)</source>
        <translation>le plan d&apos;action, une ligne par action (.xlsx ou .csv)</translation>
    </message>
    <message>
        <source>the management-effectiveness self-assessments, one row per question and assessment (.xlsx or .csv)</source>
        <translation>les auto-évaluations de l&apos;efficacité de la gestion, une ligne par question et par évaluation (.xlsx ou .csv)</translation>
    </message>
    <message>
        <source>the file to write: OUT.xlsx or OUT.csv</source>
        <translation>le fichier à écrire : OUT.xlsx ou OUT.csv</translation>
    </message>
    <message>
        <source>the post-training report as a Word file (.docx)</source>
        <translation>le rapport post-formation en fichier Word (.docx)</translation>
    </message>
    <message>
        <source>the file to write: OUT.docx</source>
        <translation>le fichier à écrire : OUT.docx</translation>
    </message>
    <message>
        <source>leave out the action plan</source>
        <translation>omettre le plan d&apos;action</translation>
    </message>
    <message>
        <source>leave out the charts</source>
        <translation>omettre les graphiques</translation>
    </message>
    <message>
        <source>leave out the SDG and GBF alignment</source>
        <translation>omettre l&apos;alignement sur les ODD et le CMB</translation>
    </message>
    <message>
        <source>leave out the zones&apos; map and their counts</source>
        <translation>omettre la carte des zones et leurs comptes</translation>
    </message>
    <message>
        <source>add the latest management-effectiveness self-assessment (and the one before)</source>
        <translation>ajouter la dernière auto-évaluation de l&apos;efficacité de la gestion (et la précédente)</translation>
    </message>
    <message>
        <source>add the good practices as case studies</source>
        <translation>ajouter les bonnes pratiques en études de cas</translation>
    </message>
    <message>
        <source>a good practice as a one- or two-page Word case study (.docx)</source>
        <translation>une bonne pratique en étude de cas Word d&apos;une ou deux pages (.docx)</translation>
    </message>
    <message>
        <source>its title, or the start of it</source>
        <translation>son titre, ou son début</translation>
    </message>
    <message>
        <source>the dashboard as A4 landscape PDF pages or a 1920x1080 PNG slide</source>
        <translation>le tableau de bord en pages PDF A4 paysage ou en diapositive PNG 1920x1080</translation>
    </message>
    <message>
        <source>OUT.pdf (to print) or OUT.png (a slide)</source>
        <translation>OUT.pdf (à imprimer) ou OUT.png (une diapositive)</translation>
    </message>
    <message>
        <source>from this date</source>
        <translation>à partir de cette date</translation>
    </message>
    <message>
        <source>up to this date</source>
        <translation>jusqu&apos;à cette date</translation>
    </message>
    <message>
        <source>only this observation category</source>
        <translation>seulement cette catégorie d&apos;observation</translation>
    </message>
    <message>
        <source>only this pillar</source>
        <translation>seulement ce pilier</translation>
    </message>
    <message>
        <source>monitoring of the observations inside this zone on the map only</source>
        <translation>seulement le suivi des observations situées dans cette zone de la carte</translation>
    </message>
    <message>
        <source>observations as .csv, .xlsx, .geojson or a Darwin Core .zip</source>
        <translation>observations en .csv, .xlsx, .geojson ou .zip Darwin Core</translation>
    </message>
    <message>
        <source>OUT.csv, OUT.xlsx, OUT.geojson or OUT.zip</source>
        <translation>OUT.csv, OUT.xlsx, OUT.geojson ou OUT.zip</translation>
    </message>
    <message>
        <source>keep exact coordinates of sensitive records (for your own use only)</source>
        <translation>garder les coordonnées exactes des observations sensibles (pour votre seul usage)</translation>
    </message>
    <message>
        <source>a .zip of the measurements (climate, glaciers, habitat, people) as a sampling-event Darwin Core Archive, instead of the species occurrences</source>
        <translation>un .zip des mesures (climat, glaciers, habitat, population) en Archive Darwin Core d&apos;événements d&apos;échantillonnage, au lieu des occurrences d&apos;espèces</translation>
    </message>
    <message>
        <source>the licence a Darwin Core Archive declares (GBIF accepts these three)</source>
        <translation>la licence que déclare une Archive Darwin Core (GBIF accepte ces trois-là)</translation>
    </message>
    <message>
        <source>only this category (species, climate, ...)</source>
        <translation>seulement cette catégorie (species, climate, ...)</translation>
    </message>
    <message>
        <source>only records whose taxon, site, notes or observer contain this</source>
        <translation>seulement les observations dont le taxon, le site, les notes ou l&apos;observateur contiennent ceci</translation>
    </message>
    <message>
        <source>the zones on the map as GeoJSON (WGS84)</source>
        <translation>les zones de la carte en GeoJSON (WGS84)</translation>
    </message>
    <message>
        <source>the file to write: OUT.geojson</source>
        <translation>le fichier à écrire : OUT.geojson</translation>
    </message>
    <message>
        <source>a package (.brdesk) for another laptop&apos;s brdesk: all the data, or a selection</source>
        <translation>un paquet (.brdesk) pour le brdesk d&apos;un autre ordinateur : toutes les données ou une sélection</translation>
    </message>
    <message>
        <source>the file to write: OUT.brdesk</source>
        <translation>le fichier à écrire : OUT.brdesk</translation>
    </message>
    <message>
        <source>only the observations (with their attachments), or only the action plan</source>
        <translation>seulement les observations (avec leurs pièces jointes), ou seulement le plan d&apos;action</translation>
    </message>
    <message>
        <source>observations from this date</source>
        <translation>les observations à partir de cette date</translation>
    </message>
    <message>
        <source>observations up to this date</source>
        <translation>les observations jusqu&apos;à cette date</translation>
    </message>
    <message>
        <source>(a cohort folder) the cohort report (.docx), workbook (.xlsx), or the whole cohort as one package (.brdesk) for another cohort folder</source>
        <translation>(un dossier de cohorte) le rapport de la cohorte (.docx), le classeur (.xlsx), ou toute la cohorte en un paquet (.brdesk) pour un autre dossier de cohorte</translation>
    </message>
    <message>
        <source>OUT.docx, OUT.xlsx or OUT.brdesk</source>
        <translation>OUT.docx, OUT.xlsx ou OUT.brdesk</translation>
    </message>
    <message>
        <source>only the follow-up list: who has sent what (.docx or .xlsx)</source>
        <translation>seulement la liste de suivi : qui a envoyé quoi (.docx ou .xlsx)</translation>
    </message>
    <message>
        <source>a trainer&apos;s cohort folder: participants&apos; packages kept apart</source>
        <translation>le dossier de cohorte d&apos;un formateur : les paquets des participants gardés à part</translation>
    </message>
    <message>
        <source>add participants&apos; packages (files, folders of them, cohort packages); a newer package from the same participant replaces the older; an empty folder becomes a cohort folder</source>
        <translation>ajouter des paquets de participants (fichiers, dossiers de paquets, paquets de cohorte) ; un paquet plus récent du même participant remplace l&apos;ancien ; un dossier vide devient un dossier de cohorte</translation>
    </message>
    <message>
        <source>the cohort&apos;s participants, one a line</source>
        <translation>les participants de la cohorte, un par ligne</translation>
    </message>
    <message>
        <source>bring records in from field tools and files</source>
        <translation>faire entrer des données depuis les outils de terrain et des fichiers</translation>
    </message>
    <message>
        <source>observations from KoBoToolbox, ODK, iNaturalist, GBIF, Darwin Core, CSV or XLSX</source>
        <translation>des observations de KoBoToolbox, ODK, iNaturalist, GBIF, Darwin Core, CSV ou XLSX</translation>
    </message>
    <message>
        <source>which column holds which field</source>
        <translation>quelle colonne contient quel champ</translation>
    </message>
    <message>
        <source>check the file, import nothing</source>
        <translation>vérifier le fichier, ne rien importer</translation>
    </message>
    <message>
        <source>the form&apos;s XLSForm: choice names in the file (XML values) import as their labels</source>
        <translation>le XLSForm du formulaire : les noms de choix du fichier (valeurs XML) sont importés comme leurs libellés</translation>
    </message>
    <message>
        <source>the CSV&apos;s text encoding (cp1251, gb18030...), when the one detected is wrong</source>
        <translation>l&apos;encodage du texte du CSV (cp1251, gb18030...), quand celui détecté est faux</translation>
    </message>
    <message>
        <source>import the valid rows even if some are rejected (default: import nothing then)</source>
        <translation>importer les lignes valides même si certaines sont refusées (par défaut : rien n&apos;est alors importé)</translation>
    </message>
    <message>
        <source>the reserve&apos;s zones from GeoJSON, KML/KMZ or a shapefile (.shp or .zip); they replace the zones on the map</source>
        <translation>les zones de la réserve depuis un GeoJSON, un KML/KMZ ou un shapefile (.shp ou .zip) ; elles remplacent les zones de la carte</translation>
    </message>
    <message>
        <source>the layer to read, if the file has several</source>
        <translation>la couche à lire, si le fichier en a plusieurs</translation>
    </message>
    <message>
        <source>the attribute saying core, buffer or transition (default: the first whose values all do)</source>
        <translation>l&apos;attribut qui dit aire centrale, zone tampon ou aire de transition (par défaut : le premier dont toutes les valeurs le disent)</translation>
    </message>
    <message>
        <source>check the file, change nothing</source>
        <translation>vérifier le fichier, ne rien modifier</translation>
    </message>
    <message>
        <source>merge a package (.brdesk) from another laptop into your data</source>
        <translation>fusionner un paquet (.brdesk) d&apos;un autre ordinateur dans vos données</translation>
    </message>
    <message>
        <source>say what would change, change nothing</source>
        <translation>dire ce qui changerait, ne rien modifier</translation>
    </message>
    <message>
        <source>back up your data now: in the backups folder, or to OUT (.zip, attachments included) to carry away</source>
        <translation>sauvegarder vos données maintenant : dans le dossier des sauvegardes, ou dans OUT (.zip, pièces jointes comprises) à emporter</translation>
    </message>
    <message>
        <source>an archive to write (.zip)</source>
        <translation>une archive à écrire (.zip)</translation>
    </message>
    <message>
        <source>list the backups in the backups folder</source>
        <translation>lister les sauvegardes du dossier des sauvegardes</translation>
    </message>
    <message>
        <source>replace your data with a backup (your current data is backed up first)</source>
        <translation>remplacer vos données par une sauvegarde (vos données actuelles sont d&apos;abord sauvegardées)</translation>
    </message>
    <message>
        <source>a backup (.db, or a .zip archive), or a name from &apos;backups&apos;</source>
        <translation>une sauvegarde (.db, ou une archive .zip), ou un nom donné par « backups »</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>ne pas demander de confirmation</translation>
    </message>
    <message>
        <source>copy the data of an earlier brdesk (its folder, or its brdesk-data folder) into this one&apos;s empty data folder and bring it up to date; the earlier folder is not changed</source>
        <translation>copier les données d&apos;un ancien brdesk (son dossier, ou son dossier brdesk-data) dans le dossier de données vide de celui-ci et les mettre à jour ; l&apos;ancien dossier n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>the earlier brdesk&apos;s folder</source>
        <translation>le dossier de l&apos;ancien brdesk</translation>
    </message>
    <message>
        <source>on the office network: send this folder&apos;s records to the office database and bring back the office&apos;s (a record edited on both sides is reported)</source>
        <translation>sur le réseau du bureau : envoyer les enregistrements de ce dossier à la base de données du bureau et rapporter ceux du bureau (un enregistrement modifié des deux côtés est signalé)</translation>
    </message>
    <message>
        <source>the office database: postgresql://USER@HOST/DB</source>
        <translation>la base de données du bureau : postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <source>open every page offscreen on a temporary demo and check it</source>
        <translation>ouvrir chaque page hors écran sur une démo temporaire et la vérifier</translation>
    </message>
    <message>
        <source>save a 1366x768 PNG of every page in DIR</source>
        <translation>enregistrer un PNG 1366x768 de chaque page dans DIR</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; writes in {root}, and cannot: {why} Nothing was changed.</source>
        <extracomment>refused: bad input, a busy or read-only folder, rows rejected; nothing was changed a bug: logged with its traceback Ctrl+C</extracomment>
        <translation>« {command} » écrit dans {root}, et ne le peut pas : {why} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Writing observations: {done:,} / {of:,}</source>
        <translation>Écriture des observations : {done:,} / {of:,}</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>--category: use one of {names}.</source>
        <translation>--category : utilisez l&apos;une de {names}.</translation>
    </message>
    <message>
        <source>The database at {where} was written by a newer version of brdesk (schema {revision}). It was left untouched: use that version, or update brdesk.</source>
        <translation>La base de données à {where} a été écrite par une version plus récente de brdesk (schéma {revision}). Elle n&apos;a pas été touchée : utilisez cette version, ou mettez brdesk à jour.</translation>
    </message>
    <message>
        <source>{path} is not a brdesk database (it has tables but no brdesk schema version). It was left untouched.</source>
        <translation>{path} n&apos;est pas une base de données brdesk (elle a des tables mais pas de version de schéma brdesk). Elle n&apos;a pas été touchée.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of brdesk (schema {revision}). It was left untouched: open it with that version, or update brdesk.</source>
        <translation>{path} a été écrite par une version plus récente de brdesk (schéma {revision}). Elle n&apos;a pas été touchée : ouvrez-la avec cette version, ou mettez brdesk à jour.</translation>
    </message>
    <message numerus="yes">
        <source>The upgrade would leave %n broken link(s) (first: {first}); nothing was changed.</source>
        <translation>
            <numerusform>La mise à jour laisserait %n lien rompu (le premier : {first}) ; rien n&apos;a été modifié.</numerusform>
            <numerusform>La mise à jour laisserait %n liens rompus (le premier : {first}) ; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the data folder {root}: {problem}. Choose another folder with --data-dir, or check that the disk is writable.</source>
        <extracomment>An office database server to keep the records on (issue 22), as --database-url.</extracomment>
        <translation>Impossible de créer le dossier de données {root} : {problem}. Choisissez un autre dossier avec --data-dir, ou vérifiez que le disque est accessible en écriture.</translation>
    </message>
    <message>
        <source>a file needs a name</source>
        <extracomment>Names Windows keeps for devices, whatever follows the first dot (&quot;con.txt&quot; included). Windows&apos; MAX_PATH less the terminating character: longer paths need the \? form.</extracomment>
        <translation>un fichier doit avoir un nom</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends with a dot or a space, which Windows drops or refuses</source>
        <translation>« {name} » se termine par un point ou une espace, que Windows supprime ou refuse</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds characters Windows does not allow in names ({shown})</source>
        <translation>« {name} » contient des caractères que Windows n&apos;accepte pas dans les noms ({shown})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a name Windows keeps for a device ({device})</source>
        <translation>« {name} » est un nom que Windows réserve à un périphérique ({device})</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is longer than the 255 characters a name may have</source>
        <translation>« {start}… » dépasse les 255 caractères qu&apos;un nom peut avoir</translation>
    </message>
    <message>
        <source>--observations must be between 0 and {most:,}.</source>
        <translation>--observations doit être entre 0 et {most:,}.</translation>
    </message>
    <message>
        <source>{root} already holds data. The demo will not overwrite it: use another --data-dir, or --force to replace it (a backup is made first).</source>
        <translation>{root} contient déjà des données. La démo ne les écrasera pas : utilisez un autre --data-dir, ou --force pour les remplacer (une sauvegarde est faite d&apos;abord).</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({problem}). It was left untouched. Restore a backup from the backups folder, or run &apos;brdesk check&apos; for details.</source>
        <translation>{path} ne peut pas être lu comme base de données ({problem}). Il n&apos;a pas été touché. Restaurez une sauvegarde du dossier des sauvegardes, ou lancez « brdesk check » pour les détails.</translation>
    </message>
    <message>
        <source>Adding packages: {done:,} / {of:,}</source>
        <translation>Ajout des paquets : {done:,} / {of:,}</translation>
    </message>
    <message>
        <source>{root} is not a cohort folder.</source>
        <translation>{root} n&apos;est pas un dossier de cohorte.</translation>
    </message>
    <message numerus="yes">
        <source>Cohort package of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Paquet de cohorte de %Ln participant écrit dans {out}</numerusform>
            <numerusform>Paquet de cohorte de %Ln participants écrit dans {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up list of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Liste de suivi de %Ln participant écrite dans {out}</numerusform>
            <numerusform>Liste de suivi de %Ln participants écrite dans {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort report of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Rapport de cohorte de %Ln participant écrit dans {out}</numerusform>
            <numerusform>Rapport de cohorte de %Ln participants écrit dans {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort workbook of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Classeur de cohorte de %Ln participant écrit dans {out}</numerusform>
            <numerusform>Classeur de cohorte de %Ln participants écrit dans {out}</numerusform>
        </translation>
    </message>
    <message>
        <source>an extra {kind} &apos;{name}&apos; that brdesk never makes</source>
        <extracomment>(kind, name) -&gt; what must match</extracomment>
        <translation>un {kind} en trop, « {name} », que brdesk ne crée jamais</translation>
    </message>
    <message>
        <source>its {kind} &apos;{name}&apos; is missing</source>
        <translation>son {kind} « {name} » manque</translation>
    </message>
    <message>
        <source>its {kind} &apos;{name}&apos; is not as brdesk makes it</source>
        <translation>son {kind} « {name} » n&apos;est pas tel que brdesk le crée</translation>
    </message>
    <message>
        <source>JPEG picture</source>
        <extracomment>Opens the content to look at, for one reading. Each kind brdesk keeps: the name endings it goes by, and how its content begins.</extracomment>
        <translation>image JPEG</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>image PNG</translation>
    </message>
    <message>
        <source>GIF picture</source>
        <translation>image GIF</translation>
    </message>
    <message>
        <source>TIFF picture</source>
        <translation>image TIFF</translation>
    </message>
    <message>
        <source>WebP picture</source>
        <translation>image WebP</translation>
    </message>
    <message>
        <source>HEIC picture</source>
        <translation>image HEIC</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>document PDF</translation>
    </message>
    <message>
        <source>Office document</source>
        <translation>document Office</translation>
    </message>
    <message>
        <source>OpenDocument</source>
        <translation>OpenDocument</translation>
    </message>
    <message>
        <source>older Office document</source>
        <translation>ancien document Office</translation>
    </message>
    <message>
        <source>RTF document</source>
        <translation>document RTF</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>a Linux program (ELF)</source>
        <extracomment>How programs begin: named in the refusal, whatever the file is called.</extracomment>
        <translation>un programme Linux (ELF)</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>un programme Windows</translation>
    </message>
    <message>
        <source>a macOS program</source>
        <translation>un programme macOS</translation>
    </message>
    <message>
        <source>a macOS or Java program</source>
        <translation>un programme macOS ou Java</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>un script</translation>
    </message>
    <message>
        <source>pictures, PDFs, office documents and plain text ({suffixes})</source>
        <translation>images, PDF, documents bureautiques et texte brut ({suffixes})</translation>
    </message>
    <message>
        <source>{name} cannot be read ({problem})</source>
        <translation>{name} ne peut pas être lu ({problem})</translation>
    </message>
    <message>
        <source>{name} is {program}, not a document or a picture</source>
        <translation>{name} est {program}, pas un document ni une image</translation>
    </message>
    <message>
        <source>{name}: brdesk keeps only {allowed}</source>
        <translation>{name} : brdesk ne garde que {allowed}</translation>
    </message>
    <message>
        <source>{name} is not an {kind}, though its name says so</source>
        <translation>{name} n&apos;est pas du type « {kind} », bien que son nom le dise</translation>
    </message>
    <message>
        <source>{name} is not a {kind}, though its name says so</source>
        <translation>{name} n&apos;est pas du type « {kind} », bien que son nom le dise</translation>
    </message>
    <message>
        <source>Synchronised with the office database {office}.</source>
        <extracomment>(step, of how many) as each of the four stages goes: write, send, write, bring. the laptop&apos;s records merged into the office database the office&apos;s records merged into the laptop</extracomment>
        <translation>Synchronisé avec la base de données du bureau {office}.</translation>
    </message>
    <message>
        <source>Sent from this computer to the office:</source>
        <translation>Envoyé de cet ordinateur au bureau :</translation>
    </message>
    <message>
        <source>Brought from the office to this computer:</source>
        <translation>Rapporté du bureau sur cet ordinateur :</translation>
    </message>
    <message>
        <source>The records of this data folder are on an office database already: there is nothing to synchronise. Synchronise from a laptop&apos;s own folder.</source>
        <translation>Les enregistrements de ce dossier de données sont déjà sur une base de données de bureau : il n’y a rien à synchroniser. Synchronisez depuis le dossier propre d’un ordinateur portable.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown, not changed:&lt;/b&gt; {pages}. Your office login ({user}) may not change them; the office&apos;s administrator gives such rights.</source>
        <extracomment>The table whose records each page edits: a login the office granted no changes to it (docs/office-server.md&apos;s observers) sees that page read-only. The folder&apos;s settings holding the office database&apos;s address (never a password): the one the window opens, and the one this computer synchronises with.</extracomment>
        <translation>&lt;b&gt;Affiché, non modifiable :&lt;/b&gt; {pages}. Votre identifiant du bureau ({user}) ne peut pas les modifier ; l’administrateur du bureau accorde ces droits.</translation>
    </message>
    <message>
        <source>The office database&apos;s address, as your office&apos;s administrator gave it: postgresql://your-login@office-computer/brdesk

The password comes from your .pgpass file, or brdesk asks for it; it is never saved.</source>
        <translation>L’adresse de la base de données du bureau, telle que l’administrateur l’a donnée : postgresql://votre-identifiant@ordinateur-du-bureau/brdesk

Le mot de passe vient de votre fichier .pgpass, ou brdesk le demande ; il n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>“{url}” is not an office database&apos;s address: it reads postgresql://your-login@office-computer/brdesk</source>
        <translation>« {url} » n’est pas l’adresse d’une base de données de bureau : elle s’écrit postgresql://votre-identifiant@ordinateur-du-bureau/brdesk</translation>
    </message>
    <message>
        <source>Connect to an office database</source>
        <translation>Se connecter à une base de données de bureau</translation>
    </message>
    <message>
        <source>Password for the office database</source>
        <translation>Mot de passe de la base de données du bureau</translation>
    </message>
    <message>
        <source>{problem}

Type your password for the office database (it is not saved):</source>
        <translation>{problem}

Saisissez votre mot de passe de la base de données du bureau (il n’est pas enregistré) :</translation>
    </message>
    <message>
        <source>Synchronise with the office database</source>
        <translation>Synchroniser avec la base de données du bureau</translation>
    </message>
    <message>
        <source>Synchronising with the office database…</source>
        <translation>Synchronisation avec la base de données du bureau…</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Synchronisé</translation>
    </message>
</context>
</TS>
