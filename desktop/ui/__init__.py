"""PySide6 screens: the only layer that imports Qt."""
