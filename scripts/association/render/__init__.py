"""Pure renderers: content objects in, text or page structures out. No MkDocs, no I/O."""
