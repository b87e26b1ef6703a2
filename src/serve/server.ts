// `clausewright serve`: a local web app over one folder of deal files, on 127.0.0.1 only.

import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { ToolError } from "../core/errors.js";
import { packageRoot } from "../package/package-root.js";
import { toolVersion } from "../library/results.js";
import { apiRoutes } from "./api.js";
import { DealFolder } from "./folder.js";
import { guard } from "./guard.js";
import { pageHtml } from "./page.js";

export interface ServeOptions {
  folder: string;
  /** 0 (the default) lets the system choose a free port. */
  port?: number;
  templates?: readonly string[];
  /** The per-start token; random unless a test gives one. */
  token?: string;
}

export interface RunningServer {
  /** The URL to open, with the token: http://127.0.0.1:<port>/?token=… */
  url: string;
  port: number;
  token: string;
  folder: string;
  close(): Promise<void>;
}

/** Where the build puts the page's script and style (scripts/bundle-web.mjs). */
export const webAssetsDir = (): string => join(packageRoot(), "dist", "bundle", "web");

const ASSETS: Record<string, string> = { "app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8" };

export function createApp(options: { folder: DealFolder; token: string; port: () => number; templates?: readonly string[] }): Hono {
  const app = new Hono();
  app.use("*", guard({ port: options.port, token: options.token }));
  app.get("/", (c) => c.html(pageHtml(options.token, toolVersion())));
  app.get("/assets/:name", (c) => {
    const name = c.req.param("name");
    const type = ASSETS[name];
    const file = join(webAssetsDir(), name);
    if (!type || !existsSync(file)) return c.text(`no asset ${name}: build the app with \`npm run build\``, 404);
    c.header("content-type", type);
    return c.body(readFileSync(file));
  });
  app.route("/api", apiRoutes({ folder: options.folder, ...(options.templates ? { templates: options.templates } : {}) }));
  return app;
}

/** Start the app on 127.0.0.1 and resolve once it listens. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  if (!existsSync(options.folder)) throw new ToolError(`${options.folder} does not exist: give the folder of your deal files`);
  const folder = new DealFolder(options.folder);
  const token = options.token ?? randomBytes(24).toString("hex");
  let port = options.port ?? 0;
  const app = createApp({ folder, token, port: () => port, ...(options.templates ? { templates: options.templates } : {}) });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }) as Server;
    s.once("listening", () => resolve(s));
    s.once("error", (err: NodeJS.ErrnoException) =>
      reject(err.code === "EADDRINUSE" ? new ToolError(`port ${port} is in use: choose another with --port, or leave it out for a free one`) : err),
    );
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    folder: folder.root,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
