"""Annals: a self-hosted archive of official statements with search."""

__version__ = "0.1.0"
