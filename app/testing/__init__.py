"""Test support shipped inside the project: a fake LLM provider speaking the real APIs over loopback."""
