"""style rules (being written)."""
