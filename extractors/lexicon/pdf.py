"""Words and marks the PDF reader needs to lay out Korean publications.

Sources: captions, unit lines and notes under tables in Korean statistical
releases and policy briefs (``<표 1>``, ``■ 표 2 -``, ``(단위: 억 달러)``,
``주: ()는 비중``, ``자료: 한국은행``), and the bullet marks of Korean
government documents (□ ○ - ※ ■ ▶ …).
"""

from __future__ import annotations

from typing import Final

# A caption names a table with one of these words, then a number or a title.
TABLE_WORDS: Final[tuple[str, ...]] = ("표", "Table", "TABLE")

# The unit line over a table: ``(단위: 억 달러)``, ``[단위: %]``.
UNIT_WORDS: Final[tuple[str, ...]] = ("단위", "Unit", "unit")

# Lines under a table: notes and sources (kept as running text).
NOTE_WORDS: Final[tuple[str, ...]] = ("주", "註", "Note", "note")
SOURCE_WORDS: Final[tuple[str, ...]] = ("자료", "출처", "Source", "source")

# Words saying that bracketed cells are shares, not amounts (``주: ()는 비중``).
SHARE_WORDS: Final[tuple[str, ...]] = ("비중", "구성비", "점유율")

# Marks that open a list item or a caption: a line starting with one is never
# the continuation of the line above.  Dashes and stars count only before a
# space, so a wrapped ``-12억`` still continues its line.
# fmt: off
BULLET_MARKS: Final[tuple[str, ...]] = (
    "- ", "– ", "— ", "* ", "•", "※", "■", "□", "▪", "▫", "○", "◦", "●", "◎", "◇", "◆",
    "▶", "▷", "►", "➢", "✓", "√", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩",
    "ㅇ", "ㆍ", "가.", "나.", "다.", "라.", "마.", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹",
)
# fmt: on

# Page-number lines in running headers and footers: ``- 3 -``, ``3 / 16``, ``3쪽``, ``Page 3``.
PAGE_WORDS: Final[tuple[str, ...]] = ("Page", "page", "p.", "쪽", "페이지", "면")

# Software that makes Korean documents, as named in a PDF's Creator or Producer
# (``Hwp 2022 12.0``, ``Hancom PDF 1.3``): its PDFs are Korean publications
# even when their text layer lost its Hangul.
KOREAN_PRODUCERS: Final[tuple[str, ...]] = ("hwp", "hancom", "한컴", "한글", "haansoft", "훈민정음")
