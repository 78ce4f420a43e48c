"""StreamField blocks, re-exported so pages import from `cms.blocks`."""

from .content import BaseContentBlock, HeadingBlock

__all__ = ["BaseContentBlock", "HeadingBlock"]
