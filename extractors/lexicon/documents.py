"""Words that tell what kind of publication a text is.

동정자료 (an official's visit or meeting), 설명자료 and 해명자료 are press releases too;
their label heads the release like 보도자료 and is never its title.

Sources: headers of Korean ministry press releases (보도자료, 보도시점),
work reports (업무보고), policy briefs (이슈 브리프, 동향), news bylines.
Earlier rows win.
"""

from __future__ import annotations

from typing import Final

DOCUMENT_KIND_MARKERS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("press_release", ("보도자료", "보도시점", "보도일시", "엠바고", "동정자료", "설명자료", "해명자료")),
    ("work_report", ("업무보고", "업무계획")),
    ("policy_brief", ("브리프", "Brief", "이슈페이퍼", "Issue Paper", "동향조사", "정책동향")),
    ("research", ("연구위원", "연구원", "칼럼", "Column", "KISDI", "Perspectives")),
    ("news", ("기자", "뉴스", "[연합", "일보", "포스트]")),
)

TITLE_SKIP_MARKERS: Final[tuple[str, ...]] = (
    "보도자료", "보도참고자료", "동정자료", "설명자료", "해명자료",
    "보도시점", "보도 시점", "보도일시", "보도 일시", "배포", "엠바고",
    "석간", "조간", "담당", "문의", "<", "〈", "※", "《", "≪",
)  # fmt: skip
"""A line starting with one of these is a release's header block, not its title."""

ANNEX_LABELS: Final[tuple[str, ...]] = ("별첨", "별 첨", "붙임", "붙 임")
"""Label an attachment in parentheses or brackets ((별 첨 1), [붙임]): the line is the title only
when its words after the label are (《 공표 자료(안) 》 is a note, not a title)."""
