"""The OpenAPI 3.1 document of the server: the named queries as GET/POST JSON endpoints and the
SPARQL endpoint. Generated from the ``# title:``/``# description:``/``# param:`` headers of
queries/*.rq, so a new query file is a new documented endpoint."""

from __future__ import annotations

from typing import Any

from cppcckg import __version__

__all__ = ["document"]

_SCHEMA_OF_KIND = {
    "integer": {"type": "integer"},
    "year": {"type": "integer", "minimum": 1949, "maximum": 2100},
    "iri": {"type": "string", "format": "iri"},
    "body": {"type": "string", "description": "a body's Chinese or English name, an alias, or its IRI"},
    "string": {"type": "string"},
}


def _error(description: str) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def document(queries: list[dict[str, Any]], base_url: str, settings: Any) -> dict[str, Any]:
    """The OpenAPI document for ``queries`` (as listed by ``/api/queries``) served at ``base_url``."""
    paths: dict[str, Any] = {}
    for q in queries:
        parameters = []
        properties: dict[str, Any] = {}
        required = []
        for p in q["params"]:
            schema = dict(_SCHEMA_OF_KIND.get(p["kind"], {"type": "string"}))
            parameters.append({"name": p["name"], "in": "query", "required": not p["optional"],
                               "description": p["description"] or p["kind"], "schema": schema})
            properties[p["name"]] = {**schema, "description": p["description"] or p["kind"]}
            if not p["optional"]:
                required.append(p["name"])
        responses = {
            "200": {"description": "the rows of the query",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/QueryResult"}}}},
            "400": _error("a parameter is missing, unknown or malformed (the message says which)"),
            "422": _error(f"more than {settings.max_rows} rows (the server's --max-rows), an answer over "
                          f"{getattr(settings, 'max_bytes', 0)} bytes (--max-bytes) or more memory than a worker has"),
            "503": _error(f"the query ran longer than {settings.query_timeout:g} s (the server's --query-timeout), "
                          "or the server is busy (Retry-After says when to retry)"),
        }
        operation = {"summary": q["title"] or q["name"], "description": q["description"], "tags": ["named queries"]}
        body_schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
        if required:
            body_schema["required"] = required
        paths[f"/api/queries/{q['name']}"] = {
            "get": {**operation, "operationId": f"get_{q['name'].replace('-', '_')}", "parameters": parameters,
                    "responses": responses},
            "post": {**operation, "operationId": f"post_{q['name'].replace('-', '_')}",
                     "requestBody": {"required": False, "content": {"application/json": {"schema": body_schema}}},
                     "responses": responses},
        }
    paths["/api/queries"] = {"get": {
        "summary": "The named queries and their parameters", "operationId": "list_queries", "tags": ["named queries"],
        "responses": {"200": {"description": "every named query", "content": {"application/json": {"schema": {"type": "object"}}}}},
    }}
    paths["/sparql"] = {
        "get": {"summary": "SPARQL 1.1 Protocol query (read-only)", "operationId": "sparql_get", "tags": ["SPARQL"],
                "parameters": [
                    {"name": "query", "in": "query", "required": True, "schema": {"type": "string"}},
                    {"name": "default-graph-uri", "in": "query", "required": False,
                     "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "named-graph-uri", "in": "query", "required": False,
                     "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "format", "in": "query", "required": False,
                     "schema": {"type": "string", "enum": ["json", "xml", "csv", "tsv", "ttl", "jsonld", "nt", "rdfxml"]}},
                ],
                "responses": {"200": {"description": "SPARQL results (JSON, XML, CSV, TSV) or a graph (Turtle, JSON-LD, "
                                                     "N-Triples, RDF/XML), by Accept"},
                              "400": {"description": "malformed query"}, "403": {"description": "SPARQL Update refused"},
                              "422": {"description": "too many rows"}, "503": {"description": "time limit"}}},
        "post": {"summary": "SPARQL 1.1 Protocol query by POST (form or application/sparql-query)",
                 "operationId": "sparql_post", "tags": ["SPARQL"],
                 "requestBody": {"content": {"application/sparql-query": {"schema": {"type": "string"}},
                                             "application/x-www-form-urlencoded": {"schema": {
                                                 "type": "object", "properties": {"query": {"type": "string"}}}}}},
                 "responses": {"200": {"description": "results"}, "403": {"description": "SPARQL Update refused"},
                               "413": {"description": f"request body over {settings.max_body} bytes"}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "cppcckg named queries",
            "version": __version__,
            "description": "The named SPARQL queries of the Chongqing CPPCC knowledge graph as JSON endpoints. "
                           "Parameters are bound as RDF terms, never pasted into the query text.",
        },
        "servers": [{"url": base_url}],
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": {
            "QueryResult": {"type": "object", "required": ["query", "columns", "rows"], "properties": {
                "query": {"type": "string"}, "title": {"type": "string"}, "params": {"type": "object"},
                "columns": {"type": "array", "items": {"type": "string"}},
                "rows": {"type": "array", "items": {"type": "object"}}}},
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
        }},
    }
