"""Accessibility roles Qt's widgets cannot state on their own: headings, charts and groups of answers.

A widget class says what it is with a class attribute, ``ACCESSIBLE_ROLE``, naming a ``QAccessible.Role``
member ("Heading", "Chart", "Grouping"); a single widget can say it with the dynamic property of the same
name (:func:`set_role`). :func:`install` adds one accessibility factory to Qt that gives such widgets an
interface with that role; every other widget keeps Qt's own. Screen readers then announce
"heading", "chart" or a named group, and tests can ask Qt's accessibility API for the role.

The role is a name, not the enum member, so that defining or building such a widget touches no Qt enum
before the first screen is painted (see the start-up note in widgets.py). Interfaces are only made when an
assistive technology (or a test) asks for them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

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
            return self._widget.accessibleDescription()
        return str(super().text(kind))


ROLE_PROPERTY = "ACCESSIBLE_ROLE"


def set_role(widget: QWidget, role_name: str) -> None:
    """Give this one widget a role (before assistive technology first asks about it)."""
    widget.setProperty(ROLE_PROPERTY, role_name)


def _factory(key: str, obj: QObject) -> QAccessibleWidget | None:
    # Qt asks once per class in the object's ancestry; answer on its own class and leave the rest to Qt.
    if key != type(obj).__name__ or not isinstance(obj, QWidget):
        return None
    role_name = obj.property(ROLE_PROPERTY) or getattr(type(obj), "ACCESSIBLE_ROLE", None)
    if not isinstance(role_name, str):
        return None
    return RoleAccessible(obj, getattr(QAccessible.Role, role_name))


def install() -> None:
    """Give widgets that declare ``ACCESSIBLE_ROLE`` that role (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
