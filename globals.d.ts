/** True in `npm run build:e2e` builds only (see wxt.config.ts). */
declare const __SKILLMARK_E2E__: boolean;
