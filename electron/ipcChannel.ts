/** The single IPC channel: the API envelope in, the response envelope out. */
export const IPC_INVOKE_CHANNEL = 'postbag:invoke';
