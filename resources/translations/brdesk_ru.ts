<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name />
        <message>
            <source>Home</source>
            <extracomment>"module:Class" under brdesk.ui.pages shown in a cohort folder (where only such pages are), not in a personal one</extracomment>
            <translation>Главная</translation>
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
            <source>Effectiveness</source>
            <translation>Эффективность</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Наблюдения</translation>
        </message>
        <message>
            <source>Map</source>
            <extracomment>Points drawn in the window: beyond this the map samples the log evenly (and says so).</extracomment>
            <translation>Карта</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>Two columns of panels from this width of the page's viewport (pixels) up.</extracomment>
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
            <source>Your participants' packages, each kept apart and read-only. Add the packages they hand in (a newer one replaces the older); compare their plans; export the cohort.</source>
            <translation>Пакеты ваших участников: каждый хранится отдельно и только для чтения. Добавляйте пакеты, которые они сдают (более новый заменяет прежний), сравнивайте их планы, экспортируйте группу.</translation>
        </message>
        <message>
            <source>Your plan and your monitoring at a glance. Export it for slides and e-mails.</source>
            <translation>Ваш план и мониторинг с первого взгляда. Экспортируйте сводку для презентаций и писем.</translation>
        </message>
        <message>
            <source>How well is the reserve managed? Answer the questions with your team once a year; compare the years; make the next steps actions of your plan.</source>
            <translation>Насколько хорошо управляется резерват? Раз в год отвечайте на вопросы вместе с командой, сравнивайте годы, превращайте следующие шаги в действия вашего плана.</translation>
        </message>
        <message>
            <source>Your reserve's zones and where observations fall in them. Drawn from your own data: no internet needed.</source>
            <translation>Зоны вашего резервата и наблюдения в них. Строится по вашим собственным данным: интернет не нужен.</translation>
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
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>The records shown, as CSV, Excel, GeoJSON or Darwin Core</source>
            <translation>Показанные записи в CSV, Excel, GeoJSON или Darwin Core</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Столбцы</translation>
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
            <source>New action</source>
            <translation>Новое действие</translation>
        </message>
        <message>
            <source>What your reserve did that others could learn from: the challenge, what was done, the results and their evidence, and what another reserve would need to do it too.</source>
            <translation>Чему у вашего резервата могут научиться другие: проблема, что было сделано, результаты и их подтверждение, и что понадобится другому резервату, чтобы повторить этот опыт.</translation>
        </message>
        <message>
            <source>The personal report the programme asks for within two months, in Word, and the documents to send with it.</source>
            <translation>Личный отчёт, который программа просит сдать в течение двух месяцев в формате Word, и прилагаемые к нему документы.</translation>
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
            <source>&lt;b&gt;On the &lt;a href='map'&gt;map&lt;/a&gt;&lt;/b&gt; (outlines, on the ellipsoid):</source>
            <translation>&lt;b&gt;На &lt;a href='map'&gt;карте&lt;/a&gt;&lt;/b&gt; (контуры, на эллипсоиде):</translation>
        </message>
        <message>
            <source>Welcome to brdesk</source>
            <extracomment>Bring the data of the earlier brdesk found beside this one. a trainer gathers participants' packages here: the folder becomes a cohort</extracomment>
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
            <source>A trainer gathering participants' packages? &lt;a href='cohort'&gt;Make this folder a cohort…&lt;/a&gt;</source>
            <translation>Вы преподаватель и собираете пакеты участников? &lt;a href='cohort'&gt;Сделать эту папку папкой группы…&lt;/a&gt;</translation>
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
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>brdesk will be in %1 the next time it starts.</source>
            <translation>При следующем запуске brdesk будет на языке: %1.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>the window's attribute for the action ("" for none) "File", "File/Import"... a method of the window enabled only while a data folder is open changes the data: off in a folder open read-only only in a "personal" or a "cohort" folder (hidden in the other); "" in both The menus' titles, for translation (the menus are named by their paths below).</extracomment>
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
            <source>Add participants' packages…</source>
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
            <extracomment>The zones an outline on the map can be (a zone's own name may add "Core area 2: Makalu"). When outlines overlap, a point belongs to the most protected zone holding it.</extracomment>
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
            <extracomment>The network's thematic working groups (WNMBR workshop, 2023): a good practice's theme.</extracomment>
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
            <source>Date of the assessment</source>
            <extracomment>The title an objective gets when a next step is the first action of its pillar.</extracomment>
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
            <extracomment>The extra values a practice takes besides its fields: links kept in other tables.</extracomment>
            <translation>Резерват</translation>
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
            <source>Participant</source>
            <translation>Участник</translation>
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
            <extracomment>The log's columns: key -&gt; (header, SQL expression).</extracomment>
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
            <extracomment>The map-zone filter's value for "recorded in another zone than the map's".</extracomment>
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
            <source>decimal degrees, or 27°59'17"N</source>
            <translation>десятичные градусы или 27°59'17"N</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Долгота</translation>
        </message>
        <message>
            <source>decimal degrees, or 86°55'30"E</source>
            <translation>десятичные градусы или 86°55'30"E</translation>
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
            <source>Good practice</source>
            <translation>Передовой опыт</translation>
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
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Programme attended</source>
            <translation>Пройденная программа</translation>
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
            <source>Outline</source>
            <translation>Контур</translation>
        </message>
        <message>
            <source>Actions per goal</source>
            <translation>Действий на цель</translation>
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
            <extracomment>The action editor's tabs and the fields on each (tags are the last tab).</extracomment>
            <translation>Что</translation>
        </message>
        <message>
            <source>Who and when</source>
            <translation>Кто и когда</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Your plan's title, period and vision. Select an objective or an action on the left to edit it.</source>
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
            <source>No zones on the map yet: &lt;a href='map'&gt;import their outlines on the Map page&lt;/a&gt;, then tick here the ones this action applies to.</source>
            <translation>На карте пока нет зон: &lt;a href='map'&gt;импортируйте их контуры на странице «Карта»&lt;/a&gt;, затем отметьте здесь те, к которым относится это действие.</translation>
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
            <source>The zone the coordinates fall in, on the Map page's zones</source>
            <translation>Зона, в которую попадают координаты, по зонам на странице «Карта»</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
    </context>
</TS>
