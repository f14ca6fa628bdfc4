"""The article text and metadata of a saved web page.

Only the main text is evidence: menus, scripts, share buttons and footers would give the
extractors names and dates that the report never states. Paragraphs become blocks separated
by one blank line, the same shape as the plain-text articles.
"""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import NavigableString, Tag

from izde.errors import IngestError
from izde.ingest.encoding import decode_text
from izde.ingest.header import normalise_language, normalise_published
from izde.ingest.media import Extracted

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CHARSET_WINDOW = 4096

_NOT_CONTENT = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "iframe",
    "svg",
    "button",
    "select",
    "textarea",
    "head",
)
_PAGE_FRAME = ("header", "footer")
_BLOCKS = frozenset(
    (
        *("address", "article", "blockquote", "caption", "dd", "div", "dl", "dt"),
        *("figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li"),
        *("main", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead"),
        *("tr", "ul", "body", "html"),
    )
)
_SPACES = re.compile(r"\s+")
_BREAK = "\x00"  # stands for <br>; decoded text never holds NUL (encoding.py refuses it)

# (attribute, value) pairs of <meta> tags, in order of trust, for each metadata key.
_META_SOURCES: dict[str, tuple[tuple[str, str], ...]] = {
    "title": (("property", "og:title"), ("name", "twitter:title")),
    "published": (
        ("property", "article:published_time"),
        ("itemprop", "datepublished"),
        ("name", "pubdate"),
        ("name", "publishdate"),
        ("name", "date"),
        ("name", "dc.date"),
        ("name", "dcterms.created"),
        ("name", "citation_publication_date"),
    ),
    "publisher": (("property", "og:site_name"), ("name", "publisher")),
    "author": (("name", "author"), ("property", "article:author")),
    "url": (("property", "og:url"),),
}


def read_html(path: str, data: bytes) -> Extracted:
    """Decode the page, keep its metadata, and reduce it to its main text."""
    decoded = decode_text(path, data, declared=_declared_charset(data))
    soup = _parse(decoded.text)
    metadata = _metadata(soup)
    body = _main_text(_content_root(soup))
    if not body:
        raise IngestError(path, "HTML has no text (empty or malformed page)")
    return Extracted(body, metadata, decoded.encoding, decoded.notes)


def _parse(text: str) -> BeautifulSoup:
    """lxml's HTML parser; bs4's advice about short or XML-like input is no use to a user."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(text, "lxml")


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:_CHARSET_WINDOW])
    return match.group(1).decode("ascii") if match else None


def _metadata(soup: BeautifulSoup) -> dict[str, str]:
    """Meta tags first (they are meant for machines), then <title> and <html lang>.

    The canonical link beats og:url: it is the address the site itself calls the original.
    """
    metadata = _meta_fields(soup)
    fallbacks = {
        "title": _tag_text(soup.find("title")),
        "url": _attribute(soup.find("link", rel="canonical"), "href"),
        "language": _attribute(soup.find("html"), "lang"),
    }
    for key, value in fallbacks.items():
        if value and (key == "url" or key not in metadata):
            metadata[key] = value
    if "published" in metadata:
        metadata["published"] = normalise_published(metadata["published"])
    if "language" in metadata:
        metadata["language"] = normalise_language(metadata["language"])
    return metadata


def _meta_fields(soup: BeautifulSoup) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key, sources in _META_SOURCES.items():
        value = next((v for a, n in sources if (v := _meta_content(soup, a, n))), None)
        if value:
            fields[key] = value
    return fields


def _meta_content(soup: BeautifulSoup, attribute: str, name: str) -> str | None:
    for tag in soup.find_all("meta", attrs={attribute: True}):
        if _attribute(tag, attribute).lower() == name:
            content = _collapse(_attribute(tag, "content"))
            if content:
                return content
    return None


def _attribute(tag: object, name: str) -> str:
    if not isinstance(tag, Tag):
        return ""
    value = tag.get(name)
    if isinstance(value, list):
        value = " ".join(value)
    return _collapse(value or "")


def _tag_text(tag: object) -> str:
    return _collapse(tag.get_text(" ")) if isinstance(tag, Tag) else ""


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _content_root(soup: BeautifulSoup) -> Tag:
    """<main>, else the largest <article>, else the whole page without its header/footer."""
    for tag in soup.find_all(_NOT_CONTENT):
        tag.decompose()
    for tag in soup.find_all(hidden=True):
        tag.decompose()
    for form in soup.find_all("form"):
        if not _holds_page_content(form):
            form.decompose()
    main = soup.find("main")
    if isinstance(main, Tag) and main.get_text(strip=True):
        return main
    articles = [a for a in soup.find_all("article") if isinstance(a, Tag)]
    if articles:
        return max(articles, key=lambda a: len(a.get_text(strip=True)))
    for tag in soup.find_all(_PAGE_FRAME):
        tag.decompose()
    return soup


def _holds_page_content(form: Tag) -> bool:
    """Some sites wrap the whole page in one <form>; that one is not a search box to drop."""
    return form.find(("main", "article")) is not None or len(form.find_all("p")) >= 3


def _main_text(root: Tag) -> str:
    """Group text nodes by their nearest block ancestor: each group is one paragraph."""
    blocks: list[tuple[Tag, list[str]]] = []
    for node in root.descendants:
        if isinstance(node, Tag) and node.name == "br":
            if blocks:
                blocks[-1][1].append(_BREAK)
            continue
        if type(node) is not NavigableString:
            continue
        block = _block_of(node, root)
        if not blocks or block is not blocks[-1][0]:
            blocks.append((block, []))
        blocks[-1][1].append(str(node))
    paragraphs = (_paragraph(block, parts) for block, parts in blocks)
    return "\n\n".join(p for p in paragraphs if p)


def _block_of(node: NavigableString, root: Tag) -> Tag:
    for parent in node.parents:
        if parent.name in _BLOCKS or parent is root:
            return parent
    return root


def _paragraph(block: Tag, parts: list[str]) -> str:
    """Collapse layout whitespace, except inside <pre>; a <br> stays a line break."""
    text = "".join(parts)
    if block.name == "pre" or block.find_parent("pre") is not None:
        lines = text.replace(_BREAK, "\n").strip("\n").split("\n")
        return "\n".join(line.rstrip() for line in lines) if text.strip() else ""
    lines = text.replace("\n", " ").replace(_BREAK, "\n").split("\n")
    return "\n".join(_collapse(line) for line in lines if line.strip())
