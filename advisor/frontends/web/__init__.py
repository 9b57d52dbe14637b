"""``stridewise serve``: the runner and coach pages and the JSON HTTP API (Starlette on uvicorn)."""
