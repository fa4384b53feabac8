"""Pure rules of a party branch: no Qt, no SQL, no files."""
