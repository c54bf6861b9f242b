/** Reading a page's text in a real browser: what is read, what is skipped, and the way back to DOM ranges. */
import { afterEach, describe, expect, it } from 'vitest';
import { createTextWalker, parentClassifier, rangeFor, readChunk, type TextIndex } from '../../src/content/text-index';

const HOST = 'missionlens-host';
const readAll = (root: Node, limit = 1_000_000): TextIndex[] => {
  const walker = createTextWalker(root);
  const state = { held: null, lastBlock: null };
  const classify = parentClassifier(HOST);
  const out: TextIndex[] = [];
  for (let index = readChunk(walker, limit, state, classify); index; index = readChunk(walker, limit, state, classify)) out.push(index);
  return out;
};
const mount = (html: string) => {
  const div = document.createElement('div');
  // Test markup written here, not page input.
  div.innerHTML = html;
  document.body.append(div);
  return div;
};

afterEach(() => document.body.replaceChildren());

describe('text reading', () => {
  it('joins inline elements, so a name split by markup reads whole', () => {
    const root = mount('<p>The <a href="#">UN</a>MIK office and <b>EU</b><i>LEX</i> judges.</p>');
    const [index] = readAll(root);
    expect(index!.text).toContain('UNMIK office');
    expect(index!.text).toContain('EULEX judges');
  });

  it('separates blocks, so words never fuse across them', () => {
    const root = mount('<div>KFOR</div><div>troops</div><li>UN</li><li>MIK</li>');
    const text = readAll(root)
      .map((i) => i.text)
      .join('');
    expect(text).not.toContain('KFORtroops');
    expect(text).not.toContain('UNMIK');
  });

  it('skips code, form fields, editable areas, hidden elements and our own host', () => {
    const root = mount(
      '<p>seen-one</p><code>code-text</code><textarea>typed-text</textarea><div contenteditable="true">edit-text</div>' +
        '<div hidden>hidden-text</div><div role="textbox">box-text</div><missionlens-host>card-text</missionlens-host><p>seen-two</p>',
    );
    const text = readAll(root)
      .map((i) => i.text)
      .join('');
    expect(text).toContain('seen-one');
    expect(text).toContain('seen-two');
    for (const skipped of ['code-text', 'typed-text', 'edit-text', 'hidden-text', 'box-text', 'card-text'])
      expect(text).not.toContain(skipped);
  });

  it('reads a long page in pieces of bounded size and loses nothing between them', () => {
    const words = Array.from({ length: 400 }, (_, i) => `<p>paragraph ${i} about KFOR</p>`).join('');
    const root = mount(words);
    const pieces = readAll(root, 2_000);
    expect(pieces.length).toBeGreaterThan(3);
    const text = pieces.map((i) => i.text).join('');
    expect(text.match(/KFOR/g)).toHaveLength(400);
  });

  it('maps offsets in the read text back to a DOM range, across element boundaries', () => {
    const root = mount('<p>Judges of <b>EU</b><i>LEX</i> met.</p>');
    const [index] = readAll(root);
    const start = index!.text.indexOf('EULEX');
    const range = rangeFor(index!, start, start + 5)!;
    expect(range.toString()).toBe('EULEX');
    expect(range.startContainer.parentElement!.localName).toBe('b');
    expect(range.endContainer.parentElement!.localName).toBe('i');
  });
});
