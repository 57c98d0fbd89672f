"""pmfit: should you be a Product Manager or a Project Manager? An offline self-assessment."""

__version__ = "0.1.0"
