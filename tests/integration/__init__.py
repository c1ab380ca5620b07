"""Integration tests: the SDK end to end against the real any-llm gateway 1.14.0 and the fake upstream."""
