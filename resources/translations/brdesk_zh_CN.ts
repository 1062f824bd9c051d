<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Home</source>
        <extracomment>matplotlib&apos;s toolbar names its tools in English; the window&apos;s language instead.
----------
&quot;module:Class&quot; under brdesk.ui.pages shown in a cohort folder (where only such pages are), not in a personal one</extracomment>
        <translation>主页</translation>
    </message>
    <message>
        <source>Reset original view</source>
        <translation>恢复原始视图</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Back to previous view</source>
        <translation>返回上一视图</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Forward to next view</source>
        <translation>前进到下一视图</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Left button pans, right button zooms</source>
        <translation>左键平移，右键缩放</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Zoom to rectangle</source>
        <translation>缩放到矩形区域</translation>
    </message>
    <message>
        <source>Subplots</source>
        <translation>子图</translation>
    </message>
    <message>
        <source>Configure subplots</source>
        <translation>配置子图</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Edit axis, curve and image parameters</source>
        <translation>编辑坐标轴、曲线和图像参数</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the figure</source>
        <translation>保存图表</translation>
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
        <source>Passport page</source>
        <translation>护照页</translation>
    </message>
    <message>
        <source>Visa page</source>
        <translation>签证页</translation>
    </message>
    <message>
        <source>Entry/exit stamps</source>
        <translation>出入境印章</translation>
    </message>
    <message>
        <source>Pillar 1</source>
        <translation>支柱 1</translation>
    </message>
    <message>
        <source>Pillar 2</source>
        <translation>支柱 2</translation>
    </message>
    <message>
        <source>Pillar 3</source>
        <translation>支柱 3</translation>
    </message>
    <message>
        <source>Pillar 4</source>
        <translation>支柱 4</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>管理成效</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>已完成行动</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最新数据包</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>{state} (file)</source>
        <translation>{state}（有文件）</translation>
    </message>
    <message>
        <source>{sent} of {total} sent</source>
        <translation>已发送 {sent}/{total}</translation>
    </message>
    <message>
        <source>{done} of {actions}</source>
        <translation>{done}/{actions}</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <source>Still to send</source>
        <translation>尚待发送</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>尚无行动</translation>
    </message>
    <message>
        <source>No indicator has a target and a latest value yet</source>
        <translation>尚无同时具有目标值和最新值的指标</translation>
    </message>
    <message>
        <source>Pillar {number}</source>
        <translation>支柱 {number}</translation>
    </message>
    <message>
        <source>Progress from baseline to target (%)</source>
        <translation>从基线到目标值的进展（%）</translation>
    </message>
    <message>
        <source>No observations yet</source>
        <translation>尚无观测记录</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观测记录</translation>
    </message>
    <message>
        <source>Actions per SDG</source>
        <translation>各可持续发展目标的行动数</translation>
    </message>
    <message>
        <source>Actions per GBF target</source>
        <translation>各 GBF 目标的行动数</translation>
    </message>
    <message>
        <source>No observations yet: import or add some</source>
        <translation>尚无观测记录：请导入或添加</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>No species records yet</source>
        <translation>尚无物种记录</translation>
    </message>
    <message>
        <source>Taxa recorded per year</source>
        <translation>每年记录的分类群</translation>
    </message>
    <message>
        <source>Species accumulation</source>
        <translation>物种累积</translation>
    </message>
    <message>
        <source>Species records</source>
        <translation>物种记录</translation>
    </message>
    <message>
        <source>No species records with an elevation yet</source>
        <translation>尚无带海拔的物种记录</translation>
    </message>
    <message>
        <source>10-90 % of records</source>
        <translation>10–90% 的记录</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>No action has a start and an end date yet</source>
        <translation>尚无同时有开始和结束日期的行动</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Nothing answered yet</source>
        <translation>尚未作答</translation>
    </message>
    <message>
        <source>No zones and no located observations yet</source>
        <translation>尚无功能区和有位置的观测记录</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Points drawn in the window: beyond this the map samples the log evenly (and says so).</extracomment>
        <translation>地图</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>Two columns of panels from this width of the page&apos;s viewport (pixels) up.</extracomment>
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
        <source>Your participants&apos; packages, each kept apart and read-only. Add the packages they hand in (a newer one replaces the older); compare their plans; export the cohort.</source>
        <translation>学员的数据包，各自独立、只读保存。添加学员交来的数据包（较新的会替换较旧的）；比较他们的计划；导出学员组。</translation>
    </message>
    <message>
        <source>Add packages…</source>
        <translation>添加数据包…</translation>
    </message>
    <message>
        <source>Participants&apos; packages (.brdesk), several at once (Ctrl+N)</source>
        <translation>学员的数据包（.brdesk），可一次选多个（Ctrl+N）</translation>
    </message>
    <message>
        <source>Add a folder of packages…</source>
        <translation>添加数据包文件夹…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cohort report (Word)…</source>
        <translation>学员组报告（Word）…</translation>
    </message>
    <message>
        <source>Cohort workbook (Excel)…</source>
        <translation>学员组工作簿（Excel）…</translation>
    </message>
    <message>
        <source>Follow-up list (Word or Excel)…</source>
        <translation>后续事项清单（Word 或 Excel）…</translation>
    </message>
    <message>
        <source>Cohort package (.brdesk)…</source>
        <translation>学员组数据包（.brdesk）…</translation>
    </message>
    <message>
        <source>The cohort</source>
        <translation>学员组</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Plans by pillar</source>
        <translation>按支柱的计划</translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(ies)</source>
        <translation>
            <numerusform>%Ln 个国家</numerusform>
        </translation>
    </message>
    <message>
        <source>the latest package written {date}.</source>
        <translation>最新数据包写于 {date}。</translation>
    </message>
    <message>
        <source>No participant yet: press “Add packages…” and choose the packages your participants handed in (File › Export › Package… in their brdesk).</source>
        <translation>还没有学员：请按“添加数据包…”，选择学员交来的数据包（在他们的 brdesk 中：文件 › 导出 › 数据包…）。</translation>
    </message>
    <message>
        <source>Add participants&apos; packages</source>
        <translation>添加学员的数据包</translation>
    </message>
    <message>
        <source>Add a folder of packages</source>
        <translation>添加数据包文件夹</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>添加数据包</translation>
    </message>
    <message>
        <source>Export the cohort</source>
        <translation>导出学员组</translation>
    </message>
    <message>
        <source>Nothing was written: {exc}</source>
        <translation>未写入任何内容：{exc}</translation>
    </message>
    <message>
        <source>The cohort is exported.</source>
        <translation>学员组已导出。</translation>
    </message>
    <message>
        <source>Export case study</source>
        <translation>导出案例研究</translation>
    </message>
    <message>
        <source>The case study is written.</source>
        <translation>案例研究已写入。</translation>
    </message>
    <message>
        <source>Your plan and your monitoring at a glance. Export it for slides and e-mails.</source>
        <translation>一目了然地查看你的计划和监测。可导出用于演示文稿和电子邮件。</translation>
    </message>
    <message>
        <source>Observation category</source>
        <translation>观测类别</translation>
    </message>
    <message>
        <source>All zones on the map</source>
        <translation>地图上的所有功能区</translation>
    </message>
    <message>
        <source>The monitoring panels count only the observations inside this zone on the map; the plan&apos;s panels show the whole plan</source>
        <translation>监测面板只统计地图上此功能区内的观测记录；计划面板显示整个计划</translation>
    </message>
    <message>
        <source>The whole dashboard as one PNG image or a PDF (Ctrl+E)</source>
        <translation>整个仪表板导出为一张 PNG 图片或一个 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>导出仪表板</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>正在导出到 {name}…</translation>
    </message>
    <message>
        <source>The dashboard was written to {path}.</source>
        <translation>仪表板已写入 {path}。</translation>
    </message>
    <message>
        <source>How well is the reserve managed? Answer the questions with your team once a year; compare the years; make the next steps actions of your plan.</source>
        <translation>保护区管理得如何？每年与团队一起回答这些问题；比较各年份；把下一步工作变成计划中的行动。</translation>
    </message>
    <message>
        <source>Assessment shown</source>
        <translation>显示的评估</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>新建评估…</translation>
    </message>
    <message>
        <source>Start this year&apos;s assessment (Ctrl+N)</source>
        <translation>开始今年的评估（Ctrl+N）</translation>
    </message>
    <message>
        <source>Every answer of every assessment, as an Excel workbook</source>
        <translation>所有评估的所有答案，导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>No assessment yet. Press “New assessment…” and answer the questions with your team: each takes a level from 0 to 3, described for you.</source>
        <translation>还没有评估。请按“新建评估…”，与团队一起回答问题：每题取 0 到 3 的一个等级，每个等级都有说明。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>About this assessment</source>
        <translation>关于本次评估</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>Delete the assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <source>Delete the assessment of {v0} with all its answers?</source>
        <translation>删除 {v0} 的评估及其全部答案？</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <source>Your reserve&apos;s zones and where observations fall in them. Drawn from your own data: no internet needed.</source>
        <translation>保护区的各功能区以及观测记录落在哪个区内。完全根据你自己的数据绘制：无需联网。</translation>
    </message>
    <message>
        <source>Import zones…</source>
        <translation>导入功能区…</translation>
    </message>
    <message>
        <source>Outlines of the core, buffer and transition zones from GeoJSON, KML/KMZ or a shapefile (also File › Import)</source>
        <translation>从 GeoJSON、KML/KMZ 或 shapefile 导入核心区、缓冲区和过渡区的边界（也可用 文件 › 导入）</translation>
    </message>
    <message>
        <source>Export zones…</source>
        <translation>导出功能区…</translation>
    </message>
    <message>
        <source>The zones as GeoJSON, for QGIS or Google Earth</source>
        <translation>以 GeoJSON 导出功能区，供 QGIS 或 Google Earth 使用</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Zoom to the whole reserve (0 on the map)</source>
        <translation>缩放到整个保护区（在地图上按 0）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Areas&lt;/b&gt; (on the map, on the ellipsoid; typed in My reserve)</source>
        <translation>&lt;b&gt;面积&lt;/b&gt;（地图上按椭球面计算；在“我的保护区”中填写）</translation>
    </message>
    <message>
        <source>On the map (ha)</source>
        <translation>地图上（公顷）</translation>
    </message>
    <message>
        <source>Typed (ha)</source>
        <translation>填写的（公顷）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the zones hold&lt;/b&gt;</source>
        <translation>&lt;b&gt;各功能区内的记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>What the zones hold</source>
        <translation>各功能区内的记录</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Open them in Observations</source>
        <translation>在观测记录中打开</translation>
    </message>
    <message>
        <source>Reading the zones…</source>
        <translation>正在读取功能区…</translation>
    </message>
    <message>
        <source>No zones yet. Import the outlines your GIS unit or the nomination dossier has (GeoJSON, KML/KMZ, shapefile).</source>
        <translation>还没有功能区。请导入 GIS 部门或申报材料中的边界（GeoJSON、KML/KMZ、shapefile）。</translation>
    </message>
    <message>
        <source>{v0} zones; {shown} of {located} located observations shown, spread evenly over the log.</source>
        <translation>{v0} 个功能区；显示了 {located} 条有位置的观测记录中的 {shown} 条，均匀取自整个记录。</translation>
    </message>
    <message>
        <source>{v0} zones; {located} located observations.</source>
        <translation>{v0} 个功能区；{located} 条有位置的观测记录。</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>所有年份</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) recorded in another zone than the map&apos;s (kept as recorded).</source>
        <translation>
            <numerusform>%Ln 条观测记录的功能区与地图不一致（保留记录时的功能区）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln observation(s)</source>
        <translation>
            <numerusform>删除 %Ln 条观测记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Your monitoring log. Filters search as you type; double-click a record to edit it.</source>
        <translation>你的监测日志。筛选条件随输入即时查找；双击一条记录即可编辑。</translation>
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
        <source>Could not read the log: {message}</source>
        <translation>无法读取记录：{message}</translation>
    </message>
    <message>
        <source>Delete observations</source>
        <translation>删除观测记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln observation(s)?</source>
        <translation>
            <numerusform>删除 %Ln 条观测记录？</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Link to a good practice</source>
        <translation>链接到良好实践</translation>
    </message>
    <message>
        <source>Select the observations first.</source>
        <translation>请先选择观测记录。</translation>
    </message>
    <message>
        <source>There is no good practice yet: add one on the Good practices page first.</source>
        <translation>还没有良好实践：请先在“良好实践”页面添加。</translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln observation(s) evidence of:</source>
        <translation>
            <numerusform>将 %Ln 条观测记录作为以下实践的证据：</numerusform>
        </translation>
    </message>
    <message>
        <source>Link observations to a good practice</source>
        <translation>将观测记录链接到良好实践</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) linked to “{title}”</source>
        <translation>
            <numerusform>%Ln 条观测记录已链接到“{title}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln of evidence in all).</source>
        <translation>
            <numerusform>（证据共 %Ln 条）。</numerusform>
        </translation>
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
        <source>Import observations</source>
        <extracomment>the form&apos;s choice labels, once read (kept when the file is read again) the import itself, while it writes</extracomment>
        <translation>导入观测记录</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>How the file&apos;s letters are read; change it if names look wrong</source>
        <translation>文件中文字的读取方式；如果名称显示错乱，请更改</translation>
    </message>
    <message>
        <source>Encoding: detected</source>
        <translation>编码：自动检测</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column for {v0}</source>
        <translation>{v0} 对应的列</translation>
    </message>
    <message>
        <source>Category when the file gives none</source>
        <translation>文件未给出类别时使用的类别</translation>
    </message>
    <message>
        <source>(the file must say)</source>
        <translation>（须由文件给出）</translation>
    </message>
    <message>
        <source>Category if none</source>
        <translation>缺省类别</translation>
    </message>
    <message>
        <source>UTM zone when the file gives none</source>
        <translation>文件未给出 UTM 带号时使用的带号</translation>
    </message>
    <message>
        <source>e.g. 45R or 18 south</source>
        <translation>例如 45R 或 18 south</translation>
    </message>
    <message>
        <source>UTM zone if none</source>
        <translation>缺省 UTM 带号</translation>
    </message>
    <message>
        <source>Choose the form…</source>
        <translation>选择表单…</translation>
    </message>
    <message>
        <source>The form&apos;s choice labels</source>
        <translation>表单的选项标签</translation>
    </message>
    <message>
        <source>For an export written with choice names (XML values): the form&apos;s XLSForm, so that names such as pseudois_nayaur import as their labels</source>
        <translation>用于以选项名称（XML 值）写出的导出文件：提供表单的 XLSForm，使 pseudois_nayaur 之类的名称以其标签导入</translation>
    </message>
    <message>
        <source>Choice labels</source>
        <translation>选项标签</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>已保存的对应关系</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>保存对应关系…</translation>
    </message>
    <message>
        <source>Skip the rejected rows and import the rest</source>
        <translation>跳过被拒绝的行，导入其余行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Saved mappings…</source>
        <translation>已保存的对应关系…</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <source>Name for this mapping:</source>
        <translation>此对应关系的名称：</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>已保存的对应关系</translation>
    </message>
    <message>
        <source>The form (XLSForm)</source>
        <translation>表单（XLSForm）</translation>
    </message>
    <message>
        <source>Encoding: {encoding} (detected)</source>
        <translation>编码：{encoding}（自动检测）</translation>
    </message>
    <message>
        <source>Read as: &lt;b&gt;{format_name}&lt;/b&gt;</source>
        <translation>读取为：&lt;b&gt;{format_name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>Checking every row… {read} read</source>
        <translation>正在检查每一行… 已读 {read} 行</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skip %Ln</source>
        <translation>
            <numerusform>，跳过 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>导入 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows are rejected: fix the file or the columns, or tick “Skip the rejected rows” to import the others</source>
        <translation>有些行被拒绝：请修改文件或列的对应，或勾选“跳过被拒绝的行”以导入其他行</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>导入已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; observations imported.</source>
        <translation>已导入 &lt;b&gt;{count}&lt;/b&gt; 条观测记录。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
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
        <source>Create profile</source>
        <translation>创建个人资料</translation>
    </message>
    <message>
        <source>Create reserve</source>
        <translation>创建保护区</translation>
    </message>
    <message>
        <source>Action plan for {reserve_name}</source>
        <translation>{reserve_name} 行动计划</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>创建计划</translation>
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
        <source>Rename objective</source>
        <translation>重命名目标</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>重命名行动</translation>
    </message>
    <message>
        <source>Move objective up</source>
        <translation>上移目标</translation>
    </message>
    <message>
        <source>Move objective down</source>
        <translation>下移目标</translation>
    </message>
    <message>
        <source>Move action up</source>
        <translation>上移行动</translation>
    </message>
    <message>
        <source>Move action down</source>
        <translation>下移行动</translation>
    </message>
    <message numerus="yes">
        <source> and its %Ln action(s)</source>
        <translation>
            <numerusform>及其 %Ln 项行动</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>删除行动</translation>
    </message>
    <message>
        <source>Delete the objective “{title}”{detail}?</source>
        <translation>删除目标“{title}”{detail}？</translation>
    </message>
    <message>
        <source>Delete the action “{title}”{detail}?</source>
        <translation>删除行动“{title}”{detail}？</translation>
    </message>
    <message>
        <source>Add {v0} example objective(s)</source>
        <translation>添加 {v0} 个示例目标</translation>
    </message>
    <message>
        <source>Add example objective</source>
        <translation>添加示例目标</translation>
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
        <source>Select the objective the action belongs to first</source>
        <translation>请先选择该行动所属的目标</translation>
    </message>
    <message>
        <source>, or add an objective under pillar {pillar}.</source>
        <translation>，或在支柱 {pillar} 下添加目标。</translation>
    </message>
    <message>
        <source>, or add an objective with “Add objective”.</source>
        <translation>，或用“添加目标”添加一个目标。</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新行动</translation>
    </message>
    <message>
        <source>What your reserve did that others could learn from: the challenge, what was done, the results and their evidence, and what another reserve would need to do it too.</source>
        <translation>你的保护区有哪些值得他人借鉴的做法：面临的挑战、采取的行动、成果及其证据，以及其他保护区要做到同样需要哪些条件。</translation>
    </message>
    <message>
        <source>Show the practices of a theme</source>
        <translation>显示某一主题的实践</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>New practice…</source>
        <translation>新建实践…</translation>
    </message>
    <message>
        <source>Document a good practice (Ctrl+N)</source>
        <translation>记录一项良好实践（Ctrl+N）</translation>
    </message>
    <message>
        <source>Export case study…</source>
        <translation>导出案例研究…</translation>
    </message>
    <message>
        <source>The practice as a one- or two-page Word document</source>
        <translation>将该实践导出为一到两页的 Word 文档</translation>
    </message>
    <message>
        <source>No good practice yet. Press “New practice…” and describe one your reserve is proud of: the network collects them, and trainers gather them into a catalogue.</source>
        <translation>还没有良好实践。请按“新建实践…”，描述一项保护区引以为豪的实践：网络会收集这些实践，培训者会把它们汇编成目录。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>New good practice</source>
        <translation>新的良好实践</translation>
    </message>
    <message>
        <source>Its title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Delete good practice</source>
        <translation>删除良好实践</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>删除“{title}”？</translation>
    </message>
    <message>
        <source>Its photos stay in the data folder until then. You can undo this with Ctrl+Z.</source>
        <translation>在此之前，其照片仍保留在数据文件夹中。可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>The case study was not written: {exc}</source>
        <translation>案例研究未写入：{exc}</translation>
    </message>
    <message>
        <source>The personal report the programme asks for within two months, in Word, and the documents to send with it.</source>
        <translation>培训项目要求在两个月内提交的个人报告（Word 格式），以及随附的文件。</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>The follow-up documents the programme asks for, as the overview names them.</extracomment>
        <translation>报告</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>year designated</source>
        <translation>认定年份</translation>
    </message>
    <message>
        <source>core area</source>
        <translation>核心区</translation>
    </message>
    <message>
        <source>lowest elevation</source>
        <translation>最低海拔</translation>
    </message>
    <message>
        <source>highest elevation</source>
        <translation>最高海拔</translation>
    </message>
    <message>
        <source>managing body</source>
        <translation>管理机构</translation>
    </message>
    <message>
        <source>{what}: not filled in yet</source>
        <translation>{what}：尚未填写</translation>
    </message>
    <message>
        <source>{what}: missing {fields}</source>
        <translation>{what}：缺少{fields}</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>你的个人资料</translation>
    </message>
    <message>
        <source>Action plan: no objectives yet under {pillars}</source>
        <translation>行动计划：以下支柱尚无目标：{pillars}</translation>
    </message>
    <message>
        <source>Action overdue since {when:%d %b %Y}: {title}</source>
        <translation>行动自 {when:%d %b %Y} 起逾期：{title}</translation>
    </message>
    <message>
        <source>{title} (was due {when:%d %b %Y})</source>
        <translation>{title}（原定 {when:%d %b %Y} 到期）</translation>
    </message>
    <message>
        <source>{title} (due {when:%d %b %Y})</source>
        <translation>{title}（{when:%d %b %Y} 到期）</translation>
    </message>
    <message>
        <source>{title}: was due {when:%d %b %Y}</source>
        <translation>{title}：原定 {when:%d %b %Y} 到期</translation>
    </message>
    <message>
        <source>{title}: due {when:%d %b %Y}</source>
        <translation>{title}：{when:%d %b %Y} 到期</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>The record kinds as the window names them (the SQL above carries the keys).</extracomment>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>{noun}: {label}</source>
        <translation>{noun}：{label}</translation>
    </message>
    <message>
        <source>1. Basic personal information</source>
        <translation>1. 基本个人信息</translation>
    </message>
    <message>
        <source>Edit on My reserve</source>
        <translation>在“我的保护区”中编辑</translation>
    </message>
    <message>
        <source>2. Summary of participation</source>
        <translation>2. 参与情况总结</translation>
    </message>
    <message>
        <source>Summary of participation</source>
        <translation>参与情况总结</translation>
    </message>
    <message>
        <source>3. Evaluation of the training programme</source>
        <translation>3. 培训项目评价</translation>
    </message>
    <message>
        <source>Evaluation of the training programme</source>
        <translation>培训项目评价</translation>
    </message>
    <message>
        <source>Also include</source>
        <translation>同时包括</translation>
    </message>
    <message>
        <source>The action plan (a table per pillar)</source>
        <translation>行动计划（每个支柱一张表）</translation>
    </message>
    <message>
        <source>Charts: plan progress and monitoring</source>
        <translation>图表：计划进展与监测</translation>
    </message>
    <message>
        <source>Plan progress by pillar</source>
        <extracomment>a zone on the map (core, buffer, transition, outside): the monitoring panels count only the observations whose coordinates fall in it &quot;YYYY-MM&quot; -&gt; category -&gt; count year -&gt; number of distinct taxa seen that year (records so far, distinct taxa so far), in the order records were made year -&gt; (10th, 50th, 90th percentile of elevation of species records) (longitude, latitude, category) of up to MAP_POINTS records, evenly sampled the zones&apos; outlines, to draw beneath the points (services/zone_summaries.py) (date, subject, site, count) of the latest threat records</extracomment>
        <translation>各支柱计划进展</translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation>指标进展</translation>
    </message>
    <message>
        <source>Timeline of actions</source>
        <translation>行动时间线</translation>
    </message>
    <message>
        <source>Alignment with the SDGs and GBF targets</source>
        <translation>与可持续发展目标和 GBF 目标的对应</translation>
    </message>
    <message>
        <source>Management effectiveness</source>
        <translation>管理成效</translation>
    </message>
    <message>
        <source>Observations per month</source>
        <translation>每月观测记录</translation>
    </message>
    <message>
        <source>Species richness</source>
        <translation>物种丰富度</translation>
    </message>
    <message>
        <source>Elevation of species records over the years</source>
        <translation>历年物种记录的海拔</translation>
    </message>
    <message>
        <source>Map: zones and observations</source>
        <translation>地图：功能区与观测记录</translation>
    </message>
    <message>
        <source>Recent threats</source>
        <translation>近期威胁</translation>
    </message>
    <message>
        <source>Cannot export the dashboard to &apos;{name}&apos;: use .png or .pdf.</source>
        <translation>无法将仪表板导出为“{name}”：请使用 .png 或 .pdf。</translation>
    </message>
    <message>
        <source>The latest management-effectiveness self-assessment</source>
        <translation>最近一次管理成效自我评估</translation>
    </message>
    <message>
        <source>The reserve&apos;s zones: a map and what each zone holds</source>
        <translation>保护区的功能区：地图及各功能区内的记录</translation>
    </message>
    <message>
        <source>Good practices, each as a short case study</source>
        <translation>良好实践，每项一份简短案例研究</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>尚缺内容</translation>
    </message>
    <message>
        <source>What the report still lacks</source>
        <translation>报告尚缺的内容</translation>
    </message>
    <message>
        <source>Export report to Word…</source>
        <translation>将报告导出为 Word…</translation>
    </message>
    <message>
        <source>Writes a .docx carrying the required acknowledgement</source>
        <translation>写出一个包含规定致谢语的 .docx 文件</translation>
    </message>
    <message>
        <source>Nothing: the report is complete.</source>
        <translation>无：报告已完整。</translation>
    </message>
    <message>
        <source>
… and {v0} more</source>
        <translation>
……另有 {v0} 项</translation>
    </message>
    <message>
        <source>The report is not complete</source>
        <translation>报告尚不完整</translation>
    </message>
    <message>
        <source>The report still lacks:

{shown}{more}</source>
        <translation>报告尚缺：

{shown}{more}</translation>
    </message>
    <message>
        <source>Export it anyway?</source>
        <translation>仍要导出吗？</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>The report was written to {path}. {exc}</source>
        <translation>报告已写入 {path}。{exc}</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>报告已导出</translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>报告已写入 {path}。</translation>
    </message>
    <message>
        <source>Where should the submission folder go? (a USB stick, say)</source>
        <translation>提交文件夹放在哪里？（例如 U 盘）</translation>
    </message>
    <message>
        <source>Prepare submission folder</source>
        <translation>准备提交文件夹</translation>
    </message>
    <message>
        <source>

Still missing (attach them, then prepare the folder again):
</source>
        <translation>

尚缺（请附上后重新准备文件夹）：
</translation>
    </message>
    <message>
        <source>Submission folder ready</source>
        <translation>提交文件夹已准备好</translation>
    </message>
    <message>
        <source>Written to {folder}:

{lines}{missing}

Send the files by e-mail as the README in the folder explains.</source>
        <translation>已写入 {folder}：

{lines}{missing}

请按文件夹中 README 的说明通过电子邮件发送这些文件。</translation>
    </message>
    <message>
        <source>About you and your biosphere reserve. Changes are saved as you type.</source>
        <translation>关于你和你的生物圈保护区。所作更改在输入时即保存。</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>关于你</translation>
    </message>
    <message>
        <source>Your report and your plan carry your name. You can add the rest later.</source>
        <translation>你的报告和计划会署上你的姓名。其余信息可以稍后补充。</translation>
    </message>
    <message>
        <source>Full name*</source>
        <translation>姓名*</translation>
    </message>
    <message>
        <source>e.g. Amina Njeri</source>
        <translation>例如 Amina Njeri</translation>
    </message>
    <message>
        <source>The mountain biosphere reserve your plan is for.</source>
        <translation>计划所针对的山地生物圈保护区。</translation>
    </message>
    <message>
        <source>Reserve name*</source>
        <translation>保护区名称*</translation>
    </message>
    <message>
        <source>e.g. Mount Kenya Biosphere Reserve</source>
        <translation>例如 Mount Kenya Biosphere Reserve</translation>
    </message>
    <message>
        <source>A first objective</source>
        <translation>第一个目标</translation>
    </message>
    <message>
        <source>Pick the pillar and write what you want to achieve, or start from an example. You will add actions on the Action plan page.</source>
        <translation>选择支柱，写下你想达成的目标，或从示例开始。行动可在“行动计划”页面添加。</translation>
    </message>
    <message>
        <source>Objective*</source>
        <translation>目标*</translation>
    </message>
    <message>
        <source>e.g. Monitor glacier retreat</source>
        <translation>例如 监测冰川退缩</translation>
    </message>
    <message>
        <source>Or an example</source>
        <translation>或选择示例</translation>
    </message>
    <message>
        <source>(none: I write my own)</source>
        <translation>（无：我自己写）</translation>
    </message>
    <message>
        <source>Start with your full name; the other fields open up then.</source>
        <translation>请先填写你的姓名，其他栏位随后即可填写。</translation>
    </message>
    <message>
        <source>Your reserve</source>
        <translation>你的保护区</translation>
    </message>
    <message>
        <source>Areas on the map</source>
        <translation>地图上的面积</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the &lt;a href=&apos;map&apos;&gt;map&lt;/a&gt;&lt;/b&gt; (outlines, on the ellipsoid):</source>
        <translation>&lt;b&gt;&lt;a href=&apos;map&apos;&gt;地图&lt;/a&gt;上&lt;/b&gt;（边界，按椭球面计算）：</translation>
    </message>
    <message>
        <source>Welcome to brdesk</source>
        <translation>欢迎使用 brdesk</translation>
    </message>
    <message>
        <source>Your workbench for your mountain biosphere reserve: your profile, your action plan across the four pillars of the &lt;i&gt;%1&lt;/i&gt;, your monitoring, and your post-training report. Everything stays on this computer and is saved as you type.</source>
        <translation>你的山地生物圈保护区工作台：个人资料、按 &lt;i&gt;%1&lt;/i&gt; 四大支柱制定的行动计划、监测，以及培训后报告。所有内容都保存在这台电脑上，并在输入时即时保存。</translation>
    </message>
    <message>
        <source>Start my plan</source>
        <translation>开始制定我的计划</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>Bring the data of the earlier brdesk found beside this one. a trainer gathers participants&apos; packages here: the folder becomes a cohort</extracomment>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>A few questions about you, your reserve and a first objective</source>
        <translation>关于你、你的保护区和第一个目标的几个问题</translation>
    </message>
    <message>
        <source>Explore the demo reserve</source>
        <translation>浏览示例保护区</translation>
    </message>
    <message>
        <source>Opens a made-up Himalayan reserve in a separate folder: your own data stays clean</source>
        <translation>在单独的文件夹中打开一个虚构的喜马拉雅保护区：你自己的数据不受影响</translation>
    </message>
    <message>
        <source>A trainer gathering participants&apos; packages? &lt;a href=&apos;cohort&apos;&gt;Make this folder a cohort…&lt;/a&gt;</source>
        <translation>你是收集学员数据包的培训师吗？&lt;a href=&apos;cohort&apos;&gt;将此文件夹设为学员组…&lt;/a&gt;</translation>
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
        <source>&lt;h3&gt;brdesk {__version__}&lt;/h3&gt;&lt;p&gt;An offline workbench for the managers and researchers of mountain biosphere reserves: profile, action plan, monitoring, dashboard and post-training report.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt; {root}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; MIT. brdesk opens no network connection.&lt;/p&gt;&lt;p&gt;&lt;i&gt;{acknowledgement}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;brdesk {__version__}&lt;/h3&gt;&lt;p&gt;面向山地生物圈保护区管理者和研究人员的离线工作台：个人资料、行动计划、监测、仪表板和培训后报告。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据文件夹：&lt;/b&gt;{root}&lt;/p&gt;&lt;p&gt;&lt;b&gt;许可证：&lt;/b&gt;MIT。brdesk 不建立任何网络连接。&lt;/p&gt;&lt;p&gt;&lt;i&gt;{acknowledgement}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>已重做</translation>
    </message>
    <message>
        <source>Open a brdesk data folder</source>
        <translation>打开 brdesk 数据文件夹</translation>
    </message>
    <message>
        <source>The demo could not be prepared.

{exc}</source>
        <translation>无法准备演示数据。

{exc}</translation>
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
        <source>About brdesk</source>
        <translation>关于 brdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>the window&apos;s attribute for the action (&quot;&quot; for none) &quot;File&quot;, &quot;File/Import&quot;... a method of the window enabled only while a data folder is open changes the data: off in a folder open read-only only in a &quot;personal&quot; or a &quot;cohort&quot; folder (hidden in the other); &quot;&quot; in both The menus&apos; titles, for translation (the menus are named by their paths below).</extracomment>
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
        <source>Add participants&apos; packages…</source>
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
        <source>Connect to an office database…</source>
        <translation>连接到办公室数据库…</translation>
    </message>
    <message>
        <source>Synchronise with the office database…</source>
        <translation>与办公室数据库同步…</translation>
    </message>
    <message>
        <source>Work on this computer&apos;s own records</source>
        <translation>使用本计算机自己的记录</translation>
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
        <source>Office database: %1</source>
        <translation>办公室数据库：%1</translation>
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
    <message>
        <source>unknown date</source>
        <translation>日期不明</translation>
    </message>
    <message>
        <source>Backup {name}, taken {when} ({why})</source>
        <translation>备份 {name}，创建于 {when}（{why}）</translation>
    </message>
    <message>
        <source>Backup {name}, taken {when}</source>
        <translation>备份 {name}，创建于 {when}</translation>
    </message>
    <message>
        <source> (latest {day})</source>
        <translation>（最新 {day}）</translation>
    </message>
    <message>
        <source>  {plans}, {objectives}, {actions}, {observations}{latest}, {items}, {files}</source>
        <translation>  {plans}，{objectives}，{actions}，{observations}{latest}，{items}，{files}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln 个计划</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln follow-up item(s)</source>
        <translation>
            <numerusform>%Ln 项后续事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln programme(s)</source>
        <extracomment>Each kind&apos;s count in words, in any language (said_n: lupdate reads each one).</extracomment>
        <translation>
            <numerusform>%Ln 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reserve(s)</source>
        <translation>
            <numerusform>%Ln 个保护区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s)</source>
        <translation>
            <numerusform>%Ln 个功能区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [action&apos;s zone|actions&apos; zones]</source>
        <translation>
            <numerusform>%Ln 个行动功能区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action plan(s)</source>
        <translation>
            <numerusform>%Ln 个行动计划</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation summary(ies)</source>
        <translation>
            <numerusform>%Ln 份参与情况总结</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training evaluation(s)</source>
        <translation>
            <numerusform>%Ln 份培训评价</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessment(s)</source>
        <translation>
            <numerusform>%Ln 次自我评估</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment answer(s)</source>
        <translation>
            <numerusform>%Ln 个评估答案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln good practice(s)</source>
        <translation>
            <numerusform>%Ln 项良好实践</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [good practice&apos;s action|good practices&apos; actions]</source>
        <translation>
            <numerusform>%Ln 个良好实践行动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [good practice&apos;s observation|good practices&apos; observations]</source>
        <translation>
            <numerusform>%Ln 条良好实践观测记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln 个附件</numerusform>
        </translation>
    </message>
    <message>
        <source>no records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>written {when} UTC by {app}: {amounts}</source>
        <extracomment>3: self-assessments and their answers (records an older brdesk would not know). 4: zones on the map, and the zones actions name. 5: good practices, their links to actions and observations, and their photos. Record kinds in the order they are written and merged: each after what it refers to. How a count of each kind reads: (one, many).</extracomment>
        <translation>由 {app} 于 {when} UTC 写出：{amounts}</translation>
    </message>
    <message>
        <source>{name}, line {number} is not JSON ({exc}).</source>
        <translation>{name} 第 {number} 行不是 JSON（{exc}）。</translation>
    </message>
    <message>
        <source>{name}, line {number} is not a record (a JSON object).</source>
        <translation>{name} 第 {number} 行不是记录（JSON 对象）。</translation>
    </message>
    <message>
        <source>{name} does not match its checksum: the package is damaged.</source>
        <translation>{name} 与其校验和不符：数据包已损坏。</translation>
    </message>
    <message>
        <source>{name} holds {lines:,} records, and its manifest says {counted:,}: the package is damaged or was altered.</source>
        <translation>{name} 含有 {lines:,} 条记录，而清单中写的是 {counted:,}：数据包已损坏或被改动。</translation>
    </message>
    <message>
        <source>the attachment {stored_name} is missing.</source>
        <translation>附件 {stored_name} 缺失。</translation>
    </message>
    <message>
        <source>{name} has a record longer than {v0} MB.</source>
        <translation>{name} 中有一条记录超过 {v0} MB。</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <source>{name} cannot be read as a brdesk package ({exc}).</source>
        <translation>{name} 无法作为 brdesk 数据包读取（{exc}）。</translation>
    </message>
    <message>
        <source>{name}: {member} is damaged ({exc}).</source>
        <translation>{name}：{member} 已损坏（{exc}）。</translation>
    </message>
    <message>
        <source>{name}: the package of {v0} does not match its checksum.</source>
        <translation>{name}：{v0} 的数据包与其校验和不符。</translation>
    </message>
    <message>
        <source>{name} is not a cohort package.</source>
        <translation>{name} 不是学员组数据包。</translation>
    </message>
    <message>
        <source>{name} is not a cohort package (its cohort.json says otherwise).</source>
        <translation>{name} 不是学员组数据包（其 cohort.json 另有说明）。</translation>
    </message>
    <message>
        <source>{name} was written by a newer brdesk. Update brdesk to add it.</source>
        <translation>{name} 由较新的 brdesk 写出。请更新 brdesk 后再添加。</translation>
    </message>
    <message>
        <source>{name}: its cohort.json lists a member badly.</source>
        <translation>{name}：其 cohort.json 中某个成员的条目有误。</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is listed but not held.</source>
        <translation>{name}：“{v0}”已列出但不存在。</translation>
    </message>
    <message>
        <source>{name} holds &apos;{v0}&apos;, which its cohort.json does not list.</source>
        <translation>{name} 含有“{v0}”，但其 cohort.json 没有列出。</translation>
    </message>
    <message>
        <source>{name} is damaged ({exc}).</source>
        <translation>{name} 已损坏（{exc}）。</translation>
    </message>
    <message>
        <source>{name} is a cohort package: the data of a trainer&apos;s whole cohort of participants. It is never merged into one person&apos;s data: it is added to a cohort folder (File › Cohort › Add participants&apos; packages…, or brdesk --data-dir COHORT_FOLDER cohort add &quot;{name}&quot;).</source>
        <translation>{name} 是学员组数据包：培训者整个学员组的数据。它永远不会合并到一个人的数据中：应添加到学员组文件夹（文件 › 学员组 › 添加学员数据包…，或 brdesk --data-dir COHORT_FOLDER cohort add &quot;{name}&quot;）。</translation>
    </message>
    <message>
        <source>{name} is not a brdesk package: it holds &apos;{v0}&apos;.</source>
        <translation>{name} 不是 brdesk 数据包：其中含有“{v0}”。</translation>
    </message>
    <message>
        <source>{name} holds &apos;{v0}&apos; twice.</source>
        <translation>{name} 中“{v0}”出现了两次。</translation>
    </message>
    <message>
        <source>{name}: encrypted members are not supported.</source>
        <translation>{name}：不支持加密的成员。</translation>
    </message>
    <message>
        <source>{name} is not a brdesk package (it has no manifest.json).</source>
        <translation>{name} 不是 brdesk 数据包（没有 manifest.json）。</translation>
    </message>
    <message>
        <source>{name} is not a brdesk package (its manifest says otherwise).</source>
        <translation>{name} 不是 brdesk 数据包（其清单另有说明）。</translation>
    </message>
    <message>
        <source>{name}: its manifest has no valid format version.</source>
        <translation>{name}：清单中没有有效的格式版本。</translation>
    </message>
    <message>
        <source>{name} was written by a newer brdesk (package version {version}; this one reads up to {VERSION}). Update brdesk to import it.</source>
        <translation>{name} 由较新的 brdesk 写出（数据包版本 {version}；此版本最多读取到 {VERSION}）。请更新 brdesk 后再导入。</translation>
    </message>
    <message>
        <source>{name}: its manifest does not list its files.</source>
        <translation>{name}：清单没有列出其文件。</translation>
    </message>
    <message>
        <source>{name}: its manifest&apos;s entry for &apos;{v0}&apos; is malformed.</source>
        <translation>{name}：清单中“{v0}”的条目格式不正确。</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is listed but missing.</source>
        <translation>{name}：“{v0}”已列出但缺失。</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; does not have the size listed.</source>
        <translation>{name}：“{v0}”的大小与列出的不符。</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is not listed in its manifest.</source>
        <translation>{name}：“{v0}”没有列在清单中。</translation>
    </message>
    <message>
        <source>{name}: its manifest counts {v0} {kind}, which no package holds.</source>
        <translation>{name}：清单中 {kind} 的数量为 {v0}，任何数据包都不会如此。</translation>
    </message>
    <message>
        <source>  PROBLEM: {problem}</source>
        <translation>  问题：{problem}</translation>
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
        <extracomment>The zones an outline on the map can be (a zone&apos;s own name may add &quot;Core area 2: Makalu&quot;). When outlines overlap, a point belongs to the most protected zone holding it.</extracomment>
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
        <extracomment>The network&apos;s thematic working groups (WNMBR workshop, 2023): a good practice&apos;s theme.</extracomment>
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
        <translation>需要你关注</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>最近的更改</translation>
    </message>
    <message>
        <source>Hello %1.</source>
        <translation>%1，你好。</translation>
    </message>
    <message>
        <source>Hello.</source>
        <translation>你好。</translation>
    </message>
    <message>
        <source>Your reserve: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>你的保护区：&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>{mark}:  {text}</source>
        <translation>{mark}：  {text}</translation>
    </message>
    <message>
        <source>Open the page to fix this</source>
        <translation>打开相应页面处理此事</translation>
    </message>
    <message>
        <source>Nothing needs your attention. Well done.</source>
        <translation>没有需要你关注的事项。做得好！</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>尚无更改。</translation>
    </message>
    <message>
        <source>assessment</source>
        <extracomment>The title an objective gets when a next step is the first action of its pillar.</extracomment>
        <translation>评估</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
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
        <translation>保护区</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>答案</translation>
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
        <source>Objective {objective_id} no longer exists.</source>
        <translation>目标 {objective_id} 已不存在。</translation>
    </message>
    <message>
        <source>Answer {answer_id} no longer exists.</source>
        <translation>答案 {answer_id} 已不存在。</translation>
    </message>
    <message>
        <source>Participant</source>
        <extracomment>A version of the summary; an older one is worked out again from the member&apos;s data. [lat, lon, how it was placed: &quot;zones&quot;, &quot;observations&quot; or &quot;country&quot;] actions per pillar 1-4 [pillar, title, status label] per action, in the plan&apos;s order SDG / GBF number (as text: JSON keys) to the number of actions serving it the latest self-assessment: [date, overall percent or None] kind to [status label, has a file] {uuid, title, theme} per good practice the package: its file name, when it was written (UTC, ISO), its checksum</extracomment>
        <translation>学员</translation>
    </message>
    <message>
        <source>participation summary</source>
        <translation>参与情况总结</translation>
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
        <source>training evaluation</source>
        <translation>培训评价</translation>
    </message>
    <message>
        <source>Rating: Biodiversity Conservation and Monitoring</source>
        <translation>评分：生物多样性保护与监测</translation>
    </message>
    <message>
        <source>Rating: Protected Area Management</source>
        <translation>评分：保护地管理</translation>
    </message>
    <message>
        <source>Rating: Sustainable Development and Climate Action</source>
        <translation>评分：可持续发展与气候行动</translation>
    </message>
    <message>
        <source>Rating: Community Engagement and Co-management</source>
        <translation>评分：社区参与和共同管理</translation>
    </message>
    <message>
        <source>Rating: organisation</source>
        <translation>评分：组织安排</translation>
    </message>
    <message>
        <source>Rating: field visits</source>
        <translation>评分：实地考察</translation>
    </message>
    <message>
        <source>Rating: overall</source>
        <translation>评分：总体</translation>
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
        <source>follow-up item</source>
        <translation>后续事项</translation>
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
        <extracomment>The log&apos;s columns: key -&gt; (header, SQL expression).</extracomment>
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
        <extracomment>The map-zone filter&apos;s value for &quot;recorded in another zone than the map&apos;s&quot;.</extracomment>
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
        <source>decimal degrees, or 27°59&apos;17&quot;N</source>
        <translation>十进制度，或 27°59&apos;17&quot;N</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>decimal degrees, or 86°55&apos;30&quot;E</source>
        <translation>十进制度，或 86°55&apos;30&quot;E</translation>
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
        <source>observation</source>
        <translation>观测记录</translation>
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
        <source>action plan</source>
        <translation>行动计划</translation>
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
        <source>Action plan {plan_id} no longer exists.</source>
        <translation>行动计划 {plan_id} 已不存在。</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>目标</translation>
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
        <source>action</source>
        <translation>行动</translation>
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
        <source>must be a three-letter ISO code such as USD or NPR (got &apos;{currency}&apos;)</source>
        <translation>必须是 USD 或 NPR 这样的三字母 ISO 代码（输入的是“{currency}”）</translation>
    </message>
    <message>
        <source>good practice</source>
        <extracomment>The extra values a practice takes besides its fields: links kept in other tables.</extracomment>
        <translation>良好实践</translation>
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
        <source>No good practice is called &apos;{title}&apos;. The practices: {known}.</source>
        <translation>没有名为“{title}”的良好实践。现有实践：{known}。</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; could be any of: {names}. Give more of the title.</source>
        <translation>“{title}”可能是以下任一项：{names}。请给出更完整的标题。</translation>
    </message>
    <message>
        <source>good practice&apos;s action</source>
        <translation>良好实践的行动</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>良好实践</translation>
    </message>
    <message>
        <source>good practice&apos;s observation</source>
        <translation>良好实践的观测记录</translation>
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
        <source>programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>学员</translation>
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
        <source>reserve</source>
        <translation>保护区</translation>
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
        <source>zone</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>is not a usable outline ({exc})</source>
        <translation>不是可用的边界（{exc}）</translation>
    </message>
    <message>
        <source>action&apos;s zone</source>
        <translation>行动的功能区</translation>
    </message>
    <message>
        <source>{n} added ({names})</source>
        <extracomment>located observations, and how many of them fall inside the new zones</extracomment>
        <translation>添加 {n} 个（{names}）</translation>
    </message>
    <message>
        <source>{n} redrawn ({names})</source>
        <translation>重绘 {n} 个（{names}）</translation>
    </message>
    <message>
        <source>{n} removed ({names})</source>
        <translation>删除 {n} 个（{names}）</translation>
    </message>
    <message>
        <source>Zones: {done}. {inside:,} of {located:,} located observations fall inside them.</source>
        <translation>功能区：{done}。{located:,} 条有位置的观测记录中有 {inside:,} 条位于其中。</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <source>None of your observations is inside these zones: is this the right file?</source>
        <translation>你的观测记录都不在这些功能区内：文件是否正确？</translation>
    </message>
    <message>
        <source>No feature was chosen as a zone: nothing was changed.</source>
        <translation>没有要素被选为功能区：没有做任何更改。</translation>
    </message>
    <message>
        <source>Two features are both named &apos;{told}&apos; (features {first} and {feature}): give each zone its own name.</source>
        <translation>有两个要素都名为“{told}”（要素 {first} 和 {feature}）：请为每个功能区取不同的名称。</translation>
    </message>
    <message>
        <source>Feature {feature} (&apos;{name}&apos;): {exc}</source>
        <translation>要素 {feature}（“{name}”）：{exc}</translation>
    </message>
    <message>
        <source>There are no zones on the map to export.</source>
        <translation>地图上没有可导出的功能区。</translation>
    </message>
    <message>
        <source>The layer has no field &apos;{zone_field}&apos; (its fields: {shown}).</source>
        <translation>图层中没有字段“{zone_field}”（其字段：{shown}）。</translation>
    </message>
    <message>
        <source>{head}
