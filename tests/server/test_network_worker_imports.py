"""A network worker imports every shared library a page needs before its memory limit applies.

networkx imports numpy and scipy inside its layout and centrality functions. Loaded for the first
time under the worker's address-space limit, a library can fail to map ("failed to map segment
from shared object"), and the page became a 500 on some machines. So after the worker's warm
imports (:data:`cppcckg.server.jobs.NETWORK_IMPORTS`), building every view in every layout must
load no further extension module. Checked in a fresh interpreter, on the seed store."""

from __future__ import annotations

import json
import subprocess
import sys

_SCRIPT = r"""
import importlib, json, sys
from cppcckg.server.jobs import NETWORK_IMPORTS
for name in NETWORK_IMPORTS:
    importlib.import_module(name)
before = set(sys.modules)
import pyoxigraph as ox
from cppcckg.network.layout import LAYOUTS
from cppcckg.network.views import VIEWS
from cppcckg.server.jobs import NetworkPage
store = ox.Store.read_only(sys.argv[1])
built = [NetworkPage(view, layout=layout).run(store).status for view in VIEWS for layout in LAYOUTS]
loaded = sorted(m for m in set(sys.modules) - before
                if (getattr(sys.modules[m], "__file__", None) or "").endswith((".so", ".pyd")))
print(json.dumps({"built": built, "loaded": loaded}))
"""


def test_building_pages_loads_no_shared_library_after_the_warm_imports(seed_store):
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(seed_store)], capture_output=True, text=True,
                          timeout=600, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert 200 in result["built"]  # pages were built (some view and layout pairs are empty: 400)
    assert result["loaded"] == [], result["loaded"]
