"""zones on the map: outlines of the reserve's zones with their boxes and geodesic areas,
the zones an action applies to, and each observation's zone worked out from its coordinates
(a table of its own: nothing in the observation log is rewritten)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 23:56:07.356809
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from brdesk.db.postgres import is_postgres

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reserve_zone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reserve_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("geometry", sa.Text(), nullable=False),
        sa.Column("min_lon", sa.Float(), nullable=False),
        sa.Column("min_lat", sa.Float(), nullable=False),
        sa.Column("max_lon", sa.Float(), nullable=False),
        sa.Column("max_lat", sa.Float(), nullable=False),
        sa.Column("area_ha", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('core', 'buffer', 'transition')", name=op.f("ck_reserve_zone_kind_known")
        ),
        sa.CheckConstraint("area_ha >= 0", name=op.f("ck_reserve_zone_area_not_negative")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_reserve_zone_name_not_blank")),
        sa.CheckConstraint(
            "min_lon <= max_lon AND min_lat <= max_lat", name=op.f("ck_reserve_zone_box_order")
        ),
        sa.ForeignKeyConstraint(
            ["reserve_id"],
            ["reserve.id"],
            name=op.f("fk_reserve_zone_reserve_id_reserve"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reserve_zone")),
        sa.UniqueConstraint("name", name=op.f("uq_reserve_zone_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_reserve_zone_uuid")),
    )
    with op.batch_alter_table("reserve_zone", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reserve_zone_reserve_id"), ["reserve_id"], unique=False
        )

    op.create_table(
        "observation_zone",
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("map_zone", sa.String(length=16), nullable=False),
        sa.Column("zone_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "map_zone IN ('core', 'buffer', 'transition', 'outside')",
            name=op.f("ck_observation_zone_map_zone_known"),
        ),
        sa.PrimaryKeyConstraint("observation_id", name=op.f("pk_observation_zone")),
    )
    # Goes with its observation. A trigger, not a foreign key: SQLite checks a key on every
    # insert, and a million zones were written 60 % slower for it.
    if is_postgres(op.get_bind()):
        op.execute(
            "CREATE OR REPLACE FUNCTION observation_zone_delete() RETURNS trigger "
            "LANGUAGE plpgsql AS $body$ BEGIN "
            "DELETE FROM observation_zone WHERE observation_id = old.id; RETURN NULL; "
            "END $body$"
        )
        op.execute(
            "CREATE TRIGGER observation_zone_delete AFTER DELETE ON observation "
            "FOR EACH ROW EXECUTE FUNCTION observation_zone_delete()"
        )
    else:
        op.execute(
            "CREATE TRIGGER observation_zone_delete AFTER DELETE ON observation BEGIN "
            "DELETE FROM observation_zone WHERE observation_id = old.id; END"
        )
    op.create_table(
        "action_zone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("zone_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_action_zone_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["zone_id"],
            ["reserve_zone.id"],
            name=op.f("fk_action_zone_zone_id_reserve_zone"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_zone")),
        sa.UniqueConstraint("action_id", "zone_id", name=op.f("uq_action_zone_action_id_zone_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_action_zone_uuid")),
    )
    with op.batch_alter_table("action_zone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_zone_zone_id"), ["zone_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("action_zone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_zone_zone_id"))

    op.drop_table("action_zone")
    if is_postgres(op.get_bind()):
        op.execute("DROP TRIGGER IF EXISTS observation_zone_delete ON observation")
        op.execute("DROP FUNCTION IF EXISTS observation_zone_delete()")
    else:
        op.execute("DROP TRIGGER IF EXISTS observation_zone_delete")
    op.drop_table("observation_zone")
    with op.batch_alter_table("reserve_zone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reserve_zone_reserve_id"))

    op.drop_table("reserve_zone")
