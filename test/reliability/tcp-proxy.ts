import { createServer, connect, type Server, type Socket } from "node:net";

/**
 * A Bolt COMMIT on the wire: chunk header (size 2), the message struct (marker 0xB0: tiny struct of 0
 * fields, signature 0x12 COMMIT), then the end-of-message chunk 00 00. The driver writes it on its own
 * after the transaction's RUN/PULL results came back, so it lands in one client->server `data` event.
 * A parameter value with these 6 bytes would match too; the tests send none.
 */
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

/** Non-overlapping occurrences of `needle` in `hay`. */
function occurrences(hay: Buffer, needle: Buffer): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

interface Pair {
  client: Socket;
  server?: Socket;
  /** Bytes of this connection are dropped, both ways, from now on. */
  holed: boolean;
  /** The COMMIT was forwarded: cut the connection when the database answers it, and drop the answer. */
  cutOnAnswer?: boolean;
}

/**
 * A TCP proxy on 127.0.0.1 in front of a Neo4j Bolt port, for injecting network faults between our server and
 * a real database without iptables or `ss -K`. It sees every byte of the connection, including the Bolt
 * handshake (the client's 60 60 B0 17 magic and version proposals, the server's chosen version) and HELLO/LOGON,
 * which it forwards untouched; only the COMMIT pattern above is looked for.
 */
export class BoltProxy {
  private readonly pairs = new Set<Pair>();
  private mode: "pass" | "blackhole" = "pass";
  private cutArmed: false | { forward: boolean } = false;
  private cutDone!: () => void;
  private holeArmed = false;
  private holeDone!: () => void;
  /** COMMIT messages seen from clients (forwarded or cut). */
  commits = 0;
  /** Connections accepted since the proxy started. */
  accepted = 0;
  /** Resolves when an armed cutOnCommit has cut a connection. */
  cut: Promise<void> = Promise.resolve();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  /** Listens on 127.0.0.1, any free port, forwarding to `target` (host:port). */
  static async start(target: { host: string; port: number }): Promise<BoltProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const proxy = new BoltProxy(server, (server.address() as { port: number }).port);
    server.on("connection", (client) => proxy.accept(client, target));
    return proxy;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** Open client connections (black-holed ones included). */
  get open(): number {
    return this.pairs.size;
  }

  private accept(client: Socket, target: { host: string; port: number }): void {
    this.accepted++;
    const pair: Pair = { client, holed: this.mode === "blackhole" };
    this.pairs.add(pair);
    const drop = () => {
      client.destroy();
      pair.server?.destroy();
      this.pairs.delete(pair);
    };
    client.on("error", drop).on("close", drop);
    // A black-holed new connection is accepted (the driver's connect succeeds) and then never answered.
    if (pair.holed) return;
    const server = connect(target.port, target.host);
    pair.server = server;
    server.on("error", drop).on("close", drop);
    server.on("data", (data: Buffer) => {
      if (pair.cutOnAnswer) {
        drop();
        this.cutDone();
      } else if (!pair.holed) client.write(data);
    });
    client.on("data", (data: Buffer) => {
      if (pair.holed) return;
      const commits = occurrences(data, COMMIT);
      this.commits += commits;
      if (commits > 0 && this.cutArmed) {
        // Either way the driver sees its connection close with the COMMIT unanswered and cannot know the outcome.
        // Not forwarded: Neo4j never gets the COMMIT and rolls the transaction back when the socket closes.
        // Forwarded: Neo4j commits; its SUCCESS is dropped and the connection cut when it comes.
        const { forward } = this.cutArmed;
        this.cutArmed = false;
        if (!forward) {
          drop();
          this.cutDone();
          return;
        }
        pair.cutOnAnswer = true;
      }
      server.write(data);
      if (this.holeArmed) {
        // That request reached the database; its answer, and everything after it, will not come back.
        this.holeArmed = false;
        this.blackhole();
        this.holeDone();
      }
    });
  }

  /** Drops every byte both ways on every open connection, and accepts new ones without forwarding. */
  blackhole(): void {
    this.mode = "blackhole";
    for (const pair of this.pairs) pair.holed = true;
  }

  /** Arms blackhole() for right after the next bytes any client sends are forwarded: a request in flight when the network fails. */
  blackholeAfterNextSend(): Promise<void> {
    this.holeArmed = true;
    return new Promise<void>((resolve) => (this.holeDone = resolve));
  }

  /** Forwards new connections again and closes the black-holed ones (as a healed network's peers would, eventually). */
  heal(): void {
    this.mode = "pass";
    for (const pair of [...this.pairs]) {
      if (pair.holed) {
        pair.client.destroy();
        pair.server?.destroy();
        this.pairs.delete(pair);
      }
    }
  }

  /**
   * Arms a single cut: the next connection that sends a COMMIT is closed, both sockets, before the COMMIT is
   * forwarded (or, with `forward`, once the database has answered it, the answer dropped).
   */
  cutOnCommit({ forward = false } = {}): Promise<void> {
    this.cutArmed = { forward };
    this.cut = new Promise<void>((resolve) => (this.cutDone = resolve));
    return this.cut;
  }

  async close(): Promise<void> {
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.server?.destroy();
    }
    this.pairs.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
