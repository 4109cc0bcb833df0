import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../page/profile/text-model';
import { parseHtmlDocument } from '../../cli/parse-html';
import { NON_PROFILE_DIR } from '../../../test/golden';
import { roleFromText } from './from-text';

describe('roleFromText', () => {
  it('drafts a role from a pasted job description: sections, years, nice-to-haves', () => {
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
      { name: 'SRE', minYears: 5 },
      { name: 'DevOps', minYears: 5 },
      { name: 'Kubernetes', minYears: 3 },
      { name: 'Terraform', minYears: null },
      { name: 'Helm', minYears: null },
      { name: 'GitOps', minYears: null },
    ]);
    expect(draft.niceToHave).toEqual([
      { name: 'Kafka', minYears: null },
      { name: 'Airflow', minYears: null },
    ]);
  });

  it('reads the seed job posting as pasted text', () => {
    const doc = parseHtmlDocument(readFileSync(join(NON_PROFILE_DIR, 'job-posting.html'), 'utf8'));
    const text = buildTextModel(doc).blocks.filter((b) => !b.nav).map((b) => b.text).join('\n');
    const draft = roleFromText(text);
    expect(draft.required.map((s) => s.name)).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform', 'ArgoCD', 'Prometheus', 'Python', 'Go']));
    expect(draft.niceToHave.map((s) => s.name)).toEqual(expect.arrayContaining(['Kafka', 'Airflow', 'Spark', 'PagerDuty']));
  });
});
