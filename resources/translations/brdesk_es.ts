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
            <source>Observation log</source>
            <translation>Registro de observaciones</translation>
        </message>
        <message>
            <source>How many observations are shown</source>
            <translation>Cuántas observaciones se muestran</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <source>Add an observation (Ctrl+N)</source>
            <translation>Añadir una observación (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Link to a good practice…</source>
            <translation>Vincular a una buena práctica…</translation>
        </message>
        <message>
            <source>The selected records become evidence of a good practice</source>
            <translation>Los registros seleccionados pasan a ser evidencias de una buena práctica</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>From KoBoToolbox, ODK, iNaturalist, GBIF, CSV or Excel</source>
            <translation>Desde KoBoToolbox, ODK, iNaturalist, GBIF, CSV o Excel</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>The records shown, as CSV, Excel, GeoJSON or Darwin Core</source>
            <translation>Los registros mostrados, en CSV, Excel, GeoJSON o Darwin Core</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>No observations yet: add one, or import a file from a field tool.</source>
            <translation>Aún no hay observaciones: añada una o importe un archivo de una herramienta de campo.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln observation(s) match the filter.</source>
            <translation>
                <numerusform>%Ln observación coincide con el filtro.</numerusform>
                <numerusform>%Ln observaciones coinciden con el filtro.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln observation(s).</source>
            <translation>
                <numerusform>%Ln observación.</numerusform>
                <numerusform>%Ln observaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the rest…</source>
            <translation>Cargando el resto…</translation>
        </message>
        <message>
            <source>Your plan across the four pillars, tagged to the SDGs and the Kunming-Montreal GBF targets. Double-click a title to rename it; everything is saved at once.</source>
            <translation>Su plan en los cuatro pilares, vinculado a los ODS y a las metas del Marco Mundial de Biodiversidad de Kunming-Montreal. Haga doble clic en un título para cambiarle el nombre; todo se guarda al instante.</translation>
        </message>
        <message>
            <source>Plan tree</source>
            <translation>Árbol del plan</translation>
        </message>
        <message>
            <source>Alignment matrix</source>
            <translation>Matriz de alineación</translation>
        </message>
        <message>
            <source>Add objective</source>
            <translation>Añadir objetivo</translation>
        </message>
        <message>
            <source>Add an objective to the selected pillar; the arrow chooses another pillar</source>
            <translation>Añadir un objetivo al pilar seleccionado; la flecha elige otro pilar</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Añadir acción</translation>
        </message>
        <message>
            <source>Add an action to the selected objective (Ctrl+N)</source>
            <translation>Añadir una acción al objetivo seleccionado (Ctrl+N)</translation>
        </message>
        <message>
            <source>From examples…</source>
            <translation>Desde ejemplos…</translation>
        </message>
        <message>
            <source>Add example objectives and actions for mountain reserves</source>
            <translation>Añadir objetivos y acciones de ejemplo para reservas de montaña</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Plan details</source>
            <translation>Detalles del plan</translation>
        </message>
        <message>
            <source>Title, period and vision of the plan</source>
            <translation>Título, periodo y visión del plan</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>Nuevo objetivo</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nueva acción</translation>
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
            <source>About you</source>
            <translation>Sobre usted</translation>
        </message>
        <message>
            <source>Start with your full name; the other fields open up then.</source>
            <translation>Empiece por su nombre completo; luego se abren los demás campos.</translation>
        </message>
        <message>
            <source>Your reserve</source>
            <translation>Su reserva</translation>
        </message>
        <message>
            <source>Areas on the map</source>
            <translation>Superficies en el mapa</translation>
        </message>
        <message>
            <source>&lt;b&gt;On the &lt;a href='map'&gt;map&lt;/a&gt;&lt;/b&gt; (outlines, on the ellipsoid):</source>
            <translation>&lt;b&gt;En el &lt;a href='map'&gt;mapa&lt;/a&gt;&lt;/b&gt; (contornos, sobre el elipsoide):</translation>
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
        <message>
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Vence pronto</translation>
        </message>
        <message>
            <source>Researcher</source>
            <translation>Investigador</translation>
        </message>
        <message>
            <source>Reserve manager</source>
            <translation>Gestor de la reserva</translation>
        </message>
        <message>
            <source>Government official</source>
            <translation>Funcionario de gobierno</translation>
        </message>
        <message>
            <source>Science administrator</source>
            <translation>Administrador científico</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planificada</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Delayed</source>
            <translation>Retrasada</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Baja</translation>
        </message>
        <message>
            <source>Core area</source>
            <translation>Zona núcleo</translation>
        </message>
        <message>
            <source>Buffer zone</source>
            <translation>Zona tampón</translation>
        </message>
        <message>
            <source>Transition area</source>
            <translation>Zona de transición</translation>
        </message>
        <message>
            <source>Outside the reserve</source>
            <translation>Fuera de la reserva</translation>
        </message>
        <message>
            <source>Species</source>
            <extracomment>The zones an outline on the map can be (a zone's own name may add "Core area 2: Makalu"). When outlines overlap, a point belongs to the most protected zone holding it.</extracomment>
            <translation>Especie</translation>
        </message>
        <message>
            <source>Habitat</source>
            <translation>Hábitat</translation>
        </message>
        <message>
            <source>Climate</source>
            <translation>Clima</translation>
        </message>
        <message>
            <source>Glacier</source>
            <translation>Glaciar</translation>
        </message>
        <message>
            <source>Threat</source>
            <translation>Amenaza</translation>
        </message>
        <message>
            <source>Socio-economic</source>
            <translation>Socioeconómica</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Post-training report (Word)</source>
            <translation>Informe posterior a la formación (Word)</translation>
        </message>
        <message>
            <source>Passport information page (scan)</source>
            <translation>Página de datos del pasaporte (escaneo)</translation>
        </message>
        <message>
            <source>Visa page (scan)</source>
            <translation>Página del visado (escaneo)</translation>
        </message>
        <message>
            <source>Entry/exit stamp pages (scan)</source>
            <translation>Páginas con sellos de entrada/salida (escaneo)</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Ready to send</source>
            <translation>Listo para enviar</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>No aplica</translation>
        </message>
        <message>
            <source>Biodiversity</source>
            <extracomment>The network's thematic working groups (WNMBR workshop, 2023): a good practice's theme.</extracomment>
            <translation>Biodiversidad</translation>
        </message>
        <message>
            <source>Climate change</source>
            <translation>Cambio climático</translation>
        </message>
        <message>
            <source>Participation and governance</source>
            <translation>Participación y gobernanza</translation>
        </message>
        <message>
            <source>Socio-economics and livelihoods</source>
            <translation>Socioeconomía y medios de vida</translation>
        </message>
        <message>
            <source>To complete</source>
            <translation>Por completar</translation>
        </message>
        <message>
            <source>Needs your attention</source>
            <translation>Requiere su atención</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>Cambios recientes</translation>
        </message>
        <message>
            <source>Hello %1.</source>
            <translation>Hola, %1.</translation>
        </message>
        <message>
            <source>Hello.</source>
            <translation>Hola.</translation>
        </message>
        <message>
            <source>Your reserve: &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Su reserva: &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Open the page to fix this</source>
            <translation>Abra la página para resolverlo</translation>
        </message>
        <message>
            <source>Nothing needs your attention. Well done.</source>
            <translation>Nada requiere su atención. ¡Bien hecho!</translation>
        </message>
        <message>
            <source>No changes yet.</source>
            <translation>Aún no hay cambios.</translation>
        </message>
        <message>
            <source>Date of the assessment</source>
            <extracomment>The title an objective gets when a next step is the first action of its pillar.</extracomment>
            <translation>Fecha de la evaluación</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>Quiénes participaron</translation>
        </message>
        <message>
            <source>staff, community representatives, partners</source>
            <translation>personal, representantes de la comunidad, socios</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Question set</source>
            <translation>Conjunto de preguntas</translation>
        </message>
        <message>
            <source>Reserve</source>
            <extracomment>The extra values a practice takes besides its fields: links kept in other tables.</extracomment>
            <translation>Reserva</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Does not apply</source>
            <translation>No aplica</translation>
        </message>
        <message>
            <source>Why it does not apply</source>
            <translation>Por qué no aplica</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Próximo paso</translation>
        </message>
        <message>
            <source>Plan action</source>
            <translation>Acción del plan</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Modules attended</source>
            <translation>Módulos a los que asistí</translation>
        </message>
        <message>
            <source>Field visits</source>
            <translation>Visitas de campo</translation>
        </message>
        <message>
            <source>Group work</source>
            <translation>Trabajo en grupo</translation>
        </message>
        <message>
            <source>The action plan developed</source>
            <translation>El plan de acción elaborado</translation>
        </message>
        <message>
            <source>Contacts and collaborations</source>
            <translation>Contactos y colaboraciones</translation>
        </message>
        <message>
            <source>How I will apply the training</source>
            <translation>Cómo aplicaré la formación</translation>
        </message>
        <message>
            <source>Most useful</source>
            <translation>Lo más útil</translation>
        </message>
        <message>
            <source>Least useful</source>
            <translation>Lo menos útil</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Sugerencias</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Completado el</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>The log's columns: key -&gt; (header, SQL expression).</extracomment>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sitio</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>Zone on the map</source>
            <translation>Zona en el mapa</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Latitud</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Sensible</translation>
        </message>
        <message>
            <source>Map: core area</source>
            <extracomment>The map-zone filter's value for "recorded in another zone than the map's".</extracomment>
            <translation>Mapa: zona núcleo</translation>
        </message>
        <message>
            <source>Map: buffer zone</source>
            <translation>Mapa: zona tampón</translation>
        </message>
        <message>
            <source>Map: transition area</source>
            <translation>Mapa: zona de transición</translation>
        </message>
        <message>
            <source>Map: outside the zones</source>
            <translation>Mapa: fuera de las zonas</translation>
        </message>
        <message>
            <source>Recorded ≠ map</source>
            <translation>Registrada ≠ mapa</translation>
        </message>
        <message>
            <source>decimal degrees, or 27°59'17"N</source>
            <translation>grados decimales, o 27°59'17"N</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Longitud</translation>
        </message>
        <message>
            <source>decimal degrees, or 86°55'30"E</source>
            <translation>grados decimales, o 86°55'30"E</translation>
        </message>
        <message>
            <source>Coordinate uncertainty (m)</source>
            <translation>Incertidumbre de coordenadas (m)</translation>
        </message>
        <message>
            <source>Elevation (m)</source>
            <translation>Altitud (m)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Taxon or subject</source>
            <translation>Taxón o tema</translation>
        </message>
        <message>
            <source>UTC offset</source>
            <translation>Desfase UTC</translation>
        </message>
        <message>
            <source>+05:45, or -03:00</source>
            <translation>+05:45 o -03:00</translation>
        </message>
        <message>
            <source>Kingdom</source>
            <translation>Reino</translation>
        </message>
        <message>
            <source>Taxon rank</source>
            <translation>Rango taxonómico</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Measured value</source>
            <translation>Valor medido</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Observador</translation>
        </message>
        <message>
            <source>Sensitive location</source>
            <translation>Ubicación sensible</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Source record id</source>
            <translation>Id. del registro de origen</translation>
        </message>
        <message>
            <source>Plan title</source>
            <translation>Título del plan</translation>
        </message>
        <message>
            <source>Vision statement</source>
            <translation>Visión</translation>
        </message>
        <message>
            <source>First year</source>
            <translation>Primer año</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Pilar</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Socios</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Indicator unit</source>
            <translation>Unidad del indicador</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea de base</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Último valor</translation>
        </message>
        <message>
            <source>Risks and assumptions</source>
            <translation>Riesgos y supuestos</translation>
        </message>
        <message>
            <source>A short name others will recognise, e.g. Herders read the plots</source>
            <translation>Un nombre corto que otros reconozcan, p. ej. Los pastores leen las parcelas</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>The challenge</source>
            <translation>El desafío</translation>
        </message>
        <message>
            <source>The problem or opportunity the practice answered</source>
            <translation>El problema o la oportunidad a la que respondió la práctica</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Lo que se hizo</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation>Quién lo hizo</translation>
        </message>
        <message>
            <source>Who led it, who took part (reserve staff, communities, partners)</source>
            <translation>Quién lo dirigió y quién participó (personal de la reserva, comunidades, socios)</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Comenzó</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminó</translation>
        </message>
        <message>
            <source>Empty if it is still going on</source>
            <translation>Vacío si sigue en curso</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Evidence: indicators</source>
            <translation>Evidencias: indicadores</translation>
        </message>
        <message>
            <source>What was measured, before and after</source>
            <translation>Qué se midió, antes y después</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Costos</translation>
        </message>
        <message>
            <source>Money, staff time, equipment; who paid</source>
            <translation>Dinero, tiempo del personal, equipos; quién pagó</translation>
        </message>
        <message>
            <source>Lessons learnt</source>
            <translation>Lecciones aprendidas</translation>
        </message>
        <message>
            <source>Conditions to replicate and scale</source>
            <translation>Condiciones para replicar y ampliar</translation>
        </message>
        <message>
            <source>What another reserve would need for it to work there, and to grow it</source>
            <translation>Lo que otra reserva necesitaría para que funcione allí, y para ampliarla</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Good practice</source>
            <translation>Buena práctica</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observación</translation>
        </message>
        <message>
            <source>Programme name</source>
            <translation>Nombre del programa</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>Correo de contacto</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Years of experience</source>
            <translation>Años de experiencia</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Programme attended</source>
            <translation>Programa al que asistió</translation>
        </message>
        <message>
            <source>Reserve name</source>
            <translation>Nombre de la reserva</translation>
        </message>
        <message>
            <source>Year designated</source>
            <translation>Año de designación</translation>
        </message>
        <message>
            <source>Core area (ha)</source>
            <translation>Zona núcleo (ha)</translation>
        </message>
        <message>
            <source>Buffer zone (ha)</source>
            <translation>Zona tampón (ha)</translation>
        </message>
        <message>
            <source>Transition area (ha)</source>
            <translation>Zona de transición (ha)</translation>
        </message>
        <message>
            <source>Lowest elevation (m)</source>
            <translation>Altitud mínima (m)</translation>
        </message>
        <message>
            <source>Highest elevation (m)</source>
            <translation>Altitud máxima (m)</translation>
        </message>
        <message>
            <source>Ecosystems</source>
            <translation>Ecosistemas</translation>
        </message>
        <message>
            <source>Key species</source>
            <translation>Especies clave</translation>
        </message>
        <message>
            <source>Glaciers</source>
            <translation>Glaciares</translation>
        </message>
        <message>
            <source>Managing body</source>
            <translation>Entidad gestora</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Contorno</translation>
        </message>
        <message>
            <source>Actions per goal</source>
            <translation>Acciones por objetivo</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>GBF targets</source>
            <translation>Metas del MMB</translation>
        </message>
        <message>
            <source>● the action serves the goal (coloured by pillar). Shaded columns: goals no action serves yet. The last row counts the actions per goal.</source>
            <translation>● la acción sirve al objetivo (color según el pilar). Columnas sombreadas: objetivos que aún ninguna acción atiende. La última fila cuenta las acciones por objetivo.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln action(s)&lt;/b&gt; serve %1 of 17 SDGs and %2 of 23 GBF targets.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln acción&lt;/b&gt; atiende %1 de los 17 ODS y %2 de las 23 metas del MMB.</numerusform>
                <numerusform>&lt;b&gt;%Ln acciones&lt;/b&gt; atienden %1 de los 17 ODS y %2 de las 23 metas del MMB.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet served: %1.</source>
            <translation>Aún sin atender: %1.</translation>
        </message>
        <message>
            <source>What</source>
            <extracomment>The action editor's tabs and the fields on each (tags are the last tab).</extracomment>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Who and when</source>
            <translation>Quién y cuándo</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>El plan</translation>
        </message>
        <message>
            <source>Your plan's title, period and vision. Select an objective or an action on the left to edit it.</source>
            <translation>El título, el periodo y la visión de su plan. Seleccione un objetivo o una acción a la izquierda para editarlo.</translation>
        </message>
        <message>
            <source>Where this action came from</source>
            <translation>De dónde viene esta acción</translation>
        </message>
        <message>
            <source>Find a goal by number or words (e.g. 15, water)</source>
            <translation>Buscar un objetivo por número o palabras (p. ej. 15, agua)</translation>
        </message>
        <message>
            <source>Find a goal</source>
            <translation>Buscar un objetivo</translation>
        </message>
        <message>
            <source>SDG tags</source>
            <translation>Etiquetas de ODS</translation>
        </message>
        <message>
            <source>GBF target tags</source>
            <translation>Etiquetas de metas del MMB</translation>
        </message>
        <message>
            <source>SDGs this action serves</source>
            <translation>ODS a los que sirve esta acción</translation>
        </message>
        <message>
            <source>GBF targets this action serves</source>
            <translation>Metas del MMB a las que sirve esta acción</translation>
        </message>
        <message>
            <source>SDGs and GBF</source>
            <translation>ODS y MMB</translation>
        </message>
        <message>
            <source>Zones</source>
            <extracomment>the folder is open read-only: the zone picker, rebuilt as zones change, stays off</extracomment>
            <translation>Zonas</translation>
        </message>
        <message>
            <source>Zones this action applies to</source>
            <translation>Zonas a las que se aplica esta acción</translation>
        </message>
        <message>
            <source>The zones of the reserve this action applies to.</source>
            <translation>Las zonas de la reserva a las que se aplica esta acción.</translation>
        </message>
        <message>
            <source>No zones on the map yet: &lt;a href='map'&gt;import their outlines on the Map page&lt;/a&gt;, then tick here the ones this action applies to.</source>
            <translation>Aún no hay zonas en el mapa: &lt;a href='map'&gt;importe sus contornos en la página Mapa&lt;/a&gt; y marque aquí aquellas a las que se aplica esta acción.</translation>
        </message>
        <message>
            <source>Find in the plan (Ctrl+F)</source>
            <extracomment>The filter changed (typing, or a choice).</extracomment>
            <translation>Buscar en el plan (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find in the plan</source>
            <translation>Buscar en el plan</translation>
        </message>
        <message>
            <source>All pillars</source>
            <translation>Todos los pilares</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Any SDG</source>
            <translation>Cualquier ODS</translation>
        </message>
        <message>
            <source>Any GBF target</source>
            <translation>Cualquier meta del MMB</translation>
        </message>
        <message>
            <source>Filter by pillar</source>
            <translation>Filtrar por pilar</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filtrar por estado</translation>
        </message>
        <message>
            <source>Filter by SDG</source>
            <translation>Filtrar por ODS</translation>
        </message>
        <message>
            <source>Filter by GBF target</source>
            <translation>Filtrar por meta del MMB</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln action(s) shown</source>
            <translation>
                <numerusform>%1 de %Ln acción mostrada</numerusform>
                <numerusform>%1 de %Ln acciones mostradas</numerusform>
            </translation>
        </message>
        <message>
            <source>Recorded as %1: the map puts it elsewhere.</source>
            <translation>Registrada como %1: el mapa la sitúa en otra zona.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <source>Filter by category</source>
            <translation>Filtrar por categoría</translation>
        </message>
        <message>
            <source>from YYYY-MM-DD</source>
            <extracomment>A date was typed or changed. The user left a date box (or pressed Enter in it).</extracomment>
            <translation>desde AAAA-MM-DD</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Fecha desde</translation>
        </message>
        <message>
            <source>to YYYY-MM-DD</source>
            <translation>hasta AAAA-MM-DD</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Fecha hasta</translation>
        </message>
        <message>
            <source>Find taxon, site, notes or observer (Ctrl+F)</source>
            <extracomment>Something was typed: the page waits for a pause before it asks again. A choice was made, or the bar cleared: the page asks at once.</extracomment>
            <translation>Buscar taxón, sitio, notas u observador (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find in observations</source>
            <translation>Buscar en las observaciones</translation>
        </message>
        <message>
            <source>Any recorded zone</source>
            <translation>Cualquier zona registrada</translation>
        </message>
        <message>
            <source>Filter by zone</source>
            <translation>Filtrar por zona</translation>
        </message>
        <message>
            <source>The zone the observer recorded</source>
            <translation>La zona que anotó el observador</translation>
        </message>
        <message>
            <source>Any zone on the map</source>
            <translation>Cualquier zona del mapa</translation>
        </message>
        <message>
            <source>Filter by zone on the map</source>
            <translation>Filtrar por zona del mapa</translation>
        </message>
        <message>
            <source>The zone the coordinates fall in, on the Map page's zones</source>
            <translation>La zona en la que caen las coordenadas, según las zonas de la página Mapa</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Borrar los filtros</translation>
        </message>
    </context>
</TS>
