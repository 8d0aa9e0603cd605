"""``python -m cppcckg.cli``: the same command line as ``cppcckg``."""

from cppcckg.cli.main import app

app()
