/**
 * The context model on the distractors named in the detection issue, with sentences written for
 * these tests: each ambiguous alias stays unlinked in its other sense and links in ours.
 */
import { describe, expect, it } from 'vitest';
import { loadDetector } from '../../scripts/lib/matcher-node';

const detect = loadDetector();
const ids = (text: string) => detect(text).map((m) => `${m.text}=${m.id}`);

describe('context model: other senses stay unlinked', () => {
  it.each([
    [
      'KFOR the Oklahoma City TV station',
      'Tune in to KFOR 4 tonight for the Oklahoma City forecast and the high school football scores.',
      'KFOR',
    ],
    [
      'ICO the UK regulator',
      'The ICO fined the retailer £2m after customer records were exposed; the Information Commissioner said.',
      'ICO',
    ],
    ['ICO an initial coin offering', 'The startup raised $30m in an ICO last spring, selling tokens to retail crypto investors.', 'ICO'],
    ['DPO a data protection officer', 'Under GDPR every public authority must appoint a DPO who reports on personal data handling.', 'DPO'],
    [
      'Atalanta the football club',
      'Atalanta beat Juventus 2-0 in Bergamo, with two goals in the second half of the Serie A match.',
      'Atalanta',
    ],
    ['Sophia a given name', 'Sophia Loren attended the premiere in Rome with her sons and signed autographs.', 'Sophia'],
    ['Irini a given name', 'Irini and her cousin opened a bakery in Thessaloniki last year.', 'Irini'],
    ['Althea a given name', 'Althea Gibson won Wimbledon in 1957 and again in 1958.', 'Althea'],
    ['ISG a consultancy', 'The analysts at ISG published their quarterly outsourcing index for enterprise clients.', 'ISG'],
    ['KSF key success factors', 'The workshop identified three KSF for the retail brand: price, service and location.', 'KSF'],
    ['ICR an interest coverage ratio', 'The ICR of the company fell to 2.1x as interest costs rose.', 'ICR'],
    ['A4P another programme', 'Sign up for A4P, the Apps for Pets coding bootcamp, before Friday.', 'A4P'],
    ['ISAF the sailing federation', 'ISAF rules for the regatta were updated before the Olympic sailing trials.', 'ISAF'],
    ['Unami the language', 'Unami, a Lenape language, is taught in a weekend class for beginners.', 'Unami'],
  ])('%s', (_name, text, term) => {
    expect(ids(text).filter((m) => m.startsWith(`${term}=`))).toEqual([]);
  });
});

describe('context model: our sense links', () => {
  it.each([
    ['KFOR with Kosovo cues', 'KFOR soldiers patrolled near Mitrovica in northern Kosovo.', 'KFOR=kfor'],
    ['ICO with Kosovo cues', 'The ICO supervised Kosovo’s independence until 2012 under the Ahtisaari plan.', 'ICO=ico'],
    ['DPO with UN cues', 'The UN’s DPO said peacekeeping budgets would shrink next year.', 'DPO=dpo'],
    [
      'Atalanta with piracy cues',
      'Atalanta warships escorted the food convoy through the Gulf of Aden against Somali piracy.',
      'Atalanta=eunavfor-atalanta',
    ],
    [
      'lower-case acronym anchored by the full name',
      'The Kosovo Force (KFOR) was created in 1999. Locals still call it kfor.',
      'kfor=kfor',
    ],
    ['title-case acronym', 'Unficyp patrols the buffer zone.', 'Unficyp=unficyp'],
    ['plural acronym', 'Several SRSGs have resigned.', 'SRSG=srsg'],
    ['German genitive', 'Die Resolution des UN-Sicherheitsrats wurde verabschiedet.', 'UN-Sicherheitsrats=unsc'],
    ['hashtag', 'Proud of our #BlueHelmets today.', '#BlueHelmets=blue-helmets'],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toContain(expected);
  });

  it('never links inside URLs, e-mail addresses', () => {
    expect(ids('See https://unmik.unmissions.org/unmik-history or mail press@unmik.example.org')).toEqual([]);
  });

  it('blocks names that contain ours but are something else', () => {
    expect(ids('The AU Peace and Security Council met in Addis Ababa.').filter((m) => m.endsWith('=unsc'))).toEqual([]);
  });
});
