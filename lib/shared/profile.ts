import { z } from 'zod';
import { SITE_KINDS } from './sites/registry';

/** 'YYYY-MM' or 'YYYY'. Experience ends may also be 'present'. */
export const PartialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/);
export const EndDate = z.union([PartialDate, z.literal('present')]);

/**
 * A web address a recruiter may click: http or https only, so a `javascript:` or `data:` address
 * from a page or a crafted backup never becomes a link.
 */
export const HttpUrl = z
  .string()
  .max(2048)
  .url()
  .regex(/^https?:\/\//i, 'must be an http(s) address');

export const SkillSource = z.enum(['skills', 'tools', 'experience', 'text']);

export const Skill = z.object({
  /** Canonical name from the alias dictionary, or the trimmed text when the dictionary does not know it. */
  name: z.string().min(1),
  /** The first spelling seen on the page. */
  raw: z.string().min(1),
  years: z.number().nonnegative().nullable(),
  source: SkillSource,
});

export const Experience = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  start: PartialDate.nullable(),
  end: EndDate.nullable(),
  location: z.string().nullable(),
  description: z.string().nullable(),
});

export const Education = z.object({
  institution: z.string().nullable(),
  degree: z.string().nullable(),
  field: z.string().nullable(),
  start: PartialDate.nullable(),
  end: PartialDate.nullable(),
  location: z.string().nullable(),
  details: z.array(z.string()),
});

export const Project = z.object({
  name: z.string().min(1),
  description: z.string().nullable(),
  url: HttpUrl.nullable(),
});

export const Link = z.object({ label: z.string(), url: HttpUrl });

export const Assessment = z.object({
  score: z.number(),
  maxScore: z.number().positive(),
  role: z.string().nullable(),
  skillsAssessed: z.array(z.string()),
});

/** The generic kinds, and one per site in the registry. */
export const ProfileKind = z.enum(['resume', 'portfolio', 'unknown', ...SITE_KINDS]);

export const Profile = z.object({
  name: z.string().nullable(),
  headline: z.string().nullable(),
  location: z.string().nullable(),
  summary: z.string().nullable(),
  yearsOfExperience: z.number().nonnegative().nullable(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  links: z.array(Link),
  skills: z.array(Skill),
  experience: z.array(Experience),
  education: z.array(Education),
  projects: z.array(Project),
  achievements: z.array(z.string()),
  certifications: z.array(z.string()),
  interests: z.array(z.string()),
  assessment: Assessment.nullable(),
  warnings: z.array(z.string()),
});

export const Detection = z.object({
  isProfile: z.boolean(),
  kind: ProfileKind,
  confidence: z.number().min(0).max(1),
});

export type PartialDate = z.infer<typeof PartialDate>;
export type EndDate = z.infer<typeof EndDate>;
export type SkillSource = z.infer<typeof SkillSource>;
export type Skill = z.infer<typeof Skill>;
export type Experience = z.infer<typeof Experience>;
export type Education = z.infer<typeof Education>;
export type Project = z.infer<typeof Project>;
export type Link = z.infer<typeof Link>;
export type Assessment = z.infer<typeof Assessment>;
export type ProfileKind = z.infer<typeof ProfileKind>;
export type Profile = z.infer<typeof Profile>;
export type Detection = z.infer<typeof Detection>;

