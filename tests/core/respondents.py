"""Respondents who answer by a rule, shared by the fairness tests and benchmarks/quick.py.

Each is a function from an item to an answer (a 1-5 answer, an option index, or None to skip): those who
read only the surface of a question (the role's name, the tell words an expert review found, a keyword
rule, how pleasant the words sound, agreeing with everything) and the one the bank is meant to find (who
likes only one role's work). The word lists are per language, so a Ukrainian respondent reads the
Ukrainian bank as the English one reads the English bank.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pmfit.core.bank import Bank, CheckItem, ChoiceItem, LikertItem

Item = LikertItem | ChoiceItem | CheckItem
Answer = Callable[[Item], int | None]  # a 1-5 answer, an option index, or None to skip

PRODUCT, PROJECT = "product_manager", "project_manager"


@dataclass(frozen=True)
class Lexicon:
    """The words one language's surface respondents go by. A trailing * matches any ending (a stem)."""

    role_names: dict[str, tuple[str, ...]]  # the role's name alone
    review_tells: dict[str, tuple[str, ...]]  # the words the review of 1.0.0 found on one side only
    pleasant: frozenset[str]
    unpleasant: frozenset[str]
    unpleasant_phrases: tuple[str, ...]  # counted once each; their words are not counted again
    # The expert panel's keyword rule on bank 2.0.0: users, buyers, data, goal -> product; plan,
    # date, cost, risk, tests -> project. "broad" adds the obvious synonyms of those words.
    keyword_rule: dict[str, tuple[str, ...]]
    keyword_synonyms: dict[str, tuple[str, ...]]


# How pleasant a text sounds: small lexicons of our own, fixed before the banks were checked against them.
# The Ukrainian one carries the English one's meaning, as stems.
LEXICONS = {
    "en": Lexicon(
        role_names={PRODUCT: ("product*",), PROJECT: ("project*",)},
        review_tells={
            PRODUCT: ("product*", "customer*", "feature*"),
            PROJECT: ("project*", "sponsor*", "agreed", "formal*", "standard*", "stakeholder*"),
        },
        pleasant=frozenset(
            """enjoy like love glad happy fun exciting proud prouder pride trust trusted believe believed win
            winning won help helps helped helping good better best great clear clearly smooth calm success
            successful thank praise improve improved improvement value valuable worth truly really share
            together easy safe wise""".split()  # noqa: SIM905
        ),
        unpleasant=frozenset(
            """not never no nobody rather avoid dislike hate bore boring dull tedious fail fails failed
            failure failures error errors mistake mistakes problem problems struggle struggles slip slips
            slipping late bad wrong conflict conflicts blame hurt lose lost drop without surprise risk risks
            worse worst lack lacks argue argues complaint complaints trouble worry fear difficult
            hard""".split()  # noqa: SIM905
        ),
        unpleasant_phrases=(
            "give up",
            "gives up",
            "falls short",
            "fall short",
            "runs short",
            "slows down",
            "slow down",
            "go wrong",
            "goes wrong",
            "off course",
        ),
        keyword_rule={
            PRODUCT: ("user*", "buyer*", "data", "goal*"),
            PROJECT: ("plan*", "date*", "cost*", "risk*", "test*"),
        },
        keyword_synonyms={
            PRODUCT: ("customer*", "people", "number*", "usage", "need*", "value", "why"),
            PROJECT: ("budget*", "check*", "schedul*", "late", "spend*", "track*", "progress"),
        },
    ),
    "uk": Lexicon(
        role_names={PRODUCT: ("продукт*",), PROJECT: ("проєкт*",)},
        review_tells={
            PRODUCT: ("продукт*", "клієнт*", "функці*", "фіч*"),
            PROJECT: (
                "проєкт*",
                "спонсор*",
                "погоджен*",
                "узгоджен*",
                "формальн*",
                "офіційн*",
                "стандарт*",
                "стейкхолдер*",
                "зацікавлен*",
            ),
        },
        pleasant=frozenset(
            """цікав* сподоба* подобає* люб* радий рада раді щаслив* весел* захоплив* пиша* гордіст* довір*
            вірит* вірю повір* перемог* виграва* допомог* допомаг* добр* кращ* найкращ* чудов* ясн* чітк*
            гладк* спокійн* успіх* успішн* дяку* подяк* похвал* покращ* цінн* варто вартий варта варте варті
            справді дійсно ділит* поділит* разом легк* безпечн* мудр*""".split()  # noqa: SIM905
        ),
        unpleasant=frozenset(
            """не ні ніколи ніхто нікого ніщо радше уника* ненавид* нудн* нудьг* марудн* провал* збій збої
            збоїв помилк* проблем* труднощ* зсува* відстава* відстал* запізн* пізно поган* хибн* неправильн*
            конфлікт* винн* звинувач* шкод* зашкод* втрат* втрача* без несподіван* заскоч* ризик* гірш*
            найгірш* брак* сперечат* суперечк* скарг* клопіт* тривож* хвилю* страх* боятис* важк*
            складн*""".split()  # noqa: SIM905
        ),
        unpleasant_phrases=(
            "нехай краще",
            "хай краще",
            "кида*",
            "здаю*",
            "слабкі місця",
            "бракує часу",
            "гальму*",
            "піти не так",
            "іде не так",
            "йде не так",
            "не туди",
            "з курсу",
        ),
        keyword_rule={
            PRODUCT: ("користувач*", "покуп*", "дан*", "ціл*", "мет*"),
            PROJECT: ("план*", "дат*", "вартіст*", "кошт*", "ризик*", "тест*"),
        },
        keyword_synonyms={
            PRODUCT: ("клієнт*", "люд*", "цифр*", "використ*", "потреб*", "цінн*", "навіщо", "чому"),
            PROJECT: (
                "бюджет*",
                "перевір*",
                "графік*",
                "розклад*",
                "запізн*",
                "витрат*",
                "відстеж*",
                "прогрес*",
                "хід робот*",
            ),
        },
    ),
}
LANGUAGES = sorted(LEXICONS)


