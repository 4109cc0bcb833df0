import { z } from 'zod';
import { Selectors } from './selectors';
import { HttpUrl, Profile, ProfileKind } from './profile';
import { Role } from './role';
import { PANEL_WIDTH } from './panel-size';
import { IsoDateTime, RecordId, travelling } from './record-fields';

export const STAGES = ['sourced', 'contacted', 'screening', 'interview', 'offer', 'hired', 'rejected', 'on-hold'] as const;
export const Stage = z.enum(STAGES);

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
    at: IsoDateTime,
  })
  .strict();

/**
 * A saved candidate: the summary the workspace lists, filters and searches. Found by page through
 * `url`, the normalised profile URL (a unique index); the full extracted profile is kept apart, in
 * `snapshots`.
 */
export const Candidate = z
  .object({
    ...travelling,
    /** The profile URL, normalised (normaliseProfileUrl): one candidate per page. */
    url: HttpUrl,
    /** The address as the recruiter last saved it, for links and exports. */
    pageUrl: HttpUrl,
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
    roleId: RecordId.nullable(),
    matchScore: z.number().min(0).max(100).nullable(),
    /** The candidate's notes that are not deleted. */
    notesCount: z.number().int().min(0),
    corrections: Corrections.optional(),
    /** Lower-cased name, headline, company, skills, tags and notes: what full-text search scans. */
    searchText: z.string().max(100_000),
    firstSeen: IsoDateTime,
    lastSeen: IsoDateTime,
  })
  .strict();

/** The profile as extracted when the candidate was last saved: one per candidate (a unique index). */
export const Snapshot = z.object({ ...travelling, candidateId: RecordId, profile: Profile, savedAt: IsoDateTime }).strict();

export const Note = z
  .object({
    ...travelling,
    candidateId: RecordId,
    body: z.string().min(1).max(20_000),
    created: IsoDateTime,
    /** Set by the editor that creates the note as it is typed (the popup), so every keystroke updates the same note. */
    draftKey: z.string().min(1).max(64).optional(),
  })
  .strict();

/** A candidate's notes, stored together (see lib/extension/db/note-sets.ts); each note is still a document of its own. */
export const NoteSet = z.object({ candidateId: RecordId, notes: z.array(Note) }).strict();

export const Annotation = z
  .object({
    ...travelling,
    candidateId: RecordId,
    /** The page the passage was marked on. */
    url: HttpUrl,
    selectors: Selectors,
    note: z.string().max(5000),
    created: IsoDateTime,
  })
  .strict();

export const HighlightColors = z.object({
  matched: z.string().regex(/^#[0-9a-f]{6}$/i),
  partial: z.string().regex(/^#[0-9a-f]{6}$/i),
  nice: z.string().regex(/^#[0-9a-f]{6}$/i),
});

/** This browser's settings: not a travelling record (each recruiter keeps their own). */
export const Settings = z
  .object({
    key: z.literal('app'),
    activeRoleId: RecordId.nullable(),
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
    /** The recruiter's name as their records carry it (`author`); "" until they set it (added in version 3). */
    displayName: z.string().trim().max(200).default(''),
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
  displayName: '',
};

/**
 * Which Skillmark wrote this database last: an older Skillmark that finds a newer schema here opens
 * it read-only (see db.ts) rather than rewrite what it does not understand.
 */
export const Meta = z.object({ key: z.literal('writer'), schemaVersion: z.number().int().positive(), appVersion: z.string().max(40) }).strict();

export { Role };
export type Stage = z.infer<typeof Stage>;
export type Candidate = z.infer<typeof Candidate>;
export type Corrections = z.infer<typeof Corrections>;
export type Snapshot = z.infer<typeof Snapshot>;
export type Note = z.infer<typeof Note>;
export type NoteSet = z.infer<typeof NoteSet>;
export type Annotation = z.infer<typeof Annotation>;
export type Settings = z.output<typeof Settings>;
export type HighlightColors = z.infer<typeof HighlightColors>;
export type Meta = z.infer<typeof Meta>;
