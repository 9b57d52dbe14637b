"""Developer tools (benchmarks, the ask simulator): run from a checkout, never shipped."""
