"""The benchmark suite (issue 9), outside the default test run: `python -m tests.benchmarks`.

Kept free of imports: the start-up child process imports this package and must measure a bare
PySide6 window without the app's modules loaded.
"""
