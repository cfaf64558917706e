"""What a whole publication says about its figures' context, applied after each figure's own.

- **aliases**: ``정보통신기술(ICT)``, ``ICT(정보통신기술)`` and ``중소벤처기업부(이하
  중기부)`` define one item's two names; every subject is written with the
  short one, so one item keeps one name in a document (``ICT`` throughout);
- **topic**: the one metric a publication's title names (``해외직접투자 동향``,
  ``소비자물가 동향``) is the metric of its figures whose own sentence, label or
  table names none (FDI amounts in an FDI release are investment);
- **partner codes**: each partner's ISO 3166-1 alpha-2 or group code
  (``케이맨제도`` → ``KY``, ``중남미`` → ``LATIN_AMERICA``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

import regex

from extractors.lexicon import context as lex
from extractors.mentions import Mention
from extractors.nlp import metric_of, term_regex
from schemas import Context

# An acronym: two or more capitals, with digits, & and - (ICT, GPU, R&D, 5G).
_ACRONYM = r"(?=[\p{Lu}\d&\-]*\p{Lu}[\p{Lu}\d&\-]*\p{Lu})[\p{Lu}\d][\p{Lu}\d&\-]{1,9}"
_LIST_MARKS = frozenset(w for w in lex.LIST_JOINERS if not w.isalpha())  # ·, ㆍ, a comma
# 소비, 투자: a word listed right before the mark
_WORD_BEFORE_MARK = regex.compile(rf"\p{{L}}[{regex.escape(''.join(sorted(_LIST_MARKS)))}]$")
_NO_TOPIC = frozenset({"other"})  # totals of both flows (수출입 동향) say no one metric
_MODIFIED = regex.compile(r"\p{Latin}+\s$")  # a Latin word right before the long name: AI 반도체
_MODIFIER_REACH = 40  # characters before a definition searched for that word
_NAME_LENGTH = 25  # characters of a name before its parenthesis
_DEFINITION_REACH = 60  # characters after "(" a definition may take: (장관 권칠승, 이하 중기부)
_NAME_CHAR = regex.compile(r"[\p{Hangul}\p{Latin}\d·&\-]")
# long(SHORT), SHORT(long), long(이하 short): two names of one item.
_DEFINITION = regex.compile(
    rf"""
    (?<![\p{{Hangul}}\p{{Latin}}\d])
    (?:
        (?P<long>\p{{Hangul}}[\p{{Hangul}}\p{{Latin}}\d·]{{1,24}})        # 정보통신기술
        \(\s*(?P<short>{_ACRONYM})\s*\)                               # (ICT)
      | (?P<short2>{_ACRONYM})                                       # ICT
        \(\s*(?P<long2>\p{{Hangul}}[\p{{Hangul}}\p{{Latin}}\d·]{{1,24}})\s*\)  # (정보통신기술)
      | (?P<long3>\p{{Hangul}}[\p{{Hangul}}\p{{Latin}}\d·]{{1,24}})       # 중소벤처기업부
        \([^()]{{0,40}}?{"|".join(regex.escape(w) for w in lex.HEREAFTER)}\s*
        (?P<short3>\p{{Hangul}}[\p{{Hangul}}\p{{Latin}}\d]{{0,9}})\s*\)   # (…, 이하 중기부)
    )
    """,
    regex.VERBOSE,
)


def subject_aliases(text: str) -> dict[str, str]:
    """Long name → short name, for every item a publication defines by two names.

    Only names used again outside their definition count (one name is
    enough where the short one never comes back).

    >>> subject_aliases("정보통신기술(ICT) 수출과 RE(재생에너지) 투자. ICT 수입과 RE 설비")
    {'정보통신기술': 'ICT', '재생에너지': 'RE'}
    >>> subject_aliases("중소벤처기업부(장관 권칠승, 이하 중기부)는 … 중기부는")
    {'중소벤처기업부': '중기부'}
    >>> subject_aliases("반도체(메모리) 수출, 메모리")  # a kind, not a second name
    {}
    >>> subject_aliases("AI 반도체(NPU) 개발, NPU 수출")  # NPU names AI 반도체, not 반도체
    {}
    """
    aliases: dict[str, str] = {}
    definitions = list(_definitions(text))
    for m in definitions:
        long = m.group("long") or m.group("long2") or m.group("long3")
        short = m.group("short") or m.group("short2") or m.group("short3")
        if len(short) >= len(long) and not short.isascii():
            continue
        if _MODIFIED.search(text, max(0, m.start() - _MODIFIER_REACH), m.start()):
            continue  # AI 반도체(NPU): the short names the whole phrase, not 반도체
        aliases.setdefault(long, short)
    if not aliases:
        return {}
    masked = _masked(text, definitions)
    return {long: short for long, short in aliases.items() if _written(short, masked)}


def _definitions(text: str) -> Iterator[regex.Match[str]]:
    """Every definition in ``text``, tried only at the word before each "(" (a scan per position is slow)."""
    paren = text.find("(")
    while paren >= 0:
        start = paren
        while start > 0 and paren - start <= _NAME_LENGTH and _NAME_CHAR.match(text[start - 1]):
            start -= 1
        found = _DEFINITION.match(text, start, paren + _DEFINITION_REACH) if start < paren else None
        if found:
            yield found
            paren = text.find("(", found.end())
        else:
            paren = text.find("(", paren + 1)


def _masked(text: str, definitions: Sequence[regex.Match[str]]) -> str:
    """``text`` with its definitions blanked out."""
    pieces, cursor = [], 0
    for m in definitions:
        pieces.append(text[cursor : m.start()])
        pieces.append(" " * (m.end() - m.start()))
        cursor = m.end()
    pieces.append(text[cursor:])
    return "".join(pieces)


def _written(name: str, text: str) -> bool:
    """Whether ``name`` is written in ``text`` as a word of its own (a particle may follow)."""
    return (
        regex.search(rf"(?<![\p{{Hangul}}\p{{Latin}}]){regex.escape(name)}(?!\p{{Latin}})", text) is not None
    )


def _alias_subject(subject: str, aliases: dict[str, str]) -> str:
    """A subject written with the short names: 정보통신기술 → ICT, 정보통신기술(ICT) 서비스 → ICT 서비스."""
    if subject in aliases:
        return aliases[subject]
    words = []
    for word in subject.split(" "):
        bare = word.split("(", 1)[0]
        words.append(aliases.get(bare) or aliases.get(word) or word)
    return " ".join(words)


def document_topic(title: str | None) -> str | None:
    """The one specific metric a title names, else None.

    >>> document_topic("2024년 1분기 해외직접투자 동향"), document_topic("3월 수출입 동향")
    ('investment', None)
    >>> document_topic("수출 늘고 수입 줄어")  # two metrics: no single topic
    >>> document_topic("1분기 경상 적자…3년 만에 분기 적자")  # the bare 적자 repeats the account
    'current_account'

    A metric word listed with other measures (생산·소비·투자) is one of several, no topic:

    >>> document_topic("생산·소비·투자 석 달 만에 모두 감소"), document_topic("반도체·선박 수출 증가")
    (None, 'export')
    >>> document_topic("지난달 생산, 소비, 투자의 경우 모두 늘었다")  # spaced after its commas
    >>> document_topic("생산은 8.2% , 수출은 5.3% 늘었다")  # a clause after a figure, no list
    'export'

    """
    if not title:
        return None
    pattern = term_regex("metric")
    words = [m.group("word") for m in pattern.finditer(title) if not _listed_in(title, m)]
    found = {metric_of(w) for w in words}
    if any(w not in lex.METRIC_INHERITS for w in words if metric_of(w) in lex.BALANCE_METRICS):
        # 경상 적자 … 분기 적자: a bare balance word repeats the balance named, not goods trade
        found = {metric_of(w) for w in words if w not in lex.METRIC_INHERITS}
    if len(found) != 1:
        return None
    topic = found.pop()
    return None if topic in _NO_TOPIC else topic


def _listed_in(title: str, word: regex.Match[str]) -> bool:
    """Whether a title's metric word is one item of a list written with marks (생산·소비·투자),
    spaced after them too when a word is listed before the mark (생산, 소비, 투자의 경우; not a
    figure's clause: 생산은 8.2% , 내수는 7.6%)."""
    before = title[: word.start()].rstrip()
    if before != title[: word.start()] and not _WORD_BEFORE_MARK.search(before):
        before = ""
    after = title[word.end() : word.end() + 1]
    return bool(before and before[-1] in _LIST_MARKS) or bool(after and after in _LIST_MARKS)


def with_document_context(
    contexts: Sequence[Context],
    mentions: Sequence[Mention],
    text: str,
    title: str | None = None,
    own_measures: Collection[int] = (),
) -> list[Context]:
    """The contexts with the publication's aliases, topic and partner codes applied; the topic
    is none of the figures ``own_measures`` indexes (an item naming its own measure: 수주액).

    >>> c = with_document_context(
    ...     [Context(subject="정보통신기술", partner="케이맨제도")],
    ...     [Mention("amount", 0, 1, "1", "USD")],
    ...     "정보통신기술(ICT) 수출, ICT 수입",
    ...     "해외직접투자 동향",
    ... )[0]
    >>> c.subject, c.metric, c.partner_code
    ('ICT', 'investment', 'KY')
    """
    aliases = subject_aliases(text)
    topic = document_topic(title)
    out = []
    for index, (context, mention) in enumerate(zip(contexts, mentions, strict=True)):
        if mention.kind == "date":
            out.append(context)
            continue
        subject = _alias_subject(context.subject, aliases) if context.subject and aliases else context.subject
        code = lex.PARTNER_CODES.get(context.partner) if context.partner else None
        metric = context.metric or (None if index in own_measures else topic)
        if context.metric is None and context.change in lex.BALANCE_SIDES.values():
            # 15억 달러로 흑자였다 in a release on exports: the balance, not the topic
            metric = topic if topic in lex.BALANCE_METRICS else lex.BARE_BALANCE
        if (subject, code, metric) == (context.subject, context.partner_code, context.metric):
            out.append(context)
            continue
        # values from the lexicon's typed tables (tests check every code against the schema)
        out.append(context.model_copy(update={"metric": metric, "subject": subject, "partner_code": code}))
    return out
