import { showError, showSuccess } from '@/components/feedback';
import { ApiError } from '@/services/api-error';

/**
 * Runs a secretary's decision and shows its result: the registration as the server now has it.
 * When someone else got there first (409: decided, withdrawn, ended), the server's message is
 * shown and the registration is loaded again, so the page shows what really happened.
 * Resolves to whether the decision was made.
 */
export function useDecide<T>(replace: (registration: T) => void, reload: () => void) {
  return async function decide(call: () => Promise<T>, done: string): Promise<boolean> {
    try {
      replace(await call());
      showSuccess(done);
      return true;
    } catch (error) {
      showError(error);
      if (error instanceof ApiError && (error.status === 409 || error.status === 404)) reload();
      return false;
    }
  };
}
