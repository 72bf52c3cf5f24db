/** What the server renders into `<script id="boot" type="application/json">`. */
export interface Boot {
  endpoint: string;
  examples?: Array<{ name: string; query: string }>;
}

export function readBoot(): Boot {
  const text = document.getElementById("boot")?.textContent ?? "{}";
  return JSON.parse(text) as Boot;
}
