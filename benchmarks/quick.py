"""The quick form against the full form, on simulated respondents of every kind the tests use.

Each respondent answers the whole main form once, by their own rule; the quick form then asks the same
answers in the quick order (pmfit.core.quick_order) and stops where the bank's rule says the verdict is
settled (pmfit.core.settle). Per kind, for both rules: how many questions the quick form asked (median and
90th percentile, checks included), the share whose quick verdict (label and lean, as the result shows it)
differs from the full form's, and how often the quick form called a lean clear where the full form called
it too close (the target is never). The full form's verdict is the main form's, before any tie-breaker.

The kinds (half on the English bank, half on the Ukrainian one, whose word rules are its own):

* clear product, clear project: levels drawn around +-1.25 standard deviations for the scales of one role
  and the other (tests/core/simulate.py, answers noisy with sd 1, choices by the levels);
* balanced: levels drawn around 0 for every scale;
* straight-lining: one answer for every statement, one position for every choice;
* role-word: the fairness tests' word rules (the role's name, the tell words, the keyword rule with and
  without synonyms, both sides; tests/core/respondents.py);
* pleasant-wording: agrees with what sounds pleasant;
* random: every answer drawn uniformly.

The rule-following kinds answer one in ten questions at random, so that each kind is a crowd rather than
one sheet. Then the check of the predictive rule's normal approximation: at fixed places in the quick order,
the completed gap against the predicted one (z scores), and the predicted chance of another verdict
against how often it happened.

Run: python benchmarks/quick.py [--per-kind 200] [--seed 19] [--scoring quick_error=0.05 ...]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the simulated respondents live in tests/

from pmfit.core.bank import Bank, ChoiceItem, load_bank
from pmfit.core.length import estimated_seconds
from pmfit.core.paths import data_root
from pmfit.core.quick_order import quick_order
from pmfit.core.scoring import score
from pmfit.core.settle import predicted_gap, settle
from tests.conftest import sheet_of
from tests.core.respondents import (
    LEXICONS,
    PRODUCT,
    PROJECT,
    SURFACE_RESPONDENTS,
    Answer,
    agreeing,
    by_pleasantness,
)
from tests.core.simulate import respondents, role_means

Sheet = dict[str, int | None]  # every main item's answer; None: skipped
Make = Callable[[Bank, random.Random, int], list[Sheet]]

SEPARATION = 2.5  # clear respondents: their role's levels this many standard deviations above the other's
NOISE = 1.0  # the noise of one answer, in standard deviations of the level
WOBBLE = 0.1  # the share of a rule-follower's answers given at random
WORD_RULES = [name for name in SURFACE_RESPONDENTS if "everything" not in name and "pleasant" not in name]


def _simulated(means: Callable[[Bank], dict[str, float]] | None) -> Make:
    def make(bank: Bank, rng: random.Random, count: int) -> list[Sheet]:
        noise = {scale.id: NOISE for scale in bank.scales}
        drawn = respondents(bank, count, rng, noise, choice_noise=NOISE, means=means(bank) if means else None)
        main = [item.id for item in bank.main_items]  # the tie-breakers are not the main form's
        return [{item_id: answers[item_id] for item_id in main} for answers in drawn]

    return make


def _by_rule(rules: Callable[[Bank, random.Random], Answer]) -> Make:
    def make(bank: Bank, rng: random.Random, count: int) -> list[Sheet]:
        sheets = []
        for _ in range(count):
            rule = rules(bank, rng)
            sheet: Sheet = {}
            for item in bank.main_items:
                sheet[item.id] = rng.choice(list(item.values)) if rng.random() < WOBBLE else rule(item)
            sheets.append(sheet)
        return sheets

    return make


def _straight(bank: Bank, rng: random.Random) -> Answer:
    value = rng.randint(1, 5)
    position = rng.choice(["first", "last", "random"])

    def choice(item: ChoiceItem) -> int:
        if position == "first":
            return 0
        return len(item.options) - 1 if position == "last" else rng.randrange(len(item.options))

    if value == 5 and position != "random":
        return agreeing(choice)  # the fairness tests' own: agrees with everything
    return lambda item: choice(item) if isinstance(item, ChoiceItem) else value


def _random(bank: Bank, rng: random.Random, count: int) -> list[Sheet]:
    return [{item.id: rng.choice(list(item.values)) for item in bank.main_items} for _ in range(count)]


KINDS: dict[str, Make] = {
    "clear product": _simulated(lambda bank: role_means(bank, PRODUCT, SEPARATION)),
    "clear project": _simulated(lambda bank: role_means(bank, PROJECT, SEPARATION)),
    "balanced": _simulated(None),
    "straight-lining": _by_rule(_straight),
    "role-word": _by_rule(
        lambda bank, rng: SURFACE_RESPONDENTS[rng.choice(WORD_RULES)](LEXICONS[bank.language])
    ),
    "pleasant-wording": _by_rule(lambda bank, rng: by_pleasantness(LEXICONS[bank.language])),
    "random": _random,
}
CLEAR = ("clear product", "clear project")

Category = tuple[str, str | None]


def full_category(bank: Bank, sheet: Sheet) -> Category:
    answers = {k: v for k, v in sheet.items() if v is not None}
    verdict = score(bank, sheet_of(bank, answers)).verdict
    return verdict.label, verdict.lean


def quick_run(bank: Bank, sheet: Sheet) -> tuple[int, Category]:
    """Where the quick form stops for this respondent, and its verdict there."""
    answers: dict[str, int] = {}
    decision = None
    for position, item_id in enumerate(quick_order(bank), start=1):
        value = sheet.get(item_id)
        if value is not None:
            answers[item_id] = value
        decision = settle(bank, answers, position)
        if decision.settled:
            break
    assert decision is not None
    return position, decision.category


def with_rule(bank: Bank, rule: str) -> Bank:
    return bank.model_copy(update={"scoring": bank.scoring.model_copy(update={"quick_rule": rule})})


def percentile_of(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def percentile(values: list[int], share: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def table(banks: list[Bank], crowds: dict[str, list[tuple[Bank, Sheet, Category]]]) -> dict[str, list[int]]:
    """Print the table for each rule; return the quick form's lengths of the clear kinds, by rule."""
    main = len(banks[0].main_items)
    clear_lengths: dict[str, list[int]] = {}
    for rule in ("curtail", "predictive"):
        ruled = {bank.language: with_rule(bank, rule) for bank in banks}
        started = time.perf_counter()
        print(f"\nrule {rule!r} (main form: {main} questions)")
        print("| kind | n | median asked | 90th percentile | verdict differs | quick clear, full too close |")
        print("| --- | --- | --- | --- | --- | --- |")
        clear_lengths[rule] = []
        for kind, crowd in crowds.items():
            lengths, differ, clear_too_close = [], 0, 0
            for bank, sheet, full in crowd:
                asked, quick = quick_run(ruled[bank.language], sheet)
                lengths.append(asked)
                differ += quick != full
                clear_too_close += quick[0] == "clear_lean" and full[0] == "too_close"
            if kind in CLEAR:
                clear_lengths[rule] += lengths
            print(
                f"| {kind} | {len(crowd)} | {statistics.median(lengths):g} | {percentile(lengths, 0.9)} | "
                f"{differ / len(crowd):.1%} | {clear_too_close} |"
            )
        print(f"({time.perf_counter() - started:.1f} s)")
    return clear_lengths


