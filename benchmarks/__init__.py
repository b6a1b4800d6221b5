"""Reproducible speed and memory measurements (not run by the test suite)."""
