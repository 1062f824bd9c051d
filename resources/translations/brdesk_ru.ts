<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>Home</source>
        <extracomment>matplotlib&apos;s toolbar names its tools in English; the window&apos;s language instead.
----------
&quot;module:Class&quot; under brdesk.ui.pages shown in a cohort folder (where only such pages are), not in a personal one</extracomment>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Reset original view</source>
        <translation>Вернуть исходный вид</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to previous view</source>
        <translation>К предыдущему виду</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Forward to next view</source>
        <translation>К следующему виду</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>Left button pans, right button zooms</source>
        <translation>Левая кнопка — сдвиг, правая — масштаб</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Zoom to rectangle</source>
        <translation>Увеличить прямоугольник</translation>
    </message>
    <message>
        <source>Subplots</source>
        <translation>Подграфики</translation>
    </message>
    <message>
        <source>Configure subplots</source>
        <translation>Настроить подграфики</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>Настроить</translation>
    </message>
    <message>
        <source>Edit axis, curve and image parameters</source>
        <translation>Изменить параметры осей, кривых и изображений</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the figure</source>
        <translation>Сохранить рисунок</translation>
    </message>
    <message>
        <source>My reserve</source>
        <translation>Мой резерват</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Passport page</source>
        <translation>Страница паспорта</translation>
    </message>
    <message>
        <source>Visa page</source>
        <translation>Страница визы</translation>
    </message>
    <message>
        <source>Entry/exit stamps</source>
        <translation>Отметки о въезде и выезде</translation>
    </message>
    <message>
        <source>Pillar 1</source>
        <translation>Направление 1</translation>
    </message>
    <message>
        <source>Pillar 2</source>
        <translation>Направление 2</translation>
    </message>
    <message>
        <source>Pillar 3</source>
        <translation>Направление 3</translation>
    </message>
    <message>
        <source>Pillar 4</source>
        <translation>Направление 4</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Эффективность</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Выполнено действий</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Сканы</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>нет в списке</translation>
    </message>
    <message>
        <source>{state} (file)</source>
        <translation>{state} (файл)</translation>
    </message>
    <message>
        <source>{sent} of {total} sent</source>
        <translation>отправлено {sent} из {total}</translation>
    </message>
    <message>
        <source>{done} of {actions}</source>
        <translation>{done} из {actions}</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>нет плана</translation>
    </message>
    <message>
        <source>Still to send</source>
        <translation>Осталось отправить</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Действий пока нет</translation>
    </message>
    <message>
        <source>No indicator has a target and a latest value yet</source>
        <translation>Ни у одного индикатора пока нет целевого и последнего значения</translation>
    </message>
    <message>
        <source>Pillar {number}</source>
        <translation>Направление {number}</translation>
    </message>
    <message>
        <source>Progress from baseline to target (%)</source>
        <translation>Продвижение от исходного уровня к цели (%)</translation>
    </message>
    <message>
        <source>No observations yet</source>
        <translation>Наблюдений пока нет</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Actions per SDG</source>
        <translation>Действия по ЦУР</translation>
    </message>
    <message>
        <source>Actions per GBF target</source>
        <translation>Действия по задачам ГРП</translation>
    </message>
    <message>
        <source>No observations yet: import or add some</source>
        <translation>Наблюдений пока нет: импортируйте или добавьте</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>янв</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>фев</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>мар</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>апр</translation>
    </message>
    <message>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>июн</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>июл</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>авг</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>сен</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>окт</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>ноя</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>дек</translation>
    </message>
    <message>
        <source>No species records yet</source>
        <translation>Регистраций видов пока нет</translation>
    </message>
    <message>
        <source>Taxa recorded per year</source>
        <translation>Таксонов зарегистрировано за год</translation>
    </message>
    <message>
        <source>Species accumulation</source>
        <translation>Накопление видов</translation>
    </message>
    <message>
        <source>Species records</source>
        <translation>Регистрации видов</translation>
    </message>
    <message>
        <source>No species records with an elevation yet</source>
        <translation>Регистраций видов с высотой пока нет</translation>
    </message>
    <message>
        <source>10-90 % of records</source>
        <translation>10–90 % записей</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>No action has a start and an end date yet</source>
        <translation>Ни у одного действия пока нет дат начала и окончания</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Нет записей.</translation>
    </message>
    <message>
        <source>Nothing answered yet</source>
        <translation>Ответов пока нет</translation>
    </message>
    <message>
        <source>No zones and no located observations yet</source>
        <translation>Пока нет ни зон, ни наблюдений с координатами</translation>
    </message>
    <message>
        <source>N</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Points drawn in the window: beyond this the map samples the log evenly (and says so).</extracomment>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>Two columns of panels from this width of the page&apos;s viewport (pixels) up.</extracomment>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Report &amp; follow-up</source>
        <translation>Отчёт и документы</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Передовой опыт</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Группа участников</translation>
    </message>
    <message>
        <source>Your participants&apos; packages, each kept apart and read-only. Add the packages they hand in (a newer one replaces the older); compare their plans; export the cohort.</source>
        <translation>Пакеты ваших участников: каждый хранится отдельно и только для чтения. Добавляйте пакеты, которые они сдают (более новый заменяет прежний), сравнивайте их планы, экспортируйте группу.</translation>
    </message>
    <message>
        <source>Add packages…</source>
        <translation>Добавить пакеты…</translation>
    </message>
    <message>
        <source>Participants&apos; packages (.brdesk), several at once (Ctrl+N)</source>
        <translation>Пакеты участников (.brdesk), сразу несколько (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a folder of packages…</source>
        <translation>Добавить папку с пакетами…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Cohort report (Word)…</source>
        <translation>Отчёт по группе (Word)…</translation>
    </message>
    <message>
        <source>Cohort workbook (Excel)…</source>
        <translation>Книга по группе (Excel)…</translation>
    </message>
    <message>
        <source>Follow-up list (Word or Excel)…</source>
        <translation>Список документов (Word или Excel)…</translation>
    </message>
    <message>
        <source>Cohort package (.brdesk)…</source>
        <translation>Пакет группы (.brdesk)…</translation>
    </message>
    <message>
        <source>The cohort</source>
        <translation>Группа участников</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Plans by pillar</source>
        <translation>Планы по направлениям</translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(ies)</source>
        <translation>
            <numerusform>%Ln страна</numerusform>
            <numerusform>%Ln страны</numerusform>
            <numerusform>%Ln стран</numerusform>
        </translation>
    </message>
    <message>
        <source>the latest package written {date}.</source>
        <translation>последний пакет создан {date}.</translation>
    </message>
    <message>
        <source>No participant yet: press “Add packages…” and choose the packages your participants handed in (File › Export › Package… in their brdesk).</source>
        <translation>Участников пока нет: нажмите «Добавить пакеты…» и выберите пакеты, которые сдали участники (Файл › Экспорт › Пакет… в их brdesk).</translation>
    </message>
    <message>
        <source>Add participants&apos; packages</source>
        <translation>Добавить пакеты участников</translation>
    </message>
    <message>
        <source>Add a folder of packages</source>
        <translation>Добавить папку с пакетами</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Добавить пакеты</translation>
    </message>
    <message>
        <source>Export the cohort</source>
        <translation>Экспорт группы</translation>
    </message>
    <message>
        <source>Nothing was written: {exc}</source>
        <translation>Ничего не записано: {exc}</translation>
    </message>
    <message>
        <source>The cohort is exported.</source>
        <translation>Группа экспортирована.</translation>
    </message>
    <message>
        <source>Export case study</source>
        <translation>Экспорт описания практики</translation>
    </message>
    <message>
        <source>The case study is written.</source>
        <translation>Описание практики записано.</translation>
    </message>
    <message>
        <source>Your plan and your monitoring at a glance. Export it for slides and e-mails.</source>
        <translation>Ваш план и мониторинг с первого взгляда. Экспортируйте сводку для презентаций и писем.</translation>
    </message>
    <message>
        <source>Observation category</source>
        <translation>Категория наблюдений</translation>
    </message>
    <message>
        <source>All zones on the map</source>
        <translation>Все зоны на карте</translation>
    </message>
    <message>
        <source>The monitoring panels count only the observations inside this zone on the map; the plan&apos;s panels show the whole plan</source>
        <translation>Панели мониторинга учитывают только наблюдения внутри этой зоны на карте; панели плана показывают весь план</translation>
    </message>
    <message>
        <source>The whole dashboard as one PNG image or a PDF (Ctrl+E)</source>
        <translation>Вся сводка одним изображением PNG или PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Отрисовка…</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Экспорт сводки</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Экспорт в {name}…</translation>
    </message>
    <message>
        <source>The dashboard was written to {path}.</source>
        <translation>Сводка записана в {path}.</translation>
    </message>
    <message>
        <source>How well is the reserve managed? Answer the questions with your team once a year; compare the years; make the next steps actions of your plan.</source>
        <translation>Насколько хорошо управляется резерват? Раз в год отвечайте на вопросы вместе с командой, сравнивайте годы, превращайте следующие шаги в действия вашего плана.</translation>
    </message>
    <message>
        <source>Assessment shown</source>
        <translation>Показанная оценка</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Новая оценка…</translation>
    </message>
    <message>
        <source>Start this year&apos;s assessment (Ctrl+N)</source>
        <translation>Начать оценку этого года (Ctrl+N)</translation>
    </message>
    <message>
        <source>Every answer of every assessment, as an Excel workbook</source>
        <translation>Все ответы всех оценок в книге Excel</translation>
    </message>
    <message>
        <source>No assessment yet. Press “New assessment…” and answer the questions with your team: each takes a level from 0 to 3, described for you.</source>
        <translation>Оценок пока нет. Нажмите «Новая оценка…» и ответьте на вопросы вместе с командой: каждому вопросу присваивается уровень от 0 до 3, с описанием каждого.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>About this assessment</source>
        <translation>Об этой оценке</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>Delete the assessment</source>
        <translation>Удалить оценку</translation>
    </message>
    <message>
        <source>Delete the assessment of {v0} with all its answers?</source>
        <translation>Удалить оценку от {v0} со всеми ответами?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Удалить оценку</translation>
    </message>
    <message>
        <source>Your reserve&apos;s zones and where observations fall in them. Drawn from your own data: no internet needed.</source>
        <translation>Зоны вашего резервата и наблюдения в них. Строится по вашим собственным данным: интернет не нужен.</translation>
    </message>
    <message>
        <source>Import zones…</source>
        <translation>Импорт зон…</translation>
    </message>
    <message>
        <source>Outlines of the core, buffer and transition zones from GeoJSON, KML/KMZ or a shapefile (also File › Import)</source>
        <translation>Границы ядровой, буферной и переходной зон из GeoJSON, KML/KMZ или шейп-файла (также Файл › Импорт)</translation>
    </message>
    <message>
        <source>Export zones…</source>
        <translation>Экспорт зон…</translation>
    </message>
    <message>
        <source>The zones as GeoJSON, for QGIS or Google Earth</source>
        <translation>Зоны в формате GeoJSON для QGIS или Google Earth</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Zoom to the whole reserve (0 on the map)</source>
        <translation>Показать весь резерват (0 на карте)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Areas&lt;/b&gt; (on the map, on the ellipsoid; typed in My reserve)</source>
        <translation>&lt;b&gt;Площади&lt;/b&gt; (на карте — по эллипсоиду; введённые в «Мой резерват»)</translation>
    </message>
    <message>
        <source>On the map (ha)</source>
        <translation>На карте (га)</translation>
    </message>
    <message>
        <source>Typed (ha)</source>
        <translation>Введено (га)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Площади</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the zones hold&lt;/b&gt;</source>
        <translation>&lt;b&gt;Что содержат зоны&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <source>What the zones hold</source>
        <translation>Что содержат зоны</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Показать их</translation>
    </message>
    <message>
        <source>Open them in Observations</source>
        <translation>Открыть их в «Наблюдениях»</translation>
    </message>
    <message>
        <source>Reading the zones…</source>
        <translation>Чтение зон…</translation>
    </message>
    <message>
        <source>No zones yet. Import the outlines your GIS unit or the nomination dossier has (GeoJSON, KML/KMZ, shapefile).</source>
        <translation>Зон пока нет. Импортируйте границы из ГИС-отдела или номинационного досье (GeoJSON, KML/KMZ, шейп-файл).</translation>
    </message>
    <message>
        <source>{v0} zones; {shown} of {located} located observations shown, spread evenly over the log.</source>
        <translation>Зон: {v0}; показано {shown} из {located} наблюдений с координатами, равномерно по всему журналу.</translation>
    </message>
    <message>
        <source>{v0} zones; {located} located observations.</source>
        <translation>Зон: {v0}; наблюдений с координатами: {located}.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) recorded in another zone than the map&apos;s (kept as recorded).</source>
        <translation>
            <numerusform>%Ln наблюдение записано в другой зоне, чем по карте (оставлено как записано).</numerusform>
            <numerusform>%Ln наблюдения записаны в другой зоне, чем по карте (оставлены как записаны).</numerusform>
            <numerusform>%Ln наблюдений записаны в другой зоне, чем по карте (оставлены как записаны).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln observation(s)</source>
        <translation>
            <numerusform>Удалить %Ln наблюдение</numerusform>
            <numerusform>Удалить %Ln наблюдения</numerusform>
            <numerusform>Удалить %Ln наблюдений</numerusform>
        </translation>
    </message>
    <message>
        <source>Your monitoring log. Filters search as you type; double-click a record to edit it.</source>
        <translation>Ваш журнал мониторинга. Фильтры ищут по мере ввода; дважды щёлкните запись, чтобы изменить её.</translation>
    </message>
    <message>
        <source>Observation log</source>
        <translation>Журнал наблюдений</translation>
    </message>
    <message>
        <source>How many observations are shown</source>
        <translation>Сколько наблюдений показано</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add an observation (Ctrl+N)</source>
        <translation>Добавить наблюдение (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Link to a good practice…</source>
        <translation>Связать с передовым опытом…</translation>
    </message>
    <message>
        <source>The selected records become evidence of a good practice</source>
        <translation>Выбранные записи станут подтверждением передового опыта</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>From KoBoToolbox, ODK, iNaturalist, GBIF, CSV or Excel</source>
        <translation>Из KoBoToolbox, ODK, iNaturalist, GBIF, CSV или Excel</translation>
    </message>
    <message>
        <source>Could not read the log: {message}</source>
        <translation>Не удалось прочитать журнал: {message}</translation>
    </message>
    <message>
        <source>Delete observations</source>
        <translation>Удалить наблюдения</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln observation(s)?</source>
        <translation>
            <numerusform>Удалить %Ln наблюдение?</numerusform>
            <numerusform>Удалить %Ln наблюдения?</numerusform>
            <numerusform>Удалить %Ln наблюдений?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Link to a good practice</source>
        <translation>Связать с передовым опытом</translation>
    </message>
    <message>
        <source>Select the observations first.</source>
        <translation>Сначала выберите наблюдения.</translation>
    </message>
    <message>
        <source>There is no good practice yet: add one on the Good practices page first.</source>
        <translation>Передового опыта пока нет: сначала добавьте его на странице «Передовой опыт».</translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln observation(s) evidence of:</source>
        <translation>
            <numerusform>Сделать %Ln наблюдение подтверждением практики:</numerusform>
            <numerusform>Сделать %Ln наблюдения подтверждением практики:</numerusform>
            <numerusform>Сделать %Ln наблюдений подтверждением практики:</numerusform>
        </translation>
    </message>
    <message>
        <source>Link observations to a good practice</source>
        <translation>Связать наблюдения с передовым опытом</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) linked to “{title}”</source>
        <translation>
            <numerusform>%Ln наблюдение связано с «{title}»</numerusform>
            <numerusform>%Ln наблюдения связаны с «{title}»</numerusform>
            <numerusform>%Ln наблюдений связаны с «{title}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln of evidence in all).</source>
        <translation>
            <numerusform>(всего подтверждений: %Ln).</numerusform>
            <numerusform>(всего подтверждений: %Ln).</numerusform>
            <numerusform>(всего подтверждений: %Ln).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>The records shown, as CSV, Excel, GeoJSON or Darwin Core</source>
        <translation>Показанные записи в CSV, Excel, GeoJSON или Darwin Core</translation>
    </message>
    <message>
        <source>Import observations</source>
        <extracomment>the form&apos;s choice labels, once read (kept when the file is read again) the import itself, while it writes</extracomment>
        <translation>Импорт наблюдений</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Файл ещё не выбран.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Кодировка текста</translation>
    </message>
    <message>
        <source>How the file&apos;s letters are read; change it if names look wrong</source>
        <translation>Как читаются буквы файла; измените, если названия выглядят неправильно</translation>
    </message>
    <message>
        <source>Encoding: detected</source>
        <translation>Кодировка: определена</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Column for {v0}</source>
        <translation>Столбец для поля «{v0}»</translation>
    </message>
    <message>
        <source>Category when the file gives none</source>
        <translation>Категория, если в файле её нет</translation>
    </message>
    <message>
        <source>(the file must say)</source>
        <translation>(должна быть в файле)</translation>
    </message>
    <message>
        <source>Category if none</source>
        <translation>Категория по умолчанию</translation>
    </message>
    <message>
        <source>UTM zone when the file gives none</source>
        <translation>Зона UTM, если в файле её нет</translation>
    </message>
    <message>
        <source>e.g. 45R or 18 south</source>
        <translation>напр. 45R или 18 south</translation>
    </message>
    <message>
        <source>UTM zone if none</source>
        <translation>Зона UTM по умолчанию</translation>
    </message>
    <message>
        <source>Choose the form…</source>
        <translation>Выбрать форму…</translation>
    </message>
    <message>
        <source>The form&apos;s choice labels</source>
        <translation>Подписи вариантов формы</translation>
    </message>
    <message>
        <source>For an export written with choice names (XML values): the form&apos;s XLSForm, so that names such as pseudois_nayaur import as their labels</source>
        <translation>Для выгрузки с именами вариантов (значения XML): XLSForm формы, чтобы имена вроде pseudois_nayaur импортировались как их подписи</translation>
    </message>
    <message>
        <source>Choice labels</source>
        <translation>Подписи вариантов</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Сохранённые сопоставления</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Сохранить сопоставление…</translation>
    </message>
    <message>
        <source>Skip the rejected rows and import the rest</source>
        <translation>Пропустить отклонённые строки и импортировать остальные</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Saved mappings…</source>
        <translation>Сохранённые сопоставления…</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>Name for this mapping:</source>
        <translation>Название сопоставления:</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Сохранённое сопоставление</translation>
    </message>
    <message>
        <source>The form (XLSForm)</source>
        <translation>Форма (XLSForm)</translation>
    </message>
    <message>
        <source>Encoding: {encoding} (detected)</source>
        <translation>Кодировка: {encoding} (определена)</translation>
    </message>
    <message>
        <source>Read as: &lt;b&gt;{format_name}&lt;/b&gt;</source>
        <translation>Прочитано как: &lt;b&gt;{format_name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверка каждой строки…</translation>
    </message>
    <message>
        <source>Checking every row… {read} read</source>
        <translation>Проверка каждой строки… прочитано {read}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skip %Ln</source>
        <translation>
            <numerusform>, пропустить %Ln</numerusform>
            <numerusform>, пропустить %Ln</numerusform>
            <numerusform>, пропустить %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Импортировать %Ln строку</numerusform>
            <numerusform>Импортировать %Ln строки</numerusform>
            <numerusform>Импортировать %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows are rejected: fix the file or the columns, or tick “Skip the rejected rows” to import the others</source>
        <translation>Некоторые строки отклонены: исправьте файл или столбцы либо отметьте «Пропустить отклонённые строки», чтобы импортировать остальные</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Импорт отменён: ничего не импортировано.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; observations imported.</source>
        <translation>Импортировано наблюдений: &lt;b&gt;{count}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>No observations yet: add one, or import a file from a field tool.</source>
        <translation>Наблюдений пока нет: добавьте запись или импортируйте файл полевого приложения.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) match the filter.</source>
        <translation>
            <numerusform>%Ln наблюдение соответствует фильтру.</numerusform>
            <numerusform>%Ln наблюдения соответствуют фильтру.</numerusform>
            <numerusform>%Ln наблюдений соответствуют фильтру.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s).</source>
        <translation>
            <numerusform>%Ln наблюдение.</numerusform>
            <numerusform>%Ln наблюдения.</numerusform>
            <numerusform>%Ln наблюдений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the rest…</source>
        <translation>Загрузка остальных…</translation>
    </message>
    <message>
        <source>Your plan across the four pillars, tagged to the SDGs and the Kunming-Montreal GBF targets. Double-click a title to rename it; everything is saved at once.</source>
        <translation>Ваш план по четырём направлениям с привязкой к ЦУР и целям Куньминско-Монреальской глобальной рамочной программы по биоразнообразию. Дважды щёлкните заголовок, чтобы переименовать его; всё сохраняется сразу.</translation>
    </message>
    <message>
        <source>Plan tree</source>
        <translation>Структура плана</translation>
    </message>
    <message>
        <source>Alignment matrix</source>
        <translation>Матрица соответствия</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Создать профиль</translation>
    </message>
    <message>
        <source>Create reserve</source>
        <translation>Создать резерват</translation>
    </message>
    <message>
        <source>Action plan for {reserve_name}</source>
        <translation>План действий: {reserve_name}</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Создать план</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <source>Add an objective to the selected pillar; the arrow chooses another pillar</source>
        <translation>Добавить цель в выбранное направление; стрелка позволяет выбрать другое</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <source>Add an action to the selected objective (Ctrl+N)</source>
        <translation>Добавить действие к выбранной цели (Ctrl+N)</translation>
    </message>
    <message>
        <source>From examples…</source>
        <translation>Из примеров…</translation>
    </message>
    <message>
        <source>Add example objectives and actions for mountain reserves</source>
        <translation>Добавить примеры целей и действий для горных резерватов</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Rename objective</source>
        <translation>Переименовать цель</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>Переименовать действие</translation>
    </message>
    <message>
        <source>Move objective up</source>
        <translation>Переместить цель вверх</translation>
    </message>
    <message>
        <source>Move objective down</source>
        <translation>Переместить цель вниз</translation>
    </message>
    <message>
        <source>Move action up</source>
        <translation>Переместить действие вверх</translation>
    </message>
    <message>
        <source>Move action down</source>
        <translation>Переместить действие вниз</translation>
    </message>
    <message numerus="yes">
        <source> and its %Ln action(s)</source>
        <translation>
            <numerusform> и его %Ln действие</numerusform>
            <numerusform> и его %Ln действия</numerusform>
            <numerusform> и его %Ln действий</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Удалить цель</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Удалить действие</translation>
    </message>
    <message>
        <source>Delete the objective “{title}”{detail}?</source>
        <translation>Удалить цель «{title}»{detail}?</translation>
    </message>
    <message>
        <source>Delete the action “{title}”{detail}?</source>
        <translation>Удалить действие «{title}»{detail}?</translation>
    </message>
    <message>
        <source>Add {v0} example objective(s)</source>
        <translation>Добавить примеры целей: {v0}</translation>
    </message>
    <message>
        <source>Add example objective</source>
        <translation>Добавить пример цели</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Сведения о плане</translation>
    </message>
    <message>
        <source>Title, period and vision of the plan</source>
        <translation>Название, период и видение плана</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <source>Select the objective the action belongs to first</source>
        <translation>Сначала выберите цель, к которой относится действие</translation>
    </message>
    <message>
        <source>, or add an objective under pillar {pillar}.</source>
        <translation> или добавьте цель в направлении {pillar}.</translation>
    </message>
    <message>
        <source>, or add an objective with “Add objective”.</source>
        <translation> или добавьте цель кнопкой «Добавить цель».</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новое действие</translation>
    </message>
    <message>
        <source>What your reserve did that others could learn from: the challenge, what was done, the results and their evidence, and what another reserve would need to do it too.</source>
        <translation>Чему у вашего резервата могут научиться другие: проблема, что было сделано, результаты и их подтверждение, и что понадобится другому резервату, чтобы повторить этот опыт.</translation>
    </message>
    <message>
        <source>Show the practices of a theme</source>
        <translation>Показать практики одной темы</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>New practice…</source>
        <translation>Новая практика…</translation>
    </message>
    <message>
        <source>Document a good practice (Ctrl+N)</source>
        <translation>Описать передовой опыт (Ctrl+N)</translation>
    </message>
    <message>
        <source>Export case study…</source>
        <translation>Экспорт описания…</translation>
    </message>
    <message>
        <source>The practice as a one- or two-page Word document</source>
        <translation>Практика в виде документа Word на одну-две страницы</translation>
    </message>
    <message>
        <source>No good practice yet. Press “New practice…” and describe one your reserve is proud of: the network collects them, and trainers gather them into a catalogue.</source>
        <translation>Передового опыта пока нет. Нажмите «Новая практика…» и опишите то, чем гордится ваш резерват: сеть собирает такие практики, а тренеры составляют из них каталог.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln фото</numerusform>
            <numerusform>%Ln фото</numerusform>
            <numerusform>%Ln фото</numerusform>
        </translation>
    </message>
    <message>
        <source>New good practice</source>
        <translation>Новая практика</translation>
    </message>
    <message>
        <source>Its title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Delete good practice</source>
        <translation>Удалить практику</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Удалить «{title}»?</translation>
    </message>
    <message>
        <source>Its photos stay in the data folder until then. You can undo this with Ctrl+Z.</source>
        <translation>Её фотографии до тех пор остаются в папке данных. Это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <source>The case study was not written: {exc}</source>
        <translation>Описание не записано: {exc}</translation>
    </message>
    <message>
        <source>The personal report the programme asks for within two months, in Word, and the documents to send with it.</source>
        <translation>Личный отчёт, который программа просит сдать в течение двух месяцев в формате Word, и прилагаемые к нему документы.</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>The follow-up documents the programme asks for, as the overview names them.</extracomment>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>year designated</source>
        <translation>год присвоения статуса</translation>
    </message>
    <message>
        <source>core area</source>
        <translation>ядровая зона</translation>
    </message>
    <message>
        <source>lowest elevation</source>
        <translation>минимальная высота</translation>
    </message>
    <message>
        <source>highest elevation</source>
        <translation>максимальная высота</translation>
    </message>
    <message>
        <source>managing body</source>
        <translation>управляющая организация</translation>
    </message>
    <message>
        <source>{what}: not filled in yet</source>
        <translation>{what}: ещё не заполнено</translation>
    </message>
    <message>
        <source>{what}: missing {fields}</source>
        <translation>{what}: не указано: {fields}</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ваш профиль</translation>
    </message>
    <message>
        <source>Action plan: no objectives yet under {pillars}</source>
        <translation>План действий: пока нет целей по направлениям: {pillars}</translation>
    </message>
    <message>
        <source>Action overdue since {when:%d %b %Y}: {title}</source>
        <translation>Действие просрочено с {when:%d %b %Y}: {title}</translation>
    </message>
    <message>
        <source>{title} (was due {when:%d %b %Y})</source>
        <translation>{title} (срок истёк {when:%d %b %Y})</translation>
    </message>
    <message>
        <source>{title} (due {when:%d %b %Y})</source>
        <translation>{title} (срок {when:%d %b %Y})</translation>
    </message>
    <message>
        <source>{title}: was due {when:%d %b %Y}</source>
        <translation>{title}: срок истёк {when:%d %b %Y}</translation>
    </message>
    <message>
        <source>{title}: due {when:%d %b %Y}</source>
        <translation>{title}: срок {when:%d %b %Y}</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>The record kinds as the window names them (the SQL above carries the keys).</extracomment>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>{noun}: {label}</source>
        <translation>{noun}: {label}</translation>
    </message>
    <message>
        <source>1. Basic personal information</source>
        <translation>1. Основные личные данные</translation>
    </message>
    <message>
        <source>Edit on My reserve</source>
        <translation>Изменить в «Мой резерват»</translation>
    </message>
    <message>
        <source>2. Summary of participation</source>
        <translation>2. Итоги участия</translation>
    </message>
    <message>
        <source>Summary of participation</source>
        <translation>Итоги участия</translation>
    </message>
    <message>
        <source>3. Evaluation of the training programme</source>
        <translation>3. Оценка программы обучения</translation>
    </message>
    <message>
        <source>Evaluation of the training programme</source>
        <translation>Оценка программы обучения</translation>
    </message>
    <message>
        <source>Also include</source>
        <translation>Включить также</translation>
    </message>
    <message>
        <source>The action plan (a table per pillar)</source>
        <translation>План действий (по таблице на направление)</translation>
    </message>
    <message>
        <source>Charts: plan progress and monitoring</source>
        <translation>Диаграммы: ход плана и мониторинг</translation>
    </message>
    <message>
        <source>Plan progress by pillar</source>
        <extracomment>a zone on the map (core, buffer, transition, outside): the monitoring panels count only the observations whose coordinates fall in it &quot;YYYY-MM&quot; -&gt; category -&gt; count year -&gt; number of distinct taxa seen that year (records so far, distinct taxa so far), in the order records were made year -&gt; (10th, 50th, 90th percentile of elevation of species records) (longitude, latitude, category) of up to MAP_POINTS records, evenly sampled the zones&apos; outlines, to draw beneath the points (services/zone_summaries.py) (date, subject, site, count) of the latest threat records</extracomment>
        <translation>Ход плана по направлениям</translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation>Динамика индикаторов</translation>
    </message>
    <message>
        <source>Timeline of actions</source>
        <translation>График действий</translation>
    </message>
    <message>
        <source>Alignment with the SDGs and GBF targets</source>
        <translation>Соответствие ЦУР и целевым задачам ГРП</translation>
    </message>
    <message>
        <source>Management effectiveness</source>
        <translation>Эффективность управления</translation>
    </message>
    <message>
        <source>Observations per month</source>
        <translation>Наблюдения по месяцам</translation>
    </message>
    <message>
        <source>Species richness</source>
        <translation>Видовое богатство</translation>
    </message>
    <message>
        <source>Elevation of species records over the years</source>
        <translation>Высота регистраций видов по годам</translation>
    </message>
    <message>
        <source>Map: zones and observations</source>
        <translation>Карта: зоны и наблюдения</translation>
    </message>
    <message>
        <source>Recent threats</source>
        <translation>Недавние угрозы</translation>
    </message>
    <message>
        <source>Cannot export the dashboard to &apos;{name}&apos;: use .png or .pdf.</source>
        <translation>Нельзя экспортировать сводку в «{name}»: используйте .png или .pdf.</translation>
    </message>
    <message>
        <source>The latest management-effectiveness self-assessment</source>
        <translation>Последняя самооценка эффективности управления</translation>
    </message>
    <message>
        <source>The reserve&apos;s zones: a map and what each zone holds</source>
        <translation>Зоны резервата: карта и содержимое каждой зоны</translation>
    </message>
    <message>
        <source>Good practices, each as a short case study</source>
        <translation>Передовой опыт: каждая практика — краткое описание</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Ещё не хватает</translation>
    </message>
    <message>
        <source>What the report still lacks</source>
        <translation>Чего ещё не хватает в отчёте</translation>
    </message>
    <message>
        <source>Export report to Word…</source>
        <translation>Экспорт отчёта в Word…</translation>
    </message>
    <message>
        <source>Writes a .docx carrying the required acknowledgement</source>
        <translation>Создаёт .docx с обязательной благодарностью</translation>
    </message>
    <message>
        <source>Nothing: the report is complete.</source>
        <translation>Ничего: отчёт полон.</translation>
    </message>
    <message>
        <source>
