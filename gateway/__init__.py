"""I/O side of bsm-gateway: SMTP server, relay, reports, store, logs, metrics, CLI."""
