/** The port an open Skillmark page (workspace, popup) holds to the background, so team changes travel live while it is open. */
export const LIVE_PORT = 'skillmark-live';
