"""attach rules (being written)."""
