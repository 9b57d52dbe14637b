"""The knowledge layer: the rule pack's YAML, its loader and checks, the frozen model, search."""
