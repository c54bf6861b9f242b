/**
 * Detection in the languages its readers use: the examples of issue 15, inflection by rule,
 * generated English variants, and the ambiguity model's evidence, with sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { loadDetector } from '../../scripts/lib/matcher-node';

const detect = loadDetector();
const ids = (text: string) => detect(text).map((m) => `${m.text}=${m.id}`);

describe('the examples of the issue', () => {
  it('finds KFOR in Albanian, with and without NATO', () => {
    expect(ids('Ushtarët e KFOR-it patrulluan në veri të Kosovës.')).toEqual(['KFOR=kfor']);
    expect(ids('Ushtarët e NATO-s dhe të KFOR-it patrulluan në veri.')).toContain('KFOR=kfor');
  });

  it('finds KFOR in Serbian', () => {
    expect(ids('Pripadnici KFOR-a patrolirali su na severu Kosova.')).toEqual(['KFOR=kfor']);
  });

  it('finds the founding documents’ names of EULEX', () => {
    expect(ids('The EU Rule of Law Mission (EULEX) deployed.')).toEqual(['EU Rule of Law Mission=eulex', 'EULEX=eulex']);
    expect(ids('The European Union’s rule of law mission in Kosovo said it would stay.')).toEqual([
      'European Union’s rule of law mission in Kosovo=eulex',
    ]);
  });
});

describe('inflection by rule', () => {
  it.each([
    ['Albanian, fused', 'Zyrtarët e Euleksit dhe të Unmikut takuan Kforin.', ['Euleksit=eulex', 'Unmikut=unmik', 'Kforin=kfor']],
    [
      'Serbian, fused',
      'Predstavnici Unmika i Euleksa sastali su se sa Kforom u Prištini.',
      ['Unmika=unmik', 'Euleksa=eulex', 'Kforom=kfor'],
    ],
    ['Serbian Cyrillic', 'Представници Унмика разговарали су са КФОР-ом на Косову.', ['Унмика=unmik', 'КФОР=kfor']],
    [
      'a full name inflected inside (sq)',
      'Sipas Rezolutës 1244 të Këshillit të Sigurimit',
      ['Rezolutës 1244 të Këshillit të Sigurimit=unscr-1244'],
    ],
    [
      'a full name inflected inside (sr)',
      'u skladu sa Rezolucijom Saveta bezbednosti UN 1244',
      ['Rezolucijom Saveta bezbednosti UN 1244=unscr-1244'],
    ],
    ['German genitive', 'Die Resolution des UN-Sicherheitsrats wurde verabschiedet.', ['UN-Sicherheitsrats=unsc']],
    ['French and Italian elisions', "l'Unmik, d'EULEX et dell'UNIFIL", ['Unmik=unmik', 'EULEX=eulex', 'UNIFIL=unifil']],
    [
      'inner words with short stems (sr)',
      'Pred Specijalizovanim većima Kosova',
      ['Specijalizovanim većima Kosova=kosovo-specialist-chambers'],
    ],
    ['Albanian genitive of a name', 'Raporti i Misionit të OSBE-së në Kosovë', ['Misionit të OSBE-së në Kosovë=omik']],
    [
      'German compounds',
      'Die Kfor-Truppen und der Unmik-Chef trafen Eulex-Richter im Kosovo.',
      ['Kfor=kfor', 'Unmik=unmik', 'Eulex=eulex'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('keeps to the endings of the language: other words that begin like an acronym stay unlinked', () => {
    expect(ids('Kforce and Unmikrofon are not names of ours; neither is Euleksandra.')).toEqual([]);
  });
});

describe('the six UN languages', () => {
  it('finds names inside Chinese sentences, which have no spaces', () => {
    expect(ids('联合国安理会周二讨论了科索沃局势，联黎部队也在黎巴嫩南部巡逻。')).toEqual(['联合国安理会=unsc', '联黎部队=unifil']);
  });

  it('reads Russian case endings', () => {
    expect(ids('Представитель Совета Безопасности ООН заявил, что МООНК продолжит работу.')).toEqual([
      'Совета Безопасности ООН=unsc',
      'МООНК=unmik',
    ]);
  });
});

describe('English variants generated from the data', () => {
  it.each([
    ['U.N. Interim Force in Lebanon', 'unifil'],
    ['UN-SC members voted on the resolution; the UN-SC', 'unsc'],
    ['EU NAVFOR MED Irini', 'eunavfor-med-irini'],
    ['the 1244 UN Security Council Resolution', 'unscr-1244'],
    ['the Secretary-General’s Special Representative', 'srsg'],
    ['the Special Representative of the Secretary-General', 'srsg'],
    ['the EU’s Rule of Law Mission in Kosovo', 'eulex'],
  ])('%s', (text, id) => {
    expect(detect(`${text} said on Monday.`).map((m) => m.id)).toContain(id);
  });
});

describe('ambiguity model', () => {
  it('one sense per discourse: a text about the force keeps that sense', () => {
    const text = 'KFOR troops patrolled near Mitrovica in Kosovo.\n\nLater that day KFOR said the situation was calm.';
    expect(ids(text)).toEqual(['KFOR=kfor', 'KFOR=kfor']);
  });

  it('one sense per discourse: a text that shows the other sense keeps that one', () => {
    expect(ids('KFOR-TV weather: more storms on Monday. The KFOR forecast team will update the map.')).toEqual([]);
  });

  it('an acronym defined as something else is not ours in that text', () => {
    const text = "The Information Commissioner's Office (ICO) fined the firm. The ICO said Kosovo data was also lost.";
    expect(ids(text)).toEqual([]);
  });

  it('a definition that names our body anchors it', () => {
    expect(ids('The International Civilian Office (ICO) closed in 2012. The ICO had a small staff.')).toEqual([
      'International Civilian Office=ico',
      'ICO=ico',
      'ICO=ico',
    ]);
  });

  it('names that are words or given names need an operation word beside them', () => {
    expect(ids('Atalanta beat Napoli; Sophia, who joined the naval mission last year, was there.')).toEqual([]);
    expect(ids("L'Atalanta ha vinto. Intanto l'operazione Atalanta scorta le navi.")).toEqual(['operazione Atalanta=eunavfor-atalanta']);
    expect(ids('The Irini mission inspected a ship bound for Libya.')).toEqual(['Irini=eunavfor-med-irini']);
  });

  it('cues are matched by stem and in Cyrillic', () => {
    expect(ids('KFOR-i u vendos në Kosovë.')).toEqual(['KFOR=kfor']);
    expect(ids('КФОР је распоређен на Косову.')).toEqual(['КФОР=kfor']);
  });
});

describe('handles and hashtags', () => {
  it('link when they begin with an acronym and go on, the sigil in the mark', () => {
    expect(ids('Read #UNSCR1244 and follow @EULEXKosovo and #UNMIK2024.')).toEqual([
      '#UNSCR1244=unscr-1244',
      '@EULEXKosovo=eulex',
      '#UNMIK2024=unmik',
    ]);
  });

  it('never take an acronym that runs on in lower case', () => {
    expect(ids('#UNMIKrophone #EULEXicon')).toEqual([]);
  });
});

describe('issue 15, held-back causes made general', () => {
  it.each([
    [
      'a UN organ without the UN, inflected (hr)',
      'Izaslanici su čekali sjednicu Vijeća sigurnosti u New Yorku.',
      ['Vijeća sigurnosti=unsc'],
    ],
    ['a UN organ without the UN (sr)', 'Ruski predlog nije dobio podršku u Savetu bezbednosti.', ['Savetu bezbednosti=unsc']],
    [
      'a name without its place, in the genitive (sr)',
      'Sudije Misije Evropske unije za vladavinu prava napustile su sever.',
      ['Misije Evropske unije za vladavinu prava=eulex'],
    ],
    [
      'a long name whose first word another name shares (sr)',
      'Tada je Privremena administrativna misija Ujedinjenih nacija na Kosovu preuzela upravu.',
      ['Privremena administrativna misija Ujedinjenih nacija na Kosovu=unmik'],
    ],
    [
      'the same in Cyrillic',
      'Привремена административна мисија Уједињених нација на Косову је основана 1999.',
      ['Привремена административна мисија Уједињених нација на Косову=unmik'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('press forms of every acronym, where the text is in their language', () => {
  it.each([
    [
      'Croatian, a body hosted in Lebanon',
      'Hrvatski vojnici u sastavu Unifila su od 2007. godine, a kontingent je bio među najvećima.',
      ['Unifila=unifil'],
    ],
    ['Serbian, c written k', 'Pripadnici Minuske su tokom vikenda patrolirali, što je potvrdio i portparol.', ['Minuske=minusca']],
    ['Albanian', 'Ushtarët e Unifilit janë në Liban që nga viti 2006, sipas raportit për misionin.', ['Unifilit=unifil']],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('not in English, where such a form is a plural or another word', () => {
    expect(ids('Several SRSGs and the Unifilu tour were discussed.')).toEqual(['SRSG=srsg']);
  });
});

describe('ambiguity evidence in other languages', () => {
  it('reads a definition among others in a parenthesis as a definition (DPO as the data protection officer)', () => {
    expect(
      ids('La empresa nombró a un delegado de protección de datos (DPD, o DPO en inglés). El DPO responde ante la dirección.'),
    ).toEqual([]);
    expect(
      ids("L'entreprise a désigné un délégué à la protection des données (DPD ou DPO en anglais). Le DPO rend compte au conseil."),
    ).toEqual([]);
  });

  it('takes a long form in another language that names the parent as our definition', () => {
    expect(ids('Hrvatski časnici služe u NATO-ovoj misiji u Iraku (NMI) od 2019. godine. NMI savjetuje iračke institucije.')).toEqual([
      'NATO=nato',
      'NMI=nmi',
      'NMI=nmi',
    ]);
  });

  it('matches cue words in the readers’ languages by stem', () => {
    expect(ids('Deset hrvatskih vojnika otputovalo je u Bagdad. Oni će raditi za NMI, savjetodavnu misiju u Iraku.')).toEqual(['NMI=nmi']);
  });
});

describe('Arabic clitics and Chinese and Arabic cues', () => {
  it.each([
    ['"and the" before an acronym', 'وقالت واليونيفيل إن الوضع هادئ.', ['واليونيفيل=unifil']],
    ['"for the", where the article loses its alif', 'وأكد المتحدث باسم البعثة دعمه لليونيفيل.', ['لليونيفيل=unifil']],
    [
      '"and" before a full name',
      'وبعثة الأمم المتحدة للإدارة الانتقالية في كوسوفو',
      ['وبعثة الأمم المتحدة للإدارة الانتقالية في كوسوفو=unmik'],
    ],
  ])('reads a name with its clitics: %s', (_, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('leaves words that only begin with the same letters', () => {
    expect(ids('وكانت وكالة الأنباء قد نشرت الخبر.')).toEqual([]);
  });

  it('accepts an ambiguous acronym on a cue written in Chinese, inside the run of characters', () => {
    expect(ids('KFOR士兵在米特罗维察巡逻。')).toEqual(['KFOR=kfor']);
    expect(ids('北约部队KFOR在科索沃北部巡逻。')).toEqual(['KFOR=kfor']);
    expect(ids('KFOR天气预报说明天下雨。')).toEqual([]);
  });

  it('accepts an ambiguous acronym on an Arabic cue that carries clitics', () => {
    expect(ids('وقالت قوة KFOR بكوسوفو إن الوضع هادئ.')).toEqual(['KFOR=kfor']);
    expect(ids('وقالت KFOR إن الطقس سيكون ممطرا.')).toEqual([]);
  });

  it('takes a Chinese operation word beside a name that is also a word', () => {
    expect(ids('欧盟海军Atalanta行动在索马里海域护航。')).toEqual(['Atalanta=eunavfor-atalanta']);
    expect(ids('Atalanta在意甲联赛中击败了那不勒斯。')).toEqual([]);
  });
});

describe('names in the readers’ languages, generated from the data', () => {
  it.each([
    [
      'German: the organization compounded with the noun, the country with its article',
      'Die UN-Mission im Südsudan bleibt.',
      ['UN-Mission im Südsudan=unmiss'],
    ],
    [
      'French: the EU written short, the guillemets dropped',
      "La mission état de droit de l'UE au Kosovo a été prolongée.",
      ["mission état de droit de l'UE au Kosovo=eulex"],
    ],
    [
      'Croatian: the OSCE as Croatia writes it, in the genitive',
      'Šef Misije OESS-a u Srbiji posjetio je Niš.',
      ['Misije OESS-a u Srbiji=osce-serbia'],
    ],
    ['Bosnian: the OSCE by its English acronym', 'Misija OSCE-a na Kosovu objavila je izvještaj.', ['Misija OSCE-a na Kosovu=omik']],
    [
      'Spanish: the UN without its article',
      'la Misión de Naciones Unidas en Sudán del Sur',
      ['Misión de Naciones Unidas en Sudán del Sur=unmiss'],
    ],
  ])('%s', (_, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('names that are words, in German quotation marks', () => {
  it('takes the operation word across „…“ and »…«, and leaves the word alone without one', () => {
    expect(ids('Die Operation „Aspides“ schützt Handelsschiffe im Roten Meer.')).toEqual(['Aspides=eunavfor-aspides']);
    expect(ids('Die EU-Mission »Irini« kontrolliert das Waffenembargo gegen Libyen.')).toEqual(['Irini=eunavfor-med-irini']);
    expect(ids('„Aspides“ heißt auf Griechisch Schilde.')).toEqual([]);
    expect(ids('Irini Papadopoulou sagte, sie fahre nach Athen.')).toEqual([]);
  });
});
