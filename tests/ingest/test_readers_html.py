"""HTML pages: main text only, paragraphs as blocks, metadata from <title>, <meta>, <link>."""

from __future__ import annotations

import pytest

from izde.errors import IngestError
from izde.ingest.readers import read_document

PAGE = """<!doctype html>
<html lang="en-GB"><head>
<meta charset="utf-8"><title>Activist detained | Example News</title>
<meta property="og:title" content="Activist detained in Almaty">
<meta property="article:published_time" content="2019-10-28T10:00:00+06:00">
<meta property="og:site_name" content="Example News">
<meta name="author" content="A. Reporter">
<link rel="canonical" href="https://example.org/news/activist">
<style>p { color: red }</style><script>var tracking = "do not index";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="story">
  <h1>Activist detained</h1>
  <p>The   police <b>detained</b> him
     on Monday.</p>
  <p>His wife said:<br>"We do not know where he is."</p>
  <aside>Read more: unrelated story</aside>
  <form><input name="q"><button>Search</button></form>
</div>
<footer>Copyright 2019 Example News</footer>
</body></html>"""


def read_page(html: str, name: str = "page.html") -> str:
    return read_document(name, html.encode("utf-8")).body


def test_main_text_keeps_paragraphs_as_blank_line_separated_blocks() -> None:
    assert read_page(PAGE) == (
        "Activist detained\n\n"
        "The police detained him on Monday.\n\n"
        'His wife said:\n"We do not know where he is."'
    )


def test_metadata_comes_from_meta_tags_canonical_link_and_lang() -> None:
    result = read_document("page.htm", PAGE.encode())
    assert result.media_type == "text/html"
    assert result.metadata == {
        "title": "Activist detained in Almaty",
        "published": "2019-10-28",
        "publisher": "Example News",
        "author": "A. Reporter",
        "url": "https://example.org/news/activist",
        "language": "en",
    }


def test_title_element_is_used_without_og_title() -> None:
    result = read_document("p.html", b"<title> Plain   title </title><p>Some text here.</p>")
    assert result.metadata["title"] == "Plain title"


@pytest.mark.parametrize("tag", ["script", "style", "nav", "header", "footer", "aside", "form"])
def test_page_furniture_is_not_text(tag: str) -> None:
    html = f"<body><{tag}>furniture words</{tag}><p>Article words.</p></body>"
    assert read_page(html) == "Article words."


def test_article_element_is_preferred_over_the_rest_of_the_page() -> None:
    html = (
        "<body><div>Sidebar teaser text</div>"
        "<article><header><h1>Headline</h1></header><p>Story text.</p></article></body>"
    )
    assert read_page(html) == "Headline\n\nStory text."


def test_main_element_is_preferred_over_the_rest_of_the_page() -> None:
    html = "<body><div>Menu</div><main><p>One.</p><p>Two.</p></main><div>Ads</div></body>"
    assert read_page(html) == "One.\n\nTwo."


def test_a_form_wrapping_the_whole_page_is_kept() -> None:
    html = "<body><form><p>First.</p><p>Second.</p><p>Third.</p></form></body>"
    assert read_page(html) == "First.\n\nSecond.\n\nThird."


def test_hidden_elements_are_not_text() -> None:
    assert read_page("<p>Shown.</p><p hidden>Secret.</p>") == "Shown."


def test_table_cells_are_blocks() -> None:
    html = "<table><tr><th>Name</th><td>Sentence</td></tr></table>"
    assert read_page(html) == "Name\n\nSentence"


def test_entities_are_decoded() -> None:
    assert read_page("<p>Qazaq &amp; Uyghur &mdash; &#1179;</p>") == "Qazaq & Uyghur — қ"


def test_malformed_html_with_text_still_parses() -> None:
    html = "<html><body><p>Unclosed paragraph<div><b>bold <i>crossed</b> tags</i><p>end"
    assert read_page(html) == "Unclosed paragraph\n\nbold crossed tags\n\nend"


@pytest.mark.parametrize(
    "html",
    [
        b"<html><head><script>x()</script></head><body> </body></html>",
        b"<html><body><div><span></div></p></table><img src=x></html",
        b"<title>Only a title</title>",
    ],
)
def test_html_without_text_is_an_error(html: bytes) -> None:
    with pytest.raises(IngestError, match="HTML has no text"):
        read_document("x.html", html)


def test_declared_legacy_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    html = '<meta charset="windows-1251"><p>Суд приговорил активиста.</p>'
    result = read_document("ru.html", html.encode("cp1251"))
    assert (result.body, result.encoding) == ("Суд приговорил активиста.", "cp1251")


def test_published_meta_in_another_shape_is_normalised() -> None:
    html = '<meta name="date" content="Feb 22, 2021"><p>Text of the article.</p>'
    assert read_document("x.html", html.encode()).metadata["published"] == "2021-02-22"


def test_preformatted_text_keeps_its_lines_and_indentation() -> None:
    html = "<p>Before.</p><pre>Name:   A. B.\n  Held: Ghulja\n</pre>"
    assert read_page(html) == "Before.\n\nName:   A. B.\n  Held: Ghulja"
