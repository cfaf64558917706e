"""A table label as a data engineer wants it: one line, one word where the printer
spread it (``금 융 보 험 업``), without the bullet before it or the footnote mark after it."""

from __future__ import annotations

import functools
import itertools

import regex

from extractors.lexicon.tables import LABEL_BULLETS

_SPACES = regex.compile(r"\s+")
_BULLET = regex.compile(rf"^[{regex.escape(LABEL_BULLETS)}]+\s*")
# Footnote marks closing a label: 수출1), 경상수입¹), 수입*, 자본수입²
_FOOTNOTE = regex.compile(r"(?:(?<=\S)\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\)?|(?<=\S)[*※†‡]+)$")
_SYLLABLE = regex.compile(r"^\p{Hangul}$")
# A middle dot joining two words, spaced by the printer: 도· 소매업, 과학 · 기술.
_DOT = regex.compile(r"(?<=\p{Hangul})\s*([·ㆍ])\s*(?=\p{Hangul})")
_HANGUL_WORD = regex.compile(r"^[\p{Hangul}·ㆍ]+$")  # 과학·기술: a middle dot joins words


def _letter_spaced(words: list[str]) -> bool:
    """Two single syllables in a row among Hangul-only words: a label spread
    over its cell (금 융 보 험 업, 전문과학 기 술 업), not 개인 및 기타."""
    if len(words) < 2 or not all(_HANGUL_WORD.match(word) for word in words):
        return False
    return any(_SYLLABLE.match(a) and _SYLLABLE.match(b) for a, b in itertools.pairwise(words))


@functools.lru_cache(maxsize=8192)
def clean_label(text: str) -> str:
    """The label read as one line and one word where it was letter-spaced.

    >>> [clean_label(t) for t in ("금 융\\n보 험 업", "전문과학 기 술 업", "◇ 총 수 입", "경상수입¹)")]
    ['금융보험업', '전문과학기술업', '총수입', '경상수입']
    >>> clean_label("과 학 ·기 술 서 비 스 업"), clean_label("도· 소매업"), clean_label("정보·통신 서비스")
    ('과학·기술서비스업', '도·소매업', '정보·통신 서비스')
    >>> [clean_label(t) for t in ("개인 및 기타", "수출1)", "2024년 1분기", "유형 \\\\ 산업", "비중(%)")]
    ['개인 및 기타', '수출', '2024년 1분기', '유형 \\\\ 산업', '비중(%)']
    """
    words = _SPACES.sub(" ", text).strip()
    words = _BULLET.sub("", words)
    words = _DOT.sub(r"\1", _FOOTNOTE.sub("", words).strip())
    parts = words.split(" ")
    return "".join(parts) if _letter_spaced(parts) else words
