// purpose: sets (or, with null, clears) properties of an entity and adds a citation unless the entity already has it
// params: $id, $props (map; null values clear), $citation {section, quote, offset, url}, $now, $user
// returns: entity: the stored node's properties, before: its properties before the update (the change record's before), or no row when there is no such entity
MATCH (n:Entity {id: $id})
// The write lock before the state is read (the manual's "Lost updates"): `before` is the state this update changes.
SET n._LOCK_ = true
REMOVE n._LOCK_
WITH n, properties(n) AS before, any(i IN range(0, size(coalesce(n.citeQuote, [])) - 1)
  WHERE n.citeQuote[i] = $citation.quote AND n.citeSection[i] = $citation.section AND coalesce(n.citeUrl[i], '') = $citation.url) AS cited,
  any(k IN keys($props) WHERE NOT coalesce(n[k] = $props[k], n[k] IS NULL AND $props[k] IS NULL)) AS differs
SET n += $props
// An update that changes nothing (an idempotent repeat) leaves the stamps too: it is no change.
SET n.updatedAt = CASE WHEN differs OR NOT cited THEN $now ELSE n.updatedAt END,
  n.updatedBy = CASE WHEN differs OR NOT cited THEN $user ELSE n.updatedBy END
SET n.citeUrl = CASE WHEN cited THEN n.citeUrl ELSE coalesce(n.citeUrl, [q IN coalesce(n.citeQuote, []) | '']) + $citation.url END
SET n.citeSection = CASE WHEN cited THEN n.citeSection ELSE coalesce(n.citeSection, []) + $citation.section END
SET n.citeOffset = CASE WHEN cited THEN n.citeOffset ELSE coalesce(n.citeOffset, []) + $citation.offset END
SET n.citeQuote = CASE WHEN cited THEN n.citeQuote ELSE coalesce(n.citeQuote, []) + $citation.quote END
RETURN n {.*} AS entity, before
