"""The blind keying study's statistics and report (pmfit.core.keying): textbook examples worked by hand,
the bundled bank's statements, and properties that hold for any ratings."""

from __future__ import annotations

import random
from collections import Counter
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmfit.core.bank import Bank, ChoiceItem, LikertItem, parse_bank
from pmfit.core.keying import (
    RATINGS,
    Statement,
    content_validity_ratio,
    fleiss_kappa,
    keying_report,
    shuffled,
    statements,
    study,
)
from tests.conftest import TINY_BANK

# Fleiss (1971), Table 1: 30 patients, each diagnosed by 6 of 43 psychiatrists into 1 depression,
# 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other (as in R's irr::diagnoses).
DIAGNOSES = [
    [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
    [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
    [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
    [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
    [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
]  # fmt: skip

# The worked example of Fleiss' kappa on Wikipedia: 10 subjects, 14 raters, 5 categories.
FOURTEEN_RATERS = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]  # fmt: skip


def counts_of(ratings: list[list[int]], categories: int) -> list[list[int]]:
    return [[row.count(c) for c in range(1, categories + 1)] for row in ratings]


# ------------------------------------------------------------------------------ textbook examples


def test_fleiss_kappa_of_fleiss_1971() -> None:
    counts = counts_of(DIAGNOSES, 5)
    assert [sum(column) for column in zip(*counts, strict=True)] == [
        26,
        26,
        30,
        55,
        43,
    ]  # the table's margins
    # Fleiss (1971) reports 0.430; irr::kappam.fleiss gives 0.4302445.
    assert fleiss_kappa(counts) == pytest.approx(0.4302445, abs=5e-8)


def test_fleiss_kappa_worked_by_hand() -> None:
    # By hand: P_i = (sum n_ij^2 - 14) / (14 * 13); their mean is P = 0.37802; the category shares are
    # 20, 28, 39, 21, 32 of 140, so Pe = (20^2 + 28^2 + 39^2 + 21^2 + 32^2) / 140^2 = 4170 / 19600.
    subjects = [sum(v * v for v in row) for row in FOURTEEN_RATERS]
    observed = Fraction(sum(subjects) - 10 * 14, 10 * 14 * 13)
    expected = Fraction(4170, 19600)
    assert float(observed) == pytest.approx(0.378, abs=5e-4)
    assert float(expected) == pytest.approx(0.213, abs=5e-4)
    assert fleiss_kappa(FOURTEEN_RATERS) == pytest.approx(float((observed - expected) / (1 - expected)))
    assert fleiss_kappa(FOURTEEN_RATERS) == pytest.approx(0.210, abs=5e-4)


def test_fleiss_kappa_when_it_is_undefined() -> None:
    assert fleiss_kappa([]) is None
    assert fleiss_kappa([[1, 0], [0, 1]]) is None  # one rater
    assert fleiss_kappa([[6, 0, 0], [6, 0, 0]]) is None  # every rating in one category
    with pytest.raises(ValueError, match="same number of raters"):
        fleiss_kappa([[3, 0], [2, 0]])
    with pytest.raises(ValueError, match="negative"):
        fleiss_kappa([[3, -1], [2, 0]])


def test_lawshe_content_validity_ratio() -> None:
    # Lawshe (1975): (n_e - N/2) / (N/2). Nine of ten panelists: 0.8; half: 0; none: -1; all: 1.
    assert content_validity_ratio(9, 10) == pytest.approx(0.8)
    assert content_validity_ratio(5, 10) == 0.0
    assert content_validity_ratio(0, 10) == -1.0
    assert content_validity_ratio(6, 6) == 1.0
    assert content_validity_ratio(5, 6) == pytest.approx(2 / 3)
    with pytest.raises(ValueError):
        content_validity_ratio(7, 6)
    with pytest.raises(ValueError):
        content_validity_ratio(0, 0)


# ------------------------------------------------------------------------------ the bank's statements


def test_statements_of_the_bundled_bank(bank: Bank) -> None:
    found = statements(bank)
    likert = [i for i in bank.items if isinstance(i, LikertItem)]
    choices = [i for i in bank.items if isinstance(i, ChoiceItem)]
    assert len(found) == len(likert) + sum(len(i.options) for i in choices)
    assert sum(1 for s in found if s.option is None) == len(likert)  # self-descriptions
    options = sum(len(i.options) for i in choices)  # tie-breakers' options too
    assert sum(1 for s in found if s.option is not None) == options
    checks = {i.id for i in bank.items if i.kind == "check"}
    assert checks and not checks & {s.item_id for s in found}
    role_letter = {"product_manager": "P", "project_manager": "J"}
    for statement in found:
        item = bank.item_by_id[statement.item_id]
        if isinstance(item, LikertItem):
            assert statement.question is None and statement.text == item.text
            weights = item.scales
        else:
            assert isinstance(item, ChoiceItem) and statement.option is not None
            assert statement.question == item.text and statement.text == item.options[statement.option].text
            weights = item.options[statement.option].weights
        roles = {bank.scale_by_id[s].role for s, w in weights.items() if w > 0}
        assert statement.key == role_letter[roles.pop()] and not roles
        assert set(statement.scales) == {s for s, w in weights.items() if w > 0}


def test_keys_of_shared_and_unkeyed_options() -> None:
    text = TINY_BANK.read_text(encoding="utf-8") + (
        '\n[[items]]\nid = "sh"\nkind = "choice"\ntext = "Which?"\nframework = "x"\n'
        '[[items.options]]\ntext = "Both."\nweights = { vision = 1.0, planning = 0.5 }\n'
        '[[items.options]]\ntext = "Nobody\'s."\nweights = { vision = 0.0 }\n'
    )
    found = {s.ref: s for s in statements(parse_bank(text, "shared"))}
    assert found[("sh", 0)].key == "B" and found[("sh", 0)].scales == ("vision", "planning")
    assert found[("sh", 1)].key == "N" and found[("sh", 1)].scales == ()


def test_the_blind_order_is_a_seeded_shuffle(bank: Bank) -> None:
    first, again, other = study(bank, 7), study(bank, 7), study(bank, 8)
    assert first.order == again.order and first.check == again.check
    assert first.order != other.order and first.check != other.check
    assert sorted(first.order, key=repr) == sorted(statements(bank), key=repr)
    assert first.statements == statements(bank)
    # The order a seed gives must never change (a stored study finds its sheet again by its seed), so it is
    # pinned here: Python promises random() per seed across versions, which is all shuffled() uses.
    assert "".join(shuffled(tuple("abcdefgh"), 2026)) == "cbfhegda"  # type: ignore[arg-type]


def test_the_check_covers_the_keys(bank: Bank) -> None:
    sheet = study(bank, 1)
    first = sheet.order[0]
    rekeyed = Statement(first.item_id, first.option, first.question, first.text, "N", first.scales)
    changed = type(sheet)(
        sheet.bank_id, sheet.bank_version, sheet.language, sheet.seed, sheet.statements,
        (rekeyed, *sheet.order[1:]),
    )  # fmt: skip
    assert changed.check != sheet.check  # same words, another key: another check


# ------------------------------------------------------------------------------ the report


def three_statements() -> list[Statement]:
    return [
        Statement("a1", None, None, "Set the goals.", "P", ("vision",)),
        Statement("c1", 0, "Which?", "Plan the dates.", "J", ("planning",)),
        Statement("c1", 1, "Which?", "Ask the users.", "P", ("vision",)),
    ]


def ratings(*letters: str) -> list[tuple[str, dict[tuple[str, int | None], str]]]:
    """One rater per string of three letters: the ratings of a1, c1/0 and c1/1."""
    refs = [s.ref for s in three_statements()]
    return [(f"rater-{n}", dict(zip(refs, word, strict=True))) for n, word in enumerate(letters, 1)]


def test_report_worked_by_hand() -> None:
    # Five raters. a1 (P): P P P P J -> 4/5 = 80%, exactly the bar: met. c1/0 (J): J J J B B -> 60%: below.
    # c1/1 (P): N N N P P -> 40%, and a majority says neither: below on both counts.
    report = keying_report(
        ["vision", "planning"], three_statements(), ratings("PJN", "PJN", "PJN", "PBP", "JBP"), "tiny", "1"
    )
    a1, c10, c11 = report.statements
    assert a1.counts == {"P": 4, "J": 1, "B": 0, "N": 0}
    assert a1.agreement == 0.8 and a1.cvr == pytest.approx(0.6) and not a1.below_bar
    assert c10.agreement == pytest.approx(0.6) and c10.cvr == pytest.approx(0.2)
    assert c10.shortfalls == ("agreement",)
    assert c11.agreement == pytest.approx(0.4) and c11.cvr == pytest.approx(-0.2)
    assert c11.shortfalls == ("agreement", "neither")
    assert [r.statement.ref for r in report.below_bar] == [("c1", 0), ("c1", 1)]
    assert not report.meets_bar and report.majority_keyed == 2  # a1 and c1/0
    assert report.agreement == pytest.approx((0.8 + 0.6 + 0.4) / 3)
    assert report.cvr == pytest.approx((0.6 + 0.2 - 0.2) / 3)
    # Fleiss' kappa over the counts, by hand: P_i = (16+1-5)/20, (9+4-5)/20, (9+4-5)/20 = 0.6, 0.4, 0.4;
    # P = 7/15; category shares P 6/15, J 4/15, B 2/15, N 3/15, Pe = (36+16+4+9)/225 = 65/225.
    observed, expected = Fraction(7, 15), Fraction(65, 225)
    assert report.kappa == pytest.approx(float((observed - expected) / (1 - expected)))
    # Per rater: the share of statements they keyed as the bank; per scale: its statements' means.
    assert [r.agreement for r in report.raters] == pytest.approx([2 / 3, 2 / 3, 2 / 3, 2 / 3, 1 / 3])
    vision, planning = report.scales
    assert (vision.statements, planning.statements) == (2, 1)
    assert vision.agreement == pytest.approx(0.6) and vision.below_bar == 1
    assert planning.cvr == pytest.approx(0.2) and planning.below_bar == 1


def test_the_bar_on_both_and_neither() -> None:
    # Keyed to a role: five raters all giving it is met; a statement keyed "both" is never held to 80%,
    # but a majority calling it "neither" puts it below the bar.
    shared = [
        Statement("s", 0, "Which?", "Shared.", "B", ("vision", "planning")),
        Statement("s", 1, "Which?", "Other.", "B", ("vision", "planning")),
    ]
    rated = [(f"r{n}", {("s", 0): "P", ("s", 1): "N" if n < 3 else "B"}) for n in range(5)]
    report = keying_report(["vision", "planning"], shared, rated, "tiny", "1")
    assert report.statements[0].shortfalls == ()  # called P by all: not both, not neither, not held to 80%
    assert report.statements[1].shortfalls == ("neither",)
    tie = [(f"r{n}", {("s", 0): "N" if n < 2 else "B", ("s", 1): "B"}) for n in range(4)]
    assert keying_report(["vision"], shared, tie, "tiny", "1").meets_bar  # half is not a majority


# ------------------------------------------------------------------------------ properties


@st.composite
def counts_tables(draw: st.DrawFn) -> list[list[int]]:
    """Statements x four ratings: each row splits the same number of raters among P, J, B and N."""
    raters = draw(st.integers(2, 8))
    rows = []
    for _ in range(draw(st.integers(1, 20))):
        cuts = sorted(draw(st.lists(st.integers(0, raters), min_size=3, max_size=3)))
        rows.append([cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], raters - cuts[2]])
    return rows


@settings(max_examples=200, deadline=None)
@given(counts_tables(), st.randoms(use_true_random=False))
def test_kappa_is_at_most_one_and_ignores_order(table: list[list[int]], rng: random.Random) -> None:
    kappa = fleiss_kappa(table)
    if kappa is None:
        return
    assert -1.0 <= kappa <= 1.0
    rows = [list(row) for row in table]
    rng.shuffle(rows)
    columns = list(range(4))
    rng.shuffle(columns)
    permuted = [[row[c] for c in columns] for row in rows]
    assert fleiss_kappa(permuted) == pytest.approx(kappa, abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(RATINGS), min_size=1, max_size=30), st.integers(2, 9))
def test_kappa_is_one_when_every_statement_gets_one_answer(answers: list[str], raters: int) -> None:
    table = [[raters if letter == answer else 0 for letter in RATINGS] for answer in answers]
    kappa = fleiss_kappa(table)
    assert kappa == (None if len(set(answers)) == 1 else 1.0)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 40).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_cvr_is_twice_the_agreement_less_one(pair: tuple[int, int]) -> None:
    given_key, raters = pair
    cvr = content_validity_ratio(given_key, raters)
    assert -1.0 <= cvr <= 1.0
    assert cvr == pytest.approx(2 * given_key / raters - 1)
    if given_key < raters:
        assert content_validity_ratio(given_key + 1, raters) > cvr


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="PJBN", min_size=3, max_size=3), min_size=1, max_size=12))
def test_report_counts_every_rating_once(words: list[str]) -> None:
    report = keying_report(["vision", "planning"], three_statements(), ratings(*words), "tiny", "1")
    for n, result in enumerate(report.statements):
        assert result.counts == {letter: Counter(w[n] for w in words)[letter] for letter in RATINGS}
        assert result.below_bar == (
            (result.statement.key in "PJ" and result.agreement < 0.8)
            or any(2 * result.counts[x] > len(words) for x in "BN")
        )
    assert report.meets_bar == (not report.below_bar)
