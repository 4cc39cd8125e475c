import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Scalar, type YAMLError } from 'yaml';

import { isoDay } from './dates';

/**
 * Clear answers for an author's mistake in a content file: the file and line, the field, the value found and the fix.
 * Astro's own messages point at line 0 and leave out the value, so an entry Astro refuses is checked again here.
 */

type Path = readonly PropertyKey[];

/** A content file's YAML: an MDX file's frontmatter, or a whole `.yaml` file, and the file line the YAML starts on. */
function yamlOf(file: string, text = readFileSync(file, 'utf8')): { yaml: string; firstLine: number } {
  if (!/\.mdx?$/.test(file)) return { yaml: text, firstLine: 1 };
  return { yaml: /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '', firstLine: 2 };
}

/** The path as the guide's messages write it: `serves[1].why`. */
export const fieldName = (path: Path) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');

/**
 * Finds fields in a file: the YAML is read and parsed once, and each path gives the line of its field, or of its
 * nearest parent when the field is missing.
 */
function fieldLines(file: string): (path: Path) => number {
  const { yaml, firstLine } = yamlOf(file);
  const lines = new LineCounter();
  const contents: unknown = parseDocument(yaml, { lineCounter: lines }).contents;
  const lineAt = (offset: number) => lines.linePos(offset).line + firstLine - 1;
  return (path) => {
    let node = contents;
    let line = firstLine - 1;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        const range = (node as { range?: [number, number, number] }).range;
        if (range) line = lineAt(range[0]);
      } else break;
    }
    return line;
  };
}

/** The schema a wrapper holds (an optional field, a default, a pipe such as `reference()`), or none for a plain one. */
const innerOf = (type: z.ZodType): z.ZodType | undefined => {
  const def = type._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
  return def.innerType ?? def.in;
};

/** Follows a path into a schema, through lists, optional fields and defaults, to the field's own schema. */
function fieldSchema(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    let plain: z.ZodType = current;
    for (let inner = innerOf(plain); inner; inner = innerOf(plain)) plain = inner;
    const def = plain._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
    current = def.type === 'object' ? def.shape?.[String(key)] : def.type === 'array' ? def.element : undefined;
  }
  return current;
}

/** What a field is for, from its schema's description, found however deep the field is wrapped. */
function purposeOf(schema: z.ZodType, path: Path): string | undefined {
  for (let field = fieldSchema(schema, path); field; field = innerOf(field)) if (field.description) return field.description;
  return undefined;
}

const valueAt = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );

const shownLength = 80;

/**
 * A value as the author wrote it, short enough for one line. Written out only as far as the line goes: a value may be
 * far too large to write out whole, such as a list that YAML aliases repeat millions of times.
 */
export function shown(value: unknown): string {
  let text = '';
  const write = (part: unknown) => {
    if (text.length > shownLength) return;
    if (part instanceof Date) text += isoDay(part);
    else if (typeof part === 'string') text += JSON.stringify(part.slice(0, shownLength + 1));
    else if (Array.isArray(part)) {
      text += '[';
      part.forEach((item, i) => {
        if (i > 0) text += ',';
        write(item);
      });
      text += ']';
    } else if (part !== null && typeof part === 'object') {
      text += '{';
      Object.entries(part).forEach(([key, item], i) => {
        text += `${i > 0 ? ',' : ''}${JSON.stringify(key)}:`;
        write(item);
      });
      text += '}';
    } else text += String(JSON.stringify(part));
  };
  write(value);
  return text.length > shownLength ? `${text.slice(0, shownLength - 3)}…` : text;
}

/** One line per problem, each naming the file and line, the field, the value found and what to do. */
export function fieldProblems(file: string, issues: readonly z.core.$ZodIssue[], data: unknown, schema: z.ZodType, within: Path = []): string[] {
  const lineOf = fieldLines(file);
  const where = (path: Path) => `${file}:${lineOf([...within, ...path])}`;
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const path = [...issue.path, issue.keys[0] ?? ''];
      return `${where(path)}: field "${fieldName([...within, ...path])}" is not one this collection knows. Fix: check its spelling, or remove it.`;
    }
    const value = valueAt(data, issue.path);
    const name = fieldName([...within, ...issue.path]);
    if (value === undefined) {
      const purpose = purposeOf(schema, issue.path);
      const parentPath = [...within, ...issue.path.slice(0, -1)];
      const parent = parentPath.length > 0 ? `under "${fieldName(parentPath)}"` : 'to the frontmatter';
      return `${where(issue.path)}: field "${name}" is missing, and it is required${purpose ? `: ${purpose}` : ''}. Fix: add "${String(issue.path.at(-1))}:" ${parent} (${issue.message})`;
    }
    return `${where(issue.path)}: field "${name}" is ${shown(value)}, but ${issue.message}`;
  });
}