… and {v0} more</source>
        <translation>
… и ещё {v0}</translation>
    </message>
    <message>
        <source>The report is not complete</source>
        <translation>Отчёт не полон</translation>
    </message>
    <message>
        <source>The report still lacks:

{shown}{more}</source>
        <translation>В отчёте ещё не хватает:

{shown}{more}</translation>
    </message>
    <message>
        <source>Export it anyway?</source>
        <translation>Всё равно экспортировать?</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Всё равно экспортировать</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>The report was written to {path}. {exc}</source>
        <translation>Отчёт записан в {path}. {exc}</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Отчёт экспортирован</translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>Отчёт записан в {path}.</translation>
    </message>
    <message>
        <source>Where should the submission folder go? (a USB stick, say)</source>
        <translation>Куда поместить папку для отправки? (например, на флешку)</translation>
    </message>
    <message>
        <source>Prepare submission folder</source>
        <translation>Подготовить папку для отправки</translation>
    </message>
    <message>
        <source>

Still missing (attach them, then prepare the folder again):
</source>
        <translation>

Ещё не хватает (приложите файлы и подготовьте папку снова):
</translation>
    </message>
    <message>
        <source>Submission folder ready</source>
        <translation>Папка для отправки готова</translation>
    </message>
    <message>
        <source>Written to {folder}:

{lines}{missing}

Send the files by e-mail as the README in the folder explains.</source>
        <translation>Записано в {folder}:

{lines}{missing}

Отправьте файлы по электронной почте, как объясняет README в папке.</translation>
    </message>
    <message>
        <source>About you and your biosphere reserve. Changes are saved as you type.</source>
        <translation>О вас и вашем биосферном резервате. Изменения сохраняются по мере ввода.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>О вас</translation>
    </message>
    <message>
        <source>Your report and your plan carry your name. You can add the rest later.</source>
        <translation>Ваш отчёт и план подписываются вашим именем. Остальное можно добавить позже.</translation>
    </message>
    <message>
        <source>Full name*</source>
        <translation>Полное имя*</translation>
    </message>
    <message>
        <source>e.g. Amina Njeri</source>
        <translation>напр. Amina Njeri</translation>
    </message>
    <message>
        <source>The mountain biosphere reserve your plan is for.</source>
        <translation>Горный биосферный резерват, для которого составляется план.</translation>
    </message>
    <message>
        <source>Reserve name*</source>
        <translation>Название резервата*</translation>
    </message>
    <message>
        <source>e.g. Mount Kenya Biosphere Reserve</source>
        <translation>напр. биосферный резерват «Гора Кения»</translation>
    </message>
    <message>
        <source>A first objective</source>
        <translation>Первая цель</translation>
    </message>
    <message>
        <source>Pick the pillar and write what you want to achieve, or start from an example. You will add actions on the Action plan page.</source>
        <translation>Выберите направление и напишите, чего хотите достичь, или начните с примера. Действия добавляются на странице «План действий».</translation>
    </message>
    <message>
        <source>Objective*</source>
        <translation>Цель*</translation>
    </message>
    <message>
        <source>e.g. Monitor glacier retreat</source>
        <translation>напр. Мониторинг отступания ледника</translation>
    </message>
    <message>
        <source>Or an example</source>
        <translation>Или пример</translation>
    </message>
    <message>
        <source>(none: I write my own)</source>
        <translation>(нет: напишу сам)</translation>
    </message>
    <message>
        <source>Start with your full name; the other fields open up then.</source>
        <translation>Начните с полного имени — после этого станут доступны остальные поля.</translation>
    </message>
    <message>
        <source>Your reserve</source>
        <translation>Ваш резерват</translation>
    </message>
    <message>
        <source>Areas on the map</source>
        <translation>Площади на карте</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the &lt;a href=&apos;map&apos;&gt;map&lt;/a&gt;&lt;/b&gt; (outlines, on the ellipsoid):</source>
        <translation>&lt;b&gt;На &lt;a href=&apos;map&apos;&gt;карте&lt;/a&gt;&lt;/b&gt; (контуры, на эллипсоиде):</translation>
    </message>
    <message>
        <source>Welcome to brdesk</source>
        <translation>Добро пожаловать в brdesk</translation>
    </message>
    <message>
        <source>Your workbench for your mountain biosphere reserve: your profile, your action plan across the four pillars of the &lt;i&gt;%1&lt;/i&gt;, your monitoring, and your post-training report. Everything stays on this computer and is saved as you type.</source>
        <translation>Ваше рабочее место для горного биосферного резервата: профиль, план действий по четырём направлениям программы &lt;i&gt;%1&lt;/i&gt;, мониторинг и отчёт по итогам обучения. Всё хранится на этом компьютере и сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>Start my plan</source>
        <translation>Начать мой план</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>Bring the data of the earlier brdesk found beside this one. a trainer gathers participants&apos; packages here: the folder becomes a cohort</extracomment>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>A few questions about you, your reserve and a first objective</source>
        <translation>Несколько вопросов о вас, вашем резервате и первой цели</translation>
    </message>
    <message>
        <source>Explore the demo reserve</source>
        <translation>Открыть демонстрационный резерват</translation>
    </message>
    <message>
        <source>Opens a made-up Himalayan reserve in a separate folder: your own data stays clean</source>
        <translation>Открывает вымышленный гималайский резерват в отдельной папке: ваши собственные данные не затрагиваются</translation>
    </message>
    <message>
        <source>A trainer gathering participants&apos; packages? &lt;a href=&apos;cohort&apos;&gt;Make this folder a cohort…&lt;/a&gt;</source>
        <translation>Вы преподаватель и собираете пакеты участников? &lt;a href=&apos;cohort&apos;&gt;Сделать эту папку папкой группы…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Bring my data from the earlier brdesk</source>
        <translation>Перенести мои данные из прежнего brdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data from an earlier brdesk was found:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;It is copied here and brought up to date; the earlier folder stays as it is.</source>
        <translation>&lt;b&gt;Найдены данные прежнего brdesk:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Они копируются сюда и обновляются; прежняя папка остаётся без изменений.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;brdesk {__version__}&lt;/h3&gt;&lt;p&gt;An offline workbench for the managers and researchers of mountain biosphere reserves: profile, action plan, monitoring, dashboard and post-training report.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt; {root}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; MIT. brdesk opens no network connection.&lt;/p&gt;&lt;p&gt;&lt;i&gt;{acknowledgement}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;brdesk {__version__}&lt;/h3&gt;&lt;p&gt;Автономное рабочее место для руководителей и исследователей горных биосферных резерватов: профиль, план действий, мониторинг, сводка и отчёт по итогам обучения.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Папка данных:&lt;/b&gt; {root}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Лицензия:&lt;/b&gt; MIT. brdesk не открывает сетевых соединений.&lt;/p&gt;&lt;p&gt;&lt;i&gt;{acknowledgement}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Повторено</translation>
    </message>
    <message>
        <source>Open a brdesk data folder</source>
        <translation>Открыть папку данных brdesk</translation>
    </message>
    <message>
        <source>The demo could not be prepared.

{exc}</source>
        <translation>Не удалось подготовить демонстрацию.

{exc}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>brdesk will be in %1 the next time it starts.</source>
        <translation>При следующем запуске brdesk будет на языке: %1.</translation>
    </message>
    <message>
        <source>About brdesk</source>
        <translation>О brdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>the window&apos;s attribute for the action (&quot;&quot; for none) &quot;File&quot;, &quot;File/Import&quot;... a method of the window enabled only while a data folder is open changes the data: off in a folder open read-only only in a &quot;personal&quot; or a &quot;cohort&quot; folder (hidden in the other); &quot;&quot; in both The menus&apos; titles, for translation (the menus are named by their paths below).</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation>&amp;Группа</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Open data folder…</source>
        <translation>&amp;Открыть папку данных…</translation>
    </message>
    <message>
        <source>Bring my data from an earlier brdesk…</source>
        <translation>Перенести мои данные из прежнего brdesk…</translation>
    </message>
    <message>
        <source>&amp;Back to my data</source>
        <translation>&amp;Вернуться к моим данным</translation>
    </message>
    <message>
        <source>Observations (KoBo, ODK, iNaturalist, GBIF, CSV, Excel)…</source>
        <translation>Наблюдения (KoBo, ODK, iNaturalist, GBIF, CSV, Excel)…</translation>
    </message>
    <message>
        <source>Package from another laptop (.brdesk)…</source>
        <translation>Пакет с другого ноутбука (.brdesk)…</translation>
    </message>
    <message>
        <source>Zones of the reserve (GeoJSON, KML, shapefile)…</source>
        <translation>Зоны резервата (GeoJSON, KML, shapefile)…</translation>
    </message>
    <message>
        <source>Action plan (Excel or CSV)…</source>
        <translation>План действий (Excel или CSV)…</translation>
    </message>
    <message>
        <source>Zones of the reserve (GeoJSON)…</source>
        <translation>Зоны резервата (GeoJSON)…</translation>
    </message>
    <message>
        <source>Self-assessments (Excel or CSV)…</source>
        <translation>Самооценки (Excel или CSV)…</translation>
    </message>
    <message>
        <source>Observations (Excel, CSV, GeoJSON, Darwin Core)…</source>
        <translation>Наблюдения (Excel, CSV, GeoJSON, Darwin Core)…</translation>
    </message>
    <message>
        <source>Package for another laptop (.brdesk)…</source>
        <translation>Пакет для другого ноутбука (.brdesk)…</translation>
    </message>
    <message>
        <source>Post-training report (Word)…</source>
        <translation>Отчёт по итогам обучения (Word)…</translation>
    </message>
    <message>
        <source>Dashboard (PDF or slide image)…</source>
        <translation>Сводка (PDF или изображение для слайда)…</translation>
    </message>
    <message>
        <source>Add participants&apos; packages…</source>
        <translation>Добавить пакеты участников…</translation>
    </message>
    <message>
        <source>Export cohort report (Word)…</source>
        <translation>Экспорт отчёта по группе (Word)…</translation>
    </message>
    <message>
        <source>Export cohort workbook (Excel)…</source>
        <translation>Экспорт книги по группе (Excel)…</translation>
    </message>
    <message>
        <source>Export follow-up list…</source>
        <translation>Экспорт списка контроля…</translation>
    </message>
    <message>
        <source>Export cohort package (.brdesk)…</source>
        <translation>Экспорт пакета группы (.brdesk)…</translation>
    </message>
    <message>
        <source>Connect to an office database…</source>
        <translation>Подключиться к базе данных офиса…</translation>
    </message>
    <message>
        <source>Synchronise with the office database…</source>
        <translation>Синхронизировать с базой данных офиса…</translation>
    </message>
    <message>
        <source>Work on this computer&apos;s own records</source>
        <translation>Работать с собственными записями этого компьютера</translation>
    </message>
    <message>
        <source>Back&amp;ups and restore…</source>
        <translation>Резервные &amp;копии и восстановление…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>&amp;Новый элемент</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>brdesk &amp;help</source>
        <translation>&amp;Справка brdesk</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>&amp;Открыть папку данных</translation>
    </message>
    <message>
        <source>&amp;About brdesk</source>
        <translation>&amp;О программе brdesk</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort folder: %1</source>
        <translation>Папка группы: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
    <message>
        <source>Office database: %1</source>
        <translation>База данных офиса: %1</translation>
    </message>
    <message>
        <source>brdesk — demo reserve (made-up data)</source>
        <translation>brdesk — демонстрационный резерват (вымышленные данные)</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed</source>
        <translation>Только чтение: ничего нельзя изменить</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) not saved (marked in red)</source>
        <translation>
            <numerusform>%Ln значение не сохранено (выделено красным)</numerusform>
            <numerusform>%Ln значения не сохранены (выделены красным)</numerusform>
            <numerusform>%Ln значений не сохранено (выделены красным)</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>Backup {name}, taken {when} ({why})</source>
        <translation>Резервная копия {name}, сделана {when} ({why})</translation>
    </message>
    <message>
        <source>Backup {name}, taken {when}</source>
        <translation>Резервная копия {name}, сделана {when}</translation>
    </message>
    <message>
        <source> (latest {day})</source>
        <translation> (последнее от {day})</translation>
    </message>
    <message>
        <source>  {plans}, {objectives}, {actions}, {observations}{latest}, {items}, {files}</source>
        <translation>  {plans}, {objectives}, {actions}, {observations}{latest}, {items}, {files}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln план</numerusform>
            <numerusform>%Ln плана</numerusform>
            <numerusform>%Ln планов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln objective(s)</source>
        <translation>
            <numerusform>%Ln цель</numerusform>
            <numerusform>%Ln цели</numerusform>
            <numerusform>%Ln целей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln действие</numerusform>
            <numerusform>%Ln действия</numerusform>
            <numerusform>%Ln действий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln наблюдение</numerusform>
            <numerusform>%Ln наблюдения</numerusform>
            <numerusform>%Ln наблюдений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up item(s)</source>
        <translation>
            <numerusform>%Ln документ</numerusform>
            <numerusform>%Ln документа</numerusform>
            <numerusform>%Ln документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln programme(s)</source>
        <extracomment>Each kind&apos;s count in words, in any language (said_n: lupdate reads each one).</extracomment>
        <translation>
            <numerusform>%Ln программа</numerusform>
            <numerusform>%Ln программы</numerusform>
            <numerusform>%Ln программ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reserve(s)</source>
        <translation>
            <numerusform>%Ln резерват</numerusform>
            <numerusform>%Ln резервата</numerusform>
            <numerusform>%Ln резерватов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s)</source>
        <translation>
            <numerusform>%Ln зона</numerusform>
            <numerusform>%Ln зоны</numerusform>
            <numerusform>%Ln зон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [action&apos;s zone|actions&apos; zones]</source>
        <translation>
            <numerusform>%Ln зона действия</numerusform>
            <numerusform>%Ln зоны действий</numerusform>
            <numerusform>%Ln зон действий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action plan(s)</source>
        <translation>
            <numerusform>%Ln план действий</numerusform>
            <numerusform>%Ln плана действий</numerusform>
            <numerusform>%Ln планов действий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation summary(ies)</source>
        <translation>
            <numerusform>%Ln итог участия</numerusform>
            <numerusform>%Ln итога участия</numerusform>
            <numerusform>%Ln итогов участия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training evaluation(s)</source>
        <translation>
            <numerusform>%Ln оценка обучения</numerusform>
            <numerusform>%Ln оценки обучения</numerusform>
            <numerusform>%Ln оценок обучения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessment(s)</source>
        <translation>
            <numerusform>%Ln самооценка</numerusform>
            <numerusform>%Ln самооценки</numerusform>
            <numerusform>%Ln самооценок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment answer(s)</source>
        <translation>
            <numerusform>%Ln ответ оценки</numerusform>
            <numerusform>%Ln ответа оценки</numerusform>
            <numerusform>%Ln ответов оценки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln good practice(s)</source>
        <translation>
            <numerusform>%Ln практика</numerusform>
            <numerusform>%Ln практики</numerusform>
            <numerusform>%Ln практик</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [good practice&apos;s action|good practices&apos; actions]</source>
        <translation>
            <numerusform>%Ln действие практики</numerusform>
            <numerusform>%Ln действия практик</numerusform>
            <numerusform>%Ln действий практик</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [good practice&apos;s observation|good practices&apos; observations]</source>
        <translation>
            <numerusform>%Ln наблюдение практики</numerusform>
            <numerusform>%Ln наблюдения практик</numerusform>
            <numerusform>%Ln наблюдений практик</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln вложение</numerusform>
            <numerusform>%Ln вложения</numerusform>
            <numerusform>%Ln вложений</numerusform>
        </translation>
    </message>
    <message>
        <source>no records</source>
        <translation>нет записей</translation>
    </message>
    <message>
        <source>written {when} UTC by {app}: {amounts}</source>
        <extracomment>3: self-assessments and their answers (records an older brdesk would not know). 4: zones on the map, and the zones actions name. 5: good practices, their links to actions and observations, and their photos. Record kinds in the order they are written and merged: each after what it refers to. How a count of each kind reads: (one, many).</extracomment>
        <translation>создан {when} UTC программой {app}: {amounts}</translation>
    </message>
    <message>
        <source>{name}, line {number} is not JSON ({exc}).</source>
        <translation>{name}, строка {number}: не JSON ({exc}).</translation>
    </message>
    <message>
        <source>{name}, line {number} is not a record (a JSON object).</source>
        <translation>{name}, строка {number}: не запись (объект JSON).</translation>
    </message>
    <message>
        <source>{name} does not match its checksum: the package is damaged.</source>
        <translation>{name} не совпадает с контрольной суммой: пакет повреждён.</translation>
    </message>
    <message>
        <source>{name} holds {lines:,} records, and its manifest says {counted:,}: the package is damaged or was altered.</source>
        <translation>в {name} {lines:,} записей, а в манифесте указано {counted:,}: пакет повреждён или изменён.</translation>
    </message>
    <message>
        <source>the attachment {stored_name} is missing.</source>
        <translation>нет вложения {stored_name}.</translation>
    </message>
    <message>
        <source>{name} has a record longer than {v0} MB.</source>
        <translation>в {name} есть запись длиннее {v0} МБ.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>По пути {path} нет файла.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a brdesk package ({exc}).</source>
        <translation>{name} не читается как пакет brdesk ({exc}).</translation>
    </message>
    <message>
        <source>{name}: {member} is damaged ({exc}).</source>
        <translation>{name}: {member} повреждён ({exc}).</translation>
    </message>
    <message>
        <source>{name}: the package of {v0} does not match its checksum.</source>
        <translation>{name}: пакет {v0} не совпадает с контрольной суммой.</translation>
    </message>
    <message>
        <source>{name} is not a cohort package.</source>
        <translation>{name} — не пакет группы.</translation>
    </message>
    <message>
        <source>{name} is not a cohort package (its cohort.json says otherwise).</source>
        <translation>{name} — не пакет группы (cohort.json говорит другое).</translation>
    </message>
    <message>
        <source>{name} was written by a newer brdesk. Update brdesk to add it.</source>
        <translation>{name} создан более новым brdesk. Обновите brdesk, чтобы добавить его.</translation>
    </message>
    <message>
        <source>{name}: its cohort.json lists a member badly.</source>
        <translation>{name}: в cohort.json неверно указан элемент.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is listed but not held.</source>
        <translation>{name}: «{v0}» указан, но отсутствует.</translation>
    </message>
    <message>
        <source>{name} holds &apos;{v0}&apos;, which its cohort.json does not list.</source>
        <translation>в {name} есть «{v0}», которого нет в cohort.json.</translation>
    </message>
    <message>
        <source>{name} is damaged ({exc}).</source>
        <translation>{name} повреждён ({exc}).</translation>
    </message>
    <message>
        <source>{name} is a cohort package: the data of a trainer&apos;s whole cohort of participants. It is never merged into one person&apos;s data: it is added to a cohort folder (File › Cohort › Add participants&apos; packages…, or brdesk --data-dir COHORT_FOLDER cohort add &quot;{name}&quot;).</source>
        <translation>{name} — пакет группы: данные всех участников группы тренера. Он никогда не объединяется с данными одного человека: его добавляют в папку группы (Файл › Группа › Добавить пакеты участников… или brdesk --data-dir COHORT_FOLDER cohort add &quot;{name}&quot;).</translation>
    </message>
    <message>
        <source>{name} is not a brdesk package: it holds &apos;{v0}&apos;.</source>
        <translation>{name} — не пакет brdesk: в нём «{v0}».</translation>
    </message>
    <message>
        <source>{name} holds &apos;{v0}&apos; twice.</source>
        <translation>в {name} дважды «{v0}».</translation>
    </message>
    <message>
        <source>{name}: encrypted members are not supported.</source>
        <translation>{name}: зашифрованные части не поддерживаются.</translation>
    </message>
    <message>
        <source>{name} is not a brdesk package (it has no manifest.json).</source>
        <translation>{name} — не пакет brdesk (в нём нет manifest.json).</translation>
    </message>
    <message>
        <source>{name} is not a brdesk package (its manifest says otherwise).</source>
        <translation>{name} — не пакет brdesk (манифест говорит другое).</translation>
    </message>
    <message>
        <source>{name}: its manifest has no valid format version.</source>
        <translation>{name}: в манифесте нет допустимой версии формата.</translation>
    </message>
    <message>
        <source>{name} was written by a newer brdesk (package version {version}; this one reads up to {VERSION}). Update brdesk to import it.</source>
        <translation>{name} создан более новым brdesk (версия пакета {version}; этот читает до {VERSION}). Обновите brdesk, чтобы импортировать его.</translation>
    </message>
    <message>
        <source>{name}: its manifest does not list its files.</source>
        <translation>{name}: манифест не перечисляет файлы.</translation>
    </message>
    <message>
        <source>{name}: its manifest&apos;s entry for &apos;{v0}&apos; is malformed.</source>
        <translation>{name}: запись манифеста для «{v0}» повреждена.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is listed but missing.</source>
        <translation>{name}: «{v0}» указан, но отсутствует.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; does not have the size listed.</source>
        <translation>{name}: размер «{v0}» не совпадает с указанным.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is not listed in its manifest.</source>
        <translation>{name}: «{v0}» не указан в манифесте.</translation>
    </message>
    <message>
        <source>{name}: its manifest counts {v0} {kind}, which no package holds.</source>
        <translation>{name}: манифест насчитывает {v0} {kind}, чего не бывает в пакетах.</translation>
    </message>
    <message>
        <source>  PROBLEM: {problem}</source>
        <translation>  ПРОБЛЕМА: {problem}</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Исследователь</translation>
    </message>
    <message>
        <source>Reserve manager</source>
        <translation>Руководитель резервата</translation>
    </message>
    <message>
        <source>Government official</source>
        <translation>Государственный служащий</translation>
    </message>
    <message>
        <source>Science administrator</source>
        <translation>Администратор науки</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Задерживается</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Core area</source>
        <translation>Ядровая зона</translation>
    </message>
    <message>
        <source>Buffer zone</source>
        <translation>Буферная зона</translation>
    </message>
    <message>
        <source>Transition area</source>
        <translation>Переходная зона</translation>
    </message>
    <message>
        <source>Outside the reserve</source>
        <translation>За пределами резервата</translation>
    </message>
    <message>
        <source>Species</source>
        <extracomment>The zones an outline on the map can be (a zone&apos;s own name may add &quot;Core area 2: Makalu&quot;). When outlines overlap, a point belongs to the most protected zone holding it.</extracomment>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Habitat</source>
        <translation>Местообитание</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Климат</translation>
    </message>
    <message>
        <source>Glacier</source>
        <translation>Ледник</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Socio-economic</source>
        <translation>Социально-экономическое</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Post-training report (Word)</source>
        <translation>Отчёт по итогам обучения (Word)</translation>
    </message>
    <message>
        <source>Passport information page (scan)</source>
        <translation>Страница паспорта с личными данными (скан)</translation>
    </message>
    <message>
        <source>Visa page (scan)</source>
        <translation>Страница визы (скан)</translation>
    </message>
    <message>
        <source>Entry/exit stamp pages (scan)</source>
        <translation>Страницы с отметками о въезде и выезде (скан)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Сделать</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Готово к отправке</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Biodiversity</source>
        <extracomment>The network&apos;s thematic working groups (WNMBR workshop, 2023): a good practice&apos;s theme.</extracomment>
        <translation>Биоразнообразие</translation>
    </message>
    <message>
        <source>Climate change</source>
        <translation>Изменение климата</translation>
    </message>
    <message>
        <source>Participation and governance</source>
        <translation>Участие и управление</translation>
    </message>
    <message>
        <source>Socio-economics and livelihoods</source>
        <translation>Социально-экономические вопросы и источники средств к существованию</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>Нужно дополнить</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Последние изменения</translation>
    </message>
    <message>
        <source>Hello %1.</source>
        <translation>Здравствуйте, %1.</translation>
    </message>
    <message>
        <source>Hello.</source>
        <translation>Здравствуйте.</translation>
    </message>
    <message>
        <source>Your reserve: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ваш резерват: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{mark}:  {text}</source>
        <translation>{mark}:  {text}</translation>
    </message>
    <message>
        <source>Open the page to fix this</source>
        <translation>Откройте страницу, чтобы исправить</translation>
    </message>
    <message>
        <source>Nothing needs your attention. Well done.</source>
        <translation>Ничего не требует внимания. Отлично!</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Изменений пока нет.</translation>
    </message>
    <message>
        <source>assessment</source>
        <extracomment>The title an objective gets when a next step is the first action of its pillar.</extracomment>
        <translation>оценку</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>staff, community representatives, partners</source>
        <translation>сотрудники, представители местных сообществ, партнёры</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Question set</source>
        <translation>Набор вопросов</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Резерват</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>Почему неприменимо</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>Действие плана</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Objective {objective_id} no longer exists.</source>
        <translation>Цели {objective_id} больше нет.</translation>
    </message>
    <message>
        <source>Answer {answer_id} no longer exists.</source>
        <translation>Ответа {answer_id} больше нет.</translation>
    </message>
    <message>
        <source>Participant</source>
        <extracomment>A version of the summary; an older one is worked out again from the member&apos;s data. [lat, lon, how it was placed: &quot;zones&quot;, &quot;observations&quot; or &quot;country&quot;] actions per pillar 1-4 [pillar, title, status label] per action, in the plan&apos;s order SDG / GBF number (as text: JSON keys) to the number of actions serving it the latest self-assessment: [date, overall percent or None] kind to [status label, has a file] {uuid, title, theme} per good practice the package: its file name, when it was written (UTC, ISO), its checksum</extracomment>
        <translation>Участник</translation>
    </message>
    <message>
        <source>participation summary</source>
        <translation>итоги участия</translation>
    </message>
    <message>
        <source>Modules attended</source>
        <translation>Посещённые модули</translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation>Полевые выезды</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Групповая работа</translation>
    </message>
    <message>
        <source>The action plan developed</source>
        <translation>Разработанный план действий</translation>
    </message>
    <message>
        <source>Contacts and collaborations</source>
        <translation>Контакты и сотрудничество</translation>
    </message>
    <message>
        <source>How I will apply the training</source>
        <translation>Как я применю полученные знания</translation>
    </message>
    <message>
        <source>training evaluation</source>
        <translation>оценку обучения</translation>
    </message>
    <message>
        <source>Rating: Biodiversity Conservation and Monitoring</source>
        <translation>Оценка: сохранение и мониторинг биоразнообразия</translation>
    </message>
    <message>
        <source>Rating: Protected Area Management</source>
        <translation>Оценка: управление охраняемыми территориями</translation>
    </message>
    <message>
        <source>Rating: Sustainable Development and Climate Action</source>
        <translation>Оценка: устойчивое развитие и борьба с изменением климата</translation>
    </message>
    <message>
        <source>Rating: Community Engagement and Co-management</source>
        <translation>Оценка: вовлечение сообществ и совместное управление</translation>
    </message>
    <message>
        <source>Rating: organisation</source>
        <translation>Оценка: организация</translation>
    </message>
    <message>
        <source>Rating: field visits</source>
        <translation>Оценка: выезды на места</translation>
    </message>
    <message>
        <source>Rating: overall</source>
        <translation>Оценка: в целом</translation>
    </message>
    <message>
        <source>Most useful</source>
        <translation>Наиболее полезное</translation>
    </message>
    <message>
        <source>Least useful</source>
        <translation>Наименее полезное</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>follow-up item</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>The log&apos;s columns: key -&gt; (header, SQL expression).</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Zone on the map</source>
        <translation>Зона на карте</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Чувствительное</translation>
    </message>
    <message>
        <source>Map: core area</source>
        <extracomment>The map-zone filter&apos;s value for &quot;recorded in another zone than the map&apos;s&quot;.</extracomment>
        <translation>Карта: ядровая зона</translation>
    </message>
    <message>
        <source>Map: buffer zone</source>
        <translation>Карта: буферная зона</translation>
    </message>
    <message>
        <source>Map: transition area</source>
        <translation>Карта: переходная зона</translation>
    </message>
    <message>
        <source>Map: outside the zones</source>
        <translation>Карта: вне зон</translation>
    </message>
    <message>
        <source>Recorded ≠ map</source>
        <translation>Записано ≠ карта</translation>
    </message>
    <message>
        <source>decimal degrees, or 27°59&apos;17&quot;N</source>
        <translation>десятичные градусы или 27°59&apos;17&quot;N</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>decimal degrees, or 86°55&apos;30&quot;E</source>
        <translation>десятичные градусы или 86°55&apos;30&quot;E</translation>
    </message>
    <message>
        <source>Coordinate uncertainty (m)</source>
        <translation>Погрешность координат (м)</translation>
    </message>
    <message>
        <source>Elevation (m)</source>
        <translation>Высота (м)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Taxon or subject</source>
        <translation>Таксон или объект</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>наблюдение</translation>
    </message>
    <message>
        <source>UTC offset</source>
        <translation>Смещение от UTC</translation>
    </message>
    <message>
        <source>+05:45, or -03:00</source>
        <translation>+05:45 или -03:00</translation>
    </message>
    <message>
        <source>Kingdom</source>
        <translation>Царство</translation>
    </message>
    <message>
        <source>Taxon rank</source>
        <translation>Таксономический ранг</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Измеренное значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Sensitive location</source>
        <translation>Чувствительное местоположение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Source record id</source>
        <translation>ID исходной записи</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>план действий</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Название плана</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Видение</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Первый год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <source>Action plan {plan_id} no longer exists.</source>
        <translation>Плана действий {plan_id} больше нет.</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>action</source>
        <translation>действие</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Indicator unit</source>
        <translation>Единица показателя</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Последнее значение</translation>
    </message>
    <message>
        <source>Risks and assumptions</source>
        <translation>Риски и допущения</translation>
    </message>
    <message>
        <source>must be a three-letter ISO code such as USD or NPR (got &apos;{currency}&apos;)</source>
        <translation>должен быть трёхбуквенный код ISO вроде USD или NPR (получено: «{currency}»)</translation>
    </message>
    <message>
        <source>good practice</source>
        <extracomment>The extra values a practice takes besides its fields: links kept in other tables.</extracomment>
        <translation>практику</translation>
    </message>
    <message>
        <source>A short name others will recognise, e.g. Herders read the plots</source>
        <translation>Короткое понятное название, например: Пастухи снимают данные с площадок</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>The challenge</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>The problem or opportunity the practice answered</source>
        <translation>Проблема или возможность, на которую ответила практика</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что было сделано</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Кто выполнял</translation>
    </message>
    <message>
        <source>Who led it, who took part (reserve staff, communities, partners)</source>
        <translation>Кто руководил и кто участвовал (сотрудники резервата, местные сообщества, партнёры)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Empty if it is still going on</source>
        <translation>Оставьте пустым, если работа продолжается</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Evidence: indicators</source>
        <translation>Подтверждение: показатели</translation>
    </message>
    <message>
        <source>What was measured, before and after</source>
        <translation>Что измеряли до и после</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Money, staff time, equipment; who paid</source>
        <translation>Деньги, рабочее время, оборудование; кто оплатил</translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation>Извлечённые уроки</translation>
    </message>
    <message>
        <source>Conditions to replicate and scale</source>
        <translation>Условия для тиражирования и расширения</translation>
    </message>
    <message>
        <source>What another reserve would need for it to work there, and to grow it</source>
        <translation>Что нужно другому резервату, чтобы это сработало у него и чтобы расширить опыт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>No good practice is called &apos;{title}&apos;. The practices: {known}.</source>
        <translation>Практики с названием «{title}» нет. Практики: {known}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; could be any of: {names}. Give more of the title.</source>
        <translation>«{title}» подходит к нескольким: {names}. Укажите название полнее.</translation>
    </message>
    <message>
        <source>good practice&apos;s action</source>
        <translation>действие практики</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Передовой опыт</translation>
    </message>
    <message>
        <source>good practice&apos;s observation</source>
        <translation>наблюдение практики</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Название программы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Контактный e-mail</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Стаж (лет)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>программу</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участника</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Programme attended</source>
        <translation>Пройденная программа</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>резерват</translation>
    </message>
    <message>
        <source>Reserve name</source>
        <translation>Название резервата</translation>
    </message>
    <message>
        <source>Year designated</source>
        <translation>Год присвоения статуса</translation>
    </message>
    <message>
        <source>Core area (ha)</source>
        <translation>Ядровая зона (га)</translation>
    </message>
    <message>
        <source>Buffer zone (ha)</source>
        <translation>Буферная зона (га)</translation>
    </message>
    <message>
        <source>Transition area (ha)</source>
        <translation>Переходная зона (га)</translation>
    </message>
    <message>
        <source>Lowest elevation (m)</source>
        <translation>Минимальная высота (м)</translation>
    </message>
    <message>
        <source>Highest elevation (m)</source>
        <translation>Максимальная высота (м)</translation>
    </message>
    <message>
        <source>Ecosystems</source>
        <translation>Экосистемы</translation>
    </message>
    <message>
        <source>Key species</source>
        <translation>Ключевые виды</translation>
    </message>
    <message>
        <source>Glaciers</source>
        <translation>Ледники</translation>
    </message>
    <message>
        <source>Managing body</source>
        <translation>Управляющая организация</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>зону</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Контур</translation>
    </message>
    <message>
        <source>is not a usable outline ({exc})</source>
        <translation>— непригодная граница ({exc})</translation>
    </message>
    <message>
        <source>action&apos;s zone</source>
        <translation>зону действия</translation>
    </message>
    <message>
        <source>{n} added ({names})</source>
        <extracomment>located observations, and how many of them fall inside the new zones</extracomment>
        <translation>добавлено: {n} ({names})</translation>
    </message>
    <message>
        <source>{n} redrawn ({names})</source>
        <translation>перерисовано: {n} ({names})</translation>
    </message>
    <message>
        <source>{n} removed ({names})</source>
        <translation>удалено: {n} ({names})</translation>
    </message>
    <message>
        <source>Zones: {done}. {inside:,} of {located:,} located observations fall inside them.</source>
        <translation>Зоны: {done}. Внутри них {inside:,} из {located:,} наблюдений с координатами.</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>ничего не изменилось</translation>
    </message>
    <message>
        <source>None of your observations is inside these zones: is this the right file?</source>
        <translation>Ни одно ваше наблюдение не попадает в эти зоны: тот ли это файл?</translation>
    </message>
    <message>
        <source>No feature was chosen as a zone: nothing was changed.</source>
        <translation>Ни один объект не выбран как зона: ничего не изменено.</translation>
    </message>
    <message>
        <source>Two features are both named &apos;{told}&apos; (features {first} and {feature}): give each zone its own name.</source>
        <translation>Два объекта называются «{told}» (объекты {first} и {feature}): дайте каждой зоне своё имя.</translation>
    </message>
    <message>
        <source>Feature {feature} (&apos;{name}&apos;): {exc}</source>
        <translation>Объект {feature} («{name}»): {exc}</translation>
    </message>
    <message>
        <source>There are no zones on the map to export.</source>
        <translation>На карте нет зон для экспорта.</translation>
    </message>
    <message>
        <source>The layer has no field &apos;{zone_field}&apos; (its fields: {shown}).</source>
        <translation>В слое нет поля «{zone_field}» (его поля: {shown}).</translation>
    </message>
    <message>
        <source>{head}
