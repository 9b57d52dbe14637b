"""The reasoning layer: engine, certainty, explanation, plan and the frozen result objects."""
