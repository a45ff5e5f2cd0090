"""Exceptions the library raises; the CLI turns each into one clear line and an exit code."""


class RasdError(Exception):
    """Base class of every error rasd reports to users."""

    exit_code = 1


class LexiconError(RasdError):
    """A lexicon file is missing, unreadable or malformed (the message names file and line)."""

    exit_code = 3


class InputError(RasdError):
    """An input path or document cannot be read."""

    exit_code = 2
