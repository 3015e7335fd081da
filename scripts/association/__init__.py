"""Turn an association's Markdown (columns, events, koers documents) into its website.

Three layers (see ARCHITECTURE.md in the repository): ``content`` reads and validates sources into frozen objects,
``render`` turns those objects into text, ``adapter`` is the only part that knows MkDocs.
"""
