"""Accessibility roles Qt's widgets cannot state on their own: headings, charts, lists and groups of answers.

A widget class says what it is with a class attribute, ``ACCESSIBLE_ROLE``, naming a ``QAccessible.Role``
member ("Heading", "Chart", "Grouping", "List", "ListItem"); a single widget can say it with the dynamic
property of the same name (:func:`set_role`). :func:`install` adds one accessibility factory to Qt that gives
such widgets an interface with that role; every other widget keeps Qt's own. Screen readers then announce
"heading", "chart", a list or a named group, and tests can ask Qt's accessibility API for the role.

A heading's level (:func:`set_level`) is its description ("level 2"): the level proper is an attribute
(``QAccessible.Attribute.Level``) that Qt reads through ``interface_cast``, and PySide6 6.11 crashes the app
when Python overrides ``interface_cast`` at all (even to return null), so the words are the closest thing an
assistive technology gets over AT-SPI. Orca speaks them after "heading".

:func:`announce` makes a screen reader say a few words about the widget that has focus, where Qt sends
nothing it would speak (a closed combo box whose choice changed, a radio button picked by a digit while it
has focus): it changes that widget's description, which Orca and NVDA speak for the focused object. Orca 43,
the one tried, has no support for Qt's announcement event.

The role is a name, not the enum member, so that defining or building such a widget touches no Qt enum
before the first screen is painted (see the start-up note in widgets.py). Interfaces are only made when an
assistive technology (or a test) asks for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QLabel, QWidget

_installed = False


class RoleAccessible(QAccessibleWidget):
    """Qt's generic widget interface with the role the widget declares; a label's name is its text."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        self._widget = widget

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            name = self._widget.accessibleName()
            if not name and isinstance(self._widget, QLabel):
                name = self._widget.text()
            return name
        if kind == QAccessible.Text.Description:
            described = self._widget.accessibleDescription()
            level = self._widget.property(LEVEL_PROPERTY)
            if not described and isinstance(level, int):
                described = QCoreApplication.translate("Accessibility", "level {0}").format(level)
            return described
        return str(super().text(kind))


class ComboAccessible(RoleAccessible):
    """A combo box named by its label (its accessible name), its choice as its value.

    Qt's own interface names a combo box by its current choice on Linux ("English", not "Language"); the
    list of choices stays Qt's own, as the combo box's one child, so a reader still finds the choice there."""

    def __init__(self, widget: QComboBox) -> None:
        super().__init__(widget, QAccessible.Role.ComboBox)
        self._combo = widget

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            return self._combo.currentText()
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.expandable = True
        state.expanded = self._combo.view().isVisible()
        state.hasPopup = True
        return state

    def childCount(self) -> int:
        return 1

    def child(self, index: int) -> QAccessibleInterface:
        # Only index 0 is asked for (childCount is 1); Qt takes None as "no such child".
        return QAccessible.queryAccessibleInterface(self._combo.view()) if index == 0 else None  # type: ignore[return-value]

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return 0 if child is not None and child.object() is self._combo.view() else -1


ROLE_PROPERTY = "ACCESSIBLE_ROLE"
LEVEL_PROPERTY = "ACCESSIBLE_LEVEL"


def set_role(widget: QWidget, role_name: str) -> None:
    """Give this one widget a role (before assistive technology first asks about it)."""
    widget.setProperty(ROLE_PROPERTY, role_name)


def set_level(widget: QWidget, level: int) -> None:
    """A heading's level, 1 for a screen's title (see the module docstring for how it reaches a reader)."""
    widget.setProperty(LEVEL_PROPERTY, level)


def heading_level(widget: QWidget) -> int | None:
    """The level :func:`set_level` gave ``widget``; None for anything else."""
    level = widget.property(LEVEL_PROPERTY)
    return level if isinstance(level, int) else None


def announce(widget: QWidget, words: str) -> None:
    """Have a screen reader say ``words`` now, about ``widget`` (which has focus): see the module docstring.

    Said again only when the words differ from the last ones, as readers skip a description that did not
    change; callers say what changed ("Project Manager", "selected"), so that is when it matters."""
    widget.setAccessibleDescription(words)


def _factory(key: str, obj: QObject) -> QAccessibleWidget | None:
    # Qt asks once per class in the object's ancestry; answer on its own class and leave the rest to Qt.
    if key != type(obj).__name__ or not isinstance(obj, QWidget):
        return None
    role_name = obj.property(ROLE_PROPERTY) or getattr(type(obj), "ACCESSIBLE_ROLE", None)
    if not isinstance(role_name, str):
        return None
    if role_name == "ComboBox" and isinstance(obj, QComboBox):
        return ComboAccessible(obj)
    return RoleAccessible(obj, getattr(QAccessible.Role, role_name))


def install() -> None:
    """Give widgets that declare ``ACCESSIBLE_ROLE`` that role (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
