"""File formats in and out. No Qt, no services: plain rows in, files out (and back)."""
