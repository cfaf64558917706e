"""The one error type for bad input: a code, a message and the file."""

from __future__ import annotations


class SuchiError(Exception):
    """A publication that cannot be read.

    ``code`` is stable and machine-readable (``not_found``, ``empty_file``,
    ``binary_file``, ``encrypted_pdf``, ...); ``message`` is for people.
    """

    def __init__(self, code: str, message: str, source: str | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.source = source
