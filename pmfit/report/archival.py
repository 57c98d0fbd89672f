"""Two corrections that make Qt's PDF/A-1b output pass a PDF/A-1b validator (Apache PDFBox's Preflight).

Qt writes the sRGB output intent and XMP metadata PDF/A-1b asks for, but:

- every page's resources name the DeviceCMYK colour space (and a CMYK pattern space) whether or not the page
  uses them, and with an RGB output intent PDF/A-1 allows no DeviceCMYK (ISO 19005-1, 6.2.3.3): the names
  are dropped where the page never uses them;
- the XMP packet declares its namespaces once, on ``x:xmpmeta``. That is valid XML, but PDF/A-1 readers that
  look for each schema on its ``rdf:Description`` (as Preflight does) find no Dublin Core title there; each
  description gets the declarations of the prefixes it uses.
"""

from __future__ import annotations

import re

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, StreamObject

UNUSED_IF_ABSENT = ("/CSpcmyk", "/PCSpcmyk")  # Qt's names for its CMYK colour spaces
DESCRIPTION = re.compile(r"<rdf:Description\b[^>]*?(?:/>|>.*?</rdf:Description>)", re.S)
DECLARATION = re.compile(r'xmlns:([\w.-]+)="([^"]*)"')
ALWAYS_DECLARED = {"x", "rdf", "xml"}


def drop_unused_cmyk(writer: PdfWriter) -> None:
    """Remove Qt's CMYK colour space names from pages whose content does not use them."""
    for page in writer.pages:
        contents = page.get("/Contents")
        stream = contents.get_object() if contents is not None else None
        resources = page.get("/Resources")
        spaces = resources.get_object().get("/ColorSpace") if resources is not None else None
        if not isinstance(stream, StreamObject) or spaces is None:
            continue
        spaces = spaces.get_object()
        if not isinstance(spaces, DictionaryObject):
            continue
        data = stream.get_data()
        for name in UNUSED_IF_ABSENT:
            if name in spaces and name.encode() + b" " not in data:
                del spaces[NameObject(name)]


def declare_on_descriptions(xmp: str) -> str:
    """``xmp`` with each ``rdf:Description`` declaring the namespaces of the prefixes it uses (the
    declarations on ``x:xmpmeta`` stay; declaring a namespace again is allowed)."""
    head = re.search(r"<x:xmpmeta\b[^>]*>", xmp)
    if head is None:
        return xmp
    declared = dict(DECLARATION.findall(head[0]))

    def declare(match: re.Match[str]) -> str:
        text = match[0]
        own = set(DECLARATION.findall(text.split(">", 1)[0]))
        used = set(re.findall(r"[<\s]([\w.-]+):[\w.-]+", text)) - ALWAYS_DECLARED
        missing = [
            f' xmlns:{p}="{declared[p]}"' for p in sorted(used) if p in declared and p not in dict(own)
        ]
        return text.replace("<rdf:Description", "<rdf:Description" + "".join(missing), 1)

    return DESCRIPTION.sub(declare, xmp)


def keep_pdfa_1b(writer: PdfWriter) -> None:
    """Apply both corrections (see the module docstring) to a PDF Qt wrote as PDF/A-1b."""
    drop_unused_cmyk(writer)
    metadata = writer.root_object.get("/Metadata")
    stream = metadata.get_object() if metadata is not None else None
    if isinstance(stream, StreamObject):
        xmp = stream.get_data().decode("utf-8")
        fixed = declare_on_descriptions(xmp)
        if fixed != xmp:
            stream.set_data(fixed.encode("utf-8"))
