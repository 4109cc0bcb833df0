import { z } from 'zod';
import { EndDate, PartialDate, ProfileKind } from '../../lib/shared/profile';

/** A text field: the one form the page writes, or every acceptable form; null when the page has none. */
const Text = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).nullable();

const ExpectedRole = z
  .object({
    title: Text.optional(),
    company: Text.optional(),
    start: PartialDate.nullable().optional(),
    end: EndDate.nullable().optional(),
    location: Text.optional(),
  })
  .strict();

const ExpectedSchool = z.object({ institution: Text.optional(), degree: Text.optional() }).strict();

/** A corpus page's hand-checked facts (test/corpus/README.md). An absent field is not checked. */
export const Expectation = z
  .object({
    layout: z.string().min(1),
    source: z.string().min(1),
    url: z.string().url().optional(),
    /** What "present" means on this page (YYYY-MM-DD); the corpus date otherwise. */
    now: z.string().regex(/^\d{4}-\d\d-\d\d$/).optional(),
    isProfile: z.boolean(),
    kind: ProfileKind.optional(),
    name: Text.optional(),
    headline: Text.optional(),
    location: Text.optional(),
    yearsOfExperience: z.number().nonnegative().nullable().optional(),
    emails: z.array(z.string()).optional(),
    phones: z.array(z.string()).optional(),
    links: z.array(z.string()).optional(),
    skills: z.array(z.string().min(1)).optional(),
    skillYears: z.record(z.number().nonnegative()).optional(),
    skillsMentioned: z.array(z.string().min(1)).optional(),
    experience: z.array(ExpectedRole).optional(),
    education: z.array(ExpectedSchool).optional(),
    assessment: z.object({ score: z.number(), maxScore: z.number().positive() }).strict().nullable().optional(),
    /** What the person who checked the page wants the next reader to know. */
    notes: z.string().optional(),
  })
  .strict();

export type Expectation = z.infer<typeof Expectation>;
export type ExpectedRole = z.infer<typeof ExpectedRole>;
export type ExpectedSchool = z.infer<typeof ExpectedSchool>;
