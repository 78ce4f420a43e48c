"""Domain exceptions that are not plain validation errors."""


class SurveyNotOpen(Exception):
    """The survey does not accept answers now (not yet open, or closed)."""

    def __init__(self, message: str, *, closed: bool):
        super().__init__(message)
        self.message = message
        self.closed = closed
