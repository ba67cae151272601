"""Readers: files, folders and JSONL into ``Article`` records (bad input into ``Failure`` records)."""

from dragoman.ingest.frontmatter import FrontMatter, split_front_matter
from dragoman.ingest.readers import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    input_failure,
    iter_input_files,
    parse_published,
    read_inputs,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "FrontMatter",
    "input_failure",
    "iter_input_files",
    "parse_published",
    "read_inputs",
    "split_front_matter",
]
