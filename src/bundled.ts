/** The data compiled by `npm run build:data`, for the contexts that hold the full records. */
export { bundledEntities } from './bundled-facts';
export { bundledPatterns } from './bundled-patterns';
