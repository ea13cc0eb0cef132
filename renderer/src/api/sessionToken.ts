const KEY = 'postbag.session';

/**
 * The signed-in session's token, kept for this tab only (sessionStorage): a reload stays signed in,
 * a new tab or a restarted Postbag asks again. Never in localStorage or a cookie.
 */
export const sessionToken = {
  get: (): string | undefined => sessionStorage.getItem(KEY) ?? undefined,
  set: (token: string) => sessionStorage.setItem(KEY, token),
  clear: () => sessionStorage.removeItem(KEY),
};