def approximation(banks: list[Bank], crowds: dict[str, list[tuple[Bank, Sheet, Category]]]) -> None:
    """The predictive rule's normal approximation against what the completed forms did."""
    print("\nthe predictive rule's normal approximation of the completed gap, against the completed forms:")
    print("| after | n | mean z | sd of z | share beyond +-1.96 (normal: 5%) |")
    print("| --- | --- | --- | --- | --- |")
    bands = [(0.0, 0.01), (0.01, 0.05), (0.05, 0.2), (0.2, 0.5), (0.5, 1.01)]
    calibration = {band: [0, 0, 0.0] for band in bands}
    # The chance as the rule computes it, without the minimums (before them, a rule gives 1).
    unhurried = {
        bank.language: bank.model_copy(
            update={
                "scoring": bank.scoring.model_copy(
                    update={"quick_rule": "predictive", "quick_min_share": 0.0, "quick_min_per_scale": 0}
                )
            }
        )
        for bank in banks
    }
    for place in (18, 24, 36, 48):
        zs = []
        for crowd in crowds.values():
            for bank, sheet, full in crowd:
                order = quick_order(bank)
                answers = {k: v for k in order[:place] if (v := sheet.get(k)) is not None}
                predicted = predicted_gap(bank, answers, place)
                completed = {k: v for k, v in sheet.items() if v is not None}
                gap = score(bank, sheet_of(bank, completed)).verdict.difference
                if predicted is not None and predicted[1] > 0:
                    zs.append((gap - predicted[0]) / predicted[1])
                decision = settle(unhurried[bank.language], answers, place)
                for low, high in bands:
                    if low <= decision.chance < high:
                        entry = calibration[(low, high)]
                        entry[0] += 1
                        entry[1] += decision.category != full
                        entry[2] += decision.chance
        beyond = sum(1 for z in zs if abs(z) > 1.96) / len(zs)
        print(
            f"| {place} questions | {len(zs)} | {statistics.fmean(zs):+.2f} | {statistics.stdev(zs):.2f} | "
            f"{beyond:.1%} |"
        )
    print("\nthe predicted chance of another verdict against how often it happened (all the places above):")
    print("| predicted | n | mean predicted | happened |")
    print("| --- | --- | --- | --- |")
    for (low, high), (count, happened, total) in calibration.items():
        if count:
            print(f"| {low:g} to {min(high, 1):g} | {count} | {total / count:.3f} | {happened / count:.3f} |")


