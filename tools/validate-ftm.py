"""Validates line-delimited FollowTheMoney entities against the model of the `followthemoney` package.
Each entity must name a concrete schema; each property must exist on it; each value must survive the
property type's own cleaning unchanged in meaning (a value the type rejects is invalid); each entity
reference must point at an entity in the file of the property's range. Prints one JSON object:
{"version", "entities", "errors": [...]}."""
import json
import sys
from importlib.metadata import version

from followthemoney import model
from followthemoney.types import registry

errors = []
entities = {}
with open(sys.argv[1], encoding="utf-8") as fh:
    for number, line in enumerate(fh, 1):
        data = json.loads(line)
        schema = model.get(data.get("schema"))
        if schema is None or schema.abstract:
            errors.append(f"line {number}: schema {data.get('schema')!r} is not a concrete FtM schema")
            continue
        if not data.get("id"):
            errors.append(f"line {number}: no id")
        entities[data["id"]] = (number, schema, data.get("properties", {}))

for entity_id, (number, schema, properties) in entities.items():
    for name, values in properties.items():
        prop = schema.get(name)
        if prop is None:
            errors.append(f"{entity_id}: {schema.name} has no property {name!r}")
            continue
        if not isinstance(values, list):
            errors.append(f"{entity_id}.{name}: not a list of values")
            continue
        for value in values:
            if prop.type == registry.entity:
                target = entities.get(value)
                if target is None:
                    errors.append(f"{entity_id}.{name}: {value!r} is not an entity in the file")
                elif prop.range is not None and not target[1].is_a(prop.range):
                    errors.append(f"{entity_id}.{name}: {value!r} is a {target[1].name}, not a {prop.range.name}")
            elif prop.type.clean(value) is None:
                errors.append(f"{entity_id}.{name}: {value!r} is not a valid {prop.type.name}")
    # The package's own parser: raises on anything it cannot read.
    model.get_proxy({"id": entity_id, "schema": schema.name, "properties": properties}, cleaned=False)

print(json.dumps({"version": version("followthemoney"), "entities": len(entities), "errors": errors}, indent=1))
