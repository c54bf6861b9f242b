/** "On this page": the bodies the current tab mentions, and the switch for the current site. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { enabledOn, normalizeSite, type Settings, toggleSite } from '~/src/core/settings';
import { type PageSummary, sendToBackground, sendToFrame } from '~/src/messaging';
import { loadSettings, saveSettings } from '~/src/settings-store';
import type { Timeline } from '~/src/core/timeline';
import { t } from '~/src/ui/i18n';
import { PageTimeline } from './PageTimeline';

interface Props {
  labelOf: (id: string) => string | undefined;
  onOpen: (id: string) => void;
  /** The bodies' lanes on a time axis, with the article's date marked when there is one. */
  timelineOf?: (ids: string[], articleDate: string | null) => Timeline;
}

/** The tab the popup speaks about; `?tab=ID` names one when the popup is opened as a page. */
async function activeTab() {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** What every frame of the tab reported, united by the background (never just the top frame's). */
async function summaryOf(tabId: number): Promise<PageSummary | null> {
  try {
    return await sendToBackground('pageSummary', { tabId });
  } catch {
    return null;
  }
}

/** How often the open popup asks again what the page mentions (one small message to the background). */
const REFRESH_MS = 1000;

/** Scrolls to the body's next mention, in the first frame that mentions it. */
async function reveal(tabId: number, body: PageSummary['bodies'][number]): Promise<void> {
  for (const frameId of body.frames) {
    if (await sendToFrame({ tabId, frameId }, 'reveal', { id: body.id }).catch(() => false)) return;
  }
}

export function PageSection({ labelOf, onOpen, timelineOf }: Props) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [site, setSite] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [summary, setSummary] = useState<PageSummary['bodies'] | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [articleDate, setArticleDate] = useState<string | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    void (async () => {
      const tab = await activeTab();
      setSettings((await loadSettings()).settings);
      if (tab?.id === undefined) return;
      const id = tab.id;
      setTabId(id);
      // The page's own date, for the timeline's marker; a page without a content script has none.
      sendToFrame({ tabId: id, frameId: 0 }, 'articleDate', {}).then(
        (date) => setArticleDate(typeof date === 'string' ? date : null),
        () => undefined,
      );
      let last = '';
      const refresh = async () => {
        const answer = await summaryOf(id);
        const key = JSON.stringify(answer);
        if (key === last) return;
        last = key;
        setSite(answer?.host ? normalizeSite(answer.host) : null);
        setSummary(answer?.bodies ?? null);
      };
      await refresh();
      // A page still being read, or changing, reports again: the list follows while the popup is open.
      timer = setInterval(() => void refresh(), REFRESH_MS);
    })();
    return () => clearInterval(timer);
  }, []);

  const on = settings && site ? enabledOn(settings, site) : false;
  const toggle = async () => {
    if (!settings || !site) return;
    const next = toggleSite(settings, site);
    setSettings(next);
    try {
      await saveSettings(next);
      setSaveError(null);
    } catch (err) {
      // Refused by storage (sync quotas): the switch shows the state that is really stored.
      setSettings(settings);
      setSaveError(t('optSaveFailed', (err as Error).message));
      return;
    }
  };

  return (
    <section class="page" aria-label={t('thisPage')}>
      {site ? (
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
      {summary && summary.length > 0 ? (
        <>
          <h2>{t('onThisPage')}</h2>
          <ul class="on-page">
            {summary.map((s) => (
              <li key={s.id}>
                <button type="button" class="on-page-reveal" data-id={s.id} onClick={() => tabId !== null && void reveal(tabId, s)}>
                  {labelOf(s.id) ?? s.id} <span class="count">×{s.count}</span>
                </button>
                <button type="button" class="on-page-card" aria-label={t('factsAbout', labelOf(s.id) ?? s.id)} onClick={() => onOpen(s.id)}>
                  ⓘ
                </button>
              </li>
            ))}
          </ul>
          {timelineOf ? (
            <PageTimeline
              timeline={timelineOf(
                summary.map((s) => s.id),
                articleDate,
              )}
              onOpen={onOpen}
            />
          ) : null}
        </>
      ) : null}
      <p class="links">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('options')}
        </button>
      </p>
    </section>
  );
}
