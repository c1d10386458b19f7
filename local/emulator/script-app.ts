// Apps Script's ScriptApp, as far as the add-in uses it (REF ScriptApp): AuthMode, and
// getOAuthToken — "Gets the OAuth 2.0 access token for the effective user", which the script sends
// as `Authorization: Bearer …` to Google APIs it calls through UrlFetchApp. Locally the token is a
// made-up one that only the emulated Google endpoints accept (google-drive.ts).
import type { Implements } from './implements';

/** ScriptApp.AuthMode (REF; ET): how the running code was authorised. */
export const AUTH_MODE = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
} as const;

export function scriptApp(
  token: () => string,
): Implements<GoogleAppsScript.Script.ScriptApp, 'getOAuthToken' | 'AuthMode'> {
  return { AuthMode: AUTH_MODE, getOAuthToken: () => token() };
}
