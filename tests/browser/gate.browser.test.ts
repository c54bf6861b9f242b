/** The first stage: which frames are worth the page script, in real documents and real iframes. */
import { afterEach, describe, expect, it } from 'vitest';
import { bigEnough, hasText, whenWorthReading } from '../../src/content/gate';

const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');

/** A same-origin iframe of the given size, loaded. */
async function frame(width: number, height: number, body = '<p>KFOR troops</p>'): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.cssText = `width:${width}px;height:${height}px;border:0`;
  f.srcdoc = `<!doctype html><body style="margin:0">${body}</body>`;
  const loaded = new Promise((ok) => f.addEventListener('load', ok, { once: true }));
  document.body.append(f);
  await loaded;
  return f;
}

afterEach(() => {
  for (const f of document.querySelectorAll('iframe')) f.remove();
});

describe('first stage', () => {
  it('finds visible text, and none in scripts, styles or whitespace', () => {
    expect(hasText(doc('<p>KFOR</p>'))).toBe(true);
    expect(hasText(doc('<div>  \n </div><script>var kfor = 1</script><style>p{}</style><noscript>x</noscript>'))).toBe(false);
    expect(hasText(doc(''))).toBe(false);
  });

  it('reads frames big enough for a line of text, and the top document always', async () => {
    expect(bigEnough(window)).toBe(true);
    expect(bigEnough((await frame(300, 100)).contentWindow!)).toBe(true);
    expect(bigEnough((await frame(1, 1)).contentWindow!)).toBe(false);
    expect(bigEnough((await frame(300, 0)).contentWindow!)).toBe(false);
  });

  it('loads at once when there is text, and later in a frame that gets text or grows', async () => {
    let topLoads = 0;
    whenWorthReading(window, doc('<p>UNMIK</p>'), () => topLoads++);
    expect(topLoads).toBe(1);
    const empty = await frame(300, 100, '');
    const emptyWin = empty.contentWindow!;
    let emptyLoads = 0;
    whenWorthReading(emptyWin, emptyWin.document, () => emptyLoads++);
    expect(emptyLoads).toBe(0);
    emptyWin.document.body.append(emptyWin.document.createTextNode('UNIFIL patrols'));
    await expect.poll(() => emptyLoads).toBe(1);

    const tiny = await frame(1, 1);
    const tinyWin = tiny.contentWindow!;
    let tinyLoads = 0;
    whenWorthReading(tinyWin, tinyWin.document, () => tinyLoads++);
    expect(tinyLoads).toBe(0);
    tiny.style.cssText = 'width:300px;height:100px';
    await expect.poll(() => tinyLoads).toBe(1);
    // Once only: later changes do not load it again.
    tinyWin.document.body.append('more text');
    tiny.style.width = '400px';
    await new Promise((ok) => setTimeout(ok, 600));
    expect(tinyLoads).toBe(1);
  });
});