Not served by any action yet</source>
        <translation>{head}
尚无行动对应</translation>
    </message>
    <message>
        <source>Actions per goal</source>
        <translation>每个目标的行动数</translation>
    </message>
    <message>
        <source>SDG {number}</source>
        <translation>SDG {number}</translation>
    </message>
    <message>
        <source>GBF {number}</source>
        <translation>GBF {number}</translation>
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
        <extracomment>The action editor&apos;s tabs and the fields on each (tags are the last tab).</extracomment>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>由谁、何时</translation>
    </message>
    <message>
        <source>The plan</source>
        <extracomment>the action&apos;s goals and zones as its pickers show them</extracomment>
        <translation>计划</translation>
    </message>
    <message>
        <source>Your plan&apos;s title, period and vision. Select an objective or an action on the left to edit it.</source>
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
        <source>No zones on the map yet: &lt;a href=&apos;map&apos;&gt;import their outlines on the Map page&lt;/a&gt;, then tick here the ones this action applies to.</source>
        <translation>地图上还没有功能区：&lt;a href=&apos;map&apos;&gt;在“地图”页面导入边界&lt;/a&gt;，然后在这里勾选此行动涉及的功能区。</translation>
    </message>
    <message>
        <source>A next step of the self-assessment of {assessed_on:%Y-%m-%d}, question {question_code}{title}. &lt;a href=&apos;effectiveness&apos;&gt;Open Effectiveness&lt;/a&gt;</source>
        <translation>来自 {assessed_on:%Y-%m-%d} 自我评估第 {question_code}{title} 题的下一步。&lt;a href=&apos;effectiveness&apos;&gt;打开管理成效&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Change SDG tags</source>
        <translation>更改 SDG 标签</translation>
    </message>
    <message>
        <source>Change GBF tags</source>
        <translation>更改 GBF 标签</translation>
    </message>
    <message>
        <source>Change zones</source>
        <translation>更改功能区</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}; font-size:14pt&apos;&gt;■&lt;/span&gt; &lt;b&gt;Pillar {number}: {name}&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}; font-size:14pt&apos;&gt;■&lt;/span&gt; &lt;b&gt;支柱 {number}：{name}&lt;/b&gt;</translation>
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
        <extracomment>The find box&apos;s least width, and a filter choice&apos;s width in letters.</extracomment>
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
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>min {unit}</source>
        <extracomment>A number was typed or changed.</extracomment>
        <translation>最低 {unit}</translation>
    </message>
    <message>
        <source>Lowest {what}</source>
        <translation>最低{what}</translation>
    </message>
    <message>
        <source>max {unit}</source>
        <translation>最高 {unit}</translation>
    </message>
    <message>
        <source>Highest {what}</source>
        <translation>最高{what}</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最高</translation>
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
        <source>The zone the coordinates fall in, on the Map page&apos;s zones</source>
        <translation>坐标在“地图”页面功能区中所落入的功能区</translation>
    </message>
    <message>
        <source>elevation</source>
        <translation>海拔</translation>
    </message>
    <message>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>Bring data from an earlier brdesk</source>
        <translation>迁移早期 brdesk 的数据</translation>
    </message>
    <message>
        <source>The folder of the earlier brdesk (or its brdesk-data folder)</source>
        <translation>早期 brdesk 的文件夹（或其 brdesk-data 文件夹）</translation>
    </message>
    <message>
        <source>Copy this data into {root} and bring it up to date?</source>
        <translation>将这些数据复制到 {root} 并更新到当前版本吗？</translation>
    </message>
    <message>
        <source>{v0}

