import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';

import { pagesOf, rootBuild } from '../support/site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('the built HTML', () => {
  it('has no validation errors on any page', async () => {
    const errors: string[] = [];
    for (const page of pagesOf(rootBuild)) {
      const report = await validator.validateString(page.html, page.file);
      const messages: Message[] = report.results.flatMap((result) => result.messages);
      for (const message of messages.filter((m) => m.severity === 2)) {
        errors.push(`${page.url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
