/**
 * Cue words in the readers' languages. The data's cues are written in English; a reader of a
 * Croatian or Albanian text meets the same evidence in their words. Each is matched by stem
 * (context.ts containsWord), so one form covers a language's cases: "libanu" also reads Liban,
 * Libana, Libanom; "iraku" reads Irak, Iraka, Iraku, Irakut. (Weak cues such as "mission" are
 * dropped before translation, so they have none.)
 */
const TRANSLATIONS: Record<string, readonly string[]> = {
  iraq: ['irak', 'iraku', 'iraq', '伊拉克', 'عراق'],
  kosovo: ['kosova', 'kosovë', 'kosovu', '科索沃', 'كوسوفو'],
  troops: ['troupes', 'truppen', 'tropas', 'truppe', 'trupat', 'trupe', 'vojnici', 'ushtarë', '部队', 'قوات'],
  soldiers: ['soldats', 'soldaten', 'soldados', 'soldati', 'vojnici', 'ushtarët', '士兵', 'جنود'],
  peacekeeping: [
    'maintien de la paix',
    'friedenstruppe',
    'mantenimiento de la paz',
    'mantenimento della pace',
    'paqeruajtëse',
    'mirovni',
    '维和',
    'حفظ السلام',
  ],
  peacekeepers: [
    'casques bleus',
    'blauhelme',
    'cascos azules',
    'caschi blu',
    'paqeruajtës',
    'plavih kaciga',
    'mirovnjaci',
    '维和人员',
    'حفظ السلام',
  ],
  lebanon: ['liban', 'libanu', 'libano', 'líbano', 'libanon', '黎巴嫩', 'لبنان'],
  libya: ['libye', 'libyen', 'libia', 'libiji', 'libisë', '利比亚', 'ليبيا'],
  police: ['polizei', 'policía', 'polizia', 'policija', 'policia', '警察', 'شرطة'],
  naval: ['navale', 'marine', 'pomorska', 'detar', '海军', 'بحرية'],
  // Chinese and Arabic: a Chinese cue is found inside the run of characters (no spaces between
  // words); an Arabic one is written without its article, which the text may carry with its clitics.
  nato: ['北约', 'ناتو', 'حلف شمال الأطلسي'],
  pristina: ['普里什蒂纳', 'بريشتينا'],
  mitrovica: ['米特罗维察', 'ميتروفيتشا'],
  serbia: ['塞尔维亚', 'صربيا'],
  bosnia: ['波斯尼亚', 'بوسنة'],
  mediterranean: ['地中海', 'متوسط'],
  somalia: ['索马里', 'صومال'],
  piracy: ['海盗', 'قرصنة'],
  pirates: ['海盗', 'قراصنة'],
  embargo: ['禁运', 'حظر'],
  migrants: ['移民', 'مهاجرين'],
  afghanistan: ['阿富汗', 'أفغانستان'],
  egypt: ['埃及', 'مصر'],
  sinai: ['西奈', 'سيناء'],
  gaza: ['加沙', 'غزة'],
  'united nations': ['联合国', 'أمم المتحدة'],
  'security council': ['安理会', 'مجلس الأمن'],
};

/** The cue with its translations (lower case). */
export function translatedCues(cue: string): readonly string[] {
  return [cue, ...(TRANSLATIONS[cue] ?? [])];
}
