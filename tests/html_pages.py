"""Web pages written in the styles Korean economic publications are served in.

Each ``Page`` is one publication on one kind of site (a ministry's board
page, 정책브리핑, a news site, an old page laid out in a table), with the
site's furniture around it, and what a reader must make of it: the title,
lines of the publication that must be in the text, furniture that must not,
and table cells.  The sentences and figures are written for these tests.
"""

# ruff: noqa: E501  (pages are HTML as sites write it, long lines and all)
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Page:
    name: str
    raw: bytes
    title: str
    present: tuple[str, ...]  # lines (or parts of lines) of the publication
    absent: tuple[str, ...]  # furniture that must not reach the text
    # table cells: (cell text, row label, column label, value, unit)
    cells: tuple[tuple[str, str | None, str | None, str, str], ...] = field(default=())


# Furniture every site below carries in some form: none of it is publication text.
FURNITURE = (
    "인기검색어",
    "관련 보도자료",
    "관련기사",
    "Copyright",
    "All rights reserved",
    "본문 바로가기",
    "주메뉴",
    "사이트맵",
    "로그인",
    "개인정보처리방침",
    "많이 본 뉴스",
    "이전글",
    "다음글",
    "첨부파일",
    "공유하기",
    "만족도",
    "조회수",
    "무단전재",
    "카드뉴스",
    "바로가기",
    "해명자료",
    "정책정보",
    "국민참여",
    "페이스북",
    "댓글",
)

# The site around the corpus pages (../shared/corpus/html): its furniture and menu
# entries (국정과제 is a menu entry there but also a word of two publications).
CORPUS_FURNITURE = (
    "인기검색어",
    "관련 보도자료",
    "Copyright",
    "All rights reserved",
    "대한민국 정책브리핑",
    "브리핑룸",
    "정책자료",
    "검색어",
    "조회수",
    "담당부서 통상정책과",
    "홈 >",
    "공공누리",
    "대표전화",
    "[보도자료] 10월 수출입 동향",
)

