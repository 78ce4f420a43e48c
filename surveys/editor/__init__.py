"""The survey editor: sections, questions and options edited in the survey's own admin page."""
