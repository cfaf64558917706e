"""A table label as a data engineer wants it: one line, one word where the printer
spread it (``금 융 보 험 업``), without the bullet before it or the footnote mark after it."""

from __future__ import annotations

import functools
import itertools

import regex

from extractors.lexicon.tables import CAPTION_BRACKETS, LABEL_BULLETS, PLACEHOLDER_CELLS, PLACEHOLDER_LETTERS

_SPACES = regex.compile(r"\s+")
_BULLET = regex.compile(rf"^[{regex.escape(LABEL_BULLETS)}]+\s*")
# Footnote marks closing a label: 수출1), 경상수입¹), 수출¹⁾, 수입*, 자본수입²
_FOOTNOTE = regex.compile(r"(?:(?<=\S)\d{1,2}\)|⁽?[¹²³⁴⁵⁶⁷⁸⁹⁰]+[)⁾]?|(?<=\S)[*※†‡]+)$")
_SYLLABLE = regex.compile(r"^\p{Hangul}$")
# A label set in a pair of brackets, as a group row writes it: < 세입 >, 【 수출 】.
_BRACKETED = regex.compile(
    "|".join(
        rf"^{regex.escape(open_)}\s*(?P<inner{i}>[^\n]+?)\s*{regex.escape(close)}$"
        for i, (open_, close) in enumerate(zip(CAPTION_BRACKETS[::2], CAPTION_BRACKETS[1::2], strict=True))
    )
)
# A middle dot joining two words, spaced by the printer: 도· 소매업, 과학 · 기술.
_DOT = regex.compile(r"(?<=\p{Hangul})\s*([·ㆍ])\s*(?=\p{Hangul})")
_HANGUL_WORD = regex.compile(r"^[\p{Hangul}·ㆍ]+$")  # 과학·기술: a middle dot joins words
_LINE = regex.compile(r"[^\S\n]*\n\s*")
# A line ending on a space the format drew (a PDF line wrapped between two words).
_SOFT_WRAP = regex.compile(r"[^\S\n]+\n\s*")
_DOTS = regex.compile(r"[·ㆍ]")
_LETTERS = regex.escape(PLACEHOLDER_LETTERS)
# A cell standing for no figure: -, …, N/A, or a template's aa.aa, x.x%.
_PLACEHOLDER = regex.compile(
    rf"^(?:{'|'.join(map(regex.escape, PLACEHOLDER_CELLS))}|[△▲+\-]?[{_LETTERS}]+\.[{_LETTERS}]+%?)$"
)


def wholly_bracketed(label: str) -> bool:
    """A label wholly in one pair of parentheses: ``(증감률)``, ``(%)``; not ``(A) 수입``.

    >>> [wholly_bracketed(t) for t in ("(증감률)", " (손실) ", "(A) 수입", "수출(억 달러)", "((x))")]
    [True, True, False, False, False]
    """
    return _WHOLLY_BRACKETED.fullmatch(label) is not None


_WHOLLY_BRACKETED = regex.compile(r"\s*[(（][^()（）]*[)）]\s*")


def is_placeholder(text: str) -> bool:
    """A cell standing for no figure: an empty cell, never a label.

    >>> [is_placeholder(t) for t in ("-", "…", "N/A", "aa.aa", "x.x%", "12.0", "반도체", "Max.X")]
    [True, True, True, True, True, False, False, False]
    """
    return _PLACEHOLDER.match(text.strip()) is not None


def _word_broken(text: str) -> bool:
    """A label of two or more lines, each one Hangul word: a compound noun broken to
    fit its cell (금융⏎보험업, 전문과학⏎기술업), not words set on lines of their own
    (개인 및⏎기타 has a space; 통합수입⏎(A) is no Hangul word)."""
    lines = _LINE.split(text.strip())
    return len(lines) > 1 and all(_HANGUL_WORD.match(line) for line in lines)


def _letter_spaced(words: list[str]) -> bool:
    """Two single syllables in a row among Hangul-only words (a middle dot parts
    syllables too): a label spread over its cell (금 융 보 험 업, 전문과학 기 술 업,
    과 학 ·기 술), not 개인 및 기타."""
    if len(words) < 2 or not all(_HANGUL_WORD.match(word) for word in words):
        return False
    pieces = [piece for word in words for piece in _DOTS.split(word)]
    return any(_SYLLABLE.match(a) and _SYLLABLE.match(b) for a, b in itertools.pairwise(pieces))


def _words(text: str) -> str:
    """One run of a label between soft wraps, as one line; closed up where it was
    letter-spaced or a word was broken over two lines."""
    words: str = _SPACES.sub(" ", _LINE.sub("", text) if _word_broken(text) else text).strip()
    words = str(_DOT.sub(r"\1", words))
    parts = words.split(" ")
    hangul = next((i for i, word in enumerate(parts) if not _HANGUL_WORD.match(word)), len(parts))
    if not _letter_spaced(parts[:hangul]):
        return words
    return " ".join(["".join(parts[:hangul]), *parts[hangul:]])  # 수 입 (A): the mark stays apart


@functools.lru_cache(maxsize=8192)
def clean_label(text: str) -> str:
    """The label read as one line and one word where it was letter-spaced.

    >>> [clean_label(t) for t in ("금 융\\n보 험 업", "전문과학 기 술 업", "◇ 총 수 입", "경상수입¹)")]
    ['금융보험업', '전문과학기술업', '총수입', '경상수입']
    >>> [clean_label(t) for t in ("수출¹⁾", "수입⁽²⁾", "순융자⁵)")]
    ['수출', '수입', '순융자']
    >>> clean_label("과 학 ·기 술 서 비 스 업"), clean_label("도· 소매업"), clean_label("정보·통신 서비스")
    ('과학·기술서비스업', '도·소매업', '정보·통신 서비스')
    >>> [clean_label(t) for t in ("< 세입 >", "【수출】", "(GDP대비,%)", "수출 변화('14~'24)")]
    ['세입', '수출', '(GDP대비,%)', "수출 변화('14~'24)"]
    >>> [clean_label(t) for t in ("개인 및 기타", "수출1)", "2024년 1분기", "유형 \\\\ 산업", "비중(%)")]
    ['개인 및 기타', '수출', '2024년 1분기', '유형 \\\\ 산업', '비중(%)']

    Lines: a word broken over two lines is one; a line wrapped after a space the
    format drew (a PDF wrap between words) keeps the words apart:

    >>> [clean_label(t) for t in ("금융\\n보험업", "개인 및\\n기타", "통합수입\\n(A)", "수    입 (A)")]
    ['금융보험업', '개인 및 기타', '통합수입 (A)', '수입 (A)']
    >>> clean_label("과 학 ·기 술 \\n서 비 스 업"), clean_label("일반 \\n회계"), clean_label("세입\\n세출외")
    ('과학·기술 서비스업', '일반 회계', '세입세출외')
    """
    if is_placeholder(text):
        return ""  # an empty cell
    words = _BULLET.sub("", text.strip())
    if words.count("(") < words.count(")") or not words.endswith(")"):  # 변화('14~'24): no mark
        words = _FOOTNOTE.sub("", words).strip()
    if (bracketed := _BRACKETED.match(words)) is not None:
        words = next(inner for inner in bracketed.groups() if inner)
    return " ".join(part for part in map(_words, _SOFT_WRAP.split(words)) if part)