# A ministry's own board page: divs named by id and class, no HTML5 sections.
MINISTRY = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>보도자료 상세보기 - 산업통상부</title>
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.js"></script>
<script>var menuNo = "2100"; if (a < b && c > d) { go(); }</script>
</head>
<body>
<div id="skipNav"><a href="#contents">본문 바로가기</a> <a href="#gnb">주메뉴 바로가기</a></div>
<div id="wrap">
 <div id="header">
  <div class="top_util"><a href="/login">로그인</a> <a href="/sitemap">사이트맵</a> <a href="/eng">ENGLISH</a></div>
  <h1 class="logo"><a href="/"><img src="/img/logo.png" alt="산업통상부"></a></h1>
  <div class="search_box"><form action="/search"><label for="q">통합검색</label>
   <input id="q" type="text" title="검색어 입력"><button type="submit">검색</button></form>
   <p class="hot_keyword"><strong>인기검색어</strong> <a href="#">수출입동향</a> <a href="#">관세</a></p></div>
  <ul id="gnb">
   <li><a href="#">뉴스·소식</a><ul><li><a href="#">보도자료</a></li><li><a href="#">해명자료</a></li>
   <li><a href="#">카드뉴스</a></li></ul></li>
   <li><a href="#">정책정보</a></li><li><a href="#">정보공개</a></li><li><a href="#">국민참여</a></li>
  </ul>
 </div>
 <div id="container">
  <div id="lnb"><h2>뉴스·소식</h2><ul><li class="on"><a href="#">보도자료</a></li><li><a href="#">해명자료</a></li>
   <li><a href="#">카드뉴스</a></li></ul></div>
  <div id="contents">
   <div class="location"><span>HOME</span> &gt; <span>뉴스·소식</span> &gt; <strong>보도자료</strong></div>
   <h3 class="page_title">보도자료</h3>
   <div class="board_view">
    <div class="view_head">
     <h4 class="tit">4월 반도체 수출 163억 달러, 전년 동월 대비 21.4% 증가</h4>
     <ul class="info"><li>담당부서 : 반도체과</li><li>등록일 : 2026-05-01</li><li>조회수 : 1,027</li></ul>
    </div>
    <div class="file_list"><strong>첨부파일</strong>
     <ul><li><a href="#">4월 반도체 수출동향.hwpx</a> <a href="#" class="btn_preview">미리보기</a></li>
     <li><a href="#">4월 반도체 수출동향.pdf</a> <a href="#" class="btn_preview">미리보기</a></li></ul></div>
    <div class="view_cont">
     <p>산업통상부는 5월 1일 4월 반도체 수출이 163억 달러로 작년 같은 달보다 21.4% 늘었다고 밝혔다.</p>
     <p>&nbsp;</p>
     <p>□ 메모리 반도체 수출은 112억 달러(+27.9%)로 6개월 연속 증가했다.<br>
     &nbsp;- 시스템 반도체 수출은 51억 달러로 9.2% 늘었다.</p>
     <p>&lt;표 1&gt; 지역별 반도체 수출</p>
     <p>(단위: 억 달러, %)</p>
     <table class="tbl_type">
      <caption class="blind">지역별 반도체 수출 실적: 구분, 금액, 증감률</caption>
      <thead>
       <tr><th rowspan="2" scope="col">구분</th><th colspan="2">2025년 4월</th><th colspan="2">2026년 4월</th></tr>
       <tr><th>금액</th><th>증감률</th><th>금액</th><th>증감률</th></tr>
      </thead>
      <tbody>
       <tr><th scope="row">중국</th><td>48.2</td><td>△3.1</td><td>55.7</td><td>15.6</td></tr>
       <tr><th scope="row">미국</th><td>12.9</td><td>8.4</td><td>17.3</td><td>34.1</td></tr>
       <tr><th scope="row">대만</th><td>20.4</td><td>41.2</td><td>29.8</td><td>46.1</td></tr>
      </tbody>
     </table>
     <p>※ 반도체 수입은 74억 달러로 3.5% 감소했다<sup>1)</sup>.</p>
     <p><span style="font-size:9pt">1) 반도체 제조장비 수입은 제외</span></p>
    </div>
   </div>
   <div class="prev_next"><dl><dt>이전글</dt><dd><a href="#">3월 반도체 수출동향</a></dd>
    <dt>다음글</dt><dd><a href="#">5월 반도체 수출동향</a></dd></dl></div>
   <div class="btn_area"><a href="#" class="btn_list">목록</a></div>
   <div class="satisfaction"><p>이 페이지에서 제공하는 정보에 대하여 만족하십니까?</p>
    <label><input type="radio" name="s"> 매우만족</label> <label><input type="radio" name="s"> 만족</label>
    <button type="button">평가하기</button></div>
  </div>
 </div>
 <div id="footer">
  <ul class="f_menu"><li><a href="#">개인정보처리방침</a></li><li><a href="#">저작권정책</a></li></ul>
  <address>(30118) 세종특별자치시 한누리대로 402 · 대표전화 1577-0900</address>
  <p class="copy">Copyright © Ministry of Trade and Industry. All rights reserved.</p>
 </div>
