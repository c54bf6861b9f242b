/** The data compiled by `npm run build:data`, typed once for every context that imports it. */
import type { PatternSet } from './core/patterns';
import type { Entity } from './core/schema';
import facts from './generated/facts.json';
import patterns from './generated/patterns.json';

export const bundledPatterns = patterns as unknown as PatternSet;
export const bundledEntities = facts as unknown as Entity[];
