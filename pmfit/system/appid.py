"""pmfit's one application id, in reverse-DNS form, as the freedesktop and AppStream specs ask.

Every place that names the application to the desktop takes it from here: the desktop entry's file name and
``StartupWMClass``, the AppStream ``<id>`` and ``<launchable>``, the installed icons' names and
``QGuiApplication.setDesktopFileName`` (which Qt passes on as the Wayland app id and, on X11, as
``_GTK_APPLICATION_ID`` and ``_KDE_NET_WM_DESKTOP_FILE``, so the desktop matches the window to its entry).
The asset files in ``assets/`` carry the same id and a test keeps them in step with this constant.

It does not name the data folder: that stays ``pmfit/pmfit`` (organisation and application name, see
``pmfit.system.datadir``), where existing users' data already is.
"""

from __future__ import annotations

APP_ID = "io.github.pmfit.pmfit"
