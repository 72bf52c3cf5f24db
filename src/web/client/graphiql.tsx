import "./monaco-workers";
import type { Fetcher, FetcherReturnType } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { getOperationAST, parse } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "./graphiql.css";
import { readBoot } from "./boot";

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

function isSubscription(query: string, operationName?: string | null): boolean {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation === "subscription";
  } catch {
    return false;
  }
}

/** Queries and mutations as a POST; subscriptions over WebSocket at the same URL, each change as it comes. */
const fetcher: Fetcher = async (params, options) => {
  const headers = (options?.headers ?? {}) as Record<string, string>;
  if (isSubscription(params.query, params.operationName)) {
    return wsClient(headers).iterate({
      query: params.query,
      variables: params.variables ?? undefined,
      operationName: params.operationName ?? undefined,
    }) as unknown as FetcherReturnType;
  }
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(options?.headers ?? {}),
    },
    body: JSON.stringify(params),
  });
  return res.json();
};

const tabs = (boot.examples ?? []).map((e) => ({ query: e.query }));

createRoot(document.getElementById("root")!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={tabs.length ? tabs : undefined} />,
);
