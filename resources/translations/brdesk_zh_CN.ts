<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <source>Home</source>
            <extracomment>"module:Class" under brdesk.ui.pages shown in a cohort folder (where only such pages are), not in a personal one</extracomment>
            <translation>主页</translation>
        </message>
        <message>
            <source>My reserve</source>
            <translation>我的保护区</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>Effectiveness</source>
            <translation>管理成效</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>观测记录</translation>
        </message>
        <message>
            <source>Map</source>
            <extracomment>Points drawn in the window: beyond this the map samples the log evenly (and says so).</extracomment>
            <translation>地图</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>Two columns of panels from this width of the page's viewport (pixels) up.</extracomment>
            <translation>仪表板</translation>
        </message>
        <message>
            <source>Report &amp; follow-up</source>
            <translation>报告与后续</translation>
        </message>
        <message>
            <source>Good practices</source>
            <translation>良好实践</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>学员组</translation>
        </message>
        <message>
            <source>Your participants' packages, each kept apart and read-only. Add the packages they hand in (a newer one replaces the older); compare their plans; export the cohort.</source>
            <translation>学员的数据包，各自独立、只读保存。添加学员交来的数据包（较新的会替换较旧的）；比较他们的计划；导出学员组。</translation>
        </message>
        <message>
            <source>Your plan and your monitoring at a glance. Export it for slides and e-mails.</source>
            <translation>一目了然地查看您的计划和监测。可导出用于演示文稿和电子邮件。</translation>
        </message>
        <message>
            <source>How well is the reserve managed? Answer the questions with your team once a year; compare the years; make the next steps actions of your plan.</source>
            <translation>保护区管理得如何？每年与团队一起回答这些问题；比较各年份；把下一步工作变成计划中的行动。</translation>
        </message>
        <message>
            <source>Your reserve's zones and where observations fall in them. Drawn from your own data: no internet needed.</source>
            <translation>保护区的各功能区以及观测记录落在哪个区内。完全根据您自己的数据绘制：无需联网。</translation>
        </message>
        <message>
            <source>Your monitoring log. Filters search as you type; double-click a record to edit it.</source>
            <translation>您的监测日志。筛选条件随输入即时查找；双击一条记录即可编辑。</translation>
        </message>
        <message>
            <source>Your plan across the four pillars, tagged to the SDGs and the Kunming-Montreal GBF targets. Double-click a title to rename it; everything is saved at once.</source>
            <translation>按四大支柱制定的计划，并标注可持续发展目标和昆明-蒙特利尔全球生物多样性框架目标。双击标题可重命名；所有内容即时保存。</translation>
        </message>
        <message>
            <source>What your reserve did that others could learn from: the challenge, what was done, the results and their evidence, and what another reserve would need to do it too.</source>
            <translation>您的保护区有哪些值得他人借鉴的做法：面临的挑战、采取的行动、成果及其证据，以及其他保护区要做到同样需要哪些条件。</translation>
        </message>
        <message>
            <source>The personal report the programme asks for within two months, in Word, and the documents to send with it.</source>
            <translation>培训项目要求在两个月内提交的个人报告（Word 格式），以及随附的文件。</translation>
        </message>
        <message>
            <source>About you and your biosphere reserve. Changes are saved as you type.</source>
            <translation>关于您和您的生物圈保护区。所作更改在输入时即保存。</translation>
        </message>
        <message>
            <source>Welcome to brdesk</source>
            <extracomment>Bring the data of the earlier brdesk found beside this one. a trainer gathers participants' packages here: the folder becomes a cohort</extracomment>
            <translation>欢迎使用 brdesk</translation>
        </message>
        <message>
            <source>Your workbench for your mountain biosphere reserve: your profile, your action plan across the four pillars of the &lt;i&gt;%1&lt;/i&gt;, your monitoring, and your post-training report. Everything stays on this computer and is saved as you type.</source>
            <translation>您的山地生物圈保护区工作台：个人资料、按 &lt;i&gt;%1&lt;/i&gt; 四大支柱制定的行动计划、监测，以及培训后报告。所有内容都保存在这台电脑上，并在输入时即时保存。</translation>
        </message>
        <message>
            <source>Start my plan</source>
            <translation>开始制定我的计划</translation>
        </message>
        <message>
            <source>A few questions about you, your reserve and a first objective</source>
            <translation>关于您、您的保护区和第一个目标的几个问题</translation>
        </message>
        <message>
            <source>Explore the demo reserve</source>
            <translation>浏览示例保护区</translation>
        </message>
        <message>
            <source>Opens a made-up Himalayan reserve in a separate folder: your own data stays clean</source>
            <translation>在单独的文件夹中打开一个虚构的喜马拉雅保护区：您自己的数据不受影响</translation>
        </message>
        <message>
            <source>A trainer gathering participants' packages? &lt;a href='cohort'&gt;Make this folder a cohort…&lt;/a&gt;</source>
            <translation>您是收集学员数据包的培训师吗？&lt;a href='cohort'&gt;将此文件夹设为学员组…&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Bring my data from the earlier brdesk</source>
            <translation>从早先的 brdesk 导入我的数据</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data from an earlier brdesk was found:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;It is copied here and brought up to date; the earlier folder stays as it is.</source>
            <translation>&lt;b&gt;发现了早先 brdesk 的数据：&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;数据会复制到这里并更新；原文件夹保持不变。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>brdesk will be in %1 the next time it starts.</source>
            <translation>brdesk 下次启动时将使用%1。</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>the window's attribute for the action ("" for none) "File", "File/Import"... a method of the window enabled only while a data folder is open changes the data: off in a folder open read-only only in a "personal" or a "cohort" folder (hidden in the other); "" in both The menus' titles, for translation (the menus are named by their paths below).</extracomment>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Cohort</source>
            <translation>学员组(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Open data folder…</source>
            <translation>打开数据文件夹(&amp;O)…</translation>
        </message>
        <message>
            <source>Bring my data from an earlier brdesk…</source>
            <translation>从早先的 brdesk 导入我的数据…</translation>
        </message>
        <message>
            <source>&amp;Back to my data</source>
            <translation>返回我的数据(&amp;B)</translation>
        </message>
        <message>
            <source>Observations (KoBo, ODK, iNaturalist, GBIF, CSV, Excel)…</source>
            <translation>观测记录（KoBo、ODK、iNaturalist、GBIF、CSV、Excel）…</translation>
        </message>
        <message>
            <source>Package from another laptop (.brdesk)…</source>
            <translation>来自另一台电脑的数据包（.brdesk）…</translation>
        </message>
        <message>
            <source>Zones of the reserve (GeoJSON, KML, shapefile)…</source>
            <translation>保护区功能区（GeoJSON、KML、shapefile）…</translation>
        </message>
        <message>
            <source>Action plan (Excel or CSV)…</source>
            <translation>行动计划（Excel 或 CSV）…</translation>
        </message>
        <message>
            <source>Zones of the reserve (GeoJSON)…</source>
            <translation>保护区功能区（GeoJSON）…</translation>
        </message>
        <message>
            <source>Self-assessments (Excel or CSV)…</source>
            <translation>自我评估（Excel 或 CSV）…</translation>
        </message>
        <message>
            <source>Observations (Excel, CSV, GeoJSON, Darwin Core)…</source>
            <translation>观测记录（Excel、CSV、GeoJSON、Darwin Core）…</translation>
        </message>
        <message>
            <source>Package for another laptop (.brdesk)…</source>
            <translation>供另一台电脑使用的数据包（.brdesk）…</translation>
        </message>
        <message>
            <source>Post-training report (Word)…</source>
            <translation>培训后报告（Word）…</translation>
        </message>
        <message>
            <source>Dashboard (PDF or slide image)…</source>
            <translation>仪表板（PDF 或幻灯片图片）…</translation>
        </message>
        <message>
            <source>Add participants' packages…</source>
            <translation>添加学员数据包…</translation>
        </message>
        <message>
            <source>Export cohort report (Word)…</source>
            <translation>导出学员组报告（Word）…</translation>
        </message>
        <message>
            <source>Export cohort workbook (Excel)…</source>
            <translation>导出学员组工作簿（Excel）…</translation>
        </message>
        <message>
            <source>Export follow-up list…</source>
            <translation>导出后续跟进清单…</translation>
        </message>
        <message>
            <source>Export cohort package (.brdesk)…</source>
            <translation>导出学员组数据包（.brdesk）…</translation>
        </message>
        <message>
            <source>Back&amp;ups and restore…</source>
            <translation>备份与恢复(&amp;U)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;New item</source>
            <translation>新建项(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <source>brdesk &amp;help</source>
            <translation>brdesk 帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation>打开数据文件夹(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;About brdesk</source>
            <translation>关于 brdesk(&amp;A)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message numerus="yes">
            <source>%Ln participant(s)</source>
            <translation>
                <numerusform>%Ln 名学员</numerusform>
            </translation>
        </message>
        <message>
            <source>Cohort folder: %1</source>
            <translation>学员组文件夹：%1</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>数据文件夹：%1</translation>
        </message>
        <message>
            <source>brdesk — demo reserve (made-up data)</source>
            <translation>brdesk — 示例保护区（虚构数据）</translation>
        </message>
        <message>
            <source>Read-only: nothing can be changed</source>
            <translation>只读：无法进行任何更改</translation>
        </message>
        <message numerus="yes">
            <source>%Ln value(s) not saved (marked in red)</source>
            <translation>
                <numerusform>%Ln 个值未保存（红色标出）</numerusform>
            </translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>所有更改已保存</translation>
        </message>
        <message numerus="yes">
            <source>%Ln objective(s)</source>
            <translation>
                <numerusform>%Ln 个目标</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln action(s)</source>
            <translation>
                <numerusform>%Ln 项行动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln observation(s)</source>
            <translation>
                <numerusform>%Ln 条观测记录</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>撤销 %1(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做 %1(&amp;R)</translation>
        </message>
    </context>
</TS>
