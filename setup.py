"""Build step: copy the project's public folders into the wheel.

ontology/, queries/, context/ and data/reference/ stay at the top of the repository (they are
the project's public face); a wheel carries copies of them as ``cppcckg/_resources/``, where
``cppcckg.resources`` finds them once installed.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("ontology", "queries", "context", "data/reference")


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "cppcckg" / "_resources"
        for name in SHIPPED:
            destination = target / name
            if destination.exists():
                shutil.rmtree(destination)
            shutil.copytree(root / name, destination,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "README.md"))


setup(cmdclass={"build_py": BuildWithResources})
