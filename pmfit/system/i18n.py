"""Which language pmfit speaks, and loading its translation catalogues into Qt.

pmfit's own words are Qt translations (``assets/translations/pmfit_<lang>.qm``, compiled from the
``.ts`` catalogues translators edit); Qt's standard words (Yes, No, Cancel in a message box) come from
Qt's own ``qtbase_<lang>.qm``. English has a catalogue too: it holds the plural forms ("1 point",
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
    found = environment_language() or "en"
    if found == "en":
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
    qt_words = QTranslator(app)
    if qt_words.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt_words)
        _installed.append(qt_words)
    QLocale.setDefault(locale_for(chosen))
    _speaking = (id(app), chosen)
    return chosen


def locale_for(language: str) -> QLocale:
    """Dates and numbers in ``language``, keeping the system's territory (its paper size, say)."""
    system = QLocale.system()
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    return QLocale(wanted.language(), system.territory())
