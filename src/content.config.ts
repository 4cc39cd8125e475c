import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';

import { collectionNames, collections as registry, type CollectionName } from './knowledge/collections';
import { entryPages, yamlEntries } from './knowledge/loaders';
import { collectionSchemas } from './knowledge/schemas';

const schemas = collectionSchemas(reference);

/** Every collection of the knowledge graph, loaded as the registry says it is written. */
const knowledge = Object.fromEntries(
  collectionNames.map((name) => [
    name,
    defineCollection({
      loader: registry[name].source === 'yaml' ? yamlEntries(`./content/${name}.yaml`, schemas[name]) : entryPages(name, schemas[name]),
      schema: schemas[name],
    }),
  ]),
  // Each collection keeps its own schema's type, which Astro reads to type its entries.
) as { [K in CollectionName]: Omit<ReturnType<typeof defineCollection>, 'schema'> & { schema: (typeof schemas)[K] } };

export const collections = {
  docs: defineCollection({ loader: glob({ base: './content/pages', pattern: '**/[^_]*.{md,mdx}' }), schema: docsSchema() }),
  // Starlight's interface strings, where the guide words them its own way: the footer's links follow the sidebar, which
  // a reader on a reading path must not mistake for the path's next step.
  i18n: defineCollection({
    loader: () => [{ id: 'en', 'page.previousLink': 'Previous in the sidebar', 'page.nextLink': 'Next in the sidebar' }],
    schema: i18nSchema(),
  }),
  ...knowledge,
};
