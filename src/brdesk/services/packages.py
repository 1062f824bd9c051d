"""Exchange packages between laptops: export a selection of the data, and merge a package in.

Records travel with their stable UUIDs, never their local ids. Merging, record by record:
- not here yet: added;
- here with the same `updated_at`: the same version, nothing to do (so importing a package
  twice changes nothing);
- otherwise the newer version is kept. It is a *conflict*, reported with the values set
  aside, only when both sides edited the record: ours was edited here since the version we
  last received (`synced_at`), and the package's is not simply a later edit of ours (its
  own `synced_at` says which version it started from).

Two records with different UUIDs can still be the same: a reserve or programme of the same
name is taken to be ours (the package's copy is not merged into it, only linked to), and
the natural keys the database holds unique (a participant's summary; an imported field
record's source id) match as the same record.

Deleting is not carried: a record deleted here comes back if a package still holds it.
"""

from __future__ import annotations

from brdesk.errors import Cancelled
from brdesk.services.package_export import ExportResult, export_package
from brdesk.services.package_merge import import_package, preview_package
from brdesk.services.package_report import Conflict, MergeReport
from brdesk.services.package_spec import Selection

__all__ = [
    "Cancelled",
    "Conflict",
    "ExportResult",
    "MergeReport",
    "Selection",
    "export_package",
    "import_package",
    "preview_package",
]
