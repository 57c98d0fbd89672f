"""Small pieces that touch the machine, shared by the app, the PDF report and the command line.

``atomic``: write a file in one step or not at all. ``datadir``: where the person's data lives.
They may use QtCore but never widgets, and know nothing of screens or commands.
"""
