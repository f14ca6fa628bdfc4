"""search facets and browsing: indexes for persons' ethnicity and visible canonical ids

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

The search form lists the distinct values of each facet with a loose index scan (one index
seek per value, ``izde.search.distinct_values``), which needs an index on the column: events
have theirs (type, charge, place_id); persons' ethnicity gets one here. Browsing persons with
no query counts and pages visible canonical ids, which (canonical_id, sensitivity) answers
from the index alone.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_persons_ethnicity", "persons", ["ethnicity"])
    op.create_index("ix_persons_canonical_visible", "persons", ["canonical_id", "sensitivity"])


def downgrade() -> None:
    op.drop_index("ix_persons_canonical_visible", table_name="persons")
    op.drop_index("ix_persons_ethnicity", table_name="persons")
