import "./monaco-workers";
import type { Fetcher, FetcherReturnType } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { getOperationAST, parse } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "./graphiql.css";
import { readBoot } from "./boot";
import { CitedSourcesAside, showSourcesOf } from "./graphiql-sources";

const boot = readBoot();
const url = new URL(boot.endpoint, window.location.href).toString();

/** One WebSocket (graphql-ws) for subscriptions, opened again when the Authorization header changes. */
let ws: { client: Client; authorization: string } | undefined;
function wsClient(headers: Record<string, string>): Client {
  const authorization = headers.authorization ?? headers.Authorization ?? "";
  if (ws?.authorization !== authorization) {
    void ws?.client.dispose();
    ws = {
      authorization,
      client: createClient({
        url: url.replace(/^http/, "ws"),
        connectionParams: authorization ? { authorization } : {},
      }),
    };
  }
  return ws.client;
}

/**
 * The operation to run: GraphiQL's own choice when the document has it, else the document's only operation.
 * GraphiQL updates the operation name after a short pause in typing, so a query pasted and run at once still
 * carries the name of the one it replaced ("Unknown operation named ...").
 */
function resolveOperation(
  query: string,
  operationName?: string | null,
): { operationName?: string; subscription: boolean } {
  try {
    const document = parse(query);
    const operation =
      getOperationAST(document, operationName ?? undefined) ?? getOperationAST(document);
    if (!operation) return { operationName: operationName ?? undefined, subscription: false };
    return {
      operationName: operation.name?.value,
      subscription: operation.operation === "subscription",
    };
  } catch {
    return { operationName: operationName ?? undefined, subscription: false };
  }
}

/** Queries and mutations as a POST; subscriptions over WebSocket at the same URL, each change as it comes. */
const fetcher: Fetcher = async (params, options) => {
  const headers = (options?.headers ?? {}) as Record<string, string>;
  const { operationName, subscription } = resolveOperation(params.query, params.operationName);
  if (subscription) {
    return wsClient(headers).iterate({
      query: params.query,
      variables: params.variables ?? undefined,
      operationName,
    }) as unknown as FetcherReturnType;
  }
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(options?.headers ?? {}),
    },
    body: JSON.stringify({ ...params, operationName }),
  });
  const result: unknown = await res.json();
  showSourcesOf(result);
  return result as FetcherReturnType;
};

const tabs = (boot.examples ?? []).map((e) => ({ query: e.query }));

createRoot(document.getElementById("root")!).render(
  <>
    <GraphiQL fetcher={fetcher} defaultTabs={tabs.length ? tabs : undefined} />
    <CitedSourcesAside />
  </>,
);
