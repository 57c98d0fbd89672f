"""Qt's PDF made a tagged PDF: marked content, a structure tree, the document's language and title.

``tag_pdf(pdf, recorder, language)`` takes the bytes QPdfWriter wrote with markers in them (see
:mod:`pmfit.report.tagging`) and returns the same document with:

- each marker replaced by its marked-content operator: ``/P <</MCID 3>> BDC`` ... ``EMC`` for content,
  ``/Artifact BMC`` for decoration, ``/Artifact <</Type /Pagination /Subtype /Footer>> BDC`` for the footer,
  ``/Span <</ActualText ...>> BDC`` where a chart's labels are replaced by its description in words (a text
  extractor such as pdftotext then reads the description where the chart is, not a jumble of labels);
- a structure tree (``/StructTreeRoot``): a Document element holding the headings, paragraphs, lists,
  tables and figures in reading order, each element pointing at its marked content, and the ParentTree
  that leads from marked content back to its element;
- ``/MarkInfo <</Marked true>>``, ``/Lang``, and ``/ViewerPreferences <</DisplayDocTitle true>>`` (a
  viewer shows the title, not the file name).

The two corrections of :mod:`pmfit.report.archival` keep the file PDF/A-1b; everything else (fonts,
colours, metadata, the file's ID) is kept as Qt wrote it. pypdf does the reading
and writing: pure Python and small, so it adds nothing to install beside pmfit.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

from pmfit.report.archival import keep_pdfa_1b
from pmfit.report.tagging import MARKER_RGB, Artifact, Element, Recorder, Replacement

# A marker as Qt writes it: the fill colour (``r g b scn``, each channel to some decimals), then a zero-size
# rectangle whose x is the marker's number, filled. The colour is checked against the marker colour.
MARKER = re.compile(
    rb"(?P<colour>(?P<rgb>[0-9.]+ [0-9.]+ [0-9.]+) scn\n(?:/GSa gs\n)?)(?P<index>\d+) 0 0 0 re\nf\n"
)


def _is_marker_colour(rgb: bytes) -> bool:
    channels = [float(part) for part in rgb.split()]
    return all(abs(c - m / 255) < 1e-4 for c, m in zip(channels, MARKER_RGB, strict=True))


class TaggingError(RuntimeError):
    """The markers in Qt's output did not match what was painted (a programming error, not bad input)."""


@dataclass(eq=False)
class _Node:
    """An element on its way into the tree: its children (nodes and MCIDs) in reading order."""

    element: Element
    page: int = -1  # the page of its first marked content
    kids: list[_Node | tuple[int, int]] = field(default_factory=list)  # (page, mcid)
    ref: IndirectObject | None = None


def _hex_text(text: str) -> bytes:
    """A text string for a content stream: UTF-16BE with its byte order mark, in hex (nothing to escape)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


class _Tree:
    """The structure tree as the markers are met, page by page."""

    def __init__(self) -> None:
        self.root = _Node(Element("Document"))
        self.nodes: dict[int, _Node] = {}
        self.parents: list[list[_Node]] = []  # per page, the element of each MCID

    def node(self, element: Element) -> _Node:
        """The node of ``element``, placed in its parent's children the first time it is met."""
        found = self.nodes.get(id(element))
        if found is None:
            found = self.nodes[id(element)] = _Node(element)
            parent = self.root if element.parent is None else self.node(element.parent)
            parent.kids.append(found)
        return found

    def content(self, element: Element, page: int) -> int:
        """A new MCID on ``page`` for content of ``element``."""
        node = self.node(element)
        while len(self.parents) <= page:
            self.parents.append([])
        mcid = len(self.parents[page])
        self.parents[page].append(node)
        node.kids.append((page, mcid))
        if node.page < 0:
            node.page = page
        for ancestor in self._ancestors(node.element):
            if ancestor.page < 0:
                ancestor.page = page
        return mcid

    def _ancestors(self, element: Element) -> list[_Node]:
        found = []
        while element.parent is not None:
            element = element.parent
            found.append(self.nodes[id(element)])
        return found


FONT = re.compile(rb"(/[^\s/]+ [0-9.]+ Tf)\b")


def _font_before(data: bytes, end: int) -> bytes:
    """The last font selection (``/F15 158 Tf``) in ``data`` before ``end``, or b""."""
    found = b""
    for match in FONT.finditer(data, 0, end):
        found = match[1]
    return found


def _begin(event: Artifact | Element | Replacement, tree: _Tree, page: int) -> bytes:
    if isinstance(event, Artifact):
        if event.kind == "Layout":
            return b"/Artifact BMC\n"
        subtype = f" /Subtype /{event.subtype}" if event.subtype else ""
        return f"/Artifact <</Type /{event.kind}{subtype}>> BDC\n".encode()
    if isinstance(event, Replacement):
        return b"/Span <</ActualText " + _hex_text(event.text) + b">> BDC\n"
    mcid = tree.content(event, page)
    return f"/{event.role} <</MCID {mcid}>> BDC\n".encode()


