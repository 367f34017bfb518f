"""Entity Explorer: index a folder of documents and explore who and what they mention."""

__version__ = "0.1.0"
