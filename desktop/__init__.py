"""Sổ Chi bộ: the offline record book of a party branch."""

__version__ = "0.1.0"
