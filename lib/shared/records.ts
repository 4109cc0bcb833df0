import { z } from 'zod';
import { Selectors } from './selectors';
import { Profile, ProfileKind } from './profile';
import { Role } from './role';
import { PANEL_WIDTH } from './panel-size';

export const STAGES = ['sourced', 'contacted', 'screening', 'interview', 'offer', 'hired', 'rejected', 'on-hold'] as const;
export const Stage = z.enum(STAGES);

const Iso = z.string().max(40);

/**
 * Facts the recruiter corrected. They win over what the page says, and are kept when the page is
 * read again; the snapshot keeps what the page said, so both can be shown.
 */
export const Corrections = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    headline: z.string().trim().min(1).max(500).optional(),
    location: z.string().trim().min(1).max(200).optional(),
    company: z.string().trim().min(1).max(200).optional(),
    yearsOfExperience: z.number().min(0).max(80).optional(),
    /** Skills the recruiter set, by canonical name, with years (null: has it, years unknown). */
    skills: z.record(z.string().min(1).max(80), z.number().min(0).max(60).nullable()).optional(),
    /** Skills the page shows that the candidate does not have (an extraction mistake). */
    removedSkills: z.array(z.string().min(1).max(80)).max(100).optional(),
    at: Iso,
  })
  .strict();

/** A saved candidate, keyed by the normalised URL of their profile page: the summary the workspace
 * lists, filters and searches. The full extracted profile is kept apart, in `snapshots`. */
export const Candidate = z
  .object({
    id: z.string().min(1).max(2048),
    url: z.string().url().max(2048),
    name: z.string().max(200).nullable(),
    headline: z.string().max(500).nullable(),
    company: z.string().max(200).nullable(),
    location: z.string().max(200).nullable(),
    emails: z.array(z.string().max(320)).max(20),
    phone: z.string().max(40).nullable(),
    /** "name|company", lower-cased: how a duplicate under another URL is recognised. */
    nameKey: z.string().max(400).nullable(),
    kind: ProfileKind,
    /** Canonical skill names, most authoritative first. */
    skills: z.array(z.string().max(80)).max(80),
    yearsOfExperience: z.number().min(0).max(80).nullable(),
    tags: z.array(z.string().min(1).max(60)).max(50),
    rating: z.number().int().min(1).max(5).nullable(),
    stage: Stage,
    roleId: z.string().max(64).nullable(),
    matchScore: z.number().min(0).max(100).nullable(),
    notesCount: z.number().int().min(0),
    corrections: Corrections.optional(),
    /** Lower-cased name, headline, company, skills, tags and notes: what full-text search scans. */
    searchText: z.string().max(100_000),
    firstSeen: Iso,
    lastSeen: Iso,
    updatedAt: Iso,
  })
  .strict();

/** The profile as extracted when the candidate was last saved. */
export const Snapshot = z.object({ id: z.string().min(1).max(2048), profile: Profile, savedAt: Iso }).strict();

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
    profile: Profile,
    tags: z.array(z.string()),
    rating: z.number().nullable(),
    stage: Stage,
    roleId: z.string().nullable(),
    matchScore: z.number().nullable(),
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
    /** Set by the editor that creates the note as it is typed (the popup), so every keystroke updates the same note. */
    draftKey: z.string().min(1).max(64).optional(),
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
    /** The recruiter's own skill aliases, one "Canonical: alias, alias" per line (added after version 1, hence the default). */
    skillAliases: z.string().max(20_000).default(''),
    /** The panel docked to the side of the page (the page narrows) rather than floating over it. */
    panelDocked: z.boolean().default(false),
    /** The panel's width, as the recruiter last resized it. */
    panelWidth: z.number().int().min(PANEL_WIDTH.min).max(PANEL_WIDTH.max).default(PANEL_WIDTH.initial),
  })
  .strict();

export const DEFAULT_SETTINGS: Settings = {
  key: 'app',
  activeRoleId: null,
  highlightColors: { matched: '#b7f0c9', partial: '#ffe3a3', nice: '#cfe0ff' },
  highlightsOn: true,
  autoSites: [],
  skillAliases: '',
  panelDocked: false,
  panelWidth: PANEL_WIDTH.initial,
};

export { Role };
export type Stage = z.infer<typeof Stage>;
export type Candidate = z.infer<typeof Candidate>;
export type Corrections = z.infer<typeof Corrections>;
export type Snapshot = z.infer<typeof Snapshot>;
export type CandidateV1 = z.infer<typeof CandidateV1>;
export type Note = z.infer<typeof Note>;
export type Annotation = z.infer<typeof Annotation>;
export type Settings = z.output<typeof Settings>;
export type HighlightColors = z.infer<typeof HighlightColors>;
