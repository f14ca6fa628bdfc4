"""stored full-text vector of documents (PostgreSQL); text changes reach FTS5 (SQLite)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22

Migration 0002 searched documents on PostgreSQL through an expression GIN index on
``to_tsvector('simple', title || body)``. The index finds the matches, but ranking them
(``ts_rank``) and re-checking lossy index pages recomputed the vector from the text, so a
common word re-parsed every matching report: seconds for a word found in 5,000 reports.
Here the vector becomes a generated column, computed once when a row is written (and again
when its title or body change, as a key rotation re-encrypts them), with the GIN index on
it; ranking then reads the stored vector.

Adding a stored column rewrites the documents table under an exclusive lock, parsing every
text once: about 3 s for 5,000 reports on the development machine; a large archive should
upgrade at a quiet time.

SQLite searches documents in the FTS5 table of migration 0002, which copies the text by
trigger when a document is added or removed, not when its text changes. A document made
confidential has its title and body encrypted in place (and opened again when it stops
being confidential), so the copy kept the plaintext of a sealed report on disk, and the
ciphertext of an opened one (which no word then found). A third trigger replaces the copy
when the title or body change, as the generated column does on PostgreSQL, and the upgrade
re-copies every document whose copy differs from its row, then merges the index
(``optimize``) so the replaced entries are rewritten rather than left in old segments.
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

DOCUMENT_TEXT = "coalesce(title, '') || ' ' || coalesce(body, '')"


SQLITE_TRIGGER = """CREATE TRIGGER search_document_changed AFTER UPDATE OF title, body
    ON documents BEGIN
      DELETE FROM document_fts WHERE document_id = OLD.id;
      INSERT INTO document_fts (document_id, title, body)
      VALUES (NEW.id, coalesce(NEW.title, ''), coalesce(NEW.body, '')); END"""

STALE_COPIES = """DELETE FROM document_fts WHERE document_id IN (
    SELECT f.document_id FROM document_fts f JOIN documents d ON d.id = f.document_id
    WHERE f.title != coalesce(d.title, '') OR f.body != coalesce(d.body, ''))"""

MISSING_COPIES = """INSERT INTO document_fts (document_id, title, body)
    SELECT id, coalesce(title, ''), coalesce(body, '') FROM documents
    WHERE id NOT IN (SELECT document_id FROM document_fts)"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SQLITE_TRIGGER)
        op.execute(STALE_COPIES)
        op.execute(MISSING_COPIES)
        op.execute("INSERT INTO document_fts (document_fts) VALUES ('optimize')")
        return
    op.execute("ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
               f"(to_tsvector('simple', {DOCUMENT_TEXT})) STORED")
    op.execute("CREATE INDEX ix_documents_search_vector ON documents USING gin (search_vector)")
    op.execute("DROP INDEX IF EXISTS ix_documents_fulltext")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS search_document_changed")
        return
    op.execute("CREATE INDEX ix_documents_fulltext ON documents USING gin "
               f"(to_tsvector('simple', {DOCUMENT_TEXT}))")
    op.execute("DROP INDEX IF EXISTS ix_documents_search_vector")
    op.execute("ALTER TABLE documents DROP COLUMN search_vector")
