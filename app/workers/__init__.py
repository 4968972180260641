"""RQ task entry points: module-level functions taking JSON-serialisable arguments."""
