"""Content models, re-exported so migrations and imports see one module."""

from .pages import HomePage, StandardPage

__all__ = ["HomePage", "StandardPage"]
