"""Alembic environment. The app calls migrations through annotator.storage.database, which
passes an open connection (already inside a transaction) in ``config.attributes``."""

from alembic import context

from annotator.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes a connection
    raise RuntimeError("run migrations through annotator.storage.database.open_database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
