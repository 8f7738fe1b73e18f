"""Errors users can act on: each says which input, what is wrong and what to do."""

from __future__ import annotations


class KhabarError(Exception):
    """Base class of every error khabar raises on purpose."""


class InputError(KhabarError):
    """An input cannot be analysed (empty, binary, undecodable, too large…).

    ``origin`` names the input (a path, ``path#3`` for the 4th record of a
    file, ``<stdin>``); ``str(error)`` is one line fit for stderr.
    """

    def __init__(self, reason: str, origin: str | None = None):
        self.reason = reason
        self.origin = origin
        super().__init__(f"{origin}: {reason}" if origin else reason)
