import { errorMessage } from '@/services/api-error';
import { Toast } from './nut';

/** Id of the one toast every page has (rendered by PageShell; NutUI scopes it to the page). */
export const TOAST_ID = 'lin-toast';

/** Shows a failure as a toast, in the server's own words when it gave any (or in `message`). */
export function showError(error: unknown, message: string = errorMessage(error)): void {
  Toast.show(TOAST_ID, { content: message, icon: 'fail', duration: 2.5 });
}

export function showSuccess(content: string): void {
  Toast.show(TOAST_ID, { content, icon: 'success', duration: 1.5 });
}
