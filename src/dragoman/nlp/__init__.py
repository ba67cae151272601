"""The NLP layer: the only place spaCy is imported (pipeline, actor resolution, event coding, dates)."""

from dragoman.nlp.coder import EventCoder
from dragoman.nlp.pipeline import load_nlp

__all__ = ["EventCoder", "load_nlp"]
