import { useEffect, useState } from 'react';
import { database, whyReadOnly } from '../lib/extension/db/db';

/**
 * Why this browser's Skillmark data may only be read (a newer Skillmark wrote it), or null: known
 * once the database is open, and for the life of the page.
 */
export function useReadOnly(): string | null {
  const [reason, setReason] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    whyReadOnly(database()).then(
      (r) => alive && setReason(r),
      (err: unknown) => alive && setReason(`Skillmark's data could not be opened: ${err instanceof Error ? err.message : String(err)}`),
    );
    return () => {
      alive = false;
    };
  }, []);
  return reason;
}
