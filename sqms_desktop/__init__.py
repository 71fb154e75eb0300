"""SQMS Desktop: supplier quality management for auditors who work offline."""

__version__ = "0.1.0"
APP_NAME = "SQMS Desktop"
APP_ID = "sqms-desktop"
