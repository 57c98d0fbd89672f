"""The pilot analysis (pmfit.core.analyze) on simulated respondents whose reliability is known, on a tiny
example worked out by hand, and as properties that hold for any sheets."""

from __future__ import annotations

import math
import random
import statistics

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmfit.core.analyze import Flag, PilotReport, ScaleStats, analyze, cronbach_alpha, pearson
from pmfit.core.bank import Bank, ChoiceItem, parse_bank
from tests.conftest import TINY_BANK
from tests.core.simulate import expected_alpha, respondents

TINY = TINY_BANK.read_text(encoding="utf-8")


def likert(item_id: str, scale: str, reverse: bool = False) -> str:
    return (
        f'\n[[items]]\nid = "{item_id}"\nkind = "likert"\ntext = "Statement {item_id}."\nframework = "x"\n'
        f"scales = {{ {scale} = 1.0 }}\nreverse = {str(reverse).lower()}\n"
    )


def choice(item_id: str, scales: list[str]) -> str:
    options = "".join(
        f'[[items.options]]\ntext = "Option {n}."\nweights = {{ {scale} = 1.0 }}\n'
        for n, scale in enumerate(scales)
    )
    return f'\n[[items]]\nid = "{item_id}"\nkind = "choice"\ntext = "Which?"\nframework = "x"\n{options}'


def pilot_bank(*extra: str) -> Bank:
    """The tiny bank (vision: v1-v3 and reverse-keyed v4; planning: p1-p4) with more items."""
    return parse_bank(TINY + "".join(extra), "pilot")


# Six items a scale, a third of them reverse-keyed, as in the real bank.
SIX_EACH = pilot_bank(
    likert("v5", "vision"), likert("v6", "vision", reverse=True), likert("p5", "planning"),
    likert("p6", "planning", reverse=True),
)  # fmt: skip


def scale(report: PilotReport, scale_id: str) -> ScaleStats:
    return next(s for s in report.scales if s.scale_id == scale_id)


def flags_of(report: PilotReport, kind: str) -> dict[str, Flag]:
    return {flag.subject: flag for flag in report.flags if flag.kind == kind}


def alpha_se(alpha: float, items: int, sheets: int) -> float:
    """Large-sample standard error of alpha for parallel items (van Zyl, Neudecker & Nel, 2000):
    Var = 2 k (1 - alpha)^2 / ((k - 1) n)."""
    return math.sqrt(2 * items * (1 - alpha) ** 2 / ((items - 1) * sheets))


# ------------------------------------------------------------------------------- simulated pilots


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_alpha_lands_on_the_simulated_reliability(seed: int) -> None:
    # Vision answered with little noise (alpha about .93), planning with much more (about .70).
    noise = {"vision": 0.6, "planning": 1.5}
    sheets = respondents(SIX_EACH, 2000, random.Random(seed), noise)
    report = analyze(SIX_EACH, sheets)
    for scale_id, sd in noise.items():
        stats = scale(report, scale_id)
        assert stats.n == 2000 and len(stats.items) == 6
        expected = expected_alpha(6, sd)
        # Four standard errors (0.01 for vision, 0.04 for planning at 2000 sheets): a correct alpha
        # misses by more about once in 15,000 runs, while a wrong formula (reverse items not mirrored,
        # population and sample variances mixed, items counted wrongly) misses by 0.05 to 1.
        assert stats.alpha == pytest.approx(expected, abs=4 * alpha_se(expected, 6, 2000))
    assert scale(report, "vision").alpha > scale(report, "planning").alpha
    # Reverse-keyed items are mirrored back: their mean sits where the others' does (the cuts are
    # symmetric, so about 3), and they correlate with the rest of the scale as well as the others.
    for item in scale(report, "vision").items:
        assert item.mean == pytest.approx(3.0, abs=0.15)
        assert item.item_total is not None and item.item_total > 0.6
    assert "low_alpha" not in {flag.kind for flag in report.flags if flag.subject == "vision"}


