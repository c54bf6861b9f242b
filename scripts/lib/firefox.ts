/**
 * Real Firefox (Debian's firefox-esr) with the built Firefox extension, driven over WebDriver BiDi
 * by puppeteer-core. Nothing is downloaded: puppeteer-core never fetches browsers, and the binary
 * is named explicitly.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './database';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed so tests can open the popup and options by URL; Firefox otherwise picks a random one. */
export const FIREFOX_UUID = '6f2b9a44-1c1e-4c59-9f0a-3d1b2b8e5a10';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Every request that tried to leave the machine, from any context (pages, background, the browser itself). */
  outbound: string[];
  close: () => Promise<void>;
}

/**
 * Every non-local request is routed to a proxy on 127.0.0.1 that records it and refuses it, so
 * requests from the background page and from Firefox itself are seen too, not just the tab's.
 */
async function recordingProxy(outbound: string[]): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    outbound.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket: Socket) => {
    outbound.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}: install it with "apt-get install -y --no-install-recommends firefox-esr".`);
  }
  // The add-on id is the built manifest's (wxt.config.ts), so the fixed UUID is mapped to what Firefox loads.
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const outbound: string[] = [];
  const proxy = await recordingProxy(outbound);
  const userDataDir = mkdtempSync(join(tmpdir(), 'missionlens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir,
    defaultViewport: { width: 1200, height: 800 },
    // Navigating to moz-extension:// pages (popup, options) over BiDi needs system access.
    args: ['--remote-allow-system-access'],
    // Lets puppeteer's dummy Remote Settings server take effect (release builds ignore the pref otherwise).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.allow_hijacking_localhost': false,
      // The browser's own background traffic is not the extension's: switched off so that the
      // proxy's record means "the extension asked for the network".
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'app.update.enabled': false,
      'browser.region.network.url': '',
      'browser.topsites.contile.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    outbound,
    close: async () => {
      await browser.close();
      await proxy.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of the extension's pages in a new tab. Firefox loads moz-extension:// documents in
 * the extension process, and puppeteer's navigation promise never settles for that switch, so the
 * tab is watched for the document instead.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(`${FIREFOX_ORIGIN}/${path}`, { timeout: 0 }).catch(() => {});
  // While the tab switches process, an evaluation can land in a document being torn down and
  // fail with a protocol error; that is the switch, not the page, so it is asked again.
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', {
        timeout: Math.max(1, deadline - Date.now()),
      });
      return page;
    } catch (err) {
      if (Date.now() >= deadline || !String(err).includes('Protocol error')) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
