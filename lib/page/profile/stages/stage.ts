import type { PageView } from '../page';
import type { Profile } from '../../../shared/profile';

export interface StageContext {
  /** What "present" means. */
  now: Date;
  /** The site layout detection and withLayout named, if any. */
  kind: string;
}

/**
 * One named step of extraction. A stage reads the page and the fields earlier stages gave (its
 * `needs`), and returns the fields it gives; nothing else of the profile is taken from it, so the
 * order of the list in extract.ts is the whole story of who depends on whom.
 */
export interface Stage<Needs extends keyof Profile = keyof Profile, Gives extends keyof Profile = keyof Profile> {
  name: string;
  needs: readonly Needs[];
  gives: readonly Gives[];
  run(page: PageView, sofar: Readonly<Pick<Profile, Needs>>, ctx: StageContext): Pick<Profile, Gives>;
}

/** Declares a stage with its field lists checked against its run function's types. */
export function stage<N extends keyof Profile, G extends keyof Profile>(s: Stage<N, G>): Stage {
  return s as unknown as Stage;
}

/** Runs the stages in order; each contributes only the fields it declares. */
export function runStages(stages: readonly Stage[], page: PageView, start: Profile, ctx: StageContext): Profile {
  const profile: Profile = { ...start };
  const mutable = profile as Record<keyof Profile, unknown>;
  for (const s of stages) {
    const out = s.run(page, profile, ctx) as Partial<Profile>;
    for (const key of s.gives) mutable[key] = out[key];
  }
  return profile;
}

/** The first stage whose needs no earlier stage gives, with the missing fields; null when the order is sound. */
export function unmetNeeds(stages: readonly Stage[]): { stage: string; missing: (keyof Profile)[] } | null {
  const given = new Set<keyof Profile>();
  for (const s of stages) {
    const missing = s.needs.filter((n) => !given.has(n));
    if (missing.length) return { stage: s.name, missing };
    for (const g of s.gives) given.add(g);
  }
  return null;
}
