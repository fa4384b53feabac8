"""Vietnamese wording of the core, one module per area (see desktop/wording/__init__.py)."""