const yamlFixes: Record<string, string> = {
  DUPLICATE_KEY: 'each key may appear once in its map (a field in an entry, an id in a file); rename or merge the repeated one.',
  MISSING_CHAR: 'close the quote or bracket this value opens.',
  BAD_INDENT: 'indent the items of a field by two spaces more than the field, and its siblings by the same amount.',
  MULTILINE_IMPLICIT_KEY: 'put a value that runs over several lines in double quotes, or start it with ">" on the line of its field.',
};

/** The first alias in a YAML document, if any: an alias repeats what its anchor names. */
function firstAlias(document: ReturnType<typeof parseDocument>): Alias | undefined {
  let alias: Alias | undefined;
  visit(document, {
    Alias: (_, node) => {
      alias = node;
      return visit.BREAK;
    },
  });
  return alias;
}

/**
 * What is wrong with a file's YAML, naming the line and the field, or undefined when it parses. The guide's content
 * uses no anchors or aliases: a few lines of them can stand for millions of values (an alias bomb).
 */
export function yamlProblem(file: string, text?: string): string | undefined {
  const { yaml, firstLine } = yamlOf(file, text);
  const lines = new LineCounter();
  const document = parseDocument(yaml, { uniqueKeys: true, lineCounter: lines });
  const [part, field] = /\.mdx?$/.test(file) ? ['the frontmatter', 'field'] : ['the file', 'entry'];
  const keys = isMap(document.contents)
    ? document.contents.items.map((pair): unknown => pair.key).filter((node): node is Scalar => isScalar(node))
    : [];
  // The field is the last one that starts before the problem: an unclosed quote is only noticed where the text ends.
  const keyBefore = (offset: number) => keys.filter((scalar) => (scalar.range?.[0] ?? Infinity) <= offset).at(-1);
  const inField = (key: Scalar | undefined) => (key ? ` in ${field} "${String(key.value)}"` : '');
  const lineAt = (offset: number) => lines.linePos(offset).line + firstLine - 1;

  const error: YAMLError | undefined = document.errors[0];
  if (error) {
    const key = keyBefore(error.pos[0]);
    const fix =
      yamlFixes[error.code] ??
      'a value that contains ": " or " #", or starts with a quote, a bracket or another sign, must be wrapped in double quotes.';
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    return `${file}:${lineAt(key?.range?.[0] ?? error.pos[0])}: ${part} is not valid YAML${inField(key)}: ${reason}. Fix: ${fix}`;
  }
  const alias = firstAlias(document);
  if (!alias) return undefined;
  const offset = alias.range?.[0] ?? 0;
  return `${file}:${lineAt(offset)}: ${part} repeats a value with the YAML alias *${alias.source}${inField(keyBefore(offset))}, but the guide's content uses no anchors or aliases, as a few lines of them can stand for millions of values. Fix: write the value out where it is used, and remove the anchor &${alias.source}.`;
}

const relativeFile = (file: string) => relative(process.cwd(), resolve(file));

/**
 * The loader, with every entry checked so that a mistake gets the guide's own clear error: its frontmatter's YAML
 * first, then (with a schema) its fields. A body the loader cannot render fails the build: Astro's glob loader only
 * logs it and would publish the page empty.
 */
export function withClearErrors(loader: Loader, schema?: z.ZodType): Loader {
  return {
    ...loader,
    load: async (context) => {
      const logged: string[] = [];
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.error = (message: string) => {
        logged.push(message);
        context.logger.error(message);
      };
      try {
        await loader.load({
          ...context,
          logger,
          parseData: async (props) => {
            const file = props.filePath ? relativeFile(props.filePath) : undefined;
            // Checked before Astro reads the fields, as an alias bomb is only slow once something walks its values.
            const yaml = file && /\.mdx?$/.test(file) ? yamlProblem(file) : undefined;
            if (yaml) throw new Error(yaml);
            try {
              return await context.parseData(props);
            } catch (error) {
              // Astro validates each entry; only one it refuses is checked again, to say what is wrong in the guide's words.
              const result = await schema?.safeParseAsync(props.data);
              if (!schema || !result || result.success || !file) throw error;
              // A YAML collection holds every entry in one file, under the entry's id.
              const within = /\.mdx?$/.test(file) ? [] : [props.id];
              throw new Error(fieldProblems(file, result.error.issues, props.data, schema, within).join('\n'), { cause: error });
            }
          },
        });
      } catch (error) {
        const file = (error as { loc?: { file?: string } }).loc?.file;
        const problem = file ? yamlProblem(relativeFile(file)) : undefined;
        throw problem ? new Error(problem, { cause: error }) : error;
      }
      if (logged.length > 0) throw new Error(`${logged.join('\n')}\nThe build stops rather than publish these pages without their text.`);
    },
  };
}
