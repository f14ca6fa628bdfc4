"""search index: name keys, a queue of names to index, full text of documents

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Name keys are computed in Python (``izde.resolve.names.name_keys``), so the database only
records *which* names changed: a trigger on ``person_names`` queues each new name and drops
the keys of a deleted one; ``izde.search.sync_index`` computes the keys of queued names.
That keeps the index right whoever writes (CLI, web, a script), with no Python in triggers.

Document text goes straight into an FTS5 table by trigger on SQLite. On PostgreSQL the
documents are searched through an expression GIN index on ``to_tsvector('simple', ...)``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    """CREATE TRIGGER search_name_added AFTER INSERT ON person_names BEGIN
         INSERT INTO search_queue (name_id) VALUES (NEW.id); END""",
    """CREATE TRIGGER search_name_removed AFTER DELETE ON person_names BEGIN
         DELETE FROM search_name_keys WHERE name_id = OLD.id;
         DELETE FROM search_queue WHERE name_id = OLD.id; END""",
    """CREATE TRIGGER search_name_changed AFTER UPDATE OF name ON person_names BEGIN
         DELETE FROM search_name_keys WHERE name_id = OLD.id;
         INSERT INTO search_queue (name_id) VALUES (NEW.id); END""",
    """CREATE TRIGGER search_document_added AFTER INSERT ON documents BEGIN
         INSERT INTO document_fts (document_id, title, body)
         VALUES (NEW.id, coalesce(NEW.title, ''), coalesce(NEW.body, '')); END""",
    """CREATE TRIGGER search_document_removed AFTER DELETE ON documents BEGIN
         DELETE FROM document_fts WHERE document_id = OLD.id; END""",
)

_PG_FUNCTIONS = (
    """CREATE OR REPLACE FUNCTION izde_search_name_added() RETURNS trigger AS $$
       BEGIN
         IF TG_OP = 'UPDATE' THEN DELETE FROM search_name_keys WHERE name_id = OLD.id; END IF;
         INSERT INTO search_queue (name_id) VALUES (NEW.id); RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    """CREATE OR REPLACE FUNCTION izde_search_name_removed() RETURNS trigger AS $$
       BEGIN
         DELETE FROM search_name_keys WHERE name_id = OLD.id;
         DELETE FROM search_queue WHERE name_id = OLD.id; RETURN OLD;
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER search_name_added AFTER INSERT OR UPDATE OF name ON person_names
       FOR EACH ROW EXECUTE FUNCTION izde_search_name_added()""",
    """CREATE TRIGGER search_name_removed AFTER DELETE ON person_names
       FOR EACH ROW EXECUTE FUNCTION izde_search_name_removed()""",
    """CREATE INDEX ix_documents_fulltext ON documents USING gin
       (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(body, '')))""",
)


def upgrade() -> None:
    op.create_table(
        "search_name_keys",
        sa.Column("name_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("token", "name_id"),
    )
    op.create_index("ix_search_name_keys_name_id", "search_name_keys", ["name_id"])
    op.create_table(
        "search_queue",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE document_fts USING fts5("
                   "document_id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')")
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)
        op.execute("INSERT INTO document_fts (document_id, title, body) "
                   "SELECT id, coalesce(title, ''), coalesce(body, '') FROM documents")
    else:
        for statement in _PG_FUNCTIONS:
            op.execute(statement)
    op.execute("INSERT INTO search_queue (name_id) SELECT id FROM person_names")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("search_name_added", "search_name_removed", "search_name_changed",
                     "search_document_added", "search_document_removed"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS document_fts")
    else:
        op.execute("DROP TRIGGER IF EXISTS search_name_added ON person_names")
        op.execute("DROP TRIGGER IF EXISTS search_name_removed ON person_names")
        op.execute("DROP FUNCTION IF EXISTS izde_search_name_added()")
        op.execute("DROP FUNCTION IF EXISTS izde_search_name_removed()")
        op.execute("DROP INDEX IF EXISTS ix_documents_fulltext")
    op.drop_table("search_queue")
    op.drop_index("ix_search_name_keys_name_id", table_name="search_name_keys")
    op.drop_table("search_name_keys")
