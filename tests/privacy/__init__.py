"""The attacker: differencing, watching and linking, solved by exact elimination."""
