// purpose: sets (or, with null, clears) properties of an event and adds a citation unless the event already has it
// params: $id, $props (map; null values clear), $citation {section, quote, offset, url}, $now, $user
// returns: id, or no row when there is no such event
MATCH (e:Event {id: $id})
WITH e, any(i IN range(0, size(coalesce(e.citeQuote, [])) - 1)
  WHERE e.citeQuote[i] = $citation.quote AND e.citeSection[i] = $citation.section AND coalesce(e.citeUrl[i], '') = $citation.url) AS cited,
  any(k IN keys($props) WHERE NOT coalesce(e[k] = $props[k], e[k] IS NULL AND $props[k] IS NULL)) AS differs
SET e += $props
// An update that changes nothing (an idempotent repeat) leaves the stamps too: it is no change.
SET e.updatedAt = CASE WHEN differs OR NOT cited THEN $now ELSE e.updatedAt END,
  e.updatedBy = CASE WHEN differs OR NOT cited THEN $user ELSE e.updatedBy END
SET e.citeUrl = CASE WHEN cited THEN e.citeUrl ELSE coalesce(e.citeUrl, [q IN coalesce(e.citeQuote, []) | '']) + $citation.url END
SET e.citeSection = CASE WHEN cited THEN e.citeSection ELSE coalesce(e.citeSection, []) + $citation.section END
SET e.citeOffset = CASE WHEN cited THEN e.citeOffset ELSE coalesce(e.citeOffset, []) + $citation.offset END
SET e.citeQuote = CASE WHEN cited THEN e.citeQuote ELSE coalesce(e.citeQuote, []) + $citation.quote END
RETURN e.id AS id
