"""Use cases: one call = one user action = one transaction; plain data in and out."""
