import type { IncomingMessage } from "node:http";
import { isGraphqlPost } from "../../src/http/graphql-route";

const request = (method: string, url: string) => ({ method, url }) as IncomingMessage;

describe("isGraphqlPost (which requests the node:http route answers; the rest go to Express)", () => {
  it("takes POST /graphql, with or without a query string", () => {
    expect(isGraphqlPost(request("POST", "/graphql"))).toBe(true);
    expect(isGraphqlPost(request("POST", "/graphql?op=Q"))).toBe(true);
  });

  it("leaves other methods and paths to Express", () => {
    expect(isGraphqlPost(request("GET", "/graphql"))).toBe(false);
    expect(isGraphqlPost(request("OPTIONS", "/graphql"))).toBe(false);
    expect(isGraphqlPost(request("POST", "/graphql/"))).toBe(false);
    expect(isGraphqlPost(request("POST", "/graphqlx"))).toBe(false);
    expect(isGraphqlPost(request("POST", "/export/graph.json"))).toBe(false);
  });
});
