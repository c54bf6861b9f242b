/**
 * Cue words in the readers' languages. The data's cues are written in English; a reader of a
 * Croatian or Albanian text meets the same evidence in their words. Each is matched by stem
 * (context.ts containsWord), so one form covers a language's cases: "libanu" also reads Liban,
 * Libana, Libanom; "iraku" reads Irak, Iraka, Iraku, Irakut. (Weak cues such as "mission" are
 * dropped before translation, so they have none.)
 */
const TRANSLATIONS: Record<string, readonly string[]> = {
  iraq: ['irak', 'iraku', 'iraq'],
  kosovo: ['kosova', 'kosovë', 'kosovu'],
  troops: ['troupes', 'truppen', 'tropas', 'truppe', 'trupat', 'trupe', 'vojnici', 'ushtarë'],
  soldiers: ['soldats', 'soldaten', 'soldados', 'soldati', 'vojnici', 'ushtarët'],
  peacekeeping: ['maintien de la paix', 'friedenstruppe', 'mantenimiento de la paz', 'mantenimento della pace', 'paqeruajtëse', 'mirovni'],
  peacekeepers: ['casques bleus', 'blauhelme', 'cascos azules', 'caschi blu', 'paqeruajtës', 'plavih kaciga', 'mirovnjaci'],
  lebanon: ['liban', 'libanu', 'libano', 'líbano', 'libanon'],
  libya: ['libye', 'libyen', 'libia', 'libiji', 'libisë'],
  police: ['polizei', 'policía', 'polizia', 'policija', 'policia'],
  naval: ['navale', 'marine', 'pomorska', 'detar'],
};

/** The cue with its translations (lower case). */
export function translatedCues(cue: string): readonly string[] {
  return [cue, ...(TRANSLATIONS[cue] ?? [])];
}
