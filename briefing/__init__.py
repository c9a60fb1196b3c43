"""briefing: turn one news article into a briefing page of its quotes and speakers."""

from .model import Article, Briefing, Person, Quote, Speaker

__version__ = "0.1.0"
__all__ = ["Article", "Briefing", "Person", "Quote", "Speaker", "__version__"]
