"""The applications domain: modes, the outbox's send-once protocol, edits before approval, outcomes and
metrics, replies and follow-ups, the alert digest. Talks to mail servers only through `app.mail`."""
