"""search facets, browsing and a data version for cached statistics

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

* The search form lists the distinct values of each facet with a loose index scan (one
  index seek per value, ``izde.search.distinct_values``), which needs an index on the
  column: events have theirs (type, charge, place_id); persons' ethnicity gets one here.
* Browsing persons with no query counts and pages visible canonical ids, which
  (canonical_id, sensitivity) answers from the index alone.
* Statistics read every event, so the web layer caches them until the data changes: any
  write to persons, events or places moves a version number (a one-row table bumped by
  trigger on SQLite; a sequence on PostgreSQL, which never blocks concurrent writers).
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("persons", "events", "places")


def upgrade() -> None:
    op.create_index("ix_persons_ethnicity", "persons", ["ethnicity"])
    op.create_index("ix_persons_canonical_visible", "persons", ["canonical_id", "sensitivity"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TABLE data_version (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)")
        op.execute("INSERT INTO data_version (id, n) VALUES (1, 0)")
        for table in TABLES:
            for when in ("INSERT", "UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER data_version_{table}_{when.lower()} AFTER {when} "
                           f"ON {table} BEGIN UPDATE data_version SET n = n + 1; END")
        return
    op.execute("CREATE SEQUENCE izde_data_version")
    op.execute("""CREATE FUNCTION izde_bump_data_version() RETURNS trigger AS $$
                  BEGIN PERFORM nextval('izde_data_version'); RETURN NULL; END
                  $$ LANGUAGE plpgsql""")
    for table in TABLES:
        op.execute(f"CREATE TRIGGER data_version_{table} AFTER INSERT OR UPDATE OR DELETE "
                   f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION izde_bump_data_version()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            for when in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS data_version_{table}_{when}")
        op.execute("DROP TABLE IF EXISTS data_version")
    else:
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS data_version_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS izde_bump_data_version()")
        op.execute("DROP SEQUENCE IF EXISTS izde_data_version")
    op.drop_index("ix_persons_canonical_visible", table_name="persons")
    op.drop_index("ix_persons_ethnicity", table_name="persons")
