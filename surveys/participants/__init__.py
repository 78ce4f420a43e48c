"""Named participants of non-anonymous surveys: personal codes, consent, show/export/erase."""
