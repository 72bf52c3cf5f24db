// purpose: the facts one section of the 20-F states: its sentences, the entities, events and rates each supports, and the relationships whose citations are in it (here "Relationship with NTT"; put another section id, e.g. 'item-3d-competition')
// params: none
// returns: section, sentences, paths (:Sentence)-[:SUPPORTS]->(x) and, for a relationship's citation, the path (x)-[r]->(y) that SUPPORTS names by id (cites)
MATCH (section:Section {id: 'item-3d-relationship-with-ntt'})-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH fact = (s)-[sup:SUPPORTS]->(x)
OPTIONAL MATCH relationship = (x)-[r]->()
WHERE sup.end = 'FROM' AND r.id = sup.cites
RETURN section, s, fact, relationship
