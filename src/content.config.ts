import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';

import { collectionNames, collections as registry, type CollectionName } from './knowledge/collections';
import { entryPages, guidePages, yamlEntries, yamlEntryFiles } from './knowledge/loaders';
import { collectionSchemas, refuseMarkup } from './knowledge/schemas';

const schemas = collectionSchemas(reference);

/** Where a collection's entries are read from, as the registry says they are written. */
function loaderFor(name: CollectionName) {
  const { source } = registry[name];
  if (source === 'yaml') return yamlEntries(`./content/${name}.yaml`, schemas[name]);
  if (source === 'yaml-files') return yamlEntryFiles(`./content/${name}`, schemas[name]);
  return entryPages(name, schemas[name]);
}

/** Every collection of the knowledge graph, loaded as the registry says it is written. */
const knowledge = Object.fromEntries(
  collectionNames.map((name) => [
    name,
    defineCollection({
      loader: loaderFor(name),
      schema: schemas[name],
    }),
  ]),
  // Each collection keeps its own schema's type, which Astro reads to type its entries.
) as { [K in CollectionName]: Omit<ReturnType<typeof defineCollection>, 'schema'> & { schema: (typeof schemas)[K] } };

export const collections = {
  // The guide's own pages (home, about, not found), in Starlight's schema. Their frontmatter is plain text like every
  // entry's, and may not add tags to the head: the layout writes it, and a script there would run on the page.
  docs: defineCollection({
    loader: guidePages(glob({ base: './content/pages', pattern: '**/[^_]*.{md,mdx}' })),
    schema: (context) =>
      docsSchema({
        extend: z.object({
          /** Names readers search for the page by, such as "RACI" for the operating models' index. */
          aliases: z.array(z.string().trim().min(2)).default([]),
          /** The day an expert last checked the page against its sources; the footer shows it beside the last change. */
          reviewed: z.coerce.date().optional(),
        }),
      })(context).superRefine((page, refinement) => {
        refuseMarkup(page, refinement);
        if (page.head.length > 0)
          refinement.addIssue({
            code: 'custom',
            path: ['head'],
            message: "a page may not add tags to its head, which the guide's layout writes. Fix: remove head.",
          });
      }),
  }),
  // Starlight's interface strings, where the guide words them its own way: the footer's links follow the sidebar, which
  // a reader on a reading path must not mistake for the path's next step.
  i18n: defineCollection({
    loader: () => [
      {
        id: 'en',
        'page.previousLink': 'Previous in the sidebar',
        'page.nextLink': 'Next in the sidebar',
        'page.editLink': 'Suggest a change',
        'page.lastUpdated': 'Last changed on',
      },
    ],
    schema: i18nSchema(),
  }),
  ...knowledge,
};
