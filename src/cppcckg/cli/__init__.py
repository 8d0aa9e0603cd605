"""The command line: the typer app (``main.py``), shared options and error handling
(``options.py``), output formats (``output.py``) and one module per command group
(``*_cmd.py``). The entry point is ``cppcckg.cli.main:app``; ``python -m cppcckg.cli`` runs it.
"""
