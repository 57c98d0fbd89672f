"""The PDF keeps its PDF/A-1b claim: checked with Apache PDFBox's Preflight validator where it is installed
(Debian: libpdfbox2-java, libactivation-java, libjaxb-api-java), and by the two corrections it needed."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pikepdf
import pytest

from pmfit.core.bank import Bank
from pmfit.core.scoring import Result
from pmfit.report import export_pdf
from pmfit.report.archival import declare_on_descriptions
from tests.report.conftest import DAY

JARS = [
    Path("/usr/share/java") / name
    for name in (
        "preflight.jar",
        "pdfbox2.jar",
        "fontbox2.jar",
        "xmpbox.jar",
        "commons-logging.jar",
        "javax.activation.jar",
        "jaxb-api.jar",
    )
]
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
QT_XMP = """<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x="adobe:ns:meta/" \
xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" \
xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
    <rdf:RDF>
        <rdf:Description rdf:about="">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">pmfit result: A &lt;b&gt; name</rdf:li>
            </rdf:Alt></dc:title>
        </rdf:Description>
        <rdf:Description rdf:about="" pdf:Producer="Qt 6.11.3" pdf:Trapped="False"/>
        <rdf:Description rdf:about="" pdfaid:part="1" pdfaid:conformance="B"/>
    </rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>"""


def test_each_description_declares_the_schemas_it_uses() -> None:
    fixed = declare_on_descriptions(QT_XMP)
    descriptions = fixed.split("<rdf:Description")[1:]
    assert 'xmlns:dc="http://purl.org/dc/elements/1.1/"' in descriptions[0]
    assert 'xmlns:pdf="http://ns.adobe.com/pdf/1.3/"' in descriptions[1]
    assert 'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"' in descriptions[2]
    assert "xmlns:pdf=" not in descriptions[0] and "xmlns:dc=" not in descriptions[2]
    # Still the same RDF: well-formed, the same properties in the same namespaces, the text untouched.
    before, after = (
        ET.fromstring(QT_XMP.split("?>", 1)[1].rsplit("<?", 1)[0]),
        ET.fromstring(fixed.split("?>", 1)[1].rsplit("<?", 1)[0]),
    )
    for old, new in zip(before.iter(f"{RDF}Description"), after.iter(f"{RDF}Description"), strict=True):
        assert old.attrib == new.attrib and [e.tag for e in old.iter()] == [e.tag for e in new.iter()]
    assert "pmfit result: A &lt;b&gt; name" in fixed


def test_no_cmyk_colour_space_with_an_rgb_output_intent(leaning_pdf: Path) -> None:
    with pikepdf.open(leaning_pdf) as pdf:
        assert str(pdf.Root.OutputIntents[0].S) == "/GTS_PDFA1"
        for page in pdf.pages:
            spaces = page.Resources.ColorSpace
            assert all("DeviceCMYK" not in repr(spaces[name]) for name in spaces)


@pytest.mark.skipif(
    shutil.which("java") is None or not all(jar.exists() for jar in JARS),
    reason="needs java and PDFBox Preflight (libpdfbox2-java, libactivation-java, libjaxb-api-java)",
)
@pytest.mark.parametrize("kind", ["leaning", "too_close", "few"])
def test_preflight_says_pdf_a_1b(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path, bank: Bank, qapp: object
) -> None:
    result: Result = request.getfixturevalue(kind)
    path = export_pdf(bank, result, tmp_path / f"{kind}.pdf", name="Ann <b>Example</b>", date=DAY)
    done = subprocess.run(
        ["java", "-cp", ":".join(map(str, JARS)), "org.apache.pdfbox.preflight.Validator_A1b", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "is a valid PDF/A-1b file" in done.stdout, done.stdout + done.stderr
