/** The full records compiled by `npm run build:data` (no patterns), for the contexts that show them. */
import type { Entity } from './core/schema';
import facts from './generated/facts.json';

export const bundledEntities = facts as unknown as Entity[];