The earlier folder is not changed: it stays as it is, a complete copy to go back to.</source>
        <translation>{v0}

早期的文件夹不会改变：它保持原样，是可以回退的完整副本。</translation>
    </message>
    <message>
        <source>Bring my data</source>
        <translation>迁移我的数据</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your data from {root} is here.</source>
        <translation>你在 {root} 的数据已迁移过来。</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>the backup the user chose to restore, read by the caller after exec()</extracomment>
        <translation>备份</translation>
    </message>
    <message>
        <source>brdesk backs up your data every day it is used, before every import, upgrade and restore, and keeps the recent ones. They are in {backups}.</source>
        <translation>brdesk 会在每个使用日、每次导入、升级和还原之前备份你的数据，并保留最近的备份。备份位于 {backups}。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>Save a copy &amp;with photos…</source>
        <translation>保存含照片的副本(&amp;W)…</translation>
    </message>
    <message>
        <source>A .zip with the database and every attachment</source>
        <translation>包含数据库和所有附件的 .zip</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>还原(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>从文件还原(&amp;F)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>No backups yet: &apos;Back up now&apos; makes the first.</source>
        <translation>还没有备份：“立即备份”会创建第一个。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written: {name}</source>
        <translation>备份已写入：{name}</translation>
    </message>
    <message>
        <source>Save a copy with photos</source>
        <translation>保存含照片的副本</translation>
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation>正在写入压缩包…</translation>
    </message>
    <message>
        <source>Archive written: {path}</source>
        <translation>压缩包已写入：{path}</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件还原</translation>
    </message>
    <message>
        <source>Make the next step a plan action</source>
        <translation>将下一步设为计划行动</translation>
    </message>
    <message>
        <source>{code} · {title}: the next step becomes an action of your plan, linked to this answer. You can edit it in the plan afterwards.</source>
        <translation>{code} · {title}：下一步将成为计划中的一项行动，并与此答案关联。之后可以在计划中编辑。</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>行动标题</translation>
    </message>
    <message>
        <source>From the management-effectiveness assessment of {assessed_on:%Y-%m-%d}, question {code} ({title}).</source>
        <translation>来自 {assessed_on:%Y-%m-%d} 的管理成效评估，第 {code} 题（{title}）。</translation>
    </message>
    <message>
        <source>
Next step: {next_step}</source>
        <translation>
下一步：{next_step}</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>行动说明</translation>
    </message>
    <message>
        <source>Action title*</source>
        <translation>行动标题*</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>加入计划</translation>
    </message>
    <message>
        <source>A new objective: “{FOLLOW_UP_OBJECTIVE}”</source>
        <translation>新目标：“{FOLLOW_UP_OBJECTIVE}”</translation>
    </message>
    <message>
        <source>Action title: is required</source>
        <translation>行动标题：必填</translation>
    </message>
    <message>
        <source>Edit observation</source>
        <translation>编辑观测记录</translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation>添加观测记录</translation>
    </message>
    <message>
        <source>Photos (copied into your data folder)</source>
        <translation>照片（复制到你的数据文件夹）</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>A record with the same date, place and taxon or subject is already in the log.</source>
        <translation>记录中已有日期、地点和分类群或主题都相同的一条记录。</translation>
    </message>
    <message>
        <source>Save this one anyway?</source>
        <translation>仍要保存这一条吗？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>添加观测记录</translation>
    </message>
    <message>
        <source>All my data: profile, reserve, plan, follow-up, observations and their files</source>
        <translation>我的全部数据：个人资料、保护区、计划、后续事项、观测记录及其文件</translation>
    </message>
    <message>
        <source>Observations of a date range, with their files</source>
        <translation>某一日期范围内的观测记录及其文件</translation>
    </message>
    <message>
        <source>The action plan only</source>
        <translation>仅行动计划</translation>
    </message>
    <message>
        <source>Package for another laptop</source>
        <translation>给另一台电脑的数据包</translation>
    </message>
    <message>
        <source>A package carries your records to another brdesk, on a stick or by e-mail. Importing it there adds what is new and keeps the newer version of anything edited on both laptops. Importing the same package twice changes nothing.</source>
        <translation>数据包通过 U 盘或电子邮件把你的记录带到另一个 brdesk。在那里导入时，会添加新的内容，两台电脑都改过的内容保留较新的版本。同一个数据包导入两次不会有任何改变。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Save package…</source>
        <translation>保存数据包…</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>保存数据包</translation>
    </message>
    <message>
        <source>Writing {v0} to {name}…</source>
        <translation>正在将{v0}写入 {name}…</translation>
    </message>
    <message>
        <source>Written to {path}
{v0}</source>
        <translation>已写入 {path}
{v0}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Reading {name} and comparing it with your data…</source>
        <translation>正在读取 {name} 并与你的数据比较…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is what importing the package would do.&lt;/b&gt; A backup of your data is taken first; nothing is changed until you press Import.</source>
        <translation>&lt;b&gt;以下是导入该数据包将产生的变化。&lt;/b&gt;会先备份你的数据；在你按“导入”之前不会做任何更改。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to import:&lt;/b&gt; you have everything in this package.</source>
        <translation>&lt;b&gt;没有可导入的内容：&lt;/b&gt;这个数据包的内容你都已有。</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source> {v0} conflicts are listed below.</source>
        <translation>下面列出了 {v0} 处冲突。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported.&lt;/b&gt;{conflicts} The undo history was cleared.</source>
        <translation>&lt;b&gt;已导入。&lt;/b&gt;{conflicts}撤销历史已清空。</translation>
    </message>
    <message>
        <source>Import a package from another laptop</source>
        <translation>导入来自另一台电脑的数据包</translation>
    </message>
    <message>
        <source>Add example objectives</source>
        <translation>添加示例目标</translation>
    </message>
    <message>
        <source>Tick the examples that fit your reserve. Each adds an objective with its actions, indicators and SDG/GBF tags, which you can then adapt. Undo removes them again.</source>
        <translation>勾选适合你的保护区的示例。每个示例会添加一个目标及其行动、指标和 SDG/GBF 标签，之后可以调整。撤销会再次删除它们。</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Example objectives</source>
        <translation>示例目标</translation>
    </message>
    <message>
        <source>SDG {v0}; GBF {v1}</source>
        <translation>SDG {v0}；GBF {v1}</translation>
    </message>
    <message>
        <source>Add to my plan</source>
        <translation>加入我的计划</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Import zones</source>
        <translation>导入功能区</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message numerus="yes">
        <source>%Ln polygon(s)</source>
        <translation>
            <numerusform>%Ln 个多边形</numerusform>
        </translation>
    </message>
    <message>
        <source>Zone read from:</source>
        <translation>功能区读取自：</translation>
    </message>
    <message>
        <source>Field that names the zone</source>
        <translation>给出功能区名称的字段</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>成为</translation>
    </message>
    <message>
        <source>Features of the file</source>
        <translation>文件中的要素</translation>
    </message>
    <message>
        <source>Replace the zones</source>
        <translation>替换功能区</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>被拒绝：{reason}</translation>
    </message>
    <message>
        <source>What feature {number} becomes</source>
        <translation>要素 {number} 成为什么</translation>
    </message>
    <message>
        <source>Name of feature {number}</source>
        <translation>要素 {number} 的名称</translation>
    </message>
    <message>
        <source>No polygons in this layer.</source>
        <translation>此图层中没有多边形。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{v0} of {v1} features become zones.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{v1} 个要素中有 {v0} 个成为功能区。&lt;/b&gt;</translation>
    </message>
    <message>
        <source> They replace the {v0} zones on the map</source>
        <translation>它们将替换地图上的 {v0} 个功能区</translation>
    </message>
    <message>
        <source>; redrawn, keeping the actions that name them: {v0}</source>
        <translation>；重绘并保留提及它们的行动：{v0}</translation>
    </message>
    <message>
        <source>; removed: {names}</source>
        <translation>；删除：{names}</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#B00020&apos;&gt;Give every zone a name.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#B00020&apos;&gt;请为每个功能区命名。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{v0} The undo history was cleared.</source>
        <translation>{v0} 撤销历史已清空。</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>导出行动计划</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) written to {path}.</source>
        <translation>
            <numerusform>已将 %Ln 项行动写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the self-assessments</source>
        <translation>导出自我评估</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) written to {path}.</source>
        <translation>
            <numerusform>已将 %Ln 个答案写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive locations</source>
        <translation>敏感位置</translation>
    </message>
    <message>
        <source>Records marked sensitive get coordinates generalised to a 0.1-degree grid.</source>
        <translation>标记为敏感的记录，其坐标会泛化到 0.1 度网格。</translation>
    </message>
    <message>
        <source>Keep exact coordinates instead? Only for your own use: never for files you share.</source>
        <translation>改为保留精确坐标吗？仅供你自己使用：切勿用于共享的文件。</translation>
    </message>
    <message>
        <source>Keep exact coordinates</source>
        <translation>保留精确坐标</translation>
    </message>
    <message>
        <source>Generalise them</source>
        <translation>泛化坐标</translation>
    </message>
    <message>
        <source>Export observations</source>
        <translation>导出观测记录</translation>
    </message>
    <message>
        <source> (the records shown)</source>
        <translation>（显示的记录）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) written to {path}</source>
        <translation>
            <numerusform>已将 %Ln 项行动写入 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) written to {path}</source>
        <translation>
            <numerusform>已将 %Ln 个答案写入 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the report is incomplete (%Ln gap(s)):</source>
        <translation>
            <numerusform>注意：报告尚不完整（缺 %Ln 项）：</numerusform>
        </translation>
    </message>
    <message>
        <source>  - {gap}</source>
        <translation>  - {gap}</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>报告已写入 {path}</translation>
    </message>
    <message>
        <source>Case study of &apos;{title}&apos; written to {path}</source>
        <translation>“{title}”的案例研究已写入 {path}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) written to {path}.</source>
        <translation>
            <numerusform>已将 %Ln 条观测记录写入 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dashboard (%Ln panel(s)) written to {path}</source>
        <translation>
            <numerusform>仪表板（%Ln 个面板）已写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to choose observations: they do not go with --only plan.</source>
        <translation>--from 和 --to 用于选择观测记录：不能与 --only plan 一起使用。</translation>
    </message>
    <message>
        <source>Package of {what} written to {path}</source>
        <translation>{what}的数据包已写入 {path}</translation>
    </message>
    <message>
        <source>  {written}</source>
        <translation>  {written}</translation>
    </message>
    <message>
        <source>Zones are written as GeoJSON: name the file OUT.geojson, not &apos;{name}&apos;.</source>
        <translation>功能区以 GeoJSON 格式写出：请将文件命名为 OUT.geojson，而不是“{name}”。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) written to {path}</source>
        <translation>
            <numerusform>已将 %Ln 个功能区写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>CC-BY 4.0: anyone may use the data, crediting you (GBIF&apos;s most common)</source>
        <extracomment>The licences GBIF accepts, as offered (the key export_observations takes, the label).</extracomment>
        <translation>CC-BY 4.0：任何人都可使用数据，但须注明你的署名（GBIF 最常用）</translation>
    </message>
    <message>
        <source>CC0 1.0: public domain, no conditions</source>
        <translation>CC0 1.0：公有领域，无任何条件</translation>
    </message>
    <message>
        <source>CC-BY-NC 4.0: credit, and no commercial use</source>
        <translation>CC-BY-NC 4.0：须署名，且不得用于商业用途</translation>
    </message>
    <message>
        <source>Darwin Core Archive</source>
        <translation>Darwin Core 存档</translation>
    </message>
    <message>
        <source>What should the archive publish?</source>
        <translation>存档应发布哪些内容？</translation>
    </message>
    <message>
        <source>Species records (occurrences)</source>
        <translation>物种记录（occurrence）</translation>
    </message>
    <message>
        <source>Measurements: climate, glacier, habitat, threats, socio-economic (sampling events)</source>
        <translation>测量：气候、冰川、生境、威胁、社会经济（采样事件）</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Under which licence may others use the data?</source>
        <translation>他人可以在何种许可下使用这些数据？</translation>
    </message>
    <message>
        <source>Separators</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Which spreadsheet will open this CSV?</source>
        <translation>哪个电子表格软件会打开这个 CSV？</translation>
    </message>
    <message>
        <source>Excel in French, Spanish, Russian, German and many other languages expects semicolons between columns and decimal commas (2,5); elsewhere, commas and decimal points (2.5).</source>
        <translation>法语、西班牙语、俄语、德语等许多语言版本的 Excel 要求用分号分隔列、用逗号作小数点（2,5）；其他情况用逗号分隔列、用句点作小数点（2.5）。</translation>
    </message>
    <message>
        <source>Semicolons, decimal commas</source>
        <translation>分号，小数逗号</translation>
    </message>
    <message>
        <source>Commas, decimal points</source>
        <translation>逗号，小数点</translation>
    </message>
    <message>
        <source>Export the zones</source>
        <translation>导出功能区</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) written to {path}.</source>
        <translation>
            <numerusform>已将 %Ln 个功能区写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>the window&apos;s own background work: the start-up check, a restore</extracomment>
        <translation>页面</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <extracomment>a cohort folder is open: its pages are shown, a personal folder&apos;s hidden</extracomment>
        <translation>正在打开你的数据…</translation>
    </message>
    <message>
        <source>You are exploring the &lt;b&gt;demo reserve&lt;/b&gt;: made-up data in a separate folder. &lt;a href=&apos;back&apos;&gt;Back to my data&lt;/a&gt;</source>
        <translation>你正在浏览&lt;b&gt;演示保护区&lt;/b&gt;：存放在单独文件夹中的虚构数据。&lt;a href=&apos;back&apos;&gt;返回我的数据&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <extracomment>The key of the start-up check in the window&apos;s operations.</extracomment>
        <translation>还原备份</translation>
    </message>
    <message>
        <source>{v0}

This backup cannot be restored. Your data was not changed.</source>
        <translation>{v0}

此备份无法还原。你的数据没有改变。</translation>
    </message>
    <message>
        <source>Replace the data in your data folder with this backup?</source>
        <translation>用此备份替换数据文件夹中的数据吗？</translation>
    </message>
    <message>
        <source>{v0}

Your current data is backed up first (or, if it is damaged, set aside whole) in {backups}, so this can be undone.</source>
        <translation>{v0}

会先将你当前的数据备份到 {backups}（如已损坏，则整体另存），因此可以撤回。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在还原备份…</translation>
    </message>
    <message>
        <source>Your database is damaged. SQLite reports: {problem}

brdesk will not change the damaged file. </source>
        <translation>你的数据库已损坏。SQLite 报告：{problem}

brdesk 不会改动已损坏的文件。</translation>
    </message>
    <message>
        <source>There is no good backup in {backups}. Keep the folder as it is and ask for help: &apos;brdesk check&apos; lists what is wrong.</source>
        <translation>{backups} 中没有可用的备份。请保持文件夹原样并寻求帮助：“brdesk check”会列出问题所在。</translation>
    </message>
    <message>
        <source>The newest good backup is:

{v0}

Restore it? The damaged database is kept, whole, in the backups folder.</source>
        <translation>最新的可用备份是：

{v0}

