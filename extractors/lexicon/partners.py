"""Countries and regions a figure is traded or invested with, and their codes.

Sources: the Korean country names of the 외교부 국가·지역 표기 (with the short
forms releases print: 사우디, 남아공, UAE), the region names of 관세청 and
산업통상부 trade statistics and of the 기획재정부 해외직접투자 releases
(북미, 중남미, 대양주, 케이맨제도, 저지), the one-character Hanja names of
headlines (美·中·日), and ISO 3166-1 alpha-2 for the codes.  Groups carry the
contract's group codes (``schemas.PARTNER_GROUPS``).

The logic that reads these names lives in ``extractors/nlp.py`` and
``extractors/context.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from extractors.lexicon.numbers import CURRENCY_WORDS


@dataclass(frozen=True, slots=True)
class Place:
    """A country or region: the names it is written with, its code, marks read as its first name.

    ``names`` stay as written (사우디 and 사우디아라비아 are both kept);
    ``marks`` (Hanja, 대미-type short forms) become ``names[0]``.
    """

    names: tuple[str, ...]
    code: str | None
    marks: tuple[str, ...] = ()


PLACES: Final[tuple[Place, ...]] = (
    # --- groups --------------------------------------------------------------
    Place(("EU", "유럽연합"), "EU"),
    Place(("아세안", "ASEAN", "동남아시아", "동남아"), "ASEAN"),
    Place(("중동",), "MIDDLE_EAST"),
    Place(("중남미", "남미", "라틴아메리카"), "LATIN_AMERICA"),
    Place(("북미",), "NORTH_AMERICA"),
    Place(("유럽", "기타유럽", "동유럽", "서유럽", "북유럽"), "EUROPE"),  # 기타유럽: Europe beyond the EU
    Place(("아시아", "서남아", "서남아시아", "중앙아시아", "중앙아", "동북아", "동북아시아"), "ASIA"),
    Place(("오세아니아", "대양주"), "OCEANIA"),
    Place(("아프리카",), "AFRICA"),
    Place(("CIS", "독립국가연합"), "CIS"),
    Place(("신흥국", "선진국"), None),  # markets, not places: no code
    Place(("중화권",), None),  # 중국·홍콩·대만 together: no single code, no group code in the contract
    # --- countries and territories -------------------------------------------
    Place(("미국",), "US", ("美", "미", "대미", "對美")),
    Place(("중국",), "CN", ("中", "대중", "對中")),
    Place(("일본",), "JP", ("日", "대일", "對日")),
    Place(("한국", "우리나라"), "KR", ("韓", "對韓")),
    Place(("대만",), "TW", ("臺灣", "台灣")),
    Place(("홍콩",), "HK"),
    Place(("마카오",), "MO"),
    Place(("몽골",), "MN"),
    Place(("베트남",), "VN"),
    Place(("인도네시아",), "ID"),
    Place(("인도",), "IN", ("印",)),
    Place(("태국",), "TH"),
    Place(("말레이시아",), "MY"),
    Place(("싱가포르",), "SG"),
    Place(("필리핀",), "PH"),
    Place(("캄보디아",), "KH"),
    Place(("미얀마",), "MM"),
    Place(("라오스",), "LA"),
    Place(("브루나이",), "BN"),
    Place(("방글라데시",), "BD"),
    Place(("파키스탄",), "PK"),
    Place(("스리랑카",), "LK"),
    Place(("네팔",), "NP"),
    Place(("카자흐스탄",), "KZ"),
    Place(("우즈베키스탄",), "UZ"),
    Place(("키르기스스탄",), "KG"),
    Place(("투르크메니스탄",), "TM"),
    Place(("호주",), "AU", ("濠",)),
    Place(("뉴질랜드",), "NZ"),
    Place(("캐나다",), "CA"),
    Place(("멕시코",), "MX"),
    Place(("브라질",), "BR"),
    Place(("칠레",), "CL"),
    Place(("아르헨티나",), "AR"),
    Place(("페루",), "PE"),
    Place(("콜롬비아",), "CO"),
    Place(("에콰도르",), "EC"),
    Place(("파나마",), "PA"),
    Place(("독일",), "DE", ("獨",)),
    Place(("프랑스",), "FR", ("佛",)),
    Place(("영국",), "GB", ("英",)),
    Place(("이탈리아",), "IT"),
    Place(("스페인",), "ES"),
    Place(("포르투갈",), "PT"),
    Place(("네덜란드",), "NL"),
    Place(("벨기에",), "BE"),
    Place(("룩셈부르크",), "LU"),
    Place(("스위스",), "CH"),
    Place(("오스트리아",), "AT"),
    Place(("아일랜드",), "IE"),
    Place(("스웨덴",), "SE"),
    Place(("노르웨이",), "NO"),
    Place(("덴마크",), "DK"),
    Place(("핀란드",), "FI"),
    Place(("폴란드",), "PL"),
    Place(("헝가리",), "HU"),
    Place(("체코",), "CZ"),
    Place(("슬로바키아",), "SK"),
    Place(("루마니아",), "RO"),
    Place(("그리스",), "GR"),
    Place(("튀르키예", "터키"), "TR"),
    Place(("러시아",), "RU", ("露",)),
    Place(("우크라이나",), "UA"),
    Place(("사우디아라비아", "사우디"), "SA"),
    Place(("아랍에미리트", "UAE"), "AE"),
    Place(("카타르",), "QA"),
    Place(("쿠웨이트",), "KW"),
    Place(("이라크",), "IQ"),
    Place(("이란",), "IR"),
    Place(("이스라엘",), "IL"),
    Place(("이집트",), "EG"),
    Place(("남아공", "남아프리카공화국"), "ZA"),
    Place(("나이지리아",), "NG"),
    Place(("케냐",), "KE"),
    Place(("모로코",), "MA"),
    Place(
        (
            "케이맨제도",
            "케이만군도",
            "케이맨군도",
            "케이만제도",
            "케이맨 제도",
            "케이만 군도",
            "케이맨 군도",
            "케이만 제도",
            "케이맨",
        ),
        "KY",
    ),
    Place(("버진아일랜드", "영국령버진아일랜드"), "VG"),
    Place(("버뮤다",), "BM"),
    Place(("마셜제도",), "MH"),
    Place(("라이베리아",), "LR"),
    Place(("저지",), "JE"),
    Place(("건지",), "GG"),
    Place(("맨섬",), "IM"),
    Place(("몰타",), "MT"),
    Place(("키프로스",), "CY"),
    Place(("모리셔스",), "MU"),
    Place(("바하마",), "BS"),
    Place(("리히텐슈타인",), "LI"),
    Place(("모나코",), "MC"),
    Place(("지브롤터",), "GI"),
)
"""Every place a partner can be, with its code."""

MARKED_ONLY: Final[frozenset[str]] = frozenset({"저지", "건지"})
"""Names that are also common words (저지 = blocking, 건지 = whether it is): a partner only when a
mark follows (저지*, 저지() or when the name is a whole label (a table's row or column)."""

# 미 (미 무역수지, 한·미, 미·중) stands for 미국 only as a word of its own: 미래 and 미흡 are other words.

HOME: Final[frozenset[str]] = frozenset({"한국", "우리나라"})
"""The reporting country of a Korean publication: a partner only where written as one
(對韓, 한국산, heading a figure's parenthesis, a list label), never as the plain
subject of 한국 수출 or 우리나라 수출."""

PARTNER_PREFIXES: Final[tuple[str, ...]] = ("對", "대")
"""Written before a partner: 對 멕시코, 대중국 (the partner is what follows)."""

PARTNER_SUFFIXES: Final[tuple[str, ...]] = ("산", "發", "발")
"""Written after a partner: EU산, 멕시코산 (goods made there); 미국發 투자, 중국발 수요 (from there)."""

PARTNER_SUFFIX_BLOCKERS: Final[tuple[str, ...]] = ("업", "전", "표", "생", "행", "효", "굴")
"""After a suffix, show it was part of another word: 한국산업기술진흥원 is no 한국산, 한국발전 no 한국발."""

PLACE_CURRENCIES: Final[tuple[str, ...]] = tuple(
    word
    for word, _ in CURRENCY_WORDS
    if len(word) > 1 and all("가" <= ch <= "힣" for ch in word)  # 달러화, 엔화, 루블: no 원, 엔
)
"""Currency names a place is written before as the currency's (미국 달러화 지수, 일본 엔화 약세):
the place names the money, no partner."""

PEOPLE_SUFFIXES: Final[tuple[str, ...]] = ("인",)
PEOPLE_PARTICLES: Final[tuple[str, ...]] = ("과", "와", "은", "는", "이", "가", "을", "를", "의", "도", "들")
"""Written onto a place, name its people (중국인과 동남아시아인을 중심으로 입국자 …), alone or with
one of ``PEOPLE_PARTICLES``: no partner of a figure (인도, 인도네시아 after a place stay places)."""

GENITIVE: Final[str] = "의"
"""After a country, names the reporter, not the partner: 미국의 수입."""

GENITIVE_TOPICS: Final[tuple[str, ...]] = ("경우",)
"""After a country and its 의, make it the topic, not the reporter: 일본의 경우 1억 달러를 기록
(as for Japan, the figure is Japan's)."""

PARTNERS: Final[tuple[str, ...]] = tuple(name for place in PLACES for name in place.names)
"""Every written name of a place."""

PARTNER_ALIASES: Final[dict[str, str]] = {mark: place.names[0] for place in PLACES for mark in place.marks}
"""Marks of a place read as its first name: 對日 → 일본, 美 → 미국, 대미 → 미국."""

PARTNER_CODES: Final[dict[str, str]] = {
    name: place.code for place in PLACES if place.code for name in place.names
}
"""A written name → its ISO 3166-1 alpha-2 code or group code: 케이맨제도 → KY, 중남미 → LATIN_AMERICA."""
