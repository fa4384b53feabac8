"""Developer tools (translations, migrations); not used by the running app."""
