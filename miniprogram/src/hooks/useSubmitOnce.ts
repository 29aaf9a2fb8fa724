import { useRef, useState } from 'react';
import { showError, showSuccess } from '@/components/feedback';
import { ROUTES } from '@/navigation/routes';
import { backTo } from '@/navigation/back-to';
import { submissionError } from '@/services/submission-error';

/**
 * Submits a form once however fast the taps come, shows the server's error with the
 * form's own field names, and on success goes back to `page` once the toast has been seen (the
 * button stays disabled until then, so no second submission can start).
 */
export function useSubmitOnce(fieldLabels: Record<string, string>, page: keyof typeof ROUTES, done = '已提交，等待审核') {
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);

  async function run(send: () => Promise<unknown>): Promise<void> {
    if (inFlight.current) return;
    inFlight.current = true;
    setSubmitting(true);
    try {
      await send();
      showSuccess(done);
      setTimeout(() => backTo(page), 800);
    } catch (error) {
      showError(error, submissionError(error, fieldLabels));
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return { submitting, run };
}
