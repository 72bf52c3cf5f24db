/** One operation per shape of selection the translator meets: snapshot-tested (unit) and planned by Neo4j (EXPLAIN). */
export const SHAPES: Array<[string, string, Record<string, unknown>?]> = [
  [
    "a filter on entities: a quantifier on a relationship property and its far end, NOT, a case-insensitive prefix",
    `{ entities(first: 5, where: { kind: { eq: Company }, holdings: { some: { percentage: { gte: 50 }, owned: { country: { eq: "JP" } } } }, NOT: { name: { startsWith: "N", caseInsensitive: true } } }) { totalCount edges { node { id } } } }`,
  ],
  [
    "count, all, none and single quantifiers, as a variable",
    `query($where: EntityWhere) { entities(where: $where) { edges { node { id } } } }`,
    {
      where: {
        owners: { count: { gte: 1 }, all: { percentage: { isNull: false } } },
        competitors: { none: { competitor: { id: { eq: "kddi" } } } },
        officers: { single: { role: { contains: "president" } } },
        riskFactors: { some: { summary: { contains: "NTT" } } },
      },
    },
  ],
  [
    "entities sorted by an aggregate of a relationship list, a count and a field, after a cursor",
    `{ entities(orderBy: [{ owners: { percentage: { sum: DESC } } }, { holdings: { count: ASC } }, { name: ASC }], after: "a2V5czpbbnVsbCwxLCJOVFQiLCJudHQiXQ", first: 3) { edges { cursor node { id } } } }`,
  ],
  [
    "aggregates of relationship lists, filtered and aliased",
    `{ entity(id: "iij") { holdingsAggregate { count percentage { min max avg sum } } big: holdingsAggregate(where: { percentage: { gte: 50 } }) { count } suppliersAggregate(asOf: "2007") { costShare { sum } } relationshipsAggregate(types: [OWNS], direction: IN) { count } } }`,
  ],
  [
    "the entities connection's aggregate: count and two groupings",
    `{ entities(kind: Company) { aggregate { count groupBy(by: [COUNTRY, STATUS], first: 5) { key { country status } count } byKind: groupBy(by: [KIND]) { count } } } }`,
  ],
  [
    "the relationships connection filtered by its ends, sorted, aggregated and grouped by segment",
    `{ relationships(types: [OWNS, COMPETES_WITH], where: { from: { country: { eq: "JP" }, holdings: { count: { gte: 2 } } }, OR: [{ percentage: { gte: 50 } }, { type: { eq: COMPETES_WITH } }] }, orderBy: [{ percentage: DESC }], first: 3) { edges { cursor node { id } } aggregate { count percentage { sum avg } groupBy(by: [TYPE, SEGMENT]) { key { type segment } count } } } }`,
  ],
  [
    "histories of an entity, its events and relationships, one after a cursor",
    `{ entity(id: "iij") { history(first: 2) { edges { cursor } } events(first: 1) { history { edges { node { seq } } } } older: history(first: 1, after: "Y2hhbmdlOjA") { edges { cursor } } } relationships(first: 1) { edges { node { history { edges { cursor } } } } } }`,
  ],
  [
    "nodes by global id, with a fragment per type",
    `{ nodes(ids: ["iij", "ev-2003-08-crosswave-reorganization"]) { id ... on Entity { name holdingsAggregate { count } } ... on Event { kind date } ... on Relationship { type source } } }`,
  ],
  [
    "the events connection: participants quantified, sorted by date, yen totals grouped by year and role",
    `{ events(where: { participants: { some: { role: { eq: "investor" }, entity: { country: { eq: "JP" } } } } }, orderBy: [{ date: DESC }], first: 5) { edges { node { id date } } aggregate { count amount { sum { amount usd } } groupBy(by: [YEAR, ROLE]) { key { year role } count stake { max } } } } }`,
  ],
  [
    "filters on relationship lists: dates at their precision, OR, a relationship's type",
    `{ entity(id: "iij") { owners(where: { since: { lte: "2007-03" }, OR: [{ percentage: { gt: 20 } }, { former: { eq: true } }] }) { owner { id } } relationships(where: { type: { in: [OWNS, SUPPLIES] } }) { id } } }`,
  ],
  [
    "the timeline filtered by a participant and sorted by kind, then date",
    `{ timeline(entityId: "iij", where: { participants: { some: { role: { eq: "investor" } } } }, orderBy: [{ kind: ASC }, { date: DESC }], first: 3) { id } }`,
  ],
  [
    "an entity's competitors sorted by their holdings, its events by date, and its events' aggregate",
    `{ entity(id: "iij") { competitors(orderBy: [{ holdings: { count: DESC } }, { name: ASC }]) { competitor { id } } events(orderBy: [{ date: DESC }], where: { kind: { eq: Investment } }) { id } eventsAggregate(kinds: [Investment]) { count stake { sum max } } } }`,
  ],
  ["plain fields", `{ entity(id: "iij") { id name kind aliases description } }`],
  [
    "kind-specific fields",
    `{ entity(id: "iij") { name ... on Company { legalName country status } ... on FinancialFigure { amount { amount currency usd } } } }`,
  ],
  ["citations", `{ entity(id: "iij") { citations { section quote offset url } } }`],
  [
    "a relationship field with its far end",
    `{ entity(id: "iij") { owners { percentage since owner { id name } } } }`,
  ],
  [
    "two hops, with arguments as variables",
    `query($asOf: String, $n: Int!) { entity(id: "iij") { owners(asOf: $asOf, first: $n) { owner { holdings(first: 5) { owned { id } percentage } } } } }`,
    { asOf: "2007-03", n: 3 },
  ],
  [
    "three hops under a connection",
    `{ entities(first: 5) { totalCount edges { cursor node { id owners { owner { owners { owner { owners { owner { id } } } } } } } } } }`,
  ],
  [
    "aliases with different arguments",
    `{ entity(id: "iij") { top: owners(first: 1) { owner { id } } owners { owner { name } } } }`,
  ],
  [
    "one alias asked differently of different kinds",
    `{ entity(id: "iij") { ... on Company { x: owners(first: 1) { owner { id } } } ... on Person { x: owners(first: 2) { owner { id } } } } }`,
  ],
  ["a field only one kind has", `{ riskFactors { name concerns { id name } } }`],
  [
    "@skip and @include",
    `query($on: Boolean!) { entity(id: "iij") { id holdings @include(if: $on) { owned { id } } owners @skip(if: $on) { owner { id } } } }`,
    { on: true },
  ],
  [
    "fragment spreads",
    `{ search(text: "NTT") { score entity { ...Who } } } fragment Who on Entity { id name competitors(segment: SYSTEMS_INTEGRATION) { competitor { ...Name } segments } } fragment Name on Entity { name }`,
  ],
  [
    "relationships of several types and a direction",
    `{ entity(id: "iij") { relationships(types: [OWNS, SUPPLIES], direction: OUT, asOf: "2007") { id type source target label properties citations { quote } } } }`,
  ],
  [
    "events with participants and money",
    `{ entity(id: "iij") { events(kinds: [Investment], first: 3) { id name date role amount { amount currency usd rate { yenPerUsd } } participants { role entity { id } } } } }`,
  ],
  [
    "the relationships connection",
    `{ relationships(types: [OWNS], first: 3) { edges { node { id source target since } } pageInfo { hasNextPage } } }`,
  ],
  [
    "a whole relationship field at the root",
    `{ suppliers(id: "iij") { supplier { id } customer { id } costShare what } }`,
  ],
  [
    "competitors at the root, by segment",
    `{ competitors(id: "iij", segment: SYSTEMS_INTEGRATION) { competitor { id name } segments } }`,
  ],
  [
    "the corporate group",
    `{ corporateGroup(id: "iij") { root { id } members { entity { id officers { person { name } role } } parentId depth percentage effectivePercentage citations { quote } } } }`,
  ],
  [
    "the timeline",
    `{ timeline(first: 5) { id kind participants { role entity { id holdings { owned { id } } } } } }`,
  ],
  [
    "what a create returns",
    `mutation($input: CreateEntityInput!) { createEntity(input: $input) { created entity { id name owners { owner { id } } } } }`,
    {
      input: {
        id: "x-co",
        kind: "Company",
        name: "X",
        citations: [{ section: "s", quote: "q", url: "https://example.com" }],
      },
    },
  ],
  [
    "a sentence with what cites it",
    `{ sentence(offset: 2000) { id text citedBy { id kind type name from to quote offset } } }`,
  ],
  [
    "a page of sentences, citedBy under an alias and a fragment",
    `{ sentences(sectionId: "item-3d", first: 3) { totalCount edges { node { id ...Cited } } } } fragment Cited on Sentence { facts: citedBy { id } }`,
  ],
  [
    "full-text hits without citedBy",
    `{ searchText(text: "NTT", first: 2) { score sentence { id text } } }`,
  ],
  [
    "what cites the sentences of an entity's and its owners' citations",
    `{ entity(id: "ntt") { citations { context { sentence { citedBy { id } } } } owners { citations { quote context { sentences { citedBy { id } } } } } } }`,
  ],
];