要还原它吗？已损坏的数据库会完整保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Effectiveness by element</source>
        <extracomment>The radars&apos; width: six short labels need no more, and the tables get the rest. Draws a radar into a view: (view, title, element labels, [(name, percents)]).</extracomment>
        <translation>各要素的成效</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>Scores by element</source>
        <translation>各要素得分</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest first&lt;/b&gt;: where a next step helps most</source>
        <translation>&lt;b&gt;最弱的在前&lt;/b&gt;：下一步最能发挥作用之处</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>已在计划中</translation>
    </message>
    <message>
        <source>Weakest questions</source>
        <translation>最弱的问题</translation>
    </message>
    <message>
        <source>Overall: &lt;b&gt;{v0}&lt;/b&gt; of what could be scored · {answered} of {applicable} questions that apply answered</source>
        <translation>总体：可得分的 &lt;b&gt;{v0}&lt;/b&gt; · 适用的 {applicable} 个问题中已回答 {answered} 个</translation>
    </message>
    <message>
        <source>{answered} of {applicable}</source>
        <translation>{answered}/{applicable}</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>Assessment to compare with</source>
        <translation>用于比较的评估</translation>
    </message>
    <message>
        <source>Two assessments compared</source>
        <translation>两次评估的比较</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Questions whose level changed</source>
        <translation>等级有变化的问题</translation>
    </message>
    <message>
        <source>Make a second assessment to compare the two.</source>
        <translation>再做一次评估即可比较两者。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not applying</source>
        <translation>
            <numerusform>%Ln 个问题不适用</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions by pillar</source>
        <extracomment>The overview&apos;s columns in the window: the four pillars in one (&quot;4 · 3 · 4 · 3&quot;), so that the participant and the reserve keep room at 1366 pixels.</extracomment>
        <translation>各支柱的行动</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Actions under pillars 1, 2, 3 and 4</source>
        <translation>支柱 1、2、3、4 下的行动</translation>
    </message>
    <message>
        <source>Goals no reserve serves</source>
        <translation>没有保护区对应的目标</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>保护区</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>Every text of brdesk&apos;s own a chart draws (the user&apos;s titles and names are drawn as typed). A chart_text() of a text missing here stays English: a test checks the list.</extracomment>
        <translation>行动</translation>
    </message>
    <message>
        <source>SDGs the reserves serve</source>
        <translation>各保护区对应的可持续发展目标</translation>
    </message>
    <message>
        <source>GBF target</source>
        <translation>GBF 目标</translation>
    </message>
    <message>
        <source>GBF targets the reserves serve</source>
        <translation>各保护区对应的 GBF 目标</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Kunming-Montreal GBF targets</source>
        <translation>昆明-蒙特利尔全球生物多样性框架目标</translation>
    </message>
    <message>
        <source>Target {number}</source>
        <translation>目标 {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Served by no reserve&apos;s plan:&lt;/b&gt; {v0}.</source>
        <translation>&lt;b&gt;没有任何保护区计划对应：&lt;/b&gt;{v0}。</translation>
    </message>
    <message>
        <source>Every goal and target is served by at least one reserve&apos;s plan.</source>
        <translation>每个目标都至少有一个保护区的计划对应。</translation>
    </message>
    <message>
        <source>No reserve&apos;s plan serves it</source>
        <translation>没有任何保护区的计划对应</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>正在绘制地图…</translation>
    </message>
    <message>
        <source>The reserves on a world map</source>
        <translation>世界地图上的保护区</translation>
    </message>
    <message>
        <source>Which number is which reserve</source>
        <translation>编号与保护区对照</translation>
    </message>
    <message>
        <source>placed by its zones</source>
        <translation>按其功能区定位</translation>
    </message>
    <message>
        <source>placed by its observations</source>
        <translation>按其观测记录定位</translation>
    </message>
    <message>
        <source>placed by its country</source>
        <translation>按其所在国家定位</translation>
    </message>
    <message>
        <source>The pillar compared</source>
        <translation>比较的支柱</translation>
    </message>
    <message>
        <source>Biosphere reserve</source>
        <translation>生物圈保护区</translation>
    </message>
    <message>
        <source>Actions under this pillar</source>
        <translation>此支柱下的行动</translation>
    </message>
    <message>
        <source>The plans side by side</source>
        <translation>并列的各项计划</translation>
    </message>
    <message>
        <source>The selected practice as a Word case study</source>
        <translation>将所选实践导出为 Word 案例研究</translation>
    </message>
    <message>
        <source>The good-practice catalogue</source>
        <translation>良好实践目录</translation>
    </message>
    <message>
        <source>Who has sent what: the state of each document in the participant&apos;s latest package (“(file)”: its file is in the package).</source>
        <translation>谁发送了什么：学员最新数据包中每份文件的状态（“（有文件）”：数据包中含该文件）。</translation>
    </message>
    <message>
        <source>Follow-up: who has sent what</source>
        <translation>后续事项：谁发送了什么</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What the programme asks for after the training, with its deadline. Attach the file that satisfies each item (it is copied into your data folder), then prepare a folder to send by e-mail. brdesk sends nothing itself.</source>
        <extracomment>The user asked for the submission folder (the page prepares it: it owns the options).</extracomment>
        <translation>培训结束后项目要求提交的材料及其截止日期。为每一项附上相应文件（会复制到你的数据文件夹），然后准备一个文件夹通过电子邮件发送。brdesk 本身不会发送任何东西。</translation>
    </message>
    <message>
        <source>Follow-up items</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Prepare submission folder…</source>
        <translation>准备提交文件夹…</translation>
    </message>
    <message>
        <source>Copy the report and the scans, well named, into a folder</source>
        <translation>把报告和扫描件按规范命名后复制到一个文件夹中</translation>
    </message>
    <message>
        <source>Fill in your profile on My reserve first: the items follow from the programme you attended.</source>
        <translation>请先在“我的保护区”中填写个人资料：各项事项取决于你参加的项目。</translation>
    </message>
    <message>
        <source>Due within two weeks</source>
        <translation>两周内到期</translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation>尚无文件</translation>
    </message>
    <message>
        <source>Status of {title}</source>
        <translation>{title} 的状态</translation>
    </message>
    <message>
        <source>Mark {title}</source>
        <translation>标记{title}</translation>
    </message>
    <message>
        <source>Attach: {title}</source>
        <translation>附加：{title}</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>No file is attached to this item yet.</source>
        <translation>此事项尚未附加文件。</translation>
    </message>
    <message>
        <source>brdesk will not open this file: {refused}.</source>
        <translation>brdesk 不会打开此文件：{refused}。</translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation>1 – 差</translation>
    </message>
    <message>
        <source>2 – fair</source>
        <translation>2 – 一般</translation>
    </message>
    <message>
        <source>3 – good</source>
        <translation>3 – 好</translation>
    </message>
    <message>
        <source>4 – very good</source>
        <translation>4 – 很好</translation>
    </message>
    <message>
        <source>5 – excellent</source>
        <translation>5 – 优秀</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation>输入以查找国家</translation>
    </message>
    <message>
        <source>The practice</source>
        <extracomment>The editor&apos;s tabs of fields, in the form&apos;s order.</extracomment>
        <translation>实践</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>成果与证据</translation>
    </message>
    <message>
        <source>Lessons and scaling</source>
        <translation>经验与推广</translation>
    </message>
    <message>
        <source>GBF tags</source>
        <translation>GBF 标签</translation>
    </message>
    <message>
        <source>plan actions</source>
        <translation>计划行动</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Good practice: {title}</source>
        <translation>良好实践：{title}</translation>
    </message>
    <message>
        <source>Plan and goals</source>
        <translation>计划与目标</translation>
    </message>
    <message>
        <source>Observations that show it worked</source>
        <translation>证明其有效的观测记录</translation>
    </message>
    <message>
        <source>Observations linked as evidence</source>
        <translation>作为证据链接的观测记录</translation>
    </message>
    <message>
        <source>Plan actions it grew from or carries out</source>
        <translation>它源于或实施的计划行动</translation>
    </message>
    <message>
        <source>SDGs it serves</source>
        <translation>它对应的可持续发展目标</translation>
    </message>
    <message>
        <source>GBF targets it serves</source>
        <translation>它对应的 GBF 目标</translation>
    </message>
    <message>
        <source>Photos of the practice</source>
        <translation>实践照片</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Copied into the data folder; the case study shows three</source>
        <translation>复制到数据文件夹；案例研究中显示三张</translation>
    </message>
    <message>
        <source>Plan actions linked</source>
        <translation>已链接的计划行动</translation>
    </message>
    <message>
        <source>Plan actions (none in the plan yet)</source>
        <translation>计划行动（计划中尚无行动）</translation>
    </message>
    <message>
        <source>To add some: on the Observations page, select the records and press &lt;i&gt;Link to a good practice…&lt;/i&gt;</source>
        <translation>添加方法：在“观测记录”页面选择记录，然后按&lt;i&gt;链接到良好实践…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>None linked yet. {hint}</source>
        <translation>尚未链接。{hint}</translation>
    </message>
    <message>
        <source>&lt;br&gt;… and {v0} more</source>
        <translation>&lt;br&gt;……另有 {v0} 条</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;{hint}</source>
        <translation>&lt;br&gt;&lt;br&gt;{hint}</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>还没有照片。</translation>
    </message>
    <message>
        <source> · &lt;a href=&apos;remove:{0}&apos;&gt;remove&lt;/a&gt;</source>
        <translation> · &lt;a href=&apos;remove:{0}&apos;&gt;移除&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Change the practice&apos;s {v0}</source>
        <translation>更改该实践的{v0}</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>打开照片</translation>
    </message>
    <message>
        <source>Remove {original_name} from this practice?</source>
        <translation>从此实践中移除 {original_name} 吗？</translation>
    </message>
    <message>
        <source>The file is deleted from the data folder.</source>
        <translation>该文件会从数据文件夹中删除。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>The fields a preview shows of each row to import.</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>待导入</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Rejected ({count})</source>
        <translation>被拒绝（{count}）</translation>
    </message>
    <message>
        <source>The first {v0} of {rejected_total} rejected rows</source>
        <translation>被拒绝的 {rejected_total} 行中的前 {v0} 行</translation>
    </message>
    <message>
        <source>To import ({accepted})</source>
        <translation>待导入（{accepted}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{accepted}&lt;/b&gt; rows to import</source>
        <translation>&lt;b&gt;{accepted}&lt;/b&gt; 行待导入</translation>
    </message>
    <message>
        <source>; the first {v0} listed</source>
        <translation>；列出前 {v0} 行</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#B00020&apos;&gt;{count}&lt;/b&gt; rejected (see why{listed})</source>
        <translation>&lt;b style=&apos;color:#B00020&apos;&gt;{count}&lt;/b&gt; 行被拒绝（查看原因{listed}）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in brdesk (imported before)</source>
        <translation>
            <numerusform>%Ln 行已在 brdesk 中（之前导入过）</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {code}: {title}</source>
        <extracomment>The user asked to make the next step an action (answer id).</extracomment>
        <translation>问题 {code}：{title}</translation>
    </message>
    <message>
        <source>Does not apply here (say why)</source>
        <translation>此处不适用（说明原因）</translation>
    </message>
    <message>
        <source>{code} level {level}: {description}</source>
        <translation>{code} 等级 {level}：{description}</translation>
    </message>
    <message>
        <source>Comment and next step for {code}</source>
        <translation>{code} 的评语和下一步</translation>
    </message>
    <message>
        <source>Evidence for {code}</source>
        <translation>{code} 的证据</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>附加证据…</translation>
    </message>
    <message>
        <source>Make it a plan action…</source>
        <translation>设为计划行动…</translation>
    </message>
    <message>
        <source>Turn the next step into an action of your plan</source>
        <translation>把下一步变成计划中的一项行动</translation>
    </message>
    <message>
        <source>Does not apply: {not_applicable_reason}</source>
        <translation>不适用：{not_applicable_reason}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Evidence: </source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>In the plan: {action}</source>
        <translation>已在计划中：{action}</translation>
    </message>
    <message>
        <source>Why does “{title}” not apply to your reserve?</source>
        <translation>为什么“{title}”不适用于你的保护区？</translation>
    </message>
    <message>
        <source>Answer {code}</source>
        <translation>回答 {code}</translation>
    </message>
    <message>
        <source>{name} is no longer here</source>
        <translation>{name} 已不在此处</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>打开证据</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <source>Remove {name} from this answer?</source>
        <translation>从此答案中移除 {name} 吗？</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;{text}&lt;/h3&gt;&lt;span style=&apos;color:#555555&apos;&gt;{question}&lt;/span&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;{text}&lt;/h3&gt;&lt;span style=&apos;color:#555555&apos;&gt;{question}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Map of the reserve</source>
        <extracomment>Scene units per degree of latitude (Qt&apos;s scene works best with numbers well above 1). Ground distances a scale bar may show, in metres.</extracomment>
        <translation>保护区地图</translation>
    </message>
    <message>
        <source>Wheel or + and - to zoom, drag to move, 0 to see everything</source>
        <translation>滚轮或 + 和 - 缩放，拖动以移动，按 0 查看全部</translation>
    </message>
    <message>
        <source>No zones yet: import their outlines (Import zones…).</source>
        <translation>还没有功能区：请导入边界（导入功能区…）。</translation>
    </message>
    <message>
        <source>{n} km</source>
        <translation>{n} 公里</translation>
    </message>
    <message>
        <source>{n} m</source>
        <translation>{n} 米</translation>
    </message>
    <message>
        <source>Make this folder a cohort</source>
        <translation>将此文件夹设为学员组</translation>
    </message>
    <message>
        <source>{root} becomes a cohort folder: it gathers your participants&apos; packages, each kept apart and read-only.</source>
        <translation>{root} 将成为学员组文件夹：它汇集学员的数据包，每个数据包分开保存且只读。</translation>
    </message>
    <message>
        <source>Your own reserve&apos;s data belongs in another folder: a cohort folder holds no profile, plan or observations of its own.</source>
        <translation>你自己保护区的数据应放在另一个文件夹中：学员组文件夹本身不含个人资料、计划或观测记录。</translation>
    </message>
    <message>
        <source>Make it a cohort</source>
        <translation>设为学员组</translation>
    </message>
    <message>
        <source>Bringing your data up to date for this version of brdesk.
A backup copy is made first; this can take a minute for large logs…</source>
        <extracomment>After the data is open: well after start-up is measured done (about 1 s). SQLite&apos;s check of the whole file and the daily backup, after start-up too.</extracomment>
        <translation>正在将你的数据更新到此版本的 brdesk。
会先做一份备份；记录很多时可能需要一分钟…</translation>
    </message>
    <message>
        <source>The office database could not be reached: this computer&apos;s own records</source>
        <translation>无法连接办公室数据库：显示本计算机自己的记录</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>The office database could not be opened.

{exc}</source>
        <translation>无法打开办公室数据库。

{exc}</translation>
    </message>
    <message>
        <source>The data folder could not be opened.

{exc}</source>
        <translation>无法打开数据文件夹。

{exc}</translation>
    </message>
    <message>
        <source>Changes saved by %1 are shown</source>
        <translation>已显示 %1 保存的更改</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {v0} You can look at everything and export to another folder; nothing can be changed here.</source>
        <translation>&lt;b&gt;只读。&lt;/b&gt;{v0} 你可以查看全部内容并导出到另一个文件夹；此处不能做任何更改。</translation>
    </message>
    <message>
        <source>Data folder in use</source>
        <translation>数据文件夹正在使用中</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Two brdesk changing one folder could undo each other&apos;s work. Look at it read-only here (and export what you need), or close the other one (or let it finish) and try again.</source>
        <translation>两个 brdesk 同时修改一个文件夹可能会互相抵消对方的工作。可以在这里以只读方式查看（并导出所需内容），或关闭另一个（或等它完成）后重试。</translation>
    </message>
    <message>
        <source>{who} is working in this folder; changes are made there. Close it and open this folder again to make your own.</source>
        <translation>{who} 正在使用此文件夹；更改在那里进行。关闭它，然后重新打开此文件夹即可自己修改。</translation>
    </message>
    <message>
        <source>Your data could not be opened.

{exc}</source>
        <translation>无法打开你的数据。

{exc}</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Your data as it was before is kept in {previous}.</source>
        <translation>你之前的数据保存在 {previous}。</translation>
    </message>
    <message>
        <source>The backup {name} was restored. {kept}</source>
        <translation>备份 {name} 已还原。{kept}</translation>
    </message>
    <message>
        <source> Details are in the log folder of your data folder.</source>
        <extracomment>Set by bench/startup.py: print when the window shows and when the data is in, then quit. How long a thread may hold the interpreter before another waiting for it gets a turn. Python&apos;s 5 ms default means the GUI thread waits up to 5 ms at every call into Python while a worker draws charts; many such waits in one repaint add up to a visible stall.</extracomment>
        <translation>详情见数据文件夹中的日志文件夹。</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your data is safe: every change saved before this is in the database.{where}</source>
        <translation>出现问题：{error}

你的数据是安全的：此前保存的每项更改都在数据库中。{where}</translation>
    </message>
    <message>
        <source>Something went wrong: {exc}. Details are in the log folder.</source>
        <translation>出现问题：{exc}。详情见日志文件夹。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出现问题。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Show theirs</source>
        <translation>显示对方的</translation>
    </message>
    <message>
        <source>Keep mine saves your change over theirs. Show theirs puts their version on screen; your change is not saved.</source>
        <translation>“保留我的”会用您的更改覆盖对方的更改。“显示对方的”会在屏幕上显示对方的版本；您的更改不会被保存。</translation>
    </message>
    <message>
        <source>Make a next step a plan action</source>
        <extracomment>The user chose to save over someone else&apos;s change (see execute).</extracomment>
        <translation>将下一步设为计划行动</translation>
    </message>
    <message>
        <source>{title}: double-click or press Enter to open it larger, with zoom</source>
        <extracomment>Double-click or Enter: the user wants the chart larger, with zoom. The panel the pixels were drawn from. &quot;here&quot; or &quot;helper&quot; (the chart helper process drew it)</extracomment>
        <translation>{title}：双击或按 Enter 以放大打开，可缩放</translation>
    </message>
    <message>
        <source>Drawing {title}…</source>
        <translation>正在绘制{title}…</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <extracomment>A typed value was refused, or a refused one mended or dropped. False in dialogs: fields are checked as they are left, saved together on OK. Fields whose typed text was refused: the text stays in its editor, marked, with its message, until the user changes it or another record is shown. Shown, not edited: the folder is open read-only (set_read_only).</extracomment>
        <translation>编辑{field}</translation>
    </message>
    <message>
        <source>not saved: {v0} {problem}</source>
        <translation>未保存：{v0}{problem}</translation>
    </message>
    <message>
        <source>Create {thing}</source>
        <translation>创建{thing}</translation>
    </message>
    <message>
        <source>{name}, line {v0}: byte 0x{byte:02X} is not UTF-8, though the rest of the file is. The file is damaged or mixes encodings: open it in a spreadsheet and save it again as CSV UTF-8. Nothing was imported.</source>
        <extracomment>Opens a file&apos;s (or an archive member&apos;s) bytes for one pass. Among legacy encodings that read a file equally well, the one Excel on most Windows computers writes &quot;CSV&quot; in comes first (charset-normalizer cannot tell cp1252 from cp1250 on French text, and would turn &quot;Espèce&quot; into &quot;Espčce&quot;). Above this share of odd characters the detected encoding is a guess: refuse instead. Bytes read at a time when checking an encoding, and the most kept for detecting one.</extracomment>
        <translation>{name} 第 {v0} 行：字节 0x{byte:02X} 不是 UTF-8，而文件其余部分是。文件已损坏或混用了编码：请在电子表格软件中打开并重新另存为 CSV UTF-8。没有导入任何内容。</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not an encoding brdesk knows.</source>
        <translation>“{encoding}”不是 brdesk 认识的编码。</translation>
    </message>
    <message>
        <source>{name}, line {v0}: byte 0x{byte:02X} cannot be read as {encoding}. Choose another encoding, or save the file as CSV UTF-8.</source>
        <translation>{name} 第 {v0} 行：字节 0x{byte:02X} 无法按 {encoding} 读取。请另选编码，或将文件另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>{name}: the file is not UTF-8, and its encoding cannot be told for sure. Save it as CSV UTF-8 in your spreadsheet, or name the encoding (--encoding, or the Encoding list of the import window). Nothing was imported.</source>
        <translation>{name}：文件不是 UTF-8，且无法确定其编码。请在电子表格软件中另存为 CSV UTF-8，或指定编码（--encoding，或导入窗口中的编码列表）。没有导入任何内容。</translation>
    </message>
    <message>
        <source>Western European (cp1252)</source>
        <extracomment>Encodings a user may choose for a CSV (the ANSI code pages of the participants&apos; Windows, and the Unicode ones).</extracomment>
        <translation>西欧语言（cp1252）</translation>
    </message>
    <message>
        <source>Central European (cp1250)</source>
        <translation>中欧语言（cp1250）</translation>
    </message>
    <message>
        <source>Cyrillic (cp1251)</source>
        <translation>西里尔文（cp1251）</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>西里尔文（KOI8-R）</translation>
    </message>
    <message>
        <source>Turkish (cp1254)</source>
        <translation>土耳其文（cp1254）</translation>
    </message>
    <message>
        <source>Arabic (cp1256)</source>
        <translation>阿拉伯文（cp1256）</translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030)</source>
        <translation>简体中文（GB18030）</translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>日文（Shift-JIS）</translation>
    </message>
    <message>
        <source>Korean (cp949)</source>
        <translation>韩文（cp949）</translation>
    </message>
    <message>
        <source>Thai (cp874)</source>
        <translation>泰文（cp874）</translation>
    </message>
    <message>
        <source>UTC offset (+05:45)</source>
        <extracomment>Observation fields a column can feed, in the order forms show them. Labels of the fields that are not observation fields themselves (they are converted).</extracomment>
        <translation>UTC 时差（+05:45）</translation>
    </message>
    <message>
        <source>UTM easting (m)</source>
        <translation>UTM 东坐标（米）</translation>
    </message>
    <message>
        <source>UTM northing (m)</source>
        <translation>UTM 北坐标（米）</translation>
    </message>
    <message>
        <source>UTM zone (45R, 18 south)</source>
        <translation>UTM 带号（45R、18 south）</translation>
    </message>
    <message>
        <source>{origin} is not a brdesk column mapping ({exc}).</source>
        <extracomment>observation field -&gt; column name a column holding &quot;lat lon [altitude [accuracy]]&quot; (KoBo and ODK geopoints) a column holding the record&apos;s id in the source tool, for re-imports values for fields no column gives (category &quot;species&quot; for a species list, say) a column whose value the coordinate uncertainty is never below (iNaturalist&apos;s public_positional_accuracy: an obscured record is only known to ~28 km) field -&gt; the column a form writes the text of an &quot;other&quot; answer in a second id column, for rows the first leaves empty (GBIF&apos;s gbifID): such a row is known as &quot;&lt;column&gt;:&lt;value&gt;&quot; a form&apos;s select questions: question name -&gt; {choice name: label}, read from its XLSForm (choice_form names the file), so choice names import as their labels</extracomment>
        <translation>{origin} 不是 brdesk 的列对应文件（{exc}）。</translation>
    </message>
    <message>
        <source>{origin}: &apos;{v0}&apos; is not an observation field.</source>
        <translation>{origin}：“{v0}”不是观测记录字段。</translation>
    </message>
    <message>
        <source>{origin}: day_order must be &apos;dmy&apos; or &apos;mdy&apos;.</source>
        <translation>{origin}：day_order 必须是“dmy”或“mdy”。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {v0}.</source>
        <translation>无法读取 {path}：{v0}。</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>taken by you</source>
        <translation>由你创建</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>还原之前</translation>
    </message>
    <message>
        <source>before an upgrade of brdesk&apos;s data format</source>
        <translation>brdesk 数据格式升级之前</translation>
    </message>
    <message>
        <source>before the demo replaced the data</source>
        <translation>演示数据替换数据之前</translation>
    </message>
    <message>
        <source>the damaged database, set aside</source>
        <translation>已损坏的数据库，另存</translation>
    </message>
    <message>
        <source>an archive with attachments</source>
        <translation>含附件的压缩包</translation>
    </message>
    <message>
        <source>Biodiversity Conservation and Monitoring</source>
        <extracomment>The aspects rated, as the report names them; the window says them by their names alone (marked here).</extracomment>
        <translation>生物多样性保护与监测</translation>
    </message>
    <message>
        <source>Protected Area Management</source>
        <translation>保护地管理</translation>
    </message>
    <message>
        <source>Sustainable Development and Climate Action</source>
        <translation>可持续发展与气候行动</translation>
    </message>
    <message>
        <source>Community Engagement and Co-management</source>
        <translation>社区参与和共同管理</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织安排</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Reserve country</source>
        <translation>保护区所在国家</translation>
    </message>
    <message>
        <source>Personal information: your profile is not filled in</source>
        <translation>个人信息：尚未填写个人资料</translation>
    </message>
    <message>
        <source>Personal information: {field} not given</source>
        <translation>个人信息：未填写{field}</translation>
    </message>
    <message>
        <source>Summary of participation: {field} not written</source>
        <translation>参与情况总结：未填写{field}</translation>
    </message>
    <message>
        <source>Evaluation: {aspect} rating not given</source>
        <translation>评价：未给出“{aspect}”评分</translation>
    </message>
    <message>
        <source>Evaluation: {field} not written</source>
        <translation>评价：未填写{field}</translation>
    </message>
    <message>
        <source>Action plan: no actions yet</source>
        <translation>行动计划：尚无行动</translation>
    </message>
    <message>
        <source>Management effectiveness: no self-assessment yet</source>
        <translation>管理成效：尚无自我评估</translation>
    </message>
    <message>
        <source>The reserve&apos;s zones: no outlines on the map yet (Map › Import zones…)</source>
        <translation>保护区的功能区：地图上尚无边界（地图 › 导入功能区…）</translation>
    </message>
    <message>
        <source>Good practices: none documented yet (Good practices page)</source>
        <translation>良好实践：尚未记录（良好实践页面）</translation>
    </message>
    <message>
        <source>Cannot write the report to &apos;{name}&apos;: the name must end in .docx.</source>
        <translation>无法将报告写入“{name}”：文件名必须以 .docx 结尾。</translation>
    </message>
    <message>
        <source>A point inside several zones counts in the most protected (core area, then buffer zone, then transition area) and, within one kind, in the smallest.</source>
        <extracomment>The codes map_zone takes, by their index in the arrays below.</extracomment>
        <translation>位于多个功能区内的点计入保护等级最高的功能区（先核心区，再缓冲区，再过渡区）；同类功能区中计入最小的一个。</translation>
    </message>
    <message>
        <source>no outline on the map</source>
        <extracomment>A typed area further than this from the map&apos;s is flagged (outlines are drawn at some scale, and nomination figures rounded; a tenth apart is another boundary). For charts and the map widget: (kind, name, polygons as lists of [lon, lat] rings).</extracomment>
        <translation>地图上没有边界</translation>
    </message>
    <message>
        <source>no area typed in the profile</source>
        <translation>个人资料中未填写面积</translation>
    </message>
    <message>
        <source>agrees (within {tolerance:.0%})</source>
        <translation>一致（误差在 {tolerance:.0%} 以内）</translation>
    </message>
    <message>
        <source>the map&apos;s is {difference:.0%} larger</source>
        <translation>地图上的大 {difference:.0%}</translation>
    </message>
    <message>
        <source>the map&apos;s is {difference:.0%} smaller</source>
        <translation>地图上的小 {difference:.0%}</translation>
    </message>
    <message>
        <source>Not located</source>
        <extracomment>year (0: all years) -&gt; rows, zones in drawing order then outside and not located observations whose recorded zone is not the map&apos;s</extracomment>
        <translation>无位置</translation>
    </message>
    <message>
        <source>(a zone since removed)</source>
        <translation>（已删除的功能区）</translation>
    </message>
    <message>
        <source>brdesk help</source>
        <translation>brdesk 帮助</translation>
    </message>
    <message>
        <source>is required</source>
        <extracomment>An extra field&apos;s value a service does not tell (EntityService.extra_value). A human name for messages (&quot;Observation 12 no longer exists&quot;).</extracomment>
        <translation>必填</translation>
    </message>
    <message>
        <source>{v0} {record_id} no longer exists.</source>
        <translation>{v0} {record_id} 已不存在。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>{who} changed this {noun} at {when}. {field} now reads: “{theirs}”. Your change was not saved.</source>
        <translation>{who} 于 {when} 更改了此{noun}。{field} 现在为：“{theirs}”。您的更改未保存。</translation>
    </message>
    <message>
        <source>Not saved: {who} changed it at {when}.</source>
        <translation>未保存：{who} 于 {when} 更改了它。</translation>
    </message>
    <message>
        <source>is too long ({length:,} characters; at most {longest:,})</source>
        <translation>过长（{length:,} 个字符；最多 {longest:,} 个）</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限的数字</translation>
    </message>
    <message>
        <source>must be at least {low}</source>
        <translation>不得小于 {low}</translation>
    </message>
    <message>
        <source>must be at most {high}</source>
        <translation>不得大于 {high}</translation>
    </message>
    <message>
        <source>must not be after this year, {year}</source>
        <translation>不得晚于今年（{year}）</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} 是未来的日期</translation>
    </message>
    <message>
        <source>holds a control character (U+{code:04X}) that no text holds</source>
        <extracomment>The type a value already of each kind has: it is not converted again (its limits are still checked). Texts are always looked at (control characters). Control characters no typed text holds (tab, line feed and carriage return aside): a NUL cuts the text short in many programs the data later reaches.</extracomment>
        <translation>含有文本中不应出现的控制字符（U+{code:04X}）</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <extracomment>The largest whole number SQLite stores.</extracomment>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>must be {what}</source>
        <translation>必须是{what}</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>must be between -{limit:g} and {limit:g}</source>
        <translation>必须在 -{limit:g} 到 {limit:g} 之间</translation>
    </message>
    <message>
        <source>must be a time written HH:MM</source>
        <translation>必须是 HH:MM 格式的时间</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>“{text}”不在以下选项中：{allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an e-mail address</source>
        <translation>“{text}”不是电子邮件地址</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country name or a two-letter ISO code such as NP or KE</source>
        <translation>“{text}”不是国家名称或 NP、KE 这样的两字母 ISO 代码</translation>
    </message>
    <message>
        <source>{problem} (got {got})</source>
        <extracomment>A short hint shown in the form (placeholder or tooltip).</extracomment>
        <translation>{problem}（输入的是 {got}）</translation>
    </message>
    <message>
        <source>: latitude and longitude swapped?</source>
        <extracomment>How far beyond the box of the zones on the map a point is said to be far outside (about half a degree: a GPS unit&apos;s error or a neighbouring valley is nearer; swapped latitude and longitude, a missing minus sign or a wrong UTM zone are much further).</extracomment>
        <translation>：纬度和经度是否颠倒了？</translation>
    </message>
    <message numerus="yes">
        <source>WARNING: %Ln row(s) [lies|lie] more than {km} km outside the reserve&apos;s zones (the first, row {row}, at latitude {lat:g}, longitude {lon:g}{swapped}); they are imported as read</source>
        <translation>
            <numerusform>警告：%Ln 行位于保护区功能区以外 {km} 公里以上（第一行为第 {row} 行，纬度 {lat:g}，经度 {lon:g}{swapped}）；按读取的原样导入</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;other&apos;, but &apos;{column}&apos; does not say what</source>
        <extracomment>The namespace of imported records&apos; UUIDs: uuid5(NAMESPACE, &quot;source:source_id&quot;). Fields read as numbers, whose values tell the file&apos;s decimal mark. The fields an import fills, in the order convert() returns them. A select answer as KoBo&apos;s and ODK&apos;s &quot;XML values&quot; write it: pseudois_nayaur. Values read from another column than their field&apos;s own (a geopoint&apos;s elevation): a value the field declarations refuse is named by where it was read.</extracomment>
        <translation>为“other”，但“{column}”没有说明是什么</translation>
    </message>
    <message>
        <source>the {field} is missing</source>
        <translation>缺少{field}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a choice of this question in the form</source>
        <translation>“{value}”不是表单中此问题的选项</translation>
    </message>
    <message>
        <source>the time itself says {offset}: which is right?</source>
        <translation>时间本身写的是 {offset}：哪个正确？</translation>
    </message>
    <message>
        <source>a geopoint needs &apos;latitude longitude&apos;</source>
        <extracomment>A time column holding a date alone (iNaturalist&apos;s observed_on_string when no time was recorded): no time of day, not an error.</extracomment>
        <translation>地理点需要“纬度 经度”</translation>
    </message>
    <message>
        <source>the longitude is missing</source>
        <translation>缺少经度</translation>
    </message>
    <message>
        <source>the latitude is missing</source>
        <translation>缺少纬度</translation>
    </message>
    <message>
        <source>the UTM easting is missing</source>
        <translation>缺少 UTM 东坐标</translation>
    </message>
    <message>
        <source>the UTM northing is missing</source>
        <translation>缺少 UTM 北坐标</translation>
    </message>
    <message>
        <source>a UTM position needs its zone: map a zone column, or give the file&apos;s zone (&quot;UTM zone&quot; in the mapping&apos;s defaults, such as 45R)</source>
        <translation>UTM 位置需要带号：请对应一个带号列，或给出文件的带号（对应关系缺省值中的“UTM 带号”，例如 45R）</translation>
    </message>
    <message>
        <source>row {row}, column &apos;{column}&apos; value &apos;{value}&apos;: {reason}</source>
        <extracomment>Columns a checked row waits in (the timestamps are the commit&apos;s). Rejections a preview lists (all are counted): a thousand show what is wrong with a file as well as a million would, in a fraction of the memory. Accepted rows a preview keeps to show.</extracomment>
        <translation>第 {row} 行，“{column}”列，值“{value}”：{reason}</translation>
    </message>
    <message>
        <source>row {row}, column &apos;{column}&apos;: {reason}</source>
        <translation>第 {row} 行，“{column}”列：{reason}</translation>
    </message>
    <message>
        <source>row {row}, the row: {reason}</source>
        <translation>第 {row} 行，整行：{reason}</translation>
    </message>
    <message>
        <source>text read as {encoding}</source>
        <extracomment>rows read from the file (blank rows aside) rows ready to insert the first rows ready to insert, in STAGED_COLUMNS order, to show the first rejections, in row order (REJECTIONS_KEPT at most), and how many in all rows already in the store from an earlier import of the same records the decimal mark the file&apos;s numbers use (None: none of them tells) the text encoding a CSV file was read in (None for a workbook) for an archive: the member read, and the other members left out (repeat tables, media, extensions), which the preview names where the accepted rows wait for the commit media files of the archive, by the name rows give them, and how many the accepted rows name (attached to their observations at the commit) a value of a form export that looks like a choice name, when no form was given rows located far outside the zones on the map, and the first of them (row number, latitude, longitude), said in the preview: swapped coordinates are caught so</extracomment>
        <translation>文本按 {encoding} 读取</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) from the archive&apos;s media folder attached to their observations</source>
        <translation>
            <numerusform>压缩包媒体文件夹中的 %Ln 张照片已附加到对应的观测记录</numerusform>
        </translation>
    </message>
    <message>
        <source>choice names read as their labels in {form}</source>
        <translation>选项名称按 {form} 中的标签读取</translation>
    </message>
    <message>
        <source>choice names read as their labels in the form</source>
        <translation>选项名称按表单中的标签读取</translation>
    </message>
    <message>
        <source>values such as &apos;{value}&apos; look like a form&apos;s choice names, kept as written: give the form (Choice labels; --form) to import their labels</source>
        <translation>“{value}”之类的值看起来像表单的选项名称，已按原样保留：请提供表单（选项标签；--form）以导入其标签</translation>
    </message>
    <message>
        <source>UTM positions converted to latitude and longitude, WGS84 (zone {zone} where the file gives none)</source>
        <translation>UTM 位置已转换为 WGS84 纬度和经度（文件未给出时使用带号 {zone}）</translation>
    </message>
    <message>
        <source>UTM positions converted to latitude and longitude, WGS84</source>
        <translation>UTM 位置已转换为 WGS84 纬度和经度</translation>
    </message>
    <message>
        <source>read {member} from the archive; not imported: {others}</source>
        <translation>从压缩包读取了 {member}；未导入：{others}</translation>
    </message>
    <message>
        <source>read {member} from the archive</source>
        <translation>从压缩包读取了 {member}</translation>
    </message>
    <message>
        <source>numbers read with a decimal comma (1.234,5 or 2,5)</source>
        <translation>数字按小数逗号读取（1.234,5 或 2,5）</translation>
    </message>
    <message>
        <source>numbers read with a decimal point (1,234.5 or 2.5)</source>
        <translation>数字按小数点读取（1,234.5 或 2.5）</translation>
    </message>
    <message>
        <source>numbers that could be read two ways (1,000) are refused</source>
        <translation>可以两种方式理解的数字（1,000）会被拒绝</translation>
    </message>
    <message>
        <source>{name}: the mapping names a column the file lacks: &apos;{v0}&apos;.</source>
        <translation>{name}：对应关系中提到的列在文件中不存在：“{v0}”。</translation>
    </message>
    <message>
        <source>{name}: cannot tell which column holds {labels}. Say which: in the Columns list of the import window, or with a mapping file (--mapping MAP.json) on the command line.</source>
        <translation>{name}：无法判断哪一列是{labels}。请指定：在导入窗口的列列表中，或在命令行中使用对应文件（--mapping MAP.json）。</translation>
    </message>
    <message>
        <source>the same record appears earlier in the file</source>
        <translation>同一条记录在文件前面已出现</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <extracomment>for the APIs that take an Event themselves (the chart helper)</extracomment>
        <translation>已取消：未做任何更改。</translation>
    </message>
    <message>
        <source>objectives</source>
        <extracomment>The kinds whose changes a replacement reports, as it names them.</extracomment>
        <translation>目标</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <extracomment>the file checked, or an office database&apos;s address (its password hidden)</extracomment>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>  {fact}</source>
        <translation>  {fact}</translation>
    </message>
    <message>
        <source>PROBLEMS ({count}):</source>
        <translation>问题（{count}）：</translation>
    </message>
    <message>
        <source>  - {problem}</source>
        <translation>  - {problem}</translation>
    </message>
    <message>
        <source>Healthy: integrity, foreign keys and schema version all check out.</source>
        <translation>状态良好：完整性、外键和结构版本均检查通过。</translation>
    </message>
    <message>
        <source>There is no database file here (run &apos;brdesk demo&apos; or start brdesk).</source>
        <translation>这里没有数据库文件（运行“brdesk demo”或启动 brdesk）。</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <source>The file is not a readable SQLite database</source>
        <translation>该文件不是可读取的 SQLite 数据库</translation>
    </message>
    <message>
        <source>Integrity: kept by the database server</source>
        <translation>完整性：由数据库服务器保障</translation>
    </message>
    <message>
        <source>Foreign keys: enforced by the database server</source>
        <translation>外键：由数据库服务器强制执行</translation>
    </message>
    <message>
        <source>The database could not be checked: {why} SQLite needs to write beside it to read the changes kept in {wal}. This says nothing about damage: free some space (or use a writable disk) and check again.</source>
        <translation>无法检查数据库：{why} SQLite 需要在其旁边写入，才能读取保存在 {wal} 中的更改。这并不表示有损坏：请腾出一些空间（或使用可写的磁盘）后再检查。</translation>
    </message>
    <message>
        <source>{otherwise}: {problem}.</source>
        <translation>{otherwise}：{problem}。</translation>
    </message>
    <message>
        <source>Integrity check failed: {complaint}</source>
        <translation>完整性检查未通过：{complaint}</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message>
        <source>Broken link: {table} row {row} points at a missing {parent} record.</source>
        <translation>断开的链接：{table} 的第 {row} 行指向不存在的 {parent} 记录。</translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more broken link(s).</source>
        <translation>
            <numerusform>……另有 %Ln 个断开的链接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation>外键：正常</translation>
    </message>
    <message>
        <source>Missing tables: {tables}.</source>
        <translation>缺少的数据表：{tables}。</translation>
    </message>
    <message>
        <source>No schema version recorded: this is not a brdesk database.</source>
        <translation>没有记录结构版本：这不是 brdesk 数据库。</translation>
    </message>
    <message>
        <source>Schema version {revision} is newer than this brdesk knows ({head}).</source>
        <translation>结构版本 {revision} 比此 brdesk 所知的版本（{head}）更新。</translation>
    </message>
    <message>
        <source>Schema version: {revision} (will be upgraded to {head} on next start)</source>
        <translation>结构版本：{revision}（下次启动时将升级到 {head}）</translation>
    </message>
    <message>
        <source>Schema version: {revision} (current)</source>
        <translation>结构版本：{revision}（当前）</translation>
    </message>
    <message>
        <source>Schema: {problem}.</source>
        <translation>结构：{problem}。</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>reserves</source>
        <translation>保护区</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>观测记录</translation>
    </message>
    <message>
        <source>{label} {count:,}</source>
        <translation>{label} {count:,}</translation>
    </message>
    <message>
        <source>Records: {counts}</source>
        <translation>记录：{counts}</translation>
    </message>
    <message>
        <source>good practices</source>
        <translation>良好实践</translation>
    </message>
    <message>
        <source>follow-up items</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>self-assessments</source>
        <translation>自我评估</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation>添加 {n} 人</translation>
    </message>
    <message>
        <source>{n} replaced by a newer package</source>
        <translation>{n} 人由较新的数据包替换</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>{n} 人未变</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} 个被拒绝</translation>
    </message>
    <message>
        <source>Participants: {parts}.</source>
        <translation>学员：{parts}。</translation>
    </message>
    <message>
        <source>no package given</source>
        <translation>未提供数据包</translation>
    </message>
    <message>
        <source>There is no file or folder at {path}.</source>
        <translation>{path} 处没有文件或文件夹。</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <extracomment>Below this many packages to build, they are built here: starting workers costs more.</extracomment>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>{name}: {older} is left out: {newer}, written {when}, is newer.</source>
        <translation>{name}：{older} 不采用：{newer}（写于 {when}）更新。</translation>
    </message>
    <message>
        <source>its participant has no valid identity (UUID).</source>
        <translation>其学员没有有效的身份（UUID）。</translation>
    </message>
    <message>
        <source>{name}: {package} is already in the cohort.</source>
        <translation>{name}：{package} 已在学员组中。</translation>
    </message>
    <message>
        <source>{name}: {package} (written {when}) is not newer than the package held (written {held}): the newer is kept.</source>
        <translation>{name}：{package}（写于 {when}）并不比现有的数据包（写于 {held}）新：保留较新的。</translation>
    </message>
    <message>
        <source>{added}, replacing the package written {when}: {change}.</source>
        <translation>{added}，替换写于 {when} 的数据包：{change}。</translation>
    </message>
    <message>
        <source>it holds no participant&apos;s profile. A cohort gathers each participant&apos;s package of all their data (File › Export › Package…, everything).</source>
        <translation>其中没有学员的个人资料。学员组汇集每位学员包含其全部数据的数据包（文件 › 导出 › 数据包…，全部数据）。</translation>
    </message>
    <message>
        <source>it holds {v0} participants&apos; profiles ({names}): a cohort takes one participant&apos;s package at a time.</source>
        <translation>其中有 {v0} 位学员的个人资料（{names}）：学员组一次只接收一位学员的数据包。</translation>
    </message>
    <message>
        <source>{name} ({reserve}): {package}, written {when}</source>
        <translation>{name}（{reserve}）：{package}，写于 {when}</translation>
    </message>
    <message>
        <source>{name}: {package}, written {when}</source>
        <translation>{name}：{package}，写于 {when}</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>时间不明</translation>
    </message>
    <message>
        <source>{n:,} added</source>
        <translation>新增 {n:,}</translation>
    </message>
    <message>
        <source>{n:,} changed</source>
        <translation>修改 {n:,}</translation>
    </message>
    <message>
        <source>{n:,} removed</source>
        <translation>删除 {n:,}</translation>
    </message>
    <message>
        <source>{kind} {counts}</source>
        <translation>{kind}：{counts}</translation>
    </message>
    <message>
        <source>{document} {before} → {after}</source>
        <translation>{document}：{before} → {after}</translation>
    </message>
    <message>
        <source>no record changed</source>
        <translation>没有记录改变</translation>
    </message>
    <message>
        <source>{name}: {amounts}.</source>
        <translation>{name}：{amounts}。</translation>
    </message>
    <message>
        <source>{root} is a cohort folder: its participants&apos; data is exported as a cohort package (File › Cohort › Export cohort package…, or brdesk export cohort OUT.brdesk), never as one person&apos;s package.</source>
        <translation>{root} 是学员组文件夹：其学员的数据以学员组数据包导出（文件 › 学员组 › 导出学员组数据包…，或 brdesk export cohort OUT.brdesk），而不是一个人的数据包。</translation>
    </message>
    <message>
        <source>A package is a {SUFFIX} file: &apos;{name}&apos; is not.</source>
        <translation>数据包是 {SUFFIX} 文件：“{name}”不是。</translation>
    </message>
    <message>
        <source>The attachment {v0} ({source}) is missing from the data folder; the package was not written.</source>
        <translation>数据文件夹中缺少附件 {v0}（{source}）；数据包未写出。</translation>
    </message>
    <message>
        <source>{record}: the package&apos;s version (edited {when} UTC) is newer and was kept</source>
        <extracomment>(field, value here, value in the package) for each field that differed</extracomment>
        <translation>{record}：数据包中的版本（编辑于 {when} UTC）较新，已保留</translation>
    </message>
    <message>
        <source>{record}: yours (edited {when} UTC) is newer and was kept</source>
        <translation>{record}：你的版本（编辑于 {when} UTC）较新，已保留</translation>
    </message>
    <message>
        <source>{field}: {here} here, {there} in the package</source>
        <translation>{field}：此处为 {here}，数据包中为 {there}</translation>
    </message>
    <message>
        <source>{head}. {fields}.</source>
        <translation>{head}。{fields}。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{package}: {written}.</source>
        <extracomment>versions older than ours that we already had: nothing to take from them</extracomment>
        <translation>{package}：{written}。</translation>
    </message>
    <message>
        <source>  {amounts} would be added.</source>
        <translation>  将添加{amounts}。</translation>
    </message>
    <message>
        <source>  {amounts} were added.</source>
        <translation>  已添加{amounts}。</translation>
    </message>
    <message>
        <source>  {amounts} would be updated.</source>
        <translation>  将更新{amounts}。</translation>
    </message>
    <message>
        <source>  {amounts} were updated.</source>
        <translation>  已更新{amounts}。</translation>
    </message>
    <message>
        <source>  Nothing new: everything in the package is here already.</source>
        <translation>  没有新内容：数据包中的一切这里都已有。</translation>
    </message>
    <message>
        <source>  Already here, as they are or newer: {amounts}.</source>
        <translation>  这里已有（相同或更新）：{amounts}。</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln [record was|records were] edited on both laptops; the newer version of each was kept:</source>
        <translation>
            <numerusform>  %Ln 条记录在两台电脑上都被编辑过；每条都保留了较新的版本：</numerusform>
        </translation>
    </message>
    <message>
        <source>  - {conflict}</source>
        <translation>  - {conflict}</translation>
    </message>
    <message>
        <source>A package holds everything, observations or the plan: not &apos;{what}&apos;.</source>
        <extracomment>A clock a little ahead is forgiven; a version dated further ahead would win every merge. Columns (besides uuid) that identify the same record: the database holds them unique. A record of the same name here is taken to be this one (linked to, not merged).</extracomment>
        <translation>数据包包含全部数据、观测记录或计划：不能是“{what}”。</translation>
    </message>
    <message>
        <source>The date range ends ({date_to}) before it starts ({date_from}).</source>
        <translation>日期范围的结束日期（{date_to}）早于开始日期（{date_from}）。</translation>
    </message>
    <message>
        <source>the action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>all the data</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>observations from {start} to {end}</source>
        <translation>{start} 至 {end} 的观测记录</translation>
    </message>
    <message>
        <source>observations from {start}</source>
        <translation>自 {start} 起的观测记录</translation>
    </message>
    <message>
        <source>observations up to {end}</source>
        <translation>截至 {end} 的观测记录</translation>
    </message>
    <message>
        <source>all observations</source>
        <translation>所有观测记录</translation>
    </message>
    <message>
        <source>Cannot write {name}: {refused}. Choose another name.</source>
        <translation>无法写入 {name}：{refused}。请换一个名称。</translation>
    </message>
    <message>
        <source>Cannot write {target}: the folder {folder} does not exist.</source>
        <translation>无法写入 {target}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Cannot write {name}: {culprit} could not be used ({problem}).</source>
        <translation>无法写入 {name}：无法使用 {culprit}（{problem}）。</translation>
    </message>
    <message>
        <source>Cannot write {target}: the path is too long ({length} characters). Choose a shorter name, or a folder nearer the top of the disk.</source>
        <translation>无法写入 {target}：路径太长（{length} 个字符）。请选择更短的名称，或更靠近磁盘顶层的文件夹。</translation>
    </message>
    <message>
        <source>write {name}</source>
        <translation>写入 {name}</translation>
    </message>
    <message>
        <source>Cannot write {target}: {problem}.</source>
        <translation>无法写入 {target}：{problem}。</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {v0} Your data was not changed.</source>
        <extracomment>the current data, as it was before the restore (a backup, or the damaged file)</extracomment>
        <translation>{name} 无法还原：{v0} 你的数据没有改变。</translation>
    </message>
    <message>
        <source>prepare the restore</source>
        <translation>准备还原</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>The records are on the office database: it is backed up on its server (pg_dump, every night; see docs/office-server.md). To carry a copy away, export a package of everything.</source>
        <translation>记录保存在办公室数据库中：它在其服务器上备份（pg_dump，每晚一次；见 docs/office-server.md）。如需带走一份副本，请导出包含全部内容的数据包。</translation>
    </message>
    <message>
        <source>Your database is damaged ({exc}).</source>
        <translation>你的数据库已损坏（{exc}）。</translation>
    </message>
    <message>
        <source>back up the data</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>Your database is damaged: SQLite reports &apos;{problem}&apos;.</source>
        <translation>你的数据库已损坏：SQLite 报告“{problem}”。</translation>
    </message>
    <message>
        <source>Cannot back up the data: a backup needs about {v0:,.0f} MB and the disk holding {backups} has {v1:,.0f} MB free. Free some space, or delete old backups you no longer need.</source>
        <translation>无法备份数据：备份大约需要 {v0:,.0f} MB，而 {backups} 所在的磁盘只有 {v1:,.0f} MB 可用。请释放一些空间，或删除不再需要的旧备份。</translation>
    </message>
    <message>
        <source>open {name}</source>
        <extracomment>PostgreSQL&apos;s refusal of a change the login was not granted (docs/office-server.md). Why this folder is open read-only (a sentence), or None: it can be edited.</extracomment>
        <translation>打开 {name}</translation>
    </message>
    <message>
        <source>This brdesk cannot reach a database server: its PostgreSQL driver is not installed (pip install &apos;brdesk[server]&apos;).</source>
        <translation>此 brdesk 无法连接数据库服务器：未安装其 PostgreSQL 驱动程序（pip install &apos;brdesk[server]&apos;）。</translation>
    </message>
    <message>
        <source>Cannot reach the office database {where}: {problem}</source>
        <translation>无法连接办公室数据库 {where}：{problem}</translation>
    </message>
    <message>
        <source>There is no brdesk data in {root} to open, and none can be started there: {why} Choose another folder.</source>
        <translation>{root} 中没有可打开的 brdesk 数据，也无法在那里新建：{why} 请另选一个文件夹。</translation>
    </message>
    <message>
        <source>{db} was written by an earlier brdesk and must be brought up to date before this version can read it, which means writing to it: {why} Copy the whole folder to a disk you can write to, and open the copy.</source>
        <translation>{db} 由早期的 brdesk 写出，必须先更新才能被此版本读取，而更新需要写入它：{why} 请把整个文件夹复制到可写的磁盘上，然后打开副本。</translation>
    </message>
    <message>
        <source>{db} cannot be read here: {why} It still holds changes kept beside it in {wal}, which SQLite can only read from a disk it can write to. Copy the whole folder to such a disk and open it there; nothing is lost.</source>
        <translation>无法在此读取 {db}：{why} 它还有保存在旁边 {wal} 中的更改，SQLite 只能在可写的磁盘上读取这些更改。请将整个文件夹复制到这样的磁盘上再打开；不会丢失任何内容。</translation>
    </message>
    <message>
        <source>{db} cannot be read: {problem}.</source>
        <translation>无法读取 {db}：{problem}。</translation>
    </message>
    <message>
        <source>Nothing can be changed in {root}: it is open read-only. {read_only}</source>
        <translation>{root} 中不能做任何更改：它以只读方式打开。{read_only}</translation>
    </message>
    <message>
        <source>Someone else saved this record at the same moment, so your change was not saved. Look at it again, and change it again if it still needs it.</source>
        <translation>他人在同一时刻保存了此记录，因此您的更改未保存。请重新查看，如仍需要，请再次更改。</translation>
    </message>
    <message>
        <source>save your change</source>
        <translation>保存你的更改</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本计算机</translation>
    </message>
    <message>
        <source>The file {name} is marked read-only (as files copied from a CD or a protected share are). Clear that mark in its properties to edit it.</source>
        <translation>文件 {name} 被标记为只读（从光盘或受保护的共享位置复制的文件就是这样）。请在其属性中取消该标记后再编辑。</translation>
    </message>
    <message>
        <source>Your office login may not make this change (the database allows it no changes to {table}): nothing was changed. The office&apos;s administrator gives such rights (docs/office-server.md).</source>
        <translation>您的办公室登录名无权进行此更改（数据库不允许其更改 {table}）：未作任何更改。此类权限由办公室管理员授予（docs/office-server.md）。</translation>
    </message>
    <message>
        <source>Another program kept the database busy for too long (another brdesk on the same folder over a network share, or a backup tool): nothing was changed. Try again in a moment.</source>
        <translation>另一个程序占用数据库太久（通过网络共享打开同一文件夹的另一个 brdesk，或备份工具）：没有做任何更改。请稍后再试。</translation>
    </message>
    <message>
        <source>The database refused the change: {detail}.</source>
        <translation>数据库拒绝了此更改：{detail}。</translation>
    </message>
    <message>
        <source>The change refers to a record that does not exist, or removes one still in use.</source>
        <translation>此更改引用了不存在的记录，或删除了仍在使用的记录。</translation>
    </message>
    <message>
        <source>A record with the same {column} already exists.</source>
        <translation>已存在具有相同 {column} 的记录。</translation>
    </message>
    <message>
        <source>The value breaks the rule &apos;{name}&apos;.</source>
        <translation>该值违反了规则“{name}”。</translation>
    </message>
    <message>
        <source>{column} is required.</source>
        <translation>{column} 为必填项。</translation>
    </message>
    <message>
        <source>The change was refused by the database: {detail}</source>
        <translation>数据库拒绝了此更改：{detail}</translation>
    </message>
    <message>
        <source>The disk holding {where} is read-only (a stick or SD card with its write-protect switch on, a CD, or a share mounted read-only).</source>
        <extracomment>Less free space than this on the data folder&apos;s disk is a full disk for brdesk: SQLite needs room for its journal before it can commit even one small change. Windows&apos; ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION: another program (Word, Excel, a virus scanner) has the file open; Python reports them as PermissionError. Windows&apos; ERROR_ACCESS_DENIED: what replacing a document Word holds open gives (and also a read-only file&apos;s answer, so it means &quot;in use&quot; only where that is the question). Refused in the middle of the work (not found beforehand): what it had written is taken back, so the space free now is not what it needed.</extracomment>
        <translation>{where} 所在的磁盘是只读的（打开了写保护开关的 U 盘或 SD 卡、光盘，或以只读方式挂载的共享）。</translation>
    </message>
    <message>
        <source>You are not allowed to change files in {where} (its permissions, or a lock the system keeps on it, forbid it).</source>
        <translation>你无权更改 {where} 中的文件（其权限或系统对它的锁定禁止这样做）。</translation>
    </message>
    <message>
        <source>The disk holding {where} filled up while brdesk was writing: this work needs more room than the {free} free there now. Free some space and try again.</source>
        <translation>brdesk 写入时 {where} 所在的磁盘已满：这项工作需要的空间超过目前剩余的 {free}。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: {free} free, and saving needs at least {needed} MB more than the data itself. Free some space and try again.</source>
        <translation>{where} 所在的磁盘已满：剩余 {free}，而保存至少需要比数据本身多 {needed} MB。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>{where} is open in another program: close it there, or choose another name.</source>
        <translation>{where} 已在另一个程序中打开：请在那里关闭它，或另选一个名称。</translation>
    </message>
    <message>
        <source>{where} cannot be written ({detail}).</source>
        <translation>无法写入 {where}（{detail}）。</translation>
    </message>
    <message>
        <source>{what_is_true} Nothing was changed.</source>
        <translation>{what_is_true}没有做任何更改。</translation>
    </message>
    <message>
        <source>Cannot {what} in {folder}: {problem}. Nothing was changed.</source>
        <translation>无法在 {folder} 中{what}：{problem}。没有做任何更改。</translation>
    </message>
    <message>
        <source>Cannot {what}: {what_is_true} Nothing was changed.</source>
        <translation>无法{what}：{what_is_true}没有做任何更改。</translation>
    </message>
    <message>
        <source>Demo written to {root}: {reserves}, {participants}, {objectives}, {actions}, {observations}.</source>
        <translation>演示数据已写入 {root}：{reserves}、{participants}、{objectives}、{actions}、{observations}。</translation>
    </message>
    <message>
        <source>A backup archive is a .zip file: &apos;{name}&apos; is not.</source>
        <translation>备份压缩包是 .zip 文件：“{name}”不是。</translation>
    </message>
    <message>
        <source>Backup archive written to {path} (the database and its attachments).</source>
        <translation>备份压缩包已写入 {path}（数据库及其附件）。</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <source>A package of everything on the office database was written to {path} ({amounts}). To restore, import it into an empty folder or database.</source>
        <translation>办公室数据库全部内容的数据包已写入 {path}（{amounts}）。恢复时，请将其导入一个空文件夹或空数据库。</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>{folder} 中还没有备份。</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first:</source>
        <translation>{folder} 中的备份，最新的在前：</translation>
    </message>
    <message>
        <source>Brought {actions} and {observations} from {earlier} into {root}. The earlier folder was not changed.</source>
        <translation>已将 {actions}和{observations}从 {earlier} 迁移到 {root}。早期的文件夹没有被更改。</translation>
    </message>
    <message>
        <source>There is no backup at {source}.</source>
        <translation>{source} 处没有备份。</translation>
    </message>
    <message>
        <source>This backup cannot be restored; your data was not changed.</source>
        <translation>此备份无法还原；你的数据没有改变。</translation>
    </message>
    <message>
        <source>Restoring replaces your data: add --yes to confirm.</source>
        <translation>还原会替换你的数据：请加上 --yes 以确认。</translation>
    </message>
    <message>
        <source>Replace the data in {root} with this backup? [y/N] </source>
        <translation>用此备份替换 {root} 中的数据吗？[是/否] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有做任何更改。</translation>
    </message>
    <message>
        <source>Restored. Your data as it was before is kept in {previous}.</source>
        <translation>已还原。你之前的数据保存在 {previous}。</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>已还原。</translation>
    </message>
    <message numerus="yes">
        <source>{name}: read as {format}; %Ln row(s).</source>
        <translation>
            <numerusform>{name}：读取为 {format}；%Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>  {rules}.</source>
        <translation>  {rules}。</translation>
    </message>
    <message>
        <source>  {accepted:,} to import, {rejected:,} rejected, {present:,} already in brdesk.</source>
        <translation>  待导入 {accepted:,} 行，被拒绝 {rejected:,} 行，已在 brdesk 中 {present:,} 行。</translation>
    </message>
    <message>
        <source>  {name}, {rejection}</source>
        <translation>  {name}，{rejection}</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %Ln more rejected row(s)</source>
        <translation>
            <numerusform>  ……另有 %Ln 行被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>试运行：没有导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows above, or use --skip-invalid to import the valid rows only.</source>
        <translation>没有导入任何内容：请修正上面的行，或使用 --skip-invalid 只导入有效的行。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln observation(s).</source>
        <translation>
            <numerusform>已导入 %Ln 条观测记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：没有做任何更改。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not imported: no zone could be read for {features}. Name the field that says core, buffer or transition with --zone-field (the layer&apos;s fields: {fields}), or choose in the Map page.</source>
        <translation>未导入：无法读取 {features} 的功能区。请用 --zone-field 指明标有核心区、缓冲区或过渡区的字段（图层的字段：{fields}），或在地图页面中选择。</translation>
    </message>
    <message>
        <source>  {name}: {zone}, {area:,.1f} ha</source>
        <translation>  {name}：{zone}，{area:,.1f} 公顷</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln zone(s) would replace the zones.</source>
        <translation>
            <numerusform>试运行：%Ln 个功能区将替换现有功能区。</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; nothing half-done was kept.</source>
        <extracomment>The commands that open a window: they choose their language themselves.</extracomment>
        <translation>已中断；没有保留任何未完成的内容。</translation>
    </message>
    <message>
        <source>{busy} Close it, or wait until it has finished, and try again. Nothing was changed.</source>
        <translation>{busy} 请关闭它，或等它完成后再试。没有做任何更改。</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date written YYYY-MM-DD</source>
        <translation>{where}：“{text}”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>{year:g} is a year alone, not a date (write YYYY-MM-DD)</source>
        <translation>{year:g} 只是年份，不是日期（请写成 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>没有日期</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date</source>
        <translation>“{text}”不是真实存在的日期</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (write it YYYY-MM-DD)</source>
        <translation>“{text}”不是日期（请写成 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a year alone, not a date (write YYYY-MM-DD)</source>
        <translation>“{text}”只是年份，不是日期（请写成 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{serial:g} is not an Excel date</source>
        <translation>{serial:g} 不是 Excel 日期</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time</source>
        <translation>“{text}”不是时间</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time</source>
        <translation>“{text}”中没有时间</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a UTC offset any place uses</source>
        <extracomment>A clock time followed by its offset from UTC: Z, +05:45, +0545, -03, &quot; UTC&quot;.</extracomment>
        <translation>“{text}”不是任何地方使用的 UTC 时差</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a UTC offset (write it +05:45 or -03:00)</source>
        <translation>“{text}”不是 UTC 时差（请写成 +05:45 或 -03:00）</translation>
    </message>
    <message>
        <source>not a number</source>
        <extracomment>How a file writes its numbers: &quot;point&quot; (1,234.5: the comma groups thousands), &quot;comma&quot; (1.234,5 or 1 234,5: the comma is the decimal mark), or None when nothing in the file tells, and a number that could be read both ways is refused.</extracomment>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>“{text}”不是数字</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be read two ways (a thousands separator or a decimal comma): write it without the comma, or with a decimal point</source>
        <translation>“{text}”可以有两种理解（千位分隔符或小数逗号）：请去掉逗号，或改用小数点</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a comma, but this file writes decimal points</source>
        <translation>“{text}”含有逗号，但此文件使用小数点</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be read two ways (a thousands separator or a decimal point): write it without the point, or with a decimal comma</source>
        <translation>“{text}”可以有两种理解（千位分隔符或小数点）：请去掉句点，或改用小数逗号</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限的数字</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no</source>
        <extracomment>What starts a formula in a spreadsheet cell.</extracomment>
        <translation>“{text}”不是“是”或“否”</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>{axis} must be between -{limit:g} and {limit:g}</source>
        <translation>{axis}必须在 -{limit:g} 到 {limit:g} 之间</translation>
    </message>
    <message>
        <source>not a coordinate (use decimal degrees or 27°59&apos;17&quot;N)</source>
        <translation>不是坐标（请使用十进制度数或 27°59&apos;17&quot;N）</translation>
    </message>
    <message>
        <source>&apos;{hemi}&apos; does not belong to a latitude</source>
        <translation>“{hemi}”不属于纬度</translation>
    </message>
    <message>
        <source>&apos;{hemi}&apos; does not belong to a longitude</source>
        <translation>“{hemi}”不属于经度</translation>
    </message>
    <message>
        <source>minutes and seconds must be below 60</source>
        <translation>分和秒必须小于 60</translation>
    </message>
    <message>
        <source>a sign and &apos;{hemi}&apos; say the hemisphere twice: write one of them</source>
        <translation>符号和“{hemi}”重复表示了半球：请只写其中一个</translation>
    </message>
    <message>
        <source>only the last of degrees, minutes and seconds may have decimals</source>
        <translation>度、分、秒中只有最后一项可以带小数</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a UTM zone (write it like 45R or 18 south)</source>
        <translation>“{text}”不是 UTM 带号（请写成 45R 或 18 south 这样的形式）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be band S (north of the equator) or south: write {number} south or {number} north</source>
        <translation>“{text}”可能是 S 纬度带（赤道以北）或南半球：请写成 {number} south 或 {number} north</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not say the hemisphere (write {number} north, say)</source>
        <translation>“{text}”没有说明半球（例如写成 {number} north）</translation>
    </message>
    <message>
        <source>not a UTM position ({problem})</source>
        <translation>不是 UTM 位置（{problem}）</translation>
    </message>
    <message>
        <source>There is no database in {root} to back up.</source>
        <extracomment>An archive&apos;s members are unpacked only up to these sizes (a zip bomb is refused).</extracomment>
        <translation>{root} 中没有可备份的数据库。</translation>
    </message>
    <message>
        <source>{name} is not a brdesk backup: it holds &apos;{v0}&apos;.</source>
        <translation>{name} 不是 brdesk 备份：其中含有“{v0}”。</translation>
    </message>
    <message>
        <source>{name} is not a brdesk backup archive.</source>
        <translation>{name} 不是 brdesk 备份压缩包。</translation>
    </message>
    <message>
        <source>{name}: its manifest is too large.</source>
        <translation>{name}：清单过大。</translation>
    </message>
    <message>
        <source>{name}: its manifest is not JSON ({exc}).</source>
        <translation>{name}：清单不是 JSON（{exc}）。</translation>
    </message>
    <message>
        <source>{name} was written by a newer brdesk (archive version {v0!r}): update brdesk to restore it.</source>
        <translation>{name} 由较新的 brdesk 写出（压缩包版本 {v0!r}）：请更新 brdesk 后再还原。</translation>
    </message>
    <message>
        <source>{name}: its database is impossibly large.</source>
        <translation>{name}：其数据库大得不合常理。</translation>
    </message>
    <message>
        <source>{name} cannot be read as a backup archive ({exc}).</source>
        <translation>{name} 无法作为备份压缩包读取（{exc}）。</translation>
    </message>
    <message>
        <source>&apos;{v0}&apos; is larger than it claims; refused.</source>
        <translation>“{v0}”比其声明的更大；已拒绝。</translation>
    </message>
    <message>
        <source>{root} holds your own data (a profile, a plan or observations): it cannot become a cohort, or the participants&apos; data would sit beside yours. Gather a cohort in a folder of its own: File › Open data folder…, a new folder, then File › Cohort › Add participants&apos; packages… (on the command line: brdesk --data-dir NEW_FOLDER cohort add PACKAGES).</source>
        <extracomment>Folders being built or set aside start so; they are never members.</extracomment>
        <translation>{root} 中有你自己的数据（个人资料、计划或观测记录）：它不能成为学员组文件夹，否则学员的数据会与你的数据放在一起。请在单独的文件夹中汇集学员组：文件 › 打开数据文件夹…，选择一个新文件夹，然后 文件 › 学员组 › 添加学员数据包…（命令行：brdesk --data-dir NEW_FOLDER cohort add PACKAGES）。</translation>
    </message>
    <message>
        <source>{root} is a cohort folder: {name} is not merged into it. Participants&apos; packages are added with File › Cohort › Add participants&apos; packages… (or brdesk --data-dir &quot;{root}&quot; cohort add &quot;{name}&quot;), which keeps each participant apart.</source>
        <translation>{root} 是学员组文件夹：{name} 不会合并到其中。学员的数据包通过 文件 › 学员组 › 添加学员数据包… 添加（或 brdesk --data-dir &quot;{root}&quot; cohort add &quot;{name}&quot;），这样每位学员的数据都分开保存。</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a ZIP archive ({exc}).</source>
        <translation>{name} 无法作为 ZIP 压缩包打开（{exc}）。</translation>
    </message>
    <message>
        <source>{name}: meta.xml names no core file.</source>
        <translation>{name}：meta.xml 没有指明核心文件。</translation>
    </message>
    <message>
        <source>{name}: meta.xml names &apos;{location}&apos;, which is not inside.</source>
        <translation>{name}：meta.xml 指明的“{location}”不在压缩包内。</translation>
    </message>
    <message>
        <source>{name} holds no table (no .csv or .txt file inside).</source>
        <translation>{name} 中没有表格（内部没有 .csv 或 .txt 文件）。</translation>
    </message>
    <message>
        <source>{name} holds several tables ({listed}): unzip it and import the one you want.</source>
        <translation>{name} 中有多个表格（{listed}）：请解压后导入需要的那个。</translation>
    </message>
    <message>
        <source>Coordinates are longitude and latitude on {datum}.</source>
        <extracomment>Datums whose coordinates differ from WGS84&apos;s by about a metre or less: taken as they are.</extracomment>
        <translation>坐标为 {datum} 上的经度和纬度。</translation>
    </message>
    <message>
        <source>Coordinates are UTM zone {zone}{hemisphere} ({datum}) in metres; transformed to longitude and latitude.</source>
        <translation>坐标为 UTM 带 {zone}{hemisphere}（{datum}），单位米；已转换为经度和纬度。</translation>
    </message>
    <message>
        <source>A position is not in UTM zone {utm_zone} ({exc}).</source>
        <translation>有一个位置不在 UTM 带 {utm_zone} 内（{exc}）。</translation>
    </message>
    <message>
        <source>{name} is in EPSG:{code}, a coordinate system brdesk cannot read. {REPROJECT}</source>
        <translation>{name} 使用 EPSG:{code}，这是 brdesk 无法读取的坐标系。{REPROJECT}</translation>
    </message>
    <message>
        <source>{name} names a coordinate system brdesk cannot read (&apos;{text}&apos;). {REPROJECT}</source>
        <translation>{name} 指明的坐标系 brdesk 无法读取（“{text}”）。{REPROJECT}</translation>
    </message>
    <message>
        <source>{name}: the .prj file does not describe a coordinate system.</source>
        <translation>{name}：.prj 文件没有描述坐标系。</translation>
    </message>
    <message>
        <source>{name} is on the datum &apos;{v0}&apos;, whose positions differ from WGS 84 by up to hundreds of metres; brdesk does not shift datums. {REPROJECT}</source>
        <translation>{name} 使用基准面“{v0}”，其位置与 WGS 84 最多相差数百米；brdesk 不做基准面转换。{REPROJECT}</translation>
    </message>
    <message>
        <source>{name}: the .prj describes a {kind}, which brdesk cannot read. {REPROJECT}</source>
        <translation>{name}：.prj 描述的是 {kind}，brdesk 无法读取。{REPROJECT}</translation>
    </message>
    <message>
        <source>{name} is in the projection &apos;{shown}&apos;; brdesk reads degrees and UTM zones only. {REPROJECT}</source>
        <translation>{name} 使用投影“{shown}”；brdesk 只读取经纬度和 UTM 带。{REPROJECT}</translation>
    </message>
    <message>
        <source>{name} holds no waypoints, track points or placemarks.</source>
        <extracomment>The columns of the table a GPS file becomes.</extracomment>
        <translation>{name} 中没有航点、轨迹点或地标。</translation>
    </message>
    <message>
        <source>{name} is refused: it asks the reader for entities or external files ({__name__}), which a data file never needs.</source>
        <translation>{name} 被拒绝：它要求读取实体或外部文件（{__name__}），而数据文件从不需要这些。</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML ({exc}).</source>
        <translation>{name} 不是格式正确的 XML（{exc}）。</translation>
    </message>
    <message>
        <source>{name} is not a {v0} file (its root element is not &lt;{root_tag}&gt;).</source>
        <translation>{name} 不是 {v0} 文件（其根元素不是 &lt;{root_tag}&gt;）。</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a KMZ file ({exc}).</source>
        <translation>{name} 无法作为 KMZ 文件打开（{exc}）。</translation>
    </message>
    <message>
        <source>{name} holds no .kml file.</source>
        <translation>{name} 中没有 .kml 文件。</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <extracomment>(row number as a spreadsheet shows it, cells) A fresh pass over a table&apos;s rows. reads the rows from the start, at every call for a table read out of an archive: which member, and what else it held media files inside the archive, by the file name a row&apos;s cell gives (ODK&apos;s media/)</extracomment>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <source>{name} is larger than {v0} MB.</source>
        <translation>{name} 大于 {v0} MB。</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97 file: save it as .xlsx or .csv in your spreadsheet.</source>
        <translation>{name} 是旧的 Excel 97 文件：请在电子表格软件中另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>{name}: &apos;{member}&apos; cannot be read ({exc}).</source>
        <translation>{name}：无法读取“{member}”（{exc}）。</translation>
    </message>
    <message>
        <source>{name} is not a text file (CSV) or a spreadsheet (XLSX).</source>
        <translation>{name} 既不是文本文件（CSV）也不是电子表格（XLSX）。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空的。</translation>
    </message>
    <message>
        <source>{name}, line {number}: longer than {MAX_LINE_CHARS:,} characters, which no row of observations is. The file is damaged or not a table. Nothing was imported.</source>
        <extracomment>The longest line read (characters): a note of 100,000 characters fits ten times over; a file of one endless line would otherwise be read into memory whole before a check. The most columns a table may have (KoBo&apos;s widest exports have a few hundred).</extracomment>
        <translation>{name} 第 {number} 行：超过 {MAX_LINE_CHARS:,} 个字符，观测记录的行不会这么长。文件已损坏或不是表格。没有导入任何内容。</translation>
    </message>
    <message>
        <source>{name}, row 1: cannot be read as CSV ({exc}).</source>
        <translation>{name} 第 1 行：无法作为 CSV 读取（{exc}）。</translation>
    </message>
    <message>
        <source>{where}: cannot be read as CSV ({exc}).</source>
        <translation>{where}：无法作为 CSV 读取（{exc}）。</translation>
    </message>
    <message>
        <source>{where}: cannot be read as {encoding}.</source>
        <translation>{where}：无法按 {encoding} 读取。</translation>
    </message>
    <message>
        <source>{name}, row {start}: a quote (&quot;) opens here and is not closed until line {end}, taking {v0} lines of the file into one cell. Close the quote, or remove it. Nothing was imported.</source>
        <translation>{name} 第 {start} 行：此处开始的引号（&quot;）直到第 {end} 行才闭合，把文件的 {v0} 行并进了一个单元格。请闭合或删除该引号。没有导入任何内容。</translation>
    </message>
    <message>
        <source>{name} cannot be opened as an Excel workbook ({exc}).</source>
        <extracomment>An .xlsx is a ZIP of XML: refused before it is opened if it would unpack to more than this, or if a large member is compressed far beyond what real sheets reach (~10-40x): a zip bomb takes minutes and gigabytes to read, to yield nothing. openpyxl holds a workbook&apos;s shared strings (every distinct text) in memory, about 150 bytes each: a sheet of 20 million took 3 GB. Above this many, the workbook is refused before it is read, and its user asked for a CSV, which is read as a stream.</extracomment>
        <translation>{name} 无法作为 Excel 工作簿打开（{exc}）。</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} distinct texts, and brdesk reads at most {MAX_SHARED_STRINGS:,} from a workbook (they are all held in memory). Save the sheet as CSV (a CSV of any length is read row by row), or split it.</source>
        <translation>{name} 被拒绝：其中有 {count:,} 个不同的文本，而 brdesk 最多从工作簿读取 {MAX_SHARED_STRINGS:,} 个（它们全部保存在内存中）。请将工作表另存为 CSV（任意长度的 CSV 都会逐行读取），或将其拆分。</translation>
    </message>
    <message>
        <source>{name}, row {v0}: cannot be read ({__name__}: {exc}). The workbook is damaged: open it in a spreadsheet and save it again, or save it as CSV. Nothing was imported.</source>
        <translation>{name} 第 {v0} 行：无法读取（{__name__}：{exc}）。工作簿已损坏：请在电子表格软件中打开后重新保存，或另存为 CSV。没有导入任何内容。</translation>
    </message>
    <message>
        <source>{name}, row 1: the first row must hold the column names.</source>
        <translation>{name} 第 1 行：第一行必须是列名。</translation>
    </message>
    <message>
        <source>{name}, row 1: {v0:,} columns; brdesk reads tables of up to {MAX_COLUMNS:,}. Remove the columns you do not need, or split the table.</source>
        <translation>{name} 第 1 行：有 {v0:,} 列；brdesk 最多读取 {MAX_COLUMNS:,} 列的表格。请删除不需要的列，或拆分表格。</translation>
    </message>
    <message>
        <source>Cannot export to &apos;{name}&apos;: the file name must end in .xlsx or .csv.</source>
        <translation>无法导出为“{name}”：文件名必须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>Cannot write the workbook to &apos;{name}&apos;: the name must end in .xlsx.</source>
        <translation>无法将工作簿写入“{name}”：文件名必须以 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>{name} cannot be opened as an XLSForm ({exc}).</source>
        <translation>{name} 无法作为 XLSForm 打开（{exc}）。</translation>
    </message>
    <message>
        <source>{name} is not an XLSForm: it needs a &apos;survey&apos; and a &apos;choices&apos; sheet (download the form as XLS from KoBoToolbox, or use the one given to ODK).</source>
        <translation>{name} 不是 XLSForm：它需要“survey”和“choices”两个工作表（请从 KoBoToolbox 以 XLS 格式下载表单，或使用提供给 ODK 的表单）。</translation>
    </message>
    <message>
        <source>{name}: its &apos;choices&apos; sheet needs list_name, name and label columns.</source>
        <translation>{name}：其“choices”工作表需要 list_name、name 和 label 列。</translation>
    </message>
    <message>
        <source>{name}: its &apos;survey&apos; sheet has no select_one or select_multiple question.</source>
        <translation>{name}：其“survey”工作表中没有 select_one 或 select_multiple 问题。</translation>
    </message>
    <message>
        <source>{name}: its {member} is impossibly large.</source>
        <extracomment>Members smaller than this are not judged by their ratio (tiny repetitive XML parts compress extremely well, harmlessly).</extracomment>
        <translation>{name}：其 {member} 大得不合常理。</translation>
    </message>
    <message>
        <source>{name}: its {member} is not JSON ({exc}).</source>
        <translation>{name}：其 {member} 不是 JSON（{exc}）。</translation>
    </message>
    <message>
        <source>{name} is refused: its part &apos;{v0}&apos; would unpack to {ratio:.0f} times its size (a zip bomb, or a damaged file?).</source>
        <translation>{name} 被拒绝：其中的“{v0}”解压后将是原大小的 {ratio:.0f} 倍（压缩炸弹，或文件已损坏？）。</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {v0:,.0f} MB.{hint}</source>
        <translation>{name} 被拒绝：解压后将达到 {v0:,.0f} MB。{hint}</translation>
    </message>
    <message>
        <source>{name} has no layer &apos;{v0}&apos; (it has {names}).</source>
        <translation>{name} 中没有图层“{v0}”（现有图层：{names}）。</translation>
    </message>
    <message>
        <source>{name} holds no polygons to use as zones.{why}</source>
        <translation>{name} 中没有可用作功能区的多边形。{why}</translation>
    </message>
    <message>
        <source>{name} has several layers ({names}): say which one.</source>
        <translation>{name} 有多个图层（{names}）：请指定一个。</translation>
    </message>
    <message>
        <source>{name}: zones are read from GeoJSON, KML, KMZ or a shapefile (.shp, or a .zip of one), not from a &apos;{v0}&apos; file.</source>
        <translation>{name}：功能区从 GeoJSON、KML、KMZ 或 shapefile（.shp 或其 .zip）读取，不能从“{v0}”文件读取。</translation>
    </message>
    <message>
        <source>{name} cannot be read ({strerror}).</source>
        <translation>{name} 无法读取（{strerror}）。</translation>
    </message>
    <message>
        <source>{name} is {v0:,.0f} MB: too large for a boundary file.</source>
        <translation>{name} 有 {v0:,.0f} MB：作为边界文件太大。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, as GeoJSON must be.</source>
        <translation>{name} 不是 UTF-8 文本，而 GeoJSON 必须是。</translation>
    </message>
    <message>
        <source>{name} is not valid GeoJSON (line {lineno}: {msg}).</source>
        <translation>{name} 不是有效的 GeoJSON（第 {lineno} 行：{msg}）。</translation>
    </message>
    <message>
        <source>{name} is not a GeoJSON FeatureCollection.</source>
        <translation>{name} 不是 GeoJSON FeatureCollection。</translation>
    </message>
    <message>
        <source>{name}: &apos;features&apos; is not a list.</source>
        <translation>{name}：“features”不是列表。</translation>
    </message>
    <message>
        <source>its coordinates are not numbers</source>
        <translation>其坐标不是数字</translation>
    </message>
    <message>
        <source>{name} holds no .kml document.</source>
        <translation>{name} 中没有 .kml 文档。</translation>
    </message>
    <message>
        <source>{name} is not a KML document.</source>
        <translation>{name} 不是 KML 文档。</translation>
    </message>
    <message>
        <source>{name}: &apos;{v0}&apos; is not a KML coordinate (lon,lat).</source>
        <translation>{name}：“{v0}”不是 KML 坐标（经度,纬度）。</translation>
    </message>
    <message>
        <source>{where}, feature {number} (&apos;{name}&apos;): {why}.</source>
        <extracomment>A boundary file is a few megabytes; this is far past any real one, short of exhaustion.</extracomment>
        <translation>{where}，要素 {number}（“{name}”）：{why}。</translation>
    </message>
    <message>
        <source>{where}, feature {number}: {why}.</source>
        <translation>{where}，要素 {number}：{why}。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ring(s) did not end where [it|they] started; each was closed by joining its last corner to its first.</source>
        <translation>
            <numerusform>%Ln 个环的终点不是起点；已把最后一个角点与第一个相连使其闭合。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln {kind} feature(s) left out: zones are polygons.</source>
        <translation>
            <numerusform>%Ln 个 {kind} 要素未采用：功能区是多边形。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} holds ({x:.0f}, {y:.0f}), which is not longitude and latitude: the file is in a projected system it does not name. {REPROJECT}</source>
        <translation>{name} 中有 ({x:.0f}, {y:.0f})，这不是经度和纬度：文件使用了未注明的投影坐标系。{REPROJECT}</translation>
    </message>
    <message>
        <source>{name} comes without its .dbf (the attribute table): copy every file named {stem}.* together, or a zip of them.</source>
        <translation>{name} 缺少其 .dbf（属性表）：请把名为 {stem}.* 的所有文件一起复制，或复制它们的 zip。</translation>
    </message>
    <message>
        <source>{name} holds no shapefile (.shp).</source>
        <translation>{name} 中没有 shapefile（.shp）。</translation>
    </message>
    <message>
        <source>{name}: {v0} comes without its .dbf.</source>
        <translation>{name}：{v0} 缺少其 .dbf。</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a zip file ({exc}).</source>
        <translation>{name} 无法作为 zip 文件打开（{exc}）。</translation>
    </message>
    <message>
        <source>There is no .prj: coordinates are read as WGS 84 degrees.</source>
        <translation>没有 .prj：坐标按 WGS 84 度数读取。</translation>
    </message>
    <message>
        <source>There is no .cpg: the attribute table is read as UTF-8.</source>
        <translation>没有 .cpg：属性表按 UTF-8 读取。</translation>
    </message>
    <message>
        <source>{name}: its .cpg names an unknown encoding &apos;{encoding}&apos;.</source>
        <translation>{name}：其 .cpg 指明了未知的编码“{encoding}”。</translation>
    </message>
    <message>
        <source>{name} is not a readable shapefile ({exc}).</source>
        <translation>{name} 不是可读取的 shapefile（{exc}）。</translation>
    </message>
    <message>
        <source>{name}: the attribute table is not {encoding}. Add a .cpg file naming its encoding (such as CP1251 or GBK), or save the layer again as UTF-8.</source>
        <translation>{name}：属性表不是 {encoding}。请添加一个注明其编码的 .cpg 文件（例如 CP1251 或 GBK），或将图层重新另存为 UTF-8。</translation>
    </message>
    <message>
        <source>There is no self-assessment to export yet.</source>
        <translation>还没有可导出的自我评估。</translation>
    </message>
    <message>
        <source>{name} is no longer in the data folder</source>
        <translation>{name} 已不在数据文件夹中</translation>
    </message>
    <message>
        <source>Cannot copy {name} into the data folder: {exc}</source>
        <translation>无法将 {name} 复制到数据文件夹：{exc}</translation>
    </message>
    <message>
        <source>Attachment {attachment_id} no longer exists.</source>
        <translation>附件 {attachment_id} 已不存在。</translation>
    </message>
    <message>
        <source>{root} is not a cohort folder: there is no cohort to export. Add participants&apos; packages to a folder of its own first (brdesk --data-dir COHORT_FOLDER cohort add PACKAGES).</source>
        <translation>{root} 不是学员组文件夹：没有可导出的学员组。请先把学员的数据包添加到一个单独的文件夹中（brdesk --data-dir COHORT_FOLDER cohort add PACKAGES）。</translation>
    </message>
    <message>
        <source>The cohort has no participant yet: add their packages first.</source>
        <translation>学员组中还没有学员：请先添加他们的数据包。</translation>
    </message>
    <message>
        <source>Cannot export the cohort to &apos;{name}&apos;: the name must end in .docx (Word) or .xlsx (Excel).</source>
        <translation>无法将学员组导出为“{name}”：文件名必须以 .docx（Word）或 .xlsx（Excel）结尾。</translation>
    </message>
    <message>
        <source>That good practice is no longer in the participant&apos;s package.</source>
        <translation>该良好实践已不在学员的数据包中。</translation>
    </message>
    <message>
        <source>A cohort package is a .brdesk file: &apos;{name}&apos; is not.</source>
        <translation>学员组数据包是 .brdesk 文件：“{name}”不是。</translation>
    </message>
    <message>
        <source>{root} (last changed {when:%d %b %Y %H:%M}): {held}</source>
        <translation>{root}（最后更改于 {when:%d %b %Y %H:%M}）：{held}</translation>
    </message>
    <message>
        <source>No brdesk data in {folder}: choose the folder of the earlier brdesk, or the &apos;{PORTABLE_FOLDER}&apos; folder inside it (it holds {DB_NAME}).</source>
        <translation>{folder} 中没有 brdesk 数据：请选择早期 brdesk 的文件夹，或其中的“{PORTABLE_FOLDER}”文件夹（其中有 {DB_NAME}）。</translation>
    </message>
    <message>
        <source>The data in {root} was written by a newer brdesk (schema {revision}). It was left untouched: use that brdesk, or a newer one.</source>
        <translation>{root} 中的数据由较新的 brdesk 写出（结构 {revision}）。它未被改动：请使用那个 brdesk 或更新的版本。</translation>
    </message>
    <message>
        <source>{root} already holds data: nothing was copied. Bring earlier data only into a new, empty brdesk (or open the earlier folder with File &gt; Open data folder).</source>
        <translation>{root} 中已有数据：没有复制任何内容。早期数据只能迁移到新的空白 brdesk 中（或用 文件 &gt; 打开数据文件夹 打开早期的文件夹）。</translation>
    </message>
    <message>
        <source>That is the data folder already open: nothing to bring.</source>
        <translation>那就是当前已打开的数据文件夹：无需迁移。</translation>
    </message>
    <message>
        <source>Could not copy the data from {root} to {v0}: {v1}. The earlier data was not changed.</source>
        <translation>无法把数据从 {root} 复制到 {v0}：{v1}。早期数据没有改变。</translation>
    </message>
    <message>
        <source>{filename}: {member} is larger than {v0} MB. Nothing was imported.</source>
        <translation>{filename}：{member} 大于 {v0} MB。没有导入任何内容。</translation>
    </message>
    <message>
        <source>{filename}: {member}: {refused}. Nothing was imported.</source>
        <translation>{filename}：{member}：{refused}。没有导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot export observations to &apos;{name}&apos;: use .csv, .xlsx, .geojson or .zip (a Darwin Core Archive).</source>
        <extracomment>Half the diagonal of a 0.1-degree cell at the equator, in metres. Elevations of sensitive records are rounded to this many metres. Added to an exact archive&apos;s name and title: it is for the user&apos;s own use.</extracomment>
        <translation>无法将观测记录导出为“{name}”：请使用 .csv、.xlsx、.geojson 或 .zip（Darwin Core 存档）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) without coordinates [was|were] left out.</source>
        <translation>
            <numerusform>%Ln 条没有坐标的观测记录未导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Named {name}: it holds exact locations of sensitive records.</source>
        <translation>文件名为 {name}：其中含有敏感记录的精确位置。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) not of species [was|were] left out.</source>
        <translation>
            <numerusform>%Ln 条非物种观测记录未导出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln species record(s) [was|were] left out (export them as occurrences).</source>
        <translation>
            <numerusform>%Ln 条物种记录未导出（请将其作为出现记录导出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no action plan to export yet.</source>
        <translation>还没有可导出的行动计划。</translation>
    </message>
    <message>
        <source>Cannot write the case study to &apos;{name}&apos;: the name must end in .docx.</source>
        <extracomment>A case study stays within two pages: a row of three photos, ten observations listed. Photos are scaled to this many pixels on their long side: sharp at 5 cm, and a report with twenty practices stays a file one can e-mail. The form&apos;s parts, in its order, as the case study heads them.</extracomment>
        <translation>无法将案例研究写入“{name}”：文件名必须以 .docx 结尾。</translation>
    </message>
    <message>
        <source>{parent} is not a folder.</source>
        <translation>{parent} 不是文件夹。</translation>
    </message>
    <message>
        <source>Fill in your profile first: the submission carries your name.</source>
        <translation>请先填写个人资料：提交材料会署上你的姓名。</translation>
    </message>
    <message>
        <source>Cannot write in {parent}: {v0}.</source>
        <translation>无法在 {parent} 中写入：{v0}。</translation>
    </message>
    <message>
        <source>There is no plan template &apos;{template_id}&apos;.</source>
        <translation>没有计划模板“{template_id}”。</translation>
    </message>
    <message>
        <source>an outline needs at least one polygon</source>
        <translation>边界至少需要一个多边形</translation>
    </message>
    <message>
        <source>a polygon needs an outer ring</source>
        <translation>多边形需要一个外环</translation>
    </message>
    <message>
        <source>a geometry must be a GeoJSON object</source>
        <translation>几何图形必须是 GeoJSON 对象</translation>
    </message>
    <message>
        <source>a zone is a Polygon or a MultiPolygon, not a {kind}</source>
        <translation>功能区是 Polygon 或 MultiPolygon，而不是 {kind}</translation>
    </message>
    <message>
        <source>the geometry has no list of coordinates</source>
        <translation>几何图形没有坐标列表</translation>
    </message>
    <message>
        <source>a coordinate is not a pair of numbers</source>
        <translation>有一个坐标不是一对数字</translation>
    </message>
    <message>
        <source>a ring needs at least 3 distinct corners, this one has {n}</source>
        <translation>环至少需要 3 个不同的角点，这个只有 {n} 个</translation>
    </message>
    <message>
        <source>a ring must end where it starts</source>
        <translation>环必须在起点处结束</translation>
    </message>
    <message>
        <source>({lon:g}, {lat:g}) is not a longitude and latitude in degrees</source>
        <translation>({lon:g}, {lat:g}) 不是以度为单位的经度和纬度</translation>
    </message>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s words a user reads (Python 3.11 to 3.13), as argparse writes them.</extracomment>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <extracomment>argparse&apos;s refusals, with its placeholders (&quot;%(name)s&quot;, &quot;%s&quot;, &quot;%r&quot;); a translation keeps them.</extracomment>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个参数</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可以匹配 %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>需要参数 %s 之一</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 一起使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略显式参数 %r</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
    </message>
    <message>
        <source>a CSV&apos;s separators: commas and decimal points (the default), or semicolons and decimal commas, as Excel in French, Spanish, Russian or German reads them</source>
        <translation>CSV 的分隔符：逗号和小数点（默认），或分号和小数逗号（法语、西班牙语、俄语或德语版 Excel 这样读取）</translation>
    </message>
    <message>
        <source>Offline workbench for mountain biosphere reserves.</source>
        <translation>山地生物圈保护区的离线工作台。</translation>
    </message>
    <message>
        <source>With no command, brdesk opens its window.</source>
        <translation>不带命令时，brdesk 打开其窗口。</translation>
    </message>
    <message>
        <source>show brdesk&apos;s version and exit</source>
        <translation>显示 brdesk 的版本并退出</translation>
    </message>
    <message>
        <source>the data folder to use (default: BRDESK_DATA_DIR, portable mode, or your user data folder)</source>
        <translation>要使用的数据文件夹（默认：BRDESK_DATA_DIR、便携模式或你的用户数据文件夹）</translation>
    </message>
    <message>
        <source>keep the records on an office database server: postgresql://USER@HOST/DB (default: BRDESK_DATABASE_URL; the password from ~/.pgpass or the server&apos;s own rules, never the command line&apos;s history)</source>
        <translation>将记录保存在办公室数据库服务器上：postgresql://USER@HOST/DB（默认：BRDESK_DATABASE_URL；密码来自 ~/.pgpass 或服务器自身的规则，绝不来自命令行历史）</translation>
    </message>
    <message>
        <source>show tracebacks and log in detail</source>
        <translation>显示回溯信息并详细记录日志</translation>
    </message>
    <message>
        <source>the language: en, zh_CN, es, fr or ru (default: BRDESK_LANG; else the window takes the choice saved in the data folder or the system&apos;s, a command English)</source>
        <translation>语言：en、zh_CN、es、fr 或 ru（默认：BRDESK_LANG；否则窗口采用数据文件夹中保存的选择或系统语言，命令使用英语）</translation>
    </message>
    <message>
        <source>open the main window (the default)</source>
        <translation>打开主窗口（默认）</translation>
    </message>
    <message>
        <source>fill the data folder with a demo reserve, plan and observations</source>
        <translation>用演示保护区、计划和观测记录填充数据文件夹</translation>
    </message>
    <message>
        <source>how many observations to generate (default 5000; up to 1,000,000)</source>
        <translation>要生成多少条观测记录（默认 5000；最多 1,000,000）</translation>
    </message>
    <message>
        <source>replace data already in the folder (a backup is made first)</source>
        <translation>替换文件夹中已有的数据（先做备份）</translation>
    </message>
    <message>
        <source>check the database: integrity, links and schema version</source>
        <translation>检查数据库：完整性、链接和结构版本</translation>
    </message>
    <message>
        <source>write your data to files others read</source>
        <translation>将你的数据写入他人可读的文件</translation>
    </message>
    <message>
        <source>the action plan, one row per action (.xlsx or .csv)</source>
        <translation>行动计划，每项行动一行（.xlsx 或 .csv）</translation>
    </message>
    <message>
        <source>the management-effectiveness self-assessments, one row per question and assessment (.xlsx or .csv)</source>
        <translation>管理成效自我评估，每个问题和每次评估一行（.xlsx 或 .csv）</translation>
    </message>
    <message>
        <source>the file to write: OUT.xlsx or OUT.csv</source>
        <translation>要写入的文件：OUT.xlsx 或 OUT.csv</translation>
    </message>
    <message>
        <source>the post-training report as a Word file (.docx)</source>
        <translation>培训后报告，Word 文件（.docx）</translation>
    </message>
    <message>
        <source>the file to write: OUT.docx</source>
        <translation>要写入的文件：OUT.docx</translation>
    </message>
    <message>
        <source>leave out the action plan</source>
        <translation>不包括行动计划</translation>
    </message>
    <message>
        <source>leave out the charts</source>
        <translation>不包括图表</translation>
    </message>
    <message>
        <source>leave out the SDG and GBF alignment</source>
        <translation>不包括与 SDG 和 GBF 的对应</translation>
    </message>
    <message>
        <source>leave out the zones&apos; map and their counts</source>
        <translation>不包括功能区地图及其计数</translation>
    </message>
    <message>
        <source>add the latest management-effectiveness self-assessment (and the one before)</source>
        <translation>加入最近一次管理成效自我评估（以及上一次）</translation>
    </message>
    <message>
        <source>add the good practices as case studies</source>
        <translation>以案例研究形式加入良好实践</translation>
    </message>
    <message>
        <source>a good practice as a one- or two-page Word case study (.docx)</source>
        <translation>一项良好实践，作为一到两页的 Word 案例研究（.docx）</translation>
    </message>
    <message>
        <source>its title, or the start of it</source>
        <translation>其标题，或标题的开头</translation>
    </message>
    <message>
        <source>the dashboard as A4 landscape PDF pages or a 1920x1080 PNG slide</source>
        <translation>仪表板，作为 A4 横向 PDF 页面或 1920x1080 的 PNG 幻灯片</translation>
    </message>
    <message>
        <source>OUT.pdf (to print) or OUT.png (a slide)</source>
        <translation>OUT.pdf（打印用）或 OUT.png（幻灯片）</translation>
    </message>
    <message>
        <source>from this date</source>
        <translation>自此日期起</translation>
    </message>
    <message>
        <source>up to this date</source>
        <translation>截至此日期</translation>
    </message>
    <message>
        <source>only this observation category</source>
        <translation>仅此观测类别</translation>
    </message>
    <message>
        <source>only this pillar</source>
        <translation>仅此支柱</translation>
    </message>
    <message>
        <source>monitoring of the observations inside this zone on the map only</source>
        <translation>仅统计位于地图上此功能区内的观测记录</translation>
    </message>
    <message>
        <source>observations as .csv, .xlsx, .geojson or a Darwin Core .zip</source>
        <translation>观测记录，导出为 .csv、.xlsx、.geojson 或 Darwin Core .zip</translation>
    </message>
    <message>
        <source>OUT.csv, OUT.xlsx, OUT.geojson or OUT.zip</source>
        <translation>OUT.csv、OUT.xlsx、OUT.geojson 或 OUT.zip</translation>
    </message>
    <message>
        <source>keep exact coordinates of sensitive records (for your own use only)</source>
        <translation>保留敏感记录的精确坐标（仅供你自己使用）</translation>
    </message>
    <message>
        <source>a .zip of the measurements (climate, glaciers, habitat, people) as a sampling-event Darwin Core Archive, instead of the species occurrences</source>
        <translation>将测量数据（气候、冰川、生境、人）作为采样事件型 Darwin Core 存档打包为 .zip，而不是物种出现记录</translation>
    </message>
    <message>
        <source>the licence a Darwin Core Archive declares (GBIF accepts these three)</source>
        <translation>Darwin Core 存档声明的许可（GBIF 接受这三种）</translation>
    </message>
    <message>
        <source>only this category (species, climate, ...)</source>
        <translation>仅此类别（species、climate 等）</translation>
    </message>
    <message>
        <source>only records whose taxon, site, notes or observer contain this</source>
        <translation>仅分类单元、地点、备注或观测者包含此文字的记录</translation>
    </message>
    <message>
        <source>the zones on the map as GeoJSON (WGS84)</source>
        <translation>地图上的功能区，导出为 GeoJSON（WGS84）</translation>
    </message>
    <message>
        <source>the file to write: OUT.geojson</source>
        <translation>要写入的文件：OUT.geojson</translation>
    </message>
    <message>
        <source>a package (.brdesk) for another laptop&apos;s brdesk: all the data, or a selection</source>
        <translation>给另一台电脑上 brdesk 的数据包（.brdesk）：全部数据或所选部分</translation>
    </message>
    <message>
        <source>the file to write: OUT.brdesk</source>
        <translation>要写入的文件：OUT.brdesk</translation>
    </message>
    <message>
        <source>only the observations (with their attachments), or only the action plan</source>
        <translation>仅观测记录（连同附件），或仅行动计划</translation>
    </message>
    <message>
        <source>observations from this date</source>
        <translation>自此日期起的观测记录</translation>
    </message>
    <message>
        <source>observations up to this date</source>
        <translation>截至此日期的观测记录</translation>
    </message>
    <message>
        <source>(a cohort folder) the cohort report (.docx), workbook (.xlsx), or the whole cohort as one package (.brdesk) for another cohort folder</source>
        <translation>（学员组文件夹）学员组报告（.docx）、工作簿（.xlsx），或将整个学员组作为一个数据包（.brdesk）交给另一个学员组文件夹</translation>
    </message>
    <message>
        <source>OUT.docx, OUT.xlsx or OUT.brdesk</source>
        <translation>OUT.docx、OUT.xlsx 或 OUT.brdesk</translation>
    </message>
    <message>
        <source>only the follow-up list: who has sent what (.docx or .xlsx)</source>
        <translation>仅后续清单：谁已提交了什么（.docx 或 .xlsx）</translation>
    </message>
    <message>
        <source>a trainer&apos;s cohort folder: participants&apos; packages kept apart</source>
        <translation>培训者的学员组文件夹：学员的数据包分开保存</translation>
    </message>
    <message>
        <source>add participants&apos; packages (files, folders of them, cohort packages); a newer package from the same participant replaces the older; an empty folder becomes a cohort folder</source>
        <translation>添加学员的数据包（文件、装有数据包的文件夹、学员组数据包）；同一学员的较新数据包替换较旧的；空文件夹会成为学员组文件夹</translation>
    </message>
    <message>
        <source>the cohort&apos;s participants, one a line</source>
        <translation>学员组的学员，每行一位</translation>
    </message>
    <message>
        <source>bring records in from field tools and files</source>
        <translation>从野外工具和文件导入记录</translation>
    </message>
    <message>
        <source>observations from KoBoToolbox, ODK, iNaturalist, GBIF, Darwin Core, CSV or XLSX</source>
        <translation>来自 KoBoToolbox、ODK、iNaturalist、GBIF、Darwin Core、CSV 或 XLSX 的观测记录</translation>
    </message>
    <message>
        <source>which column holds which field</source>
        <translation>哪一列对应哪个字段</translation>
    </message>
    <message>
        <source>check the file, import nothing</source>
        <translation>检查文件，不导入任何内容</translation>
    </message>
    <message>
        <source>the form&apos;s XLSForm: choice names in the file (XML values) import as their labels</source>
        <translation>表单的 XLSForm：文件中的选项名称（XML 值）按其标签导入</translation>
    </message>
    <message>
        <source>the CSV&apos;s text encoding (cp1251, gb18030...), when the one detected is wrong</source>
        <translation>CSV 的文本编码（cp1251、gb18030……），在自动检测有误时使用</translation>
    </message>
    <message>
        <source>import the valid rows even if some are rejected (default: import nothing then)</source>
        <translation>即使有行被拒绝，也导入有效的行（默认：这种情况下什么都不导入）</translation>
    </message>
    <message>
        <source>the reserve&apos;s zones from GeoJSON, KML/KMZ or a shapefile (.shp or .zip); they replace the zones on the map</source>
        <translation>从 GeoJSON、KML/KMZ 或 shapefile（.shp 或 .zip）导入保护区的功能区；它们替换地图上的功能区</translation>
    </message>
    <message>
        <source>the layer to read, if the file has several</source>
        <translation>要读取的图层（如果文件有多个）</translation>
    </message>
    <message>
        <source>the attribute saying core, buffer or transition (default: the first whose values all do)</source>
        <translation>标明核心区、缓冲区或过渡区的属性（默认：第一个所有值都是这样的属性）</translation>
    </message>
    <message>
        <source>check the file, change nothing</source>
        <translation>检查文件，不做任何更改</translation>
    </message>
    <message>
        <source>merge a package (.brdesk) from another laptop into your data</source>
        <translation>将另一台电脑的数据包（.brdesk）合并到你的数据中</translation>
    </message>
    <message>
        <source>say what would change, change nothing</source>
        <translation>说明会有哪些变化，但不做任何更改</translation>
    </message>
    <message>
        <source>back up your data now: in the backups folder, or to OUT (.zip, attachments included) to carry away</source>
        <translation>立即备份你的数据：备份到备份文件夹，或备份到 OUT（.zip，含附件）以便带走</translation>
    </message>
    <message>
        <source>an archive to write (.zip)</source>
        <translation>要写入的压缩包（.zip）</translation>
    </message>
    <message>
        <source>list the backups in the backups folder</source>
        <translation>列出备份文件夹中的备份</translation>
    </message>
    <message>
        <source>replace your data with a backup (your current data is backed up first)</source>
        <translation>用备份替换你的数据（先备份你当前的数据）</translation>
    </message>
    <message>
        <source>a backup (.db, or a .zip archive), or a name from &apos;backups&apos;</source>
        <translation>一个备份（.db 或 .zip 压缩包），或“backups”列出的名称</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>不要求确认</translation>
    </message>
    <message>
        <source>copy the data of an earlier brdesk (its folder, or its brdesk-data folder) into this one&apos;s empty data folder and bring it up to date; the earlier folder is not changed</source>
        <translation>将早期 brdesk 的数据（其文件夹或其 brdesk-data 文件夹）复制到当前 brdesk 的空数据文件夹并更新；早期的文件夹不会被更改</translation>
    </message>
    <message>
        <source>the earlier brdesk&apos;s folder</source>
        <translation>早期 brdesk 的文件夹</translation>
    </message>
    <message>
        <source>on the office network: send this folder&apos;s records to the office database and bring back the office&apos;s (a record edited on both sides is reported)</source>
        <translation>在办公室网络中：将此文件夹的记录发送到办公室数据库，并取回办公室的记录（两边都编辑过的记录会被报告）</translation>
    </message>
    <message>
        <source>the office database: postgresql://USER@HOST/DB</source>
        <translation>办公室数据库：postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <source>open every page offscreen on a temporary demo and check it</source>
        <translation>在临时演示数据上于屏幕外打开每个页面并检查</translation>
    </message>
    <message>
        <source>save a 1366x768 PNG of every page in DIR</source>
        <translation>将每个页面的 1366x768 PNG 保存到 DIR</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; writes in {root}, and cannot: {why} Nothing was changed.</source>
        <extracomment>refused: bad input, a busy or read-only folder, rows rejected; nothing was changed a bug: logged with its traceback Ctrl+C</extracomment>
        <translation>“{command}”需要写入 {root}，但无法写入：{why} 没有做任何更改。</translation>
    </message>
    <message>
        <source>Writing observations: {done:,} / {of:,}</source>
        <translation>正在写出观测记录：{done:,} / {of:,}</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}。</translation>
    </message>
    <message>
        <source>--category: use one of {names}.</source>
        <translation>--category：请使用以下之一：{names}。</translation>
    </message>
    <message>
        <source>The database at {where} was written by a newer version of brdesk (schema {revision}). It was left untouched: use that version, or update brdesk.</source>
        <translation>{where} 上的数据库由较新版本的 brdesk 写入（结构 {revision}）。它未被改动：请使用该版本，或更新 brdesk。</translation>
    </message>
    <message>
        <source>{path} is not a brdesk database (it has tables but no brdesk schema version). It was left untouched.</source>
        <translation>{path} 不是 brdesk 数据库（它有数据表，但没有 brdesk 结构版本）。它未被改动。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of brdesk (schema {revision}). It was left untouched: open it with that version, or update brdesk.</source>
        <translation>{path} 由较新版本的 brdesk 写入（结构 {revision}）。它未被改动：请用该版本打开，或更新 brdesk。</translation>
    </message>
    <message numerus="yes">
        <source>The upgrade would leave %n broken link(s) (first: {first}); nothing was changed.</source>
        <translation>
            <numerusform>升级会留下 %n 个断开的链接（第一个：{first}）；没有做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the data folder {root}: {problem}. Choose another folder with --data-dir, or check that the disk is writable.</source>
        <extracomment>An office database server to keep the records on (issue 22), as --database-url.</extracomment>
        <translation>无法创建数据文件夹 {root}：{problem}。请用 --data-dir 选择另一个文件夹，或检查磁盘是否可写。</translation>
    </message>
    <message>
        <source>a file needs a name</source>
        <extracomment>Names Windows keeps for devices, whatever follows the first dot (&quot;con.txt&quot; included). Windows&apos; MAX_PATH less the terminating character: longer paths need the \? form.</extracomment>
        <translation>文件需要一个名称</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends with a dot or a space, which Windows drops or refuses</source>
        <translation>“{name}”以句点或空格结尾，Windows 会去掉或拒绝</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds characters Windows does not allow in names ({shown})</source>
        <translation>“{name}”含有 Windows 不允许在名称中使用的字符（{shown}）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a name Windows keeps for a device ({device})</source>
        <translation>“{name}”是 Windows 保留给设备的名称（{device}）</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is longer than the 255 characters a name may have</source>
        <translation>“{start}…”超过了名称允许的 255 个字符</translation>
    </message>
    <message>
        <source>--observations must be between 0 and {most:,}.</source>
        <translation>--observations 必须在 0 到 {most:,} 之间。</translation>
    </message>
    <message>
        <source>{root} already holds data. The demo will not overwrite it: use another --data-dir, or --force to replace it (a backup is made first).</source>
        <translation>{root} 已有数据。演示数据不会覆盖它：请使用另一个 --data-dir，或用 --force 替换（会先做备份）。</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({problem}). It was left untouched. Restore a backup from the backups folder, or run &apos;brdesk check&apos; for details.</source>
        <translation>无法将 {path} 作为数据库读取（{problem}）。它未被改动。请从备份文件夹还原一个备份，或运行“brdesk check”查看详情。</translation>
    </message>
    <message>
        <source>Adding packages: {done:,} / {of:,}</source>
        <translation>正在添加数据包：{done:,} / {of:,}</translation>
    </message>
    <message>
        <source>{root} is not a cohort folder.</source>
        <translation>{root} 不是学员组文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Cohort package of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>%Ln 名学员的学员组数据包已写入 {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up list of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>%Ln 名学员的后续清单已写入 {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort report of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>%Ln 名学员的学员组报告已写入 {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort workbook of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>%Ln 名学员的学员组工作簿已写入 {out}</numerusform>
        </translation>
    </message>
    <message>
        <source>an extra {kind} &apos;{name}&apos; that brdesk never makes</source>
        <extracomment>(kind, name) -&gt; what must match</extracomment>
        <translation>一个 brdesk 从不创建的额外 {kind}“{name}”</translation>
    </message>
    <message>
        <source>its {kind} &apos;{name}&apos; is missing</source>
        <translation>缺少其 {kind}“{name}”</translation>
    </message>
    <message>
        <source>its {kind} &apos;{name}&apos; is not as brdesk makes it</source>
        <translation>其 {kind}“{name}”与 brdesk 创建的不一致</translation>
    </message>
    <message>
        <source>JPEG picture</source>
        <extracomment>Opens the content to look at, for one reading. Each kind brdesk keeps: the name endings it goes by, and how its content begins.</extracomment>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>GIF picture</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>TIFF picture</source>
        <translation>TIFF 图片</translation>
    </message>
    <message>
        <source>WebP picture</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <source>HEIC picture</source>
        <translation>HEIC 图片</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Office document</source>
        <translation>Office 文档</translation>
    </message>
    <message>
        <source>OpenDocument</source>
        <translation>OpenDocument 文档</translation>
    </message>
    <message>
        <source>older Office document</source>
        <translation>旧版 Office 文档</translation>
    </message>
    <message>
        <source>RTF document</source>
        <translation>RTF 文档</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a Linux program (ELF)</source>
        <extracomment>How programs begin: named in the refusal, whatever the file is called.</extracomment>
        <translation>一个 Linux 程序（ELF）</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>一个 Windows 程序</translation>
    </message>
    <message>
        <source>a macOS program</source>
        <translation>一个 macOS 程序</translation>
    </message>
    <message>
        <source>a macOS or Java program</source>
        <translation>一个 macOS 或 Java 程序</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>一个脚本</translation>
    </message>
    <message>
        <source>pictures, PDFs, office documents and plain text ({suffixes})</source>
        <translation>图片、PDF、办公文档和纯文本（{suffixes}）</translation>
    </message>
    <message>
        <source>{name} cannot be read ({problem})</source>
        <translation>无法读取 {name}（{problem}）</translation>
    </message>
    <message>
        <source>{name} is {program}, not a document or a picture</source>
        <translation>{name} 是{program}，不是文档或图片</translation>
    </message>
    <message>
        <source>{name}: brdesk keeps only {allowed}</source>
        <translation>{name}：brdesk 只保存{allowed}</translation>
    </message>
    <message>
        <source>{name} is not an {kind}, though its name says so</source>
        <translation>{name} 不是{kind}，尽管其名称这样表明</translation>
    </message>
    <message>
        <source>{name} is not a {kind}, though its name says so</source>
        <translation>{name} 不是{kind}，尽管其名称这样表明</translation>
    </message>
    <message>
        <source>Synchronised with the office database {office}.</source>
        <extracomment>(step, of how many) as each of the four stages goes: write, send, write, bring. the laptop&apos;s records merged into the office database the office&apos;s records merged into the laptop</extracomment>
        <translation>已与办公室数据库 {office} 同步。</translation>
    </message>
    <message>
        <source>Sent from this computer to the office:</source>
        <translation>从本计算机发送到办公室：</translation>
    </message>
    <message>
        <source>Brought from the office to this computer:</source>
        <translation>从办公室取回到本计算机：</translation>
    </message>
    <message>
        <source>The records of this data folder are on an office database already: there is nothing to synchronise. Synchronise from a laptop&apos;s own folder.</source>
        <translation>此数据文件夹的记录已在办公室数据库中：无需同步。请从笔记本电脑自己的文件夹进行同步。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown, not changed:&lt;/b&gt; {pages}. Your office login ({user}) may not change them; the office&apos;s administrator gives such rights.</source>
        <extracomment>The table whose records each page edits: a login the office granted no changes to it (docs/office-server.md&apos;s observers) sees that page read-only. The folder&apos;s settings holding the office database&apos;s address (never a password): the one the window opens, and the one this computer synchronises with.</extracomment>
        <translation>&lt;b&gt;仅显示，不可更改：&lt;/b&gt;{pages}。您的办公室登录名（{user}）无权更改这些内容；此类权限由办公室管理员授予。</translation>
    </message>
    <message>
        <source>The office database&apos;s address, as your office&apos;s administrator gave it: postgresql://your-login@office-computer/brdesk

The password comes from your .pgpass file, or brdesk asks for it; it is never saved.</source>
        <translation>办公室数据库的地址，按办公室管理员提供的填写：postgresql://您的登录名@办公室计算机/brdesk

密码来自您的 .pgpass 文件，或由 brdesk 询问；密码从不保存。</translation>
    </message>
    <message>
        <source>“{url}” is not an office database&apos;s address: it reads postgresql://your-login@office-computer/brdesk</source>
        <translation>“{url}” 不是办公室数据库的地址：地址形如 postgresql://您的登录名@办公室计算机/brdesk</translation>
    </message>
    <message>
        <source>Connect to an office database</source>
        <translation>连接到办公室数据库</translation>
    </message>
    <message>
        <source>Password for the office database</source>
        <translation>办公室数据库密码</translation>
    </message>
    <message>
        <source>{problem}

Type your password for the office database (it is not saved):</source>
        <translation>{problem}

请输入办公室数据库的密码（不会保存）：</translation>
    </message>
    <message>
        <source>Synchronise with the office database</source>
        <translation>与办公室数据库同步</translation>
    </message>
    <message>
        <source>Synchronising with the office database…</source>
        <translation>正在与办公室数据库同步…</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>已同步</translation>
    </message>
</context>
</TS>
