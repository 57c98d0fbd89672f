"""The languages pmfit speaks: one list for the app, the command line and the translation tools.

Adding one is a translator's job (README, "Languages"): its code here, a question bank in
``questions/<code>/`` and a catalogue in ``assets/translations/``.
"""

LANGUAGES = ("en", "uk")  # the first is the fallback
# Each language by its own name, for choosing one whatever language is on show.
LANGUAGE_NAMES = {"en": "English", "uk": "Українська"}
# How many plural forms Qt's catalogue holds for it: English two (1 / other), Ukrainian three
# (1, 21 ... / 2-4, 22-24 ... / 5-20, 25-30 ...).
PLURAL_FORMS = {"en": 2, "uk": 3}