</div>
</body>
</html>
"""

# 정책브리핑-style: the release re-published on the government portal.
BRIEFING = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="1분기 외국인직접투자 89억 달러…역대 1분기 최대">
<title>1분기 외국인직접투자 89억 달러…역대 1분기 최대 | 브리핑룸 | 뉴스 | 대한민국 정책브리핑</title>
<style>.article_body table td { border: 1px solid #ccc; }</style>
</head>
<body>
<div class="skip"><a href="#container">본문 바로가기</a></div>
<header id="header">
 <div class="logo"><a href="/">대한민국 정책브리핑</a></div>
 <nav class="gnb"><ul><li><a href="#">정책뉴스</a></li><li><a href="#">브리핑룸</a></li><li><a href="#">정책자료</a></li>
 <li><a href="#">국민참여</a></li></ul></nav>
 <div class="search"><input type="search" placeholder="검색어를 입력해 주세요"><span>인기검색어</span>
 <ol><li><a href="#">1 청년도약계좌</a></li><li><a href="#">2 수출</a></li></ol></div>
</header>
<div id="container">
 <div class="contents">
  <div class="article_head">
   <p class="source">산업통상부</p>
   <h1>1분기 외국인직접투자 89억 달러…역대 1분기 최대</h1>
   <div class="info"><span>2026.04.10</span> <span>조회 2,113</span></div>
   <div class="util"><button type="button">글자크기</button><button type="button">인쇄</button>
   <button type="button">공유하기</button></div>
  </div>
  <div class="article_body">
   <div class="view_cont">
    <p>올해 1분기 외국인직접투자(FDI)가 신고 기준 89억 달러로 1년 전보다 12.7% 늘었다.</p>
    <p>도착 기준으로는 41억 달러로 4.3% 감소했다.</p>
    <p>업종별로 보면 제조업 투자가 37억 달러, 서비스업 투자가 49억 달러였다.</p>
    <div class="tbl">
    <table border="1">
     <tr><td>(단위: 억 달러)</td><td>2024년 1분기</td><td>2025년 1분기</td><td>2026년 1분기</td></tr>
     <tr><td>신고 기준</td><td>70.5</td><td>79.0</td><td>89.0</td></tr>
     <tr><td>도착 기준</td><td>38.2</td><td>42.8</td><td>41.0</td></tr>
    </table>
    </div>
    <p>산업통상부는 "하반기에도 첨단산업 투자 유치에 힘쓰겠다"고 밝혔다.</p>
    <p>[자료제공 :<a href="#">(www.motie.example)</a>]</p>
   </div>
   <div class="nuri"><img src="/img/kogl.png" alt="공공누리 제1유형">
    <p>이 자료는 공공누리 제1유형에 따라 출처를 표시하면 자유롭게 이용할 수 있습니다.</p></div>
  </div>
  <div class="related">
   <h2>관련 보도자료</h2>
   <ul><li><a href="#">2025년 외국인직접투자 동향</a></li><li><a href="#">3월 수출입 동향</a></li></ul>
  </div>
  <div class="sns_share"><a href="#">페이스북</a> <a href="#">엑스</a> <a href="#">카카오톡</a> <a href="#">URL 복사</a></div>
 </div>
 <div class="side">
  <div class="popular"><h2>많이 본 뉴스</h2><ol><li><a href="#">봄철 산불 예방 수칙</a></li>
  <li><a href="#">청년 일자리 지원 확대</a></li></ol></div>
 </div>
</div>
<footer id="footer">
 <p>(03171) 서울특별시 종로구 세종대로 209 정부서울청사</p>
 <p class="copyright">Copyright(C) Korea Policy Briefing. All rights reserved.</p>
</footer>
</body>
</html>
"""

# A news site: HTML5 article with its own header, text with <br> breaks, a byline.
NEWS = """<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta property="og:title" content="대만 수출 64% 급증…반도체 석 달째 증가">
<title>대만 수출 64% 급증…반도체 석 달째 증가 - 한빛경제</title>
</head>
<body>
<header class="site-header">
 <a class="brand" href="/">한빛경제</a>
 <nav><a href="/politics">정치</a> <a href="/economy">경제</a> <a href="/society">사회</a> <a href="/world">국제</a></nav>
 <a href="/login">로그인</a>
</header>
<div class="ad ad-top">광고</div>
<main>
<article class="news-article">
 <header>
  <p class="section">경제</p>
  <h1 class="headline">대만 수출 64% 급증…반도체 석 달째 증가</h1>
  <div class="byline">김하늘 기자 <span>입력 2026.04.02 06:00</span> <span>수정 2026.04.02 09:10</span></div>
 </header>
 <div class="article-body" itemprop="articleBody">
  <figure><img src="/photo.jpg" alt=""><figcaption>부산항 신선대부두에 수출용 컨테이너가 쌓여 있다.</figcaption></figure>
  지난달 대만으로의 수출이 38억 달러로 1년 전보다 64.2% 급증했다.<br><br>
  반도체 수출은 석 달째 늘어 132억 달러를 기록했다. 전체 수출은 583억 달러로 7.1% 증가했다.<br><br>
  <p>무역수지는 41억 달러 흑자로 14개월 연속 흑자 흐름을 이어갔다.</p>
  <p>김하늘 기자 sky@hanbit.example</p>
  <p class="copyright">저작권자 © 한빛경제 무단전재 및 재배포 금지</p>
 </div>
 <div class="tags"><a href="#">#반도체</a> <a href="#">#수출</a></div>
 <div class="share"><button>페이스북</button> <button>카카오톡</button></div>
 <section class="comments"><h3>댓글 3</h3><ul><li>좋은 소식이네요</li></ul></section>
</article>
<aside class="most-read"><h2>많이 본 뉴스</h2><ol><li><a href="#">환율 1,400원 돌파</a></li>
<li><a href="#">유가 하락</a></li></ol></aside>
</main>
<footer>Copyright © 2026 Hanbit Economy. All rights reserved. 무단전재 및 재배포 금지</footer>
</body>
</html>
"""

