"""Which language pmfit speaks, and loading its translation catalogues into Qt.

pmfit's own words are Qt translations (``assets/translations/pmfit_<lang>.qm``, compiled from the
``.ts`` catalogues translators edit); Qt's standard words (Yes, No, Cancel in a message box, "Look in:" and
"Files of type:" in the Save dialog) come from Qt's own ``qtbase_<lang>.qm``. pmfit ships Qt's for every
language it speaks but English (``assets/translations/qt/``, copied unchanged from the PySide6 wheel), since
the .deb bundle leaves out the wheel's translations folder; the wheel's copy is the fallback.

The default locale (``QLocale``) follows the language too: it is what Qt reports to assistive technology
as the language of every window and widget (the window applies it on a language change), so a screen reader
switches to a Ukrainian voice. English has a catalogue too: it holds the plural forms ("1 point",
"2 points") of the counted phrases, whose source text is "%n point(s)".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pmfit.core.languages import SOURCE_LANGUAGE, languages
from pmfit.core.paths import asset_path, environment_language

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
_app: QCoreApplication | None = None  # the command line's application, when this module made it
_speaking: tuple[int, str] | None = None  # (the application's id, the language) installed now


def supported(language: str | None) -> str:
    """``language`` ('uk', 'uk_UA', 'en-GB', ...) if pmfit speaks it, else English."""
    code = (language or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in languages() else SOURCE_LANGUAGE


def system_language() -> str:
    """The user's language from the environment (LC_ALL, LC_MESSAGES, LANG) or Qt's system locale."""
    # Qt knows the system's locale already: Python's locale module would cost the first paint a millisecond.
    found = environment_language()
    if found is None:  # the environment does not say (another desktop than a Unix one): ask Qt
        found = QLocale.system().name()
    return supported(found)


def catalogue_path(language: str) -> str:
    return str(asset_path("translations") / f"pmfit_{language}.qm")


def language_names() -> dict[str, str]:
    """Every language pmfit speaks, by code, named in itself (for choosing one whatever is shown now)."""
    names = {}
    for code in languages():
        catalogue = QTranslator()
        # Each catalogue names its own language: a translator translates this message as that name
        # ("Українська"), so the chooser needs no list in the code. English's is the text itself.
        name = catalogue.translate("Language", "English") if catalogue.load(catalogue_path(code)) else ""
        names[code] = name or ("English" if code == SOURCE_LANGUAGE else code)
    return names


def ensure_translations(language: str | None = None) -> str:
    """Speak ``language`` (default: the user's) from now on; returns the language used.

    Works for the desktop app and the command line alike: with no Qt application running (a command),
    a QCoreApplication is made, since Qt installs translators into an application.
    """
    global _app, _speaking
    chosen = supported(language) if language else system_language()
    app = QCoreApplication.instance()
    if app is None:
        from pmfit.system.qt_locale import utf8_for_qt

        with utf8_for_qt():
            _app = QCoreApplication(["pmfit"])
        app = _app
    if _installed and _speaking == (id(app), chosen):
        return chosen  # already so (the app asks at start for its errors, then for the remembered choice)
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    own = QTranslator(app)
    if own.load(catalogue_path(chosen)):
        QCoreApplication.installTranslator(own)
        _installed.append(own)
    qt_words = _QtWords(app)
    shipped = str(asset_path("translations") / "qt")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(f"qtbase_{chosen}", shipped) or qt_words.load(f"qtbase_{chosen}", qt_folder):
        QCoreApplication.installTranslator(qt_words)
        _installed.append(qt_words)
    QLocale.setDefault(locale_for(chosen))
    _speaking = (id(app), chosen)
    return chosen


class _QtWords(QTranslator):
    """Qt's catalogue of its own words, also for a message whose mnemonic moved since it was translated.

    Qt 6.11's file dialog asks for "&Look in:", which Qt's Ukrainian catalogue has only as "Look in:"
    ("Перегляд в:"): such a message takes the translation of its words, with the mnemonic first."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and "&" in source:
            words = super().translate(context, source.replace("&", "", 1), disambiguation, n)
            found = "&" + words if words else None
        # None, not "": PySide hands Qt's "no translation" over as "", and Qt takes "" for a translation.
        return found or None


def locale_for(language: str) -> QLocale:
    """Dates and numbers in ``language``, keeping the system's territory (its paper size, say)."""
    system = QLocale.system()
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    return QLocale(wanted.language(), system.territory())
