"""Casefile: an offline, encrypted case file for documenting enforced disappearances."""

__version__ = "0.1.0"
