"""contact rules (being written)."""
