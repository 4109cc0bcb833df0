/** The sites where profiles are analysed automatically, each with a way to stop. */
export function SiteList({ sites, onRemove }: { sites: string[]; onRemove(origin: string): void }) {
  if (!sites.length) return <p className="muted">No site is analysed automatically. Use “Always analyze profiles on this site” in the popup on a profile page.</p>;
  return (
    <ul className="sites">
      {sites.map((origin) => (
        <li key={origin}>
          <span>{origin}</span>
          <button type="button" onClick={() => onRemove(origin)} aria-label={`Stop analysing ${origin} automatically`}>
            Stop
          </button>
        </li>
      ))}
    </ul>
  );
}
