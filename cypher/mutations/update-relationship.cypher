// purpose: sets (or, with null, clears) properties of a relationship other than INVOLVES and adds a citation unless it has it
// params: $id, $props (map; null values clear), $citation {section, quote, offset, url}, $now, $user
// returns: relationship: {id, type, source, target, props}, before: the same before the update (the change record's before), or no row
CALL db.index.fulltext.queryRelationships('relationship_ids', '"' + replace(replace($id, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship AS r
WHERE r.id = $id AND type(r) <> 'INVOLVES'
WITH startNode(r) AS a, r, endNode(r) AS b
// The write lock before the state is read (the manual's "Lost updates"): `before` is the state this update changes.
SET r._LOCK_ = true
REMOVE r._LOCK_
WITH a, r, b, {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS before, any(i IN range(0, size(coalesce(r.citeQuote, [])) - 1)
  WHERE r.citeQuote[i] = $citation.quote AND r.citeSection[i] = $citation.section AND coalesce(r.citeUrl[i], '') = $citation.url) AS cited,
  any(k IN keys($props) WHERE NOT coalesce(r[k] = $props[k], r[k] IS NULL AND $props[k] IS NULL)) AS differs
SET r += $props
// An update that changes nothing (an idempotent repeat) leaves the stamps too: it is no change.
SET r.updatedAt = CASE WHEN differs OR NOT cited THEN $now ELSE r.updatedAt END,
  r.updatedBy = CASE WHEN differs OR NOT cited THEN $user ELSE r.updatedBy END
SET r.citeUrl = CASE WHEN cited THEN r.citeUrl ELSE coalesce(r.citeUrl, [q IN coalesce(r.citeQuote, []) | '']) + $citation.url END
SET r.citeSection = CASE WHEN cited THEN r.citeSection ELSE coalesce(r.citeSection, []) + $citation.section END
SET r.citeOffset = CASE WHEN cited THEN r.citeOffset ELSE coalesce(r.citeOffset, []) + $citation.offset END
SET r.citeQuote = CASE WHEN cited THEN r.citeQuote ELSE coalesce(r.citeQuote, []) + $citation.quote END
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS relationship, before
