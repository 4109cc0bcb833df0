import { describe, expect, it } from 'vitest';
import { isPeopleSite, isPersonalProfileUrl, unwrapRedirect } from './profile-urls';

const personal = (url: string) => isPersonalProfileUrl(new URL(url));

describe('profile URLs', () => {
  it.each(['https://github.com/example-jane', 'https://www.linkedin.com/in/example-jane/', 'https://stackoverflow.com/users/123/jane', 'https://mastodon.social/@jane', 'https://scholar.google.com/citations?user=abc', 'https://orcid.org/0000-0002-5555-0101', 'https://x.com/example_jane', 'https://forum.example.org/u/jane', 'https://qa.example.org/users/220913/lucia-ferreyra', 'https://git.sr.ht/~example-jane', 'https://t.me/example_jane', 'https://habr.com/ru/users/example-jane/', 'https://career.habr.com/example-jane', 'https://www.zhihu.com/people/example-jane', 'https://note.com/example_jane', 'https://www.pinterest.com/example-jane/', 'https://staff.example.org/u/example-jane/user/profile/about', 'https://intranet.example.com/my/Person.aspx?accountname=CORP%5Cjane.doe', 'https://metacpan.org/author/EXAMPLEJD', 'https://pypi.org/user/example-jane/', 'https://crates.io/users/example-jane', 'https://rubygems.org/profiles/example-jane', 'https://hub.docker.com/u/examplejane', 'https://weibo.com/u/example-jane', 'https://juejin.cn/user/1234567890', 'https://gitee.com/example-jane', 'http://fb.me/example.jane.photo'])('%s is a person’s page', (url) => {
    expect(personal(url)).toBe(true);
  });

  it.each(['https://github.com/pricing', 'https://staff.example.org/u/example-jane/user/profile/followers', 'https://intranet.example.com/my/Person.aspx', 'https://github.com/example-jane/repo', 'https://www.linkedin.com/jobs/', 'https://www.linkedin.com/company/acme', 'https://x.com/intent/tweet', 'https://jane.example.com/blog', 'https://forum.example.org/users', 'https://qa.example.org/users/220913/lucia/answers', 'https://acme.example/about/team', 'https://t.me/share/url?url=x', 'https://habr.com/ru/articles/123/', 'https://www.zhihu.com/question/123', 'https://metacpan.org/pod/Moose', 'https://pypi.org/project/requests/', 'https://weibo.com/login', 'https://juejin.cn/post/123'])('%s is not', (url) => {
    expect(personal(url)).toBe(false);
  });

  it('knows which hosts have user pages, and unwraps a document export’s redirect links', () => {
    expect(isPeopleSite('www.github.com')).toBe(true);
    expect(isPeopleSite('jane.example.com')).toBe(false);
    expect(unwrapRedirect(new URL('https://www.google.com/url?q=https://jane.dev/&sa=D')).href).toBe('https://jane.dev/');
  });
});
