"""brdesk import ...: records from field tools, and packages from other laptops."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from brdesk.cli.common import ExitCode, open_store
from brdesk.cli.speech import out
from brdesk.db.vocab import ZONES
from brdesk.languages import Lowered, joined, marked, said, said_n
from brdesk.paths import DataDir

if TYPE_CHECKING:
    from pathlib import Path

    from brdesk.services.importer import ImportPreview
    from brdesk.services.store import Store


def cmd_import_observations(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.exchange.mapping import ColumnMapping
    from brdesk.exchange.readers import read_table
    from brdesk.services.importer import preview_import

    path = Path(args.file).expanduser().absolute()
    mapping = ColumnMapping.load(Path(args.mapping)) if args.mapping else None
    with open_store(data_dir) as store:
        table = read_table(path, args.encoding)
        if args.form:
            from brdesk.exchange.mapping import recognise
            from brdesk.exchange.xlsform import read_form_choices

            form = Path(args.form).expanduser()
            mapping = mapping or recognise(table.headers)
            mapping.choice_labels, mapping.choice_form = read_form_choices(form), form.name
        preview = preview_import(store, path, mapping, table=table)
        try:
            return _report_and_commit(args, path, store, preview)
        finally:
            preview.discard()


def _report_and_commit(
    args: argparse.Namespace, path: Path, store: Store, preview: ImportPreview
) -> int:
    from brdesk.services.importer import commit_import

    out(said_n("{name}: read as {format}; %Ln row(s).", "", preview.total_rows,
               name=path.name, format=preview.mapping.format_name))  # fmt: skip
    out(said("  {rules}.", rules=joined(preview.rules(), "; ")))
    out(said("  {accepted:,} to import, {rejected:,} rejected, {present:,} already in brdesk.",
             accepted=preview.accepted, rejected=preview.rejected_total,
             present=preview.already_present))  # fmt: skip
    for rejection in preview.rejected[:50]:
        out(said("  {name}, {rejection}", name=path.name, rejection=rejection.said()), error=True)
    if preview.rejected_total > 50:
        more = preview.rejected_total - 50
        out(said_n("  ... and %Ln more rejected row(s)", "", more), error=True)
    if args.dry_run:
        out(marked("Dry run: nothing was imported."))
        return ExitCode.OK if not preview.rejected_total else ExitCode.REFUSED
    if preview.rejected_total and not args.skip_invalid:
        out(marked("Nothing was imported: fix the rows above, or use --skip-invalid to import "
                   "the valid rows only."), error=True)  # fmt: skip
        return ExitCode.REFUSED
    written = commit_import(store, preview)
    out(said_n("Imported %Ln observation(s).", "", written))
    return ExitCode.OK


def cmd_import_package(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.packages import import_package

    path = Path(args.file).expanduser().absolute()
    with open_store(data_dir) as store:
        report = import_package(store, path, dry_run=args.dry_run)
    for line in report.lines():
        out(line)
    if args.dry_run:
        out(marked("Dry run: nothing was changed."))
    return ExitCode.OK


def cmd_import_zones(args: argparse.Namespace, data_dir: DataDir) -> int:
    """Replace the zones on the map with a boundary file's polygons, each feature's zone
    read from a field (--zone-field, or the first whose values all name one)."""
    from pathlib import Path

    from brdesk.exchange.zone_files import read_zone_file
    from brdesk.services.zones import propose, replace_zones

    path = Path(args.file).expanduser().absolute()
    layer = read_zone_file(path).layer(args.layer)
    proposal = propose(layer, args.zone_field)
    for line in (*layer.notes, *layer.refused):
        out(line)
    if proposal.unread:
        fields = ", ".join(f"'{f}'" for f in layer.fields) or marked("none")
        out(
            said(
                "Not imported: no zone could be read for {features}. Name the field that "
                "says core, buffer or transition with --zone-field (the layer's fields: "
                "{fields}), or choose in the Map page.",
                features=", ".join(proposal.unread[:5]),
                fields=fields,
            ),
            error=True,
        )
        return ExitCode.REFUSED
    features = {f.number: f.outline for f in layer.features}
    for choice in proposal.choices:
        outline = features[choice.feature]
        zone = Lowered(ZONES[choice.kind], whole=True) if choice.kind in ZONES else str(choice.kind)
        out(said("  {name}: {zone}, {area:,.1f} ha", name=choice.name, zone=zone,
                 area=outline.area_ha))  # fmt: skip
    if args.dry_run:
        out(said_n("Dry run: %Ln zone(s) would replace the zones.", "", len(proposal.choices)))
        return ExitCode.OK
    with open_store(data_dir) as store:
        done = replace_zones(store, features, proposal.choices, source=path.name)
    out(done.describe())
    return ExitCode.OK
