import type { Page } from 'playwright-core';

export interface TeamForm {
  url: string;
  db: string;
  user: string;
  password: string;
}

/** Settings → Team filled in as a recruiter would, then "Start sharing" (or only "Check the connection"). */
export async function submitTeamForm(page: Page, form: TeamForm, action: 'start' | 'check' = 'start'): Promise<void> {
  await page.getByLabel('CouchDB server address').fill(form.url);
  await page.getByLabel('Team database').fill(form.db);
  await page.getByLabel('Your CouchDB user').fill(form.user);
  await page.getByLabel('Password', { exact: true }).fill(form.password);
  await page.getByRole('button', { name: action === 'start' ? 'Start sharing' : 'Check the connection' }).click();
}
