/**
 * Real Chromium with the built extension loaded, and a static server on 127.0.0.1 for the pages
 * it visits. Shared by `npm start`, the end-to-end tests and the page benchmark.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { ROOT } from './database';

export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How long a fresh profile may take to open the welcome tab after install. */
const WELCOME_WAIT_MS = 10_000;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves a folder; extra routes let a test serve generated pages without writing files. */
export async function serveDir(dir: string, routes: Record<string, string> = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path in routes) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(routes[path]);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker | null;
  close: () => Promise<void>;
}

export async function launchWithExtension(
  options: { headless?: boolean; colorScheme?: 'light' | 'dark'; extension?: boolean; extensionDir?: string; args?: string[] } = {},
): Promise<ExtensionBrowser> {
  const withExtension = options.extension ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y --no-install-recommends chromium".`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'missionlens-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 800 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      ...(options.args ?? []),
    ],
  });
  // An extension without a background (the bench's floor) has no worker to wait for.
  const hasWorker = withExtension && 'background' in JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const worker = hasWorker ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }))) : null;
  const extensionId = worker ? new URL(worker.url()).host : '';
  // The extension opens its welcome tab once installed; it would take focus from a page opened
  // before it (closing that page's card), so callers start once it is there.
  if (worker) {
    const welcome = `chrome-extension://${extensionId}/welcome.html`;
    const deadline = Date.now() + WELCOME_WAIT_MS;
    while (!context.pages().some((p) => p.url() === welcome) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
