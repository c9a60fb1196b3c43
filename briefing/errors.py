"""The exceptions the library raises; only the command line catches them."""


class BriefingError(Exception):
    """A build failed for a reason the user can act on; the message is one line."""


class SeedError(BriefingError):
    """The article file is missing, unreadable, empty or not text."""


class TemplateError(BriefingError):
    """The page template is missing or does not render."""
