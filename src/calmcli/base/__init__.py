"""General utilities that know nothing of customer support: paths, config, durations, caches,
records, files, YAML with line numbers, text matching.

May import: calmcli.errors only.
"""
