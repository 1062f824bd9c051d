"""The monitoring tables of the initial schema (revision 0001), as it shipped: kept apart so
the revision stays readable. A record of the schema at that revision, never to be edited:
tests/test_migrations.py builds every revision and compares it with its shipped fixture."""

import sqlalchemy as sa
from alembic import op


def create_observation() -> None:
    op.create_table(
        "observation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("reserve_id", sa.Integer(), nullable=True),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("observed_time", sa.Time(), nullable=True),
        sa.Column("site", sa.String(length=200), nullable=True),
        sa.Column("zone", sa.String(length=16), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("coordinate_uncertainty_m", sa.Float(), nullable=True),
        sa.Column("elevation_m", sa.Float(), nullable=True),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=50), nullable=True),
        sa.Column("method", sa.String(length=200), nullable=True),
        sa.Column("observer", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "category IN ('species', 'habitat', 'climate', 'glacier', 'threat', 'socio_economic', 'other')",
            name=op.f("ck_observation_category_known"),
        ),
        sa.CheckConstraint(
            "zone IS NULL OR zone IN ('core', 'buffer', 'transition', 'outside')",
            name=op.f("ck_observation_zone_known"),
        ),
        sa.CheckConstraint(
            '"count" IS NULL OR "count" >= 0', name=op.f("ck_observation_count_not_negative")
        ),
        sa.CheckConstraint(
            "(latitude IS NULL) = (longitude IS NULL)",
            name=op.f("ck_observation_coordinates_paired"),
        ),
        sa.CheckConstraint(
            "coordinate_uncertainty_m IS NULL OR coordinate_uncertainty_m >= 0",
            name=op.f("ck_observation_uncertainty_not_negative"),
        ),
        sa.CheckConstraint(
            "elevation_m IS NULL OR (elevation_m BETWEEN -430.0 AND 8849.0)",
            name=op.f("ck_observation_elevation_range"),
        ),
        sa.CheckConstraint(
            "latitude IS NULL OR (latitude BETWEEN -90 AND 90)",
            name=op.f("ck_observation_latitude_range"),
        ),
        sa.CheckConstraint(
            "length(trim(subject)) > 0", name=op.f("ck_observation_subject_not_blank")
        ),
        sa.CheckConstraint(
            "longitude IS NULL OR (longitude BETWEEN -180 AND 180)",
            name=op.f("ck_observation_longitude_range"),
        ),
        sa.ForeignKeyConstraint(
            ["reserve_id"],
            ["reserve.id"],
            name=op.f("fk_observation_reserve_id_reserve"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observation")),
        sa.UniqueConstraint("uuid", name=op.f("uq_observation_uuid")),
    )
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_observation_category_observed_on", ["category", "observed_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_observation_elevation_m"), ["elevation_m"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_observation_observed_on"), ["observed_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_observation_reserve_id"), ["reserve_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_observation_site"), ["site"], unique=False)
        batch_op.create_index(batch_op.f("ix_observation_subject"), ["subject"], unique=False)
        batch_op.create_index(
            "uq_observation_source_source_id",
            ["source", "source_id"],
            unique=True,
            sqlite_where=sa.text("source_id IS NOT NULL"),
        )


def create_attachment() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("observation_id", sa.Integer(), nullable=True),
        sa.Column("followup_item_id", sa.Integer(), nullable=True),
        sa.Column("original_name", sa.String(length=300), nullable=False),
        sa.Column("stored_name", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=True),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "instr(stored_name, '/') = 0 AND instr(stored_name, '\\') = 0 AND stored_name NOT IN ('', '.', '..')",
            name=op.f("ck_attachment_stored_name_plain"),
        ),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_attachment_size_not_negative")),
        sa.ForeignKeyConstraint(
            ["followup_item_id"],
            ["followup_item.id"],
            name=op.f("fk_attachment_followup_item_id_followup_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_attachment_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("stored_name", name=op.f("uq_attachment_stored_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attachment_uuid")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_followup_item_id"), ["followup_item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attachment_observation_id"), ["observation_id"], unique=False
        )
