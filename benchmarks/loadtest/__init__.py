"""The load test's parts; benchmarks/load.py is the command that runs them."""
