import { connect, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP front for a database that a test can cut off (every connection dropped, new ones
 * refused) and restore on the same port: PostgreSQL unavailable, as a network or a restart makes it.
 */
export class CuttableProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  /** `target`: a Unix socket path (the test cluster's) or `{ host, port }`. */
  constructor(private readonly target: string | { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream =
        typeof this.target === "string" ? connect(this.target) : connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Drops every connection and refuses new ones until `open()` again. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
