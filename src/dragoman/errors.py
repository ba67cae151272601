"""Coded, actionable errors. Every error Dragoman raises is a ``DragomanError`` with a code from here."""

from __future__ import annotations


class DragomanError(Exception):
    """Base class: ``code`` is stable (``E1xx`` input, ``E2xx`` data files, ``E3xx`` store, ``E4xx`` eval)."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


# --- input (E1xx): the article could not be read; recorded as a failure, the run goes on
class InputError(DragomanError):
    code = "E100"
    stage = "read"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"
    stage = "decode"


class EncodingError(InputError):
    code = "E103"
    stage = "decode"


class MalformedRecord(InputError):
    code = "E104"


class UnsupportedInput(InputError):
    code = "E105"


class TooLarge(InputError):
    code = "E106"


class BadDate(InputError):
    code = "E107"


class MissingPath(InputError):
    code = "E108"


class NotEnglish(InputError):
    code = "E109"
    stage = "language"


# --- package and user data files (E2xx): a broken table is a bug, fail loudly at load
class DataFileError(DragomanError):
    code = "E200"


class CameoTableError(DataFileError):
    code = "E201"


class KnowledgeBaseError(DataFileError):
    code = "E202"


class LexiconError(DataFileError):
    code = "E203"


class ModelNotInstalled(DragomanError):
    code = "E210"


# --- store (E3xx)
class StoreError(DragomanError):
    code = "E300"


# --- evaluation (E4xx)
class GoldFormatError(DragomanError):
    code = "E401"
