"""The survey endpoints: a survey's definition in one language, and submitting responses."""
