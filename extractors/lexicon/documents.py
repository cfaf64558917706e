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
    (
        "press_release",
        ("보도자료", "보도참고자료", "보도시점", "보도일시", "엠바고", "동정자료", "설명자료", "해명자료"),
    ),
    ("work_report", ("업무보고", "업무계획")),
    ("policy_brief", ("브리프", "Brief", "이슈페이퍼", "Issue Paper", "동향조사", "정책동향")),
    ("research", ("연구위원", "연구원", "칼럼", "Column", "KISDI", "Perspectives")),
    ("news", ("기자", "뉴스", "[연합", "일보", "포스트]")),
)

TITLE_SKIP_MARKERS: Final[tuple[str, ...]] = (
    "보도자료", "보도참고자료", "동정자료", "설명자료", "해명자료",
    "보도시점", "보도 시점", "보도일시", "보도 일시", "배포", "엠바고",
    "석간", "조간", "담당", "문의", "<", "〈", "※", "《", "≪",
    "□", "■", "○", "●", "◦", "❍", "ㅇ ", "- ", "* ", "▶", "▷",
)  # fmt: skip
"""A line starting with one of these is a release's header block or a bullet of its body, not its title."""

TITLE_SKIP_ENDINGS: Final[tuple[str, ...]] = ("보도자료", "보도참고자료", "동정자료", "설명자료", "해명자료")
"""A line ending with one of these (산업통상자원부 보도자료) is the release's label, not its title."""

ISSUER_NAMES: Final[tuple[str, ...]] = (
    # ministries (부) and the bodies under the Prime Minister (처), as named since 2008
    "기획재정부", "재정경제부", "교육부", "과학기술정보통신부", "외교부", "통일부", "법무부", "국방부",
    "행정안전부", "국가보훈부", "문화체육관광부", "농림축산식품부", "산업통상자원부", "산업통상부",
    "보건복지부", "환경부", "기후에너지환경부", "고용노동부", "여성가족부", "성평등가족부",
    "국토교통부", "해양수산부", "중소벤처기업부", "지식경제부", "외교통상부",
    "기획예산처", "인사혁신처", "법제처", "식품의약품안전처", "국가보훈처", "국가데이터처", "지식재산처",
    # agencies (청)
    "국세청", "관세청", "조달청", "통계청", "병무청", "방위사업청", "경찰청", "소방청", "문화재청",
    "국가유산청", "농촌진흥청", "산림청", "특허청", "기상청", "해양경찰청", "질병관리청", "우주항공청",
    "재외동포청", "새만금개발청",
)  # fmt: skip
"""Issuers of releases whose names end in a syllable common words end in too (부, 처, 청:
수출바우처 is a voucher, not an issuer)."""

ISSUER_ENDS: Final[tuple[str, ...]] = (
    "위원회", "은행", "공사", "공단", "협회", "재단", "연구원", "진흥원", "개발원",
)  # fmt: skip
"""Last syllables of other issuers' names (금융위원회, 한국은행, 한국무역협회, 한국개발연구원).

A line of one to three issuers' names is the logo line above a release, not its title."""

ANNEX_LABELS: Final[tuple[str, ...]] = ("별첨", "별 첨", "붙임", "붙 임")
"""Label an attachment in parentheses or brackets ((별 첨 1), [붙임]): the line is the title only
when its words after the label are (《 공표 자료(안) 》 is a note, not a title)."""
