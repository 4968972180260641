"""HTTP routers and the one exception handler."""
