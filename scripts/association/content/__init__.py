"""The pure content model: front matter in, typed and validated objects out.

Nothing here imports MkDocs or reads the clock: ``now`` and the time zone are parameters.
"""
