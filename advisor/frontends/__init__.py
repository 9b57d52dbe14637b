"""The front ends: the ``stridewise`` commands (check, ask, screen, symptoms, rules, schema)."""
