"""Checks, registry, faces, cases and audit over the reads that `ocr` produces. No Qt here."""
