"""The local web server of ``cppcckg serve`` (Starlette on uvicorn, over a read-only store).

- ``/sparql``: SPARQL 1.1 Protocol endpoint (GET and POST; read-only: updates get 403);
- ``/query``: a query page with the named queries as examples;
- ``/id/...``: every instance IRI ``cppccid:X`` (the data namespace) dereferenceable as HTML,
  Turtle, JSON-LD, N-Triples or RDF/XML by content negotiation (or ``?format=``);
- ``/reader/``: the evidence reader pages; ``/ontology``: the ontology documentation;
- ``/.well-known/void``: the VoID/DCAT description; ``/download/``: the dumps;
- ``/api/queries/NAME``: the named queries as JSON endpoints, described by ``/openapi.json``;
- ``/network/``: the network pages.

:mod:`cppcckg.server.app` wires the routes and middleware; each view is a module of
:mod:`cppcckg.server.views`, sharing a :class:`cppcckg.server.site.Site`. This package's
``__init__`` is empty because query worker processes import :mod:`cppcckg.server.workers` from it.
"""