def test_a_pure_noise_item_is_flagged() -> None:
    honest = pilot_bank(likert("v5", "vision"))
    bank = pilot_bank(likert("v5", "vision"), likert("vq", "vision"))
    sheets = respondents(bank, 1500, random.Random(5), {"vision": 0.8, "planning": 0.8}, pure_noise={"vq"})
    report = analyze(bank, sheets)
    items = {item.item_id: item for item in scale(report, "vision").items}
    noise_r = items["vq"].item_total
    # Its true correlation with the rest is 0; at 1500 sheets r has a standard error of 1/sqrt(1500) = .026.
    assert noise_r is not None and abs(noise_r) < 0.1
    assert all(r.item_total is not None and r.item_total > 0.5 for i, r in items.items() if i != "vq")
    low = flags_of(report, "low_item_total")
    assert set(low) == {"vq"}
    assert (low["vq"].scale, low["vq"].value, low["vq"].limit) == ("vision", noise_r, 0.20)
    # Without it the scale holds together better.
    without = analyze(honest, [{k: v for k, v in sheet.items() if k != "vq"} for sheet in sheets])
    assert scale(without, "vision").alpha > scale(report, "vision").alpha


def test_an_option_nobody_picks_is_flagged() -> None:
    bank = pilot_bank(choice("sc1", ["vision", "planning", "vision"]))
    picks = {"sc1": [0.5, 0.5, 0.0], "fc1": [0.95, 0.05], "tb1": [0.5, 0.5]}
    sheets = respondents(bank, 400, random.Random(7), {"vision": 1.0, "planning": 1.0}, picks=picks)
    report = analyze(bank, sheets)
    options = {o.item_id: o for o in report.options}
    assert options["sc1"].shares is not None and options["sc1"].shares[2] == 0.0
    assert sum(options["sc1"].shares) == pytest.approx(1.0)
    rare = [(f.subject, f.option) for f in report.flags if f.kind == "rare_option"]
    common = [(f.subject, f.option) for f in report.flags if f.kind == "common_option"]
    assert rare == [("fc1", 1), ("sc1", 2)]  # in bank order
    assert common == [("fc1", 0)]
    assert "tb1" in options  # tie-breakers are counted too


def test_skipped_shares_and_their_flags() -> None:
    bank = pilot_bank(likert("v5", "vision"))
    sheets = respondents(bank, 200, random.Random(11), {"vision": 1.0, "planning": 1.0})
    for number, sheet in enumerate(sheets):
        if number % 5 == 0:  # v2 left out by exactly one sheet in five
            del sheet["v2"]
        if number % 20 == 0:  # p3 by one in twenty
            del sheet["p3"]
        if number % 10 == 0:  # fc1 by one in ten: not over 10%
            del sheet["fc1"]
        if number % 4:  # the tie-breaker offered to one in four
            del sheet["tb1"]
    report = analyze(bank, sheets)
    items = {i.item_id: i for s in report.scales for i in s.items}
    assert items["v2"].skipped == 0.2 and items["p3"].skipped == 0.05 and items["v1"].skipped == 0.0
    assert scale(report, "vision").n == 160  # the sheets that answered every vision item
    assert scale(report, "planning").n == 190
    assert set(flags_of(report, "often_skipped")) == {"v2"}
    tiebreaker = next(o for o in report.options if o.item_id == "tb1")
    assert tiebreaker.answered == 50


# ------------------------------------------------------------------------------- worked by hand


def test_alpha_and_item_total_worked_out_by_hand(tiny_bank: Bank) -> None:
    # Five sheets answer all of vision; v4 is reverse-keyed, so 2 counts as 6 - 2 = 4. A sixth sheet
    # skips v3 and counts only toward v1, v2 and v4's means.
    given = [
        {"v1": 5, "v2": 4, "v3": 5, "v4": 1},
        {"v1": 4, "v2": 4, "v3": 3, "v4": 2},
        {"v1": 2, "v2": 3, "v3": 2, "v4": 4},
        {"v1": 3, "v2": 2, "v3": 3, "v4": 3},
        {"v1": 1, "v2": 2, "v3": 1, "v4": 5},
        {"v1": 5, "v2": 5, "v4": 1},
    ]
    report = analyze(tiny_bank, given)
    vision = scale(report, "vision")
    complete = given[:5]
    columns = [[s["v1"] for s in complete], [s["v2"] for s in complete], [s["v3"] for s in complete]]
    columns.append([6 - s["v4"] for s in complete])
    totals = [sum(row) for row in zip(*columns, strict=True)]
    k = 4
    alpha = k / (k - 1) * (1 - sum(statistics.variance(c) for c in columns) / statistics.variance(totals))
    assert vision.n == 5
    assert vision.alpha == pytest.approx(alpha, abs=1e-12)
    # By hand: item variances 2.5, 1.0, 2.2 and 2.5 (v4 mirrored), totals 19, 15, 9, 11, 5 with variance
    # 29.2, so alpha = 4/3 * (1 - 8.2 / 29.2) = 70/73.
    assert vision.alpha == pytest.approx(70 / 73, abs=1e-12)
    for item, column in zip(vision.items, columns, strict=True):
        rest = [total - own for total, own in zip(totals, column, strict=True)]
        assert item.item_total == pytest.approx(statistics.correlation(column, rest), abs=1e-12)
    v4 = vision.items[3]
    assert v4.reverse and v4.mean == pytest.approx(statistics.mean([5, 4, 2, 3, 1, 5]))
    assert v4.sd == pytest.approx(statistics.stdev([5, 4, 2, 3, 1, 5]))
    assert vision.items[2].skipped == pytest.approx(1 / 6)
    # Planning: nobody answered; nothing can be computed, and every item counts as skipped.
    planning = scale(report, "planning")
    assert planning.alpha is None and planning.n == 0
    assert all(i.mean is None and i.sd is None and i.skipped == 1.0 for i in planning.items)


