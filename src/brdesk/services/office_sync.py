"""A laptop and its reserve office's database, brought level (issue 22).

When a laptop is on the office network, its user synchronises: everything on the laptop
goes to the office database (push), then everything there comes to the laptop (pull),
each by the merge the exchange packages use (services/packages.py): records are matched
by their UUID, one added on either side is added on the other, one edited on one side
replaces the other's, and one edited on both is reported as a conflict (the newer edit
is kept, the report says what the other held). So a second synchronisation finds nothing
to do, and nothing is doubled. Nothing is deleted on either side: a record deleted on the
laptop comes back from the office (as with packages), never the other way round silently.

The packages go through the laptop's scratch folder and are removed afterwards; the
laptop's file is backed up before the pull, as before any package import. The USB package
stays the way for laptops that are never on the office network.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from brdesk import leftovers
from brdesk.errors import BrdeskError
from brdesk.languages import marked, said
from brdesk.paths import DataDir
from brdesk.services.package_export import export_package
from brdesk.services.package_merge import import_package
from brdesk.services.package_report import MergeReport
from brdesk.services.store import Store, shown_url

#: (step, of how many) as each of the four stages goes: write, send, write, bring.
Progress = Callable[[int, int], None]
STAGES = 4


@dataclass(frozen=True)
class SyncReport:
    office: str
    #: the laptop's records merged into the office database
    sent: MergeReport
    #: the office's records merged into the laptop
    brought: MergeReport

    @property
    def conflicts(self) -> int:
        return len(self.sent.conflicts) + len(self.brought.conflicts)

    def lines(self) -> list[str]:
        """The report in words: what each direction did, and every conflict."""
        out: list[str] = [
            said("Synchronised with the office database {office}.", office=self.office)
        ]
        out.append(marked("Sent from this computer to the office:"))
        out += self.sent.lines()[1:]
        out.append(marked("Brought from the office to this computer:"))
        out += self.brought.lines()[1:]
        return out


def synchronise(laptop: Store, office_url: str, progress: Progress | None = None) -> SyncReport:
    """Push the laptop's records to the office database, then pull the office's.

    Each direction is one transaction on its side: if the pull fails, what was sent stays
    sent (a second synchronisation pulls again) and the laptop is as it was."""
    if laptop.on_server:
        raise BrdeskError(
            marked(
                "The records of this data folder are on an office database already: "
                "there is nothing to synchronise. Synchronise from a laptop's own folder."
            )
        )
    step = progress or (lambda _done, _total: None)
    # What the office's store holds on disk while it works (copies of the attachments it
    # takes: their bytes go into the database) lives in the scratch folder and goes with
    # it, not in the laptop's own folder.
    with (
        _scratch(laptop.data_dir) as work,
        Store.open(DataDir(Path(work) / "office", office_url)) as office,
    ):
        step(0, STAGES)
        mine = export_package(laptop, Path(work) / "laptop.brdesk").path
        step(1, STAGES)
        sent = import_package(office, mine, backup=False)
        step(2, STAGES)
        theirs = export_package(office, Path(work) / "office.brdesk").path
        step(3, STAGES)
        brought = import_package(laptop, theirs)
        step(4, STAGES)
    return SyncReport(shown_url(office_url), sent, brought)


def _scratch(data_dir: DataDir) -> tempfile.TemporaryDirectory[str]:
    """In the laptop's scratch folder: swept at the next start if a crash cuts it short."""
    from brdesk.services.import_staging import scratch_folder

    folder = scratch_folder(data_dir.root)
    return tempfile.TemporaryDirectory(prefix=leftovers.scratch_prefix("sync"), dir=folder)
