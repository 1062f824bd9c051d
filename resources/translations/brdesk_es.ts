<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Home</source>
        <extracomment>matplotlib&apos;s toolbar names its tools in English; the window&apos;s language instead.
----------
&quot;module:Class&quot; under brdesk.ui.pages shown in a cohort folder (where only such pages are), not in a personal one</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Reset original view</source>
        <translation>Restablecer la vista original</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to previous view</source>
        <translation>Volver a la vista anterior</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Forward to next view</source>
        <translation>Ir a la vista siguiente</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Left button pans, right button zooms</source>
        <translation>Botón izquierdo desplaza, botón derecho acerca</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom to rectangle</source>
        <translation>Acercar a un rectángulo</translation>
    </message>
    <message>
        <source>Subplots</source>
        <translation>Subgráficos</translation>
    </message>
    <message>
        <source>Configure subplots</source>
        <translation>Configurar subgráficos</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>Personalizar</translation>
    </message>
    <message>
        <source>Edit axis, curve and image parameters</source>
        <translation>Editar parámetros de ejes, curvas e imágenes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the figure</source>
        <translation>Guardar la figura</translation>
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
        <source>Passport page</source>
        <translation>Página del pasaporte</translation>
    </message>
    <message>
        <source>Visa page</source>
        <translation>Página del visado</translation>
    </message>
    <message>
        <source>Entry/exit stamps</source>
        <translation>Sellos de entrada y salida</translation>
    </message>
    <message>
        <source>Pillar 1</source>
        <translation>Pilar 1</translation>
    </message>
    <message>
        <source>Pillar 2</source>
        <translation>Pilar 2</translation>
    </message>
    <message>
        <source>Pillar 3</source>
        <translation>Pilar 3</translation>
    </message>
    <message>
        <source>Pillar 4</source>
        <translation>Pilar 4</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Efectividad</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Acciones hechas</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Último paquete</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>no figura</translation>
    </message>
    <message>
        <source>{state} (file)</source>
        <translation>{state} (archivo)</translation>
    </message>
    <message>
        <source>{sent} of {total} sent</source>
        <translation>{sent} de {total} enviados</translation>
    </message>
    <message>
        <source>{done} of {actions}</source>
        <translation>{done} de {actions}</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>sin plan</translation>
    </message>
    <message>
        <source>Still to send</source>
        <translation>Falta enviar</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Aún no hay acciones</translation>
    </message>
    <message>
        <source>No indicator has a target and a latest value yet</source>
        <translation>Ningún indicador tiene aún una meta y un último valor</translation>
    </message>
    <message>
        <source>Pillar {number}</source>
        <translation>Pilar {number}</translation>
    </message>
    <message>
        <source>Progress from baseline to target (%)</source>
        <translation>Avance desde la línea de base hasta la meta (%)</translation>
    </message>
    <message>
        <source>No observations yet</source>
        <translation>Aún no hay observaciones</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Actions per SDG</source>
        <translation>Acciones por ODS</translation>
    </message>
    <message>
        <source>Actions per GBF target</source>
        <translation>Acciones por meta del MMB</translation>
    </message>
    <message>
        <source>No observations yet: import or add some</source>
        <translation>Aún no hay observaciones: importe o añada algunas</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>No species records yet</source>
        <translation>Aún no hay registros de especies</translation>
    </message>
    <message>
        <source>Taxa recorded per year</source>
        <translation>Taxones registrados por año</translation>
    </message>
    <message>
        <source>Species accumulation</source>
        <translation>Acumulación de especies</translation>
    </message>
    <message>
        <source>Species records</source>
        <translation>Registros de especies</translation>
    </message>
    <message>
        <source>No species records with an elevation yet</source>
        <translation>Aún no hay registros de especies con altitud</translation>
    </message>
    <message>
        <source>10-90 % of records</source>
        <translation>10-90 % de los registros</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>No action has a start and an end date yet</source>
        <translation>Ninguna acción tiene aún fecha de inicio y de fin</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ninguna registrada.</translation>
    </message>
    <message>
        <source>Nothing answered yet</source>
        <translation>Aún sin respuestas</translation>
    </message>
    <message>
        <source>No zones and no located observations yet</source>
        <translation>Aún no hay zonas ni observaciones localizadas</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Points drawn in the window: beyond this the map samples the log evenly (and says so).</extracomment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>Two columns of panels from this width of the page&apos;s viewport (pixels) up.</extracomment>
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
        <source>Your participants&apos; packages, each kept apart and read-only. Add the packages they hand in (a newer one replaces the older); compare their plans; export the cohort.</source>
        <translation>Los paquetes de sus participantes, cada uno por separado y de solo lectura. Añada los paquetes que le entreguen (uno más reciente sustituye al anterior); compare sus planes; exporte la cohorte.</translation>
    </message>
    <message>
        <source>Add packages…</source>
        <translation>Añadir paquetes…</translation>
    </message>
    <message>
        <source>Participants&apos; packages (.brdesk), several at once (Ctrl+N)</source>
        <translation>Paquetes de los participantes (.brdesk), varios a la vez (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a folder of packages…</source>
        <translation>Añadir una carpeta de paquetes…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cohort report (Word)…</source>
        <translation>Informe de la cohorte (Word)…</translation>
    </message>
    <message>
        <source>Cohort workbook (Excel)…</source>
        <translation>Libro de la cohorte (Excel)…</translation>
    </message>
    <message>
        <source>Follow-up list (Word or Excel)…</source>
        <translation>Lista de seguimiento (Word o Excel)…</translation>
    </message>
    <message>
        <source>Cohort package (.brdesk)…</source>
        <translation>Paquete de la cohorte (.brdesk)…</translation>
    </message>
    <message>
        <source>The cohort</source>
        <translation>La cohorte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Plans by pillar</source>
        <translation>Planes por pilar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(ies)</source>
        <translation>
            <numerusform>%Ln país</numerusform>
            <numerusform>%Ln países</numerusform>
        </translation>
    </message>
    <message>
        <source>the latest package written {date}.</source>
        <translation>el último paquete, escrito el {date}.</translation>
    </message>
    <message>
        <source>No participant yet: press “Add packages…” and choose the packages your participants handed in (File › Export › Package… in their brdesk).</source>
        <translation>Aún no hay participantes: pulse «Añadir paquetes…» y elija los paquetes que entregaron sus participantes (Archivo › Exportar › Paquete… en su brdesk).</translation>
    </message>
    <message>
        <source>Add participants&apos; packages</source>
        <translation>Añadir paquetes de participantes</translation>
    </message>
    <message>
        <source>Add a folder of packages</source>
        <translation>Añadir una carpeta de paquetes</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Añadir paquetes</translation>
    </message>
    <message>
        <source>Export the cohort</source>
        <translation>Exportar la cohorte</translation>
    </message>
    <message>
        <source>Nothing was written: {exc}</source>
        <translation>No se escribió nada: {exc}</translation>
    </message>
    <message>
        <source>The cohort is exported.</source>
        <translation>La cohorte se ha exportado.</translation>
    </message>
    <message>
        <source>Export case study</source>
        <translation>Exportar el estudio de caso</translation>
    </message>
    <message>
        <source>The case study is written.</source>
        <translation>El estudio de caso se ha escrito.</translation>
    </message>
    <message>
        <source>Your plan and your monitoring at a glance. Export it for slides and e-mails.</source>
        <translation>Su plan y su monitoreo de un vistazo. Expórtelo para presentaciones y correos electrónicos.</translation>
    </message>
    <message>
        <source>Observation category</source>
        <translation>Categoría de observación</translation>
    </message>
    <message>
        <source>All zones on the map</source>
        <translation>Todas las zonas del mapa</translation>
    </message>
    <message>
        <source>The monitoring panels count only the observations inside this zone on the map; the plan&apos;s panels show the whole plan</source>
        <translation>Los paneles de monitoreo cuentan solo las observaciones dentro de esta zona del mapa; los del plan muestran todo el plan</translation>
    </message>
    <message>
        <source>The whole dashboard as one PNG image or a PDF (Ctrl+E)</source>
        <translation>Todo el panel como una imagen PNG o un PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Dibujando…</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Exportar el panel</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportando a {name}…</translation>
    </message>
    <message>
        <source>The dashboard was written to {path}.</source>
        <translation>El panel se escribió en {path}.</translation>
    </message>
    <message>
        <source>How well is the reserve managed? Answer the questions with your team once a year; compare the years; make the next steps actions of your plan.</source>
        <translation>¿Qué tan bien se gestiona la reserva? Responda las preguntas con su equipo una vez al año; compare los años; convierta los próximos pasos en acciones de su plan.</translation>
    </message>
    <message>
        <source>Assessment shown</source>
        <translation>Evaluación mostrada</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Nueva evaluación…</translation>
    </message>
    <message>
        <source>Start this year&apos;s assessment (Ctrl+N)</source>
        <translation>Empezar la evaluación de este año (Ctrl+N)</translation>
    </message>
    <message>
        <source>Every answer of every assessment, as an Excel workbook</source>
        <translation>Todas las respuestas de todas las evaluaciones, en un libro de Excel</translation>
    </message>
    <message>
        <source>No assessment yet. Press “New assessment…” and answer the questions with your team: each takes a level from 0 to 3, described for you.</source>
        <translation>Aún no hay evaluaciones. Pulse «Nueva evaluación…» y responda las preguntas con su equipo: cada una toma un nivel de 0 a 3, descrito para usted.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>About this assessment</source>
        <translation>Sobre esta evaluación</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Delete the assessment</source>
        <translation>Eliminar la evaluación</translation>
    </message>
    <message>
        <source>Delete the assessment of {v0} with all its answers?</source>
        <translation>¿Eliminar la evaluación del {v0} con todas sus respuestas?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Eliminar evaluación</translation>
    </message>
    <message>
        <source>Your reserve&apos;s zones and where observations fall in them. Drawn from your own data: no internet needed.</source>
        <translation>Las zonas de su reserva y dónde caen las observaciones. Dibujado a partir de sus propios datos: no hace falta internet.</translation>
    </message>
    <message>
        <source>Import zones…</source>
        <translation>Importar zonas…</translation>
    </message>
    <message>
        <source>Outlines of the core, buffer and transition zones from GeoJSON, KML/KMZ or a shapefile (also File › Import)</source>
        <translation>Contornos de las zonas núcleo, tampón y de transición desde GeoJSON, KML/KMZ o un shapefile (también Archivo › Importar)</translation>
    </message>
    <message>
        <source>Export zones…</source>
        <translation>Exportar zonas…</translation>
    </message>
    <message>
        <source>The zones as GeoJSON, for QGIS or Google Earth</source>
        <translation>Las zonas en GeoJSON, para QGIS o Google Earth</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Zoom to the whole reserve (0 on the map)</source>
        <translation>Ver toda la reserva (0 en el mapa)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Areas&lt;/b&gt; (on the map, on the ellipsoid; typed in My reserve)</source>
        <translation>&lt;b&gt;Superficies&lt;/b&gt; (en el mapa, sobre el elipsoide; escritas en Mi reserva)</translation>
    </message>
    <message>
        <source>On the map (ha)</source>
        <translation>En el mapa (ha)</translation>
    </message>
    <message>
        <source>Typed (ha)</source>
        <translation>Escrita (ha)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Superficies</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the zones hold&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que contienen las zonas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>What the zones hold</source>
        <translation>Lo que contienen las zonas</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlas</translation>
    </message>
    <message>
        <source>Open them in Observations</source>
        <translation>Abrirlas en Observaciones</translation>
    </message>
    <message>
        <source>Reading the zones…</source>
        <translation>Leyendo las zonas…</translation>
    </message>
    <message>
        <source>No zones yet. Import the outlines your GIS unit or the nomination dossier has (GeoJSON, KML/KMZ, shapefile).</source>
        <translation>Aún no hay zonas. Importe los contornos que tenga su unidad SIG o el expediente de candidatura (GeoJSON, KML/KMZ, shapefile).</translation>
    </message>
    <message>
        <source>{v0} zones; {shown} of {located} located observations shown, spread evenly over the log.</source>
        <translation>{v0} zonas; se muestran {shown} de {located} observaciones localizadas, repartidas por todo el registro.</translation>
    </message>
    <message>
        <source>{v0} zones; {located} located observations.</source>
        <translation>{v0} zonas; {located} observaciones localizadas.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) recorded in another zone than the map&apos;s (kept as recorded).</source>
        <translation>
            <numerusform>%Ln observación registrada en otra zona que la del mapa (se conserva como se registró).</numerusform>
            <numerusform>%Ln observaciones registradas en otra zona que la del mapa (se conservan como se registraron).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln observation(s)</source>
        <translation>
            <numerusform>Eliminar %Ln observación</numerusform>
            <numerusform>Eliminar %Ln observaciones</numerusform>
        </translation>
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
        <source>Could not read the log: {message}</source>
        <translation>No se pudo leer el registro: {message}</translation>
    </message>
    <message>
        <source>Delete observations</source>
        <translation>Eliminar observaciones</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln observation(s)?</source>
        <translation>
            <numerusform>¿Eliminar %Ln observación?</numerusform>
            <numerusform>¿Eliminar %Ln observaciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <source>Link to a good practice</source>
        <translation>Vincular a una buena práctica</translation>
    </message>
    <message>
        <source>Select the observations first.</source>
        <translation>Seleccione primero las observaciones.</translation>
    </message>
    <message>
        <source>There is no good practice yet: add one on the Good practices page first.</source>
        <translation>Aún no hay buenas prácticas: añada una primero en la página Buenas prácticas.</translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln observation(s) evidence of:</source>
        <translation>
            <numerusform>Hacer de %Ln observación una prueba de:</numerusform>
            <numerusform>Hacer de %Ln observaciones pruebas de:</numerusform>
        </translation>
    </message>
    <message>
        <source>Link observations to a good practice</source>
        <translation>Vincular observaciones a una buena práctica</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) linked to “{title}”</source>
        <translation>
            <numerusform>%Ln observación vinculada a «{title}»</numerusform>
            <numerusform>%Ln observaciones vinculadas a «{title}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln of evidence in all).</source>
        <translation>
            <numerusform>(%Ln prueba en total).</numerusform>
            <numerusform>(%Ln pruebas en total).</numerusform>
        </translation>
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
        <source>Import observations</source>
        <extracomment>the form&apos;s choice labels, once read (kept when the file is read again) the import itself, while it writes</extracomment>
        <translation>Importar observaciones</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aún no se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codificación del texto</translation>
    </message>
    <message>
        <source>How the file&apos;s letters are read; change it if names look wrong</source>
        <translation>Cómo se leen las letras del archivo; cámbiela si los nombres se ven mal</translation>
    </message>
    <message>
        <source>Encoding: detected</source>
        <translation>Codificación: detectada</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— no está en el archivo —</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Column for {v0}</source>
        <translation>Columna para {v0}</translation>
    </message>
    <message>
        <source>Category when the file gives none</source>
        <translation>Categoría cuando el archivo no indica ninguna</translation>
    </message>
    <message>
        <source>(the file must say)</source>
        <translation>(debe indicarla el archivo)</translation>
    </message>
    <message>
        <source>Category if none</source>
        <translation>Categoría si falta</translation>
    </message>
    <message>
        <source>UTM zone when the file gives none</source>
        <translation>Zona UTM cuando el archivo no indica ninguna</translation>
    </message>
    <message>
        <source>e.g. 45R or 18 south</source>
        <translation>p. ej., 45R o 18 sur</translation>
    </message>
    <message>
        <source>UTM zone if none</source>
        <translation>Zona UTM si falta</translation>
    </message>
    <message>
        <source>Choose the form…</source>
        <translation>Elegir el formulario…</translation>
    </message>
    <message>
        <source>The form&apos;s choice labels</source>
        <translation>Etiquetas de opción del formulario</translation>
    </message>
    <message>
        <source>For an export written with choice names (XML values): the form&apos;s XLSForm, so that names such as pseudois_nayaur import as their labels</source>
        <translation>Para una exportación escrita con nombres de opción (valores XML): el XLSForm del formulario, para que nombres como pseudois_nayaur se importen como sus etiquetas</translation>
    </message>
    <message>
        <source>Choice labels</source>
        <translation>Etiquetas de opción</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Correspondencias guardadas</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Guardar correspondencia…</translation>
    </message>
    <message>
        <source>Skip the rejected rows and import the rest</source>
        <translation>Omitir las filas rechazadas e importar el resto</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Saved mappings…</source>
        <translation>Correspondencias guardadas…</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Guardar correspondencia</translation>
    </message>
    <message>
        <source>Name for this mapping:</source>
        <translation>Nombre de esta correspondencia:</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Correspondencia guardada</translation>
    </message>
    <message>
        <source>The form (XLSForm)</source>
        <translation>El formulario (XLSForm)</translation>
    </message>
    <message>
        <source>Encoding: {encoding} (detected)</source>
        <translation>Codificación: {encoding} (detectada)</translation>
    </message>
    <message>
        <source>Read as: &lt;b&gt;{format_name}&lt;/b&gt;</source>
        <translation>Leído como: &lt;b&gt;{format_name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <source>Checking every row… {read} read</source>
        <translation>Comprobando cada fila… {read} leídas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skip %Ln</source>
        <translation>
            <numerusform>, omitir %Ln</numerusform>
            <numerusform>, omitir %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Importar %Ln fila</numerusform>
            <numerusform>Importar %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows are rejected: fix the file or the columns, or tick “Skip the rejected rows” to import the others</source>
        <translation>Algunas filas se rechazan: corrija el archivo o las columnas, o marque «Omitir las filas rechazadas» para importar las demás</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>La importación se canceló: no se importó nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; observations imported.</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; observaciones importadas.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
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
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <source>Create reserve</source>
        <translation>Crear reserva</translation>
    </message>
    <message>
        <source>Action plan for {reserve_name}</source>
        <translation>Plan de acción de {reserve_name}</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Crear plan</translation>
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
        <source>Rename objective</source>
        <translation>Renombrar objetivo</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>Renombrar acción</translation>
    </message>
    <message>
        <source>Move objective up</source>
        <translation>Subir objetivo</translation>
    </message>
    <message>
        <source>Move objective down</source>
        <translation>Bajar objetivo</translation>
    </message>
    <message>
        <source>Move action up</source>
        <translation>Subir acción</translation>
    </message>
    <message>
        <source>Move action down</source>
        <translation>Bajar acción</translation>
    </message>
    <message numerus="yes">
        <source> and its %Ln action(s)</source>
        <translation>
            <numerusform> y su %Ln acción</numerusform>
            <numerusform> y sus %Ln acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Eliminar objetivo</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>Delete the objective “{title}”{detail}?</source>
        <translation>¿Eliminar el objetivo «{title}»{detail}?</translation>
    </message>
    <message>
        <source>Delete the action “{title}”{detail}?</source>
        <translation>¿Eliminar la acción «{title}»{detail}?</translation>
    </message>
    <message>
        <source>Add {v0} example objective(s)</source>
        <translation>Añadir {v0} objetivo(s) de ejemplo</translation>
    </message>
    <message>
        <source>Add example objective</source>
        <translation>Añadir objetivo de ejemplo</translation>
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
        <source>Select the objective the action belongs to first</source>
        <translation>Seleccione primero el objetivo al que pertenece la acción</translation>
    </message>
    <message>
        <source>, or add an objective under pillar {pillar}.</source>
        <translation>, o añada un objetivo en el pilar {pillar}.</translation>
    </message>
    <message>
        <source>, or add an objective with “Add objective”.</source>
        <translation>, o añada un objetivo con «Añadir objetivo».</translation>
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
        <source>Show the practices of a theme</source>
        <translation>Mostrar las prácticas de un tema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>New practice…</source>
        <translation>Nueva práctica…</translation>
    </message>
    <message>
        <source>Document a good practice (Ctrl+N)</source>
        <translation>Documentar una buena práctica (Ctrl+N)</translation>
    </message>
    <message>
        <source>Export case study…</source>
        <translation>Exportar estudio de caso…</translation>
    </message>
    <message>
        <source>The practice as a one- or two-page Word document</source>
        <translation>La práctica como documento Word de una o dos páginas</translation>
    </message>
    <message>
        <source>No good practice yet. Press “New practice…” and describe one your reserve is proud of: the network collects them, and trainers gather them into a catalogue.</source>
        <translation>Aún no hay buenas prácticas. Pulse «Nueva práctica…» y describa una de la que su reserva esté orgullosa: la red las recopila y los formadores las reúnen en un catálogo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>New good practice</source>
        <translation>Nueva buena práctica</translation>
    </message>
    <message>
        <source>Its title:</source>
        <translation>Su título:</translation>
    </message>
    <message>
        <source>Delete good practice</source>
        <translation>Eliminar buena práctica</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>¿Eliminar «{title}»?</translation>
    </message>
    <message>
        <source>Its photos stay in the data folder until then. You can undo this with Ctrl+Z.</source>
        <translation>Sus fotos se quedan en la carpeta de datos hasta entonces. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>The case study was not written: {exc}</source>
        <translation>El estudio de caso no se escribió: {exc}</translation>
    </message>
    <message>
        <source>The personal report the programme asks for within two months, in Word, and the documents to send with it.</source>
        <translation>El informe personal que el programa pide en un plazo de dos meses, en Word, y los documentos que deben acompañarlo.</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>The follow-up documents the programme asks for, as the overview names them.</extracomment>
        <translation>Informe</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <source>position</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>year designated</source>
        <translation>año de designación</translation>
    </message>
    <message>
        <source>core area</source>
        <translation>zona núcleo</translation>
    </message>
    <message>
        <source>lowest elevation</source>
        <translation>altitud mínima</translation>
    </message>
    <message>
        <source>highest elevation</source>
        <translation>altitud máxima</translation>
    </message>
    <message>
        <source>managing body</source>
        <translation>entidad gestora</translation>
    </message>
    <message>
        <source>{what}: not filled in yet</source>
        <translation>{what}: aún sin completar</translation>
    </message>
    <message>
        <source>{what}: missing {fields}</source>
        <translation>{what}: falta {fields}</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Su perfil</translation>
    </message>
    <message>
        <source>Action plan: no objectives yet under {pillars}</source>
        <translation>Plan de acción: aún no hay objetivos en {pillars}</translation>
    </message>
    <message>
        <source>Action overdue since {when:%d %b %Y}: {title}</source>
        <translation>Acción atrasada desde el {when:%d %b %Y}: {title}</translation>
    </message>
    <message>
        <source>{title} (was due {when:%d %b %Y})</source>
        <translation>{title} (vencía el {when:%d %b %Y})</translation>
    </message>
    <message>
        <source>{title} (due {when:%d %b %Y})</source>
        <translation>{title} (vence el {when:%d %b %Y})</translation>
    </message>
    <message>
        <source>{title}: was due {when:%d %b %Y}</source>
        <translation>{title}: vencía el {when:%d %b %Y}</translation>
    </message>
    <message>
        <source>{title}: due {when:%d %b %Y}</source>
        <translation>{title}: vence el {when:%d %b %Y}</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>The record kinds as the window names them (the SQL above carries the keys).</extracomment>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>{noun}: {label}</source>
        <translation>{noun}: {label}</translation>
    </message>
    <message>
        <source>1. Basic personal information</source>
        <translation>1. Datos personales básicos</translation>
    </message>
    <message>
        <source>Edit on My reserve</source>
        <translation>Editar en Mi reserva</translation>
    </message>
    <message>
        <source>2. Summary of participation</source>
        <translation>2. Resumen de la participación</translation>
    </message>
    <message>
        <source>Summary of participation</source>
        <translation>Resumen de la participación</translation>
    </message>
    <message>
        <source>3. Evaluation of the training programme</source>
        <translation>3. Evaluación del programa de formación</translation>
    </message>
    <message>
        <source>Evaluation of the training programme</source>
        <translation>Evaluación del programa de formación</translation>
    </message>
    <message>
        <source>Also include</source>
        <translation>Incluir también</translation>
    </message>
    <message>
        <source>The action plan (a table per pillar)</source>
        <translation>El plan de acción (una tabla por pilar)</translation>
    </message>
    <message>
        <source>Charts: plan progress and monitoring</source>
        <translation>Gráficos: avance del plan y monitoreo</translation>
    </message>
    <message>
        <source>Plan progress by pillar</source>
        <extracomment>a zone on the map (core, buffer, transition, outside): the monitoring panels count only the observations whose coordinates fall in it &quot;YYYY-MM&quot; -&gt; category -&gt; count year -&gt; number of distinct taxa seen that year (records so far, distinct taxa so far), in the order records were made year -&gt; (10th, 50th, 90th percentile of elevation of species records) (longitude, latitude, category) of up to MAP_POINTS records, evenly sampled the zones&apos; outlines, to draw beneath the points (services/zone_summaries.py) (date, subject, site, count) of the latest threat records</extracomment>
        <translation>Avance del plan por pilar</translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation>Avance de los indicadores</translation>
    </message>
    <message>
        <source>Timeline of actions</source>
        <translation>Cronología de las acciones</translation>
    </message>
    <message>
        <source>Alignment with the SDGs and GBF targets</source>
        <translation>Alineación con los ODS y las metas del MMB</translation>
    </message>
    <message>
        <source>Management effectiveness</source>
        <translation>Efectividad de la gestión</translation>
    </message>
    <message>
        <source>Observations per month</source>
        <translation>Observaciones por mes</translation>
    </message>
    <message>
        <source>Species richness</source>
        <translation>Riqueza de especies</translation>
    </message>
    <message>
        <source>Elevation of species records over the years</source>
        <translation>Altitud de los registros de especies a lo largo de los años</translation>
    </message>
    <message>
        <source>Map: zones and observations</source>
        <translation>Mapa: zonas y observaciones</translation>
    </message>
    <message>
        <source>Recent threats</source>
        <translation>Amenazas recientes</translation>
    </message>
    <message>
        <source>Cannot export the dashboard to &apos;{name}&apos;: use .png or .pdf.</source>
        <translation>No se puede exportar el panel a &apos;{name}&apos;: use .png o .pdf.</translation>
    </message>
    <message>
        <source>The latest management-effectiveness self-assessment</source>
        <translation>La última autoevaluación de la efectividad de la gestión</translation>
    </message>
    <message>
        <source>The reserve&apos;s zones: a map and what each zone holds</source>
        <translation>Las zonas de la reserva: un mapa y lo que contiene cada zona</translation>
    </message>
    <message>
        <source>Good practices, each as a short case study</source>
        <translation>Buenas prácticas, cada una como un breve estudio de caso</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Aún falta</translation>
    </message>
    <message>
        <source>What the report still lacks</source>
        <translation>Lo que aún le falta al informe</translation>
    </message>
    <message>
        <source>Export report to Word…</source>
        <translation>Exportar el informe a Word…</translation>
    </message>
    <message>
        <source>Writes a .docx carrying the required acknowledgement</source>
        <translation>Escribe un .docx con el agradecimiento obligatorio</translation>
    </message>
    <message>
        <source>Nothing: the report is complete.</source>
        <translation>Nada: el informe está completo.</translation>
    </message>
    <message>
        <source>
… and {v0} more</source>
        <translation>
… y {v0} más</translation>
    </message>
    <message>
        <source>The report is not complete</source>
        <translation>El informe no está completo</translation>
    </message>
    <message>
        <source>The report still lacks:

{shown}{more}</source>
        <translation>Al informe aún le falta:

{shown}{more}</translation>
    </message>
    <message>
        <source>Export it anyway?</source>
        <translation>¿Exportarlo de todos modos?</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>The report was written to {path}. {exc}</source>
        <translation>El informe se escribió en {path}. {exc}</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>El informe se escribió en {path}.</translation>
    </message>
    <message>
        <source>Where should the submission folder go? (a USB stick, say)</source>
        <translation>¿Dónde debe ir la carpeta de envío? (una memoria USB, por ejemplo)</translation>
    </message>
    <message>
        <source>Prepare submission folder</source>
        <translation>Preparar la carpeta de envío</translation>
    </message>
    <message>
        <source>

Still missing (attach them, then prepare the folder again):
</source>
        <translation>

Aún falta (adjúntelos y vuelva a preparar la carpeta):
</translation>
    </message>
    <message>
        <source>Submission folder ready</source>
        <translation>Carpeta de envío lista</translation>
    </message>
    <message>
        <source>Written to {folder}:

{lines}{missing}

Send the files by e-mail as the README in the folder explains.</source>
        <translation>Escrito en {folder}:

{lines}{missing}

Envíe los archivos por correo electrónico como explica el README de la carpeta.</translation>
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
        <source>Your report and your plan carry your name. You can add the rest later.</source>
        <translation>Su informe y su plan llevan su nombre. Puede añadir el resto más tarde.</translation>
    </message>
    <message>
        <source>Full name*</source>
        <translation>Nombre completo*</translation>
    </message>
    <message>
        <source>e.g. Amina Njeri</source>
        <translation>p. ej., Amina Njeri</translation>
    </message>
    <message>
        <source>The mountain biosphere reserve your plan is for.</source>
        <translation>La reserva de biosfera de montaña para la que es su plan.</translation>
    </message>
    <message>
        <source>Reserve name*</source>
        <translation>Nombre de la reserva*</translation>
    </message>
    <message>
        <source>e.g. Mount Kenya Biosphere Reserve</source>
        <translation>p. ej., Reserva de Biosfera del Monte Kenia</translation>
    </message>
    <message>
        <source>A first objective</source>
        <translation>Un primer objetivo</translation>
    </message>
    <message>
        <source>Pick the pillar and write what you want to achieve, or start from an example. You will add actions on the Action plan page.</source>
        <translation>Elija el pilar y escriba lo que quiere lograr, o parta de un ejemplo. Añadirá las acciones en la página Plan de acción.</translation>
    </message>
    <message>
        <source>Objective*</source>
        <translation>Objetivo*</translation>
    </message>
    <message>
        <source>e.g. Monitor glacier retreat</source>
        <translation>p. ej., Monitorear el retroceso glaciar</translation>
    </message>
    <message>
        <source>Or an example</source>
        <translation>O un ejemplo</translation>
    </message>
    <message>
        <source>(none: I write my own)</source>
        <translation>(ninguno: escribo el mío)</translation>
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
        <source>&lt;b&gt;On the &lt;a href=&apos;map&apos;&gt;map&lt;/a&gt;&lt;/b&gt; (outlines, on the ellipsoid):</source>
        <translation>&lt;b&gt;En el &lt;a href=&apos;map&apos;&gt;mapa&lt;/a&gt;&lt;/b&gt; (contornos, sobre el elipsoide):</translation>
    </message>
    <message>
        <source>Welcome to brdesk</source>
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
        <source>Welcome</source>
        <extracomment>Bring the data of the earlier brdesk found beside this one. a trainer gathers participants&apos; packages here: the folder becomes a cohort</extracomment>
        <translation>Bienvenida</translation>
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
        <source>A trainer gathering participants&apos; packages? &lt;a href=&apos;cohort&apos;&gt;Make this folder a cohort…&lt;/a&gt;</source>
        <translation>¿Es formador y reúne los paquetes de los participantes? &lt;a href=&apos;cohort&apos;&gt;Convertir esta carpeta en una cohorte…&lt;/a&gt;</translation>
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
        <source>&lt;h3&gt;brdesk {__version__}&lt;/h3&gt;&lt;p&gt;An offline workbench for the managers and researchers of mountain biosphere reserves: profile, action plan, monitoring, dashboard and post-training report.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt; {root}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; MIT. brdesk opens no network connection.&lt;/p&gt;&lt;p&gt;&lt;i&gt;{acknowledgement}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;brdesk {__version__}&lt;/h3&gt;&lt;p&gt;Un banco de trabajo sin conexión para gestores e investigadores de reservas de biosfera de montaña: perfil, plan de acción, monitoreo, panel e informe posterior a la formación.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Carpeta de datos:&lt;/b&gt; {root}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licencia:&lt;/b&gt; MIT. brdesk no abre ninguna conexión de red.&lt;/p&gt;&lt;p&gt;&lt;i&gt;{acknowledgement}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rehecho</translation>
    </message>
    <message>
        <source>Open a brdesk data folder</source>
        <translation>Abrir una carpeta de datos de brdesk</translation>
    </message>
    <message>
        <source>The demo could not be prepared.

{exc}</source>
        <translation>No se pudo preparar la demostración.

{exc}</translation>
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
        <source>About brdesk</source>
        <translation>Acerca de brdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>the window&apos;s attribute for the action (&quot;&quot; for none) &quot;File&quot;, &quot;File/Import&quot;... a method of the window enabled only while a data folder is open changes the data: off in a folder open read-only only in a &quot;personal&quot; or a &quot;cohort&quot; folder (hidden in the other); &quot;&quot; in both The menus&apos; titles, for translation (the menus are named by their paths below).</extracomment>
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
        <source>Add participants&apos; packages…</source>
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
        <source>Connect to an office database…</source>
        <translation>Conectar a una base de datos de oficina…</translation>
    </message>
    <message>
        <source>Synchronise with the office database…</source>
        <translation>Sincronizar con la base de datos de la oficina…</translation>
    </message>
    <message>
        <source>Work on this computer&apos;s own records</source>
        <translation>Trabajar con los registros propios de este equipo</translation>
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
        <source>Office database: %1</source>
        <translation>Base de datos de la oficina: %1</translation>
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
    <message>
        <source>unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>Backup {name}, taken {when} ({why})</source>
        <translation>Copia {name}, hecha el {when} ({why})</translation>
    </message>
    <message>
        <source>Backup {name}, taken {when}</source>
        <translation>Copia {name}, hecha el {when}</translation>
    </message>
    <message>
        <source> (latest {day})</source>
        <translation> (la última del {day})</translation>
    </message>
    <message>
        <source>  {plans}, {objectives}, {actions}, {observations}{latest}, {items}, {files}</source>
        <translation>  {plans}, {objectives}, {actions}, {observations}{latest}, {items}, {files}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln planes</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln follow-up item(s)</source>
        <translation>
            <numerusform>%Ln elemento de seguimiento</numerusform>
            <numerusform>%Ln elementos de seguimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln programme(s)</source>
        <extracomment>Each kind&apos;s count in words, in any language (said_n: lupdate reads each one).</extracomment>
        <translation>
            <numerusform>%Ln programa</numerusform>
            <numerusform>%Ln programas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reserve(s)</source>
        <translation>
            <numerusform>%Ln reserva</numerusform>
            <numerusform>%Ln reservas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s)</source>
        <translation>
            <numerusform>%Ln zona</numerusform>
            <numerusform>%Ln zonas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [action&apos;s zone|actions&apos; zones]</source>
        <translation>
            <numerusform>%Ln zona de acción</numerusform>
            <numerusform>%Ln zonas de acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action plan(s)</source>
        <translation>
            <numerusform>%Ln plan de acción</numerusform>
            <numerusform>%Ln planes de acción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation summary(ies)</source>
        <translation>
            <numerusform>%Ln resumen de participación</numerusform>
            <numerusform>%Ln resúmenes de participación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training evaluation(s)</source>
        <translation>
            <numerusform>%Ln evaluación de la formación</numerusform>
            <numerusform>%Ln evaluaciones de la formación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessment(s)</source>
        <translation>
            <numerusform>%Ln autoevaluación</numerusform>
            <numerusform>%Ln autoevaluaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment answer(s)</source>
        <translation>
            <numerusform>%Ln respuesta de evaluación</numerusform>
            <numerusform>%Ln respuestas de evaluación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln good practice(s)</source>
        <translation>
            <numerusform>%Ln buena práctica</numerusform>
            <numerusform>%Ln buenas prácticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [good practice&apos;s action|good practices&apos; actions]</source>
        <translation>
            <numerusform>%Ln acción de buena práctica</numerusform>
            <numerusform>%Ln acciones de buenas prácticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [good practice&apos;s observation|good practices&apos; observations]</source>
        <translation>
            <numerusform>%Ln observación de buena práctica</numerusform>
            <numerusform>%Ln observaciones de buenas prácticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln adjunto</numerusform>
            <numerusform>%Ln adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>no records</source>
        <translation>ningún registro</translation>
    </message>
    <message>
        <source>written {when} UTC by {app}: {amounts}</source>
        <extracomment>3: self-assessments and their answers (records an older brdesk would not know). 4: zones on the map, and the zones actions name. 5: good practices, their links to actions and observations, and their photos. Record kinds in the order they are written and merged: each after what it refers to. How a count of each kind reads: (one, many).</extracomment>
        <translation>escrito el {when} UTC por {app}: {amounts}</translation>
    </message>
    <message>
        <source>{name}, line {number} is not JSON ({exc}).</source>
        <translation>{name}, línea {number}: no es JSON ({exc}).</translation>
    </message>
    <message>
        <source>{name}, line {number} is not a record (a JSON object).</source>
        <translation>{name}, línea {number}: no es un registro (un objeto JSON).</translation>
    </message>
    <message>
        <source>{name} does not match its checksum: the package is damaged.</source>
        <translation>{name} no coincide con su suma de control: el paquete está dañado.</translation>
    </message>
    <message>
        <source>{name} holds {lines:,} records, and its manifest says {counted:,}: the package is damaged or was altered.</source>
        <translation>{name} tiene {lines:,} registros y su manifiesto dice {counted:,}: el paquete está dañado o fue alterado.</translation>
    </message>
    <message>
        <source>the attachment {stored_name} is missing.</source>
        <translation>falta el adjunto {stored_name}.</translation>
    </message>
    <message>
        <source>{name} has a record longer than {v0} MB.</source>
        <translation>{name} tiene un registro de más de {v0} MB.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a brdesk package ({exc}).</source>
        <translation>{name} no se puede leer como paquete de brdesk ({exc}).</translation>
    </message>
    <message>
        <source>{name}: {member} is damaged ({exc}).</source>
        <translation>{name}: {member} está dañado ({exc}).</translation>
    </message>
    <message>
        <source>{name}: the package of {v0} does not match its checksum.</source>
        <translation>{name}: el paquete de {v0} no coincide con su suma de control.</translation>
    </message>
    <message>
        <source>{name} is not a cohort package.</source>
        <translation>{name} no es un paquete de cohorte.</translation>
    </message>
    <message>
        <source>{name} is not a cohort package (its cohort.json says otherwise).</source>
        <translation>{name} no es un paquete de cohorte (su cohort.json dice otra cosa).</translation>
    </message>
    <message>
        <source>{name} was written by a newer brdesk. Update brdesk to add it.</source>
        <translation>{name} lo escribió un brdesk más reciente. Actualice brdesk para añadirlo.</translation>
    </message>
    <message>
        <source>{name}: its cohort.json lists a member badly.</source>
        <translation>{name}: su cohort.json enumera mal un miembro.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is listed but not held.</source>
        <translation>{name}: &apos;{v0}&apos; figura en la lista pero no está.</translation>
    </message>
    <message>
        <source>{name} holds &apos;{v0}&apos;, which its cohort.json does not list.</source>
        <translation>{name} contiene &apos;{v0}&apos;, que su cohort.json no enumera.</translation>
    </message>
    <message>
        <source>{name} is damaged ({exc}).</source>
        <translation>{name} está dañado ({exc}).</translation>
    </message>
    <message>
        <source>{name} is a cohort package: the data of a trainer&apos;s whole cohort of participants. It is never merged into one person&apos;s data: it is added to a cohort folder (File › Cohort › Add participants&apos; packages…, or brdesk --data-dir COHORT_FOLDER cohort add &quot;{name}&quot;).</source>
        <translation>{name} es un paquete de cohorte: los datos de toda la cohorte de participantes de un formador. Nunca se fusiona con los datos de una persona: se añade a una carpeta de cohorte (Archivo › Cohorte › Añadir paquetes de participantes…, o brdesk --data-dir COHORT_FOLDER cohort add &quot;{name}&quot;).</translation>
    </message>
    <message>
        <source>{name} is not a brdesk package: it holds &apos;{v0}&apos;.</source>
        <translation>{name} no es un paquete de brdesk: contiene &apos;{v0}&apos;.</translation>
    </message>
    <message>
        <source>{name} holds &apos;{v0}&apos; twice.</source>
        <translation>{name} contiene &apos;{v0}&apos; dos veces.</translation>
    </message>
    <message>
        <source>{name}: encrypted members are not supported.</source>
        <translation>{name}: no se admiten miembros cifrados.</translation>
    </message>
    <message>
        <source>{name} is not a brdesk package (it has no manifest.json).</source>
        <translation>{name} no es un paquete de brdesk (no tiene manifest.json).</translation>
    </message>
    <message>
        <source>{name} is not a brdesk package (its manifest says otherwise).</source>
        <translation>{name} no es un paquete de brdesk (su manifiesto dice otra cosa).</translation>
    </message>
    <message>
        <source>{name}: its manifest has no valid format version.</source>
        <translation>{name}: su manifiesto no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>{name} was written by a newer brdesk (package version {version}; this one reads up to {VERSION}). Update brdesk to import it.</source>
        <translation>{name} lo escribió un brdesk más reciente (versión de paquete {version}; este lee hasta la {VERSION}). Actualice brdesk para importarlo.</translation>
    </message>
    <message>
        <source>{name}: its manifest does not list its files.</source>
        <translation>{name}: su manifiesto no enumera sus archivos.</translation>
    </message>
    <message>
        <source>{name}: its manifest&apos;s entry for &apos;{v0}&apos; is malformed.</source>
        <translation>{name}: la entrada de su manifiesto para &apos;{v0}&apos; está mal formada.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is listed but missing.</source>
        <translation>{name}: &apos;{v0}&apos; figura en la lista pero falta.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; does not have the size listed.</source>
        <translation>{name}: &apos;{v0}&apos; no tiene el tamaño indicado.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is not listed in its manifest.</source>
        <translation>{name}: &apos;{v0}&apos; no figura en su manifiesto.</translation>
    </message>
    <message>
        <source>{name}: its manifest counts {v0} {kind}, which no package holds.</source>
        <translation>{name}: su manifiesto cuenta {v0} {kind}, lo que ningún paquete tiene.</translation>
    </message>
    <message>
        <source>  PROBLEM: {problem}</source>
        <translation>  PROBLEMA: {problem}</translation>
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
        <extracomment>The zones an outline on the map can be (a zone&apos;s own name may add &quot;Core area 2: Makalu&quot;). When outlines overlap, a point belongs to the most protected zone holding it.</extracomment>
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
        <extracomment>The network&apos;s thematic working groups (WNMBR workshop, 2023): a good practice&apos;s theme.</extracomment>
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
        <source>{mark}:  {text}</source>
        <translation>{mark}:  {text}</translation>
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
        <source>assessment</source>
        <extracomment>The title an objective gets when a next step is the first action of its pillar.</extracomment>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
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
        <translation>Reserva</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
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
        <source>Objective {objective_id} no longer exists.</source>
        <translation>El objetivo {objective_id} ya no existe.</translation>
    </message>
    <message>
        <source>Answer {answer_id} no longer exists.</source>
        <translation>La respuesta {answer_id} ya no existe.</translation>
    </message>
    <message>
        <source>Participant</source>
        <extracomment>A version of the summary; an older one is worked out again from the member&apos;s data. [lat, lon, how it was placed: &quot;zones&quot;, &quot;observations&quot; or &quot;country&quot;] actions per pillar 1-4 [pillar, title, status label] per action, in the plan&apos;s order SDG / GBF number (as text: JSON keys) to the number of actions serving it the latest self-assessment: [date, overall percent or None] kind to [status label, has a file] {uuid, title, theme} per good practice the package: its file name, when it was written (UTC, ISO), its checksum</extracomment>
        <translation>Participante</translation>
    </message>
    <message>
        <source>participation summary</source>
        <translation>resumen de la participación</translation>
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
        <source>training evaluation</source>
        <translation>evaluación de la formación</translation>
    </message>
    <message>
        <source>Rating: Biodiversity Conservation and Monitoring</source>
        <translation>Valoración: Conservación y monitoreo de la biodiversidad</translation>
    </message>
    <message>
        <source>Rating: Protected Area Management</source>
        <translation>Valoración: Gestión de áreas protegidas</translation>
    </message>
    <message>
        <source>Rating: Sustainable Development and Climate Action</source>
        <translation>Valoración: Desarrollo sostenible y acción climática</translation>
    </message>
    <message>
        <source>Rating: Community Engagement and Co-management</source>
        <translation>Valoración: Participación comunitaria y cogestión</translation>
    </message>
    <message>
        <source>Rating: organisation</source>
        <translation>Valoración: organización</translation>
    </message>
    <message>
        <source>Rating: field visits</source>
        <translation>Valoración: visitas de campo</translation>
    </message>
    <message>
        <source>Rating: overall</source>
        <translation>Valoración: general</translation>
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
        <source>follow-up item</source>
        <translation>elemento de seguimiento</translation>
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
        <extracomment>The log&apos;s columns: key -&gt; (header, SQL expression).</extracomment>
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
        <extracomment>The map-zone filter&apos;s value for &quot;recorded in another zone than the map&apos;s&quot;.</extracomment>
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
        <source>decimal degrees, or 27°59&apos;17&quot;N</source>
        <translation>grados decimales, o 27°59&apos;17&quot;N</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>decimal degrees, or 86°55&apos;30&quot;E</source>
        <translation>grados decimales, o 86°55&apos;30&quot;E</translation>
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
        <source>observation</source>
        <translation>observación</translation>
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
        <source>action plan</source>
        <translation>plan de acción</translation>
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
        <source>Action plan {plan_id} no longer exists.</source>
        <translation>El plan de acción {plan_id} ya no existe.</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objetivo</translation>
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
        <source>action</source>
        <translation>acción</translation>
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
        <source>must be a three-letter ISO code such as USD or NPR (got &apos;{currency}&apos;)</source>
        <translation>debe ser un código ISO de tres letras como USD o NPR (se recibió &apos;{currency}&apos;)</translation>
    </message>
    <message>
        <source>good practice</source>
        <extracomment>The extra values a practice takes besides its fields: links kept in other tables.</extracomment>
        <translation>buena práctica</translation>
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
        <source>No good practice is called &apos;{title}&apos;. The practices: {known}.</source>
        <translation>Ninguna buena práctica se llama &apos;{title}&apos;. Las prácticas: {known}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; could be any of: {names}. Give more of the title.</source>
        <translation>&apos;{title}&apos; puede ser cualquiera de: {names}. Dé más del título.</translation>
    </message>
    <message>
        <source>good practice&apos;s action</source>
        <translation>acción de la buena práctica</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <source>good practice&apos;s observation</source>
        <translation>observación de la buena práctica</translation>
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
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
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
        <source>reserve</source>
        <translation>reserva</translation>
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
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <source>is not a usable outline ({exc})</source>
        <translation>no es un contorno utilizable ({exc})</translation>
    </message>
    <message>
        <source>action&apos;s zone</source>
        <translation>zona de la acción</translation>
    </message>
    <message>
        <source>{n} added ({names})</source>
        <extracomment>located observations, and how many of them fall inside the new zones</extracomment>
        <translation>{n} añadidas ({names})</translation>
    </message>
    <message>
        <source>{n} redrawn ({names})</source>
        <translation>{n} redibujadas ({names})</translation>
    </message>
    <message>
        <source>{n} removed ({names})</source>
        <translation>{n} eliminadas ({names})</translation>
    </message>
    <message>
        <source>Zones: {done}. {inside:,} of {located:,} located observations fall inside them.</source>
        <translation>Zonas: {done}. {inside:,} de {located:,} observaciones localizadas caen dentro de ellas.</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nada cambió</translation>
    </message>
    <message>
        <source>None of your observations is inside these zones: is this the right file?</source>
        <translation>Ninguna de sus observaciones está dentro de estas zonas: ¿es el archivo correcto?</translation>
    </message>
    <message>
        <source>No feature was chosen as a zone: nothing was changed.</source>
        <translation>No se eligió ningún elemento como zona: no se cambió nada.</translation>
    </message>
    <message>
        <source>Two features are both named &apos;{told}&apos; (features {first} and {feature}): give each zone its own name.</source>
        <translation>Dos elementos se llaman &apos;{told}&apos; (elementos {first} y {feature}): dé a cada zona su propio nombre.</translation>
    </message>
    <message>
        <source>Feature {feature} (&apos;{name}&apos;): {exc}</source>
        <translation>Elemento {feature} (&apos;{name}&apos;): {exc}</translation>
    </message>
    <message>
        <source>There are no zones on the map to export.</source>
        <translation>No hay zonas en el mapa que exportar.</translation>
    </message>
    <message>
        <source>The layer has no field &apos;{zone_field}&apos; (its fields: {shown}).</source>
        <translation>La capa no tiene el campo &apos;{zone_field}&apos; (sus campos: {shown}).</translation>
    </message>
    <message>
        <source>{head}