def _stem_pattern(words: str) -> str:
    return r"\s+".join(
        re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else "") for word in words.split()
    )


def count_words(text: str, words: Sequence[str]) -> int:
    lower = text.lower()
    total = 0
    for word in words:
        total += len(re.findall(rf"(?<!\w){_stem_pattern(word)}(?!\w)", lower))
    return total


def by_words(toward: Sequence[str], against: Sequence[str]) -> Answer:
    """Agrees strongly with a text holding words of one side, disagrees with the other's, is neutral
    otherwise; picks the one option that leans most to its side, and skips a choice where none does."""

    def pull(text: str) -> int:
        return count_words(text, toward) - count_words(text, against)

    def answer(item: Item) -> int | None:
        if isinstance(item, ChoiceItem):
            return pick_best([pull(option.text) for option in item.options])
        value = pull(item.text)
        return 5 if value > 0 else 1 if value < 0 else 3

    return answer


def _listed(token: str, words: frozenset[str]) -> bool:
    return token in words or any(w.endswith("*") and token.startswith(w[:-1]) for w in words)


def pleasantness(text: str, lexicon: Lexicon) -> int:
    lower = text.lower().replace("’", "'")
    phrases = 0
    for phrase in lexicon.unpleasant_phrases:
        pattern = rf"(?<!\w){_stem_pattern(phrase)}(?!\w)"
        phrases += len(re.findall(pattern, lower))
        lower = re.sub(pattern, " ", lower)
    tokens = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)*", lower)
    return (
        sum(_listed(token, lexicon.pleasant) for token in tokens)
        - sum(_listed(token, lexicon.unpleasant) for token in tokens)
        - phrases
    )


def by_pleasantness(lexicon: Lexicon) -> Answer:
    """Agrees with what sounds pleasant, disagrees with what sounds unpleasant, picks the nicest option."""

    def answer(item: Item) -> int | None:
        if isinstance(item, ChoiceItem):
            return pick_best([pleasantness(option.text, lexicon) for option in item.options])
        value = pleasantness(item.text, lexicon)
        return 5 if value > 0 else 1 if value < 0 else 3

    return answer


def pick_best(values: list[int]) -> int | None:
    best = max(values)
    return values.index(best) if values.count(best) == 1 else None


def agreeing(choice: Callable[[ChoiceItem], int | None]) -> Answer:
    """Agrees strongly with every statement; answers a choice by ``choice``."""
    return lambda item: choice(item) if isinstance(item, ChoiceItem) else 5


def by_keyed_role(bank: Bank, role: str) -> Answer:
    """Likes every activity of one role and none of the other's: the person the bank is meant to find."""

    def mine(weights: dict[str, float]) -> bool:
        return any(bank.scale_by_id[s].role == role for s, w in weights.items() if w > 0)

    def answer(item: Item) -> int | None:
        if isinstance(item, LikertItem):
            likes = mine(item.scales)
            return (5 if likes else 1) if not item.reverse else (1 if likes else 5)
        if isinstance(item, ChoiceItem):
            return next(n for n, option in enumerate(item.options) if mine(option.weights))
        return item.expected

    return answer


def keyword_rule(words: Lexicon, broad: bool = False) -> dict[str, tuple[str, ...]]:
    if not broad:
        return words.keyword_rule
    return {role: words.keyword_rule[role] + words.keyword_synonyms[role] for role in (PRODUCT, PROJECT)}


SURFACE_RESPONDENTS: dict[str, Callable[[Lexicon], Answer]] = {
    "the role name 'product' (agrees), 'project' (disagrees)": lambda words: by_words(
        words.role_names[PRODUCT], words.role_names[PROJECT]
    ),
    "the role name 'project' (agrees), 'product' (disagrees)": lambda words: by_words(
        words.role_names[PROJECT], words.role_names[PRODUCT]
    ),
    "the review's product-side tell words": lambda words: by_words(
        words.review_tells[PRODUCT], words.review_tells[PROJECT]
    ),
    "the review's project-side tell words": lambda words: by_words(
        words.review_tells[PROJECT], words.review_tells[PRODUCT]
    ),
    "the keyword rule's product words (agrees), project words (disagrees)": lambda words: by_words(
        keyword_rule(words)[PRODUCT], keyword_rule(words)[PROJECT]
    ),
    "the keyword rule's project words (agrees), product words (disagrees)": lambda words: by_words(
        keyword_rule(words)[PROJECT], keyword_rule(words)[PRODUCT]
    ),
    "the keyword rule with synonyms, product side": lambda words: by_words(
        keyword_rule(words, broad=True)[PRODUCT], keyword_rule(words, broad=True)[PROJECT]
    ),
    "the keyword rule with synonyms, project side": lambda words: by_words(
        keyword_rule(words, broad=True)[PROJECT], keyword_rule(words, broad=True)[PRODUCT]
    ),
    "how pleasant the wording sounds": by_pleasantness,
    "agrees with everything, skips choices": lambda words: agreeing(lambda item: None),
    "agrees with everything, always the first option": lambda words: agreeing(lambda item: 0),
    "agrees with everything, always the last option": lambda words: agreeing(
        lambda item: len(item.options) - 1
    ),
}
