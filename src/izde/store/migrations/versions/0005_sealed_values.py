"""sealed values: structured fields of confidential rows, and sensitivities for mentions
and places named in text

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-22

Confidential values are encrypted at rest (``izde.protect.at_rest``). Text columns hold
their ciphertext in place, but typed and short columns (an event's type, date, place,
charge and sentence; a person's gender, birth year, roles; a document's filename) cannot:
for a confidential row they move, as one encrypted JSON object, into a new ``sealed``
column, and the clear columns hold a neutral placeholder.

Mentions (the text of a name where it occurs, and what it refers to) and relations take
the sensitivity of their document; places known only from text (not the gazetteer) and
organisations the least strict sensitivity of the documents that name them, so a
confidential testimony's mentions, relations, and the village it names are encrypted too. Values already stored are sealed by the next ``izde keys rotate``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

SEALED_TABLES = ("persons", "events", "documents", "attachments", "mentions", "relations")
_LEVEL = ("(CASE d.sensitivity WHEN 'public' THEN 0 WHEN 'restricted' THEN 1 ELSE 2 END)")


def upgrade() -> None:
    for table in SEALED_TABLES:
        op.add_column(table, sa.Column("sealed", sa.Text(), nullable=True))
    op.add_column("mentions", sa.Column("sensitivity", sa.String(length=16), nullable=False,
                                        server_default="restricted"))
    for table in ("places", "organisations"):
        op.add_column(table, sa.Column("sensitivity", sa.String(length=16), nullable=False,
                                       server_default="public"))
    op.add_column("relations", sa.Column("sensitivity", sa.String(length=16), nullable=False,
                                         server_default="restricted"))
    op.add_column("place_names", sa.Column("sensitivity", sa.String(length=16),
                                           nullable=False, server_default="public"))
    op.execute("UPDATE mentions SET sensitivity = coalesce((SELECT d.sensitivity FROM "
               "documents d WHERE d.id = mentions.document_id), 'restricted')")
    op.execute(f"""UPDATE places SET sensitivity = CASE (SELECT min({_LEVEL}) FROM mentions m
                   JOIN documents d ON d.id = m.document_id WHERE m.place_id = places.id)
                   WHEN 2 THEN 'confidential' WHEN 1 THEN 'restricted' ELSE 'public' END
                   WHERE source = 'text'""")
    op.execute("UPDATE place_names SET sensitivity = (SELECT p.sensitivity FROM places p "
               "WHERE p.id = place_names.place_id)")
    op.execute(f"""UPDATE organisations SET sensitivity = CASE (SELECT min({_LEVEL}) FROM
                   mentions m JOIN documents d ON d.id = m.document_id
                   WHERE m.organisation_id = organisations.id)
                   WHEN 2 THEN 'confidential' WHEN 1 THEN 'restricted' ELSE 'public' END""")
    op.execute("UPDATE relations SET sensitivity = coalesce((SELECT d.sensitivity FROM "
               "documents d WHERE d.id = relations.document_id), 'restricted')")


def downgrade() -> None:
    """Plain ``ALTER TABLE ... DROP COLUMN`` (SQLite 3.35+): a batch rebuild of the table
    would drop the search triggers on documents and persons."""
    drops = [("place_names", "sensitivity"), ("places", "sensitivity"),
             ("organisations", "sensitivity"), ("relations", "sensitivity"),
             ("mentions", "sensitivity"), *((t, "sealed") for t in SEALED_TABLES)]
    for table, column in drops:
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
