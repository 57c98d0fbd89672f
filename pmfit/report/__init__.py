"""The PDF result summary (QPdfWriter): ``export_pdf(bank, result, path, content=..., name=..., date=...)``.

Uses ``pmfit.render`` for the charts (the same painter as the result screen) and for the words (the
result's content, shared with the screen and the command line); never imports ``pmfit.ui``. Needs a
``QGuiApplication`` (``ensure_gui_app()`` makes one for the command line) and may run on a worker thread.
"""

from pmfit.report.errors import ExportError
from pmfit.report.pdf import default_page_size, ensure_gui_app, export_pdf, render_pdf

__all__ = ["ExportError", "default_page_size", "ensure_gui_app", "export_pdf", "render_pdf"]