def timing(bank: Bank, crowds: dict[str, list[tuple[Bank, Sheet, Category]]]) -> None:
    """How long one decision takes, as the app makes one at every step of a quick form (a key press must
    show the next question within a 16 ms frame); and building the quick order, once per bank."""
    from pmfit.core import quick_order as order_module

    started = time.perf_counter()
    order_module._CACHE.clear()
    quick_order(bank)
    built = time.perf_counter() - started
    print(f"\nthe quick order of bank {bank.version} ({bank.language}): built in {built * 1000:.1f} ms, once")
    order = quick_order(bank)
    for rule in ("curtail", "predictive"):
        ruled = with_rule(bank, rule)
        times = []
        for _bank, sheet, _full in crowds["balanced"][:40]:
            answers: dict[str, int] = {}
            for position, item_id in enumerate(order, start=1):
                value = sheet.get(item_id)
                if value is not None:
                    answers[item_id] = value
                started = time.perf_counter()
                settle(ruled, answers, position)
                times.append(time.perf_counter() - started)
        times.sort()
        print(
            f"one decision, rule {rule!r}: median {statistics.median(times) * 1000:.2f} ms, 99th percentile "
            f"{percentile_of(times, 0.99) * 1000:.2f} ms, slowest {times[-1] * 1000:.2f} ms "
            f"({len(times)} decisions; the slowest is the shared machine's as much as pmfit's)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=200, help="respondents of each kind (default 200)")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--no-approximation", action="store_true", help="skip the check of the approximation")
    parser.add_argument(
        "--scoring",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="try another value of the banks' [scoring] (say quick_error=0.05); may be repeated",
    )
    args = parser.parse_args()
    banks = [load_bank(data_root("questions") / language / "pmfit.toml") for language in ("en", "uk")]
    if args.scoring:
        changes = dict(setting.split("=", 1) for setting in args.scoring)
        banks = [
            bank.model_copy(
                update={"scoring": type(bank.scoring).model_validate(bank.scoring.model_dump() | changes)}
            )
            for bank in banks
        ]
    rng = random.Random(args.seed)
    crowds: dict[str, list[tuple[Bank, Sheet, Category]]] = {}
    for kind, make in KINDS.items():
        crowd = []
        for n, bank in enumerate(banks):
            count = args.per_kind // len(banks) + (n < args.per_kind % len(banks))
            crowd += [(bank, sheet, full_category(bank, sheet)) for sheet in make(bank, rng, count)]
        crowds[kind] = crowd
    bank = banks[0]
    print(
        f"bank {bank.id} {bank.version}: {len(bank.main_items)} main questions, rule in the bank: "
        f"{bank.scoring.quick_rule!r} (quick_error {bank.scoring.quick_error:g}, quick_clear_error "
        f"{bank.scoring.quick_clear_error:g}, at least {bank.scoring.quick_min_per_scale} answers a "
        f"responsibility and {bank.scoring.quick_min_share:.0%} of the form)"
    )
    clear = table(banks, crowds)
    lengths = clear[bank.scoring.quick_rule]
    typical = round(statistics.median(lengths))
    order = quick_order(bank)
    minutes = estimated_seconds(bank, (bank.item_by_id[i] for i in order[:typical])) / 60
    share = typical / len(order)
    print(
        f"\nclear respondents, the bank's rule: median {typical} questions ({share:.0%} of the form); "
        f"the first {typical} of the quick order take about {minutes:.1f} minutes "
        f"(the bank says quick_typical = {bank.scoring.quick_typical}); "
        f"the full form {estimated_seconds(bank) / 60:.1f}"
    )
    timing(bank, crowds)
    if not args.no_approximation:
        approximation(banks, crowds)


if __name__ == "__main__":
    main()
