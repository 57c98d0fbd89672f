"""The person's saved data: the unfinished sheet and the history of finished attempts, in one SQLite file.

Below the machine layer (``pmfit.system``) and above the domain (``pmfit.core``), whose answer sheets it
stores; it never imports Qt. See docs/ARCHITECTURE.md for why the store is a layer of its own.
"""