Not served by any action yet</source>
        <translation>{head}
Aún sin ninguna acción</translation>
    </message>
    <message>
        <source>Actions per goal</source>
        <translation>Acciones por objetivo</translation>
    </message>
    <message>
        <source>SDG {number}</source>
        <translation>ODS {number}</translation>
    </message>
    <message>
        <source>GBF {number}</source>
        <translation>MMB {number}</translation>
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
        <extracomment>The action editor&apos;s tabs and the fields on each (tags are the last tab).</extracomment>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>Quién y cuándo</translation>
    </message>
    <message>
        <source>The plan</source>
        <extracomment>the action&apos;s goals and zones as its pickers show them</extracomment>
        <translation>El plan</translation>
    </message>
    <message>
        <source>Your plan&apos;s title, period and vision. Select an objective or an action on the left to edit it.</source>
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
        <source>No zones on the map yet: &lt;a href=&apos;map&apos;&gt;import their outlines on the Map page&lt;/a&gt;, then tick here the ones this action applies to.</source>
        <translation>Aún no hay zonas en el mapa: &lt;a href=&apos;map&apos;&gt;importe sus contornos en la página Mapa&lt;/a&gt; y marque aquí aquellas a las que se aplica esta acción.</translation>
    </message>
    <message>
        <source>A next step of the self-assessment of {assessed_on:%Y-%m-%d}, question {question_code}{title}. &lt;a href=&apos;effectiveness&apos;&gt;Open Effectiveness&lt;/a&gt;</source>
        <translation>Un siguiente paso de la autoevaluación del {assessed_on:%Y-%m-%d}, pregunta {question_code}{title}. &lt;a href=&apos;effectiveness&apos;&gt;Abrir Efectividad&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Change SDG tags</source>
        <translation>Cambiar etiquetas ODS</translation>
    </message>
    <message>
        <source>Change GBF tags</source>
        <translation>Cambiar etiquetas del MMB</translation>
    </message>
    <message>
        <source>Change zones</source>
        <translation>Cambiar zonas</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}; font-size:14pt&apos;&gt;■&lt;/span&gt; &lt;b&gt;Pillar {number}: {name}&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}; font-size:14pt&apos;&gt;■&lt;/span&gt; &lt;b&gt;Pilar {number}: {name}&lt;/b&gt;</translation>
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
        <extracomment>The find box&apos;s least width, and a filter choice&apos;s width in letters.</extracomment>
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
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>min {unit}</source>
        <extracomment>A number was typed or changed.</extracomment>
        <translation>mín. {unit}</translation>
    </message>
    <message>
        <source>Lowest {what}</source>
        <translation>{what} mínima</translation>
    </message>
    <message>
        <source>max {unit}</source>
        <translation>máx. {unit}</translation>
    </message>
    <message>
        <source>Highest {what}</source>
        <translation>{what} máxima</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
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
        <source>The zone the coordinates fall in, on the Map page&apos;s zones</source>
        <translation>La zona en la que caen las coordenadas, según las zonas de la página Mapa</translation>
    </message>
    <message>
        <source>elevation</source>
        <translation>altitud</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <source>Bring data from an earlier brdesk</source>
        <translation>Traer datos de un brdesk anterior</translation>
    </message>
    <message>
        <source>The folder of the earlier brdesk (or its brdesk-data folder)</source>
        <translation>La carpeta del brdesk anterior (o su carpeta brdesk-data)</translation>
    </message>
    <message>
        <source>Copy this data into {root} and bring it up to date?</source>
        <translation>¿Copiar estos datos en {root} y actualizarlos?</translation>
    </message>
    <message>
        <source>{v0}

