"""The desktop app: the composition root (app.py), a thin window, a module per screen, the flow."""
