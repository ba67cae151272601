"""The DuckDB store of articles, events, mentions and failures, and event exports (JSONL, CSV)."""

from dragoman.store.db import DuplicateLink, SavedBatch, Store, StoreCounts, StoredSignature
from dragoman.store.export import (
    CSV_COLUMNS,
    event_to_record,
    event_to_row,
    write_csv,
    write_jsonl,
)
from dragoman.store.migrations import MIGRATIONS

__all__ = [
    "CSV_COLUMNS",
    "MIGRATIONS",
    "DuplicateLink",
    "SavedBatch",
    "Store",
    "StoreCounts",
    "StoredSignature",
    "event_to_record",
    "event_to_row",
    "write_csv",
    "write_jsonl",
]
