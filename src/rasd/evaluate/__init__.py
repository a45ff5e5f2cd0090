"""Evaluation against labelled data: event gold standard, validation sentences."""
