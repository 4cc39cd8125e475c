import { HtmlValidate, StaticConfigLoader, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';

import { pagesOf, rootBuild } from '../support/site';

// The standard preset checks conformance to the HTML standard; accessibility is axe's job in a real browser.
const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:standard'] }));

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
