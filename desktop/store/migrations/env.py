"""Alembic environment: always driven from code (desktop.store.migrate), never from alembic.ini."""

from __future__ import annotations

from alembic import context

from desktop.store.base import UtcDateTime
from desktop.store.models import Base


def _render_item(type_, obj, autogen_context):  # noqa: ANN001
    # Migrations must not import app types that may change later: store UTC stamps as DateTime.
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime()"
    return False


config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode rebuilds tables
    compare_type=True,
    render_item=_render_item,
)
with context.begin_transaction():
    context.run_migrations()
