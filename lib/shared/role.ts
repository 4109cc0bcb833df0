import { z } from 'zod';

export const RoleSkill = z.object({
  /** Canonical skill name (the alias dictionary's), or as written when the dictionary does not know it. */
  name: z.string().min(1).max(80),
  minYears: z.number().min(0).max(60).nullable(),
});

export const Role = z.object({
  id: z.string().min(1).max(64),
  title: z.string().min(1).max(200),
  required: z.array(RoleSkill).max(100),
  niceToHave: z.array(RoleSkill).max(100),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type RoleSkill = z.infer<typeof RoleSkill>;
export type Role = z.infer<typeof Role>;
