/** The data compiled by `npm run build:data`, for the contexts that hold the full records. */
import type { Entity } from './core/schema';
import facts from './generated/facts.json';

export { bundledPatterns } from './bundled-patterns';
export const bundledEntities = facts as unknown as Entity[];
