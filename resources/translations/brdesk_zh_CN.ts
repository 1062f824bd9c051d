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
            <source>Observation log</source>
            <translation>观测日志</translation>
        </message>
        <message>
            <source>How many observations are shown</source>
            <translation>显示的观测记录数</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Add an observation (Ctrl+N)</source>
            <translation>添加一条观测记录（Ctrl+N）</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Link to a good practice…</source>
            <translation>关联到良好实践…</translation>
        </message>
        <message>
            <source>The selected records become evidence of a good practice</source>
            <translation>所选记录将成为一项良好实践的证据</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>From KoBoToolbox, ODK, iNaturalist, GBIF, CSV or Excel</source>
            <translation>来自 KoBoToolbox、ODK、iNaturalist、GBIF、CSV 或 Excel</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>The records shown, as CSV, Excel, GeoJSON or Darwin Core</source>
            <translation>导出所显示的记录：CSV、Excel、GeoJSON 或 Darwin Core</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>No observations yet: add one, or import a file from a field tool.</source>
            <translation>尚无观测记录：请添加一条，或从野外工具导入文件。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln observation(s) match the filter.</source>
            <translation>
                <numerusform>%Ln 条观测记录符合筛选条件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln observation(s).</source>
            <translation>
                <numerusform>%Ln 条观测记录。</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the rest…</source>
            <translation>正在加载其余记录…</translation>
        </message>
        <message>
            <source>Your plan across the four pillars, tagged to the SDGs and the Kunming-Montreal GBF targets. Double-click a title to rename it; everything is saved at once.</source>
            <translation>按四大支柱制定的计划，并标注可持续发展目标和昆明-蒙特利尔全球生物多样性框架目标。双击标题可重命名；所有内容即时保存。</translation>
        </message>
        <message>
            <source>Plan tree</source>
            <translation>计划树</translation>
        </message>
        <message>
            <source>Alignment matrix</source>
            <translation>对应矩阵</translation>
        </message>
        <message>
            <source>Add objective</source>
            <translation>添加目标</translation>
        </message>
        <message>
            <source>Add an objective to the selected pillar; the arrow chooses another pillar</source>
            <translation>为所选支柱添加一个目标；点击箭头可选择其他支柱</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>添加行动</translation>
        </message>
        <message>
            <source>Add an action to the selected objective (Ctrl+N)</source>
            <translation>为所选目标添加一项行动（Ctrl+N）</translation>
        </message>
        <message>
            <source>From examples…</source>
            <translation>从示例添加…</translation>
        </message>
        <message>
            <source>Add example objectives and actions for mountain reserves</source>
            <translation>为山地保护区添加示例目标和行动</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Plan details</source>
            <translation>计划详情</translation>
        </message>
        <message>
            <source>Title, period and vision of the plan</source>
            <translation>计划的标题、期限和愿景</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>新目标</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>新行动</translation>
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
            <source>About you</source>
            <translation>关于您</translation>
        </message>
        <message>
            <source>Start with your full name; the other fields open up then.</source>
            <translation>请先填写您的姓名，其他栏位随后即可填写。</translation>
        </message>
        <message>
            <source>Your reserve</source>
            <translation>您的保护区</translation>
        </message>
        <message>
            <source>Areas on the map</source>
            <translation>地图上的面积</translation>
        </message>
        <message>
            <source>&lt;b&gt;On the &lt;a href='map'&gt;map&lt;/a&gt;&lt;/b&gt; (outlines, on the ellipsoid):</source>
            <translation>&lt;b&gt;&lt;a href='map'&gt;地图&lt;/a&gt;上&lt;/b&gt;（边界，按椭球面计算）：</translation>
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
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>Researcher</source>
            <translation>研究人员</translation>
        </message>
        <message>
            <source>Reserve manager</source>
            <translation>保护区管理者</translation>
        </message>
        <message>
            <source>Government official</source>
            <translation>政府官员</translation>
        </message>
        <message>
            <source>Science administrator</source>
            <translation>科研管理人员</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划中</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Delayed</source>
            <translation>已延误</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Core area</source>
            <translation>核心区</translation>
        </message>
        <message>
            <source>Buffer zone</source>
            <translation>缓冲区</translation>
        </message>
        <message>
            <source>Transition area</source>
            <translation>过渡区</translation>
        </message>
        <message>
            <source>Outside the reserve</source>
            <translation>保护区外</translation>
        </message>
        <message>
            <source>Species</source>
            <extracomment>The zones an outline on the map can be (a zone's own name may add "Core area 2: Makalu"). When outlines overlap, a point belongs to the most protected zone holding it.</extracomment>
            <translation>物种</translation>
        </message>
        <message>
            <source>Habitat</source>
            <translation>生境</translation>
        </message>
        <message>
            <source>Climate</source>
            <translation>气候</translation>
        </message>
        <message>
            <source>Glacier</source>
            <translation>冰川</translation>
        </message>
        <message>
            <source>Threat</source>
            <translation>威胁</translation>
        </message>
        <message>
            <source>Socio-economic</source>
            <translation>社会经济</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Post-training report (Word)</source>
            <translation>培训后报告（Word）</translation>
        </message>
        <message>
            <source>Passport information page (scan)</source>
            <translation>护照信息页（扫描件）</translation>
        </message>
        <message>
            <source>Visa page (scan)</source>
            <translation>签证页（扫描件）</translation>
        </message>
        <message>
            <source>Entry/exit stamp pages (scan)</source>
            <translation>出入境章页（扫描件）</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>待办</translation>
        </message>
        <message>
            <source>Ready to send</source>
            <translation>可以发送</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Biodiversity</source>
            <extracomment>The network's thematic working groups (WNMBR workshop, 2023): a good practice's theme.</extracomment>
            <translation>生物多样性</translation>
        </message>
        <message>
            <source>Climate change</source>
            <translation>气候变化</translation>
        </message>
        <message>
            <source>Participation and governance</source>
            <translation>参与和治理</translation>
        </message>
        <message>
            <source>Socio-economics and livelihoods</source>
            <translation>社会经济与生计</translation>
        </message>
        <message>
            <source>To complete</source>
            <translation>待完成</translation>
        </message>
        <message>
            <source>Needs your attention</source>
            <translation>需要您关注</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>最近的更改</translation>
        </message>
        <message>
            <source>Hello %1.</source>
            <translation>%1，您好。</translation>
        </message>
        <message>
            <source>Hello.</source>
            <translation>您好。</translation>
        </message>
        <message>
            <source>Your reserve: &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>您的保护区：&lt;b&gt;%1&lt;/b&gt;。</translation>
        </message>
        <message>
            <source>Open the page to fix this</source>
            <translation>打开相应页面处理此事</translation>
        </message>
        <message>
            <source>Nothing needs your attention. Well done.</source>
            <translation>没有需要您关注的事项。做得好！</translation>
        </message>
        <message>
            <source>No changes yet.</source>
            <translation>尚无更改。</translation>
        </message>
        <message>
            <source>Date of the assessment</source>
            <extracomment>The title an objective gets when a next step is the first action of its pillar.</extracomment>
            <translation>评估日期</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>参加者</translation>
        </message>
        <message>
            <source>staff, community representatives, partners</source>
            <translation>工作人员、社区代表、合作伙伴</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Question set</source>
            <translation>问题集</translation>
        </message>
        <message>
            <source>Reserve</source>
            <extracomment>The extra values a practice takes besides its fields: links kept in other tables.</extracomment>
            <translation>保护区</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Does not apply</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Why it does not apply</source>
            <translation>为何不适用</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Plan action</source>
            <translation>计划行动</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>学员</translation>
        </message>
        <message>
            <source>Modules attended</source>
            <translation>参加的课程模块</translation>
        </message>
        <message>
            <source>Field visits</source>
            <translation>实地考察</translation>
        </message>
        <message>
            <source>Group work</source>
            <translation>小组作业</translation>
        </message>
        <message>
            <source>The action plan developed</source>
            <translation>制定的行动计划</translation>
        </message>
        <message>
            <source>Contacts and collaborations</source>
            <translation>联系与合作</translation>
        </message>
        <message>
            <source>How I will apply the training</source>
            <translation>我将如何应用培训所学</translation>
        </message>
        <message>
            <source>Most useful</source>
            <translation>最有用的部分</translation>
        </message>
        <message>
            <source>Least useful</source>
            <translation>最没用的部分</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>The log's columns: key -&gt; (header, SQL expression).</extracomment>
            <translation>日期</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>样点</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>功能区</translation>
        </message>
        <message>
            <source>Zone on the map</source>
            <translation>地图上的功能区</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>敏感</translation>
        </message>
        <message>
            <source>Map: core area</source>
            <extracomment>The map-zone filter's value for "recorded in another zone than the map's".</extracomment>
            <translation>地图：核心区</translation>
        </message>
        <message>
            <source>Map: buffer zone</source>
            <translation>地图：缓冲区</translation>
        </message>
        <message>
            <source>Map: transition area</source>
            <translation>地图：过渡区</translation>
        </message>
        <message>
            <source>Map: outside the zones</source>
            <translation>地图：功能区以外</translation>
        </message>
        <message>
            <source>Recorded ≠ map</source>
            <translation>记录 ≠ 地图</translation>
        </message>
        <message>
            <source>decimal degrees, or 27°59'17"N</source>
            <translation>十进制度，或 27°59'17"N</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>decimal degrees, or 86°55'30"E</source>
            <translation>十进制度，或 86°55'30"E</translation>
        </message>
        <message>
            <source>Coordinate uncertainty (m)</source>
            <translation>坐标误差（米）</translation>
        </message>
        <message>
            <source>Elevation (m)</source>
            <translation>海拔（米）</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Taxon or subject</source>
            <translation>分类单元或主题</translation>
        </message>
        <message>
            <source>UTC offset</source>
            <translation>UTC 时差</translation>
        </message>
        <message>
            <source>+05:45, or -03:00</source>
            <translation>+05:45 或 -03:00</translation>
        </message>
        <message>
            <source>Kingdom</source>
            <translation>界</translation>
        </message>
        <message>
            <source>Taxon rank</source>
            <translation>分类阶元</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Measured value</source>
            <translation>测量值</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>观测者</translation>
        </message>
        <message>
            <source>Sensitive location</source>
            <translation>敏感位置</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Source record id</source>
            <translation>来源记录编号</translation>
        </message>
        <message>
            <source>Plan title</source>
            <translation>计划标题</translation>
        </message>
        <message>
            <source>Vision statement</source>
            <translation>愿景陈述</translation>
        </message>
        <message>
            <source>First year</source>
            <translation>起始年份</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>结束年份</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>支柱</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>职位</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Indicator unit</source>
            <translation>指标单位</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>基线值</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>最新值</translation>
        </message>
        <message>
            <source>Risks and assumptions</source>
            <translation>风险与假设</translation>
        </message>
        <message>
            <source>A short name others will recognise, e.g. Herders read the plots</source>
            <translation>别人一看就懂的简短名称，例如：牧民读取样地</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>The challenge</source>
            <translation>面临的挑战</translation>
        </message>
        <message>
            <source>The problem or opportunity the practice answered</source>
            <translation>这项实践所应对的问题或机遇</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>采取的行动</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation>由谁实施</translation>
        </message>
        <message>
            <source>Who led it, who took part (reserve staff, communities, partners)</source>
            <translation>谁牵头、谁参与（保护区工作人员、社区、合作伙伴）</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Empty if it is still going on</source>
            <translation>若仍在进行则留空</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>成果</translation>
        </message>
        <message>
            <source>Evidence: indicators</source>
            <translation>证据：指标</translation>
        </message>
        <message>
            <source>What was measured, before and after</source>
            <translation>测量了什么，之前和之后</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Money, staff time, equipment; who paid</source>
            <translation>资金、人员时间、设备；由谁出资</translation>
        </message>
        <message>
            <source>Lessons learnt</source>
            <translation>经验教训</translation>
        </message>
        <message>
            <source>Conditions to replicate and scale</source>
            <translation>推广与扩大规模的条件</translation>
        </message>
        <message>
            <source>What another reserve would need for it to work there, and to grow it</source>
            <translation>其他保护区要让它在当地行得通并扩大规模所需的条件</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Good practice</source>
            <translation>良好实践</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>观测记录</translation>
        </message>
        <message>
            <source>Programme name</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>联系邮箱</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Years of experience</source>
            <translation>从业年数</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Programme attended</source>
            <translation>参加的培训项目</translation>
        </message>
        <message>
            <source>Reserve name</source>
            <translation>保护区名称</translation>
        </message>
        <message>
            <source>Year designated</source>
            <translation>认定年份</translation>
        </message>
        <message>
            <source>Core area (ha)</source>
            <translation>核心区（公顷）</translation>
        </message>
        <message>
            <source>Buffer zone (ha)</source>
            <translation>缓冲区（公顷）</translation>
        </message>
        <message>
            <source>Transition area (ha)</source>
            <translation>过渡区（公顷）</translation>
        </message>
        <message>
            <source>Lowest elevation (m)</source>
            <translation>最低海拔（米）</translation>
        </message>
        <message>
            <source>Highest elevation (m)</source>
            <translation>最高海拔（米）</translation>
        </message>
        <message>
            <source>Ecosystems</source>
            <translation>生态系统</translation>
        </message>
        <message>
            <source>Key species</source>
            <translation>关键物种</translation>
        </message>
        <message>
            <source>Glaciers</source>
            <translation>冰川</translation>
        </message>
        <message>
            <source>Managing body</source>
            <translation>管理机构</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>边界</translation>
        </message>
        <message>
            <source>Actions per goal</source>
            <translation>每个目标的行动数</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>GBF targets</source>
            <translation>GBF 目标</translation>
        </message>
        <message>
            <source>● the action serves the goal (coloured by pillar). Shaded columns: goals no action serves yet. The last row counts the actions per goal.</source>
            <translation>● 表示行动服务于该目标（按支柱着色）。带阴影的列：尚无行动服务的目标。最后一行统计每个目标的行动数。</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln action(s)&lt;/b&gt; serve %1 of 17 SDGs and %2 of 23 GBF targets.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln 项行动&lt;/b&gt;涉及 17 个可持续发展目标中的 %1 个和 23 个 GBF 目标中的 %2 个。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet served: %1.</source>
            <translation>尚未涉及：%1。</translation>
        </message>
        <message>
            <source>What</source>
            <extracomment>The action editor's tabs and the fields on each (tags are the last tab).</extracomment>
            <translation>内容</translation>
        </message>
        <message>
            <source>Who and when</source>
            <translation>由谁、何时</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Your plan's title, period and vision. Select an objective or an action on the left to edit it.</source>
            <translation>计划的标题、期限和愿景。在左侧选择一个目标或行动即可编辑。</translation>
        </message>
        <message>
            <source>Where this action came from</source>
            <translation>此行动的来源</translation>
        </message>
        <message>
            <source>Find a goal by number or words (e.g. 15, water)</source>
            <translation>按编号或关键词查找目标（如 15、水）</translation>
        </message>
        <message>
            <source>Find a goal</source>
            <translation>查找目标</translation>
        </message>
        <message>
            <source>SDG tags</source>
            <translation>可持续发展目标标签</translation>
        </message>
        <message>
            <source>GBF target tags</source>
            <translation>GBF 目标标签</translation>
        </message>
        <message>
            <source>SDGs this action serves</source>
            <translation>此行动服务的可持续发展目标</translation>
        </message>
        <message>
            <source>GBF targets this action serves</source>
            <translation>此行动服务的 GBF 目标</translation>
        </message>
        <message>
            <source>SDGs and GBF</source>
            <translation>可持续发展目标与 GBF</translation>
        </message>
        <message>
            <source>Zones</source>
            <extracomment>the folder is open read-only: the zone picker, rebuilt as zones change, stays off</extracomment>
            <translation>功能区</translation>
        </message>
        <message>
            <source>Zones this action applies to</source>
            <translation>此行动涉及的功能区</translation>
        </message>
        <message>
            <source>The zones of the reserve this action applies to.</source>
            <translation>此行动涉及的保护区功能区。</translation>
        </message>
        <message>
            <source>No zones on the map yet: &lt;a href='map'&gt;import their outlines on the Map page&lt;/a&gt;, then tick here the ones this action applies to.</source>
            <translation>地图上还没有功能区：&lt;a href='map'&gt;在“地图”页面导入边界&lt;/a&gt;，然后在这里勾选此行动涉及的功能区。</translation>
        </message>
        <message>
            <source>Find in the plan (Ctrl+F)</source>
            <extracomment>The filter changed (typing, or a choice).</extracomment>
            <translation>在计划中查找（Ctrl+F）</translation>
        </message>
        <message>
            <source>Find in the plan</source>
            <translation>在计划中查找</translation>
        </message>
        <message>
            <source>All pillars</source>
            <translation>所有支柱</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>任意状态</translation>
        </message>
        <message>
            <source>Any SDG</source>
            <translation>任意可持续发展目标</translation>
        </message>
        <message>
            <source>Any GBF target</source>
            <translation>任意 GBF 目标</translation>
        </message>
        <message>
            <source>Filter by pillar</source>
            <translation>按支柱筛选</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>按状态筛选</translation>
        </message>
        <message>
            <source>Filter by SDG</source>
            <translation>按可持续发展目标筛选</translation>
        </message>
        <message>
            <source>Filter by GBF target</source>
            <translation>按 GBF 目标筛选</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln action(s) shown</source>
            <translation>
                <numerusform>显示 %Ln 项行动中的 %1 项</numerusform>
            </translation>
        </message>
        <message>
            <source>Recorded as %1: the map puts it elsewhere.</source>
            <translation>记录为%1：但地图显示在别处。</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>所有类别</translation>
        </message>
        <message>
            <source>Filter by category</source>
            <translation>按类别筛选</translation>
        </message>
        <message>
            <source>from YYYY-MM-DD</source>
            <extracomment>A date was typed or changed. The user left a date box (or pressed Enter in it).</extracomment>
            <translation>从 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>to YYYY-MM-DD</source>
            <translation>至 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Find taxon, site, notes or observer (Ctrl+F)</source>
            <extracomment>Something was typed: the page waits for a pause before it asks again. A choice was made, or the bar cleared: the page asks at once.</extracomment>
            <translation>查找分类单元、样点、备注或观测者（Ctrl+F）</translation>
        </message>
        <message>
            <source>Find in observations</source>
            <translation>在观测记录中查找</translation>
        </message>
        <message>
            <source>Any recorded zone</source>
            <translation>任意记录的功能区</translation>
        </message>
        <message>
            <source>Filter by zone</source>
            <translation>按功能区筛选</translation>
        </message>
        <message>
            <source>The zone the observer recorded</source>
            <translation>观测者记录的功能区</translation>
        </message>
        <message>
            <source>Any zone on the map</source>
            <translation>地图上的任意功能区</translation>
        </message>
        <message>
            <source>Filter by zone on the map</source>
            <translation>按地图上的功能区筛选</translation>
        </message>
        <message>
            <source>The zone the coordinates fall in, on the Map page's zones</source>
            <translation>坐标在“地图”页面功能区中所落入的功能区</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>清除筛选条件</translation>
        </message>
    </context>
</TS>
