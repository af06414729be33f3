"""links rules (being written)."""
