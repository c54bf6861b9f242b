/** The detector's one entry point: matcher mentions with Security Council resolutions found by rule. */
import { describe, expect, it } from 'vitest';
import { loadDetector } from '../../scripts/lib/matcher-node';

const all = loadDetector('all');
const data = loadDetector('data');
const ids = (found: { id: string; text: string }[]) => found.map((m) => `${m.id}:${m.text}`);

describe('detectMentions', () => {
  it('marks any resolution by rule, the longest reference over the Council inside it', () => {
    expect(ids(all('Diplomats cited Security Council resolution 2334 on Tuesday.'))).toEqual([
      'unscr-2334:Security Council resolution 2334',
    ]);
    expect(ids(all('Le texte renvoie à la résolution 2719 du Conseil de sécurité.'))).toEqual([
      'unscr-2719:résolution 2719 du Conseil de sécurité',
    ]);
    expect(ids(all('Peacekeepers in Naqoura answer to UN Security Council Resolution 1701 (2006).'))).toContain(
      'unscr-1701:UN Security Council Resolution 1701 (2006)',
    );
  });

  it("scores by the shared policy in 'data' scope: a resolution without a record leaves the Council", () => {
    expect(ids(data('Diplomats cited Security Council resolution 2334 on Tuesday.'))).toEqual(['unsc:Security Council']);
    expect(ids(data('Diplomats cited Security Council resolution 1244 on Tuesday.'))).toEqual([
      'unscr-1244:Security Council resolution 1244',
    ]);
  });

  it("never marks a city council's or a parliament's resolution, in the readers' languages", () => {
    for (const text of [
      'At its Monday session the town council adopted resolution 1244 on parking fees.',
      'Der Gemeinderat von Gjakova beschloss die Resolution 1244 über neue Radwege.',
      'El ayuntamiento aprobó ayer la resolución 1701 sobre el reciclaje.',
      'Il consiglio comunale ha votato la risoluzione 1244 sui parcheggi.',
      'Skupština opštine usvojila je Rezoluciju 1244 o vodovodu.',
      'Kuvendi Komunal miratoi Rezolutën 1244 për rrugët e qytetit.',
    ]) {
      expect(all(text), text).toEqual([]);
    }
  });

  it('keeps a record the data hides from pages unmarked, the Council inside it too', () => {
    expect(ids(all('The debate returned to Security Council resolution 1325 on women and peace.'))).toEqual([]);
  });
});

describe('resolutions in hashtags', () => {
  it('reads a word and number run together after the sign, with the same evidence as a bare reference', () => {
    expect(ids(all('Sot përkujtojmë #Rezoluta1244 dhe misionin e OKB-së.'))).toEqual(['unscr-1244:Rezoluta1244']);
    expect(ids(all('The city council hashtag #Resolution1244 trended.'))).toEqual([]);
  });
});
