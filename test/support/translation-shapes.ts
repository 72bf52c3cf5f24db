/** One operation per shape of selection the translator meets: snapshot-tested (unit) and planned by Neo4j (EXPLAIN). */
export const SHAPES: Array<[string, string, Record<string, unknown>?]> = [
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
];
