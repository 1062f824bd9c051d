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
            <source>Your plan across the four pillars, tagged to the SDGs and the Kunming-Montreal GBF targets. Double-click a title to rename it; everything is saved at once.</source>
            <translation>Ваш план по четырём направлениям с привязкой к ЦУР и целям Куньминско-Монреальской глобальной рамочной программы по биоразнообразию. Дважды щёлкните заголовок, чтобы переименовать его; всё сохраняется сразу.</translation>
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
    </context>
</TS>
