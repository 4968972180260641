"""YAML configuration: Pydantic models (one file each) and the loader."""
