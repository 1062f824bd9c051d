"""F1: a short guide, offline, in plain words."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

HELP_HTML = """
<h2>brdesk in five minutes</h2>
<p><b>Everything is saved as you type.</b> There is no Save button. Ctrl+Z undoes and
Ctrl+Shift+Z (or Ctrl+Y) redoes any change, even after you move to another page.</p>
<h3>Pages</h3>
<ul>
<li><b>Home</b> (Ctrl+1): what needs your attention and what changed lately.</li>
<li><b>My reserve</b> (Ctrl+2): about you, the programme you attended, and your reserve.
Start with your name; the other fields open up then.</li>
<li><b>Action plan</b> (Ctrl+3): objectives under each of the four pillars and the actions
that reach them. Select an objective and press Ctrl+N to add an action; double-click a title
to rename it. Tick the SDGs and GBF targets each action serves; the <i>Alignment matrix</i> tab
shows which goals your plan serves and which it leaves uncovered. <i>From examples…</i> adds
ready-made objectives for mountain reserves that you can adapt.</li>
<li><b>Effectiveness</b> (Ctrl+4): a yearly self-assessment of how well the reserve is
managed, by the six elements of the IUCN-WCPA framework, each question answered with a level
from 0 to 3. Compare two years; <i>Make it a plan action…</i> turns a next step into an action
of your plan, linked both ways.</li>
<li><b>Observations</b> (Ctrl+5): the monitoring log; import from field tools, export for
others.</li>
<li><b>Map</b> (Ctrl+6): the reserve's core, buffer and transition zones, imported from the
files a GIS unit hands out (GeoJSON, KML/KMZ, shapefiles), with the observations on them and
what each zone holds. Wheel or + and - to zoom, drag to move, 0 to see everything.</li>
<li><b>Dashboard</b>, <b>Report &amp; follow-up</b> (Ctrl+7 and Ctrl+8).</li>
<li><b>Good practices</b> (Ctrl+9): what your reserve did that others could learn from, in
the network's form (the challenge, what was done, results with evidence, costs, lessons,
conditions to replicate and scale), linked to your plan, your observations and the goals;
each exported as a Word case study. On the Observations page, <i>Link to a good
practice…</i> makes the selected records its evidence.</li>
<li><b>Cohort</b> (Ctrl+0, in a trainer's cohort folder only): the participants' packages,
each kept apart and read-only (File › Cohort › Add participants' packages…; a newer package
replaces the older). The overview, the combined SDG and GBF alignment, the reserves on a
world map, the plans by pillar, the good practices and who has sent what; exported as a
Word report, an Excel workbook, a follow-up list or a cohort package.</li>
</ul>
<h3>Keyboard</h3>
<table cellpadding="3">
<tr><td>Ctrl+N</td><td>new item on the current page</td></tr>
<tr><td>Ctrl+F</td><td>find on the current page</td></tr>
<tr><td>Delete</td><td>delete the selected objective or action (asks first)</td></tr>
<tr><td>Ctrl+O</td><td>open another data folder</td></tr>
</table>
<h3>Your data</h3>
<p>All your data is in one folder (Help › Open the data folder). Copy it to keep a copy, or use
File › Back up now. brdesk never connects to the Internet.</p>
"""


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("brdesk help")
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        text = QTextBrowser()
        text.setHtml(HELP_HTML)
        text.setOpenExternalLinks(False)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
