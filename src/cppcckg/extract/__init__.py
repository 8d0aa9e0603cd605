"""Extraction: report text → sentences → mentions → initiatives and metrics.

Pure functions over `cppcckg.model` values; nothing here touches rdflib.
"""