# An old page saved as EUC-KR, its whole layout one big table.
LAYOUT = """<html>
<head>
<meta charset="euc-kr">
<title>:: 통계청 :: 보도자료</title>
</head>
<body topmargin="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
 <tr><td colspan="2"><img src="logo.gif" alt="로고"> <a href="/">홈</a> | <a href="/login">로그인</a> | <a href="/map">사이트맵</a></td></tr>
 <tr>
  <td width="170" valign="top"><a href="#">기관소개</a><br><a href="#">정책정보</a><br><a href="#">해명자료</a><br>
   <a href="#">국민참여</a></td>
  <td valign="top">
   <table width="100%" border="0"><tr><td><b>2026년 3월 온라인쇼핑 동향</b></td></tr>
   <tr><td>
    <p>3월 온라인쇼핑 거래액은 22조 4,310억원으로 전년 동월 대비 5.8% 증가하였다.</p>
    <p>모바일쇼핑 거래액은 17조 1,205억원으로 7.2% 증가하였다.</p>
    <p>(단위: 억원, %)</p>
    <table border="1" cellpadding="2">
     <tr><td>구분</td><td>2025년 3월</td><td>2026년 3월</td><td>증감률</td></tr>
     <tr><td>총 거래액</td><td>212,012</td><td>224,310</td><td>5.8</td></tr>
     <tr><td>모바일</td><td>159,710</td><td>171,205</td><td>7.2</td></tr>
    </table>
    <table border="1"><tr><td>※ 거래액은 조사 대상 업체의 신고 금액 기준</td></tr></table>
   </td></tr></table>
  </td>
 </tr>
 <tr><td colspan="2">(35208) 대전광역시 서구 청사로 189<br>Copyright (c) Statistics Office. All rights reserved.</td></tr>
</table>
</body>
</html>
"""

# A page whose charset is given by the http-equiv tag only, in EUC-KR.
HTTP_EQUIV = """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ks_c_5601-1987">
<TITLE>무역수지 동향</TITLE>
</HEAD>
<BODY>
<DIV ID="content">
<H2>5월 무역수지 27억 달러 흑자</H2>
<P>5월 수출은 612억 달러, 수입은 585억 달러로 무역수지는 27억 달러 흑자를 기록했다.</P>
<P>대중국 수출은 &#53;&#48;억 달러로 &lsquo;25년 5월보다 2.2&#37; 늘었다.</P>
</DIV>
<DIV ID="footer">COPYRIGHT 2026 MINISTRY. ALL RIGHTS RESERVED.</DIV>
</BODY>
</HTML>
"""

