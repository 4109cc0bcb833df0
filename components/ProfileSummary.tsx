import type { Profile } from '../lib/shared/profile';

/** The facts a recruiter scans first. Page text is rendered as React text, never as HTML. */
export function ProfileSummary({ profile }: { profile: Profile }) {
  const current = profile.experience.find((e) => e.end === 'present');
  return (
    <section className="profile-summary" aria-label="Candidate">
      <h2>{profile.name ?? 'Unnamed candidate'}</h2>
      {profile.headline && <p className="headline">{profile.headline}</p>}
      <dl>
        {profile.yearsOfExperience !== null && (
          <>
            <dt>Experience</dt>
            <dd>{profile.yearsOfExperience} years</dd>
          </>
        )}
        {current && !(profile.headline && [current.title, current.company].every((x) => !x || profile.headline!.includes(x))) && (
          <>
            <dt>Current</dt>
            <dd>{[current.title, current.company].filter(Boolean).join(' · ')}</dd>
          </>
        )}
        {profile.assessment && (
          <>
            <dt>Screening</dt>
            <dd>
              {profile.assessment.score}/{profile.assessment.maxScore}
            </dd>
          </>
        )}
        <dt>Skills</dt>
        <dd>{profile.skills.length}</dd>
      </dl>
      {profile.warnings.length > 0 && (
        <ul className="warnings" aria-label="Data warnings">
          {profile.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
