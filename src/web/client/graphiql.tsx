import "./monaco-workers";
import type { Fetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "./graphiql.css";
import { readBoot } from "./boot";

const boot = readBoot();
const url = new URL(boot.endpoint, window.location.href).toString();

/** Plain POST over fetch: the API has no subscriptions. */
const fetcher: Fetcher = async (params, options) => {
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
