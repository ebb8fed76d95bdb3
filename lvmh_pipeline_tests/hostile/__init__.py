"""Hostile-input corpus: malformed, encoded, oversized, linked and PII-laden uploads run through
the whole pipeline once (test_hostile_inputs.py), and SIGKILL crash safety (test_kill_and_rerun.py)."""
