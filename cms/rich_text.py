"""The rich-text features editors get in guidance content: one list for fields and blocks."""

# Headings come from heading blocks and page structure, not from inside rich text, so that
# the document outline stays valid for screen readers; images and tables are blocks too.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
