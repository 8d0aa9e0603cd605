"""cppcckg: a knowledge graph of the Chongqing CPPCC built from its work reports."""

__version__ = "0.1.0"
