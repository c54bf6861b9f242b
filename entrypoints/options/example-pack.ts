/**
 * The example offered by the pack help: one entry with every field a pack needs, in the shape the
 * importer accepts, with placeholders where a newsroom writes its own words and sources.
 */
export function examplePack(today: string): unknown {
  return {
    entities: [
      {
        id: 'my-newsroom-example',
        name: 'Example Monitoring Group',
        acronym: 'EXMG',
        aliases: [{ text: 'EXMG', lang: 'en', type: 'acronym' }],
        kind: 'regional-operation',
        parent: null,
        status: 'active',
        established: '2020-01',
        ended: null,
        authorizedBy: null,
        headquarters: null,
        host: [],
        mandate: 'Replace this with one or two sentences, in your own words, on what the body does.',
        leaders: [],
        strength: [],
        budget: [],
        related: [],
        website: null,
        // "covers" names the facts this source supports; every dated fact needs one.
        sources: [
          {
            url: 'https://example.org/where-you-checked-this',
            title: 'The page you checked the facts on',
            covers: ['established', 'status', 'mandate'],
          },
        ],
        updated: today,
      },
    ],
  };
}
