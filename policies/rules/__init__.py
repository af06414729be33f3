"""The rules, one module per family (or concern). `policies.registry.all_rules()` finds
every rule class here; nothing lists them."""
