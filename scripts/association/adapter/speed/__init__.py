"""What only makes a build faster. Nothing here changes a byte of the output; each piece
can be switched off or removed and the site stays the same (BENCHMARKS.md has what each
one saves, ARCHITECTURE.md "What the build keeps cheap" what each one does)."""
