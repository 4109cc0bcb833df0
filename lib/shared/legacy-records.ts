import { z } from 'zod';
import { Selectors } from './selectors';
import { Profile, ProfileKind, Project } from './profile';
import { RoleSkill } from './role';
import { Stage } from './records';

/**
 * Records as versions 1 and 2 of the schema stored them: read by the upgrade (migrations.ts) and
 * by the import of old backups, and converted to the current records. As lenient as those versions
 * were (dates were any text, ids any string); the conversion makes them strict.
 */
const Text = z.string().max(40);

const CorrectionsV2 = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    headline: z.string().trim().min(1).max(500).optional(),
    location: z.string().trim().min(1).max(200).optional(),
    company: z.string().trim().min(1).max(200).optional(),
    yearsOfExperience: z.number().min(0).max(80).optional(),
    skills: z.record(z.string().min(1).max(80), z.number().min(0).max(60).nullable()).optional(),
    removedSkills: z.array(z.string().min(1).max(80)).max(100).optional(),
    at: Text,
  })
  .strict();

/** Version 2: candidates keyed by their normalised URL. */
export const CandidateV2 = z
  .object({
    id: z.string().min(1).max(2048),
    url: z.string().url().max(2048),
    name: z.string().max(200).nullable(),
    headline: z.string().max(500).nullable(),
    company: z.string().max(200).nullable(),
    location: z.string().max(200).nullable(),
    emails: z.array(z.string().max(320)).max(20),
    phone: z.string().max(40).nullable(),
    nameKey: z.string().max(400).nullable(),
    kind: ProfileKind,
    skills: z.array(z.string().max(80)).max(80),
    yearsOfExperience: z.number().min(0).max(80).nullable(),
    tags: z.array(z.string().min(1).max(60)).max(50),
    rating: z.number().int().min(1).max(5).nullable(),
    stage: Stage,
    roleId: z.string().max(64).nullable(),
    matchScore: z.number().min(0).max(100).nullable(),
    notesCount: z.number().int().min(0),
    corrections: CorrectionsV2.optional(),
    searchText: z.string().max(100_000),
    firstSeen: Text,
    lastSeen: Text,
    updatedAt: Text,
  })
  .strict();

/** Profiles as versions 1 and 2 kept them: a link was any URL, a project's address any text. */
export const ProfileV2 = Profile.extend({
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  projects: z.array(Project.extend({ url: z.string().nullable() })),
});

export const SnapshotV2 = z.object({ id: z.string().min(1).max(2048), profile: ProfileV2, savedAt: Text }).strict();

/** Version 1 and 2 notes: numbered by the database. */
export const NoteV2 = z
  .object({
    id: z.number().int().positive().optional(),
    candidateId: z.string().min(1).max(2048),
    body: z.string().min(1).max(20_000),
    created: Text,
    updated: Text,
    draftKey: z.string().min(1).max(64).optional(),
  })
  .strict();

export const AnnotationV2 = z
  .object({
    id: z.string().min(1).max(64),
    candidateId: z.string().min(1).max(2048),
    url: z.string().url().max(2048),
    selectors: Selectors,
    note: z.string().max(5000),
    created: Text,
    updated: Text,
  })
  .strict();

export const RoleV2 = z
  .object({
    id: z.string().min(1).max(64),
    title: z.string().min(1).max(200),
    required: z.array(RoleSkill).max(100),
    niceToHave: z.array(RoleSkill).max(100),
    minYearsExperience: z.number().min(0).max(60).nullable().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();

export const SettingsV2 = z
  .object({
    key: z.literal('app'),
    activeRoleId: z.string().max(64).nullable(),
    highlightColors: z.object({ matched: z.string(), partial: z.string(), nice: z.string() }),
    highlightsOn: z.boolean(),
    autoSites: z.array(z.string().max(300)).max(500),
    skillAliases: z.string().max(20_000).optional(),
    panelDocked: z.boolean().optional(),
  })
  .strict();

/** Version 1 kept the profile inside the candidate; version 2 moved it to `snapshots`. */
export const CandidateV1 = z
  .object({
    id: z.string(),
    url: z.string(),
    name: z.string().nullable(),
    headline: z.string().nullable(),
    company: z.string().nullable(),
    emails: z.array(z.string()),
    nameKey: z.string().nullable(),
    kind: ProfileKind,
    profile: ProfileV2,
    tags: z.array(z.string()),
    rating: z.number().nullable(),
    stage: Stage,
    roleId: z.string().nullable(),
    matchScore: z.number().nullable(),
    firstSeen: Text,
    lastSeen: Text,
    updatedAt: Text,
  })
  .strict();

export type CandidateV2 = z.infer<typeof CandidateV2>;
export type ProfileV2 = z.infer<typeof ProfileV2>;
export type SnapshotV2 = z.infer<typeof SnapshotV2>;
export type NoteV2 = z.infer<typeof NoteV2>;
export type AnnotationV2 = z.infer<typeof AnnotationV2>;
export type RoleV2 = z.infer<typeof RoleV2>;
export type SettingsV2 = z.infer<typeof SettingsV2>;
export type CandidateV1 = z.infer<typeof CandidateV1>;

/** A whole version 2 database (or backup), table by table. */
export interface TablesV2 {
  candidates: CandidateV2[];
  snapshots: SnapshotV2[];
  notes: NoteV2[];
  annotations: AnnotationV2[];
  roles: RoleV2[];
  settings: SettingsV2[];
}