class _Markers:
    """Replaces the markers of each page's content stream by marked-content operators, checking that they
    come in the order they were painted and that every sequence begun on a page ends on it."""

    def __init__(self, recorder: Recorder, tree: _Tree) -> None:
        self.events = recorder.events
        self.tree = tree
        self.expected = 0
        self.page = 0
        self.data = b""
        self.open: list[Artifact | Element | Replacement] = []

    def replace(self, data: bytes, page: int) -> bytes:
        self.page, self.data, self.open = page, data, []
        marked = MARKER.sub(self._operator, data)
        if self.open:
            raise TaggingError(f"page {page + 1} ends inside a marked-content sequence")
        return marked

    def finish(self) -> None:
        if self.expected != len(self.events):
            raise TaggingError(f"{len(self.events) - self.expected} marker(s) missing from Qt's output")

    def _operator(self, match: re.Match[bytes]) -> bytes:
        if not _is_marker_colour(match["rgb"]):
            return match[0]
        index = int(match["index"])
        if index != self.expected:
            raise TaggingError(f"marker {index} found where marker {self.expected} was expected")
        self.expected += 1
        event = self.events[index]
        if event is not None:
            self.open.append(event)
            return match["colour"] + _begin(event, self.tree, self.page)
        if not self.open:
            raise TaggingError(f"marker {index} ends a sequence that was never begun")
        font = b""
        if isinstance(self.open.pop(), Replacement):
            # A text extractor (poppler's) places the replacement text with the font of the graphics state
            # at the end of the span; Qt restores the state after each text it draws, so the font it last
            # used is selected again (in an empty text object, which draws nothing).
            last = _font_before(self.data, match.start())
            font = b"BT " + last + b" ET\n" if last else b""
        return match["colour"] + font + b"EMC\n"


def _name(name: str) -> NameObject:
    return NameObject(f"/{name}")


def _build(writer: PdfWriter, tree: _Tree, pages: list[IndirectObject]) -> IndirectObject:
    """Write the elements and the StructTreeRoot; returns the root's reference."""
    root = DictionaryObject()
    root_ref = writer._add_object(root)
    objects: dict[int, DictionaryObject] = {}

    def add(node: _Node) -> None:
        objects[id(node)] = DictionaryObject()
        node.ref = writer._add_object(objects[id(node)])
        for kid in node.kids:
            if isinstance(kid, _Node):
                add(kid)

    def fill(node: _Node, parent: IndirectObject) -> None:
        assert node.ref is not None
        element = node.element
        kids: list[PdfObject] = []
        for kid in node.kids:
            if isinstance(kid, _Node):
                assert kid.ref is not None
                kids.append(kid.ref)
                fill(kid, node.ref)
            elif kid[0] == node.page:
                kids.append(NumberObject(kid[1]))
            else:  # content on another page than the element's own
                reference = {_name("Type"): _name("MCR"), _name("Pg"): pages[kid[0]]}
                kids.append(DictionaryObject({**reference, _name("MCID"): NumberObject(kid[1])}))
        entries: dict[NameObject, PdfObject] = {
            _name("Type"): _name("StructElem"),
            _name("S"): _name(element.role),
            _name("P"): parent,
            _name("K"): kids[0] if len(kids) == 1 else ArrayObject(kids),
        }
        if node.page >= 0:
            entries[_name("Pg")] = pages[node.page]
        if element.alt:
            entries[_name("Alt")] = TextStringObject(element.alt)
        if element.scope:
            entries[_name("A")] = DictionaryObject(
                {_name("O"): _name("Table"), _name("Scope"): _name(element.scope)}
            )
        objects[id(node)].update(entries)

    add(tree.root)
    fill(tree.root, root_ref)
    numbers: list[PdfObject] = []
    for page_number, owners in enumerate(tree.parents):
        numbers += [NumberObject(page_number), ArrayObject(owner.ref for owner in owners)]
    assert tree.root.ref is not None
    parent_tree = writer._add_object(DictionaryObject({_name("Nums"): ArrayObject(numbers)}))
    root.update(
        {
            _name("Type"): _name("StructTreeRoot"),
            _name("K"): tree.root.ref,
            _name("ParentTree"): parent_tree,
            _name("ParentTreeNextKey"): NumberObject(len(pages)),
        }
    )
    return root_ref


def tag_pdf(pdf: bytes, recorder: Recorder, language: str) -> bytes:
    """``pdf`` (Qt's PDF/A-1b output, painted while ``recorder`` recorded) as a tagged PDF in ``language``
    (a BCP 47 tag: 'en', 'uk'), still PDF/A-1b."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    writer.pdf_header = reader.pdf_header  # the version Qt chose (1.4 for PDF/A-1), not pypdf's default
    tree = _Tree()
    markers = _Markers(recorder, tree)
    pages: list[IndirectObject] = []
    for number, page in enumerate(writer.pages):
        contents = page.get(_name("Contents"))
        stream = contents.get_object() if contents is not None else None
        if not isinstance(stream, StreamObject) or page.indirect_reference is None:
            raise TaggingError(f"page {number + 1} is not laid out as Qt writes a page")
        stream.set_data(markers.replace(stream.get_data(), number))
        page[_name("StructParents")] = NumberObject(number)
        pages.append(page.indirect_reference)
    markers.finish()
    writer.root_object.update(
        {
            _name("StructTreeRoot"): _build(writer, tree, pages),
            _name("MarkInfo"): DictionaryObject({_name("Marked"): BooleanObject(True)}),
            _name("Lang"): TextStringObject(language),
            _name("ViewerPreferences"): DictionaryObject({_name("DisplayDocTitle"): BooleanObject(True)}),
        }
    )
    keep_pdfa_1b(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
