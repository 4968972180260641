"""Outbound network access: one guarded fetcher for every request jobsmith makes on a posting's behalf."""
