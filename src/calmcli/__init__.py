"""calm: agent-assist toolkit for answering angry, rude or trolling customers."""

__version__ = "0.1.0"
