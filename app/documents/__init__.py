"""DOCX reading and writing, the fact gate, locale spelling, PDF and export."""
