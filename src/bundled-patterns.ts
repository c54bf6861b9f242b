/** The compiled patterns (no facts): all the content script carries of the database. */
import type { PatternSet } from './core/patterns';
import patterns from './generated/patterns.json';

export const bundledPatterns = patterns as unknown as PatternSet;
