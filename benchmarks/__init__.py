"""Accuracy against public gold data and speed against bare spaCy: ``python -m benchmarks``."""
