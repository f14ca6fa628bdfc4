"""covering indexes for search facets, statistics and the person behind a record

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

Search results, facet browsing and statistics all go from an event or a name to the real
person behind it (``persons.canonical_id``) and check that the record is visible. On SQLite
that lookup read the whole person row (names, roles, JSON) for every event: 300,000 random
row reads for one statistic. ``ix_persons_id_visible`` answers it from the index alone.

``ix_events_facets`` holds every column a facet filter or a statistic reads, led by the
event type and date, so "detentions from 2018" is one index range and the statistics read
the index instead of the table.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

EVENT_COLUMNS = ["type", "date", "person_id", "place_id", "charge", "sentence_years",
                 "sensitivity", "status"]


def upgrade() -> None:
    op.create_index("ix_persons_id_visible", "persons", ["id", "sensitivity", "canonical_id"])
    op.create_index("ix_events_facets", "events", EVENT_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_events_facets", table_name="events")
    op.drop_index("ix_persons_id_visible", table_name="persons")
