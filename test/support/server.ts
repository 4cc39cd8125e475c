import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pack': 'application/octet-stream',
};

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Reads a Netlify-style `_headers` file, as the static hosts the guide targets do. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      rules.push({ pattern, headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name!.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

/** Serves a built site under its base path, with the headers its `_headers` file asks for. */
export async function serveSite(outDir: string, base: string) {
  const dir = resolve(outDir);
  const rules = existsSync(join(dir, '_headers')) ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const candidate = normalize(join(dir, path.slice(base.length)));
      if (candidate.startsWith(dir)) {
        const index = join(candidate, 'index.html');
        file = existsSync(candidate) && statSync(candidate).isFile() ? candidate : existsSync(index) ? index : undefined;
      }
    }
    const relativePath = '/' + path.slice(base.length);
    for (const rule of rules) {
      if (rule.pattern.test(relativePath)) for (const [name, value] of rule.headers) response.appendHeader(name, value);
    }
    const served = file ?? join(dir, '404.html');
    response.writeHead(file ? 200 : 404, { 'Content-Type': types[extname(served)] ?? 'application/octet-stream' });
    response.end(readFileSync(served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
