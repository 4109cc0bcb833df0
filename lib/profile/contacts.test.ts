import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../cli/parse-html';
import { findEmails, findLinks, findPhones, safeHttpUrl } from './contacts';
import { buildTextModel } from './text-model';

const model = (html: string) => buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`));

describe('contacts', () => {
  it('finds emails in text and mailto links, once each', () => {
    expect(findEmails(model('<p>jane.doe@example.com</p><a href="mailto:Jane.Doe@example.com">mail</a>'))).toEqual(['jane.doe@example.com']);
  });
  it('reads addresses written to hide them from harvesters, but not prose with "at"', () => {
    expect(findEmails(model('<p>Email: jane.doe [at] example [dot] co [dot] uk · (at) home</p><p>Meet me at the office (at 9).</p>'))).toEqual(['jane.doe@example.co.uk']);
  });
  it('labels a link written as an address by its site', () => {
    const m = model('<header><p><a href="https://github.com/jane">github.com/jane</a> · <a href="https://www.linkedin.com/in/jane/">linkedin.com/in/jane</a></p></header>');
    expect(findLinks(m, 'https://jane.example/', () => true).map((l) => l.label)).toEqual(['GitHub', 'LinkedIn']);
  });
  it('finds phone numbers but not year ranges or counts', () => {
    expect(findPhones(model('<p>+91 90000 00000</p><p>2014 - 2018</p><p>1000-2000 users</p><p>(415) 555-0134</p>'))).toEqual(['+91 90000 00000', '(415) 555-0134']);
  });
  it('allows only http(s) URLs', () => {
    expect(safeHttpUrl('javascript:alert(1)', 'https://a.com')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi', undefined)).toBeNull();
    expect(safeHttpUrl('/me', 'https://a.com/x')).toBe('https://a.com/me');
    expect(safeHttpUrl('not a url', undefined)).toBeNull();
  });
});
