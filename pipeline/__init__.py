"""woo-pipeline: Dutch Woo/Wob releases (PDF) into DuckDB."""

__version__ = "0.2.0"
