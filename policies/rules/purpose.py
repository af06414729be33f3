"""purpose rules (being written)."""
