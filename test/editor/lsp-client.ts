import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The server's own entry (the package's `yaml-language-server` bin), run by this Node. */
export const SERVER_BIN = join(dirname(require.resolve("yaml-language-server/package.json")), "bin", "yaml-language-server");

interface Message {
  jsonrpc: "2.0";
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

/**
 * A minimal LSP client over stdio (Content-Length framed JSON-RPC), enough to open documents,
 * collect pushed diagnostics and ask for completion and hover. Every wait is bounded.
 */
export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly diagnostics = new Map<string, Diagnostic[][]>();
  private readonly diagnosticWaiters: Array<{ uri: string; resolve: (d: Diagnostic[]) => void }> = [];
  readonly stderr: string[] = [];

  constructor() {
    this.child = spawn(process.execPath, [SERVER_BIN, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on("data", (chunk: Buffer) => this.stderr.push(chunk.toString("utf8")));
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString("ascii"))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8");
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined && typeof message.id === "number") {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else waiter?.resolve(message.result);
      return;
    }
    if (message.method === "textDocument/publishDiagnostics") {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      const list = this.diagnostics.get(uri) ?? [];
      list.push(diagnostics);
      this.diagnostics.set(uri, list);
      for (const w of this.diagnosticWaiters.filter((x) => x.uri === uri)) {
        this.diagnosticWaiters.splice(this.diagnosticWaiters.indexOf(w), 1);
        w.resolve(diagnostics);
      }
      return;
    }
    // the server's own requests (registerCapability, workDoneProgress/create, configuration)
    if (message.id !== undefined && message.method) {
      const result = message.method === "workspace/configuration" ? ((message.params as { items: unknown[] }).items.map(() => null)) : null;
      this.send({ jsonrpc: "2.0", id: message.id, result });
    }
  }

  request<T>(method: string, params: unknown, timeoutMs = 5000): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: "2.0", id, method, params });
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer within ${timeoutMs} ms; server said: ${this.stderr.join("")}`)), timeoutMs);
      this.pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v as T)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  /** The next diagnostics the server publishes for `uri`. */
  nextDiagnostics(uri: string, timeoutMs = 5000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.diagnosticWaiters.push({ uri, resolve: (d) => (clearTimeout(timer), resolve(d)) });
    });
  }

  /** Every diagnostics notification received for `uri`, in order. */
  published(uri: string): Diagnostic[][] {
    return this.diagnostics.get(uri) ?? [];
  }

  /** Shut the server down politely, and kill it if it does not exit within a second. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    try {
      await this.request("shutdown", null, 1000);
      this.notify("exit", null);
    } catch {
      // a server that does not answer is killed below
    }
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 1000);
    await exited;
    clearTimeout(timer);
  }
}
