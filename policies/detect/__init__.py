"""The shared detection layer every rule composes."""
