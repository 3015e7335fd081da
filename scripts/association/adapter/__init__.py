"""The only package that imports MkDocs: config schema, plugin hooks, File objects."""
