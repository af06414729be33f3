"""images rules (being written)."""