# An older board whose post is itself a table: a label column, then the body in one wide cell.
BOARD_TABLE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ko">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>관세청 - 알림·뉴스 - 보도자료 - 3월 수출입 현황(확정치)</title></head>
<body>
<div id="top_menu"><ul><li><a href="#">관세청소개</a></li><li><a href="#">알림·뉴스</a></li><li><a href="#">보도자료</a></li>
<li><a href="#">민원안내</a></li></ul></div>
<div id="sub_content">
<table class="board_view" summary="보도자료 상세보기">
<caption>보도자료 상세보기</caption>
<tr><th scope="row">제목</th><td colspan="3">3월 수출입 현황(확정치)</td></tr>
<tr><th scope="row">작성자</th><td>정보데이터정책과</td><th scope="row">작성일</th><td>2026-04-15</td></tr>
<tr><th scope="row">조회수</th><td>532</td><th scope="row">첨부파일</th><td><a href="#">3월 수출입 현황.hwp</a></td></tr>
<tr><td colspan="4" class="cont">
<p class="HStyle0">3월 수출은 587억 달러로 전년 동월 대비 6.2% 증가하였고, 수입은 541억 달러로 2.9% 감소하였다.</p>
<p class="HStyle0">무역수지는 46억 달러 흑자를 기록하였다.</p>
<p class="HStyle0">&lt;국가별 수출입&gt; (단위: 억 달러, %)</p>
<table class="HWP_TABLE" border="1" cellspacing="0">
<tr><td rowspan="2"><p class="HStyle0">구분</p></td><td colspan="2"><p class="HStyle0">수출</p></td><td colspan="2"><p class="HStyle0">수입</p></td></tr>
<tr><td><p class="HStyle0">금액</p></td><td><p class="HStyle0">증감률</p></td><td><p class="HStyle0">금액</p></td><td><p class="HStyle0">증감률</p></td></tr>
<tr><td><p class="HStyle0">중국</p></td><td><p class="HStyle0">112.4</p></td><td><p class="HStyle0">△1.7</p></td><td><p class="HStyle0">118.0</p></td><td><p class="HStyle0">4.4</p></td></tr>
<tr><td><p class="HStyle0">미국</p></td><td><p class="HStyle0">104.9</p></td><td><p class="HStyle0">9.3</p></td><td><p class="HStyle0">&nbsp;61.2</p></td><td><p class="HStyle0">△0.8</p></td></tr>
</table>
</td></tr>
</table>
<div class="board_btn"><a href="#">목록</a></div>
</div>
<div id="footer"><p>(35208) 대전광역시 서구 청사로 189 관세청</p></div>
</body></html>
"""

# An article whose header sits in a div named for content, with a visible caption holding the unit.
CAPTIONED = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>에너지 수입 동향 | 에너지경제</title></head>
<body>
<header><nav><a href="/">홈</a> <a href="/news">뉴스</a> <a href="/data">통계</a></nav></header>
<div class="article">
 <header><h1>1분기 원유 도입단가 배럴당 78달러</h1><p class="date">등록일 2026.04.20</p></header>
 <p>1분기 원유 도입단가는 배럴당 78달러로 작년 같은 기간보다 4.1% 내렸다.</p>
 <table>
  <caption>&lt;표 2&gt; 에너지원별 수입액 (단위: 백만 달러)</caption>
  <tr><th>에너지원</th><th>2025년 1분기</th><th>2026년 1분기</th></tr>
  <tr><td>원유</td><td>21,340</td><td>19,870</td></tr>
  <tr><td>LNG</td><td>9,412</td><td>8,905</td></tr>
 </table>
 <footer><p>ⓒ 에너지경제, 무단 전재 및 재배포 금지</p></footer>
</div>
</body></html>
"""

