"""Exact figures from Korean text: the extract functions and their result types."""

from extractors.errors import SuchiError
from extractors.mentions import Mention
from extractors.numerals import parse_korean_number
from extractors.pipeline import extract_file, extract_source, text_to_mentions

__all__ = [
    "Mention",
    "SuchiError",
    "extract_file",
    "extract_source",
    "parse_korean_number",
    "text_to_mentions",
]
