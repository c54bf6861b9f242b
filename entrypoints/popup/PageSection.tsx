/**
 * "This page": what MissionLens is doing in the current tab, said outright — the bodies it found,
 * nothing found, off on this site (with a button to turn it on), reload needed, or a page
 * browsers keep extensions out of.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { enabledOn, normalizeSite, type Settings, toggleSite } from '~/src/core/settings';
import { type PageSummary, sendToBackground, sendToFrame } from '~/src/messaging';
import { loadSettings, onSettingsChanged, saveSettings } from '~/src/settings-store';
import { staleTabs } from '~/src/tab-state';
import { t } from '~/src/ui/i18n';
import { CardIcon, ReloadIcon } from '~/src/ui/icons';
import type { Timeline } from '~/src/core/timeline';
import { PageTimeline } from './PageTimeline';

interface Props {
  labelOf: (id: string) => string | undefined;
  onOpen: (id: string) => void;
  /** The bodies' lanes on a time axis, with the article's date marked when there is one. */
  timelineOf?: (ids: string[], articleDate: string | null) => Timeline;
}

export type PageState = 'checking' | 'list' | 'empty' | 'off' | 'reload' | 'browser';

/** Pages no extension may read: browser pages, other extensions, the stores, view-source. */
const WEB_PAGE = /^(https?|file):/;

