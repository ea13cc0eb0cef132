/** The single IPC channel: the API envelope in, the response envelope out. */
export const IPC_INVOKE_CHANNEL = 'postbag:invoke';
/** Desktop only: print the current page to a PDF the user saves (the browser host uses the browser's print). */
export const IPC_SAVE_PDF_CHANNEL = 'postbag:savePdf';
/** Server events to the window (changes, job progress): main sends, the preload hands on the payload only. */
export const IPC_EVENT_CHANNEL = 'postbag:event';
/** An upload's bytes (from the page's file input) into the backend's staging area. */
export const IPC_STAGE_FILE_CHANNEL = 'postbag:stageFile';
/** A prepared download's bytes (a Word file, an attachment) to the page, which saves them. */
export const IPC_DOWNLOAD_CHANNEL = 'postbag:download';
/** Desktop only: Settings → Office database → Connect (checked by the backend, kept with the OS keychain, then a restart). */
export const IPC_OFFICE_CONNECTION_CHANNEL = 'postbag:connectOfficeDatabase';
/** Desktop only: Settings → Backups → Restart now, to finish a checked restore (swapped in at the start). */
export const IPC_RESTART_TO_RESTORE_CHANNEL = 'postbag:restartToRestore';
