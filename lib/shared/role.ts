import { z } from 'zod';
import { IsoDateTime, travelling } from './record-fields';

const SkillName = z.string().min(1).max(80);

export const RoleSkill = z.object({
  /** Canonical skill name (the alias dictionary's), or as written when the dictionary does not know it. */
  name: SkillName,
  minYears: z.number().min(0).max(60).nullable(),
  /** Other skills that meet this requirement as well ("Redux or Zustand"); absent means none. */
  anyOf: z.array(SkillName).max(10).optional(),
});

export const Role = z.object({
  ...travelling,
  title: z.string().min(1).max(200),
  required: z.array(RoleSkill).max(100),
  niceToHave: z.array(RoleSkill).max(100),
  /** The role's minimum years of experience overall ("5+ years of experience"); absent or null means none. */
  minYearsExperience: z.number().min(0).max(60).nullable().optional(),
  createdAt: IsoDateTime,
});

export type RoleSkill = z.infer<typeof RoleSkill>;
export type Role = z.infer<typeof Role>;

/** Every name that meets the requirement: its own first, then its alternatives. */
export const namesOf = (skill: RoleSkill): string[] => [skill.name, ...(skill.anyOf ?? [])];