PAGES: tuple[Page, ...] = (
    Page(
        "ministry board page",
        MINISTRY.encode("utf-8"),
        "4월 반도체 수출 163억 달러, 전년 동월 대비 21.4% 증가",
        (
            "산업통상부는 5월 1일 4월 반도체 수출이 163억 달러로 작년 같은 달보다 21.4% 늘었다고 밝혔다.",
            "□ 메모리 반도체 수출은 112억 달러(+27.9%)로 6개월 연속 증가했다.",
            "- 시스템 반도체 수출은 51억 달러로 9.2% 늘었다.",
            "<표 1> 지역별 반도체 수출",
            "(단위: 억 달러, %)",
            "중국\t48.2\t△3.1\t55.7\t15.6",
            "※ 반도체 수입은 74억 달러로 3.5% 감소했다¹⁾.",
            "1) 반도체 제조장비 수입은 제외",
        ),
        (
            *FURNITURE,
            "HOME",
            "미리보기",
            "목록",
            "1577-0900",
            "등록일",
            "반도체과",
            "4월 반도체 수출동향.pdf",
        ),
        (
            ("55.7", "중국", "2026년 4월 금액", "5570000000", "USD"),
            ("△3.1", "중국", "2025년 4월 증감률", "-3.1", "%"),
            ("46.1", "대만", "2026년 4월 증감률", "46.1", "%"),
        ),
    ),
    Page(
        "정책브리핑 page",
        BRIEFING.encode("utf-8"),
        "1분기 외국인직접투자 89억 달러…역대 1분기 최대",
        (
            "올해 1분기 외국인직접투자(FDI)가 신고 기준 89억 달러로 1년 전보다 12.7% 늘었다.",
            "도착 기준으로는 41억 달러로 4.3% 감소했다.",
            "신고 기준\t70.5\t79.0\t89.0",
            '산업통상부는 "하반기에도 첨단산업 투자 유치에 힘쓰겠다"고 밝혔다.',
        ),
        (*FURNITURE, "공공누리", "글자크기", "인쇄", "청년도약계좌", "정부서울청사", "정책뉴스", "URL 복사"),
        (
            ("89.0", "신고 기준", "2026년 1분기", "8900000000", "USD"),
            ("38.2", "도착 기준", "2024년 1분기", "3820000000", "USD"),
        ),
    ),
    Page(
        "news article",
        NEWS.encode("utf-8"),
        "대만 수출 64% 급증…반도체 석 달째 증가",
        (
            "지난달 대만으로의 수출이 38억 달러로 1년 전보다 64.2% 급증했다.",
            "반도체 수출은 석 달째 늘어 132억 달러를 기록했다. 전체 수출은 583억 달러로 7.1% 증가했다.",
            "무역수지는 41억 달러 흑자로 14개월 연속 흑자 흐름을 이어갔다.",
            "김하늘 기자 sky@hanbit.example",
        ),
        (
            *FURNITURE,
            "광고",
            "좋은 소식이네요",
            "환율 1,400원",
            "#반도체",
            "입력 2026.04.02",
            "정치",
            "카카오톡",
        ),
    ),
    Page(
        "EUC-KR page laid out in a table",
        LAYOUT.encode("euc-kr"),
        "2026년 3월 온라인쇼핑 동향",
        (
            "3월 온라인쇼핑 거래액은 22조 4,310억원으로 전년 동월 대비 5.8% 증가하였다.",
            "모바일쇼핑 거래액은 17조 1,205억원으로 7.2% 증가하였다.",
            "총 거래액\t212,012\t224,310\t5.8",
            "※ 거래액은 조사 대상 업체의 신고 금액 기준",
        ),
        (*FURNITURE, "기관소개", "로고", "청사로 189"),
        (
            ("224,310", "총 거래액", "2026년 3월", "22431000000000", "KRW"),
            ("7.2", "모바일", "증감률", "7.2", "%"),
        ),
    ),
    Page(
        "EUC-KR page with http-equiv",
        HTTP_EQUIV.encode("euc-kr"),
        "5월 무역수지 27억 달러 흑자",
        (
            "5월 수출은 612억 달러, 수입은 585억 달러로 무역수지는 27억 달러 흑자를 기록했다.",
            "대중국 수출은 50억 달러로 ‘25년 5월보다 2.2% 늘었다.",
        ),
        ("COPYRIGHT", "RIGHTS RESERVED"),
    ),
    Page(
        "board post laid out as a table",
        BOARD_TABLE.encode("utf-8"),
        "3월 수출입 현황(확정치)",
        (
            "3월 수출은 587억 달러로 전년 동월 대비 6.2% 증가하였고, 수입은 541억 달러로 2.9% 감소하였다.",
            "무역수지는 46억 달러 흑자를 기록하였다.",
            "<국가별 수출입> (단위: 억 달러, %)",
            "미국\t104.9\t9.3\t61.2\t△0.8",
        ),
        (
            *FURNITURE,
            "관세청소개",
            "민원안내",
            "작성일",
            "2026-04-15",
            "정보데이터정책과",
            "보도자료 상세보기",
            "청사로",
        ),
        (
            ("112.4", "중국", "수출 금액", "11240000000", "USD"),
            ("△1.7", "중국", "수출 증감률", "-1.7", "%"),
            ("△0.8", "미국", "수입 증감률", "-0.8", "%"),
        ),
    ),
    Page(
        "article with a captioned table",
        CAPTIONED.encode("utf-8"),
        "1분기 원유 도입단가 배럴당 78달러",
        (
            "1분기 원유 도입단가는 배럴당 78달러로 작년 같은 기간보다 4.1% 내렸다.",
            "<표 2> 에너지원별 수입액 (단위: 백만 달러)",
            "LNG\t9,412\t8,905",
        ),
        (*FURNITURE, "등록일", "통계", "에너지경제,"),
        (
            ("19,870", "원유", "2026년 1분기", "19870000000", "USD"),
            ("9,412", "LNG", "2025년 1분기", "9412000000", "USD"),
        ),
    ),
)
