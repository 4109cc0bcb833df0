import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../page/profile/text-model';
import { parseHtmlDocument } from '../../cli/parse-html';
import { NON_PROFILE_DIR } from '../../../test/golden';
import { namesOf } from '../../shared/role';
import { roleFromText } from './from-text';

describe('roleFromText', () => {
  it('drafts a role from a pasted job description: sections, years, nice-to-haves, alternatives', () => {
    const draft = roleFromText(`Senior Site Reliability Engineer
Requirements
- 5+ years of experience in SRE or DevOps
- Kubernetes - 3 years minimum in production
- Experience with Terraform, Helm and GitOps
Nice to have
- Kafka or Airflow
- Kubernetes operators`);
    expect(draft.title).toBe('Senior Site Reliability Engineer');
    expect(draft.required).toEqual([
      { name: 'SRE', minYears: 5, anyOf: ['DevOps'] },
      { name: 'Kubernetes', minYears: 3 },
      { name: 'Terraform', minYears: null },
      { name: 'Helm', minYears: null },
      { name: 'GitOps', minYears: null },
    ]);
    expect(draft.niceToHave).toEqual([{ name: 'Kafka', minYears: null, anyOf: ['Airflow'] }]);
    expect(draft.minYearsExperience).toBeNull();
  });

  it('reads the seed job posting as pasted text', () => {
    const doc = parseHtmlDocument(readFileSync(join(NON_PROFILE_DIR, 'job-posting.html'), 'utf8'));
    const text = buildTextModel(doc).blocks.filter((b) => !b.nav).map((b) => b.text).join('\n');
    const draft = roleFromText(text);
    expect(draft.required.flatMap(namesOf)).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform', 'ArgoCD', 'Prometheus', 'Python', 'Go']));
    // "Python or Go - 4 years": one requirement either meets, with its years.
    expect(draft.required).toContainEqual({ name: 'Python', minYears: 4, anyOf: ['Go'] });
    expect(draft.niceToHave.flatMap(namesOf)).toEqual(expect.arrayContaining(['Kafka', 'Airflow', 'Spark', 'PagerDuty']));
    expect(draft.niceToHave).toContainEqual({ name: 'Kafka', minYears: null, anyOf: ['Airflow', 'Spark'] });
  });

  // Job descriptions written for these tests in the shapes recruiters paste (test/fixtures/job-descriptions),
  // each checked by hand: what the posting requires, with which years, and what is only nice to have.
  const R = (name: string, minYears: number | null = null, anyOf?: string[]) => ({ name, minYears, ...(anyOf ? { anyOf } : {}) });
  const postings: Record<string, { required: ReturnType<typeof R>[]; niceToHave: ReturnType<typeof R>[]; minYearsExperience: number | null }> = {
    '01-frontend': { required: [R('React', 3), R('TypeScript', 3), R('Redux', null, ['Zustand']), R('REST', null, ['GraphQL']), R('CSS')], niceToHave: [R('Next.js'), R('Playwright', null, ['Cypress'])], minYearsExperience: 5 },
    '02-sre': { required: [R('Kubernetes', 4), R('Terraform', 2), R('Linux'), R('Prometheus'), R('Grafana'), R('AWS', null, ['GCP'])], niceToHave: [R('Go'), R('ArgoCD', null, ['Flux'])], minYearsExperience: null },
    '03-data': { required: [R('Python', 3), R('Airflow'), R('dbt'), R('Snowflake'), R('Data Engineering', 6)], niceToHave: [R('Kafka')], minYearsExperience: null },
    '04-backend-java': { required: [R('Java', 5), R('Spring Boot'), R('PostgreSQL', null, ['MySQL']), R('Docker')], niceToHave: [R('Kotlin'), R('Kafka')], minYearsExperience: null },
    '05-ml': { required: [R('Machine Learning', 4), R('Python'), R('PyTorch', null, ['TensorFlow']), R('SQL', 2), R('Docker'), R('Kubernetes')], niceToHave: [R('Spark'), R('MLflow')], minYearsExperience: null },
    '06-mobile': { required: [R('iOS'), R('Swift', 3), R('Xcode'), R('REST')], niceToHave: [R('Kotlin')], minYearsExperience: null },
    '07-devops-de': { required: [R('DevOps', 5), R('Ansible', null, ['Chef', 'Puppet']), R('CI/CD'), R('Jenkins', null, ['GitLab CI']), R('Bash')], niceToHave: [R('Azure')], minYearsExperience: null },
    '08-fullstack': { required: [R('Node.js'), R('React'), R('TypeScript', 2), R('MongoDB'), R('Redis')], niceToHave: [R('AWS'), R('AWS Lambda'), R('Amazon S3')], minYearsExperience: null },
    '09-security': { required: [R('Penetration Testing'), R('OWASP Top 10'), R('Burp Suite', null, ['OWASP ZAP'])], niceToHave: [R('Python'), R('Go')], minYearsExperience: 3 },
    '10-platform': { required: [R('Go', 3, ['Rust']), R('Kubernetes')], niceToHave: [R('Terraform'), R('Istio')], minYearsExperience: 7 },
    '11-qa': { required: [R('Selenium', 3, ['Playwright']), R('JavaScript', null, ['TypeScript']), R('Jest'), R('GitHub Actions')], niceToHave: [], minYearsExperience: null },
  };
  for (const [name, expected] of Object.entries(postings)) {
    it(`drafts ${name} as a recruiter reads it`, () => {
      const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'job-descriptions', `${name}.txt`), 'utf8');
      const { required, niceToHave, minYearsExperience } = roleFromText(text);
      expect({ required, niceToHave, minYearsExperience }).toEqual(expected);
    });
  }
});