The earlier folder is not changed: it stays as it is, a complete copy to go back to.</source>
        <translation>{v0}

La carpeta anterior no cambia: queda como está, una copia completa a la que volver.</translation>
    </message>
    <message>
        <source>Bring my data</source>
        <translation>Traer mis datos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your data from {root} is here.</source>
        <translation>Sus datos de {root} están aquí.</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>the backup the user chose to restore, read by the caller after exec()</extracomment>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>brdesk backs up your data every day it is used, before every import, upgrade and restore, and keeps the recent ones. They are in {backups}.</source>
        <translation>brdesk hace una copia de sus datos cada día que se usa, antes de cada importación, actualización y restauración, y conserva las recientes. Están en {backups}.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Copiar &amp;ahora</translation>
    </message>
    <message>
        <source>Save a copy &amp;with photos…</source>
        <translation>Guardar una copia &amp;con fotos…</translation>
    </message>
    <message>
        <source>A .zip with the database and every attachment</source>
        <translation>Un .zip con la base de datos y todos los adjuntos</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurar desde un &amp;archivo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>No backups yet: &apos;Back up now&apos; makes the first.</source>
        <translation>Aún no hay copias: «Copiar ahora» hace la primera.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>Backup written: {name}</source>
        <translation>Copia escrita: {name}</translation>
    </message>
    <message>
        <source>Save a copy with photos</source>
        <translation>Guardar una copia con fotos</translation>
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <source>Archive written: {path}</source>
        <translation>Archivo escrito: {path}</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <source>Make the next step a plan action</source>
        <translation>Convertir el siguiente paso en una acción del plan</translation>
    </message>
    <message>
        <source>{code} · {title}: the next step becomes an action of your plan, linked to this answer. You can edit it in the plan afterwards.</source>
        <translation>{code} · {title}: el siguiente paso pasa a ser una acción de su plan, vinculada a esta respuesta. Podrá editarla después en el plan.</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Título de la acción</translation>
    </message>
    <message>
        <source>From the management-effectiveness assessment of {assessed_on:%Y-%m-%d}, question {code} ({title}).</source>
        <translation>De la evaluación de la efectividad de la gestión del {assessed_on:%Y-%m-%d}, pregunta {code} ({title}).</translation>
    </message>
    <message>
        <source>
Next step: {next_step}</source>
        <translation>
Siguiente paso: {next_step}</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Descripción de la acción</translation>
    </message>
    <message>
        <source>Action title*</source>
        <translation>Título de la acción*</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Añadir al plan</translation>
    </message>
    <message>
        <source>A new objective: “{FOLLOW_UP_OBJECTIVE}”</source>
        <translation>Un nuevo objetivo: «{FOLLOW_UP_OBJECTIVE}»</translation>
    </message>
    <message>
        <source>Action title: is required</source>
        <translation>Título de la acción: es obligatorio</translation>
    </message>
    <message>
        <source>Edit observation</source>
        <translation>Editar observación</translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation>Añadir una observación</translation>
    </message>
    <message>
        <source>Photos (copied into your data folder)</source>
        <translation>Fotos (se copian en su carpeta de datos)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Añadir foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>A record with the same date, place and taxon or subject is already in the log.</source>
        <translation>Ya hay en el registro una observación con la misma fecha, lugar y taxón o tema.</translation>
    </message>
    <message>
        <source>Save this one anyway?</source>
        <translation>¿Guardar esta de todos modos?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>Añadir observación</translation>
    </message>
    <message>
        <source>All my data: profile, reserve, plan, follow-up, observations and their files</source>
        <translation>Todos mis datos: perfil, reserva, plan, seguimiento, observaciones y sus archivos</translation>
    </message>
    <message>
        <source>Observations of a date range, with their files</source>
        <translation>Observaciones de un intervalo de fechas, con sus archivos</translation>
    </message>
    <message>
        <source>The action plan only</source>
        <translation>Solo el plan de acción</translation>
    </message>
    <message>
        <source>Package for another laptop</source>
        <translation>Paquete para otro portátil</translation>
    </message>
    <message>
        <source>A package carries your records to another brdesk, on a stick or by e-mail. Importing it there adds what is new and keeps the newer version of anything edited on both laptops. Importing the same package twice changes nothing.</source>
        <translation>Un paquete lleva sus registros a otro brdesk, en una memoria o por correo. Al importarlo allí se añade lo nuevo y se conserva la versión más reciente de lo que se editó en ambos portátiles. Importar el mismo paquete dos veces no cambia nada.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Save package…</source>
        <translation>Guardar paquete…</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <source>Writing {v0} to {name}…</source>
        <translation>Escribiendo {v0} en {name}…</translation>
    </message>
    <message>
        <source>Written to {path}
{v0}</source>
        <translation>Escrito en {path}
{v0}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>Reading {name} and comparing it with your data…</source>
        <translation>Leyendo {name} y comparándolo con sus datos…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is what importing the package would do.&lt;/b&gt; A backup of your data is taken first; nothing is changed until you press Import.</source>
        <translation>&lt;b&gt;Esto es lo que haría la importación del paquete.&lt;/b&gt; Primero se hace una copia de sus datos; nada cambia hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to import:&lt;/b&gt; you have everything in this package.</source>
        <translation>&lt;b&gt;Nada que importar:&lt;/b&gt; ya tiene todo lo de este paquete.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source> {v0} conflicts are listed below.</source>
        <translation> Abajo se enumeran {v0} conflictos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported.&lt;/b&gt;{conflicts} The undo history was cleared.</source>
        <translation>&lt;b&gt;Importado.&lt;/b&gt;{conflicts} Se vació el historial para deshacer.</translation>
    </message>
    <message>
        <source>Import a package from another laptop</source>
        <translation>Importar un paquete de otro portátil</translation>
    </message>
    <message>
        <source>Add example objectives</source>
        <translation>Añadir objetivos de ejemplo</translation>
    </message>
    <message>
        <source>Tick the examples that fit your reserve. Each adds an objective with its actions, indicators and SDG/GBF tags, which you can then adapt. Undo removes them again.</source>
        <translation>Marque los ejemplos que encajan con su reserva. Cada uno añade un objetivo con sus acciones, indicadores y etiquetas ODS/MMB, que luego puede adaptar. Deshacer los vuelve a quitar.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Example objectives</source>
        <translation>Objetivos de ejemplo</translation>
    </message>
    <message>
        <source>SDG {v0}; GBF {v1}</source>
        <translation>ODS {v0}; MMB {v1}</translation>
    </message>
    <message>
        <source>Add to my plan</source>
        <translation>Añadir a mi plan</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Import zones</source>
        <translation>Importar zonas</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln polygon(s)</source>
        <translation>
            <numerusform>%Ln polígono</numerusform>
            <numerusform>%Ln polígonos</numerusform>
        </translation>
    </message>
    <message>
        <source>Zone read from:</source>
        <translation>Zona leída de:</translation>
    </message>
    <message>
        <source>Field that names the zone</source>
        <translation>Campo que da el nombre de la zona</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Pasa a ser</translation>
    </message>
    <message>
        <source>Features of the file</source>
        <translation>Elementos del archivo</translation>
    </message>
    <message>
        <source>Replace the zones</source>
        <translation>Reemplazar las zonas</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <source>What feature {number} becomes</source>
        <translation>En qué se convierte el elemento {number}</translation>
    </message>
    <message>
        <source>Name of feature {number}</source>
        <translation>Nombre del elemento {number}</translation>
    </message>
    <message>
        <source>No polygons in this layer.</source>
        <translation>No hay polígonos en esta capa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{v0} of {v1} features become zones.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{v0} de {v1} elementos pasan a ser zonas.&lt;/b&gt;</translation>
    </message>
    <message>
        <source> They replace the {v0} zones on the map</source>
        <translation> Reemplazan las {v0} zonas del mapa</translation>
    </message>
    <message>
        <source>; redrawn, keeping the actions that name them: {v0}</source>
        <translation>; se redibujan, conservando las acciones que las nombran: {v0}</translation>
    </message>
    <message>
        <source>; removed: {names}</source>
        <translation>; se eliminan: {names}</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#B00020&apos;&gt;Give every zone a name.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#B00020&apos;&gt;Dé un nombre a cada zona.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{v0} The undo history was cleared.</source>
        <translation>{v0} Se vació el historial para deshacer.</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>Exportar el plan de acción</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln acción escrita en {path}.</numerusform>
            <numerusform>%Ln acciones escritas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the self-assessments</source>
        <translation>Exportar las autoevaluaciones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln respuesta escrita en {path}.</numerusform>
            <numerusform>%Ln respuestas escritas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive locations</source>
        <translation>Ubicaciones sensibles</translation>
    </message>
    <message>
        <source>Records marked sensitive get coordinates generalised to a 0.1-degree grid.</source>
        <translation>Los registros marcados como sensibles llevan coordenadas generalizadas a una cuadrícula de 0,1 grados.</translation>
    </message>
    <message>
        <source>Keep exact coordinates instead? Only for your own use: never for files you share.</source>
        <translation>¿Conservar en cambio las coordenadas exactas? Solo para uso propio: nunca en archivos que comparta.</translation>
    </message>
    <message>
        <source>Keep exact coordinates</source>
        <translation>Conservar coordenadas exactas</translation>
    </message>
    <message>
        <source>Generalise them</source>
        <translation>Generalizarlas</translation>
    </message>
    <message>
        <source>Export observations</source>
        <translation>Exportar observaciones</translation>
    </message>
    <message>
        <source> (the records shown)</source>
        <translation> (los registros mostrados)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) written to {path}</source>
        <translation>
            <numerusform>%Ln acción escrita en {path}</numerusform>
            <numerusform>%Ln acciones escritas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) written to {path}</source>
        <translation>
            <numerusform>%Ln respuesta escrita en {path}</numerusform>
            <numerusform>%Ln respuestas escritas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the report is incomplete (%Ln gap(s)):</source>
        <translation>
            <numerusform>Nota: el informe está incompleto (%Ln carencia):</numerusform>
            <numerusform>Nota: el informe está incompleto (%Ln carencias):</numerusform>
        </translation>
    </message>
    <message>
        <source>  - {gap}</source>
        <translation>  - {gap}</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Informe escrito en {path}</translation>
    </message>
    <message>
        <source>Case study of &apos;{title}&apos; written to {path}</source>
        <translation>Estudio de caso de «{title}» escrito en {path}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln observación escrita en {path}.</numerusform>
            <numerusform>%Ln observaciones escritas en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dashboard (%Ln panel(s)) written to {path}</source>
        <translation>
            <numerusform>Panel (%Ln gráfico) escrito en {path}</numerusform>
            <numerusform>Panel (%Ln gráficos) escrito en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to choose observations: they do not go with --only plan.</source>
        <translation>--from y --to eligen observaciones: no van con --only plan.</translation>
    </message>
    <message>
        <source>Package of {what} written to {path}</source>
        <translation>Paquete de {what} escrito en {path}</translation>
    </message>
    <message>
        <source>  {written}</source>
        <translation>  {written}</translation>
    </message>
    <message>
        <source>Zones are written as GeoJSON: name the file OUT.geojson, not &apos;{name}&apos;.</source>
        <translation>Las zonas se escriben en GeoJSON: llame al archivo OUT.geojson, no &apos;{name}&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) written to {path}</source>
        <translation>
            <numerusform>%Ln zona escrita en {path}</numerusform>
            <numerusform>%Ln zonas escritas en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>CC-BY 4.0: anyone may use the data, crediting you (GBIF&apos;s most common)</source>
        <extracomment>The licences GBIF accepts, as offered (the key export_observations takes, the label).</extracomment>
        <translation>CC-BY 4.0: cualquiera puede usar los datos, citándole (la más común en GBIF)</translation>
    </message>
    <message>
        <source>CC0 1.0: public domain, no conditions</source>
        <translation>CC0 1.0: dominio público, sin condiciones</translation>
    </message>
    <message>
        <source>CC-BY-NC 4.0: credit, and no commercial use</source>
        <translation>CC-BY-NC 4.0: citar, y sin uso comercial</translation>
    </message>
    <message>
        <source>Darwin Core Archive</source>
        <translation>Archivo Darwin Core</translation>
    </message>
    <message>
        <source>What should the archive publish?</source>
        <translation>¿Qué debe publicar el archivo?</translation>
    </message>
    <message>
        <source>Species records (occurrences)</source>
        <translation>Registros de especies (ocurrencias)</translation>
    </message>
    <message>
        <source>Measurements: climate, glacier, habitat, threats, socio-economic (sampling events)</source>
        <translation>Mediciones: clima, glaciar, hábitat, amenazas, socioeconómicas (eventos de muestreo)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Under which licence may others use the data?</source>
        <translation>¿Con qué licencia pueden otros usar los datos?</translation>
    </message>
    <message>
        <source>Separators</source>
        <translation>Separadores</translation>
    </message>
    <message>
        <source>Which spreadsheet will open this CSV?</source>
        <translation>¿Qué hoja de cálculo abrirá este CSV?</translation>
    </message>
    <message>
        <source>Excel in French, Spanish, Russian, German and many other languages expects semicolons between columns and decimal commas (2,5); elsewhere, commas and decimal points (2.5).</source>
        <translation>Excel en francés, español, ruso, alemán y muchos otros idiomas espera punto y coma entre columnas y coma decimal (2,5); en otros casos, comas y punto decimal (2.5).</translation>
    </message>
    <message>
        <source>Semicolons, decimal commas</source>
        <translation>Punto y coma, coma decimal</translation>
    </message>
    <message>
        <source>Commas, decimal points</source>
        <translation>Comas, punto decimal</translation>
    </message>
    <message>
        <source>Export the zones</source>
        <translation>Exportar las zonas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln zona escrita en {path}.</numerusform>
            <numerusform>%Ln zonas escritas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>the window&apos;s own background work: the start-up check, a restore</extracomment>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <extracomment>a cohort folder is open: its pages are shown, a personal folder&apos;s hidden</extracomment>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>You are exploring the &lt;b&gt;demo reserve&lt;/b&gt;: made-up data in a separate folder. &lt;a href=&apos;back&apos;&gt;Back to my data&lt;/a&gt;</source>
        <translation>Está explorando la &lt;b&gt;reserva de demostración&lt;/b&gt;: datos inventados en una carpeta aparte. &lt;a href=&apos;back&apos;&gt;Volver a mis datos&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <extracomment>The key of the start-up check in the window&apos;s operations.</extracomment>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>{v0}

This backup cannot be restored. Your data was not changed.</source>
        <translation>{v0}

Esta copia no se puede restaurar. Sus datos no cambiaron.</translation>
    </message>
    <message>
        <source>Replace the data in your data folder with this backup?</source>
        <translation>¿Reemplazar los datos de su carpeta de datos por esta copia?</translation>
    </message>
    <message>
        <source>{v0}

Your current data is backed up first (or, if it is damaged, set aside whole) in {backups}, so this can be undone.</source>
        <translation>{v0}

Sus datos actuales se copian antes (o, si están dañados, se apartan enteros) en {backups}, así que esto se puede deshacer.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia…</translation>
    </message>
    <message>
        <source>Your database is damaged. SQLite reports: {problem}

brdesk will not change the damaged file. </source>
        <translation>Su base de datos está dañada. SQLite informa: {problem}

brdesk no modificará el archivo dañado. </translation>
    </message>
    <message>
        <source>There is no good backup in {backups}. Keep the folder as it is and ask for help: &apos;brdesk check&apos; lists what is wrong.</source>
        <translation>No hay ninguna copia válida en {backups}. Deje la carpeta como está y pida ayuda: «brdesk check» enumera lo que falla.</translation>
    </message>
    <message>
        <source>The newest good backup is:

{v0}

Restore it? The damaged database is kept, whole, in the backups folder.</source>
        <translation>La copia válida más reciente es:

{v0}

