"""jobsmith: a self-hosted job-application assistant."""

__version__ = "0.1.0"
