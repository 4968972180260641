"""Execution backends, the event bus, the blob store and the recorder (ARCHITECTURE.md section 3)."""
