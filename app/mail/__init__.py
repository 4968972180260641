"""The mail transport: SMTP (one transaction, classified), IMAP (reading a folder), and message building."""
