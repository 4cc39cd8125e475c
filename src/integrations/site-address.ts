import type { AstroIntegration } from 'astro';

/** The environment a build runs in, such as `process.env`. */
export type Environment = Record<string, string | undefined>;

/** The guide's public address, which its canonical links, sitemap, robots.txt and link-preview images all start with. */
export interface SiteAddress {
  /** The address without a trailing slash, such as `https://example.org`. */
  site: string;
  /** The variable it was read from, such as `SITE`; absent when the build fell back to localhost. */
  from?: string;
  /** Present when no address was found: what the build's addresses will point at, and what to set. */
  warning?: string;
}

/** What `npm start` serves, and so the only address that works for a build with nothing set. */
export const localAddress = 'http://localhost:4321';

/** Where the address may be found, in the order read: the guide's own `SITE`, then each host's own variable. */
const hostAddresses: { from: string; read: (env: Environment) => string | undefined }[] = [
  { from: 'SITE', read: (env) => env['SITE'] },
  // Netlify's URL is the site's main address; other hosts may set a URL variable that means something else.
  { from: "Netlify's URL", read: (env) => (env['NETLIFY'] === 'true' ? env['URL'] : undefined) },
  { from: "Cloudflare Pages' CF_PAGES_URL", read: (env) => env['CF_PAGES_URL'] },
  // Vercel gives a host name without a scheme, and serves every site over https.
  {
    from: "Vercel's VERCEL_PROJECT_PRODUCTION_URL",
    read: (env) => {
      const host = env['VERCEL_PROJECT_PRODUCTION_URL']?.trim();
      return host && !/^https?:\/\//.test(host) ? `https://${host}` : host;
    },
  },
];

const missingAddress =
  `No public address is set, so this build's canonical links, sitemap, robots.txt and link-preview images will point at ${localAddress}. ` +
  'Set SITE to the address the guide is published at, such as SITE=https://example.org npm run build. ' +
  "Builds on Netlify, Cloudflare Pages and Vercel read the host's own address (URL, CF_PAGES_URL, VERCEL_PROJECT_PRODUCTION_URL) instead, " +
  'and the GitHub Pages workflow sets SITE from the Pages settings.';

/** Finds the guide's public address: `SITE` first, then the host's own variable, else localhost with a warning. */
export function siteAddress(env: Environment): SiteAddress {
  for (const { from, read } of hostAddresses) {
    const value = read(env)?.trim();
    if (!value) continue;
    if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
      throw new Error(`${from} is "${value}", which is not a web address. Fix: give it in full, with its scheme, such as https://example.org.`);
    return { site: value.replace(/\/+$/, ''), from };
  }
  return { site: localAddress, warning: missingAddress };
}

/**
 * Says at the start of every build which address its pages will name, and warns when that is localhost. With
 * `REQUIRE_SITE` set, as the deploy workflow does, a build without an address stops instead of publishing one.
 */
export function announceSiteAddress(address: SiteAddress, env: Environment): AstroIntegration {
  return {
    name: 'ops-atlas:site-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        if (!address.warning) return logger.info(`Public address ${address.site} (from ${address.from}).`);
        if (env['REQUIRE_SITE']) throw new Error(`${address.warning} This build stops here because REQUIRE_SITE is set.`);
        logger.warn(address.warning);
      },
    },
  };
}
