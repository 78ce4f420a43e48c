"""Finnish, Swedish and English site search over the pages' own index (docs/search.md).

`analysis` turns words into terms, `indexing` writes a page's terms when it is published,
`query` finds pages, `highlight` marks the matches in result snippets, and `backend`
plugs the index into `manage.py update_index`.
"""