def test_undefined_statistics_are_none(tiny_bank: Bank) -> None:
    one = analyze(tiny_bank, [{"v1": 3, "v2": 4, "v3": 2, "v4": 2}])
    assert scale(one, "vision").alpha is None  # one sheet
    assert all(i.item_total is None and i.sd is None for i in scale(one, "vision").items)
    flat = analyze(tiny_bank, [{"v1": 3, "v2": 3, "v3": 3, "v4": 3}] * 4)
    assert scale(flat, "vision").alpha is None  # no variance at all
    assert cronbach_alpha([[1, 2, 3, 4]]) is None  # a scale of one item
    assert pearson([1, 2, 3], [2, 2, 2]) is None  # one side does not vary
    nobody = analyze(tiny_bank, [])
    assert nobody.sheets == 0 and all(s.alpha is None for s in nobody.scales)
    assert all(o.shares is None and o.answered == 0 for o in nobody.options)
    assert nobody.flags == ()


# ------------------------------------------------------------------------------------ properties


def answers_of(bank: Bank) -> st.SearchStrategy[dict[str, int]]:
    @st.composite
    def one(draw: st.DrawFn) -> dict[str, int]:
        answers = {}
        for item in bank.items:
            if draw(st.integers(0, 5)):  # about five in six answered
                top = len(item.options) - 1 if isinstance(item, ChoiceItem) else 5
                answers[item.id] = draw(st.integers(0 if isinstance(item, ChoiceItem) else 1, top))
        return answers

    return one()


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BANK = pilot_bank(likert("v5", "vision", reverse=True), choice("sc1", ["vision", "planning", "vision"]))


@PROPERTY
@given(st.lists(answers_of(BANK), max_size=30))
def test_alpha_at_most_one_and_correlations_within_bounds(sheets: list[dict[str, int]]) -> None:
    report = analyze(BANK, sheets)
    for stats in report.scales:
        assert stats.alpha is None or stats.alpha <= 1.0
        for item in stats.items:
            assert item.item_total is None or -1.0 <= item.item_total <= 1.0
            assert 0.0 <= item.skipped <= 1.0
            assert item.mean is None or 1.0 <= item.mean <= 5.0
    for options in report.options:
        assert options.shares is None or sum(options.shares) == pytest.approx(1.0)


@PROPERTY
@given(st.lists(answers_of(BANK), max_size=30), st.randoms(use_true_random=False))
def test_the_order_of_the_sheets_does_not_matter(sheets: list[dict[str, int]], rng: random.Random) -> None:
    shuffled = list(sheets)
    rng.shuffle(shuffled)
    assert analyze(BANK, shuffled) == analyze(BANK, sheets)


@PROPERTY
@given(st.lists(answers_of(BANK), min_size=2, max_size=30))
def test_identical_items_have_alpha_one(sheets: list[dict[str, int]]) -> None:
    """Alpha reaches 1 exactly when every item tells the same: the upper bound is attained, not passed."""
    same = [
        {**s, "v2": s["v1"], "v3": s["v1"], "v4": 6 - s["v1"], "v5": 6 - s["v1"]} for s in sheets if "v1" in s
    ]
    report = analyze(BANK, same)
    vision = scale(report, "vision")
    if vision.alpha is not None:
        assert vision.alpha == 1.0
        assert all(item.item_total == 1.0 for item in vision.items)
