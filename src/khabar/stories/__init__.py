"""Across articles: republished copies (:mod:`khabar.stories.copies`) and stories (:mod:`khabar.stories.stories`)."""

from khabar.stories.copies import CopyIndex

__all__ = ["CopyIndex"]
