import { describe, expect, it } from 'vitest';
import { projects } from './projects';
import { pageOf, runOn } from './test-page';

describe('projects stage', () => {
  it('reads headed projects with their description, stack and link', () => {
    const p = runOn(pageOf('<h1>Jane Doe</h1><h2>Projects</h2><h3>Gitlytics | Python, Flask</h3><p>Analytics for git repositories.</p><a href="https://github.com/example-jane/gitlytics">Source</a><h3>a11y-lint</h3><p>A linter for accessible React components.</p>'), [projects]);
    expect(p.projects.map((x) => [x.name, x.url])).toEqual([['Gitlytics', 'https://github.com/example-jane/gitlytics'], ['a11y-lint', null]]);
    expect(p.projects[0]!.description).toContain('Python, Flask');
  });

  it('ends the last section before the site’s footer', () => {
    const p = runOn(pageOf('<h1>Jane Doe</h1><h2>Projects</h2><p>tidepool</p><p>A tiny diff viewer for SQL migrations.</p><footer><p>© 2026 Jane Doe</p><p>Built with Astro · Hosted on Cloudflare Pages</p></footer>'), [projects]);
    expect(p.projects.map((x) => x.name)).toEqual(['tidepool']);
  });

  it('takes an untitled section for projects only when it reads like them', () => {
    expect(runOn(pageOf('<h1>Jane Doe</h1><h2>Notes</h2><p>Short.</p>'), [projects]).projects).toEqual([]);
  });
});
