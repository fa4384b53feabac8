"""The signed annual package: keys, build, strict verification, trust registry."""
