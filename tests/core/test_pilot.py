"""A pilot's sheets put together (pmfit.core.pilot): simulated Product and Project Managers whose separation
is known, sheets of an earlier bank version, both languages, copies of one sheet, and groups too small."""

from __future__ import annotations

import random
import statistics
from dataclasses import replace
from statistics import NormalDist

import pytest

from pmfit.core.answers import AnswerSheet, BankRef, Respondent, SheetError, parse_sheet
from pmfit.core.bank import Bank, earlier_version
from pmfit.core.pilot import run_pilot
from pmfit.core.scoring import score
from tests.conftest import archived_bank, sheet_of
from tests.core.simulate import respondents, role_means

GROUPS = ("product_manager", "project_manager")


def cohort(
    bank: Bank,
    role: str | None,
    count: int,
    separation: float,
    rng: random.Random,
    language: str = "en",
    latent: list[float] | None = None,
    tag: str = "",
) -> list[tuple[str, AnswerSheet]]:
    """``count`` finished sheets of people in ``role`` whose levels sit ``separation`` standard deviations
    apart from the other role's; ``latent`` gets each one's latent gap (the role-weighted mean level on
    product's scales minus project's)."""
    levels: list[dict[str, float]] = []
    means = role_means(bank, role, separation) if role else {}
    answers = respondents(
        bank, count, rng, {s.id: 1.0 for s in bank.scales}, means=means, choice_noise=1.0, levels_out=levels
    )
    named = []
    for n, (given, level) in enumerate(zip(answers, levels, strict=True)):
        sheet = replace(
            sheet_of(bank, given),
            bank=BankRef(bank.id, bank.version, language),
            started_at=f"2026-03-{1 + n // 1000:02d}T{n // 60 % 24:02d}:{n % 60:02d}:00+00:00",
            finished_at="2026-03-28T12:00:00+00:00",
            respondent=Respondent(role, 3) if role else None,
        )
        named.append((f"{tag}{role}-{language}-{n}.json", sheet))
        if latent is not None:
            fits = []
            for role_id in GROUPS:
                weights = bank.role_by_id[role_id].weights
                fits.append(sum(w * level[s] for s, w in weights.items()) / sum(weights.values()))
            latent.append(fits[0] - fits[1])
    return named


def independent_figures(bank_of: dict[str, Bank], named: list[tuple[str, AnswerSheet]]) -> dict[str, object]:
    """AUC, hit rate and d worked out here from ``score`` alone: pairwise counts and statistics' stdev."""
    gaps: dict[str, list[float]] = {g: [] for g in GROUPS}
    scales: dict[str, dict[str, list[float]]] = {g: {} for g in GROUPS}
    hits = 0
    for _name, sheet in named:
        role = sheet.respondent.current_role if sheet.respondent else None
        if role not in GROUPS:
            continue
        result = score(bank_of[sheet.bank.version], sheet)
        gaps[role].append(result.verdict.difference)
        hits += result.verdict.label in ("clear_lean", "slight_lean") and result.verdict.lean == role
        for scale in result.scales:
            if scale.score is not None:
                scales[role].setdefault(scale.id, []).append(scale.score)
    product, project = gaps["product_manager"], gaps["project_manager"]
    wins = sum(1.0 if x > y else 0.5 if x == y else 0.0 for x in product for y in project)

    def d(scale_id: str) -> float:
        a, b = scales["product_manager"][scale_id], scales["project_manager"][scale_id]
        pooled = ((len(a) - 1) * statistics.variance(a) + (len(b) - 1) * statistics.variance(b)) / (
            len(a) + len(b) - 2
        )
        return (statistics.mean(a) - statistics.mean(b)) / pooled**0.5

    return {
        "auc": wins / (len(product) * len(project)),
        "hit_rate": hits / (len(product) + len(project)),
        "d": {scale_id: d(scale_id) for scale_id in scales["product_manager"]},
        "n": {role: len(gaps[role]) for role in GROUPS},
    }


@pytest.mark.parametrize("separation", [0.0, 0.3, 1.0])
def test_known_groups_on_cohorts_of_known_separation(bank: Bank, separation: float) -> None:
    rng = random.Random(int(separation * 10) + 7)
    latent: dict[str, list[float]] = {}
    named = []
    for role in GROUPS:
        latent[role] = []
        named += cohort(bank, role, 120, separation, rng, latent=latent[role])
    named += cohort(bank, None, 30, 0.0, rng)  # people who did not say: never in a group
    pilot = run_pilot(bank, named, lambda version: None, min_group=20)
    groups = pilot.known_groups
    mine = independent_figures({bank.version: bank}, named)
    assert dict(groups.n) == mine["n"] == {"product_manager": 120, "project_manager": 120}
    assert groups.auc == pytest.approx(mine["auc"], abs=1e-12)
    assert groups.hit_rate == pytest.approx(mine["hit_rate"], abs=1e-12)
    for scale_id, d in mine["d"].items():  # type: ignore[attr-defined]
        assert groups.d[scale_id] == pytest.approx(d, abs=1e-9)
    # Against the latent truth. The latent gap is sum over scales of (a_s - b_s) x level_s, a and b the
    # roles' normalised weights, levels N(mean, 1) apart: so the two groups' latent gaps are normal with
    # the same variance V = sum (a_s - b_s)^2, their means D = separation x sum |a_s - b_s| apart, and the
    # latent AUC is Phi(D / sqrt(2 V)). The sample's latent gaps agree with it, and what pmfit measures
    # separates the groups no better than the truth (measurement error only blurs) but clearly when they
    # differ. One standard error of an AUC at 120 a group is at most about 0.04.
    a, b = (bank.role_by_id[role].weights for role in GROUPS)
    total_a, total_b = sum(a.values()), sum(b.values())
    diffs = [a.get(s.id, 0) / total_a - b.get(s.id, 0) / total_b for s in bank.scales]
    expected = NormalDist().cdf(separation * sum(map(abs, diffs)) / (2 * sum(x * x for x in diffs)) ** 0.5)
    true_auc = (
        sum(1.0 if x > y else 0.0 for x in latent["product_manager"] for y in latent["project_manager"])
        / 120**2
    )
    assert true_auc == pytest.approx(expected, abs=0.1)
    assert groups.auc is not None and groups.auc <= true_auc + 0.08
    if separation == 0.0:
        assert abs(groups.auc - 0.5) < 0.15
    else:
        assert groups.auc > 0.6
    if separation >= 1.0:
        for scale in bank.scales:  # each scale's levels differ by ``separation``, toward its own role
            d = groups.d[scale.id]
            assert d is not None and (d > 0) == (scale.role == "product_manager")
        assert groups.auc > 0.9 and (groups.hit_rate or 0) > 0.5 and groups.cutoff is not None


