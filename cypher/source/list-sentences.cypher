// purpose: sentences in text order, of one section (an item with its risk factors) or of the whole text, optionally only those that something cites or nothing cites, a page at a time (the `sentences` query), a root statement: the translator appends the RETURN clause the selection asks for
// params: $sectionId (null for the whole text), $cited (null for all, true or false), $afterOffset (-1 for the first page), $first
// leaves: one row: found (false for an unknown section), totalCount, page (up to $first + 1 Sentence nodes in text order)
OPTIONAL MATCH (section:Section {id: $sectionId})
WITH
  $sectionId IS NULL OR section IS NOT NULL AS found,
  coalesce(section.offset, 0) AS start,
  coalesce(section.offset + section.length, 2147483647) AS end
CALL (found, start, end) {
  MATCH (s:Sentence)
  WHERE found AND s.offset >= start AND s.offset < end
    AND ($cited IS NULL OR EXISTS { (s)-[:SUPPORTS]->() } = $cited)
  WITH s
  ORDER BY s.offset
  RETURN count(s) AS totalCount, [x IN collect(s) WHERE x.offset > $afterOffset][0..$first + 1] AS page
}
WITH found, totalCount, page