¿Restaurarla? La base de datos dañada se conserva entera en la carpeta de copias.</translation>
    </message>
    <message>
        <source>Effectiveness by element</source>
        <extracomment>The radars&apos; width: six short labels need no more, and the tables get the rest. Draws a radar into a view: (view, title, element labels, [(name, percents)]).</extracomment>
        <translation>Efectividad por elemento</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Scores by element</source>
        <translation>Puntuaciones por elemento</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest first&lt;/b&gt;: where a next step helps most</source>
        <translation>&lt;b&gt;Las más débiles primero&lt;/b&gt;: donde un siguiente paso ayuda más</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>En el plan</translation>
    </message>
    <message>
        <source>Weakest questions</source>
        <translation>Preguntas más débiles</translation>
    </message>
    <message>
        <source>Overall: &lt;b&gt;{v0}&lt;/b&gt; of what could be scored · {answered} of {applicable} questions that apply answered</source>
        <translation>En total: &lt;b&gt;{v0}&lt;/b&gt; de lo puntuable · {answered} de {applicable} preguntas aplicables respondidas</translation>
    </message>
    <message>
        <source>{answered} of {applicable}</source>
        <translation>{answered} de {applicable}</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Assessment to compare with</source>
        <translation>Evaluación con la que comparar</translation>
    </message>
    <message>
        <source>Two assessments compared</source>
        <translation>Dos evaluaciones comparadas</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Questions whose level changed</source>
        <translation>Preguntas cuyo nivel cambió</translation>
    </message>
    <message>
        <source>Make a second assessment to compare the two.</source>
        <translation>Haga una segunda evaluación para comparar las dos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not applying</source>
        <translation>
            <numerusform>%Ln pregunta no aplicable</numerusform>
            <numerusform>%Ln preguntas no aplicables</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions by pillar</source>
        <extracomment>The overview&apos;s columns in the window: the four pillars in one (&quot;4 · 3 · 4 · 3&quot;), so that the participant and the reserve keep room at 1366 pixels.</extracomment>
        <translation>Acciones por pilar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Actions under pillars 1, 2, 3 and 4</source>
        <translation>Acciones de los pilares 1, 2, 3 y 4</translation>
    </message>
    <message>
        <source>Goals no reserve serves</source>
        <translation>Objetivos que ninguna reserva atiende</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>Every text of brdesk&apos;s own a chart draws (the user&apos;s titles and names are drawn as typed). A chart_text() of a text missing here stays English: a test checks the list.</extracomment>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>SDGs the reserves serve</source>
        <translation>ODS que atienden las reservas</translation>
    </message>
    <message>
        <source>GBF target</source>
        <translation>Meta del MMB</translation>
    </message>
    <message>
        <source>GBF targets the reserves serve</source>
        <translation>Metas del MMB que atienden las reservas</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
        <source>Kunming-Montreal GBF targets</source>
        <translation>Metas del Marco Mundial de Biodiversidad de Kunming-Montreal</translation>
    </message>
    <message>
        <source>Target {number}</source>
        <translation>Meta {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Served by no reserve&apos;s plan:&lt;/b&gt; {v0}.</source>
        <translation>&lt;b&gt;Ningún plan de reserva los atiende:&lt;/b&gt; {v0}.</translation>
    </message>
    <message>
        <source>Every goal and target is served by at least one reserve&apos;s plan.</source>
        <translation>Cada objetivo y meta lo atiende al menos el plan de una reserva.</translation>
    </message>
    <message>
        <source>No reserve&apos;s plan serves it</source>
        <translation>Ningún plan de reserva lo atiende</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Dibujando el mapa…</translation>
    </message>
    <message>
        <source>The reserves on a world map</source>
        <translation>Las reservas en un mapa del mundo</translation>
    </message>
    <message>
        <source>Which number is which reserve</source>
        <translation>Qué número es cada reserva</translation>
    </message>
    <message>
        <source>placed by its zones</source>
        <translation>situada por sus zonas</translation>
    </message>
    <message>
        <source>placed by its observations</source>
        <translation>situada por sus observaciones</translation>
    </message>
    <message>
        <source>placed by its country</source>
        <translation>situada por su país</translation>
    </message>
    <message>
        <source>The pillar compared</source>
        <translation>El pilar comparado</translation>
    </message>
    <message>
        <source>Biosphere reserve</source>
        <translation>Reserva de biosfera</translation>
    </message>
    <message>
        <source>Actions under this pillar</source>
        <translation>Acciones de este pilar</translation>
    </message>
    <message>
        <source>The plans side by side</source>
        <translation>Los planes lado a lado</translation>
    </message>
    <message>
        <source>The selected practice as a Word case study</source>
        <translation>La práctica seleccionada como estudio de caso en Word</translation>
    </message>
    <message>
        <source>The good-practice catalogue</source>
        <translation>El catálogo de buenas prácticas</translation>
    </message>
    <message>
        <source>Who has sent what: the state of each document in the participant&apos;s latest package (“(file)”: its file is in the package).</source>
        <translation>Quién ha enviado qué: el estado de cada documento en el último paquete del participante («(archivo)»: su archivo está en el paquete).</translation>
    </message>
    <message>
        <source>Follow-up: who has sent what</source>
        <translation>Seguimiento: quién ha enviado qué</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What the programme asks for after the training, with its deadline. Attach the file that satisfies each item (it is copied into your data folder), then prepare a folder to send by e-mail. brdesk sends nothing itself.</source>
        <extracomment>The user asked for the submission folder (the page prepares it: it owns the options).</extracomment>
        <translation>Lo que el programa pide tras la formación, con su plazo. Adjunte el archivo que cumple cada elemento (se copia en su carpeta de datos) y luego prepare una carpeta para enviar por correo. brdesk no envía nada por sí mismo.</translation>
    </message>
    <message>
        <source>Follow-up items</source>
        <translation>Elementos de seguimiento</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Prepare submission folder…</source>
        <translation>Preparar la carpeta de envío…</translation>
    </message>
    <message>
        <source>Copy the report and the scans, well named, into a folder</source>
        <translation>Copiar el informe y los escaneos, bien nombrados, en una carpeta</translation>
    </message>
    <message>
        <source>Fill in your profile on My reserve first: the items follow from the programme you attended.</source>
        <translation>Complete primero su perfil en Mi reserva: los elementos dependen del programa al que asistió.</translation>
    </message>
    <message>
        <source>Due within two weeks</source>
        <translation>Vence en menos de dos semanas</translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation>aún sin archivo</translation>
    </message>
    <message>
        <source>Status of {title}</source>
        <translation>Estado de {title}</translation>
    </message>
    <message>
        <source>Mark {title}</source>
        <translation>Marcar {title}</translation>
    </message>
    <message>
        <source>Attach: {title}</source>
        <translation>Adjuntar: {title}</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <source>No file is attached to this item yet.</source>
        <translation>Este elemento aún no tiene archivo adjunto.</translation>
    </message>
    <message>
        <source>brdesk will not open this file: {refused}.</source>
        <translation>brdesk no abrirá este archivo: {refused}.</translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation>1 – deficiente</translation>
    </message>
    <message>
        <source>2 – fair</source>
        <translation>2 – aceptable</translation>
    </message>
    <message>
        <source>3 – good</source>
        <translation>3 – bueno</translation>
    </message>
    <message>
        <source>4 – very good</source>
        <translation>4 – muy bueno</translation>
    </message>
    <message>
        <source>5 – excellent</source>
        <translation>5 – excelente</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation>Escriba para buscar un país</translation>
    </message>
    <message>
        <source>The practice</source>
        <extracomment>The editor&apos;s tabs of fields, in the form&apos;s order.</extracomment>
        <translation>La práctica</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>Resultados y pruebas</translation>
    </message>
    <message>
        <source>Lessons and scaling</source>
        <translation>Lecciones y ampliación</translation>
    </message>
    <message>
        <source>GBF tags</source>
        <translation>Etiquetas del MMB</translation>
    </message>
    <message>
        <source>plan actions</source>
        <translation>acciones del plan</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>pruebas</translation>
    </message>
    <message>
        <source>Good practice: {title}</source>
        <translation>Buena práctica: {title}</translation>
    </message>
    <message>
        <source>Plan and goals</source>
        <translation>Plan y objetivos</translation>
    </message>
    <message>
        <source>Observations that show it worked</source>
        <translation>Observaciones que muestran que funcionó</translation>
    </message>
    <message>
        <source>Observations linked as evidence</source>
        <translation>Observaciones vinculadas como pruebas</translation>
    </message>
    <message>
        <source>Plan actions it grew from or carries out</source>
        <translation>Acciones del plan de las que surgió o que ejecuta</translation>
    </message>
    <message>
        <source>SDGs it serves</source>
        <translation>ODS que atiende</translation>
    </message>
    <message>
        <source>GBF targets it serves</source>
        <translation>Metas del MMB que atiende</translation>
    </message>
    <message>
        <source>Photos of the practice</source>
        <translation>Fotos de la práctica</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message>
        <source>Copied into the data folder; the case study shows three</source>
        <translation>Se copian en la carpeta de datos; el estudio de caso muestra tres</translation>
    </message>
    <message>
        <source>Plan actions linked</source>
        <translation>Acciones del plan vinculadas</translation>
    </message>
    <message>
        <source>Plan actions (none in the plan yet)</source>
        <translation>Acciones del plan (aún no hay en el plan)</translation>
    </message>
    <message>
        <source>To add some: on the Observations page, select the records and press &lt;i&gt;Link to a good practice…&lt;/i&gt;</source>
        <translation>Para añadir: en la página Observaciones, seleccione los registros y pulse &lt;i&gt;Vincular a una buena práctica…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>None linked yet. {hint}</source>
        <translation>Aún no hay vínculos. {hint}</translation>
    </message>
    <message>
        <source>&lt;br&gt;… and {v0} more</source>
        <translation>&lt;br&gt;… y {v0} más</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;{hint}</source>
        <translation>&lt;br&gt;&lt;br&gt;{hint}</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>Aún no hay fotos.</translation>
    </message>
    <message>
        <source> · &lt;a href=&apos;remove:{0}&apos;&gt;remove&lt;/a&gt;</source>
        <translation> · &lt;a href=&apos;remove:{0}&apos;&gt;quitar&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Change the practice&apos;s {v0}</source>
        <translation>Cambiar {v0} de la práctica</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>Abrir foto</translation>
    </message>
    <message>
        <source>Remove {original_name} from this practice?</source>
        <translation>¿Quitar {original_name} de esta práctica?</translation>
    </message>
    <message>
        <source>The file is deleted from the data folder.</source>
        <translation>El archivo se borra de la carpeta de datos.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>The fields a preview shows of each row to import.</extracomment>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>Para importar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Rejected ({count})</source>
        <translation>Rechazadas ({count})</translation>
    </message>
    <message>
        <source>The first {v0} of {rejected_total} rejected rows</source>
        <translation>Las primeras {v0} de {rejected_total} filas rechazadas</translation>
    </message>
    <message>
        <source>To import ({accepted})</source>
        <translation>Para importar ({accepted})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{accepted}&lt;/b&gt; rows to import</source>
        <translation>&lt;b&gt;{accepted}&lt;/b&gt; filas para importar</translation>
    </message>
    <message>
        <source>; the first {v0} listed</source>
        <translation>; se muestran las primeras {v0}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#B00020&apos;&gt;{count}&lt;/b&gt; rejected (see why{listed})</source>
        <translation>&lt;b style=&apos;color:#B00020&apos;&gt;{count}&lt;/b&gt; rechazadas (vea por qué{listed})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in brdesk (imported before)</source>
        <translation>
            <numerusform>%Ln ya en brdesk (importada antes)</numerusform>
            <numerusform>%Ln ya en brdesk (importadas antes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {code}: {title}</source>
        <extracomment>The user asked to make the next step an action (answer id).</extracomment>
        <translation>Pregunta {code}: {title}</translation>
    </message>
    <message>
        <source>Does not apply here (say why)</source>
        <translation>No se aplica aquí (diga por qué)</translation>
    </message>
    <message>
        <source>{code} level {level}: {description}</source>
        <translation>{code} nivel {level}: {description}</translation>
    </message>
    <message>
        <source>Comment and next step for {code}</source>
        <translation>Comentario y siguiente paso de {code}</translation>
    </message>
    <message>
        <source>Evidence for {code}</source>
        <translation>Pruebas de {code}</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Adjuntar prueba…</translation>
    </message>
    <message>
        <source>Make it a plan action…</source>
        <translation>Convertirlo en acción del plan…</translation>
    </message>
    <message>
        <source>Turn the next step into an action of your plan</source>
        <translation>Convertir el siguiente paso en una acción de su plan</translation>
    </message>
    <message>
        <source>Does not apply: {not_applicable_reason}</source>
        <translation>No se aplica: {not_applicable_reason}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abrir</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>quitar</translation>
    </message>
    <message>
        <source>Evidence: </source>
        <translation>Pruebas: </translation>
    </message>
    <message>
        <source>In the plan: {action}</source>
        <translation>En el plan: {action}</translation>
    </message>
    <message>
        <source>Why does “{title}” not apply to your reserve?</source>
        <translation>¿Por qué «{title}» no se aplica a su reserva?</translation>
    </message>
    <message>
        <source>Answer {code}</source>
        <translation>Responder {code}</translation>
    </message>
    <message>
        <source>{name} is no longer here</source>
        <translation>{name} ya no está aquí</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Abrir prueba</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar prueba</translation>
    </message>
    <message>
        <source>Remove {name} from this answer?</source>
        <translation>¿Quitar {name} de esta respuesta?</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Adjuntar prueba</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;{text}&lt;/h3&gt;&lt;span style=&apos;color:#555555&apos;&gt;{question}&lt;/span&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;{text}&lt;/h3&gt;&lt;span style=&apos;color:#555555&apos;&gt;{question}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Map of the reserve</source>
        <extracomment>Scene units per degree of latitude (Qt&apos;s scene works best with numbers well above 1). Ground distances a scale bar may show, in metres.</extracomment>
        <translation>Mapa de la reserva</translation>
    </message>
    <message>
        <source>Wheel or + and - to zoom, drag to move, 0 to see everything</source>
        <translation>Rueda o + y - para acercar, arrastre para mover, 0 para verlo todo</translation>
    </message>
    <message>
        <source>No zones yet: import their outlines (Import zones…).</source>
        <translation>Aún no hay zonas: importe sus contornos (Importar zonas…).</translation>
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
        <translation>Convertir esta carpeta en una cohorte</translation>
    </message>
    <message>
        <source>{root} becomes a cohort folder: it gathers your participants&apos; packages, each kept apart and read-only.</source>
        <translation>{root} pasa a ser una carpeta de cohorte: reúne los paquetes de sus participantes, cada uno aparte y de solo lectura.</translation>
    </message>
    <message>
        <source>Your own reserve&apos;s data belongs in another folder: a cohort folder holds no profile, plan or observations of its own.</source>
        <translation>Los datos de su propia reserva van en otra carpeta: una carpeta de cohorte no tiene perfil, plan ni observaciones propios.</translation>
    </message>
    <message>
        <source>Make it a cohort</source>
        <translation>Convertirla en cohorte</translation>
    </message>
    <message>
        <source>Bringing your data up to date for this version of brdesk.
A backup copy is made first; this can take a minute for large logs…</source>
        <extracomment>After the data is open: well after start-up is measured done (about 1 s). SQLite&apos;s check of the whole file and the daily backup, after start-up too.</extracomment>
        <translation>Actualizando sus datos para esta versión de brdesk.
Primero se hace una copia; con registros grandes puede tardar un minuto…</translation>
    </message>
    <message>
        <source>The office database could not be reached: this computer&apos;s own records</source>
        <translation>No se pudo conectar con la base de datos de la oficina: registros propios de este equipo</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>The office database could not be opened.

{exc}</source>
        <translation>No se pudo abrir la base de datos de la oficina.

{exc}</translation>
    </message>
    <message>
        <source>The data folder could not be opened.

{exc}</source>
        <translation>No se pudo abrir la carpeta de datos.

{exc}</translation>
    </message>
    <message>
        <source>Changes saved by %1 are shown</source>
        <translation>Se muestran los cambios guardados por %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {v0} You can look at everything and export to another folder; nothing can be changed here.</source>
        <translation>&lt;b&gt;Solo lectura.&lt;/b&gt; {v0} Puede verlo todo y exportar a otra carpeta; aquí no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Data folder in use</source>
        <translation>Carpeta de datos en uso</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Two brdesk changing one folder could undo each other&apos;s work. Look at it read-only here (and export what you need), or close the other one (or let it finish) and try again.</source>
        <translation>Dos brdesk cambiando una misma carpeta podrían deshacer el trabajo del otro. Mírela aquí en solo lectura (y exporte lo que necesite), o cierre el otro (o deje que termine) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{who} is working in this folder; changes are made there. Close it and open this folder again to make your own.</source>
        <translation>{who} está trabajando en esta carpeta; los cambios se hacen allí. Ciérrelo y vuelva a abrir esta carpeta para hacer los suyos.</translation>
    </message>
    <message>
        <source>Your data could not be opened.

{exc}</source>
        <translation>No se pudieron abrir sus datos.

{exc}</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Restaurarla</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Your data as it was before is kept in {previous}.</source>
        <translation>Sus datos tal como estaban se conservan en {previous}.</translation>
    </message>
    <message>
        <source>The backup {name} was restored. {kept}</source>
        <translation>Se restauró la copia {name}. {kept}</translation>
    </message>
    <message>
        <source> Details are in the log folder of your data folder.</source>
        <extracomment>Set by bench/startup.py: print when the window shows and when the data is in, then quit. How long a thread may hold the interpreter before another waiting for it gets a turn. Python&apos;s 5 ms default means the GUI thread waits up to 5 ms at every call into Python while a worker draws charts; many such waits in one repaint add up to a visible stall.</extracomment>
        <translation> Los detalles están en la carpeta de registros de su carpeta de datos.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your data is safe: every change saved before this is in the database.{where}</source>
        <translation>Algo salió mal: {error}

Sus datos están a salvo: cada cambio guardado antes de esto está en la base de datos.{where}</translation>
    </message>
    <message>
        <source>Something went wrong: {exc}. Details are in the log folder.</source>
        <translation>Algo salió mal: {exc}. Los detalles están en la carpeta de registros.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <source>Show theirs</source>
        <translation>Mostrar el suyo</translation>
    </message>
    <message>
        <source>Keep mine saves your change over theirs. Show theirs puts their version on screen; your change is not saved.</source>
        <translation>Conservar el mío guarda su cambio sobre el suyo. Mostrar el suyo pone su versión en pantalla; su cambio no se guarda.</translation>
    </message>
    <message>
        <source>Make a next step a plan action</source>
        <extracomment>The user chose to save over someone else&apos;s change (see execute).</extracomment>
        <translation>Convertir un siguiente paso en acción del plan</translation>
    </message>
    <message>
        <source>{title}: double-click or press Enter to open it larger, with zoom</source>
        <extracomment>Double-click or Enter: the user wants the chart larger, with zoom. The panel the pixels were drawn from. &quot;here&quot; or &quot;helper&quot; (the chart helper process drew it)</extracomment>
        <translation>{title}: doble clic o Intro para abrirlo más grande, con zoom</translation>
    </message>
    <message>
        <source>Drawing {title}…</source>
        <translation>Dibujando {title}…</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <extracomment>A typed value was refused, or a refused one mended or dropped. False in dialogs: fields are checked as they are left, saved together on OK. Fields whose typed text was refused: the text stays in its editor, marked, with its message, until the user changes it or another record is shown. Shown, not edited: the folder is open read-only (set_read_only).</extracomment>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>not saved: {v0} {problem}</source>
        <translation>no guardado: {v0} {problem}</translation>
    </message>
    <message>
        <source>Create {thing}</source>
        <translation>Crear {thing}</translation>
    </message>
    <message>
        <source>{name}, line {v0}: byte 0x{byte:02X} is not UTF-8, though the rest of the file is. The file is damaged or mixes encodings: open it in a spreadsheet and save it again as CSV UTF-8. Nothing was imported.</source>
        <extracomment>Opens a file&apos;s (or an archive member&apos;s) bytes for one pass. Among legacy encodings that read a file equally well, the one Excel on most Windows computers writes &quot;CSV&quot; in comes first (charset-normalizer cannot tell cp1252 from cp1250 on French text, and would turn &quot;Espèce&quot; into &quot;Espčce&quot;). Above this share of odd characters the detected encoding is a guess: refuse instead. Bytes read at a time when checking an encoding, and the most kept for detecting one.</extracomment>
        <translation>{name}, línea {v0}: el byte 0x{byte:02X} no es UTF-8, aunque el resto del archivo sí. El archivo está dañado o mezcla codificaciones: ábralo en una hoja de cálculo y guárdelo de nuevo como CSV UTF-8. No se importó nada.</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not an encoding brdesk knows.</source>
        <translation>&apos;{encoding}&apos; no es una codificación que brdesk conozca.</translation>
    </message>
    <message>
        <source>{name}, line {v0}: byte 0x{byte:02X} cannot be read as {encoding}. Choose another encoding, or save the file as CSV UTF-8.</source>
        <translation>{name}, línea {v0}: el byte 0x{byte:02X} no se puede leer como {encoding}. Elija otra codificación o guarde el archivo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name}: the file is not UTF-8, and its encoding cannot be told for sure. Save it as CSV UTF-8 in your spreadsheet, or name the encoding (--encoding, or the Encoding list of the import window). Nothing was imported.</source>
        <translation>{name}: el archivo no es UTF-8 y no se puede saber con certeza su codificación. Guárdelo como CSV UTF-8 en su hoja de cálculo o indique la codificación (--encoding, o la lista Codificación de la ventana de importación). No se importó nada.</translation>
    </message>
    <message>
        <source>Western European (cp1252)</source>
        <extracomment>Encodings a user may choose for a CSV (the ANSI code pages of the participants&apos; Windows, and the Unicode ones).</extracomment>
        <translation>Europa occidental (cp1252)</translation>
    </message>
    <message>
        <source>Central European (cp1250)</source>
        <translation>Europa central (cp1250)</translation>
    </message>
    <message>
        <source>Cyrillic (cp1251)</source>
        <translation>Cirílico (cp1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cirílico (KOI8-R)</translation>
    </message>
    <message>
        <source>Turkish (cp1254)</source>
        <translation>Turco (cp1254)</translation>
    </message>
    <message>
        <source>Arabic (cp1256)</source>
        <translation>Árabe (cp1256)</translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030)</source>
        <translation>Chino simplificado (GB18030)</translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation>Chino tradicional (Big5)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>Japonés (Shift-JIS)</translation>
    </message>
    <message>
        <source>Korean (cp949)</source>
        <translation>Coreano (cp949)</translation>
    </message>
    <message>
        <source>Thai (cp874)</source>
        <translation>Tailandés (cp874)</translation>
    </message>
    <message>
        <source>UTC offset (+05:45)</source>
        <extracomment>Observation fields a column can feed, in the order forms show them. Labels of the fields that are not observation fields themselves (they are converted).</extracomment>
        <translation>Desfase UTC (+05:45)</translation>
    </message>
    <message>
        <source>UTM easting (m)</source>
        <translation>UTM este (m)</translation>
    </message>
    <message>
        <source>UTM northing (m)</source>
        <translation>UTM norte (m)</translation>
    </message>
    <message>
        <source>UTM zone (45R, 18 south)</source>
        <translation>Zona UTM (45R, 18 sur)</translation>
    </message>
    <message>
        <source>{origin} is not a brdesk column mapping ({exc}).</source>
        <extracomment>observation field -&gt; column name a column holding &quot;lat lon [altitude [accuracy]]&quot; (KoBo and ODK geopoints) a column holding the record&apos;s id in the source tool, for re-imports values for fields no column gives (category &quot;species&quot; for a species list, say) a column whose value the coordinate uncertainty is never below (iNaturalist&apos;s public_positional_accuracy: an obscured record is only known to ~28 km) field -&gt; the column a form writes the text of an &quot;other&quot; answer in a second id column, for rows the first leaves empty (GBIF&apos;s gbifID): such a row is known as &quot;&lt;column&gt;:&lt;value&gt;&quot; a form&apos;s select questions: question name -&gt; {choice name: label}, read from its XLSForm (choice_form names the file), so choice names import as their labels</extracomment>
        <translation>{origin} no es una correspondencia de columnas de brdesk ({exc}).</translation>
    </message>
    <message>
        <source>{origin}: &apos;{v0}&apos; is not an observation field.</source>
        <translation>{origin}: &apos;{v0}&apos; no es un campo de observación.</translation>
    </message>
    <message>
        <source>{origin}: day_order must be &apos;dmy&apos; or &apos;mdy&apos;.</source>
        <translation>{origin}: day_order debe ser &apos;dmy&apos; o &apos;mdy&apos;.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {v0}.</source>
        <translation>No se puede leer {path}: {v0}.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>taken by you</source>
        <translation>hecha por usted</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an upgrade of brdesk&apos;s data format</source>
        <translation>antes de una actualización del formato de datos de brdesk</translation>
    </message>
    <message>
        <source>before the demo replaced the data</source>
        <translation>antes de que la demostración reemplazara los datos</translation>
    </message>
    <message>
        <source>the damaged database, set aside</source>
        <translation>la base de datos dañada, apartada</translation>
    </message>
    <message>
        <source>an archive with attachments</source>
        <translation>un archivo con adjuntos</translation>
    </message>
    <message>
        <source>Biodiversity Conservation and Monitoring</source>
        <extracomment>The aspects rated, as the report names them; the window says them by their names alone (marked here).</extracomment>
        <translation>Conservación y monitoreo de la biodiversidad</translation>
    </message>
    <message>
        <source>Protected Area Management</source>
        <translation>Gestión de áreas protegidas</translation>
    </message>
    <message>
        <source>Sustainable Development and Climate Action</source>
        <translation>Desarrollo sostenible y acción climática</translation>
    </message>
    <message>
        <source>Community Engagement and Co-management</source>
        <translation>Participación comunitaria y cogestión</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Reserve country</source>
        <translation>País de la reserva</translation>
    </message>
    <message>
        <source>Personal information: your profile is not filled in</source>
        <translation>Datos personales: su perfil no está completado</translation>
    </message>
    <message>
        <source>Personal information: {field} not given</source>
        <translation>Datos personales: falta {field}</translation>
    </message>
    <message>
        <source>Summary of participation: {field} not written</source>
        <translation>Resumen de la participación: falta {field}</translation>
    </message>
    <message>
        <source>Evaluation: {aspect} rating not given</source>
        <translation>Evaluación: falta la valoración de {aspect}</translation>
    </message>
    <message>
        <source>Evaluation: {field} not written</source>
        <translation>Evaluación: falta {field}</translation>
    </message>
    <message>
        <source>Action plan: no actions yet</source>
        <translation>Plan de acción: aún no hay acciones</translation>
    </message>
    <message>
        <source>Management effectiveness: no self-assessment yet</source>
        <translation>Efectividad de la gestión: aún no hay autoevaluación</translation>
    </message>
    <message>
        <source>The reserve&apos;s zones: no outlines on the map yet (Map › Import zones…)</source>
        <translation>Las zonas de la reserva: aún no hay contornos en el mapa (Mapa › Importar zonas…)</translation>
    </message>
    <message>
        <source>Good practices: none documented yet (Good practices page)</source>
        <translation>Buenas prácticas: aún no se ha documentado ninguna (página Buenas prácticas)</translation>
    </message>
    <message>
        <source>Cannot write the report to &apos;{name}&apos;: the name must end in .docx.</source>
        <translation>No se puede escribir el informe en &apos;{name}&apos;: el nombre debe terminar en .docx.</translation>
    </message>
    <message>
        <source>A point inside several zones counts in the most protected (core area, then buffer zone, then transition area) and, within one kind, in the smallest.</source>
        <extracomment>The codes map_zone takes, by their index in the arrays below.</extracomment>
        <translation>Un punto dentro de varias zonas cuenta en la más protegida (zona núcleo, luego zona tampón, luego zona de transición) y, dentro de un mismo tipo, en la más pequeña.</translation>
    </message>
    <message>
        <source>no outline on the map</source>
        <extracomment>A typed area further than this from the map&apos;s is flagged (outlines are drawn at some scale, and nomination figures rounded; a tenth apart is another boundary). For charts and the map widget: (kind, name, polygons as lists of [lon, lat] rings).</extracomment>
        <translation>sin contorno en el mapa</translation>
    </message>
    <message>
        <source>no area typed in the profile</source>
        <translation>sin superficie escrita en el perfil</translation>
    </message>
    <message>
        <source>agrees (within {tolerance:.0%})</source>
        <translation>coincide (con margen del {tolerance:.0%})</translation>
    </message>
    <message>
        <source>the map&apos;s is {difference:.0%} larger</source>
        <translation>la del mapa es un {difference:.0%} mayor</translation>
    </message>
    <message>
        <source>the map&apos;s is {difference:.0%} smaller</source>
        <translation>la del mapa es un {difference:.0%} menor</translation>
    </message>
    <message>
        <source>Not located</source>
        <extracomment>year (0: all years) -&gt; rows, zones in drawing order then outside and not located observations whose recorded zone is not the map&apos;s</extracomment>
        <translation>Sin ubicación</translation>
    </message>
    <message>
        <source>(a zone since removed)</source>
        <translation>(una zona ya eliminada)</translation>
    </message>
    <message>
        <source>brdesk help</source>
        <translation>Ayuda de brdesk</translation>
    </message>
    <message>
        <source>is required</source>
        <extracomment>An extra field&apos;s value a service does not tell (EntityService.extra_value). A human name for messages (&quot;Observation 12 no longer exists&quot;).</extracomment>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>{v0} {record_id} no longer exists.</source>
        <translation>{v0} {record_id} ya no existe.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>{who} changed this {noun} at {when}. {field} now reads: “{theirs}”. Your change was not saved.</source>
        <translation>{who} cambió este registro ({noun}) el {when}. {field} dice ahora: “{theirs}”. Su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Not saved: {who} changed it at {when}.</source>
        <translation>No guardado: {who} lo cambió el {when}.</translation>
    </message>
    <message>
        <source>is too long ({length:,} characters; at most {longest:,})</source>
        <translation>es demasiado largo ({length:,} caracteres; como máximo {longest:,})</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>must be at least {low}</source>
        <translation>debe ser al menos {low}</translation>
    </message>
    <message>
        <source>must be at most {high}</source>
        <translation>debe ser como máximo {high}</translation>
    </message>
    <message>
        <source>must not be after this year, {year}</source>
        <translation>no debe ser posterior a este año, {year}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} está en el futuro</translation>
    </message>
    <message>
        <source>holds a control character (U+{code:04X}) that no text holds</source>
        <extracomment>The type a value already of each kind has: it is not converted again (its limits are still checked). Texts are always looked at (control characters). Control characters no typed text holds (tab, line feed and carriage return aside): a NUL cuts the text short in many programs the data later reaches.</extracomment>
        <translation>contiene un carácter de control (U+{code:04X}) que ningún texto contiene</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <extracomment>The largest whole number SQLite stores.</extracomment>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>must be {what}</source>
        <translation>debe ser {what}</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>debe ser una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>must be between -{limit:g} and {limit:g}</source>
        <translation>debe estar entre -{limit:g} y {limit:g}</translation>
    </message>
    <message>
        <source>must be a time written HH:MM</source>
        <translation>debe ser una hora escrita HH:MM</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>&apos;{text}&apos; no es ninguno de: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an e-mail address</source>
        <translation>&apos;{text}&apos; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country name or a two-letter ISO code such as NP or KE</source>
        <translation>&apos;{text}&apos; no es un nombre de país ni un código ISO de dos letras como NP o KE</translation>
    </message>
    <message>
        <source>{problem} (got {got})</source>
        <extracomment>A short hint shown in the form (placeholder or tooltip).</extracomment>
        <translation>{problem} (se recibió {got})</translation>
    </message>
    <message>
        <source>: latitude and longitude swapped?</source>
        <extracomment>How far beyond the box of the zones on the map a point is said to be far outside (about half a degree: a GPS unit&apos;s error or a neighbouring valley is nearer; swapped latitude and longitude, a missing minus sign or a wrong UTM zone are much further).</extracomment>
        <translation>: ¿latitud y longitud invertidas?</translation>
    </message>
    <message numerus="yes">
        <source>WARNING: %Ln row(s) [lies|lie] more than {km} km outside the reserve&apos;s zones (the first, row {row}, at latitude {lat:g}, longitude {lon:g}{swapped}); they are imported as read</source>
        <translation>
            <numerusform>ATENCIÓN: %Ln fila está a más de {km} km fuera de las zonas de la reserva (la primera, fila {row}, en latitud {lat:g}, longitud {lon:g}{swapped}); se importa tal como se leyó</numerusform>
            <numerusform>ATENCIÓN: %Ln filas están a más de {km} km fuera de las zonas de la reserva (la primera, fila {row}, en latitud {lat:g}, longitud {lon:g}{swapped}); se importan tal como se leyeron</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;other&apos;, but &apos;{column}&apos; does not say what</source>
        <extracomment>The namespace of imported records&apos; UUIDs: uuid5(NAMESPACE, &quot;source:source_id&quot;). Fields read as numbers, whose values tell the file&apos;s decimal mark. The fields an import fills, in the order convert() returns them. A select answer as KoBo&apos;s and ODK&apos;s &quot;XML values&quot; write it: pseudois_nayaur. Values read from another column than their field&apos;s own (a geopoint&apos;s elevation): a value the field declarations refuse is named by where it was read.</extracomment>
        <translation>&apos;other&apos;, pero &apos;{column}&apos; no dice qué</translation>
    </message>
    <message>
        <source>the {field} is missing</source>
        <translation>falta {field}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a choice of this question in the form</source>
        <translation>&apos;{value}&apos; no es una opción de esta pregunta en el formulario</translation>
    </message>
    <message>
        <source>the time itself says {offset}: which is right?</source>
        <translation>la propia hora dice {offset}: ¿cuál es la correcta?</translation>
    </message>
    <message>
        <source>a geopoint needs &apos;latitude longitude&apos;</source>
        <extracomment>A time column holding a date alone (iNaturalist&apos;s observed_on_string when no time was recorded): no time of day, not an error.</extracomment>
        <translation>un geopoint necesita &apos;latitud longitud&apos;</translation>
    </message>
    <message>
        <source>the longitude is missing</source>
        <translation>falta la longitud</translation>
    </message>
    <message>
        <source>the latitude is missing</source>
        <translation>falta la latitud</translation>
    </message>
    <message>
        <source>the UTM easting is missing</source>
        <translation>falta el este UTM</translation>
    </message>
    <message>
        <source>the UTM northing is missing</source>
        <translation>falta el norte UTM</translation>
    </message>
    <message>
        <source>a UTM position needs its zone: map a zone column, or give the file&apos;s zone (&quot;UTM zone&quot; in the mapping&apos;s defaults, such as 45R)</source>
        <translation>una posición UTM necesita su zona: asigne una columna de zona o indique la zona del archivo («Zona UTM» en los valores por defecto de la correspondencia, como 45R)</translation>
    </message>
    <message>
        <source>row {row}, column &apos;{column}&apos; value &apos;{value}&apos;: {reason}</source>
        <extracomment>Columns a checked row waits in (the timestamps are the commit&apos;s). Rejections a preview lists (all are counted): a thousand show what is wrong with a file as well as a million would, in a fraction of the memory. Accepted rows a preview keeps to show.</extracomment>
        <translation>fila {row}, columna &apos;{column}&apos; valor &apos;{value}&apos;: {reason}</translation>
    </message>
    <message>
        <source>row {row}, column &apos;{column}&apos;: {reason}</source>
        <translation>fila {row}, columna &apos;{column}&apos;: {reason}</translation>
    </message>
    <message>
        <source>row {row}, the row: {reason}</source>
        <translation>fila {row}, la fila: {reason}</translation>
    </message>
    <message>
        <source>text read as {encoding}</source>
        <extracomment>rows read from the file (blank rows aside) rows ready to insert the first rows ready to insert, in STAGED_COLUMNS order, to show the first rejections, in row order (REJECTIONS_KEPT at most), and how many in all rows already in the store from an earlier import of the same records the decimal mark the file&apos;s numbers use (None: none of them tells) the text encoding a CSV file was read in (None for a workbook) for an archive: the member read, and the other members left out (repeat tables, media, extensions), which the preview names where the accepted rows wait for the commit media files of the archive, by the name rows give them, and how many the accepted rows name (attached to their observations at the commit) a value of a form export that looks like a choice name, when no form was given rows located far outside the zones on the map, and the first of them (row number, latitude, longitude), said in the preview: swapped coordinates are caught so</extracomment>
        <translation>texto leído como {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) from the archive&apos;s media folder attached to their observations</source>
        <translation>
            <numerusform>%Ln foto de la carpeta de medios del archivo adjuntada a su observación</numerusform>
            <numerusform>%Ln fotos de la carpeta de medios del archivo adjuntadas a sus observaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>choice names read as their labels in {form}</source>
        <translation>nombres de opción leídos como sus etiquetas en {form}</translation>
    </message>
    <message>
        <source>choice names read as their labels in the form</source>
        <translation>nombres de opción leídos como sus etiquetas en el formulario</translation>
    </message>
    <message>
        <source>values such as &apos;{value}&apos; look like a form&apos;s choice names, kept as written: give the form (Choice labels; --form) to import their labels</source>
        <translation>valores como &apos;{value}&apos; parecen nombres de opción de un formulario y se conservan tal cual: indique el formulario (Etiquetas de opción; --form) para importar sus etiquetas</translation>
    </message>
    <message>
        <source>UTM positions converted to latitude and longitude, WGS84 (zone {zone} where the file gives none)</source>
        <translation>posiciones UTM convertidas a latitud y longitud, WGS84 (zona {zone} donde el archivo no indica ninguna)</translation>
    </message>
    <message>
        <source>UTM positions converted to latitude and longitude, WGS84</source>
        <translation>posiciones UTM convertidas a latitud y longitud, WGS84</translation>
    </message>
    <message>
        <source>read {member} from the archive; not imported: {others}</source>
        <translation>se leyó {member} del archivo comprimido; no importado: {others}</translation>
    </message>
    <message>
        <source>read {member} from the archive</source>
        <translation>se leyó {member} del archivo comprimido</translation>
    </message>
    <message>
        <source>numbers read with a decimal comma (1.234,5 or 2,5)</source>
        <translation>números leídos con coma decimal (1.234,5 o 2,5)</translation>
    </message>
    <message>
        <source>numbers read with a decimal point (1,234.5 or 2.5)</source>
        <translation>números leídos con punto decimal (1,234.5 o 2.5)</translation>
    </message>
    <message>
        <source>numbers that could be read two ways (1,000) are refused</source>
        <translation>se rechazan los números que pueden leerse de dos maneras (1,000)</translation>
    </message>
    <message>
        <source>{name}: the mapping names a column the file lacks: &apos;{v0}&apos;.</source>
        <translation>{name}: la correspondencia nombra una columna que el archivo no tiene: &apos;{v0}&apos;.</translation>
    </message>
    <message>
        <source>{name}: cannot tell which column holds {labels}. Say which: in the Columns list of the import window, or with a mapping file (--mapping MAP.json) on the command line.</source>
        <translation>{name}: no se puede saber qué columna contiene {labels}. Indíquelo en la lista Columnas de la ventana de importación o con un archivo de correspondencia (--mapping MAP.json) en la línea de comandos.</translation>
    </message>
    <message>
        <source>the same record appears earlier in the file</source>
        <translation>el mismo registro aparece antes en el archivo</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <extracomment>for the APIs that take an Event themselves (the chart helper)</extracomment>
        <translation>Cancelado: no se cambió nada.</translation>
    </message>
    <message>
        <source>objectives</source>
        <extracomment>The kinds whose changes a replacement reports, as it names them.</extracomment>
        <translation>objetivos</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <extracomment>the file checked, or an office database&apos;s address (its password hidden)</extracomment>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <source>  {fact}</source>
        <translation>  {fact}</translation>
    </message>
    <message>
        <source>PROBLEMS ({count}):</source>
        <translation>PROBLEMAS ({count}):</translation>
    </message>
    <message>
        <source>  - {problem}</source>
        <translation>  - {problem}</translation>
    </message>
    <message>
        <source>Healthy: integrity, foreign keys and schema version all check out.</source>
        <translation>En buen estado: la integridad, las claves foráneas y la versión del esquema están bien.</translation>
    </message>
    <message>
        <source>There is no database file here (run &apos;brdesk demo&apos; or start brdesk).</source>
        <translation>Aquí no hay ningún archivo de base de datos (ejecute &apos;brdesk demo&apos; o inicie brdesk).</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>El archivo no se puede abrir</translation>
    </message>
    <message>
        <source>The file is not a readable SQLite database</source>
        <translation>El archivo no es una base de datos SQLite legible</translation>
    </message>
    <message>
        <source>Integrity: kept by the database server</source>
        <translation>Integridad: la mantiene el servidor de base de datos</translation>
    </message>
    <message>
        <source>Foreign keys: enforced by the database server</source>
        <translation>Claves externas: las impone el servidor de base de datos</translation>
    </message>
    <message>
        <source>The database could not be checked: {why} SQLite needs to write beside it to read the changes kept in {wal}. This says nothing about damage: free some space (or use a writable disk) and check again.</source>
        <translation>No se pudo comprobar la base de datos: {why} SQLite necesita escribir a su lado para leer los cambios guardados en {wal}. Esto no indica ningún daño: libere espacio (o use un disco en el que se pueda escribir) y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>{otherwise}: {problem}.</source>
        <translation>{otherwise}: {problem}.</translation>
    </message>
    <message>
        <source>Integrity check failed: {complaint}</source>
        <translation>La comprobación de integridad falló: {complaint}</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integridad: correcta</translation>
    </message>
    <message>
        <source>Broken link: {table} row {row} points at a missing {parent} record.</source>
        <translation>Vínculo roto: la fila {row} de {table} apunta a un registro de {parent} que falta.</translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more broken link(s).</source>
        <translation>
            <numerusform>... y %Ln vínculo roto más.</numerusform>
            <numerusform>... y %Ln vínculos rotos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation>Claves foráneas: correctas</translation>
    </message>
    <message>
        <source>Missing tables: {tables}.</source>
        <translation>Tablas que faltan: {tables}.</translation>
    </message>
    <message>
        <source>No schema version recorded: this is not a brdesk database.</source>
        <translation>No hay versión de esquema registrada: no es una base de datos de brdesk.</translation>
    </message>
    <message>
        <source>Schema version {revision} is newer than this brdesk knows ({head}).</source>
        <translation>La versión de esquema {revision} es más reciente de lo que este brdesk conoce ({head}).</translation>
    </message>
    <message>
        <source>Schema version: {revision} (will be upgraded to {head} on next start)</source>
        <translation>Versión de esquema: {revision} (se actualizará a {head} en el próximo inicio)</translation>
    </message>
    <message>
        <source>Schema version: {revision} (current)</source>
        <translation>Versión de esquema: {revision} (actual)</translation>
    </message>
    <message>
        <source>Schema: {problem}.</source>
        <translation>Esquema: {problem}.</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>reserves</source>
        <translation>reservas</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acciones</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>observaciones</translation>
    </message>
    <message>
        <source>{label} {count:,}</source>
        <translation>{label} {count:,}</translation>
    </message>
    <message>
        <source>Records: {counts}</source>
        <translation>Registros: {counts}</translation>
    </message>
    <message>
        <source>good practices</source>
        <translation>buenas prácticas</translation>
    </message>
    <message>
        <source>follow-up items</source>
        <translation>elementos de seguimiento</translation>
    </message>
    <message>
        <source>self-assessments</source>
        <translation>autoevaluaciones</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>zonas</translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation>{n} añadidos</translation>
    </message>
    <message>
        <source>{n} replaced by a newer package</source>
        <translation>{n} sustituidos por un paquete más reciente</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>{n} sin cambios</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} rechazados</translation>
    </message>
    <message>
        <source>Participants: {parts}.</source>
        <translation>Participantes: {parts}.</translation>
    </message>
    <message>
        <source>no package given</source>
        <translation>no se dio ningún paquete</translation>
    </message>
    <message>
        <source>There is no file or folder at {path}.</source>
        <translation>No hay ningún archivo ni carpeta en {path}.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <extracomment>Below this many packages to build, they are built here: starting workers costs more.</extracomment>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: {older} is left out: {newer}, written {when}, is newer.</source>
        <translation>{name}: {older} se deja fuera: {newer}, escrito el {when}, es más reciente.</translation>
    </message>
    <message>
        <source>its participant has no valid identity (UUID).</source>
        <translation>su participante no tiene una identidad válida (UUID).</translation>
    </message>
    <message>
        <source>{name}: {package} is already in the cohort.</source>
        <translation>{name}: {package} ya está en la cohorte.</translation>
    </message>
    <message>
        <source>{name}: {package} (written {when}) is not newer than the package held (written {held}): the newer is kept.</source>
        <translation>{name}: {package} (escrito el {when}) no es más reciente que el paquete que ya hay (escrito el {held}): se conserva el más reciente.</translation>
    </message>
    <message>
        <source>{added}, replacing the package written {when}: {change}.</source>
        <translation>{added}, reemplaza el paquete escrito el {when}: {change}.</translation>
    </message>
    <message>
        <source>it holds no participant&apos;s profile. A cohort gathers each participant&apos;s package of all their data (File › Export › Package…, everything).</source>
        <translation>no contiene el perfil de ningún participante. Una cohorte reúne el paquete de cada participante con todos sus datos (Archivo › Exportar › Paquete…, todo).</translation>
    </message>
    <message>
        <source>it holds {v0} participants&apos; profiles ({names}): a cohort takes one participant&apos;s package at a time.</source>
        <translation>contiene los perfiles de {v0} participantes ({names}): una cohorte toma el paquete de un participante cada vez.</translation>
    </message>
    <message>
        <source>{name} ({reserve}): {package}, written {when}</source>
        <translation>{name} ({reserve}): {package}, escrito el {when}</translation>
    </message>
    <message>
        <source>{name}: {package}, written {when}</source>
        <translation>{name}: {package}, escrito el {when}</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>en fecha desconocida</translation>
    </message>
    <message>
        <source>{n:,} added</source>
        <translation>{n:,} añadidos</translation>
    </message>
    <message>
        <source>{n:,} changed</source>
        <translation>{n:,} cambiados</translation>
    </message>
    <message>
        <source>{n:,} removed</source>
        <translation>{n:,} eliminados</translation>
    </message>
    <message>
        <source>{kind} {counts}</source>
        <translation>{kind}: {counts}</translation>
    </message>
    <message>
        <source>{document} {before} → {after}</source>
        <translation>{document}: {before} → {after}</translation>
    </message>
    <message>
        <source>no record changed</source>
        <translation>ningún registro cambió</translation>
    </message>
    <message>
        <source>{name}: {amounts}.</source>
        <translation>{name}: {amounts}.</translation>
    </message>
    <message>
        <source>{root} is a cohort folder: its participants&apos; data is exported as a cohort package (File › Cohort › Export cohort package…, or brdesk export cohort OUT.brdesk), never as one person&apos;s package.</source>
        <translation>{root} es una carpeta de cohorte: los datos de sus participantes se exportan como paquete de cohorte (Archivo › Cohorte › Exportar paquete de la cohorte…, o brdesk export cohort OUT.brdesk), nunca como paquete de una persona.</translation>
    </message>
    <message>
        <source>A package is a {SUFFIX} file: &apos;{name}&apos; is not.</source>
        <translation>Un paquete es un archivo {SUFFIX}: &apos;{name}&apos; no lo es.</translation>
    </message>
    <message>
        <source>The attachment {v0} ({source}) is missing from the data folder; the package was not written.</source>
        <translation>Falta el adjunto {v0} ({source}) en la carpeta de datos; el paquete no se escribió.</translation>
    </message>
    <message>
        <source>{record}: the package&apos;s version (edited {when} UTC) is newer and was kept</source>
        <extracomment>(field, value here, value in the package) for each field that differed</extracomment>
        <translation>{record}: la versión del paquete (editada el {when} UTC) es más reciente y se conservó</translation>
    </message>
    <message>
        <source>{record}: yours (edited {when} UTC) is newer and was kept</source>
        <translation>{record}: la suya (editada el {when} UTC) es más reciente y se conservó</translation>
    </message>
    <message>
        <source>{field}: {here} here, {there} in the package</source>
        <translation>{field}: {here} aquí, {there} en el paquete</translation>
    </message>
    <message>
        <source>{head}. {fields}.</source>
        <translation>{head}. {fields}.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>{package}: {written}.</source>
        <extracomment>versions older than ours that we already had: nothing to take from them</extracomment>
        <translation>{package}: {written}.</translation>
    </message>
    <message>
        <source>  {amounts} would be added.</source>
        <translation>  Se añadirían {amounts}.</translation>
    </message>
    <message>
        <source>  {amounts} were added.</source>
        <translation>  Se añadieron {amounts}.</translation>
    </message>
    <message>
        <source>  {amounts} would be updated.</source>
        <translation>  Se actualizarían {amounts}.</translation>
    </message>
    <message>
        <source>  {amounts} were updated.</source>
        <translation>  Se actualizaron {amounts}.</translation>
    </message>
    <message>
        <source>  Nothing new: everything in the package is here already.</source>
        <translation>  Nada nuevo: todo lo del paquete ya está aquí.</translation>
    </message>
    <message>
        <source>  Already here, as they are or newer: {amounts}.</source>
        <translation>  Ya están aquí, iguales o más recientes: {amounts}.</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln [record was|records were] edited on both laptops; the newer version of each was kept:</source>
        <translation>
            <numerusform>  %Ln registro se editó en ambos portátiles; se conservó la versión más reciente:</numerusform>
            <numerusform>  %Ln registros se editaron en ambos portátiles; se conservó la versión más reciente de cada uno:</numerusform>
        </translation>
    </message>
    <message>
        <source>  - {conflict}</source>
        <translation>  - {conflict}</translation>
    </message>
    <message>
        <source>A package holds everything, observations or the plan: not &apos;{what}&apos;.</source>
        <extracomment>A clock a little ahead is forgiven; a version dated further ahead would win every merge. Columns (besides uuid) that identify the same record: the database holds them unique. A record of the same name here is taken to be this one (linked to, not merged).</extracomment>
        <translation>Un paquete contiene todo, las observaciones o el plan: no &apos;{what}&apos;.</translation>
    </message>
    <message>
        <source>The date range ends ({date_to}) before it starts ({date_from}).</source>
        <translation>El intervalo de fechas termina ({date_to}) antes de empezar ({date_from}).</translation>
    </message>
    <message>
        <source>the action plan</source>
        <translation>el plan de acción</translation>
    </message>
    <message>
        <source>all the data</source>
        <translation>todos los datos</translation>
    </message>
    <message>
        <source>observations from {start} to {end}</source>
        <translation>observaciones del {start} al {end}</translation>
    </message>
    <message>
        <source>observations from {start}</source>
        <translation>observaciones desde el {start}</translation>
    </message>
    <message>
        <source>observations up to {end}</source>
        <translation>observaciones hasta el {end}</translation>
    </message>
    <message>
        <source>all observations</source>
        <translation>todas las observaciones</translation>
    </message>
    <message>
        <source>Cannot write {name}: {refused}. Choose another name.</source>
        <translation>No se puede escribir {name}: {refused}. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot write {target}: the folder {folder} does not exist.</source>
        <translation>No se puede escribir {target}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Cannot write {name}: {culprit} could not be used ({problem}).</source>
        <translation>No se puede escribir {name}: no se pudo usar {culprit} ({problem}).</translation>
    </message>
    <message>
        <source>Cannot write {target}: the path is too long ({length} characters). Choose a shorter name, or a folder nearer the top of the disk.</source>
        <translation>No se puede escribir {target}: la ruta es demasiado larga ({length} caracteres). Elija un nombre más corto, o una carpeta más cerca de la raíz del disco.</translation>
    </message>
    <message>
        <source>write {name}</source>
        <translation>escribir {name}</translation>
    </message>
    <message>
        <source>Cannot write {target}: {problem}.</source>
        <translation>No se puede escribir {target}: {problem}.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {v0} Your data was not changed.</source>
        <extracomment>the current data, as it was before the restore (a backup, or the damaged file)</extracomment>
        <translation>{name} no se puede restaurar: {v0} Sus datos no cambiaron.</translation>
    </message>
    <message>
        <source>prepare the restore</source>
        <translation>preparar la restauración</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restaurar</translation>
    </message>
    <message>
        <source>The records are on the office database: it is backed up on its server (pg_dump, every night; see docs/office-server.md). To carry a copy away, export a package of everything.</source>
        <translation>Los registros están en la base de datos de la oficina: se respalda en su servidor (pg_dump, cada noche; véase docs/office-server.md). Para llevarse una copia, exporte un paquete con todo.</translation>
    </message>
    <message>
        <source>Your database is damaged ({exc}).</source>
        <translation>Su base de datos está dañada ({exc}).</translation>
    </message>
    <message>
        <source>back up the data</source>
        <translation>hacer la copia de los datos</translation>
    </message>
    <message>
        <source>Your database is damaged: SQLite reports &apos;{problem}&apos;.</source>
        <translation>Su base de datos está dañada: SQLite informa &apos;{problem}&apos;.</translation>
    </message>
    <message>
        <source>Cannot back up the data: a backup needs about {v0:,.0f} MB and the disk holding {backups} has {v1:,.0f} MB free. Free some space, or delete old backups you no longer need.</source>
        <translation>No se pueden copiar los datos: una copia necesita unos {v0:,.0f} MB y el disco que contiene {backups} tiene {v1:,.0f} MB libres. Libere espacio o borre copias antiguas que ya no necesite.</translation>
    </message>
    <message>
        <source>open {name}</source>
        <extracomment>PostgreSQL&apos;s refusal of a change the login was not granted (docs/office-server.md). Why this folder is open read-only (a sentence), or None: it can be edited.</extracomment>
        <translation>abrir {name}</translation>
    </message>
    <message>
        <source>This brdesk cannot reach a database server: its PostgreSQL driver is not installed (pip install &apos;brdesk[server]&apos;).</source>
        <translation>Este brdesk no puede conectarse a un servidor de base de datos: su controlador de PostgreSQL no está instalado (pip install &apos;brdesk[server]&apos;).</translation>
    </message>
    <message>
        <source>Cannot reach the office database {where}: {problem}</source>
        <translation>No se puede conectar con la base de datos de la oficina {where}: {problem}</translation>
    </message>
    <message>
        <source>There is no brdesk data in {root} to open, and none can be started there: {why} Choose another folder.</source>
        <translation>No hay datos de brdesk en {root} que abrir, y no se pueden crear allí: {why} Elija otra carpeta.</translation>
    </message>
    <message>
        <source>{db} was written by an earlier brdesk and must be brought up to date before this version can read it, which means writing to it: {why} Copy the whole folder to a disk you can write to, and open the copy.</source>
        <translation>{db} lo escribió un brdesk anterior y debe actualizarse para que esta versión pueda leerlo, lo que supone escribir en él: {why} Copie toda la carpeta a un disco en el que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>{db} cannot be read here: {why} It still holds changes kept beside it in {wal}, which SQLite can only read from a disk it can write to. Copy the whole folder to such a disk and open it there; nothing is lost.</source>
        <translation>{db} no se puede leer aquí: {why} Aún tiene cambios guardados a su lado en {wal}, que SQLite solo puede leer desde un disco en el que pueda escribir. Copie toda la carpeta a un disco así y ábrala allí; no se pierde nada.</translation>
    </message>
    <message>
        <source>{db} cannot be read: {problem}.</source>
        <translation>{db} no se puede leer: {problem}.</translation>
    </message>
    <message>
        <source>Nothing can be changed in {root}: it is open read-only. {read_only}</source>
        <translation>No se puede cambiar nada en {root}: está abierto en solo lectura. {read_only}</translation>
    </message>
    <message>
        <source>Someone else saved this record at the same moment, so your change was not saved. Look at it again, and change it again if it still needs it.</source>
        <translation>Otra persona guardó este registro en el mismo momento, por lo que su cambio no se guardó. Revíselo y vuelva a cambiarlo si aún hace falta.</translation>
    </message>
    <message>
        <source>save your change</source>
        <translation>guardar su cambio</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>The file {name} is marked read-only (as files copied from a CD or a protected share are). Clear that mark in its properties to edit it.</source>
        <translation>El archivo {name} está marcado como de solo lectura (como los archivos copiados de un CD o de una carpeta compartida protegida). Quite esa marca en sus propiedades para editarlo.</translation>
    </message>
    <message>
        <source>Your office login may not make this change (the database allows it no changes to {table}): nothing was changed. The office&apos;s administrator gives such rights (docs/office-server.md).</source>
        <translation>Su usuario de la oficina no puede hacer este cambio (la base de datos no le permite cambiar {table}): no se cambió nada. El administrador de la oficina otorga esos derechos (docs/office-server.md).</translation>
    </message>
    <message>
        <source>Another program kept the database busy for too long (another brdesk on the same folder over a network share, or a backup tool): nothing was changed. Try again in a moment.</source>
        <translation>Otro programa mantuvo ocupada la base de datos demasiado tiempo (otro brdesk en la misma carpeta a través de una red compartida, o una herramienta de copia de seguridad): no se cambió nada. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The database refused the change: {detail}.</source>
        <translation>La base de datos rechazó el cambio: {detail}.</translation>
    </message>
    <message>
        <source>The change refers to a record that does not exist, or removes one still in use.</source>
        <translation>El cambio se refiere a un registro que no existe, o elimina uno que aún se usa.</translation>
    </message>
    <message>
        <source>A record with the same {column} already exists.</source>
        <translation>Ya existe un registro con el mismo {column}.</translation>
    </message>
    <message>
        <source>The value breaks the rule &apos;{name}&apos;.</source>
        <translation>El valor incumple la regla &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>{column} is required.</source>
        <translation>{column} es obligatorio.</translation>
    </message>
    <message>
        <source>The change was refused by the database: {detail}</source>
        <translation>La base de datos rechazó el cambio: {detail}</translation>
    </message>
    <message>
        <source>The disk holding {where} is read-only (a stick or SD card with its write-protect switch on, a CD, or a share mounted read-only).</source>
        <extracomment>Less free space than this on the data folder&apos;s disk is a full disk for brdesk: SQLite needs room for its journal before it can commit even one small change. Windows&apos; ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION: another program (Word, Excel, a virus scanner) has the file open; Python reports them as PermissionError. Windows&apos; ERROR_ACCESS_DENIED: what replacing a document Word holds open gives (and also a read-only file&apos;s answer, so it means &quot;in use&quot; only where that is the question). Refused in the middle of the work (not found beforehand): what it had written is taken back, so the space free now is not what it needed.</extracomment>
        <translation>El disco que contiene {where} es de solo lectura (una memoria o tarjeta SD con el seguro de escritura activado, un CD o una carpeta compartida montada en solo lectura).</translation>
    </message>
    <message>
        <source>You are not allowed to change files in {where} (its permissions, or a lock the system keeps on it, forbid it).</source>
        <translation>No tiene permiso para cambiar archivos en {where} (lo impiden sus permisos o un bloqueo que el sistema mantiene).</translation>
    </message>
    <message>
        <source>The disk holding {where} filled up while brdesk was writing: this work needs more room than the {free} free there now. Free some space and try again.</source>
        <translation>El disco que contiene {where} se llenó mientras brdesk escribía: este trabajo necesita más espacio que los {free} libres ahora. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: {free} free, and saving needs at least {needed} MB more than the data itself. Free some space and try again.</source>
        <translation>El disco que contiene {where} está lleno: {free} libres, y guardar necesita al menos {needed} MB más que los propios datos. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{where} is open in another program: close it there, or choose another name.</source>
        <translation>{where} está abierto en otro programa: ciérrelo allí o elija otro nombre.</translation>
    </message>
    <message>
        <source>{where} cannot be written ({detail}).</source>
        <translation>No se puede escribir {where} ({detail}).</translation>
    </message>
    <message>
        <source>{what_is_true} Nothing was changed.</source>
        <translation>{what_is_true} No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot {what} in {folder}: {problem}. Nothing was changed.</source>
        <translation>No se puede {what} en {folder}: {problem}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot {what}: {what_is_true} Nothing was changed.</source>
        <translation>No se puede {what}: {what_is_true} No se cambió nada.</translation>
    </message>
    <message>
        <source>Demo written to {root}: {reserves}, {participants}, {objectives}, {actions}, {observations}.</source>
        <translation>Demostración escrita en {root}: {reserves}, {participants}, {objectives}, {actions}, {observations}.</translation>
    </message>
    <message>
        <source>A backup archive is a .zip file: &apos;{name}&apos; is not.</source>
        <translation>Un archivo de copia de seguridad es un archivo .zip: &apos;{name}&apos; no lo es.</translation>
    </message>
    <message>
        <source>Backup archive written to {path} (the database and its attachments).</source>
        <translation>Archivo de copia escrito en {path} (la base de datos y sus adjuntos).</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Copia escrita en {path}</translation>
    </message>
    <message>
        <source>A package of everything on the office database was written to {path} ({amounts}). To restore, import it into an empty folder or database.</source>
        <translation>Se escribió un paquete con todo lo de la base de datos de la oficina en {path} ({amounts}). Para restaurar, impórtelo en una carpeta o base de datos vacía.</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>Aún no hay copias en {folder}.</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first:</source>
        <translation>Copias en {folder}, la más reciente primero:</translation>
    </message>
    <message>
        <source>Brought {actions} and {observations} from {earlier} into {root}. The earlier folder was not changed.</source>
        <translation>Se trajeron {actions} y {observations} de {earlier} a {root}. La carpeta anterior no se cambió.</translation>
    </message>
    <message>
        <source>There is no backup at {source}.</source>
        <translation>No hay ninguna copia de seguridad en {source}.</translation>
    </message>
    <message>
        <source>This backup cannot be restored; your data was not changed.</source>
        <translation>Esta copia no se puede restaurar; sus datos no cambiaron.</translation>
    </message>
    <message>
        <source>Restoring replaces your data: add --yes to confirm.</source>
        <translation>Restaurar reemplaza sus datos: añada --yes para confirmar.</translation>
    </message>
    <message>
        <source>Replace the data in {root} with this backup? [y/N] </source>
        <translation>¿Reemplazar los datos de {root} por esta copia? [s/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Restored. Your data as it was before is kept in {previous}.</source>
        <translation>Restaurado. Sus datos tal como estaban se conservan en {previous}.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
    <message numerus="yes">
        <source>{name}: read as {format}; %Ln row(s).</source>
        <translation>
            <numerusform>{name}: leído como {format}; %Ln fila.</numerusform>
            <numerusform>{name}: leído como {format}; %Ln filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>  {rules}.</source>
        <translation>  {rules}.</translation>
    </message>
    <message>
        <source>  {accepted:,} to import, {rejected:,} rejected, {present:,} already in brdesk.</source>
        <translation>  {accepted:,} para importar, {rejected:,} rechazadas, {present:,} ya en brdesk.</translation>
    </message>
    <message>
        <source>  {name}, {rejection}</source>
        <translation>  {name}, {rejection}</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %Ln more rejected row(s)</source>
        <translation>
            <numerusform>  ... y %Ln fila rechazada más</numerusform>
            <numerusform>  ... y %Ln filas rechazadas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Prueba: no se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows above, or use --skip-invalid to import the valid rows only.</source>
        <translation>No se importó nada: corrija las filas de arriba o use --skip-invalid para importar solo las válidas.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln observation(s).</source>
        <translation>
            <numerusform>Se importó %Ln observación.</numerusform>
            <numerusform>Se importaron %Ln observaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Prueba: no se cambió nada.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Not imported: no zone could be read for {features}. Name the field that says core, buffer or transition with --zone-field (the layer&apos;s fields: {fields}), or choose in the Map page.</source>
        <translation>No importado: no se pudo leer la zona de {features}. Indique con --zone-field el campo que dice núcleo, tampón o transición (los campos de la capa: {fields}), o elija en la página Mapa.</translation>
    </message>
    <message>
        <source>  {name}: {zone}, {area:,.1f} ha</source>
        <translation>  {name}: {zone}, {area:,.1f} ha</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln zone(s) would replace the zones.</source>
        <translation>
            <numerusform>Prueba: %Ln zona reemplazaría las zonas.</numerusform>
            <numerusform>Prueba: %Ln zonas reemplazarían las zonas.</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; nothing half-done was kept.</source>
        <extracomment>The commands that open a window: they choose their language themselves.</extracomment>
        <translation>interrumpido; no se conservó nada a medias.</translation>
    </message>
    <message>
        <source>{busy} Close it, or wait until it has finished, and try again. Nothing was changed.</source>
        <translation>{busy} Ciérrelo, o espere a que termine, e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date written YYYY-MM-DD</source>
        <translation>{where}: &apos;{text}&apos; no es una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{year:g} is a year alone, not a date (write YYYY-MM-DD)</source>
        <translation>{year:g} es solo un año, no una fecha (escriba AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date</source>
        <translation>&apos;{text}&apos; no es una fecha real</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (write it YYYY-MM-DD)</source>
        <translation>&apos;{text}&apos; no es una fecha (escríbala AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a year alone, not a date (write YYYY-MM-DD)</source>
        <translation>&apos;{text}&apos; es solo un año, no una fecha (escriba AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{serial:g} is not an Excel date</source>
        <translation>{serial:g} no es una fecha de Excel</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time</source>
        <translation>&apos;{text}&apos; no es una hora</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time</source>
        <translation>&apos;{text}&apos; no tiene hora</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a UTC offset any place uses</source>
        <extracomment>A clock time followed by its offset from UTC: Z, +05:45, +0545, -03, &quot; UTC&quot;.</extracomment>
        <translation>&apos;{text}&apos; no es un desfase UTC que use ningún lugar</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a UTC offset (write it +05:45 or -03:00)</source>
        <translation>&apos;{text}&apos; no es un desfase UTC (escríbalo +05:45 o -03:00)</translation>
    </message>
    <message>
        <source>not a number</source>
        <extracomment>How a file writes its numbers: &quot;point&quot; (1,234.5: the comma groups thousands), &quot;comma&quot; (1.234,5 or 1 234,5: the comma is the decimal mark), or None when nothing in the file tells, and a number that could be read both ways is refused.</extracomment>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; no es un número</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be read two ways (a thousands separator or a decimal comma): write it without the comma, or with a decimal point</source>
        <translation>&apos;{text}&apos; puede leerse de dos maneras (separador de miles o coma decimal): escríbalo sin la coma o con punto decimal</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a comma, but this file writes decimal points</source>
        <translation>&apos;{text}&apos; tiene una coma, pero este archivo escribe puntos decimales</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be read two ways (a thousands separator or a decimal point): write it without the point, or with a decimal comma</source>
        <translation>&apos;{text}&apos; puede leerse de dos maneras (separador de miles o punto decimal): escríbalo sin el punto o con coma decimal</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no</source>
        <extracomment>What starts a formula in a spreadsheet cell.</extracomment>
        <translation>&apos;{text}&apos; no es sí ni no</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>{axis} must be between -{limit:g} and {limit:g}</source>
        <translation>la {axis} debe estar entre -{limit:g} y {limit:g}</translation>
    </message>
    <message>
        <source>not a coordinate (use decimal degrees or 27°59&apos;17&quot;N)</source>
        <translation>no es una coordenada (use grados decimales o 27°59&apos;17&quot;N)</translation>
    </message>
    <message>
        <source>&apos;{hemi}&apos; does not belong to a latitude</source>
        <translation>&apos;{hemi}&apos; no corresponde a una latitud</translation>
    </message>
    <message>
        <source>&apos;{hemi}&apos; does not belong to a longitude</source>
        <translation>&apos;{hemi}&apos; no corresponde a una longitud</translation>
    </message>
    <message>
        <source>minutes and seconds must be below 60</source>
        <translation>los minutos y segundos deben ser menores de 60</translation>
    </message>
    <message>
        <source>a sign and &apos;{hemi}&apos; say the hemisphere twice: write one of them</source>
        <translation>un signo y &apos;{hemi}&apos; indican el hemisferio dos veces: escriba solo uno</translation>
    </message>
    <message>
        <source>only the last of degrees, minutes and seconds may have decimals</source>
        <translation>solo el último de grados, minutos y segundos puede tener decimales</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a UTM zone (write it like 45R or 18 south)</source>
        <translation>&apos;{text}&apos; no es una zona UTM (escríbala como 45R o 18 sur)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be band S (north of the equator) or south: write {number} south or {number} north</source>
        <translation>&apos;{text}&apos; puede ser la banda S (al norte del ecuador) o sur: escriba {number} sur o {number} norte</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not say the hemisphere (write {number} north, say)</source>
        <translation>&apos;{text}&apos; no indica el hemisferio (escriba {number} norte, por ejemplo)</translation>
    </message>
    <message>
        <source>not a UTM position ({problem})</source>
        <translation>no es una posición UTM ({problem})</translation>
    </message>
    <message>
        <source>There is no database in {root} to back up.</source>
        <extracomment>An archive&apos;s members are unpacked only up to these sizes (a zip bomb is refused).</extracomment>
        <translation>No hay ninguna base de datos en {root} que copiar.</translation>
    </message>
    <message>
        <source>{name} is not a brdesk backup: it holds &apos;{v0}&apos;.</source>
        <translation>{name} no es una copia de brdesk: contiene &apos;{v0}&apos;.</translation>
    </message>
    <message>
        <source>{name} is not a brdesk backup archive.</source>
        <translation>{name} no es un archivo de copia de brdesk.</translation>
    </message>
    <message>
        <source>{name}: its manifest is too large.</source>
        <translation>{name}: su manifiesto es demasiado grande.</translation>
    </message>
    <message>
        <source>{name}: its manifest is not JSON ({exc}).</source>
        <translation>{name}: su manifiesto no es JSON ({exc}).</translation>
    </message>
    <message>
        <source>{name} was written by a newer brdesk (archive version {v0!r}): update brdesk to restore it.</source>
        <translation>{name} lo escribió un brdesk más reciente (versión de archivo {v0!r}): actualice brdesk para restaurarlo.</translation>
    </message>
    <message>
        <source>{name}: its database is impossibly large.</source>
        <translation>{name}: su base de datos es imposiblemente grande.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a backup archive ({exc}).</source>
        <translation>{name} no se puede leer como archivo de copia ({exc}).</translation>
    </message>
    <message>
        <source>&apos;{v0}&apos; is larger than it claims; refused.</source>
        <translation>&apos;{v0}&apos; es más grande de lo que dice; rechazado.</translation>
    </message>
    <message>
        <source>{root} holds your own data (a profile, a plan or observations): it cannot become a cohort, or the participants&apos; data would sit beside yours. Gather a cohort in a folder of its own: File › Open data folder…, a new folder, then File › Cohort › Add participants&apos; packages… (on the command line: brdesk --data-dir NEW_FOLDER cohort add PACKAGES).</source>
        <extracomment>Folders being built or set aside start so; they are never members.</extracomment>
        <translation>{root} contiene sus propios datos (un perfil, un plan u observaciones): no puede convertirse en cohorte, o los datos de los participantes quedarían junto a los suyos. Reúna la cohorte en una carpeta propia: Archivo › Abrir carpeta de datos…, una carpeta nueva, luego Archivo › Cohorte › Añadir paquetes de participantes… (en la línea de comandos: brdesk --data-dir NEW_FOLDER cohort add PACKAGES).</translation>
    </message>
    <message>
        <source>{root} is a cohort folder: {name} is not merged into it. Participants&apos; packages are added with File › Cohort › Add participants&apos; packages… (or brdesk --data-dir &quot;{root}&quot; cohort add &quot;{name}&quot;), which keeps each participant apart.</source>
        <translation>{root} es una carpeta de cohorte: {name} no se fusiona en ella. Los paquetes de los participantes se añaden con Archivo › Cohorte › Añadir paquetes de participantes… (o brdesk --data-dir &quot;{root}&quot; cohort add &quot;{name}&quot;), que mantiene aparte a cada participante.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a ZIP archive ({exc}).</source>
        <translation>{name} no se puede abrir como archivo ZIP ({exc}).</translation>
    </message>
    <message>
        <source>{name}: meta.xml names no core file.</source>
        <translation>{name}: meta.xml no nombra ningún archivo núcleo.</translation>
    </message>
    <message>
        <source>{name}: meta.xml names &apos;{location}&apos;, which is not inside.</source>
        <translation>{name}: meta.xml nombra &apos;{location}&apos;, que no está dentro.</translation>
    </message>
    <message>
        <source>{name} holds no table (no .csv or .txt file inside).</source>
        <translation>{name} no contiene ninguna tabla (no hay archivo .csv ni .txt dentro).</translation>
    </message>
    <message>
        <source>{name} holds several tables ({listed}): unzip it and import the one you want.</source>
        <translation>{name} contiene varias tablas ({listed}): descomprímalo e importe la que quiera.</translation>
    </message>
    <message>
        <source>Coordinates are longitude and latitude on {datum}.</source>
        <extracomment>Datums whose coordinates differ from WGS84&apos;s by about a metre or less: taken as they are.</extracomment>
        <translation>Las coordenadas son longitud y latitud en {datum}.</translation>
    </message>
    <message>
        <source>Coordinates are UTM zone {zone}{hemisphere} ({datum}) in metres; transformed to longitude and latitude.</source>
        <translation>Las coordenadas están en la zona UTM {zone}{hemisphere} ({datum}) en metros; se transforman a longitud y latitud.</translation>
    </message>
    <message>
        <source>A position is not in UTM zone {utm_zone} ({exc}).</source>
        <translation>Una posición no está en la zona UTM {utm_zone} ({exc}).</translation>
    </message>
    <message>
        <source>{name} is in EPSG:{code}, a coordinate system brdesk cannot read. {REPROJECT}</source>
        <translation>{name} está en EPSG:{code}, un sistema de coordenadas que brdesk no puede leer. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name} names a coordinate system brdesk cannot read (&apos;{text}&apos;). {REPROJECT}</source>
        <translation>{name} nombra un sistema de coordenadas que brdesk no puede leer (&apos;{text}&apos;). {REPROJECT}</translation>
    </message>
    <message>
        <source>{name}: the .prj file does not describe a coordinate system.</source>
        <translation>{name}: el archivo .prj no describe un sistema de coordenadas.</translation>
    </message>
    <message>
        <source>{name} is on the datum &apos;{v0}&apos;, whose positions differ from WGS 84 by up to hundreds of metres; brdesk does not shift datums. {REPROJECT}</source>
        <translation>{name} está en el datum &apos;{v0}&apos;, cuyas posiciones difieren de WGS 84 hasta cientos de metros; brdesk no cambia de datum. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name}: the .prj describes a {kind}, which brdesk cannot read. {REPROJECT}</source>
        <translation>{name}: el .prj describe un {kind}, que brdesk no puede leer. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name} is in the projection &apos;{shown}&apos;; brdesk reads degrees and UTM zones only. {REPROJECT}</source>
        <translation>{name} está en la proyección &apos;{shown}&apos;; brdesk solo lee grados y zonas UTM. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name} holds no waypoints, track points or placemarks.</source>
        <extracomment>The columns of the table a GPS file becomes.</extracomment>
        <translation>{name} no contiene puntos de paso, puntos de track ni marcas de posición.</translation>
    </message>
    <message>
        <source>{name} is refused: it asks the reader for entities or external files ({__name__}), which a data file never needs.</source>
        <translation>{name} se rechaza: pide al lector entidades o archivos externos ({__name__}), que un archivo de datos nunca necesita.</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML ({exc}).</source>
        <translation>{name} no es XML bien formado ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not a {v0} file (its root element is not &lt;{root_tag}&gt;).</source>
        <translation>{name} no es un archivo {v0} (su elemento raíz no es &lt;{root_tag}&gt;).</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a KMZ file ({exc}).</source>
        <translation>{name} no se puede abrir como archivo KMZ ({exc}).</translation>
    </message>
    <message>
        <source>{name} holds no .kml file.</source>
        <translation>{name} no contiene ningún archivo .kml.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <extracomment>(row number as a spreadsheet shows it, cells) A fresh pass over a table&apos;s rows. reads the rows from the start, at every call for a table read out of an archive: which member, and what else it held media files inside the archive, by the file name a row&apos;s cell gives (ODK&apos;s media/)</extracomment>
        <translation>{path} no es un archivo.</translation>
    </message>
    <message>
        <source>{name} is larger than {v0} MB.</source>
        <translation>{name} tiene más de {v0} MB.</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97 file: save it as .xlsx or .csv in your spreadsheet.</source>
        <translation>{name} es un archivo antiguo de Excel 97: guárdelo como .xlsx o .csv en su hoja de cálculo.</translation>
    </message>
    <message>
        <source>{name}: &apos;{member}&apos; cannot be read ({exc}).</source>
        <translation>{name}: no se puede leer &apos;{member}&apos; ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not a text file (CSV) or a spreadsheet (XLSX).</source>
        <translation>{name} no es un archivo de texto (CSV) ni una hoja de cálculo (XLSX).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>{name}, line {number}: longer than {MAX_LINE_CHARS:,} characters, which no row of observations is. The file is damaged or not a table. Nothing was imported.</source>
        <extracomment>The longest line read (characters): a note of 100,000 characters fits ten times over; a file of one endless line would otherwise be read into memory whole before a check. The most columns a table may have (KoBo&apos;s widest exports have a few hundred).</extracomment>
        <translation>{name}, línea {number}: más de {MAX_LINE_CHARS:,} caracteres, lo que ninguna fila de observaciones tiene. El archivo está dañado o no es una tabla. No se importó nada.</translation>
    </message>
    <message>
        <source>{name}, row 1: cannot be read as CSV ({exc}).</source>
        <translation>{name}, fila 1: no se puede leer como CSV ({exc}).</translation>
    </message>
    <message>
        <source>{where}: cannot be read as CSV ({exc}).</source>
        <translation>{where}: no se puede leer como CSV ({exc}).</translation>
    </message>
    <message>
        <source>{where}: cannot be read as {encoding}.</source>
        <translation>{where}: no se puede leer como {encoding}.</translation>
    </message>
    <message>
        <source>{name}, row {start}: a quote (&quot;) opens here and is not closed until line {end}, taking {v0} lines of the file into one cell. Close the quote, or remove it. Nothing was imported.</source>
        <translation>{name}, fila {start}: unas comillas (&quot;) se abren aquí y no se cierran hasta la línea {end}, metiendo {v0} líneas del archivo en una sola celda. Cierre las comillas o quítelas. No se importó nada.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as an Excel workbook ({exc}).</source>
        <extracomment>An .xlsx is a ZIP of XML: refused before it is opened if it would unpack to more than this, or if a large member is compressed far beyond what real sheets reach (~10-40x): a zip bomb takes minutes and gigabytes to read, to yield nothing. openpyxl holds a workbook&apos;s shared strings (every distinct text) in memory, about 150 bytes each: a sheet of 20 million took 3 GB. Above this many, the workbook is refused before it is read, and its user asked for a CSV, which is read as a stream.</extracomment>
        <translation>{name} no se puede abrir como libro de Excel ({exc}).</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} distinct texts, and brdesk reads at most {MAX_SHARED_STRINGS:,} from a workbook (they are all held in memory). Save the sheet as CSV (a CSV of any length is read row by row), or split it.</source>
        <translation>{name} se rechaza: contiene {count:,} textos distintos y brdesk lee como máximo {MAX_SHARED_STRINGS:,} de un libro (se guardan todos en memoria). Guarde la hoja como CSV (un CSV de cualquier longitud se lee fila a fila) o divídala.</translation>
    </message>
    <message>
        <source>{name}, row {v0}: cannot be read ({__name__}: {exc}). The workbook is damaged: open it in a spreadsheet and save it again, or save it as CSV. Nothing was imported.</source>
        <translation>{name}, fila {v0}: no se puede leer ({__name__}: {exc}). El libro está dañado: ábralo en una hoja de cálculo y guárdelo de nuevo, o guárdelo como CSV. No se importó nada.</translation>
    </message>
    <message>
        <source>{name}, row 1: the first row must hold the column names.</source>
        <translation>{name}, fila 1: la primera fila debe contener los nombres de las columnas.</translation>
    </message>
    <message>
        <source>{name}, row 1: {v0:,} columns; brdesk reads tables of up to {MAX_COLUMNS:,}. Remove the columns you do not need, or split the table.</source>
        <translation>{name}, fila 1: {v0:,} columnas; brdesk lee tablas de hasta {MAX_COLUMNS:,}. Quite las columnas que no necesite o divida la tabla.</translation>
    </message>
    <message>
        <source>Cannot export to &apos;{name}&apos;: the file name must end in .xlsx or .csv.</source>
        <translation>No se puede exportar a &apos;{name}&apos;: el nombre debe terminar en .xlsx o .csv.</translation>
    </message>
    <message>
        <source>Cannot write the workbook to &apos;{name}&apos;: the name must end in .xlsx.</source>
        <translation>No se puede escribir el libro en &apos;{name}&apos;: el nombre debe terminar en .xlsx.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as an XLSForm ({exc}).</source>
        <translation>{name} no se puede abrir como XLSForm ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not an XLSForm: it needs a &apos;survey&apos; and a &apos;choices&apos; sheet (download the form as XLS from KoBoToolbox, or use the one given to ODK).</source>
        <translation>{name} no es un XLSForm: necesita una hoja &apos;survey&apos; y una &apos;choices&apos; (descargue el formulario como XLS de KoBoToolbox o use el que se dio a ODK).</translation>
    </message>
    <message>
        <source>{name}: its &apos;choices&apos; sheet needs list_name, name and label columns.</source>
        <translation>{name}: su hoja &apos;choices&apos; necesita las columnas list_name, name y label.</translation>
    </message>
    <message>
        <source>{name}: its &apos;survey&apos; sheet has no select_one or select_multiple question.</source>
        <translation>{name}: su hoja &apos;survey&apos; no tiene ninguna pregunta select_one ni select_multiple.</translation>
    </message>
    <message>
        <source>{name}: its {member} is impossibly large.</source>
        <extracomment>Members smaller than this are not judged by their ratio (tiny repetitive XML parts compress extremely well, harmlessly).</extracomment>
        <translation>{name}: su {member} es imposiblemente grande.</translation>
    </message>
    <message>
        <source>{name}: its {member} is not JSON ({exc}).</source>
        <translation>{name}: su {member} no es JSON ({exc}).</translation>
    </message>
    <message>
        <source>{name} is refused: its part &apos;{v0}&apos; would unpack to {ratio:.0f} times its size (a zip bomb, or a damaged file?).</source>
        <translation>{name} se rechaza: su parte &apos;{v0}&apos; se descomprimiría a {ratio:.0f} veces su tamaño (¿una bomba zip o un archivo dañado?).</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {v0:,.0f} MB.{hint}</source>
        <translation>{name} se rechaza: se descomprimiría a {v0:,.0f} MB.{hint}</translation>
    </message>
    <message>
        <source>{name} has no layer &apos;{v0}&apos; (it has {names}).</source>
        <translation>{name} no tiene la capa &apos;{v0}&apos; (tiene {names}).</translation>
    </message>
    <message>
        <source>{name} holds no polygons to use as zones.{why}</source>
        <translation>{name} no contiene polígonos que usar como zonas.{why}</translation>
    </message>
    <message>
        <source>{name} has several layers ({names}): say which one.</source>
        <translation>{name} tiene varias capas ({names}): diga cuál.</translation>
    </message>
    <message>
        <source>{name}: zones are read from GeoJSON, KML, KMZ or a shapefile (.shp, or a .zip of one), not from a &apos;{v0}&apos; file.</source>
        <translation>{name}: las zonas se leen de GeoJSON, KML, KMZ o un shapefile (.shp o un .zip de uno), no de un archivo &apos;{v0}&apos;.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({strerror}).</source>
        <translation>{name} no se puede leer ({strerror}).</translation>
    </message>
    <message>
        <source>{name} is {v0:,.0f} MB: too large for a boundary file.</source>
        <translation>{name} tiene {v0:,.0f} MB: demasiado grande para un archivo de límites.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, as GeoJSON must be.</source>
        <translation>{name} no es texto UTF-8, como debe serlo un GeoJSON.</translation>
    </message>
    <message>
        <source>{name} is not valid GeoJSON (line {lineno}: {msg}).</source>
        <translation>{name} no es GeoJSON válido (línea {lineno}: {msg}).</translation>
    </message>
    <message>
        <source>{name} is not a GeoJSON FeatureCollection.</source>
        <translation>{name} no es una FeatureCollection de GeoJSON.</translation>
    </message>
    <message>
        <source>{name}: &apos;features&apos; is not a list.</source>
        <translation>{name}: &apos;features&apos; no es una lista.</translation>
    </message>
    <message>
        <source>its coordinates are not numbers</source>
        <translation>sus coordenadas no son números</translation>
    </message>
    <message>
        <source>{name} holds no .kml document.</source>
        <translation>{name} no contiene ningún documento .kml.</translation>
    </message>
    <message>
        <source>{name} is not a KML document.</source>
        <translation>{name} no es un documento KML.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is not a KML coordinate (lon,lat).</source>
        <translation>{name}: &apos;{v0}&apos; no es una coordenada KML (lon,lat).</translation>
    </message>
    <message>
        <source>{where}, feature {number} (&apos;{name}&apos;): {why}.</source>
        <extracomment>A boundary file is a few megabytes; this is far past any real one, short of exhaustion.</extracomment>
        <translation>{where}, elemento {number} (&apos;{name}&apos;): {why}.</translation>
    </message>
    <message>
        <source>{where}, feature {number}: {why}.</source>
        <translation>{where}, elemento {number}: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ring(s) did not end where [it|they] started; each was closed by joining its last corner to its first.</source>
        <translation>
            <numerusform>%Ln anillo no terminaba donde empezaba; se cerró uniendo su último vértice con el primero.</numerusform>
            <numerusform>%Ln anillos no terminaban donde empezaban; cada uno se cerró uniendo su último vértice con el primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln {kind} feature(s) left out: zones are polygons.</source>
        <translation>
            <numerusform>%Ln elemento {kind} omitido: las zonas son polígonos.</numerusform>
            <numerusform>%Ln elementos {kind} omitidos: las zonas son polígonos.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} holds ({x:.0f}, {y:.0f}), which is not longitude and latitude: the file is in a projected system it does not name. {REPROJECT}</source>
        <translation>{name} contiene ({x:.0f}, {y:.0f}), que no son longitud y latitud: el archivo está en un sistema proyectado que no nombra. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name} comes without its .dbf (the attribute table): copy every file named {stem}.* together, or a zip of them.</source>
        <translation>{name} viene sin su .dbf (la tabla de atributos): copie juntos todos los archivos llamados {stem}.*, o un zip de ellos.</translation>
    </message>
    <message>
        <source>{name} holds no shapefile (.shp).</source>
        <translation>{name} no contiene ningún shapefile (.shp).</translation>
    </message>
    <message>
        <source>{name}: {v0} comes without its .dbf.</source>
        <translation>{name}: {v0} viene sin su .dbf.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a zip file ({exc}).</source>
        <translation>{name} no se puede abrir como archivo zip ({exc}).</translation>
    </message>
    <message>
        <source>There is no .prj: coordinates are read as WGS 84 degrees.</source>
        <translation>No hay .prj: las coordenadas se leen como grados WGS 84.</translation>
    </message>
    <message>
        <source>There is no .cpg: the attribute table is read as UTF-8.</source>
        <translation>No hay .cpg: la tabla de atributos se lee como UTF-8.</translation>
    </message>
    <message>
        <source>{name}: its .cpg names an unknown encoding &apos;{encoding}&apos;.</source>
        <translation>{name}: su .cpg nombra una codificación desconocida &apos;{encoding}&apos;.</translation>
    </message>
    <message>
        <source>{name} is not a readable shapefile ({exc}).</source>
        <translation>{name} no es un shapefile legible ({exc}).</translation>
    </message>
    <message>
        <source>{name}: the attribute table is not {encoding}. Add a .cpg file naming its encoding (such as CP1251 or GBK), or save the layer again as UTF-8.</source>
        <translation>{name}: la tabla de atributos no está en {encoding}. Añada un archivo .cpg que nombre su codificación (como CP1251 o GBK) o guarde de nuevo la capa en UTF-8.</translation>
    </message>
    <message>
        <source>There is no self-assessment to export yet.</source>
        <translation>Aún no hay ninguna autoevaluación que exportar.</translation>
    </message>
    <message>
        <source>{name} is no longer in the data folder</source>
        <translation>{name} ya no está en la carpeta de datos</translation>
    </message>
    <message>
        <source>Cannot copy {name} into the data folder: {exc}</source>
        <translation>No se puede copiar {name} en la carpeta de datos: {exc}</translation>
    </message>
    <message>
        <source>Attachment {attachment_id} no longer exists.</source>
        <translation>El adjunto {attachment_id} ya no existe.</translation>
    </message>
    <message>
        <source>{root} is not a cohort folder: there is no cohort to export. Add participants&apos; packages to a folder of its own first (brdesk --data-dir COHORT_FOLDER cohort add PACKAGES).</source>
        <translation>{root} no es una carpeta de cohorte: no hay cohorte que exportar. Añada primero los paquetes de los participantes a una carpeta propia (brdesk --data-dir COHORT_FOLDER cohort add PACKAGES).</translation>
    </message>
    <message>
        <source>The cohort has no participant yet: add their packages first.</source>
        <translation>La cohorte aún no tiene participantes: añada primero sus paquetes.</translation>
    </message>
    <message>
        <source>Cannot export the cohort to &apos;{name}&apos;: the name must end in .docx (Word) or .xlsx (Excel).</source>
        <translation>No se puede exportar la cohorte a &apos;{name}&apos;: el nombre debe terminar en .docx (Word) o .xlsx (Excel).</translation>
    </message>
    <message>
        <source>That good practice is no longer in the participant&apos;s package.</source>
        <translation>Esa buena práctica ya no está en el paquete del participante.</translation>
    </message>
    <message>
        <source>A cohort package is a .brdesk file: &apos;{name}&apos; is not.</source>
        <translation>Un paquete de cohorte es un archivo .brdesk: &apos;{name}&apos; no lo es.</translation>
    </message>
    <message>
        <source>{root} (last changed {when:%d %b %Y %H:%M}): {held}</source>
        <translation>{root} (último cambio: {when:%d %b %Y %H:%M}): {held}</translation>
    </message>
    <message>
        <source>No brdesk data in {folder}: choose the folder of the earlier brdesk, or the &apos;{PORTABLE_FOLDER}&apos; folder inside it (it holds {DB_NAME}).</source>
        <translation>No hay datos de brdesk en {folder}: elija la carpeta del brdesk anterior o la carpeta &apos;{PORTABLE_FOLDER}&apos; que contiene (con {DB_NAME}).</translation>
    </message>
    <message>
        <source>The data in {root} was written by a newer brdesk (schema {revision}). It was left untouched: use that brdesk, or a newer one.</source>
        <translation>Los datos de {root} los escribió un brdesk más reciente (esquema {revision}). Se dejaron intactos: use ese brdesk u otro más reciente.</translation>
    </message>
    <message>
        <source>{root} already holds data: nothing was copied. Bring earlier data only into a new, empty brdesk (or open the earlier folder with File &gt; Open data folder).</source>
        <translation>{root} ya contiene datos: no se copió nada. Traiga datos anteriores solo a un brdesk nuevo y vacío (o abra la carpeta anterior con Archivo &gt; Abrir carpeta de datos).</translation>
    </message>
    <message>
        <source>That is the data folder already open: nothing to bring.</source>
        <translation>Esa es la carpeta de datos ya abierta: no hay nada que traer.</translation>
    </message>
    <message>
        <source>Could not copy the data from {root} to {v0}: {v1}. The earlier data was not changed.</source>
        <translation>No se pudieron copiar los datos de {root} a {v0}: {v1}. Los datos anteriores no cambiaron.</translation>
    </message>
    <message>
        <source>{filename}: {member} is larger than {v0} MB. Nothing was imported.</source>
        <translation>{filename}: {member} tiene más de {v0} MB. No se importó nada.</translation>
    </message>
    <message>
        <source>{filename}: {member}: {refused}. Nothing was imported.</source>
        <translation>{filename}: {member}: {refused}. No se importó nada.</translation>
    </message>
    <message>
        <source>Cannot export observations to &apos;{name}&apos;: use .csv, .xlsx, .geojson or .zip (a Darwin Core Archive).</source>
        <extracomment>Half the diagonal of a 0.1-degree cell at the equator, in metres. Elevations of sensitive records are rounded to this many metres. Added to an exact archive&apos;s name and title: it is for the user&apos;s own use.</extracomment>
        <translation>No se pueden exportar observaciones a &apos;{name}&apos;: use .csv, .xlsx, .geojson o .zip (un Archivo Darwin Core).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) without coordinates [was|were] left out.</source>
        <translation>
            <numerusform>Se dejó fuera %Ln observación sin coordenadas.</numerusform>
            <numerusform>Se dejaron fuera %Ln observaciones sin coordenadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Named {name}: it holds exact locations of sensitive records.</source>
        <translation>Se llama {name}: contiene las ubicaciones exactas de registros sensibles.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) not of species [was|were] left out.</source>
        <translation>
            <numerusform>Se dejó fuera %Ln observación que no es de especies.</numerusform>
            <numerusform>Se dejaron fuera %Ln observaciones que no son de especies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln species record(s) [was|were] left out (export them as occurrences).</source>
        <translation>
            <numerusform>Se dejó fuera %Ln registro de especies (expórtelo como ocurrencia).</numerusform>
            <numerusform>Se dejaron fuera %Ln registros de especies (expórtelos como ocurrencias).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no action plan to export yet.</source>
        <translation>Aún no hay ningún plan de acción que exportar.</translation>
    </message>
    <message>
        <source>Cannot write the case study to &apos;{name}&apos;: the name must end in .docx.</source>
        <extracomment>A case study stays within two pages: a row of three photos, ten observations listed. Photos are scaled to this many pixels on their long side: sharp at 5 cm, and a report with twenty practices stays a file one can e-mail. The form&apos;s parts, in its order, as the case study heads them.</extracomment>
        <translation>No se puede escribir el estudio de caso en &apos;{name}&apos;: el nombre debe terminar en .docx.</translation>
    </message>
    <message>
        <source>{parent} is not a folder.</source>
        <translation>{parent} no es una carpeta.</translation>
    </message>
    <message>
        <source>Fill in your profile first: the submission carries your name.</source>
        <translation>Complete primero su perfil: el envío lleva su nombre.</translation>
    </message>
    <message>
        <source>Cannot write in {parent}: {v0}.</source>
        <translation>No se puede escribir en {parent}: {v0}.</translation>
    </message>
    <message>
        <source>There is no plan template &apos;{template_id}&apos;.</source>
        <translation>No hay ninguna plantilla de plan &apos;{template_id}&apos;.</translation>
    </message>
    <message>
        <source>an outline needs at least one polygon</source>
        <translation>un contorno necesita al menos un polígono</translation>
    </message>
    <message>
        <source>a polygon needs an outer ring</source>
        <translation>un polígono necesita un anillo exterior</translation>
    </message>
    <message>
        <source>a geometry must be a GeoJSON object</source>
        <translation>una geometría debe ser un objeto GeoJSON</translation>
    </message>
    <message>
        <source>a zone is a Polygon or a MultiPolygon, not a {kind}</source>
        <translation>una zona es un Polygon o un MultiPolygon, no un {kind}</translation>
    </message>
    <message>
        <source>the geometry has no list of coordinates</source>
        <translation>la geometría no tiene lista de coordenadas</translation>
    </message>
    <message>
        <source>a coordinate is not a pair of numbers</source>
        <translation>una coordenada no es un par de números</translation>
    </message>
    <message>
        <source>a ring needs at least 3 distinct corners, this one has {n}</source>
        <translation>un anillo necesita al menos 3 vértices distintos, este tiene {n}</translation>
    </message>
    <message>
        <source>a ring must end where it starts</source>
        <translation>un anillo debe terminar donde empieza</translation>
    </message>
    <message>
        <source>({lon:g}, {lat:g}) is not a longitude and latitude in degrees</source>
        <translation>({lon:g}, {lat:g}) no es una longitud y latitud en grados</translation>
    </message>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s words a user reads (Python 3.11 to 3.13), as argparse writes them.</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <extracomment>argparse&apos;s refusals, with its placeholders (&quot;%(name)s&quot;, &quot;%s&quot;, &quot;%r&quot;); a translation keeps them.</extracomment>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <source>a CSV&apos;s separators: commas and decimal points (the default), or semicolons and decimal commas, as Excel in French, Spanish, Russian or German reads them</source>
        <translation>los separadores del CSV: comas y punto decimal (por defecto), o punto y coma y coma decimal, como los lee Excel en francés, español, ruso o alemán</translation>
    </message>
    <message>
        <source>Offline workbench for mountain biosphere reserves.</source>
        <translation>Mesa de trabajo sin conexión para las reservas de biosfera de montaña.</translation>
    </message>
    <message>
        <source>With no command, brdesk opens its window.</source>
        <translation>Sin comando, brdesk abre su ventana.</translation>
    </message>
    <message>
        <source>show brdesk&apos;s version and exit</source>
        <translation>mostrar la versión de brdesk y salir</translation>
    </message>
    <message>
        <source>the data folder to use (default: BRDESK_DATA_DIR, portable mode, or your user data folder)</source>
        <translation>la carpeta de datos que usar (por defecto: BRDESK_DATA_DIR, el modo portátil o su carpeta de datos de usuario)</translation>
    </message>
    <message>
        <source>keep the records on an office database server: postgresql://USER@HOST/DB (default: BRDESK_DATABASE_URL; the password from ~/.pgpass or the server&apos;s own rules, never the command line&apos;s history)</source>
        <translation>guardar los registros en un servidor de base de datos de la oficina: postgresql://USER@HOST/DB (por defecto: BRDESK_DATABASE_URL; la contraseña, de ~/.pgpass o de las reglas del propio servidor, nunca del historial de la línea de comandos)</translation>
    </message>
    <message>
        <source>show tracebacks and log in detail</source>
        <translation>mostrar las trazas y registrar en detalle</translation>
    </message>
    <message>
        <source>the language: en, zh_CN, es, fr or ru (default: BRDESK_LANG; else the window takes the choice saved in the data folder or the system&apos;s, a command English)</source>
        <translation>el idioma: en, zh_CN, es, fr o ru (por defecto: BRDESK_LANG; si no, la ventana toma la elección guardada en la carpeta de datos o la del sistema, y un comando el inglés)</translation>
    </message>
    <message>
        <source>open the main window (the default)</source>
        <translation>abrir la ventana principal (por defecto)</translation>
    </message>
    <message>
        <source>fill the data folder with a demo reserve, plan and observations</source>
        <translation>llenar la carpeta de datos con una reserva, un plan y observaciones de demostración</translation>
    </message>
    <message>
        <source>how many observations to generate (default 5000; up to 1,000,000)</source>
        <translation>cuántas observaciones generar (por defecto 5000; hasta 1 000 000)</translation>
    </message>
    <message>
        <source>replace data already in the folder (a backup is made first)</source>
        <translation>reemplazar los datos que ya hay en la carpeta (antes se hace una copia de seguridad)</translation>
    </message>
    <message>
        <source>check the database: integrity, links and schema version</source>
        <translation>comprobar la base de datos: integridad, vínculos y versión del esquema</translation>
    </message>
    <message>
        <source>write your data to files others read</source>
        <translation>escribir sus datos en archivos que otros leen</translation>
    </message>
    <message>
        <source>the action plan, one row per action (.xlsx or .csv)</source>
        <translation>el plan de acción, una fila por acción (.xlsx o .csv)</translation>
    </message>
    <message>
        <source>the management-effectiveness self-assessments, one row per question and assessment (.xlsx or .csv)</source>
        <translation>las autoevaluaciones de la efectividad de la gestión, una fila por pregunta y evaluación (.xlsx o .csv)</translation>
    </message>
    <message>
        <source>the file to write: OUT.xlsx or OUT.csv</source>
        <translation>el archivo que escribir: OUT.xlsx u OUT.csv</translation>
    </message>
    <message>
        <source>the post-training report as a Word file (.docx)</source>
        <translation>el informe posterior a la formación como archivo de Word (.docx)</translation>
    </message>
    <message>
        <source>the file to write: OUT.docx</source>
        <translation>el archivo que escribir: OUT.docx</translation>
    </message>
    <message>
        <source>leave out the action plan</source>
        <translation>omitir el plan de acción</translation>
    </message>
    <message>
        <source>leave out the charts</source>
        <translation>omitir los gráficos</translation>
    </message>
    <message>
        <source>leave out the SDG and GBF alignment</source>
        <translation>omitir la alineación con los ODS y el MMB</translation>
    </message>
    <message>
        <source>leave out the zones&apos; map and their counts</source>
        <translation>omitir el mapa de las zonas y sus recuentos</translation>
    </message>
    <message>
        <source>add the latest management-effectiveness self-assessment (and the one before)</source>
        <translation>añadir la última autoevaluación de la efectividad de la gestión (y la anterior)</translation>
    </message>
    <message>
        <source>add the good practices as case studies</source>
        <translation>añadir las buenas prácticas como estudios de caso</translation>
    </message>
    <message>
        <source>a good practice as a one- or two-page Word case study (.docx)</source>
        <translation>una buena práctica como estudio de caso de Word de una o dos páginas (.docx)</translation>
    </message>
    <message>
        <source>its title, or the start of it</source>
        <translation>su título, o su comienzo</translation>
    </message>
    <message>
        <source>the dashboard as A4 landscape PDF pages or a 1920x1080 PNG slide</source>
        <translation>el panel como páginas PDF A4 apaisadas o una diapositiva PNG de 1920x1080</translation>
    </message>
    <message>
        <source>OUT.pdf (to print) or OUT.png (a slide)</source>
        <translation>OUT.pdf (para imprimir) u OUT.png (una diapositiva)</translation>
    </message>
    <message>
        <source>from this date</source>
        <translation>desde esta fecha</translation>
    </message>
    <message>
        <source>up to this date</source>
        <translation>hasta esta fecha</translation>
    </message>
    <message>
        <source>only this observation category</source>
        <translation>solo esta categoría de observación</translation>
    </message>
    <message>
        <source>only this pillar</source>
        <translation>solo este pilar</translation>
    </message>
    <message>
        <source>monitoring of the observations inside this zone on the map only</source>
        <translation>solo el seguimiento de las observaciones dentro de esta zona del mapa</translation>
    </message>
    <message>
        <source>observations as .csv, .xlsx, .geojson or a Darwin Core .zip</source>
        <translation>observaciones como .csv, .xlsx, .geojson o un .zip Darwin Core</translation>
    </message>
    <message>
        <source>OUT.csv, OUT.xlsx, OUT.geojson or OUT.zip</source>
        <translation>OUT.csv, OUT.xlsx, OUT.geojson u OUT.zip</translation>
    </message>
    <message>
        <source>keep exact coordinates of sensitive records (for your own use only)</source>
        <translation>conservar las coordenadas exactas de los registros sensibles (solo para uso propio)</translation>
    </message>
    <message>
        <source>a .zip of the measurements (climate, glaciers, habitat, people) as a sampling-event Darwin Core Archive, instead of the species occurrences</source>
        <translation>un .zip de las mediciones (clima, glaciares, hábitat, personas) como Archivo Darwin Core de eventos de muestreo, en lugar de las ocurrencias de especies</translation>
    </message>
    <message>
        <source>the licence a Darwin Core Archive declares (GBIF accepts these three)</source>
        <translation>la licencia que declara un Archivo Darwin Core (GBIF acepta estas tres)</translation>
    </message>
    <message>
        <source>only this category (species, climate, ...)</source>
        <translation>solo esta categoría (species, climate, ...)</translation>
    </message>
    <message>
        <source>only records whose taxon, site, notes or observer contain this</source>
        <translation>solo los registros cuyo taxón, sitio, notas u observador contengan esto</translation>
    </message>
    <message>
        <source>the zones on the map as GeoJSON (WGS84)</source>
        <translation>las zonas del mapa como GeoJSON (WGS84)</translation>
    </message>
    <message>
        <source>the file to write: OUT.geojson</source>
        <translation>el archivo que escribir: OUT.geojson</translation>
    </message>
    <message>
        <source>a package (.brdesk) for another laptop&apos;s brdesk: all the data, or a selection</source>
        <translation>un paquete (.brdesk) para el brdesk de otro portátil: todos los datos o una selección</translation>
    </message>
    <message>
        <source>the file to write: OUT.brdesk</source>
        <translation>el archivo que escribir: OUT.brdesk</translation>
    </message>
    <message>
        <source>only the observations (with their attachments), or only the action plan</source>
        <translation>solo las observaciones (con sus adjuntos), o solo el plan de acción</translation>
    </message>
    <message>
        <source>observations from this date</source>
        <translation>observaciones desde esta fecha</translation>
    </message>
    <message>
        <source>observations up to this date</source>
        <translation>observaciones hasta esta fecha</translation>
    </message>
    <message>
        <source>(a cohort folder) the cohort report (.docx), workbook (.xlsx), or the whole cohort as one package (.brdesk) for another cohort folder</source>
        <translation>(una carpeta de cohorte) el informe de la cohorte (.docx), el libro (.xlsx), o toda la cohorte como un paquete (.brdesk) para otra carpeta de cohorte</translation>
    </message>
    <message>
        <source>OUT.docx, OUT.xlsx or OUT.brdesk</source>
        <translation>OUT.docx, OUT.xlsx u OUT.brdesk</translation>
    </message>
    <message>
        <source>only the follow-up list: who has sent what (.docx or .xlsx)</source>
        <translation>solo la lista de seguimiento: quién ha enviado qué (.docx o .xlsx)</translation>
    </message>
    <message>
        <source>a trainer&apos;s cohort folder: participants&apos; packages kept apart</source>
        <translation>la carpeta de cohorte de un formador: los paquetes de los participantes por separado</translation>
    </message>
    <message>
        <source>add participants&apos; packages (files, folders of them, cohort packages); a newer package from the same participant replaces the older; an empty folder becomes a cohort folder</source>
        <translation>añadir paquetes de participantes (archivos, carpetas de ellos, paquetes de cohorte); un paquete más reciente del mismo participante reemplaza al anterior; una carpeta vacía se convierte en carpeta de cohorte</translation>
    </message>
    <message>
        <source>the cohort&apos;s participants, one a line</source>
        <translation>los participantes de la cohorte, uno por línea</translation>
    </message>
    <message>
        <source>bring records in from field tools and files</source>
        <translation>traer registros desde herramientas de campo y archivos</translation>
    </message>
    <message>
        <source>observations from KoBoToolbox, ODK, iNaturalist, GBIF, Darwin Core, CSV or XLSX</source>
        <translation>observaciones de KoBoToolbox, ODK, iNaturalist, GBIF, Darwin Core, CSV o XLSX</translation>
    </message>
    <message>
        <source>which column holds which field</source>
        <translation>qué columna contiene qué campo</translation>
    </message>
    <message>
        <source>check the file, import nothing</source>
        <translation>comprobar el archivo, no importar nada</translation>
    </message>
    <message>
        <source>the form&apos;s XLSForm: choice names in the file (XML values) import as their labels</source>
        <translation>el XLSForm del formulario: los nombres de las opciones en el archivo (valores XML) se importan como sus etiquetas</translation>
    </message>
    <message>
        <source>the CSV&apos;s text encoding (cp1251, gb18030...), when the one detected is wrong</source>
        <translation>la codificación del texto del CSV (cp1251, gb18030...), cuando la detectada es errónea</translation>
    </message>
    <message>
        <source>import the valid rows even if some are rejected (default: import nothing then)</source>
        <translation>importar las filas válidas aunque se rechacen algunas (por defecto: entonces no se importa nada)</translation>
    </message>
    <message>
        <source>the reserve&apos;s zones from GeoJSON, KML/KMZ or a shapefile (.shp or .zip); they replace the zones on the map</source>
        <translation>las zonas de la reserva desde GeoJSON, KML/KMZ o un shapefile (.shp o .zip); reemplazan las zonas del mapa</translation>
    </message>
    <message>
        <source>the layer to read, if the file has several</source>
        <translation>la capa que leer, si el archivo tiene varias</translation>
    </message>
    <message>
        <source>the attribute saying core, buffer or transition (default: the first whose values all do)</source>
        <translation>el atributo que dice zona núcleo, zona tampón o zona de transición (por defecto: el primero cuyos valores lo dicen todos)</translation>
    </message>
    <message>
        <source>check the file, change nothing</source>
        <translation>comprobar el archivo, no cambiar nada</translation>
    </message>
    <message>
        <source>merge a package (.brdesk) from another laptop into your data</source>
        <translation>combinar un paquete (.brdesk) de otro portátil con sus datos</translation>
    </message>
    <message>
        <source>say what would change, change nothing</source>
        <translation>decir qué cambiaría, no cambiar nada</translation>
    </message>
    <message>
        <source>back up your data now: in the backups folder, or to OUT (.zip, attachments included) to carry away</source>
        <translation>hacer ahora una copia de seguridad de sus datos: en la carpeta de copias, o en OUT (.zip, con los adjuntos) para llevársela</translation>
    </message>
    <message>
        <source>an archive to write (.zip)</source>
        <translation>un archivo comprimido que escribir (.zip)</translation>
    </message>
    <message>
        <source>list the backups in the backups folder</source>
        <translation>listar las copias de la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>replace your data with a backup (your current data is backed up first)</source>
        <translation>reemplazar sus datos por una copia de seguridad (antes se copian sus datos actuales)</translation>
    </message>
    <message>
        <source>a backup (.db, or a .zip archive), or a name from &apos;backups&apos;</source>
        <translation>una copia (.db, o un archivo .zip), o un nombre de &apos;backups&apos;</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>no pedir confirmación</translation>
    </message>
    <message>
        <source>copy the data of an earlier brdesk (its folder, or its brdesk-data folder) into this one&apos;s empty data folder and bring it up to date; the earlier folder is not changed</source>
        <translation>copiar los datos de un brdesk anterior (su carpeta, o su carpeta brdesk-data) en la carpeta de datos vacía de este y ponerlos al día; la carpeta anterior no se cambia</translation>
    </message>
    <message>
        <source>the earlier brdesk&apos;s folder</source>
        <translation>la carpeta del brdesk anterior</translation>
    </message>
    <message>
        <source>on the office network: send this folder&apos;s records to the office database and bring back the office&apos;s (a record edited on both sides is reported)</source>
        <translation>en la red de la oficina: enviar los registros de esta carpeta a la base de datos de la oficina y traer los de la oficina (se informa de un registro editado en ambos lados)</translation>
    </message>
    <message>
        <source>the office database: postgresql://USER@HOST/DB</source>
        <translation>la base de datos de la oficina: postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <source>open every page offscreen on a temporary demo and check it</source>
        <translation>abrir cada página fuera de pantalla con una demostración temporal y comprobarla</translation>
    </message>
    <message>
        <source>save a 1366x768 PNG of every page in DIR</source>
        <translation>guardar un PNG de 1366x768 de cada página en DIR</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; writes in {root}, and cannot: {why} Nothing was changed.</source>
        <extracomment>refused: bad input, a busy or read-only folder, rows rejected; nothing was changed a bug: logged with its traceback Ctrl+C</extracomment>
        <translation>&apos;{command}&apos; escribe en {root}, y no puede: {why} No se cambió nada.</translation>
    </message>
    <message>
        <source>Writing observations: {done:,} / {of:,}</source>
        <translation>Escribiendo observaciones: {done:,} / {of:,}</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>--category: use one of {names}.</source>
        <translation>--category: use una de {names}.</translation>
    </message>
    <message>
        <source>The database at {where} was written by a newer version of brdesk (schema {revision}). It was left untouched: use that version, or update brdesk.</source>
        <translation>La base de datos en {where} fue escrita por una versión más reciente de brdesk (esquema {revision}). No se ha tocado: use esa versión, o actualice brdesk.</translation>
    </message>
    <message>
        <source>{path} is not a brdesk database (it has tables but no brdesk schema version). It was left untouched.</source>
        <translation>{path} no es una base de datos de brdesk (tiene tablas pero ninguna versión de esquema de brdesk). No se ha tocado.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of brdesk (schema {revision}). It was left untouched: open it with that version, or update brdesk.</source>
        <translation>{path} fue escrita por una versión más reciente de brdesk (esquema {revision}). No se ha tocado: ábrala con esa versión, o actualice brdesk.</translation>
    </message>
    <message numerus="yes">
        <source>The upgrade would leave %n broken link(s) (first: {first}); nothing was changed.</source>
        <translation>
            <numerusform>La actualización dejaría %n vínculo roto (el primero: {first}); no se cambió nada.</numerusform>
            <numerusform>La actualización dejaría %n vínculos rotos (el primero: {first}); no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the data folder {root}: {problem}. Choose another folder with --data-dir, or check that the disk is writable.</source>
        <extracomment>An office database server to keep the records on (issue 22), as --database-url.</extracomment>
        <translation>No se puede crear la carpeta de datos {root}: {problem}. Elija otra carpeta con --data-dir, o compruebe que se puede escribir en el disco.</translation>
    </message>
    <message>
        <source>a file needs a name</source>
        <extracomment>Names Windows keeps for devices, whatever follows the first dot (&quot;con.txt&quot; included). Windows&apos; MAX_PATH less the terminating character: longer paths need the \? form.</extracomment>
        <translation>un archivo necesita un nombre</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends with a dot or a space, which Windows drops or refuses</source>
        <translation>&apos;{name}&apos; termina en punto o espacio, que Windows quita o rechaza</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds characters Windows does not allow in names ({shown})</source>
        <translation>&apos;{name}&apos; contiene caracteres que Windows no admite en los nombres ({shown})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a name Windows keeps for a device ({device})</source>
        <translation>&apos;{name}&apos; es un nombre que Windows reserva para un dispositivo ({device})</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is longer than the 255 characters a name may have</source>
        <translation>&apos;{start}…&apos; supera los 255 caracteres que puede tener un nombre</translation>
    </message>
    <message>
        <source>--observations must be between 0 and {most:,}.</source>
        <translation>--observations debe estar entre 0 y {most:,}.</translation>
    </message>
    <message>
        <source>{root} already holds data. The demo will not overwrite it: use another --data-dir, or --force to replace it (a backup is made first).</source>
        <translation>{root} ya contiene datos. La demostración no los sobrescribirá: use otro --data-dir, o --force para reemplazarlos (antes se hace una copia de seguridad).</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({problem}). It was left untouched. Restore a backup from the backups folder, or run &apos;brdesk check&apos; for details.</source>
        <translation>{path} no se puede leer como base de datos ({problem}). No se ha tocado. Restaure una copia de la carpeta de copias de seguridad, o ejecute &apos;brdesk check&apos; para ver los detalles.</translation>
    </message>
    <message>
        <source>Adding packages: {done:,} / {of:,}</source>
        <translation>Añadiendo paquetes: {done:,} / {of:,}</translation>
    </message>
    <message>
        <source>{root} is not a cohort folder.</source>
        <translation>{root} no es una carpeta de cohorte.</translation>
    </message>
    <message numerus="yes">
        <source>Cohort package of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Paquete de la cohorte de %Ln participante escrito en {out}</numerusform>
            <numerusform>Paquete de la cohorte de %Ln participantes escrito en {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up list of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Lista de seguimiento de %Ln participante escrita en {out}</numerusform>
            <numerusform>Lista de seguimiento de %Ln participantes escrita en {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort report of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Informe de la cohorte de %Ln participante escrito en {out}</numerusform>
            <numerusform>Informe de la cohorte de %Ln participantes escrito en {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort workbook of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Libro de la cohorte de %Ln participante escrito en {out}</numerusform>
            <numerusform>Libro de la cohorte de %Ln participantes escrito en {out}</numerusform>
        </translation>
    </message>
    <message>
        <source>an extra {kind} &apos;{name}&apos; that brdesk never makes</source>
        <extracomment>(kind, name) -&gt; what must match</extracomment>
        <translation>un {kind} de más, &apos;{name}&apos;, que brdesk nunca crea</translation>
    </message>
    <message>
        <source>its {kind} &apos;{name}&apos; is missing</source>
        <translation>falta su {kind} &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>its {kind} &apos;{name}&apos; is not as brdesk makes it</source>
        <translation>su {kind} &apos;{name}&apos; no es como lo crea brdesk</translation>
    </message>
    <message>
        <source>JPEG picture</source>
        <extracomment>Opens the content to look at, for one reading. Each kind brdesk keeps: the name endings it goes by, and how its content begins.</extracomment>
        <translation>imagen JPEG</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>imagen PNG</translation>
    </message>
    <message>
        <source>GIF picture</source>
        <translation>imagen GIF</translation>
    </message>
    <message>
        <source>TIFF picture</source>
        <translation>imagen TIFF</translation>
    </message>
    <message>
        <source>WebP picture</source>
        <translation>imagen WebP</translation>
    </message>
    <message>
        <source>HEIC picture</source>
        <translation>imagen HEIC</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>documento PDF</translation>
    </message>
    <message>
        <source>Office document</source>
        <translation>documento de Office</translation>
    </message>
    <message>
        <source>OpenDocument</source>
        <translation>OpenDocument</translation>
    </message>
    <message>
        <source>older Office document</source>
        <translation>documento de Office antiguo</translation>
    </message>
    <message>
        <source>RTF document</source>
        <translation>documento RTF</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a Linux program (ELF)</source>
        <extracomment>How programs begin: named in the refusal, whatever the file is called.</extracomment>
        <translation>un programa de Linux (ELF)</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>un programa de Windows</translation>
    </message>
    <message>
        <source>a macOS program</source>
        <translation>un programa de macOS</translation>
    </message>
    <message>
        <source>a macOS or Java program</source>
        <translation>un programa de macOS o Java</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>un script</translation>
    </message>
    <message>
        <source>pictures, PDFs, office documents and plain text ({suffixes})</source>
        <translation>imágenes, PDF, documentos de oficina y texto plano ({suffixes})</translation>
    </message>
    <message>
        <source>{name} cannot be read ({problem})</source>
        <translation>{name} no se puede leer ({problem})</translation>
    </message>
    <message>
        <source>{name} is {program}, not a document or a picture</source>
        <translation>{name} es {program}, no un documento ni una imagen</translation>
    </message>
    <message>
        <source>{name}: brdesk keeps only {allowed}</source>
        <translation>{name}: brdesk solo guarda {allowed}</translation>
    </message>
    <message>
        <source>{name} is not an {kind}, though its name says so</source>
        <translation>{name} no es del tipo {kind}, aunque su nombre lo indique</translation>
    </message>
    <message>
        <source>{name} is not a {kind}, though its name says so</source>
        <translation>{name} no es del tipo {kind}, aunque su nombre lo indique</translation>
    </message>
    <message>
        <source>Synchronised with the office database {office}.</source>
        <extracomment>(step, of how many) as each of the four stages goes: write, send, write, bring. the laptop&apos;s records merged into the office database the office&apos;s records merged into the laptop</extracomment>
        <translation>Sincronizado con la base de datos de la oficina {office}.</translation>
    </message>
    <message>
        <source>Sent from this computer to the office:</source>
        <translation>Enviado desde este equipo a la oficina:</translation>
    </message>
    <message>
        <source>Brought from the office to this computer:</source>
        <translation>Traído de la oficina a este equipo:</translation>
    </message>
    <message>
        <source>The records of this data folder are on an office database already: there is nothing to synchronise. Synchronise from a laptop&apos;s own folder.</source>
        <translation>Los registros de esta carpeta de datos ya están en una base de datos de oficina: no hay nada que sincronizar. Sincronice desde la carpeta propia de un portátil.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown, not changed:&lt;/b&gt; {pages}. Your office login ({user}) may not change them; the office&apos;s administrator gives such rights.</source>
        <extracomment>The table whose records each page edits: a login the office granted no changes to it (docs/office-server.md&apos;s observers) sees that page read-only. The folder&apos;s settings holding the office database&apos;s address (never a password): the one the window opens, and the one this computer synchronises with.</extracomment>
        <translation>&lt;b&gt;Se muestran, no se cambian:&lt;/b&gt; {pages}. Su usuario de la oficina ({user}) no puede cambiarlos; el administrador de la oficina otorga esos derechos.</translation>
    </message>
    <message>
        <source>The office database&apos;s address, as your office&apos;s administrator gave it: postgresql://your-login@office-computer/brdesk

The password comes from your .pgpass file, or brdesk asks for it; it is never saved.</source>
        <translation>La dirección de la base de datos de la oficina, tal como la dio su administrador: postgresql://su-usuario@equipo-de-oficina/brdesk

La contraseña se toma de su archivo .pgpass, o brdesk la pide; nunca se guarda.</translation>
    </message>
    <message>
        <source>“{url}” is not an office database&apos;s address: it reads postgresql://your-login@office-computer/brdesk</source>
        <translation>“{url}” no es la dirección de una base de datos de oficina: tiene la forma postgresql://su-usuario@equipo-de-oficina/brdesk</translation>
    </message>
    <message>
        <source>Connect to an office database</source>
        <translation>Conectar a una base de datos de oficina</translation>
    </message>
    <message>
        <source>Password for the office database</source>
        <translation>Contraseña de la base de datos de la oficina</translation>
    </message>
    <message>
        <source>{problem}

Type your password for the office database (it is not saved):</source>
        <translation>{problem}

Escriba su contraseña de la base de datos de la oficina (no se guarda):</translation>
    </message>
    <message>
        <source>Synchronise with the office database</source>
        <translation>Sincronizar con la base de datos de la oficina</translation>
    </message>
    <message>
        <source>Synchronising with the office database…</source>
        <translation>Sincronizando con la base de datos de la oficina…</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Sincronizado</translation>
    </message>
</context>
</TS>