Not served by any action yet</source>
        <translation>{head}
Пока ни одного действия</translation>
    </message>
    <message>
        <source>Actions per goal</source>
        <translation>Действий на цель</translation>
    </message>
    <message>
        <source>SDG {number}</source>
        <translation>ЦУР {number}</translation>
    </message>
    <message>
        <source>GBF {number}</source>
        <translation>ГРП {number}</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>GBF targets</source>
        <translation>Цели ГРП</translation>
    </message>
    <message>
        <source>● the action serves the goal (coloured by pillar). Shaded columns: goals no action serves yet. The last row counts the actions per goal.</source>
        <translation>● действие служит цели (цвет по направлению). Затенённые столбцы: цели, которым пока не служит ни одно действие. Последняя строка — число действий на цель.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln action(s)&lt;/b&gt; serve %1 of 17 SDGs and %2 of 23 GBF targets.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln действие&lt;/b&gt; охватывает %1 из 17 ЦУР и %2 из 23 целей ГРП.</numerusform>
            <numerusform>&lt;b&gt;%Ln действия&lt;/b&gt; охватывают %1 из 17 ЦУР и %2 из 23 целей ГРП.</numerusform>
            <numerusform>&lt;b&gt;%Ln действий&lt;/b&gt; охватывают %1 из 17 ЦУР и %2 из 23 целей ГРП.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet served: %1.</source>
        <translation>Пока не охвачены: %1.</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>The action editor&apos;s tabs and the fields on each (tags are the last tab).</extracomment>
        <translation>Что</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>Кто и когда</translation>
    </message>
    <message>
        <source>The plan</source>
        <extracomment>the action&apos;s goals and zones as its pickers show them</extracomment>
        <translation>План</translation>
    </message>
    <message>
        <source>Your plan&apos;s title, period and vision. Select an objective or an action on the left to edit it.</source>
        <translation>Название, период и видение вашего плана. Выберите цель или действие слева, чтобы изменить их.</translation>
    </message>
    <message>
        <source>Where this action came from</source>
        <translation>Откуда взялось это действие</translation>
    </message>
    <message>
        <source>Find a goal by number or words (e.g. 15, water)</source>
        <translation>Найти цель по номеру или словам (например, 15, вода)</translation>
    </message>
    <message>
        <source>Find a goal</source>
        <translation>Найти цель</translation>
    </message>
    <message>
        <source>SDG tags</source>
        <translation>Метки ЦУР</translation>
    </message>
    <message>
        <source>GBF target tags</source>
        <translation>Метки целей ГРП</translation>
    </message>
    <message>
        <source>SDGs this action serves</source>
        <translation>ЦУР, которым служит это действие</translation>
    </message>
    <message>
        <source>GBF targets this action serves</source>
        <translation>Цели ГРП, которым служит это действие</translation>
    </message>
    <message>
        <source>SDGs and GBF</source>
        <translation>ЦУР и ГРП</translation>
    </message>
    <message>
        <source>Zones</source>
        <extracomment>the folder is open read-only: the zone picker, rebuilt as zones change, stays off</extracomment>
        <translation>Зоны</translation>
    </message>
    <message>
        <source>Zones this action applies to</source>
        <translation>Зоны, к которым относится действие</translation>
    </message>
    <message>
        <source>The zones of the reserve this action applies to.</source>
        <translation>Зоны резервата, к которым относится это действие.</translation>
    </message>
    <message>
        <source>No zones on the map yet: &lt;a href=&apos;map&apos;&gt;import their outlines on the Map page&lt;/a&gt;, then tick here the ones this action applies to.</source>
        <translation>На карте пока нет зон: &lt;a href=&apos;map&apos;&gt;импортируйте их контуры на странице «Карта»&lt;/a&gt;, затем отметьте здесь те, к которым относится это действие.</translation>
    </message>
    <message>
        <source>A next step of the self-assessment of {assessed_on:%Y-%m-%d}, question {question_code}{title}. &lt;a href=&apos;effectiveness&apos;&gt;Open Effectiveness&lt;/a&gt;</source>
        <translation>Следующий шаг самооценки от {assessed_on:%Y-%m-%d}, вопрос {question_code}{title}. &lt;a href=&apos;effectiveness&apos;&gt;Открыть «Эффективность»&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Change SDG tags</source>
        <translation>Изменить метки ЦУР</translation>
    </message>
    <message>
        <source>Change GBF tags</source>
        <translation>Изменить метки ГРП</translation>
    </message>
    <message>
        <source>Change zones</source>
        <translation>Изменить зоны</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}; font-size:14pt&apos;&gt;■&lt;/span&gt; &lt;b&gt;Pillar {number}: {name}&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}; font-size:14pt&apos;&gt;■&lt;/span&gt; &lt;b&gt;Направление {number}: {name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Find in the plan (Ctrl+F)</source>
        <extracomment>The filter changed (typing, or a choice).</extracomment>
        <translation>Поиск в плане (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the plan</source>
        <translation>Поиск в плане</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any SDG</source>
        <translation>Любая ЦУР</translation>
    </message>
    <message>
        <source>Any GBF target</source>
        <translation>Любая цель ГРП</translation>
    </message>
    <message>
        <source>Filter by pillar</source>
        <translation>Фильтр по направлению</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Filter by SDG</source>
        <translation>Фильтр по ЦУР</translation>
    </message>
    <message>
        <source>Filter by GBF target</source>
        <translation>Фильтр по цели ГРП</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln action(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %Ln действия</numerusform>
            <numerusform>Показано %1 из %Ln действий</numerusform>
            <numerusform>Показано %1 из %Ln действий</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as %1: the map puts it elsewhere.</source>
        <translation>Записано как «%1»: по карте — в другой зоне.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>All categories</source>
        <extracomment>The find box&apos;s least width, and a filter choice&apos;s width in letters.</extracomment>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Фильтр по категории</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <extracomment>A date was typed or changed. The user left a date box (or pressed Enter in it).</extracomment>
        <translation>с ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата с</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>по ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата по</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>min {unit}</source>
        <extracomment>A number was typed or changed.</extracomment>
        <translation>мин. {unit}</translation>
    </message>
    <message>
        <source>Lowest {what}</source>
        <translation>Наименьшая {what}</translation>
    </message>
    <message>
        <source>max {unit}</source>
        <translation>макс. {unit}</translation>
    </message>
    <message>
        <source>Highest {what}</source>
        <translation>Наибольшая {what}</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <source>Find taxon, site, notes or observer (Ctrl+F)</source>
        <extracomment>Something was typed: the page waits for a pause before it asks again. A choice was made, or the bar cleared: the page asks at once.</extracomment>
        <translation>Поиск по таксону, участку, примечаниям или наблюдателю (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in observations</source>
        <translation>Поиск в наблюдениях</translation>
    </message>
    <message>
        <source>Any recorded zone</source>
        <translation>Любая записанная зона</translation>
    </message>
    <message>
        <source>Filter by zone</source>
        <translation>Фильтр по зоне</translation>
    </message>
    <message>
        <source>The zone the observer recorded</source>
        <translation>Зона, записанная наблюдателем</translation>
    </message>
    <message>
        <source>Any zone on the map</source>
        <translation>Любая зона на карте</translation>
    </message>
    <message>
        <source>Filter by zone on the map</source>
        <translation>Фильтр по зоне на карте</translation>
    </message>
    <message>
        <source>The zone the coordinates fall in, on the Map page&apos;s zones</source>
        <translation>Зона, в которую попадают координаты, по зонам на странице «Карта»</translation>
    </message>
    <message>
        <source>elevation</source>
        <translation>высота</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Bring data from an earlier brdesk</source>
        <translation>Перенести данные из прежнего brdesk</translation>
    </message>
    <message>
        <source>The folder of the earlier brdesk (or its brdesk-data folder)</source>
        <translation>Папка прежнего brdesk (или его папка brdesk-data)</translation>
    </message>
    <message>
        <source>Copy this data into {root} and bring it up to date?</source>
        <translation>Скопировать эти данные в {root} и обновить их?</translation>
    </message>
    <message>
        <source>{v0}

The earlier folder is not changed: it stays as it is, a complete copy to go back to.</source>
        <translation>{v0}

Прежняя папка не меняется: она остаётся как есть — полная копия, к которой можно вернуться.</translation>
    </message>
    <message>
        <source>Bring my data</source>
        <translation>Перенести мои данные</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Your data from {root} is here.</source>
        <translation>Ваши данные из {root} перенесены.</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>the backup the user chose to restore, read by the caller after exec()</extracomment>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>brdesk backs up your data every day it is used, before every import, upgrade and restore, and keeps the recent ones. They are in {backups}.</source>
        <translation>brdesk делает резервную копию данных каждый день работы, перед каждым импортом, обновлением и восстановлением и хранит последние копии. Они в {backups}.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Создать &amp;сейчас</translation>
    </message>
    <message>
        <source>Save a copy &amp;with photos…</source>
        <translation>Сохранить копию &amp;с фото…</translation>
    </message>
    <message>
        <source>A .zip with the database and every attachment</source>
        <translation>.zip с базой данных и всеми вложениями</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Восстановить из &amp;файла…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>No backups yet: &apos;Back up now&apos; makes the first.</source>
        <translation>Резервных копий пока нет: «Создать сейчас» сделает первую.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <source>Backup written: {name}</source>
        <translation>Копия записана: {name}</translation>
    </message>
    <message>
        <source>Save a copy with photos</source>
        <translation>Сохранить копию с фото</translation>
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation>Запись архива…</translation>
    </message>
    <message>
        <source>Archive written: {path}</source>
        <translation>Архив записан: {path}</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Восстановить из файла</translation>
    </message>
    <message>
        <source>Make the next step a plan action</source>
        <translation>Сделать следующий шаг действием плана</translation>
    </message>
    <message>
        <source>{code} · {title}: the next step becomes an action of your plan, linked to this answer. You can edit it in the plan afterwards.</source>
        <translation>{code} · {title}: следующий шаг станет действием вашего плана, связанным с этим ответом. Потом его можно изменить в плане.</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Название действия</translation>
    </message>
    <message>
        <source>From the management-effectiveness assessment of {assessed_on:%Y-%m-%d}, question {code} ({title}).</source>
        <translation>Из оценки эффективности управления от {assessed_on:%Y-%m-%d}, вопрос {code} ({title}).</translation>
    </message>
    <message>
        <source>
Next step: {next_step}</source>
        <translation>
Следующий шаг: {next_step}</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Описание действия</translation>
    </message>
    <message>
        <source>Action title*</source>
        <translation>Название действия*</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Добавить в план</translation>
    </message>
    <message>
        <source>A new objective: “{FOLLOW_UP_OBJECTIVE}”</source>
        <translation>Новая цель: «{FOLLOW_UP_OBJECTIVE}»</translation>
    </message>
    <message>
        <source>Action title: is required</source>
        <translation>Название действия: обязательно</translation>
    </message>
    <message>
        <source>Edit observation</source>
        <translation>Изменить наблюдение</translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation>Добавить наблюдение</translation>
    </message>
    <message>
        <source>Photos (copied into your data folder)</source>
        <translation>Фотографии (копируются в папку данных)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Убрать фото</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>A record with the same date, place and taxon or subject is already in the log.</source>
        <translation>В журнале уже есть запись с той же датой, местом и таксоном или предметом.</translation>
    </message>
    <message>
        <source>Save this one anyway?</source>
        <translation>Всё равно сохранить эту запись?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>Добавить наблюдение</translation>
    </message>
    <message>
        <source>All my data: profile, reserve, plan, follow-up, observations and their files</source>
        <translation>Все мои данные: профиль, резерват, план, документы, наблюдения и их файлы</translation>
    </message>
    <message>
        <source>Observations of a date range, with their files</source>
        <translation>Наблюдения за период с их файлами</translation>
    </message>
    <message>
        <source>The action plan only</source>
        <translation>Только план действий</translation>
    </message>
    <message>
        <source>Package for another laptop</source>
        <translation>Пакет для другого ноутбука</translation>
    </message>
    <message>
        <source>A package carries your records to another brdesk, on a stick or by e-mail. Importing it there adds what is new and keeps the newer version of anything edited on both laptops. Importing the same package twice changes nothing.</source>
        <translation>Пакет переносит ваши записи в другой brdesk — на флешке или по электронной почте. Импорт там добавляет новое и сохраняет более новую версию того, что меняли на обоих ноутбуках. Повторный импорт того же пакета ничего не меняет.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Save package…</source>
        <translation>Сохранить пакет…</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <source>Writing {v0} to {name}…</source>
        <translation>Запись ({v0}) в {name}…</translation>
    </message>
    <message>
        <source>Written to {path}
{v0}</source>
        <translation>Записано в {path}
{v0}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <source>Reading {name} and comparing it with your data…</source>
        <translation>Чтение {name} и сравнение с вашими данными…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is what importing the package would do.&lt;/b&gt; A backup of your data is taken first; nothing is changed until you press Import.</source>
        <translation>&lt;b&gt;Вот что сделает импорт пакета.&lt;/b&gt; Сначала создаётся резервная копия ваших данных; ничего не меняется, пока вы не нажмёте «Импорт».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to import:&lt;/b&gt; you have everything in this package.</source>
        <translation>&lt;b&gt;Нечего импортировать:&lt;/b&gt; всё из этого пакета у вас уже есть.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message>
        <source> {v0} conflicts are listed below.</source>
        <translation> Ниже перечислены конфликты: {v0}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported.&lt;/b&gt;{conflicts} The undo history was cleared.</source>
        <translation>&lt;b&gt;Импортировано.&lt;/b&gt;{conflicts} История отмены очищена.</translation>
    </message>
    <message>
        <source>Import a package from another laptop</source>
        <translation>Импорт пакета с другого ноутбука</translation>
    </message>
    <message>
        <source>Add example objectives</source>
        <translation>Добавить примеры целей</translation>
    </message>
    <message>
        <source>Tick the examples that fit your reserve. Each adds an objective with its actions, indicators and SDG/GBF tags, which you can then adapt. Undo removes them again.</source>
        <translation>Отметьте примеры, подходящие вашему резервату. Каждый добавит цель с действиями, индикаторами и метками ЦУР/ГРП, которые затем можно изменить. Отмена снова их уберёт.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Example objectives</source>
        <translation>Примеры целей</translation>
    </message>
    <message>
        <source>SDG {v0}; GBF {v1}</source>
        <translation>ЦУР {v0}; ГРП {v1}</translation>
    </message>
    <message>
        <source>Add to my plan</source>
        <translation>Добавить в мой план</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Import zones</source>
        <translation>Импорт зон</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Слой:</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message numerus="yes">
        <source>%Ln polygon(s)</source>
        <translation>
            <numerusform>%Ln полигон</numerusform>
            <numerusform>%Ln полигона</numerusform>
            <numerusform>%Ln полигонов</numerusform>
        </translation>
    </message>
    <message>
        <source>Zone read from:</source>
        <translation>Зона берётся из:</translation>
    </message>
    <message>
        <source>Field that names the zone</source>
        <translation>Поле с названием зоны</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Площадь (га)</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Станет</translation>
    </message>
    <message>
        <source>Features of the file</source>
        <translation>Объекты файла</translation>
    </message>
    <message>
        <source>Replace the zones</source>
        <translation>Заменить зоны</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Отклонено: {reason}</translation>
    </message>
    <message>
        <source>What feature {number} becomes</source>
        <translation>Чем станет объект {number}</translation>
    </message>
    <message>
        <source>Name of feature {number}</source>
        <translation>Название объекта {number}</translation>
    </message>
    <message>
        <source>No polygons in this layer.</source>
        <translation>В этом слое нет полигонов.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{v0} of {v1} features become zones.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{v0} из {v1} объектов станут зонами.&lt;/b&gt;</translation>
    </message>
    <message>
        <source> They replace the {v0} zones on the map</source>
        <translation> Они заменят зоны на карте ({v0})</translation>
    </message>
    <message>
        <source>; redrawn, keeping the actions that name them: {v0}</source>
        <translation>; перерисованы с сохранением действий, которые их называют: {v0}</translation>
    </message>
    <message>
        <source>; removed: {names}</source>
        <translation>; удалены: {names}</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#B00020&apos;&gt;Give every zone a name.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#B00020&apos;&gt;Дайте название каждой зоне.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{v0} The undo history was cleared.</source>
        <translation>{v0} История отмены очищена.</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>Экспорт плана действий</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln действие записано в {path}.</numerusform>
            <numerusform>%Ln действия записаны в {path}.</numerusform>
            <numerusform>%Ln действий записано в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the self-assessments</source>
        <translation>Экспорт самооценок</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln ответ записан в {path}.</numerusform>
            <numerusform>%Ln ответа записаны в {path}.</numerusform>
            <numerusform>%Ln ответов записано в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive locations</source>
        <translation>Чувствительные места</translation>
    </message>
    <message>
        <source>Records marked sensitive get coordinates generalised to a 0.1-degree grid.</source>
        <translation>Координаты записей, отмеченных как чувствительные, огрубляются до сетки 0,1 градуса.</translation>
    </message>
    <message>
        <source>Keep exact coordinates instead? Only for your own use: never for files you share.</source>
        <translation>Сохранить вместо этого точные координаты? Только для себя: никогда для файлов, которыми вы делитесь.</translation>
    </message>
    <message>
        <source>Keep exact coordinates</source>
        <translation>Сохранить точные координаты</translation>
    </message>
    <message>
        <source>Generalise them</source>
        <translation>Огрубить их</translation>
    </message>
    <message>
        <source>Export observations</source>
        <translation>Экспорт наблюдений</translation>
    </message>
    <message>
        <source> (the records shown)</source>
        <translation> (показанные записи)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) written to {path}</source>
        <translation>
            <numerusform>%Ln действие записано в {path}</numerusform>
            <numerusform>%Ln действия записаны в {path}</numerusform>
            <numerusform>%Ln действий записано в {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) written to {path}</source>
        <translation>
            <numerusform>%Ln ответ записан в {path}</numerusform>
            <numerusform>%Ln ответа записаны в {path}</numerusform>
            <numerusform>%Ln ответов записано в {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the report is incomplete (%Ln gap(s)):</source>
        <translation>
            <numerusform>Внимание: отчёт неполон (%Ln пробел):</numerusform>
            <numerusform>Внимание: отчёт неполон (%Ln пробела):</numerusform>
            <numerusform>Внимание: отчёт неполон (%Ln пробелов):</numerusform>
        </translation>
    </message>
    <message>
        <source>  - {gap}</source>
        <translation>  - {gap}</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Отчёт записан в {path}</translation>
    </message>
    <message>
        <source>Case study of &apos;{title}&apos; written to {path}</source>
        <translation>Описание практики «{title}» записано в {path}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln наблюдение записано в {path}.</numerusform>
            <numerusform>%Ln наблюдения записаны в {path}.</numerusform>
            <numerusform>%Ln наблюдений записано в {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dashboard (%Ln panel(s)) written to {path}</source>
        <translation>
            <numerusform>Сводка (%Ln панель) записана в {path}</numerusform>
            <numerusform>Сводка (%Ln панели) записана в {path}</numerusform>
            <numerusform>Сводка (%Ln панелей) записана в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to choose observations: they do not go with --only plan.</source>
        <translation>--from и --to выбирают наблюдения: их нельзя сочетать с --only plan.</translation>
    </message>
    <message>
        <source>Package of {what} written to {path}</source>
        <translation>Пакет ({what}) записан в {path}</translation>
    </message>
    <message>
        <source>  {written}</source>
        <translation>  {written}</translation>
    </message>
    <message>
        <source>Zones are written as GeoJSON: name the file OUT.geojson, not &apos;{name}&apos;.</source>
        <translation>Зоны записываются в GeoJSON: назовите файл OUT.geojson, а не «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) written to {path}</source>
        <translation>
            <numerusform>%Ln зона записана в {path}</numerusform>
            <numerusform>%Ln зоны записаны в {path}</numerusform>
            <numerusform>%Ln зон записано в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>CC-BY 4.0: anyone may use the data, crediting you (GBIF&apos;s most common)</source>
        <extracomment>The licences GBIF accepts, as offered (the key export_observations takes, the label).</extracomment>
        <translation>CC-BY 4.0: любой может использовать данные с указанием вашего авторства (самая частая в GBIF)</translation>
    </message>
    <message>
        <source>CC0 1.0: public domain, no conditions</source>
        <translation>CC0 1.0: общественное достояние, без условий</translation>
    </message>
    <message>
        <source>CC-BY-NC 4.0: credit, and no commercial use</source>
        <translation>CC-BY-NC 4.0: с указанием авторства и без коммерческого использования</translation>
    </message>
    <message>
        <source>Darwin Core Archive</source>
        <translation>Архив Darwin Core</translation>
    </message>
    <message>
        <source>What should the archive publish?</source>
        <translation>Что должен публиковать архив?</translation>
    </message>
    <message>
        <source>Species records (occurrences)</source>
        <translation>Регистрации видов (occurrences)</translation>
    </message>
    <message>
        <source>Measurements: climate, glacier, habitat, threats, socio-economic (sampling events)</source>
        <translation>Измерения: климат, ледник, местообитания, угрозы, социально-экономические (события выборки)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Under which licence may others use the data?</source>
        <translation>По какой лицензии другие могут использовать данные?</translation>
    </message>
    <message>
        <source>Separators</source>
        <translation>Разделители</translation>
    </message>
    <message>
        <source>Which spreadsheet will open this CSV?</source>
        <translation>Какая программа будет открывать этот CSV?</translation>
    </message>
    <message>
        <source>Excel in French, Spanish, Russian, German and many other languages expects semicolons between columns and decimal commas (2,5); elsewhere, commas and decimal points (2.5).</source>
        <translation>Excel на французском, испанском, русском, немецком и многих других языках ожидает точку с запятой между столбцами и десятичную запятую (2,5); в остальных — запятые и десятичную точку (2.5).</translation>
    </message>
    <message>
        <source>Semicolons, decimal commas</source>
        <translation>Точки с запятой, десятичная запятая</translation>
    </message>
    <message>
        <source>Commas, decimal points</source>
        <translation>Запятые, десятичная точка</translation>
    </message>
    <message>
        <source>Export the zones</source>
        <translation>Экспорт зон</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln зона записана в {path}.</numerusform>
            <numerusform>%Ln зоны записаны в {path}.</numerusform>
            <numerusform>%Ln зон записано в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>the window&apos;s own background work: the start-up check, a restore</extracomment>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <extracomment>a cohort folder is open: its pages are shown, a personal folder&apos;s hidden</extracomment>
        <translation>Открытие ваших данных…</translation>
    </message>
    <message>
        <source>You are exploring the &lt;b&gt;demo reserve&lt;/b&gt;: made-up data in a separate folder. &lt;a href=&apos;back&apos;&gt;Back to my data&lt;/a&gt;</source>
        <translation>Вы просматриваете &lt;b&gt;демонстрационный резерват&lt;/b&gt;: вымышленные данные в отдельной папке. &lt;a href=&apos;back&apos;&gt;Вернуться к моим данным&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <extracomment>The key of the start-up check in the window&apos;s operations.</extracomment>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>{v0}

This backup cannot be restored. Your data was not changed.</source>
        <translation>{v0}

Эту копию нельзя восстановить. Ваши данные не изменены.</translation>
    </message>
    <message>
        <source>Replace the data in your data folder with this backup?</source>
        <translation>Заменить данные в папке данных этой копией?</translation>
    </message>
    <message>
        <source>{v0}

Your current data is backed up first (or, if it is damaged, set aside whole) in {backups}, so this can be undone.</source>
        <translation>{v0}

Текущие данные сначала сохраняются (а если повреждены — откладываются целиком) в {backups}, так что это можно отменить.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление из копии…</translation>
    </message>
    <message>
        <source>Your database is damaged. SQLite reports: {problem}

brdesk will not change the damaged file. </source>
        <translation>Ваша база данных повреждена. SQLite сообщает: {problem}

brdesk не будет менять повреждённый файл. </translation>
    </message>
    <message>
        <source>There is no good backup in {backups}. Keep the folder as it is and ask for help: &apos;brdesk check&apos; lists what is wrong.</source>
        <translation>В {backups} нет исправной копии. Оставьте папку как есть и обратитесь за помощью: «brdesk check» перечислит неполадки.</translation>
    </message>
    <message>
        <source>The newest good backup is:

{v0}

Restore it? The damaged database is kept, whole, in the backups folder.</source>
        <translation>Самая новая исправная копия:

{v0}

Восстановить её? Повреждённая база целиком сохранится в папке резервных копий.</translation>
    </message>
    <message>
        <source>Effectiveness by element</source>
        <extracomment>The radars&apos; width: six short labels need no more, and the tables get the rest. Draws a radar into a view: (view, title, element labels, [(name, percents)]).</extracomment>
        <translation>Эффективность по элементам</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Scores by element</source>
        <translation>Баллы по элементам</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest first&lt;/b&gt;: where a next step helps most</source>
        <translation>&lt;b&gt;Сначала самые слабые&lt;/b&gt;: где следующий шаг поможет больше всего</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>В плане</translation>
    </message>
    <message>
        <source>Weakest questions</source>
        <translation>Самые слабые вопросы</translation>
    </message>
    <message>
        <source>Overall: &lt;b&gt;{v0}&lt;/b&gt; of what could be scored · {answered} of {applicable} questions that apply answered</source>
        <translation>В целом: &lt;b&gt;{v0}&lt;/b&gt; от возможного · отвечено {answered} из {applicable} применимых вопросов</translation>
    </message>
    <message>
        <source>{answered} of {applicable}</source>
        <translation>{answered} из {applicable}</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>Assessment to compare with</source>
        <translation>Оценка для сравнения</translation>
    </message>
    <message>
        <source>Two assessments compared</source>
        <translation>Сравнение двух оценок</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Questions whose level changed</source>
        <translation>Вопросы с изменившимся уровнем</translation>
    </message>
    <message>
        <source>Make a second assessment to compare the two.</source>
        <translation>Проведите вторую оценку, чтобы сравнить их.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not applying</source>
        <translation>
            <numerusform>%Ln вопрос неприменим</numerusform>
            <numerusform>%Ln вопроса неприменимы</numerusform>
            <numerusform>%Ln вопросов неприменимы</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions by pillar</source>
        <extracomment>The overview&apos;s columns in the window: the four pillars in one (&quot;4 · 3 · 4 · 3&quot;), so that the participant and the reserve keep room at 1366 pixels.</extracomment>
        <translation>Действия по направлениям</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Actions under pillars 1, 2, 3 and 4</source>
        <translation>Действия по направлениям 1, 2, 3 и 4</translation>
    </message>
    <message>
        <source>Goals no reserve serves</source>
        <translation>Цели, которым не служит ни один резерват</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>Резерваты</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>Every text of brdesk&apos;s own a chart draws (the user&apos;s titles and names are drawn as typed). A chart_text() of a text missing here stays English: a test checks the list.</extracomment>
        <translation>Действия</translation>
    </message>
    <message>
        <source>SDGs the reserves serve</source>
        <translation>ЦУР, которым служат резерваты</translation>
    </message>
    <message>
        <source>GBF target</source>
        <translation>Задача ГРП</translation>
    </message>
    <message>
        <source>GBF targets the reserves serve</source>
        <translation>Задачи ГРП, которым служат резерваты</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Цели в области устойчивого развития</translation>
    </message>
    <message>
        <source>Kunming-Montreal GBF targets</source>
        <translation>Задачи Куньминско-Монреальской ГРП</translation>
    </message>
    <message>
        <source>Target {number}</source>
        <translation>Задача {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Served by no reserve&apos;s plan:&lt;/b&gt; {v0}.</source>
        <translation>&lt;b&gt;Не охвачены ни одним планом:&lt;/b&gt; {v0}.</translation>
    </message>
    <message>
        <source>Every goal and target is served by at least one reserve&apos;s plan.</source>
        <translation>Каждой цели и задаче служит план хотя бы одного резервата.</translation>
    </message>
    <message>
        <source>No reserve&apos;s plan serves it</source>
        <translation>Ни один план резервата не служит ей</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Отрисовка карты…</translation>
    </message>
    <message>
        <source>The reserves on a world map</source>
        <translation>Резерваты на карте мира</translation>
    </message>
    <message>
        <source>Which number is which reserve</source>
        <translation>Какой номер у какого резервата</translation>
    </message>
    <message>
        <source>placed by its zones</source>
        <translation>по её зонам</translation>
    </message>
    <message>
        <source>placed by its observations</source>
        <translation>по её наблюдениям</translation>
    </message>
    <message>
        <source>placed by its country</source>
        <translation>по её стране</translation>
    </message>
    <message>
        <source>The pillar compared</source>
        <translation>Сравниваемое направление</translation>
    </message>
    <message>
        <source>Biosphere reserve</source>
        <translation>Биосферный резерват</translation>
    </message>
    <message>
        <source>Actions under this pillar</source>
        <translation>Действия по этому направлению</translation>
    </message>
    <message>
        <source>The plans side by side</source>
        <translation>Планы рядом</translation>
    </message>
    <message>
        <source>The selected practice as a Word case study</source>
        <translation>Выбранная практика в виде описания в Word</translation>
    </message>
    <message>
        <source>The good-practice catalogue</source>
        <translation>Каталог передового опыта</translation>
    </message>
    <message>
        <source>Who has sent what: the state of each document in the participant&apos;s latest package (“(file)”: its file is in the package).</source>
        <translation>Кто что отправил: состояние каждого документа в последнем пакете участника («(файл)»: файл есть в пакете).</translation>
    </message>
    <message>
        <source>Follow-up: who has sent what</source>
        <translation>Документы: кто что отправил</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>What the programme asks for after the training, with its deadline. Attach the file that satisfies each item (it is copied into your data folder), then prepare a folder to send by e-mail. brdesk sends nothing itself.</source>
        <extracomment>The user asked for the submission folder (the page prepares it: it owns the options).</extracomment>
        <translation>Что программа требует после обучения и в какой срок. Приложите файл к каждому пункту (он копируется в папку данных), затем подготовьте папку для отправки по электронной почте. Сам brdesk ничего не отправляет.</translation>
    </message>
    <message>
        <source>Follow-up items</source>
        <translation>Документы после обучения</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Приложить файл…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Prepare submission folder…</source>
        <translation>Подготовить папку для отправки…</translation>
    </message>
    <message>
        <source>Copy the report and the scans, well named, into a folder</source>
        <translation>Скопировать отчёт и сканы с правильными именами в папку</translation>
    </message>
    <message>
        <source>Fill in your profile on My reserve first: the items follow from the programme you attended.</source>
        <translation>Сначала заполните профиль в «Мой резерват»: пункты зависят от программы, в которой вы участвовали.</translation>
    </message>
    <message>
        <source>Due within two weeks</source>
        <translation>Срок — в ближайшие две недели</translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation>файла пока нет</translation>
    </message>
    <message>
        <source>Status of {title}</source>
        <translation>Статус: {title}</translation>
    </message>
    <message>
        <source>Mark {title}</source>
        <translation>Отметить: {title}</translation>
    </message>
    <message>
        <source>Attach: {title}</source>
        <translation>Приложить: {title}</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Приложить файл</translation>
    </message>
    <message>
        <source>No file is attached to this item yet.</source>
        <translation>К этому пункту ещё не приложен файл.</translation>
    </message>
    <message>
        <source>brdesk will not open this file: {refused}.</source>
        <translation>brdesk не откроет этот файл: {refused}.</translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation>1 – плохо</translation>
    </message>
    <message>
        <source>2 – fair</source>
        <translation>2 – удовлетворительно</translation>
    </message>
    <message>
        <source>3 – good</source>
        <translation>3 – хорошо</translation>
    </message>
    <message>
        <source>4 – very good</source>
        <translation>4 – очень хорошо</translation>
    </message>
    <message>
        <source>5 – excellent</source>
        <translation>5 – отлично</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Выбрать дату</translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation>Введите, чтобы найти страну</translation>
    </message>
    <message>
        <source>The practice</source>
        <extracomment>The editor&apos;s tabs of fields, in the form&apos;s order.</extracomment>
        <translation>Практика</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>Результаты и подтверждения</translation>
    </message>
    <message>
        <source>Lessons and scaling</source>
        <translation>Уроки и тиражирование</translation>
    </message>
    <message>
        <source>GBF tags</source>
        <translation>Метки ГРП</translation>
    </message>
    <message>
        <source>plan actions</source>
        <translation>действия плана</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>подтверждения</translation>
    </message>
    <message>
        <source>Good practice: {title}</source>
        <translation>Передовой опыт: {title}</translation>
    </message>
    <message>
        <source>Plan and goals</source>
        <translation>План и цели</translation>
    </message>
    <message>
        <source>Observations that show it worked</source>
        <translation>Наблюдения, подтверждающие результат</translation>
    </message>
    <message>
        <source>Observations linked as evidence</source>
        <translation>Наблюдения, связанные как подтверждения</translation>
    </message>
    <message>
        <source>Plan actions it grew from or carries out</source>
        <translation>Действия плана, из которых она выросла или которые выполняет</translation>
    </message>
    <message>
        <source>SDGs it serves</source>
        <translation>ЦУР, которым она служит</translation>
    </message>
    <message>
        <source>GBF targets it serves</source>
        <translation>Задачи ГРП, которым она служит</translation>
    </message>
    <message>
        <source>Photos of the practice</source>
        <translation>Фотографии практики</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>Copied into the data folder; the case study shows three</source>
        <translation>Копируются в папку данных; в описании показываются три</translation>
    </message>
    <message>
        <source>Plan actions linked</source>
        <translation>Связанные действия плана</translation>
    </message>
    <message>
        <source>Plan actions (none in the plan yet)</source>
        <translation>Действия плана (в плане их пока нет)</translation>
    </message>
    <message>
        <source>To add some: on the Observations page, select the records and press &lt;i&gt;Link to a good practice…&lt;/i&gt;</source>
        <translation>Чтобы добавить: на странице «Наблюдения» выберите записи и нажмите &lt;i&gt;Связать с передовым опытом…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>None linked yet. {hint}</source>
        <translation>Пока ничего не связано. {hint}</translation>
    </message>
    <message>
        <source>&lt;br&gt;… and {v0} more</source>
        <translation>&lt;br&gt;… и ещё {v0}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;{hint}</source>
        <translation>&lt;br&gt;&lt;br&gt;{hint}</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>Фотографий пока нет.</translation>
    </message>
    <message>
        <source> · &lt;a href=&apos;remove:{0}&apos;&gt;remove&lt;/a&gt;</source>
        <translation> · &lt;a href=&apos;remove:{0}&apos;&gt;убрать&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Change the practice&apos;s {v0}</source>
        <translation>Изменить в практике: {v0}</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>Открыть фото</translation>
    </message>
    <message>
        <source>Remove {original_name} from this practice?</source>
        <translation>Убрать {original_name} из этой практики?</translation>
    </message>
    <message>
        <source>The file is deleted from the data folder.</source>
        <translation>Файл удаляется из папки данных.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>The fields a preview shows of each row to import.</extracomment>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>К импорту</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Rejected ({count})</source>
        <translation>Отклонено ({count})</translation>
    </message>
    <message>
        <source>The first {v0} of {rejected_total} rejected rows</source>
        <translation>Первые {v0} из {rejected_total} отклонённых строк</translation>
    </message>
    <message>
        <source>To import ({accepted})</source>
        <translation>К импорту ({accepted})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{accepted}&lt;/b&gt; rows to import</source>
        <translation>Строк к импорту: &lt;b&gt;{accepted}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>; the first {v0} listed</source>
        <translation>; показаны первые {v0}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#B00020&apos;&gt;{count}&lt;/b&gt; rejected (see why{listed})</source>
        <translation>отклонено: &lt;b style=&apos;color:#B00020&apos;&gt;{count}&lt;/b&gt; (см. причины{listed})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in brdesk (imported before)</source>
        <translation>
            <numerusform>%Ln уже есть в brdesk (импортирована ранее)</numerusform>
            <numerusform>%Ln уже есть в brdesk (импортированы ранее)</numerusform>
            <numerusform>%Ln уже есть в brdesk (импортированы ранее)</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {code}: {title}</source>
        <extracomment>The user asked to make the next step an action (answer id).</extracomment>
        <translation>Вопрос {code}: {title}</translation>
    </message>
    <message>
        <source>Does not apply here (say why)</source>
        <translation>Здесь неприменимо (укажите почему)</translation>
    </message>
    <message>
        <source>{code} level {level}: {description}</source>
        <translation>{code}, уровень {level}: {description}</translation>
    </message>
    <message>
        <source>Comment and next step for {code}</source>
        <translation>Комментарий и следующий шаг для {code}</translation>
    </message>
    <message>
        <source>Evidence for {code}</source>
        <translation>Подтверждения для {code}</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Приложить подтверждение…</translation>
    </message>
    <message>
        <source>Make it a plan action…</source>
        <translation>Сделать действием плана…</translation>
    </message>
    <message>
        <source>Turn the next step into an action of your plan</source>
        <translation>Превратить следующий шаг в действие вашего плана</translation>
    </message>
    <message>
        <source>Does not apply: {not_applicable_reason}</source>
        <translation>Неприменимо: {not_applicable_reason}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыть</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>убрать</translation>
    </message>
    <message>
        <source>Evidence: </source>
        <translation>Подтверждения: </translation>
    </message>
    <message>
        <source>In the plan: {action}</source>
        <translation>В плане: {action}</translation>
    </message>
    <message>
        <source>Why does “{title}” not apply to your reserve?</source>
        <translation>Почему вопрос «{title}» неприменим к вашему резервату?</translation>
    </message>
    <message>
        <source>Answer {code}</source>
        <translation>Ответ на {code}</translation>
    </message>
    <message>
        <source>{name} is no longer here</source>
        <translation>{name} больше нет</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Открыть подтверждение</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Убрать подтверждение</translation>
    </message>
    <message>
        <source>Remove {name} from this answer?</source>
        <translation>Убрать {name} из этого ответа?</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Приложить подтверждение</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;{text}&lt;/h3&gt;&lt;span style=&apos;color:#555555&apos;&gt;{question}&lt;/span&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;{text}&lt;/h3&gt;&lt;span style=&apos;color:#555555&apos;&gt;{question}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Map of the reserve</source>
        <extracomment>Scene units per degree of latitude (Qt&apos;s scene works best with numbers well above 1). Ground distances a scale bar may show, in metres.</extracomment>
        <translation>Карта резервата</translation>
    </message>
    <message>
        <source>Wheel or + and - to zoom, drag to move, 0 to see everything</source>
        <translation>Колесо или + и - — масштаб, перетаскивание — сдвиг, 0 — показать всё</translation>
    </message>
    <message>
        <source>No zones yet: import their outlines (Import zones…).</source>
        <translation>Зон пока нет: импортируйте их границы («Импорт зон…»).</translation>
    </message>
    <message>
        <source>{n} km</source>
        <translation>{n} км</translation>
    </message>
    <message>
        <source>{n} m</source>
        <translation>{n} м</translation>
    </message>
    <message>
        <source>Make this folder a cohort</source>
        <translation>Сделать эту папку папкой группы</translation>
    </message>
    <message>
        <source>{root} becomes a cohort folder: it gathers your participants&apos; packages, each kept apart and read-only.</source>
        <translation>{root} станет папкой группы: в ней собираются пакеты участников, каждый отдельно и только для чтения.</translation>
    </message>
    <message>
        <source>Your own reserve&apos;s data belongs in another folder: a cohort folder holds no profile, plan or observations of its own.</source>
        <translation>Данные вашего собственного резервата хранятся в другой папке: у папки группы нет своего профиля, плана или наблюдений.</translation>
    </message>
    <message>
        <source>Make it a cohort</source>
        <translation>Сделать папкой группы</translation>
    </message>
    <message>
        <source>Bringing your data up to date for this version of brdesk.
A backup copy is made first; this can take a minute for large logs…</source>
        <extracomment>After the data is open: well after start-up is measured done (about 1 s). SQLite&apos;s check of the whole file and the daily backup, after start-up too.</extracomment>
        <translation>Обновление данных для этой версии brdesk.
Сначала делается резервная копия; для больших журналов это может занять минуту…</translation>
    </message>
    <message>
        <source>The office database could not be reached: this computer&apos;s own records</source>
        <translation>Не удалось связаться с базой данных офиса: собственные записи этого компьютера</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <source>The office database could not be opened.

{exc}</source>
        <translation>Не удалось открыть базу данных офиса.

{exc}</translation>
    </message>
    <message>
        <source>The data folder could not be opened.

{exc}</source>
        <translation>Не удалось открыть папку данных.

{exc}</translation>
    </message>
    <message>
        <source>Changes saved by %1 are shown</source>
        <translation>Показаны изменения, сохранённые пользователем %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {v0} You can look at everything and export to another folder; nothing can be changed here.</source>
        <translation>&lt;b&gt;Только чтение.&lt;/b&gt; {v0} Можно всё просматривать и экспортировать в другую папку; изменять здесь ничего нельзя.</translation>
    </message>
    <message>
        <source>Data folder in use</source>
        <translation>Папка данных занята</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Two brdesk changing one folder could undo each other&apos;s work. Look at it read-only here (and export what you need), or close the other one (or let it finish) and try again.</source>
        <translation>Два brdesk, меняющие одну папку, могут отменить работу друг друга. Просмотрите её здесь только для чтения (и экспортируйте нужное) или закройте другой brdesk (или дождитесь его завершения) и повторите.</translation>
    </message>
    <message>
        <source>{who} is working in this folder; changes are made there. Close it and open this folder again to make your own.</source>
        <translation>В этой папке работает {who}; изменения вносятся там. Закройте его и снова откройте эту папку, чтобы вносить свои.</translation>
    </message>
    <message>
        <source>Your data could not be opened.

{exc}</source>
        <translation>Не удалось открыть ваши данные.

{exc}</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Your data as it was before is kept in {previous}.</source>
        <translation>Прежние данные сохранены в {previous}.</translation>
    </message>
    <message>
        <source>The backup {name} was restored. {kept}</source>
        <translation>Копия {name} восстановлена. {kept}</translation>
    </message>
    <message>
        <source> Details are in the log folder of your data folder.</source>
        <extracomment>Set by bench/startup.py: print when the window shows and when the data is in, then quit. How long a thread may hold the interpreter before another waiting for it gets a turn. Python&apos;s 5 ms default means the GUI thread waits up to 5 ms at every call into Python while a worker draws charts; many such waits in one repaint add up to a visible stall.</extracomment>
        <translation> Подробности — в папке журналов в папке данных.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your data is safe: every change saved before this is in the database.{where}</source>
        <translation>Что-то пошло не так: {error}

Ваши данные в безопасности: все изменения, сохранённые до этого, есть в базе данных.{where}</translation>
    </message>
    <message>
        <source>Something went wrong: {exc}. Details are in the log folder.</source>
        <translation>Что-то пошло не так: {exc}. Подробности — в папке журналов.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Show theirs</source>
        <translation>Показать их вариант</translation>
    </message>
    <message>
        <source>Keep mine saves your change over theirs. Show theirs puts their version on screen; your change is not saved.</source>
        <translation>«Оставить моё» сохраняет ваше изменение поверх чужого. «Показать их вариант» выводит на экран их версию; ваше изменение не сохраняется.</translation>
    </message>
    <message>
        <source>Make a next step a plan action</source>
        <extracomment>The user chose to save over someone else&apos;s change (see execute).</extracomment>
        <translation>Сделать следующий шаг действием плана</translation>
    </message>
    <message>
        <source>{title}: double-click or press Enter to open it larger, with zoom</source>
        <extracomment>Double-click or Enter: the user wants the chart larger, with zoom. The panel the pixels were drawn from. &quot;here&quot; or &quot;helper&quot; (the chart helper process drew it)</extracomment>
        <translation>{title}: двойной щелчок или Enter — открыть крупнее, с масштабированием</translation>
    </message>
    <message>
        <source>Drawing {title}…</source>
        <translation>Отрисовка: {title}…</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <extracomment>A typed value was refused, or a refused one mended or dropped. False in dialogs: fields are checked as they are left, saved together on OK. Fields whose typed text was refused: the text stays in its editor, marked, with its message, until the user changes it or another record is shown. Shown, not edited: the folder is open read-only (set_read_only).</extracomment>
        <translation>Изменить: {field}</translation>
    </message>
    <message>
        <source>not saved: {v0} {problem}</source>
        <translation>не сохранено: {v0} {problem}</translation>
    </message>
    <message>
        <source>Create {thing}</source>
        <translation>Создать: {thing}</translation>
    </message>
    <message>
        <source>{name}, line {v0}: byte 0x{byte:02X} is not UTF-8, though the rest of the file is. The file is damaged or mixes encodings: open it in a spreadsheet and save it again as CSV UTF-8. Nothing was imported.</source>
        <extracomment>Opens a file&apos;s (or an archive member&apos;s) bytes for one pass. Among legacy encodings that read a file equally well, the one Excel on most Windows computers writes &quot;CSV&quot; in comes first (charset-normalizer cannot tell cp1252 from cp1250 on French text, and would turn &quot;Espèce&quot; into &quot;Espčce&quot;). Above this share of odd characters the detected encoding is a guess: refuse instead. Bytes read at a time when checking an encoding, and the most kept for detecting one.</extracomment>
        <translation>{name}, строка {v0}: байт 0x{byte:02X} — не UTF-8, хотя остальной файл в UTF-8. Файл повреждён или смешивает кодировки: откройте его в электронной таблице и снова сохраните как CSV UTF-8. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not an encoding brdesk knows.</source>
        <translation>«{encoding}» — неизвестная brdesk кодировка.</translation>
    </message>
    <message>
        <source>{name}, line {v0}: byte 0x{byte:02X} cannot be read as {encoding}. Choose another encoding, or save the file as CSV UTF-8.</source>
        <translation>{name}, строка {v0}: байт 0x{byte:02X} не читается как {encoding}. Выберите другую кодировку или сохраните файл как CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name}: the file is not UTF-8, and its encoding cannot be told for sure. Save it as CSV UTF-8 in your spreadsheet, or name the encoding (--encoding, or the Encoding list of the import window). Nothing was imported.</source>
        <translation>{name}: файл не в UTF-8, и его кодировку нельзя определить наверняка. Сохраните его как CSV UTF-8 в электронной таблице или укажите кодировку (--encoding или список «Кодировка» в окне импорта). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Western European (cp1252)</source>
        <extracomment>Encodings a user may choose for a CSV (the ANSI code pages of the participants&apos; Windows, and the Unicode ones).</extracomment>
        <translation>Западноевропейская (cp1252)</translation>
    </message>
    <message>
        <source>Central European (cp1250)</source>
        <translation>Центральноевропейская (cp1250)</translation>
    </message>
    <message>
        <source>Cyrillic (cp1251)</source>
        <translation>Кириллица (cp1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Кириллица (KOI8-R)</translation>
    </message>
    <message>
        <source>Turkish (cp1254)</source>
        <translation>Турецкая (cp1254)</translation>
    </message>
    <message>
        <source>Arabic (cp1256)</source>
        <translation>Арабская (cp1256)</translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030)</source>
        <translation>Китайская упрощённая (GB18030)</translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation>Китайская традиционная (Big5)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>Японская (Shift-JIS)</translation>
    </message>
    <message>
        <source>Korean (cp949)</source>
        <translation>Корейская (cp949)</translation>
    </message>
    <message>
        <source>Thai (cp874)</source>
        <translation>Тайская (cp874)</translation>
    </message>
    <message>
        <source>UTC offset (+05:45)</source>
        <extracomment>Observation fields a column can feed, in the order forms show them. Labels of the fields that are not observation fields themselves (they are converted).</extracomment>
        <translation>Смещение от UTC (+05:45)</translation>
    </message>
    <message>
        <source>UTM easting (m)</source>
        <translation>UTM восточная координата (м)</translation>
    </message>
    <message>
        <source>UTM northing (m)</source>
        <translation>UTM северная координата (м)</translation>
    </message>
    <message>
        <source>UTM zone (45R, 18 south)</source>
        <translation>Зона UTM (45R, 18 south)</translation>
    </message>
    <message>
        <source>{origin} is not a brdesk column mapping ({exc}).</source>
        <extracomment>observation field -&gt; column name a column holding &quot;lat lon [altitude [accuracy]]&quot; (KoBo and ODK geopoints) a column holding the record&apos;s id in the source tool, for re-imports values for fields no column gives (category &quot;species&quot; for a species list, say) a column whose value the coordinate uncertainty is never below (iNaturalist&apos;s public_positional_accuracy: an obscured record is only known to ~28 km) field -&gt; the column a form writes the text of an &quot;other&quot; answer in a second id column, for rows the first leaves empty (GBIF&apos;s gbifID): such a row is known as &quot;&lt;column&gt;:&lt;value&gt;&quot; a form&apos;s select questions: question name -&gt; {choice name: label}, read from its XLSForm (choice_form names the file), so choice names import as their labels</extracomment>
        <translation>{origin} — не сопоставление столбцов brdesk ({exc}).</translation>
    </message>
    <message>
        <source>{origin}: &apos;{v0}&apos; is not an observation field.</source>
        <translation>{origin}: «{v0}» — не поле наблюдения.</translation>
    </message>
    <message>
        <source>{origin}: day_order must be &apos;dmy&apos; or &apos;mdy&apos;.</source>
        <translation>{origin}: day_order должен быть «dmy» или «mdy».</translation>
    </message>
    <message>
        <source>Cannot read {path}: {v0}.</source>
        <translation>Не удаётся прочитать {path}: {v0}.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>taken by you</source>
        <translation>сделана вами</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>before an upgrade of brdesk&apos;s data format</source>
        <translation>перед обновлением формата данных brdesk</translation>
    </message>
    <message>
        <source>before the demo replaced the data</source>
        <translation>перед заменой данных демонстрацией</translation>
    </message>
    <message>
        <source>the damaged database, set aside</source>
        <translation>повреждённая база, отложенная</translation>
    </message>
    <message>
        <source>an archive with attachments</source>
        <translation>архив с вложениями</translation>
    </message>
    <message>
        <source>Biodiversity Conservation and Monitoring</source>
        <extracomment>The aspects rated, as the report names them; the window says them by their names alone (marked here).</extracomment>
        <translation>Сохранение и мониторинг биоразнообразия</translation>
    </message>
    <message>
        <source>Protected Area Management</source>
        <translation>Управление охраняемыми территориями</translation>
    </message>
    <message>
        <source>Sustainable Development and Climate Action</source>
        <translation>Устойчивое развитие и борьба с изменением климата</translation>
    </message>
    <message>
        <source>Community Engagement and Co-management</source>
        <translation>Вовлечение местных сообществ и совместное управление</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>В целом</translation>
    </message>
    <message>
        <source>Reserve country</source>
        <translation>Страна резервата</translation>
    </message>
    <message>
        <source>Personal information: your profile is not filled in</source>
        <translation>Личные данные: профиль не заполнен</translation>
    </message>
    <message>
        <source>Personal information: {field} not given</source>
        <translation>Личные данные: не указано поле «{field}»</translation>
    </message>
    <message>
        <source>Summary of participation: {field} not written</source>
        <translation>Итоги участия: не заполнено поле «{field}»</translation>
    </message>
    <message>
        <source>Evaluation: {aspect} rating not given</source>
        <translation>Оценка: не выставлена оценка «{aspect}»</translation>
    </message>
    <message>
        <source>Evaluation: {field} not written</source>
        <translation>Оценка: не заполнено поле «{field}»</translation>
    </message>
    <message>
        <source>Action plan: no actions yet</source>
        <translation>План действий: действий пока нет</translation>
    </message>
    <message>
        <source>Management effectiveness: no self-assessment yet</source>
        <translation>Эффективность управления: самооценки пока нет</translation>
    </message>
    <message>
        <source>The reserve&apos;s zones: no outlines on the map yet (Map › Import zones…)</source>
        <translation>Зоны резервата: границ на карте пока нет (Карта › Импорт зон…)</translation>
    </message>
    <message>
        <source>Good practices: none documented yet (Good practices page)</source>
        <translation>Передовой опыт: пока ничего не описано (страница «Передовой опыт»)</translation>
    </message>
    <message>
        <source>Cannot write the report to &apos;{name}&apos;: the name must end in .docx.</source>
        <translation>Нельзя записать отчёт в «{name}»: имя должно оканчиваться на .docx.</translation>
    </message>
    <message>
        <source>A point inside several zones counts in the most protected (core area, then buffer zone, then transition area) and, within one kind, in the smallest.</source>
        <extracomment>The codes map_zone takes, by their index in the arrays below.</extracomment>
        <translation>Точка внутри нескольких зон учитывается в наиболее охраняемой (ядровая зона, затем буферная, затем переходная), а среди зон одного типа — в наименьшей.</translation>
    </message>
    <message>
        <source>no outline on the map</source>
        <extracomment>A typed area further than this from the map&apos;s is flagged (outlines are drawn at some scale, and nomination figures rounded; a tenth apart is another boundary). For charts and the map widget: (kind, name, polygons as lists of [lon, lat] rings).</extracomment>
        <translation>нет границы на карте</translation>
    </message>
    <message>
        <source>no area typed in the profile</source>
        <translation>площадь не указана в профиле</translation>
    </message>
    <message>
        <source>agrees (within {tolerance:.0%})</source>
        <translation>совпадает (в пределах {tolerance:.0%})</translation>
    </message>
    <message>
        <source>the map&apos;s is {difference:.0%} larger</source>
        <translation>по карте на {difference:.0%} больше</translation>
    </message>
    <message>
        <source>the map&apos;s is {difference:.0%} smaller</source>
        <translation>по карте на {difference:.0%} меньше</translation>
    </message>
    <message>
        <source>Not located</source>
        <extracomment>year (0: all years) -&gt; rows, zones in drawing order then outside and not located observations whose recorded zone is not the map&apos;s</extracomment>
        <translation>Без координат</translation>
    </message>
    <message>
        <source>(a zone since removed)</source>
        <translation>(зона, удалённая позже)</translation>
    </message>
    <message>
        <source>brdesk help</source>
        <translation>Справка brdesk</translation>
    </message>
    <message>
        <source>is required</source>
        <extracomment>An extra field&apos;s value a service does not tell (EntityService.extra_value). A human name for messages (&quot;Observation 12 no longer exists&quot;).</extracomment>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>{v0} {record_id} no longer exists.</source>
        <translation>{v0} {record_id} больше нет.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>{who} changed this {noun} at {when}. {field} now reads: “{theirs}”. Your change was not saved.</source>
        <translation>{who} изменил(а) эту запись ({noun}) {when}. {field} теперь: «{theirs}». Ваше изменение не сохранено.</translation>
    </message>
    <message>
        <source>Not saved: {who} changed it at {when}.</source>
        <translation>Не сохранено: {who} изменил(а) это {when}.</translation>
    </message>
    <message>
        <source>is too long ({length:,} characters; at most {longest:,})</source>
        <translation>слишком длинно ({length:,} симв.; не более {longest:,})</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>должно быть конечным числом</translation>
    </message>
    <message>
        <source>must be at least {low}</source>
        <translation>должно быть не меньше {low}</translation>
    </message>
    <message>
        <source>must be at most {high}</source>
        <translation>должно быть не больше {high}</translation>
    </message>
    <message>
        <source>must not be after this year, {year}</source>
        <translation>не может быть позже текущего года ({year})</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>должно быть от {low} до {high}</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} — дата в будущем</translation>
    </message>
    <message>
        <source>holds a control character (U+{code:04X}) that no text holds</source>
        <extracomment>The type a value already of each kind has: it is not converted again (its limits are still checked). Texts are always looked at (control characters). Control characters no typed text holds (tab, line feed and carriage return aside): a NUL cuts the text short in many programs the data later reaches.</extracomment>
        <translation>содержит управляющий символ (U+{code:04X}), которого не бывает в тексте</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <extracomment>The largest whole number SQLite stores.</extracomment>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <source>must be {what}</source>
        <translation>должно быть {what}</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>должно быть датой в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>must be between -{limit:g} and {limit:g}</source>
        <translation>должно быть от -{limit:g} до {limit:g}</translation>
    </message>
    <message>
        <source>must be a time written HH:MM</source>
        <translation>должно быть временем в виде ЧЧ:ММ</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>«{text}» — не из списка: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an e-mail address</source>
        <translation>«{text}» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country name or a two-letter ISO code such as NP or KE</source>
        <translation>«{text}» — не название страны и не двухбуквенный код ISO вроде NP или KE</translation>
    </message>
    <message>
        <source>{problem} (got {got})</source>
        <extracomment>A short hint shown in the form (placeholder or tooltip).</extracomment>
        <translation>{problem} (получено: {got})</translation>
    </message>
    <message>
        <source>: latitude and longitude swapped?</source>
        <extracomment>How far beyond the box of the zones on the map a point is said to be far outside (about half a degree: a GPS unit&apos;s error or a neighbouring valley is nearer; swapped latitude and longitude, a missing minus sign or a wrong UTM zone are much further).</extracomment>
        <translation>: широта и долгота перепутаны?</translation>
    </message>
    <message numerus="yes">
        <source>WARNING: %Ln row(s) [lies|lie] more than {km} km outside the reserve&apos;s zones (the first, row {row}, at latitude {lat:g}, longitude {lon:g}{swapped}); they are imported as read</source>
        <translation>
            <numerusform>ВНИМАНИЕ: %Ln строка лежит дальше {km} км от зон резервата (первая — строка {row}, широта {lat:g}, долгота {lon:g}{swapped}); импортируется как прочитано</numerusform>
            <numerusform>ВНИМАНИЕ: %Ln строки лежат дальше {km} км от зон резервата (первая — строка {row}, широта {lat:g}, долгота {lon:g}{swapped}); импортируются как прочитано</numerusform>
            <numerusform>ВНИМАНИЕ: %Ln строк лежат дальше {km} км от зон резервата (первая — строка {row}, широта {lat:g}, долгота {lon:g}{swapped}); импортируются как прочитано</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;other&apos;, but &apos;{column}&apos; does not say what</source>
        <extracomment>The namespace of imported records&apos; UUIDs: uuid5(NAMESPACE, &quot;source:source_id&quot;). Fields read as numbers, whose values tell the file&apos;s decimal mark. The fields an import fills, in the order convert() returns them. A select answer as KoBo&apos;s and ODK&apos;s &quot;XML values&quot; write it: pseudois_nayaur. Values read from another column than their field&apos;s own (a geopoint&apos;s elevation): a value the field declarations refuse is named by where it was read.</extracomment>
        <translation>«other», но в «{column}» не сказано, что именно</translation>
    </message>
    <message>
        <source>the {field} is missing</source>
        <translation>нет значения «{field}»</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a choice of this question in the form</source>
        <translation>«{value}» — не вариант ответа на этот вопрос в форме</translation>
    </message>
    <message>
        <source>the time itself says {offset}: which is right?</source>
        <translation>в самом времени указано {offset}: что верно?</translation>
    </message>
    <message>
        <source>a geopoint needs &apos;latitude longitude&apos;</source>
        <extracomment>A time column holding a date alone (iNaturalist&apos;s observed_on_string when no time was recorded): no time of day, not an error.</extracomment>
        <translation>для geopoint нужно «широта долгота»</translation>
    </message>
    <message>
        <source>the longitude is missing</source>
        <translation>нет долготы</translation>
    </message>
    <message>
        <source>the latitude is missing</source>
        <translation>нет широты</translation>
    </message>
    <message>
        <source>the UTM easting is missing</source>
        <translation>нет восточной координаты UTM</translation>
    </message>
    <message>
        <source>the UTM northing is missing</source>
        <translation>нет северной координаты UTM</translation>
    </message>
    <message>
        <source>a UTM position needs its zone: map a zone column, or give the file&apos;s zone (&quot;UTM zone&quot; in the mapping&apos;s defaults, such as 45R)</source>
        <translation>для позиции UTM нужна зона: сопоставьте столбец зоны или укажите зону файла («Зона UTM» в значениях по умолчанию, например 45R)</translation>
    </message>
    <message>
        <source>row {row}, column &apos;{column}&apos; value &apos;{value}&apos;: {reason}</source>
        <extracomment>Columns a checked row waits in (the timestamps are the commit&apos;s). Rejections a preview lists (all are counted): a thousand show what is wrong with a file as well as a million would, in a fraction of the memory. Accepted rows a preview keeps to show.</extracomment>
        <translation>строка {row}, столбец «{column}», значение «{value}»: {reason}</translation>
    </message>
    <message>
        <source>row {row}, column &apos;{column}&apos;: {reason}</source>
        <translation>строка {row}, столбец «{column}»: {reason}</translation>
    </message>
    <message>
        <source>row {row}, the row: {reason}</source>
        <translation>строка {row}, вся строка: {reason}</translation>
    </message>
    <message>
        <source>text read as {encoding}</source>
        <extracomment>rows read from the file (blank rows aside) rows ready to insert the first rows ready to insert, in STAGED_COLUMNS order, to show the first rejections, in row order (REJECTIONS_KEPT at most), and how many in all rows already in the store from an earlier import of the same records the decimal mark the file&apos;s numbers use (None: none of them tells) the text encoding a CSV file was read in (None for a workbook) for an archive: the member read, and the other members left out (repeat tables, media, extensions), which the preview names where the accepted rows wait for the commit media files of the archive, by the name rows give them, and how many the accepted rows name (attached to their observations at the commit) a value of a form export that looks like a choice name, when no form was given rows located far outside the zones on the map, and the first of them (row number, latitude, longitude), said in the preview: swapped coordinates are caught so</extracomment>
        <translation>текст прочитан как {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) from the archive&apos;s media folder attached to their observations</source>
        <translation>
            <numerusform>%Ln фото из папки медиа архива приложено к наблюдениям</numerusform>
            <numerusform>%Ln фото из папки медиа архива приложены к наблюдениям</numerusform>
            <numerusform>%Ln фото из папки медиа архива приложены к наблюдениям</numerusform>
        </translation>
    </message>
    <message>
        <source>choice names read as their labels in {form}</source>
        <translation>имена вариантов прочитаны как их подписи в {form}</translation>
    </message>
    <message>
        <source>choice names read as their labels in the form</source>
        <translation>имена вариантов прочитаны как их подписи в форме</translation>
    </message>
    <message>
        <source>values such as &apos;{value}&apos; look like a form&apos;s choice names, kept as written: give the form (Choice labels; --form) to import their labels</source>
        <translation>значения вроде «{value}» похожи на имена вариантов формы и оставлены как есть: укажите форму («Подписи вариантов»; --form), чтобы импортировать их подписи</translation>
    </message>
    <message>
        <source>UTM positions converted to latitude and longitude, WGS84 (zone {zone} where the file gives none)</source>
        <translation>позиции UTM пересчитаны в широту и долготу WGS84 (зона {zone}, где в файле её нет)</translation>
    </message>
    <message>
        <source>UTM positions converted to latitude and longitude, WGS84</source>
        <translation>позиции UTM пересчитаны в широту и долготу WGS84</translation>
    </message>
    <message>
        <source>read {member} from the archive; not imported: {others}</source>
        <translation>из архива прочитан {member}; не импортировано: {others}</translation>
    </message>
    <message>
        <source>read {member} from the archive</source>
        <translation>из архива прочитан {member}</translation>
    </message>
    <message>
        <source>numbers read with a decimal comma (1.234,5 or 2,5)</source>
        <translation>числа прочитаны с десятичной запятой (1.234,5 или 2,5)</translation>
    </message>
    <message>
        <source>numbers read with a decimal point (1,234.5 or 2.5)</source>
        <translation>числа прочитаны с десятичной точкой (1,234.5 или 2.5)</translation>
    </message>
    <message>
        <source>numbers that could be read two ways (1,000) are refused</source>
        <translation>числа, которые можно прочитать двояко (1,000), отклоняются</translation>
    </message>
    <message>
        <source>{name}: the mapping names a column the file lacks: &apos;{v0}&apos;.</source>
        <translation>{name}: в сопоставлении указан столбец, которого нет в файле: «{v0}».</translation>
    </message>
    <message>
        <source>{name}: cannot tell which column holds {labels}. Say which: in the Columns list of the import window, or with a mapping file (--mapping MAP.json) on the command line.</source>
        <translation>{name}: непонятно, в каком столбце {labels}. Укажите это в списке «Столбцы» окна импорта или файлом сопоставления (--mapping MAP.json) в командной строке.</translation>
    </message>
    <message>
        <source>the same record appears earlier in the file</source>
        <translation>та же запись уже есть выше в файле</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <extracomment>for the APIs that take an Event themselves (the chart helper)</extracomment>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <source>objectives</source>
        <extracomment>The kinds whose changes a replacement reports, as it names them.</extracomment>
        <translation>цели</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <extracomment>the file checked, or an office database&apos;s address (its password hidden)</extracomment>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <source>  {fact}</source>
        <translation>  {fact}</translation>
    </message>
    <message>
        <source>PROBLEMS ({count}):</source>
        <translation>ПРОБЛЕМЫ ({count}):</translation>
    </message>
    <message>
        <source>  - {problem}</source>
        <translation>  - {problem}</translation>
    </message>
    <message>
        <source>Healthy: integrity, foreign keys and schema version all check out.</source>
        <translation>Всё в порядке: целостность, внешние ключи и версия схемы проверены.</translation>
    </message>
    <message>
        <source>There is no database file here (run &apos;brdesk demo&apos; or start brdesk).</source>
        <translation>Здесь нет файла базы данных (запустите «brdesk demo» или brdesk).</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Файл не открывается</translation>
    </message>
    <message>
        <source>The file is not a readable SQLite database</source>
        <translation>Файл не является читаемой базой данных SQLite</translation>
    </message>
    <message>
        <source>Integrity: kept by the database server</source>
        <translation>Целостность: обеспечивается сервером базы данных</translation>
    </message>
    <message>
        <source>Foreign keys: enforced by the database server</source>
        <translation>Внешние ключи: соблюдаются сервером базы данных</translation>
    </message>
    <message>
        <source>The database could not be checked: {why} SQLite needs to write beside it to read the changes kept in {wal}. This says nothing about damage: free some space (or use a writable disk) and check again.</source>
        <translation>Не удалось проверить базу данных: {why} SQLite нужно записывать рядом с ней, чтобы прочитать изменения, хранящиеся в {wal}. Это не говорит о повреждении: освободите место (или используйте диск, доступный для записи) и проверьте снова.</translation>
    </message>
    <message>
        <source>{otherwise}: {problem}.</source>
        <translation>{otherwise}: {problem}.</translation>
    </message>
    <message>
        <source>Integrity check failed: {complaint}</source>
        <translation>Проверка целостности не пройдена: {complaint}</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Целостность: в порядке</translation>
    </message>
    <message>
        <source>Broken link: {table} row {row} points at a missing {parent} record.</source>
        <translation>Разорванная связь: строка {row} таблицы {table} ссылается на отсутствующую запись {parent}.</translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more broken link(s).</source>
        <translation>
            <numerusform>... и ещё %Ln разорванная связь.</numerusform>
            <numerusform>... и ещё %Ln разорванные связи.</numerusform>
            <numerusform>... и ещё %Ln разорванных связей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation>Внешние ключи: в порядке</translation>
    </message>
    <message>
        <source>Missing tables: {tables}.</source>
        <translation>Отсутствующие таблицы: {tables}.</translation>
    </message>
    <message>
        <source>No schema version recorded: this is not a brdesk database.</source>
        <translation>Версия схемы не записана: это не база данных brdesk.</translation>
    </message>
    <message>
        <source>Schema version {revision} is newer than this brdesk knows ({head}).</source>
        <translation>Версия схемы {revision} новее известной этому brdesk ({head}).</translation>
    </message>
    <message>
        <source>Schema version: {revision} (will be upgraded to {head} on next start)</source>
        <translation>Версия схемы: {revision} (будет обновлена до {head} при следующем запуске)</translation>
    </message>
    <message>
        <source>Schema version: {revision} (current)</source>
        <translation>Версия схемы: {revision} (текущая)</translation>
    </message>
    <message>
        <source>Schema: {problem}.</source>
        <translation>Схема: {problem}.</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>reserves</source>
        <translation>резерваты</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>действия</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>наблюдения</translation>
    </message>
    <message>
        <source>{label} {count:,}</source>
        <translation>{label} {count:,}</translation>
    </message>
    <message>
        <source>Records: {counts}</source>
        <translation>Записи: {counts}</translation>
    </message>
    <message>
        <source>good practices</source>
        <translation>практики</translation>
    </message>
    <message>
        <source>follow-up items</source>
        <translation>документы</translation>
    </message>
    <message>
        <source>self-assessments</source>
        <translation>самооценки</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>зоны</translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation>добавлено: {n}</translation>
    </message>
    <message>
        <source>{n} replaced by a newer package</source>
        <translation>заменено более новым пакетом: {n}</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>без изменений: {n}</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>отклонено: {n}</translation>
    </message>
    <message>
        <source>Participants: {parts}.</source>
        <translation>Участники: {parts}.</translation>
    </message>
    <message>
        <source>no package given</source>
        <translation>пакеты не указаны</translation>
    </message>
    <message>
        <source>There is no file or folder at {path}.</source>
        <translation>По пути {path} нет ни файла, ни папки.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <extracomment>Below this many packages to build, they are built here: starting workers costs more.</extracomment>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: {older} is left out: {newer}, written {when}, is newer.</source>
        <translation>{name}: {older} пропущен: {newer}, созданный {when}, новее.</translation>
    </message>
    <message>
        <source>its participant has no valid identity (UUID).</source>
        <translation>у его участника нет действительного идентификатора (UUID).</translation>
    </message>
    <message>
        <source>{name}: {package} is already in the cohort.</source>
        <translation>{name}: {package} уже в группе.</translation>
    </message>
    <message>
        <source>{name}: {package} (written {when}) is not newer than the package held (written {held}): the newer is kept.</source>
        <translation>{name}: {package} (создан {when}) не новее имеющегося пакета (создан {held}): сохранён более новый.</translation>
    </message>
    <message>
        <source>{added}, replacing the package written {when}: {change}.</source>
        <translation>{added}, заменяет пакет, созданный {when}: {change}.</translation>
    </message>
    <message>
        <source>it holds no participant&apos;s profile. A cohort gathers each participant&apos;s package of all their data (File › Export › Package…, everything).</source>
        <translation>в нём нет профиля участника. Группа собирает пакет каждого участника со всеми его данными (Файл › Экспорт › Пакет…, все данные).</translation>
    </message>
    <message>
        <source>it holds {v0} participants&apos; profiles ({names}): a cohort takes one participant&apos;s package at a time.</source>
        <translation>в нём профили {v0} участников ({names}): группа принимает пакет одного участника за раз.</translation>
    </message>
    <message>
        <source>{name} ({reserve}): {package}, written {when}</source>
        <translation>{name} ({reserve}): {package}, создан {when}</translation>
    </message>
    <message>
        <source>{name}: {package}, written {when}</source>
        <translation>{name}: {package}, создан {when}</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>в неизвестное время</translation>
    </message>
    <message>
        <source>{n:,} added</source>
        <translation>добавлено {n:,}</translation>
    </message>
    <message>
        <source>{n:,} changed</source>
        <translation>изменено {n:,}</translation>
    </message>
    <message>
        <source>{n:,} removed</source>
        <translation>удалено {n:,}</translation>
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
        <translation>записи не изменились</translation>
    </message>
    <message>
        <source>{name}: {amounts}.</source>
        <translation>{name}: {amounts}.</translation>
    </message>
    <message>
        <source>{root} is a cohort folder: its participants&apos; data is exported as a cohort package (File › Cohort › Export cohort package…, or brdesk export cohort OUT.brdesk), never as one person&apos;s package.</source>
        <translation>{root} — папка группы: данные её участников экспортируются пакетом группы (Файл › Группа › Экспорт пакета группы… или brdesk export cohort OUT.brdesk), а не пакетом одного человека.</translation>
    </message>
    <message>
        <source>A package is a {SUFFIX} file: &apos;{name}&apos; is not.</source>
        <translation>Пакет — это файл {SUFFIX}: «{name}» им не является.</translation>
    </message>
    <message>
        <source>The attachment {v0} ({source}) is missing from the data folder; the package was not written.</source>
        <translation>В папке данных нет вложения {v0} ({source}); пакет не записан.</translation>
    </message>
    <message>
        <source>{record}: the package&apos;s version (edited {when} UTC) is newer and was kept</source>
        <extracomment>(field, value here, value in the package) for each field that differed</extracomment>
        <translation>{record}: версия из пакета (изменена {when} UTC) новее и сохранена</translation>
    </message>
    <message>
        <source>{record}: yours (edited {when} UTC) is newer and was kept</source>
        <translation>{record}: ваша версия (изменена {when} UTC) новее и сохранена</translation>
    </message>
    <message>
        <source>{field}: {here} here, {there} in the package</source>
        <translation>{field}: здесь {here}, в пакете {there}</translation>
    </message>
    <message>
        <source>{head}. {fields}.</source>
        <translation>{head}. {fields}.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>{package}: {written}.</source>
        <extracomment>versions older than ours that we already had: nothing to take from them</extracomment>
        <translation>{package}: {written}.</translation>
    </message>
    <message>
        <source>  {amounts} would be added.</source>
        <translation>  Будет добавлено: {amounts}.</translation>
    </message>
    <message>
        <source>  {amounts} were added.</source>
        <translation>  Добавлено: {amounts}.</translation>
    </message>
    <message>
        <source>  {amounts} would be updated.</source>
        <translation>  Будет обновлено: {amounts}.</translation>
    </message>
    <message>
        <source>  {amounts} were updated.</source>
        <translation>  Обновлено: {amounts}.</translation>
    </message>
    <message>
        <source>  Nothing new: everything in the package is here already.</source>
        <translation>  Ничего нового: всё из пакета уже здесь.</translation>
    </message>
    <message>
        <source>  Already here, as they are or newer: {amounts}.</source>
        <translation>  Уже здесь, такие же или новее: {amounts}.</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln [record was|records were] edited on both laptops; the newer version of each was kept:</source>
        <translation>
            <numerusform>  %Ln запись изменена на обоих ноутбуках; сохранена более новая версия:</numerusform>
            <numerusform>  %Ln записи изменены на обоих ноутбуках; сохранена более новая версия каждой:</numerusform>
            <numerusform>  %Ln записей изменены на обоих ноутбуках; сохранена более новая версия каждой:</numerusform>
        </translation>
    </message>
    <message>
        <source>  - {conflict}</source>
        <translation>  - {conflict}</translation>
    </message>
    <message>
        <source>A package holds everything, observations or the plan: not &apos;{what}&apos;.</source>
        <extracomment>A clock a little ahead is forgiven; a version dated further ahead would win every merge. Columns (besides uuid) that identify the same record: the database holds them unique. A record of the same name here is taken to be this one (linked to, not merged).</extracomment>
        <translation>Пакет содержит всё, наблюдения или план, но не «{what}».</translation>
    </message>
    <message>
        <source>The date range ends ({date_to}) before it starts ({date_from}).</source>
        <translation>Период заканчивается ({date_to}) раньше, чем начинается ({date_from}).</translation>
    </message>
    <message>
        <source>the action plan</source>
        <translation>план действий</translation>
    </message>
    <message>
        <source>all the data</source>
        <translation>все данные</translation>
    </message>
    <message>
        <source>observations from {start} to {end}</source>
        <translation>наблюдения с {start} по {end}</translation>
    </message>
    <message>
        <source>observations from {start}</source>
        <translation>наблюдения с {start}</translation>
    </message>
    <message>
        <source>observations up to {end}</source>
        <translation>наблюдения по {end}</translation>
    </message>
    <message>
        <source>all observations</source>
        <translation>все наблюдения</translation>
    </message>
    <message>
        <source>Cannot write {name}: {refused}. Choose another name.</source>
        <translation>Не удаётся записать {name}: {refused}. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot write {target}: the folder {folder} does not exist.</source>
        <translation>Не удаётся записать {target}: папки {folder} не существует.</translation>
    </message>
    <message>
        <source>Cannot write {name}: {culprit} could not be used ({problem}).</source>
        <translation>Не удаётся записать {name}: не удалось использовать {culprit} ({problem}).</translation>
    </message>
    <message>
        <source>Cannot write {target}: the path is too long ({length} characters). Choose a shorter name, or a folder nearer the top of the disk.</source>
        <translation>Не удаётся записать {target}: путь слишком длинный ({length} символов). Выберите имя короче или папку ближе к корню диска.</translation>
    </message>
    <message>
        <source>write {name}</source>
        <translation>записать {name}</translation>
    </message>
    <message>
        <source>Cannot write {target}: {problem}.</source>
        <translation>Не удаётся записать {target}: {problem}.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {v0} Your data was not changed.</source>
        <extracomment>the current data, as it was before the restore (a backup, or the damaged file)</extracomment>
        <translation>{name} нельзя восстановить: {v0} Ваши данные не изменены.</translation>
    </message>
    <message>
        <source>prepare the restore</source>
        <translation>подготовить восстановление</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>восстановить</translation>
    </message>
    <message>
        <source>The records are on the office database: it is backed up on its server (pg_dump, every night; see docs/office-server.md). To carry a copy away, export a package of everything.</source>
        <translation>Записи хранятся в базе данных офиса: её резервные копии делаются на её сервере (pg_dump, каждую ночь; см. docs/office-server.md). Чтобы унести копию, экспортируйте пакет со всеми данными.</translation>
    </message>
    <message>
        <source>Your database is damaged ({exc}).</source>
        <translation>Ваша база данных повреждена ({exc}).</translation>
    </message>
    <message>
        <source>back up the data</source>
        <translation>сделать резервную копию данных</translation>
    </message>
    <message>
        <source>Your database is damaged: SQLite reports &apos;{problem}&apos;.</source>
        <translation>Ваша база данных повреждена: SQLite сообщает «{problem}».</translation>
    </message>
    <message>
        <source>Cannot back up the data: a backup needs about {v0:,.0f} MB and the disk holding {backups} has {v1:,.0f} MB free. Free some space, or delete old backups you no longer need.</source>
        <translation>Невозможно сделать резервную копию: нужно около {v0:,.0f} МБ, а на диске с {backups} свободно {v1:,.0f} МБ. Освободите место или удалите ненужные старые копии.</translation>
    </message>
    <message>
        <source>open {name}</source>
        <extracomment>PostgreSQL&apos;s refusal of a change the login was not granted (docs/office-server.md). Why this folder is open read-only (a sentence), or None: it can be edited.</extracomment>
        <translation>открыть {name}</translation>
    </message>
    <message>
        <source>This brdesk cannot reach a database server: its PostgreSQL driver is not installed (pip install &apos;brdesk[server]&apos;).</source>
        <translation>Этот brdesk не может подключиться к серверу базы данных: не установлен драйвер PostgreSQL (pip install &apos;brdesk[server]&apos;).</translation>
    </message>
    <message>
        <source>Cannot reach the office database {where}: {problem}</source>
        <translation>Не удаётся подключиться к базе данных офиса {where}: {problem}</translation>
    </message>
    <message>
        <source>There is no brdesk data in {root} to open, and none can be started there: {why} Choose another folder.</source>
        <translation>В {root} нет данных brdesk, и начать их там нельзя: {why} Выберите другую папку.</translation>
    </message>
    <message>
        <source>{db} was written by an earlier brdesk and must be brought up to date before this version can read it, which means writing to it: {why} Copy the whole folder to a disk you can write to, and open the copy.</source>
        <translation>{db} создан прежним brdesk и должен быть обновлён, чтобы эта версия могла его прочитать, а для этого в него нужно писать: {why} Скопируйте всю папку на диск, доступный для записи, и откройте копию.</translation>
    </message>
    <message>
        <source>{db} cannot be read here: {why} It still holds changes kept beside it in {wal}, which SQLite can only read from a disk it can write to. Copy the whole folder to such a disk and open it there; nothing is lost.</source>
        <translation>{db} не читается здесь: {why} Рядом, в {wal}, ещё хранятся изменения, которые SQLite может прочитать только с диска, доступного для записи. Скопируйте всю папку на такой диск и откройте её там; ничего не потеряно.</translation>
    </message>
    <message>
        <source>{db} cannot be read: {problem}.</source>
        <translation>{db} не читается: {problem}.</translation>
    </message>
    <message>
        <source>Nothing can be changed in {root}: it is open read-only. {read_only}</source>
        <translation>В {root} ничего нельзя изменить: папка открыта только для чтения. {read_only}</translation>
    </message>
    <message>
        <source>Someone else saved this record at the same moment, so your change was not saved. Look at it again, and change it again if it still needs it.</source>
        <translation>Кто-то другой сохранил эту запись в тот же момент, поэтому ваше изменение не сохранено. Посмотрите на неё ещё раз и измените снова, если это всё ещё нужно.</translation>
    </message>
    <message>
        <source>save your change</source>
        <translation>сохранить изменение</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>The file {name} is marked read-only (as files copied from a CD or a protected share are). Clear that mark in its properties to edit it.</source>
        <translation>Файл {name} помечен как доступный только для чтения (как файлы, скопированные с CD или защищённого общего ресурса). Снимите эту отметку в его свойствах, чтобы изменять его.</translation>
    </message>
    <message>
        <source>Your office login may not make this change (the database allows it no changes to {table}): nothing was changed. The office&apos;s administrator gives such rights (docs/office-server.md).</source>
        <translation>Ваш логин офиса не может вносить это изменение (база данных не разрешает ему изменять {table}): ничего не изменено. Такие права выдаёт администратор офиса (docs/office-server.md).</translation>
    </message>
    <message>
        <source>Another program kept the database busy for too long (another brdesk on the same folder over a network share, or a backup tool): nothing was changed. Try again in a moment.</source>
        <translation>Другая программа слишком долго занимала базу данных (другой brdesk с той же папкой через сетевой ресурс или программа резервного копирования): ничего не изменено. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The database refused the change: {detail}.</source>
        <translation>База данных отклонила изменение: {detail}.</translation>
    </message>
    <message>
        <source>The change refers to a record that does not exist, or removes one still in use.</source>
        <translation>Изменение ссылается на несуществующую запись или удаляет запись, которая ещё используется.</translation>
    </message>
    <message>
        <source>A record with the same {column} already exists.</source>
        <translation>Запись с таким же значением {column} уже существует.</translation>
    </message>
    <message>
        <source>The value breaks the rule &apos;{name}&apos;.</source>
        <translation>Значение нарушает правило «{name}».</translation>
    </message>
    <message>
        <source>{column} is required.</source>
        <translation>{column}: обязательное поле.</translation>
    </message>
    <message>
        <source>The change was refused by the database: {detail}</source>
        <translation>База данных отклонила изменение: {detail}</translation>
    </message>
    <message>
        <source>The disk holding {where} is read-only (a stick or SD card with its write-protect switch on, a CD, or a share mounted read-only).</source>
        <extracomment>Less free space than this on the data folder&apos;s disk is a full disk for brdesk: SQLite needs room for its journal before it can commit even one small change. Windows&apos; ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION: another program (Word, Excel, a virus scanner) has the file open; Python reports them as PermissionError. Windows&apos; ERROR_ACCESS_DENIED: what replacing a document Word holds open gives (and also a read-only file&apos;s answer, so it means &quot;in use&quot; only where that is the question). Refused in the middle of the work (not found beforehand): what it had written is taken back, so the space free now is not what it needed.</extracomment>
        <translation>Диск, на котором находится {where}, доступен только для чтения (флешка или SD-карта с включённой защитой от записи, компакт-диск или общий ресурс, подключённый только для чтения).</translation>
    </message>
    <message>
        <source>You are not allowed to change files in {where} (its permissions, or a lock the system keeps on it, forbid it).</source>
        <translation>У вас нет права изменять файлы в {where} (это запрещают права доступа или блокировка системы).</translation>
    </message>
    <message>
        <source>The disk holding {where} filled up while brdesk was writing: this work needs more room than the {free} free there now. Free some space and try again.</source>
        <translation>Диск, на котором находится {where}, заполнился во время записи: этой работе нужно больше места, чем свободные сейчас {free}. Освободите место и повторите.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: {free} free, and saving needs at least {needed} MB more than the data itself. Free some space and try again.</source>
        <translation>Диск, на котором находится {where}, заполнен: свободно {free}, а для сохранения нужно как минимум на {needed} МБ больше, чем занимают сами данные. Освободите место и повторите.</translation>
    </message>
    <message>
        <source>{where} is open in another program: close it there, or choose another name.</source>
        <translation>{where} открыт в другой программе: закройте его там или выберите другое имя.</translation>
    </message>
    <message>
        <source>{where} cannot be written ({detail}).</source>
        <translation>Невозможно записать {where} ({detail}).</translation>
    </message>
    <message>
        <source>{what_is_true} Nothing was changed.</source>
        <translation>{what_is_true} Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot {what} in {folder}: {problem}. Nothing was changed.</source>
        <translation>Невозможно {what} в {folder}: {problem}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot {what}: {what_is_true} Nothing was changed.</source>
        <translation>Невозможно {what}: {what_is_true} Ничего не изменено.</translation>
    </message>
    <message>
        <source>Demo written to {root}: {reserves}, {participants}, {objectives}, {actions}, {observations}.</source>
        <translation>Демонстрация записана в {root}: {reserves}, {participants}, {objectives}, {actions}, {observations}.</translation>
    </message>
    <message>
        <source>A backup archive is a .zip file: &apos;{name}&apos; is not.</source>
        <translation>Архив резервной копии — это файл .zip, а «{name}» — нет.</translation>
    </message>
    <message>
        <source>Backup archive written to {path} (the database and its attachments).</source>
        <translation>Архив резервной копии записан в {path} (база данных и вложения).</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Резервная копия записана в {path}</translation>
    </message>
    <message>
        <source>A package of everything on the office database was written to {path} ({amounts}). To restore, import it into an empty folder or database.</source>
        <translation>Пакет со всем содержимым базы данных офиса записан в {path} ({amounts}). Для восстановления импортируйте его в пустую папку или базу данных.</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>В {folder} пока нет резервных копий.</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first:</source>
        <translation>Резервные копии в {folder}, сначала новые:</translation>
    </message>
    <message>
        <source>Brought {actions} and {observations} from {earlier} into {root}. The earlier folder was not changed.</source>
        <translation>Перенесено из {earlier} в {root}: {actions} и {observations}. Прежняя папка не изменена.</translation>
    </message>
    <message>
        <source>There is no backup at {source}.</source>
        <translation>По пути {source} резервной копии нет.</translation>
    </message>
    <message>
        <source>This backup cannot be restored; your data was not changed.</source>
        <translation>Эту копию нельзя восстановить; ваши данные не изменены.</translation>
    </message>
    <message>
        <source>Restoring replaces your data: add --yes to confirm.</source>
        <translation>Восстановление заменит ваши данные: добавьте --yes для подтверждения.</translation>
    </message>
    <message>
        <source>Replace the data in {root} with this backup? [y/N] </source>
        <translation>Заменить данные в {root} этой резервной копией? [д/Н] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Restored. Your data as it was before is kept in {previous}.</source>
        <translation>Восстановлено. Прежние данные сохранены в {previous}.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Восстановлено.</translation>
    </message>
    <message numerus="yes">
        <source>{name}: read as {format}; %Ln row(s).</source>
        <translation>
            <numerusform>{name}: прочитано как {format}; %Ln строка.</numerusform>
            <numerusform>{name}: прочитано как {format}; %Ln строки.</numerusform>
            <numerusform>{name}: прочитано как {format}; %Ln строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>  {rules}.</source>
        <translation>  {rules}.</translation>
    </message>
    <message>
        <source>  {accepted:,} to import, {rejected:,} rejected, {present:,} already in brdesk.</source>
        <translation>  к импорту: {accepted:,}, отклонено: {rejected:,}, уже в brdesk: {present:,}.</translation>
    </message>
    <message>
        <source>  {name}, {rejection}</source>
        <translation>  {name}, {rejection}</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %Ln more rejected row(s)</source>
        <translation>
            <numerusform>  ... и ещё %Ln отклонённая строка</numerusform>
            <numerusform>  ... и ещё %Ln отклонённые строки</numerusform>
            <numerusform>  ... и ещё %Ln отклонённых строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Пробный запуск: ничего не импортировано.</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows above, or use --skip-invalid to import the valid rows only.</source>
        <translation>Ничего не импортировано: исправьте строки выше или используйте --skip-invalid, чтобы импортировать только верные строки.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln observation(s).</source>
        <translation>
            <numerusform>Импортировано %Ln наблюдение.</numerusform>
            <numerusform>Импортировано %Ln наблюдения.</numerusform>
            <numerusform>Импортировано %Ln наблюдений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Пробный запуск: ничего не изменено.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Not imported: no zone could be read for {features}. Name the field that says core, buffer or transition with --zone-field (the layer&apos;s fields: {fields}), or choose in the Map page.</source>
        <translation>Не импортировано: не удалось прочитать зону для {features}. Укажите с помощью --zone-field поле, где сказано «ядровая», «буферная» или «переходная» (поля слоя: {fields}), или выберите на странице «Карта».</translation>
    </message>
    <message>
        <source>  {name}: {zone}, {area:,.1f} ha</source>
        <translation>  {name}: {zone}, {area:,.1f} га</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln zone(s) would replace the zones.</source>
        <translation>
            <numerusform>Пробный запуск: %Ln зона заменит зоны.</numerusform>
            <numerusform>Пробный запуск: %Ln зоны заменят зоны.</numerusform>
            <numerusform>Пробный запуск: %Ln зон заменят зоны.</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; nothing half-done was kept.</source>
        <extracomment>The commands that open a window: they choose their language themselves.</extracomment>
        <translation>прервано; ничего недоделанного не сохранено.</translation>
    </message>
    <message>
        <source>{busy} Close it, or wait until it has finished, and try again. Nothing was changed.</source>
        <translation>{busy} Закройте его или дождитесь окончания и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date written YYYY-MM-DD</source>
        <translation>{where}: «{text}» — не дата вида ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>{year:g} is a year alone, not a date (write YYYY-MM-DD)</source>
        <translation>{year:g} — это только год, а не дата (пишите ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>нет даты</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date</source>
        <translation>«{text}» — несуществующая дата</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (write it YYYY-MM-DD)</source>
        <translation>«{text}» — не дата (пишите ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a year alone, not a date (write YYYY-MM-DD)</source>
        <translation>«{text}» — это только год, а не дата (пишите ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{serial:g} is not an Excel date</source>
        <translation>{serial:g} — не дата Excel</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time</source>
        <translation>«{text}» — не время</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time</source>
        <translation>в «{text}» нет времени</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a UTC offset any place uses</source>
        <extracomment>A clock time followed by its offset from UTC: Z, +05:45, +0545, -03, &quot; UTC&quot;.</extracomment>
        <translation>«{text}» — смещение от UTC, которого нет нигде</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a UTC offset (write it +05:45 or -03:00)</source>
        <translation>«{text}» — не смещение от UTC (пишите +05:45 или -03:00)</translation>
    </message>
    <message>
        <source>not a number</source>
        <extracomment>How a file writes its numbers: &quot;point&quot; (1,234.5: the comma groups thousands), &quot;comma&quot; (1.234,5 or 1 234,5: the comma is the decimal mark), or None when nothing in the file tells, and a number that could be read both ways is refused.</extracomment>
        <translation>не число</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>«{text}» — не число</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be read two ways (a thousands separator or a decimal comma): write it without the comma, or with a decimal point</source>
        <translation>«{text}» можно прочитать двояко (разделитель тысяч или десятичная запятая): уберите запятую или используйте десятичную точку</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a comma, but this file writes decimal points</source>
        <translation>в «{text}» есть запятая, а в этом файле десятичная точка</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be read two ways (a thousands separator or a decimal point): write it without the point, or with a decimal comma</source>
        <translation>«{text}» можно прочитать двояко (разделитель тысяч или десятичная точка): уберите точку или используйте десятичную запятую</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>не конечное число</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no</source>
        <extracomment>What starts a formula in a spreadsheet cell.</extracomment>
        <translation>«{text}» — не «да» и не «нет»</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>широта</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>долгота</translation>
    </message>
    <message>
        <source>{axis} must be between -{limit:g} and {limit:g}</source>
        <translation>{axis} должна быть от -{limit:g} до {limit:g}</translation>
    </message>
    <message>
        <source>not a coordinate (use decimal degrees or 27°59&apos;17&quot;N)</source>
        <translation>не координата (используйте десятичные градусы или 27°59&apos;17&quot;N)</translation>
    </message>
    <message>
        <source>&apos;{hemi}&apos; does not belong to a latitude</source>
        <translation>«{hemi}» не относится к широте</translation>
    </message>
    <message>
        <source>&apos;{hemi}&apos; does not belong to a longitude</source>
        <translation>«{hemi}» не относится к долготе</translation>
    </message>
    <message>
        <source>minutes and seconds must be below 60</source>
        <translation>минуты и секунды должны быть меньше 60</translation>
    </message>
    <message>
        <source>a sign and &apos;{hemi}&apos; say the hemisphere twice: write one of them</source>
        <translation>знак и «{hemi}» дважды указывают полушарие: оставьте одно</translation>
    </message>
    <message>
        <source>only the last of degrees, minutes and seconds may have decimals</source>
        <translation>дробной может быть только последняя из величин: градусы, минуты, секунды</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a UTM zone (write it like 45R or 18 south)</source>
        <translation>«{text}» — не зона UTM (пишите как 45R или 18 south)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be band S (north of the equator) or south: write {number} south or {number} north</source>
        <translation>«{text}» может быть полосой S (к северу от экватора) или «юг»: напишите {number} south или {number} north</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not say the hemisphere (write {number} north, say)</source>
        <translation>«{text}» не указывает полушарие (напишите, например, {number} north)</translation>
    </message>
    <message>
        <source>not a UTM position ({problem})</source>
        <translation>не позиция UTM ({problem})</translation>
    </message>
    <message>
        <source>There is no database in {root} to back up.</source>
        <extracomment>An archive&apos;s members are unpacked only up to these sizes (a zip bomb is refused).</extracomment>
        <translation>В {root} нет базы данных для резервного копирования.</translation>
    </message>
    <message>
        <source>{name} is not a brdesk backup: it holds &apos;{v0}&apos;.</source>
        <translation>{name} — не резервная копия brdesk: в ней «{v0}».</translation>
    </message>
    <message>
        <source>{name} is not a brdesk backup archive.</source>
        <translation>{name} — не архив резервной копии brdesk.</translation>
    </message>
    <message>
        <source>{name}: its manifest is too large.</source>
        <translation>{name}: манифест слишком большой.</translation>
    </message>
    <message>
        <source>{name}: its manifest is not JSON ({exc}).</source>
        <translation>{name}: манифест — не JSON ({exc}).</translation>
    </message>
    <message>
        <source>{name} was written by a newer brdesk (archive version {v0!r}): update brdesk to restore it.</source>
        <translation>{name} создан более новым brdesk (версия архива {v0!r}): обновите brdesk, чтобы восстановить его.</translation>
    </message>
    <message>
        <source>{name}: its database is impossibly large.</source>
        <translation>{name}: база данных невероятно велика.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a backup archive ({exc}).</source>
        <translation>{name} не читается как архив резервной копии ({exc}).</translation>
    </message>
    <message>
        <source>&apos;{v0}&apos; is larger than it claims; refused.</source>
        <translation>«{v0}» больше заявленного размера; отклонено.</translation>
    </message>
    <message>
        <source>{root} holds your own data (a profile, a plan or observations): it cannot become a cohort, or the participants&apos; data would sit beside yours. Gather a cohort in a folder of its own: File › Open data folder…, a new folder, then File › Cohort › Add participants&apos; packages… (on the command line: brdesk --data-dir NEW_FOLDER cohort add PACKAGES).</source>
        <extracomment>Folders being built or set aside start so; they are never members.</extracomment>
        <translation>В {root} ваши собственные данные (профиль, план или наблюдения): она не может стать папкой группы, иначе данные участников окажутся рядом с вашими. Соберите группу в отдельной папке: Файл › Открыть папку данных…, новая папка, затем Файл › Группа › Добавить пакеты участников… (в командной строке: brdesk --data-dir NEW_FOLDER cohort add PACKAGES).</translation>
    </message>
    <message>
        <source>{root} is a cohort folder: {name} is not merged into it. Participants&apos; packages are added with File › Cohort › Add participants&apos; packages… (or brdesk --data-dir &quot;{root}&quot; cohort add &quot;{name}&quot;), which keeps each participant apart.</source>
        <translation>{root} — папка группы: {name} в неё не объединяется. Пакеты участников добавляются через Файл › Группа › Добавить пакеты участников… (или brdesk --data-dir &quot;{root}&quot; cohort add &quot;{name}&quot;), что хранит каждого участника отдельно.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a ZIP archive ({exc}).</source>
        <translation>{name} не открывается как архив ZIP ({exc}).</translation>
    </message>
    <message>
        <source>{name}: meta.xml names no core file.</source>
        <translation>{name}: в meta.xml не указан основной файл.</translation>
    </message>
    <message>
        <source>{name}: meta.xml names &apos;{location}&apos;, which is not inside.</source>
        <translation>{name}: в meta.xml указан «{location}», которого нет внутри.</translation>
    </message>
    <message>
        <source>{name} holds no table (no .csv or .txt file inside).</source>
        <translation>в {name} нет таблицы (внутри нет файла .csv или .txt).</translation>
    </message>
    <message>
        <source>{name} holds several tables ({listed}): unzip it and import the one you want.</source>
        <translation>в {name} несколько таблиц ({listed}): распакуйте архив и импортируйте нужную.</translation>
    </message>
    <message>
        <source>Coordinates are longitude and latitude on {datum}.</source>
        <extracomment>Datums whose coordinates differ from WGS84&apos;s by about a metre or less: taken as they are.</extracomment>
        <translation>Координаты — долгота и широта в {datum}.</translation>
    </message>
    <message>
        <source>Coordinates are UTM zone {zone}{hemisphere} ({datum}) in metres; transformed to longitude and latitude.</source>
        <translation>Координаты в зоне UTM {zone}{hemisphere} ({datum}) в метрах; пересчитаны в долготу и широту.</translation>
    </message>
    <message>
        <source>A position is not in UTM zone {utm_zone} ({exc}).</source>
        <translation>Позиция не входит в зону UTM {utm_zone} ({exc}).</translation>
    </message>
    <message>
        <source>{name} is in EPSG:{code}, a coordinate system brdesk cannot read. {REPROJECT}</source>
        <translation>{name} в EPSG:{code} — системе координат, которую brdesk не читает. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name} names a coordinate system brdesk cannot read (&apos;{text}&apos;). {REPROJECT}</source>
        <translation>{name} указывает систему координат, которую brdesk не читает («{text}»). {REPROJECT}</translation>
    </message>
    <message>
        <source>{name}: the .prj file does not describe a coordinate system.</source>
        <translation>{name}: файл .prj не описывает систему координат.</translation>
    </message>
    <message>
        <source>{name} is on the datum &apos;{v0}&apos;, whose positions differ from WGS 84 by up to hundreds of metres; brdesk does not shift datums. {REPROJECT}</source>
        <translation>{name} в датуме «{v0}», позиции которого отличаются от WGS 84 до сотен метров; brdesk не пересчитывает датумы. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name}: the .prj describes a {kind}, which brdesk cannot read. {REPROJECT}</source>
        <translation>{name}: .prj описывает {kind}, которую brdesk не читает. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name} is in the projection &apos;{shown}&apos;; brdesk reads degrees and UTM zones only. {REPROJECT}</source>
        <translation>{name} в проекции «{shown}»; brdesk читает только градусы и зоны UTM. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name} holds no waypoints, track points or placemarks.</source>
        <extracomment>The columns of the table a GPS file becomes.</extracomment>
        <translation>в {name} нет путевых точек, точек трека или меток.</translation>
    </message>
    <message>
        <source>{name} is refused: it asks the reader for entities or external files ({__name__}), which a data file never needs.</source>
        <translation>{name} отклонён: он требует сущностей или внешних файлов ({__name__}), которые файлу данных никогда не нужны.</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML ({exc}).</source>
        <translation>{name} — некорректный XML ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not a {v0} file (its root element is not &lt;{root_tag}&gt;).</source>
        <translation>{name} — не файл {v0} (корневой элемент не &lt;{root_tag}&gt;).</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a KMZ file ({exc}).</source>
        <translation>{name} не открывается как файл KMZ ({exc}).</translation>
    </message>
    <message>
        <source>{name} holds no .kml file.</source>
        <translation>в {name} нет файла .kml.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <extracomment>(row number as a spreadsheet shows it, cells) A fresh pass over a table&apos;s rows. reads the rows from the start, at every call for a table read out of an archive: which member, and what else it held media files inside the archive, by the file name a row&apos;s cell gives (ODK&apos;s media/)</extracomment>
        <translation>{path} — не файл.</translation>
    </message>
    <message>
        <source>{name} is larger than {v0} MB.</source>
        <translation>{name} больше {v0} МБ.</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97 file: save it as .xlsx or .csv in your spreadsheet.</source>
        <translation>{name} — старый файл Excel 97: сохраните его как .xlsx или .csv в электронной таблице.</translation>
    </message>
    <message>
        <source>{name}: &apos;{member}&apos; cannot be read ({exc}).</source>
        <translation>{name}: не удаётся прочитать «{member}» ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not a text file (CSV) or a spreadsheet (XLSX).</source>
        <translation>{name} — не текстовый файл (CSV) и не таблица (XLSX).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} пуст.</translation>
    </message>
    <message>
        <source>{name}, line {number}: longer than {MAX_LINE_CHARS:,} characters, which no row of observations is. The file is damaged or not a table. Nothing was imported.</source>
        <extracomment>The longest line read (characters): a note of 100,000 characters fits ten times over; a file of one endless line would otherwise be read into memory whole before a check. The most columns a table may have (KoBo&apos;s widest exports have a few hundred).</extracomment>
        <translation>{name}, строка {number}: длиннее {MAX_LINE_CHARS:,} символов, чего не бывает у строки наблюдений. Файл повреждён или не таблица. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name}, row 1: cannot be read as CSV ({exc}).</source>
        <translation>{name}, строка 1: не читается как CSV ({exc}).</translation>
    </message>
    <message>
        <source>{where}: cannot be read as CSV ({exc}).</source>
        <translation>{where}: не читается как CSV ({exc}).</translation>
    </message>
    <message>
        <source>{where}: cannot be read as {encoding}.</source>
        <translation>{where}: не читается как {encoding}.</translation>
    </message>
    <message>
        <source>{name}, row {start}: a quote (&quot;) opens here and is not closed until line {end}, taking {v0} lines of the file into one cell. Close the quote, or remove it. Nothing was imported.</source>
        <translation>{name}, строка {start}: кавычка (&quot;) открывается здесь и закрывается только в строке {end}, собирая {v0} строк файла в одну ячейку. Закройте кавычку или удалите её. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as an Excel workbook ({exc}).</source>
        <extracomment>An .xlsx is a ZIP of XML: refused before it is opened if it would unpack to more than this, or if a large member is compressed far beyond what real sheets reach (~10-40x): a zip bomb takes minutes and gigabytes to read, to yield nothing. openpyxl holds a workbook&apos;s shared strings (every distinct text) in memory, about 150 bytes each: a sheet of 20 million took 3 GB. Above this many, the workbook is refused before it is read, and its user asked for a CSV, which is read as a stream.</extracomment>
        <translation>{name} не открывается как книга Excel ({exc}).</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} distinct texts, and brdesk reads at most {MAX_SHARED_STRINGS:,} from a workbook (they are all held in memory). Save the sheet as CSV (a CSV of any length is read row by row), or split it.</source>
        <translation>{name} отклонён: в нём {count:,} разных текстов, а brdesk читает из книги не более {MAX_SHARED_STRINGS:,} (все хранятся в памяти). Сохраните лист как CSV (CSV любой длины читается построчно) или разделите его.</translation>
    </message>
    <message>
        <source>{name}, row {v0}: cannot be read ({__name__}: {exc}). The workbook is damaged: open it in a spreadsheet and save it again, or save it as CSV. Nothing was imported.</source>
        <translation>{name}, строка {v0}: не читается ({__name__}: {exc}). Книга повреждена: откройте её в электронной таблице и сохраните заново или сохраните как CSV. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name}, row 1: the first row must hold the column names.</source>
        <translation>{name}, строка 1: в первой строке должны быть названия столбцов.</translation>
    </message>
    <message>
        <source>{name}, row 1: {v0:,} columns; brdesk reads tables of up to {MAX_COLUMNS:,}. Remove the columns you do not need, or split the table.</source>
        <translation>{name}, строка 1: {v0:,} столбцов; brdesk читает таблицы до {MAX_COLUMNS:,}. Удалите ненужные столбцы или разделите таблицу.</translation>
    </message>
    <message>
        <source>Cannot export to &apos;{name}&apos;: the file name must end in .xlsx or .csv.</source>
        <translation>Нельзя экспортировать в «{name}»: имя файла должно оканчиваться на .xlsx или .csv.</translation>
    </message>
    <message>
        <source>Cannot write the workbook to &apos;{name}&apos;: the name must end in .xlsx.</source>
        <translation>Нельзя записать книгу в «{name}»: имя должно оканчиваться на .xlsx.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as an XLSForm ({exc}).</source>
        <translation>{name} не открывается как XLSForm ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not an XLSForm: it needs a &apos;survey&apos; and a &apos;choices&apos; sheet (download the form as XLS from KoBoToolbox, or use the one given to ODK).</source>
        <translation>{name} — не XLSForm: нужны листы «survey» и «choices» (скачайте форму как XLS из KoBoToolbox или возьмите ту, что загружена в ODK).</translation>
    </message>
    <message>
        <source>{name}: its &apos;choices&apos; sheet needs list_name, name and label columns.</source>
        <translation>{name}: на листе «choices» нужны столбцы list_name, name и label.</translation>
    </message>
    <message>
        <source>{name}: its &apos;survey&apos; sheet has no select_one or select_multiple question.</source>
        <translation>{name}: на листе «survey» нет вопросов select_one или select_multiple.</translation>
    </message>
    <message>
        <source>{name}: its {member} is impossibly large.</source>
        <extracomment>Members smaller than this are not judged by their ratio (tiny repetitive XML parts compress extremely well, harmlessly).</extracomment>
        <translation>{name}: {member} невероятно велик.</translation>
    </message>
    <message>
        <source>{name}: its {member} is not JSON ({exc}).</source>
        <translation>{name}: {member} — не JSON ({exc}).</translation>
    </message>
    <message>
        <source>{name} is refused: its part &apos;{v0}&apos; would unpack to {ratio:.0f} times its size (a zip bomb, or a damaged file?).</source>
        <translation>{name} отклонён: его часть «{v0}» при распаковке станет в {ratio:.0f} раз больше (zip-бомба или повреждённый файл?).</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {v0:,.0f} MB.{hint}</source>
        <translation>{name} отклонён: при распаковке займёт {v0:,.0f} МБ.{hint}</translation>
    </message>
    <message>
        <source>{name} has no layer &apos;{v0}&apos; (it has {names}).</source>
        <translation>в {name} нет слоя «{v0}» (есть {names}).</translation>
    </message>
    <message>
        <source>{name} holds no polygons to use as zones.{why}</source>
        <translation>в {name} нет полигонов, пригодных как зоны.{why}</translation>
    </message>
    <message>
        <source>{name} has several layers ({names}): say which one.</source>
        <translation>в {name} несколько слоёв ({names}): укажите нужный.</translation>
    </message>
    <message>
        <source>{name}: zones are read from GeoJSON, KML, KMZ or a shapefile (.shp, or a .zip of one), not from a &apos;{v0}&apos; file.</source>
        <translation>{name}: зоны читаются из GeoJSON, KML, KMZ или шейп-файла (.shp или его .zip), а не из файла «{v0}».</translation>
    </message>
    <message>
        <source>{name} cannot be read ({strerror}).</source>
        <translation>{name} не читается ({strerror}).</translation>
    </message>
    <message>
        <source>{name} is {v0:,.0f} MB: too large for a boundary file.</source>
        <translation>{name} занимает {v0:,.0f} МБ: слишком много для файла границ.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, as GeoJSON must be.</source>
        <translation>{name} — не текст UTF-8, каким должен быть GeoJSON.</translation>
    </message>
    <message>
        <source>{name} is not valid GeoJSON (line {lineno}: {msg}).</source>
        <translation>{name} — некорректный GeoJSON (строка {lineno}: {msg}).</translation>
    </message>
    <message>
        <source>{name} is not a GeoJSON FeatureCollection.</source>
        <translation>{name} — не FeatureCollection GeoJSON.</translation>
    </message>
    <message>
        <source>{name}: &apos;features&apos; is not a list.</source>
        <translation>{name}: «features» — не список.</translation>
    </message>
    <message>
        <source>its coordinates are not numbers</source>
        <translation>его координаты — не числа</translation>
    </message>
    <message>
        <source>{name} holds no .kml document.</source>
        <translation>в {name} нет документа .kml.</translation>
    </message>
    <message>
        <source>{name} is not a KML document.</source>
        <translation>{name} — не документ KML.</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is not a KML coordinate (lon,lat).</source>
        <translation>{name}: «{v0}» — не координата KML (долгота,широта).</translation>
    </message>
    <message>
        <source>{where}, feature {number} (&apos;{name}&apos;): {why}.</source>
        <extracomment>A boundary file is a few megabytes; this is far past any real one, short of exhaustion.</extracomment>
        <translation>{where}, объект {number} («{name}»): {why}.</translation>
    </message>
    <message>
        <source>{where}, feature {number}: {why}.</source>
        <translation>{where}, объект {number}: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ring(s) did not end where [it|they] started; each was closed by joining its last corner to its first.</source>
        <translation>
            <numerusform>%Ln кольцо не заканчивалось там, где начиналось; оно замкнуто соединением последней вершины с первой.</numerusform>
            <numerusform>%Ln кольца не заканчивались там, где начинались; каждое замкнуто соединением последней вершины с первой.</numerusform>
            <numerusform>%Ln колец не заканчивались там, где начинались; каждое замкнуто соединением последней вершины с первой.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln {kind} feature(s) left out: zones are polygons.</source>
        <translation>
            <numerusform>%Ln объект {kind} пропущен: зоны — это полигоны.</numerusform>
            <numerusform>%Ln объекта {kind} пропущены: зоны — это полигоны.</numerusform>
            <numerusform>%Ln объектов {kind} пропущены: зоны — это полигоны.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} holds ({x:.0f}, {y:.0f}), which is not longitude and latitude: the file is in a projected system it does not name. {REPROJECT}</source>
        <translation>в {name} есть ({x:.0f}, {y:.0f}) — это не долгота и широта: файл в проекции, которую он не называет. {REPROJECT}</translation>
    </message>
    <message>
        <source>{name} comes without its .dbf (the attribute table): copy every file named {stem}.* together, or a zip of them.</source>
        <translation>{name} пришёл без .dbf (таблицы атрибутов): скопируйте вместе все файлы {stem}.* или их zip.</translation>
    </message>
    <message>
        <source>{name} holds no shapefile (.shp).</source>
        <translation>в {name} нет шейп-файла (.shp).</translation>
    </message>
    <message>
        <source>{name}: {v0} comes without its .dbf.</source>
        <translation>{name}: {v0} без своего .dbf.</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a zip file ({exc}).</source>
        <translation>{name} не открывается как файл zip ({exc}).</translation>
    </message>
    <message>
        <source>There is no .prj: coordinates are read as WGS 84 degrees.</source>
        <translation>Нет .prj: координаты читаются как градусы WGS 84.</translation>
    </message>
    <message>
        <source>There is no .cpg: the attribute table is read as UTF-8.</source>
        <translation>Нет .cpg: таблица атрибутов читается как UTF-8.</translation>
    </message>
    <message>
        <source>{name}: its .cpg names an unknown encoding &apos;{encoding}&apos;.</source>
        <translation>{name}: в .cpg указана неизвестная кодировка «{encoding}».</translation>
    </message>
    <message>
        <source>{name} is not a readable shapefile ({exc}).</source>
        <translation>{name} — нечитаемый шейп-файл ({exc}).</translation>
    </message>
    <message>
        <source>{name}: the attribute table is not {encoding}. Add a .cpg file naming its encoding (such as CP1251 or GBK), or save the layer again as UTF-8.</source>
        <translation>{name}: таблица атрибутов не в {encoding}. Добавьте файл .cpg с названием кодировки (например, CP1251 или GBK) или заново сохраните слой в UTF-8.</translation>
    </message>
    <message>
        <source>There is no self-assessment to export yet.</source>
        <translation>Пока нет самооценки для экспорта.</translation>
    </message>
    <message>
        <source>{name} is no longer in the data folder</source>
        <translation>{name} больше нет в папке данных</translation>
    </message>
    <message>
        <source>Cannot copy {name} into the data folder: {exc}</source>
        <translation>Не удаётся скопировать {name} в папку данных: {exc}</translation>
    </message>
    <message>
        <source>Attachment {attachment_id} no longer exists.</source>
        <translation>Вложения {attachment_id} больше нет.</translation>
    </message>
    <message>
        <source>{root} is not a cohort folder: there is no cohort to export. Add participants&apos; packages to a folder of its own first (brdesk --data-dir COHORT_FOLDER cohort add PACKAGES).</source>
        <translation>{root} — не папка группы: экспортировать нечего. Сначала добавьте пакеты участников в отдельную папку (brdesk --data-dir COHORT_FOLDER cohort add PACKAGES).</translation>
    </message>
    <message>
        <source>The cohort has no participant yet: add their packages first.</source>
        <translation>В группе пока нет участников: сначала добавьте их пакеты.</translation>
    </message>
    <message>
        <source>Cannot export the cohort to &apos;{name}&apos;: the name must end in .docx (Word) or .xlsx (Excel).</source>
        <translation>Нельзя экспортировать группу в «{name}»: имя должно оканчиваться на .docx (Word) или .xlsx (Excel).</translation>
    </message>
    <message>
        <source>That good practice is no longer in the participant&apos;s package.</source>
        <translation>Этой практики больше нет в пакете участника.</translation>
    </message>
    <message>
        <source>A cohort package is a .brdesk file: &apos;{name}&apos; is not.</source>
        <translation>Пакет группы — это файл .brdesk: «{name}» им не является.</translation>
    </message>
    <message>
        <source>{root} (last changed {when:%d %b %Y %H:%M}): {held}</source>
        <translation>{root} (последнее изменение: {when:%d %b %Y %H:%M}): {held}</translation>
    </message>
    <message>
        <source>No brdesk data in {folder}: choose the folder of the earlier brdesk, or the &apos;{PORTABLE_FOLDER}&apos; folder inside it (it holds {DB_NAME}).</source>
        <translation>В {folder} нет данных brdesk: выберите папку прежнего brdesk или папку «{PORTABLE_FOLDER}» внутри неё (в ней {DB_NAME}).</translation>
    </message>
    <message>
        <source>The data in {root} was written by a newer brdesk (schema {revision}). It was left untouched: use that brdesk, or a newer one.</source>
        <translation>Данные в {root} созданы более новым brdesk (схема {revision}). Они не тронуты: используйте тот brdesk или более новый.</translation>
    </message>
    <message>
        <source>{root} already holds data: nothing was copied. Bring earlier data only into a new, empty brdesk (or open the earlier folder with File &gt; Open data folder).</source>
        <translation>В {root} уже есть данные: ничего не скопировано. Переносите прежние данные только в новый, пустой brdesk (или откройте прежнюю папку через Файл &gt; Открыть папку данных).</translation>
    </message>
    <message>
        <source>That is the data folder already open: nothing to bring.</source>
        <translation>Это и есть открытая папка данных: переносить нечего.</translation>
    </message>
    <message>
        <source>Could not copy the data from {root} to {v0}: {v1}. The earlier data was not changed.</source>
        <translation>Не удалось скопировать данные из {root} в {v0}: {v1}. Прежние данные не изменены.</translation>
    </message>
    <message>
        <source>{filename}: {member} is larger than {v0} MB. Nothing was imported.</source>
        <translation>{filename}: {member} больше {v0} МБ. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{filename}: {member}: {refused}. Nothing was imported.</source>
        <translation>{filename}: {member}: {refused}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot export observations to &apos;{name}&apos;: use .csv, .xlsx, .geojson or .zip (a Darwin Core Archive).</source>
        <extracomment>Half the diagonal of a 0.1-degree cell at the equator, in metres. Elevations of sensitive records are rounded to this many metres. Added to an exact archive&apos;s name and title: it is for the user&apos;s own use.</extracomment>
        <translation>Нельзя экспортировать наблюдения в «{name}»: используйте .csv, .xlsx, .geojson или .zip (архив Darwin Core).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) without coordinates [was|were] left out.</source>
        <translation>
            <numerusform>%Ln наблюдение без координат не включено.</numerusform>
            <numerusform>%Ln наблюдения без координат не включены.</numerusform>
            <numerusform>%Ln наблюдений без координат не включены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Named {name}: it holds exact locations of sensitive records.</source>
        <translation>Назван {name}: в нём точные места чувствительных записей.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) not of species [was|were] left out.</source>
        <translation>
            <numerusform>%Ln наблюдение, не относящееся к видам, не включено.</numerusform>
            <numerusform>%Ln наблюдения, не относящиеся к видам, не включены.</numerusform>
            <numerusform>%Ln наблюдений, не относящихся к видам, не включены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln species record(s) [was|were] left out (export them as occurrences).</source>
        <translation>
            <numerusform>%Ln запись о виде не включена (экспортируйте её как встречу).</numerusform>
            <numerusform>%Ln записи о видах не включены (экспортируйте их как встречи).</numerusform>
            <numerusform>%Ln записей о видах не включены (экспортируйте их как встречи).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no action plan to export yet.</source>
        <translation>Пока нет плана действий для экспорта.</translation>
    </message>
    <message>
        <source>Cannot write the case study to &apos;{name}&apos;: the name must end in .docx.</source>
        <extracomment>A case study stays within two pages: a row of three photos, ten observations listed. Photos are scaled to this many pixels on their long side: sharp at 5 cm, and a report with twenty practices stays a file one can e-mail. The form&apos;s parts, in its order, as the case study heads them.</extracomment>
        <translation>Нельзя записать описание в «{name}»: имя должно оканчиваться на .docx.</translation>
    </message>
    <message>
        <source>{parent} is not a folder.</source>
        <translation>{parent} — не папка.</translation>
    </message>
    <message>
        <source>Fill in your profile first: the submission carries your name.</source>
        <translation>Сначала заполните профиль: отправка подписывается вашим именем.</translation>
    </message>
    <message>
        <source>Cannot write in {parent}: {v0}.</source>
        <translation>Невозможно писать в {parent}: {v0}.</translation>
    </message>
    <message>
        <source>There is no plan template &apos;{template_id}&apos;.</source>
        <translation>Шаблона плана «{template_id}» нет.</translation>
    </message>
    <message>
        <source>an outline needs at least one polygon</source>
        <translation>у границы должен быть хотя бы один полигон</translation>
    </message>
    <message>
        <source>a polygon needs an outer ring</source>
        <translation>у полигона должно быть внешнее кольцо</translation>
    </message>
    <message>
        <source>a geometry must be a GeoJSON object</source>
        <translation>геометрия должна быть объектом GeoJSON</translation>
    </message>
    <message>
        <source>a zone is a Polygon or a MultiPolygon, not a {kind}</source>
        <translation>зона — это Polygon или MultiPolygon, а не {kind}</translation>
    </message>
    <message>
        <source>the geometry has no list of coordinates</source>
        <translation>у геометрии нет списка координат</translation>
    </message>
    <message>
        <source>a coordinate is not a pair of numbers</source>
        <translation>координата — не пара чисел</translation>
    </message>
    <message>
        <source>a ring needs at least 3 distinct corners, this one has {n}</source>
        <translation>у кольца должно быть не меньше 3 разных вершин, у этого {n}</translation>
    </message>
    <message>
        <source>a ring must end where it starts</source>
        <translation>кольцо должно заканчиваться там, где начинается</translation>
    </message>
    <message>
        <source>({lon:g}, {lat:g}) is not a longitude and latitude in degrees</source>
        <translation>({lon:g}, {lat:g}) — не долгота и широта в градусах</translation>
    </message>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s words a user reads (Python 3.11 to 3.13), as argparse writes them.</extracomment>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <extracomment>argparse&apos;s refusals, with its placeholders (&quot;%(name)s&quot;, &quot;%s&quot;, &quot;%r&quot;); a translation keeps them.</extracomment>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>необходимы следующие аргументы: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидался один аргумент</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидался хотя бы один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидалось не больше одного аргумента</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>необходим один из аргументов %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>явный аргумент %r пропущен</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: ошибка: {message}</translation>
    </message>
    <message>
        <source>a CSV&apos;s separators: commas and decimal points (the default), or semicolons and decimal commas, as Excel in French, Spanish, Russian or German reads them</source>
        <translation>разделители CSV: запятые и десятичная точка (по умолчанию) или точки с запятой и десятичная запятая, как их читает Excel на французском, испанском, русском или немецком</translation>
    </message>
    <message>
        <source>Offline workbench for mountain biosphere reserves.</source>
        <translation>Автономный рабочий инструмент для горных биосферных резерватов.</translation>
    </message>
    <message>
        <source>With no command, brdesk opens its window.</source>
        <translation>Без команды brdesk открывает своё окно.</translation>
    </message>
    <message>
        <source>show brdesk&apos;s version and exit</source>
        <translation>показать версию brdesk и выйти</translation>
    </message>
    <message>
        <source>the data folder to use (default: BRDESK_DATA_DIR, portable mode, or your user data folder)</source>
        <translation>папка данных (по умолчанию: BRDESK_DATA_DIR, переносной режим или ваша папка данных пользователя)</translation>
    </message>
    <message>
        <source>keep the records on an office database server: postgresql://USER@HOST/DB (default: BRDESK_DATABASE_URL; the password from ~/.pgpass or the server&apos;s own rules, never the command line&apos;s history)</source>
        <translation>хранить записи на сервере базы данных офиса: postgresql://USER@HOST/DB (по умолчанию: BRDESK_DATABASE_URL; пароль — из ~/.pgpass или по правилам самого сервера, никогда не из истории командной строки)</translation>
    </message>
    <message>
        <source>show tracebacks and log in detail</source>
        <translation>показывать трассировки и вести подробный журнал</translation>
    </message>
    <message>
        <source>the language: en, zh_CN, es, fr or ru (default: BRDESK_LANG; else the window takes the choice saved in the data folder or the system&apos;s, a command English)</source>
        <translation>язык: en, zh_CN, es, fr или ru (по умолчанию: BRDESK_LANG; иначе окно берёт выбор, сохранённый в папке данных, или язык системы, а команда — английский)</translation>
    </message>
    <message>
        <source>open the main window (the default)</source>
        <translation>открыть главное окно (по умолчанию)</translation>
    </message>
    <message>
        <source>fill the data folder with a demo reserve, plan and observations</source>
        <translation>заполнить папку данных демонстрационным резерватом, планом и наблюдениями</translation>
    </message>
    <message>
        <source>how many observations to generate (default 5000; up to 1,000,000)</source>
        <translation>сколько наблюдений создать (по умолчанию 5000; до 1 000 000)</translation>
    </message>
    <message>
        <source>replace data already in the folder (a backup is made first)</source>
        <translation>заменить данные, уже лежащие в папке (сначала делается резервная копия)</translation>
    </message>
    <message>
        <source>check the database: integrity, links and schema version</source>
        <translation>проверить базу данных: целостность, связи и версию схемы</translation>
    </message>
    <message>
        <source>write your data to files others read</source>
        <translation>записать ваши данные в файлы, которые читают другие</translation>
    </message>
    <message>
        <source>the action plan, one row per action (.xlsx or .csv)</source>
        <translation>план действий, по строке на действие (.xlsx или .csv)</translation>
    </message>
    <message>
        <source>the management-effectiveness self-assessments, one row per question and assessment (.xlsx or .csv)</source>
        <translation>самооценки эффективности управления, по строке на вопрос и оценку (.xlsx или .csv)</translation>
    </message>
    <message>
        <source>the file to write: OUT.xlsx or OUT.csv</source>
        <translation>файл для записи: OUT.xlsx или OUT.csv</translation>
    </message>
    <message>
        <source>the post-training report as a Word file (.docx)</source>
        <translation>отчёт после обучения в виде файла Word (.docx)</translation>
    </message>
    <message>
        <source>the file to write: OUT.docx</source>
        <translation>файл для записи: OUT.docx</translation>
    </message>
    <message>
        <source>leave out the action plan</source>
        <translation>не включать план действий</translation>
    </message>
    <message>
        <source>leave out the charts</source>
        <translation>не включать диаграммы</translation>
    </message>
    <message>
        <source>leave out the SDG and GBF alignment</source>
        <translation>не включать соответствие ЦУР и ГРП</translation>
    </message>
    <message>
        <source>leave out the zones&apos; map and their counts</source>
        <translation>не включать карту зон и подсчёты по ним</translation>
    </message>
    <message>
        <source>add the latest management-effectiveness self-assessment (and the one before)</source>
        <translation>добавить последнюю самооценку эффективности управления (и предыдущую)</translation>
    </message>
    <message>
        <source>add the good practices as case studies</source>
        <translation>добавить передовой опыт в виде описаний практик</translation>
    </message>
    <message>
        <source>a good practice as a one- or two-page Word case study (.docx)</source>
        <translation>практика как описание в Word на одну-две страницы (.docx)</translation>
    </message>
    <message>
        <source>its title, or the start of it</source>
        <translation>её название или его начало</translation>
    </message>
    <message>
        <source>the dashboard as A4 landscape PDF pages or a 1920x1080 PNG slide</source>
        <translation>сводка в виде страниц PDF A4 альбомной ориентации или слайда PNG 1920x1080</translation>
    </message>
    <message>
        <source>OUT.pdf (to print) or OUT.png (a slide)</source>
        <translation>OUT.pdf (для печати) или OUT.png (слайд)</translation>
    </message>
    <message>
        <source>from this date</source>
        <translation>с этой даты</translation>
    </message>
    <message>
        <source>up to this date</source>
        <translation>по эту дату</translation>
    </message>
    <message>
        <source>only this observation category</source>
        <translation>только эта категория наблюдений</translation>
    </message>
    <message>
        <source>only this pillar</source>
        <translation>только это направление</translation>
    </message>
    <message>
        <source>monitoring of the observations inside this zone on the map only</source>
        <translation>мониторинг только по наблюдениям внутри этой зоны на карте</translation>
    </message>
    <message>
        <source>observations as .csv, .xlsx, .geojson or a Darwin Core .zip</source>
        <translation>наблюдения в .csv, .xlsx, .geojson или .zip Darwin Core</translation>
    </message>
    <message>
        <source>OUT.csv, OUT.xlsx, OUT.geojson or OUT.zip</source>
        <translation>OUT.csv, OUT.xlsx, OUT.geojson или OUT.zip</translation>
    </message>
    <message>
        <source>keep exact coordinates of sensitive records (for your own use only)</source>
        <translation>сохранить точные координаты чувствительных записей (только для себя)</translation>
    </message>
    <message>
        <source>a .zip of the measurements (climate, glaciers, habitat, people) as a sampling-event Darwin Core Archive, instead of the species occurrences</source>
        <translation>архив .zip с измерениями (климат, ледники, местообитания, люди) как архив Darwin Core выборочных событий вместо встреч видов</translation>
    </message>
    <message>
        <source>the licence a Darwin Core Archive declares (GBIF accepts these three)</source>
        <translation>лицензия, указанная в архиве Darwin Core (GBIF принимает эти три)</translation>
    </message>
    <message>
        <source>only this category (species, climate, ...)</source>
        <translation>только эта категория (species, climate, ...)</translation>
    </message>
    <message>
        <source>only records whose taxon, site, notes or observer contain this</source>
        <translation>только записи, у которых таксон, место, заметки или наблюдатель содержат это</translation>
    </message>
    <message>
        <source>the zones on the map as GeoJSON (WGS84)</source>
        <translation>зоны на карте в формате GeoJSON (WGS84)</translation>
    </message>
    <message>
        <source>the file to write: OUT.geojson</source>
        <translation>файл для записи: OUT.geojson</translation>
    </message>
    <message>
        <source>a package (.brdesk) for another laptop&apos;s brdesk: all the data, or a selection</source>
        <translation>пакет (.brdesk) для brdesk на другом ноутбуке: все данные или выборка</translation>
    </message>
    <message>
        <source>the file to write: OUT.brdesk</source>
        <translation>файл для записи: OUT.brdesk</translation>
    </message>
    <message>
        <source>only the observations (with their attachments), or only the action plan</source>
        <translation>только наблюдения (с вложениями) или только план действий</translation>
    </message>
    <message>
        <source>observations from this date</source>
        <translation>наблюдения с этой даты</translation>
    </message>
    <message>
        <source>observations up to this date</source>
        <translation>наблюдения по эту дату</translation>
    </message>
    <message>
        <source>(a cohort folder) the cohort report (.docx), workbook (.xlsx), or the whole cohort as one package (.brdesk) for another cohort folder</source>
        <translation>(папка группы) отчёт по группе (.docx), книга (.xlsx) или вся группа одним пакетом (.brdesk) для другой папки группы</translation>
    </message>
    <message>
        <source>OUT.docx, OUT.xlsx or OUT.brdesk</source>
        <translation>OUT.docx, OUT.xlsx или OUT.brdesk</translation>
    </message>
    <message>
        <source>only the follow-up list: who has sent what (.docx or .xlsx)</source>
        <translation>только список документов: кто что прислал (.docx или .xlsx)</translation>
    </message>
    <message>
        <source>a trainer&apos;s cohort folder: participants&apos; packages kept apart</source>
        <translation>папка группы для преподавателя: пакеты участников хранятся раздельно</translation>
    </message>
    <message>
        <source>add participants&apos; packages (files, folders of them, cohort packages); a newer package from the same participant replaces the older; an empty folder becomes a cohort folder</source>
        <translation>добавить пакеты участников (файлы, папки с ними, пакеты групп); более новый пакет того же участника заменяет старый; пустая папка становится папкой группы</translation>
    </message>
    <message>
        <source>the cohort&apos;s participants, one a line</source>
        <translation>участники группы, по одному в строке</translation>
    </message>
    <message>
        <source>bring records in from field tools and files</source>
        <translation>загрузить записи из полевых инструментов и файлов</translation>
    </message>
    <message>
        <source>observations from KoBoToolbox, ODK, iNaturalist, GBIF, Darwin Core, CSV or XLSX</source>
        <translation>наблюдения из KoBoToolbox, ODK, iNaturalist, GBIF, Darwin Core, CSV или XLSX</translation>
    </message>
    <message>
        <source>which column holds which field</source>
        <translation>какой столбец содержит какое поле</translation>
    </message>
    <message>
        <source>check the file, import nothing</source>
        <translation>проверить файл, ничего не импортируя</translation>
    </message>
    <message>
        <source>the form&apos;s XLSForm: choice names in the file (XML values) import as their labels</source>
        <translation>XLSForm формы: имена вариантов в файле (значения XML) импортируются как их подписи</translation>
    </message>
    <message>
        <source>the CSV&apos;s text encoding (cp1251, gb18030...), when the one detected is wrong</source>
        <translation>кодировка текста CSV (cp1251, gb18030...), если определённая неверна</translation>
    </message>
    <message>
        <source>import the valid rows even if some are rejected (default: import nothing then)</source>
        <translation>импортировать верные строки, даже если часть отклонена (по умолчанию тогда ничего не импортируется)</translation>
    </message>
    <message>
        <source>the reserve&apos;s zones from GeoJSON, KML/KMZ or a shapefile (.shp or .zip); they replace the zones on the map</source>
        <translation>зоны резервата из GeoJSON, KML/KMZ или shapefile (.shp или .zip); они заменяют зоны на карте</translation>
    </message>
    <message>
        <source>the layer to read, if the file has several</source>
        <translation>слой для чтения, если их в файле несколько</translation>
    </message>
    <message>
        <source>the attribute saying core, buffer or transition (default: the first whose values all do)</source>
        <translation>атрибут, указывающий ядровую, буферную или переходную зону (по умолчанию: первый, все значения которого это делают)</translation>
    </message>
    <message>
        <source>check the file, change nothing</source>
        <translation>проверить файл, ничего не меняя</translation>
    </message>
    <message>
        <source>merge a package (.brdesk) from another laptop into your data</source>
        <translation>объединить пакет (.brdesk) с другого ноутбука с вашими данными</translation>
    </message>
    <message>
        <source>say what would change, change nothing</source>
        <translation>сказать, что изменится, ничего не меняя</translation>
    </message>
    <message>
        <source>back up your data now: in the backups folder, or to OUT (.zip, attachments included) to carry away</source>
        <translation>сделать резервную копию данных сейчас: в папку резервных копий или в OUT (.zip, с вложениями), чтобы унести с собой</translation>
    </message>
    <message>
        <source>an archive to write (.zip)</source>
        <translation>архив для записи (.zip)</translation>
    </message>
    <message>
        <source>list the backups in the backups folder</source>
        <translation>перечислить резервные копии в папке резервных копий</translation>
    </message>
    <message>
        <source>replace your data with a backup (your current data is backed up first)</source>
        <translation>заменить ваши данные резервной копией (сначала сохраняется копия текущих данных)</translation>
    </message>
    <message>
        <source>a backup (.db, or a .zip archive), or a name from &apos;backups&apos;</source>
        <translation>резервная копия (.db или архив .zip) или имя из списка «backups»</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>не спрашивать подтверждения</translation>
    </message>
    <message>
        <source>copy the data of an earlier brdesk (its folder, or its brdesk-data folder) into this one&apos;s empty data folder and bring it up to date; the earlier folder is not changed</source>
        <translation>скопировать данные прежнего brdesk (его папку или его папку brdesk-data) в пустую папку данных этого и обновить их; прежняя папка не меняется</translation>
    </message>
    <message>
        <source>the earlier brdesk&apos;s folder</source>
        <translation>папка прежнего brdesk</translation>
    </message>
    <message>
        <source>on the office network: send this folder&apos;s records to the office database and bring back the office&apos;s (a record edited on both sides is reported)</source>
        <translation>в сети офиса: отправить записи этой папки в базу данных офиса и получить записи офиса (запись, изменённая с обеих сторон, указывается в отчёте)</translation>
    </message>
    <message>
        <source>the office database: postgresql://USER@HOST/DB</source>
        <translation>база данных офиса: postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <source>open every page offscreen on a temporary demo and check it</source>
        <translation>открыть каждую страницу вне экрана на временной демонстрации и проверить её</translation>
    </message>
    <message>
        <source>save a 1366x768 PNG of every page in DIR</source>
        <translation>сохранить PNG 1366x768 каждой страницы в DIR</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; writes in {root}, and cannot: {why} Nothing was changed.</source>
        <extracomment>refused: bad input, a busy or read-only folder, rows rejected; nothing was changed a bug: logged with its traceback Ctrl+C</extracomment>
        <translation>«{command}» записывает в {root}, но не может: {why} Ничего не изменено.</translation>
    </message>
    <message>
        <source>Writing observations: {done:,} / {of:,}</source>
        <translation>Запись наблюдений: {done:,} / {of:,}</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>--category: use one of {names}.</source>
        <translation>--category: используйте одну из: {names}.</translation>
    </message>
    <message>
        <source>The database at {where} was written by a newer version of brdesk (schema {revision}). It was left untouched: use that version, or update brdesk.</source>
        <translation>База данных {where} записана более новой версией brdesk (схема {revision}). Она не тронута: используйте эту версию или обновите brdesk.</translation>
    </message>
    <message>
        <source>{path} is not a brdesk database (it has tables but no brdesk schema version). It was left untouched.</source>
        <translation>{path} — не база данных brdesk (в ней есть таблицы, но нет версии схемы brdesk). Она не тронута.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of brdesk (schema {revision}). It was left untouched: open it with that version, or update brdesk.</source>
        <translation>{path} записана более новой версией brdesk (схема {revision}). Она не тронута: откройте её этой версией или обновите brdesk.</translation>
    </message>
    <message numerus="yes">
        <source>The upgrade would leave %n broken link(s) (first: {first}); nothing was changed.</source>
        <translation>
            <numerusform>Обновление оставило бы %n разорванную связь (первая: {first}); ничего не изменено.</numerusform>
            <numerusform>Обновление оставило бы %n разорванные связи (первая: {first}); ничего не изменено.</numerusform>
            <numerusform>Обновление оставило бы %n разорванных связей (первая: {first}); ничего не изменено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the data folder {root}: {problem}. Choose another folder with --data-dir, or check that the disk is writable.</source>
        <extracomment>An office database server to keep the records on (issue 22), as --database-url.</extracomment>
        <translation>Не удаётся создать папку данных {root}: {problem}. Выберите другую папку с помощью --data-dir или проверьте, что на диск можно записывать.</translation>
    </message>
    <message>
        <source>a file needs a name</source>
        <extracomment>Names Windows keeps for devices, whatever follows the first dot (&quot;con.txt&quot; included). Windows&apos; MAX_PATH less the terminating character: longer paths need the \? form.</extracomment>
        <translation>у файла должно быть имя</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends with a dot or a space, which Windows drops or refuses</source>
        <translation>«{name}» заканчивается точкой или пробелом, которые Windows отбрасывает или не принимает</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds characters Windows does not allow in names ({shown})</source>
        <translation>«{name}» содержит символы, недопустимые в именах Windows ({shown})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a name Windows keeps for a device ({device})</source>
        <translation>«{name}» — имя, зарезервированное Windows для устройства ({device})</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is longer than the 255 characters a name may have</source>
        <translation>«{start}…» длиннее 255 символов, допустимых для имени</translation>
    </message>
    <message>
        <source>--observations must be between 0 and {most:,}.</source>
        <translation>--observations должно быть от 0 до {most:,}.</translation>
    </message>
    <message>
        <source>{root} already holds data. The demo will not overwrite it: use another --data-dir, or --force to replace it (a backup is made first).</source>
        <translation>В {root} уже есть данные. Демонстрация их не перезапишет: укажите другую --data-dir или --force, чтобы заменить их (сначала делается резервная копия).</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({problem}). It was left untouched. Restore a backup from the backups folder, or run &apos;brdesk check&apos; for details.</source>
        <translation>{path} не читается как база данных ({problem}). Она не тронута. Восстановите резервную копию из папки резервных копий или запустите «brdesk check», чтобы узнать подробности.</translation>
    </message>
    <message>
        <source>Adding packages: {done:,} / {of:,}</source>
        <translation>Добавление пакетов: {done:,} / {of:,}</translation>
    </message>
    <message>
        <source>{root} is not a cohort folder.</source>
        <translation>{root} — не папка группы.</translation>
    </message>
    <message numerus="yes">
        <source>Cohort package of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Пакет группы из %Ln участника записан в {out}</numerusform>
            <numerusform>Пакет группы из %Ln участников записан в {out}</numerusform>
            <numerusform>Пакет группы из %Ln участников записан в {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up list of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Список документов %Ln участника записан в {out}</numerusform>
            <numerusform>Список документов %Ln участников записан в {out}</numerusform>
            <numerusform>Список документов %Ln участников записан в {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort report of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Отчёт по группе из %Ln участника записан в {out}</numerusform>
            <numerusform>Отчёт по группе из %Ln участников записан в {out}</numerusform>
            <numerusform>Отчёт по группе из %Ln участников записан в {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort workbook of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Книга по группе из %Ln участника записана в {out}</numerusform>
            <numerusform>Книга по группе из %Ln участников записана в {out}</numerusform>
            <numerusform>Книга по группе из %Ln участников записана в {out}</numerusform>
        </translation>
    </message>
    <message>
        <source>an extra {kind} &apos;{name}&apos; that brdesk never makes</source>
        <extracomment>(kind, name) -&gt; what must match</extracomment>
        <translation>лишний объект {kind} «{name}», который brdesk никогда не создаёт</translation>
    </message>
    <message>
        <source>its {kind} &apos;{name}&apos; is missing</source>
        <translation>отсутствует {kind} «{name}»</translation>
    </message>
    <message>
        <source>its {kind} &apos;{name}&apos; is not as brdesk makes it</source>
        <translation>{kind} «{name}» не такой, каким его создаёт brdesk</translation>
    </message>
    <message>
        <source>JPEG picture</source>
        <extracomment>Opens the content to look at, for one reading. Each kind brdesk keeps: the name endings it goes by, and how its content begins.</extracomment>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <source>GIF picture</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <source>TIFF picture</source>
        <translation>изображение TIFF</translation>
    </message>
    <message>
        <source>WebP picture</source>
        <translation>изображение WebP</translation>
    </message>
    <message>
        <source>HEIC picture</source>
        <translation>изображение HEIC</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <source>Office document</source>
        <translation>документ Office</translation>
    </message>
    <message>
        <source>OpenDocument</source>
        <translation>OpenDocument</translation>
    </message>
    <message>
        <source>older Office document</source>
        <translation>документ старого формата Office</translation>
    </message>
    <message>
        <source>RTF document</source>
        <translation>документ RTF</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a Linux program (ELF)</source>
        <extracomment>How programs begin: named in the refusal, whatever the file is called.</extracomment>
        <translation>программа для Linux (ELF)</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>программа для Windows</translation>
    </message>
    <message>
        <source>a macOS program</source>
        <translation>программа для macOS</translation>
    </message>
    <message>
        <source>a macOS or Java program</source>
        <translation>программа для macOS или Java</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>сценарий</translation>
    </message>
    <message>
        <source>pictures, PDFs, office documents and plain text ({suffixes})</source>
        <translation>изображения, PDF, офисные документы и простой текст ({suffixes})</translation>
    </message>
    <message>
        <source>{name} cannot be read ({problem})</source>
        <translation>{name} не читается ({problem})</translation>
    </message>
    <message>
        <source>{name} is {program}, not a document or a picture</source>
        <translation>{name} — это {program}, а не документ или изображение</translation>
    </message>
    <message>
        <source>{name}: brdesk keeps only {allowed}</source>
        <translation>{name}: brdesk хранит только {allowed}</translation>
    </message>
    <message>
        <source>{name} is not an {kind}, though its name says so</source>
        <translation>{name} — не {kind}, хотя так сказано в его имени</translation>
    </message>
    <message>
        <source>{name} is not a {kind}, though its name says so</source>
        <translation>{name} — не {kind}, хотя так сказано в его имени</translation>
    </message>
    <message>
        <source>Synchronised with the office database {office}.</source>
        <extracomment>(step, of how many) as each of the four stages goes: write, send, write, bring. the laptop&apos;s records merged into the office database the office&apos;s records merged into the laptop</extracomment>
        <translation>Синхронизировано с базой данных офиса {office}.</translation>
    </message>
    <message>
        <source>Sent from this computer to the office:</source>
        <translation>Отправлено с этого компьютера в офис:</translation>
    </message>
    <message>
        <source>Brought from the office to this computer:</source>
        <translation>Получено из офиса на этот компьютер:</translation>
    </message>
    <message>
        <source>The records of this data folder are on an office database already: there is nothing to synchronise. Synchronise from a laptop&apos;s own folder.</source>
        <translation>Записи этой папки данных уже находятся в базе данных офиса: синхронизировать нечего. Синхронизируйте из собственной папки ноутбука.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown, not changed:&lt;/b&gt; {pages}. Your office login ({user}) may not change them; the office&apos;s administrator gives such rights.</source>
        <extracomment>The table whose records each page edits: a login the office granted no changes to it (docs/office-server.md&apos;s observers) sees that page read-only. The folder&apos;s settings holding the office database&apos;s address (never a password): the one the window opens, and the one this computer synchronises with.</extracomment>
        <translation>&lt;b&gt;Показано, без изменений:&lt;/b&gt; {pages}. Ваш логин офиса ({user}) не может их изменять; такие права выдаёт администратор офиса.</translation>
    </message>
    <message>
        <source>The office database&apos;s address, as your office&apos;s administrator gave it: postgresql://your-login@office-computer/brdesk

The password comes from your .pgpass file, or brdesk asks for it; it is never saved.</source>
        <translation>Адрес базы данных офиса, как его дал администратор: postgresql://ваш-логин@компьютер-офиса/brdesk

Пароль берётся из вашего файла .pgpass или запрашивается brdesk; он никогда не сохраняется.</translation>
    </message>
    <message>
        <source>“{url}” is not an office database&apos;s address: it reads postgresql://your-login@office-computer/brdesk</source>
        <translation>«{url}» — не адрес базы данных офиса: он выглядит так: postgresql://ваш-логин@компьютер-офиса/brdesk</translation>
    </message>
    <message>
        <source>Connect to an office database</source>
        <translation>Подключение к базе данных офиса</translation>
    </message>
    <message>
        <source>Password for the office database</source>
        <translation>Пароль базы данных офиса</translation>
    </message>
    <message>
        <source>{problem}

Type your password for the office database (it is not saved):</source>
        <translation>{problem}

Введите пароль базы данных офиса (он не сохраняется):</translation>
    </message>
    <message>
        <source>Synchronise with the office database</source>
        <translation>Синхронизация с базой данных офиса</translation>
    </message>
    <message>
        <source>Synchronising with the office database…</source>
        <translation>Идёт синхронизация с базой данных офиса…</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Синхронизировано</translation>
    </message>
</context>
</TS>
