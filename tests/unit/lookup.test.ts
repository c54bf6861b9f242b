import { describe, expect, it } from 'vitest';
import { createLookup } from '../../src/background/integration';
import { loadDatabase } from '../../scripts/lib/database';

const lookup = createLookup(loadDatabase().entities);

describe('context-menu lookup', () => {
  it('resolves selected text to a body: a mention, a name with a typo, or nothing', () => {
    expect(lookup('KFOR')).toBe('kfor');
    expect(lookup('the OSCE Mission in Kosovo')).toBe('omik');
    expect(lookup('Kosovo Forse')).toBe('kfor');
    expect(lookup('banana bread')).toBeNull();
  });
});