/** The tab the popup speaks about; `?tab=ID` names one when the popup is opened as a page. */
async function activeTab() {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * What every frame of the tab reported, united by the background (never just the top frame's);
 * null while no frame has reported: no content script there (browser pages, the store, a page
 * opened before install), or the page has not said anything yet.
 */
async function summaryOf(tabId: number): Promise<PageSummary | null> {
  try {
    const answer = await sendToBackground('pageSummary', { tabId });
    return answer.host ? answer : null;
  } catch {
    return null;
  }
}

/**
 * Lanes drawn at first: a page naming dozens of bodies (a list of every UN operation) would draw
 * a chart taller than the popup; the most mentioned come first, the rest on request.
 */
const TIMELINE_LANES = 12;

/** How often the open popup asks again what the page mentions (one small message to the background). */
const REFRESH_MS = 1000;
/** A page loading or being read again reports within this time; a longer silence means no content script. */
const QUIET_MS = 3000;

/** Scrolls to the body's next mention, in the first frame that mentions it. */
async function reveal(tabId: number, body: PageSummary['bodies'][number]): Promise<void> {
  for (const frameId of body.frames) {
    if (await sendToFrame({ tabId, frameId }, 'reveal', { id: body.id }).catch(() => false)) return;
  }
}

export function PageSection({ labelOf, onOpen, timelineOf }: Props) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [state, setState] = useState<PageState>('checking');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [allLanes, setAllLanes] = useState(false);
  /** When the tab last reported, or was reloaded: a short silence after it means its page is being read again. */
  const heardAt = useRef(0);
  const [articleDate, setArticleDate] = useState<string | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    let last = '';
    /** Asks what the tab mentions; without a report, works out why there is none. */
    const probe = async (id: number, url: string | undefined) => {
      const answer = await summaryOf(id);
      const key = JSON.stringify(answer);
      if (key !== last) setSummary(answer);
      last = key;
      if (answer) {
        heardAt.current = Date.now();
        return;
      }
      if (Date.now() - heardAt.current < QUIET_MS) return setState('checking');
      // The URL is known when the reader opened the popup from the toolbar (activeTab).
      if (url && !WEB_PAGE.test(url)) return setState('browser');
      setState((await staleTabs()).includes(id) ? 'reload' : 'browser');
    };
    void (async () => {
      const tab = await activeTab();
      setSettings((await loadSettings()).settings);
      if (tab?.id === undefined) return setState('browser');
      const id = tab.id;
      setTabId(id);
      // The page's own date, for the timeline's marker; a page without a content script has none.
      sendToFrame({ tabId: id, frameId: 0 }, 'articleDate', {}).then(
        (date) => setArticleDate(typeof date === 'string' ? date : null),
        () => undefined,
      );
      await probe(id, tab.url);
      // A page still being read, reloaded or switched reports again: the popup follows while open.
      timer = setInterval(() => void probe(id, tab.url), REFRESH_MS);
    })();
    const stop = onSettingsChanged(setSettings);
    return () => {
      clearInterval(timer);
      stop();
    };
  }, []);

  const site = summary ? normalizeSite(summary.host) : null;
  const on = settings && site ? enabledOn(settings, site) : false;
  const shown: PageState = !summary ? state : !settings ? 'checking' : !on ? 'off' : summary.bodies.length > 0 ? 'list' : 'empty';

  const reload = () => {
    if (tabId === null) return;
    heardAt.current = Date.now();
    setState('checking');
    void browser.tabs.reload(tabId);
  };
  const toggle = async () => {
    if (!settings || !site) return;
    const next = toggleSite(settings, site);
    setSettings(next);
    try {
      await saveSettings(next);
      setSaveError(null);
    } catch (err) {
      // Refused by storage (sync quotas): the popup shows the state that is really stored.
      setSettings(settings);
      setSaveError(t('optSaveFailed', (err as Error).message));
    }
  };

  return (
    <section class="page" aria-labelledby="page-title" data-state={shown}>
      <h2 id="page-title">{t('thisPage')}</h2>
      {shown === 'checking' ? <p class="state">{t('pageChecking')}</p> : null}
      {shown === 'browser' ? <p class="state">{t('pageBrowser')}</p> : null}
      {shown === 'reload' ? (
        <>
          <p class="state">{t('pageReload')}</p>
          <button type="button" class="primary" id="reload-tab" onClick={reload}>
            <ReloadIcon /> {t('pageReloadButton')}
          </button>
        </>
      ) : null}
      {shown === 'off' && site ? (
        <>
          <p class="state">{t('pageOff', site)}</p>
          <button type="button" class="primary" id="turn-on" onClick={() => void toggle()}>
            {t('pageTurnOn', site)}
          </button>
        </>
      ) : null}
      {shown === 'empty' ? <p class="state">{t('pageEmpty')}</p> : null}
      {shown === 'list' && summary ? (
        <>
          <p class="state">{t('pageFound', summary.bodies.length)}</p>
          <ul class="on-page">
            {summary.bodies.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  class="on-page-reveal"
                  data-id={s.id}
                  title={t('revealTitle')}
                  onClick={() => tabId !== null && void reveal(tabId, s)}
                >
                  {labelOf(s.id) ?? t('unknownBody')} <span class="count">×{s.count}</span>
                </button>
                <button
                  type="button"
                  class="on-page-card"
                  aria-label={t('factsAbout', labelOf(s.id) ?? t('unknownBody'))}
                  title={t('factsAbout', labelOf(s.id) ?? t('unknownBody'))}
                  onClick={() => onOpen(s.id)}
                >
                  <CardIcon />
                </button>
              </li>
            ))}
          </ul>
          {timelineOf ? (
            <PageTimeline
              timeline={timelineOf(
                summary.bodies.slice(0, allLanes ? undefined : TIMELINE_LANES).map((s) => s.id),
                articleDate,
              )}
              total={summary.bodies.length}
              limit={TIMELINE_LANES}
              all={allLanes}
              onToggleAll={() => setAllLanes(!allLanes)}
              onOpen={onOpen}
            />
          ) : null}
        </>
      ) : null}
      {(shown === 'list' || shown === 'empty') && site ? (
        <label class="site-switch">
          <input type="checkbox" checked={on} onChange={() => void toggle()} />
          <span>{t('siteSwitch', site)}</span>
        </label>
      ) : null}
      {saveError ? (
        <p class="save-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <p class="links">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('options')}
        </button>
      </p>
    </section>
  );
}
