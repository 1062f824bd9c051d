<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name />
        <message>
            <source>Home</source>
            <extracomment>"module:Class" under brdesk.ui.pages shown in a cohort folder (where only such pages are), not in a personal one</extracomment>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>My reserve</source>
            <translation>Mi reserva</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>Effectiveness</source>
            <translation>Efectividad</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Observaciones</translation>
        </message>
        <message>
            <source>Map</source>
            <extracomment>Points drawn in the window: beyond this the map samples the log evenly (and says so).</extracomment>
            <translation>Mapa</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>Two columns of panels from this width of the page's viewport (pixels) up.</extracomment>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Report &amp; follow-up</source>
            <translation>Informe y seguimiento</translation>
        </message>
        <message>
            <source>Good practices</source>
            <translation>Buenas prácticas</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Cohorte</translation>
        </message>
        <message>
            <source>Your participants' packages, each kept apart and read-only. Add the packages they hand in (a newer one replaces the older); compare their plans; export the cohort.</source>
            <translation>Los paquetes de sus participantes, cada uno por separado y de solo lectura. Añada los paquetes que le entreguen (uno más reciente sustituye al anterior); compare sus planes; exporte la cohorte.</translation>
        </message>
        <message>
            <source>Your plan and your monitoring at a glance. Export it for slides and e-mails.</source>
            <translation>Su plan y su monitoreo de un vistazo. Expórtelo para presentaciones y correos electrónicos.</translation>
        </message>
        <message>
            <source>How well is the reserve managed? Answer the questions with your team once a year; compare the years; make the next steps actions of your plan.</source>
            <translation>¿Qué tan bien se gestiona la reserva? Responda las preguntas con su equipo una vez al año; compare los años; convierta los próximos pasos en acciones de su plan.</translation>
        </message>
        <message>
            <source>Your reserve's zones and where observations fall in them. Drawn from your own data: no internet needed.</source>
            <translation>Las zonas de su reserva y dónde caen las observaciones. Dibujado a partir de sus propios datos: no hace falta internet.</translation>
        </message>
        <message>
            <source>Your monitoring log. Filters search as you type; double-click a record to edit it.</source>
            <translation>Su registro de monitoreo. Los filtros buscan mientras escribe; haga doble clic en un registro para editarlo.</translation>
        </message>
        <message>
            <source>Your plan across the four pillars, tagged to the SDGs and the Kunming-Montreal GBF targets. Double-click a title to rename it; everything is saved at once.</source>
            <translation>Su plan en los cuatro pilares, vinculado a los ODS y a las metas del Marco Mundial de Biodiversidad de Kunming-Montreal. Haga doble clic en un título para cambiarle el nombre; todo se guarda al instante.</translation>
        </message>
        <message>
            <source>What your reserve did that others could learn from: the challenge, what was done, the results and their evidence, and what another reserve would need to do it too.</source>
            <translation>Lo que hizo su reserva y de lo que otras pueden aprender: el desafío, lo que se hizo, los resultados y sus evidencias, y lo que otra reserva necesitaría para hacerlo también.</translation>
        </message>
        <message>
            <source>The personal report the programme asks for within two months, in Word, and the documents to send with it.</source>
            <translation>El informe personal que el programa pide en un plazo de dos meses, en Word, y los documentos que deben acompañarlo.</translation>
        </message>
        <message>
            <source>About you and your biosphere reserve. Changes are saved as you type.</source>
            <translation>Sobre usted y su reserva de biosfera. Los cambios se guardan mientras escribe.</translation>
        </message>
        <message>
            <source>Welcome to brdesk</source>
            <extracomment>Bring the data of the earlier brdesk found beside this one. a trainer gathers participants' packages here: the folder becomes a cohort</extracomment>
            <translation>Bienvenido a brdesk</translation>
        </message>
        <message>
            <source>Your workbench for your mountain biosphere reserve: your profile, your action plan across the four pillars of the &lt;i&gt;%1&lt;/i&gt;, your monitoring, and your post-training report. Everything stays on this computer and is saved as you type.</source>
            <translation>Su espacio de trabajo para su reserva de biosfera de montaña: su perfil, su plan de acción en los cuatro pilares del &lt;i&gt;%1&lt;/i&gt;, su monitoreo y su informe posterior a la formación. Todo se queda en este ordenador y se guarda mientras escribe.</translation>
        </message>
        <message>
            <source>Start my plan</source>
            <translation>Empezar mi plan</translation>
        </message>
        <message>
            <source>A few questions about you, your reserve and a first objective</source>
            <translation>Unas preguntas sobre usted, su reserva y un primer objetivo</translation>
        </message>
        <message>
            <source>Explore the demo reserve</source>
            <translation>Explorar la reserva de demostración</translation>
        </message>
        <message>
            <source>Opens a made-up Himalayan reserve in a separate folder: your own data stays clean</source>
            <translation>Abre una reserva del Himalaya inventada en una carpeta aparte: sus propios datos no se tocan</translation>
        </message>
        <message>
            <source>A trainer gathering participants' packages? &lt;a href='cohort'&gt;Make this folder a cohort…&lt;/a&gt;</source>
            <translation>¿Es formador y reúne los paquetes de los participantes? &lt;a href='cohort'&gt;Convertir esta carpeta en una cohorte…&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Bring my data from the earlier brdesk</source>
            <translation>Traer mis datos del brdesk anterior</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data from an earlier brdesk was found:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;It is copied here and brought up to date; the earlier folder stays as it is.</source>
            <translation>&lt;b&gt;Se encontraron datos de un brdesk anterior:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Se copian aquí y se actualizan; la carpeta anterior queda como está.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>brdesk will be in %1 the next time it starts.</source>
            <translation>brdesk estará en %1 la próxima vez que se inicie.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>the window's attribute for the action ("" for none) "File", "File/Import"... a method of the window enabled only while a data folder is open changes the data: off in a folder open read-only only in a "personal" or a "cohort" folder (hidden in the other); "" in both The menus' titles, for translation (the menus are named by their paths below).</extracomment>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <source>&amp;Cohort</source>
            <translation>&amp;Cohorte</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Open data folder…</source>
            <translation>&amp;Abrir carpeta de datos…</translation>
        </message>
        <message>
            <source>Bring my data from an earlier brdesk…</source>
            <translation>Traer mis datos de un brdesk anterior…</translation>
        </message>
        <message>
            <source>&amp;Back to my data</source>
            <translation>&amp;Volver a mis datos</translation>
        </message>
        <message>
            <source>Observations (KoBo, ODK, iNaturalist, GBIF, CSV, Excel)…</source>
            <translation>Observaciones (KoBo, ODK, iNaturalist, GBIF, CSV, Excel)…</translation>
        </message>
        <message>
            <source>Package from another laptop (.brdesk)…</source>
            <translation>Paquete de otro portátil (.brdesk)…</translation>
        </message>
        <message>
            <source>Zones of the reserve (GeoJSON, KML, shapefile)…</source>
            <translation>Zonas de la reserva (GeoJSON, KML, shapefile)…</translation>
        </message>
        <message>
            <source>Action plan (Excel or CSV)…</source>
            <translation>Plan de acción (Excel o CSV)…</translation>
        </message>
        <message>
            <source>Zones of the reserve (GeoJSON)…</source>
            <translation>Zonas de la reserva (GeoJSON)…</translation>
        </message>
        <message>
            <source>Self-assessments (Excel or CSV)…</source>
            <translation>Autoevaluaciones (Excel o CSV)…</translation>
        </message>
        <message>
            <source>Observations (Excel, CSV, GeoJSON, Darwin Core)…</source>
            <translation>Observaciones (Excel, CSV, GeoJSON, Darwin Core)…</translation>
        </message>
        <message>
            <source>Package for another laptop (.brdesk)…</source>
            <translation>Paquete para otro portátil (.brdesk)…</translation>
        </message>
        <message>
            <source>Post-training report (Word)…</source>
            <translation>Informe posterior a la formación (Word)…</translation>
        </message>
        <message>
            <source>Dashboard (PDF or slide image)…</source>
            <translation>Panel (PDF o imagen para diapositiva)…</translation>
        </message>
        <message>
            <source>Add participants' packages…</source>
            <translation>Añadir paquetes de participantes…</translation>
        </message>
        <message>
            <source>Export cohort report (Word)…</source>
            <translation>Exportar el informe de la cohorte (Word)…</translation>
        </message>
        <message>
            <source>Export cohort workbook (Excel)…</source>
            <translation>Exportar el libro de la cohorte (Excel)…</translation>
        </message>
        <message>
            <source>Export follow-up list…</source>
            <translation>Exportar la lista de seguimiento…</translation>
        </message>
        <message>
            <source>Export cohort package (.brdesk)…</source>
            <translation>Exportar el paquete de la cohorte (.brdesk)…</translation>
        </message>
        <message>
            <source>Back&amp;ups and restore…</source>
            <translation>Copias de &amp;seguridad y restauración…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;New item</source>
            <translation>&amp;Nuevo elemento</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>brdesk &amp;help</source>
            <translation>A&amp;yuda de brdesk</translation>
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation>&amp;Abrir la carpeta de datos</translation>
        </message>
        <message>
            <source>&amp;About brdesk</source>
            <translation>&amp;Acerca de brdesk</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message numerus="yes">
            <source>%Ln participant(s)</source>
            <translation>
                <numerusform>%Ln participante</numerusform>
                <numerusform>%Ln participantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Cohort folder: %1</source>
            <translation>Carpeta de la cohorte: %1</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Carpeta de datos: %1</translation>
        </message>
        <message>
            <source>brdesk — demo reserve (made-up data)</source>
            <translation>brdesk — reserva de demostración (datos inventados)</translation>
        </message>
        <message>
            <source>Read-only: nothing can be changed</source>
            <translation>Solo lectura: no se puede cambiar nada</translation>
        </message>
        <message numerus="yes">
            <source>%Ln value(s) not saved (marked in red)</source>
            <translation>
                <numerusform>%Ln valor sin guardar (marcado en rojo)</numerusform>
                <numerusform>%Ln valores sin guardar (marcados en rojo)</numerusform>
            </translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Todos los cambios guardados</translation>
        </message>
        <message numerus="yes">
            <source>%Ln objective(s)</source>
            <translation>
                <numerusform>%Ln objetivo</numerusform>
                <numerusform>%Ln objetivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln action(s)</source>
            <translation>
                <numerusform>%Ln acción</numerusform>
                <numerusform>%Ln acciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln observation(s)</source>
            <translation>
                <numerusform>%Ln observación</numerusform>
                <numerusform>%Ln observaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Deshacer %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rehacer %1</translation>
        </message>
    </context>
</TS>
