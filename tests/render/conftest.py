"""Fixtures for the chart tests: a twelve-responsibility bank built here, so the tests do not wait on the
bundled bank, plus results with every kind of answer pattern."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtGui import QPalette

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, parse_bank
from pmfit.core.scoring import Result, score
from pmfit.render import RenderStyle
from tests.report.sheets import EXPERIENCE

SCALES = (
    ("market_research", "product_manager", "Market research"),
    ("product_vision", "product_manager", "Product vision"),
    ("development_planning", "product_manager", "Roadmap and development planning"),
    ("team_collaboration", "product_manager", "Team collaboration"),
    ("process_control", "product_manager", "Process control"),
    ("analytics_improvement", "product_manager", "Analytics and product improvement"),
    ("project_planning", "project_manager", "Project planning"),
    ("team_coordination", "project_manager", "Team coordination"),
    ("controlling_execution", "project_manager", "Controlling execution"),
    ("stakeholder_communication", "project_manager", "Stakeholder communication"),
    ("quality_control", "project_manager", "Quality control"),
    ("project_closure", "project_manager", "Project closure"),
)
ROLE_TITLES = {"product_manager": "Product Manager", "project_manager": "Project Manager"}


def twelve_bank_toml() -> str:
    parts = ['[bank]\nid = "twelve"\nversion = "1"\nlanguage = "en"\ntitle = "Twelve scales"\n']
    for scale_id, role, title in SCALES:
        parts.append(
            f'[[scales]]\nid = "{scale_id}"\nrole = "{role}"\ntitle = "{title}"\n'
            f'description = "About {title}."\nframework = ["x"]\nnext_steps = ["Try it."]\n'
        )
    for role, title in ROLE_TITLES.items():
        weights = ", ".join(f"{s} = {1.0 if r == role else 0.3}" for s, r, _ in SCALES)
        parts.append(
            f'[[roles]]\nid = "{role}"\ntitle = "{title}"\nsummary = "s"\ncareer = "c"\n'
            f"weights = {{ {weights} }}\n"
            '[[roles.ladder]]\nlevel = "Junior"\nyears = "0-2"\nscope = "s"\n'
            '[[roles.ladder]]\nlevel = "Senior"\nyears = "3+"\nscope = "s"\n'
        )
    for scale_id, _, _ in SCALES:
        for n in range(4):
            parts.append(
                f'[[items]]\nid = "{scale_id}_i{n}"\nkind = "likert"\ntext = "Interest {n} in {scale_id}."\n'
                f'framework = "x"\nscales = {{ {scale_id} = 1.0 }}\n'
            )
        for n in range(2):
            parts.append(
                f'[[items]]\nid = "{scale_id}_e{n}"\nkind = "likert"\nfacet = "experience"\n'
                f'text = "Experience {n} in {scale_id}."\nframework = "x"\nscales = {{ {scale_id} = 1.0 }}\n'
            )
    return "\n".join(parts)


def sheet_for(
    bank: Bank, interest: Mapping[str, tuple[int, ...]], experience: Mapping[str, int]
) -> AnswerSheet:
    """Interest answers per scale (one value per item, in order), one experience answer per scale."""
    sheet = AnswerSheet.new(bank)
    for scale_id, values in interest.items():
        for n, value in enumerate(values):
            sheet = sheet.with_answer(f"{scale_id}_i{n}", value)
    for scale_id, value in experience.items():
        for n in range(2):
            sheet = sheet.with_answer(f"{scale_id}_e{n}", value)
    return sheet


# A product-leaning person with a spread of scores, overlaps on the map and one unplaced responsibility.
LEANING_INTEREST = {
    "market_research": (5, 5, 4, 5),
    "product_vision": (5, 4, 5, 4),
    "development_planning": (4, 4, 3, 4),
    "team_collaboration": (4, 4, 4, 4),
    "process_control": (2, 3, 2, 3),
    "analytics_improvement": (5, 3, 4, 4),
    "project_planning": (2, 2, 3, 2),
    "team_coordination": (3, 4, 3, 3),
    "controlling_execution": (1, 2, 1, 2),
    "stakeholder_communication": (4, 4, 4, 4),
    "quality_control": (2, 1, 2, 2),
}
# The same person the PDF tests use: one description of them, not two.
LEANING_EXPERIENCE = EXPERIENCE


@pytest.fixture(scope="session")
def twelve_bank() -> Bank:
    return parse_bank(twelve_bank_toml(), "twelve.toml")


@pytest.fixture(scope="session")
def leaning(twelve_bank: Bank) -> Result:
    return score(twelve_bank, sheet_for(twelve_bank, LEANING_INTEREST, LEANING_EXPERIENCE))


@pytest.fixture(scope="session")
def even(twelve_bank: Bank) -> Result:
    """Every responsibility answered alike: too close to call."""
    interest = {scale_id: (3, 4, 3, 4) for scale_id, _, _ in SCALES}
    return score(twelve_bank, sheet_for(twelve_bank, interest, {s: 3 for s, _, _ in SCALES}))


@pytest.fixture(scope="session")
def empty(twelve_bank: Bank) -> Result:
    return score(twelve_bank, AnswerSheet.new(twelve_bank))


def light_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#f6f6f6"), (QPalette.ColorRole.WindowText, "#1b1b1b")):
        palette.setColor(QPalette.ColorGroup.Active, role, color)
    return palette


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#ececec")):
        palette.setColor(QPalette.ColorGroup.Active, role, color)
    return palette


@pytest.fixture
def light_style(qapp: object) -> RenderStyle:
    return RenderStyle.from_palette(light_palette())


@pytest.fixture
def dark_style(qapp: object) -> RenderStyle:
    return RenderStyle.from_palette(dark_palette())
