"""Reading a tagged PDF back with tools other than the one that wrote it: pikepdf (qpdf) for the structure
tree and the marked content, poppler (pdfinfo, pdftotext) for what a reader and a text extractor get."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
import pytest

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None, reason="needs poppler-utils"
)

# Operators that put marks on the page: text showing, path painting, shadings and XObjects.
PAINTING = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do"}


@dataclass(eq=False)
class Elem:
    """A structure element as the file has it."""

    role: str
    alt: str | None
    scope: str | None
    kids: list[Elem] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)  # (page index, MCID), in order
    obj: pikepdf.Object | None = None

    def walk(self) -> Iterator[Elem]:
        yield self
        for kid in self.kids:
            yield from kid.walk()

    def all(self, role: str) -> list[Elem]:
        return [e for e in self.walk() if e.role == role]


def _page_index(pdf: pikepdf.Pdf, page: pikepdf.Object) -> int:
    return next(i for i, p in enumerate(pdf.pages) if p.obj.objgen == page.objgen)


def structure(pdf: pikepdf.Pdf) -> Elem:
    """The tree under StructTreeRoot (its one kid, the Document element)."""

    def read(obj: pikepdf.Object, page: pikepdf.Object | None) -> Elem:
        page = obj.get("/Pg", page)
        alt = str(obj["/Alt"]) if "/Alt" in obj else None
        scope = str(obj["/A"]["/Scope"])[1:] if "/A" in obj and "/Scope" in obj["/A"] else None
        elem = Elem(str(obj["/S"])[1:], alt, scope, obj=obj)
        kids = obj.get("/K")
        items = list(kids) if isinstance(kids, pikepdf.Array) else [] if kids is None else [kids]
        for kid in items:
            if isinstance(kid, int):
                assert page is not None, f"{elem.role} has an MCID but no page"
                elem.content.append((_page_index(pdf, page), kid))
            elif kid.get("/Type") == "/MCR":
                elem.content.append((_page_index(pdf, kid.get("/Pg", page)), int(kid["/MCID"])))
            else:
                elem.kids.append(read(kid, page))
        return elem

    root = pdf.Root.StructTreeRoot
    return read(root.K, None)


@dataclass
class Marked:
    """What a page's content stream marks: each MCID with its tag, and painting outside any mark."""

    mcids: dict[int, str]
    unmarked: list[str]  # painting operators found outside every marked-content sequence
    artifacts: int


def marked_content(page: pikepdf.Page) -> Marked:
    mcids: dict[int, str] = {}
    unmarked: list[str] = []
    depth = artifacts = 0
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in {"BDC", "BMC"}:
            depth += 1
            tag = str(operands[0])[1:]
            artifacts += tag == "Artifact"
            if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                mcid = int(operands[1]["/MCID"])
                assert mcid not in mcids, f"MCID {mcid} used twice on one page"
                mcids[mcid] = tag
        elif op == "EMC":
            depth -= 1
            assert depth >= 0, "EMC without a sequence to end"
        elif op in PAINTING and depth == 0:
            unmarked.append(op)
    assert depth == 0, "a marked-content sequence is left open at the end of the page"
    return Marked(mcids, unmarked, artifacts)


def poppler(tool: str, *args: str) -> str:
    done = subprocess.run([tool, *args], capture_output=True, text=True, check=True, timeout=60)
    return done.stdout


def pdftotext(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return poppler("pdftotext", *pages, str(path), "-")


@dataclass
class Read:
    """An element as poppler's structure reader (``pdfinfo -struct-text``) reports it, with its text."""

    role: str
    depth: int
    text: str


ELEMENT = re.compile(r"^(?P<indent> *)(?P<role>[A-Za-z][A-Za-z0-9]*)(?: \(\w+\))?:?$")


def poppler_structure(path: Path) -> list[Read]:
    """Every element poppler reads from the structure tree, in order, each with the text of its content."""
    found: list[Read] = []
    for line in poppler("pdfinfo", "-struct-text", str(path)).splitlines():
        element = ELEMENT.match(line)
        if element:
            found.append(Read(element["role"], len(element["indent"]) // 2, ""))
        elif line.strip().startswith('"') and found:
            text = line.strip()[1:-1].replace("\t", " ")
            found[-1].text = f"{found[-1].text} {text}".strip()
    return found
