// purpose: IIJ's shareholders, with their stakes (NTT's 29.7% includes its affiliates), board-nomination rights and the directors they nominated
// params: none
// returns: paths (owner)-[:OWNS]->(:Company {id: 'iij'}), (owner)-[:CAN_APPOINT]->(iij) and (owner)-[:NOMINATED]->(:Person)-[:HOLDS_POSITION]->(iij)
MATCH p = (owner)-[:OWNS]->(iij:Company {id: 'iij'})
OPTIONAL MATCH appoint = (owner)-[:CAN_APPOINT]->(iij)
OPTIONAL MATCH nominee = (owner)-[:NOMINATED]->(:Person)-[:HOLDS_POSITION]->(iij)
RETURN p, appoint, nominee
