"""Validates a BODS JSON file with Open Ownership's libcovebods, as their CoVE does: the JSON schema of
the statements' bodsVersion, then the additional checks. Prints one JSON object:
{"schemaVersion", "schemaErrors": [...], "additionalChecks": [...], "additionalFields": [...]}."""
import json
import sys

import libcovebods.additionalfields
import libcovebods.config
import libcovebods.data_reader
import libcovebods.jsonschemavalidate
import libcovebods.run_tasks
import libcovebods.schema
import libcovebods.tasks.checks.legacy_checks as legacy_checks
import libcovebods.tasks.checks.record_based_checks as record_based_checks
import requests

# The legacy checks download org-id.guide's list of identifier schemes on start. It only judges
# `identifiers[].scheme`, which these exports do not write; offline, the checks run with an empty list
# and the output says so (orgIdsPrefixes), instead of every check being skipped.
org_ids = "downloaded"
try:
    legacy_checks.get_orgids_prefixes()
except requests.exceptions.RequestException:
    org_ids = "unavailable (offline): identifier schemes not checked"
    legacy_checks.get_orgids_prefixes = lambda *_: []
    record_based_checks.get_orgids_prefixes = lambda *_: []

reader = libcovebods.data_reader.DataReader(sys.argv[1])
config = libcovebods.config.LibCoveBODSConfig()
schema = libcovebods.schema.SchemaBODS(reader, config)
errors = libcovebods.jsonschemavalidate.JSONSchemaValidator(schema).validate(reader)
checks = libcovebods.run_tasks.process_additional_checks(
    reader, config, schema, libcovebods.run_tasks.TASK_CLASSES
)
extra = libcovebods.additionalfields.AdditionalFields(schema).process(reader)
print(
    json.dumps(
        {
            "schemaVersion": schema.schema_version,
            "orgIdsPrefixes": org_ids,
            "schemaErrors": [e.json() for e in errors],
            "additionalChecks": checks.get("additional_checks", []),
            "additionalFields": sorted(extra.keys()),
            "statistics": checks.get("statistics", {}),
        },
        indent=1,
        default=str,
    )
)
