/**
 * Which URLs are a person's page on a site where people have pages: github.com/jane, but not
 * github.com/pricing or github.com/jane/repo; linkedin.com/in/jane, but not linkedin.com/jobs.
 * Each site's rule is its published URL scheme for user pages.
 */

// Paths that are a site's own pages on hosts whose user pages are one path segment.
const RESERVED = new Set(
  'about,account,api,apps,blog,business,careers,collections,community,contact,customer-stories,dashboard,docs,enterprise,events,explore,features,help,home,i,intent,issues,join,jobs,learn,legal,login,logout,marketplace,new,notifications,orgs,organizations,pricing,privacy,pulls,readme,search,security,settings,share,sharer,shop,signup,site,sitemap,solutions,sponsors,status,support,team,teams,terms,topics,trending,users,hashtag,explore,tos,policies,dialog,watch,results,feed,groups,pages,competitions,datasets,code,discussions,models,spaces,faq,enter,top,latest,t,tags,questions,jobs,companies,podcasts,videos,listings,code-of-conduct,sponsorships,ads,premium,resources,partners,press,brand,developers,guidelines,cookies,accessibility'.split(','),
);

const ONE_SEGMENT = /^\/@?([\w.-]+)\/?$/;

const HUMHUB_PROFILE = /^\/u\/[\w.-]+\/user\/profile(?:\/(?:home|about))?\/?$/;
const GENERIC_USER_PAGE = /^\/(?:~[\w.-]+|(?:u|users?)\/(?:\d+\/)?[\w.-]+)\/?$/;

type Rule = (path: string, search: URLSearchParams) => boolean;
const oneSegment: Rule = (path) => {
  const m = ONE_SEGMENT.exec(path);
  return !!m && !RESERVED.has(m[1]!.toLowerCase());
};

const RULES: [host: RegExp, rule: Rule][] = [
  [/^(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|sourcehut\.org|gitea\.com)$/, oneSegment],
  [/^([\w-]+\.)?linkedin\.com$/, (p) => /^\/(in|pub)\/[^/]+\/?$/.test(p)],
  [/^(twitter\.com|x\.com|mobile\.twitter\.com)$/, oneSegment],
  [/^medium\.com$/, (p) => /^\/@[^/]+\/?$/.test(p)],
  [/^(dev\.to|hashnode\.com|kaggle\.com|behance\.net|dribbble\.com|instagram\.com|facebook\.com|fb\.me|codepen\.io|keybase\.io|huggingface\.co|about\.me|hackerrank\.com|leetcode\.com|replit\.com|producthunt\.com|angel\.co|wellfound\.com|threads\.net|bsky\.app|artstation\.com|deviantart\.com|soundcloud\.com|vimeo\.com|speakerdeck\.com|slideshare\.net|read\.cv|polywork\.com|t\.me|vk\.com|pinterest\.com|qiita\.com|zenn\.dev|note\.com|career\.habr\.com)$/, oneSegment],
  [/^(leetcode\.com|hackerrank\.com)$/, (p) => /^\/(u|profile)\/[^/]+\/?$/.test(p)],
  [/^bsky\.app$/, (p) => /^\/profile\/[^/]+\/?$/.test(p)],
  [/^habr\.com$/, (p) => /^\/(?:[a-z]{2}\/)?users\/[^/]+\/?$/.test(p)],
  [/^(www\.)?zhihu\.com$/, (p) => /^\/people\/[^/]+\/?$/.test(p)],
  [/^(stackoverflow\.com|[\w-]+\.stackexchange\.com|superuser\.com|serverfault\.com|askubuntu\.com)$/, (p) => /^\/users\/\d+(\/[^/]*)?\/?$/.test(p)],
  [/^scholar\.google\.[a-z.]+$/, (p, q) => p === '/citations' && q.has('user')],
  [/^orcid\.org$/, (p) => /^\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]\/?$/.test(p)],
  [/^(www\.)?researchgate\.net$/, (p) => /^\/profile\/[^/]+\/?$/.test(p)],
  [/^(www\.)?xing\.com$/, (p) => /^\/profile\/[^/]+\/?$/.test(p)],
  [/^(www\.)?youtube\.com$/, (p) => /^\/(@[^/]+|c\/[^/]+|channel\/[^/]+|user\/[^/]+)\/?$/.test(p)],
  [/^(www\.)?npmjs\.com$/, (p) => /^\/~[^/]+\/?$/.test(p)],
  [/^public\.tableau\.com$/, (p) => /^\/app\/profile\/[^/]+\/?$/.test(p)],
  // (Package registries' and Chinese networks' published user pages: metacpan's authors, PyPI's, crates.io's and RubyGems' users,
  // Docker Hub's, Weibo's and Juejin's.)
  [/^metacpan\.org$/, (p) => /^\/author\/[^/]+\/?$/.test(p)],
  [/^pypi\.org$/, (p) => /^\/user\/[^/]+\/?$/.test(p)],
  [/^crates\.io$/, (p) => /^\/users\/[^/]+\/?$/.test(p)],
  [/^rubygems\.org$/, (p) => /^\/profiles\/[^/]+\/?$/.test(p)],
  [/^hub\.docker\.com$/, (p) => /^\/u\/[^/]+\/?$/.test(p)],
  [/^(?:m\.)?weibo\.com$/, (p) => /^\/(?:u\/)?[\w-]+\/?$/.test(p) && !RESERVED.has(p.replace(/^\/(?:u\/)?|\/$/g, '').toLowerCase())],
  [/^juejin\.cn$/, (p) => /^\/user\/\d+\/?$/.test(p)],
  [/^gitee\.com$/, oneSegment],
  [/^[\w-]+\.(substack\.com|medium\.com|hashnode\.dev|github\.io|gitlab\.io)$/, (p) => p === '/' || p === ''],
];

// Every rule's host pattern in one (each is written ^…$): one match instead of one per rule.
const ANY_RULE = new RegExp(`^(?:${RULES.map(([re]) => re.source.slice(1, -1)).join('|')})$`);

/** Hosts that have user pages at all: a link there that is not one is the site's own page. */
export function isPeopleSite(host: string): boolean {
  return ANY_RULE.test(host.replace(/^www\./, ''));
}

/** Whether the URL is someone's page on a site of people's pages (or a fediverse "/@user" page). */
export function isPersonalProfileUrl(url: URL): boolean {
  const host = url.hostname.replace(/^www\./, '').toLowerCase();
  const rules = RULES.filter(([re]) => re.test(host));
  if (rules.length) return rules.some(([, rule]) => rule(url.pathname, url.searchParams));
  // Mastodon and other fediverse servers: https://server/@user. And the schemes community software
  // uses on any host: Discourse's /u/jane, Stack Exchange's /users/123/jane, SourceHut's and npm's /~jane,
  // HumHub's /u/jane/user/profile/about, a SharePoint My Site's /my/Person.aspx?accountname=….
  return /^\/@\w[\w.]*\/?$/.test(url.pathname) || GENERIC_USER_PAGE.test(url.pathname) || HUMHUB_PROFILE.test(url.pathname) || (/\/person\.aspx$/i.test(url.pathname) && url.searchParams.has('accountname'));
}

/** "https://www.google.com/url?q=https://jane.dev&sa=D": the address a redirect link leads to, as document exports write links. */
export function unwrapRedirect(url: URL): URL {
  if (/^(www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url') {
    const target = url.searchParams.get('q') ?? url.searchParams.get('url');
    if (target && /^https?:\/\//i.test(target)) {
      try {
        return new URL(target);
      } catch {
        return url;
      }
    }
  }
  return url;
}