def test_sheets_of_an_earlier_version_are_scored_with_it(bank: Bank) -> None:
    old = archived_bank("1.0.0")
    rng = random.Random(11)
    current = cohort(bank, "product_manager", 15, 1.0, rng) + cohort(bank, "project_manager", 25, 1.0, rng)
    earlier = cohort(old, "product_manager", 10, 1.0, rng, tag="old-")
    named = current + earlier
    pilot = run_pilot(bank, named, lambda version: earlier_version(bank, version), min_group=20)
    assert dict(pilot.earlier) == {"1.0.0": 10}
    assert pilot.report.sheets == 40  # the item analysis: this version's sheets only
    groups = pilot.known_groups
    assert dict(groups.n) == {"product_manager": 25, "project_manager": 25}
    mine = independent_figures({bank.version: bank, old.version: old}, named)
    assert groups.auc == pytest.approx(mine["auc"], abs=1e-12)
    assert groups.hit_rate == pytest.approx(mine["hit_rate"], abs=1e-12)
    # Without its own bank an earlier sheet is refused, never scored with this version's.
    with pytest.raises(SheetError, match=r"bank version '1\.0\.0', but this bank is version"):
        run_pilot(bank, earlier[:1], lambda version: None)


def test_a_sheet_of_a_version_pmfit_does_not_know_is_refused(bank: Bank) -> None:
    named = cohort(bank, "product_manager", 3, 1.0, random.Random(1))
    name, sheet = named[1]
    named[1] = (name, replace(sheet, bank=BankRef("pmfit", "0.9", "en")))
    with pytest.raises(SheetError) as caught:
        run_pilot(bank, named, lambda version: earlier_version(bank, version))
    assert str(caught.value) == (
        f"{name}: the sheet answers bank version '0.9', but this bank is version '{bank.version}'"
    )


def test_groups_too_small_say_nothing_but_their_counts(bank: Bank) -> None:
    rng = random.Random(5)
    named = cohort(bank, "product_manager", 19, 2.0, rng) + cohort(bank, "project_manager", 3, 2.0, rng)
    named += cohort(bank, None, 10, 0.0, rng)
    groups = run_pilot(bank, named, lambda version: None).known_groups
    assert dict(groups.n) == {"product_manager": 19, "project_manager": 3}
    assert (groups.auc, groups.hit_rate, groups.cutoff) == (None, None, None)
    assert set(groups.d.values()) == {None}
    assert groups.needed() == {"product_manager": 1, "project_manager": 17}


def test_the_same_sheet_twice_counts_once(bank: Bank) -> None:
    named = cohort(bank, "product_manager", 3, 1.0, random.Random(2))
    first_name, first = named[0]
    reparsed = parse_sheet(first.dumps().replace("\n", " "))  # the same content in another file
    pilot = run_pilot(bank, [*named, ("copy.json", reparsed), (first_name, first)], lambda version: None)
    assert pilot.report.sheets == 3
    assert [(d.name, d.same_as) for d in pilot.duplicates] == [
        ("copy.json", first_name),
        (first_name, first_name),
    ]
    # Two people who happen to answer alike are two sheets: they started at different times.
    twin = replace(first, started_at="2026-04-01T08:00:00+00:00")
    assert run_pilot(bank, [*named, ("twin.json", twin)], lambda version: None).report.sheets == 4


def test_below_the_minimum_nothing_is_flagged(bank: Bank) -> None:
    one = cohort(bank, None, 1, 0.0, random.Random(3))
    pilot = run_pilot(bank, one, lambda version: None)
    assert pilot.report.sheets == 1 and not pilot.report.enough
    assert pilot.report.flags == ()  # was 56 option flags for a single sheet
    many = cohort(bank, None, 30, 0.0, random.Random(3))
    assert run_pilot(bank, many, lambda version: None).report.enough


def test_both_languages_are_compared(bank: Bank) -> None:
    rng = random.Random(8)
    named = cohort(bank, None, 40, 0.0, rng, "en") + cohort(bank, None, 35, 0.0, rng, "uk")
    (screen,) = run_pilot(bank, named, lambda version: None).languages
    assert (screen.reference, screen.focal) == ("en", "uk")
    assert dict(screen.n) == {"en": 40, "uk": 35} and screen.items is not None
    few = run_pilot(bank, named[:40] + named[40:50], lambda version: None).languages[0]
    assert few.items is None and few.needed() == {"en": 0, "uk": 20}
