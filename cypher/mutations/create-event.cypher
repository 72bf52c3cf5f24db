// purpose: creates an event unless its id is stored (idempotent on the client-chosen id); the kind label comes from a fixed list
// params: $id, $label (an EventKind value, checked by the store), $props (all properties)
// returns: id
MERGE (e:Event {id: $id})
ON CREATE SET e = $props, e:$($label)
RETURN e.id AS id
