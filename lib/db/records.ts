import { z } from 'zod';
import { Selectors } from '../anchoring/selectors';
import { Profile, ProfileKind } from '../profile/schema';
import { Role } from '../roles/schema';

export const STAGES = ['sourced', 'contacted', 'screening', 'interview', 'offer', 'hired', 'rejected', 'on-hold'] as const;
export const Stage = z.enum(STAGES);

const Iso = z.string().max(40);

/** A saved candidate, keyed by the normalised URL of their profile page. */
export const Candidate = z
  .object({
    id: z.string().min(1).max(2048),
    url: z.string().url().max(2048),
    name: z.string().max(200).nullable(),
    headline: z.string().max(500).nullable(),
    company: z.string().max(200).nullable(),
    emails: z.array(z.string().max(320)).max(20),
    /** "name|company", lower-cased: how a duplicate under another URL is recognised. */
    nameKey: z.string().max(400).nullable(),
    kind: ProfileKind,
    profile: Profile,
    tags: z.array(z.string().min(1).max(60)).max(50),
    rating: z.number().int().min(1).max(5).nullable(),
    stage: Stage,
    roleId: z.string().max(64).nullable(),
    matchScore: z.number().min(0).max(100).nullable(),
    firstSeen: Iso,
    lastSeen: Iso,
    updatedAt: Iso,
  })
  .strict();

export const Note = z
  .object({
    id: z.number().int().positive().optional(),
    candidateId: z.string().min(1).max(2048),
    body: z.string().min(1).max(20_000),
    created: Iso,
    updated: Iso,
  })
  .strict();

export const Annotation = z
  .object({
    id: z.string().min(1).max(64),
    candidateId: z.string().min(1).max(2048),
    url: z.string().url().max(2048),
    selectors: Selectors,
    note: z.string().max(5000),
    created: Iso,
    updated: Iso,
  })
  .strict();

export const HighlightColors = z.object({
  matched: z.string().regex(/^#[0-9a-f]{6}$/i),
  partial: z.string().regex(/^#[0-9a-f]{6}$/i),
  nice: z.string().regex(/^#[0-9a-f]{6}$/i),
});

export const Settings = z
  .object({
    key: z.literal('app'),
    activeRoleId: z.string().max(64).nullable(),
    highlightColors: HighlightColors,
    highlightsOn: z.boolean(),
    /** Origins ("https://talent.example.com") where profiles are analysed automatically. */
    autoSites: z.array(z.string().max(300)).max(500),
  })
  .strict();

export const DEFAULT_SETTINGS: Settings = {
  key: 'app',
  activeRoleId: null,
  highlightColors: { matched: '#b7f0c9', partial: '#ffe3a3', nice: '#cfe0ff' },
  highlightsOn: true,
  autoSites: [],
};

export { Role };
export type Stage = z.infer<typeof Stage>;
export type Candidate = z.infer<typeof Candidate>;
export type Note = z.infer<typeof Note>;
export type Annotation = z.infer<typeof Annotation>;
export type Settings = z.infer<typeof Settings>;
export type HighlightColors = z.infer<typeof HighlightColors>;
