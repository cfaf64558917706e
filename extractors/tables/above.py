"""A table's caption and unit line, read from the text written before it.

Every reader gets the same behaviour without passing lines: the text above the
table (the builder's text, or a text file's own) is read back line by line.

- **Own caption and unit**: among the three lines just above the table (blank
  lines aside), a unit line (``(단위: 억 달러)``, ``< 업종별 동향(억 달러, %) >``,
  ``(%)``) and the nearest caption-like line: a ``<표 1>``/``■ 표 2 -`` caption, a
  bracketed or bulleted title (``< 국가별 동향 >``, ``□ 업종별 동향(상위 5개)``), or a
  short line that is no sentence.  The search stops at a row of an earlier table
  and at running text.
- **A unit line that still governs**: a table without a unit line of its own takes
  the nearest one above it, passing over other tables, headings and notes (an
  annex heading ``별첨 … 세부 통계(단위: 억 달러, 전년동기 대비 %)`` over all the
  tables of the annex).  It reaches no further than running text (a sentence
  ends a run of tables) or a new top-level section (``별첨``, ``참고``, ``붙임``, a
  Roman numeral heading): a unit line never crosses prose or a section.
- **A basis line that still governs**: a line wholly in parentheses naming a basis
  (``(총투자 기준)``) over a heading (``1. 분기별 동향``) governs the tables under it
  as far as a unit line does, up to the next such line: it joins their caption
  (``1. 분기별 동향 (순투자 기준)``), so that a run of tables written twice on two
  bases (gross, then net) has two sets of captions.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator

import regex

from extractors.lexicon.tables import (
    BASIS_WORDS,
    CAPTION_BRACKETS,
    CAPTION_MARKS,
    CELL_BORDERS,
    MAX_CAPTION_CHARS,
    NOTE_MARKS,
    PROSE_ENDINGS,
    ROMAN_NUMERALS,
    RULE_JOINTS,
    RULE_LINES,
    SECTION_MARKS,
    TABLE_WORDS,
)
from extractors.tables.labels import clean_label
from extractors.tables.units import unit_expression

__all__ = ["caption_and_unit", "is_caption_or_unit", "lines_back", "own_caption_with_basis"]

# How many non-empty lines above a table may hold its own caption and unit line.
_OWN_LINES = 3
# How far back (non-empty lines) a governing unit line is looked for: a long annex.
_MAX_LINES = 2000
_PIPES = 2  # pipes (or box-drawn borders) that make a line a row of cells
_BORDERS = regex.compile(f"[{regex.escape(CELL_BORDERS)}]")
# A rule drawn between rows (├──┼──┤, +---+, |---|): neither caption nor row, passed over
_RULE_MARKS = regex.escape(CELL_BORDERS + RULE_LINES + RULE_JOINTS)
_RULE = regex.compile(rf"^[\s{_RULE_MARKS}]*[{regex.escape(RULE_LINES)}][\s{_RULE_MARKS}]*$")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))


_NUMBERED_CAPTION = regex.compile(
    rf"""
    ^[^\p{{L}}\p{{N}}]*                           # bullet marks and brackets (■, <, [)
    (?P<caption>(?:{_alternation(TABLE_WORDS)})  # 표 / Table
    \s*[\p{{N}}<\[(-].*)$                        # followed by its number or title
    """,
    regex.VERBOSE,
)
_MARKS = regex.escape(CAPTION_MARKS + CAPTION_BRACKETS)
_MARKED_TITLE = regex.compile(rf"^\s*[{_MARKS}]")
_STRIP = regex.compile(rf"^[\s{_MARKS}]+|[\s{regex.escape(CAPTION_BRACKETS)}]+$")
_LETTER = regex.compile(r"\p{L}")
_SECTION = regex.compile(
    rf"^[\s{_MARKS}(]*(?:(?:{_alternation(SECTION_MARKS)})|[{ROMAN_NUMERALS}](?![\p{{L}}]))"
)


def _is_row(line: str) -> bool:
    """A row of a table written as text: cells split by tabs or pipes (a caption with
    its unit set apart by a wide gap is none)."""
    return ("\t" in line or len(_BORDERS.findall(line)) >= _PIPES) and not is_caption_or_unit(line)


def _is_note(line: str) -> bool:
    return line.strip().startswith(NOTE_MARKS)


def _is_prose(line: str) -> bool:
    """Running text: a sentence ending, or a line too long for a title."""
    words = line.strip()
    return words.endswith(PROSE_ENDINGS) or (len(words) > MAX_CAPTION_CHARS and not _is_note(words))


def _is_section(line: str) -> bool:
    """A top-level section heading: 별첨, 참 고 1, 붙임, Ⅱ. (spaces inside the mark ignored)."""
    return _SECTION.match(line.replace(" ", "")) is not None


def _caption(line: str) -> str | None:
    """The caption a line gives a table below it, or None.

    >>> [_caption(t) for t in ("■ 표 1 - 2024년 수출", "< 업종별 동향(억 달러, %) >", "□ 국가별 동향")]
    ['표 1 - 2024년 수출', '업종별 동향(억 달러, %)', '국가별 동향']
    >>> [_caption(t) for t in ("<표 3> 수출 실적\\t(단위: 억 달러)", "(단위: %)", "수출이 늘었다.")]
    ['표 3> 수출 실적', None, None]
    """
    words = " ".join(line.split("\t", 1)[0].split())
    if (numbered := _NUMBERED_CAPTION.match(words)) is not None:
        return str(numbered.group("caption")).strip()
    found = unit_expression(words)
    if found is not None and found[0] == words.strip():
        return None  # a unit line alone
    if _is_row(line) or _is_note(words) or _is_prose(words) or not _LETTER.search(words):
        return None
    title = _STRIP.sub("", words)
    return title if title and (_MARKED_TITLE.match(words) or len(title) <= MAX_CAPTION_CHARS) else None


def _is_basis(caption: str) -> bool:
    """A caption wholly in parentheses: the basis of the title above it (``(2024. 8월 기준)``)."""
    return caption.startswith("(") and caption.endswith(")")


def _titled(basis: str, above: str | None) -> str:
    """The title on the line above a basis line, before it: ``통합재정통계 (2024. 8월 기준)``
    (a letter-spaced title closed up)."""
    title = _caption(above) if above is not None and not _is_row(above) else None
    if title is None or _is_basis(title) or _is_section(above or "") or unit_expression(title) is not None:
        return basis
    return f"{clean_label(title)} {basis}"


# A part in parentheses, parentheses inside it kept: (2025. 6월(누계) 기준/잠정)
_PARENTHESISED = regex.compile(r"\((?:[^()]++|(?R))*\)")


def _states(caption: str, basis: str) -> bool:
    """The caption says the basis already (spaces aside: ``(순투자기준)``, ``(순투자 기준)``)."""
    return basis.replace(" ", "") in caption.replace(" ", "")


def own_caption_with_basis(own: str | None, above: str | None) -> str | None:
    """The caption of a table that has its own (an HTML ``<caption>``, an HWPX caption, a
    title row) and the caption read above it: its own wins, but a basis the head states
    above it (``(통관 기준)``, ``(2025. 6월 누계 기준)``) is part of the table's head and
    joins it, where its own does not say it already.

    >>> own_caption_with_basis("품목별 수출", "품목별 수출 (통관 기준)")
    '품목별 수출 (통관 기준)'
    >>> own_caption_with_basis("품목별 수출(통관기준)", "품목별 수출 (통관 기준)")
    '품목별 수출(통관기준)'
    >>> own_caption_with_basis("품목별 수출", "국가별 동향"), own_caption_with_basis(None, "국가별 동향")
    ('품목별 수출', '국가별 동향')
    """
    if own is None or above is None:
        return own or above
    bases = [
        part
        for part in _PARENTHESISED.findall(above)
        if any(word in part for word in BASIS_WORDS) and not _states(own, part)
    ]
    return " ".join([own, *bases])


def is_caption_or_unit(text: str) -> bool:
    """True for a caption or unit line, which heads a table but is no row of it
    (even when a wide gap sets the unit apart at the right edge).

    >>> [is_caption_or_unit(t) for t in ("<표 1> 수출\\t(단위: 억 달러)", "(단위: %)", "미국\\t1.0")]
    [True, True, False]
    """
    return bool(_NUMBERED_CAPTION.match(text) or unit_expression(text, titles=False))


def lines_back(text: str, end: int | None = None) -> Iterator[str]:
    """The lines of ``text`` before ``end``, the last first, read lazily.

    >>> list(lines_back("가\\n나\\n다", 4))
    ['', '나', '가']
    """
    end = len(text) if end is None else end
    while True:
        start = text.rfind("\n", 0, end) + 1
        yield text[start:end]
        if start == 0:
            return
        end = start - 1


def _governing_basis(line: str) -> str | None:
    """A line that states the basis of the tables under it: wholly in parentheses, naming a
    basis word, no unit line (``(총투자 기준)``, not ``(단위: 억원)``).

    >>> _governing_basis("(순투자 기준)"), _governing_basis("(잠정)"), _governing_basis("(단위: 억원)")
    ('(순투자 기준)', None, None)
    """
    words = " ".join(line.split())
    if not (_is_basis(words) and any(word in words for word in BASIS_WORDS)):
        return None
    return None if unit_expression(words) is not None else words


def _basis_above(lines: Iterable[str]) -> str | None:
    """The basis line governing a table, going up from it: over rows of earlier tables,
    captions, unit lines and notes, never across prose or into an earlier section.  It
    heads a heading (a caption-like line below it), not a table of its own (a basis right
    above a table or its unit line is that table's caption, read by ``_titled``)."""
    below: str | None = None  # the line below when it may head a heading (read only under a basis)
    for count, line in enumerate(lines):
        if count >= _MAX_LINES:
            return None
        kind, _ = _read_going_up(line)
        if kind == _END:
            return None
        if (basis := _governing_basis(line)) is not None:
            if below is not None and _caption(below) is not None:
                return basis
            below = None
            continue
        below = line if kind == _ON else None
    return None


def caption_and_unit(above: str | Iterable[str]) -> tuple[str | None, str | None]:
    """Caption and unit line of a table written after ``above``: the text above it, or
    its lines, the last first (``lines_back``, ``TextBuilder.lines_back``).

    >>> caption_and_unit("본문\\n■ 표 1 - 2024년 수출\\n(단위: 억 달러)\\n")
    ('표 1 - 2024년 수출', '(단위: 억 달러)')
    >>> caption_and_unit("늘었다.\\n\\n< 업종별 동향(억 달러, %) >\\n\\n")
    ('업종별 동향', '(억 달러, %)')
    >>> annex = "별첨 세부 통계(단위: 억 달러, %)\\n1. 분기별\\n구분\\t1분기\\n전체\\t1.0\\n□ 업종별 동향\\n"
    >>> caption_and_unit(annex)
    ('업종별 동향', '(단위: 억 달러, %)')
    >>> caption_and_unit("(단위: 억원)\\n구분\\t금액\\n사업\\t1\\n\\n예산이 늘었다.\\n□ 다음 표\\n")
    ('다음 표', None)
    >>> caption_and_unit("재 정 통 계\\n\\n(2024. 8월 누계 기준)\\n(단위 : 십억원)\\n")
    ('재정통계 (2024. 8월 누계 기준)', '(단위 : 십억원)')

    A unit line of its own right under an earlier table governs, not the earlier's:

    >>> caption_and_unit("(단위: 조원)\\n구분\\t수입\\n일반회계\\t1.0\\n\\n(단위: 억원)\\n\\n")
    (None, '(단위: 억원)')

    A basis line over a heading governs the tables under it, up to the next one:

    >>> gross = "별첨 통계(단위: 억원)\\n(총액 기준)\\n1. 분기별\\n구분\\t1분기\\n전체\\t1.0\\n"
    >>> caption_and_unit(gross + "(순액 기준)\\n1. 분기별\\n")
    ('1. 분기별 (순액 기준)', '(단위: 억원)')
    """
    lines = lines_back(above) if isinstance(above, str) else iter(above)
    own, search = itertools.tee(line for line in lines if line.strip() and not _RULE.match(line))
    caption, unit = _own_caption_and_unit(own)
    if caption is not None and unit is not None:
        # the caption without its unit (nor the pipes a row of cells set around it)
        caption = " ".join(caption.replace(unit, " ").split()).strip(" |") or None
    basis = _basis_above(search)
    if basis is not None and (caption is None or not _states(caption, basis)):
        caption = f"{caption} {basis}" if caption else basis
    return caption, unit


def _own_caption_and_unit(lines: Iterator[str]) -> tuple[str | None, str | None]:
    caption = unit = None
    for own, line in enumerate(lines, start=1):
        if _is_row(line):
            break
        found = unit_expression(line.replace("\t", " "))
        if unit is None and found is not None:
            unit = found[0]
        if caption is None:
            caption = _caption(line)
        ends = _is_prose(line) or _is_section(line)
        if caption is not None or own >= _OWN_LINES or ends:
            if caption is not None and _is_basis(caption) and not ends:
                caption = _titled(caption, next(lines, None))
            if unit is not None or ends:
                return caption, unit
            break
    else:
        return caption, unit
    # a unit line right above the table is its own, over an earlier table's governing one
    return caption, unit or _governing_unit(lines)


_ROW, _UNIT, _END, _ON = range(4)


@functools.lru_cache(maxsize=4096)
def _read_going_up(line: str) -> tuple[int, str | None]:
    """What a line says to the search for a governing unit line: a row of an earlier
    table (``_ROW``), a unit line (``_UNIT``, with it), running text or a section that
    ends the search (``_END``), or nothing (``_ON``).  Every table of a run of tables
    reads the same lines above it again: each is read once."""
    if ("\t" in line or _BORDERS.search(line)) and _is_row(line):
        return _ROW, None
    if (found := unit_expression(line.replace("\t", " "))) is not None:
        return _UNIT, found[0]
    return (_END if _is_prose(line) or _is_section(line) else _ON), None


def _governing_unit(lines: Iterator[str]) -> str | None:
    """The nearest unit line further up that still governs: over tables, headings and
    notes, never across running text or into an earlier section."""
    for count, line in enumerate(lines):
        kind, unit = _read_going_up(line)
        if kind == _ROW:
            continue  # a row of an earlier table of the section
        if kind == _UNIT:
            return unit
        if count >= _MAX_LINES or kind == _END:
            return None
    return None
