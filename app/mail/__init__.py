"""The SMTP outbox (at most once on the wire), modes, edits before approval, outcomes and metrics."""
